"""Seller accounts in the window: add one through the form (secrets to the keyring only),
read what each is set up for, store a rotated client secret, remove one after a question, test
the credentials against real servers on loopback, and a plain refusal when there is no keyring."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from composer.services.account_check import CheckStep, Step
from composer.services.accounts import Account, AccountBook
from composer.services.credentials import Credentials
from composer.services.marketplaces import Region
from composer.ui.accounts_dialog import (
    AccountForm,
    AccountsDialog,
    remove_confirmation_box,
)
from composer.ui.sending_hub import SendingHub
from tests.ui.sending_rig import (
    NETWORK_TIMEOUT_MS,
    SENDER,
    SMTP_PASSWORD,
    SMTP_USER,
    Rig,
    named,
    running_rig,
    texts,
)


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as running:
        yield running


def accounts_dialog(qtbot: QtBot, hub: SendingHub, **kwargs: object) -> AccountsDialog:
    shown = AccountsDialog(hub, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(shown)
    with qtbot.waitSignal(shown.keyring_checked, timeout=NETWORK_TIMEOUT_MS):
        shown.show()
    return shown


def fill_form(form: AccountForm, rig: Rig) -> None:
    seller = rig.fake.seller
    form.name.setText("Shop US")
    form.marketplace.setCurrentIndex(form.marketplace.findData("US"))
    form.client_id.setText(seller.client_id)
    form.client_secret.setText(seller.client_secret)
    form.refresh_token.setText(seller.refresh_token)
    form.smtp_host.setText("127.0.0.1")
    form.smtp_port.setValue(rig.smtp.port)
    form.smtp_security.setCurrentIndex(2)  # none: this machine only
    form.smtp_user.setText(SMTP_USER)
    form.smtp_password.setText(SMTP_PASSWORD)
    form.sender_address.setText(SENDER)
    form.advanced.setChecked(True)
    form.sp_api_endpoint.setText(rig.fake.base_url)
    form.lwa_endpoint.setText(rig.fake.lwa_url)


def add(qtbot: QtBot, form: AccountForm) -> Account:
    with qtbot.waitSignal(form.added, timeout=NETWORK_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    account = blocker.args[0]
    assert isinstance(account, Account)
    return account


def test_an_account_is_added_through_the_form_with_its_secrets_in_the_keyring_only(
    qtbot: QtBot, rig: Rig
) -> None:
    shown = accounts_dialog(qtbot, rig.hub)
    assert "Memory keyring (tests)" in shown.keyring_label.text()
    form = shown.open_add_form()
    for field in (form.client_id, form.client_secret, form.refresh_token, form.smtp_password):
        assert field.echoMode() is QLineEdit.EchoMode.Password
    assert form.region.text() == "EU"  # DE first
    fill_form(form, rig)
    assert form.region.text() == "NA"  # the region follows the marketplace
    with qtbot.waitSignal(shown.accounts_changed, timeout=NETWORK_TIMEOUT_MS):
        account = add(qtbot, form)
    assert account.has_sp_api
    assert account.has_email
    assert all(not f.text() for f in form.secret_fields.values())  # cleared once stored
    [item] = [shown.list.topLevelItem(i) for i in range(shown.list.topLevelItemCount())]
    assert item is not None
    assert item.text(0) == "Shop US"
    assert item.text(1) == "US (amazon.com) · NA"
    assert item.text(2) == "SP-API, e-mail"
    assert item.text(3) == "LWA client id, LWA client secret, refresh token, SMTP password"
    assert item.text(4) == ""  # the client secret is fresh
    assert rig.book.secret("Shop US", "refresh_token") == rig.fake.seller.refresh_token
    written = (rig.folder / "accounts.json").read_text(encoding="utf-8")
    assert json.loads(written)["accounts"][0]["secrets"] == [
        "lwa_client_id",
        "lwa_client_secret",
        "refresh_token",
        "smtp_password",
    ]
    seen = texts(shown)
    for secret in rig.secrets():
        assert secret not in written
        assert secret not in seen


def test_the_form_says_what_is_wrong_and_keeps_what_was_typed(qtbot: QtBot, rig: Rig) -> None:
    shown = accounts_dialog(qtbot, rig.hub)
    form = shown.open_add_form()
    fill_form(form, rig)
    form.sp_api_endpoint.setText("http://sellingpartnerapi.example.com")
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    problem = named(form, "Form problem").text()  # type: ignore[attr-defined]
    assert "plain http to another machine" in problem
    assert form.isVisible()
    assert form.client_secret.text() == rig.fake.seller.client_secret  # nothing lost
    form.sp_api_endpoint.setText(rig.fake.base_url)
    form.refresh_token.clear()
    qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert "missing: refresh token" in form.problem.text()
    assert rig.book.accounts() == ()
    assert rig.keyring.entries == {}


def test_a_taken_name_is_refused_by_the_worker_and_the_form_stays(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account("Shop US")
    shown = accounts_dialog(qtbot, rig.hub)
    form = shown.open_add_form()
    fill_form(form, rig)
    with qtbot.waitSignal(form.refused, timeout=NETWORK_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(form.add_button, Qt.MouseButton.LeftButton)
    assert "exists already" in blocker.args[0]
    assert form.add_button.isEnabled()
    assert form.isVisible()


def test_without_a_keyring_the_dialog_says_so_and_offers_no_other_place(
    qtbot: QtBot, rig: Rig
) -> None:
    hub = SendingHub(
        rig.folder / "composer.sqlite3",
        rig.folder / "elsewhere.json",
        credentials=Credentials(fail.Keyring()),
    )
    try:
        shown = accounts_dialog(qtbot, hub)
        label = shown.keyring_label.text()
        assert label.startswith("Composer cannot store secrets:")
        assert "refuses to store them anywhere else" in label
        form = shown.open_add_form()
        assert all(not f.isEnabled() for f in form.secret_fields.values())
        assert "refuses to store them anywhere else" in form.keyring_note.text()
        # An account without secrets (e-mail through a local relay) can still be added.
        form.name.setText("Relay")
        form.smtp_host.setText("127.0.0.1")
        form.smtp_security.setCurrentIndex(2)
        form.sender_address.setText(SENDER)
        account = add(qtbot, form)
        assert account.secrets == frozenset()
        assert not shown.secret_button.isEnabled()
    finally:
        assert hub.shutdown()


def test_the_test_exchanges_the_token_and_logs_in_to_the_mail_server(
    qtbot: QtBot, rig: Rig
) -> None:
    rig.sp_api_account("Shop US")
    shown = accounts_dialog(qtbot, rig.hub)
    form = shown.open_add_form()
    fill_form(form, rig)
    form.name.setText("Both")
    add(qtbot, form)
    shown.select("Both")
    with qtbot.waitSignal(shown.tested, timeout=NETWORK_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(shown.test_button, Qt.MouseButton.LeftButton)
    name, lines = blocker.args
    assert name == "Both"
    assert [(line.step, line.ok) for line in lines] == [
        (Step.KEYRING, True),
        (Step.LOGIN_WITH_AMAZON, True),
        (Step.EMAIL, True),
    ]
    assert rig.smtp.logins == [(SMTP_USER, True)]
    details = shown.details.text()
    assert "✓ Login with Amazon:" in details
    assert "accepted the login of shop" in details
    assert not [r for r in rig.fake.requests if r.api == "messaging"]  # nothing to a buyer


def test_a_revoked_authorisation_fails_the_test_in_amazons_words(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account("Shop US")
    rig.fake.revoke()
    shown = accounts_dialog(qtbot, rig.hub)
    with qtbot.waitSignal(shown.tested, timeout=NETWORK_TIMEOUT_MS) as blocker:
        shown.test_account("Shop US")
    lines: list[CheckStep] = blocker.args[1]
    [lwa] = [line for line in lines if line.step is Step.LOGIN_WITH_AMAZON]
    assert lwa.ok is False
    assert "invalid_grant" in lwa.text or "refresh token" in lwa.text
    assert "✗ Login with Amazon:" in shown.details.text()
    for secret in rig.secrets():
        assert secret not in shown.details.text()


def test_a_rotated_client_secret_restarts_the_180_days(qtbot: QtBot, rig: Rig) -> None:
    old = AccountBook(
        rig.folder / "accounts.json",
        rig.book.credentials,
        today=lambda: date.today() - timedelta(days=175),
    )
    seller = rig.fake.seller
    old.add(
        Account(name="Shop US", region=Region.NA, marketplace="US"),
        {
            "lwa_client_id": seller.client_id,
            "lwa_client_secret": "the secret of last spring",
            "refresh_token": seller.refresh_token,
        },
    )
    shown = accounts_dialog(qtbot, rig.hub)
    item = shown.list.topLevelItem(0)
    assert item is not None
    due = date.today() + timedelta(days=5)
    assert item.text(4) == f"Client secret due {due}"
    assert "must be rotated by" in shown.details.text()
    assert shown.secret_button.isEnabled()
    with qtbot.waitSignal(shown.accounts_changed, timeout=NETWORK_TIMEOUT_MS):
        shown.set_secret("Shop US", "lwa_client_secret", seller.client_secret)
    item = shown.list.topLevelItem(0)
    assert item is not None
    assert item.text(4) == ""
    assert rig.book.get("Shop US").client_secret_saved_on == date.today()
    assert rig.book.secret("Shop US", "lwa_client_secret") == seller.client_secret
    assert f"due by {date.today() + timedelta(days=180)}" in shown.details.text()
    assert seller.client_secret not in texts(shown)


def test_an_account_is_removed_after_a_question_with_its_secrets(qtbot: QtBot, rig: Rig) -> None:
    account = rig.sp_api_account("Shop US")
    shown = accounts_dialog(qtbot, rig.hub)
    box = remove_confirmation_box(shown, account)
    assert "Remove the account “Shop US”" in box.text()
    assert "delete its secrets from the keyring" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with qtbot.waitSignal(shown.accounts_changed, timeout=NETWORK_TIMEOUT_MS):
        shown.remove_account("Shop US")
    assert shown.list.topLevelItemCount() == 0
    assert rig.book.accounts() == ()
    assert rig.keyring.entries == {}
    assert "No seller account yet" in shown.details.text()
    assert not shown.remove_button.isEnabled()
