"""Seller accounts: where to send (SP-API region, marketplace, SMTP server) and which secrets
the keyring holds for each.

The accounts live in one JSON file in the platform's config directory (``default_path()``).
It records settings, the NAMES of the secrets stored (never their values: those are only in the
OS keyring, through ``composer.services.credentials``) and the day the LWA client secret was
saved, for the 180-day rotation reminder (``rotation_notice``).

The file is written atomically (a temporary file beside it, then a rename), so a crash leaves
the old file or the new one. A file that cannot be read as accounts raises
``AccountsFileError`` and is never overwritten: every change reads the file first, so a damaged
file stops the change; ``AccountBook.set_aside`` moves it away on request.

Every change (``add``, ``remove``, ``set_secret``, ``set_aside``) holds an inter-process lock
(``composer.services.file_lock``, the file ``accounts.json.lock`` beside it) from its read to its
write, keyring writes included, so that the window and ``composer accounts`` in a terminal take
turns instead of one silently undoing the other's change (and orphaning its secrets in the
keyring). A change that cannot have the lock within a few seconds raises ``AccountsBusyError``
and changes nothing. Reading needs no lock: the file is replaced whole.

Settings are checked when an ``Account`` is made: unique names (without case), a known
marketplace in the account's region, endpoint overrides on https (plain http only to this
machine: 127.0.0.0/8, ::1, localhost, for tests and trials against local servers), an SMTP
port in range, plain SMTP only to this machine, and a sender that is an e-mail address.
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import json
import os
import re
import secrets as _random
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from composer.i18n import Context, translate
from composer.services.credentials import Credentials, CredentialsError
from composer.services.file_lock import DEFAULT_TIMEOUT, LockTimeoutError, lock_path, locked
from composer.services.marketplaces import (
    LWA_TOKEN_URL,
    PRODUCTION_HOSTS,
    SANDBOX_HOSTS,
    Marketplace,
    Region,
    UnknownMarketplaceError,
    marketplace,
)

FILE_FORMAT = "composer-accounts"
FILE_VERSION = 1

SECRET_NAMES: tuple[str, ...] = (
    "lwa_client_id",
    "lwa_client_secret",
    "refresh_token",
    "smtp_password",
)
SECRET_LABELS: dict[str, str] = {
    "lwa_client_id": "LWA client id",
    "lwa_client_secret": "LWA client secret",
    "refresh_token": "refresh token",
    "smtp_password": "SMTP password",
}
SP_API_SECRETS: frozenset[str] = frozenset({"lwa_client_id", "lwa_client_secret", "refresh_token"})

# Amazon requires a new LWA client secret every 180 days and sends a notice 90 days ahead;
# calls fail after the deadline (notes.md 4.1). Composer reminds from 30 days before.
CLIENT_SECRET_LIFETIME = timedelta(days=180)
ROTATION_REMINDER = timedelta(days=30)

_NAME = re.compile(r"[\w.@+-](?:[\w .@+-]{0,62}[\w.@+-])?")
_HOST = re.compile(r"[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]+\]|[0-9A-Fa-f:]+")
_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")
_DEFAULT_SMTP_PORTS = {"starttls": 587, "ssl": 465, "plain": 25}

# The accounts' errors and the rotation reminder in the interface's language (lupdate reads
# the context from this name).
AccountWords = Context("AccountWords")


def secret_label(key: str) -> str:
    """A secret's name in a sentence, in the interface's language (``SECRET_LABELS`` stays
    English). The window marks the same labels in its context "Accounts": one catalogue entry."""
    label = SECRET_LABELS.get(key)
    return translate("Accounts", label) if label is not None else key


class AccountError(Exception):
    """Base of the accounts errors; ``message`` is one plain line for the user, never a secret."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidAccountError(AccountError, ValueError):
    """A setting that cannot be used (bad region, marketplace, endpoint, port, address)."""


class UnknownAccountError(AccountError, LookupError):
    """No account by that name."""


class DuplicateAccountError(AccountError):
    """An account by that name exists already."""


class SecretMissingError(AccountError):
    """The keyring holds no such secret for the account."""


class AccountsFileError(AccountError):
    """The accounts file cannot be read or written. ``path`` is the file; when ``damaged`` it
    was left as it is (``AccountBook.set_aside`` moves it away)."""

    def __init__(self, message: str, *, path: Path, damaged: bool = False) -> None:
        super().__init__(message)
        self.path = path
        self.damaged = damaged


class AccountsBusyError(AccountsFileError):
    """Another Composer (the window or a command) held the accounts file's lock for all of
    ``AccountBook.lock_timeout``: nothing was changed; trying again later is the remedy."""


class SmtpSecurity(StrEnum):
    STARTTLS = "starttls"
    SSL = "ssl"
    PLAIN = "plain"  # no encryption: only to a server on this machine (tests, local relays)


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` is this machine: 127.0.0.0/8, ::1 or localhost."""
    host = host.strip().strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_endpoint(url: str, what: str) -> str:
    """``url`` without a trailing slash, if it can replace Amazon's host: https, or plain
    http to this machine only; a host, no user or password, no query."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018  (raises ValueError for a bad port)
    except ValueError as exc:
        #: {what} is "SP-API endpoint" or "LWA endpoint", {url} the address as typed.
        raise InvalidAccountError(
            AccountWords.tr("The {what} {url} is not a URL: {reason}").format(
                what=what, url=repr(url), reason=exc
            )
        ) from None
    if parts.scheme not in ("https", "http") or not host:
        raise InvalidAccountError(
            AccountWords.tr("The {what} {url} is not an https:// URL with a host name").format(
                what=what, url=repr(url)
            )
        )
    if parts.scheme == "http" and not is_loopback_host(host):
        raise InvalidAccountError(
            AccountWords.tr(
                "The {what} {url} uses plain http to another machine; use https (plain http is "
                "allowed only to this machine: 127.0.0.1, ::1, localhost)"
            ).format(what=what, url=repr(url))
        )
    if parts.username is not None or parts.password is not None:
        raise InvalidAccountError(
            AccountWords.tr(
                "The {what} must not hold a user name or password; secrets go in the keyring"
            ).format(what=what)
        )
    if parts.query or parts.fragment:
        raise InvalidAccountError(
            AccountWords.tr("The {what} {url} must not have a query or fragment").format(
                what=what, url=repr(url)
            )
        )
    return url.rstrip("/")


def check_address(value: str, what: str | None = None) -> str:
    """``value`` if it is one e-mail address, bare or as ``Name <address>`` (ASCII address);
    ``what`` names it in the error (default: the sender, in the interface's language)."""
    value = value.strip()
    _, address = email.utils.parseaddr(value)
    if "\n" in value or "\r" in value or not _ADDRESS.fullmatch(address):
        #: {what} names the address ("sender"), {address} is the address as typed.
        raise InvalidAccountError(
            AccountWords.tr("The {what} {address} is not an e-mail address").format(
                what=AccountWords.tr("sender") if what is None else what, address=repr(value)
            )
        )
    return value


@dataclass(frozen=True, slots=True)
class Account:
    """One seller account. Making one checks it (``InvalidAccountError``) and normalises the
    marketplace to its code (``"GB"`` or the marketplace id become ``"UK"``)."""

    name: str
    region: Region
    marketplace: str  # code, e.g. "DE"
    sandbox: bool = False
    sp_api_endpoint: str | None = None  # overrides the regional host (https, or http on loopback)
    lwa_endpoint: str | None = None  # overrides LWA_TOKEN_URL (same rule)
    smtp_host: str | None = None
    smtp_port: int | None = None  # None: the usual port of the security (587, 465, 25)
    smtp_security: SmtpSecurity = SmtpSecurity.STARTTLS
    smtp_user: str | None = None
    sender: str | None = None  # the address authorised in Seller Central
    secrets: frozenset[str] = frozenset()  # names of the secrets the keyring holds for it
    client_secret_saved_on: date | None = None  # for the 180-day rotation reminder

    def __post_init__(self) -> None:
        def put(name: str, value: object) -> None:
            object.__setattr__(self, name, value)

        if not isinstance(self.name, str) or not _NAME.fullmatch(self.name):
            raise InvalidAccountError(
                AccountWords.tr(
                    "The account name {name} is not usable: 1 to 64 letters, digits, "
                    "spaces and . _ - @ +, not starting or ending with a space"
                ).format(name=repr(self.name))
            )
        try:
            put("region", Region(str(self.region).upper()))
        except ValueError:
            raise InvalidAccountError(
                AccountWords.tr("Unknown region {region}; use NA, EU or FE").format(
                    region=repr(self.region)
                )
            ) from None
        try:
            market = marketplace(str(self.marketplace))
        except UnknownMarketplaceError as exc:
            raise InvalidAccountError(str(exc)) from None
        if market.region is not self.region:
            raise InvalidAccountError(
                AccountWords.tr(
                    "Marketplace {code} ({country}) is served by the {region} region, not "
                    "{account_region}"
                ).format(
                    code=market.code,
                    country=market.country_name,
                    region=market.region,
                    account_region=self.region,
                )
            )
        put("marketplace", market.code)
        if self.sp_api_endpoint is not None:
            put(
                "sp_api_endpoint",
                check_endpoint(self.sp_api_endpoint, AccountWords.tr("SP-API endpoint")),
            )
        if self.lwa_endpoint is not None:
            put("lwa_endpoint", check_endpoint(self.lwa_endpoint, AccountWords.tr("LWA endpoint")))
        try:
            put("smtp_security", SmtpSecurity(str(self.smtp_security).lower()))
        except ValueError:
            raise InvalidAccountError(
                AccountWords.tr(
                    "Unknown SMTP security {security}; use starttls, ssl or plain"
                ).format(security=repr(self.smtp_security))
            ) from None
        self._check_smtp()
        if self.sender is not None:
            put("sender", check_address(self.sender))
        unknown = set(self.secrets) - set(SECRET_NAMES)
        if unknown:
            raise InvalidAccountError(
                AccountWords.tr("Unknown secret name {key}").format(key=repr(sorted(unknown)[0]))
            )
        put("secrets", frozenset(self.secrets))

    def _check_smtp(self) -> None:
        host = self.smtp_host
        if host is not None:
            host = host.strip()
            if not _HOST.fullmatch(host):
                raise InvalidAccountError(
                    AccountWords.tr("The SMTP host {host} is not a host name").format(
                        host=repr(host)
                    )
                )
            object.__setattr__(self, "smtp_host", host)
        elif self.smtp_port is not None or self.smtp_user is not None:
            raise InvalidAccountError(AccountWords.tr("SMTP settings need the SMTP host"))
        port = self.smtp_port
        if port is not None and (
            isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535
        ):
            raise InvalidAccountError(
                AccountWords.tr("The SMTP port {port} is not between 1 and 65535").format(
                    port=repr(port)
                )
            )
        if (
            self.smtp_security is SmtpSecurity.PLAIN
            and host is not None
            and not is_loopback_host(host)
        ):
            raise InvalidAccountError(
                AccountWords.tr(
                    "Plain SMTP (no encryption) to {host} would send the password and the "
                    "buyer's message in clear; use starttls or ssl (plain is allowed only to "
                    "this machine)"
                ).format(host=host)
            )
        user = self.smtp_user
        if user is not None and (not user.strip() or any(c in user for c in "\r\n\0")):
            raise InvalidAccountError(
                AccountWords.tr("The SMTP user name is empty or has a line break")
            )

    @property
    def market(self) -> Marketplace:
        return marketplace(self.marketplace)

    @property
    def marketplace_id(self) -> str:
        return self.market.id

    @property
    def sp_api_base_url(self) -> str:
        """Where SP-API calls go: the override, else the region's sandbox or production host."""
        if self.sp_api_endpoint:
            return self.sp_api_endpoint
        return (SANDBOX_HOSTS if self.sandbox else PRODUCTION_HOSTS)[self.region]

    @property
    def lwa_url(self) -> str:
        """Where the refresh token is exchanged: the override, else Amazon's one LWA host
        (the sandbox uses the same LWA)."""
        return self.lwa_endpoint or LWA_TOKEN_URL

    @property
    def smtp_port_or_default(self) -> int:
        return self.smtp_port or _DEFAULT_SMTP_PORTS[self.smtp_security.value]

    @property
    def has_sp_api(self) -> bool:
        """All three SP-API secrets are recorded."""
        return self.secrets >= SP_API_SECRETS

    @property
    def has_email(self) -> bool:
        """An SMTP server and a sender are set."""
        return self.smtp_host is not None and self.sender is not None


def client_secret_deadline(account: Account) -> date | None:
    """The day the LWA client secret must be rotated by, counted from the day it was saved in
    Composer. Amazon counts from the day it was made, which may be a little earlier: save a new
    secret in Composer the day it is made and the two agree."""
    if account.client_secret_saved_on is None or "lwa_client_secret" not in account.secrets:
        return None
    return account.client_secret_saved_on + CLIENT_SECRET_LIFETIME


def rotation_notice(account: Account, today: date) -> str | None:
    """The reminder the CLI and the window show when the LWA client secret nears its 180-day
    rotation (from 30 days before) or is overdue; None otherwise."""
    deadline = client_secret_deadline(account)
    if deadline is None or deadline - today > ROTATION_REMINDER:
        return None
    left = (deadline - today).days
    #: {command} is the command to type, as it is.
    how = AccountWords.tr(
        "Create a new client secret for the app in Amazon's Developer Console (Amazon e-mails a "
        "notice 90 days ahead) and save it with: {command}"
    ).format(command=f"composer accounts set-secret {account.name} lwa_client_secret")
    saved = account.client_secret_saved_on
    if left < 0:
        # One day apart, so that the English reads "1 day ago" without a catalogue.
        ago = (
            AccountWords.tr("1 day ago")
            if left == -1
            else AccountWords.tr("%n days ago", "", -left)
        )
        #: {ago} is "3 days ago"; {how} says how to rotate the secret.
        return AccountWords.tr(
            "The LWA client secret of account {name} is overdue for rotation: it was saved on "
            "{saved}, and Amazon requires a new one every 180 days (due {deadline}, {ago}); "
            "SP-API calls fail with an expired secret. {how}"
        ).format(name=repr(account.name), saved=saved, deadline=deadline, ago=ago, how=how)
    if left == 0:
        when = AccountWords.tr("today")
    elif left == 1:
        when = AccountWords.tr("in 1 day")
    else:
        when = AccountWords.tr("in %n days", "", left)
    #: {when} is "today" or "in 3 days"; {how} says how to rotate the secret.
    return AccountWords.tr(
        "The LWA client secret of account {name} must be rotated by {deadline} ({when}): "
        "Amazon requires a new one every 180 days and SP-API calls fail after that day. {how}"
    ).format(name=repr(account.name), deadline=deadline, when=when, how=how)


@dataclass(slots=True)
class AccountBook:
    """The accounts file and the keyring, kept in step: secrets go to the keyring first and
    the file records only which exist. Changes take turns with other processes through the
    lock file beside ``path``, waiting at most ``lock_timeout`` seconds for it."""

    path: Path
    credentials: Credentials
    today: Callable[[], date] = field(default=date.today)
    lock_timeout: float = DEFAULT_TIMEOUT

    @staticmethod
    def default_path() -> Path:
        """``accounts.json`` in the platform's config directory for Composer."""
        return platformdirs.user_config_path("Composer", appauthor=False) / "accounts.json"

    # --- reading -------------------------------------------------------------------------------

    def accounts(self) -> tuple[Account, ...]:
        """Every account, in the order added."""
        return self._load()

    def get(self, name: str) -> Account:
        return _find(self._load(), name)

    def secret(self, name: str, key: str) -> str:
        """One secret of an account, from the keyring; ``SecretMissingError`` when absent."""
        _check_secret_name(key)
        account = self.get(name)
        value = self.credentials.get(account.name, key)
        if value is None:
            raise SecretMissingError(
                AccountWords.tr(
                    "The keyring holds no {secret} for account {name}; save it with: {command}"
                ).format(
                    secret=secret_label(key),
                    name=repr(name),
                    command=f"composer accounts set-secret {name} {key}",
                )
            )
        return value

    # --- changing ------------------------------------------------------------------------------

    def add(self, account: Account, secrets: Mapping[str, str]) -> Account:
        """Add an account with its secrets and return it as stored. The secrets go to the
        keyring first: if that fails, nothing is written (and what was stored is taken back)."""
        for key, value in secrets.items():
            _check_secret_name(key)
            if not isinstance(value, str) or not value.strip():
                raise InvalidAccountError(
                    AccountWords.tr("The {secret} is empty").format(secret=secret_label(key))
                )
        with self._changing():
            current = self._load()
            if any(a.name.casefold() == account.name.casefold() for a in current):
                raise DuplicateAccountError(
                    AccountWords.tr("An account named {name} exists already").format(
                        name=repr(account.name)
                    )
                )
            stored = replace(
                account,
                secrets=frozenset(secrets),
                client_secret_saved_on=self.today() if "lwa_client_secret" in secrets else None,
            )
            done: list[str] = []
            try:
                for key, value in secrets.items():
                    self.credentials.set(account.name, key, value)
                    done.append(key)
                self._save((*current, stored))
            except BaseException:
                self._take_back(account.name, done)
                raise
        return stored

    def remove(self, name: str) -> None:
        """Remove an account and delete its secrets from the keyring. If the keyring cannot
        delete them, the account stays (its secrets would be left without a trace)."""
        with self._changing():
            current = self._load()
            account = _find(current, name)
            if account.secrets:
                for key in SECRET_NAMES:
                    self.credentials.delete(account.name, key)
            else:
                # Nothing recorded; still tidy up leftovers if there is a keyring to ask.
                with contextlib.suppress(CredentialsError):
                    for key in SECRET_NAMES:
                        self.credentials.delete(account.name, key)
            self._save(tuple(a for a in current if a.name != account.name))

    def set_secret(self, name: str, key: str, value: str) -> Account:
        """Store (or replace) one secret and record it; saving the LWA client secret restarts
        its 180-day count. Returns the account as stored."""
        _check_secret_name(key)
        if not isinstance(value, str) or not value.strip():
            raise InvalidAccountError(
                AccountWords.tr("The {secret} is empty").format(secret=secret_label(key))
            )
        with self._changing():
            current = self._load()
            account = _find(current, name)
            self.credentials.set(account.name, key, value)
            changed = replace(
                account,
                secrets=account.secrets | {key},
                client_secret_saved_on=(
                    self.today() if key == "lwa_client_secret" else account.client_secret_saved_on
                ),
            )
            self._save(tuple(changed if a.name == account.name else a for a in current))
        return changed

    def set_aside(self) -> Path:
        """Move a damaged accounts file to a dated name beside it and return that name; the
        next change starts a fresh file. The keyring is not touched."""
        # Locked too: another Composer's change must not read the damaged file as it goes,
        # nor save a fresh one that this would then move away.
        with self._changing():
            stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
            target = self.path.with_name(f"{self.path.stem} (set aside {stamp}){self.path.suffix}")
            n = 2
            while target.exists():
                target = self.path.with_name(
                    f"{self.path.stem} (set aside {stamp}, {n}){self.path.suffix}"
                )
                n += 1
            try:
                os.replace(self.path, target)
            except OSError as exc:
                raise AccountsFileError(
                    AccountWords.tr("Cannot set aside {path}: {reason}").format(
                        path=self.path, reason=exc.strerror or exc
                    ),
                    path=self.path,
                ) from None
        return target

    # --- the file ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _changing(self) -> Iterator[None]:
        """Hold the accounts file's lock for a read-modify-write (keyring writes included, so
        that the keyring and the file stay in step); its failures as ``AccountsFileError``."""
        with contextlib.ExitStack() as stack:
            try:
                stack.enter_context(locked(lock_path(self.path), self.lock_timeout))
            except LockTimeoutError:
                raise AccountsBusyError(
                    AccountWords.tr(
                        "Another Composer (the window or a command line) is changing the "
                        "accounts right now; nothing was changed. Try again in a moment."
                    ),
                    path=self.path,
                ) from None
            except OSError as exc:
                raise AccountsFileError(
                    AccountWords.tr("Cannot write the accounts file {path}: {reason}").format(
                        path=self.path, reason=exc.strerror or exc
                    ),
                    path=self.path,
                ) from None
            yield

    def _take_back(self, account: str, keys: list[str]) -> None:
        for key in keys:
            with contextlib.suppress(CredentialsError):
                self.credentials.delete(account, key)

    def _damaged(self, reason: str) -> AccountsFileError:
        return AccountsFileError(
            AccountWords.tr(
                "The accounts file {path} is damaged ({reason}); Composer has left it as it "
                "is and will not change it. Correct it, or move it away to start again (the "
                "secrets stay in the keyring)."
            ).format(path=self.path, reason=reason),
            path=self.path,
            damaged=True,
        )

    def _load(self) -> tuple[Account, ...]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return ()
        except OSError as exc:
            raise AccountsFileError(
                AccountWords.tr("Cannot read the accounts file {path}: {reason}").format(
                    path=self.path, reason=exc.strerror or exc
                ),
                path=self.path,
            ) from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise self._damaged(AccountWords.tr("not UTF-8 text")) from None
        except json.JSONDecodeError as exc:
            # The JSON parser's own words (exc.msg) stay as they are.
            raise self._damaged(
                AccountWords.tr("not JSON: {problem} at line {line}").format(
                    problem=exc.msg, line=exc.lineno
                )
            ) from None
        if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
            raise self._damaged(
                AccountWords.tr("not a Composer accounts file: no {field}").format(
                    field=f'"format": "{FILE_FORMAT}"'
                )
            )
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise self._damaged(AccountWords.tr("no format version"))
        if version > FILE_VERSION:
            raise AccountsFileError(
                AccountWords.tr(
                    "The accounts file {path} was written by a newer Composer (format "
                    "{version}); update Composer to use it. It was left as it is."
                ).format(path=self.path, version=version),
                path=self.path,
            )
        entries = data.get("accounts")
        if not isinstance(entries, list):
            raise self._damaged(AccountWords.tr("{field} is not a list").format(field='"accounts"'))
        accounts: list[Account] = []
        for n, entry in enumerate(entries, 1):
            try:
                account = _from_json(entry)
            except (InvalidAccountError, TypeError, ValueError, KeyError) as exc:
                raise self._damaged(
                    AccountWords.tr("account {n}: {reason}").format(n=n, reason=_reason(exc))
                ) from None
            if any(a.name.casefold() == account.name.casefold() for a in accounts):
                raise self._damaged(
                    AccountWords.tr("account {n}: the name {name} appears twice").format(
                        n=n, name=repr(account.name)
                    )
                )
            accounts.append(account)
        return tuple(accounts)

    def _save(self, accounts: tuple[Account, ...]) -> None:
        data = {
            "format": FILE_FORMAT,
            "version": FILE_VERSION,
            "accounts": [_to_json(a) for a in accounts],
        }
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        temporary = self.path.with_name(f".{self.path.name}.{_random.token_hex(4)}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # 0o600: the file names the seller's accounts and mail server (no secrets).
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise AccountsFileError(
                AccountWords.tr("Cannot write the accounts file {path}: {reason}").format(
                    path=self.path, reason=exc.strerror or exc
                ),
                path=self.path,
            ) from None


def _find(accounts: tuple[Account, ...], name: str) -> Account:
    for account in accounts:
        if account.name == name:
            return account
    names = ", ".join(a.name for a in accounts)
    if names:
        message = AccountWords.tr("There is no account {name} (accounts: {names})")
    else:
        message = AccountWords.tr("There is no account {name} (there are no accounts yet)")
    raise UnknownAccountError(message.format(name=repr(name), names=names))


def _check_secret_name(key: str) -> None:
    if key not in SECRET_NAMES:
        raise InvalidAccountError(
            AccountWords.tr("Unknown secret {key}; the secrets are: {keys}").format(
                key=repr(key), keys=", ".join(SECRET_NAMES)
            )
        )


def _reason(exc: Exception) -> str:
    if isinstance(exc, AccountError):
        return exc.message
    if isinstance(exc, KeyError):
        return AccountWords.tr("missing {field}").format(field=repr(exc.args[0]))
    return str(exc)


_FIELDS = (
    "name",
    "region",
    "marketplace",
    "sandbox",
    "sp_api_endpoint",
    "lwa_endpoint",
    "smtp_host",
    "smtp_port",
    "smtp_security",
    "smtp_user",
    "sender",
    "secrets",
    "client_secret_saved_on",
)


def _to_json(account: Account) -> dict[str, Any]:
    saved = account.client_secret_saved_on
    return {
        "name": account.name,
        "region": account.region.value,
        "marketplace": account.marketplace,
        "sandbox": account.sandbox,
        "sp_api_endpoint": account.sp_api_endpoint,
        "lwa_endpoint": account.lwa_endpoint,
        "smtp_host": account.smtp_host,
        "smtp_port": account.smtp_port,
        "smtp_security": account.smtp_security.value,
        "smtp_user": account.smtp_user,
        "sender": account.sender,
        "secrets": sorted(account.secrets, key=SECRET_NAMES.index),
        "client_secret_saved_on": saved.isoformat() if saved else None,
    }


def _from_json(entry: object) -> Account:
    if not isinstance(entry, dict):
        raise TypeError("not an object")
    unknown = set(entry) - set(_FIELDS)
    if unknown:
        raise ValueError(f"unknown setting {sorted(unknown)[0]!r}")

    def text(key: str, *, required: bool = False) -> str | None:
        value = entry[key] if required else entry.get(key)
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{key!r} is not text")
        return value

    sandbox = entry.get("sandbox", False)
    if not isinstance(sandbox, bool):
        raise TypeError("'sandbox' is not true or false")
    port = entry.get("smtp_port")
    if port is not None and (isinstance(port, bool) or not isinstance(port, int)):
        raise TypeError("'smtp_port' is not a number")
    secrets = entry.get("secrets", [])
    if not isinstance(secrets, list) or not all(isinstance(s, str) for s in secrets):
        raise TypeError("'secrets' is not a list of names")
    saved = text("client_secret_saved_on")
    region = text("region", required=True) or ""
    if region.upper() not in Region.__members__:
        raise ValueError(f"unknown region {region!r}")
    security = text("smtp_security") or SmtpSecurity.STARTTLS.value
    if security not in {s.value for s in SmtpSecurity}:
        raise ValueError(f"unknown SMTP security {security!r}")
    return Account(
        name=text("name", required=True) or "",
        region=Region(region.upper()),
        marketplace=text("marketplace", required=True) or "",
        sandbox=sandbox,
        sp_api_endpoint=text("sp_api_endpoint"),
        lwa_endpoint=text("lwa_endpoint"),
        smtp_host=text("smtp_host"),
        smtp_port=port,
        smtp_security=SmtpSecurity(security),
        smtp_user=text("smtp_user"),
        sender=text("sender"),
        secrets=frozenset(secrets),
        client_secret_saved_on=date.fromisoformat(saved) if saved else None,
    )
