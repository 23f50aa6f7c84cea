"""Sending the window's message: choose the account and the route, let the send gate check
exactly what will go out (asking Amazon, for the SP-API), confirm the warnings, send, and read
what became of it.

For the SP-API the seller can attach files (the invoice, warranty and legal disclosure types
need 1 to 5): each is read when added (``composer.services.attachments.read_attachment``, as
``composer send --attach`` reads them), one that cannot be read or is over Amazon's 10 MB is
refused with its reason in the dialog, and never more than the chosen type takes. The gate
checks them with the message (type, name, total size, the type's minimum). E-mail carries no
files: the group hides and nothing is attached to an e-mail.

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

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
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

from composer.i18n import QT_TRANSLATE_NOOP
from composer.policy import Category, Channel
from composer.policy.rulebook import load_message_types
from composer.services.accounts import Account, AccountError
from composer.services.attachments import (
    AttachmentError,
    allowed_extensions,
    max_attachment_bytes,
    read_attachment,
)
from composer.services.marketplaces import MARKETPLACES, marketplace_of_store
from composer.services.outbox import MAX_ATTACHMENTS, Entry, OutgoingAttachment, State
from composer.services.sending import SOLICITATION, Prepared, Problem, SendRequest
from composer.ui.data_words import message_type_title
from composer.ui.outbox_window import outcome_words
from composer.ui.panel import CATEGORY_NAMES
from composer.ui.sending_hub import SendingHub, plain_words

ERROR_COLOUR = "#d32f2f"
WARNING_COLOUR = "#b45f06"
OK_COLOUR = "#2e7d32"
PROPOSED = ""  # the message type item meaning "the one the check proposes"
ROUTES = {  # translated where shown, in the context "SendDialog"
    Channel.SP_API: QT_TRANSLATE_NOOP("SendDialog", "Selling Partner API"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("SendDialog", "E-mail to the buyer's address"),
}
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


def _quoted(words: str) -> Callable[[], str]:
    return lambda: words


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
        self.prepared: Prepared | None = None
        self.entry: Entry | None = None
        self.serial = 0  # of the check: a result for older choices is dropped
        self.warning_boxes: list[QCheckBox] = []
        self._allowed: dict[tuple[str, str, str], frozenset[str]] = {}
        self._shown_allowed: frozenset[str] | None = None  # marked in the list of types
        self._filling = False
        # What the status and outcome lines say, kept to say it again in another language:
        # (what, detail); see ``_show_status`` and ``_show_outcome``.
        self._status: tuple[str, str] = ("", "")
        self._outcome: tuple[str, str] = ("", "")
        # The files attached (for the SP-API), in the order added, with where they came from;
        # why the last ones added were refused, each said again in the current language.
        self.attachments: list[tuple[Path, OutgoingAttachment]] = []
        self._refusals: list[Callable[[], str]] = []
        self._folder = ""  # where the last files were chosen

        # -- the route ------------------------------------------------------------------
        self.route_box = QGroupBox(self)
        form = QFormLayout(self.route_box)

        def caption(buddy: QWidget | None = None) -> QLabel:
            label = QLabel(self)
            if buddy is not None:
                label.setBuddy(buddy)
            return label

        self.order_label = QLabel(self)
        self.order_label.setTextFormat(Qt.TextFormat.PlainText)
        self._order_caption = caption()
        form.addRow(self._order_caption, self.order_label)
        self.account = QComboBox(self)
        self.accounts_button = QPushButton(self)
        self.accounts_button.clicked.connect(self.accounts_requested)
        row = QHBoxLayout()
        row.addWidget(self.account, 1)
        row.addWidget(self.accounts_button)
        self._account_caption = caption(self.account)
        form.addRow(self._account_caption, row)
        self.marketplace = QComboBox(self)
        self._marketplace_caption = caption(self.marketplace)
        form.addRow(self._marketplace_caption, self.marketplace)
        self.channel = QComboBox(self)
        for channel in ROUTES:
            self.channel.addItem("", channel)
        self._channel_caption = caption(self.channel)
        form.addRow(self._channel_caption, self.channel)
        self.channel_note = QLabel(self)
        self.channel_note.setWordWrap(True)
        self.channel_note.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.channel_note)
        self.message_type = QComboBox(self)
        self._type_caption = caption(self.message_type)
        form.addRow(self._type_caption, self.message_type)
        self.recipient = QLineEdit(self)
        self._recipient_caption = caption(self.recipient)
        form.addRow(self._recipient_caption, self.recipient)

        # -- the files (SP-API) --------------------------------------------------------------
        self.attachments_box = QGroupBox(self)
        files = QVBoxLayout(self.attachments_box)
        self.attachment_list = QListWidget(self)
        self.attachment_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Three files high (more scroll): what will be sent needs the room more.
        rows = self.attachment_list.fontMetrics().lineSpacing() * 3
        self.attachment_list.setMaximumHeight(rows + 2 * self.attachment_list.frameWidth() + 4)
        self.add_files_button = QPushButton(self)
        self.remove_files_button = QPushButton(self)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_files_button)
        file_buttons.addWidget(self.remove_files_button)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.attachment_list, 1)
        file_row.addLayout(file_buttons)
        files.addLayout(file_row)
        self.attachment_note = QLabel(self)
        self.attachment_note.setWordWrap(True)
        self.attachment_note.setTextFormat(Qt.TextFormat.PlainText)
        files.addWidget(self.attachment_note)
        self.attachment_refusals = QLabel(self)
        self.attachment_refusals.setWordWrap(True)
        self.attachment_refusals.setTextFormat(Qt.TextFormat.PlainText)
        self.attachment_refusals.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.attachment_refusals.hide()
        files.addWidget(self.attachment_refusals)

        self.check_button = QPushButton(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addWidget(self.status, 1)

        # -- what the gate says ------------------------------------------------------------
        # What the gate says scrolls when the dialog is too short for it (a small screen, a
        # long language, many reasons): nothing is cut off.
        result = QGroupBox(self)
        self.result_box = result
        result_scroll = QScrollArea(result)
        result_scroll.setWidgetResizable(True)
        result_scroll.setFrameShape(QFrame.Shape.NoFrame)
        QVBoxLayout(result).addWidget(result_scroll)
        result_body = QWidget(result_scroll)
        result_scroll.setWidget(result_body)
        column = QVBoxLayout(result_body)
        column.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.header)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setMinimumHeight(120)
        column.addWidget(self.text, 1)
        self.length = QLabel(self)
        self.length.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.length)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.verdict)
        self.blockers_caption = QLabel(self)
        self.blockers_caption.setStyleSheet(f"color: {ERROR_COLOUR}")
        column.addWidget(self.blockers_caption)
        self.blockers = QListWidget(self)
        self.blockers.setWordWrap(True)
        self.blockers.setMaximumHeight(110)
        self.blockers_caption.setBuddy(self.blockers)
        column.addWidget(self.blockers)
        self.warnings_caption = QLabel(self)
        self.warnings_caption.setWordWrap(True)
        self.warnings_caption.setStyleSheet(f"color: {WARNING_COLOUR}")
        column.addWidget(self.warnings_caption)
        self.warnings = QWidget(self)
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
        self.outcome.setWordWrap(True)
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.send_button = QPushButton(self)
        self.outbox_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.outbox_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.route_box)
        layout.addWidget(self.attachments_box)
        layout.addLayout(check_row)
        layout.addWidget(result, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.resize(720, 680)  # fits a 1366 × 768 screen, its task bar and title bar

        self._retranslate_fixed()
        self._fill_types()
        self.reload_accounts(choices)
        self._restore(choices)

        self.account.currentIndexChanged.connect(self._account_chosen)
        self.marketplace.currentIndexChanged.connect(self._changed)
        self.channel.currentIndexChanged.connect(self._channel_chosen)
        self.message_type.currentIndexChanged.connect(self._changed)
        self.recipient.textChanged.connect(self._changed)
        self.add_files_button.clicked.connect(self.choose_files)
        self.remove_files_button.clicked.connect(self.remove_selected_files)
        self.attachment_list.itemSelectionChanged.connect(self._enable_file_buttons)
        self.check_button.clicked.connect(self.check)
        self.send_button.clicked.connect(self.send)
        self.outbox_button.clicked.connect(self.outbox_requested)
        self.close_button.clicked.connect(self.reject)
        self._show_route()
        self._clear_result()

    # -- the language ------------------------------------------------------------------------------

    def _retranslate_fixed(self) -> None:
        """The texts that do not depend on the choices or the check."""
        self.setWindowTitle(self.tr("Send the message"))
        self.setAccessibleName(self.tr("Send the message"))
        self.route_box.setTitle(self.tr("Route"))
        self._order_caption.setText(self.tr("Order:"))
        self.order_label.setAccessibleName(self.tr("Order"))
        self._account_caption.setText(self.tr("&Account:"))
        self.account.setAccessibleName(self.tr("Account"))
        self.accounts_button.setText(self.tr("Accounts…"))
        self.accounts_button.setAccessibleName(self.tr("Accounts"))
        self._marketplace_caption.setText(self.tr("&Marketplace:"))
        self.marketplace.setAccessibleName(self.tr("Marketplace"))
        self._channel_caption.setText(self.tr("Send &by:"))
        self.channel.setAccessibleName(self.tr("Send by"))
        for index in range(self.channel.count()):
            title = ROUTES[Channel(self.channel.itemData(index))]
            self.channel.setItemText(index, QCoreApplication.translate("SendDialog", title))
        self.channel_note.setAccessibleName(self.tr("Route note"))
        self._type_caption.setText(self.tr("Message &type:"))
        self.message_type.setAccessibleName(self.tr("Message type"))
        self._recipient_caption.setText(self.tr("Buyer's &address:"))
        self.recipient.setAccessibleName(self.tr("Buyer's address"))
        self.attachments_box.setTitle(self.tr("Attachments"))
        self.attachments_box.setAccessibleName(self.tr("Attachments"))
        self.attachment_list.setAccessibleName(self.tr("Attached files"))
        self.add_files_button.setText(self.tr("Add &files…"))
        self.add_files_button.setAccessibleName(self.tr("Add files"))
        self.remove_files_button.setText(self.tr("&Remove"))
        self.remove_files_button.setAccessibleName(self.tr("Remove the selected files"))
        self.attachment_note.setAccessibleName(self.tr("Files the type takes"))
        self.attachment_refusals.setAccessibleName(self.tr("Files not attached"))
        self._show_refusals()
        self._list_files()
        self.check_button.setAccessibleName(self.tr("Check"))
        self.status.setAccessibleName(self.tr("Check status"))
        self.result_box.setTitle(self.tr("What will be sent"))
        self.header.setAccessibleName(self.tr("Message header"))
        self.text.setAccessibleName(self.tr("Text to be sent"))
        self.length.setAccessibleName(self.tr("Length"))
        self.verdict.setAccessibleName(self.tr("Verdict"))
        cannot = self.tr("Cannot be sent:")
        self.blockers_caption.setText(f"<b>{escape(cannot)}</b>")
        self.blockers.setAccessibleName(self.tr("Why it cannot be sent"))
        self.warnings_caption.setText(
            self.tr("<b>Warnings:</b> tick each one you have read and want to send anyway")
        )
        self.warnings.setAccessibleName(self.tr("Warnings to confirm"))
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.send_button.setText(self.tr("&Send"))
        self.send_button.setAccessibleName(self.tr("Send"))
        self.outbox_button.setText(self.tr("Open the &outbox"))
        self.outbox_button.setAccessibleName(self.tr("Open the outbox"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def retranslate(self) -> None:
        """Every text in the current language: the fixed ones, the list of types, the route's
        notes, what the check showed (the ticks kept), the status and the outcome."""
        self._retranslate_fixed()
        self._retitle_types()
        self._show_route()
        if self.prepared is not None:
            ticked = [box.isChecked() for box in self.warning_boxes]
            self._show_prepared(self.prepared)
            for box, was in zip(self.warning_boxes, ticked, strict=False):
                box.setChecked(was)
                box.setEnabled(self.entry is None)
        self._show_status(*self._status)
        self._show_outcome(*self._outcome)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
                self._show_status("said", exc.message)
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
        window_market = marketplace_of_store(self.draft.marketplace)
        for market in MARKETPLACES:
            if market.region is account.region:
                self.marketplace.addItem(f"{market.code} – {market.store}", market.code)
        preferred = (
            window_market.code
            if window_market is not None and window_market.region is account.region
            else account.marketplace
        )
        self.marketplace.setCurrentIndex(max(self.marketplace.findData(preferred), 0))

    def _fill_types(self) -> None:
        self.message_type.addItem("", PROPOSED)
        for spec in load_message_types().values():
            if spec.api == "messaging":
                self.message_type.addItem("", spec.id)
        self.message_type.addItem("", SOLICITATION)
        self._retitle_types()
        wanted = self.draft.message_type or PROPOSED
        self.message_type.setCurrentIndex(max(self.message_type.findData(wanted), 0))

    def _retitle_types(self) -> None:
        """The message types' titles, those Amazon does not allow for the order marked."""
        specs = load_message_types()
        allowed = self._shown_allowed
        for row in range(self.message_type.count()):
            mtype = str(self.message_type.itemData(row))
            if mtype == PROPOSED:
                title = self.tr("The type the check proposes")
            elif mtype == SOLICITATION:
                title = self.tr("Amazon's review request (Solicitations API)")
            else:
                spec = specs.get(mtype)
                title = message_type_title(spec) if spec is not None else mtype
                if allowed is not None and mtype not in allowed:
                    title = self.tr("{type} – not allowed for this order").format(type=title)
            self.message_type.setItemText(row, title)

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
        self.attachments_box.setVisible(sp_api)
        self._show_attachment_note()
        self._enable_file_buttons()
        if account is not None:
            market = account.market
            index = self.marketplace.currentData()
            if index:
                market = next(m for m in MARKETPLACES if m.code == index)
            self.recipient.setPlaceholderText(f"…@{market.buyer_mail_domain}")
        self.check_button.setText(self.tr("&Check with Amazon") if sp_api else self.tr("&Check"))
        notes = []
        if self.draft.channel is Channel.SELLER_CENTRAL:
            notes.append(
                self.tr(
                    "Seller Central's Contact Buyer form cannot be filled from Composer: copy "
                    "the message (File › Copy as plain text) and paste it there, or send it here "
                    "by the SP-API or e-mail."
                )
            )
        if account is None:
            notes.append(self.tr("There is no seller account yet: add one with Accounts…."))
        elif sp_api and not account.has_sp_api:
            notes.append(
                self.tr(
                    "“{account}” has no SP-API credentials: add them in Accounts…, or send by "
                    "e-mail."
                ).format(account=account.name)
            )
        elif not sp_api and not account.has_email:
            notes.append(
                self.tr(
                    "“{account}” has no mail server and sender: add them in Accounts…, or send "
                    "by the SP-API."
                ).format(account=account.name)
            )
        self.channel_note.setText("\n".join(notes))
        self.channel_note.setVisible(bool(notes))
        order = self.draft.order_id or self.tr(
            "none: fill in the Order ID in the window's order fields"
        )
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
                self._show_status("changed")
            self.prepared = None
            self.serial += 1
            self._clear_result()
        self.choices_changed.emit(self.choices())

    # -- the files ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        """Ask for files to attach (the system's file dialog), then add them."""
        patterns = " ".join(f"*.{extension}" for extension in allowed_extensions())
        filters = ";;".join(
            (
                self.tr("Documents and images ({patterns})").format(patterns=patterns),
                self.tr("All files (*)"),
            )
        )
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), self._folder, filters
        )
        if names:
            self._folder = str(Path(names[0]).parent)
            self.add_files([Path(name) for name in names])

    def file_limit(self) -> int:
        """How many files the chosen type takes (5 while the check is to propose the type)."""
        mtype = str(self.message_type.currentData() or PROPOSED)
        if mtype == PROPOSED:
            return MAX_ATTACHMENTS
        spec = load_message_types().get(mtype)
        return spec.attachments[1] if spec is not None and spec.attachments else 0

    def add_files(self, paths: Sequence[Path]) -> None:
        """Attach the files at ``paths`` (SP-API only): each is read now; one that is already
        attached, cannot be read, is too large or is one too many for the type is refused
        and the dialog says why; the others are added. A change of the choices: the last
        check no longer holds."""
        if self.current_channel() is not Channel.SP_API or self.entry is not None:
            return
        refusals: list[Callable[[], str]] = []
        added = False
        limit = self.file_limit()
        budget = max_attachment_bytes()
        for path in paths:
            total = sum(len(a.data) for _, a in self.attachments)
            if any(had == path for had, _ in self.attachments):
                refusals.append(self._attached_already(path))
            elif len(self.attachments) >= limit:
                refusals.append(self._too_many(path, limit))
            else:
                try:
                    attachment = read_attachment(path)
                except AttachmentError as exc:
                    refusals.append(_quoted(exc.message))  # the service's words, as said now
                    continue
                if total + len(attachment.data) > budget:
                    refusals.append(self._over_budget(path, total + len(attachment.data)))
                    continue
                self.attachments.append((path, attachment))
                added = True
        self._refusals = refusals
        self._show_refusals()
        self._list_files()
        if added:
            self._changed()

    def remove_selected_files(self) -> None:
        """Take the selected files off the message."""
        rows = sorted(
            (self.attachment_list.row(item) for item in self.attachment_list.selectedItems()),
            reverse=True,
        )
        if not rows or self.entry is not None:
            return
        for row in rows:
            del self.attachments[row]
        self._refusals = []
        self._show_refusals()
        self._list_files()
        self._changed()

    # The dialog's own reasons about one file, each translated when shown.

    def _attached_already(self, path: Path) -> Callable[[], str]:
        return lambda: self.tr("{file}: already attached").format(file=path)

    def _too_many(self, path: Path, limit: int) -> Callable[[], str]:
        def words() -> str:
            if limit == 0:
                return self.tr("{file}: not added: this message type takes no files").format(
                    file=path
                )
            return self.tr("{file}: not added: this message type takes at most {count}").format(
                file=path, count=QLocale().toString(limit)
            )

        return words

    def _over_budget(self, path: Path, total: int) -> Callable[[], str]:
        return lambda: self.tr(
            "{file}: not added: with it the files come to {size}, more than the 10 MB Amazon "
            "takes per message"
        ).format(file=path, size=self._size(total))

    @staticmethod
    def _size(count: int) -> str:
        return QLocale().formattedDataSize(
            count, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
        )

    def _list_files(self) -> None:
        """The attached files, each with its size in the locale's format."""
        selected = {self.attachment_list.row(i) for i in self.attachment_list.selectedItems()}
        self.attachment_list.clear()
        for row, (path, attachment) in enumerate(self.attachments):
            self.attachment_list.addItem(
                self.tr("{name} ({size})").format(
                    name=attachment.name, size=self._size(len(attachment.data))
                )
            )
            item = self.attachment_list.item(row)
            item.setToolTip(str(path))
            item.setSelected(row in selected)
        self._enable_file_buttons()

    def _show_refusals(self) -> None:
        self.attachment_refusals.setText("\n".join(words() for words in self._refusals))
        self.attachment_refusals.setVisible(bool(self._refusals))

    def _show_attachment_note(self) -> None:
        """What the chosen message type takes, in the current language."""
        mtype = str(self.message_type.currentData() or PROPOSED)
        spec = load_message_types().get(mtype)
        locale = QLocale()
        if mtype == PROPOSED:
            text = self.tr("Choose the message type to see how many files it takes.")
        elif spec is None or spec.attachments is None:
            text = self.tr("This type takes no files.")
        elif spec.attachments[0] == 0:
            text = self.tr("This type takes up to {high} files.").format(
                high=locale.toString(spec.attachments[1])
            )
        else:
            low, high = spec.attachments
            text = self.tr("This type takes {low} to {high} files.").format(
                low=locale.toString(low), high=locale.toString(high)
            )
        self.attachment_note.setText(text)

    def _enable_file_buttons(self) -> None:
        open_ = self.entry is None
        self.add_files_button.setEnabled(open_)
        self.remove_files_button.setEnabled(open_ and bool(self.attachment_list.selectedItems()))

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
            attachments=tuple(a for _, a in self.attachments) if sp_api else (),
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
        self._show_status("asking" if sp_api else "checking")
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
            self._show_status("unchecked", plain_words(result))
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

        def field(label: str, value: str) -> str:
            return f"<b>{escape(label)}</b> {escape(value)}"

        if prepared.channel is Channel.EMAIL:
            lines += [
                field(self.tr("From:"), account.sender or ""),
                field(self.tr("To:"), prepared.recipient or self.tr("(no address)")),
                field(self.tr("Subject:"), prepared.subject or self.tr("(none)")),
                escape(
                    self.tr(
                        "The text below goes as the plain-text part, beside an HTML part with the "
                        "same content and Amazon-safe formatting. Composer never adds "
                        "“[Important]” to the subject: Amazon withdrew that override in 2025."
                    )
                ),
            ]
        else:
            spec = types.get(prepared.message_type)
            if prepared.message_type == SOLICITATION:
                title = self.tr("Amazon's review request (Solicitations API)")
            elif spec is not None:
                title = message_type_title(spec)
            else:
                title = prepared.message_type or self.tr("none")
            if prepared.request.message_type is None:
                title = self.tr("{type} (proposed by the check)").format(type=title)
            lines.append(
                field(
                    self.tr("SP-API message:"),
                    self.tr("{type} to the buyer of order {order} on {marketplace}").format(
                        type=title,
                        order=prepared.request.order_id,
                        marketplace=prepared.marketplace.store,
                    ),
                )
            )
            if prepared.allowed_types is not None and prepared.message_type != SOLICITATION:
                allowed = ", ".join(
                    message_type_title(types[t]) if t in types else t
                    for t in sorted(prepared.allowed_types)
                )
                lines.append(
                    field(self.tr("Amazon allows for this order:"), allowed or self.tr("none"))
                )
            if prepared.buyer_locale:
                lines.append(
                    field(self.tr("Buyer's language (from Amazon):"), prepared.buyer_locale)
                )
        self.header.setText("<br>".join(lines))

        if prepared.message_type == SOLICITATION:
            self.text.setPlainText("")
            self.text.setPlaceholderText(
                self.tr("Amazon writes the review request itself: no text of yours is sent.")
            )
            self.length.setText("")
        else:
            self.text.setPlaceholderText("")
            self.text.setPlainText(prepared.text)
            self._show_length(prepared)

        report = prepared.report
        caption = escape(self.tr("Category:"))
        if report is not None:
            colour = {Category.CRITICAL: OK_COLOUR, Category.FORBIDDEN: ERROR_COLOUR}.get(
                report.category, WARNING_COLOUR
            )
            category = QCoreApplication.translate("ChecksPanel", CATEGORY_NAMES[report.category])
            self.verdict.setText(
                f'<b>{caption}</b> <span style="color: {colour}">{escape(category)}'
                f"</span> – {escape(report.reason)}"
            )
        else:
            nothing = escape(self.tr("Amazon's own review request; nothing to check."))
            self.verdict.setText(f"<b>{caption}</b> {nothing}")

        self.blockers.clear()
        for problem in prepared.blockers:
            self.blockers.addItem(problem.message)
        self.blockers_caption.setVisible(bool(prepared.blockers))
        self.blockers.setVisible(bool(prepared.blockers))
        self._set_warnings(prepared.warnings)
        if prepared.blockers:
            self._show_status("blocked", str(len(prepared.blockers)))
        elif prepared.warnings:
            self._show_status("warnings")
        else:
            self._show_status("ready")
        self._enable_send()

    def _show_status(self, what: str, detail: str = "") -> None:
        """The status line, said again after a switch of language: ``what`` names it,
        ``detail`` is what it quotes (an error's words, a count)."""
        self._status = (what, detail)
        texts = {
            "": ("", ""),
            "said": (detail, ""),
            "changed": (self.tr("Changed since the check: check again before sending."), ""),
            "asking": (self.tr("Asking Amazon about the order…"), ""),
            "checking": (self.tr("Checking…"), ""),
            "ready": (self.tr("Ready to send."), OK_COLOUR),
            "warnings": (
                self.tr("Read the warnings and tick each one to send anyway."),
                WARNING_COLOUR,
            ),
        }
        if what == "unchecked":
            text = self.tr("Cannot be checked: {error}").format(error=detail)
            colour = ERROR_COLOUR
        elif what == "blocked":
            text = self.tr("This message cannot be sent: %n reason(s) below.", "", int(detail))
            colour = ERROR_COLOUR
        else:
            text, colour = texts[what]
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour}" if colour else "")

    def _show_length(self, prepared: Prepared) -> None:
        count = len(prepared.text)
        spec = load_message_types().get(prepared.message_type)
        limit = spec.text_limit if spec is not None else None
        locale = QLocale()
        if prepared.channel is Channel.SP_API and limit:
            over = count - limit
            text = self.tr("{count} of {limit} characters").format(
                count=locale.toString(count), limit=locale.toString(limit)
            )
            if over > 0:
                text = self.tr("{length} – %Ln too many", "", over).format(length=text)
            self.length.setText(text)
            self.length.setStyleSheet(f"color: {ERROR_COLOUR}" if over > 0 else "")
        else:
            self.length.setText(self.tr("%Ln character(s)", "", count))
            self.length.setStyleSheet("")

    def _mark_allowed(self, allowed: frozenset[str]) -> None:
        """Mark the message types Amazon does not allow for this order (and disable them),
        keeping the chosen one chosen."""
        model = self.message_type.model()
        if not isinstance(model, QStandardItemModel):
            return
        self._shown_allowed = allowed
        self._retitle_types()
        for row in range(self.message_type.count()):
            mtype = self.message_type.itemData(row)
            if mtype in (PROPOSED, SOLICITATION):
                continue
            model.item(row).setEnabled(mtype in allowed or row == self.message_type.currentIndex())

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
            box = QCheckBox(self.tr("I have read this and send anyway"), self.warnings)
            box.setAccessibleName(self.tr("Send anyway: {warning}").format(warning=message))
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
            self._show_outcome("refused", plain_words(exc))
            self.send_finished.emit(exc)
            return
        self.entry = entry
        self._enable_send()
        self._show_route()
        for widget in (self.account, self.marketplace, self.channel, self.message_type):
            widget.setEnabled(False)
        self.recipient.setReadOnly(True)
        self._enable_file_buttons()
        for box in self.warning_boxes:
            box.setEnabled(False)
        self._show_outcome("sending")
        self.hub.deliver(entry.id, self, self._delivered)

    def _delivered(self, result: object) -> None:
        if isinstance(result, Exception):
            self._show_outcome("failed", plain_words(result))
        else:
            assert isinstance(result, Entry)
            self.entry = result
            self._show_outcome("delivered")
        self.send_finished.emit(result)

    def _show_outcome(self, what: str, detail: str = "") -> None:
        """The outcome line, said again after a switch of language (see ``_show_status``)."""
        self._outcome = (what, detail)
        entry = self.entry
        if what == "refused":
            text, colour = self.tr("Not sent: {error}").format(error=detail), ERROR_COLOUR
        elif what == "sending" and entry is not None:
            text, colour = (
                self.tr(
                    "Sending… (message {id} is in the outbox; closing this dialog does not stop it)"
                ).format(id=entry.id),
                "",
            )
        elif what == "failed":
            text = self.tr("Composer failed while sending: {error}. See the outbox.").format(
                error=detail
            )
            colour = ERROR_COLOUR
        elif what == "delivered" and entry is not None:
            text, colour = outcome_words(entry), OUTCOME_COLOURS.get(entry.state, "")
        else:
            text, colour = "", ""
        self.outcome.setText(text)
        self.outcome.setStyleSheet(f"color: {colour}" if colour else "")
