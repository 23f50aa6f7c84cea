"""What ``composer accounts test`` and the window's "Test" button check, once, for both.

An account test sends nothing to a buyer: it checks that the keyring holds each secret the
account needs, that Login with Amazon exchanges the refresh token for an access token, and that
the mail server accepts the login. The steps come back as values; the command line and the window
word the remedy each in its own terms (a ``set-secret`` command, a menu), so a step names the
secrets to store rather than saying how.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from composer.i18n import Context
from composer.services.accounts import SECRET_LABELS, SECRET_NAMES, SP_API_SECRETS
from composer.services.recorded import reword

if TYPE_CHECKING:
    from composer.services.accounts import Account, AccountBook

# What a step says, in the interface's language (lupdate reads the context from this name).
AccountCheck = Context("AccountCheck")

# A secret Login with Amazon says must be stored anew, by what it needs.
_SECRET_FOR_LWA_NEED = {"reauthorize": "refresh_token", "new-secret": "lwa_client_secret"}


class Step(StrEnum):
    SETUP = "setup"
    KEYRING = "keyring"
    SP_API = "SP-API"  # only to say it is not set up
    LOGIN_WITH_AMAZON = "Login with Amazon"
    EMAIL = "e-mail"


@dataclass(frozen=True, slots=True)
class CheckStep:
    """One step: whether it worked (None: not tried, or not set up) and what happened in plain
    words, never a secret. ``store`` names the secrets the user must store (again) to mend it."""

    step: Step
    ok: bool | None
    text: str
    store: tuple[str, ...] = ()


def check_account(
    book: AccountBook,
    name: str,
    timeout: float = 30.0,
    *,
    secret_name: Callable[[str], str] = SECRET_LABELS.__getitem__,
) -> list[CheckStep]:
    """Test the account ``name``; waits on servers (up to ``timeout`` per connection), so the
    window runs it on a worker. A keyring that cannot be used raises its typed error.
    ``secret_name`` words a secret's name (the window's labels; the command line its keys)."""
    account = book.get(name)
    sp_api = bool(account.secrets & SP_API_SECRETS)
    email = account.smtp_host is not None
    if not sp_api and not email:
        return [
            CheckStep(
                Step.SETUP,
                False,
                AccountCheck.tr(
                    "nothing to test: the account has neither LWA credentials nor an SMTP server"
                ),
            )
        ]
    needed = [k for k in SECRET_NAMES if k in SP_API_SECRETS] if sp_api else []
    if email and account.smtp_user:
        needed.append("smtp_password")
    steps: list[CheckStep] = []
    held = _keyring_step(book, account, needed, steps, secret_name)

    if not sp_api:
        steps.append(
            CheckStep(Step.SP_API, None, AccountCheck.tr("not set up (no LWA credentials)"))
        )
    elif held >= SP_API_SECRETS:
        steps.append(_login_with_amazon(book, account, timeout))
    else:
        steps.append(
            CheckStep(
                Step.LOGIN_WITH_AMAZON, None, AccountCheck.tr("not tried: a secret is missing")
            )
        )

    if not email:
        steps.append(CheckStep(Step.EMAIL, None, AccountCheck.tr("not set up (no SMTP server)")))
    elif account.smtp_user and "smtp_password" not in held:
        steps.append(
            CheckStep(Step.EMAIL, None, AccountCheck.tr("not tried: the SMTP password is missing"))
        )
    else:
        steps.append(_mail_login(book, account, timeout))
        if not account.sender:
            steps.append(
                CheckStep(
                    Step.EMAIL,
                    False,
                    AccountCheck.tr("no sender address: e-mail cannot be sent without one"),
                )
            )
    return steps


def _keyring_step(
    book: AccountBook,
    account: Account,
    needed: list[str],
    steps: list[CheckStep],
    secret_name: Callable[[str], str],
) -> set[str]:
    credentials = book.credentials
    backend = credentials.backend_name  # no usable keyring: raised here, the test stops
    held = {k for k in needed if credentials.get(account.name, k) is not None}
    missing = tuple(k for k in needed if k not in held)
    if missing:
        names = AccountCheck.tr(", ", "list separator").join(secret_name(k) for k in missing)
        #: {keyring} is the keyring's name ("Windows Credential Manager"), {secrets} a list.
        text = AccountCheck.tr("{keyring} holds no {secrets} for this account")
        steps.append(
            CheckStep(Step.KEYRING, False, text.format(keyring=backend, secrets=names), missing)
        )
    elif held:
        names = AccountCheck.tr(", ", "list separator").join(
            secret_name(k) for k in SECRET_NAMES if k in held
        )
        text = AccountCheck.tr("{keyring} holds {secrets}")
        steps.append(CheckStep(Step.KEYRING, True, text.format(keyring=backend, secrets=names)))
    return held


def _login_with_amazon(book: AccountBook, account: Account, timeout: float) -> CheckStep:
    from composer.services.delivery import DeliveryError  # noqa: PLC0415 - requests is heavy
    from composer.services.spapi import LwaError, SpApiClient  # noqa: PLC0415

    try:
        with SpApiClient.for_account(account, book, timeout=timeout) as client:
            client.access_token()
    except LwaError as exc:
        key = _SECRET_FOR_LWA_NEED.get(exc.needs)
        return CheckStep(Step.LOGIN_WITH_AMAZON, False, reword(exc.message), (key,) if key else ())
    except DeliveryError as exc:
        return CheckStep(Step.LOGIN_WITH_AMAZON, False, reword(exc.message))
    text = AccountCheck.tr("{address} gave an access token").format(address=account.lwa_url)
    return CheckStep(Step.LOGIN_WITH_AMAZON, True, text)


def _mail_login(book: AccountBook, account: Account, timeout: float) -> CheckStep:
    from composer.services.delivery import DeliveryError  # noqa: PLC0415
    from composer.services.mail import test_login  # noqa: PLC0415

    password = book.secret(account.name, "smtp_password") if account.smtp_user else None
    try:
        said = test_login(account, password, timeout=timeout)
    except DeliveryError as exc:
        return CheckStep(Step.EMAIL, False, reword(exc.message))
    return CheckStep(Step.EMAIL, True, said)
