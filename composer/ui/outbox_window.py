"""The outbox: every message Composer was asked to send, what became of it, and the user's
decisions about the ones that need them.

A window of its own (not modal), beside the editor: the list (time, account, order, channel,
type, state, outcome), the selected message in full (the text sent, the check it passed, the
warnings confirmed, its history, the receiver's reply), and the actions its state allows:
Retry (failed), "I checked: send again" (uncertain, after an explicit confirmation), Mark sent
and Mark not sent (uncertain), Cancel (queued), and Export CSV… (the log for an A-to-Z claim).
It lists again whenever the sending hub says the outbox changed (a send ended, a decision).

Message boxes and the file dialog are built by functions of their own and returned unshown;
the actions behind them (``send_again``, ``export_csv``) are methods tests call directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.i18n import QT_TRANSLATE_NOOP, Context
from composer.policy import Category, Channel
from composer.services.outbox import Actor, Entry, State
from composer.services.sending import SOLICITATION
from composer.ui.sending_hub import DRAIN_INTERVAL_MS, SendingHub, plain_words

Outbox = Context("Outbox")  # the strings of this module's functions and tables
LISTED = 1000  # the newest messages listed; the CSV export has them all
STATE_COLOURS = {
    State.FAILED: "#d32f2f",
    State.UNCERTAIN: "#b45f06",
    State.QUEUED: "#1565c0",
    State.SENDING: "#1565c0",
}
# Marked here, translated where shown (``Outbox.tr``).
STATE_TITLES = {
    State.QUEUED: QT_TRANSLATE_NOOP("Outbox", "waiting"),
    State.SENDING: QT_TRANSLATE_NOOP("Outbox", "being sent"),
    State.SENT: QT_TRANSLATE_NOOP("Outbox", "sent"),
    State.FAILED: QT_TRANSLATE_NOOP("Outbox", "failed"),
    State.UNCERTAIN: QT_TRANSLATE_NOOP("Outbox", "uncertain"),
}
CHANNEL_TITLES = {
    Channel.SP_API: QT_TRANSLATE_NOOP("Outbox", "SP-API"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Outbox", "E-mail"),
}
ACTION_TITLES = {  # the history's events
    "queued": QT_TRANSLATE_NOOP("Outbox", "recorded, waiting to be sent"),
    "warnings-confirmed": QT_TRANSLATE_NOOP("Outbox", "warnings confirmed by the user"),
    "sending": QT_TRANSLATE_NOOP("Outbox", "handed to the network"),
    "sent": QT_TRANSLATE_NOOP("Outbox", "sent"),
    "failed": QT_TRANSLATE_NOOP("Outbox", "refused"),
    "uncertain": QT_TRANSLATE_NOOP("Outbox", "no clear answer: uncertain"),
    "deferred": QT_TRANSLATE_NOOP("Outbox", "put back in the queue"),
    "recovered": QT_TRANSLATE_NOOP("Outbox", "found half-sent after Composer stopped: uncertain"),
    "retry": QT_TRANSLATE_NOOP("Outbox", "queued again by the user"),
    "marked-sent": QT_TRANSLATE_NOOP("Outbox", "marked sent by the user"),
    "marked-not-sent": QT_TRANSLATE_NOOP("Outbox", "marked not sent by the user"),
    "cancelled": QT_TRANSLATE_NOOP("Outbox", "cancelled by the user"),
}
CATEGORY_TITLES = {  # the category recorded with a message (its value)
    Category.CRITICAL.value: QT_TRANSLATE_NOOP("Outbox", "critical"),
    Category.PROACTIVE.value: QT_TRANSLATE_NOOP("Outbox", "proactive"),
    Category.FORBIDDEN.value: QT_TRANSLATE_NOOP("Outbox", "forbidden"),
}


def channel_title(channel: Channel) -> str:
    title = CHANNEL_TITLES.get(channel)
    return Outbox.tr(title) if title is not None else str(channel)


# -- words -----------------------------------------------------------------------------------------


def type_title(entry: Entry) -> str:
    """The message type as a seller reads it ("E-mail" for an e-mail)."""
    if entry.channel is Channel.EMAIL:
        return Outbox.tr("E-mail")
    from composer.policy.rulebook import load_message_types  # noqa: PLC0415 - cached
    from composer.ui.data_words import message_type_title  # noqa: PLC0415

    spec = load_message_types().get(entry.message_type)
    if entry.message_type == SOLICITATION:
        return Outbox.tr("Review request")
    return message_type_title(spec) if spec is not None else entry.message_type


def outcome_words(entry: Entry) -> str:
    """What became of a message, in plain words: the send dialog shows it when a send ends,
    the outbox beside the message. (The reasons a message records, ``state_reason``, and a
    receiver's reply are quoted as they were recorded.)"""
    sp_api = entry.channel is Channel.SP_API
    if entry.state is State.SENT:
        if entry.reply_reference and entry.state_reason == "":
            if sp_api and entry.message_type == SOLICITATION:
                return Outbox.tr(
                    "Sent. Amazon will send its review request to the buyer (request id {id})."
                ).format(id=entry.reply_reference)
            if sp_api:
                return Outbox.tr("Sent. Amazon accepted it (request id {id}).").format(
                    id=entry.reply_reference
                )
            return Outbox.tr(
                "Sent. The mail server accepted it for Amazon's relay to the buyer (message id "
                "{id})."
            ).format(id=entry.reply_reference)
        return Outbox.tr("Sent. {reason}").format(reason=entry.state_reason).strip()
    if entry.state is State.FAILED:
        if entry.reply_code == "local":
            return Outbox.tr("Not sent: {reason}").format(
                reason=entry.reply_message or entry.state_reason
            )
        if entry.reply_code and entry.state_reason == entry.reply_message:
            refused = (
                Outbox.tr(
                    "Not sent: Amazon refused it ({code}): “{reply}” Nothing reached the buyer. "
                    "Correct the cause, then use Retry in the outbox."
                )
                if sp_api
                else Outbox.tr(
                    "Not sent: the mail server refused it ({code}): “{reply}” Nothing reached "
                    "the buyer. Correct the cause, then use Retry in the outbox."
                )
            )
            return refused.format(code=entry.reply_code, reply=entry.reply_message)
        return Outbox.tr("Not sent. {reason}").format(reason=entry.state_reason).strip()
    if entry.state is State.QUEUED:
        reason = entry.state_reason or Outbox.tr("Not sent yet.")
        every = DRAIN_INTERVAL_MS // 1000
        if entry.not_before is not None:
            return Outbox.tr(
                "Waiting in the outbox: {reason} It is not tried before {time}. It goes out by "
                "itself: Composer tries again every %n seconds while it is open.",
                "",
                every,
            ).format(reason=reason, time=f"{entry.not_before.astimezone():%H:%M:%S}")
        return Outbox.tr(
            "Waiting in the outbox: {reason} It goes out by itself: Composer tries again every "
            "%n seconds while it is open.",
            "",
            every,
        ).format(reason=reason)
    if entry.state is State.UNCERTAIN:
        said = entry.reply_message or entry.state_reason
        if entry.message_type == SOLICITATION:
            text = Outbox.tr(
                "Uncertain: {reason}\nAmazon may have it. Composer will not send it again by "
                "itself, because the buyer would get it twice. Ask Amazon whether a review "
                "request is still allowed for the order (if not, it went out), then decide in "
                "the outbox: Mark sent, Mark not sent, or I checked: send again."
            )
        elif sp_api:
            text = Outbox.tr(
                "Uncertain: {reason}\nAmazon may have it. Composer will not send it again by "
                "itself, because the buyer would get it twice. Check the order's sent messages "
                "in Seller Central (Buyer-Seller Messages), then decide in the outbox: Mark "
                "sent, Mark not sent, or I checked: send again."
            )
        else:
            text = Outbox.tr(
                "Uncertain: {reason}\nThe mail server may have it. Composer will not send it "
                "again by itself, because the buyer would get it twice. Check the order's sent "
                "messages in Seller Central (Buyer-Seller Messages), then decide in the outbox: "
                "Mark sent, Mark not sent, or I checked: send again."
            )
        return text.format(reason=said)
    return Outbox.tr("Being sent…")


def _short_outcome(entry: Entry) -> str:
    if entry.state is State.SENT:
        if entry.reply_reference:
            return Outbox.tr("sent · {id}").format(id=entry.reply_reference)
        return Outbox.tr("sent")
    if entry.state is State.FAILED:
        if entry.reply_code and entry.reply_code != "local":
            return f"{entry.reply_code}: {entry.reply_message}"
        return entry.state_reason or entry.reply_message
    if entry.state is State.UNCERTAIN:
        return Outbox.tr("check Seller Central, then decide")
    if entry.state is State.QUEUED:
        return entry.state_reason or Outbox.tr("waiting to go out")
    return Outbox.tr("being sent…")


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in found if item is not None]


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def details_html(entry: Entry) -> str:
    """The whole record of one message, for the details pane (every value escaped)."""

    def row(label: str, value: str) -> str:
        return f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>" if value else ""

    def heading(text: str) -> str:
        return f"<h4>{escape(text)}</h4>"

    def paragraph(text: str) -> str:
        return f"<p>{escape(text)}</p>"

    colour = STATE_COLOURS.get(entry.state, "")
    outcome = escape(outcome_words(entry)).replace("\n", "<br>")
    order = Outbox.tr("{order} ({marketplace})").format(
        order=entry.order_id, marketplace=entry.marketplace
    )
    parts = [
        f'<p style="color: {colour}">{outcome}</p>',
        "<table>",
        row(Outbox.tr("Order"), order),
        row(Outbox.tr("Account"), entry.account),
        row(Outbox.tr("Channel"), channel_title(entry.channel)),
        row(Outbox.tr("Type"), type_title(entry)),
        row(Outbox.tr("From"), entry.sender),
        row(Outbox.tr("To"), entry.recipient),
        row(Outbox.tr("Subject"), entry.subject),
        row(Outbox.tr("Recorded"), _local(entry.created_at)),
        row(Outbox.tr("Attempts"), str(entry.attempts) if entry.attempts else ""),
        row(Outbox.tr("Files"), ", ".join(entry.attachment_names)),
        "</table>",
        heading(Outbox.tr("Text sent")),
    ]
    if entry.text:
        # The proportional font the buyer reads it in, line breaks kept.
        parts.append(f'<p style="white-space: pre-wrap">{escape(entry.text)}</p>')
    elif entry.message_type == SOLICITATION:
        parts.append(
            paragraph(Outbox.tr("Amazon writes the review request itself: no text of yours."))
        )
    else:
        parts.append(paragraph(Outbox.tr("(none)")))
    parts.append(heading(Outbox.tr("Check")))
    if entry.category:
        category = CATEGORY_TITLES.get(entry.category)
        named = Outbox.tr(category) if category is not None else entry.category
        parts.append(paragraph(Outbox.tr("Category: {category}").format(category=named)))
    else:
        parts.append(paragraph(Outbox.tr("No check (Amazon's own text).")))
    if entry.findings:
        listed = "".join(f"<li>{escape(line)}</li>" for line in entry.findings.splitlines())
        parts.append(f"<ul>{listed}</ul>")
    if entry.confirmed_warnings:
        when = _local(entry.confirmed_at)
        parts.append(
            heading(Outbox.tr("Warnings confirmed by the user ({time})").format(time=when))
        )
        listed = "".join(
            f"<li>{escape(w.id)}: {escape(w.message)}</li>" for w in entry.confirmed_warnings
        )
        parts.append(f"<ul>{listed}</ul>")
    reply = [
        row(Outbox.tr("Reference"), entry.reply_reference),
        row(Outbox.tr("Code"), entry.reply_code),
        row(Outbox.tr("Words"), entry.reply_message),
    ]
    if any(reply):
        receiver = (
            Outbox.tr("Amazon's reply")
            if entry.channel is Channel.SP_API
            else Outbox.tr("The server's reply")
        )
        parts += [heading(receiver), "<table>", *reply, "</table>"]
    if entry.events:
        parts.append(heading(Outbox.tr("History")) + "<ul>")
        for event in entry.events:
            action = ACTION_TITLES.get(event.action)
            title = Outbox.tr(action) if action is not None else event.action
            if event.actor is Actor.USER:
                title = Outbox.tr("{event} (you)").format(event=title)
            detail = f" — {event.detail}" if event.detail else ""
            parts.append(f"<li>{escape(_local(event.at))} {escape(title)}{escape(detail)}</li>")
        parts.append("</ul>")
    return "".join(parts)


# -- boxes, returned unshown -----------------------------------------------------------------------


def send_again_box(parent: QWidget, entry: Entry) -> QMessageBox:
    """The explicit confirmation before an uncertain message goes again: the buyer may have
    it already. No is the default."""
    if entry.message_type == SOLICITATION:
        question = Outbox.tr(
            "The buyer may already have message {id} (order {order}): the last attempt went "
            "out without a clear answer.\n\nSend it again only if you checked that Amazon "
            "still offers a review request for this order. Did you check, and send it again?"
        )
    else:
        question = Outbox.tr(
            "The buyer may already have message {id} (order {order}): the last attempt went "
            "out without a clear answer.\n\nSend it again only if you checked that the message "
            "is not among the order's sent messages in Seller Central. Did you check, and send "
            "it again?"
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        Outbox.tr("Send again"),
        question.format(id=entry.id, order=entry.order_id),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(Outbox.tr("I checked: send again"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def csv_file_dialog(parent: QWidget) -> QFileDialog:
    """The save dialog for the CSV export (unshown)."""
    dialog = QFileDialog(
        parent,
        Outbox.tr("Export the outbox as CSV"),
        Outbox.tr("composer-outbox", "a file name") + ".csv",
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters([Outbox.tr("CSV for spreadsheets ({patterns})").format(patterns="*.csv")])
    dialog.setDefaultSuffix("csv")
    return dialog


# -- the window ------------------------------------------------------------------------------------


class OutboxWindow(QWidget):
    """The outbox's list, the selected message in full, and the actions its state allows."""

    exported = Signal(Path, int)  # the file and the number of messages in it

    def __init__(self, hub: SendingHub, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.hub = hub
        self.entries: list[Entry] = []

        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(7)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.retry_button = QPushButton(self)
        self.send_again_button = QPushButton(self)
        self.mark_sent_button = QPushButton(self)
        self.mark_not_sent_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.export_button = QPushButton(self)
        row = QHBoxLayout()
        for button in (
            self.retry_button,
            self.send_again_button,
            self.mark_sent_button,
            self.mark_not_sent_button,
            self.cancel_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.resize(1000, 640)

        self.list.currentItemChanged.connect(self._show_current)
        self.retry_button.clicked.connect(self._retry_current)
        self.send_again_button.clicked.connect(self._ask_send_again)
        self.mark_sent_button.clicked.connect(self._mark_current_sent)
        self.mark_not_sent_button.clicked.connect(self._mark_current_not_sent)
        self.cancel_button.clicked.connect(self._cancel_current)
        self.export_button.clicked.connect(self._ask_export)
        hub.outbox_changed.connect(self.refresh)
        self._retranslate_fixed()
        self.refresh()

    def _retranslate_fixed(self) -> None:
        self.setWindowTitle(self.tr("Outbox – Composer"))
        self.setAccessibleName(self.tr("Outbox"))
        self.list.setAccessibleName(self.tr("Outbox messages"))
        self.list.setHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Account"),
                self.tr("Order"),
                self.tr("Channel"),
                self.tr("Type"),
                self.tr("State"),
                self.tr("Outcome"),
            ]
        )
        self.details.setAccessibleName(self.tr("Message details"))
        self.status.setAccessibleName(self.tr("Outbox status"))
        buttons = (
            (self.retry_button, self.tr("&Retry"), self.tr("Retry")),
            (
                self.send_again_button,
                self.tr("I checked: send &again…"),
                self.tr("I checked: send again"),
            ),
            (self.mark_sent_button, self.tr("Mark &sent"), self.tr("Mark sent")),
            (self.mark_not_sent_button, self.tr("Mark &not sent"), self.tr("Mark not sent")),
            (self.cancel_button, self.tr("&Cancel sending"), self.tr("Cancel sending")),
            (self.export_button, self.tr("&Export CSV…"), self.tr("Export CSV")),
        )
        for button, text, name in buttons:
            button.setText(text)
            button.setAccessibleName(name)

    def retranslate(self) -> None:
        """Every text in the current language: the list and the message shown are made
        again; the last status (what was just done) goes, said in the old language."""
        self._retranslate_fixed()
        self.status.clear()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the outbox again, keeping the selected message selected."""
        selected = self.current_id()
        try:
            self.entries = self.hub.outbox.entries(limit=LISTED)
        except Exception as exc:  # the database: say so, keep what is shown
            self.status.setText(
                self.tr("The outbox cannot be read: {error}").format(error=plain_words(exc))
            )
            return
        self.list.blockSignals(True)
        self.list.clear()
        chosen: QTreeWidgetItem | None = None
        for entry in self.entries:
            item = QTreeWidgetItem(
                [
                    _local(entry.created_at),
                    entry.account,
                    entry.order_id,
                    channel_title(entry.channel),
                    type_title(entry),
                    Outbox.tr(STATE_TITLES[entry.state]),
                    _short_outcome(entry),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
            colour = STATE_COLOURS.get(entry.state)
            if colour:
                item.setForeground(5, QBrush(QColor(colour)))
            item.setToolTip(6, outcome_words(entry))
            self.list.addTopLevelItem(item)
            if entry.id == selected:
                chosen = item
        for column in range(6):
            self.list.resizeColumnToContents(column)
        items = _items(self.list)
        if chosen is None and items:
            chosen = items[0]
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        self._show_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(0, Qt.ItemDataRole.UserRole))

    def select(self, entry_id: int) -> None:
        for item in _items(self.list):
            if int(item.data(0, Qt.ItemDataRole.UserRole)) == entry_id:
                self.list.setCurrentItem(item)
                return

    def _show_current(self) -> None:
        entry_id = self.current_id()
        entry: Entry | None = None
        if entry_id is not None:
            try:
                entry = self.hub.outbox.entry(entry_id)
            except Exception as exc:
                self.status.setText(plain_words(exc))
        if entry is None:
            empty = (
                self.tr("Nothing sent yet.") if not self.entries else self.tr("Choose a message.")
            )
            self.details.setHtml(f"<p>{escape(empty)}</p>")
        else:
            self.details.setHtml(details_html(entry))
        state = entry.state if entry is not None else None
        self.retry_button.setEnabled(state is State.FAILED)
        for button in (self.send_again_button, self.mark_sent_button, self.mark_not_sent_button):
            button.setEnabled(state is State.UNCERTAIN)
        self.cancel_button.setEnabled(state is State.QUEUED)
        self.export_button.setEnabled(bool(self.entries))

    # -- decisions ---------------------------------------------------------------------------------

    def _retry_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.retry(entry_id)

    def _mark_current_sent(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.mark(entry_id, sent=True)

    def _mark_current_not_sent(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.mark(entry_id, sent=False)

    def _cancel_current(self) -> None:
        entry_id = self.current_id()
        if entry_id is not None:
            self.cancel(entry_id)

    def _do(self, refused: str, call: Callable[[], Entry]) -> Entry | None:
        """Do what the user decided; ``refused``: what to say, with the reason in place of
        {error}, when the outbox refuses."""
        try:
            entry = call()
        except Exception as exc:  # the outbox refuses (state changed meanwhile): say why
            self.status.setText(refused.format(error=plain_words(exc)))
            self.refresh()
            return None
        self.status.setText(
            self.tr("Message {id}: {outcome}").format(id=entry.id, outcome=outcome_words(entry))
        )
        self.refresh()
        return entry

    def retry(self, entry_id: int) -> Entry | None:
        """Queue a failed message again; it goes out at once."""
        return self._do(self.tr("Not queued again: {error}"), lambda: self.hub.retry(entry_id))

    def _ask_send_again(self) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        box = send_again_box(self, self.hub.outbox.entry(entry_id))
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.send_again(entry_id)

    def send_again(self, entry_id: int) -> Entry | None:
        """After the user confirmed they checked: queue an uncertain message again."""
        return self._do(
            self.tr("Not queued again: {error}"),
            lambda: self.hub.retry(entry_id, i_checked=True),
        )

    def mark(self, entry_id: int, *, sent: bool) -> Entry | None:
        return self._do(self.tr("Not marked: {error}"), lambda: self.hub.mark(entry_id, sent=sent))

    def cancel(self, entry_id: int) -> Entry | None:
        return self._do(self.tr("Not cancelled: {error}"), lambda: self.hub.cancel(entry_id))

    # -- export ------------------------------------------------------------------------------------

    def _ask_export(self) -> None:
        dialog = csv_file_dialog(self)
        if dialog.exec() and dialog.selectedFiles():
            self.export_csv(Path(dialog.selectedFiles()[0]))

    def export_csv(self, path: Path) -> int | None:
        """Write the whole log to ``path`` (UTF-8 CSV for spreadsheets); the count, or None
        with the reason shown when it cannot be written."""
        try:
            count = self.hub.outbox.export_csv(path)
        except Exception as exc:
            self.status.setText(self.tr("Not exported: {error}").format(error=plain_words(exc)))
            return None
        self.status.setText(
            self.tr("Exported %Ln message(s) to {path}.", "", count).format(path=path)
        )
        self.exported.emit(path, count)
        return count
