"""Code points (the core) and UTF-16 units (Qt) meet in one place."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from composer.ui.positions import to_utf16, utf16_length

TEXT = "📦 Order 😊 ready ü"


def test_wide_characters_count_twice() -> None:
    assert utf16_length(TEXT) == len(TEXT) + 2
    assert to_utf16(TEXT, TEXT.index("Order")) == TEXT.index("Order") + 1
    assert to_utf16(TEXT, TEXT.index("ready")) == TEXT.index("ready") + 2


def test_qt_selects_the_same_word(qtbot: QtBot) -> None:
    field = QLineEdit(TEXT)
    qtbot.addWidget(field)
    start = TEXT.index("ready")
    field.setSelection(to_utf16(TEXT, start), to_utf16(TEXT, start + 5) - to_utf16(TEXT, start))
    assert field.selectedText() == "ready"
