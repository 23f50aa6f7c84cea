"""What the window's sending tests share: real servers on loopback (the fake Amazon of the
service tests and an aiosmtpd mail server), an in-memory keyring, and a sending hub on a fresh
data folder whose Sender gives each test a rate limiter of its own (the process-wide one would
carry its tokens from test to test; the rate limit has its own tests in tests/services)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer.services.accounts import Account, AccountBook, SmtpSecurity
from composer.services.credentials import Credentials
from composer.services.marketplaces import Region
from composer.services.outbox import Outbox
from composer.services.ratelimit import TokenBucket
from composer.services.sanitize import text_to_html
from composer.services.sending import Sender
from composer.services.spapi import SpApiClient
from composer.services.store import Store
from composer.ui.sending_hub import SendingHub
from tests.services.fake_amazon import FakeAmazon
from tests.services.keyring_memory import MemoryKeyring
from tests.services.smtp_server import SmtpServer

NETWORK_TIMEOUT_MS = 20_000  # a check loads the buyer language's dictionary the first time
US_ORDER = "113-4417865-2290147"
DE_ORDER = "302-4417865-2290147"
BUYER_DE = "x7k2mq9zb4lt0rv@marketplace.amazon.de"
SENDER = "service@example-shop.de"
SMTP_USER = "shop"
SMTP_PASSWORD = "made-up smtp password 7c1e"
CUSTOMIZATION_TEXT = (
    "Hello,\n\nfor the engraving on your order 113-4417865-2290147 we need the name to engrave. "
    "Please reply with the exact spelling.\n\nKind regards\nExample Shop"
)
CUSTOMIZATION_HTML = text_to_html(CUSTOMIZATION_TEXT).html
REVIEW_HTML = (
    "<p>Hello,</p><p>about your order 113-4417865-2290147: we are happy you bought it. If you "
    "like it, please leave us a 5 star review!</p>"
)
DELAY_SUBJECT = "Ihre Bestellung 302-4417865-2290147: Lieferung verzögert"
DELAY_HTML = (
    "<p>Guten Tag,</p><p>zu Ihrer Bestellung <b>302-4417865-2290147</b>: Der Versand verzögert "
    "sich wegen eines Lieferengpasses um zwei Tage. Das Paket kommt voraussichtlich am Freitag "
    "bei Ihnen an.</p><p>Mit freundlichen Grüßen<br>Ihr Team von Beispiel-Shop</p>"
)


@dataclass
class Rig:
    folder: Path
    keyring: MemoryKeyring
    fake: FakeAmazon
    smtp: SmtpServer
    hub: SendingHub

    @property
    def book(self) -> AccountBook:
        return self.hub.book

    @property
    def outbox(self) -> Outbox:
        return self.hub.outbox

    def sp_api_account(self, name: str = "Shop US") -> Account:
        seller = self.fake.seller
        return self.book.add(
            Account(
                name=name,
                region=Region.NA,
                marketplace="US",
                sp_api_endpoint=self.fake.base_url,
                lwa_endpoint=self.fake.lwa_url,
            ),
            {
                "lwa_client_id": seller.client_id,
                "lwa_client_secret": seller.client_secret,
                "refresh_token": seller.refresh_token,
            },
        )

    def mail_account(self, name: str = "Shop DE", port: int | None = None) -> Account:
        return self.book.add(
            Account(
                name=name,
                region=Region.EU,
                marketplace="DE",
                smtp_host="127.0.0.1",
                smtp_port=port or self.smtp.port,
                smtp_security=SmtpSecurity.PLAIN,
                smtp_user=SMTP_USER,
                sender=SENDER,
            ),
            {"smtp_password": SMTP_PASSWORD},
        )

    def secrets(self) -> tuple[str, ...]:
        return (*self.fake.secrets_of(), SMTP_PASSWORD)


def sender_for_tests(outbox: Outbox, book: AccountBook) -> Sender:
    """The real Sender and SP-API clients, with a rate limiter of this test's own."""
    limiter = TokenBucket(20, 20)
    return Sender(
        outbox,
        book,
        smtp_timeout=5,
        spapi_client=lambda account: SpApiClient.for_account(account, book, limiter, timeout=3.0),
    )


@contextmanager
def running_rig(folder: Path) -> Iterator[Rig]:
    """The servers and a hub on ``folder``; on leaving, the hub is shut down (every job
    ended) and the fake Amazon must have seen no request that breaks Amazon's models."""
    keyring = MemoryKeyring()
    with (
        FakeAmazon(rate=20, burst=20) as fake,
        SmtpServer(users={SMTP_USER: SMTP_PASSWORD}) as smtp,
    ):
        Store(folder / "composer.sqlite3").close()  # the drafts' database, as the window has it
        hub = SendingHub(
            folder / "composer.sqlite3",
            folder / "accounts.json",
            credentials=Credentials(keyring),
            make_sender=sender_for_tests,
        )
        try:
            yield Rig(folder, keyring, fake, smtp, hub)
        finally:
            assert hub.shutdown(20_000)
        assert fake.violations == []


def texts(root: QWidget) -> str:
    """Every text a person can read in ``root`` (labels, fields, lists, trees), joined."""
    found: list[str] = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())  # a password field's too: no secret may be in one
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                found += [item.text(c) for c in range(item.columnCount())]
                found += [item.toolTip(c) for c in range(item.columnCount())]
        found.append(widget.toolTip())
        found.append(widget.accessibleName())
    return "\n".join(found)


def named(root: QWidget, name: str) -> QWidget:
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def wait_idle(qtbot: QtBot, hub: SendingHub) -> None:
    """Until every job of the hub has ended and its result reached the UI thread."""
    qtbot.waitUntil(lambda: not hub.busy, timeout=NETWORK_TIMEOUT_MS)
