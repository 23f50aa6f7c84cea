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

from composer.i18n import Context, translate
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

# The sentences of ``composer accounts`` (lupdate reads the context from this name: keep it so).
AccountsCli = Context("AccountsCli")


class UsageError(Exception):
    """Bad input on the command line or standard input (exit 2). Never holds a secret."""


def register(commands: Any) -> None:
    """Add ``accounts`` to ``commands``, the sub-parsers object of ``composer``'s parser."""
    codes = ", ".join(m.code for m in MARKETPLACES)
    accounts = commands.add_parser(
        "accounts",
        help=AccountsCli.tr(
            "add, list, remove and test seller accounts (secrets in the OS keyring)"
        ),
        description=AccountsCli.tr(
            "Seller accounts for sending: SP-API (region, marketplace, Login with "
            "Amazon credentials) and e-mail (SMTP server, authorised sender). Secrets go to the OS "
            "keyring only, and are never given as arguments: Composer asks for them on a terminal, "
            "or reads name=value lines from standard input. Exit status 0: done; 1: a problem "
            "found (a failed test, no keyring, a missing secret); 2: bad usage or an unreadable "
            "accounts file."
        ),
    )
    accounts.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=AccountsCli.tr(
            "keep the accounts file in DIR, as the window's --data-dir does (default: your "
            "user config folder); secrets stay in the keyring either way"
        ),
    )
    actions = accounts.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)

    add = actions.add_parser(
        "add",
        help=AccountsCli.tr("add an account and store its secrets in the keyring"),
        #: {secrets}: the secrets' names, as typed on standard input (lwa_client_id, …).
        description=AccountsCli.tr(
            "Add an account. Secrets asked for (Enter skips): {secrets}. Without a terminal, or "
            "with --secrets-stdin, give them on standard input as name=value lines (e.g. "
            "lwa_client_secret=...)."
        ).format(secrets=", ".join(SECRET_NAMES)),
    )
    add.add_argument(
        "name", metavar="NAME", help=AccountsCli.tr("a name for the account, e.g. shop-de")
    )
    add.add_argument(
        "--marketplace",
        required=True,
        metavar="CODE",
        help=AccountsCli.tr("the main marketplace: {codes}").format(codes=codes),
    )
    add.add_argument(
        "--region",
        choices=[r.value for r in Region],
        type=str.upper,
        help=AccountsCli.tr("the SP-API region (default: the marketplace's)"),
    )
    add.add_argument(
        "--sandbox", action="store_true", help=AccountsCli.tr("use Amazon's SP-API sandbox hosts")
    )
    add.add_argument(
        "--sp-api-endpoint",
        metavar="URL",
        help=AccountsCli.tr(
            "send SP-API calls here instead of Amazon's host (https; http only to this machine)"
        ),
    )
    add.add_argument(
        "--lwa-endpoint",
        metavar="URL",
        help=AccountsCli.tr(
            "exchange tokens here instead of Login with Amazon (https; http only to this machine)"
        ),
    )
    add.add_argument(
        "--smtp-host", metavar="HOST", help=AccountsCli.tr("the SMTP server for e-mail to buyers")
    )
    add.add_argument(
        "--smtp-port",
        type=int,
        metavar="PORT",
        help=AccountsCli.tr("default: 587, 465 for ssl, 25 for plain"),
    )
    add.add_argument(
        "--smtp-security",
        choices=[s.value for s in SmtpSecurity],
        default=SmtpSecurity.STARTTLS.value,
        help=AccountsCli.tr("starttls (default), ssl, or plain (only to this machine)"),
    )
    add.add_argument("--smtp-user", metavar="USER", help=AccountsCli.tr("the SMTP login name"))
    add.add_argument(
        "--sender",
        metavar="ADDRESS",
        help=AccountsCli.tr(
            "the From address: one authorised for Buyer-Seller Messaging in Seller Central"
        ),
    )
    _secrets_stdin_option(add)

    lst = actions.add_parser(
        "list",
        help=AccountsCli.tr("list the accounts (never a secret)"),
        description=AccountsCli.tr(
            "List the accounts: settings, which secrets the keyring holds (never "
            "their values), and client-secret rotation reminders."
        ),
    )
    lst.add_argument("--format", choices=("text", "json"), default="text")

    remove = actions.add_parser(
        "remove",
        help=AccountsCli.tr("remove an account and its secrets"),
        description=AccountsCli.tr("Remove an account and delete its secrets from the keyring."),
    )
    remove.add_argument("name", metavar="NAME")

    test = actions.add_parser(
        "test",
        help=AccountsCli.tr("check the keyring, Login with Amazon and the SMTP login"),
        description=AccountsCli.tr(
            "Check that the keyring holds each secret the account needs, that Login "
            "with Amazon exchanges its refresh token for an access token, and that the SMTP server "
            "accepts its login. Nothing is sent to a buyer."
        ),
    )
    test.add_argument("name", metavar="NAME")
    test.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help=AccountsCli.tr("per connection"),
    )

    set_secret = actions.add_parser(
        "set-secret",
        help=AccountsCli.tr("store or replace one secret (e.g. a rotated LWA client secret)"),
        #: {secrets}: the secrets' names, as typed on the command line (lwa_client_id, …).
        description=AccountsCli.tr(
            "Store or replace one secret of an account: {secrets}. Asked for on a terminal; "
            "otherwise read from standard input (the value alone, or name=value). Saving "
            "lwa_client_secret restarts its 180-day rotation reminder."
        ).format(secrets=", ".join(SECRET_NAMES)),
    )
    set_secret.add_argument("name", metavar="NAME")
    set_secret.add_argument("secret", choices=SECRET_NAMES, metavar="SECRET")
    _secrets_stdin_option(set_secret)


def _secrets_stdin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--secrets-stdin",
        action="store_true",
        help=AccountsCli.tr(
            "read secrets from standard input as name=value lines even on a terminal"
        ),
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
            raise UsageError(
                AccountsCli.tr("An account named {account} exists already").format(
                    account=repr(taken[0])
                )
            )
        wanted = [*_SP_API_ORDER, *(["smtp_password"] if account.smtp_user else [])]
        secrets = self._secrets(args, wanted)
        given = SP_API_SECRETS & secrets.keys()
        if given and given != SP_API_SECRETS:
            missing = ", ".join(k for k in _SP_API_ORDER if k not in given)
            raise UsageError(
                AccountsCli.tr(
                    "SP-API needs all three of {secrets}, or none; missing: {missing}"
                ).format(secrets=", ".join(_SP_API_ORDER), missing=missing)
            )
        if "smtp_password" in secrets and not account.smtp_user:
            raise UsageError(
                AccountsCli.tr("an smtp_password was given, but the account has no --smtp-user")
            )
        stored = self.book.add(account, secrets)
        print(
            AccountsCli.tr(
                "Added account {account}: {region}, {marketplace} (Amazon.{domain}), {mode}."
            ).format(
                account=repr(stored.name),
                region=stored.region,
                marketplace=stored.marketplace,
                domain=stored.market.domain,
                mode=_mode(stored),
            )
        )
        if secrets:
            where = self.book.credentials.backend_name
            print(
                AccountsCli.tr("Secrets in the keyring ({keyring}): {secrets}.").format(
                    keyring=where, secrets=_names(stored.secrets)
                )
            )
        else:
            print(AccountsCli.tr("No secrets given: add them with composer accounts set-secret."))
        print(
            AccountsCli.tr("Check it with: composer accounts test {account}").format(
                account=stored.name
            )
        )
        return EXIT_OK

    def _secrets(self, args: argparse.Namespace, wanted: list[str]) -> dict[str, str]:
        if args.secrets_stdin or not _is_terminal(self.stdin):
            return _parse_secret_lines(self.stdin)
        secrets: dict[str, str] = {}
        for key in wanted:
            if key in SP_API_SECRETS and key != "lwa_client_id" and "lwa_client_id" not in secrets:
                continue  # SP-API skipped with an empty client id
            value = self.prompt(
                AccountsCli.tr("{label} ({key}; Enter to skip): ").format(
                    label=_label(key), key=key
                )
            ).strip()
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
            value = self.prompt(
                AccountsCli.tr("{label} ({key}): ").format(label=_label(key), key=key)
            ).strip()
        if not value:
            raise UsageError(AccountsCli.tr("no {key} given; nothing changed").format(key=key))
        account = self.book.set_secret(args.name, key, value)
        print(
            AccountsCli.tr("Saved the {label} of account {account} in the keyring.").format(
                label=_label(key), account=repr(account.name)
            )
        )
        if key == "lwa_client_secret":
            deadline = client_secret_deadline(account)
            print(
                AccountsCli.tr("Amazon requires the next rotation by {date} (180 days).").format(
                    date=deadline
                )
            )
        return EXIT_OK

    # --- list ----------------------------------------------------------------------------------

    def cmd_list(self, args: argparse.Namespace) -> int:
        accounts = self.book.accounts()
        if args.format == "json":
            json.dump([self._as_json(a) for a in accounts], sys.stdout, indent=2)
            sys.stdout.write("\n")
            return EXIT_OK
        if not accounts:
            print(
                AccountsCli.tr(
                    "No accounts yet; add one with: composer accounts add NAME --marketplace CODE"
                )
            )
            return EXIT_OK
        for account in accounts:
            self._print_account(account)
        return EXIT_OK

    def _print_account(self, account: Account) -> None:
        print(f"{account.name}  {account.region}  {account.marketplace}  {_mode(account)}")
        sp_secrets = account.secrets & SP_API_SECRETS
        if sp_secrets:
            saved = account.client_secret_saved_on
            when = (
                AccountsCli.tr("; client secret saved {date}").format(date=saved) if saved else ""
            )
            #: {saved} is empty or "; client secret saved {date}".
            line = AccountsCli.tr("SP-API: {url}, LWA {lwa_url} (secrets set: {secrets}{saved})")
            print(
                "  "
                + line.format(
                    url=account.sp_api_base_url,
                    lwa_url=account.lwa_url,
                    secrets=_names(sp_secrets),
                    saved=when,
                )
            )
        else:
            print("  " + AccountsCli.tr("SP-API: not set up (no LWA credentials)"))
        if account.smtp_host:
            login = (
                AccountsCli.tr(", user {user}").format(user=account.smtp_user)
                if account.smtp_user
                else AccountsCli.tr(", no login")
            )
            has_password = "smtp_password" in account.secrets
            password = (
                AccountsCli.tr(" (secret set: smtp_password)")
                if has_password
                else (AccountsCli.tr(" (no smtp_password set)") if account.smtp_user else "")
            )
            sender = account.sender or AccountsCli.tr("no sender set")
            #: {login} is ", user {user}" or ", no login"; {password} says whether the keyring
            #: holds the SMTP password, or is empty.
            line = AccountsCli.tr(
                "e-mail: {host}:{port} {security}{login}, from {sender}{password}"
            )
            print(
                "  "
                + line.format(
                    host=account.smtp_host,
                    port=account.smtp_port_or_default,
                    security=account.smtp_security,
                    login=login,
                    sender=sender,
                    password=password,
                )
            )
        else:
            print("  " + AccountsCli.tr("e-mail: not set up (no SMTP server)"))
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
        print(
            AccountsCli.tr("Removed account {account} and its secrets from the keyring.").format(
                account=repr(args.name)
            )
        )
        return EXIT_OK

    # --- test ----------------------------------------------------------------------------------

    def cmd_test(self, args: argparse.Namespace) -> int:
        from composer.services.account_check import Step, check_account  # noqa: PLC0415

        account = self.book.get(args.name)
        report = _Report()
        print(AccountsCli.tr("Testing account {account}:").format(account=repr(account.name)))
        steps = check_account(self.book, account.name, args.timeout, secret_name=str)
        for step in steps:
            what = _step_name(step.step)
            if step.ok is None:
                report.skip(what, step.text)
            elif step.ok:
                report.ok(what, step.text)
            else:
                saves = "; ".join(
                    f"composer accounts set-secret {account.name} {k}" for k in step.store
                )
                if step.step is Step.KEYRING:
                    #: {problem}: which secrets are missing; {commands}: the commands to save them.
                    text = AccountsCli.tr("{problem}. Save: {commands}")
                    report.fail(what, text.format(problem=step.text, commands=saves))
                elif saves:
                    text = AccountsCli.tr("{problem} Save it with: {commands}")
                    report.fail(what, text.format(problem=step.text, commands=saves))
                else:
                    report.fail(what, step.text)
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
                AccountsCli.tr(
                    "standard input, line {line}: not a name=value line (names: {names})"
                ).format(line=number, names=", ".join(SECRET_NAMES))
            )
        if name not in SECRET_NAMES:
            raise UsageError(
                AccountsCli.tr(
                    "standard input, line {line}: unknown secret {name} (names: {names})"
                ).format(line=number, name=repr(name[:40]), names=", ".join(SECRET_NAMES))
            )
        if name in secrets:
            raise UsageError(
                AccountsCli.tr("standard input, line {line}: {name} given twice").format(
                    line=number, name=name
                )
            )
        if not value:
            raise UsageError(
                AccountsCli.tr("standard input, line {line}: {name} is empty").format(
                    line=number, name=name
                )
            )
        secrets[name] = value
    return secrets


def _parse_one_secret(stream: TextIO, key: str) -> str:
    """One secret: the value alone on a line, or ``key=value``."""
    lines = list(_secret_lines(stream))
    if len(lines) > 1:
        raise UsageError(
            AccountsCli.tr(
                "standard input holds %n lines; give the {key} alone", "", len(lines)
            ).format(key=key)
        )
    if not lines:
        return ""
    line = lines[0][1].strip()
    prefix = f"{key}="
    return line[len(prefix) :].strip() if line.startswith(prefix) else line


def _mode(account: Account) -> str:
    """Whether the account uses Amazon's sandbox, in a word."""
    if account.sandbox:
        return AccountsCli.tr("sandbox", "SP-API mode of an account")
    return AccountsCli.tr("production", "SP-API mode of an account")


def _label(key: str) -> str:
    """A secret's name in a sentence; the window marks the same labels (context "Accounts")."""
    return translate("Accounts", SECRET_LABELS[key])


def _step_name(step: str) -> str:
    """The name of a step of ``accounts test`` (a ``composer.services.account_check.Step``, a
    ``StrEnum``)."""
    names = {
        "setup": AccountsCli.tr("setup", "a step of accounts test"),
        "keyring": AccountsCli.tr("keyring", "a step of accounts test"),
        "SP-API": AccountsCli.tr("SP-API", "a step of accounts test"),
        "Login with Amazon": AccountsCli.tr("Login with Amazon", "a step of accounts test"),
        "e-mail": AccountsCli.tr("e-mail", "a step of accounts test"),
    }
    return names.get(str(step), str(step))


def _names(keys: Iterable[str]) -> str:
    present = set(keys)
    return ", ".join(k for k in SECRET_NAMES if k in present)
