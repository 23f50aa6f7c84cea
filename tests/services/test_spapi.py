"""The SP-API client against the loopback fake Amazon, which checks every request against
Amazon's official models (tests/services/fake_amazon.py). Real HTTP, no mocks."""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from composer.policy.rulebook import load_rulebook
from composer.services.accounts import Account, AccountBook
from composer.services.credentials import Credentials
from composer.services.delivery import (
    DeliveryError,
    DeliveryUnknownError,
    Receipt,
    RefusedError,
    ThrottledError,
    UnreachableError,
)
from composer.services.marketplaces import LWA_TOKEN_URL, PRODUCTION_HOSTS, SANDBOX_HOSTS, Region
from composer.services.ratelimit import (
    MESSAGING_BURST,
    MESSAGING_RATE,
    SAFETY,
    Backoff,
    TokenBucket,
    limiter_for,
)
from composer.services.spapi import (
    AttachmentFile,
    InvalidMessageError,
    LwaError,
    NotAllowedError,
    SpApiClient,
    SpApiConfigError,
    default_user_agent,
)
from tests.services.fake_amazon import (
    ACCESS_DENIED,
    DROP,
    DROP_AFTER_DELIVERY,
    EXPIRE_TOKEN,
    INVALID_CLIENT,
    INVALID_GRANT,
    NOT_ALLOWED,
    S3_EXPIRED,
    SERVER_ERROR,
    THROTTLED,
    UNAVAILABLE,
    FakeAmazon,
    error,
    s3_error,
    slow,
)
from tests.services.keyring_memory import MemoryKeyring

ORDER = "111-2223334-4445556"
US = "ATVPDKIKX0DER"
DE = "A1PA6795UKMFR9"
PDF = AttachmentFile("invoice.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 8, "application/pdf")
PNG = AttachmentFile("photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 300, "image/png")
FAST_BACKOFF = Backoff(base=0.01, factor=2.0, cap=0.04, attempts=4)
MESSAGE_TYPES = load_rulebook().message_types


class Clock:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


class CountingBucket(TokenBucket):
    """A real token bucket that counts how often it was asked and drained."""

    def __init__(self, rate: float, burst: int) -> None:
        super().__init__(rate, burst)
        self.acquired = 0
        self.drained = 0

    def acquire(self) -> float:
        self.acquired += 1
        return super().acquire()

    def drain(self) -> None:
        self.drained += 1
        super().drain()


@pytest.fixture
def fake() -> Iterator[FakeAmazon]:
    with FakeAmazon(rate=200.0, burst=200) as running:
        yield running


def make_client(fake: FakeAmazon, **options: Any) -> SpApiClient:
    kwargs: dict[str, Any] = {
        **fake.client_kwargs(),
        "limiter": TokenBucket(200.0, 200),
        "timeout": 2.0,
        "backoff": FAST_BACKOFF,
    }
    kwargs.update(options)
    return SpApiClient(**kwargs)


@pytest.fixture
def client(fake: FakeAmazon) -> Iterator[SpApiClient]:
    with make_client(fake) as made:
        yield made


def sp_requests(fake: FakeAmazon, operation: str | None = None) -> list[Any]:
    return [
        r
        for r in fake.requests
        if r.api in ("messaging", "solicitations", "uploads")
        and (operation is None or r.operation == operation)
    ]


def lwa_requests(fake: FakeAmazon) -> list[Any]:
    return [r for r in fake.requests if r.api == "lwa"]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# -- the access token -----------------------------------------------------------------------


def test_the_access_token_is_fetched_once_and_reused(fake: FakeAmazon, client: SpApiClient) -> None:
    client.allowed_message_types(ORDER, US)
    client.buyer_locale(ORDER, US)
    client.send_message(ORDER, US, "confirmOrderDetails", text="Your order ships on Monday.")
    [lwa] = lwa_requests(fake)
    assert lwa.headers["content-type"].startswith("application/x-www-form-urlencoded")
    assert fake.violations == []
    tokens = {r.headers["x-amz-access-token"] for r in sp_requests(fake)}
    assert len(tokens) == 1


def test_the_token_is_refreshed_five_minutes_before_it_expires(fake: FakeAmazon) -> None:
    clock = Clock()
    with make_client(fake, clock=clock) as client:
        client.allowed_message_types(ORDER, US)
        clock.now += 3600 - 300 - 1  # 5 min 1 s left: still good
        client.allowed_message_types(ORDER, US)
        assert len(lwa_requests(fake)) == 1
        clock.now += 1  # five minutes left: fetch a new one
        client.allowed_message_types(ORDER, US)
        assert len(lwa_requests(fake)) == 2
    tokens = [r.headers["x-amz-access-token"] for r in sp_requests(fake)]
    assert tokens[0] == tokens[1] != tokens[2]


def test_a_token_amazon_says_expired_is_refreshed_once_and_the_call_repeated(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    client.allowed_message_types(ORDER, US)
    fake.expire_tokens()  # Amazon thinks otherwise than our clock
    receipt = client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
    assert isinstance(receipt, Receipt)
    sends = sp_requests(fake, "createConfirmOrderDetails")
    assert [r.status for r in sends] == [403, 201]
    assert len(lwa_requests(fake)) == 2
    assert len(fake.delivered) == 1


def test_a_401_also_refreshes_the_token(fake: FakeAmazon, client: SpApiClient) -> None:
    fake.script(error(401, "Unauthorized", "Unauthorized"), operation="GetAttributes")
    assert client.buyer_locale(ORDER, US) == "en-US"
    assert [r.status for r in sp_requests(fake)] == [401, 200]
    assert len(lwa_requests(fake)) == 2


def test_a_token_refused_twice_is_a_refusal_not_a_loop(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    fake.script(EXPIRE_TOKEN, EXPIRE_TOKEN, order_id=ORDER)
    with pytest.raises(RefusedError) as caught:
        client.send_message(ORDER, US, "unexpectedProblem", text="The parcel was damaged.")
    assert caught.value.code == "Unauthorized"
    assert "expired" in caught.value.message
    assert len(sp_requests(fake)) == 2
    assert fake.delivered == []


def test_a_403_that_is_not_about_the_token_does_not_refresh(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    fake.script(ACCESS_DENIED, order_id=ORDER)
    with pytest.raises(RefusedError) as caught:
        client.send_message(ORDER, US, "unexpectedProblem", text="The parcel was damaged.")
    assert type(caught.value) is RefusedError
    assert caught.value.code == "Unauthorized"
    assert "Access to requested resource is denied." in caught.value.message
    assert "Buyer Communication" in caught.value.message  # what to do about it
    assert len(lwa_requests(fake)) == 1


@pytest.mark.parametrize(
    ("outcome", "error_code", "needs"),
    [
        (INVALID_GRANT, "invalid_grant", "reauthorize"),
        (INVALID_CLIENT, "invalid_client", "new-secret"),
    ],
)
def test_login_with_amazon_refusals_say_what_the_user_must_do(
    fake: FakeAmazon, client: SpApiClient, outcome: Any, error_code: str, needs: str
) -> None:
    fake.script(outcome, operation="lwa")
    with pytest.raises(LwaError) as caught:
        client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
    err = caught.value
    assert isinstance(err, RefusedError)
    assert (err.error, err.code, err.needs) == (error_code, error_code, needs)
    assert err.description == outcome.message
    assert outcome.message in err.message  # LWA's error_description, verbatim
    assert sp_requests(fake) == []


def test_wrong_credentials_and_a_revoked_authorization_reach_lwa_as_amazon_answers(
    fake: FakeAmazon,
) -> None:
    with (
        make_client(fake, client_secret="amzn1.oa2-cs.v1.not-the-secret") as wrong,
        pytest.raises(LwaError) as caught,
    ):
        wrong.access_token()
    assert caught.value.needs == "new-secret"
    fake.revoke()
    with make_client(fake) as revoked, pytest.raises(LwaError) as caught:
        revoked.access_token()
    assert caught.value.needs == "reauthorize"
    assert "invalid grant" in caught.value.description


def test_login_with_amazon_unreachable(fake: FakeAmazon) -> None:
    lwa = f"http://127.0.0.1:{closed_port()}/auth/o2/token"
    with make_client(fake, lwa_url=lwa) as client, pytest.raises(UnreachableError):
        client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
    assert fake.requests == []


# -- hosts, accounts, headers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("region", "market", "sandbox"),
    [
        (Region.NA, "US", False),
        (Region.NA, "CA", True),
        (Region.EU, "DE", False),
        (Region.EU, "IN", True),
        (Region.FE, "JP", False),
        (Region.FE, "AU", True),
    ],
)
def test_an_account_gets_its_regions_host_production_or_sandbox(
    tmp_path: Path, region: Region, market: str, sandbox: bool
) -> None:
    book = AccountBook(tmp_path / "accounts.json", Credentials(MemoryKeyring()))
    name = f"shop {market}"
    account = book.add(
        Account(name=name, region=region, marketplace=market, sandbox=sandbox),
        {"lwa_client_id": "cid-1234", "lwa_client_secret": "cs-5678", "refresh_token": "rt-90"},
    )
    with SpApiClient.for_account(account, book) as client:
        hosts = SANDBOX_HOSTS if sandbox else PRODUCTION_HOSTS
        assert client.base_url == hosts[region]
        assert client.lwa_url == LWA_TOKEN_URL
        assert client.limiter is limiter_for(name)
        assert "cs-5678" not in repr(client)


def test_an_account_pointed_at_the_fake_sends_through_it(tmp_path: Path, fake: FakeAmazon) -> None:
    book = AccountBook(tmp_path / "accounts.json", Credentials(MemoryKeyring()))
    seller = fake.seller
    account = book.add(
        Account(
            name="fake shop",
            region=Region.NA,
            marketplace="US",
            sp_api_endpoint=fake.base_url,
            lwa_endpoint=fake.lwa_url,
        ),
        {
            "lwa_client_id": seller.client_id,
            "lwa_client_secret": seller.client_secret,
            "refresh_token": seller.refresh_token,
        },
    )
    with SpApiClient.for_account(account, book, TokenBucket(200.0, 200)) as client:
        client.send_message(ORDER, account.marketplace_id, "confirmDeliveryDetails", text="Hi")
    assert [d.message_type for d in fake.delivered] == ["confirmDeliveryDetails"]
    assert fake.violations == []


@pytest.mark.parametrize(
    "url",
    ["http://sellingpartnerapi-na.amazon.com", "ftp://127.0.0.1/", "https://", "http://10.0.0.1"],
)
def test_endpoints_that_would_leak_the_token_are_refused(url: str) -> None:
    with pytest.raises(SpApiConfigError):
        SpApiClient(
            base_url=url,
            lwa_url=LWA_TOKEN_URL,
            client_id="a",
            client_secret="b",
            refresh_token="c",
            limiter=TokenBucket(1, 1),
        )


def test_every_request_names_exactly_one_marketplace_and_carries_amazons_headers(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    client.allowed_message_types(ORDER, "US")  # a code is turned into the id
    client.buyer_locale(ORDER, US)
    client.send_message(ORDER, US, "invoice", attachments=[PDF])
    client.review_request_allowed(ORDER, US)
    client.request_review(ORDER, US)
    assert fake.violations == []
    calls = sp_requests(fake)
    assert len(calls) == 6
    for r in calls:
        assert [v for n, v in r.query if n == "marketplaceIds"] == [US]
        assert re.fullmatch(r"\d{8}T\d{6}Z", r.headers["x-amz-date"])
        assert r.headers["user-agent"] == default_user_agent()
        assert r.headers["accept"] in ("application/hal+json", "application/json")
        if r.method == "POST":
            assert r.headers["content-type"] == "application/json"
    assert re.fullmatch(
        r"Composer/\d+\.\d+\.\d+ \(Language=Python/\d+\.\d+\.\d+; Platform=[^;()]+/[^;()]+\)",
        default_user_agent(),
    )


def test_a_marketplace_of_another_region_is_refused_by_amazon_and_named() -> None:
    with FakeAmazon(region=Region.NA) as na_host, make_client(na_host) as client:
        with pytest.raises(RefusedError) as caught:
            client.allowed_message_types(ORDER, DE)
        assert caught.value.code == "InvalidInput"
        assert "EU" in caught.value.message


# -- reading what the order allows ----------------------------------------------------------------


def test_allowed_types_drop_removed_types_and_attributes(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    fake.set_actions(
        ORDER,
        [
            "confirmDeliveryDetails",
            "negativeFeedbackRemoval",
            "amazonMotors",
            "legalDisclosure",
            "attributes",
            "somethingNew",
        ],
    )
    assert client.allowed_message_types(ORDER, US) == {"confirmDeliveryDetails", "legalDisclosure"}


def test_buyer_locale(fake: FakeAmazon, client: SpApiClient) -> None:
    fake.set_locale(ORDER, "de-DE")
    assert client.buyer_locale(ORDER, US) == "de-DE"


def test_review_request_allowed_once_then_not(fake: FakeAmazon, client: SpApiClient) -> None:
    assert client.review_request_allowed(ORDER, US) is True
    receipt = client.request_review(ORDER, US)
    assert receipt.reference == fake.delivered[0].request_id
    assert fake.delivered[0].message_type == "productReviewAndSellerFeedback"
    assert client.review_request_allowed(ORDER, US) is False
    with pytest.raises(NotAllowedError):
        client.request_review(ORDER, US)
    assert len(fake.delivered) == 1


def test_review_request_not_allowed_outside_the_window(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    fake.set_review_eligible(ORDER, False)
    assert client.review_request_allowed(ORDER, US) is False


# -- every message type ---------------------------------------------------------------------------


BODIES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("confirmCustomizationDetails", {"text": "Which initials?"}, {"text": "Which initials?"}),
    (
        "confirmCustomizationDetails",
        {"text": "Is this the photo?", "attachments": [PNG]},
        {"text": "Is this the photo?", "attachments": [{"fileName": "photo.png"}]},
    ),
    (
        "confirmCustomizationDetails",
        {"attachments": [PNG]},
        {"attachments": [{"fileName": "photo.png"}]},
    ),
    ("confirmDeliveryDetails", {"text": "Which day suits you?"}, {"text": "Which day suits you?"}),
    ("confirmOrderDetails", {"text": "Size M or L?"}, {"text": "Size M or L?"}),
    (
        "confirmServiceDetails",
        {"text": "The fitter comes at 9."},
        {"text": "The fitter comes at 9."},
    ),
    ("unexpectedProblem", {"text": "The parcel was lost."}, {"text": "The parcel was lost."}),
    ("digitalAccessKey", {"text": "Key: ABCD-EFGH"}, {"text": "Key: ABCD-EFGH"}),
    (
        "digitalAccessKey",
        {"text": "Your key is in the file.", "attachments": [PDF]},
        {"text": "Your key is in the file.", "attachments": [{"fileName": "invoice.pdf"}]},
    ),
    ("legalDisclosure", {"attachments": [PDF]}, {"attachments": [{"fileName": "invoice.pdf"}]}),
    (
        "invoice",
        {"attachments": [PDF, PNG]},
        {"attachments": [{"fileName": "invoice.pdf"}, {"fileName": "photo.png"}]},
    ),
    (
        "warranty",
        {
            "attachments": [PDF],
            "coverage": (
                datetime(2026, 3, 1, tzinfo=UTC),
                datetime(2028, 3, 1, 23, 59, 59, tzinfo=timezone(timedelta(hours=-8))),
            ),
        },
        {
            "attachments": [{"fileName": "invoice.pdf"}],
            "coverageStartDate": "2026-03-01T00:00:00+00:00",
            "coverageEndDate": "2028-03-01T23:59:59-08:00",
        },
    ),
    ("warranty", {"attachments": [PDF]}, {"attachments": [{"fileName": "invoice.pdf"}]}),
]


@pytest.mark.parametrize(("message_type", "arguments", "expected"), BODIES)
def test_every_message_type_sends_the_body_amazons_model_accepts(
    fake: FakeAmazon,
    client: SpApiClient,
    message_type: str,
    arguments: dict[str, Any],
    expected: dict[str, Any],
) -> None:
    receipt = client.send_message(ORDER, US, message_type, **arguments)
    assert fake.violations == []
    [delivery] = fake.delivered
    assert receipt.reference == delivery.request_id
    assert receipt.reply.startswith("201")
    body = dict(delivery.body)
    for item in body.get("attachments", []):
        assert item.pop("uploadDestinationId")  # ids the fake made; checked by the fake
    assert body == expected
    sent = {a.name: a.data for a in arguments.get("attachments", [])}
    assert dict(delivery.attachments) == sent  # the bytes reached the buyer unchanged
    # Every current type of the model is covered by this table.
    assert {t for t, _, _ in BODIES} == {
        t.id for t in MESSAGE_TYPES.values() if t.api == "messaging"
    }


@pytest.mark.parametrize(
    "message_type", [t.id for t in MESSAGE_TYPES.values() if t.text_limit is not None]
)
def test_text_at_the_limit_goes_out_and_one_more_character_is_refused_here(
    fake: FakeAmazon, client: SpApiClient, message_type: str
) -> None:
    limit = MESSAGE_TYPES[message_type].text_limit
    assert limit is not None
    with pytest.raises(InvalidMessageError) as caught:
        client.send_message(ORDER, US, message_type, text="é" * (limit + 1))
    assert caught.value.code == "local"
    assert str(limit) in caught.value.message
    assert fake.requests == []  # refused before any request, the token exchange included
    client.send_message(ORDER, US, message_type, text="é" * limit)
    assert fake.violations == []  # Amazon's model agrees with the policy's limit
    assert len(fake.delivered) == 1


@pytest.mark.parametrize(
    "text",
    [
        "<p>Hello</p>",
        "Hello<br>there",
        "Hello <b>there</b>",
        '<a href="https://example.com">tracking</a>',
        "Hello&nbsp;there",
        "Fish &amp; chips",
        "Price&#8364;",
        "<!-- template -->Hello",
    ],
)
def test_html_is_refused_here(fake: FakeAmazon, client: SpApiClient, text: str) -> None:
    with pytest.raises(InvalidMessageError, match="HTML"):
        client.send_message(ORDER, US, "confirmOrderDetails", text=text)
    assert fake.requests == []


@pytest.mark.parametrize(
    "text", ["I <3 this", "a < b and c > d", "Size 3 > 2", "AT&T delivers", "R & D"]
)
def test_plain_text_with_angle_brackets_and_ampersands_is_not_html(
    fake: FakeAmazon, client: SpApiClient, text: str
) -> None:
    client.send_message(ORDER, US, "confirmOrderDetails", text=text)
    assert fake.delivered[0].text == text


@pytest.mark.parametrize(
    ("message_type", "arguments", "words"),
    [
        ("negativeFeedbackRemoval", {}, "removed"),
        ("amazonMotors", {"attachments": [PDF]}, "removed"),
        ("thankYou", {"text": "Thanks"}, "not an SP-API message type"),
        ("productReviewAndSellerFeedback", {}, "request_review"),
        ("confirmOrderDetails", {}, "needs text"),
        ("confirmOrderDetails", {"text": "   "}, "needs text"),
        ("confirmOrderDetails", {"text": "Hi", "attachments": [PDF]}, "no attachments"),
        ("invoice", {}, "at least 1 attachment"),
        ("invoice", {"attachments": [PDF] * 6}, "at most 5"),
        ("legalDisclosure", {}, "at least 1 attachment"),
        ("invoice", {"text": "See attached", "attachments": [PDF]}, "attachments only"),
        ("confirmCustomizationDetails", {}, "needs text"),
        (
            "invoice",
            {"attachments": [AttachmentFile("invoice", b"x", "application/pdf")]},
            "extension",
        ),
        (
            "invoice",
            {"attachments": [AttachmentFile("a.pdf", b"", "application/pdf")]},
            "empty",
        ),
        ("invoice", {"attachments": [AttachmentFile("a.pdf", b"x", "pdf")]}, "content type"),
        (
            "invoice",
            {
                "attachments": [
                    AttachmentFile("a.pdf", b"x" * (11 * 1024 * 1024), "application/pdf")
                ]
            },
            "MB",
        ),
        (
            "warranty",
            {"attachments": [PDF], "coverage": (datetime(2026, 1, 1), datetime(2027, 1, 1))},
            "time zone",
        ),
        (
            "warranty",
            {
                "attachments": [PDF],
                "coverage": (datetime(2027, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, tzinfo=UTC)),
            },
            "ends before",
        ),
        (
            "invoice",
            {
                "attachments": [PDF],
                "coverage": (datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)),
            },
            "Only a warranty",
        ),
    ],
)
def test_bad_messages_are_refused_before_any_request(
    fake: FakeAmazon, client: SpApiClient, message_type: str, arguments: dict[str, Any], words: str
) -> None:
    with pytest.raises(InvalidMessageError, match=words) as caught:
        client.send_message(ORDER, US, message_type, **arguments)
    assert caught.value.code == "local"
    assert isinstance(caught.value, RefusedError)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("order", "market"),
    [("../../uploads", US), ("123 456", US), ("", US), (ORDER, "XX"), (ORDER, "")],
)
def test_bad_order_ids_and_marketplaces_are_refused_before_any_request(
    fake: FakeAmazon, client: SpApiClient, order: str, market: str
) -> None:
    with pytest.raises(InvalidMessageError):
        client.send_message(order, market, "confirmOrderDetails", text="Hello")
    with pytest.raises(InvalidMessageError):
        client.allowed_message_types(order, market)
    assert fake.requests == []


# -- attachments ----------------------------------------------------------------------------------


def test_attachments_take_amazons_upload_route(fake: FakeAmazon, client: SpApiClient) -> None:
    client.send_message(ORDER, US, "invoice", attachments=[PDF, PNG])
    assert fake.violations == []
    kinds = [(r.api, r.method) for r in fake.requests if r.api != "lwa"]
    assert kinds == [
        ("uploads", "POST"),
        ("s3", "PUT"),
        ("uploads", "POST"),
        ("s3", "PUT"),
        ("messaging", "POST"),
    ]
    destinations = sp_requests(fake, "createUploadDestinationForResource")
    puts = [r for r in fake.requests if r.api == "s3"]
    for item, dest, put in zip([PDF, PNG], destinations, puts, strict=True):
        import base64
        import hashlib

        md5 = base64.b64encode(hashlib.md5(item.data).digest()).decode()
        assert dest.path.endswith(
            f"/uploadDestinations/messaging/v1/orders/{ORDER}/messages/invoice"
        )
        assert dict(dest.query) == {
            "marketplaceIds": US,
            "contentMD5": md5,
            "contentType": item.content_type,
        }
        assert put.body == item.data  # the raw bytes, not a form
        assert put.headers["content-md5"] == md5
        assert put.headers["x-amz-server-side-encryption"] == "aws:kms"
        assert put.headers["content-type"] == item.content_type  # a returned header, resent
        assert "x-amz-access-token" not in put.headers  # the token stays with the SP-API


@pytest.mark.parametrize(
    ("outcome", "code", "words"),
    [
        (S3_EXPIRED, "AccessDenied", "expires"),
        (
            s3_error(
                400, "BadDigest", "The Content-MD5 you specified did not match what we received."
            ),
            "BadDigest",
            "changed",
        ),
        (
            s3_error(400, "InvalidDigest", "The Content-MD5 you specified was invalid."),
            "InvalidDigest",
            "checksum",
        ),
    ],
)
def test_storage_errors_are_read_from_s3s_xml_and_nothing_is_sent(
    fake: FakeAmazon, client: SpApiClient, outcome: Any, code: str, words: str
) -> None:
    fake.script(outcome, operation="s3")
    with pytest.raises(RefusedError) as caught:
        client.send_message(ORDER, US, "invoice", attachments=[PDF])
    assert caught.value.code == code
    assert words in caught.value.message
    assert outcome.message in caught.value.message
    assert "Nothing was sent to the buyer" in caught.value.message
    assert sp_requests(fake, "sendInvoice") == []
    assert fake.delivered == []


def test_a_storage_outage_is_safe_to_send_again(fake: FakeAmazon, client: SpApiClient) -> None:
    fake.script(s3_error(503, "SlowDown", "Please reduce your request rate."), operation="s3")
    with pytest.raises(UnreachableError, match="SlowDown"):
        client.send_message(ORDER, US, "invoice", attachments=[PDF])
    assert fake.delivered == []
    client.send_message(ORDER, US, "invoice", attachments=[PDF])  # a new destination
    assert len(fake.delivered) == 1
    assert fake.violations == []


def test_attachments_outside_north_america_are_explained(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    with pytest.raises(RefusedError) as caught:
        client.send_message(ORDER, DE, "invoice", attachments=[PDF])
    message = caught.value.message
    assert "North-American" in message
    assert "EU" in message
    assert "without attachments" in message
    assert caught.value.code == "Unauthorized"
    assert fake.delivered == []
    # Text-only types are unaffected there.
    client.send_message(ORDER, DE, "confirmOrderDetails", text="Welche Größe?")
    assert len(fake.delivered) == 1


# -- Amazon's answers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outcome",
    [
        error(400, "InvalidInput", "Invalid Input", "text: too long"),
        error(404, "NotFound", "Order not found"),
        error(413, "RequestEntityTooLarge", "The request is too large."),
        error(415, "UnsupportedMediaType", "The content type is not supported."),
        error(403, "Unauthorized", "Access to requested resource is denied."),
    ],
)
def test_refusals_carry_amazons_code_message_and_request_id(
    fake: FakeAmazon, client: SpApiClient, outcome: Any
) -> None:
    fake.script(outcome, order_id=ORDER)
    with pytest.raises(RefusedError) as caught:
        client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
    err = caught.value
    assert type(err) is RefusedError
    assert err.code == outcome.code
    assert outcome.message in err.message
    [sent] = sp_requests(fake)
    assert err.reference == sent.request_id != ""
    assert err.reference in err.message
    assert fake.delivered == []


def test_invalid_order_and_template_combination_is_not_allowed(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    fake.script(NOT_ALLOWED, order_id=ORDER)
    with pytest.raises(NotAllowedError) as caught:
        client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
    assert caught.value.code == "Unauthorized"
    assert "Invalid amazonOrderId and template combination" in caught.value.message


def test_a_type_the_order_does_not_offer_is_not_allowed_by_amazon(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    fake.set_actions(ORDER, ["confirmDeliveryDetails"])
    with pytest.raises(NotAllowedError):
        client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
    assert fake.delivered == []


def test_429_is_retried_within_the_limiter_then_sent_once(fake: FakeAmazon) -> None:
    limiter = CountingBucket(200.0, 200)
    waits: list[float] = []
    with make_client(fake, limiter=limiter, sleep=waits.append) as client:
        fake.script(THROTTLED, THROTTLED, order_id=ORDER)
        client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
    assert [r.status for r in sp_requests(fake)] == [429, 429, 201]
    assert limiter.acquired == 3  # every try took a token
    assert limiter.drained == 2  # and each 429 emptied the bucket
    assert len(waits) == 2
    assert FAST_BACKOFF.nominal(0) / 2 <= waits[0] <= FAST_BACKOFF.nominal(0)
    assert FAST_BACKOFF.nominal(1) / 2 <= waits[1] <= FAST_BACKOFF.nominal(1)
    assert len(fake.delivered) == 1


def test_429_after_every_attempt_is_throttled_with_a_wait(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    fake.script(*[THROTTLED] * FAST_BACKOFF.attempts, order_id=ORDER)
    with pytest.raises(ThrottledError) as caught:
        client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
    assert caught.value.code == "QuotaExceeded"
    assert caught.value.wait > 0
    assert len(sp_requests(fake)) == FAST_BACKOFF.attempts
    assert fake.delivered == []


def test_amazons_own_rate_limit_is_respected_by_the_accounts_limiter() -> None:
    # Amazon's real plan (1/s, burst 5) against the account's bucket: no 429, never more
    # than five requests in any one second. Seven sends: five at once, two a second apart.
    limiter = TokenBucket(MESSAGING_RATE * SAFETY, MESSAGING_BURST)
    with FakeAmazon() as amazon, make_client(amazon, limiter=limiter) as client:
        client.access_token()
        for n in range(7):
            client.send_message(f"111-2223334-000000{n}", US, "confirmOrderDetails", text="Hi")
        assert [r.status for r in sp_requests(amazon)] == [201] * 7
        assert amazon.max_requests_in_any_second() == 5


def test_a_client_faster_than_amazon_is_throttled_and_recovers() -> None:
    with FakeAmazon(rate=20.0, burst=2) as amazon, make_client(amazon) as client:
        for n in range(6):
            client.send_message(f"111-2223334-000000{n}", US, "confirmOrderDetails", text="Hi")
        statuses = [r.status for r in sp_requests(amazon)]
        assert 429 in statuses
        assert statuses.count(201) == 6
        assert amazon.duplicates() == []


@pytest.mark.parametrize(
    "outcome",
    [SERVER_ERROR, UNAVAILABLE, DROP, DROP_AFTER_DELIVERY, slow(1.0)],
    ids=lambda o: o.label,
)
def test_a_post_that_may_have_gone_out_is_uncertain_and_never_repeated(
    fake: FakeAmazon, outcome: Any
) -> None:
    fake.script(outcome, order_id=ORDER)
    with make_client(fake, timeout=0.3) as client, pytest.raises(DeliveryUnknownError) as caught:
        client.send_message(ORDER, US, "unexpectedProblem", text="The parcel was damaged.")
    assert len(sp_requests(fake, "createUnexpectedProblem")) == 1  # exactly one attempt
    assert "may or may not" in caught.value.message
    if outcome.kind == "error":
        assert caught.value.code == outcome.code
        assert caught.value.reference


def test_a_review_request_that_may_have_gone_out_is_uncertain(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    fake.script(DROP_AFTER_DELIVERY, order_id=ORDER)
    with pytest.raises(DeliveryUnknownError, match="still allowed"):
        client.request_review(ORDER, US)
    assert len(sp_requests(fake, "createProductReviewAndSellerFeedbackSolicitation")) == 1
    assert client.review_request_allowed(ORDER, US) is False  # how the user finds out


def test_a_connection_that_cannot_be_opened_is_unreachable(fake: FakeAmazon) -> None:
    base = f"http://127.0.0.1:{closed_port()}"
    with make_client(fake, base_url=base) as client:
        with pytest.raises(UnreachableError) as caught:
            client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
        assert "Nothing was sent" in caught.value.message
        with pytest.raises(UnreachableError):
            client.allowed_message_types(ORDER, US)


def test_a_connect_timeout_is_unreachable_not_uncertain(fake: FakeAmazon) -> None:
    # A listening socket whose accept queue is full: the SYN goes unanswered, the connection
    # never opens, so the message cannot have left.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(0)
        port = server.getsockname()[1]
        fillers = [socket.socket() for _ in range(3)]
        try:
            for filler in fillers:
                filler.setblocking(False)
                with contextlib.suppress(BlockingIOError):
                    filler.connect(("127.0.0.1", port))
            base = f"http://127.0.0.1:{port}"
            with make_client(fake, base_url=base, timeout=0.3) as client:
                client.access_token()  # from the fake's LWA, which answers
                with pytest.raises(UnreachableError, match="timed out"):
                    client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
        finally:
            for filler in fillers:
                filler.close()


@pytest.mark.parametrize(
    "failure", [SERVER_ERROR, UNAVAILABLE, DROP, slow(1.0)], ids=lambda o: o.label
)
def test_reads_are_tried_again_after_a_failure(fake: FakeAmazon, failure: Any) -> None:
    fake.script(failure, operation="getMessagingActionsForOrder")
    with make_client(fake, timeout=0.3) as client:
        assert "confirmOrderDetails" in client.allowed_message_types(ORDER, US)
    assert len(sp_requests(fake)) == 2


def test_reads_give_up_after_the_retries(fake: FakeAmazon) -> None:
    fake.script(SERVER_ERROR, UNAVAILABLE, SERVER_ERROR, operation="GetAttributes")
    with make_client(fake, retries=2) as client, pytest.raises(UnreachableError) as caught:
        client.buyer_locale(ORDER, US)
    assert caught.value.code == "InternalFailure"
    assert len(sp_requests(fake)) == 3


def test_upload_destination_failures_are_tried_again_and_never_uncertain(
    fake: FakeAmazon, client: SpApiClient
) -> None:
    fake.script(SERVER_ERROR, operation="createUploadDestinationForResource")
    client.send_message(ORDER, US, "invoice", attachments=[PDF])
    assert len(fake.delivered) == 1
    fake.script(*[UNAVAILABLE] * 3, operation="createUploadDestinationForResource")
    with pytest.raises(UnreachableError, match="Nothing was sent to the buyer"):
        client.send_message(ORDER, US, "invoice", attachments=[PDF])
    assert len(fake.delivered) == 1


# -- secrets ------------------------------------------------------------------------------------


def test_no_secret_in_any_error_repr_or_log(
    fake: FakeAmazon, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    errors: list[DeliveryError] = []
    scenarios = [
        ([INVALID_GRANT], "lwa"),
        ([INVALID_CLIENT], "lwa"),
        ([EXPIRE_TOKEN, EXPIRE_TOKEN], "send"),
        ([ACCESS_DENIED], "send"),
        ([SERVER_ERROR], "send"),
        ([DROP], "send"),
        ([slow(1.0)], "send"),
        ([S3_EXPIRED], "s3"),
        ([THROTTLED], "send"),
    ]
    with make_client(fake, timeout=0.3, backoff=Backoff(base=0.01, attempts=1)) as client:
        for outcomes, operation in scenarios:
            fake.script(*outcomes, operation=operation)
            try:
                client.send_message(ORDER, US, "invoice", attachments=[PDF])
            except DeliveryError as exc:
                errors.append(exc)
        closed = f"http://127.0.0.1:{closed_port()}"
        with make_client(fake, base_url=closed) as unreachable:
            try:
                unreachable.send_message(ORDER, US, "confirmOrderDetails", text="Hi")
            except DeliveryError as exc:
                errors.append(exc)
        client_repr = repr(client)
    assert len(errors) == len(scenarios) + 1
    secrets = fake.secrets_of()
    assert len(secrets) > 3  # the credentials and the tokens issued
    texts = [client_repr, caplog.text, *(r.getMessage() for r in caplog.records)]
    for err in errors:
        texts += [str(err), repr(err), err.message, err.code, err.reference, repr(err.args)]
        assert err.__cause__ is None
        assert err.__context__ is None  # no requests exception, holding the token, behind it
        assert not isinstance(err, LwaError) or err.description not in secrets
    for text in texts:
        for secret in secrets:
            assert secret not in text


def test_a_secret_amazon_echoes_back_is_redacted(fake: FakeAmazon, client: SpApiClient) -> None:
    seller = fake.seller
    fake.script(
        error(400, "InvalidInput", f"Bad client {seller.client_id} / {seller.client_secret}"),
        order_id=ORDER,
    )
    with pytest.raises(RefusedError) as caught:
        client.send_message(ORDER, US, "confirmOrderDetails", text="Hello")
    assert seller.client_secret not in caught.value.message
    assert seller.client_id not in caught.value.message
    assert "[redacted]" in caught.value.message


def test_attachment_repr_shows_no_content() -> None:
    assert (
        repr(PDF) == f"AttachmentFile(name='invoice.pdf', size={PDF.size}, type='application/pdf')"
    )


def test_the_client_can_be_shared_by_threads_for_its_token(fake: FakeAmazon) -> None:
    with make_client(fake) as client:
        tokens: list[str] = []
        threads = [
            threading.Thread(target=lambda: tokens.append(client.access_token())) for _ in range(8)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(set(tokens)) == 1
    assert len(lwa_requests(fake)) == 1
