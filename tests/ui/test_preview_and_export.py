"""The channel preview and export, from the window's menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from composer.policy import Channel
from composer.ui.main_window import MainWindow
from tests.ui.conftest import checked

ENGRAVING = "Hello, which font would you like for the engraving on order 302-4417865-2290147?"


def test_the_menus_offer_preview_and_export(window: MainWindow) -> None:
    titles = [a.text() for a in window.menu_file.actions()]
    assert "Copy as Amazon-safe &HTML" in titles
    assert "Copy as plain &text" in titles
    assert "&Export…" in titles
    assert [a.text() for a in window.menu_view.actions()] == ["&Channel preview…"]


def test_the_preview_follows_the_message(qtbot: QtBot, window: MainWindow) -> None:
    window.act_preview.trigger()
    preview = window.preview
    assert preview is not None
    assert preview.isVisible()
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Hello there")
    checked(qtbot, window)
    page = preview.pages[Channel.SP_API]
    assert page.text() == "Hello there"

    window.order.channel.setCurrentIndex(window.order.channel.findData(Channel.SP_API))
    window.order.message_type.setCurrentIndex(
        window.order.message_type.findData("digitalAccessKey")
    )
    checked(qtbot, window)
    assert preview.tabs.currentWidget() is page  # the chosen channel's tab
    assert "/ 400 characters" in page.length_label.text()

    preview.close()
    qtbot.keyClicks(window.editor, "!")
    checked(qtbot, window)
    assert not page.text().endswith("!")  # a closed preview is not kept up to date
    window.act_preview.trigger()
    assert page.text().endswith("!")  # and catches up when it is opened again


def test_export_checks_what_was_typed_last(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, ENGRAVING)
    checked(qtbot, window)
    qtbot.keyClicks(window.editor, " Call +44 20 7946 0018.")  # not checked yet
    problems = window._export_problems()
    assert any("Phone numbers" in p for p in problems), problems


def test_copy_as_amazon_safe_html(qtbot: QtBot, window: MainWindow) -> None:
    window.subject.setText("Engraving")
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, ENGRAVING)
    checked(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(clipboard.dataChanged):
        window.act_copy_html.trigger()
    data = clipboard.mimeData()
    assert data.hasHtml()
    assert "style" not in data.html()
    assert data.text() == ENGRAVING


def test_export_saves_the_chosen_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.ui import export_actions

    target = tmp_path / "engraving.eml"
    monkeypatch.setattr(export_actions, "choose_export_path", lambda _parent, _name: target)
    window.subject.setText("Engraving")
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, ENGRAVING)
    checked(qtbot, window)
    window.act_export.trigger()
    assert target.exists()
    assert b"Subject: Engraving" in target.read_bytes()
    assert "Exported to" in window.statusBar().currentMessage()
