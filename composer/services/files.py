"""Saving a file the user chose (an exported message, the outbox's CSV) whole or not at all."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path


class FileWriteError(OSError):
    """The file could not be written; ``in_folder`` tells whether not even a temporary file
    could be made beside it (the folder is the problem) or the write itself failed. The
    caller words it for the user."""

    def __init__(self, path: Path, reason: object, *, in_folder: bool) -> None:
        super().__init__(str(reason))
        self.path = path
        self.reason = reason
        self.in_folder = in_folder


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk and move it over
    ``path``: a failure leaves the old file (or none), never half a file. The new file gets the
    mode of the one it replaces, else 0o666 less the umask, as any file the user saves
    (mkstemp would make it 0o600)."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
        )
    except OSError as exc:
        raise FileWriteError(path, exc.strerror or exc, in_folder=True) from exc
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        with contextlib.suppress(OSError):  # keep the mode of the file it replaces
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(exc, OSError):
            raise FileWriteError(path, exc.strerror or exc, in_folder=False) from exc
        raise
