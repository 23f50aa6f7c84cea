"""The channel preview: what the buyer gets by e-mail, by the SP-API and by Seller Central.

One tab per channel, all built from ``composer.services.export.channel_preview``, so the
preview is exactly what the exporter and the transports send: the e-mail's HTML document as a
mail client renders it, and the plain text the API and the Contact Buyer form deliver, with its
length against the chosen message type's limit and what the channel removes or changes.

The dialog is modeless and ``update_message`` refreshes it in place, so it can stay open beside
the editor and follow the typing (the window calls it; the dialog never reaches for the editor).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from composer.policy import Channel
from composer.policy.rulebook import load_rulebook
from composer.services.export import ChannelPreview, channel_preview

OVER_LIMIT_COLOUR = "#d32f2f"  # the editor's error red, as in the window's character count
CHANNEL_NAMES = {
    Channel.EMAIL: "E-mail",
    Channel.SP_API: "SP-API",
    Channel.SELLER_CENTRAL: "Seller Central",
}


class SafeBrowser(QTextBrowser):
    """Renders an HTML document as a mail client would, and nothing more: it never follows a
    link and never loads a resource, whatever the document names (no remote or local images,
    no stylesheets), so looking at the preview can neither leak nor navigate.

    Returning "nothing" is not enough for that: when the widget gives no resource, Qt's
    document reads local files itself and its image handler tries the name as a file path.
    So every image is a blank pixel and every other resource an empty text, answered here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.highlighted.connect(self._show_address)
        self._blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._blank.fill(Qt.GlobalColor.transparent)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002 - Qt's signature
        """A blank pixel for an image, a blank text for anything else; never the named one."""
        del name
        if type == QTextDocument.ResourceType.ImageResource.value:
            return self._blank
        return " "

    def _show_address(self, url: QUrl) -> None:
        # A link does not open, but the seller may still want to see where it leads.
        self.setToolTip(url.toString() if url.isValid() and not url.isEmpty() else "")


class ChannelPage(QWidget):
    """One channel's tab: the message as delivered, its length and what the channel drops."""

    def __init__(self, channel: Channel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.channel = channel
        name = CHANNEL_NAMES[channel]
        layout = QVBoxLayout(self)
        self.subject_label: QLabel | None = None
        self.view: SafeBrowser | QPlainTextEdit
        if channel is Channel.EMAIL:
            self.subject_label = QLabel(self)
            self.subject_label.setAccessibleName("E-mail subject")
            self.subject_label.setWordWrap(True)
            self.subject_label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(self.subject_label)
            self.view = SafeBrowser(self)
        else:
            # The default (proportional) font on purpose: the buyer does not read it in a
            # terminal, and a monospace font would make the text look longer than it is.
            self.view = QPlainTextEdit(self)
            self.view.setReadOnly(True)
            self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.view.setAccessibleName(f"{name} preview")
        layout.addWidget(self.view, 1)

        self.length_label = QLabel(self)
        self.length_label.setAccessibleName(f"{name} length")
        self.length_label.setWordWrap(True)
        self.length_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.length_label)

        caption = QLabel("What this channel removes or changes:", self)
        layout.addWidget(caption)
        self.changes = QListWidget(self)
        self.changes.setAccessibleName(f"What {name} removes or changes")
        caption.setBuddy(self.changes)
        layout.addWidget(self.changes)
        self.over_limit = False
        self._content: str | None = None

    def show_preview(
        self, preview: ChannelPreview, subject: str, length_text: str, sent: bool = True
    ) -> None:
        """Show ``preview``; ``sent`` False: the chosen message type carries no text, so the
        view is left empty rather than show words the buyer will never get. The scroll
        position stays where it was, so a seller reading the end of a long message is not
        thrown back to the top at every keystroke."""
        if self.subject_label is not None:
            shown = " ".join(subject.split())
            self.subject_label.setText(f"Subject: {shown}" if shown else "Subject: (none)")
        content = preview.content if sent else ""
        self.view.setPlaceholderText(
            "(an empty message)" if sent else "No text is sent with this message type."
        )
        if content != self._content:
            bar = self.view.verticalScrollBar()
            position = bar.value()
            if isinstance(self.view, SafeBrowser):
                self.view.setHtml(content)
            else:
                self.view.setPlainText(content)
            bar.setValue(min(position, bar.maximum()))
            self._content = content

        self.over_limit = preview.limit is not None and preview.length > preview.limit
        self.length_label.setText(length_text)
        self.length_label.setStyleSheet(
            f"color: {OVER_LIMIT_COLOUR}; font-weight: 600" if self.over_limit else ""
        )

        self.changes.clear()
        for change in preview.stripped:
            self.changes.addItem(change[:1].upper() + change[1:])
        if not preview.stripped:
            item = QListWidgetItem("Nothing: the buyer gets the message as shown")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.changes.addItem(item)
        # As tall as its lines (at most six), so none hides behind a scroll bar.
        rows = self.changes.count()
        self.changes.setFixedHeight(
            self.changes.sizeHintForRow(0) * rows + 2 * self.changes.frameWidth() + 2
        )

    def text(self) -> str:
        """What the view shows, as text (the rendered e-mail's text for the e-mail tab)."""
        return self.view.toPlainText()


class ChannelPreviewDialog(QDialog):
    """What the buyer gets by each channel; the chosen channel's tab is the current one."""

    def __init__(
        self,
        subject: str,
        html: str,
        channel: Channel,
        message_type: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Channel preview")
        self.setAccessibleName("Channel preview")
        self.setModal(False)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Channels")
        self.pages: dict[Channel, ChannelPage] = {}
        for each, title in CHANNEL_NAMES.items():
            page = ChannelPage(each, self.tabs)
            self.pages[each] = page
            self.tabs.addTab(page, title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(680, 600)
        self.channel: Channel | None = None
        self.update_message(subject, html, channel, message_type)

    def update_message(
        self, subject: str, html: str, channel: Channel, message_type: str | None
    ) -> None:
        """Show this message. The tab follows a change of the chosen channel; otherwise the
        tab the seller picked stays."""
        message_type = message_type or None
        for each, page in self.pages.items():
            unknown = ""
            try:
                preview = channel_preview(subject, html, each, message_type)
            except ValueError:
                unknown = message_type or ""
                preview = channel_preview(subject, html, each, None)
            takes_no_text = (
                each is Channel.SP_API
                and message_type is not None
                and not unknown
                and preview.limit is None
            )
            length_text = _length_text(preview, message_type, unknown)
            page.show_preview(preview, subject, length_text, sent=not takes_no_text)
            chosen = " (chosen)" if each is channel else ""
            self.tabs.setTabText(self.tabs.indexOf(page), CHANNEL_NAMES[each] + chosen)
        if channel is not self.channel:
            self.tabs.setCurrentWidget(self.pages[channel])
            self.channel = channel


def _length_text(preview: ChannelPreview, message_type: str | None, unknown: str) -> str:
    """The length line, in a seller's words: against the limit when there is one, and plainly
    what happens when the chosen type takes no text at all."""
    count = f"{preview.length:,} character{'s' if preview.length != 1 else ''}"
    if preview.is_html:
        return f"{count} of text; no length limit is known for e-mail"
    if preview.channel is not Channel.SP_API:
        return f"{count}; no length limit is known for Seller Central's form"
    if unknown:
        return f"{count}; the message type “{unknown}” is unknown, so there is no limit to check"
    if message_type is None:
        return f"{count}; choose a message type to see its limit"
    spec = load_rulebook().message_types[message_type]
    if preview.limit is None:
        if spec.api == "solicitations":
            return f"“{spec.title}” takes no text: Amazon writes the request itself"
        return f"“{spec.title}” takes no text: it sends documents only, none of this text"
    text = f"{preview.length:,} / {preview.limit:,} characters allowed for “{spec.title}”"
    if preview.length > preview.limit:
        text += f": {preview.length - preview.limit:,} over the limit"
    return text
