"""Sending: the gate a message must pass, and the dispatcher that delivers it through the outbox.

The window and the command line call only this module (``Sender``):

1. ``prepare(request) -> Prepared``: the send gate. It builds the message exactly as it will be
   sent (for the SP-API the plain text ``export.to_plain_text`` makes of the editor's HTML; for
   e-mail the Amazon-safe HTML document and its plain-text part) and runs the policy check on
   *that*, with the buyer's language from Amazon (``GetAttributes``) for the SP-API. It asks
   Amazon which message types the order allows, or whether it may ask for a review, and looks
   in the outbox for what was already sent for the order. The result says what blocks the
   message (``blockers``: an error-level finding, a forbidden message, a type the order does
   not allow, a review request outside its window or already made) and what needs the user's
   explicit confirmation (``warnings``).
2. ``submit(prepared, confirm_warnings=...)``: records the message in the outbox (committed,
   with the confirmed warnings and when) and then delivers it. ``record`` and ``deliver`` are
   the two halves, for a window that records on the UI thread and delivers on a worker.
3. ``run_pending()``: sends what waits in the queue (sent while offline, or throttled), oldest
   first; the window calls it on a timer, ``composer outbox retry`` once.

How a delivery ends moves the outbox entry (``composer.services.delivery``): a ``Receipt`` →
sent; ``RefusedError`` → failed, with the receiver's code and words; ``ThrottledError`` → queued
again, not before the wait Amazon asked for (the client already waited and retried within the
rate limit); ``UnreachableError`` → queued (nothing left the machine), sent when the network is
back; ``DeliveryUnknownError`` → uncertain, never repeated by Composer: neither the SP-API nor
SMTP has an idempotency key, so the buyer would get it twice; the user decides.

Threads: every method may run on a worker thread. The outbox takes statements from any thread;
SP-API clients are made per thread (a ``requests.Session`` is not for concurrent use), all
sharing the account's one rate limiter; one ``run_pending`` at a time per Sender.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from composer.i18n import Context
from composer.policy import (
    Attachment,
    BodyFormat,
    Category,
    Channel,
    CheckOptions,
    Message,
    Report,
    Severity,
    check,
)
from composer.policy.rulebook import load_rulebook
from composer.services.delivery import (
    DeliveryError,
    DeliveryUnknownError,
    Receipt,
    RefusedError,
    ThrottledError,
    UnreachableError,
)
from composer.services.export import amazon_safe_html_document, to_plain_text
from composer.services.marketplaces import Marketplace, UnknownMarketplaceError, marketplace
from composer.services.outbox import (
    ConfirmedWarning,
    Entry,
    Outbox,
    OutboxError,
    OutboxProblem,
    OutgoingAttachment,
    OutgoingMessage,
    State,
    state_label,
)
from composer.services.recorded import ASKED_TO_WAIT, NOT_SENT_YET, reword
from composer.services.richtext import read_html, write_html

if TYPE_CHECKING:
    from composer.services.accounts import Account, AccountBook
    from composer.services.spapi import SpApiClient

__all__ = [
    "SOLICITATION",
    "BlockedError",
    "ConfirmationNeededError",
    "Prepared",
    "Problem",
    "SendError",
    "SendRequest",
    "Sender",
    "SetupError",
    "Transport",
]

log = logging.getLogger(__name__)

SOLICITATION = "productReviewAndSellerFeedback"  # the Solicitations API's one type
REVIEW_WINDOW = (5, 30)  # days after delivery (Solicitations API; notes.md section 2)
# The states in which a message may have reached the buyer or is about to.
_LIVE = (State.QUEUED, State.SENDING, State.SENT, State.UNCERTAIN)


# The send gate's and the dispatcher's words in the interface's language (lupdate reads the
# context from this name).
SendWords = Context("SendWords")


class SendError(Exception):
    """Base of the errors of sending; ``message`` is one line for the user, never a secret."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class SetupError(SendError):
    """The send cannot even be prepared: an unknown account, message type or marketplace, a
    channel the account is not set up for, missing secrets, a locked keyring."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason the message cannot be sent, or one warning to confirm: a rule id (from the
    check) or a gate id (``send.…``), and the words shown."""

    id: str
    message: str

    def __str__(self) -> str:
        return f"{self.id}: {self.message}"


class BlockedError(SendError):
    """The message cannot be sent as it is; ``problems`` names every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            SendWords.tr("Cannot be sent: {reasons}").format(
                reasons=SendWords.tr("; ", "list separator").join(p.message for p in self.problems)
            )
            if self.problems
            else SendWords.tr("Cannot be sent")
        )


class ConfirmationNeededError(SendError):
    """The message has warnings the user has not confirmed; ``warnings`` lists them."""

    def __init__(self, warnings: Sequence[Problem]) -> None:
        self.warnings = tuple(warnings)
        super().__init__(
            SendWords.tr(
                "%n warning(s) need your confirmation before sending: {warnings}",
                "",
                len(self.warnings),
            ).format(
                warnings=SendWords.tr("; ", "list separator").join(w.message for w in self.warnings)
            )
        )


@dataclass(frozen=True, slots=True)
class SendRequest:
    """What the seller wants to send: the editor's content and the order it is about.

    ``html`` is the editor's HTML (a plain text goes through ``sanitize.text_to_html`` first).
    ``message_type``: the SP-API type, ``SOLICITATION`` for Amazon's review request, None to
    take the type the check proposes. ``to``: the buyer's relay address, for e-mail.
    ``buyer_language``: for e-mail (the SP-API asks Amazon). ``marketplace``: a code or id;
    None for the account's own.
    """

    account: str
    order_id: str
    channel: Channel
    html: str
    subject: str = ""
    message_type: str | None = None
    to: str | None = None
    order_date: date | None = None
    delivery_date: date | None = None
    buyer_language: str | None = None
    is_reply: bool = False
    attachments: tuple[OutgoingAttachment, ...] = ()
    coverage: tuple[datetime, datetime] | None = None
    marketplace: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message through the gate: exactly what would be sent, the check of it, what Amazon
    said about the order, and what blocks it or needs confirming."""

    request: SendRequest
    account: Account
    marketplace: Marketplace
    channel: Channel
    message_type: str  # the SP-API type or SOLICITATION; "" for e-mail
    subject: str  # as sent ("" for the SP-API: it has none)
    text: str  # the exact text sent ("" for the review request)
    html: str  # the e-mail's HTML document ("" for the SP-API)
    recipient: str  # e-mail only
    report: Report | None  # None for the review request: Amazon writes it, there is no text
    allowed_types: frozenset[str] | None  # what Amazon allows for the order; None: not asked
    buyer_locale: str | None  # from Amazon (SP-API)
    blockers: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    prepared_at: datetime
    token: str = field(default_factory=lambda: secrets.token_hex(8), compare=False)

    @property
    def sendable(self) -> bool:
        return not self.blockers


class Transport(Protocol):
    """Delivers one recorded message; returns the receiver's Receipt or raises one of the
    errors of ``composer.services.delivery``."""

    def deliver(self, entry: Entry, attachments: Sequence[OutgoingAttachment]) -> Receipt: ...


TransportFor = Callable[[Entry], Transport]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Sender:
    """The send gate and the dispatcher over an outbox and the accounts.

    ``transport_for`` picks the transport of an entry (default: the SP-API client or SMTP of
    its account); ``spapi_client`` makes an account's SP-API client (default:
    ``SpApiClient.for_account`` with the account's shared rate limiter). Tests give their own
    of either; ``clock`` and ``today`` likewise.
    """

    def __init__(
        self,
        outbox: Outbox,
        book: AccountBook,
        *,
        transport_for: TransportFor | None = None,
        spapi_client: Callable[[Account], SpApiClient] | None = None,
        smtp_timeout: float = 30.0,
        clock: Callable[[], datetime] = _utc_now,
        today: Callable[[], date] | None = None,
    ) -> None:
        self.outbox = outbox
        self.book = book
        self._make_client = spapi_client or _default_client(book)
        self._transport_for = transport_for or self._account_transport
        self._smtp_timeout = smtp_timeout
        self._clock = clock
        self._today = today or (lambda: self._clock().astimezone().date())
        self._local = threading.local()  # this thread's SP-API clients, by account
        self._clients: list[SpApiClient] = []  # every thread's, to close them all
        self._clients_lock = threading.Lock()
        self._drain = threading.Lock()
        self._submitted: set[str] = set()
        self._submitted_lock = threading.Lock()

    def close(self) -> None:
        """Close the SP-API clients this Sender made, on every thread. Call it when no call
        is in flight (the window: after its workers have finished); the Sender makes new
        clients if it is used again."""
        with self._clients_lock:
            clients, self._clients = self._clients, []
        for client in clients:
            client.close()
        # Each thread's cache is dropped when that thread next looks (see _client).

    # -- the gate -------------------------------------------------------------------------

    def prepare(self, request: SendRequest) -> Prepared:
        """The message as it would be sent, checked, with what blocks it and what needs
        confirming. Asks Amazon (SP-API) which types the order allows and the buyer's
        language, or whether a review request is allowed. SetupError when the send cannot be
        prepared at all (unknown account, channel not set up, secrets missing)."""
        account = self._account(request.account)
        market = self._marketplace(request, account)
        order_id = request.order_id.strip()
        if not order_id:
            raise SetupError(SendWords.tr("The order id is missing"))
        if request.channel is Channel.SP_API:
            prepared = self._prepare_sp_api(request, account, market, order_id)
        elif request.channel is Channel.EMAIL:
            prepared = self._prepare_email(request, account, market, order_id)
        else:
            raise SetupError(
                SendWords.tr("Composer cannot send by {channel}; use sp-api or email").format(
                    channel=request.channel
                )
            )
        return prepared

    def _prepare_sp_api(
        self, request: SendRequest, account: Account, market: Marketplace, order_id: str
    ) -> Prepared:
        if not account.has_sp_api:
            raise SetupError(
                SendWords.tr(
                    "Account {name} has no SP-API credentials; add them with "
                    "composer accounts set-secret {account} lwa_client_id (and "
                    "lwa_client_secret, refresh_token)"
                ).format(name=repr(account.name), account=account.name)
            )
        blockers: list[Problem] = []
        warnings: list[Problem] = []
        client = self._client(account)
        mtype = request.message_type
        if mtype is not None:
            _known_type(mtype)
        if mtype == SOLICITATION:
            return self._prepare_solicitation(request, account, market, order_id, client)

        text = to_plain_text(request.html)
        allowed: frozenset[str] | None = None
        locale: str | None = None
        try:
            allowed = client.allowed_message_types(order_id, market.id)
            locale = client.buyer_locale(order_id, market.id)
        except UnreachableError as exc:
            warnings.append(
                Problem(
                    "send.offline",
                    SendWords.tr(
                        "Amazon cannot be reached ({reason}), so the message types this "
                        "order allows and the buyer's language are not known. If you send, the "
                        "message waits and goes out when the network is back; Amazon refuses it "
                        "then if the type is not allowed."
                    ).format(reason=exc.message),
                )
            )
        except DeliveryError as exc:
            blockers.append(Problem("send.amazon-refused", _amazon_words(exc)))
        language = locale or request.buyer_language
        message = self._policy_message(
            request, body=text, body_format=BodyFormat.TEXT, subject="", language=language
        )
        report = self._check(replace(message, message_type=mtype))
        if mtype is None:
            mtype = report.sp_api_message_type
            if mtype:
                report = self._check(replace(message, message_type=mtype))
        if not mtype:
            choices = ", ".join(sorted(allowed)) if allowed else SendWords.tr("none known")
            blockers.append(
                Problem(
                    "send.no-type",
                    SendWords.tr(
                        "Choose the message type (the check proposes none); allowed: {choices}"
                    ).format(choices=choices),
                )
            )
            mtype = ""
        elif allowed is not None and mtype not in allowed:
            choices = ", ".join(sorted(allowed)) or SendWords.tr("none at the moment")
            blockers.append(
                Problem(
                    "send.type-not-allowed",
                    SendWords.tr(
                        "Amazon does not allow a {type} message for order {order} now "
                        "(allowed: {choices})"
                    ).format(type=mtype, order=order_id, choices=choices),
                )
            )
        _findings(report, blockers, warnings)
        if mtype:
            warnings += self._order_history(
                account,
                order_id,
                channel=Channel.SP_API,
                mtype=mtype,
                text=text,
                report=report,
                is_reply=request.is_reply,
            )
        return Prepared(
            request=request,
            account=account,
            marketplace=market,
            channel=Channel.SP_API,
            message_type=mtype,
            subject="",
            text=text,
            html="",
            recipient="",
            report=report,
            allowed_types=allowed,
            buyer_locale=locale,
            blockers=tuple(blockers),
            warnings=tuple(warnings),
            prepared_at=self._clock(),
        )

    def _prepare_solicitation(
        self,
        request: SendRequest,
        account: Account,
        market: Marketplace,
        order_id: str,
        client: SpApiClient,
    ) -> Prepared:
        blockers: list[Problem] = []
        warnings: list[Problem] = []
        if to_plain_text(request.html).strip() or request.attachments:
            warnings.append(
                Problem(
                    "send.solicitation-text",
                    SendWords.tr(
                        "Amazon writes the review request itself: your text and files are not sent"
                    ),
                )
            )
        delivered = request.delivery_date
        if delivered is not None:
            first, last = (delivered + timedelta(days=d) for d in REVIEW_WINDOW)
            today = self._today()
            if not first <= today <= last:
                blockers.append(
                    Problem(
                        "send.solicitation-window",
                        SendWords.tr(
                            "A review may be requested from 5 to 30 days after delivery: for "
                            "this order from {first} to {last} (today is {today})"
                        ).format(first=first, last=last, today=today),
                    )
                )
        earlier = [
            e
            for e in self.outbox.entries(order_id=order_id, states=_LIVE)
            if e.account == account.name
        ]
        asked = [e for e in earlier if e.message_type == SOLICITATION]
        if asked:
            blockers.append(
                Problem(
                    "send.solicitation-once",
                    SendWords.tr(
                        "A review was already requested for order {order} (outbox message "
                        "{id}, {state}); Amazon allows one per order"
                    ).format(order=order_id, id=asked[-1].id, state=state_label(asked[-1].state)),
                )
            )
        proactive = [e for e in earlier if e.category == Category.PROACTIVE]
        if proactive and not asked:
            warnings.append(
                Problem(
                    "send.solicitation-allowance",
                    SendWords.tr(
                        "A proactive message was already sent for order {order} (outbox "
                        "message {id}); Amazon allows one review request or "
                        "free-form proactive message per order, so it may refuse this one"
                    ).format(order=order_id, id=proactive[-1].id),
                )
            )
        allowed: frozenset[str] | None = None
        try:
            if client.review_request_allowed(order_id, market.id):
                allowed = frozenset({SOLICITATION})
            else:
                allowed = frozenset()
                blockers.append(
                    Problem(
                        "send.solicitation-not-eligible",
                        SendWords.tr(
                            "Amazon does not offer a review request for order {order} now: "
                            "outside 5 to 30 days after delivery, not shipped yet, or already "
                            "requested"
                        ).format(order=order_id),
                    )
                )
        except UnreachableError as exc:
            warnings.append(
                Problem(
                    "send.offline",
                    SendWords.tr(
                        "Amazon cannot be reached ({reason}), so whether it allows a review "
                        "request for this order is not known. If you send, the request waits and "
                        "goes out when the network is back."
                    ).format(reason=exc.message),
                )
            )
        except DeliveryError as exc:
            blockers.append(Problem("send.amazon-refused", _amazon_words(exc)))
        return Prepared(
            request=request,
            account=account,
            marketplace=market,
            channel=Channel.SP_API,
            message_type=SOLICITATION,
            subject="",
            text="",
            html="",
            recipient="",
            report=None,
            allowed_types=allowed,
            buyer_locale=None,
            blockers=tuple(blockers),
            warnings=tuple(warnings),
            prepared_at=self._clock(),
        )

    def _prepare_email(
        self, request: SendRequest, account: Account, market: Marketplace, order_id: str
    ) -> Prepared:
        from composer.services import mail  # noqa: PLC0415 - smtplib only when sending

        if not account.has_email:
            raise SetupError(
                SendWords.tr(
                    "Account {name} has no e-mail settings (SMTP server and authorised "
                    "sender address)"
                ).format(name=repr(account.name))
            )
        if request.message_type:
            raise SetupError(
                SendWords.tr(
                    "Message types and the review request are SP-API messages; an e-mail has none"
                )
            )
        blockers: list[Problem] = []
        warnings: list[Problem] = []
        recipient = (request.to or "").strip()
        if not recipient:
            blockers.append(
                Problem(
                    "send.no-recipient",
                    SendWords.tr("The buyer's address (…@marketplace.amazon…) is missing"),
                )
            )
        else:
            try:
                recipient = mail.check_buyer_address(recipient, market)
            except mail.MailError as exc:
                blockers.append(Problem("send.recipient", exc.message))
        if request.attachments:
            blockers.append(
                Problem(
                    "send.email-attachments",
                    SendWords.tr("Composer sends files by the SP-API only"),
                )
            )
        fragment = write_html(read_html(request.html)[0])
        document = amazon_safe_html_document(request.subject, request.html)
        text = to_plain_text(request.html)
        message = self._policy_message(
            request,
            body=fragment,
            body_format=BodyFormat.HTML,
            subject=request.subject,
            language=request.buyer_language,
        )
        report = self._check(message)
        _findings(report, blockers, warnings)
        warnings += self._order_history(
            account,
            order_id,
            channel=Channel.EMAIL,
            mtype="",
            text=text,
            report=report,
            is_reply=request.is_reply,
        )
        return Prepared(
            request=request,
            account=account,
            marketplace=market,
            channel=Channel.EMAIL,
            message_type="",
            subject=" ".join(request.subject.split()),
            text=text,
            html=document,
            recipient=recipient,
            report=report,
            allowed_types=None,
            buyer_locale=None,
            blockers=tuple(blockers),
            warnings=tuple(warnings),
            prepared_at=self._clock(),
        )

    @staticmethod
    def _policy_message(
        request: SendRequest,
        *,
        body: str,
        body_format: BodyFormat,
        subject: str,
        language: str | None,
    ) -> Message:
        return Message(
            body=body,
            subject=subject,
            format=body_format,
            channel=request.channel,
            order_id=request.order_id.strip(),
            order_date=request.order_date,
            delivery_date=request.delivery_date,
            buyer_language=language,
            attachments=tuple(
                Attachment(a.name, len(a.data), a.content_type) for a in request.attachments
            ),
            is_reply=request.is_reply,
        )

    def _check(self, message: Message) -> Report:
        return check(message, CheckOptions(today=self._today()))

    def _order_history(
        self,
        account: Account,
        order_id: str,
        *,
        channel: Channel,
        mtype: str,
        text: str,
        report: Report,
        is_reply: bool,
    ) -> list[Problem]:
        """Warnings from what the outbox already holds for the order: the same message again,
        or a second proactive message (Amazon allows one review request or free-form proactive
        message per order)."""
        warnings: list[Problem] = []
        earlier = [
            e
            for e in self.outbox.entries(order_id=order_id, states=_LIVE)
            if e.account == account.name
        ]
        same = [
            e
            for e in earlier
            if e.channel is channel and e.message_type == mtype and e.text == text
        ]
        if same:
            warnings.append(
                Problem(
                    "send.duplicate",
                    SendWords.tr(
                        "The same message is already in the outbox for order {order} (message "
                        "{id}, {state}, {recorded} UTC); the buyer would get it twice"
                    ).format(
                        order=order_id,
                        id=same[-1].id,
                        state=state_label(same[-1].state),
                        recorded=f"{same[-1].created_at:%Y-%m-%d %H:%M}",
                    ),
                )
            )
        # A reply to the buyer is not a proactive message, whatever it says.
        if report.category is Category.PROACTIVE and not is_reply:
            solicited = [e for e in earlier if e.message_type == SOLICITATION]
            proactive = [e for e in earlier if e.category == Category.PROACTIVE]
            if solicited or proactive:
                last = (solicited or proactive)[-1]
                if solicited:
                    words = SendWords.tr(
                        "A review was requested for order {order} already (outbox message {id}); "
                        "Amazon allows one review request or free-form proactive message per "
                        "order"
                    )
                else:
                    words = SendWords.tr(
                        "A proactive message was sent for order {order} already (outbox message "
                        "{id}); Amazon allows one review request or free-form proactive message "
                        "per order"
                    )
                warnings.append(
                    Problem("send.proactive-allowance", words.format(order=order_id, id=last.id))
                )
        return warnings

    # -- the dispatcher -------------------------------------------------------------------

    def submit(self, prepared: Prepared, *, confirm_warnings: bool = False) -> Entry:
        """Record the message in the outbox, then deliver it; returns the entry as it ended
        (sent, failed, uncertain, or queued when Amazon asked to wait or the network is
        down). BlockedError if the gate blocks it; ConfirmationNeededError if it has
        warnings and ``confirm_warnings`` is False."""
        entry = self.record(prepared, confirm_warnings=confirm_warnings)
        return self.deliver(entry.id)

    def record(self, prepared: Prepared, *, confirm_warnings: bool = False) -> Entry:
        """The first half of ``submit``: the gate's verdict enforced, and the message recorded
        as queued (committed) with the warnings confirmed and when. A Prepared is recorded once:
        a second call (a double click) raises BlockedError."""
        if prepared.blockers:
            raise BlockedError(prepared.blockers)
        if prepared.warnings and not confirm_warnings:
            raise ConfirmationNeededError(prepared.warnings)
        with self._submitted_lock:
            if prepared.token in self._submitted:
                raise BlockedError(
                    [
                        Problem(
                            "send.already-submitted",
                            SendWords.tr("This message was handed over already"),
                        )
                    ]
                )
            self._submitted.add(prepared.token)
        if prepared.message_type == SOLICITATION:
            # Asked again at the last moment: another window may have asked in between.
            asked = [
                e
                for e in self.outbox.entries(
                    order_id=prepared.request.order_id.strip(), states=_LIVE
                )
                if e.account == prepared.account.name and e.message_type == SOLICITATION
            ]
            if asked:
                raise BlockedError(
                    [
                        Problem(
                            "send.solicitation-once",
                            SendWords.tr(
                                "A review was already requested for this order (outbox message "
                                "{id})"
                            ).format(id=asked[-1].id),
                        )
                    ]
                )
        report = prepared.report
        confirmed = tuple(ConfirmedWarning(w.id, w.message) for w in prepared.warnings)
        return self.outbox.add(
            OutgoingMessage(
                account=prepared.account.name,
                order_id=prepared.request.order_id.strip(),
                marketplace=prepared.marketplace.code,
                channel=prepared.channel,
                message_type=prepared.message_type,
                subject=prepared.subject,
                text=prepared.text,
                html=prepared.html,
                recipient=prepared.recipient,
                sender=(prepared.account.sender or "") if prepared.channel is Channel.EMAIL else "",
                category=str(report.category) if report else "",
                findings=_summary(report),
                rule_ids=tuple(dict.fromkeys(f.rule for f in report.findings)) if report else (),
                confirmed_warnings=confirmed,
                confirmed_at=self._clock() if confirmed else None,
                attachments=prepared.request.attachments
                if prepared.message_type != SOLICITATION
                else (),
                coverage=prepared.request.coverage,
            )
        )

    def deliver(self, entry_id: int) -> Entry:
        """Send one queued message now: ``sending`` (committed), the transport, then the
        state its outcome calls for (see the module docstring). OutboxError (WRONG_STATE) if
        it is not queued or not due."""
        entry = self.outbox.claim(entry_id, now=self._clock())
        try:
            transport = self._transport_for(entry)
            receipt = transport.deliver(entry, self.outbox.attachments(entry.id))
        except ThrottledError as exc:
            return self.outbox.record_deferred(
                entry.id,
                reason=ASKED_TO_WAIT(reason=exc.message),
                code=exc.code,
                reference=exc.reference,
                not_before=self._clock() + timedelta(seconds=max(exc.wait, 1.0)),
            )
        except UnreachableError as exc:
            return self.outbox.record_deferred(
                entry.id,
                reason=NOT_SENT_YET(reason=exc.message),
                code=exc.code,
                reference=exc.reference,
            )
        except DeliveryUnknownError as exc:
            return self.outbox.record_uncertain(
                entry.id, code=exc.code, message=exc.message, reference=exc.reference
            )
        except RefusedError as exc:
            return self.outbox.record_failed(
                entry.id, code=exc.code, message=exc.message, reference=exc.reference
            )
        except SendError as exc:  # the account or its secrets, found before anything was sent
            return self.outbox.record_failed(
                entry.id, code="local", message=exc.message, reference=""
            )
        except BaseException as exc:
            # A fault of ours (or Ctrl-C) half way through a send: whether it went out is not
            # known. The fault itself is what the caller must see, even if recording fails.
            log.error("unexpected %s while sending outbox message %d", type(exc).__name__, entry.id)
            with contextlib.suppress(Exception):
                self.outbox.record_uncertain(
                    entry.id,
                    code="internal",
                    message=f"Composer stopped while sending ({type(exc).__name__})",
                    reference="",
                )
            raise
        return self.outbox.record_sent(entry.id, reference=receipt.reference, reply=receipt.reply)

    def run_pending(self) -> list[Entry]:
        """Send what waits in the queue and is due, oldest first; return the entries handled,
        as they ended. Messages of one order keep their order: one that must wait holds back
        the later ones of the same order. When an account's channel is unreachable or
        throttled, the rest of its queue waits for the next run. Only one run at a time: a
        call while another runs returns [] at once."""
        if not self._drain.acquire(blocking=False):
            return []
        try:
            handled: list[Entry] = []
            held_orders: set[tuple[str, str]] = set()
            held_routes: set[tuple[str, Channel]] = set()
            for entry in self.outbox.queued():
                order = (entry.account, entry.order_id)
                route = (entry.account, entry.channel)
                if order in held_orders or route in held_routes:
                    held_orders.add(order)
                    continue
                if not entry.due(self._clock()):
                    held_orders.add(order)
                    continue
                try:
                    done = self.deliver(entry.id)
                except OutboxError as exc:
                    if exc.kind is OutboxProblem.WRONG_STATE:  # another dispatcher took it
                        continue
                    raise
                handled.append(done)
                if done.state is State.QUEUED:
                    held_orders.add(order)
                    held_routes.add(route)
            return handled
        finally:
            self._drain.release()

    # -- the user's decisions, passed on --------------------------------------------------

    def retry(self, entry_id: int, *, i_checked: bool = False, note: str = "") -> Entry:
        """Queue a failed (or, with ``i_checked``, an uncertain) message again; ``run_pending``
        sends it."""
        return self.outbox.retry(entry_id, i_checked=i_checked, note=note)

    def mark(self, entry_id: int, *, sent: bool, note: str = "") -> Entry:
        return self.outbox.mark(entry_id, sent=sent, note=note)

    # -- inside ---------------------------------------------------------------------------

    def _account(self, name: str) -> Account:
        from composer.services.accounts import AccountError  # noqa: PLC0415

        try:
            return self.book.get(name)
        except AccountError as exc:
            raise SetupError(exc.message) from None

    @staticmethod
    def _marketplace(request: SendRequest, account: Account) -> Marketplace:
        try:
            market = marketplace(request.marketplace or account.marketplace)
        except UnknownMarketplaceError as exc:
            raise SetupError(str(exc)) from None
        if market.region is not account.region:
            raise SetupError(
                SendWords.tr(
                    "Marketplace {code} is served by the {region} region; account "
                    "{name} is in {account_region}"
                ).format(
                    code=market.code,
                    region=market.region,
                    name=repr(account.name),
                    account_region=account.region,
                )
            )
        return market

    def _client(self, account: Account) -> SpApiClient:
        from composer.services.accounts import AccountError  # noqa: PLC0415
        from composer.services.credentials import CredentialsError  # noqa: PLC0415

        clients: dict[Account, SpApiClient] | None = getattr(self._local, "clients", None)
        with self._clients_lock:
            if clients is None or any(c not in self._clients for c in clients.values()):
                clients = {}  # first use on this thread, or closed since
                self._local.clients = clients
        client = clients.get(account)
        if client is None:
            try:
                client = self._make_client(account)
            except AccountError as exc:
                raise SetupError(exc.message) from None
            except CredentialsError as exc:
                raise SetupError(exc.message) from None
            except ValueError as exc:  # an endpoint the client refuses
                raise SetupError(
                    SendWords.tr("Account {name}: {reason}").format(
                        name=repr(account.name), reason=exc
                    )
                ) from None
            clients[account] = client
            with self._clients_lock:
                self._clients.append(client)
        return client

    def _account_transport(self, entry: Entry) -> Transport:
        account = self._account(entry.account)
        if entry.channel is Channel.SP_API:
            return _SpApiTransport(self._client(account))
        if entry.channel is Channel.EMAIL:
            return _EmailTransport(self, account, self._smtp_timeout)
        raise SetupError(
            SendWords.tr("Composer cannot send by {channel}").format(channel=entry.channel)
        )


class _SpApiTransport:
    def __init__(self, client: SpApiClient) -> None:
        self.client = client

    def deliver(self, entry: Entry, attachments: Sequence[OutgoingAttachment]) -> Receipt:
        from composer.services.spapi import AttachmentFile  # noqa: PLC0415

        market_id = marketplace(entry.marketplace).id
        if entry.message_type == SOLICITATION:
            return self.client.request_review(entry.order_id, market_id)
        return self.client.send_message(
            entry.order_id,
            market_id,
            entry.message_type,
            text=entry.text or None,
            attachments=[AttachmentFile(a.name, a.data, a.content_type) for a in attachments],
            coverage=entry.coverage,
        )


class _EmailTransport:
    def __init__(self, sender: Sender, account: Account, timeout: float) -> None:
        self.sender = sender
        self.account = account
        self.timeout = timeout

    def deliver(self, entry: Entry, attachments: Sequence[OutgoingAttachment]) -> Receipt:
        from composer.services import mail  # noqa: PLC0415
        from composer.services.accounts import AccountError  # noqa: PLC0415
        from composer.services.credentials import CredentialsError  # noqa: PLC0415

        if attachments:
            raise SetupError(SendWords.tr("Composer sends files by the SP-API only"))
        password = None
        if "smtp_password" in self.account.secrets:
            try:
                password = self.sender.book.secret(self.account.name, "smtp_password")
            except (AccountError, CredentialsError) as exc:
                raise SetupError(exc.message) from None
        # The sender recorded with the message, so the log says who it came from even if the
        # account's sender changed while it waited in the queue.
        account = replace(self.account, sender=entry.sender or self.account.sender)
        return mail.send_email(
            account,
            password,
            to=entry.recipient,
            subject=entry.subject,
            html=entry.html,
            timeout=self.timeout,
        )


def _default_client(book: AccountBook) -> Callable[[Account], SpApiClient]:
    def make(account: Account) -> SpApiClient:
        from composer.services.ratelimit import limiter_for  # noqa: PLC0415
        from composer.services.spapi import SpApiClient  # noqa: PLC0415

        return SpApiClient.for_account(account, book, limiter_for(account.name))

    return make


def _known_type(mtype: str) -> None:
    types = load_rulebook().message_types
    if mtype not in types:
        from composer.services.spapi import REMOVED_MESSAGE_TYPES  # noqa: PLC0415

        if mtype in REMOVED_MESSAGE_TYPES:
            raise SetupError(
                SendWords.tr("Amazon removed the {type} message type on {date}").format(
                    type=mtype, date=REMOVED_MESSAGE_TYPES[mtype]
                )
            )
        known = ", ".join(sorted(types))
        raise SetupError(
            SendWords.tr("Unknown message type {type}; known: {known}").format(
                type=repr(mtype), known=known
            )
        )


def _findings(report: Report, blockers: list[Problem], warnings: list[Problem]) -> None:
    for finding in report.findings:
        if finding.severity is Severity.ERROR:
            blockers.append(Problem(finding.rule, finding.message))
        elif finding.severity is Severity.WARNING:
            warnings.append(Problem(finding.rule, finding.message))
    if report.category is Category.FORBIDDEN:
        blockers.append(
            Problem(
                "send.forbidden",
                SendWords.tr("Amazon forbids this message: {reason}").format(reason=report.reason),
            )
        )


def _summary(report: Report | None) -> str:
    if report is None:
        return ""
    lines = [f"{f.severity} {f.rule}: {f.message}" for f in report.findings]
    return "\n".join(lines)


def _amazon_words(exc: DeliveryError) -> str:
    # A transport's sentence is composed in English for the record: shown now, reworded.
    words = reword(exc.message)
    if exc.code and exc.code not in words:
        words += f" ({exc.code})"
    return words
