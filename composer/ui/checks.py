"""Checks off the UI thread: one job in flight, the newest request waiting, stale results
dropped.

The window asks for a check after each edit (after a short debounce); a check takes a few
milliseconds, but the first one of a language loads a dictionary (up to half a second) and a
long message more, and none of that may stall typing. Each request carries the document's
revision; a result whose revision is no longer the newest is not shown. While a job runs, later
requests replace each other, so at most one more check runs after it: the newest.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

if TYPE_CHECKING:
    from composer.policy import CheckOptions, Message, Report


# How long the UI thread may wait for the GIL while a worker runs Python (a check, spelling
# suggestions). Python's default, 5 ms, is a third of a frame for each slot, key or paint
# callback that needs the GIL during a check: a check result asked for while typing stalled the
# UI thread 7-9 ms in ``QThreadPool.start`` alone (benchmarks/bench_typing.py). At 1 ms a wait
# for the GIL is 1.2 ms at the median, 2.6 ms at worst, with a check running beside it. The
# checks call no C function that holds the GIL for longer, so a shorter interval is kept.
UI_SWITCH_INTERVAL_S = 0.001


def share_the_gil_finely() -> None:
    """Make the interpreter hand the GIL over at least every ``UI_SWITCH_INTERVAL_S``."""
    if sys.getswitchinterval() > UI_SWITCH_INTERVAL_S:
        sys.setswitchinterval(UI_SWITCH_INTERVAL_S)


@dataclass(frozen=True, slots=True)
class CheckRequest:
    revision: int  # of the text: a result for an older text is stale
    message: Message
    options: CheckOptions
    context: Any = None  # what the window needs to show the result (the body's position map)
    serial: int = 0  # of the request: the same text asked again with other options is newer


class _Signals(QObject):
    done = Signal(object, object)  # CheckRequest, Report | Exception


class _Job(QRunnable):
    def __init__(self, request: CheckRequest, signals: _Signals) -> None:
        super().__init__()
        self._request = request
        self._signals = signals

    def run(self) -> None:
        try:
            # The engine is imported here, on the worker, by the first check: the window has
            # painted long before (design guide: heavy imports are lazy).
            from composer.policy import check  # noqa: PLC0415

            result: Report | Exception = check(self._request.message, self._request.options)
        except Exception as exc:  # shown in the window, never lost in a thread
            result = exc
        self._signals.done.emit(self._request, result)


class _WarmUp(QRunnable):
    """Loads the engine, the rule book and one language (its dictionary and phrase data) by
    checking a one-line message, so that the seller's first check is as quick as the others.
    Loading a dictionary holds the GIL for tens of milliseconds (json.loads): done right after
    the window's first frame, before anyone types, that pause costs nothing."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self._language = language

    def run(self) -> None:
        from composer.policy import Message, check  # noqa: PLC0415

        # Only a head start: whatever fails here, the real check reports.
        with suppress(Exception):
            check(Message(body="Hello", buyer_language=self._language))


class CheckRunner(QObject):
    """Runs checks on a thread pool of its own (one thread: checks are never parallel)."""

    finished = Signal(object, object)  # CheckRequest, Report (only the newest revision)
    failed = Signal(object, object)  # CheckRequest, Exception

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        share_the_gil_finely()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._running = False
        self._pending: CheckRequest | None = None
        self._newest = -1

    def submit(self, request: CheckRequest) -> None:
        self._newest = max(self._newest, request.revision)
        if self._running:
            self._pending = request
            return
        self._start(request)

    def _start(self, request: CheckRequest) -> None:
        self._running = True
        self._pool.start(_Job(request, self._signals))

    def _on_done(self, request: CheckRequest, result: Report | Exception) -> None:
        self._running = False
        # The result is shown before the waiting check starts: showing it is Python on the UI
        # thread (the panel's cards), which a check running beside it would make wait for the
        # GIL at every step; the check loses only that time.
        if request.revision >= self._newest:  # else stale: the text has changed since
            if isinstance(result, Exception):
                self.failed.emit(request, result)
            else:
                self.finished.emit(request, result)
        pending, self._pending = self._pending, None
        if pending is not None and not self._running:  # (one asked for meanwhile is newer)
            self._start(pending)

    def warm_up(self, language: str) -> None:
        """Load what the checks of ``language`` need, on the check thread (checks submitted
        meanwhile wait behind it)."""
        self._pool.start(_WarmUp(language))

    def is_idle(self) -> bool:
        return not self._running and self._pending is None

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutting down and for tests)."""
        return self._pool.waitForDone(msecs)


class Debouncer(QObject):
    """Calls ``action`` ``delay_ms`` after ``poke()``.

    With ``restart`` (a debounce), each poke starts the wait again: one call after a burst,
    as for checks. Without it (a throttle), the first poke starts the wait and later ones join
    it: one call at most ``delay_ms`` after any poke, however long the burst, as autosave
    needs (a seller who types without pausing must not lose more than that)."""

    def __init__(
        self, delay_ms: int, action: Callable[[], None], parent: QObject, restart: bool = True
    ) -> None:
        super().__init__(parent)
        self._restart = restart
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(action)

    def poke(self) -> None:
        if self._restart or not self._timer.isActive():
            self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()

    def flush(self) -> None:
        """Run now if a call is waiting."""
        if self._timer.isActive():
            self._timer.stop()
            self._timer.timeout.emit()


class _SuggestionJob(QRunnable):
    def __init__(self, language: str, word: str, key: object, signals: _SuggestionSignals) -> None:
        super().__init__()
        self._language, self._word, self._key, self._signals = language, word, key, signals

    def run(self) -> None:
        from composer.spelling import get_checker  # noqa: PLC0415 - on the worker

        checker = get_checker(self._language)
        found = checker.suggestions(self._word) if checker is not None else []
        self._signals.done.emit(self._language, self._word, self._key, found)


class _SuggestionSignals(QObject):
    done = Signal(str, str, object, list)


class SuggestionRunner(QObject):
    """Spelling suggestions, looked for on a worker and remembered per language and word."""

    found = Signal(object, list)  # the key given to request(), the suggestions

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        share_the_gil_finely()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _SuggestionSignals(self)
        self._signals.done.connect(self._done)
        self._cache: dict[tuple[str, str], list[str]] = {}

    def request(self, language: str, word: str, key: object) -> None:
        cached = self._cache.get((language, word))
        if cached is not None:
            self.found.emit(key, cached)
        else:
            self._pool.start(_SuggestionJob(language, word, key, self._signals))

    def _done(self, language: str, word: str, key: object, found: list[str]) -> None:
        self._cache[(language, word)] = found
        self.found.emit(key, found)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
