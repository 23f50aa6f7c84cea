"""A word-wrapped label that measures its height for a width once, until its text changes.

Qt asks a word-wrapped label its height for a width many times in one layout pass (the box
layouts ask for the minimum and the preferred height, the scroll area tries the width with and
without its scroll bar) and again at every pass, and ``QLabel`` lays its text out afresh each
time: a rich-text label builds a whole text document layout. In the panel of checks, where a
check result adds a card among a dozen word-wrapped labels, that was 4.6 ms of the UI thread
per result, most of it measuring labels whose text had not changed; remembered, 1.5 ms
(benchmarks/bench_typing.py measures the whole).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

# What changes how a text wraps, besides the text itself.
_MEASURE_AGAIN = frozenset(
    {QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange}
)


class WrappedLabel(QLabel):
    """A ``QLabel`` with word wrap on, its heights remembered per width."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
        super().setText(text)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _MEASURE_AGAIN:
            self._heights.clear()
        super().changeEvent(event)
