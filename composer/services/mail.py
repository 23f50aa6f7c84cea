"""E-mail to the buyer through Amazon's relay, over SMTP.

Amazon gives each buyer an anonymised address per seller (``…@marketplace.amazon.<tld>`` of
the order's marketplace) and relays mail sent to it, but only from the seller's authorised
sender addresses (notes.md, section 6). ``send_email`` sends one message there: From is the
account's authorised sender, To the buyer's alias (``check_buyer_address``), the body an
Amazon-safe HTML part and its plain-text twin (``composer.services.export.email_message``).

Composer never adds "[Important]" to the subject. Sellers used to add it so that a critical
message reached buyers who had opted out of unsolicited messages; Amazon removed that override
in April 2025: messages whose contact reason is critical are delivered regardless, and the tag
on anything else is misuse. The subject stays as the seller wrote it.

Security: STARTTLS (the default) or SSL with certificate and host name checks (the system's
trusted certificates; nothing here turns the checks off), or no encryption only to a server on
this machine. A server without STARTTLS is refused rather than sent the password in clear.

Every failure is one of ``composer.services.delivery``'s outcomes, decided by how far the
conversation got: nothing sent (``UnreachableError``), a clear refusal (``RefusedError`` for a
5xx reply or a bad login, with the reply code and text; ``ThrottledError`` for a 4xx reply,
which SMTP defines as "not accepted, try later"), or the connection lost after the message
itself went out and before the server's final reply (``DeliveryUnknownError``: the buyer may
have it, so it is never sent again by itself). The password never appears in a message.
"""

from __future__ import annotations

import base64
import email.policy
import email.utils
import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn

from composer.i18n import Context
from composer.services import recorded as words
from composer.services.accounts import Account, SmtpSecurity, is_loopback_host
from composer.services.delivery import (
    DeliveryUnknownError,
    Receipt,
    RefusedError,
    ThrottledError,
    UnreachableError,
)
from composer.services.export import ExportError, email_message
from composer.services.marketplaces import Marketplace, marketplace
from composer.services.recorded import HOST_UNKNOWN, MAIL_UNREACHABLE, NO_ANSWER, NOTHING_LISTENS

# What the mail side says at once (an address check, a login test), in the interface's
# language; what a send records is marked in composer.services.recorded (read back reworded).
MailWords = Context("MailWords")

# SMTP replies carry no "retry after"; greylisting servers usually accept after a few minutes.
SMTP_RETRY_WAIT = 300.0

_ALIAS = re.compile(r"[A-Za-z0-9._%+-]+@marketplace\.amazon\.[a-z.]+")


class MailError(RefusedError):
    """The message cannot be sent as set up (no SMTP server or sender on the account, no
    password, a recipient who is not the buyer's alias): nothing was sent. Code "local"."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="local")


class BuyerAddressError(MailError):
    """The recipient is not the buyer's anonymised address in the account's marketplace."""


def check_buyer_address(address: str, market: Marketplace | str) -> str:
    """The bare address, lower-cased domain, if it is a buyer's anonymised alias in ``market``
    (``…@marketplace.amazon.de`` for DE); ``BuyerAddressError`` for anything else."""
    market = market if isinstance(market, Marketplace) else marketplace(market)
    raw = address.strip()
    _, bare = email.utils.parseaddr(raw)
    local, _, domain = bare.rpartition("@")
    bare = f"{local}@{domain.lower()}"
    if any(c in raw for c in "\r\n") or not _ALIAS.fullmatch(bare):
        raise BuyerAddressError(
            MailWords.tr(
                "{address} is not a buyer's anonymised Amazon address; Amazon relays e-mail to "
                "the buyer only through it (…@{domain})"
            ).format(address=repr(raw), domain=market.buyer_mail_domain)
        )
    if domain.lower() != market.buyer_mail_domain:
        raise BuyerAddressError(
            MailWords.tr(
                "{address} is a buyer address of another marketplace; buyers of Amazon.{store} "
                "({code}) are reached at …@{domain}"
            ).format(
                address=bare,
                store=market.domain,
                code=market.code,
                domain=market.buyer_mail_domain,
            )
        )
    return bare


def send_email(
    account: Account,
    password: str | None,
    *,
    to: str,
    subject: str,
    html: str,
    timeout: float = 30,
) -> Receipt:
    """Send one message to the buyer and return the receipt: the Message-ID and the server's
    final reply. Raises the ``delivery`` outcomes (see the module docstring)."""
    recipient = check_buyer_address(to, account.market)
    sender = _sender(account)
    try:
        message = email_message(subject, html, sender=account.sender, to=recipient)
    except ExportError as exc:
        raise MailError(words.EMAIL_NOT_MADE(reason=exc)) from None
    message_id = email.utils.make_msgid(domain=sender.rpartition("@")[2])
    message["Date"] = email.utils.formatdate(localtime=True)
    message["Message-ID"] = message_id
    data = message.as_bytes(policy=email.policy.SMTP)

    with _session(account, password, timeout) as (smtp, fail, clean):
        code, reply = _before_message(account, fail, lambda: smtp.mail(sender))
        if code != 250:
            fail(code, reply, words.REFUSED_SENDER(address=sender))
        code, reply = _before_message(account, fail, lambda: smtp.rcpt(recipient))
        if code not in (250, 251):
            fail(code, reply, words.REFUSED_RECIPIENT(address=recipient))
        code, reply = _before_message(account, fail, lambda: _data_command(smtp))
        if code != 354:
            fail(code, reply, words.REFUSED_DATA())
        # From here the message is on its way: only the server's final reply says whether it
        # was accepted. Without it, the buyer may have it.
        try:
            smtp.send(_dot_stuffed(data))
            code, reply = smtp.getreply()
        except (smtplib.SMTPServerDisconnected, OSError) as exc:
            raise DeliveryUnknownError(
                words.LOST_AFTER_SENDING(server=_where(account), why=_why(exc)),
                reference=message_id,
            ) from None
        if code != 250:
            fail(code, reply, words.NOT_ACCEPTED())
        text = clean(reply)
    return Receipt(reference=message_id, reply=f"{code} {text}".strip())


def test_login(account: Account, password: str | None, *, timeout: float = 30) -> str:  # noqa: PT028
    """Connect, encrypt and log in as ``accounts test`` does; returns what happened in one line.
    Raises the same ``delivery`` outcomes as ``send_email``."""
    with _session(account, password, timeout):
        pass
    security = {
        SmtpSecurity.STARTTLS: "STARTTLS",
        SmtpSecurity.SSL: "SSL",
        SmtpSecurity.PLAIN: MailWords.tr("no encryption, this machine only"),
    }[account.smtp_security]
    #: {server} is host:port, {security} "STARTTLS", "SSL" or "no encryption, this machine only".
    if account.smtp_user:
        text = MailWords.tr("The mail server {server} ({security}) accepted the login of {user}.")
    else:
        text = MailWords.tr("The mail server {server} ({security}) answered.")
    return text.format(server=_where(account), security=security, user=account.smtp_user)


# Not a test, whatever its name says: pytest must not collect it where a test module imports it.
test_login.__test__ = False  # type: ignore[attr-defined]


# --- the conversation --------------------------------------------------------------------------

_Fail = Callable[[int, bytes | str, str], NoReturn]
_Clean = Callable[[bytes | str], str]


@contextmanager
def _session(
    account: Account, password: str | None, timeout: float
) -> Iterator[tuple[smtplib.SMTP, _Fail, _Clean]]:
    """An SMTP connection, encrypted and logged in; ``fail(code, reply, what)`` raises the
    delivery error for a reply, ``clean(reply)`` makes a reply one line without the password.
    Closed politely at the end."""
    host = account.smtp_host
    if host is None:
        raise MailError(words.NO_SMTP_SERVER(name=repr(account.name)))
    if account.smtp_security is SmtpSecurity.PLAIN and not is_loopback_host(host):
        raise MailError(words.PLAIN_SMTP_REFUSED(host=host))
    if account.smtp_user and not password:
        raise MailError(
            words.NO_SMTP_PASSWORD(
                name=repr(account.name),
                command=f"composer accounts set-secret {account.name} smtp_password",
            )
        )
    where = _where(account)
    # The forms a server could echo back: the password, and as AUTH PLAIN / LOGIN sent it.
    hidden: list[str] = []
    if password:
        hidden = [password, _b64(password), _b64(f"\0{account.smtp_user}\0{password}")]

    def clean(reply: bytes | str) -> str:
        text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
        text = " ".join(text.split())
        for form in hidden:
            text = text.replace(form, "[password]")
        return text

    def fail(code: int, reply: bytes | str, what: str) -> NoReturn:
        text = clean(reply)
        said = words.SERVER_REFUSED(server=where, what=what, reply=f"{code} {text}".rstrip())
        if 400 <= code < 500:
            raise ThrottledError(
                words.TEMPORARY_REFUSAL(refusal=said), wait=SMTP_RETRY_WAIT, code=str(code)
            )
        raise RefusedError(said, code=str(code))

    context = ssl.create_default_context()
    smtp = _connect(account, context, timeout, fail)
    try:
        _before_message(account, fail, lambda: _hello(smtp, fail))
        if account.smtp_security is SmtpSecurity.STARTTLS:
            if not smtp.has_extn("starttls"):
                raise RefusedError(
                    words.NO_STARTTLS(server=where),
                    code="tls",
                )
            _before_message(account, fail, lambda: smtp.starttls(context=context))
            _before_message(account, fail, lambda: _hello(smtp, fail))  # again, now encrypted
        if account.smtp_user:
            _login(smtp, account.smtp_user, password or "", fail)
        yield smtp, fail, clean
    finally:
        _close(smtp)


def _connect(
    account: Account, context: ssl.SSLContext, timeout: float, fail: _Fail
) -> smtplib.SMTP:
    host, port = account.smtp_host or "", account.smtp_port_or_default
    try:
        if account.smtp_security is SmtpSecurity.SSL:
            return smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
        return smtplib.SMTP(host, port, timeout=timeout)
    except smtplib.SMTPConnectError as exc:  # the greeting was not 220
        fail(exc.smtp_code, exc.smtp_error, words.REFUSED_CONNECTION())
    except ssl.SSLError as exc:
        raise _tls_error(account, exc) from None
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise UnreachableError(MAIL_UNREACHABLE(server=_where(account), why=_why(exc))) from None


def _before_message(
    account: Account, fail: _Fail, step: Callable[[], tuple[int, bytes]]
) -> tuple[int, bytes]:
    """Run a step before the message itself is sent. Losing the connection here means nothing
    was delivered: ``UnreachableError``, safe to send again later."""
    try:
        return step()
    except smtplib.SMTPResponseException as exc:  # e.g. a STARTTLS or HELO refused
        fail(exc.smtp_code, exc.smtp_error, words.REFUSED_COMMAND())
    except ssl.SSLError as exc:
        raise _tls_error(account, exc) from None
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise UnreachableError(
            words.CLOSED_BEFORE_SENT(server=_where(account), why=_why(exc))
        ) from None


def _data_command(smtp: smtplib.SMTP) -> tuple[int, bytes]:
    smtp.putcmd("data")
    return smtp.getreply()


def _hello(smtp: smtplib.SMTP, fail: _Fail) -> tuple[int, bytes]:
    code, reply = smtp.ehlo()
    if code != 250:
        code, reply = smtp.helo()
        if code != 250:
            fail(code, reply, words.REFUSED_GREETING())
    return code, reply


# PLAIN and LOGIN travel inside the encrypted connection; CRAM-MD5 (obsolete) only if alone.
_MECHANISMS = ("PLAIN", "LOGIN", "CRAM-MD5")


def _login(smtp: smtplib.SMTP, user: str, password: str, fail: _Fail) -> None:
    """Log in once, with the first mechanism both sides know. (smtplib's ``login`` tries every
    advertised mechanism after a refusal, so one wrong password would count as two or three
    failed logins, and servers lock accounts after a few.)"""
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    mechanism = next((m for m in _MECHANISMS if m in offered), None)
    if mechanism is None:
        raise RefusedError(
            words.NO_USABLE_LOGIN(offered=" ".join(offered) or "no AUTH"),
            code="auth",
        )
    smtp.user, smtp.password = user, password
    methods: dict[str, Callable[..., str]] = {
        "PLAIN": smtp.auth_plain,
        "LOGIN": smtp.auth_login,
        "CRAM-MD5": smtp.auth_cram_md5,
    }
    try:
        smtp.auth(mechanism, methods[mechanism])
    except smtplib.SMTPServerDisconnected as exc:
        raise UnreachableError(words.CLOSED_DURING_LOGIN(why=_why(exc))) from None
    except smtplib.SMTPResponseException as exc:  # SMTPAuthenticationError among them
        fail(exc.smtp_code, exc.smtp_error, words.REFUSED_LOGIN(user=user))
    except UnicodeEncodeError:
        raise MailError(words.NOT_ASCII_LOGIN()) from None
    except OSError as exc:
        raise UnreachableError(words.CLOSED_DURING_LOGIN(why=_why(exc))) from None
    finally:
        smtp.password = ""  # do not keep it on the connection object


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


# --- words ---------------------------------------------------------------------------------------


def _where(account: Account) -> str:
    return f"{account.smtp_host}:{account.smtp_port_or_default}"


def _sender(account: Account) -> str:
    if not account.sender:
        raise MailError(words.NO_SENDER(name=repr(account.name)))
    return email.utils.parseaddr(account.sender)[1]


def _tls_error(account: Account, exc: ssl.SSLError) -> RefusedError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return RefusedError(
            words.CERTIFICATE_FAILED(server=_where(account), why=exc.verify_message or _why(exc)),
            code="tls",
        )
    return RefusedError(words.TLS_FAILED(server=_where(account), why=_why(exc)), code="tls")


def _why(exc: BaseException) -> str:
    if isinstance(exc, socket.gaierror):
        return HOST_UNKNOWN()
    if isinstance(exc, ConnectionRefusedError):
        return NOTHING_LISTENS()
    if isinstance(exc, TimeoutError | socket.timeout):
        return NO_ANSWER()
    if isinstance(exc, ssl.SSLError):
        return exc.reason or type(exc).__name__
    text = str(exc).strip()
    return text or type(exc).__name__


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _dot_stuffed(data: bytes) -> bytes:
    """The DATA section: lines starting with "." get another (RFC 5321 4.5.2), then the end
    marker. ``data`` already has CRLF line ends (email.policy.SMTP)."""
    data = re.sub(rb"(?m)^\.", b"..", data)
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data + b".\r\n"
