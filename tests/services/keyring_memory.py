"""An in-memory keyring backend for fast unit tests, with keyring's own error types.

Not a subclass of ``keyring.backend.KeyringBackend`` on purpose: subclasses register
themselves with keyring, which could then pick this one as the default in the test process.
``fail_with`` makes the next operations on chosen secret names raise, as a locked or broken
keyring does.
"""

from __future__ import annotations

from keyring.errors import PasswordDeleteError


class MemoryKeyring:
    name = "Memory keyring (tests)"

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.fail_with: dict[str, Exception] = {}  # username suffix ("/smtp_password") -> error
        self.calls: list[tuple[str, str]] = []  # (operation, username), never a value

    def _maybe_fail(self, username: str) -> None:
        for suffix, error in self.fail_with.items():
            if username.endswith(suffix):
                raise error

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", username))
        self._maybe_fail(username)
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", username))
        self._maybe_fail(username)
        self.entries[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", username))
        self._maybe_fail(username)
        if (service, username) not in self.entries:
            raise PasswordDeleteError("No such password!")
        del self.entries[service, username]
