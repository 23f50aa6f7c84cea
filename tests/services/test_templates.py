"""Placeholders as sellers bring them from the tools they used before, filled from the order
fields. The templates are written for these tests, in the styles those tools use."""

from __future__ import annotations

import pytest

from composer.services.templates import PLACEHOLDERS, fill_placeholders, placeholders_in

ORDER = {
    "buyer_name": "Anna Müller",
    "order_id": "302-4417865-2290147",
    "product": "Eichenholz-Schneidebrett, graviert",
    "delivery_date": "12.12.2026",
    "order_date": "02.12.2026",
    "marketplace": "amazon.de",
    "seller_name": "Holzwerk Krause",
}

# An HTML template exported from a helpdesk that writes {{PascalCase}} names.
HELPDESK_HTML = (
    "<p>Hallo {{BuyerName}},</p>"
    "<p>vielen Dank für Ihre Bestellung {{ OrderId }} ({{ProductName}}). Für die Gravur "
    "brauchen wir noch den Text.</p>"
    "<p>Viele Grüße<br>{{SellerName}}</p>"
)
# A plain-text template from a feedback tool with [Bracketed Names] and a real "[Important]".
FEEDBACK_TOOL_TEXT = (
    "[Important] Hello [Buyer Name],\n"
    "your order [Order ID] of [Product] was delivered on [Delivery Date].\n"
    "Kind regards, [Seller Name]"
)
# A template from a shop system written in German, with ${order.…} paths.
SHOP_SYSTEM_TEXT = (
    "Guten Tag ${order.kundenname}, Ihre Bestellung ${order.bestellnummer} vom "
    "${order.bestelldatum} wird am ${order.lieferdatum} geliefert."
)
MAILCHIMP_HTML = "<p>Hi *|BUYER_NAME|*, your *|PRODUCT|* ships soon.</p>"
PERCENT_TEXT = "Bonjour %BUYER_NAME%, votre commande %ORDER_ID% du %ORDER_DATE% est partie."


def test_the_order_fields_are_the_known_placeholders() -> None:
    assert {"buyer_name", "order_id", "product", "delivery_date", "order_date"} <= set(PLACEHOLDERS)
    assert {"marketplace", "seller_name"} <= set(PLACEHOLDERS)
    assert len(set(PLACEHOLDERS)) == len(PLACEHOLDERS)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (HELPDESK_HTML, ["buyer_name", "order_id", "product", "seller_name"]),
        (FEEDBACK_TOOL_TEXT, ["buyer_name", "order_id", "product", "delivery_date", "seller_name"]),
        (SHOP_SYSTEM_TEXT, ["buyer_name", "order_id", "order_date", "delivery_date"]),
        (MAILCHIMP_HTML, ["buyer_name", "product"]),
        (PERCENT_TEXT, ["buyer_name", "order_id", "order_date"]),
        ("Hi {buyer_name}, order {order_id}; {{{product}}} <<delivery-date>>", None),
    ],
    ids=["helpdesk", "feedback tool", "shop system", "mailchimp", "percent", "braces"],
)
def test_placeholders_are_found_in_every_style(text: str, names: list[str] | None) -> None:
    expected = names or ["buyer_name", "order_id", "product", "delivery_date"]
    assert placeholders_in(text) == expected


def test_each_placeholder_is_listed_once_in_order_of_appearance() -> None:
    text = "{order_id} – {{OrderID}} – %ORDER_ID% – [Order ID] – {buyer_name} – ${order.order_id}"
    assert placeholders_in(text) == ["order_id", "buyer_name"]


def test_unknown_placeholders_are_listed_by_their_own_name() -> None:
    text = "{gift_message} {{TrackingURL}} ${order.giftWrapType} [Important] [sic]"
    assert placeholders_in(text) == ["gift_message", "tracking_url", "gift_wrap_type"]


def test_what_is_not_a_placeholder() -> None:
    text = (
        "Save 50% on 20% of the items. [Important] [sic] {} { } {{#if x}} a{b c}d? "
        "Price: {9.99} <b>x</b> 100%ig sicher"
    )
    assert placeholders_in(text) == []


def test_filling_a_helpdesk_template() -> None:
    assert fill_placeholders(HELPDESK_HTML, ORDER, html=True) == (
        "<p>Hallo Anna Müller,</p>"
        "<p>vielen Dank für Ihre Bestellung 302-4417865-2290147 (Eichenholz-Schneidebrett, "
        "graviert). Für die Gravur brauchen wir noch den Text.</p>"
        "<p>Viele Grüße<br>Holzwerk Krause</p>"
    )


def test_filling_leaves_bracketed_text_that_is_no_placeholder() -> None:
    assert fill_placeholders(FEEDBACK_TOOL_TEXT, ORDER) == (
        "[Important] Hello Anna Müller,\n"
        "your order 302-4417865-2290147 of Eichenholz-Schneidebrett, graviert was delivered on "
        "12.12.2026.\n"
        "Kind regards, Holzwerk Krause"
    )


def test_filling_a_german_shop_system_template() -> None:
    assert fill_placeholders(SHOP_SYSTEM_TEXT, ORDER) == (
        "Guten Tag Anna Müller, Ihre Bestellung 302-4417865-2290147 vom 02.12.2026 wird am "
        "12.12.2026 geliefert."
    )


def test_filling_merge_tags_and_percent_names() -> None:
    assert fill_placeholders(MAILCHIMP_HTML, ORDER, html=True) == (
        "<p>Hi Anna Müller, your Eichenholz-Schneidebrett, graviert ships soon.</p>"
    )
    assert fill_placeholders(PERCENT_TEXT, ORDER) == (
        "Bonjour Anna Müller, votre commande 302-4417865-2290147 du 02.12.2026 est partie."
    )


def test_a_placeholder_without_a_value_stays_as_written() -> None:
    """So the seller sees what is still to fill in, and the checks still see that an order ID
    is meant to be there."""
    text = "Hi {{BuyerName}}, your order [Order ID] ({product}) and {gift_message}."
    filled = fill_placeholders(text, {"buyer_name": "Anna", "order_id": "", "product": ""})
    assert filled == "Hi Anna, your order [Order ID] ({product}) and {gift_message}."


def test_values_are_matched_by_name_whatever_the_spelling() -> None:
    text = "{order_id} / ${order.id} / ${order.order_id} / {{OrderNumber}} / [ORDER-ID]"
    for key in ("order_id", "Order ID", "orderId", "ORDER_ID", "order.order_id"):
        assert fill_placeholders(text, {key: "X"}) == "X / X / X / X / X"


def test_a_callers_own_placeholder_is_filled_too() -> None:
    text = "Your parcel: {{TrackingURL}} – [Gift Note]"
    values = {"tracking_url": "https://track.example/1Z999", "gift note": "Happy birthday"}
    assert fill_placeholders(text, values) == (
        "Your parcel: https://track.example/1Z999 – Happy birthday"
    )


def test_values_are_escaped_in_html() -> None:
    text = (
        '<p>{product}</p><p><a href="https://www.amazon.de/gp/your-orders?o={order_id}">x</a></p>'
    )
    values = {"product": 'Tisch <rund> & Stuhl "Lena"', "order_id": '1" onclick="x'}
    assert fill_placeholders(text, values, html=True) == (
        "<p>Tisch &lt;rund&gt; &amp; Stuhl &quot;Lena&quot;</p>"
        '<p><a href="https://www.amazon.de/gp/your-orders?o=1&quot; onclick=&quot;x">x</a></p>'
    )
    assert fill_placeholders("{product}", values) == 'Tisch <rund> & Stuhl "Lena"'


def test_angle_bracket_placeholders_in_an_html_body() -> None:
    """<<name>> typed into the editor is stored escaped in its HTML."""
    html = "<p>Hello &lt;&lt;buyer-name&gt;&gt;, <<Order Number>></p>"
    assert placeholders_in(html) == ["buyer_name", "order_id"]
    assert fill_placeholders(html, ORDER, html=True) == (
        "<p>Hello Anna Müller, 302-4417865-2290147</p>"
    )


def test_a_value_with_placeholder_syntax_is_not_filled_again() -> None:
    text = "{product} for {buyer_name}"
    values = {"product": "Mug {buyer_name}", "buyer_name": "Anna"}
    assert fill_placeholders(text, values) == "Mug {buyer_name} for Anna"


def test_names_in_the_marketplaces_languages() -> None:
    cases = {
        "{Bestellnummer}": "order_id",
        "{numéro_commande}": "order_id",
        "{numero_pedido}": "order_id",
        "{numero_ordine}": "order_id",
        "{Kundenname}": "buyer_name",
        "{KäuferName}": "buyer_name",
        "{nom_client}": "buyer_name",
        "{Produkt}": "product",
        "{fecha_entrega}": "delivery_date",
        "{date_commande}": "order_date",
        "{PurchaseDate}": "order_date",
    }
    for text, name in cases.items():
        assert placeholders_in(text) == [name], text


def test_text_without_placeholders_is_returned_as_it_is() -> None:
    text = "<p>Danke für Ihre Bestellung!</p>"
    assert fill_placeholders(text, ORDER, html=True) == text
    assert fill_placeholders(text, {}) == text
