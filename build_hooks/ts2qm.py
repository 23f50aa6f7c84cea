"""Compile Qt Linguist ``.ts`` files to ``.qm`` in pure Python, byte for byte as ``lrelease``.

The package build (``build_hooks.BuildPy``) compiles the catalogues with this, so that
``pip install .`` needs nothing but setuptools: no Qt in the isolated build environment.
``tests/test_qm.py`` compiles the project's catalogues and a set of edge cases with both this
and ``pyside6-lrelease`` and requires identical files.

What it writes is what ``lrelease`` writes by default (``SaveEverything``, unfinished
translations included): the Language block, the Hashes (ELF hash of the UTF-8 source text and
disambiguation, with the message's offset, sorted), the Messages (the translations as UTF-16BE,
one per plural form, then the comment, source text and context), and the plural rules of the
target language. Like ``lrelease`` it drops untranslated and obsolete messages, pads or cuts
plural forms to the language's count, and stores the first of several messages with the same
source text without its disambiguation. It knows the plural rules of Composer's languages
only, and refuses what it does not know rather than guess.

Stdlib only: the build imports it before any dependency is installed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = 0x42, 0x69, 0x88, 0x96, 0xA7
_TAG_END, _TAG_TRANSLATION, _TAG_SOURCE_TEXT, _TAG_CONTEXT, _TAG_COMMENT = 1, 3, 6, 7, 8
_VARIANT_SEPARATOR = "\x9c"  # between the <lengthvariant>s of one translation

# Qt's plural rules (numerus.cpp) for the languages Composer has, as lrelease writes them:
# (bytecode, number of forms). Operators: 0x01 ==, 0x03 <=, 0x04 between, 0x10 mod 10,
# 0x20 mod 100, 0x08 not; 0xFD and, 0xFF next rule.
_ONE = bytes([0x01, 1])  # n == 1
_ZERO_OR_ONE = bytes([0x03, 1])  # n <= 1
_POLISH = bytes([0x01, 1, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 10, 19])
PLURAL_RULES: dict[str, tuple[bytes, int]] = {
    "": (b"", 1),
    "en": (_ONE, 2),
    "fr": (_ZERO_OR_ONE, 2),
    "de": (_ONE, 2),
    "es": (_ONE, 2),
    "it": (_ONE, 2),
    "nl": (_ONE, 2),
    "pt": (_ZERO_OR_ONE, 2),  # Qt's "pt" is Brazil's
    "pt_BR": (_ZERO_OR_ONE, 2),
    "pt_PT": (_ONE, 2),
    "pl": (_POLISH, 3),
}


class TsError(ValueError):
    """The .ts file cannot be compiled (bad XML, or something this compiler does not do)."""


@dataclass(frozen=True, slots=True)
class TsMessage:
    context: str
    source: str
    comment: str
    kind: str  # "finished", "unfinished", "vanished" or "obsolete"
    plural: bool
    # None stands for Qt's null string (an empty element), which lrelease writes differently.
    translations: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class TsFile:
    language: str
    dependencies: tuple[str, ...]
    messages: tuple[TsMessage, ...]


def _contents(element: ET.Element) -> str | None:
    """The text of an element as Qt's TS reader reads it: characters and <byte value>s; None
    (Qt's null string) when empty."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "byte":
            raise TsError(f"unexpected <{child.tag}> in <{element.tag}>")
        value = child.get("value", "")
        code = int(value[1:], 16) if value.startswith("x") else int(value or "0")
        parts.append(chr(code) if code else "")
        parts.append(child.tail or "")
    text = "".join(parts)
    return text or None


def _translation_contents(element: ET.Element) -> str | None:
    if element.get("variants") != "yes":
        return _contents(element)
    variants = [_contents(v) or "" for v in element if v.tag == "lengthvariant"]
    return _VARIANT_SEPARATOR.join(variants) or None


def read_ts(path: Path) -> TsFile:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise TsError(f"{path}: {exc}") from exc
    if root.tag != "TS":
        raise TsError(f"{path}: not a Qt Linguist file")
    dependencies = tuple(d.get("catalog", "") for d in root.iter("dependency"))
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("id"):
                raise TsError(f"{path}: id-based messages are not supported")
            plural = message.get("numerus") == "yes"
            source = message.find("source")
            comment = message.find("comment")
            translation = message.find("translation")
            kind = "finished"
            translations: tuple[str | None, ...] = (None,)
            if translation is not None:
                kind = translation.get("type") or "finished"
                if plural:
                    translations = tuple(
                        _translation_contents(form)
                        for form in translation
                        if form.tag == "numerusform"
                    )
                else:
                    translations = (_translation_contents(translation),)
            messages.append(
                TsMessage(
                    name,
                    (_contents(source) if source is not None else None) or "",
                    (_contents(comment) if comment is not None else None) or "",
                    kind,
                    plural,
                    translations,
                )
            )
    return TsFile(root.get("language", ""), dependencies, tuple(messages))


def _elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _qstring(text: str | None) -> bytes:
    if text is None:
        return b"\xff\xff\xff\xff"
    data = text.encode("utf-16-be", "surrogatepass")
    return len(data).to_bytes(4, "big") + data


def _qbytes(data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + data


def _block(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + len(data).to_bytes(4, "big") + data


def compile_ts(ts: TsFile) -> bytes:
    """The .qm file lrelease makes of ``ts``."""
    if ts.language not in PLURAL_RULES:
        raise TsError(f"no plural rules for language {ts.language!r}: add Qt's to PLURAL_RULES")
    rules, forms = PLURAL_RULES[ts.language]
    seen = set()
    for msg in ts.messages:
        key = (msg.context, msg.source, msg.comment)
        if key in seen:
            raise TsError(f"duplicate message {key}")
        seen.add(key)
    stripped_exists = {(m.context, m.source) for m in ts.messages if not m.comment}

    # (context, source, comment) in UTF-8 -> translations; the first message with a
    # disambiguation is stored without it unless one without exists (lrelease's "insert").
    stored: dict[tuple[bytes, bytes, bytes], tuple[str | None, ...]] = {}
    for msg in ts.messages:
        if msg.kind in ("obsolete", "vanished"):
            continue
        count = forms if msg.plural else 1
        translations = (msg.translations + (None,) * count)[:count]
        if msg.kind == "unfinished" and not translations[0]:
            continue  # untranslated
        context, source = msg.context.encode(), msg.source.encode()
        comment = msg.comment.encode()
        force = not msg.comment or not msg.context or (msg.context, msg.source) in stripped_exists
        if not force and (context, source, b"") not in stored:
            stored[(context, source, b"")] = translations
        elif (context, source, comment) not in stored:
            stored[(context, source, comment)] = translations

    messages = bytearray()
    offsets = []
    for (context, source, comment), translations in sorted(stored.items()):
        offsets.append((_elf_hash(source + comment), len(messages)))
        for text in translations:
            messages += bytes([_TAG_TRANSLATION]) + _qstring(text)
        messages += bytes([_TAG_COMMENT]) + _qbytes(comment)
        messages += bytes([_TAG_SOURCE_TEXT]) + _qbytes(source)
        messages += bytes([_TAG_CONTEXT]) + _qbytes(context)
        messages += bytes([_TAG_END])
    hashes = b"".join(h.to_bytes(4, "big") + o.to_bytes(4, "big") for h, o in sorted(offsets))

    out = bytearray(MAGIC)
    if ts.language:
        out += _block(_LANGUAGE, ts.language.encode())
    dependencies = b"".join(_qstring(name) for name in ts.dependencies)
    if dependencies:
        out += _block(_DEPENDENCIES, dependencies)
    if stored:
        out += _block(_HASHES, hashes)
        out += _block(_MESSAGES, bytes(messages))
    if rules:
        out += _block(_NUMERUS_RULES, rules)
    return bytes(out)


def compile_file(ts_path: Path, qm_path: Path) -> None:
    qm_path.parent.mkdir(parents=True, exist_ok=True)
    qm_path.write_bytes(compile_ts(read_ts(ts_path)))
