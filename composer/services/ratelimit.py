"""Client-side rate limits for the SP-API: a thread-safe token bucket and a back-off for 429.

Amazon meters every Messaging and Solicitations operation with a token bucket per (seller,
application): 1 request per second, burst 5 (notes.md 1.5 and 2). An empty bucket answers 429,
and a 429 is refused work, not done work, so it is safe to send again after waiting. Composer
keeps its own bucket per account so that it rarely hits Amazon's:

- ``limiter_for(name)``: the account's one bucket for Messaging *and* Solicitations, every call
  (the GETs that ask which types an order allows, and the POSTs that send). Amazon's buckets are
  per operation; sharing one is stricter, and it is what the issue asks ("1 request per second,
  burst 5, shared by all sends of an account"). Every client of the same account (the window's,
  the outbox worker's) gets the same object, so together they stay under the limit.
- ``uploads_limiter_for(name)``: the account's bucket for the Uploads API's
  ``createUploadDestinationForResource`` (10/s, burst 10, a separate quota at Amazon). The S3
  upload itself and the Login with Amazon token exchange are not metered by the SP-API.

The account buckets refill at ``SAFETY`` (90%) of Amazon's rate. Amazon's bucket counts when a
request arrives, ours when it leaves, and the two differ by however long the network and the
machine take: a client that aims exactly at 1.000/s sees a sixth request land in some one-second
window at Amazon whenever the first of a burst took a millisecond longer than the sixth, and gets
a 429 for it. At 0.9/s the sixth request of a burst leaves 1.11 s after the first, so a request
may be up to 110 ms later than another and Amazon still counts at most 5 in any one second. The
cost is one message in ten per second, which no seller sending by hand will notice.

``Backoff`` is the wait between tries after a 429: exponential, with jitter so that several
clients that were refused together do not come back together, capped, and a bounded number of
attempts; after them the caller gives up with ``ThrottledError``.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = [
    "MESSAGING_BURST",
    "MESSAGING_RATE",
    "SAFETY",
    "UPLOADS_BURST",
    "UPLOADS_RATE",
    "Backoff",
    "RateLimiter",
    "TokenBucket",
    "limiter_for",
    "uploads_limiter_for",
]

# Amazon's default usage plans (messaging.json, solicitations.json, uploads_2020-11-01.json).
MESSAGING_RATE = 1.0  # requests per second, Messaging and Solicitations
MESSAGING_BURST = 5
UPLOADS_RATE = 10.0  # createUploadDestinationForResource since the 2023-02-20 model change
UPLOADS_BURST = 10
SAFETY = 0.9  # the account buckets refill this much slower than Amazon's (see the docstring)


class TokenBucket:
    """``burst`` tokens at most, refilled continuously at ``rate`` per second; a request takes
    one. Thread-safe; ``clock`` and ``sleep`` are injectable so tests need no real time.

    ``acquire`` reserves the next token under the lock and sleeps outside it: the balance may go
    below zero, and each waiting caller sleeps until its own token has been refilled. Callers are
    served in the order they asked, and none of them holds the lock while sleeping.
    """

    def __init__(
        self,
        rate: float,
        burst: int,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError(f"a token bucket needs rate > 0 and burst >= 1, not {rate}, {burst}")
        self.rate = float(rate)
        self.burst = int(burst)
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._tokens = float(burst)  # a fresh bucket is full: Amazon's is, after a pause
        self._updated = clock()

    def __repr__(self) -> str:
        return f"TokenBucket(rate={self.rate}, burst={self.burst}, tokens={self.tokens:.2f})"

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(float(self.burst), self._tokens + elapsed * self.rate)
        self._updated = now

    @property
    def tokens(self) -> float:
        """Tokens in the bucket now (negative while callers are waiting for reserved ones)."""
        with self._lock:
            self._refill()
            return self._tokens

    def try_acquire(self) -> bool:
        """Take a token if one is there now; never waits."""
        with self._lock:
            self._refill()
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                return True
            return False

    def reserve(self) -> float:
        """Take the next token and return how long the caller must wait before using it
        (0 when one was there). The caller must wait that long; ``acquire`` does."""
        with self._lock:
            self._refill()
            self._tokens -= 1.0
            if self._tokens >= 0.0:
                return 0.0
            return -self._tokens / self.rate

    def acquire(self) -> float:
        """Block until a token is there and take it; returns the seconds waited."""
        wait = self.reserve()
        if wait > 0.0:
            self._sleep(wait)
        return wait

    def drain(self) -> None:
        """Empty the bucket (keeping reservations already made): after a 429 the server's
        bucket is empty, so ours should not let the next burst through either."""
        with self._lock:
            self._refill()
            self._tokens = min(self._tokens, 0.0)


# The interface the SP-API client takes: one bucket per account.
RateLimiter = TokenBucket


_registry_lock = threading.Lock()
_messaging: dict[str, TokenBucket] = {}
_uploads: dict[str, TokenBucket] = {}


def limiter_for(account_name: str) -> RateLimiter:
    """The account's one shared bucket for Messaging and Solicitations calls (0.9/s, burst
    5): the same object for every caller in this process."""
    with _registry_lock:
        bucket = _messaging.get(account_name)
        if bucket is None:
            bucket = TokenBucket(MESSAGING_RATE * SAFETY, MESSAGING_BURST)
            _messaging[account_name] = bucket
        return bucket


def uploads_limiter_for(account_name: str) -> RateLimiter:
    """The account's bucket for creating upload destinations (9/s, burst 10)."""
    with _registry_lock:
        bucket = _uploads.get(account_name)
        if bucket is None:
            bucket = TokenBucket(UPLOADS_RATE * SAFETY, UPLOADS_BURST)
            _uploads[account_name] = bucket
        return bucket


@dataclass(frozen=True, slots=True)
class Backoff:
    """Waits between tries after a 429: ``base * factor**n`` capped at ``cap``, of which the
    second half is random ("equal jitter": never less than half the nominal wait, so a refused
    client does not come straight back, and never in step with the others). ``attempts`` is
    how many tries in all, the first included."""

    base: float = 1.0
    factor: float = 2.0
    cap: float = 30.0
    attempts: int = 5
    rng: random.Random = field(default_factory=random.Random, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.base < 0 or self.factor < 1 or self.cap < 0 or self.attempts < 1:
            raise ValueError("a back-off needs base >= 0, factor >= 1, cap >= 0, attempts >= 1")

    def nominal(self, retry: int) -> float:
        """The wait before retry number ``retry`` (0 for the first retry), before jitter."""
        return min(self.cap, self.base * self.factor ** max(0, retry))

    def delay(self, retry: int) -> float:
        """The wait before retry number ``retry``, with jitter: in [nominal/2, nominal]."""
        nominal = self.nominal(retry)
        return nominal / 2 + self.rng.uniform(0.0, nominal / 2)
