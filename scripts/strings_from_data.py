"""Write ``composer/policy/data_strings.py``: the rule book's data strings, marked for lupdate.

The rules, purposes, SP-API message types and sources are data (``composer/policy/data/*.toml``)
and ``pyside6-lupdate`` reads only code. This script loads them through
``composer.policy.rulebook`` (so every text is exactly what the engine shows, whitespace
normalised as it normalises it) and writes one ``QT_TRANSLATE_NOOP(context, text, id)`` per
string, the id as disambiguation, with a ``#:`` note for the translator. Where a string is
shown, translate it with ``composer.i18n.translate(context, text, id)``.

    python scripts/strings_from_data.py          # rewrite the module
    python scripts/strings_from_data.py --check  # exit 1 if it is out of date

``tests/test_data_strings.py`` fails when the module is out of date.
"""

from __future__ import annotations

import argparse
import string
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "composer" / "policy" / "data_strings.py"
LINE_LENGTH = 100  # pyproject.toml [tool.ruff]

HEADER = '''"""The rule book's user-visible strings, marked for translation. GENERATED: do not edit.

Written by ``scripts/strings_from_data.py`` from ``composer/policy/data/*.toml`` (through
``composer.policy.rulebook``, so each text is exactly what the engine shows); regenerate it
after changing the data. ``pyside6-lupdate`` reads this file; nothing needs to import it.

Each string is marked with its id as disambiguation: translate it where it is shown with
``composer.i18n.translate(context, text, id)``, and fill its placeholders afterwards. Contexts:

- ``rule-title``, ``rule-message``, ``rule-explanation``, ``rule-fix``: a rule's (id: the rule
  id; a rule without a fix has no ``rule-fix``);
- ``purpose``: a purpose's title (id: the purpose id);
- ``message-type``, ``message-type-topic``: an SP-API message type's title and topic (id: the
  type, e.g. ``confirmDeliveryDetails``);
- ``source``: a policy source's title (id: its code, e.g. ``A2``);
- ``language``: a language's name (id: its code, e.g. ``de``).
"""

from composer.i18n import QT_TRANSLATE_NOOP

'''


@dataclass(frozen=True, slots=True)
class Marked:
    context: str
    text: str
    id: str
    note: str


def _placeholders(text: str) -> list[str]:
    names = []
    for _, field, _, _ in string.Formatter().parse(text):
        if field is not None and field not in names:
            names.append(field)
    return names


def _message_note(where: str, text: str) -> str:
    names = _placeholders(text)
    if not names:
        return f"{where}: what it reports."
    listed = ", ".join("{" + name + "}" for name in names)
    note = f"{where}: what it reports. Keep {listed} unchanged."
    return (
        note
        if len(note) <= LINE_LENGTH - 7
        else f"{where}: what it reports. Keep the {{}} unchanged."
    )


def strings() -> Iterator[Marked]:
    """Every data string the interface shows, in a stable order."""
    from composer.policy.rulebook import load_rulebook  # noqa: PLC0415 -- after sys.path

    book = load_rulebook()
    for rule in book.rules.values():
        where = f"Rule {rule.id}"
        yield Marked(
            "rule-title", rule.title, rule.id, f"{where} ({rule.severity.value}): its title."
        )
        yield Marked("rule-message", rule.message, rule.id, _message_note(where, rule.message))
        if rule.explanation:
            yield Marked(
                "rule-explanation", rule.explanation, rule.id, f"{where}: why Amazon forbids it."
            )
        if rule.fix:
            yield Marked("rule-fix", rule.fix, rule.id, f"{where}: the button that fixes it.")
    for purpose in book.purposes.values():
        yield Marked(
            "purpose",
            purpose.title,
            purpose.id,
            f"Purpose {purpose.id} ({purpose.kind}): what a message is for.",
        )
    for mtype in book.message_types.values():
        kind = "critical" if mtype.critical else "not critical"
        yield Marked(
            "message-type",
            mtype.title,
            mtype.id,
            f"SP-API message type {mtype.id} ({kind}): Seller Central's name.",
        )
        if mtype.topic:
            yield Marked(
                "message-type-topic",
                mtype.topic,
                mtype.id,
                f"SP-API message type {mtype.id}: what it is about.",
            )
    for source in book.sources.values():
        yield Marked("source", source.title, source.code, f"Policy source {source.code}.")
    from composer.policy.language import english_names  # noqa: PLC0415

    for code, name in english_names().items():
        yield Marked("language", name, code, f"The name of the language {code}.")


def _quote(chunk: str) -> str:
    """A Python literal for ``chunk`` quoted as ruff format quotes it: double quotes unless
    single ones need fewer escapes."""
    body = chunk.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    if chunk.count('"') > chunk.count("'"):
        return "'" + body.replace("'", "\\'") + "'"
    return '"' + body.replace('"', '\\"') + '"'


def _chunks(text: str, indent: int) -> list[str]:
    """``text`` as implicitly concatenated literals that fit the line length at ``indent``
    (split after spaces; lupdate joins them as Python does)."""
    room = LINE_LENGTH - indent - 1  # the last one has a comma after it
    words = text.split(" ")
    chunks: list[str] = []
    current = ""
    for i, word in enumerate(words):
        piece = word if i == len(words) - 1 else word + " "
        if current and len(_quote(current + piece)) > room:
            chunks.append(current)
            current = ""
        current += piece
    chunks.append(current)
    return [_quote(chunk) for chunk in chunks]


def _call(marked: Marked) -> list[str]:
    args = [_quote(marked.context), _quote(marked.text), _quote(marked.id)]
    one_line = f"    QT_TRANSLATE_NOOP({', '.join(args)}),"
    # lupdate keeps one "#:" line (the last): the note must fit on it.
    note = f"    #: {marked.note}"
    if len(note) > LINE_LENGTH:
        raise ValueError(f"note too long for one line: {marked.note!r}")
    if len(one_line) <= LINE_LENGTH:
        return [note, one_line]
    lines = [note, "    QT_TRANSLATE_NOOP("]
    lines.append(f"        {args[0]},")
    text = _chunks(marked.text, 8)
    lines += [f"        {chunk}" for chunk in text[:-1]]
    lines.append(f"        {text[-1]},")
    lines.append(f"        {args[2]},")
    lines.append("    ),")
    return lines


def render() -> str:
    """The module's text."""
    lines = [HEADER.rstrip("\n"), "", "MARKED: tuple[str, ...] = ("]
    for marked in strings():
        lines += _call(marked)
    lines.append(")")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the module is stale")
    args = parser.parse_args(argv)
    text = render()
    current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
    if args.check:
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
            return 1
        return 0
    if current != text:
        TARGET.write_text(text, encoding="utf-8")
        print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
