"""A main window on a fresh data folder for each test: its own database, dictionary and
settings, so tests never see each other's drafts or the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from composer import i18n
from composer.policy import Report
from composer.services.store import Store
from composer.spelling import UserDictionary
from composer.ui import language
from composer.ui.language import LanguageService
from composer.ui.main_window import MainWindow
from tests.ui.pseudo import english_catalogue

CHECK_TIMEOUT_MS = 15_000  # the first check of a language loads its dictionary


class Session:
    """What a window needs from its data folder; a second window on it is a restart."""

    def __init__(self, folder: Path, qtbot: QtBot) -> None:
        self.folder = folder
        self.qtbot = qtbot
        self.store = Store(folder / "composer.sqlite3")
        self.windows: list[MainWindow] = []

    def window(self) -> MainWindow:
        settings = QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(
            self.store,
            UserDictionary(self.folder / "dictionary.txt"),
            settings,
            accounts_path=self.folder / "accounts.json",  # never the user's real accounts
        )
        self.qtbot.addWidget(window)
        self.windows.append(window)
        window.show()
        return window

    def close(self) -> None:
        for window in self.windows:  # before the store: closing saves the draft
            window.close()
        self.store.close()


@pytest.fixture(scope="session")
def english_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """English's catalogue made from the code: its plural forms (tests/ui/pseudo.py)."""
    folder = tmp_path_factory.mktemp("english")
    english_catalogue(folder)
    return folder


@pytest.fixture(autouse=True)
def english(qapp: object, english_folder: Path) -> Iterator[LanguageService]:
    """Every window test reads English, as the app shows it in English (plural forms and
    all), whatever the machine's locale and whatever catalogues are compiled; a test that
    switches the language is switched back, and ``composer.i18n`` gets back its translator."""
    del qapp  # asked for so that the application exists
    folder = english_folder
    settings = QSettings(str(folder / "language.ini"), QSettings.Format.IniFormat)
    service = LanguageService(settings, catalogues=folder)
    previous = i18n.installed()
    loaded = language.current()
    if loaded is None or loaded.language != "en" or loaded.composer != folder / "composer_en.qm":
        service.apply("en")
    i18n.install(language.bridge())
    yield service
    if service.language != "en":
        service.apply("en")
    i18n.install(previous)


@pytest.fixture
def session(tmp_path: Path, qtbot: QtBot) -> Iterator[Session]:
    session = Session(tmp_path, qtbot)
    yield session
    session.close()


@pytest.fixture
def window(session: Session) -> MainWindow:
    return session.window()


def checked(qtbot: QtBot, window: MainWindow) -> Report:
    """Wait for the check of what the window holds now."""
    with qtbot.waitSignal(window.check_shown, timeout=CHECK_TIMEOUT_MS) as blocker:
        window.request_check()
    report = blocker.args[0]
    assert isinstance(report, Report)
    return report
