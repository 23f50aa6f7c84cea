"""Seller accounts in the window: list them, add one, store a rotated client secret, remove one,
and test that Login with Amazon and the mail server accept its credentials.

Secrets go to the OS keyring only, through ``AccountBook`` (``composer.services.accounts``):
the form's secret fields are password fields, cleared once stored, and no secret is ever put in
a label, a status line, the log or the settings. When the keyring has no usable backend, the
dialog says so in the service's own words and disables every secret field: Composer never
offers to keep a secret anywhere else. Everything that touches the keyring or the network runs
on the sending hub's workers (a keyring may show an unlock prompt; a test waits on servers).

Message boxes are built by functions of their own and returned unshown, so tests read them
without a modal loop; the actions behind them (``remove_account``, ``set_secret``,
``test_account``) are methods a test calls directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from composer.i18n import QT_TRANSLATE_NOOP, Context
from composer.services.account_check import CheckStep, Step, check_account
from composer.services.accounts import (
    SECRET_NAMES,
    SP_API_SECRETS,
    Account,
    AccountError,
    SmtpSecurity,
    client_secret_deadline,
    rotation_notice,
)
from composer.services.credentials import CredentialsError, KeyringUnavailableError
from composer.services.marketplaces import MARKETPLACES, marketplace
from composer.ui.sending_hub import SendingHub, plain_words

Accounts = Context("Accounts")  # the strings of this module's functions and tables
ERROR_COLOUR = "#d32f2f"
WARNING_COLOUR = "#b45f06"
OK_COLOUR = "#2e7d32"
TEST_TIMEOUT = 30.0  # seconds per connection, as ``composer accounts test``
# Marked here, translated where shown (``Accounts.tr``).
SECRET_ACTIONS = {  # the "Set a secret" menu, in the order a seller needs them
    "lwa_client_secret": QT_TRANSLATE_NOOP("Accounts", "New LWA client secret…"),
    "refresh_token": QT_TRANSLATE_NOOP("Accounts", "New refresh token…"),
    "lwa_client_id": QT_TRANSLATE_NOOP("Accounts", "LWA client ID…"),
    "smtp_password": QT_TRANSLATE_NOOP("Accounts", "SMTP password…"),
}
SECRET_LABELS = {  # a secret in a sentence
    "lwa_client_id": QT_TRANSLATE_NOOP("Accounts", "LWA client id"),
    "lwa_client_secret": QT_TRANSLATE_NOOP("Accounts", "LWA client secret"),
    "refresh_token": QT_TRANSLATE_NOOP("Accounts", "refresh token"),
    "smtp_password": QT_TRANSLATE_NOOP("Accounts", "SMTP password"),
}
SECRET_QUESTIONS = {  # asking for a secret: {account} is the account's name
    "lwa_client_secret": QT_TRANSLATE_NOOP(
        "Accounts",
        "The LWA client secret of “{account}” (Developer Console: your app's new LWA credentials):",
    ),
    "refresh_token": QT_TRANSLATE_NOOP(
        "Accounts",
        "The refresh token of “{account}” (from authorising the app again in Seller Central):",
    ),
    "lwa_client_id": QT_TRANSLATE_NOOP("Accounts", "The LWA client ID of “{account}”:"),
    "smtp_password": QT_TRANSLATE_NOOP("Accounts", "The SMTP password of “{account}”:"),
}
SECURITY_NAMES = {  # the kinds of SMTP security, and (titles) with their usual port
    SmtpSecurity.STARTTLS: QT_TRANSLATE_NOOP("Accounts", "STARTTLS"),
    SmtpSecurity.SSL: QT_TRANSLATE_NOOP("Accounts", "SSL/TLS"),
    SmtpSecurity.PLAIN: QT_TRANSLATE_NOOP("Accounts", "None"),
}
SECURITY_TITLES = {
    SmtpSecurity.STARTTLS: QT_TRANSLATE_NOOP("Accounts", "STARTTLS (port 587)"),
    SmtpSecurity.SSL: QT_TRANSLATE_NOOP("Accounts", "SSL/TLS (port 465)"),
    SmtpSecurity.PLAIN: QT_TRANSLATE_NOOP("Accounts", "None (only a server on this computer)"),
}


def secret_label(key: str) -> str:
    label = SECRET_LABELS.get(key)
    return Accounts.tr(label) if label is not None else key


def _secret_list(keys: Iterable[str]) -> str:
    """Secrets in a sentence, in the order a seller knows them."""
    wanted = set(keys)
    return ", ".join(secret_label(k) for k in SECRET_NAMES if k in wanted)


# -- the test, off the UI thread ----------------------------------------------------------------

# The steps of an account test (composer.services.account_check), as the window titles them.
STEP_TITLES = {
    Step.SETUP: QT_TRANSLATE_NOOP("Accounts", "Setup"),
    Step.KEYRING: QT_TRANSLATE_NOOP("Accounts", "Keyring"),
    Step.SP_API: QT_TRANSLATE_NOOP("Accounts", "SP-API"),
    Step.LOGIN_WITH_AMAZON: QT_TRANSLATE_NOOP("Accounts", "Login with Amazon"),
    Step.EMAIL: QT_TRANSLATE_NOOP("Accounts", "E-mail"),
}


# -- boxes, returned unshown ---------------------------------------------------------------------


def remove_confirmation_box(parent: QWidget, account: Account) -> QMessageBox:
    """The question before removing an account; No is the default."""
    stored = _secret_list(account.secrets)
    if stored:
        question = Accounts.tr(
            "Remove the account “{account}” and delete its secrets from the keyring ({secrets})? "
            "Messages already in the outbox stay there; those still waiting cannot be sent "
            "without it."
        )
    else:
        question = Accounts.tr(
            "Remove the account “{account}”? Messages already in the outbox stay there; those "
            "still waiting cannot be sent without it."
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        Accounts.tr("Remove account"),
        question.format(account=account.name, secrets=stored),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


# -- the form --------------------------------------------------------------------------------------


class AccountForm(QDialog):
    """A new account: its settings and, when the keyring can hold them, its secrets.

    "Add" checks the settings here and stores the account on a worker; the form stays open
    with everything typed when that fails, and says why. ``added`` carries the account as
    stored (it records only which secrets exist)."""

    added = Signal(object)  # Account
    refused = Signal(str)  # why the account was not stored (the form stays open)

    def __init__(
        self, hub: SendingHub, keyring_problem: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        layout = QVBoxLayout(self)
        self._captions: list[tuple[QLabel, Callable[[], str]]] = []

        def caption(
            form: QFormLayout, text: Callable[[], str], field: QWidget | QHBoxLayout
        ) -> None:
            """A form row whose caption is ``text()`` in the language of the moment."""
            label = QLabel(self)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self._captions.append((label, text))
            form.addRow(label, field)

        general = QFormLayout()
        self.name = self._line()
        caption(general, lambda: self.tr("&Name:"), self.name)
        self.marketplace = QComboBox(self)
        for market in MARKETPLACES:
            self.marketplace.addItem("", market.code)  # worded by retranslate
        self.marketplace.setCurrentIndex(self.marketplace.findData("DE"))
        caption(general, lambda: self.tr("&Marketplace:"), self.marketplace)
        self.region = QLabel(self)
        caption(general, lambda: self.tr("Region:"), self.region)
        self.sandbox = QCheckBox(self)
        general.addRow("", self.sandbox)
        layout.addLayout(general)

        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_note.setStyleSheet(f"color: {ERROR_COLOUR}")
        layout.addWidget(self.keyring_note)

        self.sp_api_box = QGroupBox(self)
        sp_form = QFormLayout(self.sp_api_box)
        self.client_id = self._secret()
        self.client_secret = self._secret()
        self.refresh_token = self._secret()
        caption(sp_form, lambda: self.tr("LWA client &ID:"), self.client_id)
        caption(sp_form, lambda: self.tr("LWA client &secret:"), self.client_secret)
        caption(sp_form, lambda: self.tr("&Refresh token:"), self.refresh_token)
        layout.addWidget(self.sp_api_box)

        self.mail_box = QGroupBox(self)
        mail_form = QFormLayout(self.mail_box)
        self.smtp_host = self._line()
        self.smtp_host.setPlaceholderText("smtp.example.com")  # a host name: the same anywhere
        self.smtp_port = QSpinBox(self)
        self.smtp_port.setRange(0, 65535)
        self.smtp_security = QComboBox(self)
        for security in SECURITY_TITLES:
            self.smtp_security.addItem("", security)
        self.smtp_user = self._line()
        self.smtp_password = self._secret()
        self.sender_address = self._line()
        caption(mail_form, lambda: self.tr("SMTP ser&ver:"), self.smtp_host)
        caption(mail_form, lambda: self.tr("&Port:"), self.smtp_port)
        caption(mail_form, lambda: self.tr("Sec&urity:"), self.smtp_security)
        caption(mail_form, lambda: self.tr("&User:"), self.smtp_user)
        caption(mail_form, lambda: self.tr("Pass&word:"), self.smtp_password)
        caption(mail_form, lambda: self.tr("Authorised se&nder:"), self.sender_address)
        layout.addWidget(self.mail_box)

        self.advanced = QGroupBox(self)
        self.advanced.setCheckable(True)
        self.advanced.setChecked(False)
        advanced_form = QFormLayout(self.advanced)
        self.sp_api_endpoint = self._line()
        self.lwa_endpoint = self._line()
        caption(advanced_form, lambda: self.tr("SP-API &endpoint:"), self.sp_api_endpoint)
        caption(advanced_form, lambda: self.tr("&LWA endpoint:"), self.lwa_endpoint)
        layout.addWidget(self.advanced)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}")
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.marketplace.currentIndexChanged.connect(self._show_region)
        self.advanced.toggled.connect(self._show_advanced)
        self._problem: tuple[str, str] = ("", "")  # what ``problem`` says: see ``_say``
        self.keyring_problem: str | None = None
        self.retranslate()
        self._show_region()
        self._show_advanced(False)
        self.set_keyring_problem(keyring_problem)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a seller account"))
        self.setAccessibleName(self.tr("Add a seller account"))
        for label, text in self._captions:
            label.setText(text())
        for index, market in enumerate(MARKETPLACES):
            # A marketplace as Amazon names it: its code, country (in the interface's language)
            # and domain.
            self.marketplace.setItemText(
                index, f"{market.code} – {market.country_name} ({market.store})"
            )
        names = (
            (self.name, self.tr("Account name")),
            (self.marketplace, self.tr("Marketplace")),
            (self.region, self.tr("Region")),
            (self.sandbox, self.tr("Sandbox")),
            (self.keyring_note, self.tr("Keyring problem")),
            (self.client_id, self.tr("LWA client ID")),
            (self.client_secret, self.tr("LWA client secret")),
            (self.refresh_token, self.tr("Refresh token")),
            (self.smtp_host, self.tr("SMTP server")),
            (self.smtp_port, self.tr("SMTP port")),
            (self.smtp_security, self.tr("SMTP security")),
            (self.smtp_user, self.tr("SMTP user")),
            (self.smtp_password, self.tr("SMTP password")),
            (self.sender_address, self.tr("Authorised sender")),
            (self.advanced, self.tr("Endpoints for testing")),
            (self.sp_api_endpoint, self.tr("SP-API endpoint")),
            (self.lwa_endpoint, self.tr("LWA endpoint")),
            (self.problem, self.tr("Form problem")),
            (self.add_button, self.tr("Add account")),
        )
        for widget, name in names:
            widget.setAccessibleName(name)
        self.name.setPlaceholderText(self.tr("e.g. Shop DE"))
        # An example of a shop's address: a seller reads it in their language.
        self.sender_address.setPlaceholderText(self.tr("service@your-shop.com"))
        self.sandbox.setText(
            self.tr("Use Amazon's SP-API sandbox (test calls; nothing reaches a buyer)")
        )
        self.sp_api_box.setTitle(
            self.tr("Selling Partner API (Login with Amazon credentials of your app)")
        )
        self.mail_box.setTitle(self.tr("E-mail to the buyer's Amazon address"))
        self.smtp_port.setSpecialValueText(self.tr("usual port"))
        for index in range(self.smtp_security.count()):
            title = SECURITY_TITLES[SmtpSecurity(self.smtp_security.itemData(index))]
            self.smtp_security.setItemText(index, Accounts.tr(title))
        self.sender_address.setToolTip(
            self.tr(
                "An address authorised for Buyer-Seller Messaging in Seller Central: Amazon's "
                "relay drops mail from any other"
            )
        )
        self.advanced.setTitle(self.tr("Endpoints for testing (instead of Amazon's hosts)"))
        self.sp_api_endpoint.setPlaceholderText(self.tr("https://… (http only to 127.0.0.1)"))
        self.lwa_endpoint.setPlaceholderText("https://…/auth/o2/token")  # an address's shape
        self.add_button.setText(self.tr("Add"))
        self.set_keyring_problem(self.keyring_problem)
        self._say(*self._problem)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _line(self) -> QLineEdit:
        return QLineEdit(self)

    def _secret(self) -> QLineEdit:
        field = self._line()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    @property
    def secret_fields(self) -> dict[str, QLineEdit]:
        return {
            "lwa_client_id": self.client_id,
            "lwa_client_secret": self.client_secret,
            "refresh_token": self.refresh_token,
            "smtp_password": self.smtp_password,
        }

    def set_keyring_problem(self, problem: str | None) -> None:
        """None: the keyring can hold secrets. Otherwise the service's words, and no secret
        field to type into: Composer stores secrets nowhere else."""
        self.keyring_problem = problem
        self.keyring_note.setText(
            self.tr("{problem}\nThe account can still be added without secrets.").format(
                problem=problem
            )
            if problem
            else ""
        )
        self.keyring_note.setVisible(bool(problem))
        for field in self.secret_fields.values():
            field.setEnabled(problem is None)
            if problem:
                field.clear()

    def _show_region(self) -> None:
        code = self.marketplace.currentData()
        self.region.setText(str(marketplace(code).region) if code else "")

    def _show_advanced(self, shown: bool) -> None:
        form = self.advanced.layout()
        for field in (self.sp_api_endpoint, self.lwa_endpoint):
            field.setVisible(shown)
            caption = form.labelForField(field) if isinstance(form, QFormLayout) else None
            if caption is not None:
                caption.setVisible(shown)

    def account(self) -> Account:
        """The account as filled in; ``AccountError`` (its message for the user) if a
        setting cannot be used."""
        code = str(self.marketplace.currentData())
        host = self.smtp_host.text().strip() or None

        def text(field: QLineEdit) -> str | None:
            return field.text().strip() or None

        advanced = self.advanced.isChecked()
        return Account(
            name=self.name.text().strip(),
            region=marketplace(code).region,
            marketplace=code,
            sandbox=self.sandbox.isChecked(),
            sp_api_endpoint=text(self.sp_api_endpoint) if advanced else None,
            lwa_endpoint=text(self.lwa_endpoint) if advanced else None,
            smtp_host=host,
            smtp_port=(self.smtp_port.value() or None) if host else None,
            smtp_security=SmtpSecurity(self.smtp_security.currentData()),
            smtp_user=text(self.smtp_user) if host else None,
            sender=text(self.sender_address),
        )

    def secrets(self) -> dict[str, str]:
        """The secrets typed in (never shown anywhere)."""
        return {k: f.text().strip() for k, f in self.secret_fields.items() if f.text().strip()}

    def submit(self) -> None:
        """Check what was filled in, then store it on a worker (the keyring may prompt)."""
        try:
            account = self.account()
        except AccountError as exc:
            self._say("said", exc.message)
            return
        secrets = self.secrets()
        problem = _secrets_problem(account, secrets)
        if problem:
            self._say(*problem)
            return
        self._say("saving")
        self.add_button.setEnabled(False)
        book = self.hub.book
        self.hub.run(lambda: book.add(account, secrets), self, self._stored)

    def _say(self, what: str, detail: str = "") -> None:
        """The form's problem line, said again after a switch of language: ``what`` names it,
        ``detail`` is what it quotes (the service's words, the missing secrets' keys)."""
        self._problem = (what, detail)
        if what == "said":
            text = detail
        elif what == "saving":
            text = self.tr("Saving…")
        elif what == "not-added":
            text = self.tr("The account was not added: {error}").format(error=detail)
        elif what == "sp-api-partial":
            text = self.tr(
                "The SP-API needs all three credentials, or none; missing: {secrets}."
            ).format(secrets=_secret_list(detail.split(",")))
        elif what == "password-without-user":
            text = self.tr("An SMTP password was given without an SMTP user.")
        elif what == "sender-without-server":
            text = self.tr("An authorised sender needs the SMTP server to send from.")
        else:
            text = ""
        self.problem.setText(text)

    def _stored(self, result: object) -> None:
        self.add_button.setEnabled(True)
        if isinstance(result, Exception):
            self._say("not-added", plain_words(result))
            self.refused.emit(self.problem.text())
            return
        assert isinstance(result, Account)
        for field in self.secret_fields.values():
            field.clear()
        self._say("")
        self.added.emit(result)
        self.accept()


def _secrets_problem(account: Account, secrets: Mapping[str, str]) -> tuple[str, str] | None:
    """What is wrong with the secrets given for ``account`` (see ``AccountForm._say``)."""
    given = SP_API_SECRETS & secrets.keys()
    if given and given != SP_API_SECRETS:
        return ("sp-api-partial", ",".join(sorted(SP_API_SECRETS - given)))
    if "smtp_password" in secrets and not account.smtp_user:
        return ("password-without-user", "")
    if account.smtp_host is None and account.sender:
        return ("sender-without-server", "")
    return None


# -- the list --------------------------------------------------------------------------------------


class AccountsDialog(QDialog):
    """The seller accounts: what each is set up for, which secrets the keyring holds, when the
    client secret must be rotated; Add, Set a secret (a rotated client secret, a new refresh
    token, the SMTP password), Remove, Test.

    ``accounts_changed`` fires after an account was added, changed or removed; ``tested``
    carries an account's name and its ``CheckStep`` list when a test ends."""

    accounts_changed = Signal()
    tested = Signal(str, object)  # name, list[CheckStep] (or an Exception)
    keyring_checked = Signal(object)  # None, or the keyring's problem in plain words

    def __init__(
        self,
        hub: SendingHub,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.today = today
        self.keyring_problem: str | None = None
        # What the keyring label says: None while asked, else the backend's name or a problem.
        self._keyring: tuple[str, str] | None = None
        # A test's outcome per account: its steps, or what it says while running ("testing")
        # or why it could not run ("failed", the error's words).
        self.results: dict[str, list[CheckStep] | tuple[str, str]] = {}
        self.form: AccountForm | None = None

        self.keyring_label = QLabel(self)
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setTextFormat(Qt.TextFormat.PlainText)

        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(5)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumHeight(120)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = QPushButton(self)
        self.secret_button = QPushButton(self)
        self.secret_menu = QMenu(self.secret_button)
        for key in SECRET_ACTIONS:
            self.secret_menu.addAction("").setData(key)
        self.secret_button.setMenu(self.secret_menu)
        self.remove_button = QPushButton(self)
        self.test_button = QPushButton(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        row = QHBoxLayout()
        for button in (self.add_button, self.secret_button, self.remove_button, self.test_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addLayout(row)
        self.resize(860, 480)

        self.list.currentItemChanged.connect(self._show_details)
        self.add_button.clicked.connect(self.open_add_form)
        self.secret_menu.triggered.connect(self._secret_chosen)
        self.remove_button.clicked.connect(self._ask_remove)
        self.test_button.clicked.connect(self._test_current)

        self._retranslate_fixed()
        self._show_keyring()
        self.refresh()
        book = hub.book
        hub.run(lambda: book.credentials.backend_name, self, self._keyring_answered)

    # -- the language ------------------------------------------------------------------------------

    def _retranslate_fixed(self) -> None:
        self.setWindowTitle(self.tr("Seller accounts"))
        self.keyring_label.setAccessibleName(self.tr("Keyring"))
        self.list.setAccessibleName(self.tr("Seller accounts"))
        self.list.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Marketplace"),
                self.tr("Set up for"),
                self.tr("Secrets in the keyring"),
                self.tr("Reminder"),
            ]
        )
        self.details.setAccessibleName(self.tr("Account details"))
        self.add_button.setText(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add account"))
        self.secret_button.setText(self.tr("Set a &secret"))
        self.secret_button.setAccessibleName(self.tr("Set a secret"))
        self.secret_menu.setAccessibleName(self.tr("Secrets"))
        for action in self.secret_menu.actions():
            action.setText(Accounts.tr(SECRET_ACTIONS[str(action.data())]))
        self.remove_button.setText(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove account"))
        self.test_button.setText(self.tr("&Test"))
        self.test_button.setAccessibleName(self.tr("Test account"))

    def retranslate(self) -> None:
        """Every text in the current language: the list and the details are made again."""
        self._retranslate_fixed()
        self._show_keyring()
        self.refresh()
        self._show_details()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the keyring -----------------------------------------------------------------------------

    def _keyring_answered(self, result: object) -> None:
        if isinstance(result, KeyringUnavailableError | CredentialsError):
            self._keyring = ("said", result.message)
        elif isinstance(result, Exception):
            self._keyring = ("unusable", plain_words(result))
        else:
            self._keyring = ("backend", str(result))
        self._show_keyring()
        if self.form is not None:
            self.form.set_keyring_problem(self.keyring_problem)
        self._enable()
        self.keyring_checked.emit(self.keyring_problem)

    def _show_keyring(self) -> None:
        """What the keyring label says (and ``keyring_problem``), in the current language."""
        if self._keyring is None:
            self.keyring_problem = None
            self.keyring_label.setText(self.tr("Checking the keyring…"))
            self.keyring_label.setStyleSheet("")
            return
        what, detail = self._keyring
        if what == "backend":
            self.keyring_problem = None
            self.keyring_label.setText(
                self.tr("Secrets are kept in the system keyring ({keyring}), nowhere else.").format(
                    keyring=detail
                )
            )
            self.keyring_label.setStyleSheet("")
            return
        if what == "unusable":
            self.keyring_problem = self.tr("The keyring cannot be used: {error}").format(
                error=detail
            )
        else:
            self.keyring_problem = detail
        self.keyring_label.setText(self.keyring_problem)
        self.keyring_label.setStyleSheet(f"color: {ERROR_COLOUR}")

    # -- the list ----------------------------------------------------------------------------------

    def refresh(self, select: str | None = None) -> None:
        """List the accounts again (the file is small: read here, on the UI thread)."""
        current = select or self.current_name()
        self.list.clear()
        try:
            accounts = self.hub.book.accounts()
        except AccountError as exc:
            self.details.setText(_coloured(exc.message, ERROR_COLOUR))
            accounts = ()
        today = self.today()
        for account in accounts:
            deadline = client_secret_deadline(account)
            notice = rotation_notice(account, today)
            item = QTreeWidgetItem(
                [
                    account.name,
                    _market_text(account),
                    _channels_text(account),
                    _secrets_text(account),
                    self.tr("Client secret due {date}").format(date=deadline)
                    if notice and deadline
                    else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, account)
            if notice:
                item.setForeground(4, _brush(WARNING_COLOUR))
                item.setToolTip(4, notice)
            self.list.addTopLevelItem(item)
            if account.name == current:
                self.list.setCurrentItem(item)
        for column in range(4):
            self.list.resizeColumnToContents(column)
        items = _items(self.list)
        if self.list.currentItem() is None and items:
            self.list.setCurrentItem(items[0])
        if not accounts:
            self.details.setText(
                self.tr("No seller account yet. Add one to send by the SP-API or by e-mail.")
            )
        self._enable()

    def current_account(self) -> Account | None:
        item = self.list.currentItem()
        if item is None:
            return None
        account = item.data(0, Qt.ItemDataRole.UserRole)
        return account if isinstance(account, Account) else None

    def current_name(self) -> str | None:
        account = self.current_account()
        return account.name if account else None

    def select(self, name: str) -> None:
        for item in _items(self.list):
            if item.text(0) == name:
                self.list.setCurrentItem(item)

    def _enable(self) -> None:
        account = self.current_account()
        self.remove_button.setEnabled(account is not None)
        self.test_button.setEnabled(account is not None)
        self.secret_button.setEnabled(account is not None and self.keyring_problem is None)
        for action in self.secret_menu.actions():
            # The SMTP password only where there is an SMTP user to log in with.
            action.setEnabled(
                action.data() != "smtp_password" or bool(account and account.smtp_user)
            )

    def _show_details(self) -> None:
        self._enable()
        account = self.current_account()
        if account is None:
            return
        parts = [f"<b>{escape(account.name)}</b> · {escape(_market_text(account))}"]
        if account.secrets & SP_API_SECRETS:
            parts.append(
                escape(
                    self.tr("SP-API: {sp_api}; Login with Amazon: {lwa}").format(
                        sp_api=account.sp_api_base_url, lwa=account.lwa_url
                    )
                )
            )
        else:
            parts.append(escape(self.tr("SP-API: not set up (no Login with Amazon credentials).")))
        if account.smtp_host:
            security = Accounts.tr(SECURITY_NAMES[account.smtp_security])
            server = f"{account.smtp_host}:{account.smtp_port_or_default}"
            sender = account.sender or self.tr("no sender set")
            if account.smtp_user:
                mail = self.tr("E-mail: {server} ({security}, user {user}), from {sender}").format(
                    server=server, security=security, user=account.smtp_user, sender=sender
                )
            else:
                mail = self.tr("E-mail: {server} ({security}, no login), from {sender}").format(
                    server=server, security=security, sender=sender
                )
            parts.append(escape(mail))
        else:
            parts.append(escape(self.tr("E-mail: not set up (no mail server).")))
        notice = rotation_notice(account, self.today())
        if notice:
            parts.append(
                _coloured(
                    self.tr("{notice}. Here: Set a secret › New LWA client secret…").format(
                        notice=notice.rstrip(".")
                    ),
                    WARNING_COLOUR,
                )
            )
        result = self.results.get(account.name)
        if isinstance(result, tuple):
            what, detail = result
            if what == "testing":
                said = self.tr("Testing… (nothing is sent to a buyer)")
            else:
                said = self.tr("The test could not run: {error}").format(error=detail)
            parts.append(escape(said))
        elif result:
            parts.append("<br>".join(_check_line_html(line) for line in result))
        self.details.setText("<br>".join(parts))

    # -- adding ------------------------------------------------------------------------------------

    def open_add_form(self) -> AccountForm:
        """Open the form for a new account (window-modal); returns it (tests fill it in)."""
        form = AccountForm(self.hub, self.keyring_problem, self)
        form.added.connect(self._form_added)
        form.finished.connect(self._form_closed)
        self.form = form
        form.open()
        return form

    def _form_added(self, account: Account) -> None:
        self._changed(account.name)

    def _form_closed(self) -> None:
        if self.form is not None:
            # Deleted once its "finished" has been delivered: deleting a dialog from inside
            # its own signal crashed PySide 6.11 at the deletion (a use after free).
            QTimer.singleShot(0, self.form, self.form.deleteLater)
        self.form = None

    def _changed(self, name: str | None) -> None:
        self.refresh(select=name)
        self._show_details()
        self.accounts_changed.emit()

    # -- the client secret -----------------------------------------------------------------------

    def _secret_chosen(self, action: QAction) -> None:
        account = self.current_account()
        key = str(action.data())
        if account is None or self.keyring_problem is not None or key not in SECRET_ACTIONS:
            return
        value, ok = QInputDialog.getText(
            self,
            Accounts.tr(SECRET_ACTIONS[key]).rstrip("…"),
            Accounts.tr(SECRET_QUESTIONS[key]).format(account=account.name),
            QLineEdit.EchoMode.Password,
        )
        if ok and value.strip():
            self.set_secret(account.name, key, value.strip())

    def set_secret(self, name: str, key: str, value: str) -> None:
        """Store one secret on a worker; the 180-day count restarts for the client secret."""
        book = self.hub.book
        self.details.setText(
            escape(self.tr("Saving the {secret}…").format(secret=secret_label(key)))
        )
        self.hub.run(lambda: book.set_secret(name, key, value), self, self._secret_stored)

    def _secret_stored(self, result: object) -> None:
        if isinstance(result, Exception):
            self.details.setText(
                _coloured(
                    self.tr("Not saved: {error}").format(error=plain_words(result)), ERROR_COLOUR
                )
            )
            return
        assert isinstance(result, Account)
        self.results.pop(result.name, None)
        deadline = client_secret_deadline(result)
        self._changed(result.name)
        if deadline is not None:
            saved = self.tr("Saved. The next rotation is due by {date}.").format(date=deadline)
            self.details.setText(f"{self.details.text()}<br>{escape(saved)}")

    # -- removing ----------------------------------------------------------------------------------

    def _ask_remove(self) -> None:
        account = self.current_account()
        if account is None:
            return
        box = remove_confirmation_box(self, account)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.remove_account(account.name)

    def remove_account(self, name: str) -> None:
        """Remove an account and its secrets, on a worker (the keyring deletes them)."""
        book = self.hub.book
        self.hub.run(lambda: book.remove(name), self, lambda r: self._removed(name, r))

    def _removed(self, name: str, result: object) -> None:
        if isinstance(result, Exception):
            self.details.setText(
                _coloured(
                    self.tr("“{account}” was not removed: {error}").format(
                        account=name, error=plain_words(result)
                    ),
                    ERROR_COLOUR,
                )
            )
            return
        self.results.pop(name, None)
        self._changed(None)

    # -- testing -----------------------------------------------------------------------------------

    def _test_current(self) -> None:
        name = self.current_name()
        if name is not None:
            self.test_account(name)

    def test_account(self, name: str, timeout: float = TEST_TIMEOUT) -> None:
        """Test an account on a worker: keyring, Login with Amazon, SMTP login."""
        book = self.hub.book
        self.results[name] = ("testing", "")
        self.test_button.setEnabled(False)
        self._show_details()
        self.hub.run(
            lambda: check_account(book, name, timeout), self, lambda r: self._tested(name, r)
        )

    def _tested(self, name: str, result: object) -> None:
        self.test_button.setEnabled(True)
        if isinstance(result, Exception):
            self.results[name] = ("failed", plain_words(result))
        else:
            assert isinstance(result, list)
            self.results[name] = result
        if self.current_name() == name:
            self._show_details()
        self.tested.emit(name, result)


# -- texts -----------------------------------------------------------------------------------------


def _items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in found if item is not None]


def _market_text(account: Account) -> str:
    # The marketplace and region as Amazon names them (codes: the same in every language).
    where = f"{account.marketplace} ({account.market.store}) · {account.region}"
    if account.sandbox:
        return Accounts.tr("{marketplace} · sandbox").format(marketplace=where)
    return where


def _channels_text(account: Account) -> str:
    channels = [
        name
        for name, ok in (
            (Accounts.tr("SP-API"), account.has_sp_api),
            (Accounts.tr("e-mail"), account.has_email),
        )
        if ok
    ]
    return ", ".join(channels) if channels else Accounts.tr("nothing yet")


def _secrets_text(account: Account) -> str:
    text = _secret_list(account.secrets) or Accounts.tr("none")
    partial = account.secrets & SP_API_SECRETS
    if partial and partial != SP_API_SECRETS:
        text = Accounts.tr("{secrets} (missing: {missing})").format(
            secrets=text, missing=_secret_list(SP_API_SECRETS - partial)
        )
    return text


def _check_line_html(line: CheckStep) -> str:
    mark, colour = {True: ("✓", OK_COLOUR), False: ("✗", ERROR_COLOUR), None: ("–", "")}[line.ok]
    head = f"{mark} {Accounts.tr(STEP_TITLES[line.step])}:"
    text = line.text[:1].upper() + line.text[1:]
    if line.store:
        text = Accounts.tr("{result} (Set a secret: {secrets})").format(
            result=text, secrets=", ".join(secret_label(k) for k in line.store)
        )
    return (_coloured(head, colour) if colour else escape(head)) + " " + escape(text)


def _coloured(text: str, colour: str) -> str:
    return f'<span style="color: {colour}">{escape(text)}</span>'


def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))
