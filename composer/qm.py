"""A reader of Qt's compiled translation files (``.qm``), without Qt.

The command line never imports Qt, yet it speaks the user's language from the same compiled
catalogues as the window. This module reads the format that ``lrelease`` writes and
``QTranslator`` reads, and answers a lookup exactly as ``QTranslator.translate`` does, quirks
included (the tests compare the two on every message of real files):

- the file is a 16-byte magic number followed by blocks, each a tag byte and a big-endian
  32-bit length: Language (the target language, UTF-8), Contexts (a hash table of the context
  names, present in compressed files), Hashes (sorted pairs of a 32-bit hash and an offset into
  Messages), Messages, NumerusRules (the plural rules as bytecode) and Dependencies (other
  ``.qm`` files consulted after this one);
- a message is found by the ELF hash of its UTF-8 source text followed by its disambiguation;
  a message record lists its translations (UTF-16BE, one per plural form) and then, only as
  far as needed to tell apart messages whose hashes collide, its comment, source text and
  context. A record that stores none of them (a stripped file) matches any lookup with its
  hash; ``lrelease`` stores the first of several messages with the same source text without
  its disambiguation, so a lookup with any disambiguation finds it;
- a lookup with a disambiguation that finds nothing is retried without one;
- a message with ``n >= 0`` takes the translation of the plural form the rules choose for
  ``n``; a message with fewer forms than that, or with an empty (null) form, has no
  translation.

Bad data raises :class:`QmError` when the file is loaded, never later and never anything
else: files that ``QTranslator`` refuses, and files it would read out of bounds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MAGIC", "QmEntry", "QmError", "QmTranslator", "numerus_form"]

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Block tags.
_CONTEXTS, _HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = (
    0x2F,
    0x42,
    0x69,
    0x88,
    0x96,
    0xA7,
)
# Tags inside a message record.
_TAG_END, _TAG_TRANSLATION, _TAG_OBSOLETE1 = 1, 3, 5
_TAG_SOURCE_TEXT, _TAG_CONTEXT, _TAG_COMMENT = 6, 7, 8
_NULL_LENGTH = 0xFFFFFFFF

# Numerus rule bytecode: an operator byte, then one operand (two for "between").
_EQ, _LT, _LEQ, _BETWEEN = 0x01, 0x02, 0x03, 0x04
_OP_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x07, 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


class QmError(ValueError):
    """The data is not a usable Qt translation file (not one, truncated or corrupt)."""


@dataclass(frozen=True, slots=True)
class _Record:
    """One message record as ``QTranslator`` reads it at lookup time.

    ``usable`` is False when the record holds an unknown tag, runs off the end of the block
    without its end tag, or has a translation of odd length (a null plural form): Qt finds
    no translation in such a record, whatever the lookup. ``checks`` are the stored fields
    that must equal the lookup's, as (tag, bytes); a stored comment whose first byte is zero
    is not compared, as in Qt.
    """

    usable: bool
    translations: tuple[str, ...]
    checks: tuple[tuple[int, bytes], ...]


@dataclass(frozen=True, slots=True)
class QmEntry:
    """A message as stored: the fields are None where the file does not store them (a
    stripped record, or an empty comment that Qt does not compare). ``translations`` is
    empty when Qt would find no translation in the record."""

    context: str | None
    source_text: str | None
    disambiguation: str | None
    translations: tuple[str, ...]


def _u32(data: bytes | memoryview, at: int) -> int:
    return int.from_bytes(data[at : at + 4], "big")


def _matches(stored: bytes, wanted: bytes) -> bool:
    """Qt's ``match``: a stored field may carry a terminating zero byte."""
    if stored.endswith(b"\0"):
        stored = stored[:-1]
    return stored == wanted


def _elf_hash(*parts: bytes) -> int:
    h = 0
    for part in parts:
        for byte in part:
            h = ((h << 4) + byte) & 0xFFFFFFFF
            g = h & 0xF0000000
            if g:
                h ^= g >> 24
            h &= ~g & 0xFFFFFFFF
    return h or 1


def _c_string(text: str | None) -> bytes:
    """What Qt sees of a Python string passed as ``const char *``: UTF-8 up to the first
    zero byte (None is the empty string)."""
    if not text:
        return b""
    raw = text.encode("utf-8", "surrogatepass")
    nul = raw.find(b"\0")
    return raw if nul < 0 else raw[:nul]


def _valid_rules(rules: bytes) -> bool:
    """The same validation as Qt's ``isValidNumerusRules``."""
    if not rules:
        return True
    at = 0
    size = len(rules)
    while True:
        opcode = rules[at]
        if opcode & 0x80:
            return False
        at += 1
        if at == size:
            return False
        at += 1
        op = opcode & _OP_MASK
        if op == _BETWEEN:
            if at == size:
                return False
            at += 1
        elif op not in (_EQ, _LT, _LEQ):
            return False
        if at == size:
            return True
        if rules[at] not in (_AND, _OR, _NEWRULE):
            return False
        at += 1
        if at == size:
            return False


def numerus_form(rules: bytes, n: int) -> int:
    """The index of the plural form that the (valid) ``rules`` choose for ``n >= 0``.

    The rules are a list of conditions separated by NEWRULE; a condition is an OR of ANDs of
    comparisons of ``n`` (or ``n % 10``, ``n % 100``, or its leading group of three digits)
    with constants. The form is the index of the first condition that holds, or the number
    of conditions when none does.
    """
    if not rules:
        return 0
    size = len(rules)
    i = 0
    form = 0
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode = rules[i]
                i += 1
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                right = rules[i]
                i += 1
                op = opcode & _OP_MASK
                if op == _EQ:
                    truth = left == right
                elif op == _LT:
                    truth = left < right
                elif op == _LEQ:
                    truth = left <= right
                else:  # between
                    top = rules[i]
                    i += 1
                    truth = right <= left <= top
                if opcode & _NOT:
                    truth = not truth
                all_true = all_true and truth
                if i == size or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i == size or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return form
        form += 1
        if i == size:
            return form
        i += 1  # NEWRULE


def _read_record(messages: bytes, at: int) -> _Record:
    """Read the record at ``at`` the way Qt's ``getMessage`` walks it."""
    end = len(messages)
    translations: list[str] = []
    checks: list[tuple[int, bytes]] = []
    usable = True

    def field(start: int) -> tuple[bytes, int]:
        if start + 4 > end:
            raise QmError(f"message at offset {at}: a length runs past the end of the data")
        length = _u32(messages, start)
        if length > end - start - 4:
            raise QmError(f"message at offset {at}: a field runs past the end of the data")
        return messages[start + 4 : start + 4 + length], start + 4 + length

    while True:
        tag = messages[at] if at < end else 0
        at += 1
        if tag == _TAG_END:
            break
        if tag == _TAG_TRANSLATION:
            if at + 4 > end:
                raise QmError("a translation's length runs past the end of the data")
            length = _u32(messages, at)
            if length & 1:
                # Odd: a null form (0xFFFFFFFF, an empty plural form) or garbage. Qt
                # returns no translation for the whole message.
                return _Record(False, (), ())
            raw, at = field(at)
            translations.append(raw.decode("utf-16-be", "surrogatepass"))
        elif tag == _TAG_OBSOLETE1:
            at += 4
        elif tag in (_TAG_SOURCE_TEXT, _TAG_CONTEXT):
            raw, at = field(at)
            checks.append((tag, raw))
        elif tag == _TAG_COMMENT:
            raw, after = field(at)
            # Qt compares the comment only if the byte where its data starts is not zero;
            # for an empty comment that byte is the next tag's.
            first = messages[at + 4] if at + 4 < end else 0
            if first:
                checks.append((tag, raw))
            at = after
        else:
            usable = False
            break
    return _Record(usable, tuple(translations), tuple(checks))


def _decode_dependencies(block: bytes) -> list[str]:
    names = []
    at = 0
    while at < len(block):
        if at + 4 > len(block):
            raise QmError("the dependency list is truncated")
        length = _u32(block, at)
        at += 4
        if length == _NULL_LENGTH:
            names.append("")
            continue
        if length & 1 or length > len(block) - at:
            raise QmError("the dependency list is truncated")
        names.append(block[at : at + length].decode("utf-16-be", "surrogatepass"))
        at += length
    return names


class QmTranslator:
    """The translations of one ``.qm`` file; lookups are pure and thread-safe.

    ``translate`` has the signature and the results of ``QTranslator.translate``: the
    translation, or ``""`` when there is none. ``lookup`` returns None instead of ``""``.
    """

    __slots__ = (
        "_context_buckets",
        "_context_table_size",
        "_dependencies",
        "_has_contexts",
        "_has_messages",
        "_hashes",
        "_language",
        "_path",
        "_rules",
    )

    def __init__(
        self,
        data: bytes | bytearray | memoryview,
        *,
        directory: str | os.PathLike[str] | None = None,
        _loading: frozenset[Path] = frozenset(),
    ) -> None:
        """Read a ``.qm`` file's bytes. ``directory`` is where its dependencies are looked
        for (default: the current directory, as Qt does)."""
        raw = bytes(data)
        if len(raw) < len(MAGIC) or raw[: len(MAGIC)] != MAGIC:
            raise QmError("not a Qt translation file (wrong magic number)")
        blocks: dict[int, bytes] = {}
        dependencies: list[str] = []
        at = len(MAGIC)
        end = len(raw)
        while at < end - 5:
            tag = raw[at]
            length = _u32(raw, at + 1)
            at += 5
            if not tag or not length:
                break
            if end - at < length:
                raise QmError(f"block 0x{tag:02x} is truncated ({end - at} of {length} bytes)")
            if tag == _DEPENDENCIES:
                dependencies += _decode_dependencies(raw[at : at + length])
            else:
                blocks[tag] = raw[at : at + length]
            at += length

        self._path: Path | None = None
        self._language = blocks.get(_LANGUAGE, b"").decode("utf-8", "replace")
        self._rules = blocks.get(_NUMERUS_RULES, b"")
        if not _valid_rules(self._rules):
            raise QmError("the plural rules are invalid")
        self._hashes = self._read_hashes(blocks.get(_HASHES, b""), blocks.get(_MESSAGES))
        self._has_contexts = _CONTEXTS in blocks
        self._has_messages = any(tag in blocks for tag in (_CONTEXTS, _HASHES, _MESSAGES))
        self._context_table_size = 0
        self._context_buckets: dict[int, frozenset[bytes]] = {}
        if self._has_contexts:
            self._read_contexts(blocks[_CONTEXTS])
        folder = Path(directory) if directory is not None else Path()
        self._dependencies = tuple(
            self._load_dependency(name, folder, _loading) for name in dependencies
        )

    @staticmethod
    def _read_hashes(table: bytes, messages: bytes | None) -> dict[int, tuple[_Record, ...]]:
        if not table:
            return {}
        if len(table) % 8:
            raise QmError("the hash table is truncated")
        if messages is None:
            raise QmError("the file has a hash table but no messages")
        records: dict[int, _Record] = {}
        hashes: dict[int, list[_Record]] = {}
        previous = 0
        for at in range(0, len(table), 8):
            h = _u32(table, at)
            offset = _u32(table, at + 4)
            if h < previous:
                raise QmError("the hash table is not sorted")
            previous = h
            if offset >= len(messages):
                raise QmError(f"a message offset ({offset}) is past the end of the messages")
            if offset not in records:
                records[offset] = _read_record(messages, offset)
            hashes.setdefault(h, []).append(records[offset])
        return {h: tuple(found) for h, found in hashes.items()}

    def _read_contexts(self, table: bytes) -> None:
        """The context hash table: a size, then for each bucket the offset (in 2-byte units
        into the pool that follows) of its names as Pascal strings. Qt reads names from the
        bucket's offset until an empty one; ``lrelease`` pads with one only to keep offsets
        even, so a scan may run on through later buckets or to the end of the block."""
        if len(table) < 2:
            raise QmError("the context table is truncated")
        size = int.from_bytes(table[:2], "big")
        if size == 0 or 2 + 2 * size > len(table):
            raise QmError("the context table is truncated")
        self._context_table_size = size
        pool = 2 + 2 * size
        for bucket in range(size):
            offset = int.from_bytes(table[2 + 2 * bucket : 4 + 2 * bucket], "big")
            if offset == 0:
                continue
            at = pool + 2 * offset
            if at >= len(table):
                raise QmError("a context table entry points past the end of the table")
            names = []
            while at < len(table) and table[at]:
                length = table[at]
                name = table[at + 1 : at + 1 + length]
                if len(name) < length:
                    break
                names.append(name[:-1] if name.endswith(b"\0") else name)
                at += 1 + length
            self._context_buckets[bucket] = frozenset(names)

    @staticmethod
    def _load_dependency(name: str, folder: Path, loading: frozenset[Path]) -> QmTranslator:
        if not name:
            raise QmError("a dependency has no name")
        base = Path(name) if Path(name).is_absolute() else folder / name
        for candidate in (base.with_name(base.name + ".qm"), base):
            if candidate.is_file():
                key = candidate.resolve()
                if key in loading:
                    raise QmError(f"the dependencies loop back to {candidate}")
                return QmTranslator.from_file(candidate, directory=folder, _loading=loading)
        raise QmError(f"dependency {name!r} not found in {folder}")

    @classmethod
    def from_file(
        cls,
        path: str | os.PathLike[str],
        *,
        directory: str | os.PathLike[str] | None = None,
        _loading: frozenset[Path] = frozenset(),
    ) -> QmTranslator:
        """Read a ``.qm`` file; its dependencies are looked for in ``directory`` (default:
        the file's own folder). Raises QmError, or OSError when the file cannot be read."""
        file = Path(path)
        data = file.read_bytes()
        folder = file.parent if directory is None else directory
        translator = cls(data, directory=folder, _loading=_loading | {file.resolve()})
        translator._path = file
        return translator

    @property
    def language(self) -> str:
        """The target language stored in the file ("fr", "pt_BR"; "" if none)."""
        return self._language

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def dependencies(self) -> Sequence[QmTranslator]:
        return self._dependencies

    def is_empty(self) -> bool:
        """True when the file has no messages and no dependencies (``QTranslator.isEmpty``)."""
        return not self._has_messages and not self._dependencies

    def __len__(self) -> int:
        """The number of hash-table entries (messages) in this file, not its dependencies."""
        return sum(len(records) for records in self._hashes.values())

    def entries(self) -> Iterator[QmEntry]:
        """The messages of this file (not its dependencies) in hash-table order."""
        for records in self._hashes.values():
            for record in records:
                stored = {
                    tag: (raw[:-1] if raw.endswith(b"\0") else raw).decode("utf-8", "replace")
                    for tag, raw in record.checks
                }
                yield QmEntry(
                    stored.get(_TAG_CONTEXT),
                    stored.get(_TAG_SOURCE_TEXT),
                    stored.get(_TAG_COMMENT),
                    record.translations if record.usable else (),
                )

    def plural_form(self, n: int) -> int:
        """The index of the plural form this file's language uses for ``n`` (0 if n < 0)."""
        return numerus_form(self._rules, n) if n >= 0 else 0

    def lookup(
        self,
        context: str | None,
        source_text: str | None,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        """The translation, or None when this file and its dependencies have none."""
        ctx = _c_string(context)
        source = _c_string(source_text)
        comment = _c_string(disambiguation)
        if self._hashes:
            if self._has_contexts:
                bucket = self._context_buckets.get(_elf_hash(ctx) % self._context_table_size)
                if bucket is None or ctx not in bucket:
                    return None  # Qt does not consult the dependencies in this case either
            form = self.plural_form(n)
            wanted = {_TAG_SOURCE_TEXT: source, _TAG_CONTEXT: ctx}
            for key in (comment, b"") if comment else (b"",):
                wanted[_TAG_COMMENT] = key
                for record in self._hashes.get(_elf_hash(source, key), ()):
                    if not record.usable or form >= len(record.translations):
                        continue
                    if all(_matches(stored, wanted[tag]) for tag, stored in record.checks):
                        return record.translations[form]
        for dependency in self._dependencies:
            found = dependency.lookup(context, source_text, disambiguation, n)
            if found is not None:
                return found
        return None

    def translate(
        self,
        context: str | None,
        source_text: str | None,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        """``QTranslator.translate``: the translation, or ``""`` when there is none."""
        found = self.lookup(context, source_text, disambiguation, n)
        return "" if found is None else found

    def __repr__(self) -> str:
        where = f" {self._path}" if self._path else ""
        return f"<QmTranslator{where} language={self._language!r} messages={len(self)}>"
