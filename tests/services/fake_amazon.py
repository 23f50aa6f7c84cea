"""A fake Amazon on loopback for the SP-API tests: Login with Amazon, Messaging, Solicitations,
Uploads and the S3 presigned PUT, in one real HTTP server in a thread of the test process.

It enforces Amazon's contract as the official models state it (``sp_api_models/``, see the
README there), so a test against it proves something about the real service:

- path and method: an operation of messaging.json, solicitations.json or uploads_2020-11-01.json;
- query: exactly one ``marketplaceIds`` with one known marketplace id (of the fake's region, when
  it plays one), the operation's declared parameters only, required ones present (``contentMD5``
  for uploads, the base64 of 16 bytes);
- headers: ``x-amz-access-token`` issued by this fake's LWA and not expired (else 403, as
  Amazon), ``x-amz-date`` (``20190430T123600Z``), a descriptive ``User-Agent``
  (``App/1.0 (Language=Python/3.11; Platform=Linux/6.1)``), ``Content-Type: application/json``
  with a JSON body;
- body: valid against the operation's schema (jsonschema, draft 4 as Swagger 2.0), attachment
  arrays 1..5 as Amazon means them, no unknown fields, RFC 3339 dates, no HTML in ``text``, not
  empty; bodiless operations get no body;
- LWA: a form-encoded POST with grant_type=refresh_token, refresh_token, client_id, client_secret;
- S3: PUT only, the destination's signature unexpired, every header the destination returned sent
  unchanged, ``Content-MD5`` the base64 MD5 of the bytes, never the SP-API access token.

A violation of the contract answers 400 ``InvalidInput`` (S3: its XML error) as Amazon would, and
is recorded in ``violations`` so a test can assert there were none. The checks marked "ours" in
``_check_headers`` (the User-Agent's shape, ``x-amz-date``, no token to S3, a non-empty body)
are stricter than Amazon: they hold Composer to its own documented behaviour.

It also plays Amazon's behaviour: a token bucket per seller (Messaging and Solicitations share
``rate``/``burst``, 1/s burst 5 by default; Uploads has its own 10/s burst 10) answering 429
``QuotaExceeded``; per-order allowed message types (403 "Invalid amazonOrderId and template
combination" for others); the once-per-order review request; upload destinations bound to one
order and type; 400 "Attachment with ID … does not exist" for an attachment not uploaded.

Scripting (``script``), a seeded random mix (``chaos``) and the records (``requests``,
``delivered``, ``violations``, ``max_requests_in_any_second``) are described on ``FakeAmazon``.

Usage::

    with FakeAmazon() as fake:
        client = SpApiClient(**fake.client_kwargs(), limiter=TokenBucket(50, 50))
        fake.script(SERVER_ERROR, order_id=ORDER)            # the next send for ORDER: 500
        fake.chaos(7, {CREATED: 6, THROTTLED: 2, DROP: 1})   # every other send: a random mix
        ...
        assert fake.violations == []
        assert fake.duplicates() == []

or the ``fake_amazon`` fixture (import it into a test module or a conftest).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import hashlib
import json
import random
import re
import secrets
import socket
import threading
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import jsonschema
import pytest

from composer.services.marketplaces import MARKETPLACES, Region

MODELS_DIR = Path(__file__).with_name("sp_api_models")
MODEL_FILES = {
    "messaging": "messaging.json",
    "solicitations": "solicitations.json",
    "uploads": "uploads_2020-11-01.json",
}
LWA_PATH = "/auth/o2/token"
S3_PREFIX = "/s3/buyer-seller-messaging-fake-draft-attachment/"
ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
SOLICITATION = "productReviewAndSellerFeedback"
UPLOAD_RESOURCE = re.compile(r"messaging/v1/orders/(?P<order>[^/]+)/messages/(?P<type>[A-Za-z]+)")
USER_AGENT = re.compile(r"\S+/\S+ \(Language=[^;()]+/[^;()]+; ?Platform=[^;()]+\)")
AMZ_DATE = re.compile(r"\d{8}T\d{6}Z")
RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII
)
HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9-]*(\s[^<>]*)?/?>")
KNOWN_MARKETPLACES = {m.id: m for m in MARKETPLACES}


# -- outcomes ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the fake does with one request, instead of (or before) its normal answer.

    ``kind``: ``"normal"`` (the operation's real behaviour, e.g. 201 and delivered), ``"error"``
    (answer ``status`` with Amazon's error envelope, LWA's JSON or S3's XML, by endpoint),
    ``"drop"`` (read the request, close the connection without a byte of answer),
    ``"expire-token"`` (the access token of the request expires now: 403 expired token).
    ``delay``: seconds to wait before answering (a slow answer; the work is done first, so a
    slow ``CREATED`` delivers). ``delivers``: an error or drop that comes after the message
    was delivered (a 500 or a lost connection after Amazon accepted it)."""

    kind: str
    status: int = 0
    code: str = ""
    message: str = ""
    details: str = ""
    delay: float = 0.0
    delivers: bool = False

    @property
    def label(self) -> str:
        base = {"normal": "normal", "drop": "drop", "expire-token": "expire-token"}.get(
            self.kind, f"{self.status} {self.code}"
        )
        if self.delivers:
            base += " after delivery"
        if self.delay:
            base = f"slow {self.delay:g}s, {base}"
        return base


def error(
    status: int, code: str, message: str, details: str = "", *, delivers: bool = False
) -> Outcome:
    """Answer ``status`` with ``{"errors": [{code, message, details}]}``."""
    return Outcome("error", status, code, message, details, delivers=delivers)


def slow(seconds: float, then: Outcome | None = None) -> Outcome:
    """Answer ``then`` (normal by default) after ``seconds``: longer than the client's timeout,
    this is a timeout after the request was sent."""
    return replace(then or CREATED, delay=seconds)


def lwa_error(code: str, description: str, status: int = 400) -> Outcome:
    """Login with Amazon refuses: ``{"error": code, "error_description": description}``."""
    return Outcome("error", status, code, description)


def s3_error(status: int, code: str, message: str) -> Outcome:
    """S3 refuses the upload with its XML error document."""
    return Outcome("error", status, code, message)


CREATED = Outcome("normal")
NOT_ALLOWED = error(403, "Unauthorized", "Invalid amazonOrderId and template combination.")
ACCESS_DENIED = error(403, "Unauthorized", "Access to requested resource is denied.")
THROTTLED = error(429, "QuotaExceeded", "You exceeded your quota for the requested resource.")
SERVER_ERROR = error(500, "InternalFailure", "We encountered an internal error. Please try again.")
UNAVAILABLE = error(503, "ServiceUnavailable", "Service temporarily unavailable. Please try again.")
INVALID_INPUT = error(400, "InvalidInput", "Invalid Input")
DROP = Outcome("drop")
DROP_AFTER_DELIVERY = Outcome("drop", delivers=True)
EXPIRE_TOKEN = Outcome("expire-token")
INVALID_GRANT = lwa_error(
    "invalid_grant", "The request has an invalid grant parameter : refresh_token"
)
INVALID_CLIENT = lwa_error("invalid_client", "Client authentication failed", 401)
S3_EXPIRED = s3_error(403, "AccessDenied", "Request has expired")

_EXPIRED_DETAILS = "The access token you provided has expired."
_INVALID_TOKEN_DETAILS = "The access token you provided is revoked, malformed or invalid."


# -- records -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Seller:
    """One selling partner's made-up credentials, as its LWA knows them."""

    name: str
    client_id: str
    client_secret: str
    refresh_token: str


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as the fake saw it. ``time`` is ``time.monotonic()`` at arrival; ``api``
    is ``messaging``, ``solicitations``, ``uploads``, ``lwa``, ``s3`` or ``unknown``."""

    time: float
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    body: bytes
    api: str
    operation: str
    order_id: str
    seller: str
    status: int  # 0: dropped without an answer
    outcome: str
    request_id: str
    violations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Delivery:
    """A message or solicitation the fake accepted: it would reach the buyer."""

    time: float
    seller: str
    order_id: str
    marketplace_id: str
    message_type: str  # a Messaging type, or productReviewAndSellerFeedback
    text: str | None
    attachments: tuple[tuple[str, bytes], ...]  # (fileName, the uploaded bytes)
    body: Mapping[str, Any]
    request_id: str


@dataclass(frozen=True, slots=True)
class Violation:
    """A request that broke the contract, and how."""

    time: float
    method: str
    path: str
    operation: str
    reasons: tuple[str, ...]


# -- the models ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Operation:
    id: str
    api: str
    method: str
    template: str
    pattern: re.Pattern[str]
    query: Mapping[str, Mapping[str, Any]]  # name -> the model's parameter
    validator: jsonschema.Draft4Validator | None  # None: the operation takes no body
    delivers: bool  # hands something to the buyer (message or solicitation POST)
    message_type: str  # the type a delivering operation sends; "" otherwise


def _strict(definitions: Mapping[str, Any]) -> dict[str, Any]:
    """The models' definitions as Amazon means them: array lengths as item counts, and no
    unknown fields in request objects."""
    out: dict[str, Any] = copy.deepcopy(dict(definitions))

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "array":
                if "maxLength" in node:
                    node["maxItems"] = node["maxLength"]
                if "minLength" in node:
                    node["minItems"] = node["minLength"]
            if node.get("type") == "object" and "properties" in node:
                node.setdefault("additionalProperties", False)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(out)
    return out


_FORMATS = jsonschema.FormatChecker(formats=())


@_FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not RFC3339.fullmatch(value):
        raise ValueError(f"{value!r} is not an RFC 3339 date-time")
    datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


def _pattern(template: str) -> re.Pattern[str]:
    out = ""
    for piece in re.split(r"(\{[^}]+\})", template):
        if piece.startswith("{"):
            name = piece[1:-1]
            out += f"(?P<{name}>.+)" if name == "resource" else f"(?P<{name}>[^/]+)"
        else:
            out += re.escape(piece)
    return re.compile(out)


@cache
def load_model(api: str) -> dict[str, Any]:
    """One vendored official model, parsed."""
    data: dict[str, Any] = json.loads((MODELS_DIR / MODEL_FILES[api]).read_text("utf-8"))
    return data


@cache
def operations() -> tuple[Operation, ...]:
    """Every operation of the three models, with its checks."""
    ops = []
    for api in MODEL_FILES:
        model = load_model(api)
        definitions = _strict(model.get("definitions", {}))
        for template, methods in model["paths"].items():
            for method, op in methods.items():
                if method == "parameters":
                    continue
                params = op.get("parameters", [])
                query = {p["name"]: p for p in params if p.get("in") == "query"}
                body = next((p for p in params if p.get("in") == "body"), None)
                validator = None
                if body is not None:
                    schema = {**body["schema"], "definitions": definitions}
                    validator = jsonschema.Draft4Validator(schema, format_checker=_FORMATS)
                delivers = method == "post" and api in ("messaging", "solicitations")
                ops.append(
                    Operation(
                        id=op["operationId"],
                        api=api,
                        method=method.upper(),
                        template=template,
                        pattern=_pattern(template),
                        query=query,
                        validator=validator,
                        delivers=delivers,
                        message_type=template.rsplit("/", 1)[1] if delivers else "",
                    )
                )
    return tuple(ops)


def message_types() -> tuple[str, ...]:
    """The message types of the current Messaging model (its POST operations)."""
    return tuple(op.message_type for op in operations() if op.api == "messaging" and op.delivers)


def _types_with_attachments() -> frozenset[str]:
    out = set()
    for op in operations():
        if op.api == "messaging" and op.delivers and op.validator is not None:
            ref = op.validator.schema["$ref"].rsplit("/", 1)[1]
            props = op.validator.schema["definitions"][ref].get("properties", {})
            if "attachments" in props:
                out.add(op.message_type)
    return frozenset(out)


# -- the server ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False


@dataclass(slots=True)
class _Token:
    seller: str
    expires: float
    revoked: bool = False


@dataclass(slots=True)
class _Destination:
    id: str
    seller: str
    order_id: str
    message_type: str
    md5: str
    signature: str
    headers: dict[str, str]
    expires: float
    data: bytes | None = None


class _Bucket:
    """The server's own token bucket (written apart from the client's, so one's mistake does
    not hide the other's)."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = burst
        self.tokens = float(burst)
        self.updated = time.monotonic()

    def take(self, now: float) -> bool:
        self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _any(self) -> None:
        self.server.fake._serve(self)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _any  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # quiet: the records say what happened


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, fake: FakeAmazon) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", 0), _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hung up mid-answer is a test's business, not noise


class FakeAmazon:
    """The fake. Start it with ``with FakeAmazon() as fake`` (or ``start()``/``stop()``).

    Endpoints: ``base_url`` (SP-API, and the S3 uploads under ``/s3/``), ``lwa_url``.
    Sellers: ``seller`` (the default one), ``add_seller(name)``; ``client_kwargs(seller)`` gives
    ``SpApiClient``'s endpoint and credential arguments.

    Per order: ``set_actions(order, types)`` (what getMessagingActionsForOrder offers; default:
    every type of the model plus ``attributes``), ``set_locale(order, "de-DE")``,
    ``set_review_eligible(order, False)``.

    Scripting: ``script(*outcomes, order_id=None, operation="send")`` queues outcomes for the
    next matching requests, one outcome per request. ``operation`` is an operationId of the
    models, ``"send"`` (any message or solicitation POST), ``"any"`` (any SP-API request),
    ``"lwa"`` or ``"s3"``; ``order_id`` None matches any order. The most specific queue wins
    (this order and this operation, then this order, then any order). ``chaos(seed, weights)``
    answers every send (or ``operations``) that no script matched with an outcome drawn from
    ``weights`` by a ``random.Random(seed)``; ``chaos(None)`` stops it. ``expire_tokens()``
    expires every access token issued so far; ``revoke(seller)`` makes its refresh token
    invalid (``invalid_grant``).

    Records (copies, safe to read while the server runs): ``requests``, ``delivered``,
    ``violations``; ``deliveries(order_id)``, ``duplicates()`` (the same text delivered twice
    for one order and type), ``max_requests_in_any_second(api="messaging")`` (Messaging and
    Solicitations together; ``"uploads"``, ``"lwa"``, ``"s3"``, or ``None`` for all),
    ``outcome_counts()``, ``clear_records()``. ``secrets_of(seller)``: its credentials and every
    access token issued to it, for "no secret in this text" checks.

    An SP-API request goes through, in order: the contract (a violation answers 400 and is
    recorded), the access token (unknown or expired: 403), the seller's bucket (429, recorded
    as outcome ``"429 rate limit"``; no script is used up), the next script or chaos outcome,
    then the operation's behaviour. Outcomes: ``CREATED`` (the behaviour), ``error(...)`` and
    the ready ones (``NOT_ALLOWED``, ``ACCESS_DENIED``, ``THROTTLED``, ``SERVER_ERROR``,
    ``UNAVAILABLE``, ``INVALID_INPUT``), ``DROP`` / ``DROP_AFTER_DELIVERY``, ``slow(seconds,
    then)``, ``EXPIRE_TOKEN``, ``lwa_error(...)`` / ``INVALID_GRANT`` / ``INVALID_CLIENT``,
    ``s3_error(...)`` / ``S3_EXPIRED``; ``error(..., delivers=True)`` delivers, then fails.
    """

    def __init__(
        self,
        *,
        rate: float = 1.0,
        burst: int = 5,
        upload_rate: float = 10.0,
        upload_burst: int = 10,
        region: Region | None = None,
        token_lifetime: int = 3600,
    ) -> None:
        self.rate = rate
        self.burst = burst
        self.upload_rate = upload_rate
        self.upload_burst = upload_burst
        self.region = region
        self.token_lifetime = token_lifetime
        self._lock = threading.RLock()
        self._stopping = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._sellers: dict[str, Seller] = {}
        self._revoked: set[str] = set()
        self._tokens: dict[str, _Token] = {}
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._scripts: dict[tuple[str | None, str], deque[Outcome]] = defaultdict(deque)
        self._chaos: tuple[random.Random, list[Outcome], list[float], frozenset[str]] | None = None
        self._actions: dict[str, tuple[str, ...]] = {}
        self._locales: dict[str, str] = {}
        self._review_ineligible: set[str] = set()
        self._solicited: set[str] = set()
        self._destinations: dict[str, _Destination] = {}
        self._requests: list[RecordedRequest] = []
        self._delivered: list[Delivery] = []
        self._violations: list[Violation] = []
        self.seller = self.add_seller("seller-1")

    # -- life ------------------------------------------------------------------------------

    def start(self) -> FakeAmazon:
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> FakeAmazon:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "the fake is not running"
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def lwa_url(self) -> str:
        return self.base_url + LWA_PATH

    # -- set-up ----------------------------------------------------------------------------

    def add_seller(self, name: str) -> Seller:
        """A new selling partner with made-up credentials this fake's LWA accepts."""
        seller = Seller(
            name=name,
            client_id=f"amzn1.application-oa2-client.fake{secrets.token_hex(16)}",
            client_secret=f"amzn1.oa2-cs.v1.fake{secrets.token_hex(32)}",
            refresh_token=f"Atzr|fake-{secrets.token_urlsafe(48)}",
        )
        with self._lock:
            self._sellers[name] = seller
        return seller

    def client_kwargs(self, seller: Seller | None = None) -> dict[str, str]:
        """``base_url``, ``lwa_url``, ``client_id``, ``client_secret``, ``refresh_token`` for
        ``SpApiClient(**fake.client_kwargs(), limiter=...)``."""
        seller = seller or self.seller
        return {
            "base_url": self.base_url,
            "lwa_url": self.lwa_url,
            "client_id": seller.client_id,
            "client_secret": seller.client_secret,
            "refresh_token": seller.refresh_token,
        }

    def secrets_of(self, seller: Seller | None = None) -> tuple[str, ...]:
        """Every secret a client of ``seller`` holds or was given: its credentials and every
        access token issued to it (for "no secret in this text" checks)."""
        seller = seller or self.seller
        with self._lock:
            tokens = tuple(t for t, v in self._tokens.items() if v.seller == seller.name)
        return (seller.client_id, seller.client_secret, seller.refresh_token, *tokens)

    def set_actions(self, order_id: str, types: Iterable[str]) -> None:
        with self._lock:
            self._actions[order_id] = tuple(types)

    def set_locale(self, order_id: str, locale: str) -> None:
        with self._lock:
            self._locales[order_id] = locale

    def set_review_eligible(self, order_id: str, eligible: bool) -> None:
        with self._lock:
            if eligible:
                self._review_ineligible.discard(order_id)
            else:
                self._review_ineligible.add(order_id)

    def script(
        self, *outcomes: Outcome, order_id: str | None = None, operation: str = "send"
    ) -> None:
        with self._lock:
            self._scripts[(order_id, operation)].extend(outcomes)

    def chaos(
        self,
        seed: int | None,
        weights: Mapping[Outcome, float] | None = None,
        operations: Iterable[str] = ("send",),
    ) -> None:
        with self._lock:
            if seed is None or not weights:
                self._chaos = None
                return
            self._chaos = (
                random.Random(seed),
                list(weights),
                [float(w) for w in weights.values()],
                frozenset(operations),
            )

    def expire_tokens(self) -> None:
        with self._lock:
            for token in self._tokens.values():
                token.expires = min(token.expires, time.monotonic() - 1)

    def revoke(self, seller: Seller | None = None) -> None:
        with self._lock:
            self._revoked.add((seller or self.seller).name)

    # -- records ---------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def delivered(self) -> list[Delivery]:
        with self._lock:
            return list(self._delivered)

    @property
    def violations(self) -> list[Violation]:
        with self._lock:
            return list(self._violations)

    def deliveries(self, order_id: str) -> list[Delivery]:
        return [d for d in self.delivered if d.order_id == order_id]

    def duplicates(self) -> list[tuple[str, str, str | None]]:
        """(order, type, text) delivered more than once."""
        seen: dict[tuple[str, str, str | None], int] = defaultdict(int)
        for d in self.delivered:
            seen[(d.order_id, d.message_type, d.text)] += 1
        return [key for key, count in seen.items() if count > 1]

    def max_requests_in_any_second(
        self, api: str | None = "messaging", seller: str | None = None, *, window: float = 1.0
    ) -> int:
        """The most requests that arrived within any one second: a half-open window of
        ``window`` seconds starting at a request (a test that runs the fake at ``rate=10``
        checks ``window=0.1``). ``api="messaging"`` counts Messaging and Solicitations
        together, the calls that share Amazon's 1/s burst 5 in Composer's reading; ``None``
        counts every request."""
        group = {"messaging": {"messaging", "solicitations"}}.get(api or "", {api})
        times = sorted(
            r.time
            for r in self.requests
            if (api is None or r.api in group) and (seller is None or r.seller == seller)
        )
        best = 0
        start = 0
        for end, t in enumerate(times):
            while t - times[start] >= window:
                start += 1
            best = max(best, end - start + 1)
        return best

    def outcome_counts(self, api: str | None = None) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for r in self.requests:
            if api is None or r.api == api:
                counts[r.outcome] += 1
        return dict(counts)

    def clear_records(self) -> None:
        with self._lock:
            self._requests.clear()
            self._delivered.clear()
            self._violations.clear()

    # -- serving ---------------------------------------------------------------------------

    def _serve(self, handler: _Handler) -> None:
        arrived = time.monotonic()
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length > 0 else b""
        parts = urlsplit(handler.path)
        query = tuple(parse_qsl(parts.query, keep_blank_values=True))
        headers = {k.lower(): v for k, v in handler.headers.items()}
        request = _Incoming(arrived, handler.command, parts.path, query, headers, body)
        if handler.headers.get("Transfer-Encoding"):
            request.violation("chunked transfer encoding: Amazon's APIs expect a Content-Length")
        if parts.path == LWA_PATH:
            reply = self._lwa(request)
        elif parts.path.startswith(S3_PREFIX):
            reply = self._s3(request)
        else:
            reply = self._sp_api(request)
        self._record(request, reply)
        self._answer(handler, reply)

    def _record(self, request: _Incoming, reply: _Reply) -> None:
        with self._lock:
            if request.violations:
                self._violations.append(
                    Violation(
                        request.time,
                        request.method,
                        request.path,
                        request.operation,
                        tuple(request.violations),
                    )
                )
            self._requests.append(
                RecordedRequest(
                    time=request.time,
                    method=request.method,
                    path=request.path,
                    query=request.query,
                    headers=request.headers,
                    body=request.body,
                    api=request.api,
                    operation=request.operation,
                    order_id=request.order_id,
                    seller=request.seller,
                    status=0 if reply.drop else reply.status,
                    outcome=request.outcome,
                    request_id=reply.headers.get("x-amzn-RequestId", ""),
                    violations=tuple(request.violations),
                )
            )

    def _answer(self, handler: _Handler, reply: _Reply) -> None:
        handler.close_connection = True
        if reply.delay and self._stopping.wait(reply.delay):
            return
        if reply.drop:
            # Close without a byte of answer: the client sees the connection end.
            with contextlib.suppress(OSError):
                handler.connection.shutdown(socket.SHUT_RDWR)
            return
        try:
            handler.send_response(reply.status)
            handler.send_header("Content-Type", reply.content_type)
            handler.send_header("Content-Length", str(len(reply.body)))
            handler.send_header("Connection", "close")
            for name, value in reply.headers.items():
                handler.send_header(name, value)
            handler.end_headers()
            if handler.command != "HEAD":
                handler.wfile.write(reply.body)
            handler.wfile.flush()
        except OSError:
            pass  # the client gave up (its timeout): nothing to tell it

    # -- scripting -------------------------------------------------------------------------

    def _scripted(self, order_id: str, operation: str, delivers: bool, api: str) -> Outcome | None:
        """The next scripted (or chaos) outcome for this request, if any. Call under lock."""
        generic = ["any"] if api in ("messaging", "solicitations", "uploads") else []
        names = [operation, *(["send"] if delivers else []), *generic]
        for who in (order_id or None, None):
            for name in names:
                queue = self._scripts.get((who, name))
                if queue:
                    return queue.popleft()
        if self._chaos is not None:
            rng, choices, weights, ops = self._chaos
            if operation in ops or (delivers and "send" in ops) or ("any" in ops and generic):
                return rng.choices(choices, weights)[0]
        return None

    # -- LWA ---------------------------------------------------------------------------------

    def _lwa(self, request: _Incoming) -> _Reply:
        request.api = request.operation = "lwa"
        if request.method != "POST":
            request.violation(f"LWA takes POST, not {request.method}")
            return _lwa_reply(400, "invalid_request", "The request method is not supported")
        ctype = request.headers.get("content-type", "")
        if not ctype.lower().startswith("application/x-www-form-urlencoded"):
            request.violation(f"LWA takes a form-encoded body, not {ctype or 'no content type'}")
        form = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        required = ("grant_type", "refresh_token", "client_id", "client_secret")
        missing = [name for name in required if not form.get(name)]
        extra = sorted(set(form) - set(required))
        if missing or extra:
            request.violation(f"LWA form fields: missing {missing}, unexpected {extra}")
            return _lwa_reply(400, "invalid_request", "The request is missing a required parameter")
        if form["grant_type"] != "refresh_token":
            request.violation(
                f"grant_type {form['grant_type']!r}: Composer exchanges a refresh token"
            )
            return _lwa_reply(400, "unsupported_grant_type", "The grant type is not supported")
        with self._lock:
            seller = next(
                (
                    s
                    for s in self._sellers.values()
                    if s.client_id == form["client_id"] and s.client_secret == form["client_secret"]
                ),
                None,
            )
            request.seller = seller.name if seller else ""
            outcome = self._scripted("", "lwa", False, "lwa")
            request.outcome = outcome.label if outcome else "normal"
            if outcome is not None and outcome.kind == "error":
                return replace(
                    _lwa_reply(outcome.status, outcome.code, outcome.message), delay=outcome.delay
                )
            if outcome is not None and outcome.kind == "drop":
                return _Reply(drop=True, delay=outcome.delay)
            if seller is None:
                return _lwa_reply(401, "invalid_client", "Client authentication failed")
            if seller.refresh_token != form["refresh_token"] or seller.name in self._revoked:
                return _lwa_reply(
                    400,
                    "invalid_grant",
                    "The request has an invalid grant parameter : refresh_token",
                )
            token = f"Atza|fake-{secrets.token_urlsafe(64)}"
            self._tokens[token] = _Token(seller.name, time.monotonic() + self.token_lifetime)
        body = {
            "access_token": token,
            "refresh_token": seller.refresh_token,
            "token_type": "bearer",
            "expires_in": self.token_lifetime,
        }
        return _Reply(200, json.dumps(body).encode(), delay=outcome.delay if outcome else 0.0)

    # -- SP-API ------------------------------------------------------------------------------

    def _sp_api(self, request: _Incoming) -> _Reply:
        op, params = self._operation(request)
        if op is None:
            return self._sp_error(request, self._invalid(request))
        request.api, request.operation = op.api, op.id
        order_id = params.get("amazonOrderId", "")
        resource_type = ""
        if op.api == "uploads":
            match = UPLOAD_RESOURCE.fullmatch(params.get("resource", ""))
            if match is None:
                request.violation(
                    f"upload resource {params.get('resource')!r} is not a Messaging path "
                    "(messaging/v1/orders/{amazonOrderId}/messages/{type})"
                )
                return self._sp_error(request, self._invalid(request))
            order_id, resource_type = match["order"], match["type"]
        request.order_id = order_id
        marketplace_id = self._check_query(request, op)
        self._check_headers(request)
        payload = self._check_body(request, op)
        if request.violations:
            return self._sp_error(request, self._invalid(request))

        with self._lock:
            token = self._tokens.get(request.headers.get("x-amz-access-token", ""))
            if token is None or token.revoked:
                return self._sp_error(
                    request, replace(ACCESS_DENIED, details=_INVALID_TOKEN_DETAILS)
                )
            request.seller = token.seller
            if time.monotonic() >= token.expires:
                return self._sp_error(request, replace(ACCESS_DENIED, details=_EXPIRED_DETAILS))
            group = "uploads" if op.api == "uploads" else "messaging"
            bucket = self._buckets.get((token.seller, group))
            if bucket is None:
                rate, burst = (
                    (self.upload_rate, self.upload_burst)
                    if group == "uploads"
                    else (self.rate, self.burst)
                )
                bucket = self._buckets[(token.seller, group)] = _Bucket(rate, burst)
            if not bucket.take(request.time):
                request.outcome = "429 rate limit"
                return self._sp_error(request, THROTTLED)
            outcome = self._scripted(order_id, op.id, op.delivers, op.api)
            request.outcome = outcome.label if outcome else "normal"
            if outcome is not None and outcome.kind == "expire-token":
                token.expires = time.monotonic() - 1
                return self._sp_error(request, replace(ACCESS_DENIED, details=_EXPIRED_DETAILS))
            if outcome is not None and not outcome.delivers and outcome.kind != "normal":
                if outcome.kind == "drop":
                    return _Reply(drop=True, delay=outcome.delay)
                return replace(self._sp_error(request, outcome), delay=outcome.delay)
            if order_id and not ORDER_ID.fullmatch(order_id):
                return self._sp_error(request, INVALID_INPUT)
            reply = self._behave(
                request,
                op,
                order_id=order_id,
                marketplace_id=marketplace_id,
                payload=payload,
                resource_type=resource_type,
            )
            if outcome is not None:
                if outcome.kind == "drop":  # after delivery
                    reply = _Reply(drop=True)
                elif outcome.kind == "error":
                    reply = self._sp_error(request, outcome)
                reply.delay = outcome.delay
            return reply

    def _operation(self, request: _Incoming) -> tuple[Operation | None, dict[str, str]]:
        methods = []
        for op in operations():
            match = op.pattern.fullmatch(request.path)
            if match is None:
                continue
            if op.method == request.method:
                return op, {k: unquote(v) for k, v in match.groupdict().items()}
            methods.append(op.method)
        request.api = "unknown"
        request.operation = "unknown"
        if methods:
            request.violation(f"{request.method} {request.path}: the models have only {methods}")
        else:
            request.violation(f"{request.method} {request.path}: no such operation in the models")
        return None, {}

    def _check_query(self, request: _Incoming, op: Operation) -> str:
        names = [name for name, _ in request.query]
        for name in sorted(set(names) - set(op.query)):
            request.violation(
                f"query parameter {name!r} is not one of {op.id}'s {sorted(op.query)}"
            )
        for name, param in op.query.items():
            count = names.count(name)
            if param.get("required") and count == 0:
                request.violation(f"query parameter {name!r} is required by {op.id}")
            if count > 1:
                request.violation(f"query parameter {name!r} is given {count} times")
        values = [v for n, v in request.query if n == "marketplaceIds"]
        marketplace_id = values[0] if len(values) == 1 else ""
        if marketplace_id:
            ids = marketplace_id.split(",")
            found = KNOWN_MARKETPLACES.get(marketplace_id)
            if len(ids) > 1:
                request.violation(f"marketplaceIds holds {len(ids)} ids; the model allows 1")
            elif found is None:
                request.violation(f"marketplaceIds {marketplace_id!r} is not a marketplace id")
            elif self.region is not None and found.region is not self.region:
                request.violation(
                    f"marketplace {found.code} is served by the {found.region} host, not this "
                    f"{self.region} one"
                )
        md5 = [v for n, v in request.query if n == "contentMD5"]
        if op.api == "uploads" and len(md5) == 1 and _md5_bytes(md5[0]) is None:
            request.violation(f"contentMD5 {md5[0]!r} is not the base64 of a 16-byte MD5")
        return marketplace_id

    def _check_headers(self, request: _Incoming) -> None:
        headers = request.headers
        if not headers.get("x-amz-access-token"):
            request.violation("no x-amz-access-token header")
        if "authorization" in headers:
            request.violation("an Authorization header: the SP-API takes x-amz-access-token")
        # Ours: the User-Agent Amazon asks for, and x-amz-date as its guide lists it.
        agent = headers.get("user-agent", "")
        if not USER_AGENT.fullmatch(agent):
            request.violation(
                f"User-Agent {agent!r} is not 'App/1.0 (Language=Python/3.x; Platform=OS/x)'"
            )
        date = headers.get("x-amz-date", "")
        if not AMZ_DATE.fullmatch(date):
            request.violation(f"x-amz-date {date!r} is not like 20190430T123600Z")
        else:
            sent = datetime.strptime(date, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            if abs((datetime.now(UTC) - sent).total_seconds()) > 900:
                request.violation(f"x-amz-date {date} is more than 15 minutes from now")

    def _check_body(self, request: _Incoming, op: Operation) -> Any:
        if op.validator is None:
            if request.body:
                request.violation(f"{op.id} takes no body, got {len(request.body)} bytes")
            return None
        ctype = request.headers.get("content-type", "")
        if ctype.split(";")[0].strip().lower() != "application/json":
            request.violation(f"Content-Type {ctype!r}: {op.id} consumes application/json")
        try:
            payload = json.loads(request.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            request.violation(f"{op.id}'s body is not JSON")
            return None
        for problem in sorted(op.validator.iter_errors(payload), key=lambda e: list(e.path)):
            where = "/".join(str(p) for p in problem.path) or "body"
            request.violation(f"{op.id} {where}: {problem.message}")
        if isinstance(payload, dict):
            if not payload:
                request.violation(f"{op.id}: an empty message (ours: Composer never sends one)")
            text = payload.get("text")
            if isinstance(text, str) and HTML_TAG.search(text):
                request.violation(f"{op.id} text holds HTML; the model says 'Do not include HTML'")
        return payload

    @staticmethod
    def _invalid(request: _Incoming) -> Outcome:
        """Amazon's 400 for a broken contract, the violations in its details."""
        return replace(INVALID_INPUT, details="; ".join(request.violations))

    def _sp_error(self, request: _Incoming, outcome: Outcome) -> _Reply:
        entry = {"code": outcome.code, "message": outcome.message}
        if outcome.details:
            entry["details"] = outcome.details
        body = json.dumps({"errors": [entry]}).encode()
        headers = {"x-amzn-RequestId": str(uuid.uuid4())}
        if outcome.status in (400, 404):
            headers["x-amzn-RateLimit-Limit"] = str(self.rate)
        if request.outcome == "normal" and outcome.status != 200:
            request.outcome = f"{outcome.status} {outcome.code}"
        return _Reply(outcome.status, body, "application/json", headers)

    def _ok(self, status: int, body: Any, content_type: str = "application/hal+json") -> _Reply:
        headers = {"x-amzn-RequestId": str(uuid.uuid4()), "x-amzn-RateLimit-Limit": str(self.rate)}
        return _Reply(status, json.dumps(body).encode(), content_type, headers)

    def _behave(
        self,
        request: _Incoming,
        op: Operation,
        *,
        order_id: str,
        marketplace_id: str,
        payload: Any,
        resource_type: str,
    ) -> _Reply:
        """The operation's real behaviour (called under the lock)."""
        q = f"?marketplaceIds={marketplace_id}"
        if op.id == "getMessagingActionsForOrder":
            base = f"/messaging/v1/orders/{order_id}"
            types = self._actions.get(order_id, (*message_types(), "attributes"))
            links = [
                {
                    "href": f"{base}/attributes{q}"
                    if t == "attributes"
                    else f"{base}/messages/{t}{q}",
                    "name": t,
                }
                for t in types
            ]
            embedded = [
                {
                    "_links": {
                        "self": {"href": f"{base}/messages/{t}{q}"},
                        "schema": {"href": f"{base}/messages/{t}/schema{q}", "name": t},
                    }
                }
                for t in types
                if t != "attributes"
            ]
            return self._ok(
                200,
                {
                    "_links": {"self": {"href": base + q}, "actions": links},
                    "_embedded": {"actions": embedded},
                },
            )
        if op.id == "GetAttributes":
            return self._ok(200, {"buyer": {"locale": self._locales.get(order_id, "en-US")}})
        if op.id == "getSolicitationActionsForOrder":
            base = f"/solicitations/v1/orders/{order_id}"
            eligible = order_id not in self._review_ineligible and order_id not in self._solicited
            actions = (
                [{"href": f"{base}/solicitations/{SOLICITATION}{q}", "name": SOLICITATION}]
                if eligible
                else []
            )
            return self._ok(200, {"_links": {"self": {"href": base + q}, "actions": actions}})
        if op.id == "createUploadDestinationForResource":
            return self._new_destination(request, order_id, marketplace_id, resource_type)
        if op.api == "solicitations":
            if order_id in self._review_ineligible or order_id in self._solicited:
                return self._sp_error(request, NOT_ALLOWED)
            self._solicited.add(order_id)
            return self._deliver(
                request,
                order_id=order_id,
                marketplace_id=marketplace_id,
                message_type=SOLICITATION,
                text=None,
                payload={},
            )
        # A Messaging POST.
        allowed = self._actions.get(order_id, message_types())
        if op.message_type not in allowed:
            return self._sp_error(request, NOT_ALLOWED)
        files = []
        for item in payload.get("attachments", ()):
            dest = self._destinations.get(item["uploadDestinationId"])
            if (
                dest is None
                or dest.data is None
                or dest.order_id != order_id
                or dest.message_type != op.message_type
                or dest.seller != request.seller
            ):
                return self._sp_error(
                    request,
                    replace(
                        INVALID_INPUT,
                        message=f"Attachment with ID {item['uploadDestinationId']} does not exist.",
                    ),
                )
            files.append((item["fileName"], dest.data))
        return self._deliver(
            request,
            order_id=order_id,
            marketplace_id=marketplace_id,
            message_type=op.message_type,
            text=payload.get("text"),
            payload=payload,
            files=tuple(files),
        )

    def _deliver(
        self,
        request: _Incoming,
        *,
        order_id: str,
        marketplace_id: str,
        message_type: str,
        text: str | None,
        payload: Mapping[str, Any],
        files: tuple[tuple[str, bytes], ...] = (),
    ) -> _Reply:
        reply = self._ok(201, {})
        self._delivered.append(
            Delivery(
                time=request.time,
                seller=request.seller,
                order_id=order_id,
                marketplace_id=marketplace_id,
                message_type=message_type,
                text=text,
                attachments=files,
                body=payload,
                request_id=reply.headers["x-amzn-RequestId"],
            )
        )
        return reply

    def _new_destination(
        self, request: _Incoming, order_id: str, marketplace_id: str, message_type: str
    ) -> _Reply:
        found = KNOWN_MARKETPLACES[marketplace_id]
        if found.region is not Region.NA:
            # Amazon documents the Uploads API for NA only; EU sellers got 403 (notes.md 3.3).
            return self._sp_error(request, ACCESS_DENIED)
        if message_type not in _types_with_attachments():
            return self._sp_error(
                request, replace(INVALID_INPUT, message=f"{message_type} takes no attachments.")
            )
        md5 = dict(request.query)["contentMD5"]
        dest_id = str(uuid.uuid4())
        headers = {"Content-MD5": md5, "x-amz-server-side-encryption": "aws:kms"}
        content_type = dict(request.query).get("contentType")
        if content_type:
            headers["Content-Type"] = content_type
        signature = secrets.token_hex(32)
        dest = _Destination(
            id=dest_id,
            seller=request.seller,
            order_id=order_id,
            message_type=message_type,
            md5=md5,
            signature=signature,
            headers=headers,
            expires=time.monotonic() + 899,
        )
        self._destinations[dest_id] = dest
        signed = ";".join([*sorted(h.lower() for h in headers), "host"])
        url = (
            f"{self.base_url}{S3_PREFIX}{dest_id}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
            f"&X-Amz-Expires=899&X-Amz-SignedHeaders={signed.replace(';', '%3B')}"
            f"&X-Amz-Signature={signature}"
        )
        body = {"payload": {"uploadDestinationId": dest_id, "url": url, "headers": headers}}
        return self._ok(201, body, "application/json")

    # -- S3 ------------------------------------------------------------------------------------

    def _s3(self, request: _Incoming) -> _Reply:
        request.api = request.operation = "s3"
        dest_id = request.path[len(S3_PREFIX) :]
        query = dict(request.query)
        if "x-amz-access-token" in request.headers:
            request.violation("the SP-API access token was sent to the storage (S3)")
        with self._lock:
            dest = self._destinations.get(dest_id)
            if dest is not None:
                request.order_id = dest.order_id
                request.seller = dest.seller
            if request.method != "PUT":
                request.violation(f"the upload must be a PUT of the bytes, not {request.method}")
                return _s3_reply(
                    405,
                    "MethodNotAllowed",
                    "The specified method is not allowed against this resource.",
                )
            if dest is None or query.get("X-Amz-Signature") != dest.signature:
                request.violation("the upload went to an address this fake did not give")
                return _s3_reply(403, "AccessDenied", "Access Denied")
            outcome = self._scripted(dest.order_id, "s3", False, "s3")
            request.outcome = outcome.label if outcome else "normal"
            if outcome is not None and outcome.kind == "error":
                return replace(
                    _s3_reply(outcome.status, outcome.code, outcome.message), delay=outcome.delay
                )
            if outcome is not None and outcome.kind == "drop":
                return _Reply(drop=True, delay=outcome.delay)
            if time.monotonic() > dest.expires:
                return _s3_reply(403, "AccessDenied", "Request has expired")
            for name, value in dest.headers.items():
                if request.headers.get(name.lower()) != value:
                    request.violation(
                        f"the upload did not send the returned header {name}: {value!r} "
                        f"(sent {request.headers.get(name.lower())!r})"
                    )
            ctype = request.headers.get("content-type", "")
            if ctype.lower().startswith("multipart/"):
                request.violation("the upload is multipart; S3 takes the raw bytes")
            if request.violations and any("returned header" in v for v in request.violations):
                return _s3_reply(
                    403,
                    "SignatureDoesNotMatch",
                    "The request signature we calculated does not match the signature you "
                    "provided. Check your key and signing method.",
                )
            sent_md5 = request.headers.get("content-md5", "")
            digest = _md5_bytes(sent_md5)
            if digest is None:
                request.violation(f"Content-MD5 {sent_md5!r} is not the base64 of a 16-byte MD5")
                return _s3_reply(400, "InvalidDigest", "The Content-MD5 you specified was invalid.")
            if digest != hashlib.md5(request.body).digest():
                request.violation("Content-MD5 does not match the bytes uploaded")
                return _s3_reply(
                    400,
                    "BadDigest",
                    "The Content-MD5 you specified did not match what we received.",
                )
            dest.data = request.body
        etag = hashlib.md5(request.body).hexdigest()
        return _Reply(
            200, b"", "text/plain", {"ETag": f'"{etag}"'}, delay=outcome.delay if outcome else 0.0
        )


@dataclass(slots=True)
class _Incoming:
    """A request being handled, gathering what the records keep."""

    time: float
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: dict[str, str]
    body: bytes
    api: str = ""
    operation: str = ""
    order_id: str = ""
    seller: str = ""
    outcome: str = "normal"
    violations: list[str] = field(default_factory=list)

    def violation(self, reason: str) -> None:
        self.violations.append(reason)
        self.outcome = "violation"


def _md5_bytes(value: str) -> bytes | None:
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 16 else None


def _lwa_reply(status: int, code: str, description: str) -> _Reply:
    body = json.dumps({"error": code, "error_description": description}).encode()
    return _Reply(status, body, "application/json;charset=UTF-8")


def _s3_reply(status: int, code: str, message: str) -> _Reply:
    request_id = secrets.token_hex(8).upper()
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message>"
        f"<RequestId>{request_id}</RequestId><HostId>{secrets.token_urlsafe(24)}</HostId></Error>"
    ).encode()
    return _Reply(status, body, "application/xml", {"x-amz-request-id": request_id})


@pytest.fixture
def fake_amazon() -> Iterator[FakeAmazon]:
    """A running fake Amazon (1/s burst 5, any region), stopped after the test."""
    with FakeAmazon() as fake:
        yield fake
