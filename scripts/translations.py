"""Keep the translation catalogues in step with the code, compile them, and check them.

    python scripts/translations.py update    # code -> translations/composer_<language>.ts
    python scripts/translations.py release   # .ts -> composer/translations/*.qm (for a checkout)
    python scripts/translations.py check     # unfinished, obsolete, vanished, broken entries

``update`` first regenerates ``composer/policy/data_strings.py`` (the rule book's strings), then
runs ``pyside6-lupdate`` over every ``.py`` file of ``composer/`` into one catalogue per
language, dropping what the code no longer has (``-no-obsolete``), with locations relative to
the previous entry (small diffs). English is the source language: its catalogue holds only
the plural messages (``-pluralonly``), because "%n message(s)" needs English forms too.

``release`` compiles with ``pyside6-lrelease`` into the package (git-ignored); a build
(``pip install .``) does the same by itself with ``build_hooks/ts2qm.py``. ``--python`` uses
that compiler here too (no Qt needed); ``--out`` writes elsewhere.

``check`` merges the current code into a temporary copy of each catalogue (keeping what the
code dropped, as obsolete or vanished) and reports per file: unfinished entries (including
strings the code has and the catalogue does not yet), obsolete and vanished ones, translations
whose ``{placeholders}`` or ``%1``-style markers differ from the source's, and contexts that
look like lupdate guessed them wrong. Exit status 1 if anything is reported.
``--as-is`` reads the committed catalogues without merging.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "translations"
PACKAGE = ROOT / "composer"
COMPILED = PACKAGE / "translations"
LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "pl", "nl")  # composer.i18n.languages()
SOURCE_LANGUAGE = "en"
# The language a catalogue declares when it differs from its code: Composer's Portuguese is
# Brazil's (Amazon.com.br; seed article 002); Qt reads Brazilian plural rules from either.
TS_LANGUAGE = {"pt": "pt_BR"}

_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_ARG = re.compile(r"%L?([1-9][0-9]?)")


def ts_path(language: str, folder: Path = SOURCES) -> Path:
    return folder / f"composer_{language}.ts"


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lupdate``), next to this Python first."""
    for folder in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[test]')")
    return found


def lupdate(ts_files: Sequence[Path], *, language: str, keep_obsolete: bool = False) -> None:
    """Merge the strings of ``composer/`` into ``ts_files`` (created if missing)."""
    command = [tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "relative"]
    command += ["-source-language", SOURCE_LANGUAGE]
    command += ["-target-language", TS_LANGUAGE.get(language, language)]
    if not keep_obsolete:
        command.append("-no-obsolete")
    if language == SOURCE_LANGUAGE:
        command.append("-pluralonly")
    command += [str(PACKAGE.relative_to(ROOT)), "-ts", *(str(p) for p in ts_files)]
    subprocess.run(command, cwd=ROOT, check=True)


def update(languages: Iterable[str] = LANGUAGES) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import strings_from_data  # noqa: PLC0415 -- a sibling script

    strings_from_data.main([])
    SOURCES.mkdir(exist_ok=True)
    for language in languages:
        lupdate([ts_path(language)], language=language)
        if language == SOURCE_LANGUAGE:
            filled = fill_english_plurals(ts_path(language))
            print(f"updated {ts_path(language).relative_to(ROOT)} ({filled} plural forms written)")
        else:
            print(f"updated {ts_path(language).relative_to(ROOT)}")


# "%n finding(s)": "%n finding" for one, "%n findings" for more (English's two forms).
_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


def fill_english_plurals(path: Path) -> int:
    """Write the English forms of the source catalogue's unfinished plural messages: "(s)" and
    "(es)" dropped for one, kept without brackets for more. A form someone wrote by hand
    (finished) is left alone; so is a message without "(s)" or "(es)" (its one form would come
    back unchanged, which Qt would take for a translation). Returns how many were written."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = "".join(message.findtext("source") or "")
        if (
            message.get("numerus") != "yes"
            or translation is None
            or translation.get("type") != "unfinished"
            or not _ENGLISH_PLURAL.search(source)
        ):
            continue
        forms = translation.findall("numerusform")
        if len(forms) != 2:
            continue
        forms[0].text = _ENGLISH_PLURAL.sub("", source)
        forms[1].text = _ENGLISH_PLURAL.sub(r"\1", source)
        del translation.attrib["type"]
        filled += 1
    if filled:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        path.write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )
    return filled


def release(
    languages: Iterable[str] = LANGUAGES, out: Path = COMPILED, *, python: bool = False
) -> list[Path]:
    """Compile the catalogues into ``out``; returns the .qm files."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        source = ts_path(language)
        target = out / f"composer_{language}.qm"
        if python:
            sys.path.insert(0, str(ROOT))
            from build_hooks.ts2qm import compile_file  # noqa: PLC0415 -- only with --python

            compile_file(source, target)
        else:
            command = [tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)]
            subprocess.run(command, check=True)
        written.append(target)
    return written


@dataclass
class Report:
    """What ``check`` found in one catalogue; each entry names the message."""

    language: str
    messages: int = 0
    unfinished: list[str] = field(default_factory=list)
    obsolete: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)

    def problems(self) -> int:
        return sum(
            len(found)
            for found in (
                self.unfinished,
                self.obsolete,
                self.vanished,
                self.placeholders,
                self.contexts,
            )
        )


def _markers(text: str) -> tuple[set[str], set[str]]:
    return set(_FIELD.findall(text)), set(_ARG.findall(text))


def _text(element: ET.Element | None) -> str:
    """An element's text with lupdate's <byte value=…/> characters."""
    if element is None:
        return ""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            value = child.get("value", "0")
            code = int(value[1:], 16) if value.startswith("x") else int(value)
            parts.append(chr(code) if code else "")
        elif child.tag == "lengthvariant":
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def analyse(path: Path, language: str) -> Report:
    """The report of one catalogue file, as it is."""
    report = Report(language)
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if not name or "." in name:
            report.contexts.append(f"context {name!r}: lupdate did not see the class or name")
        for message in context.iter("message"):
            report.messages += 1
            source = _text(message.find("source"))
            comment = message.findtext("comment")
            label = f"{name} | {source[:60]!r}" + (f" ({comment})" if comment else "")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if message.get("numerus") == "yes" and translation is not None:
                forms = [_text(f) for f in translation.iter("numerusform")]
            else:
                forms = [_text(translation)]
            if kind == "obsolete":
                report.obsolete.append(label)
                continue
            if kind == "vanished":
                report.vanished.append(label)
                continue
            if kind == "unfinished" or not all(forms):
                report.unfinished.append(label)
            wanted = _markers(source)
            for form in forms:
                if form and _markers(form) != wanted:
                    report.placeholders.append(f"{label}: {form[:60]!r}")
    return report


def check(languages: Iterable[str] = LANGUAGES, *, merge: bool = True) -> list[Report]:
    """Reports for the catalogues; with ``merge`` of temporary copies brought up to date with
    the code (keeping obsolete entries), as ``update`` would make them."""
    reports = []
    with tempfile.TemporaryDirectory(prefix="composer-ts-") as scratch:
        for language in languages:
            path = ts_path(language)
            if merge:
                copy = Path(scratch, path.name)
                if path.exists():
                    shutil.copyfile(path, copy)
                lupdate([copy], language=language, keep_obsolete=True)
                path = copy
            elif not path.exists():
                report = Report(language)
                report.unfinished.append(f"{path.name} does not exist")
                reports.append(report)
                continue
            reports.append(analyse(path, language))
    return reports


def _print_reports(reports: Sequence[Report], limit: int) -> None:
    for report in reports:
        print(
            f"{ts_path(report.language).name}: {report.messages} messages, "
            f"{len(report.unfinished)} unfinished, {len(report.obsolete)} obsolete, "
            f"{len(report.vanished)} vanished, {len(report.placeholders)} placeholder "
            f"mismatches, {len(report.contexts)} odd contexts"
        )
        for kind in ("contexts", "placeholders", "obsolete", "vanished", "unfinished"):
            found: list[str] = getattr(report, kind)
            for entry in found[:limit]:
                print(f"  {kind}: {entry}")
            if len(found) > limit:
                print(f"  {kind}: … and {len(found) - limit} more")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("update", "release", "check"):
        sub = commands.add_parser(name)
        sub.add_argument("languages", nargs="*", help=f"some of {', '.join(LANGUAGES)} (all)")
        if name == "release":
            sub.add_argument("--out", type=Path, default=COMPILED)
            sub.add_argument("--python", action="store_true", help="compile without Qt")
        if name == "check":
            sub.add_argument("--as-is", action="store_true", help="do not merge the code first")
            sub.add_argument("--limit", type=int, default=10, help="entries shown per kind")
    args = parser.parse_args(argv)
    languages = args.languages or LANGUAGES
    unknown = set(languages) - set(LANGUAGES)
    if unknown:
        parser.error(f"unknown languages: {', '.join(sorted(unknown))}")
    if args.command == "update":
        update(languages)
        return 0
    if args.command == "release":
        for path in release(languages, args.out, python=args.python):
            print(f"compiled {path}")
        return 0
    reports = check(languages, merge=not args.as_is)
    _print_reports(reports, args.limit)
    return 1 if any(report.problems() for report in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
