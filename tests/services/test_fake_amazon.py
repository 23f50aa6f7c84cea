"""The fake Amazon itself: it must accept what Amazon accepts and refuse what Amazon would
refuse, or the SP-API tests prove nothing. These tests talk to it with plain ``requests``,
building each request by hand, good and bad."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from tests.services.fake_amazon import (
    MODELS_DIR,
    FakeAmazon,
    message_types,
)

ORDER = "123-1234567-1234567"
US = "ATVPDKIKX0DER"
DE = "A1PA6795UKMFR9"
AGENT = "Composer-tests/1.0 (Language=Python/3.11; Platform=Linux/6.1)"


@pytest.fixture
def fake() -> Iterator[FakeAmazon]:
    with FakeAmazon(rate=100.0, burst=100) as running:
        yield running


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def token(fake: FakeAmazon, http: requests.Session) -> str:
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
    assert answer.status_code == 200, answer.text
    value: str = answer.json()["access_token"]
    return value


def headers(access_token: str, **extra: str) -> dict[str, str]:
    from datetime import UTC, datetime

    return {
        "x-amz-access-token": access_token,
        "x-amz-date": datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"),
        "User-Agent": AGENT,
        "Accept": "application/hal+json",
        **extra,
    }


def post_message(
    fake: FakeAmazon,
    http: requests.Session,
    message_type: str,
    body: Any,
    *,
    params: Any = (("marketplaceIds", US),),
    order: str = ORDER,
) -> requests.Response:
    return http.post(
        f"{fake.base_url}/messaging/v1/orders/{order}/messages/{message_type}",
        params=params,
        data=json.dumps(body),
        headers=headers(token(fake, http), **{"Content-Type": "application/json"}),
        timeout=5,
    )


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


def test_a_good_message_is_created_and_recorded_as_delivered(
    fake: FakeAmazon, http: requests.Session
) -> None:
    answer = post_message(fake, http, "confirmOrderDetails", {"text": "Hello"})
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


def test_upload_flow_by_hand(fake: FakeAmazon, http: requests.Session) -> None:
    data = b"%PDF-1.4 invoice"
    md5 = base64.b64encode(hashlib.md5(data).digest()).decode()
    access = token(fake, http)
    created = http.post(
        f"{fake.base_url}/uploads/2020-11-01/uploadDestinations/"
        f"messaging/v1/orders/{ORDER}/messages/invoice",
        params={"marketplaceIds": US, "contentMD5": md5, "contentType": "application/pdf"},
        headers=headers(access, **{"Content-Type": "application/json"}),
        timeout=5,
    )
    assert created.status_code == 201, created.text
    payload = created.json()["payload"]
    put = http.put(payload["url"], data=data, headers=payload["headers"], timeout=5)
    assert put.status_code == 200, put.text
    answer = post_message(
        fake,
        http,
        "invoice",
        {
            "attachments": [
                {"uploadDestinationId": payload["uploadDestinationId"], "fileName": "a.pdf"}
            ]
        },
    )
    assert answer.status_code == 201, answer.text
    assert fake.violations == []
    assert fake.delivered[0].attachments == (("a.pdf", data),)
