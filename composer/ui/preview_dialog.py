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

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QUrl
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

from composer.i18n import QT_TRANSLATE_NOOP
from composer.policy import Channel
from composer.policy.rulebook import load_rulebook
from composer.services.export import ChannelPreview, channel_preview
from composer.ui.data_words import message_type_title

OVER_LIMIT_COLOUR = "#d32f2f"  # the editor's error red, as in the window's character count
CHANNEL_NAMES = {  # translated where shown, in the context "ChannelPage"
    Channel.EMAIL: QT_TRANSLATE_NOOP("ChannelPage", "E-mail"),
    Channel.SP_API: QT_TRANSLATE_NOOP("ChannelPage", "SP-API"),
    Channel.SELLER_CENTRAL: QT_TRANSLATE_NOOP("ChannelPage", "Seller Central"),
}


def channel_name(channel: Channel) -> str:
    return QCoreApplication.translate("ChannelPage", CHANNEL_NAMES[channel])


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
        layout = QVBoxLayout(self)
        self.subject_label: QLabel | None = None
        self.view: SafeBrowser | QPlainTextEdit
        if channel is Channel.EMAIL:
            self.subject_label = QLabel(self)
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
        layout.addWidget(self.view, 1)

        self.length_label = QLabel(self)
        self.length_label.setWordWrap(True)
        self.length_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.length_label)

        self.caption = QLabel(self)
        layout.addWidget(self.caption)
        self.changes = QListWidget(self)
        self.caption.setBuddy(self.changes)
        layout.addWidget(self.changes)
        self.over_limit = False
        self._content: str | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The fixed texts; the dialog shows the message again for the rest."""
        name = channel_name(self.channel)
        if self.subject_label is not None:
            self.subject_label.setAccessibleName(self.tr("E-mail subject"))
        self.view.setAccessibleName(self.tr("{channel} preview").format(channel=name))
        self.length_label.setAccessibleName(self.tr("{channel} length").format(channel=name))
        self.caption.setText(self.tr("What this channel removes or changes:"))
        self.changes.setAccessibleName(
            self.tr("What {channel} removes or changes").format(channel=name)
        )

    def show_preview(
        self, preview: ChannelPreview, subject: str, length_text: str, sent: bool = True
    ) -> None:
        """Show ``preview``; ``sent`` False: the chosen message type carries no text, so the
        view is left empty rather than show words the buyer will never get. The scroll
        position stays where it was, so a seller reading the end of a long message is not
        thrown back to the top at every keystroke."""
        if self.subject_label is not None:
            shown = " ".join(subject.split())
            self.subject_label.setText(
                self.tr("Subject: {subject}").format(subject=shown)
                if shown
                else self.tr("Subject: (none)")
            )
        content = preview.content if sent else ""
        self.view.setPlaceholderText(
            self.tr("(an empty message)")
            if sent
            else self.tr("No text is sent with this message type.")
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
            item = QListWidgetItem(self.tr("Nothing: the buyer gets the message as shown"))
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
        self.setModal(False)
        self.tabs = QTabWidget(self)
        self.pages: dict[Channel, ChannelPage] = {}
        for each in CHANNEL_NAMES:
            page = ChannelPage(each, self.tabs)
            self.pages[each] = page
            self.tabs.addTab(page, channel_name(each))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(680, 600)
        self.channel: Channel | None = None
        self._message = (subject, html, channel, message_type)
        self.retranslate()

    def retranslate(self) -> None:
        """The dialog's texts, and the message shown again in the current language."""
        self.setWindowTitle(self.tr("Channel preview"))
        self.setAccessibleName(self.tr("Channel preview"))
        self.tabs.setAccessibleName(self.tr("Channels"))
        self.update_message(*self._message)

    def changeEvent(self, event: QEvent) -> None:
        # The pages' own texts first (a child hears of the change after its parent).
        if event.type() == QEvent.Type.LanguageChange:
            for page in self.pages.values():
                page.retranslate()
            self.retranslate()
        super().changeEvent(event)

    def update_message(
        self, subject: str, html: str, channel: Channel, message_type: str | None
    ) -> None:
        """Show this message. The tab follows a change of the chosen channel; otherwise the
        tab the seller picked stays."""
        self._message = (subject, html, channel, message_type)
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
            length_text = self._length_text(preview, message_type, unknown)
            page.show_preview(preview, subject, length_text, sent=not takes_no_text)
            name = channel_name(each)
            title = self.tr("{channel} (chosen)").format(channel=name) if each is channel else name
            self.tabs.setTabText(self.tabs.indexOf(page), title)
        if channel is not self.channel:
            self.tabs.setCurrentWidget(self.pages[channel])
            self.channel = channel

    def _length_text(self, preview: ChannelPreview, message_type: str | None, unknown: str) -> str:
        """The length line, in a seller's words: against the limit when there is one, and plainly
        what happens when the chosen type takes no text at all."""
        n = preview.length
        if preview.is_html:
            return self.tr("%Ln character(s) of text; no length limit is known for e-mail", "", n)
        if preview.channel is not Channel.SP_API:
            return self.tr(
                "%Ln character(s); no length limit is known for Seller Central's form", "", n
            )
        if unknown:
            return self.tr(
                "%Ln character(s); the message type “{type}” is unknown, so there is no limit to "
                "check",
                "",
                n,
            ).format(type=unknown)
        if message_type is None:
            return self.tr("%Ln character(s); choose a message type to see its limit", "", n)
        spec = load_rulebook().message_types[message_type]
        title = message_type_title(spec)
        if preview.limit is None:
            if spec.api == "solicitations":
                return self.tr("“{type}” takes no text: Amazon writes the request itself").format(
                    type=title
                )
            return self.tr(
                "“{type}” takes no text: it sends documents only, none of this text"
            ).format(type=title)
        locale = QLocale()
        if preview.length > preview.limit:
            return self.tr(
                "{count} / {limit} characters allowed for “{type}”: %Ln over the limit",
                "",
                preview.length - preview.limit,
            ).format(count=locale.toString(n), limit=locale.toString(preview.limit), type=title)
        return self.tr("{count} / {limit} characters allowed for “{type}”").format(
            count=locale.toString(n), limit=locale.toString(preview.limit), type=title
        )
