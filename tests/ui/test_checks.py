"""Checks off the UI thread: one in flight, the newest waiting, stale results dropped."""

from __future__ import annotations

import sys
import time

import pytest
from pytestqt.qtbot import QtBot

from composer.policy import CheckOptions, Message
from composer.ui.checks import (
    UI_SWITCH_INTERVAL_S,
    CheckRequest,
    CheckRunner,
    Debouncer,
    SuggestionRunner,
)


def request(revision: int, body: str) -> CheckRequest:
    return CheckRequest(revision, Message(body=body), CheckOptions())


def test_only_the_newest_revision_is_answered(qtbot: QtBot) -> None:
    runner = CheckRunner()
    answered: list[int] = []
    runner.finished.connect(lambda req, _report: answered.append(req.revision))
    for revision in range(1, 6):  # typed faster than checks run
        runner.submit(request(revision, "Thanks for your order!" + "!" * revision))
    qtbot.waitUntil(runner.is_idle, timeout=15_000)
    qtbot.wait(50)  # let the queued signal of the last job arrive
    assert answered == [5]


def test_a_failure_is_reported_not_lost(qtbot: QtBot) -> None:
    runner = CheckRunner()
    broken = CheckRequest(1, Message(body=None), CheckOptions())  # type: ignore[arg-type]
    with qtbot.waitSignal(runner.failed, timeout=15_000) as blocker:
        runner.submit(broken)
    assert isinstance(blocker.args[1], Exception)


def test_a_throttle_fires_during_a_burst_a_debounce_after_it(qtbot: QtBot) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    fired = {"throttle": 0, "debounce": 0}

    def count(name: str) -> None:
        fired[name] += 1

    throttle = Debouncer(80, lambda: count("throttle"), owner, restart=False)
    debounce = Debouncer(400, lambda: count("debounce"), owner)
    for _ in range(15):  # a burst of pokes 20 ms apart: 300 ms, longer than the throttle
        throttle.poke()
        debounce.poke()
        qtbot.wait(20)
    assert fired["throttle"] >= 2  # kept firing while the burst went on
    assert fired["debounce"] == 0  # waits for the pause
    qtbot.waitUntil(lambda: fired["debounce"] == 1, timeout=2000)


def test_a_runner_makes_the_gil_change_hands_often(qtbot: QtBot) -> None:  # noqa: ARG001 - the QApplication
    """While a check runs on the worker, each slot, key or paint callback on the UI thread
    waits for the GIL up to the interpreter's switch interval (5 ms by default): the runners
    bound it, and never lengthen a shorter one someone chose."""
    original = sys.getswitchinterval()
    try:
        sys.setswitchinterval(0.005)
        CheckRunner()
        assert sys.getswitchinterval() <= UI_SWITCH_INTERVAL_S
        sys.setswitchinterval(0.005)
        SuggestionRunner()
        assert sys.getswitchinterval() <= UI_SWITCH_INTERVAL_S
        sys.setswitchinterval(UI_SWITCH_INTERVAL_S / 2)
        CheckRunner()
        assert sys.getswitchinterval() == pytest.approx(UI_SWITCH_INTERVAL_S / 2)
    finally:
        sys.setswitchinterval(original)


def test_the_waiting_check_starts_after_the_result_is_shown(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Showing a result is Python on the UI thread; a check running beside it would make every
    step of it wait for the GIL. The check that waited starts when the result is shown."""
    import composer.policy

    real_check = composer.policy.check
    events: list[str] = []

    def check(message: Message, options: CheckOptions) -> object:
        events.append(f"check {message.body}")
        return real_check(message, options)

    monkeypatch.setattr(composer.policy, "check", check)
    runner = CheckRunner()

    def shown(req: CheckRequest, _report: object) -> None:
        time.sleep(0.05)  # the GIL is free: a check started already would run now
        events.append(f"shown {req.message.body}")

    runner.finished.connect(shown)
    runner.submit(request(1, "first"))
    runner.submit(request(1, "again"))  # the same text asked again (an ignore): it waits
    qtbot.waitUntil(lambda: "shown again" in events, timeout=15_000)
    assert events == ["check first", "shown first", "check again", "shown again"]
