"""Links: every URL, bare domain and ``href`` of the message, judged by host and scheme."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from composer.policy.document import TextView
from composer.policy.engine import Context, detector
from composer.policy.model import Edit, FieldName, Finding, Fix, FixSafety
from composer.policy.wording import Words

# Catalogue section 7: the Amazon hosts a message may link to (and amazon.co.za, the South
# African store the catalogue does not list: an SP-API marketplace, reference/sp-api/notes.md).
AMAZON_SUFFIXES = (
    "amazon.com",
    "amazon.ca",
    "amazon.com.mx",
    "amazon.com.br",
    "amazon.co.uk",
    "amazon.ie",
    "amazon.de",
    "amazon.fr",
    "amazon.it",
    "amazon.es",
    "amazon.nl",
    "amazon.se",
    "amazon.pl",
    "amazon.com.be",
    "amazon.com.tr",
    "amazon.ae",
    "amazon.sa",
    "amazon.eg",
    "amazon.in",
    "amazon.co.jp",
    "amazon.com.au",
    "amazon.sg",
    "amazon.co.za",
    "amzn.to",
    "amzn.eu",
    "a.co",
    "media-amazon.com",
    "ssl-images-amazon.com",
)
SHORTENERS = frozenset(
    {
        "bit.ly",
        "tinyurl.com",
        "t.co",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "rebrand.ly",
        "cutt.ly",
        "shorturl.at",
        "t.ly",
        "rb.gy",
        "s.id",
    }
)
_TLDS = (
    "com|net|org|info|biz|shop|store|online|site|website|io|co|me|ly|eu|de|fr|es|it|pt|br|uk|"
    "nl|pl|se|be|at|ch|dk|no|fi|cz|ie|us|ca|mx|jp|au|nz|in|ae|sa|sg|tr|ru|app|dev|link|page|"
    "tv|to|gl|gd|cc|xyz|club|top|tech|ai"
)
_URL = re.compile(r"(?<![\w@/.-])(?:https?://|www\.)[^\s<>\"'()\[\]{}]+", re.I)
_BARE_DOMAIN = re.compile(
    rf"(?<![\w@/.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})(?:/[^\s<>\"'()\[\]{{}}]*)?"
    r"(?![\w@-])",
    re.I,
)
_TRAILING = ".,;:!?)»”’'\""
_STOREFRONT_PATH = re.compile(
    r"^/(?:stores|shops)/|^/s(?:/|$)|^/dp/|^/gp/product/|[?&](?:seller|me)=", re.I
)
_REVIEW_PATH = re.compile(r"/review/|/ryp/|/product-reviews/|create-review", re.I)
# Links that a critical purpose needs to complete the order (catalogue 3.C, external-link).
NEEDED_LINK_PURPOSES = (
    "customization",
    "delivery-scheduling",
    "digital-access-key",
    "service-appointment",
)


@dataclass(frozen=True, slots=True)
class FoundLink:
    url: str
    field: FieldName
    start: int  # source span
    end: int
    view: TextView | None  # set when the link was found in the text
    text_start: int
    text_end: int
    from_href: bool = False
    wraps_image: bool = False


def _host(url: str) -> str:
    target = url if "://" in url else "//" + url
    try:
        host = urlsplit(target).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


def is_amazon(host: str) -> bool:
    return any(host == s or host.endswith("." + s) for s in AMAZON_SUFFIXES)


def _path(url: str) -> str:
    target = url if "://" in url else "//" + url
    try:
        parts = urlsplit(target)
    except ValueError:
        return ""
    return parts.path + ("?" + parts.query if parts.query else "")


def find_links(ctx: Context) -> list[FoundLink]:
    out: list[FoundLink] = []
    body = ctx.document.body
    for link in ctx.document.links:
        href = link.href.strip()
        if not href or href.startswith("#") or href.lower().startswith(("mailto:", "tel:", "sms:")):
            continue
        out.append(
            FoundLink(
                href,
                FieldName.BODY,
                link.start,
                link.end,
                body,
                link.text_start,
                link.text_end,
                from_href=True,
                wraps_image=link.wraps_image,
            )
        )
    for view in ctx.document.views:
        anchors = (
            [(lk.text_start, lk.text_end) for lk in ctx.document.links] if view is body else []
        )
        taken: list[tuple[int, int]] = []
        for rx in (_URL, _BARE_DOMAIN):
            for m in rx.finditer(view.text):
                start, end = m.start(), m.end()
                while end > start and view.text[end - 1] in _TRAILING:
                    end -= 1
                if any(a <= start < b for a, b in taken) or any(a <= start < b for a, b in anchors):
                    continue
                if rx is _BARE_DOMAIN and _is_false_domain(view.text, start, end):
                    continue
                taken.append((start, end))
                s0, s1 = view.source_span(start, end)
                out.append(FoundLink(view.text[start:end], view.field, s0, s1, view, start, end))
    return out


def _is_false_domain(text: str, start: int, end: int) -> bool:
    """Two sentences run together ("your order.It will") are not a domain: domains are written
    in lower case, so a capitalised top-level part means a missing space."""
    tld = text[start:end].split("/", 1)[0].rsplit(".", 1)[-1]
    return tld[:1].isupper() and not text[start:end].isupper()


@detector("external-link", "insecure-link", "storefront-link", "logo-link")
def links(ctx: Context) -> Iterator[Finding]:
    assert ctx.analysis is not None
    needed_purpose = any(ctx.analysis.has(p) for p in NEEDED_LINK_PURPOSES)
    for link in find_links(ctx):
        url = link.url
        lower = url.lower()
        scheme = lower.split(":", 1)[0] if re.match(r"^[a-z][a-z0-9+.-]*:", lower) else ""
        host = _host(url)
        if scheme in ("javascript", "data", "file", "vbscript"):
            yield _finding(
                ctx, "external-link", link, why=Words.tr("a {scheme}: link").format(scheme=scheme)
            )
            continue
        amazon = is_amazon(host)
        needed = needed_purpose and not amazon and _sentence_needs_link(ctx, link)
        if scheme == "http":
            fix = _https_fix(ctx, link)
            yield _finding(ctx, "insecure-link", link, fix=fix)
        if not amazon and not (needed and scheme in ("https", "http")):
            why = (
                Words.tr("a shortened link hides where it goes")
                if host in SHORTENERS
                else Words.tr("it leads to {host}").format(host=host or url)
            )
            yield _finding(ctx, "external-link", link, why=why)
        if amazon and _STOREFRONT_PATH.search(_path(url)) and not _REVIEW_PATH.search(url):
            yield _finding(ctx, "storefront-link", link)
        if link.wraps_image and not amazon:
            yield _finding(ctx, "logo-link", link)
    for image in ctx.document.images:
        label = " ".join(filter(None, (image.alt, image.attrs.get("title"))))
        m = _BARE_DOMAIN.search(label) or _URL.search(label)
        if m and not is_amazon(_host(m.group())):
            yield ctx.source_finding(
                "logo-link", FieldName.BODY, image.start, image.end, text=m.group()
            )


def _finding(
    ctx: Context, rule: str, link: FoundLink, fix: Fix | None = None, **params: Any
) -> Finding:
    if fix is None and rule == "external-link" and link.view is not None and not link.from_href:
        fix = ctx.delete_fix(rule, link.view, link.text_start, link.text_end, FixSafety.UNSAFE)
    return ctx.source_finding(
        rule, link.field, link.start, link.end, fix=fix, text=link.url, **params
    )


def _https_fix(ctx: Context, link: FoundLink) -> Fix | None:
    source = ctx.message.text_of(link.field)
    if source[link.start : link.start + 7].lower() != "http://":
        return None
    # Unsafe: the https address may not exist; the seller must check it.
    return Fix(
        ctx.spec("insecure-link").fix,
        (Edit(link.field, link.start, link.start + 7, "https://"),),
        FixSafety.UNSAFE,
    )


def _sentence_needs_link(ctx: Context, link: FoundLink) -> bool:
    """Is the link introduced as the place to complete the order (upload, book, redeem)?"""
    view = link.view or ctx.document.body
    assert ctx.analysis is not None
    for s in ctx.analysis.sentences:
        if s.view is view and s.start <= link.text_start <= s.end + 1:
            if ctx.has_cue("needed-link", view, s.start, s.end):
                return True
            # The cue may sit in the sentence before ("Book your slot here:" ⏎ link).
            idx = ctx.analysis.sentences.index(s)
            if idx > 0:
                prev = ctx.analysis.sentences[idx - 1]
                if prev.view is view and ctx.has_cue("needed-link", view, prev.start, prev.end):
                    return True
    return False


# Unsubscribe pages as mailing tools and shops name them, in the marketplaces' languages.
_OPT_OUT_LINK = re.compile(
    r"unsubscri|opt[-_]?out|abmeld|abbestell|d[eé]sabonn|d[eé]sinscri|baja|disiscri|"
    r"cancella[-_]?iscri|afmeld|uitschrijv|descadastr|cancelar[-_]?(?:a[-_]?)?(?:inscri|subscri)|"
    r"wypisz|rezygnacj",
    re.I,
)


@detector("opt-out-link")
def opt_out(ctx: Context) -> Iterator[Finding]:
    assert ctx.analysis is not None
    for s, _ in ctx.rule_hits("opt-out-link"):
        fix = ctx.delete_fix("opt-out-link", s.view, s.start, s.end, FixSafety.UNSAFE)
        yield ctx.finding("opt-out-link", s.view, s.start, s.end, fix=fix)
    for link in ctx.document.links:
        if _OPT_OUT_LINK.search(link.href + " " + link.label):
            yield ctx.source_finding(
                "opt-out-link", FieldName.BODY, link.start, link.end, text=link.href
            )
