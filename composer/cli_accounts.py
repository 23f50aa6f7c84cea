"""``composer accounts``: add, list, remove and test the seller accounts Composer sends from.

Secrets (LWA client id and secret, refresh token, SMTP password) are never command-line
arguments, which other users can read in the process list and shells keep in their history:
on a terminal they are asked for without echo; otherwise (or with ``--secrets-stdin``) they are
read from standard input as ``name=value`` lines, e.g. from a password manager's command line.
They go to the OS keyring only (``composer.services.credentials``).

Exit status, as ``composer check``: 0 done / everything works, 1 a problem found (a test that
failed, no usable keyring, a missing secret), 2 bad usage or an accounts file that cannot be
read. Errors are one line on standard error.

``cli.py`` wires it: ``register(commands)`` adds the sub-command to its sub-parsers, and
``run(args)`` runs it when ``args.command == "accounts"``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from composer.services.accounts import (
    SECRET_LABELS,
    SECRET_NAMES,
    SP_API_SECRETS,
    Account,
    AccountBook,
    AccountError,
    SecretMissingError,
    SmtpSecurity,
    client_secret_deadline,
    rotation_notice,
)
from composer.services.credentials import Credentials, CredentialsError
from composer.services.marketplaces import (
    MARKETPLACES,
    Region,
    UnknownMarketplaceError,
    marketplace,
)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

_SP_API_ORDER = ("lwa_client_id", "lwa_client_secret", "refresh_token")


class UsageError(Exception):
    """Bad input on the command line or standard input (exit 2). Never holds a secret."""


def register(commands: Any) -> None:
    """Add ``accounts`` to ``commands``, the sub-parsers object of ``composer``'s parser."""
    codes = ", ".join(m.code for m in MARKETPLACES)
    accounts = commands.add_parser(
        "accounts",
        help="add, list, remove and test seller accounts (secrets in the OS keyring)",
        description="Seller accounts for sending: SP-API (region, marketplace, Login with "
        "Amazon credentials) and e-mail (SMTP server, authorised sender). Secrets go to the OS "
        "keyring only, and are never given as arguments: Composer asks for them on a terminal, "
        "or reads name=value lines from standard input. Exit status 0: done; 1: a problem "
        "found (a failed test, no keyring, a missing secret); 2: bad usage or an unreadable "
        "accounts file.",
    )
    accounts.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep the accounts file in DIR, as the window's --data-dir does (default: your "
        "user config folder); secrets stay in the keyring either way",
    )
    actions = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add",
        help="add an account and store its secrets in the keyring",
        description="Add an account. Secrets asked for (Enter skips): "
        + ", ".join(SECRET_NAMES)
        + ". Without a terminal, or with --secrets-stdin, give them on standard input as "
        "name=value lines (e.g. lwa_client_secret=...).",
    )
    add.add_argument("name", metavar="NAME", help="a name for the account, e.g. shop-de")
    add.add_argument(
        "--marketplace", required=True, metavar="CODE", help=f"the main marketplace: {codes}"
    )
    add.add_argument(
        "--region",
        choices=[r.value for r in Region],
        type=str.upper,
        help="the SP-API region (default: the marketplace's)",
    )
    add.add_argument("--sandbox", action="store_true", help="use Amazon's SP-API sandbox hosts")
    add.add_argument(
        "--sp-api-endpoint",
        metavar="URL",
        help="send SP-API calls here instead of Amazon's host (https; http only to this machine)",
    )
    add.add_argument(
        "--lwa-endpoint",
        metavar="URL",
        help="exchange tokens here instead of Login with Amazon (https; http only to this machine)",
    )
    add.add_argument("--smtp-host", metavar="HOST", help="the SMTP server for e-mail to buyers")
    add.add_argument(
        "--smtp-port", type=int, metavar="PORT", help="default: 587, 465 for ssl, 25 for plain"
    )
    add.add_argument(
        "--smtp-security",
        choices=[s.value for s in SmtpSecurity],
        default=SmtpSecurity.STARTTLS.value,
        help="starttls (default), ssl, or plain (only to this machine)",
    )
    add.add_argument("--smtp-user", metavar="USER", help="the SMTP login name")
    add.add_argument(
        "--sender",
        metavar="ADDRESS",
        help="the From address: one authorised for Buyer-Seller Messaging in Seller Central",
    )
    _secrets_stdin_option(add)

    lst = actions.add_parser(
        "list",
        help="list the accounts (never a secret)",
        description="List the accounts: settings, which secrets the keyring holds (never "
        "their values), and client-secret rotation reminders.",
    )
    lst.add_argument("--format", choices=("text", "json"), default="text")

    remove = actions.add_parser(
        "remove",
        help="remove an account and its secrets",
        description="Remove an account and delete its secrets from the keyring.",
    )
    remove.add_argument("name", metavar="NAME")

    test = actions.add_parser(
        "test",
        help="check the keyring, Login with Amazon and the SMTP login",
        description="Check that the keyring holds each secret the account needs, that Login "
        "with Amazon exchanges its refresh token for an access token, and that the SMTP server "
        "accepts its login. Nothing is sent to a buyer.",
    )
    test.add_argument("name", metavar="NAME")
    test.add_argument(
        "--timeout", type=float, default=30.0, metavar="SECONDS", help="per connection"
    )

    set_secret = actions.add_parser(
        "set-secret",
        help="store or replace one secret (e.g. a rotated LWA client secret)",
        description="Store or replace one secret of an account: "
        + ", ".join(SECRET_NAMES)
        + ". Asked for on a terminal; otherwise read from standard input (the value alone, or "
        "name=value). Saving lwa_client_secret restarts its 180-day rotation reminder.",
    )
    set_secret.add_argument("name", metavar="NAME")
    set_secret.add_argument("secret", choices=SECRET_NAMES, metavar="SECRET")
    _secrets_stdin_option(set_secret)


def _secrets_stdin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--secrets-stdin",
        action="store_true",
        help="read secrets from standard input as name=value lines even on a terminal",
    )


def run(
    args: argparse.Namespace,
    *,
    book: AccountBook | None = None,
    today: date | None = None,
    stdin: TextIO | None = None,
    prompt: Callable[[str], str] = getpass.getpass,
) -> int:
    """Run ``composer accounts …``; the keyword arguments are for tests (an in-memory keyring,
    a fixed day, a standard input)."""
    if book is None:
        folder = getattr(args, "data_dir", None)
        path = folder / "accounts.json" if folder else AccountBook.default_path()
        book = AccountBook(path, Credentials())
    cli = _Cli(book, today or date.today(), stdin or sys.stdin, prompt)
    action = {
        "add": cli.cmd_add,
        "list": cli.cmd_list,
        "remove": cli.cmd_remove,
        "test": cli.cmd_test,
        "set-secret": cli.cmd_set_secret,
    }[args.accounts_command]
    try:
        return action(args)
    except UsageError as exc:
        return _error(str(exc), EXIT_USAGE)
    except SecretMissingError as exc:
        return _error(exc.message, EXIT_PROBLEMS)
    except AccountError as exc:  # bad settings, unknown account, unreadable file
        return _error(exc.message, EXIT_USAGE)
    except CredentialsError as exc:  # no keyring, locked, failing
        return _error(exc.message, EXIT_PROBLEMS)


def _error(message: str, status: int) -> int:
    print(f"composer accounts: error: {message}", file=sys.stderr)
    return status


@dataclass
class _Cli:
    book: AccountBook
    today: date
    stdin: TextIO
    prompt: Callable[[str], str]

    # --- add ---------------------------------------------------------------------------------

    def cmd_add(self, args: argparse.Namespace) -> int:
        try:
            market = marketplace(args.marketplace)
        except UnknownMarketplaceError as exc:
            raise UsageError(str(exc)) from None
        account = Account(
            name=args.name,
            region=Region(args.region) if args.region else market.region,
            marketplace=market.code,
            sandbox=args.sandbox,
            sp_api_endpoint=args.sp_api_endpoint,
            lwa_endpoint=args.lwa_endpoint,
            smtp_host=args.smtp_host,
            smtp_port=args.smtp_port,
            smtp_security=SmtpSecurity(args.smtp_security),
            smtp_user=args.smtp_user,
            sender=args.sender,
        )
        # Refuse a taken name before anyone types a secret.
        taken = [a.name for a in self.book.accounts() if a.name.casefold() == args.name.casefold()]
        if taken:
            raise UsageError(f"An account named {taken[0]!r} exists already")
        wanted = [*_SP_API_ORDER, *(["smtp_password"] if account.smtp_user else [])]
        secrets = self._secrets(args, wanted)
        given = SP_API_SECRETS & secrets.keys()
        if given and given != SP_API_SECRETS:
            missing = ", ".join(k for k in _SP_API_ORDER if k not in given)
            raise UsageError(
                f"SP-API needs all three of {', '.join(_SP_API_ORDER)}, or none; missing: {missing}"
            )
        if "smtp_password" in secrets and not account.smtp_user:
            raise UsageError("an smtp_password was given, but the account has no --smtp-user")
        stored = self.book.add(account, secrets)
        mode = "sandbox" if stored.sandbox else "production"
        print(
            f"Added account {stored.name!r}: {stored.region}, {stored.marketplace} "
            f"(Amazon.{stored.market.domain}), {mode}."
        )
        if secrets:
            where = self.book.credentials.backend_name
            print(f"Secrets in the keyring ({where}): {_names(stored.secrets)}.")
        else:
            print("No secrets given: add them with composer accounts set-secret.")
        print(f"Check it with: composer accounts test {stored.name}")
        return EXIT_OK

    def _secrets(self, args: argparse.Namespace, wanted: list[str]) -> dict[str, str]:
        if args.secrets_stdin or not _is_terminal(self.stdin):
            return _parse_secret_lines(self.stdin)
        secrets: dict[str, str] = {}
        for key in wanted:
            if key in SP_API_SECRETS and key != "lwa_client_id" and "lwa_client_id" not in secrets:
                continue  # SP-API skipped with an empty client id
            value = self.prompt(f"{SECRET_LABELS[key]} ({key}; Enter to skip): ").strip()
            if value:
                secrets[key] = value
        return secrets

    # --- set-secret ----------------------------------------------------------------------------

    def cmd_set_secret(self, args: argparse.Namespace) -> int:
        key: str = args.secret
        self.book.get(args.name)  # an unknown account fails before anyone types a secret
        if args.secrets_stdin or not _is_terminal(self.stdin):
            value = _parse_one_secret(self.stdin, key)
        else:
            value = self.prompt(f"{SECRET_LABELS[key]} ({key}): ").strip()
        if not value:
            raise UsageError(f"no {key} given; nothing changed")
        account = self.book.set_secret(args.name, key, value)
        print(f"Saved the {SECRET_LABELS[key]} of account {account.name!r} in the keyring.")
        if key == "lwa_client_secret":
            deadline = client_secret_deadline(account)
            print(f"Amazon requires the next rotation by {deadline} (180 days).")
        return EXIT_OK

    # --- list ----------------------------------------------------------------------------------

    def cmd_list(self, args: argparse.Namespace) -> int:
        accounts = self.book.accounts()
        if args.format == "json":
            json.dump([self._as_json(a) for a in accounts], sys.stdout, indent=2)
            sys.stdout.write("\n")
            return EXIT_OK
        if not accounts:
            print("No accounts yet; add one with: composer accounts add NAME --marketplace CODE")
            return EXIT_OK
        for account in accounts:
            self._print_account(account)
        return EXIT_OK

    def _print_account(self, account: Account) -> None:
        mode = "sandbox" if account.sandbox else "production"
        print(f"{account.name}  {account.region}  {account.marketplace}  {mode}")
        sp_secrets = account.secrets & SP_API_SECRETS
        if sp_secrets:
            saved = account.client_secret_saved_on
            when = f"; client secret saved {saved}" if saved else ""
            print(
                f"  SP-API: {account.sp_api_base_url}, LWA {account.lwa_url} "
                f"(secrets set: {_names(sp_secrets)}{when})"
            )
        else:
            print("  SP-API: not set up (no LWA credentials)")
        if account.smtp_host:
            login = f", user {account.smtp_user}" if account.smtp_user else ", no login"
            has_password = "smtp_password" in account.secrets
            password = (
                " (secret set: smtp_password)"
                if has_password
                else (" (no smtp_password set)" if account.smtp_user else "")
            )
            sender = account.sender or "no sender set"
            print(
                f"  e-mail: {account.smtp_host}:{account.smtp_port_or_default} "
                f"{account.smtp_security}{login}, from {sender}{password}"
            )
        else:
            print("  e-mail: not set up (no SMTP server)")
        notice = rotation_notice(account, self.today)
        if notice:
            print(f"  ! {notice}")

    def _as_json(self, account: Account) -> dict[str, Any]:
        saved = account.client_secret_saved_on
        return {
            "name": account.name,
            "region": account.region.value,
            "marketplace": account.marketplace,
            "sandbox": account.sandbox,
            "sp_api_base_url": account.sp_api_base_url,
            "lwa_url": account.lwa_url,
            "smtp_host": account.smtp_host,
            "smtp_port": account.smtp_port_or_default if account.smtp_host else None,
            "smtp_security": account.smtp_security.value,
            "smtp_user": account.smtp_user,
            "sender": account.sender,
            "secrets": [k for k in SECRET_NAMES if k in account.secrets],
            "client_secret_saved_on": saved.isoformat() if saved else None,
            "rotation_notice": rotation_notice(account, self.today),
        }

    # --- remove --------------------------------------------------------------------------------

    def cmd_remove(self, args: argparse.Namespace) -> int:
        self.book.remove(args.name)
        print(f"Removed account {args.name!r} and its secrets from the keyring.")
        return EXIT_OK

    # --- test ----------------------------------------------------------------------------------

    def cmd_test(self, args: argparse.Namespace) -> int:
        from composer.services.account_check import Step, check_account  # noqa: PLC0415

        account = self.book.get(args.name)
        report = _Report()
        print(f"Testing account {account.name!r}:")
        steps = check_account(self.book, account.name, args.timeout, secret_name=str)
        for step in steps:
            if step.ok is None:
                report.skip(step.step.value, step.text)
            elif step.ok:
                report.ok(step.step.value, step.text)
            else:
                saves = "; ".join(
                    f"composer accounts set-secret {account.name} {k}" for k in step.store
                )
                if step.step is Step.KEYRING:
                    report.fail(step.step.value, f"{step.text}. Save: {saves}")
                elif saves:
                    report.fail(step.step.value, f"{step.text} Save it with: {saves}")
                else:
                    report.fail(step.step.value, step.text)
        if steps[0].step is not Step.SETUP:
            notice = rotation_notice(account, self.today)
            if notice:
                report.note(notice)
        return report.status


class _Report:
    """The lines of ``accounts test``; the exit status follows the failures."""

    def __init__(self) -> None:
        self.status = EXIT_OK

    def _line(self, mark: str, what: str, text: str) -> None:
        print(f"  {mark:<5} {what}: {text}")

    def ok(self, what: str, text: str) -> None:
        self._line("ok", what, text)

    def skip(self, what: str, text: str) -> None:
        self._line("-", what, text)

    def fail(self, what: str, text: str) -> None:
        self.status = EXIT_PROBLEMS
        self._line("FAIL", what, text)

    def note(self, text: str) -> None:
        print(f"  !     {text}")


# --- secrets from standard input -----------------------------------------------------------------


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _secret_lines(stream: TextIO) -> Iterable[tuple[int, str]]:
    for number, raw in enumerate(stream, 1):
        line = raw.rstrip("\r\n")
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def _parse_secret_lines(stream: TextIO) -> dict[str, str]:
    """``name=value`` lines (blank lines and ``#`` comments skipped). Errors name the line
    number and the name, never the value."""
    secrets: dict[str, str] = {}
    for number, line in _secret_lines(stream):
        name, sep, value = line.partition("=")
        name, value = name.strip(), value.strip()
        if not sep:
            raise UsageError(
                f"standard input, line {number}: not a name=value line (names: "
                f"{', '.join(SECRET_NAMES)})"
            )
        if name not in SECRET_NAMES:
            raise UsageError(
                f"standard input, line {number}: unknown secret {name[:40]!r} (names: "
                f"{', '.join(SECRET_NAMES)})"
            )
        if name in secrets:
            raise UsageError(f"standard input, line {number}: {name} given twice")
        if not value:
            raise UsageError(f"standard input, line {number}: {name} is empty")
        secrets[name] = value
    return secrets


def _parse_one_secret(stream: TextIO, key: str) -> str:
    """One secret: the value alone on a line, or ``key=value``."""
    lines = list(_secret_lines(stream))
    if len(lines) > 1:
        raise UsageError(f"standard input holds {len(lines)} lines; give the {key} alone")
    if not lines:
        return ""
    line = lines[0][1].strip()
    prefix = f"{key}="
    return line[len(prefix) :].strip() if line.startswith(prefix) else line


def _names(keys: Iterable[str]) -> str:
    present = set(keys)
    return ", ".join(k for k in SECRET_NAMES if k in present)
