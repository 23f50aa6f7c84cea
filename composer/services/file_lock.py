"""An inter-process lock around a read-modify-write of a file that is replaced by rename.

Two Composers may change the same file at once: the window and ``composer accounts add`` in a
terminal, or two commands. Each change loads the file, modifies it and saves it atomically;
without a lock both load the same version and the second save silently drops the first one's
change. ``locked(path)`` makes such changes take turns::

    with locked(lock_path(data_file)):
        current = load()
        save(modify(current))

The lock is a separate file beside the data file (``accounts.json.lock``), never the data file
itself: a save replaces the data file by rename, so a lock held on the old file would no longer
guard the name, and a second process would lock the new file alongside the first.

The lock is the operating system's: ``fcntl.flock`` on POSIX, ``msvcrt.locking`` on Windows,
taken on an open handle of the lock file. The operating system releases it when that handle is
closed, which it does itself when the process ends in any way, even killed (SIGKILL, Task
Manager) or crashed: a lock cannot be left stuck by a dead process, and there is no stale
lock to detect or clean up. The lock file's existence means nothing; it stays between uses and
is never deleted (deleting it while another process waits on it would let a third one lock a
new file of the same name alongside).

Waiting is bounded: ``locked`` polls (non-blocking attempts a few times a second) until
``timeout`` seconds have passed, then raises ``LockTimeoutError``, so a change never hangs
behind another Composer that is stuck (say, on a keyring prompt). The caller words that error
for the user. A flock belongs to the open handle, so two ``locked`` on the same path also
exclude each other within one process (between threads, and when nested: do not nest).
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

__all__ = ["DEFAULT_TIMEOUT", "LockTimeoutError", "lock_path", "locked", "try_lock", "unlock"]

# Long enough to wait out another Composer's change (a load, a few keyring writes, an fsync'd
# save: well under a second), short enough that the user is not left waiting on a stuck one.
DEFAULT_TIMEOUT = 5.0
_POLL = 0.02  # seconds between attempts


class LockTimeoutError(Exception):
    """The lock ``path`` was held by another process (or another handle) for all of
    ``timeout`` seconds. Nothing was done under it."""

    def __init__(self, path: Path, timeout: float) -> None:
        super().__init__(f"{path} is held by another process (waited {timeout:g} s)")
        self.path = path
        self.timeout = timeout


def lock_path(data_file: Path) -> Path:
    """The lock file that guards ``data_file``: the same name plus ``.lock``, beside it."""
    return data_file.with_name(f"{data_file.name}.lock")


@contextlib.contextmanager
def locked(path: Path, timeout: float = DEFAULT_TIMEOUT) -> Iterator[None]:
    """Hold the exclusive lock on the lock file ``path`` for the ``with`` block.

    Creates the folder and the lock file when missing. Waits up to ``timeout`` seconds for
    another holder to let go (``timeout=0``: one attempt), then raises ``LockTimeoutError``.
    ``OSError`` when the lock file cannot be opened (a read-only folder). The lock is released
    when the block ends, by an exception too.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # 0o600: nothing secret in it, but no one else has business locking the user's files.
    handle = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
    try:
        deadline = time.monotonic() + max(timeout, 0.0)
        while not try_lock(handle):
            left = deadline - time.monotonic()
            if left <= 0:
                raise LockTimeoutError(path, timeout)
            time.sleep(min(_POLL, left))
        try:
            yield
        finally:
            unlock(handle)
    finally:
        os.close(handle)  # releases the lock too, should _unlock have failed


if sys.platform == "win32":
    import msvcrt

    def try_lock(handle: int) -> bool:
        # msvcrt locks bytes from the current position: always the first byte (past the end
        # of the empty file, which Windows allows), so that every process locks the same one.
        os.lseek(handle, 0, os.SEEK_SET)
        try:
            msvcrt.locking(handle, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def unlock(handle: int) -> None:
        os.lseek(handle, 0, os.SEEK_SET)
        msvcrt.locking(handle, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(handle: int) -> bool:
        """Take the exclusive lock on the open file ``handle`` if it is free (the outbox's
        liveness locks use it too)."""
        # flock, not lockf: its lock belongs to the open handle, so two handles in one process
        # exclude each other too (lockf's locks are per process, and closing ANY handle of the
        # file drops them).
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def unlock(handle: int) -> None:
        fcntl.flock(handle, fcntl.LOCK_UN)
