"""Sending the window's message: choose the account and the route, let the send gate check
exactly what will go out (asking Amazon, for the SP-API), confirm the warnings, send, and read
what became of it.

The dialog never changes the message: it gets the subject, the editor's HTML and the order
fields as a value (``OutgoingDraft``) and hands them to ``Sender.prepare`` on a worker. What it
shows is ``Prepared``: the text as sent (the SP-API's plain text with its length against the
type's limit; the e-mail's subject and text part), the category, what blocks it (Send stays
disabled) and the warnings, each with a box to tick (the ticks are recorded with the message by
``confirm_warnings``). Send records the message in the outbox on the UI thread (one committed
write) and delivers it on a worker; the outcome is said in plain words. Closing the dialog
cuts nothing off: the delivery ends and is recorded by itself, and the window's status bar
says how it went. What the seller chose here (account, route, type, the buyer's address) goes
back to the window as ``choices_changed``, so a dialog opened again starts where this one was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from composer.policy import Channel
from composer.policy.rulebook import load_message_types
from composer.services.accounts import Account, AccountError
from composer.services.marketplaces import MARKETPLACES, Marketplace
from composer.services.outbox import Entry, State
from composer.services.sending import SOLICITATION, Prepared, Problem, SendRequest
from composer.ui.outbox_window import outcome_words
from composer.ui.sending_hub import SendingHub, plain_words

ERROR_COLOUR = "#d32f2f"
WARNING_COLOUR = "#b45f06"
OK_COLOUR = "#2e7d32"
PROPOSED = ""  # the message type item meaning "the one the check proposes"
ROUTES = {Channel.SP_API: "Selling Partner API", Channel.EMAIL: "E-mail to the buyer's address"}
SELLER_CENTRAL_NOTE = (
    "Seller Central's Contact Buyer form cannot be filled from Composer: copy the message "
    "(File › Copy as plain text) and paste it there, or send it here by the SP-API or e-mail."
)
OUTCOME_COLOURS = {
    State.SENT: OK_COLOUR,
    State.FAILED: ERROR_COLOUR,
    State.UNCERTAIN: WARNING_COLOUR,
}


@dataclass(frozen=True, slots=True)
class OutgoingDraft:
    """The window's message as it is when Send… is chosen."""

    subject: str
    html: str  # the editor's HTML
    order_id: str
    order_date: date | None = None
    delivery_date: date | None = None
    buyer_language: str = ""
    marketplace: str = ""  # the window's marketplace ("amazon.de"), "" when not chosen
    channel: Channel = Channel.EMAIL
    is_reply: bool = False
    message_type: str = ""  # "" for none chosen


@dataclass(frozen=True, slots=True)
class SendChoices:
    """What the seller chose in the dialog, for the next one of the same order."""

    order_id: str = ""
    account: str = ""
    marketplace: str = ""  # code
    channel: Channel | None = None
    message_type: str | None = None  # PROPOSED, a type, SOLICITATION; None: the window's
    recipient: str = ""


def market_of_domain(domain: str) -> Marketplace | None:
    """The marketplace of the window's order field ("amazon.co.uk")."""
    wanted = domain.strip().lower().removeprefix("www.").removeprefix("amazon.")
    return next((m for m in MARKETPLACES if m.domain == wanted), None)


class SendDialog(QDialog):
    """Check and send the window's message (window-modal: the message cannot change while
    it is open). ``prepared_shown`` fires when a check is on screen; ``send_finished`` with
    the outbox entry as its delivery ended."""

    prepared_shown = Signal(object)  # Prepared, or the Exception that stopped the check
    send_finished = Signal(object)  # Entry, or the Exception
    choices_changed = Signal(object)  # SendChoices
    outbox_requested = Signal()
    accounts_requested = Signal()

    def __init__(
        self,
        hub: SendingHub,
        draft: OutgoingDraft,
        choices: SendChoices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.draft = draft
        self.setWindowTitle("Send the message")
        self.setAccessibleName("Send the message")
        self.prepared: Prepared | None = None
        self.entry: Entry | None = None
        self.serial = 0  # of the check: a result for older choices is dropped
        self.warning_boxes: list[QCheckBox] = []
        self._allowed: dict[tuple[str, str, str], frozenset[str]] = {}
        self._filling = False

        # -- the route ------------------------------------------------------------------
        route = QGroupBox("Route", self)
        form = QFormLayout(route)
        self.order_label = QLabel(self)
        self.order_label.setAccessibleName("Order")
        self.order_label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("Order:", self.order_label)
        self.account = QComboBox(self)
        self.account.setAccessibleName("Account")
        accounts_button = QPushButton("Accounts…", self)
        accounts_button.setAccessibleName("Accounts")
        accounts_button.clicked.connect(self.accounts_requested)
        row = QHBoxLayout()
        row.addWidget(self.account, 1)
        row.addWidget(accounts_button)
        account_caption = QLabel("&Account:", self)
        account_caption.setBuddy(self.account)
        form.addRow(account_caption, row)
        self.marketplace = QComboBox(self)
        self.marketplace.setAccessibleName("Marketplace")
        form.addRow("&Marketplace:", self.marketplace)
        self.channel = QComboBox(self)
        self.channel.setAccessibleName("Send by")
        for channel, title in ROUTES.items():
            self.channel.addItem(title, channel)
        form.addRow("Send &by:", self.channel)
        self.channel_note = QLabel(self)
        self.channel_note.setAccessibleName("Route note")
        self.channel_note.setWordWrap(True)
        self.channel_note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.channel_note)
        self.message_type = QComboBox(self)
        self.message_type.setAccessibleName("Message type")
        self._type_caption = QLabel("Message &type:", self)
        self._type_caption.setBuddy(self.message_type)
        form.addRow(self._type_caption, self.message_type)
        self.recipient = QLineEdit(self)
        self.recipient.setAccessibleName("Buyer's address")
        self._recipient_caption = QLabel("Buyer's &address:", self)
        self._recipient_caption.setBuddy(self.recipient)
        form.addRow(self._recipient_caption, self.recipient)

        self.check_button = QPushButton("&Check with Amazon", self)
        self.check_button.setAccessibleName("Check")
        self.status = QLabel(self)
        self.status.setAccessibleName("Check status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.status, 1)

        # -- what the gate says ------------------------------------------------------------
        result = QGroupBox("What will be sent", self)
        self.result_box = result
        column = QVBoxLayout(result)
        self.header = QLabel(self)
        self.header.setAccessibleName("Message header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.header)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName("Text to be sent")
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(120)
        column.addWidget(self.text, 1)
        self.length = QLabel(self)
        self.length.setAccessibleName("Length")
        self.length.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.length)
        self.verdict = QLabel(self)
        self.verdict.setAccessibleName("Verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.verdict)
        self.blockers_caption = QLabel("<b>Cannot be sent:</b>", self)
        self.blockers_caption.setStyleSheet(f"color: {ERROR_COLOUR}")
        column.addWidget(self.blockers_caption)
        self.blockers = QListWidget(self)
        self.blockers.setAccessibleName("Why it cannot be sent")
        self.blockers.setWordWrap(True)
        self.blockers.setMaximumHeight(110)
        self.blockers_caption.setBuddy(self.blockers)
        column.addWidget(self.blockers)
        self.warnings_caption = QLabel(
            "<b>Warnings:</b> tick each one you have read and want to send anyway", self
        )
        self.warnings_caption.setStyleSheet(f"color: {WARNING_COLOUR}")
        column.addWidget(self.warnings_caption)
        self.warnings = QWidget(self)
        self.warnings.setAccessibleName("Warnings to confirm")
        self._warnings_layout = QVBoxLayout(self.warnings)
        self._warnings_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidget(self.warnings)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMaximumHeight(150)
        self.warnings_scroll = scroll
        column.addWidget(scroll)

        self.outcome = QLabel(self)
        self.outcome.setAccessibleName("Outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.send_button = QPushButton("&Send", self)
        self.send_button.setAccessibleName("Send")
        self.outbox_button = QPushButton("Open the &outbox", self)
        self.outbox_button.setAccessibleName("Open the outbox")
        self.close_button = QPushButton("Close", self)
        self.close_button.setAccessibleName("Close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.outbox_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(route)
        layout.addLayout(check_row)
        layout.addWidget(result, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.resize(720, 760)

        self._fill_types()
        self.reload_accounts(choices)
        self._restore(choices)

        self.account.currentIndexChanged.connect(self._account_chosen)
        self.marketplace.currentIndexChanged.connect(self._changed)
        self.channel.currentIndexChanged.connect(self._channel_chosen)
        self.message_type.currentIndexChanged.connect(self._changed)
        self.recipient.textChanged.connect(self._changed)
        self.check_button.clicked.connect(self.check)
        self.send_button.clicked.connect(self.send)
        self.outbox_button.clicked.connect(self.outbox_requested)
        self.close_button.clicked.connect(self.reject)
        self._show_route()
        self._clear_result()

    # -- the choices -------------------------------------------------------------------------------

    def reload_accounts(self, choices: SendChoices | None = None) -> None:
        """List the accounts again (after the accounts dialog), keeping the one chosen."""
        wanted = choices.account if choices and choices.account else self.account.currentText()
        self._filling = True
        try:
            self.account.clear()
            try:
                accounts = self.hub.book.accounts()
            except AccountError as exc:
                accounts = ()
                self.status.setText(exc.message)
            for account in accounts:
                self.account.addItem(account.name, account)
            index = self.account.findText(wanted) if wanted else -1
            self.account.setCurrentIndex(max(index, 0) if accounts else -1)
            self._fill_marketplaces()
        finally:
            self._filling = False
        self._show_route()
        self._changed()

    def current_account(self) -> Account | None:
        account = self.account.currentData()
        return account if isinstance(account, Account) else None

    def _fill_marketplaces(self) -> None:
        account = self.current_account()
        self.marketplace.clear()
        if account is None:
            return
        window_market = market_of_domain(self.draft.marketplace)
        for market in MARKETPLACES:
            if market.region is account.region:
                self.marketplace.addItem(f"{market.code} – amazon.{market.domain}", market.code)
        preferred = (
            window_market.code
            if window_market is not None and window_market.region is account.region
            else account.marketplace
        )
        self.marketplace.setCurrentIndex(max(self.marketplace.findData(preferred), 0))

    def _fill_types(self) -> None:
        self.message_type.addItem("The type the check proposes", PROPOSED)
        for spec in load_message_types().values():
            if spec.api == "messaging":
                self.message_type.addItem(spec.title, spec.id)
        self.message_type.addItem("Amazon's review request (Solicitations API)", SOLICITATION)
        wanted = self.draft.message_type or PROPOSED
        self.message_type.setCurrentIndex(max(self.message_type.findData(wanted), 0))

    def _restore(self, choices: SendChoices | None) -> None:
        """Start from the window's channel, or where the last dialog for this order was."""
        self._filling = True
        try:
            channel = self.draft.channel
            if choices is not None and choices.order_id == self.draft.order_id:
                if choices.channel is not None:
                    channel = choices.channel
                if choices.marketplace:
                    index = self.marketplace.findData(choices.marketplace)
                    if index >= 0:
                        self.marketplace.setCurrentIndex(index)
                if choices.message_type is not None:
                    index = self.message_type.findData(choices.message_type)
                    if index >= 0:
                        self.message_type.setCurrentIndex(index)
                self.recipient.setText(choices.recipient)
            if channel not in ROUTES:
                account = self.current_account()
                channel = (
                    Channel.EMAIL
                    if account is not None and account.has_email and not account.has_sp_api
                    else Channel.SP_API
                )
            self.channel.setCurrentIndex(max(self.channel.findData(channel), 0))
        finally:
            self._filling = False

    def choices(self) -> SendChoices:
        return SendChoices(
            order_id=self.draft.order_id,
            account=self.account.currentText(),
            marketplace=str(self.marketplace.currentData() or ""),
            channel=self.current_channel(),
            message_type=str(self.message_type.currentData() or PROPOSED),
            recipient=self.recipient.text().strip(),
        )

    def current_channel(self) -> Channel:
        # Qt keeps the item's data as a plain str: make it a Channel again.
        return Channel(self.channel.currentData() or Channel.SP_API)

    def _account_chosen(self) -> None:
        if self._filling:
            return
        self._filling = True
        try:
            self._fill_marketplaces()
        finally:
            self._filling = False
        self._show_route()
        self._changed()

    def _channel_chosen(self) -> None:
        self._show_route()
        self._changed()

    def _show_route(self) -> None:
        """Show the fields of the chosen route and say what is missing for it."""
        account = self.current_account()
        channel = self.current_channel()
        sp_api = channel is Channel.SP_API
        for widget in (self.message_type, self._type_caption):
            widget.setVisible(sp_api)
        for shown in (self.recipient, self._recipient_caption):
            shown.setVisible(not sp_api)
        if account is not None:
            market = account.market
            index = self.marketplace.currentData()
            if index:
                market = next(m for m in MARKETPLACES if m.code == index)
            self.recipient.setPlaceholderText(f"…@{market.buyer_mail_domain}")
        self.check_button.setText("&Check with Amazon" if sp_api else "&Check")
        notes = []
        if self.draft.channel is Channel.SELLER_CENTRAL:
            notes.append(SELLER_CENTRAL_NOTE)
        if account is None:
            notes.append("There is no seller account yet: add one with Accounts….")
        elif sp_api and not account.has_sp_api:
            notes.append(
                f"“{account.name}” has no SP-API credentials: add them in Accounts…, or send "
                "by e-mail."
            )
        elif not sp_api and not account.has_email:
            notes.append(
                f"“{account.name}” has no mail server and sender: add them in Accounts…, or "
                "send by the SP-API."
            )
        self.channel_note.setText("\n".join(notes))
        self.channel_note.setVisible(bool(notes))
        order = self.draft.order_id or "none: fill in the Order ID in the window's order fields"
        self.order_label.setText(order)
        self.check_button.setEnabled(
            account is not None and bool(self.draft.order_id) and self.entry is None
        )

    def _changed(self) -> None:
        """Any choice changed: the last check no longer says what would be sent."""
        if self._filling:
            return
        self._show_route()
        if self.entry is None:
            if self.prepared is not None:
                self.status.setText("Changed since the check: check again before sending.")
            self.prepared = None
            self.serial += 1
            self._clear_result()
        self.choices_changed.emit(self.choices())

    # -- the check ---------------------------------------------------------------------------------

    def request(self) -> SendRequest:
        channel = self.current_channel()
        sp_api = channel is Channel.SP_API
        mtype = str(self.message_type.currentData() or PROPOSED) if sp_api else PROPOSED
        return SendRequest(
            account=self.account.currentText(),
            order_id=self.draft.order_id,
            channel=channel,
            html=self.draft.html,
            subject=self.draft.subject,
            message_type=mtype or None,
            to=None if sp_api else self.recipient.text().strip(),
            order_date=self.draft.order_date,
            delivery_date=self.draft.delivery_date,
            buyer_language=self.draft.buyer_language or None,
            is_reply=self.draft.is_reply,
            marketplace=str(self.marketplace.currentData() or "") or None,
        )

    def check(self) -> None:
        """Run the send gate on a worker (for the SP-API it asks Amazon)."""
        if self.current_account() is None or not self.draft.order_id or self.entry is not None:
            return
        request = self.request()
        self.serial += 1
        serial = self.serial
        self.prepared = None
        self._clear_result()
        sp_api = request.channel is Channel.SP_API
        self.status.setText("Asking Amazon about the order…" if sp_api else "Checking…")
        self.status.setStyleSheet("")
        self.check_button.setEnabled(False)
        try:
            self.hub.prepare(request, self, lambda result: self._checked(serial, result))
        except Exception as exc:  # the outbox cannot be opened: nothing can be sent
            self._checked(serial, exc)

    def _checked(self, serial: int, result: object) -> None:
        if serial != self.serial:
            return  # the choices changed while Amazon was asked
        self._show_route()
        if isinstance(result, Exception):
            self.status.setText(f"Cannot be checked: {plain_words(result)}")
            self.status.setStyleSheet(f"color: {ERROR_COLOUR}")
            self.prepared_shown.emit(result)
            return
        assert isinstance(result, Prepared)
        self.prepared = result
        self._show_prepared(result)
        self.prepared_shown.emit(result)

    def _clear_result(self) -> None:
        self.header.clear()
        self.text.clear()
        self.length.clear()
        self.verdict.clear()
        self.blockers.clear()
        self.blockers_caption.hide()
        self.blockers.hide()
        self._set_warnings(())
        self.result_box.setEnabled(False)
        self._enable_send()

    def _show_prepared(self, prepared: Prepared) -> None:
        self.result_box.setEnabled(True)
        account = prepared.account
        types = load_message_types()
        if prepared.allowed_types is not None and prepared.message_type != SOLICITATION:
            key = (account.name, prepared.marketplace.code, prepared.request.order_id)
            self._allowed[key] = prepared.allowed_types
            self._mark_allowed(prepared.allowed_types)
        lines: list[str] = []
        if prepared.channel is Channel.EMAIL:
            lines += [
                f"<b>From:</b> {escape(account.sender or '')}",
                f"<b>To:</b> {escape(prepared.recipient or '(no address)')}",
                f"<b>Subject:</b> {escape(prepared.subject or '(none)')}",
                "The text below goes as the plain-text part, beside an HTML part with the same "
                "content and Amazon-safe formatting. Composer never adds “[Important]” to the "
                "subject: Amazon withdrew that override in 2025.",
            ]
        else:
            spec = types.get(prepared.message_type)
            title = spec.title if spec is not None else prepared.message_type or "none"
            proposed = " (proposed by the check)" if prepared.request.message_type is None else ""
            lines.append(
                f"<b>SP-API message:</b> {escape(title)}{escape(proposed)} to the buyer of "
                f"order {escape(prepared.request.order_id)} on "
                f"amazon.{escape(prepared.marketplace.domain)}"
            )
            if prepared.allowed_types is not None and prepared.message_type != SOLICITATION:
                allowed = ", ".join(
                    types[t].title if t in types else t for t in sorted(prepared.allowed_types)
                )
                lines.append(f"<b>Amazon allows for this order:</b> {escape(allowed or 'none')}")
            if prepared.buyer_locale:
                lines.append(
                    f"<b>Buyer's language (from Amazon):</b> {escape(prepared.buyer_locale)}"
                )
        self.header.setText("<br>".join(lines))

        if prepared.message_type == SOLICITATION:
            self.text.setPlainText("")
            self.text.setPlaceholderText(
                "Amazon writes the review request itself: no text of yours is sent."
            )
            self.length.setText("")
        else:
            self.text.setPlaceholderText("")
            self.text.setPlainText(prepared.text)
            self._show_length(prepared)

        report = prepared.report
        if report is not None:
            colour = {"critical": OK_COLOUR, "forbidden": ERROR_COLOUR}.get(
                str(report.category), WARNING_COLOUR
            )
            self.verdict.setText(
                f'<b>Category:</b> <span style="color: {colour}">{escape(str(report.category))}'
                f"</span> – {escape(report.reason)}"
            )
        else:
            self.verdict.setText("<b>Category:</b> Amazon's own review request; nothing to check.")

        self.blockers.clear()
        for problem in prepared.blockers:
            self.blockers.addItem(problem.message)
        self.blockers_caption.setVisible(bool(prepared.blockers))
        self.blockers.setVisible(bool(prepared.blockers))
        self._set_warnings(prepared.warnings)
        if prepared.blockers:
            count = len(prepared.blockers)
            self.status.setText(
                f"This message cannot be sent: {count} reason{'s' if count != 1 else ''} below."
            )
            self.status.setStyleSheet(f"color: {ERROR_COLOUR}")
        elif prepared.warnings:
            self.status.setText("Read the warnings and tick each one to send anyway.")
            self.status.setStyleSheet(f"color: {WARNING_COLOUR}")
        else:
            self.status.setText("Ready to send.")
            self.status.setStyleSheet(f"color: {OK_COLOUR}")
        self._enable_send()

    def _show_length(self, prepared: Prepared) -> None:
        count = len(prepared.text)
        spec = load_message_types().get(prepared.message_type)
        limit = spec.text_limit if spec is not None else None
        if prepared.channel is Channel.SP_API and limit:
            over = count - limit
            extra = f" – {over:,} too many" if over > 0 else ""
            self.length.setText(f"{count:,} of {limit:,} characters{extra}")
            self.length.setStyleSheet(f"color: {ERROR_COLOUR}" if over > 0 else "")
        else:
            self.length.setText(f"{count:,} characters")
            self.length.setStyleSheet("")

    def _mark_allowed(self, allowed: frozenset[str]) -> None:
        """Mark the message types Amazon does not allow for this order (and disable them),
        keeping the chosen one chosen."""
        model = self.message_type.model()
        if not isinstance(model, QStandardItemModel):
            return
        specs = load_message_types()
        for row in range(self.message_type.count()):
            mtype = self.message_type.itemData(row)
            if mtype in (PROPOSED, SOLICITATION):
                continue
            item = model.item(row)
            spec = specs.get(str(mtype))
            title = spec.title if spec is not None else str(mtype)
            ok = mtype in allowed
            item.setText(title if ok else f"{title} – not allowed for this order")
            item.setEnabled(ok or row == self.message_type.currentIndex())

    def allowed_types(self) -> list[str]:
        """The message types offered (enabled) in the list, for tests and screen readers."""
        model = self.message_type.model()
        assert isinstance(model, QStandardItemModel)
        return [
            str(self.message_type.itemData(row))
            for row in range(self.message_type.count())
            if model.item(row).isEnabled()
            and self.message_type.itemData(row) not in (PROPOSED, SOLICITATION)
        ]

    def _set_warnings(self, warnings: tuple[Problem, ...]) -> None:
        while self._warnings_layout.count():
            item = self._warnings_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.warning_boxes = []
        for warning in warnings:
            message = warning.message
            words = QLabel(message, self.warnings)
            words.setWordWrap(True)
            words.setTextFormat(Qt.TextFormat.PlainText)
            box = QCheckBox("I have read this and send anyway", self.warnings)
            box.setAccessibleName(f"Send anyway: {message}")
            box.setProperty("warning_id", warning.id)
            box.toggled.connect(self._enable_send)
            self._warnings_layout.addWidget(words)
            self._warnings_layout.addWidget(box)
            self.warning_boxes.append(box)
        self.warnings_caption.setVisible(bool(warnings))
        self.warnings_scroll.setVisible(bool(warnings))

    def _enable_send(self) -> None:
        prepared = self.prepared
        ready = (
            prepared is not None
            and prepared.sendable
            and all(box.isChecked() for box in self.warning_boxes)
            and self.entry is None
        )
        self.send_button.setEnabled(ready)

    # -- sending -----------------------------------------------------------------------------------

    def send(self) -> None:
        """Record the message in the outbox (committed before anything leaves), then deliver
        it on a worker."""
        prepared = self.prepared
        if prepared is None or self.entry is not None or not self.send_button.isEnabled():
            return
        confirmed = bool(prepared.warnings) and all(b.isChecked() for b in self.warning_boxes)
        try:
            entry = self.hub.record(prepared, confirm_warnings=confirmed)
        except Exception as exc:  # blocked at the last moment, or the outbox cannot be written
            self._show_outcome(f"Not sent: {plain_words(exc)}", ERROR_COLOUR)
            self.send_finished.emit(exc)
            return
        self.entry = entry
        self._enable_send()
        self._show_route()
        for widget in (self.account, self.marketplace, self.channel, self.message_type):
            widget.setEnabled(False)
        self.recipient.setReadOnly(True)
        for box in self.warning_boxes:
            box.setEnabled(False)
        self._show_outcome(
            f"Sending… (message {entry.id} is in the outbox; closing this dialog does not stop it)",
            "",
        )
        self.hub.deliver(entry.id, self, self._delivered)

    def _delivered(self, result: object) -> None:
        if isinstance(result, Exception):
            self._show_outcome(
                f"Composer failed while sending: {plain_words(result)}. See the outbox.",
                ERROR_COLOUR,
            )
        else:
            assert isinstance(result, Entry)
            self.entry = result
            self._show_outcome(outcome_words(result), OUTCOME_COLOURS.get(result.state, ""))
        self.send_finished.emit(result)

    def _show_outcome(self, text: str, colour: str) -> None:
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color: {colour}" if colour else "")
