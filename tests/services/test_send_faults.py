"""Faults, end to end: 200 messages through the real SP-API client, the outbox and the
dispatcher to the fake Amazon answering a seeded random mix of 201, 429, 500, timeouts and
dropped connections; then the log is held against what the server saw. And no secret ever
reaches a file.

Time runs ten times faster in the 200-message test: the fake's bucket refills at ten times
Amazon's rate (burst 5 as Amazon's), so "at most 5 requests in any one second" becomes "at most
5 in any tenth of a second", and 200 messages take about half a minute instead of four. What
does not scale is the jitter between the client taking a slot and its request arriving (thread
scheduling, a new connection): the account's limiter leaves 111 ms of slack per slot at the real
rate (it refills at 90% of Amazon's), which would be 11 ms at ten times the rate. The client's
bucket here waits one scaled slot plus ``SLACK`` (30 ms, several times the loopback jitter
measured) instead. A shorter run at Amazon's real rate, with the account's real limiter
(``limiter_for``), checks the one-second window itself.
"""

from __future__ import annotations

import base64
import logging
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from composer.policy import Channel
from composer.services.accounts import Account, AccountBook, SmtpSecurity
from composer.services.credentials import Credentials
from composer.services.marketplaces import Region
from composer.services.outbox import Outbox, OutgoingMessage, State
from composer.services.ratelimit import (
    MESSAGING_BURST,
    MESSAGING_RATE,
    Backoff,
    TokenBucket,
)
from composer.services.sanitize import text_to_html
from composer.services.sending import Sender, SendRequest
from composer.services.spapi import SpApiClient
from composer.services.store import Store
from tests.services.fake_amazon import (
    CREATED,
    DROP,
    DROP_AFTER_DELIVERY,
    NOT_ALLOWED,
    SERVER_ERROR,
    THROTTLED,
    FakeAmazon,
    RecordedRequest,
    error,
    slow,
)
from tests.services.keyring_memory import MemoryKeyring
from tests.services.smtp_server import SmtpServer

SCALE = 10  # time runs this much faster in the 200-message test
SLACK = 0.030  # seconds the client's slot lasts longer than the fake's, see the docstring
MESSAGES = 200
WORKERS = 3  # dispatchers at once: the window's timer, a worker, the command line
CLIENT_TIMEOUT = 0.25  # seconds; the slow answers take longer
SEED = 20261116
MIX = {
    CREATED: 60,
    THROTTLED: 10,
    SERVER_ERROR: 6,
    error(500, "InternalFailure", "We encountered an internal error.", delivers=True): 4,
    slow(0.8): 7,  # delivered, answered after the client gave up
    DROP: 4,  # read, connection closed, not delivered
    DROP_AFTER_DELIVERY: 4,
    NOT_ALLOWED: 5,
}
# What the fake records for the answers that leave the client without a clear one.
NO_CLEAR_ANSWER = {"drop", "drop after delivery", "500 InternalFailure",
                   "500 InternalFailure after delivery", "slow 0.8s, normal"}  # fmt: skip


def order_of(n: int) -> str:
    return f"113-{n:07d}-{(n * 7919) % 10_000_000:07d}"


def seller_secrets(fake: FakeAmazon) -> dict[str, str]:
    return {
        "lwa_client_id": fake.seller.client_id,
        "lwa_client_secret": fake.seller.client_secret,
        "refresh_token": fake.seller.refresh_token,
    }


def max_in_window(requests: list[RecordedRequest], window: float) -> int:
    """The most requests that arrived within any half-open window of ``window`` seconds."""
    times = sorted(r.time for r in requests)
    best = start = 0
    for end, t in enumerate(times):
        while t - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


@pytest.mark.slow
def test_200_messages_through_a_faulty_amazon_none_lost_none_twice(tmp_path: Path) -> None:
    book = AccountBook(tmp_path / "config" / "accounts.json", Credentials(MemoryKeyring()))
    with FakeAmazon(rate=MESSAGING_RATE * SCALE, burst=MESSAGING_BURST) as fake:
        book.add(
            Account(
                name="Shop US",
                region=Region.NA,
                marketplace="US",
                sp_api_endpoint=fake.base_url,
                lwa_endpoint=fake.lwa_url,
            ),
            seller_secrets(fake),
        )
        # The account's one bucket, shared by every dispatcher, as limiter_for gives it.
        limiter = TokenBucket(1 / (1 / (MESSAGING_RATE * SCALE) + SLACK), MESSAGING_BURST)
        backoff = Backoff(base=0.1, factor=2.0, cap=0.4, attempts=3)

        def client(account: Account) -> SpApiClient:
            return SpApiClient(
                base_url=account.sp_api_base_url,
                lwa_url=account.lwa_url,
                client_id=book.secret(account.name, "lwa_client_id"),
                client_secret=book.secret(account.name, "lwa_client_secret"),
                refresh_token=book.secret(account.name, "refresh_token"),
                limiter=limiter,
                timeout=CLIENT_TIMEOUT,
                backoff=backoff,
            )

        with Outbox(tmp_path / "data" / "composer.sqlite3") as outbox:
            for n in range(MESSAGES):
                outbox.add(
                    OutgoingMessage(
                        account="Shop US",
                        order_id=order_of(n),
                        marketplace="US",
                        channel=Channel.SP_API,
                        message_type="confirmOrderDetails",
                        subject="",
                        text=f"Message {n}: which colour would you like for order {order_of(n)}?",
                        category="critical",
                    )
                )
            fake.chaos(SEED, MIX)
            started = time.monotonic()
            errors: list[BaseException] = []

            def dispatcher() -> None:
                sender = Sender(outbox, book, spapi_client=client)
                try:
                    while outbox.counts()[State.QUEUED] or outbox.counts()[State.SENDING]:
                        if not sender.run_pending():
                            time.sleep(0.05)  # what is left waits for its time, or another
                except BaseException as exc:
                    errors.append(exc)
                finally:
                    sender.close()

            threads = [threading.Thread(target=dispatcher) for _ in range(WORKERS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            elapsed = time.monotonic() - started
            assert errors == []
            entries = {e.order_id: e for e in outbox.entries()}
            histories = {e.order_id: outbox.entry(e.id).events for e in entries.values()}
        fake.chaos(None)
        requests = fake.requests
        delivered = fake.delivered

    assert fake.violations == []
    sends = [r for r in requests if r.api == "messaging" and r.method == "POST"]

    # None lost: every message is sent, failed with a reason, or uncertain.
    assert len(entries) == MESSAGES
    states = Counter(e.state for e in entries.values())
    assert set(states) <= {State.SENT, State.FAILED, State.UNCERTAIN}
    for entry in entries.values():
        if entry.state is not State.SENT:
            assert entry.state_reason

    # None delivered twice.
    assert fake.duplicates() == []
    per_order = Counter(d.order_id for d in delivered)
    assert max(per_order.values()) == 1

    # The rate: at most a burst in any (scaled) second, and Amazon's own bucket never had to
    # refuse (every 429 the client saw was one of the mix).
    assert max_in_window(sends, 1.0 / SCALE) <= MESSAGING_BURST
    assert not any(r.outcome == "429 rate limit" for r in requests)

    # Every state in the log matches what the server saw.
    for order, entry in entries.items():
        seen = [r for r in sends if r.order_id == order]
        got = [d for d in delivered if d.order_id == order]
        assert seen, f"{order}: the server never saw it"
        *before, last = seen
        # Tried again only after Amazon refused it for now (429): nothing else repeats.
        assert all(r.outcome == "429 QuotaExceeded" for r in before), (order, before)
        if entry.state is State.SENT:
            assert last.outcome == "normal"
            assert last.status == 201
            assert [d.request_id for d in got] == [entry.reply_reference] == [last.request_id]
        elif entry.state is State.FAILED:
            assert last.status == 403
            assert got == []
            assert entry.reply_code == "Unauthorized"
            assert entry.reply_reference == last.request_id
        else:
            assert entry.state is State.UNCERTAIN
            assert last.outcome in NO_CLEAR_ANSWER, (order, last.outcome)
            delivers = last.outcome.endswith("after delivery") or last.outcome.startswith("slow")
            assert len(got) == (1 if delivers else 0)
        # And the log's history agrees: one "sending" per time the dispatcher tried.
        tries = sum(1 for e in histories[order] if e.action == "sending")
        assert tries == entry.attempts
        assert 1 <= tries <= len(seen)

    outcomes = Counter(r.outcome for r in sends)
    print(
        f"\n{MESSAGES} messages, {len(sends)} POSTs in {elapsed:.1f} s ({WORKERS} dispatchers, "
        f"time x{SCALE}); states {dict(sorted((str(k), v) for k, v in states.items()))}; "
        f"server outcomes {dict(sorted(outcomes.items()))}; delivered {len(delivered)}; "
        f"most POSTs in any 1/{SCALE} s: {max_in_window(sends, 1.0 / SCALE)}"
    )


@pytest.mark.slow
def test_at_amazons_real_rate_no_second_sees_more_than_five(tmp_path: Path) -> None:
    """Twelve sends in a row through the account's real limiter (``limiter_for``): the first
    five at once, the rest one by one, never six in any one second at the server."""
    book = AccountBook(tmp_path / "config" / "accounts.json", Credentials(MemoryKeyring()))
    with FakeAmazon() as fake:
        name = f"Shop US real rate {id(fake)}"  # a bucket of its own in limiter_for's registry
        book.add(
            Account(
                name=name,
                region=Region.NA,
                marketplace="US",
                sp_api_endpoint=fake.base_url,
                lwa_endpoint=fake.lwa_url,
            ),
            seller_secrets(fake),
        )
        with Outbox(tmp_path / "data" / "composer.sqlite3") as outbox:
            for n in range(12):
                outbox.add(
                    OutgoingMessage(
                        account=name,
                        order_id=order_of(n),
                        marketplace="US",
                        channel=Channel.SP_API,
                        message_type="confirmOrderDetails",
                        subject="",
                        text=f"Message {n} for order {order_of(n)}: which colour?",
                    )
                )
            sender = Sender(outbox, book)  # the default client: limiter_for(account)
            done = sender.run_pending()
            sender.close()
        assert [e.state for e in done] == [State.SENT] * 12
        assert fake.max_requests_in_any_second() <= 5
        assert not any(r.outcome == "429 rate limit" for r in fake.requests)
        assert fake.violations == []


# -- no secret reaches a file ----------------------------------------------------------------

SMTP_USER = "service@example-shop.de"
SMTP_PASSWORD = "Fz3!kq-Loopback-Only-Passw0rd"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The platform's config and data folders inside tmp_path, as Composer finds them."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path


@pytest.fixture
def everything_logged(home: Path) -> Iterator[Path]:
    """Every log record of the run, at every level, written to a file among the others."""
    path = home / "state" / "composer.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


def forms_of(secret: str) -> list[bytes]:
    """A secret as it could end up in a file: as is, in UTF-16 (Windows APIs), base64 (SMTP
    AUTH, HTTP Basic), and URL-encoded."""
    from urllib.parse import quote

    raw = secret.encode()
    return [
        raw,
        secret.encode("utf-16-le"),
        base64.b64encode(raw),
        base64.b64encode(b"\0" + SMTP_USER.encode() + b"\0" + raw),
        quote(secret, safe="").encode(),
    ]


def test_no_secret_reaches_a_file(home: Path, everything_logged: Path) -> None:
    today = date(2026, 11, 16)
    keyring = MemoryKeyring()
    with FakeAmazon() as fake, SmtpServer(users={SMTP_USER: SMTP_PASSWORD}) as smtp:
        book = AccountBook(AccountBook.default_path(), Credentials(keyring))
        assert home in AccountBook.default_path().parents
        assert home in Store.default_path().parents
        book.add(
            Account(
                name="Shop DE",
                region=Region.EU,
                marketplace="DE",
                sp_api_endpoint=fake.base_url,
                lwa_endpoint=fake.lwa_url,
                smtp_host="127.0.0.1",
                smtp_port=smtp.port,
                smtp_security=SmtpSecurity.PLAIN,
                smtp_user=SMTP_USER,
                sender=SMTP_USER,
            ),
            {**seller_secrets(fake), "smtp_password": SMTP_PASSWORD},
        )
        order = "302-4417865-2290147"
        fake.set_locale(order, "de-DE")
        with Outbox(Store.default_path()) as outbox:
            sender = Sender(outbox, book, today=lambda: today, smtp_timeout=5)
            html = text_to_html(
                "Guten Tag,\n\nfür die Gravur Ihrer Bestellung 302-4417865-2290147 brauchen "
                "wir noch den Namen, der graviert werden soll.\n\nViele Grüße\nBeispiel-Shop"
            ).html
            by_api = sender.submit(
                sender.prepare(
                    SendRequest(
                        account="Shop DE",
                        order_id=order,
                        channel=Channel.SP_API,
                        html=html,
                        message_type="confirmCustomizationDetails",
                    )
                ),
                confirm_warnings=True,
            )
            fake.script(SERVER_ERROR, order_id=order)
            uncertain = sender.submit(
                sender.prepare(
                    SendRequest(
                        account="Shop DE",
                        order_id=order,
                        channel=Channel.SP_API,
                        html=html.replace("Namen", "genauen Namen"),
                        message_type="confirmCustomizationDetails",
                    )
                ),
                confirm_warnings=True,
            )
            by_mail = sender.submit(
                sender.prepare(
                    SendRequest(
                        account="Shop DE",
                        order_id=order,
                        channel=Channel.EMAIL,
                        html=html,
                        subject="Ihre Bestellung 302-4417865-2290147: Gravur",
                        to="x7k2mq9zb4lt0rv@marketplace.amazon.de",
                        buyer_language="de-DE",
                    )
                ),
                confirm_warnings=True,
            )
            # LWA refusing the credentials, with its own words in the log.
            fake.revoke()
            refused = sender.prepare(
                SendRequest(
                    account="Shop DE",
                    order_id="302-0000000-0000001",
                    channel=Channel.SP_API,
                    html=html,
                    message_type="confirmCustomizationDetails",
                )
            )
            sender.close()
            outbox.export_csv(home / "data" / "A-to-Z claim.csv")
        secrets = [*fake.secrets_of(), SMTP_PASSWORD]

    assert (by_api.state, uncertain.state, by_mail.state) == (
        State.SENT,
        State.UNCERTAIN,
        State.SENT,
    )
    assert smtp.logins == [(SMTP_USER, True)]
    assert refused.blockers
    assert len(secrets) >= 5  # client id, secret, refresh token, an access token, the password
    # The words given to the user hold none either.
    for words in [p.message for p in refused.blockers]:
        assert not any(s in words for s in secrets)

    files = [p for p in home.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"accounts.json", "composer.sqlite3", "A-to-Z claim.csv", "composer.log"} <= names
    assert everything_logged.stat().st_size > 0  # urllib3 and the client log at DEBUG
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            for form in forms_of(secret):
                assert form not in data, f"a secret ({len(secret)} characters) is in {path}"

    # Every table of the database, value by value (text SQLite may have stored elsewhere).
    conn = sqlite3.connect(Store.default_path())
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        assert {"outbox", "outbox_events", "outbox_attachments", "drafts"} <= set(tables)
        values = 0
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    values += 1
                    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                    assert not any(s in text for s in secrets), f"a secret in table {table}"
        assert values > 0
    finally:
        conn.close()
