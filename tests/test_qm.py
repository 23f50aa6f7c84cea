"""``composer.qm`` reads .qm files exactly as Qt's ``QTranslator`` does, and
``build_hooks.ts2qm`` writes them exactly as ``lrelease`` does.

Every lookup is compared with ``QTranslator.translate`` on the same bytes: files compiled by
``pyside6-lrelease`` (plain and ``-compress``) from catalogues with plain, disambiguated,
plural, unfinished, empty, non-BMP, long and odd entries in several languages; hand-made files
with what today's lrelease never writes (stripped records, wildcard comments, null forms,
unknown tags); and the Qt translations that ship with PySide6. Broken files raise ``QmError``.
"""

from __future__ import annotations

import random
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pytest
from PySide6.QtCore import QLibraryInfo, QTranslator

from build_hooks.ts2qm import compile_ts, read_ts
from composer.qm import MAGIC, QmError, QmTranslator, numerus_form

ROOT = Path(__file__).resolve().parent.parent
QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
COUNTS = (-1, 0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 1000, 1001, 2**31 - 1)
LONG = "".join(chr(0x41 + i % 26) + ("😀" if i % 97 == 0 else "") for i in range(70_000))


def lrelease() -> str:
    folder = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    pytest.skip("pyside6-lrelease is not installed next to this Python")


@dataclass(frozen=True)
class Msg:
    context: str
    source: str
    comment: str | None = None
    translations: tuple[str, ...] = ()
    kind: str | None = None  # None (finished), "unfinished", "obsolete", "vanished"
    plural: bool = False
    variants: bool = False


def _xml_text(text: str) -> str:
    """Text for a .ts element: XML-escaped, control characters as lupdate's <byte/>."""
    out = []
    for char in text:
        if ord(char) < 0x20 and char not in "\t\n":
            out.append(f'<byte value="x{ord(char):x}"/>')
        else:
            out.append(escape(char))
    return "".join(out)


def ts_text(language: str, messages: list[Msg]) -> str:
    contexts: dict[str, list[Msg]] = {}
    for msg in messages:
        contexts.setdefault(msg.context, []).append(msg)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    lines.append(f'<TS version="2.1" language="{language}" sourcelanguage="en">')
    for name, msgs in contexts.items():
        lines += ["<context>", f"    <name>{_xml_text(name)}</name>"]
        for msg in msgs:
            lines.append('    <message numerus="yes">' if msg.plural else "    <message>")
            lines.append(f"        <source>{_xml_text(msg.source)}</source>")
            if msg.comment is not None:
                lines.append(f"        <comment>{_xml_text(msg.comment)}</comment>")
            kind = f" type={quoteattr(msg.kind)}" if msg.kind else ""
            if msg.plural:
                forms = "".join(
                    f"<numerusform>{_xml_text(t)}</numerusform>" for t in msg.translations
                )
                lines.append(f"        <translation{kind}>{forms}</translation>")
            elif msg.variants:
                parts = "".join(
                    f"<lengthvariant>{_xml_text(t)}</lengthvariant>" for t in msg.translations
                )
                lines.append(f'        <translation{kind} variants="yes">{parts}</translation>')
            else:
                text = _xml_text(msg.translations[0]) if msg.translations else ""
                lines.append(f"        <translation{kind}>{text}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def corpus(language: str) -> list[Msg]:
    """Catalogue entries covering what lookups can meet."""
    plural_forms = {"pl": ("%n plik", "%n pliki", "%n plików"), "fr": ("%n fichier", "%n fichiers")}
    forms = plural_forms.get(language, (f"%n file [{language}]", f"%n files [{language}]"))
    return [
        Msg("Ctx", "Hello", translations=(f"Hello [{language}]",)),
        Msg("Ctx", "Open", "file", (f"Open a file [{language}]",)),
        Msg("Ctx", "Open", "door", (f"Open the door [{language}]",)),
        Msg("Ctx", "Save", translations=("Save [plain]",)),
        Msg("Ctx", "Save", "as", ("Save as [disambiguated]",)),
        Msg("Ctx", "Close", "window", ("Close [window]",)),
        Msg("Ctx", "Close", "tab", ("Close [tab]",)),
        Msg("Ctx", "Close", "file", ("Close [file]",), kind="unfinished"),
        Msg("Ctx", "Print", "obsolete sibling", ("Print [kept]",)),
        Msg("Ctx", "Print", None, ("Print [old]",), kind="obsolete"),
        Msg("Ctx", "Gone", None, ("Gone [vanished]",), kind="vanished"),
        Msg("Ctx", "Unfinished", None, ("Unfinished but translated",), kind="unfinished"),
        Msg("Ctx", "Untranslated", None, (), kind="unfinished"),
        Msg("Ctx", "Finished but empty", None, ()),
        Msg("Ctx", "%n file(s)", None, forms, plural=True),
        Msg("Ctx", "%n partial", None, forms[:1], plural=True),
        Msg("Ctx", "%n partial unfinished", None, forms[:1], kind="unfinished", plural=True),
        Msg("Ctx", "%n extra forms", None, (*forms, "extra", "more"), plural=True),
        Msg("Ctx", "%n untranslated plural", None, (), kind="unfinished", plural=True),
        Msg("Other", "Hello", translations=("Hello [other context]",)),
        Msg("", "Hello", "no context", ("Hello [empty context]",)),
        Msg("", "Bye", translations=("Bye [empty context]",)),
        Msg("Ctx", "Emoji 😀 𝔘 ✓", None, ("Émoji 😀 𝔘 ✓ 𠜎",)),
        Msg("Ctx", " spaces\tand\nlines ", None, ("  espaces\tet\nlignes  ",)),
        Msg("Ctx", "XML <b>&amp;</b> \"quotes\" 'apostrophes'", None, ("<i>&</i> « »",)),
        Msg("Ctx", "Control \x01 char", None, ("Contrôle \x02",)),
        Msg("Ctx", "Variants", None, ("Long variant", "Short"), variants=True),
        Msg("Ctx", LONG, None, (LONG[::-1] + "é",)),
        Msg("C" * 300, "In a long context", None, ("Dans un long contexte",)),
        Msg("Ctx", "{name} placeholder", "rule-id", ("{name} espace réservé",)),
        # ELF hash collisions: "AQ" and "BA" hash alike, in one context and across two.
        Msg("Ctx", "AQ", None, ("AQ [Ctx]",)),
        Msg("Ctx", "BA", None, ("BA [Ctx]",)),
        Msg("Col", "AQ", None, ("AQ [Col]",)),
    ]


def lookups(messages: list[Msg]) -> Iterator[tuple[str, str, str | None, int]]:
    contexts = sorted({m.context for m in messages} | {"Nope"})
    for msg in messages:
        if msg.source == LONG:  # hashing it takes a while: a few lookups are enough
            yield from ((msg.context, LONG, c, n) for c in (None, "x") for n in (-1, 2))
            continue
        for context in {msg.context, "Nope", contexts[0]}:
            for comment in {msg.comment, None, "", "nope", "file", "as"}:
                for n in COUNTS:
                    yield context, msg.source, comment, n


def qt_translator(data: bytes) -> QTranslator:
    translator = QTranslator()
    assert translator.load(data), "QTranslator refused the file"
    return translator


def assert_same(data: bytes, queries: Iterator[tuple[str, str, str | None, int]]) -> int:
    """Compare every lookup; returns how many were made."""
    qt = qt_translator(data)
    ours = QmTranslator(data)
    assert ours.is_empty() == qt.isEmpty()
    assert ours.language == qt.language()
    count = 0
    for query in queries:
        assert ours.translate(*query) == qt.translate(*query), query
        count += 1
    return count


LANGUAGES = ("en", "fr", "de", "pl", "pt", "pt_BR", "pt_PT")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, bool], bytes]:
    """(language, compressed) -> the .qm bytes lrelease made of ``corpus(language)``."""
    folder = tmp_path_factory.mktemp("qm")
    out = {}
    for language in LANGUAGES:
        ts = folder / f"corpus_{language}.ts"
        ts.write_text(ts_text(language, corpus(language)), encoding="utf-8")
        for compress in (False, True):
            qm = folder / f"corpus_{language}{'_c' if compress else ''}.qm"
            options = ["-compress"] if compress else []
            subprocess.run([lrelease(), "-silent", *options, str(ts), "-qm", str(qm)], check=True)
            out[language, compress] = qm.read_bytes()
    return out


@pytest.mark.parametrize("compress", [False, True], ids=["plain", "compressed"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_lookups_equal_qtranslator(
    compiled: dict[tuple[str, bool], bytes], language: str, compress: bool
) -> None:
    data = compiled[language, compress]
    made = assert_same(data, lookups(corpus(language)))
    assert made > 5000
    ours = QmTranslator(data)
    # A few facts the comparison relies on, stated plainly.
    assert ours.translate("Ctx", "Hello") == f"Hello [{language}]"
    assert ours.translate("Ctx", "Open", "door") == f"Open the door [{language}]"
    assert ours.translate("Ctx", "Untranslated") == ""
    assert ours.lookup("Ctx", "Untranslated") is None
    assert ours.translate("Ctx", "Emoji 😀 𝔘 ✓") == "Émoji 😀 𝔘 ✓ 𠜎"
    assert ours.translate("Ctx", LONG) == LONG[::-1] + "é"


def test_plural_forms_follow_the_language(compiled: dict[tuple[str, bool], bytes]) -> None:
    polish = QmTranslator(compiled["pl", False])
    assert [polish.translate("Ctx", "%n file(s)", None, n) for n in (1, 2, 5, 22, 25)] == [
        "%n plik",
        "%n pliki",
        "%n plików",
        "%n pliki",
        "%n plików",
    ]
    french = QmTranslator(compiled["fr", False])
    assert [french.plural_form(n) for n in (0, 1, 2)] == [0, 0, 1]
    english = QmTranslator(compiled["en", False])
    assert [english.plural_form(n) for n in (0, 1, 2)] == [1, 0, 1]
    assert QmTranslator(compiled["pt", False]).plural_form(0) == 0  # Brazil's rules
    assert QmTranslator(compiled["pt_PT", False]).plural_form(0) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts2qm_writes_what_lrelease_writes(
    compiled: dict[tuple[str, bool], bytes], language: str, tmp_path: Path
) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(ts_text(language, corpus(language)), encoding="utf-8")
    assert compile_ts(read_ts(ts)) == compiled[language, False]


def test_ts2qm_matches_lrelease_on_the_project_catalogues(tmp_path: Path) -> None:
    catalogues = sorted((ROOT / "translations").glob("composer_*.ts"))
    assert len(catalogues) == 8
    for ts in catalogues:
        qm = tmp_path / (ts.stem + ".qm")
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        assert compile_ts(read_ts(ts)) == qm.read_bytes(), ts.name


# --- hand-made files: what lrelease no longer writes, but QTranslator reads ---------------


def _elf(data: bytes) -> int:
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _u32(value: int) -> bytes:
    return value.to_bytes(4, "big")


def _field(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + _u32(len(data)) + data


def _tr(text: str) -> bytes:
    return _field(3, text.encode("utf-16-be"))


def _block(tag: int, data: bytes) -> bytes:
    return bytes([tag]) + _u32(len(data)) + data


def handmade(
    records: list[tuple[int, bytes]],
    *,
    rules: bytes = b"\x01\x01",
    contexts: bytes = b"",
    extra: bytes = b"",
) -> bytes:
    """A .qm file from (hash, record) pairs."""
    messages = b""
    table = []
    for h, record in records:
        table.append((h, len(messages)))
        messages += record
    hashes = b"".join(_u32(h) + _u32(o) for h, o in sorted(table))
    out = MAGIC + _block(0xA7, b"xx") + _block(0x42, hashes) + _block(0x69, messages)
    if contexts:
        out += _block(0x2F, contexts)
    return out + _block(0x88, rules) + extra


def context_table(names: list[bytes], size: int = 7) -> bytes:
    """A context hash table as Qt reads it (each bucket's list ends with an empty name)."""
    buckets: dict[int, list[bytes]] = {}
    for name in names:
        buckets.setdefault(_elf(name) % size, []).append(name)
    pool = b"\0\0"
    offsets = [0] * size
    for bucket, members in sorted(buckets.items()):
        offsets[bucket] = len(pool) // 2
        for name in members:
            pool += bytes([len(name)]) + name
        pool += b"\0"
        if len(pool) % 2:
            pool += b"\0"
    return size.to_bytes(2, "big") + b"".join(o.to_bytes(2, "big") for o in offsets) + pool


HANDMADE = {
    # Stripped: no context, source or comment stored; any lookup with the hash matches.
    "stripped": handmade([(_elf(b"Hello"), _tr("Bonjour") + b"\x01")]),
    # Only the context stored, as lrelease -compress did for collisions.
    "context only": handmade([(_elf(b"Hello"), _tr("Bonjour") + _field(7, b"Ctx") + b"\x01")]),
    # A comment whose first byte is zero is not compared.
    "wildcard comment": handmade(
        [(_elf(b"Hellodoor"), _tr("Porte") + _field(8, b"\0x") + _field(6, b"Hello") + b"\x01")]
    ),
    # An empty stored comment is compared against the next tag's byte (Qt's quirk).
    "empty comment": handmade(
        [(_elf(b"Hello"), _tr("Salut") + _field(8, b"") + _field(6, b"Hello") + b"\x01")]
    ),
    # Stored fields with a terminating zero byte.
    "zero-terminated": handmade(
        [(_elf(b"Hello"), _tr("Hallo") + _field(6, b"Hello\0") + _field(7, b"Ctx\0") + b"\x01")]
    ),
    # A null plural form: the whole message has no translation.
    "null form": handmade(
        [(_elf(b"%n x"), _tr("one") + b"\x03\xff\xff\xff\xff" + _field(6, b"%n x") + b"\x01")]
    ),
    # An odd-length translation, an unknown tag, an obsolete tag.
    "odd length": handmade([(_elf(b"Odd"), _field(3, b"abc") + _field(6, b"Odd") + b"\x01")]),
    "unknown tag": handmade([(_elf(b"Hello"), _tr("Bonjour") + b"\x02\x00\x00\x00\x00\x01")]),
    "obsolete tag": handmade(
        [(_elf(b"Hello"), _tr("Bonjour") + b"\x05" + _u32(7) + _field(6, b"Hello") + b"\x01")]
    ),
    # A record that runs to the end of the block without its end tag.
    "no end tag": handmade([(_elf(b"Hello"), _tr("Bonjour") + _field(6, b"Hello"))]),
    # Two records with one hash: the first that matches wins.
    "collision": handmade(
        [
            (_elf(b"AQ"), _tr("first") + _field(6, b"AQ") + b"\x01"),
            (_elf(b"BA"), _tr("second") + _field(6, b"BA") + b"\x01"),
            (_elf(b"AQ"), _tr("third") + b"\x01"),
        ]
    ),
    # A context table: lookups in other contexts find nothing.
    "context table": handmade(
        [(_elf(b"Hello"), _tr("Bonjour") + b"\x01")],
        contexts=context_table([b"Ctx", b"Other", b"Third"]),
    ),
    # Several plural rules, and a file with a block Qt does not know.
    "polish rules": handmade(
        [(_elf(b"%n x"), _tr("a") + _tr("b") + _tr("c") + b"\x01")],
        rules=bytes([0x01, 1, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 10, 19]),
        extra=_block(0x55, b"whatever"),
    ),
    "no rules": handmade([(_elf(b"%n x"), _tr("a") + _tr("b") + b"\x01")], rules=b""),
    "magic only": MAGIC,
    "magic and a short tail": MAGIC + b"\x42\x00",
    "language only": MAGIC + _block(0xA7, b"fr"),
}


@pytest.mark.parametrize("name", sorted(HANDMADE))
def test_handmade_files_read_as_qtranslator_reads_them(name: str) -> None:
    data = HANDMADE[name]
    queries = [
        (context, source, comment, n)
        for context in ("Ctx", "Other", "Nope", "")
        for source in ("Hello", "%n x", "Odd", "AQ", "BA", "Bye")
        for comment in (None, "door", "x", "\0x")
        for n in (-1, 0, 1, 2, 3, 5, 12, 22)
    ]
    assert_same(data, iter(queries))


def test_numerus_rules_match_qt_for_every_small_n() -> None:
    polish = bytes([0x01, 1, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 10, 19])
    for n in range(0, 2000):
        expected = 0 if n == 1 else 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19 else 2
        assert numerus_form(polish, n) == expected, n
    leading = bytes([0x41, 1])  # the leading group of three digits is 1
    assert [numerus_form(leading, n) for n in (1, 1000, 1_000_000, 2000, 11)] == [0, 0, 0, 1, 1]


# --- Qt's own translations ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["qtbase_fr", "qtbase_de", "qtbase_pl", "qtbase_pt_BR"])
def test_qt_translations_read_alike(name: str) -> None:
    path = QT_TRANSLATIONS / f"{name}.qm"
    if not path.is_file():
        pytest.skip(f"{path} is not installed")
    data = path.read_bytes()
    ours = QmTranslator(data)
    entries = list(ours.entries())
    assert len(entries) > 1000
    queries = [
        (entry.context or "", entry.source_text or "", comment, n)
        for entry in entries
        for comment in {entry.disambiguation, None}
        for n in ((-1, 1, 2, 5) if "%n" in (entry.source_text or "") else (-1,))
    ]
    assert assert_same(data, iter(queries)) == len(queries)


def test_dependencies_are_loaded_or_refused_as_qt_does(tmp_path: Path) -> None:
    # qt_fr.qm names qtmultimedia_fr, which PySide6-Essentials does not ship: both refuse it.
    meta = QT_TRANSLATIONS / "qt_fr.qm"
    if meta.is_file() and not (QT_TRANSLATIONS / "qtmultimedia_fr.qm").is_file():
        assert not QTranslator().load(str(meta))
        with pytest.raises(QmError, match="qtmultimedia_fr"):
            QmTranslator.from_file(meta)
    # A catalogue that only names another one answers with the other's translations.
    target = HANDMADE["stripped"]
    (tmp_path / "base.qm").write_bytes(target)
    name = "base".encode("utf-16-be")
    meta_data = MAGIC + _block(0xA7, b"fr") + _block(0x96, _u32(len(name)) + name)
    (tmp_path / "meta.qm").write_bytes(meta_data)
    qt = QTranslator()
    assert qt.load("meta.qm", str(tmp_path))
    ours = QmTranslator.from_file(tmp_path / "meta.qm")
    assert len(ours.dependencies) == 1
    assert not ours.is_empty()
    for source in ("Hello", "Bye"):
        assert ours.translate("Ctx", source) == qt.translate("Ctx", source)
    assert ours.translate("Ctx", "Hello") == "Bonjour"
    # A loop of dependencies is an error, not a recursion.
    (tmp_path / "base.qm").write_bytes(meta_data)
    with pytest.raises(QmError, match="loop"):
        QmTranslator.from_file(tmp_path / "meta.qm")


# --- bad files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
        b'<?xml version="1.0"?><TS></TS>',
        MAGIC[:-1],
        MAGIC + _block(0x42, b"\0" * 8),  # hashes but no messages
        MAGIC + _block(0x42, b"\0" * 7) + _block(0x69, b"\x01"),  # hashes not in pairs
        MAGIC + _block(0x88, b"\x80\x01"),  # bad plural rules
        MAGIC + _block(0x88, b"\x01"),  # plural rule without operand
        MAGIC + _block(0x2F, b"\0\0"),  # empty context table
        MAGIC + b"\x69" + _u32(100) + b"short",  # block longer than the file
    ],
    ids=[
        "empty",
        "png",
        "ts xml",
        "short magic",
        "no messages",
        "odd hash table",
        "bad rules",
        "rule operand",
        "empty context table",
        "truncated block",
    ],
)
def test_bad_files_raise_qm_error(data: bytes) -> None:
    with pytest.raises(QmError):
        QmTranslator(data)


def test_bad_files_that_qt_refuses_are_refused(compiled: dict[tuple[str, bool], bytes]) -> None:
    data = compiled["pl", True]
    for cut in range(0, len(data), 7):
        truncated = data[:cut]
        try:
            ours = QmTranslator(truncated)
        except QmError:
            continue
        # Loaded: then Qt loads it too, and the lookups still answer (no crash).
        assert QTranslator().load(truncated), cut
        ours.translate("Ctx", "Hello")
        ours.translate("Ctx", "%n file(s)", None, 3)


def test_corrupt_files_never_raise_anything_but_qm_error(
    compiled: dict[tuple[str, bool], bytes],
) -> None:
    rng = random.Random(20240611)
    originals = [compiled["pl", True], compiled["fr", False], *HANDMADE.values()]
    for _ in range(3000):
        data = bytearray(rng.choice(originals))
        for _ in range(rng.randint(1, 4)):
            at = rng.randrange(len(MAGIC), len(data)) if len(data) > len(MAGIC) else 0
            data[at] = rng.randrange(256)
        try:
            translator = QmTranslator(bytes(data))
        except QmError:
            continue
        for n in (-1, 1, 5):
            assert isinstance(translator.translate("Ctx", "Hello", None, n), str)
            assert isinstance(translator.translate("Ctx", "%n file(s)", "x", n), str)
        list(translator.entries())


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        QmTranslator.from_file(tmp_path / "none.qm")


def test_the_package_build_compiles_the_catalogues(tmp_path: Path) -> None:
    """``build_hooks.BuildPy`` (pyproject's build_py) puts the compiled catalogues into the
    build tree, where wheels and ``pip install .`` take them from."""
    setuptools = pytest.importorskip("setuptools")
    from build_hooks import BuildPy

    command = BuildPy(setuptools.Distribution({"name": "composer-test", "packages": []}))
    command.ensure_finalized()
    command.build_lib = str(tmp_path)
    command.run()
    built = sorted(p.name for p in (tmp_path / "composer" / "translations").iterdir())
    expected = sorted(ts.stem + ".qm" for ts in (ROOT / "translations").glob("composer_*.ts"))
    assert built == expected
    assert len(built) == 8
    assert set(command.get_outputs()) >= {
        str(tmp_path / "composer" / "translations" / n) for n in built
    }
    for name in built:
        assert QmTranslator.from_file(tmp_path / "composer" / "translations" / name).language
