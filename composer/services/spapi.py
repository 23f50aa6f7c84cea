"""The SP-API client: Messaging, Solicitations and the attachment uploads they need.

Facts from ../shared/reference/sp-api/notes.md (section numbers below) and Amazon's models:

- Auth (4.1, 4.2): a Login with Amazon refresh-token exchange (form-encoded POST) gives an access
  token for about an hour; every call carries it in ``x-amz-access-token``. No SigV4. The token is
  kept in memory only, reused until five minutes before it expires, and fetched again once when a
  call answers 401, or 403 saying the token expired or is invalid.
- Every call names exactly one marketplace, in one ``marketplaceIds`` query parameter (4.5).
- Sending (1.2): one POST per message type, with the type's own JSON body. Plain text only; the
  text limits and attachment counts are the policy's (``composer/policy/data/sp_api.toml``, read
  through ``composer.policy.rulebook``). Two types were removed from the API and are refused.
- Attachments (3): the Uploads API makes an upload destination bound to the order and the message
  type; the file goes there by HTTP PUT with every header Amazon returned (S3 presigned URL,
  base64 Content-MD5), and the message names the destination. Outside North America Amazon has
  refused destinations with 403 (3.3); the error says so.
- Solicitations (2): one bodiless POST asks Amazon to send its review-and-feedback e-mail; the
  GET says whether the order is eligible now.

How each outcome reaches the caller (the outbox decides from the type alone, see delivery.py):
2xx gives a ``Receipt`` (Amazon's ``x-amzn-RequestId``); 4xx raise ``RefusedError`` with Amazon's
``code`` and ``message`` (``NotAllowedError`` for "Invalid amazonOrderId and template
combination", ``LwaError`` for Login with Amazon refusing the credentials); 429 waits (the
account's limiter, then ``Backoff``) and tries again, at last ``ThrottledError``. A message POST
that may have reached Amazon without a clear answer (timeout after sending, dropped connection,
5xx) raises ``DeliveryUnknownError`` and is never repeated here: the SP-API has no idempotency
key and the buyer would get it twice. A connection that could not be opened raises
``UnreachableError``. Calls that send nothing to the buyer (the GETs, the token exchange, the
upload destination and the upload) are tried again a few times on 5xx and timeouts and then raise
``UnreachableError``: nothing reached the buyer, so trying again later is safe.

Secrets (the client id and secret, the refresh token, access tokens) never appear in an
exception, a log line or a repr: every text this module builds goes through ``_redact``, and
transport exceptions are not chained (their request object carries the token header).
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import platform
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final, TypeVar
from urllib.parse import quote, urlsplit

import requests
import urllib3.exceptions

from composer import __version__
from composer.policy.rulebook import MessageType, load_rulebook
from composer.services import recorded
from composer.services.accounts import is_loopback_host
from composer.services.delivery import (
    DeliveryUnknownError,
    Receipt,
    RefusedError,
    ThrottledError,
    UnreachableError,
)
from composer.services.marketplaces import (
    Region,
    UnknownMarketplaceError,
    marketplace,
)
from composer.services.ratelimit import (
    SAFETY,
    UPLOADS_BURST,
    UPLOADS_RATE,
    Backoff,
    RateLimiter,
    TokenBucket,
    limiter_for,
    uploads_limiter_for,
)
from composer.services.recorded import TYPE_NOT_ALLOWED, TYPE_NOT_ALLOWED_REF

if TYPE_CHECKING:
    from composer.services.accounts import Account, AccountBook

__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "REMOVED_MESSAGE_TYPES",
    "SOLICITATION_TYPE",
    "AttachmentFile",
    "InvalidMessageError",
    "LwaError",
    "NotAllowedError",
    "SpApiClient",
    "SpApiConfigError",
    "default_user_agent",
    "looks_like_html",
]

log = logging.getLogger(__name__)
_E = TypeVar("_E", bound=Exception)

# Types Amazon deleted from the Messaging model (notes.md 1.1), with the date of the deletion.
# Its sandbox and some sellers' answers still list them; Composer never offers or sends them.
REMOVED_MESSAGE_TYPES: Final[Mapping[str, str]] = {
    "negativeFeedbackRemoval": "2025-08-04",
    "amazonMotors": "2026-01-30",
    "amazonPayProblem": "2020-08-13",
}
SOLICITATION_TYPE: Final = "productReviewAndSellerFeedback"
# Seller Central's help allows attachments up to 10 MB per message (notes.md 3.4); the models
# state no limit. Larger uploads would only fail later, at Amazon, after a minute of uploading.
MAX_ATTACHMENT_BYTES: Final = 10 * 1024 * 1024

REFRESH_MARGIN: Final = 300.0  # fetch a new access token five minutes before it expires
DEFAULT_TOKEN_LIFETIME: Final = 3600  # LWA's expires_in when an answer leaves it out

_MESSAGING: Final = "/messaging/v1/orders/{order}"
_SOLICITATIONS: Final = "/solicitations/v1/orders/{order}"
_UPLOADS: Final = "/uploads/2020-11-01/uploadDestinations/{resource}"
_HAL: Final = "application/hal+json"
_JSON: Final = "application/json"
_NOT_ALLOWED: Final = "invalid amazonorderid and template combination"
_NO_BODY: Final[object] = object()
_CHECK_MESSAGES: Final = recorded.CHECK_MESSAGES()
_CHECK_REVIEW: Final = recorded.CHECK_REVIEW()

# Tags, comments, doctypes and character references: the signs that HTML reached a field that
# Amazon shows as plain text (the buyer would read "<p>" and "&nbsp;").
_HTML = re.compile(
    r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>"
    r"|<!--|<!\s*doctype"
    r"|&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});",
    re.IGNORECASE,
)
_ORDER_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,63}")
_S3_CODE = re.compile(r"<Code>([^<]{0,200})</Code>")
_S3_MESSAGE = re.compile(r"<Message>([^<]{0,1000})</Message>")


def default_user_agent() -> str:
    """``Composer/<version> (Language=Python/x.y.z; Platform=<system>/<release>)``, the shape
    Amazon asks for (notes.md 4.2)."""
    system = platform.system() or "unknown"
    release = platform.release() or "unknown"
    return (
        f"Composer/{__version__} (Language=Python/{platform.python_version()}; "
        f"Platform={system}/{release})"
    )


def looks_like_html(text: str) -> bool:
    """Whether ``text`` carries HTML tags, comments or character references."""
    return _HTML.search(text) is not None


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    """A file to attach: ``name`` is what the buyer sees (with its extension), ``data`` the
    exact bytes uploaded, ``content_type`` their MIME type (e.g. ``application/pdf``)."""

    name: str
    data: bytes = field(repr=False)
    content_type: str

    @property
    def size(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return f"AttachmentFile(name={self.name!r}, size={self.size}, type={self.content_type!r})"


class SpApiConfigError(ValueError):
    """The client was given an endpoint it must not use (http other than loopback, no host):
    the access token would travel in clear text or to nowhere."""


class InvalidMessageError(RefusedError):
    """The message was refused here, before any request: an unknown or removed type, text
    missing, too long or in HTML, a wrong number of attachments. ``code`` is ``"local"``."""

    def __init__(self, message: str) -> None:
        super().__init__(message, code="local")


class NotAllowedError(RefusedError):
    """Amazon answered 403 "Invalid amazonOrderId and template combination": this message type
    is not allowed for this order now (notes.md 1.3)."""


class LwaError(RefusedError):
    """Login with Amazon refused the credentials. ``error`` is its code, ``description`` its
    ``error_description`` verbatim; ``needs`` what the user must do: ``"reauthorize"`` (the
    refresh token was revoked or is wrong: authorize the app again), ``"new-secret"`` (the
    client id or secret is wrong, usually rotated: enter the new secret) or ``""``."""

    def __init__(
        self, message: str, *, error: str, description: str, needs: str, reference: str = ""
    ) -> None:
        super().__init__(message, code=error, reference=reference)
        self.error = error
        self.description = description
        self.needs = needs


@dataclass(frozen=True, slots=True)
class _AmazonError:
    status: int
    code: str
    message: str
    details: str
    request_id: str

    def words(self) -> str:
        """Amazon's own words: ``403 Unauthorized: Access … denied. (details)``."""
        text = f"{self.status} {self.code}".strip()
        if self.message:
            text += f": {self.message}"
        if self.details:
            text += f" ({self.details})"
        return text

    def says(self, *needles: str) -> bool:
        haystack = f"{self.code} {self.message} {self.details}".lower()
        return any(n in haystack for n in needles)


def _amazon_error(response: requests.Response) -> _AmazonError:
    code = message = details = ""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        errors = body.get("errors")
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            first = errors[0]
            code = str(first.get("code", ""))
            message = str(first.get("message", ""))
            details = str(first.get("details", "") or "")
    if not code and not message:
        message = response.reason or ""
    return _AmazonError(
        response.status_code, code, message, details, response.headers.get("x-amzn-RequestId", "")
    )


def _never_sent(exc: requests.RequestException) -> bool:
    """Whether the request failed before a byte of it left: no connection was opened (refused,
    DNS, connect timeout, proxy, TLS certificate). Anything else may have been sent."""
    if isinstance(exc, requests.exceptions.ConnectTimeout | requests.exceptions.ProxyError):
        return True
    if isinstance(
        exc,
        requests.exceptions.InvalidURL
        | requests.exceptions.MissingSchema
        | requests.exceptions.InvalidSchema,
    ):
        return True
    if isinstance(exc, requests.exceptions.ConnectionError):
        reason: object = exc.args[0] if exc.args else None
        if isinstance(reason, urllib3.exceptions.MaxRetryError):
            reason = reason.reason
            if isinstance(reason, urllib3.exceptions.SSLError):
                # A certificate that fails verification is found in the handshake, before the
                # request; other TLS failures may happen while the answer is read.
                inner = reason.args[0] if reason.args else None
                return "CERTIFICATE_VERIFY_FAILED" in str(inner) or "certificate" in str(inner)
        return isinstance(
            reason,
            urllib3.exceptions.NewConnectionError | urllib3.exceptions.ConnectTimeoutError,
        )
    return False


def _transport_words(exc: requests.RequestException) -> str:
    """A short, secret-free description of a transport failure."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return recorded.NET_TIMED_OUT()
    if isinstance(exc, requests.exceptions.Timeout):
        return recorded.NET_NO_ANSWER()
    if isinstance(exc, requests.exceptions.SSLError):
        return recorded.NET_TLS()
    if isinstance(exc, requests.exceptions.ProxyError):
        return recorded.NET_PROXY()
    if isinstance(exc, requests.exceptions.ConnectionError):
        text = str(exc).lower()
        if "name or service" in text or "resolution" in text or "getaddrinfo" in text:
            return recorded.NET_NO_HOST()
        if "refused" in text:
            return recorded.NET_REFUSED()
        if "aborted" in text or "reset" in text or "disconnected" in text:
            return recorded.NET_CLOSED()
        return recorded.NET_FAILED()
    return recorded.NET_REQUEST_FAILED()


def _endpoint(url: str, what: str) -> str:
    parts = urlsplit(url)
    if not parts.hostname:
        raise SpApiConfigError(f"the {what} {url!r} has no host")
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname)):
        return url.rstrip("/")
    raise SpApiConfigError(
        f"the {what} {url!r} must use https (http is allowed only on this computer's loopback)"
    )


class SpApiClient:
    """One seller's SP-API client. Thread-safe for the token; give each thread its own client
    (or share one from one worker) since a ``requests.Session`` is not meant for concurrent
    use. Close it (or use it as a context manager) when its session was made here."""

    def __init__(
        self,
        *,
        base_url: str,
        lwa_url: str,
        client_id: str,
        client_secret: str,
        refresh_token: str,
        limiter: RateLimiter,
        session: requests.Session | None = None,
        timeout: float = 30.0,
        user_agent: str = "",
        uploads_limiter: RateLimiter | None = None,
        backoff: Backoff | None = None,
        retries: int = 2,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        """``limiter`` is the account's shared Messaging/Solicitations bucket
        (``limiter_for``); ``uploads_limiter`` its upload-destination bucket (a private
        10/s one when not given). ``backoff`` governs the 429 retries, ``retries`` how many more
        tries a call that sends nothing to the buyer gets after a 5xx or a timeout. ``clock``
        times the access token; ``sleep`` waits between retries."""
        self.base_url = _endpoint(base_url, "SP-API endpoint")
        self.lwa_url = _endpoint(lwa_url, "Login with Amazon endpoint")
        if timeout <= 0:
            raise SpApiConfigError("the timeout must be positive")
        for name, value in (
            ("client id", client_id),
            ("client secret", client_secret),
            ("refresh token", refresh_token),
        ):
            if not value or not value.strip():
                raise SpApiConfigError(f"the LWA {name} is empty")
        self._client_id = client_id
        self._client_secret = client_secret
        self._refresh_token = refresh_token
        self.limiter = limiter
        self.uploads_limiter = uploads_limiter or TokenBucket(UPLOADS_RATE * SAFETY, UPLOADS_BURST)
        self._own_session = session is None
        self._session = session if session is not None else requests.Session()
        self.timeout = float(timeout)
        self.user_agent = user_agent or default_user_agent()
        self.backoff = backoff or Backoff()
        self.retries = max(0, retries)
        self._clock = clock
        self._sleep = sleep
        self._token_lock = threading.Lock()
        self._token: str | None = None
        self._refresh_at = 0.0
        self._old_tokens: list[str] = []  # for redaction after a token was replaced

    @classmethod
    def for_account(
        cls,
        account: Account,
        book: AccountBook,
        limiter: RateLimiter | None = None,
        *,
        session: requests.Session | None = None,
        timeout: float = 30.0,
    ) -> SpApiClient:
        """The client of a saved account: its endpoints (override, sandbox or production), its
        secrets from the keyring, the account's shared limiters (``limiter_for``)."""
        return cls(
            base_url=account.sp_api_base_url,
            lwa_url=account.lwa_url,
            client_id=book.secret(account.name, "lwa_client_id"),
            client_secret=book.secret(account.name, "lwa_client_secret"),
            refresh_token=book.secret(account.name, "refresh_token"),
            limiter=limiter if limiter is not None else limiter_for(account.name),
            uploads_limiter=uploads_limiter_for(account.name),
            session=session,
            timeout=timeout,
        )

    def __repr__(self) -> str:
        return f"SpApiClient(base_url={self.base_url!r}, lwa_url={self.lwa_url!r})"

    def close(self) -> None:
        """Close the HTTP session if this client made it."""
        if self._own_session:
            self._session.close()

    def __enter__(self) -> SpApiClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- secrets ---------------------------------------------------------------------------

    def _redact(self, text: str) -> str:
        secrets = [self._client_secret, self._refresh_token, self._client_id, *self._old_tokens]
        if self._token:
            secrets.append(self._token)
        for secret in sorted(secrets, key=len, reverse=True):
            if len(secret) >= 4:
                text = text.replace(secret, "[redacted]")
        return text

    def _error(self, kind: Callable[..., _E], message: str, **kw: Any) -> _E:
        """An exception of ``kind`` whose every text went through ``_redact``."""
        clean = {k: self._redact(v) if isinstance(v, str) else v for k, v in kw.items()}
        return kind(self._redact(message), **clean)

    # -- access token ----------------------------------------------------------------------

    def access_token(self) -> str:
        """The current access token: fetched from Login with Amazon when there is none or
        when less than five minutes of it remain, otherwise the cached one."""
        with self._token_lock:
            now = self._clock()
            if self._token is not None and now < self._refresh_at:
                return self._token
            token, lifetime = self._fetch_token()
            if self._token is not None:
                self._old_tokens = [*self._old_tokens[-7:], self._token]
            self._token = token
            self._refresh_at = now + max(lifetime - REFRESH_MARGIN, lifetime / 2)
            return token

    def _forget_token(self, token: str) -> None:
        with self._token_lock:
            if self._token == token:
                self._old_tokens = [*self._old_tokens[-7:], token]
                self._token = None

    def _fetch_token(self) -> tuple[str, float]:
        form = {
            "grant_type": "refresh_token",
            "refresh_token": self._refresh_token,
            "client_id": self._client_id,
            "client_secret": self._client_secret,
        }
        headers = {
            "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8",
            "Accept": _JSON,
            "User-Agent": self.user_agent,
        }
        failures = 0
        throttled = 0
        while True:
            response = self._attempt("POST", self.lwa_url, data=form, headers=headers)
            if isinstance(response, requests.RequestException):
                words = _transport_words(response)
                log.info("Login with Amazon: %s (%s)", words, type(response).__name__)
                if not _never_sent(response) and failures < self.retries:
                    failures += 1
                    self._sleep(self.backoff.delay(failures - 1))
                    continue
                raise self._error(UnreachableError, recorded.LWA_UNREACHABLE(words=words))
            status = response.status_code
            log.debug("Login with Amazon -> %s", status)
            if status == 200:
                return self._token_from(response)
            if status == 429:
                throttled += 1
                if throttled >= self.backoff.attempts:
                    raise self._error(
                        ThrottledError,
                        recorded.LWA_WAIT(),
                        wait=self.backoff.nominal(throttled),
                        code="429",
                    )
                self._sleep(self.backoff.delay(throttled - 1))
                continue
            if status >= 500:
                failures += 1
                if failures <= self.retries:
                    self._sleep(self.backoff.delay(failures - 1))
                    continue
                raise self._error(
                    UnreachableError,
                    recorded.LWA_BAD_ANSWER(status=f"{status} {response.reason}"),
                    code=str(status),
                )
            raise self._lwa_refusal(response)

    def _token_from(self, response: requests.Response) -> tuple[str, float]:
        try:
            body = response.json()
        except ValueError:
            body = None
        token = body.get("access_token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise self._error(
                RefusedError,
                recorded.LWA_NO_TOKEN(),
                code="lwa-no-token",
            )
        lifetime = body.get("expires_in", DEFAULT_TOKEN_LIFETIME) if isinstance(body, dict) else 0
        try:
            seconds = float(lifetime)
        except (TypeError, ValueError):
            seconds = float(DEFAULT_TOKEN_LIFETIME)
        return token, max(0.0, seconds)

    def _lwa_refusal(self, response: requests.Response) -> LwaError:
        try:
            body = response.json()
        except ValueError:
            body = None
        error = description = ""
        if isinstance(body, dict):
            error = str(body.get("error", ""))
            description = str(body.get("error_description", ""))
        error = error or str(response.status_code)
        if error == "invalid_grant":
            needs = "reauthorize"
            advice = recorded.LWA_REAUTHORIZE()
        elif error in ("invalid_client", "unauthorized_client"):
            needs = "new-secret"
            advice = recorded.LWA_NEW_SECRET()
        else:
            needs = ""
            advice = recorded.LWA_CHECK_SETTINGS()
        said = f"{description} ({error})" if description else error
        return self._error(
            LwaError,
            recorded.LWA_REFUSED(said=said, advice=advice),
            error=error,
            description=description,
            needs=needs,
        )

    # -- one call --------------------------------------------------------------------------

    def _attempt(
        self, method: str, url: str, **kw: Any
    ) -> requests.Response | requests.RequestException:
        """One HTTP exchange; a transport failure is returned, not raised, so that the error
        raised for it has no ``__context__`` (the requests exception holds the prepared
        request, headers and token included)."""
        try:
            return self._session.request(
                method, url, timeout=self.timeout, allow_redirects=False, **kw
            )
        except requests.RequestException as exc:
            return exc

    def _call(
        self,
        method: str,
        path: str,
        marketplace_id: str,
        *,
        limiter: RateLimiter,
        what: str,
        delivers: bool,
        accept: str = _HAL,
        query: Sequence[tuple[str, str]] = (),
        body: object = _NO_BODY,
        refusal: Callable[[_AmazonError], RefusedError | None] | None = None,
        check: str = _CHECK_MESSAGES,
    ) -> requests.Response:
        """Send one SP-API request and return its 2xx answer, or raise the mapped error.

        ``delivers``: the request hands a message to the buyer (a message or solicitation
        POST): after it may have left, a failure is ``DeliveryUnknownError`` and it is never
        sent again. Other calls are tried again up to ``self.retries`` times on 5xx/timeouts.
        ``what`` names the call in messages ("sending the message", …); ``refusal`` may turn a
        4xx into a more specific error (None: the general one); ``check`` tells the user how
        to find out whether an uncertain delivery arrived."""
        url = self.base_url + path
        params = [("marketplaceIds", marketplace_id), *query]
        data: bytes | None = None
        extra: dict[str, str] = {}
        if method == "POST":
            extra["Content-Type"] = _JSON
            if body is not _NO_BODY:
                data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        failures = 0
        throttled = 0
        refreshed = False
        while True:
            # The token first: a token exchange while holding a slot would make this request
            # leave late and bunch up with the next one at Amazon's end.
            token = self.access_token()
            limiter.acquire()
            headers = {
                "x-amz-access-token": token,
                "x-amz-date": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"),
                "User-Agent": self.user_agent,
                "Accept": accept,
                **extra,
            }
            response = self._attempt(method, url, params=params, data=data, headers=headers)
            if isinstance(response, requests.RequestException):
                words = _transport_words(response)
                log.info("%s %s: %s (%s)", method, path, words, type(response).__name__)
                if _never_sent(response):
                    raise self._error(
                        UnreachableError, recorded.AMAZON_UNREACHABLE(what=what, words=words)
                    )
                if delivers:
                    raise self._error(
                        DeliveryUnknownError,
                        recorded.WENT_OUT_NO_ANSWER(what=what, words=words, check=check),
                    )
                failures += 1
                if failures <= self.retries:
                    self._sleep(self.backoff.delay(failures - 1))
                    continue
                raise self._error(
                    UnreachableError, recorded.AMAZON_NO_ANSWER(what=what, words=words)
                )

            status = response.status_code
            request_id = response.headers.get("x-amzn-RequestId", "")
            log.debug("%s %s -> %s (request id %s)", method, path, status, request_id)
            if 200 <= status < 300:
                return response
            err = _amazon_error(response)
            if status == 429:
                throttled += 1
                limiter.drain()  # Amazon's bucket is empty; ours should be too
                if throttled >= self.backoff.attempts:
                    raise self._error(
                        ThrottledError,
                        recorded.AMAZON_SLOW_DOWN(said=err.words(), what=what, tries=throttled),
                        wait=self.backoff.nominal(throttled),
                        code=err.code or "429",
                        reference=err.request_id,
                    )
                self._sleep(self.backoff.delay(throttled - 1))
                continue
            if not refreshed and (
                status == 401
                or (status == 403 and err.says("token", "expired", "signature", "credential"))
            ):
                refreshed = True
                self._forget_token(token)
                continue
            if status >= 500:
                if delivers:
                    raise self._error(
                        DeliveryUnknownError,
                        recorded.AMAZON_ERROR_MAYBE(said=err.words(), what=what, check=check),
                        code=err.code or str(status),
                        reference=err.request_id,
                    )
                failures += 1
                if failures <= self.retries:
                    self._sleep(self.backoff.delay(failures - 1))
                    continue
                raise self._error(
                    UnreachableError,
                    recorded.AMAZON_ERROR_NOT_SENT(said=err.words(), what=what),
                    code=err.code or str(status),
                    reference=err.request_id,
                )
            special = refusal(err) if refusal is not None else None
            raise special if special is not None else self._refusal(err, what)

    def _refusal(self, err: _AmazonError, what: str) -> RefusedError:
        code = err.code or str(err.status)
        said = err.words()
        if err.status == 403 and err.says(_NOT_ALLOWED):
            return self._error(
                NotAllowedError,
                TYPE_NOT_ALLOWED_REF(said=said, reference=err.request_id)
                if err.request_id
                else TYPE_NOT_ALLOWED(said=said),
                code=code,
                reference=err.request_id,
            )
        hints = {
            400: recorded.HINT_INVALID,
            401: recorded.HINT_TOKEN,
            403: recorded.HINT_DENIED,
            404: recorded.HINT_UNKNOWN_ORDER,
            413: recorded.HINT_TOO_LARGE,
            415: recorded.HINT_CONTENT_TYPE,
        }
        hint = hints.get(err.status, recorded.HINT_REFUSED)()
        return self._error(
            RefusedError,
            recorded.REFUSED_WHILE_REF(hint=hint, what=what, said=said, reference=err.request_id)
            if err.request_id
            else recorded.REFUSED_WHILE(hint=hint, what=what, said=said),
            code=code,
            reference=err.request_id,
        )

    # -- checks before any request ---------------------------------------------------------

    def _order(self, order_id: str) -> str:
        order = order_id.strip()
        if not _ORDER_ID.fullmatch(order):
            raise InvalidMessageError(recorded.NOT_AN_ORDER_ID(order=repr(order_id)))
        return quote(order, safe="-")

    @staticmethod
    def _marketplace(marketplace_id: str) -> tuple[str, Region]:
        try:
            found = marketplace(marketplace_id)
        except UnknownMarketplaceError as exc:
            raise InvalidMessageError(str(exc)) from None
        return found.id, found.region

    @staticmethod
    def _message_type(message_type: str) -> MessageType:
        if message_type in REMOVED_MESSAGE_TYPES:
            raise InvalidMessageError(
                recorded.TYPE_REMOVED(
                    type=repr(message_type), day=REMOVED_MESSAGE_TYPES[message_type]
                )
            )
        mtype = load_rulebook().message_types.get(message_type)
        if mtype is None:
            raise InvalidMessageError(recorded.NOT_A_TYPE(type=repr(message_type)))
        if mtype.api != "messaging":
            raise InvalidMessageError(recorded.NOT_A_MESSAGE(type=repr(message_type)))
        return mtype

    @staticmethod
    def _check_text(
        mtype: MessageType, text: str | None, attachments: Sequence[AttachmentFile]
    ) -> str | None:
        """The text to send (None: the body has none), or ``InvalidMessageError``."""
        if mtype.text_limit is None:
            if text is not None and text.strip():
                raise InvalidMessageError(recorded.ATTACHMENTS_ONLY(title=repr(mtype.title)))
            return None
        if text is None or not text.strip():
            if attachments:
                return None  # customization details, access key: files without words
            raise InvalidMessageError(recorded.NEEDS_TEXT(title=repr(mtype.title)))
        if looks_like_html(text):
            raise InvalidMessageError(recorded.TEXT_IS_HTML())
        if len(text) > mtype.text_limit:
            raise InvalidMessageError(
                recorded.TEXT_TOO_LONG(
                    count=len(text), limit=mtype.text_limit, title=repr(mtype.title)
                )
            )
        return text

    @staticmethod
    def _check_attachments(mtype: MessageType, attachments: Sequence[AttachmentFile]) -> None:
        low, high = mtype.attachments or (0, 0)
        count = len(attachments)
        if high == 0 and count:
            raise InvalidMessageError(recorded.NO_ATTACHMENTS_TAKEN(title=repr(mtype.title)))
        if count < low:
            raise InvalidMessageError(
                recorded.NEEDS_ATTACHMENTS(title=repr(mtype.title), low=low)
                if low > 1
                else recorded.NEEDS_AN_ATTACHMENT(title=repr(mtype.title))
            )
        if count > high:
            raise InvalidMessageError(
                recorded.TOO_MANY_ATTACHMENTS(title=repr(mtype.title), high=high, count=count)
            )
        total = 0
        for item in attachments:
            stem, dot, ext = item.name.rpartition(".")
            if not dot or not stem.strip() or not ext or any(c in item.name for c in "/\\\r\n"):
                raise InvalidMessageError(recorded.ATTACHMENT_NAME(name=repr(item.name)))
            if not item.data:
                raise InvalidMessageError(recorded.ATTACHMENT_EMPTY(name=repr(item.name)))
            ctype = item.content_type.strip()
            if "/" not in ctype or any(c in ctype for c in "\r\n"):
                raise InvalidMessageError(
                    recorded.ATTACHMENT_TYPE(name=repr(item.name), type=repr(item.content_type))
                )
            total += item.size
        if total > MAX_ATTACHMENT_BYTES:
            raise InvalidMessageError(
                recorded.ATTACHMENTS_TOO_LARGE(
                    size=f"{total / 1_048_576:.1f}", limit=MAX_ATTACHMENT_BYTES // 1_048_576
                )
            )

    @staticmethod
    def _coverage(mtype: MessageType, coverage: tuple[datetime, datetime] | None) -> dict[str, str]:
        if coverage is None:
            return {}
        if mtype.id != "warranty":
            raise InvalidMessageError(recorded.COVERAGE_WARRANTY_ONLY())
        start, end = coverage
        if start.tzinfo is None or end.tzinfo is None:
            raise InvalidMessageError(recorded.COVERAGE_TIME_ZONE())
        if end < start:
            raise InvalidMessageError(recorded.COVERAGE_BACKWARDS())
        return {
            "coverageStartDate": start.isoformat(timespec="seconds"),
            "coverageEndDate": end.isoformat(timespec="seconds"),
        }

    # -- reading -------------------------------------------------------------------------

    def _actions(self, path: str, marketplace_id: str, what: str) -> list[str]:
        response = self._call(
            "GET", path, marketplace_id, limiter=self.limiter, what=what, delivers=False
        )
        body = self._json(response, what)
        links = body.get("_links") if isinstance(body, dict) else None
        actions = links.get("actions") if isinstance(links, dict) else None
        names: list[str] = []
        for action in actions if isinstance(actions, list) else []:
            if not isinstance(action, dict):
                continue
            name = action.get("name")
            if not isinstance(name, str) or not name:
                # Older answers carry only the href: its last path segment is the type.
                href = str(action.get("href", ""))
                name = urlsplit(href).path.rstrip("/").rpartition("/")[2]
            if name:
                names.append(name)
        return names

    def _json(self, response: requests.Response, what: str) -> Any:
        try:
            return response.json()
        except ValueError:
            raise self._error(
                RefusedError,
                recorded.ANSWER_NOT_JSON(what=what),
                code="bad-answer",
                reference=response.headers.get("x-amzn-RequestId", ""),
            ) from None

    def allowed_message_types(self, order_id: str, marketplace_id: str) -> frozenset[str]:
        """The message types Amazon allows for this order now (getMessagingActionsForOrder):
        only current types Composer knows; removed ones and ``attributes`` are dropped."""
        order = self._order(order_id)
        mid, _ = self._marketplace(marketplace_id)
        names = self._actions(_MESSAGING.format(order=order), mid, recorded.ASKING_TYPES())
        known = {
            t.id for t in load_rulebook().message_types.values() if t.api == "messaging"
        } - set(REMOVED_MESSAGE_TYPES)
        dropped = sorted(set(names) - known)
        if dropped:
            log.debug("actions not offered: %s", ", ".join(dropped))
        return frozenset(n for n in names if n in known)

    def buyer_locale(self, order_id: str, marketplace_id: str) -> str | None:
        """The buyer's preferred language as a locale tag (``de-DE``), from GetAttributes;
        None when Amazon does not say."""
        order = self._order(order_id)
        mid, _ = self._marketplace(marketplace_id)
        what = recorded.ASKING_LANGUAGE()
        response = self._call(
            "GET",
            _MESSAGING.format(order=order) + "/attributes",
            mid,
            limiter=self.limiter,
            what=what,
            delivers=False,
        )
        body = self._json(response, what)
        buyer = body.get("buyer") if isinstance(body, dict) else None
        locale = buyer.get("locale") if isinstance(buyer, dict) else None
        return locale if isinstance(locale, str) and locale.strip() else None

    def review_request_allowed(self, order_id: str, marketplace_id: str) -> bool:
        """Whether Amazon would send its review-and-feedback request for this order now
        (getSolicitationActionsForOrder). False outside 5–30 days after delivery, before the
        order shipped, or once one was sent."""
        order = self._order(order_id)
        mid, _ = self._marketplace(marketplace_id)
        names = self._actions(_SOLICITATIONS.format(order=order), mid, recorded.ASKING_REVIEW())
        return SOLICITATION_TYPE in names

    # -- sending -------------------------------------------------------------------------

    def send_message(
        self,
        order_id: str,
        marketplace_id: str,
        message_type: str,
        *,
        text: str | None = None,
        attachments: Sequence[AttachmentFile] = (),
        coverage: tuple[datetime, datetime] | None = None,
    ) -> Receipt:
        """Send one message of ``message_type`` to the buyer of ``order_id``.

        Everything is checked first (type, text, attachments, dates) and refused with
        ``InvalidMessageError`` before any request. Attachments are uploaded one by one, then
        the message is sent once. Raises the delivery errors described in the module."""
        mtype = self._message_type(message_type)
        order = self._order(order_id)
        mid, region = self._marketplace(marketplace_id)
        self._check_attachments(mtype, attachments)
        words = self._check_text(mtype, text, attachments)
        body: dict[str, object] = {}
        if words is not None:
            body["text"] = words
        dates = self._coverage(mtype, coverage)
        if attachments:
            body["attachments"] = [
                {
                    "uploadDestinationId": self._upload(order, mid, region, mtype, a),
                    "fileName": a.name,
                }
                for a in attachments
            ]
        body.update(dates)
        path = f"{_MESSAGING.format(order=order)}/messages/{mtype.id}"
        response = self._call(
            "POST",
            path,
            mid,
            limiter=self.limiter,
            what=recorded.SENDING_MESSAGE(title=repr(mtype.title)),
            delivers=True,
            body=body,
        )
        return self._receipt(response)

    def request_review(self, order_id: str, marketplace_id: str) -> Receipt:
        """Ask Amazon to send its product-review-and-seller-feedback e-mail for this order
        (once per order, 5–30 days after delivery). No text: Amazon writes it."""
        order = self._order(order_id)
        mid, _ = self._marketplace(marketplace_id)
        response = self._call(
            "POST",
            f"{_SOLICITATIONS.format(order=order)}/solicitations/{SOLICITATION_TYPE}",
            mid,
            limiter=self.limiter,
            what=recorded.REQUESTING_REVIEW(),
            delivers=True,
            check=_CHECK_REVIEW,
        )
        return self._receipt(response)

    @staticmethod
    def _receipt(response: requests.Response) -> Receipt:
        reply = f"{response.status_code} {response.reason or ''}".strip()
        text = response.text.strip()
        if text:
            reply += f" {text[:500]}"
        return Receipt(reference=response.headers.get("x-amzn-RequestId", ""), reply=reply)

    # -- attachments ---------------------------------------------------------------------

    def _upload(
        self, order: str, mid: str, region: Region, mtype: MessageType, item: AttachmentFile
    ) -> str:
        """Create an upload destination for this order and type, PUT the bytes there with
        every header Amazon returned, and return the destination id."""
        md5 = base64.b64encode(hashlib.md5(item.data).digest()).decode("ascii")
        resource = f"messaging/v1/orders/{order}/messages/{mtype.id}"
        what = recorded.PREPARING_UPLOAD(name=repr(item.name))
        response = self._call(
            "POST",
            _UPLOADS.format(resource=resource),
            mid,
            limiter=self.uploads_limiter,
            what=what,
            delivers=False,
            accept=_JSON,
            query=(("contentMD5", md5), ("contentType", item.content_type.strip())),
            refusal=lambda err: self._uploads_denied(err, region) if err.status == 403 else None,
        )
        body = self._json(response, what)
        payload = body.get("payload") if isinstance(body, dict) else None
        if not isinstance(payload, dict):
            payload = {}
        destination = payload.get("uploadDestinationId")
        url = payload.get("url")
        returned = payload.get("headers") or {}
        if (
            not isinstance(destination, str)
            or not destination
            or not isinstance(url, str)
            or not isinstance(returned, dict)
        ):
            raise self._error(
                RefusedError,
                recorded.UPLOAD_INCOMPLETE(name=repr(item.name)),
                code="bad-answer",
                reference=response.headers.get("x-amzn-RequestId", ""),
            )
        try:
            _endpoint(url, "upload address")
        except SpApiConfigError:
            raise self._error(
                RefusedError,
                recorded.UPLOAD_NOT_HTTPS(name=repr(item.name)),
                code="bad-answer",
            ) from None
        headers = {str(k): str(v) for k, v in returned.items()}
        if not any(k.lower() == "content-md5" for k in headers):
            headers["Content-MD5"] = md5
        self._put(url, headers, item)
        return destination

    def _uploads_denied(self, err: _AmazonError, region: Region) -> RefusedError:
        if region is not Region.NA:
            why = recorded.UPLOADS_REGION(said=err.words(), region=region)
        else:
            why = recorded.UPLOADS_ROLE(said=err.words())
        return self._error(
            RefusedError,
            recorded.NOTHING_SENT_TO_BUYER_REF(why=why, reference=err.request_id)
            if err.request_id
            else recorded.NOTHING_SENT_TO_BUYER(why=why),
            code=err.code or str(err.status),
            reference=err.request_id,
        )

    def _put(self, url: str, headers: dict[str, str], item: AttachmentFile) -> None:
        response = self._attempt("PUT", url, data=item.data, headers=headers)
        if isinstance(response, requests.RequestException):
            words = _transport_words(response)
            log.info("upload of an attachment: %s (%s)", words, type(response).__name__)
            raise self._error(
                UnreachableError,
                recorded.UPLOAD_UNREACHABLE(name=repr(item.name), words=words),
            )
        log.debug("upload PUT -> %s", response.status_code)
        if 200 <= response.status_code < 300:
            return
        code_match = _S3_CODE.search(response.text)
        message_match = _S3_MESSAGE.search(response.text)
        code = code_match.group(1) if code_match else str(response.status_code)
        said = message_match.group(1) if message_match else (response.reason or "")
        if response.status_code >= 500:
            raise self._error(
                UnreachableError,
                recorded.UPLOAD_STORAGE_ERROR(
                    name=repr(item.name), status=response.status_code, code=code, said=said
                ),
                code=code,
            )
        hints = {
            "InvalidDigest": recorded.UPLOAD_BAD_DIGEST_FORM,
            "BadDigest": recorded.UPLOAD_CHANGED,
            "SignatureDoesNotMatch": recorded.UPLOAD_UNSIGNED,
            "MethodNotAllowed": recorded.UPLOAD_PUT_ONLY,
            "AccessDenied": recorded.UPLOAD_EXPIRED,
            "EntityTooLarge": recorded.UPLOAD_TOO_LARGE,
        }
        hint = hints.get(code, recorded.UPLOAD_STORAGE_REFUSED)()
        raise self._error(
            RefusedError,
            recorded.UPLOAD_REFUSED(
                name=repr(item.name), hint=hint, status=response.status_code, code=code, said=said
            ),
            code=code,
        )
