"""The outbox as the dispatcher, the window and an A-to-Z claim use it: every message recorded
and committed before it is sent, every state change committed at once, a send cut short by a
dead process found ``uncertain``, only the user sending a failed or uncertain message again,
and a CSV export that Excel opens. Real SQLite files, real processes killed with SIGKILL."""

from __future__ import annotations

import csv
import io
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from composer.policy import Channel
from composer.services.outbox import (
    RECOVERED_REASON,
    Actor,
    ConfirmedWarning,
    Outbox,
    OutboxError,
    OutboxProblem,
    OutgoingAttachment,
    OutgoingMessage,
    State,
)
from composer.services.store import Draft, Store, StoreError, StoreProblem

ORDER = "302-4417865-2290147"
TEXT = (
    "Hallo Frau Müller,\n\nfür die Gravur Ihrer Bestellung 302-4417865-2290147 brauchen wir "
    "noch den Namen.\n\n- Schriftart\n- Text 😀\n\nViele Grüße"
)
CONFIRMED_AT = datetime(2026, 11, 12, 9, 30, 5, tzinfo=UTC)


def sp_api_message(**changes: object) -> OutgoingMessage:
    message = OutgoingMessage(
        account="Shop DE",
        order_id=ORDER,
        marketplace="DE",
        channel=Channel.SP_API,
        message_type="confirmCustomizationDetails",
        subject="",
        text=TEXT,
        category="critical",
        findings="warning spelling: 'Gravur' may be misspelt",
        rule_ids=("spelling",),
        confirmed_warnings=(ConfirmedWarning("spelling", "'Gravur' may be misspelt"),),
        confirmed_at=CONFIRMED_AT,
    )
    return replace(message, **changes)


def email_message(**changes: object) -> OutgoingMessage:
    message = OutgoingMessage(
        account="Shop DE",
        order_id=ORDER,
        marketplace="DE",
        channel=Channel.EMAIL,
        message_type="",
        subject="Ihre Bestellung 302-4417865-2290147",
        text=TEXT,
        html="<!DOCTYPE html>\n<html><body><p>Hallo Frau Müller,</p></body></html>\n",
        recipient="x7k2mq9zb4lt0rv@marketplace.amazon.de",
        sender="service@example-shop.de",
        category="critical",
    )
    return replace(message, **changes)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "composer.sqlite3"


@pytest.fixture
def outbox(db: Path) -> Iterator[Outbox]:
    with Outbox(db) as opened:
        yield opened


def committed_state(db: Path, entry_id: int) -> str:
    """The state as another connection sees it: only what was committed."""
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("SELECT state FROM outbox WHERE id = ?", (entry_id,)).fetchone()
    finally:
        conn.close()
    return str(row[0]) if row else "absent"


def one_line(error: Exception) -> str:
    text = str(error)
    assert text
    assert "\n" not in text
    return text


# -- recording -------------------------------------------------------------------------------


def test_a_message_is_kept_exactly_and_committed_when_add_returns(outbox: Outbox, db: Path) -> None:
    files = (
        OutgoingAttachment("Gravur-Vorlage.pdf", "application/pdf", b"%PDF-1.7\n\x00\xff" * 100),
        OutgoingAttachment("Schrift.png", "image/png", b"\x89PNG\r\n"),
    )
    start = datetime(2026, 11, 1, tzinfo=UTC)
    entry = outbox.add(
        sp_api_message(attachments=files, coverage=(start, start + timedelta(days=730)))
    )
    assert committed_state(db, entry.id) == "queued"
    assert entry.state is State.QUEUED
    assert entry.attempts == 0
    assert entry.text == TEXT
    assert entry.message_type == "confirmCustomizationDetails"
    assert entry.rule_ids == ("spelling",)
    assert entry.confirmed_warnings == (ConfirmedWarning("spelling", "'Gravur' may be misspelt"),)
    assert entry.confirmed_at == CONFIRMED_AT
    assert entry.attachment_names == ("Gravur-Vorlage.pdf", "Schrift.png")
    assert outbox.attachments(entry.id) == files
    assert entry.coverage == (start, start + timedelta(days=730))
    # The confirmation is in the log as the user's act, at the time it was made.
    assert [(e.action, e.actor, e.at) for e in entry.events] == [
        ("warnings-confirmed", Actor.USER, CONFIRMED_AT),
        ("queued", Actor.COMPOSER, entry.created_at),
    ]


def test_an_email_keeps_its_html_recipient_and_sender(outbox: Outbox) -> None:
    entry = outbox.add(email_message())
    again = outbox.entry(entry.id)
    assert again.channel is Channel.EMAIL
    assert again.html.startswith("<!DOCTYPE html>")
    assert again.recipient == "x7k2mq9zb4lt0rv@marketplace.amazon.de"
    assert again.sender == "service@example-shop.de"
    assert again.subject == "Ihre Bestellung 302-4417865-2290147"


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"recipient": ""}, "recipient is missing"),
        ({"order_id": "  "}, "order id is missing"),
        ({"text": "half an emoji \ud83d"}, "invalid character"),
        ({"subject": "two\nlines"}, "subject must be one line"),
        ({"channel": Channel.SELLER_CENTRAL}, "cannot send by seller-central"),
        ({"confirmed_at": datetime(2026, 11, 12, 9, 30)}, "time zone"),
        (
            {
                "attachments": tuple(
                    OutgoingAttachment(f"{i}.pdf", "application/pdf", b"x") for i in range(6)
                )
            },
            "at most 5",
        ),
        (
            {"attachments": (OutgoingAttachment("../../etc/passwd", "text/plain", b"x"),)},
            "not a file name",
        ),
    ],
)
def test_a_message_that_cannot_be_kept_is_refused_whole(
    outbox: Outbox, changes: dict[str, object], words: str
) -> None:
    with pytest.raises(OutboxError) as caught:
        outbox.add(email_message(**changes))
    assert caught.value.kind is OutboxProblem.INVALID
    assert words in one_line(caught.value)
    assert outbox.entries() == []


def test_an_sp_api_message_needs_its_type(outbox: Outbox) -> None:
    with pytest.raises(OutboxError, match="message type"):
        outbox.add(sp_api_message(message_type=""))
    assert outbox.counts()[State.QUEUED] == 0


def test_the_outbox_lives_in_the_drafts_database(db: Path) -> None:
    with Store(db) as store:
        store.save_draft(Draft(id=None, name="Gravur", subject="", body_html="<p>Hallo</p>"))
    with Outbox(db) as outbox:
        outbox.add(sp_api_message())
    with Store(db) as store:
        assert [d.name for d in store.drafts()] == ["Gravur"]
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
    finally:
        conn.close()


# -- the dispatcher's transitions ------------------------------------------------------------


def test_a_send_goes_queued_sending_sent_and_each_step_is_committed(
    outbox: Outbox, db: Path
) -> None:
    entry = outbox.add(sp_api_message())
    sending = outbox.claim(entry.id)
    assert sending.state is State.SENDING
    assert sending.attempts == 1
    assert committed_state(db, entry.id) == "sending"
    sent = outbox.record_sent(entry.id, reference="a1b2-c3d4", reply="201 Created")
    assert committed_state(db, entry.id) == "sent"
    assert sent.reply_reference == "a1b2-c3d4"
    assert [e.action for e in sent.events] == ["warnings-confirmed", "queued", "sending", "sent"]
    assert [e.state for e in sent.events][-2:] == [State.SENDING, State.SENT]


def test_a_refusal_keeps_the_receivers_code_and_words(outbox: Outbox) -> None:
    entry = outbox.add(sp_api_message())
    outbox.claim(entry.id)
    failed = outbox.record_failed(
        entry.id,
        code="Unauthorized",
        message="Invalid amazonOrderId and template combination.",
        reference="req-403",
    )
    assert failed.state is State.FAILED
    assert (failed.reply_code, failed.reply_reference) == ("Unauthorized", "req-403")
    assert failed.state_reason == "Invalid amazonOrderId and template combination."
    assert "Unauthorized" in failed.events[-1].detail


def test_a_throttled_message_waits_in_the_queue_until_its_time(outbox: Outbox) -> None:
    entry = outbox.add(sp_api_message())
    outbox.claim(entry.id)
    later = datetime.now(UTC) + timedelta(seconds=30)
    queued = outbox.record_deferred(
        entry.id, reason="Amazon asked to wait", code="QuotaExceeded", not_before=later
    )
    assert queued.state is State.QUEUED
    assert not queued.due(datetime.now(UTC))
    assert queued.due(later)
    with pytest.raises(OutboxError) as caught:
        outbox.claim(entry.id)
    assert caught.value.kind is OutboxProblem.WRONG_STATE
    again = outbox.claim(entry.id, now=later + timedelta(seconds=1))
    assert again.attempts == 2


def test_uncertain_is_recorded_with_what_happened(outbox: Outbox) -> None:
    entry = outbox.add(sp_api_message())
    outbox.claim(entry.id)
    uncertain = outbox.record_uncertain(
        entry.id, code="500", message="Amazon answered 500 after the message went out", reference=""
    )
    assert uncertain.state is State.UNCERTAIN
    assert "500" in uncertain.state_reason


def test_a_message_is_claimed_once_however_many_dispatchers_race(outbox: Outbox, db: Path) -> None:
    ids = [outbox.add(sp_api_message(order_id=f"302-0000000-{n:07d}")).id for n in range(40)]
    with Outbox(db) as other:  # a second Composer on the same database
        claimed: list[int] = []
        lock = threading.Lock()

        def dispatcher(box: Outbox) -> None:
            for entry_id in ids:
                try:
                    box.claim(entry_id)
                except OutboxError:
                    continue
                with lock:
                    claimed.append(entry_id)

        threads = [threading.Thread(target=dispatcher, args=(b,)) for b in (outbox, other) * 3]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(claimed) == ids
    assert all(e.attempts == 1 for e in outbox.entries())


def test_only_the_claiming_outbox_records_the_outcome(outbox: Outbox, db: Path) -> None:
    entry = outbox.add(sp_api_message())
    outbox.claim(entry.id)
    with Outbox(db) as other, pytest.raises(OutboxError) as caught:
        other.record_sent(entry.id, reference="x", reply="201")
    assert caught.value.kind is OutboxProblem.WRONG_STATE
    assert outbox.entry(entry.id).state is State.SENDING


# -- the user's decisions --------------------------------------------------------------------


def _in_state(outbox: Outbox, state: State) -> int:
    entry_id = outbox.add(sp_api_message()).id
    if state is State.QUEUED:
        return entry_id
    outbox.claim(entry_id)
    if state is State.SENT:
        outbox.record_sent(entry_id, reference="r", reply="201")
    elif state is State.FAILED:
        outbox.record_failed(entry_id, code="InvalidInput", message="Invalid Input", reference="")
    elif state is State.UNCERTAIN:
        outbox.record_uncertain(entry_id, code="", message="timed out", reference="")
    return entry_id


def test_a_failed_message_goes_again_only_when_the_user_asks(outbox: Outbox) -> None:
    entry_id = _in_state(outbox, State.FAILED)
    again = outbox.retry(entry_id, note="fixed the order id")
    assert again.state is State.QUEUED
    assert (again.events[-1].action, again.events[-1].actor) == ("retry", Actor.USER)
    assert again.events[-1].detail == "fixed the order id"


def test_an_uncertain_message_needs_i_checked_to_go_again(outbox: Outbox) -> None:
    entry_id = _in_state(outbox, State.UNCERTAIN)
    with pytest.raises(OutboxError) as caught:
        outbox.retry(entry_id)
    assert caught.value.kind is OutboxProblem.NEEDS_CHECK
    assert "Seller Central" in one_line(caught.value)
    assert outbox.entry(entry_id).state is State.UNCERTAIN
    again = outbox.retry(entry_id, i_checked=True)
    assert again.state is State.QUEUED
    assert "checking" in again.events[-1].detail


@pytest.mark.parametrize("state", [State.QUEUED, State.SENDING, State.SENT])
def test_only_failed_or_uncertain_messages_can_be_retried(outbox: Outbox, state: State) -> None:
    entry_id = _in_state(outbox, state)
    with pytest.raises(OutboxError) as caught:
        outbox.retry(entry_id, i_checked=True)
    assert caught.value.kind is OutboxProblem.WRONG_STATE
    assert str(state) in one_line(caught.value)
    assert outbox.entry(entry_id).state is state


@pytest.mark.parametrize(("sent", "state"), [(True, State.SENT), (False, State.FAILED)])
def test_the_user_settles_an_uncertain_message(outbox: Outbox, sent: bool, state: State) -> None:
    entry_id = _in_state(outbox, State.UNCERTAIN)
    settled = outbox.mark(entry_id, sent=sent, note="seen in Seller Central")
    assert settled.state is state
    assert settled.events[-1].actor is Actor.USER
    assert settled.events[-1].action == ("marked-sent" if sent else "marked-not-sent")
    assert "seen in Seller Central" in settled.state_reason
    assert settled.reply_message == "timed out"  # what the transport said is kept


def test_only_uncertain_messages_are_marked(outbox: Outbox) -> None:
    entry_id = _in_state(outbox, State.FAILED)
    with pytest.raises(OutboxError) as caught:
        outbox.mark(entry_id, sent=True)
    assert caught.value.kind is OutboxProblem.WRONG_STATE


def test_a_queued_message_can_be_cancelled_but_not_one_being_sent(outbox: Outbox) -> None:
    queued = _in_state(outbox, State.QUEUED)
    cancelled = outbox.cancel(queued)
    assert cancelled.state is State.FAILED
    assert "Cancelled" in cancelled.state_reason
    sending = _in_state(outbox, State.SENDING)
    with pytest.raises(OutboxError):
        outbox.cancel(sending)


def test_an_unknown_message_is_named(outbox: Outbox) -> None:
    for action in (
        lambda: outbox.entry(42),
        lambda: outbox.retry(42),
        lambda: outbox.mark(42, sent=True),
        lambda: outbox.claim(42),
    ):
        with pytest.raises(OutboxError) as caught:
            action()
        assert caught.value.kind is OutboxProblem.NOT_FOUND
        assert "no message 42" in one_line(caught.value)


def test_lists_filter_and_count(outbox: Outbox) -> None:
    first = _in_state(outbox, State.SENT)
    second = _in_state(outbox, State.QUEUED)
    other = outbox.add(email_message(order_id="028-1234567-7654321")).id
    assert [e.id for e in outbox.entries()] == [other, second, first]
    assert [e.id for e in outbox.queued()] == [second, other]
    assert [e.id for e in outbox.entries(order_id=ORDER)] == [second, first]
    assert [e.id for e in outbox.entries(states=[State.SENT])] == [first]
    assert outbox.counts() == {
        State.QUEUED: 2,
        State.SENDING: 0,
        State.SENT: 1,
        State.FAILED: 0,
        State.UNCERTAIN: 0,
    }


def test_a_damaged_row_is_a_store_error_not_a_crash(outbox: Outbox, db: Path) -> None:
    entry_id = outbox.add(sp_api_message()).id
    conn = sqlite3.connect(db)
    conn.execute("UPDATE outbox SET state = 'lost in space' WHERE id = ?", (entry_id,))
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as caught:
        outbox.entry(entry_id)
    assert caught.value.kind is StoreProblem.DAMAGED
    assert "lost in space" in one_line(caught.value)


# -- a process that dies mid-send ------------------------------------------------------------

CHILD = """
import sys
from pathlib import Path
from composer.services.outbox import Outbox, OutgoingMessage
from composer.policy import Channel

outbox = Outbox(Path(sys.argv[1]))
entry = outbox.add(OutgoingMessage(
    account="Shop DE", order_id="302-4417865-2290147", marketplace="DE",
    channel=Channel.SP_API, message_type="confirmOrderDetails", subject="", text="Hallo",
))
outbox.claim(entry.id)
print(entry.id, flush=True)
sys.stdin.read()  # "the network call": the test kills the process here
"""


def test_a_send_cut_short_by_a_dead_process_becomes_uncertain(db: Path) -> None:
    with Outbox(db) as live:  # another Composer, open the whole time, sending one itself
        own = live.add(sp_api_message()).id
        live.claim(own)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(db)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None
            dead_id = int(child.stdout.readline())
            # While the child lives, opening the outbox leaves its send alone.
            with Outbox(db) as meanwhile:
                assert meanwhile.recovered == ()
                assert meanwhile.entry(dead_id).state is State.SENDING
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.wait()
            assert child.stdin is not None
            child.stdin.close()
            child.stdout.close()
        assert child.returncode == -signal.SIGKILL

        with Outbox(db) as reopened:
            assert reopened.recovered == (dead_id,)
            entry = reopened.entry(dead_id)
            assert entry.state is State.UNCERTAIN
            assert entry.state_reason == RECOVERED_REASON
            assert entry.events[-1].action == "recovered"
            # The live Composer's send is its own business.
            assert reopened.entry(own).state is State.SENDING
        live.record_sent(own, reference="r-1", reply="201")
        assert live.entry(own).state is State.SENT
    lock_files = sorted(p.name for p in db.with_name(f"{db.name}.senders").iterdir())
    assert lock_files == []


def test_a_send_left_by_a_closed_outbox_becomes_uncertain(db: Path) -> None:
    """Closing while a worker is still sending (the window quits): the next open cannot know
    how that send ended."""
    with Outbox(db) as first:
        entry_id = first.add(sp_api_message()).id
        first.claim(entry_id)
    with Outbox(db) as second:
        assert second.recovered == (entry_id,)
        assert second.entry(entry_id).state is State.UNCERTAIN


# -- CSV -------------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_the_export_has_one_row_per_message_with_every_field(
    outbox: Outbox, tmp_path: Path
) -> None:
    sent = _in_state(outbox, State.SENT)
    mail = outbox.add(email_message(text='=HYPERLINK("http://x")\nDanke 😀')).id
    outbox.claim(mail)
    outbox.record_failed(mail, code="550", message="5.7.1 Sender not authorised", reference="")
    target = tmp_path / "A-to-Z claim.csv"
    assert outbox.export_csv(target) == 2
    rows = _read_csv(target)
    assert [r["id"] for r in rows] == [str(sent), str(mail)]
    first, second = rows
    assert first["text sent"] == TEXT  # accents, emoji and line breaks as sent
    assert first["order id"] == ORDER
    assert first["message type"] == "confirmCustomizationDetails"
    assert first["state"] == "sent"
    assert first["reply reference (request id / message id)"] == "r"
    assert first["confirmed warnings"] == "spelling: 'Gravur' may be misspelt"
    assert first["warnings confirmed at (UTC)"] == "2026-11-12 09:30:05.000"
    assert first["rule ids"] == "spelling"
    assert first["check category"] == "critical"
    history = first["history (UTC)"].splitlines()
    assert [line.split()[2] for line in history] == [
        "warnings-confirmed",
        "queued",
        "sending",
        "sent",
    ]
    assert "(by the user)" in history[0]
    assert second["channel"] == "email"
    assert second["recipient"] == "x7k2mq9zb4lt0rv@marketplace.amazon.de"
    assert second["html sent"].startswith("<!DOCTYPE html>")
    assert second["reply code"] == "550"
    assert second["state reason"] == "5.7.1 Sender not authorised"
    # A spreadsheet must not run the seller's text as a formula.
    assert second["text sent"] == '\'=HYPERLINK("http://x")\nDanke 😀'


EXPORT_CHILD = """
import resource, signal, sys
from pathlib import Path
from composer.services.outbox import Outbox, OutboxError

outbox = Outbox(Path(sys.argv[1]))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
try:
    outbox.export_csv(Path(sys.argv[2]))
except OutboxError as exc:
    print(exc.kind, exc)
    sys.exit(3)
"""


def test_an_export_that_fails_half_way_leaves_the_old_file(db: Path, tmp_path: Path) -> None:
    """A real failure in the middle of the write: the process may write at most 4 KB per file
    (RLIMIT_FSIZE) and the log is bigger. The previous export is still whole, and no
    temporary file is left."""
    pytest.importorskip("resource")
    with Outbox(db) as outbox:
        for _ in range(3):
            outbox.add(sp_api_message(text=TEXT * 20))
    target = tmp_path / "log.csv"
    target.write_text("the previous export\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", EXPORT_CHILD, str(db), str(target)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 3, result.stderr
    assert result.stdout.startswith("export-failed Cannot write")
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "log.csv"]


def test_an_export_of_chosen_messages(outbox: Outbox, tmp_path: Path) -> None:
    ids = [_in_state(outbox, State.SENT) for _ in range(3)]
    assert outbox.export_csv(tmp_path / "one.csv", ids=[ids[1]]) == 1
    assert [r["id"] for r in _read_csv(tmp_path / "one.csv")] == [str(ids[1])]
    with pytest.raises(OutboxError) as caught:
        outbox.export_csv(tmp_path / "none.csv", ids=[99])
    assert caught.value.kind is OutboxProblem.NOT_FOUND
    assert not (tmp_path / "none.csv").exists()
