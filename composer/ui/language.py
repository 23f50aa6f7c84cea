"""The window's language: which one, its catalogues, and switching without a restart.

Composer's strings are translated by Qt: ``self.tr`` in the window, and, for the Qt-free
engine, services and command line, ``composer.i18n.translate``, which this module connects to
``QCoreApplication.translate`` (the bridge), so a rule's message comes in the window's language
from the same catalogues. What is installed for a language:

- ``composer_<language>.qm`` from the package's ``composer/translations/`` (or
  ``$COMPOSER_TRANSLATIONS``): Composer's own strings. A missing file is English, not an error
  (a checkout whose catalogues are not compiled yet);
- Qt's ``qtbase_<language>.qm`` from Qt's translations folder (``QLibraryInfo``): the standard
  buttons (Close, Cancel, Yes, No), the file dialog, the text fields' context menus. The
  PySide6-Essentials wheel has all seven besides English, which needs none (Portuguese is
  ``qtbase_pt_BR``, as Composer's Portuguese is Brazil's).

English needs its catalogue too, for its plural forms: "%n finding(s)" reads "1 finding" and
"2 findings" only through ``composer_en.qm``; without it (a checkout whose catalogues are not
compiled: ``scripts/translations.py release``) the source shows. The forms cannot come from a
translator written in Python: Qt calls translators under a lock that ``installTranslator``
takes while PySide holds the GIL, so a check translating on its worker during a switch would
deadlock (``tests/ui/test_languages.py`` keeps that from coming back).

The language is the user's choice (``interface/language`` in ``QSettings``: a language code,
or empty for the system's) or else the system locale (``QLocale.system()``) mapped onto the
eight interface languages, English when it is none of them. Switching installs the new
translators and delivers Qt's ``LanguageChange`` to every widget before returning: each window
and dialog retranslates itself in ``changeEvent`` (its ``retranslate()``), and the main window
checks the message again so the panel's findings come back in the new language.

Translators are process-wide in Qt, so the installed set is kept here once per process: a
second service (a test's, a second window's) replaces it, never adds to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
    Signal,
)

from composer import i18n

SETTING = "interface/language"  # a language code, or "" to follow the system
SYSTEM = ""  # the preference that follows the system's language
# Qt's catalogue per interface language (none for English: Qt's strings are English).
QT_CATALOGUES = {
    "fr": "qtbase_fr",
    "de": "qtbase_de",
    "es": "qtbase_es",
    "it": "qtbase_it",
    "pt": "qtbase_pt_BR",
    "pl": "qtbase_pl",
    "nl": "qtbase_nl",
}
# The locale numbers and dates are written in when a language is chosen rather than followed
# from the system (whose own locale is kept: a Belgian French system keeps its formats).
LOCALES = {
    "en": "en_US",
    "fr": "fr_FR",
    "de": "de_DE",
    "es": "es_ES",
    "it": "it_IT",
    "pt": "pt_BR",
    "pl": "pl_PL",
    "nl": "nl_NL",
}


class _QtBridge:
    """``composer.i18n``'s translator in the window: Qt's lookup, through every installed
    catalogue (thread-safe in Qt: checks run on workers)."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None, n: int, /
    ) -> str:
        return QCoreApplication.translate(context, source_text, disambiguation, n)


@dataclass(frozen=True, slots=True)
class Loaded:
    """What is installed: the language and the catalogue files in use (None: not there)."""

    language: str
    composer: Path | None
    qt: Path | None


_installed: list[QTranslator] = []  # what this process has installed, lowest priority first
_loaded: Loaded | None = None  # None: nothing installed yet (the source texts, English)


def current() -> Loaded | None:
    """The language installed in this process and its catalogues; None before the first."""
    return _loaded


def bridge() -> i18n.Translator:
    """``composer.i18n``'s translator in the window (installed with every language)."""
    return _QtBridge()


def language_name(code: str) -> str:
    """A language named in itself ("Deutsch"), as a language menu lists it."""
    return i18n.LANGUAGE_NAMES[code]


def qt_translations_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


class LanguageService(QObject):
    """The interface language: the stored preference, the system's, and the catalogues of the
    one in effect. ``changed`` carries the new language after a switch, once every widget has
    retranslated itself.

    ``catalogues``: where ``composer_<language>.qm`` are (default: the package's);
    ``qt_catalogues``: Qt's translations folder (default: ``QLibraryInfo``'s);
    ``system_locale``: the system's locale (default ``QLocale.system()``; tests give one)."""

    changed = Signal(str)

    def __init__(
        self,
        settings: QSettings,
        *,
        catalogues: Path | None = None,
        qt_catalogues: Path | None = None,
        system_locale: QLocale | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._catalogues = catalogues
        self._qt_catalogues = qt_catalogues
        self._system_locale = system_locale

    # -- which language ------------------------------------------------------------------------

    def system_locale(self) -> QLocale:
        return self._system_locale if self._system_locale is not None else QLocale.system()

    def system_language(self) -> str:
        """The interface language the system's locale asks for (its UI languages in order of
        preference: "fr-CA", "fr"), English when none is one of the eight."""
        locale = self.system_locale()
        return i18n.match_language([*locale.uiLanguages(), locale.name()]) or "en"

    def preference(self) -> str:
        """The stored choice: a language code, or ``SYSTEM`` ("") to follow the system."""
        value = self.settings.value(SETTING, SYSTEM)
        return value if isinstance(value, str) and value in i18n.LANGUAGE_NAMES else SYSTEM

    def preferred_language(self) -> str:
        """The language the preference means now."""
        return self.preference() or self.system_language()

    @property
    def language(self) -> str:
        """The language installed now (in this process)."""
        return _loaded.language if _loaded is not None else i18n.SOURCE_LANGUAGE

    # -- switching -----------------------------------------------------------------------------

    def start(self) -> Loaded:
        """Install the preferred language (at start, before the window is built: nothing to
        retranslate yet)."""
        return self.apply(self.preferred_language())

    def set_preference(self, preference: str) -> Loaded:
        """Store ``preference`` (a language code, or ``SYSTEM``) and switch to what it means."""
        if preference != SYSTEM and preference not in i18n.LANGUAGE_NAMES:
            raise ValueError(f"not an interface language: {preference!r}")
        self.settings.setValue(SETTING, preference)
        self.settings.sync()
        return self.apply(self.preferred_language())

    def apply(self, language: str) -> Loaded:
        """Install ``language``'s catalogues in place of those installed, and have every
        widget retranslate itself before returning."""
        global _loaded  # noqa: PLW0603 - Qt's translators are process-wide, so is their record
        if language not in i18n.LANGUAGE_NAMES:
            raise ValueError(f"not an interface language: {language!r}")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("the language is installed once the application exists")
        fresh: list[QTranslator] = []
        qt_file = self._load(fresh, self._qt_path(language), app)
        composer_file = self._load(fresh, i18n.catalogue_path(language, self._catalogues), app)
        for translator in reversed(_installed):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        for translator in fresh:  # the last installed is asked first: Composer's, then Qt's
            QCoreApplication.installTranslator(translator)
        _installed[:] = fresh
        QLocale.setDefault(self._formats(language))
        i18n.install(bridge(), language)
        _loaded = Loaded(language, composer_file, qt_file)
        # Qt posts LanguageChange to each window (compressed to one per switch); deliver them
        # now, so the whole interface speaks the new language when this returns.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
        self.changed.emit(language)
        return _loaded

    def _formats(self, language: str) -> QLocale:
        """The locale numbers are written in: the system's when its language is the one in
        effect (a Belgian French system keeps its formats), else the language's own (also for
        the C locale, which groups no digits)."""
        system = self.system_locale()
        if (
            self.preference() == SYSTEM
            and language == self.system_language()
            and system.language() != QLocale.Language.C
        ):
            return system
        return QLocale(LOCALES[language])

    def _qt_path(self, language: str) -> Path | None:
        name = QT_CATALOGUES.get(language)
        if name is None:
            return None
        return (self._qt_catalogues or qt_translations_folder()) / f"{name}.qm"

    @staticmethod
    def _load(into: list[QTranslator], path: Path | None, app: QObject) -> Path | None:
        """Add a translator of ``path`` to ``into``; None (and nothing added) when the file
        is missing or Qt cannot read it: the strings stay English."""
        if path is None or not path.is_file():
            return None
        translator = QTranslator(app)
        if not translator.load(str(path)):
            translator.deleteLater()
            return None
        into.append(translator)
        return path


def retranslate_on_change(event: QEvent) -> bool:
    """True for the event after which a widget sets its texts again (``changeEvent``)."""
    return event.type() == QEvent.Type.LanguageChange
