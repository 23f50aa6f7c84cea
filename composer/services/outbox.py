"""The outbox and its audit log: every message handed to a transport, and what became of it.

A message is written here, committed, before any byte of it goes to the network, and every
change of its state is committed the moment it happens, so a crash can never lose a send or
hide one that went out. States::

    queued ──> sending ──> sent
      ^           ├──────> failed     (the receiver refused; its code and words are kept)
      │           ├──────> uncertain  (it went out, no clear answer: only the user decides)
      └───────────┘                   (throttled, or the network was down: nothing was sent)

``failed`` goes back to ``queued`` only when the user asks (``retry``); ``uncertain`` only
when the user says they checked that the buyer did not get it (``retry(..., i_checked=True)``),
or the user marks it sent or not sent (``mark``). A queued message can be cancelled. All of it
is logged in ``outbox_events`` with its time and who did it (Composer or the user).

A send in progress when the process died is found on the next open: its state is still
``sending`` and the process that claimed it is gone, so it becomes ``uncertain``. Whether that
process is gone is told by a lock file (``<database>.senders/<token>.lock``) each open Outbox
holds for as long as it is open: the operating system drops the lock when the process dies,
so a second Composer (the command line while the window sends) leaves a live send alone.

Threads: the Outbox opens its own ``Store(path, threads=True)``; any thread may call it (the
window lists on the UI thread while a worker sends). ``claim`` is atomic, so two dispatchers,
in one process or two, never send the same message.

The CSV export is for A-to-Z claims: one row per message with every field, UTF-8 with a byte
order mark (Excel reads it as UTF-8 only then), written whole or not at all.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from composer.i18n import QT_TRANSLATE_NOOP, Context, translate
from composer.policy import Channel
from composer.services.file_lock import try_lock, unlock
from composer.services.files import FileWriteError, write_atomically
from composer.services.recorded import Recorded, reword
from composer.services.store import Store, StoreError, StoreProblem

__all__ = [
    "SENDABLE_CHANNELS",
    "Actor",
    "ConfirmedWarning",
    "Entry",
    "Event",
    "Outbox",
    "OutboxError",
    "OutboxProblem",
    "OutgoingAttachment",
    "OutgoingMessage",
    "State",
    "state_label",
]

SENDABLE_CHANNELS = frozenset({Channel.SP_API, Channel.EMAIL})
# What the outbox keeps for one message; the largest is an e-mail's HTML document. Five
# attachments of at most 10 MB each is the most the SP-API takes for one message.
MAX_TEXT = 1_000_000
MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024

# The outbox's errors in the interface's language (lupdate reads the context from this name).
OutboxWords = Context("OutboxWords")

# What the outbox records (reasons, the history's details) is written in English and reworded
# when read (composer.services.recorded); a note the user typed follows as it is.
_RECOVERED = Recorded(
    "OutboxWords",
    QT_TRANSLATE_NOOP(
        "OutboxWords",
        "Composer stopped while this message was being sent, so it may or may not have reached "
        "the buyer. Check the order's messages in Seller Central, then mark it sent or not sent, "
        "or send it again.",
    ),
)
RECOVERED_REASON = _RECOVERED()
_CHECKED_GOT = Recorded(
    "OutboxWords", QT_TRANSLATE_NOOP("OutboxWords", "The user checked: the buyer got it.")
)
_CHECKED_GOT_NOTE = Recorded(
    "OutboxWords",
    QT_TRANSLATE_NOOP("OutboxWords", "The user checked: the buyer got it. {note}"),
)
_CHECKED_NOT_GOT = Recorded(
    "OutboxWords",
    QT_TRANSLATE_NOOP("OutboxWords", "The user checked: the buyer did not get it."),
)
_CHECKED_NOT_GOT_NOTE = Recorded(
    "OutboxWords",
    QT_TRANSLATE_NOOP("OutboxWords", "The user checked: the buyer did not get it. {note}"),
)
_CANCELLED = Recorded("OutboxWords", QT_TRANSLATE_NOOP("OutboxWords", "Cancelled by the user."))
_CANCELLED_NOTE = Recorded(
    "OutboxWords", QT_TRANSLATE_NOOP("OutboxWords", "Cancelled by the user. {note}")
)
_AFTER_CHECKING = Recorded(
    "OutboxWords", QT_TRANSLATE_NOOP("OutboxWords", "after checking it had not arrived")
)
_AFTER_CHECKING_NOTE = Recorded(
    "OutboxWords", QT_TRANSLATE_NOOP("OutboxWords", "after checking it had not arrived {note}")
)
#: {reason} says why the message waits; {time} is when it may go out (UTC).
_NOT_BEFORE = Recorded(
    "OutboxWords", QT_TRANSLATE_NOOP("OutboxWords", "{reason} (not before {time})")
)

# The states in a sentence ("Message 3 is sent: …"), marked in their own context; the state's
# value is the English source, so English sentences read as before.
_STATE_WORDS = {
    "queued": QT_TRANSLATE_NOOP("OutboxState", "queued"),
    "sending": QT_TRANSLATE_NOOP("OutboxState", "sending"),
    "sent": QT_TRANSLATE_NOOP("OutboxState", "sent"),
    "failed": QT_TRANSLATE_NOOP("OutboxState", "failed"),
    "uncertain": QT_TRANSLATE_NOOP("OutboxState", "uncertain"),
}


def _noted(plain: Recorded, with_note: Recorded, note: str) -> str:
    """A recorded sentence and the user's note after it, as ``_join`` puts them."""
    note = note.strip() if note else ""
    return with_note(note=note) if note else plain()


class State(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"


def state_label(state: State | str) -> str:
    """A state as a sentence names it, in the interface's language ("queued" in English;
    context "OutboxState"); an unknown value as it is."""
    source = _STATE_WORDS.get(str(state))
    return translate("OutboxState", source) if source is not None else str(state)


class Actor(StrEnum):
    """Who made a change: Composer by itself, or the user's explicit action."""

    COMPOSER = "composer"
    USER = "user"


class OutboxProblem(StrEnum):
    NOT_FOUND = "not-found"
    WRONG_STATE = "wrong-state"  # e.g. retrying a message that was sent
    NEEDS_CHECK = "needs-check"  # an uncertain message needs "I checked" to go again
    INVALID = "invalid"  # a message that cannot be recorded as given
    EXPORT_FAILED = "export-failed"
    UNAVAILABLE = "unavailable"  # the outbox cannot be opened for sending


class OutboxError(Exception):
    """An outbox action that cannot be done; str() is one line a person can act on. Nothing
    was changed. Database problems are StoreError, as for the drafts."""

    def __init__(self, message: str, *, kind: OutboxProblem, entry_id: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.entry_id = entry_id


@dataclass(frozen=True, slots=True)
class ConfirmedWarning:
    """A warning the user saw and chose to send anyway: a rule id (or a send-gate id such as
    ``send.solicitation-allowance``) and the words shown."""

    id: str
    message: str


@dataclass(frozen=True, slots=True)
class OutgoingAttachment:
    name: str  # what the buyer sees, with its extension
    content_type: str
    data: bytes


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A message as it will be sent, with the check it passed: what ``Outbox.add`` records.

    ``text`` is the exact text the receiver gets (the SP-API text, the e-mail's text/plain
    part; empty for the review request, which Amazon writes); ``html`` the e-mail's HTML
    document ("" for the SP-API). ``marketplace`` is the code ("DE").
    """

    account: str
    order_id: str
    marketplace: str
    channel: Channel
    message_type: str  # SP-API type or "productReviewAndSellerFeedback"; "" for an e-mail
    subject: str
    text: str
    html: str = ""
    recipient: str = ""  # the buyer's relay address, e-mail only
    sender: str = ""  # the authorised sender address, e-mail only
    category: str = ""  # the check's verdict: critical / proactive ("" if none was run)
    findings: str = ""  # the check's findings in a line each: "warning rule-id: message"
    rule_ids: tuple[str, ...] = ()
    confirmed_warnings: tuple[ConfirmedWarning, ...] = ()
    confirmed_at: datetime | None = None
    attachments: tuple[OutgoingAttachment, ...] = ()
    coverage: tuple[datetime, datetime] | None = None  # warranty start and end


@dataclass(frozen=True, slots=True)
class Event:
    """One line of a message's history."""

    at: datetime
    action: str  # queued, sending, sent, failed, uncertain, deferred, recovered, retry, ...
    state: State  # the state after it
    actor: Actor
    detail: str


@dataclass(frozen=True, slots=True)
class Entry:
    """A message in the outbox, as stored."""

    id: int
    account: str
    order_id: str
    marketplace: str
    channel: Channel
    message_type: str
    subject: str
    text: str
    html: str
    recipient: str
    sender: str
    category: str
    findings: str
    rule_ids: tuple[str, ...]
    confirmed_warnings: tuple[ConfirmedWarning, ...]
    confirmed_at: datetime | None
    attachment_names: tuple[str, ...]
    coverage: tuple[datetime, datetime] | None
    state: State
    # Why it is in this state, in plain words ("" when nothing to say). Recorded in English;
    # read in the interface's language (composer.services.recorded), as are the receiver's
    # words and the history's details when Composer composed them.
    state_reason: str
    attempts: int  # times it went to ``sending``
    not_before: datetime | None  # queued after a 429: not to be sent before this
    created_at: datetime
    updated_at: datetime
    reply_reference: str  # x-amzn-RequestId or the e-mail's Message-ID
    reply_code: str  # the receiver's code (Amazon's errors[].code, an SMTP code)
    reply_message: str  # the receiver's words
    events: tuple[Event, ...] = field(default=())  # filled by ``entry``, not by ``entries``

    def due(self, now: datetime) -> bool:
        return self.state is State.QUEUED and (self.not_before is None or self.not_before <= now)


_COLUMNS = (
    "id, account, order_id, marketplace, channel, message_type, subject, text, html, recipient,"
    " sender, category, findings, rule_ids, confirmed_warnings, confirmed_at, coverage_start,"
    " coverage_end, state, state_reason, attempts, not_before, created_at, updated_at,"
    " reply_reference, reply_code, reply_message,"
    " (SELECT json_group_array(name) FROM (SELECT name FROM outbox_attachments a"
    " WHERE a.message_id = outbox.id ORDER BY position))"
)


class Outbox:
    """The outbox in the database at ``path`` (the drafts' database)."""

    def __init__(self, path: Path, *, timeout: float = 5.0) -> None:
        """Open it (creating the database if need be), and turn the sends that a process
        which has died left in ``sending`` into ``uncertain`` (``recovered`` names them).
        StoreError if the database cannot be used; OutboxError (UNAVAILABLE) if the lock file
        beside it cannot be made."""
        self.path = Path(path)
        self._store = Store(self.path, timeout=timeout, threads=True)
        try:
            self._lease = _Lease.take(self.path)
        except BaseException:
            self._store.close()
            raise
        try:
            self.recovered: tuple[int, ...] = self._recover()
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Close the database and drop the lock. A send still in flight on another thread
        will be found ``sending`` by the next open and become ``uncertain``. Idempotent."""
        try:
            self._store.close()
        finally:
            self._lease.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- recording and the dispatcher's transitions ---------------------------------------

    def add(self, message: OutgoingMessage) -> Entry:
        """Record a message as ``queued`` (committed when this returns). OutboxError
        (INVALID) naming the problem, and nothing recorded, if a field cannot be kept."""
        values = _checked(message)
        now = _now()
        with self._store.writing(OutboxWords.tr("record the message in the outbox")) as conn:
            cursor = conn.execute(
                "INSERT INTO outbox (account, order_id, marketplace, channel, message_type,"
                " subject, text, html, recipient, sender, coverage_start, coverage_end,"
                " category, findings, rule_ids, confirmed_warnings, confirmed_at, state,"
                " state_reason, attempts, not_before, owner, created_at, updated_at,"
                " reply_reference, reply_code, reply_message)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', 0, NULL, '',"
                " ?, ?, '', '', '')",
                (*values, str(State.QUEUED), _stamp(now), _stamp(now)),
            )
            entry_id = cursor.lastrowid
            assert entry_id is not None
            for position, attachment in enumerate(message.attachments):
                conn.execute(
                    "INSERT INTO outbox_attachments (message_id, position, name, content_type,"
                    " data) VALUES (?, ?, ?, ?, ?)",
                    (entry_id, position, attachment.name, attachment.content_type, attachment.data),
                )
            if message.confirmed_warnings:
                at = message.confirmed_at or now
                listed = "; ".join(w.id for w in message.confirmed_warnings)
                _log(
                    conn,
                    entry_id,
                    Event(at, "warnings-confirmed", State.QUEUED, Actor.USER, listed),
                )
            _log(conn, entry_id, Event(now, "queued", State.QUEUED, Actor.COMPOSER, ""))
        return self.entry(entry_id)

    def claim(self, entry_id: int, *, now: datetime | None = None) -> Entry:
        """Move a due ``queued`` message to ``sending`` for this outbox, committed: call it
        right before handing the message to the transport. OutboxError (WRONG_STATE) if it is
        not queued any more (another dispatcher took it, the user cancelled it) or not due."""
        now = now or _now()
        with self._store.writing(OutboxWords.tr("start sending the message")) as conn:
            cursor = conn.execute(
                "UPDATE outbox SET state = ?, owner = ?, attempts = attempts + 1,"
                " updated_at = ? WHERE id = ? AND state = ?"
                " AND (not_before IS NULL OR not_before <= ?)",
                (
                    str(State.SENDING),
                    self._lease.token,
                    _stamp(now),
                    entry_id,
                    str(State.QUEUED),
                    _stamp(now),
                ),
            )
            if cursor.rowcount == 0:
                raise self._not_claimable(conn, entry_id)
            _log(conn, entry_id, Event(now, "sending", State.SENDING, Actor.COMPOSER, ""))
        return self.entry(entry_id)

    def record_sent(self, entry_id: int, *, reference: str, reply: str) -> Entry:
        """``sending`` → ``sent``, with the receiver's request id or Message-ID and reply."""
        return self._finish(
            entry_id,
            State.SENT,
            "sent",
            reason="",
            reference=reference,
            code="",
            message=reply,
        )

    def record_failed(self, entry_id: int, *, code: str, message: str, reference: str) -> Entry:
        """``sending`` → ``failed``: the receiver answered and refused."""
        return self._finish(
            entry_id,
            State.FAILED,
            "failed",
            reason=message,
            reference=reference,
            code=code,
            message=message,
        )

    def record_uncertain(
        self, entry_id: int, *, code: str, message: str, reference: str, reason: str = ""
    ) -> Entry:
        """``sending`` → ``uncertain``: it went out and no clear answer came back."""
        return self._finish(
            entry_id,
            State.UNCERTAIN,
            "uncertain",
            reason=reason or message,
            reference=reference,
            code=code,
            message=message,
        )

    def record_deferred(
        self,
        entry_id: int,
        *,
        reason: str,
        code: str = "",
        reference: str = "",
        not_before: datetime | None = None,
    ) -> Entry:
        """``sending`` → ``queued``: nothing was accepted (throttled, or the network was
        down), so it goes out later by itself; ``not_before`` after a 429."""
        now = _now()
        with self._store.writing(OutboxWords.tr("put the message back in the queue")) as conn:
            cursor = conn.execute(
                "UPDATE outbox SET state = ?, owner = '', not_before = ?, state_reason = ?,"
                " reply_reference = ?, reply_code = ?, reply_message = ?, updated_at = ?"
                " WHERE id = ? AND state = ? AND owner = ?",
                (
                    str(State.QUEUED),
                    _stamp(not_before) if not_before else None,
                    reason,
                    reference,
                    code,
                    reason,
                    _stamp(now),
                    entry_id,
                    str(State.SENDING),
                    self._lease.token,
                ),
            )
            if cursor.rowcount == 0:
                raise self._not_sending(conn, entry_id)
            detail = (
                reason
                if not_before is None
                else _NOT_BEFORE(reason=reason, time=_stamp(not_before))
            )
            _log(conn, entry_id, Event(now, "deferred", State.QUEUED, Actor.COMPOSER, detail))
        return self.entry(entry_id)

    # -- the user's decisions -------------------------------------------------------------

    def retry(self, entry_id: int, *, i_checked: bool = False, note: str = "") -> Entry:
        """The user sends a ``failed`` or ``uncertain`` message again: back to ``queued``.
        An uncertain one needs ``i_checked`` (the user checked that the buyer did not get
        it): OutboxError (NEEDS_CHECK) otherwise; WRONG_STATE for any other state."""
        now = _now()
        with self._store.writing(OutboxWords.tr("queue the message again")) as conn:
            state = self._state(conn, entry_id)
            if state is State.UNCERTAIN and not i_checked:
                raise OutboxError(
                    OutboxWords.tr(
                        "Message {id} may have reached the buyer already. Check the order's"
                        " messages in Seller Central first; send it again only if it is not there"
                        " (confirm that you checked)."
                    ).format(id=entry_id),
                    kind=OutboxProblem.NEEDS_CHECK,
                    entry_id=entry_id,
                )
            if state not in (State.FAILED, State.UNCERTAIN):
                raise _wrong_state(entry_id, state, OutboxWords.tr("sent again"))
            conn.execute(
                "UPDATE outbox SET state = ?, not_before = NULL, state_reason = ?,"
                " updated_at = ? WHERE id = ?",
                (str(State.QUEUED), "", _stamp(now), entry_id),
            )
            detail = (
                _noted(_AFTER_CHECKING, _AFTER_CHECKING_NOTE, note)
                if state is State.UNCERTAIN
                else _join(note)
            )
            _log(conn, entry_id, Event(now, "retry", State.QUEUED, Actor.USER, detail))
        return self.entry(entry_id)

    def mark(self, entry_id: int, *, sent: bool, note: str = "") -> Entry:
        """The user settles an ``uncertain`` message after checking Seller Central: ``sent``
        True if the buyer got it, False if not (then it is ``failed`` and may be retried).
        OutboxError (WRONG_STATE) for any other state."""
        now = _now()
        with self._store.writing(OutboxWords.tr("mark the message")) as conn:
            state = self._state(conn, entry_id)
            if state is not State.UNCERTAIN:
                raise _wrong_state(entry_id, state, OutboxWords.tr("marked sent or not sent"))
            new = State.SENT if sent else State.FAILED
            reason = (
                _noted(_CHECKED_GOT, _CHECKED_GOT_NOTE, note)
                if sent
                else _noted(_CHECKED_NOT_GOT, _CHECKED_NOT_GOT_NOTE, note)
            )
            conn.execute(
                "UPDATE outbox SET state = ?, state_reason = ?, updated_at = ? WHERE id = ?",
                (str(new), reason, _stamp(now), entry_id),
            )
            action = "marked-sent" if sent else "marked-not-sent"
            _log(conn, entry_id, Event(now, action, new, Actor.USER, note))
        return self.entry(entry_id)

    def cancel(self, entry_id: int, *, note: str = "") -> Entry:
        """The user withdraws a ``queued`` message before it goes out: it becomes ``failed``
        ("cancelled") and may still be retried. WRONG_STATE for any other state (one being
        sent cannot be called back)."""
        now = _now()
        with self._store.writing(OutboxWords.tr("cancel the message")) as conn:
            state = self._state(conn, entry_id)
            if state is not State.QUEUED:
                raise _wrong_state(entry_id, state, OutboxWords.tr("cancelled"))
            conn.execute(
                "UPDATE outbox SET state = ?, state_reason = ?, not_before = NULL,"
                " updated_at = ? WHERE id = ?",
                (
                    str(State.FAILED),
                    _noted(_CANCELLED, _CANCELLED_NOTE, note),
                    _stamp(now),
                    entry_id,
                ),
            )
            _log(conn, entry_id, Event(now, "cancelled", State.FAILED, Actor.USER, note))
        return self.entry(entry_id)

    # -- reading --------------------------------------------------------------------------

    def entry(self, entry_id: int) -> Entry:
        """One message with its history; OutboxError (NOT_FOUND) if there is none."""
        with self._store.reading(OutboxWords.tr("read the outbox")) as conn:
            row = conn.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE id = ?", (entry_id,)
            ).fetchone()
            if row is None:
                raise _not_found(entry_id)
            events = conn.execute(
                "SELECT at, action, state, actor, detail FROM outbox_events"
                " WHERE message_id = ? ORDER BY id",
                (entry_id,),
            ).fetchall()
        entry = self._entry_from_row(row)
        history = tuple(self._event_from_row(entry_id, e) for e in events)
        return _with_events(entry, history)

    def entries(
        self,
        *,
        states: Iterable[State] | None = None,
        account: str | None = None,
        order_id: str | None = None,
        newest_first: bool = True,
        limit: int | None = None,
    ) -> list[Entry]:
        """The messages (without their history), newest first unless asked otherwise."""
        where, params = [], []
        if states is not None:
            chosen = [str(State(s)) for s in states]
            where.append(f"state IN ({', '.join('?' * len(chosen))})" if chosen else "0")
            params.extend(chosen)
        if account is not None:
            where.append("account = ?")
            params.append(account)
        if order_id is not None:
            where.append("order_id = ?")
            params.append(order_id)
        sql = f"SELECT {_COLUMNS} FROM outbox"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY id DESC" if newest_first else " ORDER BY id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._store.reading(OutboxWords.tr("read the outbox")) as conn:
            rows = conn.execute(sql, params).fetchall()
        return [self._entry_from_row(row) for row in rows]

    def queued(self) -> list[Entry]:
        """The messages waiting to go out, oldest first (the order they are sent in)."""
        return self.entries(states=(State.QUEUED,), newest_first=False)

    def counts(self) -> dict[State, int]:
        """How many messages are in each state (for the window's status line)."""
        with self._store.reading(OutboxWords.tr("count the outbox")) as conn:
            rows = conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
        counts = dict.fromkeys(State, 0)
        for state, n in rows:
            counts[self._state_value(state, "the outbox")] = int(n)
        return counts

    def attachments(self, entry_id: int) -> tuple[OutgoingAttachment, ...]:
        """The files of a message, as they are to be sent."""
        with self._store.reading(OutboxWords.tr("read the message's attachments")) as conn:
            rows = conn.execute(
                "SELECT name, content_type, data FROM outbox_attachments WHERE message_id = ?"
                " ORDER BY position",
                (entry_id,),
            ).fetchall()
        return tuple(OutgoingAttachment(r[0], r[1], bytes(r[2])) for r in rows)

    # -- export ---------------------------------------------------------------------------

    def export_csv(self, path: Path, *, ids: Sequence[int] | None = None) -> int:
        """Write the log (every message, or those with ``ids``) to a CSV file for an A-to-Z
        claim and return the number of rows: one per message, oldest first, every field, its
        history in one cell. UTF-8 with a byte order mark, so Excel reads the accents and
        emoji. A cell Excel would run as a formula (starting with = + - @) gets a leading
        apostrophe, as OWASP advises; nothing else is changed. The file is written whole or
        not at all: OutboxError (EXPORT_FAILED) if it cannot be."""
        path = Path(path)
        chosen = self.entries(newest_first=False)
        if ids is not None:
            wanted = set(ids)
            missing = wanted - {e.id for e in chosen}
            if missing:
                raise _not_found(min(missing))
            chosen = [e for e in chosen if e.id in wanted]
        histories = self._histories([e.id for e in chosen])
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, dialect="excel")
        writer.writerow(CSV_HEADER)
        for entry in chosen:
            writer.writerow([_cell(v) for v in _csv_row(entry, histories.get(entry.id, ()))])
        _write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
        return len(chosen)

    # -- inside ---------------------------------------------------------------------------

    def _finish(
        self,
        entry_id: int,
        state: State,
        action: str,
        *,
        reason: str,
        reference: str,
        code: str,
        message: str,
    ) -> Entry:
        now = _now()
        with self._store.writing(OutboxWords.tr("record the outcome of the send")) as conn:
            cursor = conn.execute(
                "UPDATE outbox SET state = ?, owner = '', state_reason = ?, reply_reference = ?,"
                " reply_code = ?, reply_message = ?, not_before = NULL, updated_at = ?"
                " WHERE id = ? AND state = ? AND owner = ?",
                (
                    str(state),
                    reason,
                    reference,
                    code,
                    message,
                    _stamp(now),
                    entry_id,
                    str(State.SENDING),
                    self._lease.token,
                ),
            )
            if cursor.rowcount == 0:
                raise self._not_sending(conn, entry_id)
            detail = " ".join(part for part in (code, message, reference) if part)
            _log(conn, entry_id, Event(now, action, state, Actor.COMPOSER, detail))
        return self.entry(entry_id)

    def _recover(self) -> tuple[int, ...]:
        with self._store.reading(OutboxWords.tr("read the outbox")) as conn:
            rows = conn.execute(
                "SELECT id, owner FROM outbox WHERE state = ? ORDER BY id", (str(State.SENDING),)
            ).fetchall()
        abandoned = [
            (int(i), str(owner)) for i, owner in rows if not _Lease.alive(self.path, owner)
        ]
        if not abandoned:
            return ()
        recovered = []
        now = _now()
        with self._store.writing(OutboxWords.tr("recover the interrupted sends")) as conn:
            for entry_id, owner in abandoned:
                cursor = conn.execute(
                    "UPDATE outbox SET state = ?, owner = '', state_reason = ?, updated_at = ?"
                    " WHERE id = ? AND state = ? AND owner = ?",
                    (
                        str(State.UNCERTAIN),
                        RECOVERED_REASON,
                        _stamp(now),
                        entry_id,
                        str(State.SENDING),
                        owner,
                    ),
                )
                if cursor.rowcount:  # another Composer opening at the same time may be first
                    event = Event(
                        now, "recovered", State.UNCERTAIN, Actor.COMPOSER, RECOVERED_REASON
                    )
                    _log(conn, entry_id, event)
                    recovered.append(entry_id)
        for _, owner in abandoned:
            _Lease.forget(self.path, owner)
        return tuple(recovered)

    def _histories(self, ids: Sequence[int]) -> dict[int, tuple[Event, ...]]:
        wanted = set(ids)
        with self._store.reading(OutboxWords.tr("read the outbox's history")) as conn:
            rows = conn.execute(
                "SELECT message_id, at, action, state, actor, detail FROM outbox_events"
                " ORDER BY message_id, id"
            ).fetchall()
        out: dict[int, list[Event]] = {}
        for row in rows:
            if row[0] in wanted:
                out.setdefault(row[0], []).append(self._event_from_row(row[0], row[1:]))
        return {k: tuple(v) for k, v in out.items()}

    def _state(self, conn: Any, entry_id: int) -> State:
        row = conn.execute("SELECT state FROM outbox WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise _not_found(entry_id)
        return self._state_value(row[0], OutboxWords.tr("message {id}").format(id=entry_id))

    def _not_claimable(self, conn: Any, entry_id: int) -> OutboxError:
        state = self._state(conn, entry_id)
        if state is State.QUEUED:
            return OutboxError(
                OutboxWords.tr(
                    "Message {id} is waiting: Amazon asked to wait before sending again"
                ).format(id=entry_id),
                kind=OutboxProblem.WRONG_STATE,
                entry_id=entry_id,
            )
        return _wrong_state(entry_id, state, OutboxWords.tr("sent now"))

    def _not_sending(self, conn: Any, entry_id: int) -> OutboxError:
        state = self._state(conn, entry_id)
        #: {state} is the message's state ("queued", "sent" …).
        return OutboxError(
            OutboxWords.tr("Message {id} is {state}, not being sent by this Composer").format(
                id=entry_id, state=state_label(state)
            ),
            kind=OutboxProblem.WRONG_STATE,
            entry_id=entry_id,
        )

    def _bad(self, where: str, what: str, value: object) -> StoreError:
        # The store's sentence (same context and source: one catalogue entry).
        return StoreError(
            translate(
                "StoreWords", "{path} is damaged: {where} has an unreadable {field} ({value})"
            ).format(path=self.path, where=where, field=what, value=f"{value!r:.40}"),
            kind=StoreProblem.DAMAGED,
            path=self.path,
        )

    def _state_value(self, value: object, where: str) -> State:
        try:
            return State(str(value))
        except ValueError:
            raise self._bad(where, OutboxWords.tr("state"), value) from None

    def _time(self, value: object, where: str, what: str) -> datetime:
        try:
            stamp = datetime.fromisoformat(str(value))
        except ValueError:
            raise self._bad(where, what, value) from None
        return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)

    def _optional_time(self, value: object, where: str, what: str) -> datetime | None:
        return None if value is None else self._time(value, where, what)

    def _json_list(self, value: object, where: str, what: str) -> list[Any]:
        try:
            loaded = json.loads(str(value))
        except ValueError:
            raise self._bad(where, what, value) from None
        if not isinstance(loaded, list):
            raise self._bad(where, what, value)
        return loaded

    def _entry_from_row(self, row: Sequence[Any]) -> Entry:
        where = OutboxWords.tr("outbox message {id}").format(id=row[0])
        try:
            channel = Channel(row[4])
        except ValueError:
            raise self._bad(where, OutboxWords.tr("channel"), row[4]) from None
        try:
            warnings = tuple(
                ConfirmedWarning(str(i), str(m))
                for i, m in self._json_list(row[14], where, OutboxWords.tr("confirmed warnings"))
            )
        except (TypeError, ValueError):
            raise self._bad(where, OutboxWords.tr("confirmed warnings"), row[14]) from None
        start = self._optional_time(row[16], where, OutboxWords.tr("coverage start"))
        end = self._optional_time(row[17], where, OutboxWords.tr("coverage end"))
        return Entry(
            id=int(row[0]),
            account=row[1],
            order_id=row[2],
            marketplace=row[3],
            channel=channel,
            message_type=row[5],
            subject=row[6],
            text=row[7],
            html=row[8],
            recipient=row[9],
            sender=row[10],
            category=row[11],
            findings=row[12],
            rule_ids=tuple(
                str(r) for r in self._json_list(row[13], where, OutboxWords.tr("rule ids"))
            ),
            confirmed_warnings=warnings,
            confirmed_at=self._optional_time(row[15], where, OutboxWords.tr("confirmation time")),
            attachment_names=tuple(
                str(n) for n in self._json_list(row[27], where, OutboxWords.tr("files"))
            ),
            coverage=(start, end) if start is not None and end is not None else None,
            state=self._state_value(row[18], where),
            state_reason=reword(row[19]),
            attempts=int(row[20]),
            not_before=self._optional_time(row[21], where, OutboxWords.tr("time to wait for")),
            created_at=self._time(row[22], where, OutboxWords.tr("time of recording")),
            updated_at=self._time(row[23], where, OutboxWords.tr("time of the last change")),
            reply_reference=row[24],
            reply_code=row[25],
            reply_message=reword(row[26]),
        )

    def _event_from_row(self, entry_id: int, row: Sequence[Any]) -> Event:
        where = OutboxWords.tr("the history of outbox message {id}").format(id=entry_id)
        try:
            actor = Actor(row[3])
        except ValueError:
            raise self._bad(where, OutboxWords.tr("actor"), row[3]) from None
        return Event(
            at=self._time(row[0], where, OutboxWords.tr("time")),
            action=str(row[1]),
            state=self._state_value(row[2], where),
            actor=actor,
            detail=reword(str(row[4])),
        )


# -- the lock that tells a live send from an abandoned one -----------------------------------


class _Lease:
    """A lock file held while an Outbox is open; its name (the token) is written on the
    messages this Outbox is sending. The OS releases the lock when the process dies."""

    def __init__(self, folder: Path, token: str, handle: int) -> None:
        self.folder = folder
        self.token = token
        self._handle: int | None = handle

    @staticmethod
    def folder_of(database: Path) -> Path:
        return database.with_name(f"{database.name}.senders")

    @classmethod
    def take(cls, database: Path) -> _Lease:
        folder = cls.folder_of(database)
        token = secrets.token_hex(8)
        try:
            folder.mkdir(exist_ok=True)
            handle = os.open(folder / f"{token}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise OutboxError(
                OutboxWords.tr(
                    "Cannot prepare sending: {folder} cannot be written ({reason})"
                ).format(folder=folder, reason=exc.strerror or exc),
                kind=OutboxProblem.UNAVAILABLE,
            ) from exc
        if not try_lock(handle):  # a fresh random name: nobody else can hold it
            os.close(handle)
            raise OutboxError(
                OutboxWords.tr("Cannot prepare sending: cannot lock a file in {folder}").format(
                    folder=folder
                ),
                kind=OutboxProblem.UNAVAILABLE,
            )
        return cls(folder, token, handle)

    @classmethod
    def alive(cls, database: Path, token: str) -> bool:
        """Whether the Outbox that wrote ``token`` is still open (in any process)."""
        if not token or not token.isalnum():
            return False
        try:
            handle = os.open(cls.folder_of(database) / f"{token}.lock", os.O_RDWR)
        except OSError:
            return False  # no lock file: its owner closed or never made one
        try:
            if try_lock(handle):
                unlock(handle)
                return False
            return True
        finally:
            os.close(handle)

    @classmethod
    def forget(cls, database: Path, token: str) -> None:
        if token and token.isalnum():
            with contextlib.suppress(OSError):
                (cls.folder_of(database) / f"{token}.lock").unlink()

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            unlock(handle)
        os.close(handle)
        with contextlib.suppress(OSError):
            (self.folder / f"{self.token}.lock").unlink()


# -- values in and out -----------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("times in the outbox must carry a time zone")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _log(conn: Any, entry_id: int, event: Event) -> None:
    conn.execute(
        "INSERT INTO outbox_events (message_id, at, action, state, actor, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (
            entry_id,
            _stamp(event.at),
            event.action,
            str(event.state),
            str(event.actor),
            event.detail,
        ),
    )


def _with_events(entry: Entry, events: tuple[Event, ...]) -> Entry:
    from dataclasses import replace  # noqa: PLC0415

    return replace(entry, events=events)


def _not_found(entry_id: int) -> OutboxError:
    return OutboxError(
        OutboxWords.tr("There is no message {id} in the outbox").format(id=entry_id),
        kind=OutboxProblem.NOT_FOUND,
        entry_id=entry_id,
    )


def _wrong_state(entry_id: int, state: State, wanted: str) -> OutboxError:
    #: {state} is the message's state ("queued", "sent" …), {wanted} "sent again", "cancelled" …
    return OutboxError(
        OutboxWords.tr("Message {id} is {state}: it cannot be {wanted}").format(
            id=entry_id, state=state_label(state), wanted=wanted
        ),
        kind=OutboxProblem.WRONG_STATE,
        entry_id=entry_id,
    )


def _invalid(reason: str) -> OutboxError:
    return OutboxError(
        OutboxWords.tr("Cannot record the message: {reason}").format(reason=reason),
        kind=OutboxProblem.INVALID,
    )


# A message's fields as the errors name them.
_FIELD_WORDS = {
    "account": QT_TRANSLATE_NOOP("OutboxWords", "account"),
    "order_id": QT_TRANSLATE_NOOP("OutboxWords", "order id"),
    "marketplace": QT_TRANSLATE_NOOP("OutboxWords", "marketplace"),
    "message_type": QT_TRANSLATE_NOOP("OutboxWords", "message type"),
    "subject": QT_TRANSLATE_NOOP("OutboxWords", "subject"),
    "text": QT_TRANSLATE_NOOP("OutboxWords", "text"),
    "html": QT_TRANSLATE_NOOP("OutboxWords", "html"),
    "recipient": QT_TRANSLATE_NOOP("OutboxWords", "recipient"),
    "sender": QT_TRANSLATE_NOOP("OutboxWords", "sender"),
    "category": QT_TRANSLATE_NOOP("OutboxWords", "category"),
    "findings": QT_TRANSLATE_NOOP("OutboxWords", "findings"),
}


def _text(message: OutgoingMessage, name: str, *, one_line: bool, required: bool) -> str:
    value = getattr(message, name)
    source = _FIELD_WORDS.get(name)
    label = translate("OutboxWords", source) if source else name.replace("_", " ")
    if not isinstance(value, str):
        #: {field} is "order id", "subject" …; {kind} Python's name of a type.
        raise _invalid(
            OutboxWords.tr("the {field} must be text, not {kind}").format(
                field=label, kind=type(value).__name__
            )
        )
    if required and not value.strip():
        raise _invalid(OutboxWords.tr("the {field} is missing").format(field=label))
    if len(value) > MAX_TEXT:
        raise _invalid(
            OutboxWords.tr("the {field} is longer than {limit} characters").format(
                field=label, limit=f"{MAX_TEXT:,}"
            )
        )
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _invalid(
            OutboxWords.tr("the {field} has an invalid character (half a surrogate pair)").format(
                field=label
            )
        ) from None
    if one_line and any(c in value for c in "\r\n\x00"):
        raise _invalid(OutboxWords.tr("the {field} must be one line").format(field=label))
    return value


def _checked(message: OutgoingMessage) -> tuple[Any, ...]:
    """The column values of a message, every field checked first."""
    if not isinstance(message, OutgoingMessage):
        raise _invalid(
            OutboxWords.tr("expected an OutgoingMessage, not {kind}").format(
                kind=type(message).__name__
            )
        )
    try:
        channel = Channel(message.channel)
    except ValueError:
        raise _invalid(
            OutboxWords.tr("unknown channel {channel}").format(channel=repr(message.channel))
        ) from None
    if channel not in SENDABLE_CHANNELS:
        raise _invalid(
            OutboxWords.tr("Composer cannot send by {channel} (only sp-api and email)").format(
                channel=channel
            )
        )
    account = _text(message, "account", one_line=True, required=True)
    order_id = _text(message, "order_id", one_line=True, required=True)
    marketplace = _text(message, "marketplace", one_line=True, required=True)
    message_type = _text(message, "message_type", one_line=True, required=False)
    subject = _text(message, "subject", one_line=True, required=False)
    text = _text(message, "text", one_line=False, required=False)
    html = _text(message, "html", one_line=False, required=False)
    recipient = _text(message, "recipient", one_line=True, required=channel is Channel.EMAIL)
    sender = _text(message, "sender", one_line=True, required=False)
    category = _text(message, "category", one_line=True, required=False)
    findings = _text(message, "findings", one_line=False, required=False)
    if channel is Channel.SP_API and not message_type.strip():
        raise _invalid(OutboxWords.tr("an SP-API message needs its message type"))
    rule_ids = [str(r) for r in message.rule_ids]
    warnings = [[str(w.id), str(w.message)] for w in message.confirmed_warnings]
    for rule in (*rule_ids, *(w[0] for w in warnings)):
        if not rule.strip() or any(c in rule for c in "\r\n"):
            raise _invalid(OutboxWords.tr("not a rule id: {rule}").format(rule=repr(rule)))
    if message.confirmed_at is not None and message.confirmed_at.tzinfo is None:
        raise _invalid(OutboxWords.tr("the time of confirmation must carry a time zone"))
    if len(message.attachments) > MAX_ATTACHMENTS:
        # More than five files: always a plural in English.
        raise _invalid(
            OutboxWords.tr("%n files; at most {limit}", "", len(message.attachments)).format(
                limit=MAX_ATTACHMENTS
            )
        )
    for attachment in message.attachments:
        if not isinstance(attachment.data, bytes):
            raise _invalid(
                OutboxWords.tr("the file {name} has no bytes").format(name=repr(attachment.name))
            )
        if len(attachment.data) > MAX_ATTACHMENT_BYTES:
            raise _invalid(
                OutboxWords.tr("the file {name} is larger than 10 MB").format(
                    name=repr(attachment.name)
                )
            )
        if not attachment.name.strip() or any(c in attachment.name for c in "\r\n\x00/\\"):
            raise _invalid(
                OutboxWords.tr("not a file name: {name}").format(name=repr(attachment.name))
            )
    coverage_start = coverage_end = None
    if message.coverage is not None:
        start, end = message.coverage
        if start.tzinfo is None or end.tzinfo is None:
            raise _invalid("the warranty's dates must carry a time zone")
        if end < start:
            raise _invalid("the warranty ends before it starts")
        coverage_start, coverage_end = _stamp(start), _stamp(end)
    return (
        account,
        order_id,
        marketplace,
        str(channel),
        message_type,
        subject,
        text,
        html,
        recipient,
        sender,
        coverage_start,
        coverage_end,
        category,
        findings,
        json.dumps(rule_ids, ensure_ascii=False),
        json.dumps(warnings, ensure_ascii=False),
        _stamp(message.confirmed_at) if message.confirmed_at else None,
    )


# -- CSV -------------------------------------------------------------------------------------

CSV_HEADER = (
    "id",
    "created (UTC)",
    "account",
    "marketplace",
    "order id",
    "channel",
    "message type",
    "subject",
    "recipient",
    "sender",
    "text sent",
    "html sent",
    "attachments",
    "warranty coverage",
    "check category",
    "check findings",
    "rule ids",
    "confirmed warnings",
    "warnings confirmed at (UTC)",
    "state",
    "state reason",
    "attempts",
    "last change (UTC)",
    "reply reference (request id / message id)",
    "reply code",
    "reply message",
    "history (UTC)",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_time(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]


def _csv_row(entry: Entry, history: Sequence[Event]) -> list[str]:
    coverage = ""
    if entry.coverage is not None:
        coverage = f"{_csv_time(entry.coverage[0])} to {_csv_time(entry.coverage[1])}"
    events = "\n".join(
        " ".join(
            part
            for part in (
                _csv_time(e.at),
                e.action,
                "(by the user)" if e.actor is Actor.USER else "",
                f"— {e.detail}" if e.detail else "",
            )
            if part
        )
        for e in history
    )
    return [
        str(entry.id),
        _csv_time(entry.created_at),
        entry.account,
        entry.marketplace,
        entry.order_id,
        str(entry.channel),
        entry.message_type,
        entry.subject,
        entry.recipient,
        entry.sender,
        entry.text,
        entry.html,
        "; ".join(entry.attachment_names),
        coverage,
        entry.category,
        entry.findings,
        " ".join(entry.rule_ids),
        "\n".join(f"{w.id}: {w.message}" for w in entry.confirmed_warnings),
        _csv_time(entry.confirmed_at),
        str(entry.state),
        entry.state_reason,
        str(entry.attempts),
        _csv_time(entry.updated_at),
        entry.reply_reference,
        entry.reply_code,
        entry.reply_message,
        events,
    ]


def _cell(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except FileWriteError as exc:
        if exc.in_folder:
            message = OutboxWords.tr("Cannot write in {folder}: {reason}").format(
                folder=path.parent, reason=exc.reason
            )
        else:
            message = OutboxWords.tr("Cannot write {path}: {reason}").format(
                path=path, reason=exc.reason
            )
        raise OutboxError(message, kind=OutboxProblem.EXPORT_FAILED) from exc
