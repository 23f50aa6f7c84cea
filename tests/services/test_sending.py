"""Sending as the window and the command line use it: the gate that checks exactly what will be
sent and refuses what Amazon would, the confirmation of warnings kept in the outbox, and the
dispatcher that moves each message by how its delivery ended.

The dispatcher's state machine is driven here through a transport double of our own transport
interface (a script of outcomes); everything else runs against real servers on loopback: the
fake Amazon (``tests/services/fake_amazon.py``) and an aiosmtpd SMTP server."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from composer.policy import Channel
from composer.services.accounts import Account, AccountBook, SmtpSecurity
from composer.services.credentials import Credentials
from composer.services.delivery import (
    DeliveryUnknownError,
    Receipt,
    RefusedError,
    ThrottledError,
    UnreachableError,
)
from composer.services.export import to_plain_text
from composer.services.marketplaces import Region
from composer.services.outbox import (
    Actor,
    Entry,
    Outbox,
    OutboxError,
    OutboxProblem,
    OutgoingAttachment,
    OutgoingMessage,
    State,
)
from composer.services.ratelimit import TokenBucket
from composer.services.sanitize import text_to_html
from composer.services.sending import (
    SOLICITATION,
    BlockedError,
    ConfirmationNeededError,
    Sender,
    SendRequest,
    SetupError,
)
from composer.services.spapi import SpApiClient
from tests.services.fake_amazon import (
    DROP_AFTER_DELIVERY,
    NOT_ALLOWED,
    SERVER_ERROR,
    FakeAmazon,
    Outcome,
    slow,
)
from tests.services.keyring_memory import MemoryKeyring
from tests.services.smtp_server import DROP, SmtpServer

ORDER = "302-4417865-2290147"
TODAY = date(2026, 11, 16)
BUYER = "x7k2mq9zb4lt0rv@marketplace.amazon.de"
SENDER = "service@example-shop.de"
# A delay notice as a seller writes it in the editor (German buyer, amazon.de).
DELAY_HTML = (
    "<p>Guten Tag,</p><p>zu Ihrer Bestellung <b>302-4417865-2290147</b>: Der Versand verzögert "
    "sich wegen eines Lieferengpasses um zwei Tage. Das Paket kommt voraussichtlich am Freitag "
    "bei Ihnen an.</p><p>Mit freundlichen Grüßen<br>Ihr Team von Beispiel-Shop</p>"
)
DELAY_SUBJECT = "Ihre Bestellung 302-4417865-2290147: Lieferung verzögert"
REVIEW_HTML = (
    "<p>Hello,</p><p>about your order 302-4417865-2290147: we are happy you bought it. If you "
    "like it, please leave us a 5 star review!</p>"
)


class Clock:
    """The dispatcher's clock: real UTC time, moved forward by the test when it must be."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += timedelta(seconds=seconds)


Scripted = Receipt | Exception | Callable[[Entry], Receipt]


@dataclass
class ScriptedTransport:
    """A transport double: answers each delivery with the next scripted outcome (a Receipt,
    an exception to raise, or a function of the entry), and records what it was given."""

    script: list[Scripted] = field(default_factory=list)
    delivered: list[Entry] = field(default_factory=list)
    files: list[tuple[str, ...]] = field(default_factory=list)
    default: Scripted | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def deliver(self, entry: Entry, attachments: Sequence[OutgoingAttachment]) -> Receipt:
        with self.lock:
            self.delivered.append(entry)
            self.files.append(tuple(a.name for a in attachments))
            outcome = self.script.pop(0) if self.script else self.default
        if outcome is None:
            outcome = Receipt(reference=f"req-{entry.id}", reply="201 Created")
        if isinstance(outcome, Exception):
            raise outcome
        if callable(outcome):
            return outcome(entry)
        return outcome


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "composer.sqlite3"


@pytest.fixture
def outbox(db: Path) -> Iterator[Outbox]:
    with Outbox(db) as opened:
        yield opened


@pytest.fixture
def book(tmp_path: Path) -> AccountBook:
    return AccountBook(tmp_path / "config" / "accounts.json", Credentials(MemoryKeyring()))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def transport() -> ScriptedTransport:
    return ScriptedTransport()


@pytest.fixture
def sender(outbox: Outbox, book: AccountBook, transport: ScriptedTransport, clock: Clock) -> Sender:
    return Sender(outbox, book, transport_for=lambda _: transport, clock=clock)


def queued_message(outbox: Outbox, order: str = ORDER, account: str = "Shop DE") -> int:
    return outbox.add(
        OutgoingMessage(
            account=account,
            order_id=order,
            marketplace="DE",
            channel=Channel.SP_API,
            message_type="confirmOrderDetails",
            subject="",
            text=f"Zu Ihrer Bestellung {order}: welche Farbe?",
        )
    ).id


def committed(db: Path, entry_id: int) -> str:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT state FROM outbox WHERE id = ?", (entry_id,)).fetchone()
    finally:
        conn.close()
    return str(row[0])


# -- the dispatcher's state machine ----------------------------------------------------------


def test_a_receipt_makes_it_sent_and_the_send_was_committed_before_the_network(
    sender: Sender, outbox: Outbox, transport: ScriptedTransport, db: Path
) -> None:
    entry_id = queued_message(outbox)
    seen: list[str] = []

    def network(entry: Entry) -> Receipt:
        seen.append(committed(db, entry.id))  # what a crash at this moment would leave
        return Receipt("amzn-req-1", "201 Created {}")

    transport.script.append(network)
    done = sender.deliver(entry_id)
    assert seen == ["sending"]
    assert done.state is State.SENT
    assert (done.reply_reference, done.reply_message) == ("amzn-req-1", "201 Created {}")
    assert committed(db, entry_id) == "sent"


def test_a_refusal_fails_with_the_receivers_code_and_message(
    sender: Sender, outbox: Outbox, transport: ScriptedTransport
) -> None:
    transport.script.append(
        RefusedError(
            "Amazon refused: Invalid amazonOrderId and template combination.",
            code="Unauthorized",
            reference="amzn-req-403",
        )
    )
    done = sender.deliver(queued_message(outbox))
    assert done.state is State.FAILED
    assert done.reply_code == "Unauthorized"
    assert done.reply_reference == "amzn-req-403"
    assert "template combination" in done.state_reason


def test_a_throttled_message_waits_then_goes_out_by_itself(
    sender: Sender, outbox: Outbox, transport: ScriptedTransport, clock: Clock
) -> None:
    transport.script.append(ThrottledError("429 QuotaExceeded", wait=12.0, code="QuotaExceeded"))
    entry_id = queued_message(outbox)
    waiting = sender.deliver(entry_id)
    assert waiting.state is State.QUEUED
    assert waiting.not_before is not None
    assert waiting.not_before >= clock() + timedelta(seconds=11)
    assert waiting.reply_code == "QuotaExceeded"
    assert sender.run_pending() == []  # not yet
    assert len(transport.delivered) == 1
    clock.advance(13)
    [done] = sender.run_pending()
    assert done.state is State.SENT
    assert done.attempts == 2
    assert [e.action for e in done.events] == ["queued", "sending", "deferred", "sending", "sent"]


def test_offline_sends_wait_in_order_and_go_out_when_the_network_is_back(
    sender: Sender, outbox: Outbox, transport: ScriptedTransport
) -> None:
    transport.default = UnreachableError("No connection to Amazon; nothing was sent.")
    ids = [queued_message(outbox, order=f"302-0000000-{n:07d}") for n in range(4)]
    first = sender.deliver(ids[0])
    assert first.state is State.QUEUED
    assert "goes out when the connection is back" in first.state_reason
    # Still offline: one try, and the rest of the account's queue waits for the next run.
    assert [e.state for e in sender.run_pending()] == [State.QUEUED]
    assert len(transport.delivered) == 2
    transport.default = None  # the network is back
    done = sender.run_pending()
    assert [e.id for e in done] == ids  # oldest first
    assert {e.state for e in done} == {State.SENT}
    assert [e.id for e in transport.delivered[2:]] == ids


def test_an_uncertain_message_is_never_sent_again_by_composer(
    sender: Sender, outbox: Outbox, transport: ScriptedTransport
) -> None:
    transport.script.append(
        DeliveryUnknownError("No answer within 30 s after the message was sent.", code="timeout")
    )
    entry_id = queued_message(outbox)
    assert sender.deliver(entry_id).state is State.UNCERTAIN
    for _ in range(3):
        assert sender.run_pending() == []
    with pytest.raises(OutboxError):
        sender.deliver(entry_id)
    assert len(transport.delivered) == 1
    # Only the user, having checked, sends it again.
    with pytest.raises(OutboxError) as caught:
        sender.retry(entry_id)
    assert caught.value.kind is OutboxProblem.NEEDS_CHECK
    sender.retry(entry_id, i_checked=True)
    [done] = sender.run_pending()
    assert done.state is State.SENT
    assert [(e.action, e.actor) for e in done.events][-3:] == [
        ("retry", Actor.USER),
        ("sending", Actor.COMPOSER),
        ("sent", Actor.COMPOSER),
    ]


def test_a_failed_message_stays_failed_until_the_user_retries(
    sender: Sender, outbox: Outbox, transport: ScriptedTransport
) -> None:
    transport.script.append(RefusedError("Invalid Input", code="InvalidInput"))
    entry_id = queued_message(outbox)
    assert sender.deliver(entry_id).state is State.FAILED
    assert sender.run_pending() == []
    sender.retry(entry_id)
    assert [e.state for e in sender.run_pending()] == [State.SENT]


def test_a_fault_of_ours_mid_send_leaves_it_uncertain_and_is_raised(
    sender: Sender, outbox: Outbox, transport: ScriptedTransport
) -> None:
    transport.script.append(KeyError("a bug"))
    entry_id = queued_message(outbox)
    with pytest.raises(KeyError):
        sender.deliver(entry_id)
    entry = outbox.entry(entry_id)
    assert entry.state is State.UNCERTAIN
    assert entry.reply_code == "internal"


def test_a_wait_for_one_order_holds_back_its_later_messages_only(
    sender: Sender, outbox: Outbox, transport: ScriptedTransport, clock: Clock
) -> None:
    first = queued_message(outbox, order="302-1111111-1111111")
    transport.script.append(ThrottledError("429", wait=30.0))
    sender.deliver(first)
    later_same_order = queued_message(outbox, order="302-1111111-1111111")
    other_order = queued_message(outbox, order="302-2222222-2222222")
    assert [e.id for e in sender.run_pending()] == [other_order]
    assert outbox.entry(later_same_order).state is State.QUEUED
    clock.advance(31)
    assert [e.id for e in sender.run_pending()] == [first, later_same_order]


def test_workers_and_the_window_at_once_send_each_message_exactly_once(
    sender: Sender, outbox: Outbox, transport: ScriptedTransport
) -> None:
    ids = [queued_message(outbox, order=f"302-0000000-{n:07d}") for n in range(60)]
    errors: list[BaseException] = []
    listed: list[int] = []

    def worker() -> None:
        try:
            for _ in range(5):
                sender.run_pending()
        except BaseException as exc:
            errors.append(exc)

    def window() -> None:  # the UI thread reading the outbox while the workers send
        try:
            for _ in range(50):
                listed.append(len(outbox.entries()))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    threads.append(threading.Thread(target=window))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # A second Sender on the same outbox (the command line beside the window) as well.
    Sender(outbox, sender.book, transport_for=lambda _: transport).run_pending()
    assert errors == []
    assert sorted(e.id for e in transport.delivered) == ids
    assert {e.state for e in outbox.entries()} == {State.SENT}
    assert set(listed) == {60}


# -- the gate and the e-mail route, against a real SMTP server -------------------------------


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


@pytest.fixture
def mail_account(book: AccountBook, smtp: SmtpServer) -> Account:
    return book.add(
        Account(
            name="Shop DE",
            region=Region.EU,
            marketplace="DE",
            smtp_host="127.0.0.1",
            smtp_port=smtp.port,
            smtp_security=SmtpSecurity.PLAIN,
            sender=SENDER,
        ),
        {},
    )


@pytest.fixture
def mailer(outbox: Outbox, book: AccountBook, clock: Clock, mail_account: Account) -> Sender:
    assert mail_account.has_email
    return Sender(outbox, book, clock=clock, today=lambda: TODAY, smtp_timeout=5)


def email_request(**changes: object) -> SendRequest:
    fields: dict[str, object] = {
        "account": "Shop DE",
        "order_id": ORDER,
        "channel": Channel.EMAIL,
        "html": DELAY_HTML,
        "subject": DELAY_SUBJECT,
        "to": BUYER,
        "buyer_language": "de-DE",
        "delivery_date": date(2026, 11, 13),
    }
    fields.update(changes)
    return SendRequest(**fields)  # type: ignore[arg-type]


def test_an_email_goes_out_as_checked_and_the_log_has_exactly_what_was_sent(
    mailer: Sender, smtp: SmtpServer
) -> None:
    prepared = mailer.prepare(email_request())
    assert prepared.sendable
    assert prepared.warnings == ()
    assert prepared.report is not None
    assert prepared.html.startswith("<!DOCTYPE html>")
    done = mailer.submit(prepared)
    assert done.state is State.SENT
    [received] = smtp.received
    assert received.recipients == [BUYER]
    assert received.sender == SENDER
    mail = received.message
    assert mail["Subject"] == DELAY_SUBJECT  # no "[Important]" added
    assert mail["Message-ID"] == done.reply_reference
    text_part = mail.get_body(preferencelist=("plain",))
    html_part = mail.get_body(preferencelist=("html",))
    assert text_part is not None
    assert html_part is not None
    assert text_part.get_content().replace("\r\n", "\n").rstrip("\n") == done.text
    assert html_part.get_content().replace("\r\n", "\n") == done.html
    assert done.text == to_plain_text(DELAY_HTML)
    assert (done.recipient, done.sender, done.category) == (BUYER, SENDER, "proactive")


def test_an_email_with_an_error_cannot_be_sent_and_names_why(
    mailer: Sender, smtp: SmtpServer, outbox: Outbox
) -> None:
    prepared = mailer.prepare(
        email_request(html=REVIEW_HTML, subject="Your order", buyer_language="en-US")
    )
    assert not prepared.sendable
    ids = {p.id for p in prepared.blockers}
    assert {"review-manipulation", "send.forbidden"} <= ids
    with pytest.raises(BlockedError) as caught:
        mailer.submit(prepared, confirm_warnings=True)
    assert "review" in caught.value.message.lower()
    assert outbox.entries() == []
    assert smtp.received == []


def test_warnings_need_a_confirmation_which_is_recorded(
    mailer: Sender, smtp: SmtpServer, outbox: Outbox, clock: Clock
) -> None:
    html = DELAY_HTML.replace("Lieferengpasses", "Lieferengpases")  # a spelling slip
    prepared = mailer.prepare(email_request(html=html))
    assert prepared.sendable
    assert [w.id for w in prepared.warnings] == ["spelling"]
    with pytest.raises(ConfirmationNeededError) as caught:
        mailer.submit(prepared)
    assert "Lieferengpases" in caught.value.message
    assert outbox.entries() == []
    before = clock()
    done = mailer.submit(prepared, confirm_warnings=True)
    assert done.state is State.SENT
    assert [w.id for w in done.confirmed_warnings] == ["spelling"]
    assert done.confirmed_at is not None
    assert done.confirmed_at >= before
    assert done.rule_ids == ("spelling",)
    assert "warning spelling" in done.findings
    assert len(smtp.received) == 1


def test_a_prepared_message_is_handed_over_once(mailer: Sender, smtp: SmtpServer) -> None:
    prepared = mailer.prepare(email_request())
    mailer.submit(prepared)
    with pytest.raises(BlockedError, match="handed over already"):
        mailer.submit(prepared)
    assert len(smtp.received) == 1
    again = mailer.prepare(email_request())
    # The same text again, and a second proactive message for the order (Amazon allows one
    # review request or free-form proactive message per order).
    assert [w.id for w in again.warnings] == ["send.duplicate", "send.proactive-allowance"]


@pytest.mark.parametrize(
    ("to", "words"),
    [
        ("buyer@example.com", "not a buyer's anonymised Amazon address"),
        ("x7k2mq9zb4lt0rv@marketplace.amazon.fr", "another marketplace"),
        (None, "address"),
    ],
)
def test_an_email_goes_only_to_the_buyers_alias_of_the_marketplace(
    mailer: Sender, to: str | None, words: str
) -> None:
    prepared = mailer.prepare(email_request(to=to))
    assert not prepared.sendable
    assert words in " ".join(p.message for p in prepared.blockers)


def test_a_refusing_mail_server_fails_the_message_with_its_reply(
    mailer: Sender, smtp: SmtpServer
) -> None:
    smtp.answer_next("550 5.7.1 Sender address not authorised for Buyer-Seller Messaging")
    done = mailer.submit(mailer.prepare(email_request()))
    assert done.state is State.FAILED
    assert done.reply_code == "550"
    assert "not authorised" in done.reply_message


def test_a_connection_lost_after_the_message_leaves_it_uncertain(
    mailer: Sender, smtp: SmtpServer
) -> None:
    smtp.answer_next(DROP)
    done = mailer.submit(mailer.prepare(email_request()))
    assert done.state is State.UNCERTAIN
    assert done.reply_reference.startswith("<")  # the Message-ID, to look for
    assert mailer.run_pending() == []
    assert len(smtp.received) == 1


def test_a_temporary_refusal_waits_in_the_queue(
    mailer: Sender, smtp: SmtpServer, clock: Clock
) -> None:
    smtp.answer_next("451 4.7.1 Greylisted, try again later")
    done = mailer.submit(mailer.prepare(email_request()))
    assert done.state is State.QUEUED
    assert done.reply_code == "451"
    assert smtp.received == []
    clock.advance(301)
    [sent] = mailer.run_pending()
    assert sent.state is State.SENT
    assert len(smtp.received) == 1


def test_an_email_queued_offline_goes_out_when_the_server_is_back(
    outbox: Outbox, book: AccountBook, clock: Clock
) -> None:
    with SmtpServer() as server:
        port = server.port
    book.add(
        Account(
            name="Shop DE",
            region=Region.EU,
            marketplace="DE",
            smtp_host="127.0.0.1",
            smtp_port=port,
            smtp_security=SmtpSecurity.PLAIN,
            sender=SENDER,
        ),
        {},
    )
    sender = Sender(outbox, book, clock=clock, today=lambda: TODAY, smtp_timeout=5)
    done = sender.submit(sender.prepare(email_request()))  # nothing listens on the port
    assert done.state is State.QUEUED
    assert "nothing was sent" in done.state_reason
    with SmtpServer(port) as server:  # the same address: the server is back
        [sent] = sender.run_pending()
        assert sent.state is State.SENT
        assert len(server.received) == 1


def test_a_proactive_email_after_a_review_request_is_warned_about(
    mailer: Sender, outbox: Outbox
) -> None:
    asked = outbox.add(
        OutgoingMessage(
            account="Shop DE",
            order_id=ORDER,
            marketplace="DE",
            channel=Channel.SP_API,
            message_type=SOLICITATION,
            subject="",
            text="",
        )
    )
    outbox.claim(asked.id)
    outbox.record_sent(asked.id, reference="amzn-1", reply="201")
    prepared = mailer.prepare(email_request())
    assert prepared.report is not None
    assert prepared.report.category.value == "proactive"
    assert [w.id for w in prepared.warnings] == ["send.proactive-allowance"]
    assert "A review was requested" in prepared.warnings[0].message
    # A reply to the buyer is not a proactive message.
    assert mailer.prepare(email_request(is_reply=True)).warnings == ()


def test_a_message_type_belongs_to_the_sp_api(mailer: Sender) -> None:
    with pytest.raises(SetupError, match="SP-API"):
        mailer.prepare(email_request(message_type="confirmOrderDetails"))


def test_an_unknown_account_is_a_setup_error(mailer: Sender) -> None:
    with pytest.raises(SetupError) as caught:
        mailer.prepare(email_request(account="Shop FR"))
    assert "Shop FR" in caught.value.message


# -- the gate and the SP-API route, against the fake Amazon ----------------------------------

US_ORDER = "113-4417865-2290147"
CUSTOMIZATION_TEXT = (
    "Hello,\n\nfor the engraving on your order 113-4417865-2290147 we need the name to engrave. "
    "Please reply with the exact spelling.\n\nKind regards\nExample Shop"
)


@pytest.fixture
def fake() -> Iterator[FakeAmazon]:
    """Amazon with a bucket as generous as the tests' clients (the rate limit has its own
    tests: test_send_faults.py)."""
    with FakeAmazon(rate=20, burst=20) as running:
        yield running


def sp_api_account(book: AccountBook, fake: FakeAmazon, *, name: str = "Shop US") -> Account:
    seller = fake.seller
    return book.add(
        Account(
            name=name,
            region=Region.NA,
            marketplace="US",
            sp_api_endpoint=fake.base_url,
            lwa_endpoint=fake.lwa_url,
        ),
        {
            "lwa_client_id": seller.client_id,
            "lwa_client_secret": seller.client_secret,
            "refresh_token": seller.refresh_token,
        },
    )


def fast_clients(book: AccountBook) -> Callable[[Account], SpApiClient]:
    """The account's real client, with a limiter of its own for this test: the process-wide
    one (0.95/s) would carry its tokens from test to test. The fault test runs the real one."""
    limiter = TokenBucket(20, 20)

    def make(account: Account) -> SpApiClient:
        return SpApiClient.for_account(account, book, limiter, timeout=2.0)

    return make


@pytest.fixture
def api(outbox: Outbox, book: AccountBook, fake: FakeAmazon, clock: Clock) -> Iterator[Sender]:
    sp_api_account(book, fake)
    sender = Sender(outbox, book, clock=clock, today=lambda: TODAY, spapi_client=fast_clients(book))
    yield sender
    sender.close()
    assert fake.violations == []


def api_request(**changes: object) -> SendRequest:
    fields: dict[str, object] = {
        "account": "Shop US",
        "order_id": US_ORDER,
        "channel": Channel.SP_API,
        "html": text_to_html(CUSTOMIZATION_TEXT).html,
        "message_type": "confirmCustomizationDetails",
        "delivery_date": date(2026, 11, 9),
    }
    fields.update(changes)
    return SendRequest(**fields)  # type: ignore[arg-type]


def test_an_sp_api_message_goes_out_as_checked_and_amazon_has_exactly_the_logged_text(
    api: Sender, fake: FakeAmazon
) -> None:
    fake.set_actions(US_ORDER, ["confirmCustomizationDetails", "confirmOrderDetails"])
    prepared = api.prepare(api_request())
    assert prepared.sendable, prepared.blockers
    assert prepared.allowed_types == {"confirmCustomizationDetails", "confirmOrderDetails"}
    assert prepared.buyer_locale == "en-US"
    assert prepared.text == CUSTOMIZATION_TEXT
    done = api.submit(prepared)
    assert done.state is State.SENT
    [delivery] = fake.delivered
    assert delivery.text == done.text == CUSTOMIZATION_TEXT
    assert delivery.message_type == "confirmCustomizationDetails"
    assert delivery.marketplace_id == "ATVPDKIKX0DER"
    assert done.reply_reference == delivery.request_id
    assert (done.channel, done.marketplace, done.category) == (Channel.SP_API, "US", "critical")


def test_the_editors_formatting_is_sent_as_amazons_plain_text(
    api: Sender, fake: FakeAmazon
) -> None:
    html = (
        "<p>Hello,</p><p>for the engraving on your order <b>113-4417865-2290147</b> we need:</p>"
        "<ul><li>the name to engrave</li><li>the font</li></ul><p>Kind regards<br>Example Shop</p>"
    )
    done = api.submit(api.prepare(api_request(html=html)))
    assert done.state is State.SENT
    expected = (
        "Hello,\n\nfor the engraving on your order 113-4417865-2290147 we need:\n\n"
        "- the name to engrave\n- the font\n\nKind regards\nExample Shop"
    )
    assert fake.delivered[0].text == done.text == expected


def test_a_type_the_order_does_not_allow_is_blocked_with_the_allowed_ones_named(
    api: Sender, fake: FakeAmazon
) -> None:
    fake.set_actions(US_ORDER, ["confirmDeliveryDetails", "unexpectedProblem"])
    prepared = api.prepare(api_request())
    assert [p.id for p in prepared.blockers] == ["send.type-not-allowed"]
    words = prepared.blockers[0].message
    assert "confirmCustomizationDetails" in words
    assert "confirmDeliveryDetails, unexpectedProblem" in words
    with pytest.raises(BlockedError):
        api.submit(prepared, confirm_warnings=True)
    assert not any(r.method == "POST" and r.api == "messaging" for r in fake.requests)


def test_the_buyers_language_from_amazon_feeds_the_check(api: Sender, fake: FakeAmazon) -> None:
    fake.set_locale(US_ORDER, "de-DE")
    prepared = api.prepare(api_request())
    assert prepared.buyer_locale == "de-DE"
    assert "language-mismatch" in {p.id for p in prepared.blockers}


def test_without_a_type_the_checks_proposal_is_taken(api: Sender, fake: FakeAmazon) -> None:
    prepared = api.prepare(api_request(message_type=None))
    assert prepared.message_type == "confirmCustomizationDetails"
    assert api.submit(prepared).state is State.SENT
    assert fake.delivered[0].message_type == "confirmCustomizationDetails"


def test_a_text_over_the_types_limit_is_blocked(api: Sender) -> None:
    long_text = CUSTOMIZATION_TEXT + "\n\n" + "The engraving can hold up to 20 letters. " * 25
    prepared = api.prepare(api_request(html=text_to_html(long_text).html))
    assert "api-text-constraints" in {p.id for p in prepared.blockers}


@pytest.mark.parametrize(
    ("outcome", "state", "code"),
    [
        (NOT_ALLOWED, State.FAILED, "Unauthorized"),
        (SERVER_ERROR, State.UNCERTAIN, ""),
        (DROP_AFTER_DELIVERY, State.UNCERTAIN, ""),
    ],
)
def test_amazons_answer_to_the_send_decides_the_state(
    api: Sender, fake: FakeAmazon, outcome: Outcome, state: State, code: str
) -> None:
    prepared = api.prepare(api_request())
    fake.script(outcome, order_id=US_ORDER)
    done = api.submit(prepared)
    assert done.state is state
    if code:
        assert done.reply_code == code
    [post] = [r for r in fake.requests if r.method == "POST" and r.api == "messaging"]
    assert post.order_id == US_ORDER
    assert api.run_pending() == []
    # Never sent again by Composer.
    assert len([r for r in fake.requests if r.method == "POST" and r.api == "messaging"]) == 1


def test_a_timeout_after_the_post_leaves_it_uncertain(
    outbox: Outbox, book: AccountBook, fake: FakeAmazon, clock: Clock
) -> None:
    sp_api_account(book, fake)
    limiter = TokenBucket(20, 20)
    sender = Sender(
        outbox,
        book,
        clock=clock,
        today=lambda: TODAY,
        spapi_client=lambda a: SpApiClient.for_account(a, book, limiter, timeout=0.3),
    )
    prepared = sender.prepare(api_request())
    fake.script(slow(1.0), order_id=US_ORDER)
    done = sender.submit(prepared)
    sender.close()
    assert done.state is State.UNCERTAIN
    assert len(fake.delivered) == 1  # Amazon has it; Composer cannot know
    assert "Seller Central" in done.state_reason or done.state_reason


def test_attachments_are_kept_and_uploaded_with_the_message(
    api: Sender, fake: FakeAmazon, outbox: Outbox
) -> None:
    pdf = b"%PDF-1.7\n% Rechnung 2026-0193\n" + bytes(range(256)) * 40
    request = api_request(
        message_type="invoice",
        html="",
        attachments=(OutgoingAttachment("Rechnung-2026-0193.pdf", "application/pdf", pdf),),
    )
    prepared = api.prepare(request)
    assert prepared.sendable, prepared.blockers
    done = api.submit(prepared)
    assert done.state is State.SENT
    assert done.attachment_names == ("Rechnung-2026-0193.pdf",)
    assert outbox.attachments(done.id)[0].data == pdf
    [delivery] = fake.delivered
    assert delivery.attachments == (("Rechnung-2026-0193.pdf", pdf),)
    assert delivery.text is None


def test_a_warranty_goes_with_its_coverage_dates(api: Sender, fake: FakeAmazon) -> None:
    start = datetime(2026, 11, 9, tzinfo=UTC)
    end = datetime(2028, 11, 9, tzinfo=UTC)
    request = api_request(
        message_type="warranty",
        html="",
        attachments=(OutgoingAttachment("Garantie.pdf", "application/pdf", b"%PDF-1.4 x"),),
        coverage=(start, end),
    )
    done = api.submit(api.prepare(request))
    assert done.state is State.SENT
    assert done.coverage == (start, end)
    body = fake.delivered[0].body
    assert datetime.fromisoformat(body["coverageStartDate"]) == start
    assert datetime.fromisoformat(body["coverageEndDate"]) == end


# -- the review request ----------------------------------------------------------------------


def review_request(**changes: object) -> SendRequest:
    fields: dict[str, object] = {"message_type": SOLICITATION, "html": ""}
    fields.update(changes)
    return api_request(**fields)


def test_a_review_request_in_its_window_is_sent_once_per_order(
    api: Sender, fake: FakeAmazon
) -> None:
    prepared = api.prepare(review_request())
    assert prepared.sendable, prepared.blockers
    assert prepared.text == ""
    assert prepared.report is None
    done = api.submit(prepared)
    assert done.state is State.SENT
    assert [d.message_type for d in fake.delivered] == [SOLICITATION]
    again = api.prepare(review_request())
    # Composer's own log says so, and Amazon agrees.
    assert [p.id for p in again.blockers] == [
        "send.solicitation-once",
        "send.solicitation-not-eligible",
    ]
    assert f"outbox message {done.id}" in again.blockers[0].message


def test_an_uncertain_review_request_blocks_another_one(api: Sender, fake: FakeAmazon) -> None:
    fake.script(SERVER_ERROR, order_id=US_ORDER)
    assert api.submit(api.prepare(review_request())).state is State.UNCERTAIN
    assert "send.solicitation-once" in {p.id for p in api.prepare(review_request()).blockers}


@pytest.mark.parametrize(
    ("delivered", "blocked"),
    [
        (TODAY - timedelta(days=4), True),
        (TODAY - timedelta(days=5), False),
        (TODAY - timedelta(days=30), False),
        (TODAY - timedelta(days=31), True),
        (None, False),  # not known: Amazon's eligibility decides
    ],
)
def test_a_review_request_is_asked_5_to_30_days_after_delivery(
    api: Sender, delivered: date | None, blocked: bool
) -> None:
    prepared = api.prepare(review_request(delivery_date=delivered))
    assert ("send.solicitation-window" in {p.id for p in prepared.blockers}) is blocked


def test_amazons_refusal_of_a_review_request_is_named(api: Sender, fake: FakeAmazon) -> None:
    fake.set_review_eligible(US_ORDER, eligible=False)
    prepared = api.prepare(review_request())
    assert [p.id for p in prepared.blockers] == ["send.solicitation-not-eligible"]
    assert prepared.allowed_types == frozenset()


def test_a_proactive_message_and_a_review_request_share_one_allowance(
    api: Sender, outbox: Outbox
) -> None:
    # A delay notice e-mailed for the order earlier (a proactive message, in the log).
    earlier = outbox.add(
        OutgoingMessage(
            account="Shop US",
            order_id=US_ORDER,
            marketplace="US",
            channel=Channel.EMAIL,
            message_type="",
            subject="Your order 113-4417865-2290147",
            text="About your order 113-4417865-2290147: the shipment is delayed by two days.",
            recipient="x7k2mq9zb4lt0rv@marketplace.amazon.com",
            category="proactive",
        )
    )
    outbox.claim(earlier.id)
    outbox.record_sent(earlier.id, reference="<1@example-shop.com>", reply="250 ok")
    review = api.prepare(review_request())
    assert [w.id for w in review.warnings] == ["send.solicitation-allowance"]
    assert f"outbox message {earlier.id}" in review.warnings[0].message
    with pytest.raises(ConfirmationNeededError):
        api.submit(review)
    assert api.submit(review, confirm_warnings=True).state is State.SENT


def test_text_written_for_a_review_request_is_not_sent_and_the_user_is_told(
    api: Sender, fake: FakeAmazon
) -> None:
    prepared = api.prepare(review_request(html=REVIEW_HTML))
    assert [w.id for w in prepared.warnings] == ["send.solicitation-text"]
    done = api.submit(prepared, confirm_warnings=True)
    assert done.text == ""
    assert fake.delivered[0].text is None


# -- accounts, credentials and the network ----------------------------------------------------


def test_amazon_unreachable_while_preparing_queues_the_message_with_a_warning(
    outbox: Outbox, book: AccountBook, fake: FakeAmazon, clock: Clock
) -> None:
    with FakeAmazon() as gone:
        dead_url = gone.base_url
    seller = fake.seller
    secrets = {
        "lwa_client_id": seller.client_id,
        "lwa_client_secret": seller.client_secret,
        "refresh_token": seller.refresh_token,
    }
    offline = Account(
        name="Shop US",
        region=Region.NA,
        marketplace="US",
        sp_api_endpoint=dead_url,
        lwa_endpoint=dead_url + "/auth/o2/token",
    )
    book.add(offline, secrets)
    sender = Sender(outbox, book, clock=clock, today=lambda: TODAY, spapi_client=fast_clients(book))
    prepared = sender.prepare(api_request())
    assert prepared.sendable
    assert [w.id for w in prepared.warnings] == ["send.offline"]
    assert prepared.allowed_types is None
    with pytest.raises(ConfirmationNeededError):
        sender.submit(prepared)
    waiting = sender.submit(prepared, confirm_warnings=True)
    assert waiting.state is State.QUEUED
    assert "nothing was sent" in waiting.state_reason.lower() or waiting.state_reason
    assert [w.id for w in waiting.confirmed_warnings] == ["send.offline"]
    sender.close()
    # The network is back (here: the account reaches the running Amazon again).
    book.remove("Shop US")
    sp_api_account(book, fake)
    back = Sender(outbox, book, clock=clock, today=lambda: TODAY, spapi_client=fast_clients(book))
    [sent] = back.run_pending()
    back.close()
    assert sent.state is State.SENT
    assert fake.delivered[0].text == CUSTOMIZATION_TEXT


def test_revoked_authorisation_blocks_with_amazons_words(api: Sender, fake: FakeAmazon) -> None:
    fake.revoke()
    prepared = api.prepare(api_request())
    [blocker] = prepared.blockers
    assert blocker.id == "send.amazon-refused"
    assert "invalid_grant" in blocker.message or "authori" in blocker.message.lower()
    for secret in fake.secrets_of():
        assert secret not in blocker.message


def test_an_account_without_sp_api_credentials_is_a_setup_error(
    outbox: Outbox, book: AccountBook
) -> None:
    book.add(Account(name="Mail only", region=Region.EU, marketplace="DE"), {})
    with pytest.raises(SetupError, match="no SP-API credentials"):
        Sender(outbox, book).prepare(api_request(account="Mail only", order_id=ORDER))


def test_the_default_client_uses_the_accounts_shared_rate_limiter(
    outbox: Outbox, book: AccountBook, fake: FakeAmazon
) -> None:
    account = sp_api_account(book, fake, name=f"Shop US {id(fake)}")
    sender = Sender(outbox, book, today=lambda: TODAY)
    prepared = sender.prepare(api_request(account=account.name))
    assert sender.submit(prepared).state is State.SENT
    sender.close()
    assert fake.max_requests_in_any_second() <= 5


def test_close_closes_every_threads_client_and_the_sender_goes_on(
    api: Sender, fake: FakeAmazon
) -> None:
    results: list[object] = []

    def worker() -> None:
        results.append(api.prepare(api_request()))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    api.prepare(api_request())  # this thread's client too
    api.close()  # both, from here
    assert api.submit(api.prepare(api_request())).state is State.SENT
    assert len(results) == 1
    assert len(fake.delivered) == 1
