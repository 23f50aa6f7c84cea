"""The message editor: a QTextEdit that only ever holds Amazon-safe formatting.

Bold, italic, underline, bulleted and numbered lists, paragraphs, line breaks and https links,
and nothing else. Whatever comes in from outside (a paste from Word, Gmail, Outlook or a web
page, a dropped file) goes through ``composer.services.sanitize``, the same sanitizer that
reads imported files; what it removed is announced with ``content_sanitized`` so the window can
say so. Qt would otherwise keep fonts, colours, centring, remote images and ``javascript:``
links from pasted HTML (design guide, section 5).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QLocale, QMimeData, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QWidget

from composer.ui.document_html import BodyHtml, body_html

if TYPE_CHECKING:
    from composer.services.sanitize import Sanitized

# SP-API takes 2,000 characters, an e-mail not much more before nobody reads it: a hundred
# thousand is not a message but a mistake (a whole document pasted), and would make every
# check slow. Pastes beyond it are refused with a message; nothing is lost.
MAX_BODY_CHARS = 100_000


class MessageEditor(QTextEdit):
    """Rich text limited to what Amazon accepts."""

    content_sanitized = Signal(tuple)  # the phrases of what a paste or drop lost
    content_refused = Signal(str)  # why a paste or drop was not taken (nothing changed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoNone)
        self.setTabChangesFocus(True)  # Tab leaves the field, as in a form; no tabs in a message
        self.document().setDocumentMargin(8)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Write your message to the buyer…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content ---------------------------------------------------------------------------------

    def body(self) -> BodyHtml:
        """The content as the checker, the store and the exporter see it."""
        return body_html(self.document())

    def set_body_html(self, html: str) -> None:
        """Replace the content with already-sanitized HTML (a draft, a template)."""
        self.document().setHtml(html)
        self._paragraphs_to_blank_lines(join_undo=False)
        self.document().clearUndoRedoStacks()  # a loaded message is where undo starts
        self._reset_typing_format()

    def _paragraphs_to_blank_lines(self, join_undo: bool) -> None:
        """Qt reads ``<p>a</p><p>b</p>`` as two blocks with margins between them; in this
        editor a block is a line and a paragraph break is an empty line, as in a mail client
        (and as ``body_html`` writes them). Put an empty line where a paragraph's margin was
        and take the margins away, so what was loaded reads back the same."""
        cursor = QTextCursor(self.document())
        if join_undo:
            cursor.joinPreviousEditBlock()  # one undo step with the paste or the template
        else:
            cursor.beginEditBlock()
        block = self.document().begin()
        previous_text = False
        while block.isValid():
            fmt = block.blockFormat()
            in_list = block.textList() is not None
            if fmt.topMargin() > 0 and previous_text and not in_list and block.text():
                cursor.setPosition(block.position())
                cursor.insertBlock(QTextBlockFormat(), cursor.charFormat())
            if fmt.topMargin() or fmt.bottomMargin():
                fmt.setTopMargin(0)
                fmt.setBottomMargin(0)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(fmt)
            previous_text = bool(block.text()) and not in_list
            block = block.next()
        cursor.endEditBlock()

    def clear(self) -> None:
        super().clear()
        self._reset_typing_format()

    def _reset_typing_format(self) -> None:
        # After clear() or setHtml() Qt keeps the last character format for what is typed next
        # (a pasted font, a link): start from the plain default again.
        self.setCurrentCharFormat(QTextCharFormat())

    # -- what comes in from outside --------------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText() or _local_files(source) != []

    def insertFromMimeData(self, source: QMimeData) -> None:
        # The sanitizer (and its HTML parser) loads with the first paste, not before the
        # window's first frame.
        from composer.services.message_files import MessageFileError  # noqa: PLC0415
        from composer.services.sanitize import SanitizeError, sanitize_html, text_to_html  # noqa: PLC0415

        files = _local_files(source)
        try:
            if files:
                clean = self._sanitize_files(files)
            elif source.hasHtml():
                clean = sanitize_html(source.html())
            elif source.hasText():
                clean = text_to_html(source.text())
            else:
                return
        except (SanitizeError, MessageFileError) as exc:
            self.content_refused.emit(str(exc))
            return
        self.insert_sanitized(clean)

    def insert_sanitized(self, clean: Sanitized) -> None:
        if len(clean.text) + self.document().characterCount() > MAX_BODY_CHARS:
            locale = QLocale()
            self.content_refused.emit(
                self.tr(
                    "a buyer message is a few thousand characters at most, and this would make "
                    "it {count} (the limit here is {limit})"
                ).format(
                    count=locale.toString(len(clean.text) + self.document().characterCount()),
                    limit=locale.toString(MAX_BODY_CHARS),
                )
            )
            return
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertHtml(clean.html)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self._paragraphs_to_blank_lines(join_undo=True)
        self._reset_typing_format()
        if clean.dropped:
            self.content_sanitized.emit(clean.dropped)

    @staticmethod
    def _sanitize_files(paths: list[Path]) -> Sanitized:
        """The bodies of dropped message files, one after the other."""
        from composer.services.sanitize import Sanitized, sanitize_file  # noqa: PLC0415

        parts = [sanitize_file(path)[1] for path in paths]
        dropped = tuple(dict.fromkeys(d for part in parts for d in part.dropped))
        return Sanitized("".join(part.html for part in parts), dropped)

    # -- formatting ------------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.DemiBold
        self.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)

    def toggle_italic(self) -> None:
        self.setFontItalic(not self.fontItalic())

    def toggle_underline(self) -> None:
        self.setFontUnderline(not self.fontUnderline())

    def toggle_list(self, ordered: bool) -> None:
        """Make the selected paragraphs a list, or take them out of the one they are in."""
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            block = cursor.block()
            current.remove(block)
            fmt = block.blockFormat()
            fmt.setIndent(0)
            cursor.setBlockFormat(fmt)
        else:
            list_format = QTextListFormat()
            list_format.setStyle(style)
            cursor.createList(list_format)
        cursor.endEditBlock()

    def set_link(self, url: str, label: str = "") -> None:
        """Make the selection (or ``label``, inserted) a link to ``url`` (https only)."""
        if not url.startswith("https://"):
            raise ValueError("Amazon only accepts https:// links")
        cursor = self.textCursor()
        text = cursor.selectedText() or label or url
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(True)
        fmt.setForeground(self.palette().link())
        cursor.beginEditBlock()
        cursor.insertText(text, fmt)
        cursor.endEditBlock()
        self._reset_typing_format()

    def remove_link(self) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.setCharFormat(QTextCharFormat())

    def select_span(self, start: int, end: int) -> None:
        """Select document positions [start, end) and show them."""
        cursor = self.textCursor()
        last = max(self.document().characterCount() - 1, 0)
        cursor.setPosition(min(start, last))
        cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)


def _local_files(source: QMimeData) -> list[Path]:
    if not source.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in source.urls() if url.isLocalFile()]
