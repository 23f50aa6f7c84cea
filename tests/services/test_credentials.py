"""Secrets in the OS keyring and nowhere else: a real Secret Service (gnome-keyring in a private
D-Bus session) for what users depend on, an in-memory backend for the error paths, and keyring's
fail backend for the machine without a keyring."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import InitError, KeyringLocked, PasswordSetError

from composer.services.credentials import (
    SERVICE,
    Credentials,
    CredentialsError,
    KeyringAccessError,
    KeyringLockedError,
    KeyringUnavailableError,
    missing_keyring_message,
    unusable_reason,
)
from tests.services.keyring_child import SECRETS
from tests.services.keyring_memory import MemoryKeyring
from tests.services.keyring_session import (
    files_containing,
    isolated_env,
    python,
    run_in_secret_service,
)

CHILD = str(Path(__file__).with_name("keyring_child.py"))
SECRET = "Atzr|IwEBI-made-up-refresh-token"


# --- a real Secret Service -----------------------------------------------------------------------


def _child(home: Path, mode: str, *, unlocked: bool = True) -> dict[str, object]:
    done = run_in_secret_service(python(CHILD, mode), home, unlocked=unlocked)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


@pytest.mark.slow
def test_secret_service_stores_reads_lists_and_deletes(tmp_path: Path) -> None:
    seen = _child(tmp_path, "roundtrip")
    assert seen["backend"] == "keyring.backends.SecretService"
    assert seen["backend_name"] == "SecretService Keyring"
    assert seen["read_back"] == dict.fromkeys(SECRETS, True)
    assert seen["via_keyring"] is True  # the documented service and username
    assert seen["listed_de"] == sorted(SECRETS)
    assert seen["listed_us"] == ["refresh_token"]
    assert seen["replaced"] is True
    assert (seen["deleted"], seen["deleted_again"]) == (True, False)
    assert seen["after_delete"] == ["lwa_client_id", "lwa_client_secret", "refresh_token"]
    assert seen["at_end"] == []
    # The accounts file records the secret's name and date, not its value...
    [entry] = seen["book_file"]["accounts"]  # type: ignore[index]
    assert entry["secrets"] == ["lwa_client_secret"]
    assert entry["client_secret_saved_on"] == "2025-05-01"
    assert seen["book_secret"] is True
    assert seen["book_after_remove"] == []
    assert str(seen["book_path"]).startswith(str(tmp_path))
    # ...and no file anywhere under HOME holds a secret in clear: gnome-keyring encrypts.
    assert files_containing(tmp_path, list(SECRETS.values())) == []


@pytest.mark.slow
def test_a_keyring_that_cannot_be_unlocked_is_a_typed_error(tmp_path: Path) -> None:
    seen = _child(tmp_path, "locked", unlocked=False)
    assert seen["error"] == "KeyringLockedError"
    assert "locked" in str(seen["message"])
    assert SECRETS["refresh_token"] not in str(seen["message"]) + str(seen["repr"])


@pytest.mark.slow
def test_reading_from_a_keyring_locked_meanwhile_is_a_typed_error(tmp_path: Path) -> None:
    seen = _child(tmp_path, "lock-after")
    assert seen["error"] == "KeyringLockedError"
    assert "Unlock your login keyring" in str(seen["message"])


@pytest.mark.slow
def test_without_a_keyring_nothing_is_stored_and_nothing_written(tmp_path: Path) -> None:
    done = subprocess.run(
        python(CHILD, "fail-backend"),
        env=isolated_env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["error"] == "KeyringUnavailableError"
    assert "refuses to store them anywhere else" in seen["message"]
    assert seen["file_exists"] is False
    # Nothing but the (empty) lock file the change took before it asked the keyring.
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert [p.name for p in written] == ["accounts.json.lock"]
    assert written[0].stat().st_size == 0
    assert files_containing(tmp_path, list(SECRETS.values())) == []


# --- the in-memory backend: the contract and the error paths -------------------------------------


def test_one_entry_per_secret_under_service_composer() -> None:
    memory = MemoryKeyring()
    credentials = Credentials(memory)
    credentials.set("shop-de", "refresh_token", SECRET)
    assert memory.entries == {(SERVICE, "shop-de/refresh_token"): SECRET}
    assert credentials.get("shop-de", "refresh_token") == SECRET
    assert credentials.get("shop-de", "smtp_password") is None
    assert credentials.which("shop-de", ["refresh_token", "smtp_password"]) == {"refresh_token"}
    assert credentials.delete("shop-de", "refresh_token") is True
    assert credentials.delete("shop-de", "refresh_token") is False
    assert memory.entries == {}


def test_an_empty_secret_is_refused_and_nothing_stored() -> None:
    memory = MemoryKeyring()
    with pytest.raises(CredentialsError, match="empty"):
        Credentials(memory).set("shop-de", "smtp_password", "  ")
    assert memory.entries == {}


@pytest.mark.parametrize("platform", ["linux", "freebsd14"])
def test_no_keyring_message_names_the_secret_service(platform: str) -> None:
    message = missing_keyring_message(platform)
    assert "Secret Service" in message
    assert "GNOME Keyring or KWallet" in message
    assert "must be running" in message
    assert "refuses to store them anywhere else" in message


def test_no_keyring_message_names_each_platforms_keyring() -> None:
    assert "Windows Credential Locker" in missing_keyring_message("win32")
    assert "macOS Keychain" in missing_keyring_message("darwin")


def test_the_fail_backend_is_refused_before_any_call() -> None:
    credentials = Credentials(fail.Keyring())
    for attempt in (
        lambda: credentials.set("shop-de", "refresh_token", SECRET),
        lambda: credentials.get("shop-de", "refresh_token"),
        lambda: credentials.delete("shop-de", "refresh_token"),
        credentials.check,
    ):
        with pytest.raises(KeyringUnavailableError) as caught:
            attempt()
        assert caught.value.message == missing_keyring_message()


def test_the_null_backend_is_refused() -> None:
    with pytest.raises(KeyringUnavailableError, match="store nothing"):
        Credentials(null.Keyring()).set("shop-de", "refresh_token", SECRET)


def test_a_chain_of_no_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    with pytest.raises(KeyringUnavailableError, match="Secret Service"):
        Credentials(chainer.ChainerBackend()).check()


def test_a_chain_is_judged_by_the_backend_it_writes_to(monkeypatch: pytest.MonkeyPatch) -> None:
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plaintext, MemoryKeyring()])
    reason = unusable_reason(chainer.ChainerBackend())
    assert reason is not None
    assert "keeps them in a file" in reason
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [MemoryKeyring(), plaintext])
    assert unusable_reason(chainer.ChainerBackend()) is None


def test_keyrings_alt_file_backends_are_refused() -> None:
    plaintext = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()
    with pytest.raises(KeyringUnavailableError, match="keeps them in a file"):
        Credentials(plaintext).set("shop-de", "refresh_token", SECRET)
    assert plaintext.entries == {}


@pytest.mark.parametrize(
    "error", [KeyringLocked("Failed to unlock the collection!"), InitError("Prompt dismissed")]
)
def test_a_locked_keyring_is_a_typed_error(error: Exception) -> None:
    memory = MemoryKeyring()
    memory.fail_with["/refresh_token"] = error
    with pytest.raises(KeyringLockedError, match="locked"):
        Credentials(memory).set("shop-de", "refresh_token", SECRET)


def test_other_keyring_errors_are_typed_and_never_show_the_secret() -> None:
    memory = MemoryKeyring()
    # A backend that echoes what it was given, in clear and in base64.
    echoed = f"cannot store {SECRET} ({base64.b64encode(SECRET.encode()).decode()})"
    memory.fail_with["/refresh_token"] = PasswordSetError(echoed)
    with pytest.raises(KeyringAccessError) as caught:
        Credentials(memory).set("shop-de", "refresh_token", SECRET)
    shown = caught.value.message + str(caught.value) + repr(caught.value)
    assert SECRET not in shown
    assert base64.b64encode(SECRET.encode()).decode() not in shown
    assert "PasswordSetError" in shown
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_a_dbus_failure_on_read_is_a_typed_error() -> None:
    memory = MemoryKeyring()
    memory.fail_with["/smtp_password"] = ConnectionResetError(104, "Connection reset by peer")
    with pytest.raises(KeyringAccessError, match="Could not read the smtp_password"):
        Credentials(memory).get("shop-de", "smtp_password")


def test_a_secret_service_that_went_away_says_what_is_missing() -> None:
    exceptions = pytest.importorskip("secretstorage.exceptions")  # keyring's Linux backend

    memory = MemoryKeyring()
    memory.fail_with["/smtp_password"] = exceptions.SecretServiceNotAvailableException("gone")
    with pytest.raises(KeyringUnavailableError, match="Secret Service"):
        Credentials(memory).get("shop-de", "smtp_password")


def test_the_default_backend_is_chosen_lazily() -> None:
    # Making a Credentials must not import keyring (the window paints first).
    code = (
        "import sys; from composer.services.credentials import Credentials; Credentials(); "
        "import composer.services.accounts; "
        "print('keyring' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "False"
