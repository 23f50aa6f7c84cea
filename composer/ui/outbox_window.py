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

from PySide6.QtCore import Qt, Signal
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

from composer.policy import Channel
from composer.services.outbox import Actor, Entry, State
from composer.services.sending import SOLICITATION
from composer.ui.sending_hub import DRAIN_INTERVAL_MS, SendingHub, plain_words

LISTED = 1000  # the newest messages listed; the CSV export has them all
STATE_COLOURS = {
    State.FAILED: "#d32f2f",
    State.UNCERTAIN: "#b45f06",
    State.QUEUED: "#1565c0",
    State.SENDING: "#1565c0",
}
STATE_TITLES = {
    State.QUEUED: "waiting",
    State.SENDING: "being sent",
    State.SENT: "sent",
    State.FAILED: "failed",
    State.UNCERTAIN: "uncertain",
}
CHANNEL_TITLES = {Channel.SP_API: "SP-API", Channel.EMAIL: "E-mail"}
ACTION_TITLES = {
    "queued": "recorded, waiting to be sent",
    "warnings-confirmed": "warnings confirmed by the user",
    "sending": "handed to the network",
    "sent": "sent",
    "failed": "refused",
    "uncertain": "no clear answer: uncertain",
    "deferred": "put back in the queue",
    "recovered": "found half-sent after Composer stopped: uncertain",
    "retry": "queued again by the user",
    "marked-sent": "marked sent by the user",
    "marked-not-sent": "marked not sent by the user",
    "cancelled": "cancelled by the user",
}


# -- words -----------------------------------------------------------------------------------------


def type_title(entry: Entry) -> str:
    """The message type as a seller reads it ("E-mail" for an e-mail)."""
    if entry.channel is Channel.EMAIL:
        return "E-mail"
    from composer.policy.rulebook import load_message_types  # noqa: PLC0415 - cached

    spec = load_message_types().get(entry.message_type)
    if entry.message_type == SOLICITATION:
        return "Review request"
    return spec.title if spec is not None else entry.message_type


def outcome_words(entry: Entry) -> str:
    """What became of a message, in plain words: the send dialog shows it when a send ends,
    the outbox beside the message."""
    receiver = "Amazon" if entry.channel is Channel.SP_API else "The mail server"
    if entry.state is State.SENT:
        if entry.reply_reference and entry.state_reason == "":
            if entry.channel is Channel.SP_API:
                what = (
                    "Amazon will send its review request to the buyer"
                    if entry.message_type == SOLICITATION
                    else "Amazon accepted it"
                )
                return f"Sent. {what} (request id {entry.reply_reference})."
            return (
                f"Sent. The mail server accepted it for Amazon's relay to the buyer "
                f"(message id {entry.reply_reference})."
            )
        return f"Sent. {entry.state_reason}".strip()
    if entry.state is State.FAILED:
        if entry.reply_code == "local":
            return f"Not sent: {entry.reply_message or entry.state_reason}"
        if entry.reply_code and entry.state_reason == entry.reply_message:
            return (
                f"Not sent: {receiver} refused it ({entry.reply_code}): "
                f"“{entry.reply_message}” Nothing reached the buyer. Correct the cause, then "
                "use Retry in the outbox."
            )
        return f"Not sent. {entry.state_reason}".strip()
    if entry.state is State.QUEUED:
        when = ""
        if entry.not_before is not None:
            when = f" It is not tried before {entry.not_before.astimezone():%H:%M:%S}."
        every = DRAIN_INTERVAL_MS // 1000
        reason = entry.state_reason or "Not sent yet."
        return (
            f"Waiting in the outbox: {reason}{when} It goes out by itself: Composer tries again "
            f"every {every} seconds while it is open."
        )
    if entry.state is State.UNCERTAIN:
        said = entry.reply_message or entry.state_reason
        where = (
            "Ask Amazon whether a review request is still allowed for the order (if not, it "
            "went out)"
            if entry.message_type == SOLICITATION
            else "Check the order's sent messages in Seller Central (Buyer-Seller Messages)"
        )
        return (
            f"Uncertain: {said}\n{receiver} may have it. Composer will not send it again by "
            "itself, because the buyer would get it twice. "
            f"{where}, then decide in the outbox: Mark sent, Mark not sent, or "
            "I checked: send again."
        )
    return "Being sent…"


def _short_outcome(entry: Entry) -> str:
    if entry.state is State.SENT:
        return f"sent · {entry.reply_reference}" if entry.reply_reference else "sent"
    if entry.state is State.FAILED:
        if entry.reply_code and entry.reply_code != "local":
            return f"{entry.reply_code}: {entry.reply_message}"
        return entry.state_reason or entry.reply_message
    if entry.state is State.UNCERTAIN:
        return "check Seller Central, then decide"
    if entry.state is State.QUEUED:
        return entry.state_reason or "waiting to go out"
    return "being sent…"


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in found if item is not None]


def _local(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def details_html(entry: Entry) -> str:
    """The whole record of one message, for the details pane (every value escaped)."""

    def row(label: str, value: str) -> str:
        return f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>" if value else ""

    colour = STATE_COLOURS.get(entry.state, "")
    outcome = escape(outcome_words(entry)).replace("\n", "<br>")
    parts = [
        f'<p style="color: {colour}">{outcome}</p>',
        "<table>",
        row("Order", f"{entry.order_id} ({entry.marketplace})"),
        row("Account", entry.account),
        row("Channel", CHANNEL_TITLES.get(entry.channel, str(entry.channel))),
        row("Type", type_title(entry)),
        row("From", entry.sender),
        row("To", entry.recipient),
        row("Subject", entry.subject),
        row("Recorded", _local(entry.created_at)),
        row("Attempts", str(entry.attempts) if entry.attempts else ""),
        row("Files", ", ".join(entry.attachment_names)),
        "</table>",
        "<h4>Text sent</h4>",
    ]
    if entry.text:
        # The proportional font the buyer reads it in, line breaks kept.
        parts.append(f'<p style="white-space: pre-wrap">{escape(entry.text)}</p>')
    elif entry.message_type == SOLICITATION:
        parts.append("<p>Amazon writes the review request itself: no text of yours.</p>")
    else:
        parts.append("<p>(none)</p>")
    parts.append("<h4>Check</h4>")
    checks = f"Category: {entry.category}" if entry.category else "No check (Amazon's own text)."
    parts.append(f"<p>{escape(checks)}</p>")
    if entry.findings:
        listed = "".join(f"<li>{escape(line)}</li>" for line in entry.findings.splitlines())
        parts.append(f"<ul>{listed}</ul>")
    if entry.confirmed_warnings:
        when = _local(entry.confirmed_at)
        parts.append(f"<h4>Warnings confirmed by the user ({escape(when)})</h4>")
        listed = "".join(
            f"<li>{escape(w.id)}: {escape(w.message)}</li>" for w in entry.confirmed_warnings
        )
        parts.append(f"<ul>{listed}</ul>")
    reply = [
        row("Reference", entry.reply_reference),
        row("Code", entry.reply_code),
        row("Words", entry.reply_message),
    ]
    if any(reply):
        receiver = "Amazon's reply" if entry.channel is Channel.SP_API else "The server's reply"
        parts += [f"<h4>{receiver}</h4>", "<table>", *reply, "</table>"]
    if entry.events:
        parts.append("<h4>History</h4><ul>")
        for event in entry.events:
            who = " (you)" if event.actor is Actor.USER else ""
            title = ACTION_TITLES.get(event.action, event.action)
            detail = f" — {event.detail}" if event.detail else ""
            parts.append(
                f"<li>{escape(_local(event.at))} {escape(title)}{who}{escape(detail)}</li>"
            )
        parts.append("</ul>")
    return "".join(parts)


# -- boxes, returned unshown -----------------------------------------------------------------------


def send_again_box(parent: QWidget, entry: Entry) -> QMessageBox:
    """The explicit confirmation before an uncertain message goes again: the buyer may have
    it already. No is the default."""
    where = (
        "Amazon still offers a review request for this order"
        if entry.message_type == SOLICITATION
        else "the message is not among the order's sent messages in Seller Central"
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Send again",
        f"The buyer may already have message {entry.id} (order {entry.order_id}): the last "
        "attempt went out without a clear answer.\n\n"
        f"Send it again only if you checked that {where}. Did you check, and send it again?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText("I checked: send again")
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def csv_file_dialog(parent: QWidget) -> QFileDialog:
    """The save dialog for the CSV export (unshown)."""
    dialog = QFileDialog(parent, "Export the outbox as CSV", "composer-outbox.csv")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(["CSV for spreadsheets (*.csv)"])
    dialog.setDefaultSuffix("csv")
    return dialog


# -- the window ------------------------------------------------------------------------------------


class OutboxWindow(QWidget):
    """The outbox's list, the selected message in full, and the actions its state allows."""

    exported = Signal(Path, int)  # the file and the number of messages in it

    def __init__(self, hub: SendingHub, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.hub = hub
        self.setWindowTitle("Outbox – Composer")
        self.setAccessibleName("Outbox")
        self.entries: list[Entry] = []

        self.list = QTreeWidget(self)
        self.list.setAccessibleName("Outbox messages")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            ["Time", "Account", "Order", "Channel", "Type", "State", "Outcome"]
        )
        self.details = QTextBrowser(self)
        self.details.setAccessibleName("Message details")
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.status = QLabel(self)
        self.status.setAccessibleName("Outbox status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.retry_button = self._button("&Retry", "Retry")
        self.send_again_button = self._button("I checked: send &again…", "I checked: send again")
        self.mark_sent_button = self._button("Mark &sent", "Mark sent")
        self.mark_not_sent_button = self._button("Mark &not sent", "Mark not sent")
        self.cancel_button = self._button("&Cancel sending", "Cancel sending")
        self.export_button = self._button("&Export CSV…", "Export CSV")
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
        self.refresh()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        return button

    # -- the list ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """List the outbox again, keeping the selected message selected."""
        selected = self.current_id()
        try:
            self.entries = self.hub.outbox.entries(limit=LISTED)
        except Exception as exc:  # the database: say so, keep what is shown
            self.status.setText(f"The outbox cannot be read: {plain_words(exc)}")
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
                    CHANNEL_TITLES.get(entry.channel, str(entry.channel)),
                    type_title(entry),
                    STATE_TITLES[entry.state],
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
            self.details.setHtml(
                "<p>Nothing sent yet.</p>" if not self.entries else "<p>Choose a message.</p>"
            )
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

    def _do(self, what: str, call: Callable[[], Entry]) -> Entry | None:
        try:
            entry = call()
        except Exception as exc:  # the outbox refuses (state changed meanwhile): say why
            self.status.setText(f"{what}: {plain_words(exc)}")
            self.refresh()
            return None
        self.status.setText(f"Message {entry.id}: {outcome_words(entry)}")
        self.refresh()
        return entry

    def retry(self, entry_id: int) -> Entry | None:
        """Queue a failed message again; it goes out at once."""
        return self._do("Not queued again", lambda: self.hub.retry(entry_id))

    def _ask_send_again(self) -> None:
        entry_id = self.current_id()
        if entry_id is None:
            return
        box = send_again_box(self, self.hub.outbox.entry(entry_id))
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.send_again(entry_id)

    def send_again(self, entry_id: int) -> Entry | None:
        """After the user confirmed they checked: queue an uncertain message again."""
        return self._do("Not queued again", lambda: self.hub.retry(entry_id, i_checked=True))

    def mark(self, entry_id: int, *, sent: bool) -> Entry | None:
        return self._do("Not marked", lambda: self.hub.mark(entry_id, sent=sent))

    def cancel(self, entry_id: int) -> Entry | None:
        return self._do("Not cancelled", lambda: self.hub.cancel(entry_id))

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
            self.status.setText(f"Not exported: {plain_words(exc)}")
            return None
        self.status.setText(f"Exported {count} message{'s' if count != 1 else ''} to {path}.")
        self.exported.emit(path, count)
        return count
