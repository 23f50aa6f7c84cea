"""Secrets in the operating system's keyring, and nowhere else.

Composer keeps an account's LWA client id and secret, its refresh token and its SMTP password
in the OS keyring (Windows Credential Locker, macOS Keychain, a Secret Service such as GNOME
Keyring or KWallet on Linux) through the ``keyring`` library. This is the only module that
imports ``keyring``, and it does so lazily: ``keyring`` probes D-Bus when it picks a backend,
and the window must paint before that.

Every secret is one keyring entry: service ``"Composer"`` (``SERVICE``), username
``"<account>/<secret name>"`` (``username()``), e.g. ``"shop-de/refresh_token"``. Account
names cannot contain ``/`` (``composer.services.accounts`` checks), so the split is unique.

When the keyring has no usable backend (keyring's ``fail`` backend on a headless Linux, the
``null`` backend that ``keyring --disable`` configures, a chain of nothing, or ``keyrings.alt``,
whose backends keep secrets in files), ``KeyringUnavailableError`` says plainly what is missing;
Composer never falls back to a file or its settings. Keyring failures (a locked keyring, a
dismissed unlock prompt, D-Bus errors) become typed errors with plain messages. No message and
no repr ever holds a secret value.
"""

from __future__ import annotations

import base64
import sys
from collections.abc import Iterable
from typing import Protocol

from composer.i18n import Context

SERVICE = "Composer"
# Backends from this package store secrets in files (plain text, or encrypted with a password
# kept beside them): not the OS keyring the user trusts.
_FILE_BACKEND_PACKAGES = ("keyrings.alt",)

# The keyring's messages in the interface's language (lupdate reads the context from this name).
KeyringWords = Context("KeyringWords")


class KeyringBackend(Protocol):
    """What Composer needs of a keyring backend (``keyring.backend.KeyringBackend`` has it)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class CredentialsError(Exception):
    """The keyring could not do what was asked; ``message`` is one plain line for the user and
    never holds a secret."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class KeyringUnavailableError(CredentialsError):
    """There is no usable OS keyring: nothing was stored, and nothing will be stored elsewhere."""


class KeyringLockedError(CredentialsError):
    """The keyring is locked and could not be unlocked (the prompt was dismissed, or there is
    no way to show one)."""


class KeyringAccessError(CredentialsError):
    """The keyring answered with an error (D-Bus failure, access denied, a backend error)."""


def username(account: str, name: str) -> str:
    """The keyring username of one secret of one account."""
    return f"{account}/{name}"


def missing_keyring_message(platform: str | None = None) -> str:
    """What is missing when there is no usable keyring, in plain words for this platform."""
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "cygwin")):
        what = KeyringWords.tr(
            "the Windows Credential Locker cannot be reached (keyring's Windows backend needs "
            "the pywin32-ctypes package and a logged-in user session)"
        )
    elif platform == "darwin":
        what = KeyringWords.tr(
            "the macOS Keychain cannot be reached (Composer must run in a logged-in user "
            "session that has a login keychain)"
        )
    else:
        what = KeyringWords.tr(
            "no Secret Service is running. A Secret Service such as GNOME Keyring or KWallet "
            "must be running (a desktop session starts one; without a desktop, run Composer "
            "under dbus-run-session with gnome-keyring-daemon --unlock --components=secrets)"
        )
    #: {what} says what is missing on this system.
    return KeyringWords.tr(
        "Composer cannot store secrets: {what}. Composer keeps secrets only in the system "
        "keyring and refuses to store them anywhere else."
    ).format(what=what)


def _backend_label(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def unusable_reason(backend: object) -> str | None:
    """Why this backend cannot hold Composer's secrets, or None when it can."""
    from keyring.backends import chainer, fail, null  # noqa: PLC0415

    if isinstance(backend, fail.Keyring):
        return missing_keyring_message()
    if isinstance(backend, null.Keyring):
        return KeyringWords.tr(
            "Composer cannot store secrets: keyring is configured to store nothing (its null "
            "backend, set by `keyring --disable`, a keyringrc.cfg or PYTHON_KEYRING_BACKEND); "
            "remove that setting so the system keyring is used. Composer keeps secrets only in "
            "the system keyring and refuses to store them anywhere else."
        )
    if isinstance(backend, chainer.ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return missing_keyring_message()
        # The chainer writes to its first backend; that one decides where secrets end up.
        return unusable_reason(chained[0])
    module = type(backend).__module__
    if module.startswith(_FILE_BACKEND_PACKAGES):
        return KeyringWords.tr(
            "Composer cannot store secrets: the configured keyring backend "
            "({backend}) keeps them in a file, not in the system keyring. "
            "Composer keeps secrets only in the system keyring and refuses to store them "
            "anywhere else; remove keyrings.alt or choose the system backend."
        ).format(backend=_backend_label(backend))
    return None


def _redact(text: str, secret: str | None) -> str:
    """``text`` without ``secret`` (nor its UTF-8 base64), should a backend ever echo it."""
    if not secret:
        return text
    text = text.replace(secret, "[secret]")
    return text.replace(base64.b64encode(secret.encode()).decode(), "[secret]")


class Credentials:
    """Named secrets per account in the OS keyring.

    ``backend`` is keyring's own choice when not given (resolved on first use, so creating a
    ``Credentials`` costs nothing); tests inject an in-memory one. Every method raises
    ``KeyringUnavailableError`` when the backend cannot hold secrets, before touching it.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend: KeyringBackend | None = backend

    def __repr__(self) -> str:
        label = "default" if self._backend is None else _backend_label(self._backend)
        return f"Credentials(backend={label})"

    @property
    def backend(self) -> KeyringBackend:
        """The backend, checked: raises ``KeyringUnavailableError`` when it cannot be used."""
        if self._backend is None:
            import keyring  # noqa: PLC0415

            try:
                self._backend = keyring.get_keyring()
            except Exception as exc:  # a broken keyringrc.cfg, a backend that fails to load
                #: {problem} is the error, as Python names it ("RuntimeError: …").
                raise KeyringUnavailableError(
                    KeyringWords.tr(
                        "{missing} (keyring could not choose a backend: {problem})"
                    ).format(
                        missing=missing_keyring_message(), problem=f"{type(exc).__name__}: {exc}"
                    )
                ) from exc
        reason = unusable_reason(self._backend)
        if reason is not None:
            raise KeyringUnavailableError(reason)
        return self._backend

    @property
    def backend_name(self) -> str:
        """The backend's name for the user (e.g. "SecretService Keyring"), checked."""
        backend = self.backend
        name = getattr(backend, "name", None)
        return name if isinstance(name, str) and name else _backend_label(backend)

    def check(self) -> None:
        """Raise ``KeyringUnavailableError`` unless there is a usable keyring."""
        self.backend  # noqa: B018  (resolving it is the check)

    def set(self, account: str, name: str, value: str) -> None:
        """Store (or replace) one secret."""
        if not value or not value.strip():
            raise CredentialsError(
                KeyringWords.tr(
                    "The {secret} of account {account} is empty; nothing stored."
                ).format(secret=name, account=repr(account))
            )
        backend = self.backend
        try:
            backend.set_password(SERVICE, username(account, name), value)
        except Exception as exc:
            raise self._error(exc, "store", account, name, value) from None

    def get(self, account: str, name: str) -> str | None:
        """One secret, or None when the keyring holds none under that name."""
        backend = self.backend
        try:
            value = backend.get_password(SERVICE, username(account, name))
        except Exception as exc:
            raise self._error(exc, "read", account, name, None) from None
        return value or None

    def delete(self, account: str, name: str) -> bool:
        """Delete one secret; False when there was none (not an error)."""
        backend = self.backend
        from keyring.errors import PasswordDeleteError  # noqa: PLC0415

        try:
            backend.delete_password(SERVICE, username(account, name))
        except PasswordDeleteError as exc:
            # Backends raise this both for "no such entry" and for a real failure: look.
            if self.get(account, name) is None:
                return False
            raise self._error(exc, "delete", account, name, None) from None
        except Exception as exc:
            raise self._error(exc, "delete", account, name, None) from None
        return True

    def which(self, account: str, names: Iterable[str]) -> frozenset[str]:
        """Which of ``names`` the keyring holds for ``account`` (a keyring cannot list)."""
        return frozenset(n for n in names if self.get(account, n) is not None)

    def _error(
        self, exc: Exception, action: str, account: str, name: str, secret: str | None
    ) -> CredentialsError:
        from keyring.errors import InitError, KeyringLocked, NoKeyringError  # noqa: PLC0415

        what = KeyringWords.tr("the {secret} of account {account}").format(
            secret=name, account=repr(account)
        )
        #: What could not be done; {what} is "the refresh_token of account 'shop'".
        doing = {
            "store": KeyringWords.tr("store {what}"),
            "read": KeyringWords.tr("read {what}"),
            "delete": KeyringWords.tr("delete {what}"),
        }[action].format(what=what)
        if isinstance(exc, NoKeyringError) or _service_gone(exc):
            #: {action} is "store the refresh_token of account 'shop'".
            return KeyringUnavailableError(
                KeyringWords.tr(
                    "Could not {action}: the keyring stopped answering. {missing}"
                ).format(action=doing, missing=missing_keyring_message())
            )
        detail = _redact(str(exc), secret)
        if isinstance(exc, KeyringLocked | InitError):
            said = (
                KeyringWords.tr(" (the keyring said: {detail})").format(detail=detail)
                if detail
                else ""
            )
            return KeyringLockedError(
                KeyringWords.tr(
                    "Could not {action}: the keyring is locked and was not unlocked (the "
                    "unlock prompt was dismissed or cannot be shown here){said}. Unlock your login "
                    "keyring and try again."
                ).format(action=doing, said=said)
            )
        # The backend's class and the error's name and words are the keyring's own.
        return KeyringAccessError(
            KeyringWords.tr("Could not {action} in the keyring ({backend}): {problem}").format(
                action=doing,
                backend=_backend_label(self._backend),
                problem=f"{type(exc).__name__}{': ' + detail if detail else ''}",
            )
        )


def _service_gone(exc: Exception) -> bool:
    try:
        from secretstorage.exceptions import (  # noqa: PLC0415
            SecretServiceNotAvailableException,
        )
    except ImportError:  # not on Linux: no Secret Service to lose
        return False
    return isinstance(exc, SecretServiceNotAvailableException)
