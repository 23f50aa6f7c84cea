"""The panel's word-wrapped label remembers its heights, and forgets them when they change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from composer.ui.wrapped_label import WrappedLabel

SHORT = "Phone number"
LONG = "Buyers and sellers talk through Amazon: a phone number in a message is removed. " * 3


def heights(label: QLabel) -> list[int]:
    return [label.heightForWidth(width) for width in (80, 160, 320, 1600)]


def plain_label(text: str, qtbot: QtBot) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    qtbot.addWidget(label)
    return label


def test_heights_follow_the_text(qtbot: QtBot) -> None:
    label = WrappedLabel(SHORT)
    qtbot.addWidget(label)
    assert heights(label) == heights(plain_label(SHORT, qtbot))
    label.setText(LONG)
    assert heights(label) == heights(plain_label(LONG, qtbot))
    assert heights(label)[0] > heights(plain_label(SHORT, qtbot))[0]  # it did wrap


def test_heights_follow_the_font_and_the_format(qtbot: QtBot) -> None:
    label = WrappedLabel(LONG)
    qtbot.addWidget(label)
    before = heights(label)
    font = label.font()
    font.setPointSize(font.pointSize() * 2)
    label.setFont(font)
    reference = plain_label(LONG, qtbot)
    reference.setFont(font)
    assert heights(label) == heights(reference) != before

    tagged = "<b>bold</b><br>" * 4
    label.setText(tagged)
    rich = heights(label)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the tags as text: a line that wraps less
    reference.setText(tagged)
    reference.setTextFormat(Qt.TextFormat.PlainText)
    assert heights(label) == heights(reference) != rich


def test_a_label_without_wrapping_is_one_line(qtbot: QtBot) -> None:
    label = WrappedLabel(LONG)
    qtbot.addWidget(label)
    wrapped = heights(label)
    label.setWordWrap(False)
    assert heights(label)[0] < wrapped[0]
