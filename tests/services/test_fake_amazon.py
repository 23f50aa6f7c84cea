"""The fake Amazon itself: it must accept what Amazon accepts and refuse what Amazon would
refuse, or the SP-API tests prove nothing. These tests talk to it with plain ``requests``,
building each request by hand, good and bad."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import requests

from composer.services.marketplaces import Region
from tests.services.fake_amazon import (
    CREATED,
    DROP,
    MODELS_DIR,
    NOT_ALLOWED,
    SERVER_ERROR,
    THROTTLED,
    FakeAmazon,
    Seller,
    fake_amazon,  # noqa: F401  (the fixture, for test_the_fixture_gives_a_running_fake)
    message_types,
    slow,
)

ORDER = "123-1234567-1234567"
OTHER = "222-7654321-7654321"
US = "ATVPDKIKX0DER"
DE = "A1PA6795UKMFR9"
AGENT = "Composer-tests/1.0 (Language=Python/3.11; Platform=Linux/6.1)"
DATA = b"%PDF-1.4 an invoice"
MD5 = base64.b64encode(hashlib.md5(DATA).digest()).decode()


@pytest.fixture
def fake() -> Iterator[FakeAmazon]:
    with FakeAmazon(rate=100.0, burst=100) as running:
        yield running


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def token(fake: FakeAmazon, http: requests.Session, seller: Seller | None = None) -> str:
    seller = seller or fake.seller
    answer = http.post(
        fake.lwa_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": seller.refresh_token,
            "client_id": seller.client_id,
            "client_secret": seller.client_secret,
        },
        timeout=5,
    )
    assert answer.status_code == 200, answer.text
    value: str = answer.json()["access_token"]
    return value


def good_headers(access_token: str, **extra: str) -> dict[str, str]:
    return {
        "x-amz-access-token": access_token,
        "x-amz-date": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"),
        "User-Agent": AGENT,
        "Accept": "application/hal+json",
        **extra,
    }


def call(
    fake: FakeAmazon,
    http: requests.Session,
    method: str,
    path: str,
    *,
    params: Any = (("marketplaceIds", US),),
    headers: dict[str, str] | None = None,
    body: Any = None,
    raw: bytes | None = None,
    timeout: float = 5,
) -> requests.Response:
    if headers is None:
        headers = good_headers(token(fake, http))
        if method == "POST":
            headers["Content-Type"] = "application/json"
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    return http.request(
        method, fake.base_url + path, params=params, headers=headers, data=data, timeout=timeout
    )


def send(
    fake: FakeAmazon, http: requests.Session, message_type: str, body: Any, **kw: Any
) -> requests.Response:
    order = kw.pop("order", ORDER)
    return call(
        fake, http, "POST", f"/messaging/v1/orders/{order}/messages/{message_type}", body=body, **kw
    )


def destination(
    fake: FakeAmazon,
    http: requests.Session,
    message_type: str = "invoice",
    order: str = ORDER,
    **kw: Any,
) -> requests.Response:
    params = kw.pop(
        "params", {"marketplaceIds": US, "contentMD5": MD5, "contentType": "application/pdf"}
    )
    return call(
        fake,
        http,
        "POST",
        f"/uploads/2020-11-01/uploadDestinations/messaging/v1/orders/{order}/messages/{message_type}",
        params=params,
        **kw,
    )


def uploaded(fake: FakeAmazon, http: requests.Session, **kw: Any) -> str:
    payload = destination(fake, http, **kw).json()["payload"]
    put = http.put(payload["url"], data=DATA, headers=payload["headers"], timeout=5)
    assert put.status_code == 200, put.text
    dest_id: str = payload["uploadDestinationId"]
    return dest_id


def refused_as_invalid(answer: requests.Response, fake: FakeAmazon, words: str) -> None:
    """The fake answered 400 InvalidInput, as Amazon would, and recorded the violation."""
    assert answer.status_code == 400, answer.text
    [entry] = answer.json()["errors"]
    assert entry["code"] == "InvalidInput"
    assert words in entry["details"]
    assert any(words in reason for v in fake.violations for reason in v.reasons)
    assert fake.delivered == []


# -- the models -------------------------------------------------------------------------------


def test_the_vendored_models_are_amazons_unmodified() -> None:
    expected = {
        "messaging.json": "16b585e87a3b72c3637ffa0890e08acb4e2090864f1e8b4c1a9271a06700a8a1",
        "solicitations.json": "06762559b4577a63dace34a13d1f1ae680e0f5f82b865ad7c420eb28c125ac3b",
        "uploads_2020-11-01.json": (
            "202444dd425c24308366a4aaab28680dfb2ec70c25f4d9cd5441ea7d968ec3bd"
        ),
    }
    for name, digest in expected.items():
        assert hashlib.sha256((MODELS_DIR / name).read_bytes()).hexdigest() == digest
    assert (MODELS_DIR / "LICENSE").read_text().lstrip().startswith("Apache License")
    assert "Amazon.com" in (MODELS_DIR / "NOTICE").read_text()


def test_the_current_model_has_nine_message_types_and_not_the_removed_ones() -> None:
    assert sorted(message_types()) == sorted(
        [
            "confirmCustomizationDetails",
            "confirmDeliveryDetails",
            "legalDisclosure",
            "confirmOrderDetails",
            "confirmServiceDetails",
            "warranty",
            "digitalAccessKey",
            "unexpectedProblem",
            "invoice",
        ]
    )


# -- what it accepts ----------------------------------------------------------------------------


def test_a_good_message_is_created_and_recorded_as_delivered(
    fake: FakeAmazon, http: requests.Session
) -> None:
    answer = send(fake, http, "confirmOrderDetails", {"text": "Hello"})
    assert answer.status_code == 201, answer.text
    assert answer.headers["x-amzn-RequestId"]
    assert fake.violations == []
    [delivery] = fake.delivered
    assert (delivery.order_id, delivery.message_type, delivery.text) == (
        ORDER,
        "confirmOrderDetails",
        "Hello",
    )
    assert delivery.request_id == answer.headers["x-amzn-RequestId"]


def test_the_upload_flow_by_hand(fake: FakeAmazon, http: requests.Session) -> None:
    created = destination(fake, http)
    assert created.status_code == 201, created.text
    payload = created.json()["payload"]
    assert payload["headers"]["Content-MD5"] == MD5
    put = http.put(payload["url"], data=DATA, headers=payload["headers"], timeout=5)
    assert put.status_code == 200, put.text
    attachment = {"uploadDestinationId": payload["uploadDestinationId"], "fileName": "a.pdf"}
    answer = send(fake, http, "invoice", {"attachments": [attachment]})
    assert answer.status_code == 201, answer.text
    assert fake.violations == []
    assert fake.delivered[0].attachments == (("a.pdf", DATA),)


def test_reads_answer_in_amazons_hal_shape(fake: FakeAmazon, http: requests.Session) -> None:
    fake.set_actions(ORDER, ["confirmDeliveryDetails", "attributes"])
    fake.set_locale(ORDER, "fr-FR")
    actions = call(fake, http, "GET", f"/messaging/v1/orders/{ORDER}").json()
    assert [a["name"] for a in actions["_links"]["actions"]] == [
        "confirmDeliveryDetails",
        "attributes",
    ]
    assert actions["_links"]["actions"][0]["href"].endswith(
        f"/messages/confirmDeliveryDetails?marketplaceIds={US}"
    )
    attributes = call(fake, http, "GET", f"/messaging/v1/orders/{ORDER}/attributes").json()
    assert attributes == {"buyer": {"locale": "fr-FR"}}
    solicitations = call(fake, http, "GET", f"/solicitations/v1/orders/{ORDER}").json()
    assert [a["name"] for a in solicitations["_links"]["actions"]] == [
        "productReviewAndSellerFeedback"
    ]
    assert fake.violations == []


# -- what it refuses: paths, methods, query ------------------------------------------------


def test_an_unknown_path_is_refused(fake: FakeAmazon, http: requests.Session) -> None:
    answer = send(fake, http, "negativeFeedbackRemoval", {"text": "Please"})
    refused_as_invalid(answer, fake, "no such operation in the models")


def test_a_known_path_with_the_wrong_method_is_refused(
    fake: FakeAmazon, http: requests.Session
) -> None:
    answer = call(fake, http, "GET", f"/messaging/v1/orders/{ORDER}/messages/invoice")
    refused_as_invalid(answer, fake, "the models have only ['POST']")


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ((), "'marketplaceIds' is required"),
        ((("marketplaceIds", US), ("marketplaceIds", DE)), "given 2 times"),
        ((("marketplaceIds", f"{US},{DE}"),), "holds 2 ids"),
        ((("marketplaceIds", "US"),), "is not a marketplace id"),
        ((("marketplaceIds", US), ("MarketplaceIds", US)), "'MarketplaceIds' is not one of"),
    ],
)
def test_marketplace_ids_must_be_exactly_one_known_id(
    fake: FakeAmazon, http: requests.Session, params: Any, words: str
) -> None:
    answer = send(fake, http, "confirmOrderDetails", {"text": "Hello"}, params=params)
    refused_as_invalid(answer, fake, words)


def test_a_host_of_one_region_refuses_another_regions_marketplace(
    http: requests.Session,
) -> None:
    with FakeAmazon(region=Region.EU) as eu:
        answer = send(eu, http, "confirmOrderDetails", {"text": "Hello"})
        refused_as_invalid(answer, eu, "served by the NA host, not this EU one")
        ok = send(eu, http, "confirmOrderDetails", {"text": "Hallo"}, params={"marketplaceIds": DE})
        assert ok.status_code == 201


# -- headers and tokens -------------------------------------------------------------------------


def test_headers_amazon_and_composer_require(fake: FakeAmazon, http: requests.Session) -> None:
    access = token(fake, http)
    cases = [
        ({"x-amz-access-token": ""}, "no x-amz-access-token header"),
        ({"User-Agent": "python-requests/2.32"}, "is not 'App/1.0"),
        ({"x-amz-date": "2026-08-05T12:00:00Z"}, "is not like 20190430T123600Z"),
        ({"x-amz-date": "20200101T000000Z"}, "more than 15 minutes"),
        ({"Content-Type": "text/plain"}, "consumes application/json"),
        ({"Authorization": f"Bearer {access}"}, "takes x-amz-access-token"),
    ]
    for change, words in cases:
        fake.clear_records()
        headers = good_headers(access, **{"Content-Type": "application/json"}) | change
        answer = send(fake, http, "confirmOrderDetails", {"text": "Hello"}, headers=headers)
        refused_as_invalid(answer, fake, words)


def test_unknown_and_expired_tokens_get_amazons_403(
    fake: FakeAmazon, http: requests.Session
) -> None:
    headers = good_headers("Atza|not-issued-here", **{"Content-Type": "application/json"})
    answer = send(fake, http, "confirmOrderDetails", {"text": "Hello"}, headers=headers)
    assert answer.status_code == 403
    assert "revoked, malformed or invalid" in answer.json()["errors"][0]["details"]
    headers["x-amz-access-token"] = token(fake, http)
    fake.expire_tokens()
    answer = send(fake, http, "confirmOrderDetails", {"text": "Hello"}, headers=headers)
    assert answer.status_code == 403
    assert answer.json()["errors"][0]["details"] == "The access token you provided has expired."
    assert fake.violations == []  # an expired token is not a contract violation
    assert fake.delivered == []


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        ({"client_secret": "wrong"}, 401, "invalid_client"),
        ({"client_id": "amzn1.application-oa2-client.other"}, 401, "invalid_client"),
        ({"refresh_token": "Atzr|wrong"}, 400, "invalid_grant"),
    ],
)
def test_lwa_refuses_wrong_credentials_as_amazon_does(
    fake: FakeAmazon, http: requests.Session, form: dict[str, str], status: int, error: str
) -> None:
    seller = fake.seller
    good = {
        "grant_type": "refresh_token",
        "refresh_token": seller.refresh_token,
        "client_id": seller.client_id,
        "client_secret": seller.client_secret,
    }
    answer = http.post(fake.lwa_url, data=good | form, timeout=5)
    assert answer.status_code == status
    assert answer.json()["error"] == error
    assert answer.json()["error_description"]
    assert fake.violations == []


def test_lwa_refuses_malformed_requests(fake: FakeAmazon, http: requests.Session) -> None:
    seller = fake.seller
    form = {
        "grant_type": "refresh_token",
        "refresh_token": seller.refresh_token,
        "client_id": seller.client_id,
        "client_secret": seller.client_secret,
    }
    as_json = http.post(fake.lwa_url, json=form, timeout=5)
    assert as_json.status_code == 400
    missing = http.post(fake.lwa_url, data={"grant_type": "refresh_token"}, timeout=5)
    assert missing.json()["error"] == "invalid_request"
    other_grant = http.post(fake.lwa_url, data=form | {"grant_type": "password"}, timeout=5)
    assert other_grant.json()["error"] == "unsupported_grant_type"
    assert http.get(fake.lwa_url, timeout=5).status_code == 400
    assert len(fake.violations) == 4


def test_a_revoked_authorization_is_invalid_grant(fake: FakeAmazon, http: requests.Session) -> None:
    fake.revoke()
    seller = fake.seller
    answer = http.post(
        fake.lwa_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": seller.refresh_token,
            "client_id": seller.client_id,
            "client_secret": seller.client_secret,
        },
        timeout=5,
    )
    assert answer.json()["error"] == "invalid_grant"


# -- bodies ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message_type", "body", "words"),
    [
        ("confirmOrderDetails", {"text": "x" * 2001}, "is too long"),
        ("confirmCustomizationDetails", {"text": "x" * 801}, "is too long"),
        ("digitalAccessKey", {"text": "x" * 401}, "is too long"),
        ("confirmOrderDetails", {"text": ""}, "should be non-empty"),
        ("confirmOrderDetails", {"text": 42}, "is not of type 'string'"),
        ("invoice", {"text": "See attached"}, "Additional properties are not allowed"),
        ("invoice", {"attachments": []}, "should be non-empty"),
        (
            "invoice",
            {"attachments": [{"uploadDestinationId": "x", "fileName": "a.pdf"}] * 6},
            "is too long",
        ),
        ("invoice", {"attachments": [{"uploadDestinationId": "x"}]}, "'fileName' is a required"),
        (
            "warranty",
            {
                "attachments": [{"uploadDestinationId": "x", "fileName": "w.pdf"}],
                "coverageStartDate": "2026-13-01",
            },
            "is not a 'date-time'",
        ),
        ("confirmOrderDetails", {"text": "<p>Hello</p>"}, "Do not include HTML"),
        ("confirmOrderDetails", {}, "an empty message"),
        ("confirmOrderDetails", ["Hello"], "is not of type 'object'"),
    ],
)
def test_bodies_are_checked_against_the_model(
    fake: FakeAmazon, http: requests.Session, message_type: str, body: Any, words: str
) -> None:
    refused_as_invalid(send(fake, http, message_type, body), fake, words)


def test_a_body_that_is_not_json_is_refused(fake: FakeAmazon, http: requests.Session) -> None:
    answer = send(fake, http, "confirmOrderDetails", None, raw=b"text=Hello")
    refused_as_invalid(answer, fake, "is not JSON")


def test_a_bodiless_operation_takes_no_body(fake: FakeAmazon, http: requests.Session) -> None:
    answer = call(
        fake,
        http,
        "POST",
        f"/solicitations/v1/orders/{ORDER}/solicitations/productReviewAndSellerFeedback",
        body={"text": "Please review"},
    )
    refused_as_invalid(answer, fake, "takes no body")


def test_an_attachment_that_was_not_uploaded_does_not_exist(
    fake: FakeAmazon, http: requests.Session
) -> None:
    payload = destination(fake, http).json()["payload"]  # created, never uploaded
    cases = [
        (payload["uploadDestinationId"], "invoice", ORDER),
        (uploaded(fake, http, order=OTHER), "invoice", ORDER),  # another order's upload
        (uploaded(fake, http, message_type="legalDisclosure"), "invoice", ORDER),  # another type
        ("4e936e26-7b72-4b84-af27-e6baee1d546d", "invoice", ORDER),
    ]
    for dest_id, message_type, order in cases:
        body = {"attachments": [{"uploadDestinationId": dest_id, "fileName": "a.pdf"}]}
        answer = send(fake, http, message_type, body, order=order)
        assert answer.status_code == 400
        assert answer.json()["errors"][0]["message"] == (
            f"Attachment with ID {dest_id} does not exist."
        )
    assert fake.delivered == []
    assert fake.violations == []  # Amazon's refusal, not a broken contract


# -- uploads and the storage ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"marketplaceIds": US}, "'contentMD5' is required"),
        (
            {"marketplaceIds": US, "contentMD5": hashlib.md5(DATA).hexdigest()},
            "not the base64 of a 16-byte MD5",
        ),
    ],
)
def test_upload_destinations_need_the_base64_md5(
    fake: FakeAmazon, http: requests.Session, params: dict[str, str], words: str
) -> None:
    refused_as_invalid(destination(fake, http, params=params), fake, words)


def test_upload_destinations_are_for_messaging_types_that_take_files(
    fake: FakeAmazon, http: requests.Session
) -> None:
    answer = destination(fake, http, message_type="confirmOrderDetails")
    assert answer.status_code == 400
    assert "takes no attachments" in answer.json()["errors"][0]["message"]
    answer = call(
        fake,
        http,
        "POST",
        "/uploads/2020-11-01/uploadDestinations/aplus/2020-11-01/contentDocuments",
        params={"marketplaceIds": US, "contentMD5": MD5},
    )
    refused_as_invalid(answer, fake, "is not a Messaging path")


def test_upload_destinations_outside_north_america_are_denied(
    fake: FakeAmazon, http: requests.Session
) -> None:
    params = {"marketplaceIds": DE, "contentMD5": MD5, "contentType": "application/pdf"}
    answer = destination(fake, http, params=params)
    assert answer.status_code == 403
    assert answer.json()["errors"][0]["code"] == "Unauthorized"


def s3_code(answer: requests.Response) -> str:
    assert answer.headers["Content-Type"] == "application/xml"
    return answer.text.split("<Code>")[1].split("</Code>")[0]


def test_the_storage_takes_only_a_put_with_every_signed_header(
    fake: FakeAmazon, http: requests.Session
) -> None:
    payload = destination(fake, http).json()["payload"]
    url, returned = payload["url"], payload["headers"]

    as_post = http.post(url, data=DATA, headers=returned, timeout=5)
    assert (as_post.status_code, s3_code(as_post)) == (405, "MethodNotAllowed")

    as_form = http.put(url, files={"file": DATA}, headers={"Content-MD5": MD5}, timeout=5)
    assert as_form.status_code == 403  # no server-side-encryption header; also multipart

    without = {k: v for k, v in returned.items() if k != "x-amz-server-side-encryption"}
    missing = http.put(url, data=DATA, headers=without, timeout=5)
    assert (missing.status_code, s3_code(missing)) == (403, "SignatureDoesNotMatch")

    hex_md5 = returned | {"Content-MD5": hashlib.md5(DATA).hexdigest()}
    assert s3_code(http.put(url, data=DATA, headers=hex_md5, timeout=5)) in (
        "InvalidDigest",
        "SignatureDoesNotMatch",  # S3 checks the signed value first
    )

    changed = http.put(url, data=DATA + b"!", headers=returned, timeout=5)
    assert (changed.status_code, s3_code(changed)) == (400, "BadDigest")

    with_token = returned | {"x-amz-access-token": "Atza|leaked"}
    http.put(url, data=DATA, headers=with_token, timeout=5)

    forged = http.put(url.replace("X-Amz-Signature=", "X-Amz-Signature=0"), data=DATA, timeout=5)
    assert (forged.status_code, s3_code(forged)) == (403, "AccessDenied")

    reasons = [reason for v in fake.violations for reason in v.reasons]
    for words in (
        "not POST",
        "multipart",
        "x-amz-server-side-encryption",
        "does not match the bytes",
        "access token was sent to the storage",
        "did not give",
    ):
        assert any(words in r for r in reasons), words
    good = http.put(url, data=DATA, headers=returned, timeout=5)
    assert good.status_code == 200
    assert good.headers["ETag"] == f'"{hashlib.md5(DATA).hexdigest()}"'


# -- rate limits ----------------------------------------------------------------------------------


def test_it_enforces_one_per_second_burst_five_per_seller(http: requests.Session) -> None:
    with FakeAmazon() as amazon:
        other = amazon.add_seller("seller-2")
        first = good_headers(token(amazon, http))
        second = good_headers(token(amazon, http, other))
        path = f"/messaging/v1/orders/{ORDER}/attributes"
        statuses = [call(amazon, http, "GET", path, headers=first).status_code for _ in range(7)]
        assert statuses == [200] * 5 + [429] * 2
        throttled = call(amazon, http, "GET", path, headers=first)
        assert throttled.json()["errors"][0]["code"] == "QuotaExceeded"
        # Another seller has its own bucket.
        assert call(amazon, http, "GET", path, headers=second).status_code == 200
        assert amazon.max_requests_in_any_second() == 9
        assert amazon.max_requests_in_any_second(seller="seller-2") == 1
        assert amazon.outcome_counts("messaging") == {"normal": 6, "429 rate limit": 3}


def test_max_requests_in_any_second_counts_a_sliding_window() -> None:
    with FakeAmazon() as amazon:
        from tests.services.fake_amazon import RecordedRequest

        def at(t: float, api: str = "messaging") -> RecordedRequest:
            return RecordedRequest(
                t, "GET", "/", (), {}, b"", api, "op", ORDER, "s", 200, "", "", ()
            )

        amazon._requests.extend(
            [at(0.0), at(0.5), at(0.99), at(1.0), at(1.2), at(1.3), at(5.0), at(5.1, "lwa")]
        )
        assert amazon.max_requests_in_any_second() == 5  # 0.5 .. 1.3
        assert amazon.max_requests_in_any_second(api=None) == 5
        assert amazon.max_requests_in_any_second(api="lwa") == 1
        assert amazon.max_requests_in_any_second(window=0.5) == 4  # 0.99 .. 1.3


# -- scripting ------------------------------------------------------------------------------------


def test_scripts_apply_per_order_and_operation_most_specific_first(
    fake: FakeAmazon, http: requests.Session
) -> None:
    fake.script(SERVER_ERROR)  # any order's next send
    fake.script(NOT_ALLOWED, order_id=ORDER)  # this order's next send
    fake.script(THROTTLED, order_id=ORDER, operation="GetAttributes")
    attributes = call(fake, http, "GET", f"/messaging/v1/orders/{ORDER}/attributes")
    assert attributes.status_code == 429
    assert send(fake, http, "confirmOrderDetails", {"text": "a"}).status_code == 403
    assert send(fake, http, "confirmOrderDetails", {"text": "b"}, order=OTHER).status_code == 500
    assert send(fake, http, "confirmOrderDetails", {"text": "c"}).status_code == 201
    assert [d.text for d in fake.delivered] == ["c"]


def test_a_dropped_connection_gets_no_answer_and_a_slow_one_times_out(
    fake: FakeAmazon, http: requests.Session
) -> None:
    fake.script(DROP, slow(1.0))
    with pytest.raises(requests.ConnectionError):
        send(fake, http, "confirmOrderDetails", {"text": "dropped"})
    with pytest.raises(requests.ReadTimeout):
        send(fake, http, "confirmOrderDetails", {"text": "slow"}, timeout=0.3)
    sends = [r for r in fake.requests if r.operation == "createConfirmOrderDetails"]
    assert [(r.status, r.outcome) for r in sends] == [(0, "drop"), (201, "slow 1s, normal")]
    assert [d.text for d in fake.delivered] == ["slow"]  # slow: done, but the answer late


def test_chaos_is_reproducible_from_its_seed(http: requests.Session) -> None:
    def run(seed: int) -> list[int]:
        with FakeAmazon(rate=100.0, burst=100) as amazon:
            amazon.chaos(seed, {CREATED: 3, THROTTLED: 1, SERVER_ERROR: 1})
            headers = good_headers(token(amazon, http), **{"Content-Type": "application/json"})
            return [
                send(
                    amazon, http, "confirmOrderDetails", {"text": f"m{n}"}, headers=headers
                ).status_code
                for n in range(30)
            ]

    first = run(11)
    assert first == run(11)
    assert first != run(12)
    assert {201, 429, 500} == set(first)


def test_duplicates_are_reported(fake: FakeAmazon, http: requests.Session) -> None:
    for text in ("same", "same", "other"):
        send(fake, http, "confirmOrderDetails", {"text": text})
    assert fake.duplicates() == [(ORDER, "confirmOrderDetails", "same")]
    assert len(fake.deliveries(ORDER)) == 3


def test_the_solicitation_goes_once_per_order(fake: FakeAmazon, http: requests.Session) -> None:
    path = f"/solicitations/v1/orders/{ORDER}/solicitations/productReviewAndSellerFeedback"
    assert call(fake, http, "POST", path).status_code == 201
    again = call(fake, http, "POST", path)
    assert again.status_code == 403
    assert [d.message_type for d in fake.delivered] == ["productReviewAndSellerFeedback"]
    assert fake.violations == []


def test_an_order_id_amazon_does_not_know_is_invalid_input(
    fake: FakeAmazon, http: requests.Session
) -> None:
    answer = send(fake, http, "confirmOrderDetails", {"text": "Hello"}, order="badOrderId")
    assert answer.status_code == 400
    assert answer.json()["errors"][0]["code"] == "InvalidInput"
    assert fake.violations == []


def test_the_fixture_gives_a_running_fake(request: pytest.FixtureRequest) -> None:
    running = request.getfixturevalue("fake_amazon")
    assert isinstance(running, FakeAmazon)
    assert requests.get(running.lwa_url, timeout=5).status_code == 400
