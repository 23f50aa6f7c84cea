"""Detectors that work in any language: contacts, links, emoji. Each case is a message a
seller could write; the assertions are what must be flagged and what must be left alone."""

from __future__ import annotations

import pytest

from composer.policy import BodyFormat, Message, Severity, check

ORDER = "302-4417865-2290147"


def found(body: str, rule: str, **fields: object) -> list[str]:
    message = Message(body=body, subject=f"Order {ORDER}", **fields)  # type: ignore[arg-type]
    source = message.body
    return [source[f.start : f.end] for f in check(message).findings if f.rule == rule]


# --- phone numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "number"),
    [
        ("Call us on +1 202 555 0143 if anything is unclear.", "+1 202 555 0143"),
        ("Text 07700 900123 and we'll sort it out.", "07700 900123"),
        ("Appelez-nous au 01 99 00 12 34.", "01 99 00 12 34"),
        ("Rufen Sie uns an: 030 1234567.", "030 1234567"),
        ("Llámanos al 912 345 678.", "912 345 678"),
        ("Chiamaci al numero 02 1234 5678.", "02 1234 5678"),
        ("Ligue para (11) 91234-5678 ou chame no WhatsApp.", "(11) 91234-5678"),
        ("Bel ons op 020 123 4567.", "020 123 4567"),
        ("Prosimy o kontakt: +48 22 123 45 67.", "+48 22 123 45 67"),
        ("お問い合わせは03-1234-5678までお電話ください。", "03-1234-5678"),
        ("携帯：090-1234-5678", "090-1234-5678"),
        ("WhatsApp: 0044 7700 900123", "0044 7700 900123"),
    ],
)
def test_phone_numbers_in_every_marketplace_format(body: str, number: str) -> None:
    assert found(body, "phone-number") == [number]


@pytest.mark.parametrize(
    "body",
    [
        f"Your order {ORDER} ships today.",
        "Tracking number: 1Z 4E7 29A 03 6718 2245",
        "Sendungsnummer 00340434161234567890",
        "The total was £1 249.99 including VAT.",
        "Delivery on 12.11.2026 between 08:00 - 12:00.",
        "Invoice no. 2026-000123 is attached.",
        "ASIN B0EXAMPLE1, EAN 4006381333931.",
        "We deliver to 10115 Berlin and 75001 Paris.",
        "IBAN DE89 3704 0044 0532 0130 00",
        "お荷物の追跡番号は 4321-5678-9012 です。",
        "In allegato la fattura n. 2025/0418 del 14 marzo.",
        "Confirme o código postal completo (por exemplo, 4000-123).",
        "Op de plank staat 'Familie de Vries – sinds 2021 – 2012'.",
        "Valid for models made 2019-2023.",
        "O CEP informado é 30130-010, mas a rua não existe.",
        "お問い合わせ番号：3344-5566-7788",
    ],
)
def test_numbers_that_are_not_phone_numbers(body: str) -> None:
    assert found(body, "phone-number") == []


def test_carrier_number_is_a_warning_not_an_error() -> None:
    report = check(Message(body="DHL customer service: +49 228 4333112", subject=f"Order {ORDER}"))
    phones = [f for f in report.findings if f.rule == "phone-number"]
    assert [f.severity for f in phones] == [Severity.WARNING]


@pytest.mark.parametrize(
    "href",
    [
        "https://mail.example.com/unsubscribe?u=1",
        "https://loja.example.com.br/descadastrar",
        "https://shop.example.nl/uitschrijven",
        "https://sklep.example.pl/wypisz",
    ],
)
def test_opt_out_links_in_the_marketplaces_languages(href: str) -> None:
    body = f'Your invoice is attached. <a href="{href}">Manage</a>'
    assert found(body, "opt-out-link", format=BodyFormat.HTML) == [href]


def test_tel_and_whatsapp_links() -> None:
    body = '<a href="tel:+442079460018">Call</a> <a href="https://wa.me/447700900123">Chat</a>'
    assert len(found(body, "phone-number", format=BodyFormat.HTML)) == 2


# --- e-mail addresses --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "address"),
    [
        ("Send the photos to support@example.com.", "support@example.com"),
        ("Write to jane dot doe at example dot com.", "jane dot doe at example dot com"),
        (
            "Écrivez à service-client arobase example point fr.",
            "service-client arobase example point fr",
        ),
        ("Escríbenos a soporte arroba example punto es.", "soporte arroba example punto es"),
        (
            "Scrivici: assistenza chiocciola example punto it",
            "assistenza chiocciola example punto it",
        ),
        ("Kontakt: info (at) example.de", "info (at) example.de"),
        ("Napisz: sklep małpa example kropka pl", "sklep małpa example kropka pl"),
        ("メール：shop@example.co.jp", "shop@example.co.jp"),
    ],
)
def test_email_addresses_plain_and_obfuscated(body: str, address: str) -> None:
    assert found(body, "email-address") == [address]


@pytest.mark.parametrize(
    "body",
    [
        "Have a look at www.example.co.uk for the manual.",
        "We will meet the courier at noon.",
        "The sofa is available at amazon.co.uk.",
    ],
)
def test_prose_with_at_is_not_an_address(body: str) -> None:
    assert found(body, "email-address") == []


def test_mailto_link() -> None:
    body = '<a href="mailto:help@example.com">write to us</a>'
    assert found(body, "email-address", format=BodyFormat.HTML) == ["mailto:help@example.com"]


# --- emoji -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "emoji"),
    [
        ("Thanks 😊", ["😊"]),
        ("On its way 🚚📦", ["🚚", "📦"]),
        ("Made in 🇩🇪", ["🇩🇪"]),
        ("Step 1️⃣ first", ["1️⃣"]),
        ("Family 👨‍👩‍👧 photo", ["👨‍👩‍👧"]),
        ("Thumbs 👍🏽 up", ["👍🏽"]),
        ("Love it ❤️", ["❤️"]),
        ("ご注文ありがとうございます😊", ["😊"]),
    ],
)
def test_emoji_sequences(body: str, emoji: list[str]) -> None:
    assert found(body, "emoji") == emoji


def test_copyright_trademark_and_registered_are_not_emoji() -> None:
    assert found("© 2026 ExampleBrand® – KettlePro™", "emoji") == []
    assert found("KettlePro™️ with the emoji selector", "emoji") == ["™️"]


def test_emoticons_are_warnings() -> None:
    report = check(Message(body="Thanks :-) see you ;)", subject=f"Order {ORDER}"))
    emoticons = [f for f in report.findings if f.rule == "emoji"]
    assert len(emoticons) == 2
    assert {f.severity for f in emoticons} == {Severity.WARNING}


def test_emoji_fix_keeps_the_sentence() -> None:
    report = check(Message(body="Thanks 😊 please reply.", subject=f"Order {ORDER}"))
    (fix,) = [f.fix for f in report.findings if f.rule == "emoji"]
    assert fix is not None
    (edit,) = fix.edits
    body = "Thanks 😊 please reply."
    assert body[: edit.start] + edit.text + body[edit.end :] == "Thanks please reply."


# --- links -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        ("Manual: www.example.com/setup", {"external-link"}),
        ("More: bit.ly/3xyzabc", {"external-link"}),
        ("See http://www.example.com", {"external-link", "insecure-link"}),
        ("Your order: https://www.amazon.de/gp/your-account/order-history", set()),
        ("Your order: http://www.amazon.de/gp/css/order-history", {"insecure-link"}),
        ("Our store: https://www.amazon.com/stores/ExampleBrand/page/1", {"storefront-link"}),
        ("Short link: https://amzn.to/3abc", set()),
        ("Look at this order.It will arrive soon.", set()),
        ("The file manual.pdf is attached.", set()),
    ],
)
def test_links_by_host_and_scheme(body: str, rules: set[str]) -> None:
    message = Message(body=body, subject=f"Order {ORDER}")
    link_rules = {"external-link", "insecure-link", "storefront-link"}
    assert {f.rule for f in check(message).findings} & link_rules == rules


def test_a_link_to_any_marketplace_composer_sends_to_is_an_amazon_link() -> None:
    from composer.services.marketplaces import MARKETPLACES

    for market in MARKETPLACES:
        body = f"Your order: https://www.{market.store}/gp/your-account/order-history"
        assert found(body, "external-link") == [], market.store


def test_links_in_html_are_found_in_href_and_text_once() -> None:
    body = '<p>Guide: <a href="https://www.example.com/guide">https://www.example.com/guide</a></p>'
    assert found(body, "external-link", format=BodyFormat.HTML) == ["https://www.example.com/guide"]


def test_javascript_link_and_linked_logo() -> None:
    body = (
        '<a href="javascript:alert(1)">x</a>'
        '<a href="https://www.example.com"><img src="https://cdn.example.com/l.png" alt="Logo"></a>'
    )
    message = Message(body=body, subject=f"Order {ORDER}", format=BodyFormat.HTML)
    rules = [f.rule for f in check(message).findings]
    assert rules.count("external-link") == 2
    assert "logo-link" in rules


def test_needed_https_link_for_a_critical_purpose_is_allowed() -> None:
    body = (
        "Your wardrobe needs a delivery appointment. Please book your delivery slot with the "
        "carrier here: https://carrier.example.net/book?id=88"
    )
    assert found(body, "external-link") == []
    # The same link in a message with no purpose that needs it is an outside link.
    assert found(
        "Thanks for your order! https://carrier.example.net/book?id=88", "external-link"
    ) == ["https://carrier.example.net/book?id=88"]
