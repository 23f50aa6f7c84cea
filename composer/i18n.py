"""Translation for the whole of Composer, without Qt.

The window translates with Qt (``self.tr``, ``QTranslator``); the policy engine, the services
and the command line may not import Qt, yet their strings are translated from the same Qt
Linguist catalogues (``translations/composer_<language>.ts``, compiled to
``composer/translations/composer_<language>.qm``). This module is their side of it:

- **Marking.** ``pyside6-lupdate`` finds strings by the *name* of the call, not by importing
  anything, so Qt-free code marks its strings with look-alikes defined here:

  - ``Cli = Context("Cli")`` then ``Cli.tr("text")``, ``Cli.tr("text", "disambiguation")``,
    ``Cli.tr("%n finding(s)", "", n)``: translated at the call. lupdate takes the context
    from the name in front of ``.tr``, so the variable must be named exactly as its context,
    and a plural needs ``n`` as the third *positional* argument (``n=n`` is not seen).
  - ``QT_TRANSLATE_NOOP("context", "text")`` or ``QT_TRANSLATE_NOOP("context", "text",
    "disambiguation")``: marked only, translated later with ``translate(context, text,
    disambiguation)`` (the rule book's data strings, ``composer/policy/data_strings.py``).
  - A ``#: note`` comment line just before a marked string reaches the translator.

  lupdate also reads ``translate("context", "text", "disambiguation")`` here, but not a plural
  (its fourth argument is taken for a PyQt4 encoding unless it is a number literal), and after
  ``something.translate(...)`` it may prefix the next ``X.tr`` context with ``something``:
  prefer ``Context.tr`` for literal strings.
- **Looking up.** ``translate()`` asks the installed translator (any object with
  ``QTranslator.translate``'s signature: a :class:`composer.qm.QmTranslator`, or in the window
  a ``QTranslator`` or a bridge to ``QCoreApplication.translate``), falls back to the source
  text and replaces ``%n`` with ``n`` as ``QCoreApplication.translate`` does. Until a
  translator is installed, it returns the source: English.
- **Choosing.** ``languages()``, ``system_language()`` and ``match_language()`` map locales
  onto the eight interface languages; ``load_language()`` reads a compiled catalogue without
  Qt (for the command line).

Thread safety: checks run on worker threads. ``install`` replaces one reference under a lock;
``translate`` reads it once, and translators are read-only after loading.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from composer.qm import QmTranslator

__all__ = [
    "LANGUAGE_NAMES",
    "QT_TRANSLATE_NOOP",
    "SOURCE_LANGUAGE",
    "Context",
    "Translator",
    "catalogue_path",
    "catalogues_folder",
    "install",
    "installed",
    "languages",
    "load_language",
    "match_language",
    "system_language",
    "translate",
]

SOURCE_LANGUAGE = "en"
# The interface languages, source first, with their own names (a language menu lists each
# language in itself, so that a reader finds theirs whatever the current one).
LANGUAGE_NAMES: Mapping[str, str] = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
    "pt": "Português",
    "pl": "Polski",
    "nl": "Nederlands",
}
CATALOGUE_PREFIX = "composer_"
TRANSLATIONS_ENV = "COMPOSER_TRANSLATIONS"

_PERCENT_N = re.compile(r"%L?n")


def QT_TRANSLATE_NOOP(  # noqa: N802 -- lupdate recognises this name
    context: str, source_text: str, disambiguation: str | None = None, /
) -> str:
    """Mark ``source_text`` for translation in ``context`` and return it unchanged.

    lupdate extracts the call (the optional third argument becomes the disambiguation); the
    string is translated where it is shown, with ``translate(context, text, disambiguation)``.
    """
    del context, disambiguation
    return source_text


class Translator(Protocol):
    """What ``install`` takes: ``QTranslator.translate``'s signature and contract (the
    translation, or ``""`` or None when there is none)."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None, n: int, /
    ) -> str | None: ...


_lock = threading.Lock()
_translator: Translator | None = None
_language = SOURCE_LANGUAGE
# Languages whose nouns keep their capital inside a sentence.
_CAPITALISED_NOUNS = frozenset({"de"})


def install(translator: Translator | None, language: str | None = None) -> Translator | None:
    """Make ``translator`` the one ``translate`` asks (None: English), for every thread at
    once; returns the previous one. ``language``: the language it speaks (default: English
    without a translator, else unchanged), for ``in_sentence``."""
    global _translator, _language  # noqa: PLW0603 - process-wide, swapped under the lock
    with _lock:
        previous, _translator = _translator, translator
        if language is not None or translator is None:
            _language = language or SOURCE_LANGUAGE
    return previous


def current_language() -> str:
    """The language of the installed translator, as ``install`` was told."""
    return _language


def in_sentence(title: str) -> str:
    """A title ("Delay or cancellation notice", "Détails de personnalisation") as it reads
    inside a sentence, after a colon: its first letter lower-cased, unless the language keeps
    nouns capitalised (German) or the title opens with an abbreviation ("SP-API …")."""
    if (
        _language in _CAPITALISED_NOUNS
        or len(title) < 2
        or not title[0].isupper()
        or not title[1].islower()
    ):
        return title
    return title[0].lower() + title[1:]


def installed() -> Translator | None:
    return _translator


def translate(
    context: str, source_text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """``QCoreApplication.translate`` without Qt: the installed translator's translation of
    (context, source_text, disambiguation) in the plural form for ``n``, else the source
    text; then, when ``n >= 0``, ``%n`` (and ``%Ln``, without digit grouping) becomes ``n``.

    Placeholders such as ``{phrase}`` are left alone: fill them after translating.
    """
    translator = _translator
    text: str | None = None
    if translator is not None:
        text = translator.translate(context, source_text, disambiguation, n)
    if not text:
        text = source_text
    if n >= 0 and "%" in text:
        text = _PERCENT_N.sub(str(n), text)
    return text


class Context:
    """The strings of one translation context in Qt-free code, used like a Qt class's
    ``tr``: ``Cli = Context("Cli")``; ``Cli.tr("Checked %n message(s).", "", n)``.

    lupdate reads the context from the name before ``.tr``: name the variable exactly as the
    context (a module-level constant), and pass ``n`` as the third positional argument.
    """

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, source_text, disambiguation, n)

    def __repr__(self) -> str:
        return f"Context({self.name!r})"


def languages() -> tuple[str, ...]:
    """The interface languages, the source language (English) first."""
    return tuple(LANGUAGE_NAMES)


def match_language(tags: str | Iterable[str]) -> str | None:
    """The first interface language among locale names or language tags, in order of
    preference ("fr_CA.UTF-8", "pt-BR", "de", "nl_BE@euro"; also Qt's
    ``QLocale.uiLanguages()``), or None when there is none. "C" and "POSIX" mean English."""
    for tag in [tags] if isinstance(tags, str) else tags:
        name = tag.strip().split(".")[0].split("@")[0].replace("-", "_").lower()
        if name in ("c", "posix"):
            return SOURCE_LANGUAGE
        primary = name.split("_")[0]
        if primary in LANGUAGE_NAMES:
            return primary
    return None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The interface language the user's locale asks for; English when it asks for none of
    them.

    As gettext does: ``LANGUAGE`` (a colon-separated list of preferences) first, unless the
    locale is C/POSIX; then the first set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG``. When the
    environment says nothing (a program started from the Windows or macOS desktop): on
    Windows the user's display language, elsewhere the locale module's default.
    """
    env = os.environ if environ is None else environ
    locale_name = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if locale_name.split(".")[0].upper() not in ("C", "POSIX"):
        found = match_language(p for p in env.get("LANGUAGE", "").split(":") if p)
        if found:
            return found
    if locale_name:
        return match_language(locale_name) or SOURCE_LANGUAGE
    if environ is None:
        return match_language(_platform_locales()) or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def _platform_locales() -> list[str]:
    """Locale names from the operating system when the environment has none."""
    import locale  # noqa: PLC0415 -- only when the environment is silent

    found: list[str] = []
    if sys.platform == "win32":
        with contextlib.suppress(AttributeError, OSError):
            import ctypes  # noqa: PLC0415

            lang_id = ctypes.windll.kernel32.GetUserDefaultUILanguage()
            found.append(locale.windows_locale.get(lang_id, ""))
    with contextlib.suppress(ValueError):
        found.append(locale.getlocale()[0] or "")
    return [name for name in found if name]


def catalogues_folder() -> Path:
    """Where the compiled catalogues are: ``$COMPOSER_TRANSLATIONS`` if set (tests, a
    checkout whose catalogues are compiled elsewhere), else ``composer/translations`` in the
    package, where a build puts them."""
    override = os.environ.get(TRANSLATIONS_ENV)
    if override:
        return Path(override)
    from importlib import resources  # noqa: PLC0415 -- not on the way to the first frame

    return Path(str(resources.files("composer") / "translations"))


def catalogue_path(language: str, folder: Path | None = None) -> Path:
    """The compiled catalogue of ``language`` in ``folder`` (default: ``catalogues_folder()``)."""
    return (folder or catalogues_folder()) / f"{CATALOGUE_PREFIX}{language}.qm"


def load_language(language: str, folder: Path | None = None) -> QmTranslator | None:
    """The catalogue of ``language`` read without Qt, or None for English without one (its
    plural forms are optional: the source text already reads as English). Raises
    ``composer.qm.QmError`` for a broken catalogue, ``FileNotFoundError`` for a missing one."""
    from composer.qm import QmTranslator  # noqa: PLC0415 -- the reader only when needed

    if language not in LANGUAGE_NAMES:
        raise ValueError(f"not an interface language: {language!r}")
    path = catalogue_path(language, folder)
    if language == SOURCE_LANGUAGE and not path.is_file():
        return None
    return QmTranslator.from_file(path)
