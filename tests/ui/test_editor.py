"""The editor keeps a message's structure through loading, saving and pasting."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from composer.services.sanitize import sanitize_html
from composer.ui.editor import MessageEditor


@pytest.fixture
def editor(qtbot: QtBot) -> MessageEditor:
    widget = MessageEditor()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    "html",
    [
        "<p>Hello</p><p>Please confirm the engraving.</p>",
        "<p>Line one<br>line two</p><p>Next paragraph</p>",
        "<p>Too many<br><br><br>breaks</p>",
        "<p>Choose:</p><ul><li>oak</li><li>walnut</li></ul><p>Thanks</p>",
        "<ol><li>first</li><li>second</li></ol>",
        "<p><b>Bold</b>, <i>italic</i>, <u>under</u> and "
        '<a href="https://x.example">a link</a></p>',
    ],
)
def test_a_saved_message_loads_back_the_same(editor: MessageEditor, html: str) -> None:
    editor.set_body_html(html)
    assert editor.body().html == html


def test_a_pasted_paragraph_break_stays_a_blank_line(editor: MessageEditor) -> None:
    editor.set_body_html("<p>Hello</p>")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.textCursor().insertBlock()  # Enter: a new line to paste into
    editor.insert_sanitized(sanitize_html("<p>One</p><p>Two</p>"))
    assert editor.toPlainText().split("\n") == ["Hello", "One", "", "Two"]
    editor.undo()  # the paste is one step
    assert editor.toPlainText().split("\n") == ["Hello", ""]


def test_typing_after_clear_has_no_pasted_format(qtbot: QtBot, editor: MessageEditor) -> None:
    editor.insert_sanitized(sanitize_html("<p><b>bold paste</b></p>"))
    editor.clear()
    qtbot.keyClicks(editor, "plain")
    assert editor.body().html == "<p>plain</p>"
