"""The window's one way to the sending services: the accounts, the outbox and the Sender, made
on first use, and a thread pool for everything that talks to the network or the keyring.

The design guide wants the window painted before ``requests`` and ``keyring`` load, so this
module imports no service at its top: ``book``, ``outbox`` and ``dispatcher`` (the Sender) are
built the first time they are asked for (on the UI thread, before any job that uses them
starts). Work that may
wait on the network or on a keyring prompt (checking a message with Amazon, delivering it,
draining the queue, testing an account, storing secrets) runs as a job on the pool; its result
comes back on the UI thread through a signal, to the callback of the widget that asked, unless
that widget is gone by then.

Every delivery is recorded by the Sender before it starts and its end is committed by it, on the
worker; the hub only reports it (``delivery_finished``, ``outbox_changed``, ``counts_changed``).
While messages wait in the queue (sent while offline, or throttled), a timer drains it every
``DRAIN_INTERVAL_MS``. ``busy`` tells the window whether a job is still running, so closing can
wait for a delivery instead of leaving it in ``sending``.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import isValid

if TYPE_CHECKING:
    from composer.services.accounts import AccountBook
    from composer.services.credentials import Credentials
    from composer.services.outbox import Entry, Outbox, State
    from composer.services.sending import Prepared, Sender, SendRequest

DRAIN_INTERVAL_MS = 30_000  # how often the queue is tried while messages wait in it
WORKERS = 4  # a check with Amazon need not wait behind a slow delivery

Done = Callable[[Any], None]


class _Signals(QObject):
    done = Signal(int, object)  # ticket, result (a value or the Exception raised)


class _Job(QRunnable):
    """Runs ``work`` on a pool thread and hands its result (or its exception) back."""

    def __init__(self, ticket: int, work: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self._ticket = ticket
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result: object = self._work()
        except Exception as exc:  # shown to the user, never lost in a thread
            result = exc
        with suppress(RuntimeError):  # the hub is gone (never while the window waits for it)
            self._signals.done.emit(self._ticket, result)


@dataclass(slots=True)
class _Pending:
    kind: str  # "deliver", "drain", "prepare" or "other"
    receiver: QObject | None
    done: Done | None


class SendingHub(QObject):
    """The accounts, the outbox and the Sender of one window, and the jobs that use them.

    ``database`` is the drafts' database (the outbox lives in it); ``accounts_path`` the
    accounts file (None: ``AccountBook.default_path()``). ``credentials`` and ``make_sender``
    are for tests and trials (an in-memory keyring; a Sender whose SP-API clients have a rate
    limiter of their own); by default the OS keyring and ``Sender(outbox, book)``.
    """

    outbox_changed = Signal()  # a message was recorded or changed state
    counts_changed = Signal(object)  # dict[State, int]
    delivery_finished = Signal(object)  # Entry, as its delivery ended
    busy_changed = Signal(bool)
    recovered = Signal(object)  # tuple[int, ...]: sends a dead process left, now uncertain
    problem = Signal(str)  # a job of the hub's own (the queue) failed: plain words

    def __init__(
        self,
        database: Path,
        accounts_path: Path | None = None,
        *,
        credentials: Credentials | None = None,
        make_sender: Callable[[Outbox, AccountBook], Sender] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = Path(database)
        self.accounts_path = accounts_path
        self._credentials = credentials
        self._make_sender = make_sender
        self._book: AccountBook | None = None
        self._outbox: Outbox | None = None
        self._sender: Sender | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(WORKERS)
        self._signals = _Signals(self)
        self._signals.done.connect(self._finished)
        self._pending: dict[int, _Pending] = {}
        self._ticket = 0
        self._waiting_for: dict[int, list[tuple[QObject | None, Done]]] = {}
        self.counts: dict[State, int] = {}
        self.drain_timer = QTimer(self)
        self.drain_timer.setInterval(DRAIN_INTERVAL_MS)
        self.drain_timer.timeout.connect(self.drain)
        self._closed = False  # shut down: no more jobs
        self._draining = True  # False once the window is closing: no new run of the queue

    # -- the services, made on first use -------------------------------------------------------

    @property
    def book(self) -> AccountBook:
        if self._book is None:
            from composer.services.accounts import AccountBook  # noqa: PLC0415
            from composer.services.credentials import Credentials  # noqa: PLC0415

            path = self.accounts_path or AccountBook.default_path()
            self._book = AccountBook(path, self._credentials or Credentials())
        return self._book

    @property
    def outbox(self) -> Outbox:
        """The outbox, opened on first use (StoreError or OutboxError when it cannot be).
        Opening it turns sends a dead Composer left in ``sending`` into ``uncertain``;
        ``recovered`` says which."""
        if self._outbox is None:
            from composer.services.outbox import Outbox  # noqa: PLC0415

            self._outbox = Outbox(self.database)
            if self._outbox.recovered:
                QTimer.singleShot(0, self, self._announce_recovered)  # after the caller
        return self._outbox

    def _announce_recovered(self) -> None:
        if self._outbox is not None:
            self.recovered.emit(self._outbox.recovered)

    @property
    def dispatcher(self) -> Sender:
        if self._sender is None:
            outbox, book = self.outbox, self.book
            if self._make_sender is not None:
                self._sender = self._make_sender(outbox, book)
            else:
                from composer.services.sending import Sender  # noqa: PLC0415

                self._sender = Sender(outbox, book)
        return self._sender

    # -- jobs ----------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """A job is running or waiting: closing now would cut it off."""
        return bool(self._pending)

    def run(
        self,
        work: Callable[[], object],
        receiver: QObject | None,
        done: Done | None,
        *,
        kind: str = "other",
    ) -> int:
        """Run ``work`` on the pool; ``done(result or exception)`` on the UI thread, unless
        ``receiver`` was deleted meanwhile. Returns the job's ticket."""
        if self._closed:
            raise RuntimeError("the sending hub is shut down")  # a bug, not for the user
        self._ticket += 1
        ticket = self._ticket
        was_busy = self.busy
        self._pending[ticket] = _Pending(kind, receiver, done)
        self._pool.start(_Job(ticket, work, self._signals))
        if not was_busy:
            self.busy_changed.emit(True)
        return ticket

    def _finished(self, ticket: int, result: object) -> None:
        pending = self._pending.pop(ticket, None)
        if pending is None:
            return
        try:
            if pending.done is not None and _alive(pending.receiver):
                pending.done(result)
        finally:
            if not self.busy:
                # No job runs (each is pending until its result is handled here): the
                # SP-API clients the workers made, an HTTP session each, can be closed. The
                # next job makes new ones (and fetches a new access token).
                if self._sender is not None:
                    self._sender.close()
                self.busy_changed.emit(False)

    def prepare(self, request: SendRequest, receiver: QObject, done: Done) -> int:
        """``Sender.prepare`` on the pool (it asks Amazon); ``done(Prepared | Exception)``."""
        sender = self.dispatcher
        return self.run(lambda: sender.prepare(request), receiver, done, kind="prepare")

    def record(self, prepared: Prepared, *, confirm_warnings: bool) -> Entry:
        """``Sender.record`` here, on the UI thread: one committed write, no network. The
        message is in the outbox when this returns, whatever happens next."""
        entry = self.dispatcher.record(prepared, confirm_warnings=confirm_warnings)
        self.refresh()
        return entry

    def deliver(self, entry_id: int, receiver: QObject | None, done: Done | None) -> int:
        """``Sender.deliver`` on the pool; ``done(Entry | Exception)`` with the entry as its
        delivery ended. If the queue's run took the message first, ``done`` gets the entry
        when that run has delivered it."""
        sender = self.dispatcher

        def work() -> object:
            from composer.services.outbox import OutboxError, OutboxProblem  # noqa: PLC0415

            try:
                return sender.deliver(entry_id)
            except OutboxError as exc:
                if exc.kind is OutboxProblem.WRONG_STATE:
                    return _TakenElsewhere(entry_id)
                raise

        def finished(result: object) -> None:
            if isinstance(result, _TakenElsewhere):
                self._follow(entry_id, receiver, done)
                return
            if not isinstance(result, Exception):
                self.delivery_finished.emit(result)
            if done is not None and _alive(receiver):
                done(result)
            self.refresh()

        return self.run(work, None, finished, kind="deliver")

    def _follow(self, entry_id: int, receiver: QObject | None, done: Done | None) -> None:
        """Another run is sending ``entry_id``: answer ``done`` when it has, or now if it
        already ended."""
        from composer.services.outbox import State  # noqa: PLC0415

        entry = self.outbox.entry(entry_id)
        if entry.state is State.SENDING and done is not None:
            self._waiting_for.setdefault(entry_id, []).append((receiver, done))
        elif done is not None and _alive(receiver):
            done(entry)

    def drain(self) -> None:
        """Send what waits in the queue (``Sender.run_pending``) on the pool, unless a run is
        already going; each message handled is announced by ``delivery_finished``."""
        if not self._draining or any(p.kind == "drain" for p in self._pending.values()):
            return
        try:
            sender = self.dispatcher
        except Exception as exc:  # the outbox cannot be opened: say so, try again later
            self.problem.emit(self.tr("The outbox cannot be opened: {error}").format(error=exc))
            return

        def finished(result: object) -> None:
            if isinstance(result, Exception):
                self.problem.emit(
                    self.tr("Sending the waiting messages failed: {error}").format(
                        error=plain_words(result)
                    )
                )
            elif isinstance(result, list):
                for entry in result:
                    self.delivery_finished.emit(entry)
                    for receiver, done in self._waiting_for.pop(entry.id, []):
                        if _alive(receiver):
                            done(entry)
            self.refresh()

        self.run(sender.run_pending, None, finished, kind="drain")

    # -- the user's decisions and the counts ---------------------------------------------------

    def retry(self, entry_id: int, *, i_checked: bool = False, note: str = "") -> Entry:
        """Queue a failed (or, checked, an uncertain) message again and start the queue."""
        entry = self.dispatcher.retry(entry_id, i_checked=i_checked, note=note)
        self.refresh()
        self.drain()
        return entry

    def mark(self, entry_id: int, *, sent: bool, note: str = "") -> Entry:
        entry = self.dispatcher.mark(entry_id, sent=sent, note=note)
        self.refresh()
        return entry

    def cancel(self, entry_id: int, *, note: str = "") -> Entry:
        entry = self.outbox.cancel(entry_id, note=note)
        self.refresh()
        return entry

    def refresh(self) -> dict[State, int]:
        """Count the outbox's messages by state (``counts_changed``), announce a change
        (``outbox_changed``), and keep the drain timer running while any wait."""
        from composer.services.outbox import State  # noqa: PLC0415

        try:
            counts = self.outbox.counts()
        except Exception as exc:  # a database problem: the window says so, nothing is lost
            self.problem.emit(self.tr("The outbox cannot be read: {error}").format(error=exc))
            return self.counts
        self.counts = counts
        if counts.get(State.QUEUED, 0) and self._draining:
            if not self.drain_timer.isActive():
                self.drain_timer.start()
        else:
            self.drain_timer.stop()
        self.counts_changed.emit(counts)
        self.outbox_changed.emit()
        return counts

    def start(self) -> None:
        """Open the outbox now (after the window's first frame): show what waits and send it,
        and report the sends a dead Composer left uncertain."""
        from composer.services.outbox import State  # noqa: PLC0415

        if self.refresh().get(State.QUEUED, 0):
            self.drain()

    # -- the end ----------------------------------------------------------------------------------

    def stop_draining(self) -> None:
        """The window is closing: no new run of the queue (what waits goes out next time)."""
        self._draining = False
        self.drain_timer.stop()

    def shutdown(self, msecs: int = 10_000) -> bool:
        """Stop the timer, wait for the jobs, close the Sender and the outbox. False if a job
        did not end in time: the outbox is then left open, and a send still in flight will be
        found by the next start (``sending`` from a dead process becomes ``uncertain``)."""
        self._closed = True
        self.stop_draining()
        if not self._pool.waitForDone(msecs):
            return False
        if self._sender is not None:
            self._sender.close()
        if self._outbox is not None:
            self._outbox.close()
        return True


@dataclass(frozen=True, slots=True)
class _TakenElsewhere:
    entry_id: int


def _alive(receiver: QObject | None) -> bool:
    return receiver is None or isValid(receiver)


def plain_words(exc: BaseException) -> str:
    """What went wrong, for a label or the status bar: the services' own ``message`` when it
    has one (never a secret: the services' messages hold none), else the exception's text."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    return str(exc) or type(exc).__name__
