"""Two Composers changing the accounts at once (the window and ``composer accounts add`` in a
terminal) take turns through the lock file beside the accounts file: real processes adding
at the same moment lose no account, a change waits for another one and then goes ahead, a
lock held too long gives a plain error and changes nothing, and a killed holder blocks no one.
The children are tests/services/accounts_lock_child.py."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from keyring.errors import KeyringLocked

from composer.services.accounts import (
    Account,
    AccountBook,
    AccountsBusyError,
    DuplicateAccountError,
    UnknownAccountError,
)
from composer.services.credentials import Credentials, KeyringLockedError
from composer.services.file_lock import LockTimeoutError, lock_path, locked
from composer.services.marketplaces import Region
from tests.services.keyring_memory import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]
SECRETS = {"lwa_client_id": "amzn1.application-oa2-client.made-up", "smtp_password": "made up"}
TODAY = date(2025, 3, 1)


class Child:
    """accounts_lock_child.py in MODE; ``expect`` reads its next line, ``send`` writes one."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.services.accounts_lock_child", *args],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def expect(self, line: str) -> None:
        assert self.process.stdout is not None
        got = self.process.stdout.readline().strip()
        if got != line:
            self.process.kill()
            _, errors = self.process.communicate()
            pytest.fail(f"the child printed {got!r}, not {line!r}; its errors:\n{errors}")

    def send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def finish(self) -> None:
        _, errors = self.process.communicate(timeout=60)
        assert self.process.returncode == 0, errors


@pytest.fixture
def children() -> Iterator[list[Child]]:
    started: list[Child] = []
    yield started
    for child in started:  # a failed test leaves none behind, nor open pipes
        if child.process.poll() is None:
            child.process.kill()
        child.process.communicate()


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "accounts.json"


def book_of(path: Path, memory: MemoryKeyring, lock_timeout: float = 60) -> AccountBook:
    return AccountBook(path, Credentials(memory), lambda: TODAY, lock_timeout)


def shop(name: str) -> Account:
    return Account(name, Region.EU, "DE")


def names(path: Path) -> list[str]:
    return [entry["name"] for entry in json.loads(path.read_text("utf-8"))["accounts"]]


def holding(path: Path, children: list[Child]) -> Child:
    """A child process that holds the accounts file's lock until told otherwise."""
    holder = Child("hold", str(path))
    children.append(holder)
    holder.expect("held")
    return holder


def test_processes_adding_at_the_same_time_lose_no_account(
    path: Path, children: list[Child]
) -> None:
    count, each = 4, 12
    for c in range(count):
        children.append(Child("add", str(path), f"p{c}", str(each)))
    for child in children:  # every one has loaded Composer and made its book
        child.expect("ready")
    for child in children:  # then all start adding at once
        child.send("go")
    for child in children:
        child.expect("done")
        child.finish()
    stored = names(path)
    expected = {f"p{c}-{n}" for c in range(count) for n in range(1, each + 1)}
    assert sorted(stored) == sorted(expected)
    for c in range(count):  # each process's own accounts in the order it added them
        mine = [name for name in stored if name.startswith(f"p{c}-")]
        assert mine == [f"p{c}-{n}" for n in range(1, each + 1)]


def test_a_change_waits_for_another_composer_and_then_goes_ahead(
    path: Path, memory: MemoryKeyring, children: list[Child]
) -> None:
    book = book_of(path, memory)
    holder = holding(path, children)
    outcome: list[object] = []

    def add() -> None:
        try:
            outcome.append(book.add(shop("mine"), SECRETS))
        except BaseException as exc:
            outcome.append(exc)

    adding = threading.Thread(target=add)
    adding.start()
    # The add cannot get past the lock while the child holds it, however long it is given.
    adding.join(0.3)
    assert adding.is_alive()
    assert not path.exists()
    assert memory.entries == {}  # the keyring waits with the file
    # The other Composer writes its change under the lock and lets go: the add then reads
    # that change and keeps it.
    holder.send("write theirs")
    holder.expect("released")
    holder.finish()
    adding.join(60)
    assert not adding.is_alive()
    assert isinstance(outcome[0], Account), outcome
    assert names(path) == ["theirs", "mine"]
    assert {user for _, user in memory.entries} == {f"mine/{key}" for key in SECRETS}


def test_a_lock_held_too_long_gives_a_plain_error_and_changes_nothing(
    path: Path, memory: MemoryKeyring, children: list[Child]
) -> None:
    book_of(path, memory).add(shop("shop-de"), SECRETS)
    before, keyring_before = path.read_bytes(), dict(memory.entries)
    holder = holding(path, children)
    impatient = book_of(path, memory, lock_timeout=0.2)
    changes = {
        "add": lambda: impatient.add(shop("shop-fr"), SECRETS),
        "remove": lambda: impatient.remove("shop-de"),
        "set_secret": lambda: impatient.set_secret("shop-de", "refresh_token", "Atzr|made-up"),
        "set_aside": impatient.set_aside,
    }
    for what, change in changes.items():
        with pytest.raises(AccountsBusyError) as caught:
            change()
        assert caught.value.path == path, what
        assert caught.value.message == (
            "Another Composer (the window or a command line) is changing the accounts right "
            "now; nothing was changed. Try again in a moment."
        ), what
        assert path.read_bytes() == before, what
        assert memory.entries == keyring_before, what
    # Reading needs no lock: the file is replaced whole, never written in place.
    assert [a.name for a in impatient.accounts()] == ["shop-de"]
    assert impatient.get("shop-de").secrets == frozenset(SECRETS)
    holder.send("release")
    holder.expect("released")
    holder.finish()
    impatient.add(shop("shop-fr"), SECRETS)  # once let go, the same change goes through
    assert names(path) == ["shop-de", "shop-fr"]


def test_a_process_killed_while_holding_the_lock_does_not_block_the_next_change(
    path: Path, memory: MemoryKeyring, children: list[Child]
) -> None:
    holder = holding(path, children)
    holder.process.kill()  # SIGKILL: no cleanup of any kind in the child
    holder.process.communicate()  # it is gone (and its pipes are closed)
    assert lock_path(path).exists()  # the file stays; the lock went with the process
    book_of(path, memory, lock_timeout=2).add(shop("shop-de"), SECRETS)
    assert names(path) == ["shop-de"]


def test_the_lock_is_released_when_a_change_fails(path: Path, memory: MemoryKeyring) -> None:
    book = book_of(path, memory, lock_timeout=0)

    def lock_is_free() -> bool:
        try:
            with locked(lock_path(path), timeout=0):
                return True
        except LockTimeoutError:
            return False

    book.add(shop("shop-de"), SECRETS)
    with pytest.raises(DuplicateAccountError):
        book.add(shop("SHOP-DE"), SECRETS)
    assert lock_is_free()
    with pytest.raises(UnknownAccountError):
        book.remove("nobody")
    assert lock_is_free()
    memory.fail_with["/smtp_password"] = KeyringLocked("locked")
    with pytest.raises(KeyringLockedError):
        book.add(shop("shop-fr"), SECRETS)
    with pytest.raises(KeyringLockedError):
        book.set_secret("shop-de", "smtp_password", "new password")
    assert lock_is_free()
    assert names(path) == ["shop-de"]
    with pytest.raises(RuntimeError), locked(lock_path(path), timeout=0):
        raise RuntimeError("any exception")
    assert lock_is_free()


def test_the_lock_is_a_file_beside_the_accounts_in_a_folder_made_for_it(
    tmp_path: Path, memory: MemoryKeyring
) -> None:
    path = tmp_path / "not" / "there" / "yet" / "accounts.json"
    book_of(path, memory).add(shop("shop-de"), SECRETS)
    assert sorted(p.name for p in path.parent.iterdir()) == ["accounts.json", "accounts.json.lock"]
    assert names(path) == ["shop-de"]


def test_two_holders_in_one_process_exclude_each_other_too(tmp_path: Path) -> None:
    lock = tmp_path / "data.json.lock"
    with locked(lock, timeout=0):
        with pytest.raises(LockTimeoutError) as caught, locked(lock, timeout=0.05):
            pass
        assert caught.value.path == lock
    with locked(lock, timeout=0):
        pass
