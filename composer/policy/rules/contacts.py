"""Contact details: e-mail addresses and phone numbers, in any language (Japanese included),
and requests for the buyer's personal contact data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from composer.policy.document import TextView
from composer.policy.engine import Context, detector
from composer.policy.language import normalize_language
from composer.policy.model import Finding, FixSafety, Severity

EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b")
# Obfuscated addresses: "jane dot doe at example dot com", "info (at) example.de",
# "soporte arroba example punto es". English "at" is also a preposition ("order at
# www.example.com" is a link, not an address), so plain "at" counts only with spelled-out dots;
# a bracketed "(at)" or an unambiguous word may be followed by real dots.
_AT_WORD = r"(?:arobase|arroba|chiocciola|klammeraffe|małpa|malpa|apenstaartje|apestaart|アット)"
_DOT_WORD = r"(?:dot|point|punkt|punto|ponto|kropka|punt|ドット)"
_AT_STRONG = rf"(?:\s*[(\[{{<]\s*(?:at|{_AT_WORD})\s*[)\]}}>]\s*|\s+{_AT_WORD}\s+)"
_DOT_SPELLED = rf"(?:\s*[(\[{{<]\s*{_DOT_WORD}\s*[)\]}}>]\s*|\s+{_DOT_WORD}\s+)"
# The last part must be a real top-level domain, so "meet me at noon dot" stays prose.
_TLD = (
    r"(?:com|net|org|info|biz|eu|de|fr|es|it|nl|pl|pt|br|be|at|ch|uk|co|ie|se|dk|no|fi|cz|us|"
    r"ca|mx|jp|au|in|io|shop|store|online|email|me)"
)
_USER = rf"(?<![\w.-])[\w.+-]+(?:{_DOT_SPELLED}[\w+-]+)*"
OBFUSCATED_EMAIL = re.compile(
    rf"{_USER}(?:"
    rf"{_AT_STRONG}[\w-]+(?:(?:{_DOT_SPELLED}|\.)[\w-]+)*(?:{_DOT_SPELLED}|\.){_TLD}"
    rf"|\s+at\s+[\w-]+(?:{_DOT_SPELLED}[\w-]+)*{_DOT_SPELLED}{_TLD}"
    r")(?![\w])",
    re.I,
)
ORDER_ID = re.compile(r"(?<![\w-])(?:\d{3}|D\d{2})-\d{7}-\d{7}(?![\w-])")

# A run of digits with the separators phone numbers are written with (also full-width forms).
# Only Latin letters and digits glued to it make it part of a code; Japanese text has no spaces
# ("お問い合わせは03-1234-5678まで"), so kana and kanji next to it do not.
_LATIN = r"0-9A-Za-z\u00c0-\u024f"
_PHONE_CANDIDATE = re.compile(
    rf"(?<![{_LATIN}.,/-])(?:\+|00|＋)?[(（]?\d[\d \u00a0\t().\-–/（）－‐]{{5,}}\d(?![{_LATIN}])"
)
# Carriers are named the same in every language; a number next to one is the carrier's.
_CARRIER = re.compile(
    r"\b(?:dhl|ups|fedex|usps|dpd|gls|hermes|evri|royal mail|yodel|tnt|inpost|postnl|bpost|"
    r"colissimo|chronopost|la poste|correos|seur|correios|ctt|brt|sda|poste italiane|"
    r"deutsche post|japan post)\b|ヤマト|佐川|日本郵便",
    re.I,
)
_SEPARATED = re.compile(r"[ \u00a0().\-–/（）－‐]")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
# Postcodes written with a dash: Brazil's CEP (30130-010) and Portugal's (4000-123); no phone
# numbering plan groups its digits 5-3 or 4-3.
_POSTCODE = re.compile(r"^\d{4,5}-\d{3}$")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|R\$|zł|eur|usd|gbp|chf|pln|brl|jpy)\s*$", re.I)
_CURRENCY_AFTER = re.compile(r"^\s*(?:[$€£¥₹]|zł|eur|euro|usd|gbp|pln|brl|円)", re.I)
_TIME_OR_RANGE = re.compile(
    r"^\d{1,2}[:.h]\d{2}\s*[-–]\s*\d{1,2}[:.h]\d{2}$"  # 08:00 - 12:00
    r"|^(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d$"  # 2019–2021, 2021 – 2012
)
# Words that make a number something other than a phone number when they come just before it.
_NOT_PHONE_BEFORE = re.compile(
    r"(?:order|invoice|tracking|track|reference|ref|iban|bic|sku|ean|asin|isbn|upc|article|"
    r"item|model|serial|batch|lot|case|ticket|parcel|shipment|consignment|postcode|zip|cep|plz|"
    r"c[oó]digo postal|code postal|postleitzahl|cap|"
    r"bestell\w*|rechnung\w*|sendung\w*|auftrag\w*|kunden\w*|artikel\w*|commande|facture|"
    r"suivi|colis|pedido|factura|seguimiento|envío|ordine|fattura|spedizione|tracciamento|"
    r"encomenda|fatura|rastreio|rastreamento|bestelling|factuur|zending|zamówieni\w*|faktur\w*|"
    r"przesyłk\w*|numer\w* zamówienia|nr|no|n°|nº|#|注文番号|お問い合わせ番号|追跡番号)"
    r"[\s.:#：-]*(?:number|no\.?|nr\.?|n\.|n°|nº|#|id|nummer|numéro|número|numero|code|código|"
    r"codice|は)?[\s.:#：-]*"  # Japanese: "追跡番号は 1234-…", "お問い合わせ番号：…"
    # the code may come in groups: "Tracking number: 1Z 4E7 29A 03 6718 2245"
    r"(?:[a-z]*\d[a-z0-9]*[\s-]+){0,4}$",
    re.I,
)
_NEUTRAL_PHONE_CUE = re.compile(r"(?:tel|phone|☎|📞|whatsapp|電話|携帯|ＴＥＬ|fax)\W{0,3}$", re.I)
_DEFAULT_REGIONS = ("US", "GB", "DE", "FR", "ES", "IT", "NL", "PL", "BR", "PT", "JP")
_REGIONS = {
    "en": ("US", "GB", "CA", "AU", "IE"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CA", "CH"),
    "es": ("ES", "MX"),
    "it": ("IT",),
    "pt": ("BR", "PT"),
    "nl": ("NL", "BE"),
    "pl": ("PL",),
    "ja": ("JP",),
}


def _regions(ctx: Context) -> tuple[str, ...]:
    langs = [ctx.language.code, normalize_language(ctx.message.buyer_language)]
    out: list[str] = []
    tag = ctx.message.buyer_language or ""
    if "-" in tag or "_" in tag:  # de-AT: the buyer's own country first
        out.append(re.split(r"[-_]", tag)[1].upper())
    for lang in langs:
        out.extend(_REGIONS.get(lang or "", ()))
    out.extend(_DEFAULT_REGIONS)
    return tuple(dict.fromkeys(out))


# Every obfuscated address has one of these; the full pattern runs only where one is.
_AT_SIGN = re.compile(rf"(?i)\bat\b|{_AT_WORD}")
_WINDOW = 80


_DOT_WORD_RX = re.compile(rf"(?i)\b{_DOT_WORD}\b")
_BRACKETS = "([{<)]}>"


def _obfuscated(text: str) -> Iterator[re.Match[str]]:
    done = 0
    for at in _AT_SIGN.finditer(text):
        if at.start() < done:
            continue
        # A plain "at" is an address only with a spelled-out dot after it ("… at example dot
        # com"); English prose is full of plain "at"s, so look for the dot first.
        plain = at.group().lower() == "at" and not _bracketed(text, *at.span())
        if plain and not _DOT_WORD_RX.search(text, at.end(), at.end() + _WINDOW):
            continue
        start = max(done, at.start() - _WINDOW)
        m = OBFUSCATED_EMAIL.search(text, start, min(len(text), at.end() + _WINDOW))
        if m is not None and m.start() <= at.start() < m.end():
            done = m.end()
            yield m


def _bracketed(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    after = text[end : end + 3].lstrip()
    return bool(before and before[-1] in _BRACKETS) or bool(after and after[0] in _BRACKETS)


@lru_cache(maxsize=8)  # asked by the e-mail rule and by spelling, for the same texts
def email_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the e-mail addresses of a text are, plain or obfuscated."""
    taken: list[tuple[int, int]] = []
    for matches in (EMAIL.finditer(text), _obfuscated(text)):
        for m in matches:
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append(m.span())
    return tuple(taken)


@detector("email-address")
def email_addresses(ctx: Context) -> Iterator[Finding]:
    for view in ctx.document.views:
        for start, end in email_spans(view.text):
            yield ctx.finding(
                "email-address",
                view,
                start,
                end,
                fix=ctx.delete_fix("email-address", view, start, end, safety=FixSafety.UNSAFE),
            )
    for link in ctx.document.links:
        if link.href.lower().startswith("mailto:"):
            yield ctx.source_finding(
                "email-address", ctx.document.body.field, link.start, link.end, text=link.href[7:]
            )


@cache
def _phonenumbers():  # type: ignore[no-untyped-def]
    import phonenumbers  # noqa: PLC0415 - 20 ms of metadata, only when digits need it

    return phonenumbers


def _looks_like_phone(candidate: str, regions: tuple[str, ...], cue: bool) -> bool:
    digits = sum(ch.isdigit() for ch in candidate)
    if not 7 <= digits <= 15:
        return False
    pn = _phonenumbers()
    bare = candidate.lstrip("(（")
    international = bare.startswith(("+", "00", "＋"))
    if international:  # "(+44) 20 …", and 00 as the international prefix dialled in Europe
        candidate = "+" + bare[2:] if bare.startswith("00") else bare
    separated = bool(_SEPARATED.search(candidate.strip()))
    for region in (None,) if international else regions:
        try:
            number = pn.parse(candidate, region)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(number):
            if international or separated or cue or candidate.startswith("0"):
                return True
        elif pn.is_possible_number(number) and (cue or (international and separated)):
            return True
    return False


def phone_spans(ctx: Context, view: TextView) -> Iterator[tuple[int, int]]:
    text = view.text
    if not any(ch.isdigit() for ch in text):
        return
    blocked = [m.span() for m in ORDER_ID.finditer(text)]
    blocked += [m.span() for m in EMAIL.finditer(text)]
    regions = _regions(ctx)
    for m in _PHONE_CANDIDATE.finditer(text):
        start, end = m.span()
        raw = m.group().strip()
        if any(a < end and start < b for a, b in blocked) or _DATE.match(raw):
            continue
        if _POSTCODE.match(raw):
            continue
        if _TIME_OR_RANGE.match(raw):
            continue
        before = text[max(0, start - 40) : start]
        if _CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(text[end : end + 6]):
            continue
        window = view.lower[max(0, start - 40) : start]
        cue = bool(_NEUTRAL_PHONE_CUE.search(window)) or ctx.has_cue(
            "phone", view, max(0, start - 60), start
        )
        if not cue and _NOT_PHONE_BEFORE.search(window):
            continue
        if _looks_like_phone(raw, regions, cue):
            yield start, start + len(m.group().rstrip())


@detector("phone-number")
def phone_numbers(ctx: Context) -> Iterator[Finding]:
    for view in ctx.document.views:
        for start, end in phone_spans(ctx, view):
            # An earlier wording tolerated the numbers of carriers, manufacturers and warranty
            # services: still not allowed, but a warning next to those words (catalogue 3.C).
            near = max(0, start - 80)
            third_party = bool(_CARRIER.search(view.text, near, end)) or ctx.has_cue(
                "third-party-phone", view, near, end
            )
            yield ctx.finding(
                "phone-number",
                view,
                start,
                end,
                severity=Severity.WARNING if third_party else None,
                fix=ctx.delete_fix("phone-number", view, start, end, FixSafety.UNSAFE),
            )
    for link in ctx.document.links:
        href = link.href.lower()
        if href.startswith(("tel:", "sms:", "callto:")) or "wa.me/" in href:
            yield ctx.source_finding(
                "phone-number", ctx.document.body.field, link.start, link.end, text=link.href
            )


@detector("personal-data-request")
def personal_data_requests(ctx: Context) -> Iterator[Finding]:
    assert ctx.analysis is not None
    # Confirming a phone or address for the carrier is the confirmDeliveryDetails scope.
    if ctx.analysis.has("delivery-scheduling") or ctx.analysis.has("address-problem"):
        return
    for s, _ in ctx.rule_hits("personal-data-request"):
        yield ctx.finding("personal-data-request", s.view, s.start, s.end)
