"""``composer.i18n``: marking strings without Qt, the process-wide translator, and the choice
of the interface language.

The lupdate tests pin down which call forms ``pyside6-lupdate`` extracts from Python, since
the Qt-free code relies on them (``composer/i18n.py`` explains the forms).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from build_hooks.ts2qm import compile_file, compile_ts, read_ts
from composer import i18n
from composer.i18n import QT_TRANSLATE_NOOP, Context, translate
from composer.policy import data_strings
from composer.qm import QmTranslator

ROOT = Path(__file__).resolve().parent.parent

FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message><source>Checked</source><translation>Vérifié</translation></message>
    <message><source>Open</source><comment>door</comment>
        <translation>Ouvrez</translation></message>
    <message><source>Open</source><translation>Ouvrir</translation></message>
    <message numerus="yes"><source>%n finding(s)</source>
        <translation><numerusform>%n constat</numerusform>
        <numerusform>%n constats</numerusform></translation></message>
    <message><source>{count} left</source><translation>{count} restant(s)</translation></message>
    <message><source>Not yet</source><translation type="unfinished"></translation></message>
</context>
<context>
    <name>rule-title</name>
    <message><source>Order confirmation</source><comment>order-confirmation</comment>
        <translation>Confirmation de commande</translation></message>
</context>
</TS>
"""


@pytest.fixture
def french(tmp_path: Path) -> QmTranslator:
    ts = tmp_path / "composer_fr.ts"
    ts.write_text(FRENCH, encoding="utf-8")
    return QmTranslator(compile_ts(read_ts(ts)))


@pytest.fixture(autouse=True)
def no_translator() -> Iterator[None]:
    previous = i18n.install(None)
    yield
    i18n.install(previous)


@pytest.fixture(scope="session")
def compiled_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's catalogues compiled into a temporary folder, as a build compiles them
    (a checkout has no .qm files unless ``scripts/translations.py release`` made them)."""
    folder = tmp_path_factory.mktemp("catalogues")
    for ts in sorted((ROOT / "translations").glob("composer_*.ts")):
        compile_file(ts, folder / (ts.stem + ".qm"))
    return folder


def test_marker_returns_the_text_unchanged() -> None:
    assert QT_TRANSLATE_NOOP("ctx", "text") == "text"
    assert QT_TRANSLATE_NOOP("ctx", "text", "id") == "text"


def test_without_a_translator_the_source_is_shown() -> None:
    assert i18n.installed() is None
    assert translate("Cli", "Checked") == "Checked"
    assert translate("Cli", "%n finding(s)", None, 1) == "1 finding(s)"
    assert translate("Cli", "%n finding(s)") == "%n finding(s)"  # no n: left alone
    assert translate("Cli", "%Ln of %n, 100%", n=1234) == "1234 of 1234, 100%"
    assert Context("Cli").tr("Checked") == "Checked"


def test_an_installed_translator_translates_everywhere(french: QmTranslator) -> None:
    assert i18n.install(french) is None
    assert i18n.installed() is french
    cli = Context("Cli")
    assert cli.tr("Checked") == "Vérifié"
    assert cli.tr("Open") == "Ouvrir"
    assert cli.tr("Open", "door") == "Ouvrez"
    assert cli.tr("Open", "window") == "Ouvrir"  # Qt falls back to the plain message
    assert [cli.tr("%n finding(s)", "", n) for n in (0, 1, 2, 10)] == [
        "0 constat",
        "1 constat",
        "2 constats",
        "10 constats",
    ]
    assert cli.tr("{count} left").format(count=3) == "3 restant(s)"
    assert cli.tr("Not yet") == "Not yet"
    assert cli.tr("Unknown") == "Unknown"
    assert translate("rule-title", "Order confirmation", "order-confirmation") == (
        "Confirmation de commande"
    )
    assert i18n.install(None) is french
    assert cli.tr("Checked") == "Checked"


def test_a_qt_translator_can_be_installed_too(french: QmTranslator, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    data = compile_ts(read_ts(_write(tmp_path / "fr.ts", FRENCH)))
    qt = QTranslator()
    assert qt.load(data)
    for translator in (french, qt):
        i18n.install(translator)
        assert translate("Cli", "%n finding(s)", "", 2) == "2 constats"
        assert translate("Cli", "Open", "door") == "Ouvrez"
        assert translate("Cli", "Missing") == "Missing"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_switching_translators_while_threads_translate(french: QmTranslator) -> None:
    failures: list[str] = []
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            text = translate("Cli", "%n finding(s)", "", 2)
            if text not in ("2 finding(s)", "2 constats"):
                failures.append(text)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for _ in range(2000):
        i18n.install(french)
        i18n.install(None)
    stop.set()
    for thread in threads:
        thread.join()
    assert failures == []


def test_languages() -> None:
    assert i18n.languages() == ("en", "fr", "de", "es", "it", "pt", "pl", "nl")
    assert i18n.languages()[0] == i18n.SOURCE_LANGUAGE
    assert set(i18n.LANGUAGE_NAMES) == set(i18n.languages())


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ("fr_FR.UTF-8", "fr"),
        ("fr_CA.UTF-8@euro", "fr"),
        ("pt-BR", "pt"),
        ("pt_PT", "pt"),
        ("nl_BE@euro", "nl"),
        ("de", "de"),
        ("PL_pl", "pl"),
        ("C", "en"),
        ("POSIX", "en"),
        ("C.UTF-8", "en"),
        ("ja_JP.UTF-8", None),
        ("", None),
        (["ja", "es-MX", "fr"], "es"),  # QLocale.uiLanguages() order
        ([], None),
    ],
)
def test_match_language(tags: str | list[str], expected: str | None) -> None:
    assert i18n.match_language(tags) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "it_IT.UTF-8"}, "it"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "it_IT", "LC_ALL": "es_ES.UTF-8"}, "es"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "ja:pl:fr"}, "pl"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "ja"}, "de"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LANGUAGE": "nl"}, "nl"),
        ({"LANG": "ja_JP.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "pt_BR.UTF-8"}, "pt"),
        ({}, "en"),
    ],
)
def test_system_language(environ: dict[str, str], expected: str) -> None:
    assert i18n.system_language(environ) == expected


def test_system_language_reads_the_process_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert i18n.system_language() == "nl"
    monkeypatch.delenv("LANG")
    assert i18n.system_language() in i18n.languages()  # the platform's default, or English


def test_catalogues_load_without_qt(compiled_catalogues: Path) -> None:
    for language in i18n.languages():
        translator = i18n.load_language(language, compiled_catalogues)
        assert translator is not None
        expected = "pt_BR" if language == "pt" else language
        assert translator.language == expected
    with pytest.raises(ValueError, match="interface language"):
        i18n.load_language("ja", compiled_catalogues)


def test_where_the_catalogues_are(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(i18n.TRANSLATIONS_ENV, raising=False)
    packaged = i18n.catalogue_path("fr")
    assert packaged.name == "composer_fr.qm"
    assert packaged.parent == Path(i18n.__file__).parent / "translations"
    monkeypatch.setenv(i18n.TRANSLATIONS_ENV, str(tmp_path))
    assert i18n.catalogue_path("de") == tmp_path / "composer_de.qm"
    assert i18n.catalogue_path("de", packaged.parent) == packaged.parent / "composer_de.qm"


def test_english_needs_no_catalogue(tmp_path: Path) -> None:
    assert i18n.load_language("en", tmp_path) is None
    with pytest.raises(FileNotFoundError):
        i18n.load_language("fr", tmp_path)


# --- what pyside6-lupdate extracts from Python ------------------------------------------------

SCRATCH = """
from composer.i18n import QT_TRANSLATE_NOOP, Context, translate
from composer import i18n

Cli = Context("Cli")


def marks(n, items):
    Cli.tr("tr plain")
    Cli.tr("tr disambiguated", "d1")
    Cli.tr("%n tr plural", "", n)
    Cli.tr("%n tr plural of a call", None, len(items))
    Cli.tr("%n tr plural keyword", n=n)
    QT_TRANSLATE_NOOP("Noop", "noop plain")
    QT_TRANSLATE_NOOP("Noop", "noop disambiguated", "d2")
    #: a note for the translator
    QT_TRANSLATE_NOOP("Noop", "noop with a note")
    QT_TRANSLATE_NOOP("Noop", "noop "
                      "concatenated")
    translate("Bare", "translate plain")
    translate("Bare", "translate disambiguated", "d3")
    translate("Bare", "%n translate plural", "", n)
    translate("Bare", "%n translate plural of a call", "", len(items))
    translate("Bare", "%n translate plural literal", "", 3)
    translate("Bare", variable)
    QT_TRANSLATE_NOOP3("Noop", "noop3", "d4")
    QT_TRANSLATE_N_NOOP("Noop", "%n n-noop")
    QT_TR_NOOP("tr noop")
"""

# (context, source, disambiguation, plural, note) of each extracted message.
EXTRACTED = {
    ("Cli", "tr plain", None, False, None),
    ("Cli", "tr disambiguated", "d1", False, None),
    ("Cli", "%n tr plural", None, True, None),
    ("Cli", "%n tr plural of a call", None, True, None),
    ("Cli", "%n tr plural keyword", None, False, None),  # not a plural: n= is not seen
    ("Noop", "noop plain", None, False, None),
    ("Noop", "noop disambiguated", "d2", False, None),
    ("Noop", "noop with a note", None, False, "a note for the translator"),
    ("Noop", "noop concatenated", None, False, None),
    ("Bare", "translate plain", None, False, None),
    ("Bare", "translate disambiguated", "d3", False, None),
    ("Bare", "%n translate plural", None, False, None),  # n read as a PyQt4 encoding
    ("Bare", "%n translate plural literal", None, True, None),
    # "%n translate plural of a call" is dropped; QT_TRANSLATE_NOOP3 and the _N_ forms are
    # not known to the Python parser; QT_TR_NOOP outside a class has no context.
    ("", "tr noop", None, False, None),
}


def lupdate() -> str:
    folder = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    pytest.skip("pyside6-lupdate is not installed next to this Python")


def extract(source: Path, tmp_path: Path) -> set[tuple[str, str, str | None, bool, str | None]]:
    ts = tmp_path / "out.ts"
    subprocess.run([lupdate(), "-silent", str(source), "-ts", str(ts)], check=True)
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add(
                (
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment"),
                    message.get("numerus") == "yes",
                    message.findtext("extracomment"),
                )
            )
    return found


def test_the_forms_lupdate_extracts_from_python(tmp_path: Path) -> None:
    scratch = _write(tmp_path / "scratch.py", SCRATCH)
    assert extract(scratch, tmp_path) == EXTRACTED


def test_a_stale_prefix_after_translate_misleads_lupdate(tmp_path: Path) -> None:
    """lupdate keeps the name before ``x.translate(`` and prefixes the next ``X.tr`` with it:
    ``composer.i18n`` recommends ``Context.tr`` and bare ``translate`` for that reason."""
    scratch = _write(
        tmp_path / "scratch.py",
        'Cli = Context("Cli")\ni18n.translate("A", "a")\nCli.tr("b")\nx = 1\nCli.tr("c")\n',
    )
    contexts = {(context, source) for context, source, *_ in extract(scratch, tmp_path)}
    assert contexts == {("A", "a"), ("i18n.Cli", "b"), ("Cli", "c")}


# --- the catalogue tools (scripts/translations.py) ----------------------------------------------


def _load_translations_script() -> ModuleType:
    path = ROOT / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations_script", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations_script"] = module
    spec.loader.exec_module(module)
    return module


tools = _load_translations_script()

CHECKED = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message><source>Done</source><translation>Fertig</translation></message>
    <message><source>Later</source><translation type="unfinished">Später</translation></message>
    <message><source>Old</source><translation type="obsolete">Alt</translation></message>
    <message><source>Gone</source><translation type="vanished">Weg</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>{count} of {total}</source><translation>{anzahl} von {total}</translation>
    </message>
    <message><source>%1 and %2</source><translation>%1 und %3</translation></message>
    <message numerus="yes"><source>%n item(s)</source>
        <translation><numerusform>%n Element</numerusform><numerusform></numerusform>
        </translation></message>
</context>
<context>
    <name>i18n.Cli</name>
    <message><source>Misplaced</source><translation>Verlegt</translation></message>
</context>
</TS>
"""


def test_check_reports_what_is_left_to_do(tmp_path: Path) -> None:
    report = tools.analyse(_write(tmp_path / "composer_de.ts", CHECKED), "de")
    assert report.messages == 9
    assert [entry.split(" | ")[1] for entry in report.unfinished] == [
        "'Later'",
        "'Empty'",
        "'%n item(s)'",
    ]
    assert [entry.split(" | ")[1] for entry in report.obsolete] == ["'Old'"]
    assert [entry.split(" | ")[1] for entry in report.vanished] == ["'Gone'"]
    assert len(report.placeholders) == 2
    assert report.contexts == ["context 'i18n.Cli': lupdate did not see the class or name"]
    assert report.problems() == 8


def test_the_catalogues_are_in_step_with_the_code() -> None:
    """Merging the code into the catalogues finds nothing obsolete, vanished, misplaced or
    with broken placeholders, and every language translates every string the code marks (a
    string added to the code and not yet translated fails here: run
    ``scripts/translations.py update`` and translate it)."""
    reports = tools.check()
    assert [r.language for r in reports] == list(i18n.languages())
    for report in reports:
        assert report.obsolete == [], report.language
        assert report.vanished == [], report.language
        assert report.placeholders == [], report.language
        assert report.contexts == [], report.language
        if report.language != i18n.SOURCE_LANGUAGE:
            assert report.messages >= len(data_strings.MARKED)
            assert report.unfinished == [], (report.language, report.unfinished[:5])


def test_release_without_qt_writes_loadable_catalogues(tmp_path: Path) -> None:
    written = tools.release(out=tmp_path, python=True)
    assert [path.name for path in written] == [f"composer_{c}.qm" for c in i18n.languages()]
    for path in written:
        assert QmTranslator.from_file(path).language in ("pt_BR", path.stem.split("_")[1])
