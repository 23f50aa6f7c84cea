"""Child process for the accounts lock tests (tests/services/test_accounts_lock.py), run from
the checkout's root as ``python -m tests.services.accounts_lock_child MODE ...``. It talks to
the test by lines: it prints what it has done and waits on stdin for the go-ahead.

- ``add FILE PREFIX N``: prints ``ready``, waits for a line (so that every child starts at
  the same moment), then adds the accounts PREFIX-1 ... PREFIX-N to FILE through
  ``AccountBook`` with an in-memory keyring, one ``add`` each, as ``composer accounts add``
  would, and prints ``done``.
- ``hold FILE``: takes the lock of FILE as a change does and prints ``held``; on a line
  ``write NAME`` it replaces FILE with one holding just the account NAME (another Composer's
  change, made under the lock), then lets go and prints ``released``. Killed while it holds
  the lock, it shows that a dead holder does not block the next change.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from composer.services.accounts import FILE_FORMAT, FILE_VERSION, Account, AccountBook
from composer.services.credentials import Credentials
from composer.services.file_lock import lock_path, locked
from composer.services.marketplaces import Region
from tests.services.keyring_memory import MemoryKeyring

SECRETS = {"lwa_client_id": "amzn1.application-oa2-client.made-up", "smtp_password": "made up"}


def say(line: str) -> None:
    print(line, flush=True)


def add(path: Path, prefix: str, count: int) -> None:
    # A generous timeout: the children queue for the lock, and two cores may be busy.
    book = AccountBook(path, Credentials(MemoryKeyring()), lock_timeout=60)
    say("ready")
    sys.stdin.readline()
    for n in range(1, count + 1):
        book.add(Account(f"{prefix}-{n}", Region.EU, "DE"), SECRETS)
    say("done")


def hold(path: Path) -> None:
    with locked(lock_path(path), timeout=0):
        say("held")
        command = sys.stdin.readline().split()
        if command[:1] == ["write"]:
            data = {
                "format": FILE_FORMAT,
                "version": FILE_VERSION,
                "accounts": [{"name": command[1], "region": "EU", "marketplace": "FR"}],
            }
            temporary = path.with_name(f".{path.name}.child.tmp")
            temporary.write_text(json.dumps(data), encoding="utf-8")
            os.replace(temporary, path)
    say("released")


if __name__ == "__main__":
    mode, file, *rest = sys.argv[1:]
    if mode == "add":
        add(Path(file), rest[0], int(rest[1]))
    elif mode == "hold":
        hold(Path(file))
    else:
        sys.exit(f"unknown mode {mode!r}")
