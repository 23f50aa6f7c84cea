"""The account's token bucket and the 429 back-off, on a fake clock: no real waiting."""

from __future__ import annotations

import random
import threading

import pytest

from composer.services.ratelimit import (
    MESSAGING_BURST,
    MESSAGING_RATE,
    SAFETY,
    Backoff,
    TokenBucket,
    limiter_for,
    uploads_limiter_for,
)


class FakeClock:
    """A clock that only moves when something sleeps on it (or the test moves it)."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += seconds


def bucket(rate: float = 1.0, burst: int = 5) -> tuple[TokenBucket, FakeClock]:
    clock = FakeClock()
    return TokenBucket(rate, burst, clock=clock, sleep=clock.sleep), clock


def test_a_full_bucket_lets_a_burst_through_without_waiting() -> None:
    limiter, clock = bucket()
    assert [limiter.acquire() for _ in range(5)] == [0.0] * 5
    assert clock.sleeps == []


def test_after_the_burst_each_request_waits_for_its_token() -> None:
    limiter, clock = bucket()
    for _ in range(5):
        limiter.acquire()
    waits = [limiter.acquire() for _ in range(3)]
    assert waits == pytest.approx([1.0, 1.0, 1.0])
    assert clock.now == pytest.approx(1003.0)


def test_tokens_refill_with_time_up_to_the_burst_only() -> None:
    limiter, clock = bucket()
    for _ in range(5):
        limiter.acquire()
    clock.advance(2.5)
    assert limiter.tokens == pytest.approx(2.5)
    clock.advance(100)
    assert limiter.tokens == pytest.approx(5.0)
    assert [limiter.try_acquire() for _ in range(6)] == [True] * 5 + [False]


def test_drain_empties_the_bucket_after_a_429() -> None:
    limiter, clock = bucket()
    limiter.drain()
    assert limiter.try_acquire() is False
    assert limiter.acquire() == pytest.approx(1.0)
    assert clock.sleeps == [pytest.approx(1.0)]


def test_no_window_of_one_second_holds_more_than_the_burst_at_the_accounts_rate() -> None:
    limiter, clock = bucket(MESSAGING_RATE * SAFETY, MESSAGING_BURST)
    times = []
    for _ in range(40):
        limiter.acquire()
        times.append(clock.now)
    most = max(sum(1 for t in times if start <= t < start + 1.0) for start in times)
    assert most == MESSAGING_BURST
    # ... and the long-run rate is just under Amazon's one per second.
    assert (len(times) - MESSAGING_BURST) / (times[-1] - times[0]) < MESSAGING_RATE


def test_threads_share_the_bucket_and_are_each_given_a_distinct_slot() -> None:
    limiter, _clock = bucket(rate=2.0, burst=1)
    results: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        reserved = limiter.reserve()
        with lock:
            results.append(reserved)

    threads = [threading.Thread(target=take) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # One token at once, then one every half second: every thread got its own time.
    assert sorted(results) == pytest.approx([0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5])


def test_bad_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="rate > 0"):
        TokenBucket(0, 5)
    with pytest.raises(ValueError, match="burst >= 1"):
        TokenBucket(1, 0)
    with pytest.raises(ValueError, match="attempts >= 1"):
        Backoff(attempts=0)


def test_one_bucket_per_account_shared_by_every_caller() -> None:
    first = limiter_for("test-ratelimit-shop")
    assert limiter_for("test-ratelimit-shop") is first
    assert limiter_for("test-ratelimit-other") is not first
    assert (first.rate, first.burst) == (pytest.approx(0.9), 5)
    uploads = uploads_limiter_for("test-ratelimit-shop")
    assert uploads is not first
    assert uploads is uploads_limiter_for("test-ratelimit-shop")
    assert (uploads.rate, uploads.burst) == (pytest.approx(9.0), 10)


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    backoff = Backoff(base=1.0, factor=2.0, cap=10.0, attempts=6, rng=random.Random(3))
    assert [backoff.nominal(n) for n in range(6)] == [1.0, 2.0, 4.0, 8.0, 10.0, 10.0]
    for n in range(6):
        delays = {backoff.delay(n) for _ in range(50)}
        assert len(delays) > 1  # jittered
        assert all(backoff.nominal(n) / 2 <= d <= backoff.nominal(n) for d in delays)
