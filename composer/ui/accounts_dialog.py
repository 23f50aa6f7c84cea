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

from collections.abc import Callable, Mapping
from datetime import date
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
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

from composer.services.account_check import CheckStep, Step, check_account
from composer.services.accounts import (
    SECRET_LABELS,
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

ERROR_COLOUR = "#d32f2f"
WARNING_COLOUR = "#b45f06"
OK_COLOUR = "#2e7d32"
TEST_TIMEOUT = 30.0  # seconds per connection, as ``composer accounts test``
SECRET_ACTIONS = {  # the "Set a secret" menu, in the order a seller needs them
    "lwa_client_secret": "New LWA client secret…",
    "refresh_token": "New refresh token…",
    "lwa_client_id": "LWA client ID…",
    "smtp_password": "SMTP password…",
}
SECRET_HINTS = {
    "lwa_client_secret": " (Developer Console: your app's new LWA credentials)",
    "refresh_token": " (from authorising the app again in Seller Central)",
}
SECURITY_TITLES = {
    SmtpSecurity.STARTTLS: "STARTTLS (port 587)",
    SmtpSecurity.SSL: "SSL/TLS (port 465)",
    SmtpSecurity.PLAIN: "None (only a server on this computer)",
}


# -- the test, off the UI thread ----------------------------------------------------------------

# The steps of an account test (composer.services.account_check), as the window titles them.
STEP_TITLES = {
    Step.SETUP: "Setup",
    Step.KEYRING: "Keyring",
    Step.SP_API: "SP-API",
    Step.LOGIN_WITH_AMAZON: "Login with Amazon",
    Step.EMAIL: "E-mail",
}


# -- boxes, returned unshown ---------------------------------------------------------------------


def remove_confirmation_box(parent: QWidget, account: Account) -> QMessageBox:
    """The question before removing an account; No is the default."""
    stored = ", ".join(SECRET_LABELS[k] for k in SECRET_NAMES if k in account.secrets)
    secrets = f" and delete its secrets from the keyring ({stored})" if stored else ""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Remove account",
        f"Remove the account “{account.name}”{secrets}? Messages already in the outbox stay "
        "there; those still waiting cannot be sent without it.",
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
        self.setWindowTitle("Add a seller account")
        self.setAccessibleName("Add a seller account")
        layout = QVBoxLayout(self)

        general = QFormLayout()
        self.name = self._line("Account name", "e.g. Shop DE")
        general.addRow("&Name:", self.name)
        self.marketplace = QComboBox(self)
        self.marketplace.setAccessibleName("Marketplace")
        for market in MARKETPLACES:
            self.marketplace.addItem(
                f"{market.code} – {market.country} (amazon.{market.domain})", market.code
            )
        self.marketplace.setCurrentIndex(self.marketplace.findData("DE"))
        general.addRow("&Marketplace:", self.marketplace)
        self.region = QLabel(self)
        self.region.setAccessibleName("Region")
        general.addRow("Region:", self.region)
        self.sandbox = QCheckBox(
            "Use Amazon's SP-API sandbox (test calls; nothing reaches a buyer)"
        )
        self.sandbox.setAccessibleName("Sandbox")
        general.addRow("", self.sandbox)
        layout.addLayout(general)

        self.keyring_note = QLabel(self)
        self.keyring_note.setAccessibleName("Keyring problem")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_note.setStyleSheet(f"color: {ERROR_COLOUR}")
        layout.addWidget(self.keyring_note)

        sp_api = QGroupBox("Selling Partner API (Login with Amazon credentials of your app)", self)
        sp_form = QFormLayout(sp_api)
        self.client_id = self._secret("LWA client ID")
        self.client_secret = self._secret("LWA client secret")
        self.refresh_token = self._secret("Refresh token")
        sp_form.addRow("LWA client &ID:", self.client_id)
        sp_form.addRow("LWA client &secret:", self.client_secret)
        sp_form.addRow("&Refresh token:", self.refresh_token)
        layout.addWidget(sp_api)

        mail = QGroupBox("E-mail to the buyer's Amazon address", self)
        mail_form = QFormLayout(mail)
        self.smtp_host = self._line("SMTP server", "smtp.example.com")
        self.smtp_port = QSpinBox(self)
        self.smtp_port.setAccessibleName("SMTP port")
        self.smtp_port.setRange(0, 65535)
        self.smtp_port.setSpecialValueText("usual port")
        self.smtp_security = QComboBox(self)
        self.smtp_security.setAccessibleName("SMTP security")
        for security, title in SECURITY_TITLES.items():
            self.smtp_security.addItem(title, security)
        self.smtp_user = self._line("SMTP user", "")
        self.smtp_password = self._secret("SMTP password")
        self.sender_address = self._line("Authorised sender", "service@your-shop.com")
        self.sender_address.setToolTip(
            "An address authorised for Buyer-Seller Messaging in Seller Central: Amazon's "
            "relay drops mail from any other"
        )
        mail_form.addRow("SMTP ser&ver:", self.smtp_host)
        mail_form.addRow("&Port:", self.smtp_port)
        mail_form.addRow("Sec&urity:", self.smtp_security)
        mail_form.addRow("&User:", self.smtp_user)
        mail_form.addRow("Pass&word:", self.smtp_password)
        mail_form.addRow("Authorised se&nder:", self.sender_address)
        layout.addWidget(mail)

        self.advanced = QGroupBox("Endpoints for testing (instead of Amazon's hosts)", self)
        self.advanced.setAccessibleName("Endpoints for testing")
        self.advanced.setCheckable(True)
        self.advanced.setChecked(False)
        advanced_form = QFormLayout(self.advanced)
        self.sp_api_endpoint = self._line("SP-API endpoint", "https://… (http only to 127.0.0.1)")
        self.lwa_endpoint = self._line("LWA endpoint", "https://…/auth/o2/token")
        advanced_form.addRow("SP-API &endpoint:", self.sp_api_endpoint)
        advanced_form.addRow("&LWA endpoint:", self.lwa_endpoint)
        layout.addWidget(self.advanced)

        self.problem = QLabel(self)
        self.problem.setAccessibleName("Form problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}")
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton("Add", QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setAccessibleName("Add account")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.marketplace.currentIndexChanged.connect(self._show_region)
        self.advanced.toggled.connect(self._show_advanced)
        self._show_region()
        self._show_advanced(False)
        self.keyring_problem: str | None = None
        self.set_keyring_problem(keyring_problem)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        return field

    def _secret(self, name: str) -> QLineEdit:
        field = self._line(name, "")
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
            f"{problem}\nThe account can still be added without secrets." if problem else ""
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
            self.problem.setText(exc.message)
            return
        secrets = self.secrets()
        problem = _secrets_problem(account, secrets)
        if problem:
            self.problem.setText(problem)
            return
        self.problem.setText("Saving…")
        self.add_button.setEnabled(False)
        book = self.hub.book
        self.hub.run(lambda: book.add(account, secrets), self, self._stored)

    def _stored(self, result: object) -> None:
        self.add_button.setEnabled(True)
        if isinstance(result, Exception):
            self.problem.setText(f"The account was not added: {plain_words(result)}")
            self.refused.emit(self.problem.text())
            return
        assert isinstance(result, Account)
        for field in self.secret_fields.values():
            field.clear()
        self.problem.clear()
        self.added.emit(result)
        self.accept()


def _secrets_problem(account: Account, secrets: Mapping[str, str]) -> str:
    given = SP_API_SECRETS & secrets.keys()
    if given and given != SP_API_SECRETS:
        missing = ", ".join(SECRET_LABELS[k] for k in SECRET_NAMES if k in SP_API_SECRETS - given)
        return f"The SP-API needs all three credentials, or none; missing: {missing}."
    if "smtp_password" in secrets and not account.smtp_user:
        return "An SMTP password was given without an SMTP user."
    if account.smtp_host is None and account.sender:
        return "An authorised sender needs the SMTP server to send from."
    return ""


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
        self.setWindowTitle("Seller accounts")
        self.keyring_problem: str | None = None
        self.results: dict[str, list[CheckStep] | str] = {}
        self.form: AccountForm | None = None

        self.keyring_label = QLabel("Checking the keyring…", self)
        self.keyring_label.setAccessibleName("Keyring")
        self.keyring_label.setWordWrap(True)
        self.keyring_label.setTextFormat(Qt.TextFormat.PlainText)

        self.list = QTreeWidget(self)
        self.list.setAccessibleName("Seller accounts")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            ["Name", "Marketplace", "Set up for", "Secrets in the keyring", "Reminder"]
        )
        self.details = QLabel(self)
        self.details.setAccessibleName("Account details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumHeight(120)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = QPushButton("&Add…", self)
        self.add_button.setAccessibleName("Add account")
        self.secret_button = QPushButton("Set a &secret", self)
        self.secret_button.setAccessibleName("Set a secret")
        self.secret_menu = QMenu(self.secret_button)
        self.secret_menu.setAccessibleName("Secrets")
        for key, title in SECRET_ACTIONS.items():
            self.secret_menu.addAction(title).setData(key)
        self.secret_button.setMenu(self.secret_menu)
        self.remove_button = QPushButton("&Remove…", self)
        self.remove_button.setAccessibleName("Remove account")
        self.test_button = QPushButton("&Test", self)
        self.test_button.setAccessibleName("Test account")
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

        self.refresh()
        book = hub.book
        hub.run(lambda: book.credentials.backend_name, self, self._keyring_answered)

    # -- the keyring -----------------------------------------------------------------------------

    def _keyring_answered(self, result: object) -> None:
        if isinstance(result, KeyringUnavailableError | CredentialsError):
            self.keyring_problem = result.message
            self.keyring_label.setText(result.message)
            self.keyring_label.setStyleSheet(f"color: {ERROR_COLOUR}")
        elif isinstance(result, Exception):
            self.keyring_problem = f"The keyring cannot be used: {plain_words(result)}"
            self.keyring_label.setText(self.keyring_problem)
            self.keyring_label.setStyleSheet(f"color: {ERROR_COLOUR}")
        else:
            self.keyring_problem = None
            self.keyring_label.setText(
                f"Secrets are kept in the system keyring ({result}), nowhere else."
            )
            self.keyring_label.setStyleSheet("")
        if self.form is not None:
            self.form.set_keyring_problem(self.keyring_problem)
        self._enable()
        self.keyring_checked.emit(self.keyring_problem)

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
                    f"Client secret due {deadline}" if notice and deadline else "",
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
                "No seller account yet. Add one to send by the SP-API or by e-mail."
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
                f"SP-API: {escape(account.sp_api_base_url)}; Login with Amazon: "
                f"{escape(account.lwa_url)}"
            )
        else:
            parts.append("SP-API: not set up (no Login with Amazon credentials).")
        if account.smtp_host:
            login = f", user {account.smtp_user}" if account.smtp_user else ", no login"
            parts.append(
                escape(
                    f"E-mail: {account.smtp_host}:{account.smtp_port_or_default} "
                    f"({SECURITY_TITLES[account.smtp_security].split(' (')[0]}{login}), from "
                    f"{account.sender or 'no sender set'}"
                )
            )
        else:
            parts.append("E-mail: not set up (no mail server).")
        notice = rotation_notice(account, self.today())
        if notice:
            parts.append(
                _coloured(
                    f"{notice.rstrip('.')}. Here: Set a secret › New LWA client secret…",
                    WARNING_COLOUR,
                )
            )
        result = self.results.get(account.name)
        if isinstance(result, str):
            parts.append(escape(result))
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
            SECRET_ACTIONS[key].rstrip("…"),
            f"The {SECRET_LABELS[key]} of “{account.name}”{SECRET_HINTS.get(key, '')}:",
            QLineEdit.EchoMode.Password,
        )
        if ok and value.strip():
            self.set_secret(account.name, key, value.strip())

    def set_secret(self, name: str, key: str, value: str) -> None:
        """Store one secret on a worker; the 180-day count restarts for the client secret."""
        book = self.hub.book
        self.details.setText(f"Saving the {escape(SECRET_LABELS.get(key, key))}…")
        self.hub.run(lambda: book.set_secret(name, key, value), self, self._secret_stored)

    def _secret_stored(self, result: object) -> None:
        if isinstance(result, Exception):
            self.details.setText(_coloured(f"Not saved: {plain_words(result)}", ERROR_COLOUR))
            return
        assert isinstance(result, Account)
        self.results.pop(result.name, None)
        deadline = client_secret_deadline(result)
        self._changed(result.name)
        if deadline is not None:
            self.details.setText(
                self.details.text() + f"<br>Saved. The next rotation is due by {deadline}."
            )

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
                _coloured(f"“{name}” was not removed: {plain_words(result)}", ERROR_COLOUR)
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
        self.results[name] = "Testing… (nothing is sent to a buyer)"
        self.test_button.setEnabled(False)
        self._show_details()
        self.hub.run(
            lambda: check_account(book, name, timeout), self, lambda r: self._tested(name, r)
        )

    def _tested(self, name: str, result: object) -> None:
        self.test_button.setEnabled(True)
        if isinstance(result, Exception):
            self.results[name] = f"The test could not run: {plain_words(result)}"
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
    mode = " · sandbox" if account.sandbox else ""
    return f"{account.marketplace} (amazon.{account.market.domain}) · {account.region}{mode}"


def _channels_text(account: Account) -> str:
    channels = [
        name for name, ok in (("SP-API", account.has_sp_api), ("e-mail", account.has_email)) if ok
    ]
    return ", ".join(channels) if channels else "nothing yet"


def _secrets_text(account: Account) -> str:
    stored = [SECRET_LABELS[k] for k in SECRET_NAMES if k in account.secrets]
    text = ", ".join(stored) if stored else "none"
    partial = account.secrets & SP_API_SECRETS
    if partial and partial != SP_API_SECRETS:
        missing = ", ".join(SECRET_LABELS[k] for k in SECRET_NAMES if k in SP_API_SECRETS - partial)
        text += f" (missing: {missing})"
    return text


def _check_line_html(line: CheckStep) -> str:
    mark, colour = {True: ("✓", OK_COLOUR), False: ("✗", ERROR_COLOUR), None: ("–", "")}[line.ok]
    head = f"{mark} {STEP_TITLES[line.step]}:"
    text = line.text[:1].upper() + line.text[1:]
    if line.store:
        labels = ", ".join(SECRET_LABELS[k] for k in line.store)
        text += f" (Set a secret: {labels})"
    return (_coloured(head, colour) if colour else escape(head)) + " " + escape(text)


def _coloured(text: str, colour: str) -> str:
    return f'<span style="color: {colour}">{escape(text)}</span>'


def _brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))
