"""Render screenshots of the window into docs/screenshots/ (offscreen, or under Xvfb).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py

Each picture is the real window on a scratch data folder: an empty draft, a message with
several findings with one card's explanation open, the channel preview of that message (SP-API
and e-mail), and sending: the seller accounts, the send dialog after Amazon was asked (a
warning to confirm), and the outbox with a message of each outcome. Last, the message with
findings once in each interface language (window-<language>.png), from catalogues compiled from
translations/ as a build compiles them.

Sending runs against the test suite's loopback servers (the fake Amazon and an aiosmtpd mail
server, tests/services/) with an in-memory keyring: no real account, secret or buyer is
involved. It needs the test dependencies (pip install -e .[test]).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the test suite's servers

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from composer import i18n  # noqa: E402
from composer.policy import Channel  # noqa: E402
from composer.services.accounts import Account, AccountBook, SmtpSecurity  # noqa: E402
from composer.services.credentials import Credentials  # noqa: E402
from composer.services.marketplaces import Region  # noqa: E402
from composer.services.outbox import Outbox  # noqa: E402
from composer.services.ratelimit import TokenBucket  # noqa: E402
from composer.services.sending import Sender, SendRequest  # noqa: E402
from composer.services.spapi import SpApiClient  # noqa: E402
from composer.services.store import Store  # noqa: E402
from composer.spelling import UserDictionary  # noqa: E402
from composer.ui.language import LanguageService  # noqa: E402
from composer.ui.main_window import MainWindow  # noqa: E402
from composer.ui.sending_hub import SendingHub  # noqa: E402
from tests.services.fake_amazon import DROP_AFTER_DELIVERY, NOT_ALLOWED, FakeAmazon  # noqa: E402
from tests.services.keyring_memory import MemoryKeyring  # noqa: E402
from tests.services.smtp_server import SmtpServer, free_port  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)
FINDINGS_SUBJECT = "Your engraving \U0001f381 – order 302-4417865-2290147"
FINDINGS_BODY = (
    "<p>Hello {buyer_name},</p>"
    "<p>Thank you for your order 302-4417865-2290147 of the engraved oak chopping board. "
    "Before we engrave it, could you confirm the text? You wrote "
    "<b>“The Hendersons – Est 2019”</b>; should the dash stay?</p>"
    "<p>If anything is unclear, call us on +44 20 7946 0018 or write to help@example.co.uk. "
    "We recieved your photo \U0001f60a</p>"
    "<p>Kind regards,<br>Marlow Mill Woodcraft</p>"
)


US_ORDER = "113-4417865-2290147"
ENGRAVING_BODY = (
    "<p>Hello,</p>"
    "<p>thank you for your order 113-4417865-2290147 of the engraved walnut board. Before we "
    "engrave it, please tell us the exact spelling of the name: you wrote "
    "<b>“Hendersen”</b>, and we want to be sure.</p>"
    "<p>We will start the engraving as soon as we recieve your answer.</p>"
    "<p>Kind regards,<br>Marlow Mill Woodcraft</p>"
)
DE_ORDER = "302-4417865-2290147"
DE_BODY = (
    "<p>Guten Tag,</p><p>zu Ihrer Bestellung 302-4417865-2290147: Der Versand verzögert sich "
    "um zwei Tage. Das Paket kommt voraussichtlich am Freitag bei Ihnen an.</p>"
    "<p>Mit freundlichen Grüßen<br>Marlow Mill Woodcraft</p>"
)


def sending_hub(data: Path, fake: FakeAmazon, smtp: SmtpServer) -> SendingHub:
    """A hub with an in-memory keyring and three accounts: SP-API (US, against the fake
    Amazon), e-mail (DE, a local mail server) and one whose client secret is due (UK)."""
    limiter = TokenBucket(20, 20)

    def make_sender(outbox: Outbox, book: AccountBook) -> Sender:
        return Sender(
            outbox,
            book,
            smtp_timeout=5,
            spapi_client=lambda a: SpApiClient.for_account(a, book, limiter, timeout=5),
        )

    credentials = Credentials(MemoryKeyring())
    hub = SendingHub(
        data / "composer.sqlite3",
        data / "accounts.json",
        credentials=credentials,
        make_sender=make_sender,
    )
    seller = fake.seller
    lwa = {
        "lwa_client_id": seller.client_id,
        "lwa_client_secret": seller.client_secret,
        "refresh_token": seller.refresh_token,
    }
    book = hub.book
    book.add(
        Account(
            name="Marlow Mill US",
            region=Region.NA,
            marketplace="US",
            sp_api_endpoint=fake.base_url,
            lwa_endpoint=fake.lwa_url,
        ),
        lwa,
    )
    book.add(
        Account(
            name="Marlow Mill DE",
            region=Region.EU,
            marketplace="DE",
            smtp_host="127.0.0.1",
            smtp_port=smtp.port,
            smtp_security=SmtpSecurity.PLAIN,
            sender="service@marlow-mill.example",
        ),
        {},
    )
    from datetime import date, timedelta  # noqa: PLC0415

    AccountBook(book.path, credentials, today=lambda: date.today() - timedelta(days=166)).add(
        Account(name="Marlow Mill UK", region=Region.EU, marketplace="UK", sandbox=True), lwa
    )
    return hub


def fill_outbox(hub: SendingHub, fake: FakeAmazon, data: Path) -> None:
    """A message of each outcome besides the one the send dialog sent."""
    sender = hub.dispatcher
    text = "<p>Hello,</p><p>about your order {order}: which colour would you like?</p>"

    def sp_api(order: str) -> None:
        request = SendRequest(
            account="Marlow Mill US",
            order_id=order,
            channel=Channel.SP_API,
            html=text.format(order=order),
            message_type="confirmOrderDetails",
        )
        sender.submit(sender.prepare(request), confirm_warnings=True)

    fake.script(NOT_ALLOWED, order_id="113-0000001-0000001")
    sp_api("113-0000001-0000001")
    fake.script(DROP_AFTER_DELIVERY, order_id="113-0000002-0000002")
    sp_api("113-0000002-0000002")
    book = hub.book
    mail = book.get("Marlow Mill DE")
    for name, port in (("Marlow Mill DE", mail.smtp_port), ("Marlow Mill DE 2", free_port())):
        if name != mail.name:
            book.add(Account(**{**_fields(mail), "name": name, "smtp_port": port}), {})
        request = SendRequest(
            account=name,
            order_id=DE_ORDER,
            channel=Channel.EMAIL,
            html=DE_BODY,
            subject=f"Ihre Bestellung {DE_ORDER}: Lieferung verzögert",
            to="x7k2mq9zb4lt0rv@marketplace.amazon.de",
            buyer_language="de-DE",
        )
        sender.submit(sender.prepare(request), confirm_warnings=True)
    sender.close()
    hub.refresh()
    del data


def _fields(account: Account) -> dict[str, object]:
    from dataclasses import asdict  # noqa: PLC0415

    fields = asdict(account)
    fields.pop("secrets")
    fields.pop("client_secret_saved_on")
    return fields


def wait_for(signal: object, action: object) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(0, action)  # type: ignore[call-overload]
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    settle()


def save(widget: QWidget, name: str) -> None:
    widget.grab().save(str(OUT / name))


def wait_for_check(window: MainWindow) -> None:
    loop = QEventLoop()
    window.check_shown.connect(loop.quit)
    window.request_check()
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    settle()


def compile_catalogues(folder: Path) -> Path:
    """translations/*.ts compiled into ``folder``, as ``pip install`` compiles them."""
    from build_hooks.ts2qm import compile_file  # noqa: PLC0415

    for ts in sorted((ROOT / "translations").glob("composer_*.ts")):
        compile_file(ts, folder / (ts.stem + ".qm"))
    return folder


def settle() -> None:
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)  # queued shows and layouts
    loop.exec()


def main() -> int:
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as folder,
        FakeAmazon(rate=20, burst=20) as fake,
        SmtpServer() as smtp,
    ):
        data = Path(folder)
        store = Store(data / "composer.sqlite3")
        hub = sending_hub(data, fake, smtp)
        window = MainWindow(
            store,
            UserDictionary(data / "dictionary.txt"),
            QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat),
            sending=hub,
        )
        window.resize(*SIZE)
        window.splitter.setSizes([SIZE[0] * 3 // 5, SIZE[0] * 2 // 5])
        window.show()
        wait_for_check(window)
        window.grab().save(str(OUT / "window-empty.png"))

        window.subject.setText(FINDINGS_SUBJECT)
        window.editor.set_body_html(FINDINGS_BODY)
        window.order.order_id.setText("302-4417865-2290147")
        window.order.marketplace.setCurrentText("amazon.co.uk")
        wait_for_check(window)
        window.panel.cards[0].why_button.setChecked(True)
        settle()
        window.grab().save(str(OUT / "window-findings.png"))

        window.order.channel.setCurrentIndex(window.order.channel.findData(Channel.SP_API))
        types = window.order.message_type
        types.setCurrentIndex(types.findData("confirmCustomizationDetails"))
        wait_for_check(window)
        window.act_preview.trigger()
        settle()
        assert window.preview is not None
        window.preview.resize(720, 560)
        settle()
        window.preview.grab().save(str(OUT / "channel-preview-sp-api.png"))
        window.preview.tabs.setCurrentIndex(0)
        settle()
        window.preview.grab().save(str(OUT / "channel-preview-email.png"))
        window.preview.close()

        accounts = window.open_accounts()
        accounts.resize(900, 420)
        accounts.select("Marlow Mill UK")
        settle()
        save(accounts, "accounts.png")
        accounts.reject()

        window.subject.clear()
        window.editor.set_body_html(ENGRAVING_BODY)
        window.order.order_id.setText(US_ORDER)
        window.order.marketplace.setCurrentText("amazon.com")
        window.order.buyer_language.setCurrentText("en-US")
        wait_for_check(window)
        fake.set_actions(US_ORDER, ["confirmCustomizationDetails", "confirmOrderDetails"])
        send = window.open_send_dialog()
        send.resize(760, 820)
        wait_for(send.prepared_shown, send.check)
        save(send, "send-dialog-warning.png")
        for box in send.warning_boxes:
            box.setChecked(True)
        wait_for(send.send_finished, send.send)
        save(send, "send-dialog-sent.png")
        send.reject()

        fill_outbox(hub, fake, data)
        outbox = window.show_outbox()
        outbox.resize(1100, 720)
        uncertain = [e.id for e in hub.outbox.entries() if e.state == "uncertain"]
        outbox.select(uncertain[0])
        settle()
        save(outbox, "outbox.png")
        outbox.close()

        window.subject.setText(FINDINGS_SUBJECT)
        window.editor.set_body_html(FINDINGS_BODY)
        window.order.order_id.setText("302-4417865-2290147")
        window.order.marketplace.setCurrentText("amazon.co.uk")
        window.order.channel.setCurrentIndex(window.order.channel.findData(Channel.EMAIL))
        window.order.message_type.setCurrentIndex(0)
        with tempfile.TemporaryDirectory() as compiled:
            catalogues = compile_catalogues(Path(compiled))
            language = LanguageService(window.settings, catalogues=catalogues, parent=window)
            for code in i18n.languages():
                language.apply(code)
                wait_for_check(window)  # the findings' messages follow the language
                window.grab().save(str(OUT / f"window-{code}.png"))
            language.apply(i18n.SOURCE_LANGUAGE)
        window.close()
        store.close()
    del app
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
