"""Placeholders in templates, and filling them in from the order fields.

Sellers bring templates from the tools they used before, each with its own placeholder style:
``{buyer_name}``, ``{{BuyerName}}``, ``{{{buyer_name}}}``, ``${order.buyer_name}``,
``%BUYER_NAME%``, ``[Buyer Name]``, ``<<buyer-name>>`` and Mailchimp's ``*|BUYER_NAME|*``.
All are recognised, and a name matches whatever its spelling: case, separators and camelCase
do not count (``OrderId``, ``ORDER_ID``, ``order-id`` and ``[Order ID]`` are all ``order_id``),
a dotted path matches by its tail (``${order.order_id}``, ``${order.id}``), and a few names
other tools use, in English and in the marketplaces' languages, are aliases
(``{order_number}``, ``{Bestellnummer}`` and ``{numero_commande}`` are ``order_id``).

Square brackets are also ordinary punctuation ("[Important]", "[sic]"), and so are single
braces around words with spaces, so those count as placeholders only when the name is one of
the known names or aliases, or (when filling) has a value.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from html import escape

# The placeholders the order fields (and the seller's own settings) fill in.
PLACEHOLDERS: tuple[str, ...] = (
    "buyer_name",
    "order_id",
    "product",
    "order_date",
    "delivery_date",
    "ship_date",
    "carrier",
    "tracking_number",
    "marketplace",
    "seller_name",
)

# Other names for them, as other tools and sellers in other languages write them. Compared in
# compact form (see _compact), so each is listed once, however it is spelled.
_ALIASES: dict[str, tuple[str, ...]] = {
    "buyer_name": (
        "buyer",
        "customer",
        "customer_name",
        "recipient_name",
        "kundenname",
        "käufername",
        "kaeufername",
        "nom_client",
        "nombre_cliente",
        "nombre_comprador",
        "nome_cliente",
        "naam_klant",
        "klantnaam",
        "imie_klienta",
    ),
    "order_id": (
        "order_number",
        "order_no",
        "order_nr",
        "amazon_order_id",
        "bestellnummer",
        "bestell_nr",
        "auftragsnummer",
        "numero_commande",
        "num_commande",
        "numero_pedido",
        "numero_ordine",
        "numero_encomenda",
        "bestelnummer",
        "ordernummer",
        "numer_zamowienia",
    ),
    "product": (
        "product_name",
        "product_title",
        "item",
        "item_name",
        "item_title",
        "produkt",
        "produktname",
        "artikel",
        "artikelname",
        "produit",
        "nom_produit",
        "producto",
        "prodotto",
        "produto",
        "nazwa_produktu",
    ),
    "order_date": (
        "purchase_date",
        "date_ordered",
        "bestelldatum",
        "date_commande",
        "fecha_pedido",
        "data_ordine",
        "data_encomenda",
        "besteldatum",
        "data_zamowienia",
    ),
    "delivery_date": (
        "estimated_delivery_date",
        "expected_delivery_date",
        "delivery",
        "lieferdatum",
        "liefertermin",
        "date_livraison",
        "fecha_entrega",
        "data_consegna",
        "data_entrega",
        "leverdatum",
        "data_dostawy",
    ),
    "ship_date": ("shipping_date", "shipped_date", "dispatch_date", "versanddatum"),
    "carrier": ("shipping_carrier", "courier", "versanddienstleister", "transporteur"),
    "tracking_number": (
        "tracking",
        "tracking_id",
        "tracking_no",
        "tracking_code",
        "sendungsnummer",
        "sendungsverfolgungsnummer",
        "numero_suivi",
    ),
    "marketplace": ("amazon_marketplace", "marketplace_name", "site"),
    "seller_name": (
        "seller",
        "shop_name",
        "store_name",
        "shop",
        "store",
        "verkäufer",
        "verkaeufer",
        "shopname",
        "boutique",
        "tienda",
        "negozio",
    ),
}

# The name inside the delimiters: it starts with a letter and ends with a letter or digit; in
# between words, dots, hyphens and spaces ("Order ID", "order.buyer-name").
_NAME = r"[^\W\d_](?:[\w.\- ]{0,60}\w)?"
_TIGHT_NAME = r"[^\W\d_][\w.]{0,60}"  # between % signs: no spaces, or "50% off, 20%" would be one
_PLACEHOLDER = re.compile(
    rf"\{{\{{\{{\s*(?P<triple>{_NAME})\s*\}}\}}\}}"
    rf"|\{{\{{\s*(?P<double>{_NAME})\s*\}}\}}"
    rf"|\$\{{\s*(?P<dollar>{_NAME})\s*\}}"
    rf"|\{{\s*(?P<single>{_NAME})\s*\}}"
    rf"|%(?P<percent>{_TIGHT_NAME})%"
    rf"|\[\s*(?P<bracket>{_NAME})\s*\]"
    rf"|<<\s*(?P<angle>{_NAME})\s*>>"
    rf"|&lt;&lt;\s*(?P<escaped_angle>{_NAME})\s*&gt;&gt;"  # <<name>> in an HTML body
    rf"|\*\|\s*(?P<merge_tag>{_NAME})\s*\|\*"
)
# camelCase and PascalCase boundaries: buyerName, OrderID, HTMLTitle.
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEPARATORS = re.compile(r"[\W_]+")
_MARKS = re.compile(r"[\u0300-\u036f]")


def _words(segment: str) -> list[str]:
    return [w for w in _SEPARATORS.split(_CAMEL.sub(" ", segment).casefold()) if w]


def _compact(words: list[str]) -> str:
    """The words run together without accents: how two spellings of a name are compared."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", "".join(words)))


_KNOWN: dict[str, str] = {_compact(_words(name)): name for name in PLACEHOLDERS}
for _name, _aliases in _ALIASES.items():
    for _alias in _aliases:
        _KNOWN.setdefault(_compact(_words(_alias)), _name)


def _resolve(raw: str) -> tuple[str, bool]:
    """The canonical name of a placeholder as written, and whether it is a known one.

    A dotted path matches by its longest known tail: ``order.order_id`` and ``order.id`` are
    ``order_id``, ``buyer.name`` is ``buyer_name``. An unknown name comes back in snake case
    (its last segment for a path), so that a caller's own value for it can match.
    """
    segments = [s for s in raw.split(".") if s.strip()] or [raw]
    for start in range(len(segments)):
        words = [w for segment in segments[start:] for w in _words(segment)]
        known = _KNOWN.get(_compact(words))
        if known is not None:
            return known, True
    return "_".join(_words(segments[-1])), False


def _ambiguous(style: str, raw: str) -> bool:
    """Whether this could be ordinary text: "[Important]", "[sic]", "{as such}"."""
    return style == "bracket" or (style == "single" and " " in raw)


def placeholders_in(text: str) -> list[str]:
    """The placeholders in ``text`` (plain or HTML), by canonical name, in order of first
    appearance, once each: ``[Order ID]`` and ``{{orderId}}`` are both ``order_id``."""
    found: dict[str, None] = {}
    for match in _PLACEHOLDER.finditer(text):
        style = match.lastgroup
        assert style is not None  # every alternative is one named group
        name, known = _resolve(match[style])
        if known or not _ambiguous(style, match[style]):
            found.setdefault(name, None)
    return list(found)


def fill_placeholders(text: str, values: Mapping[str, str], *, html: bool = False) -> str:
    """``text`` with each placeholder that has a non-empty value in ``values`` replaced by it,
    in any style; the others stay as written, so the seller sees what is still to fill in
    (and the checks still see an order-ID placeholder).

    Keys of ``values`` are matched like the names in the text: ``"order_id"``, ``"Order ID"``
    and ``"orderId"`` are one key; keys other than PLACEHOLDERS fill placeholders of their own
    name. With ``html=True`` (for an HTML body) the values are HTML-escaped, so a product
    called "Tisch <rund> & Stuhl" stays text, in an attribute too.
    """
    lookup: dict[str, str] = {}
    for key, value in values.items():
        if value:
            lookup.setdefault(_resolve(key)[0], value)
    if not lookup:
        return text

    def replace(match: re.Match[str]) -> str:
        style = match.lastgroup
        assert style is not None
        value = lookup.get(_resolve(match[style])[0])
        if value is None:
            return match[0]
        return escape(value, quote=True) if html else value

    return _PLACEHOLDER.sub(replace, text)
