"""``composer/policy/data_strings.py`` marks every user-visible string of the rule book's data
for lupdate, exactly as the engine shows it, and is regenerated when the data changes."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from composer.policy import data_strings
from composer.policy.rulebook import load_rulebook

ROOT = Path(__file__).resolve().parent.parent


def _load_script() -> ModuleType:
    path = ROOT / "scripts" / "strings_from_data.py"
    spec = importlib.util.spec_from_file_location("strings_from_data", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["strings_from_data"] = module
    spec.loader.exec_module(module)
    return module


generator = _load_script()


def test_the_generated_module_is_current() -> None:
    text = Path(data_strings.__file__).read_text(encoding="utf-8")
    assert text == generator.render(), (
        "composer/policy/data_strings.py is out of date: run python scripts/strings_from_data.py"
        " (then python scripts/translations.py update)"
    )


def test_every_shown_string_is_marked_as_the_engine_shows_it() -> None:
    book = load_rulebook()
    marked = {(m.context, m.id): m.text for m in generator.strings()}
    for rule in book.rules.values():
        assert marked["rule-title", rule.id] == rule.title
        assert marked["rule-message", rule.id] == rule.message
        assert marked["rule-explanation", rule.id] == rule.explanation
        assert "  " not in rule.explanation
        assert "\n" not in rule.explanation
        assert marked.get(("rule-fix", rule.id), "") == rule.fix
    for purpose in book.purposes.values():
        assert marked["purpose", purpose.id] == purpose.title
    for mtype in book.message_types.values():
        assert marked["message-type", mtype.id] == mtype.title
        assert marked["message-type-topic", mtype.id] == mtype.topic
    for source in book.sources.values():
        assert marked["source", source.code] == source.title
    assert tuple(m.text for m in generator.strings()) == data_strings.MARKED


def test_lupdate_extracts_exactly_the_marked_strings(tmp_path: Path) -> None:
    folder = Path(sys.executable).parent
    tool = next(
        (folder / n for n in ("pyside6-lupdate", "pyside6-lupdate.exe") if (folder / n).is_file()),
        None,
    )
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed next to this Python")
    ts = tmp_path / "data.ts"
    subprocess.run([str(tool), "-silent", data_strings.__file__, "-ts", str(ts)], check=True)
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source"),
                    message.findtext("comment"),
                    message.findtext("extracomment"),
                )
            )
    expected = {(m.context, m.text, m.id, m.note) for m in generator.strings()}
    assert found == expected


def test_the_catalogues_have_every_data_string() -> None:
    """``scripts/translations.py update`` ran after the data last changed."""
    expected = {(m.context, m.text, m.id) for m in generator.strings()}
    for language in ("fr", "de", "es", "it", "pt", "pl", "nl"):
        path = ROOT / "translations" / f"composer_{language}.ts"
        found = {
            (context.findtext("name"), message.findtext("source"), message.findtext("comment"))
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")
        }
        assert expected <= found, f"{path.name}: run python scripts/translations.py update"
