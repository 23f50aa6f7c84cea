"""One parse of a message into what the rules read.

A ``Document`` holds, for the subject and the body, the plain text the buyer reads (with a map
back to the source), and for an HTML body the links, images, style declarations and external
resources, each with its span in the source. Every rule reads the Document; nothing parses the
message twice.

HTML is read with the standard library's lenient parser, as a browser would: unclosed tags,
stray brackets and broken attributes never raise. Text positions are code points.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from composer.policy.model import BodyFormat, FieldName, Message
from composer.policy.offsets import IdentityMap, OffsetMap


def lowercase_same_length(text: str) -> str:
    """Lower-case text without changing its length, so offsets stay valid."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True, slots=True)
class TextView:
    """The plain text of one field, its lower-case twin and the way back to the source."""

    field: FieldName
    text: str
    lower: str
    offsets: OffsetMap
    # Ranges of the text that quote somebody else (a buyer's words in a reply).
    quoted: tuple[tuple[int, int], ...] = ()

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.to_source(start, end)

    def is_quoted(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)


@dataclass(frozen=True, slots=True)
class Link:
    """An ``<a href>`` of an HTML body."""

    href: str
    label: str
    start: int  # source span of the href value
    end: int
    text_start: int  # span of the link's text in the body view
    text_end: int
    wraps_image: bool = False


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    alt: str | None
    attrs: dict[str, str]
    style: dict[str, str]
    start: int  # source span of the whole <img> tag
    end: int
    src_start: int  # source span of the src value (the tag when there is none)
    src_end: int
    link_href: str | None = None  # the href of a link around the image


@dataclass(frozen=True, slots=True)
class StyleDecl:
    """One formatting instruction: a CSS declaration or a presentational attribute/tag."""

    prop: str  # CSS property name; presentational HTML is translated (face -> font-family)
    value: str
    tag: str  # the element it sits on, or "style" for a <style> sheet
    start: int  # source span of the declaration / attribute / tag
    end: int
    origin: str  # "style", "sheet", "attribute" or "tag"


@dataclass(frozen=True, slots=True)
class Resource:
    """A URL the HTML loads by itself (CSS url(), background=, <link href>)."""

    url: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    subject: TextView
    body: TextView
    format: BodyFormat
    links: tuple[Link, ...] = ()
    images: tuple[Image, ...] = ()
    styles: tuple[StyleDecl, ...] = ()
    resources: tuple[Resource, ...] = ()
    # Font size label -> source offset of the first text shown in that size ("default" = body).
    font_sizes: dict[str, int] = field(default_factory=dict)
    # What made each synthetic line break of an HTML body view, by its text position:
    # "br" (a <br>), "empty" (an empty paragraph or block) or "block" (a block boundary).
    breaks: dict[int, str] = field(default_factory=dict)

    @property
    def views(self) -> tuple[TextView, TextView]:
        return self.subject, self.body


_QUOTE_LINE = re.compile(r"^[ \t]*>.*$", re.M)


def read_document(message: Message) -> Document:
    subject = _plain_view(FieldName.SUBJECT, message.subject)
    if message.format is BodyFormat.HTML:
        return _HtmlReader(message.body).document(subject)
    body = _plain_view(FieldName.BODY, message.body)
    quoted = tuple((m.start(), m.end()) for m in _QUOTE_LINE.finditer(message.body))
    if quoted:
        body = TextView(body.field, body.text, body.lower, body.offsets, quoted)
    return Document(subject=subject, body=body, format=message.format)


def _plain_view(name: FieldName, text: str) -> TextView:
    return TextView(name, text, lowercase_same_length(text), IdentityMap())


# --- HTML -------------------------------------------------------------------------------------

_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "pre",
        "hr",
        "address",
        "center",
        "dl",
        "dt",
        "dd",
        "form",
        "nav",
        "main",
        "aside",
        "figure",
        "figcaption",
    ]
)
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript"})
_VOID_TAGS = frozenset(
    [
        "br",
        "img",
        "hr",
        "meta",
        "link",
        "input",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "wbr",
    ]
)
_HEADING_SIZES = {
    "h1": "h1",
    "h2": "h2",
    "h3": "h3",
    "h4": "h4",
    "h5": "h5",
    "h6": "h6",
    "small": "small",
    "big": "big",
}
_ATTR_RX_CACHE: dict[str, re.Pattern[str]] = {}
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_CSS_URL = re.compile(r"url\(\s*(['\"]?)([^'\")]+)\1\s*\)", re.I)
_ENTITY = re.compile(r"&#?\w+;?")
_WHITESPACE_TO_SPACE = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\f": " "})


def _attr_value_span(raw_tag: str, name: str) -> tuple[int, int] | None:
    """Span of attribute ``name``'s value (or of the whole attribute when unquoted) in a raw tag."""
    rx = _ATTR_RX_CACHE.get(name)
    if rx is None:
        rx = re.compile(
            rf"""[\s/]{re.escape(name)}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I
        )
        _ATTR_RX_CACHE[name] = rx
    m = rx.search(raw_tag)
    if m is None:
        return None
    group = next(g for g in (1, 2, 3) if m.group(g) is not None)
    return m.start(group), m.end(group)


def parse_declarations(css: str, offset: int) -> list[tuple[str, str, int, int]]:
    """(property, value, start, end) of each ``prop: value`` in a declaration block."""
    out = []
    pos = 0
    for part in css.split(";"):
        stripped = part.strip()
        if ":" in stripped:
            prop, _, value = stripped.partition(":")
            value = re.sub(r"\s*!\s*important\s*$", "", value.strip(), flags=re.I)
            lead = len(part) - len(part.lstrip())
            start = offset + pos + lead
            out.append((prop.strip().lower(), value, start, start + len(stripped)))
        pos += len(part) + 1
    return out


class _HtmlReader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self._src = source
        self._line_starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self._parts: list[str] = []
        self._length = 0
        self._map = OffsetMap()
        self._skip: list[str] = []
        self._open: list[tuple[str, str | None, int]] = []  # (tag, font size label, start)
        self._links: list[tuple[str, int, int, int, int, bool]] = []
        self._open_link: tuple[str, int, int, int, bool] | None = None
        self._images: list[Image] = []
        self._styles: list[StyleDecl] = []
        self._resources: list[Resource] = []
        self._sizes: dict[str, int] = {}
        self._breaks: dict[int, str] = {}
        self._line_has_text = False  # the current line shows something besides whitespace
        self._content_end = 0  # text length after the last visible text or <br>
        self._quote_depth = 0
        self._quote_start = 0
        self._quoted: list[tuple[int, int]] = []

    # -- driving ---------------------------------------------------------------------------------

    def document(self, subject: TextView) -> Document:
        self.feed(self._src)
        self.close()
        text = "".join(self._parts)
        body = TextView(
            FieldName.BODY, text, lowercase_same_length(text), self._map, tuple(self._quoted)
        )
        links = tuple(
            Link(href, text[t0:t1].strip(), h0, h1, t0, t1, wraps)
            for href, h0, h1, t0, t1, wraps in self._links
        )
        return Document(
            subject=subject,
            body=body,
            format=BodyFormat.HTML,
            links=links,
            images=tuple(self._images),
            styles=tuple(self._styles),
            resources=tuple(self._resources),
            font_sizes=self._sizes,
            breaks=self._breaks,
        )

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    # -- text ------------------------------------------------------------------------------------

    def _emit(self, text: str, src_start: int, src_len: int) -> None:
        self._map.add(self._length, len(text), src_start, src_len)
        self._parts.append(text)
        self._length += len(text)

    def _last_char(self) -> str:
        return self._parts[-1][-1] if self._parts else "\n"

    def _line_break(self, kind: str, src_start: int, src_len: int) -> None:
        self._breaks[self._length] = kind
        self._emit("\n", src_start, src_len)
        self._line_has_text = False
        if kind == "br":
            self._content_end = self._length

    def _block_boundary(self, src_start: int, src_len: int) -> None:
        if self._line_has_text:
            self._line_break("block", src_start, src_len)

    def handle_data(self, data: str) -> None:
        start = self._pos()
        if self._skip:
            if self._skip[-1] == "style":
                self._read_stylesheet(data, start)
            return
        self._note_size(data, start)
        self._emit(data.translate(_WHITESPACE_TO_SPACE), start, len(data))
        self._saw_text(data)

    def _saw_text(self, data: str) -> None:
        if data.strip():
            self._line_has_text = True
            self._content_end = self._length

    def _entity(self, text: str) -> None:
        start = self._pos()
        m = _ENTITY.match(self._src, start)
        src_len = m.end() - start if m else 1
        if self._skip:
            return
        self._note_size(text, start)
        self._emit(text, start, src_len)
        self._saw_text(text)

    def handle_entityref(self, name: str) -> None:
        self._entity(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self._entity(html.unescape(f"&#{name};"))

    def _note_size(self, data: str, start: int) -> None:
        if not data.strip():
            return
        label = next((size for _, size, _ in reversed(self._open) if size), "default")
        self._sizes.setdefault(label, start)

    # -- tags ------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        raw = self.get_starttag_text() or ""
        end = start + len(raw)
        if tag in _SKIPPED_TAGS:
            self._skip.append(tag)
            return
        if self._skip:
            return
        values = {k.lower(): (v or "") for k, v in attrs}
        style = self._read_style_attr(tag, raw, start)
        self._read_presentational(tag, values, raw, start, end)

        if tag == "br":
            self._line_break("br", start, len(raw))
        elif tag in {"td", "th"}:
            if self._last_char() not in " \n":
                self._emit(" ", start, len(raw))
        elif tag in _BLOCK_TAGS:
            if tag == "p" and self._open and self._open[-1][0] == "p":
                self._open.pop()
            self._block_boundary(start, len(raw))
        if tag == "blockquote":
            if self._quote_depth == 0:
                self._quote_start = self._length
            self._quote_depth += 1

        if tag == "a":
            href_span = _attr_value_span(raw, "href")
            h0, h1 = (start + href_span[0], start + href_span[1]) if href_span else (start, end)
            self._open_link = (values.get("href", ""), h0, h1, self._length, False)
        elif tag == "img":
            self._read_image(values, style, raw, start, end)
        elif tag == "link" and values.get("href"):
            span = _attr_value_span(raw, "href") or (0, len(raw))
            self._resources.append(Resource(values["href"], start + span[0], start + span[1]))

        if tag not in _VOID_TAGS:
            self._open.append((tag, self._size_label(tag, values, style), self._length))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        start = self._pos()
        close = self._src.find(">", start)
        end = close + 1 if close >= 0 else len(self._src)
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        opened_at = None
        if any(t == tag for t, _, _ in self._open):
            while self._open:
                t, _, at = self._open.pop()
                if t == tag:
                    opened_at = at
                    break
        if tag in _BLOCK_TAGS:
            if opened_at is not None and self._content_end <= opened_at and tag in ("p", "div"):
                self._line_break("empty", start, end - start)  # <p>&nbsp;</p>: a blank line
            else:
                self._block_boundary(start, end - start)
        if tag == "blockquote" and self._quote_depth:
            self._quote_depth -= 1
            if self._quote_depth == 0:
                self._quoted.append((self._quote_start, self._length))
        if tag == "a" and self._open_link is not None:
            href, h0, h1, t0, wraps = self._open_link
            self._links.append((href, h0, h1, t0, self._length, wraps))
            self._open_link = None

    def close(self) -> None:
        super().close()
        if self._open_link is not None:  # an <a> never closed: it runs to the end
            self.handle_endtag("a")

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![foo[``, which the standard parser refuses with an AssertionError, is text to a
        browser: read it as text."""
        try:
            return int(super().parse_marked_section(i, report))
        except AssertionError:
            self.handle_data("<![")
            return i + 3

    # -- attributes --------------------------------------------------------------------------------

    def _read_style_attr(self, tag: str, raw: str, start: int) -> dict[str, str]:
        span = _attr_value_span(raw, "style")
        if span is None:
            return {}
        style: dict[str, str] = {}
        for prop, value, d0, d1 in parse_declarations(raw[span[0] : span[1]], start + span[0]):
            style[prop] = value
            self._styles.append(StyleDecl(prop, value, tag, d0, d1, "style"))
            for m in _CSS_URL.finditer(value):
                self._resources.append(Resource(m.group(2).strip(), d0, d1))
        return style

    def _read_presentational(
        self, tag: str, values: dict[str, str], raw: str, start: int, end: int
    ) -> None:
        def add(attr: str, prop: str) -> None:
            if attr in values:
                span = _attr_value_span(raw, attr) or (0, len(raw))
                self._styles.append(
                    StyleDecl(
                        prop, values[attr], tag, start + span[0], start + span[1], "attribute"
                    )
                )

        if tag == "font":
            add("face", "font-family")
            add("color", "color")
            add("size", "font-size")
        add("align", "text-align")
        if tag == "center":
            self._styles.append(StyleDecl("text-align", "center", tag, start, end, "tag"))
        if "background" in values and tag != "img":
            span = _attr_value_span(raw, "background") or (0, len(raw))
            self._resources.append(Resource(values["background"], start + span[0], start + span[1]))

    def _read_image(
        self, values: dict[str, str], style: dict[str, str], raw: str, start: int, end: int
    ) -> None:
        src_span = _attr_value_span(raw, "src")
        s0, s1 = (start + src_span[0], start + src_span[1]) if src_span else (start, end)
        link_href = None
        if self._open_link is not None:
            href, h0, h1, t0, _ = self._open_link
            self._open_link = (href, h0, h1, t0, True)
            link_href = href
        self._images.append(
            Image(
                src=values.get("src", ""),
                alt=values.get("alt"),
                attrs=values,
                style=style,
                start=start,
                end=end,
                src_start=s0,
                src_end=s1,
                link_href=link_href,
            )
        )

    def _read_stylesheet(self, css: str, offset: int) -> None:
        blanked = _CSS_COMMENT.sub(lambda m: " " * len(m.group()), css)
        for rule in _CSS_RULE.finditer(blanked):
            body_start = offset + rule.start(2)
            for prop, value, d0, d1 in parse_declarations(rule.group(2), body_start):
                self._styles.append(StyleDecl(prop, value, "style", d0, d1, "sheet"))
        for m in _CSS_URL.finditer(blanked):
            self._resources.append(
                Resource(m.group(2).strip(), offset + m.start(), offset + m.end())
            )

    @staticmethod
    def _size_label(tag: str, values: dict[str, str], style: dict[str, str]) -> str | None:
        if "font-size" in style:
            return "css:" + re.sub(r"\s+", "", style["font-size"].lower())
        if tag == "font" and "size" in values:
            return "font:" + values["size"].strip()
        return _HEADING_SIZES.get(tag)
