"""The Amazon-safe subset of HTML: read from any HTML, written back as HTML or as plain text.

The subset is what a buyer message may carry and what the editor can show: paragraphs, line
breaks, bold, italic, underline, bulleted and numbered lists (nested) and https links. This
module holds the one reader every way in uses (``sanitize``) and the writers every way out uses
(``export``), so the HTML the editor holds, the e-mail the buyer gets and the plain text the
SP-API sends all come from the same model:

- a *line* is text with its formatting, what a browser lays out between two line breaks;
- a *blank line* shows nothing (``<div><br></div>``, ``<p>&nbsp;</p>``, an empty ``<p>``);
- a *paragraph break* is the gap a block with margins (p, h1, a table row) leaves;
- a *list* holds items; an item holds lines and nested lists.

Real sources write structure as styles: bold as ``font-weight:700`` (Qt), a line as a block
without margins (Gmail's divs, the zero-margin paragraphs of Qt and Outlook), a list as Word
paragraphs with ``mso-list``. The reader turns what is meant into the model and notes, as
phrases a seller understands, what it left out. It is one streaming pass of the standard
library's lenient parser, with no tree, so time and memory grow with the input's length.

Writing the model gives one canonical form (a blank line becomes a paragraph break, runs of
them are cut to one), and reading that form again gives the same model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from html import escape
from html.parser import HTMLParser

from composer.policy.document import parse_declarations

# --- the model ---------------------------------------------------------------------------------

Fmt = tuple[bool, bool, bool, str]  # bold, italic, underline, https href ("" outside a link)
Run = tuple[str, Fmt]
PLAIN: Fmt = (False, False, False, "")


class Line:
    """Text that ends in a line break; ``runs`` never empty, never ending in a space."""

    __slots__ = ("runs",)

    def __init__(self, runs: list[Run]) -> None:
        self.runs = runs


class _Mark:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


BLANK = _Mark("BLANK")  # a line with nothing visible on it
PARA = _Mark("PARA")  # the gap after a block with margins
LINE_END = _Mark("LINE_END")  # a block boundary without a gap: only the line ends


class TextList:
    __slots__ = ("depth", "items", "ordered")

    def __init__(self, ordered: bool, depth: int = 1) -> None:
        self.ordered = ordered
        self.depth = depth  # 1 for a list at the top, 2 for one nested in it, ...
        self.items: list[Item] = []


class Item:
    """A list item, or the whole message (the root)."""

    __slots__ = ("parts",)

    def __init__(self) -> None:
        self.parts: list[Line | _Mark | TextList] = []


# --- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _State:
    """What an open element means for the text inside it (inherited, then changed by it)."""

    bold: bool = False
    italic: bool = False
    underline: bool = False
    href: str = ""  # the https link the text belongs to
    in_link: bool = False  # inside any <a href> (its colour and underline are the link's look)
    skip: str | None = None  # not shown: "" silently, else what to report if it had text
    pre: bool = False
    in_cell: bool = False
    label: list[str] | None = None  # collects the label of an http:// link
    marker: bool = False  # a Word list's typed bullet or number (collected, not shown)


_ROOT = _State()


class _Open:
    """An element on the stack of open elements."""

    __slots__ = ("block", "containers", "empty_check", "link", "state", "tag", "word")

    def __init__(self, tag: str, state: _State) -> None:
        self.tag = tag
        self.state = state
        self.block: _Mark | None = None  # PARA or LINE_END: what its start and end leave
        self.containers: int | None = None  # depth of the container stack to go back to
        self.empty_check: tuple[list[Line | _Mark | TextList], int] | None = None
        self.link: tuple[str, list[str]] | None = None  # an http:// link: (url, label)
        self.word = False  # a Word list paragraph


_VOID = frozenset(
    {
        *("area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input"),
        *("keygen", "link", "meta", "param", "source", "track", "wbr", "v:imagedata"),
    }
)
# Content never shown, with what to tell the seller ("" = nothing worth saying).
_DROPPED = {
    "script": "script",
    "style": "style sheet",
    "head": "",
    "title": "",
    "template": "",
    "noscript": "",
    "xml": "",
    "datalist": "",
    "map": "",
    "iframe": "embedded content",
    "frameset": "embedded content",
    "object": "embedded content",
    "applet": "embedded content",
    "video": "video",
    "audio": "audio",
    "svg": "image",
    "canvas": "image",
    "math": "formula",
    "select": "form",
    "textarea": "form",
    "button": "form",
}
_HEAD_CONTENT = frozenset({"title", "style", "script", "meta", "link", "base", "noscript"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Blocks that leave a gap (margins) unless their style says otherwise, and blocks that do not.
_PARA_BLOCKS = frozenset({"p", "blockquote", "pre", "table", "tr", "figure", *_HEADINGS})
_LINE_BLOCKS = frozenset(
    {
        *("div", "section", "article", "header", "footer", "main", "nav", "aside", "center"),
        *("address", "dl", "dt", "dd", "figcaption", "details", "summary", "fieldset"),
        *("legend", "caption", "form", "hgroup", "search", "html", "body"),
    }
)
_LISTS = {"ul": False, "ol": True, "menu": False, "dir": False}
# A new block closes an open paragraph (HTML's rule), but not across these.
_CLOSES_P = frozenset(
    {*_PARA_BLOCKS, *_LINE_BLOCKS, "ul", "ol", "menu", "dir", "hr", "li"}
    - {"tr", "caption", "html", "body", "dt", "dd", "summary", "legend", "figcaption"}
)
_P_SCOPE = frozenset({"td", "th", "table", "caption", "li", "button", "html", "body", "object"})
_IMPLIED_SCAN = 64  # implied ends are looked for this deep only, so the pass stays linear
# What the start of a tag closes (HTML's implied end tags), unless one of the second is nearer.
_IMPLIED_ENDS = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu", "dir"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "tr": (frozenset({"tr"}), frozenset({"table"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl"})),
    "a": (frozenset({"a"}), frozenset()),
}
_P_ONLY = frozenset({"p"})
# Lists nest this deep at most (no message needs more); deeper items join the deepest list.
MAX_LIST_DEPTH = 8
_BOLD_TAGS = frozenset({"b", "strong", "th", *_HEADINGS})
_ITALIC_TAGS = frozenset({"i", "em", "cite", "dfn", "var", "address"})
_UNDERLINE_TAGS = frozenset({"u", "ins"})
_TAG_REPORTS = {
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "sup": "superscript/subscript",
    "sub": "superscript/subscript",
    "big": "font size",
    "small": "font size",
    "code": "font family",
    "tt": "font family",
    "kbd": "font family",
    "samp": "font family",
    "pre": "font family",
    "mark": "background colour",
    "center": "alignment",
    "blockquote": "margins",
    "h1": "heading size",
    "h2": "heading size",
    "h3": "heading size",
    "h4": "heading size",
    "h5": "heading size",
    "h6": "heading size",
    "table": "table layout",
    "form": "form",
}

_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_VISIBLE = re.compile(r"[^\s\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufeff]")
_BAD_MARKED_SECTION = re.compile(
    r"<!\[(?!(?:if|else|endif|cdata|temp|ignore|include|rcdata)(?![-_.a-z0-9]))", re.I
)
_CF_HTML_HEADER = re.compile(r"Version:\d+\.\d+[ \t]*\r?\n(?:[A-Za-z]+:[^\r\n]*\r?\n)*")
_LENGTH = re.compile(r"^([-+]?\d*\.?\d+)([a-z%]*)$")
_WORD_LEVEL = re.compile(r"level(\d+)", re.I)
_ORDERED_MARKER = re.compile(r"^\(?(?:\d+|[a-z]|[ivxlcdm]+)[.)]$", re.I)
_TRACKER = re.compile(r"pixel|beacon|track|/open\b|open\.(?:gif|png|php)|/wf/open|/o\.gif", re.I)
_NEUTRAL = frozenset({"", "inherit", "initial", "unset", "revert", "normal", "none", "auto"})
_PLAIN_BACKGROUNDS = frozenset(
    {"transparent", "white", "#fff", "#ffffff", "window", "rgb(255,255,255)", "none"}
)
_CELL_SEPARATOR = " \u2013 "
_NEWLINES = str.maketrans({"\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"})


def _is_zero(value: str) -> bool:
    """A CSS length that is (as good as) zero; Word writes ``margin-bottom:.0001pt``."""
    value = value.strip().lower()
    if value in ("auto", "0"):
        return True
    m = _LENGTH.match(value)
    if m is None:
        return False
    number = abs(float(m.group(1)))
    return number < (0.5 if m.group(2) in ("px", "pt", "") else 0.01)


def _vertical_margins(decls: list[tuple[str, str]]) -> tuple[bool | None, bool | None]:
    """Whether the top and bottom margins are set and non-zero (None: not set)."""
    top: bool | None = None
    bottom: bool | None = None
    for prop, value in decls:
        if prop == "margin":
            parts = value.split()
            if parts:
                top = not _is_zero(parts[0])
                bottom = not _is_zero(parts[2] if len(parts) >= 3 else parts[0])
        elif prop == "margin-top":
            top = not _is_zero(value)
        elif prop == "margin-bottom":
            bottom = not _is_zero(value)
    return top, bottom


def _horizontal_space(prop: str, value: str) -> bool:
    """A left/right margin, padding or indent that is not zero."""
    parts = value.split()
    if not parts:
        return False
    if prop in ("margin", "padding"):
        sides = [parts[1] if len(parts) >= 2 else parts[0]]
        sides.append(parts[3] if len(parts) == 4 else sides[0])
    elif prop.endswith(("-top", "-bottom", "-block", "-block-start", "-block-end")):
        return False
    else:
        sides = parts
    return any(not _is_zero(s) for s in sides)


def classify_href(href: str) -> tuple[str, str]:
    """(kind, url): "https" (kept), "http" (shown as text) or the phrase for a dropped link."""
    url = re.sub(r"[\t\n\r]", "", href).strip(" \x00\x0b\x0c")
    low = url.lower()
    if low.startswith("https://") and len(url) > 8:
        return "https", "https://" + url[8:].replace(" ", "%20")
    if low.startswith("http://") and len(url) > 7:
        return "http", "http://" + url[7:].replace(" ", "%20")
    if not url:
        return "", ""
    for prefix, phrase in (
        ("javascript:", "javascript link"),
        ("vbscript:", "javascript link"),
        ("data:", "data link"),
        ("file:", "file link"),
        ("mailto:", "e-mail link"),
        ("tel:", "phone link"),
        ("sms:", "phone link"),
    ):
        if low.startswith(prefix):
            return phrase, url
    return "link without a web address", url


def same_url(label: str, url: str) -> bool:
    """Whether a link's label is its address (as far as a reader can tell)."""

    def norm(s: str) -> str:
        s = s.strip().lower()
        s = re.sub(r"^https?://", "", s)
        s = s.removeprefix("www.")
        return s.rstrip("/")

    return norm(label) == norm(url)


class Reader(HTMLParser):
    """Reads HTML (or, through ``add_text_line``, plain text) into the model.

    ``root`` is the message; ``dropped`` what was left out, as phrases, in first-seen order.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Item()
        self.dropped: dict[str, None] = {}
        self._stack: list[_Open] = []
        self._open_count: dict[str, int] = {}
        self._state = _ROOT
        self._containers: list[Item | TextList] = [self.root]
        self._line: list[Run] | None = None
        self._line_visible = False
        self._line_space = True  # the line so far is empty or ends in a space
        self._blank_run = 0
        self._seen_content = False
        self._cell_fresh = False  # nothing shown yet in the current table cell
        self._cell_separator = False  # the next text in the row goes after " – "
        self._pending_block: _Mark | None = None  # a block ended inside a table cell
        self._sheet: dict[str, list[tuple[str, str]]] = {}
        self._word_lists: list[TextList] = []
        self._word_pending: int = 0  # level of a Word list paragraph not yet started
        self._in_word_item = 0
        self._marker: list[str] = []
        self._marker_section = False

    # -- driving ---------------------------------------------------------------------------------

    def read(self, html: str) -> Item:
        self.feed(_prepare(html))
        self.close()
        return self.root

    def close(self) -> None:
        super().close()
        while self._stack:
            self._pop()
        self._end_line()

    def drop(self, phrase: str) -> None:
        if phrase:
            self.dropped.setdefault(phrase, None)

    # -- lines -----------------------------------------------------------------------------------

    def _parts(self) -> list[Line | _Mark | TextList]:
        top = self._containers[-1]
        if isinstance(top, TextList):  # text straight inside <ul>: an item of its own
            item = Item()
            top.items.append(item)
            self._containers.append(item)
            return item.parts
        return top.parts

    def _append(self, text: str, state: _State) -> None:
        """Add text to the current line; ``text`` has its whitespace collapsed already."""
        visible = _VISIBLE.search(text) is not None
        if visible:  # what waited for something to show: a Word list item, a cell's block
            if self._word_pending:
                self._start_word_item()
            if self._pending_block is not None:
                self._apply_pending_block()
        if self._line is None or self._line_space:
            text = text.lstrip(" ")
            if not text:
                return
        if self._line is None:
            self._line = []
            self._line_visible = False
        if visible:
            if self._cell_separator and self._line_visible:
                separator = _CELL_SEPARATOR.lstrip(" ") if self._line_space else _CELL_SEPARATOR
                self._line.append((separator, PLAIN))
                text = text.lstrip(" ")
            self._cell_separator = False
            self._cell_fresh = False
            self._line_visible = True
        fmt = (state.bold, state.italic, state.underline and not state.in_link, state.href)
        self._line.append((text, fmt))
        self._line_space = text.endswith(" ")
        if state.label is not None:
            state.label.append(text)

    def _text(self, data: str, state: _State) -> None:
        if state.pre:
            for i, piece in enumerate(data.replace("\r\n", "\n").split("\n")):
                if i:
                    self._line_break()
                if piece:
                    self._append(_WHITESPACE.sub(" ", piece), state)
        else:
            self._append(_WHITESPACE.sub(" ", data), state)

    def _line_break(self) -> None:
        if self._pending_block is not None:
            self._apply_pending_block()
        if self._line is None:
            self._line = []
            self._line_visible = False
        self._end_line()

    def _end_line(self) -> None:
        line = self._line
        if line is None:
            return
        self._line = None
        self._line_space = True
        self._cell_separator = False
        parts = self._parts()
        if not self._line_visible:
            parts.append(BLANK)
            self._blank_run += 1
            return
        while line and not line[-1][0].rstrip(" "):
            line.pop()
        text, fmt = line[-1]
        line[-1] = (text.rstrip(" "), fmt)
        self._content_follows()
        parts.append(Line(line))

    def _content_follows(self) -> None:
        # Amazon: no more than two line breaks in a row, i.e. at most one blank line.
        if self._blank_run >= 2 and self._seen_content:
            self.drop("extra blank lines")
        self._blank_run = 0
        self._seen_content = True

    def _block(self, mark: _Mark, state: _State) -> None:
        """A block starts or ends: the line ends, and a block with margins leaves a gap."""
        if state.in_cell:
            # In a table cell a block only separates what the cell itself shows, so that a
            # row of cells each holding a paragraph (Word's tables) stays one line.
            if not self._cell_fresh and self._pending_block is not PARA:
                self._pending_block = mark
            return
        self._pending_block = None
        self._end_line()
        if mark is PARA:
            parts = self._parts()
            if parts and parts[-1] is not PARA:
                parts.append(PARA)

    def _apply_pending_block(self) -> None:
        mark = self._pending_block
        self._pending_block = None
        if mark is not None:
            self._block(mark, _ROOT)

    def add_text_line(self, text: str) -> None:
        """One line of a plain text (without its newline)."""
        self._append(_WHITESPACE.sub(" ", text), _ROOT)
        self._line_break()

    # -- the stack of open elements --------------------------------------------------------------

    def _push(self, entry: _Open) -> None:
        self._stack.append(entry)
        self._open_count[entry.tag] = self._open_count.get(entry.tag, 0) + 1
        self._state = entry.state

    def _pop(self) -> None:
        entry = self._stack.pop()
        self._open_count[entry.tag] -= 1
        self._state = self._stack[-1].state if self._stack else _ROOT
        self._close(entry)

    def _pop_through(self, tag: str) -> None:
        while self._stack:
            done = self._stack[-1].tag == tag
            self._pop()
            if done:
                return

    def _close_implied(self, targets: frozenset[str], scope: frozenset[str]) -> None:
        """Close the nearest open element among ``targets`` unless a ``scope`` one is nearer."""
        if not any(self._open_count.get(t) for t in targets):
            return
        for entry in reversed(self._stack[-_IMPLIED_SCAN:]):
            if entry.tag in targets:
                self._pop_through(entry.tag)
                return
            if entry.tag in scope:
                return

    # -- tags --------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._open_count.get("head") and tag not in _HEAD_CONTENT:
            self._pop_through("head")  # a body without </head> before it: the head is over
        parent = self._state
        if parent.skip is not None or self._marker_section:
            if tag in ("script", "style"):  # in the <head>: gone, and worth saying
                self.drop(_DROPPED[tag])
            elif tag == "link" and "stylesheet" in str(dict(attrs).get("rel", "")).lower():
                self.drop("style sheet")
            if tag not in _VOID:
                self._push(_Open(tag, parent))
            return
        values = {name: value or "" for name, value in attrs}
        if tag in _VOID:
            self._void(tag, values, parent)
            return
        self._implied_ends(tag)
        parent = self._state
        entry = _Open(tag, parent)
        decls = self._declarations(tag, values)
        state = self._element_state(tag, values, decls, parent, entry)
        entry.state = state
        if state.skip is not None and parent.skip is None:
            self._push(entry)
            return
        self._start_structure(tag, decls, entry)
        self._push(entry)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "br" and self._state.skip is None:  # </br> is a line break to a browser
            self._line_break()
            return
        if self._open_count.get(tag):
            self._pop_through(tag)

    def _implied_ends(self, tag: str) -> None:
        if tag in _CLOSES_P:
            self._close_implied(_P_ONLY, _P_SCOPE)
        implied = _IMPLIED_ENDS.get(tag)
        if implied is not None:
            self._close_implied(*implied)

    def _declarations(self, tag: str, values: dict[str, str]) -> list[tuple[str, str]]:
        decls: list[tuple[str, str]] = []
        if self._sheet:
            decls.extend(self._sheet.get(tag, ()))
            for cls in values.get("class", "").lower().split():
                decls.extend(self._sheet.get("." + cls, ()))
                decls.extend(self._sheet.get(f"{tag}.{cls}", ()))
        style = values.get("style")
        if style:
            decls.extend((p, v) for p, v, _, _ in parse_declarations(style, 0))
        return decls

    def _element_state(
        self,
        tag: str,
        values: dict[str, str],
        decls: list[tuple[str, str]],
        parent: _State,
        entry: _Open,
    ) -> _State:
        bold, italic, underline = parent.bold, parent.italic, parent.underline
        href, in_link, label, pre = parent.href, parent.in_link, parent.label, parent.pre
        skip: str | None = None
        marker = False
        in_cell = parent.in_cell

        if tag in _DROPPED:
            self.drop(_DROPPED[tag])
            return replace(parent, skip="")
        if tag in _BOLD_TAGS:
            bold = True
        elif tag in _ITALIC_TAGS:
            italic = True
        elif tag in _UNDERLINE_TAGS:
            underline = True
        if tag in _TAG_REPORTS:
            self.drop(_TAG_REPORTS[tag])
        if tag == "pre":
            pre = True
        elif tag in ("td", "th"):
            in_cell = True
        elif tag in ("table", "tr", "tbody", "thead", "tfoot"):
            in_cell = False
        elif tag == "a" and "href" in values:
            kind, url = classify_href(values["href"])
            href, in_link, label = "", True, None
            if kind == "https":
                href = url
            elif kind == "http":
                label = []
                entry.link = (url, label)
                self.drop("insecure (http) link")
            else:
                self.drop(kind)
        elif tag == "font":
            self._font_attributes(values, parent.in_link)

        if "hidden" in values:
            skip = "hidden text"
        if values.get("align", "").strip().lower() not in ("", "left", "start"):
            self.drop("alignment")
        if values.get("bgcolor", "").strip().lower() not in _PLAIN_BACKGROUNDS | {""}:
            self.drop("background colour")
        if values.get("background"):
            self.drop("image")

        word_list = tag == "p" and any(p == "mso-list" for p, _ in decls)
        for prop, raw in decls:
            value = raw.strip().lower()
            if prop == "font-weight":
                if value in ("bold", "bolder") or (value.isdigit() and int(value) >= 600):
                    bold = True
                elif value in ("normal", "lighter") or value.isdigit():
                    bold = False
            elif prop == "font-style":
                if value in ("italic", "oblique") or value.startswith("oblique"):
                    italic = True
                elif value == "normal":
                    italic = False
            elif prop in ("text-decoration", "text-decoration-line"):
                if "underline" in value:
                    underline = True
                elif value.startswith("none"):
                    underline = False
                if "line-through" in value:
                    self.drop("strikethrough")
            elif prop == "font":
                words = value.replace(",", " ").split()
                if "bold" in words or any(w.isdigit() and int(w) >= 600 for w in words):
                    bold = True
                if "italic" in words or "oblique" in words:
                    italic = True
                if value not in _NEUTRAL:
                    self.drop("font size")
                    self.drop("font family")
            elif prop in ("display", "visibility", "mso-hide", "opacity"):
                # (Not font-size:0: e-mail layouts set it on a wrapper to close the gaps
                # between inline blocks, and size the text inside again.)
                if value in ("none", "hidden", "all", "0", "0.0"):
                    skip = "hidden text"
            elif prop == "mso-list":
                if value.startswith("ignore"):
                    marker = True
            elif not (word_list and prop in ("margin-left", "text-indent", "margin")):
                self._report_style(prop, value, parent.in_link or in_link)

        if marker:
            return replace(parent, skip="", marker=True)
        if skip is not None:
            return replace(parent, skip=skip)
        if (
            bold == parent.bold
            and italic == parent.italic
            and underline == parent.underline
            and href == parent.href
            and in_link == parent.in_link
            and label is parent.label
            and pre == parent.pre
            and in_cell == parent.in_cell
        ):
            return parent
        return _State(bold, italic, underline, href, in_link, None, pre, in_cell, label)

    def _report_style(self, prop: str, value: str, in_link: bool) -> None:
        """Say what a CSS declaration the subset cannot keep did, if a reader would notice."""
        if value in _NEUTRAL:
            return
        phrase = ""
        if prop == "font-family":
            phrase = "font family"
        elif prop == "font-size":
            phrase = "font size"
        elif prop == "color":
            phrase = "" if in_link else "text colour"
        elif prop in ("background", "background-color"):
            if "url(" in value:
                phrase = "image"
            elif value not in _PLAIN_BACKGROUNDS and value.replace(" ", "") not in (
                _PLAIN_BACKGROUNDS
            ):
                phrase = "background colour"
        elif prop == "background-image":
            phrase = "image" if "url(" in value else ""
        elif prop == "text-align":
            phrase = "" if value in ("left", "start", "", "inherit", "initial") else "alignment"
        elif prop == "line-height":
            phrase = "line height"
        elif prop.startswith(("margin", "padding")) or prop == "text-indent":
            phrase = "margins" if _horizontal_space(prop, value) else ""
        elif prop.startswith("border"):
            phrase = "" if value.startswith(("none", "0", "hidden")) else "borders"
        elif prop in ("letter-spacing", "word-spacing"):
            phrase = "" if _is_zero(value) else "letter spacing"
        elif prop == "text-transform":
            phrase = "capitalisation style"
        elif prop == "vertical-align":
            phrase = "superscript/subscript" if value in ("super", "sub") else ""
        self.drop(phrase)

    def _font_attributes(self, values: dict[str, str], in_link: bool) -> None:
        if values.get("face"):
            self.drop("font family")
        if values.get("color") and not in_link:
            self.drop("text colour")
        if values.get("size"):
            self.drop("font size")

    def _start_structure(self, tag: str, decls: list[tuple[str, str]], entry: _Open) -> None:
        """What an element starts: a block, a list, a list item, a table cell."""
        state = entry.state
        if tag in _LISTS or tag == "li":
            self._word_lists.clear()
            self._start_list_element(tag, entry)
            return
        if tag in ("td", "th"):
            self._pending_block = None
            self._cell_separator = self._line is not None and self._line_visible
            self._cell_fresh = True
            return
        word_list = tag == "p" and any(p == "mso-list" for p, _ in decls)
        if word_list and self._start_word_paragraph(decls, entry):
            return
        mark = self._block_kind(tag, decls)
        if mark is None:
            return
        entry.block = mark
        if not self._in_word_item:
            self._word_lists.clear()
            self._marker_section = False
        self._block(mark, state)
        if tag == "p" and not state.in_cell:
            parts = self._parts()
            entry.empty_check = (parts, len(parts))

    def _block_kind(self, tag: str, decls: list[tuple[str, str]]) -> _Mark | None:
        if tag in _PARA_BLOCKS:
            top, bottom = _vertical_margins(decls)
            # Zero margins both ways (Qt's typed lines, Outlook's paragraphs) make a line.
            return LINE_END if top is False and bottom is False else PARA
        if tag in _LINE_BLOCKS:
            top, bottom = _vertical_margins(decls)
            return PARA if top or bottom else LINE_END
        return None

    def _start_list_element(self, tag: str, entry: _Open) -> None:
        self._pending_block = None
        self._end_line()
        entry.containers = len(self._containers)
        if tag == "li":
            top = self._containers[-1]
            if not isinstance(top, TextList):  # an item outside any list
                last = top.parts[-1] if top.parts else None
                if isinstance(last, TextList) and not last.ordered:  # the one just before
                    self._containers.append(last)
                    top = last
                else:
                    top = self._new_list(False)
            item = Item()
            top.items.append(item)
            self._containers.append(item)
        else:
            self._new_list(_LISTS[tag])

    def _nearest_list(self) -> TextList | None:
        for container in reversed(self._containers):
            if isinstance(container, TextList):
                return container
        return None

    def _new_list(self, ordered: bool) -> TextList:
        self._content_follows()
        nearest = self._nearest_list()
        if nearest is not None and nearest.depth >= MAX_LIST_DEPTH:
            self._containers.append(nearest)
            return nearest
        lst = TextList(ordered, nearest.depth + 1 if nearest is not None else 1)
        top = self._containers[-1]
        if isinstance(top, TextList):  # <ul><ul>: Gmail nests a list straight in a list
            if not top.items:
                top.items.append(Item())
            top.items[-1].parts.append(lst)
        else:
            top.parts.append(lst)
        self._containers.append(lst)
        return lst

    # -- Word's lists: paragraphs with mso-list and a typed bullet ------------------------------

    def _start_word_paragraph(self, decls: list[tuple[str, str]], entry: _Open) -> bool:
        value = next(v for p, v in reversed(decls) if p == "mso-list")
        m = _WORD_LEVEL.search(value)
        if m is None:
            return False
        self._pending_block = None
        self._end_line()
        entry.word = True
        entry.containers = len(self._containers)
        self._in_word_item += 1
        self._word_pending = max(1, min(int(m.group(1)), MAX_LIST_DEPTH))
        self._marker = []
        return True

    def _start_word_item(self) -> None:
        level = self._word_pending
        self._word_pending = 0
        ordered = _ORDERED_MARKER.match("".join(self._marker).strip(" \u00a0\t")) is not None
        lists = self._word_lists
        del lists[level:]
        if len(lists) == level and lists[-1].ordered != ordered:
            lists.pop()
        while len(lists) < level:
            if lists:
                parent = lists[-1]
                if not parent.items:
                    parent.items.append(Item())
                lst = TextList(ordered, parent.depth + 1)
                parent.items[-1].parts.append(lst)
            else:
                self._content_follows()
                lst = TextList(ordered)
                self._parts().append(lst)
            lists.append(lst)
        item = Item()
        lists[-1].items.append(item)
        self._containers.append(item)

    # -- ends ----------------------------------------------------------------------------------

    def _close(self, entry: _Open) -> None:
        state = entry.state
        if entry.link is not None:
            url, label = entry.link
            shown = "".join(label).strip()
            if shown and not same_url(shown, url):
                self._append(f" ({url})", replace(state, label=None))
        if state.skip is not None:
            return
        if entry.word:
            self._word_pending = 0
            self._in_word_item -= 1
            self._marker_section = False
            self._end_line()
        elif entry.empty_check is not None:
            parts, length = entry.empty_check
            top = self._containers[-1]
            if self._line is None and len(parts) == length and parts is getattr(top, "parts", 0):
                parts.append(BLANK)  # <p></p>: an empty paragraph shows as a blank line
                self._blank_run += 1
        if entry.containers is not None:
            self._end_line()
            del self._containers[entry.containers :]
        elif entry.block is not None:
            self._block(entry.block, state)

    def _void(self, tag: str, values: dict[str, str], state: _State) -> None:
        if tag == "br":
            self._line_break()
        elif tag in ("img", "v:imagedata"):
            self.drop("tracking pixel" if _is_tracker(values) else "image")
        elif tag == "hr":
            self.drop("horizontal line")
            self._block(PARA, state)
        elif tag == "input":
            if values.get("type", "").lower() != "hidden":
                self.drop("form")
        elif tag in ("embed", "frame"):
            self.drop("embedded content")
        elif tag == "link" and "stylesheet" in values.get("rel", "").lower():
            self.drop("style sheet")

    # -- text and the rest ---------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self.cdata_elem == "style":
            self._read_sheet(data)
            return
        state = self._state
        if self._marker_section or state.marker:
            self._marker.append(data)
            return
        if state.skip is not None:
            if state.skip and _VISIBLE.search(data):
                self.drop(state.skip)
            return
        self._text(data, state)

    def handle_comment(self, data: str) -> None:
        # Word writes the typed bullet of a list item between these two comments.
        low = data.strip().lower()
        if low == "[if !supportlists]":
            self._marker_section = self._in_word_item > 0
        elif low == "[endif]":
            self._marker_section = False

    def unknown_decl(self, data: str) -> None:
        low = data.strip().lower()
        if low == "if !supportlists":
            self._marker_section = self._in_word_item > 0
        elif low == "endif":
            self._marker_section = False

    def _read_sheet(self, css: str) -> None:
        """Keep the margins of simple rules (``p.MsoNormal {margin:0}``): they tell a paragraph
        from a line. Everything else a style sheet says is dropped (and reported once)."""
        css = re.sub(r"/\*.*?\*/|<!--|-->", " ", css, flags=re.S)
        for rule in re.finditer(r"([^{}]*)\{([^{}]*)\}", css):
            margins = [
                (p, v)
                for p, v, _, _ in parse_declarations(rule.group(2), 0)
                if p in ("margin", "margin-top", "margin-bottom")
            ]
            if not margins:
                continue
            for selector in rule.group(1).split(","):
                key = selector.strip().lower()
                if re.fullmatch(r"[a-z][a-z0-9]*|[a-z0-9]*\.[\w-]+", key):
                    self._sheet.setdefault(key, []).extend(margins)


def _is_tracker(values: dict[str, str]) -> bool:
    """A tracking pixel: hidden, or at most 2 by 2 pixels, or from an open-tracking address."""
    style = {p: v.strip().lower() for p, v, _, _ in parse_declarations(values.get("style", ""), 0)}
    if style.get("display") == "none" or style.get("visibility") == "hidden":
        return True
    sizes = []
    for name in ("width", "height"):
        raw = (style.get(name) or values.get(name, "")).strip().lower().removesuffix("px")
        sizes.append(float(raw) if re.fullmatch(r"\d+(?:\.\d+)?", raw) else None)
    if any(s is not None and s == 0 for s in sizes):
        return True
    if all(s is not None and s <= 2 for s in sizes):
        return True
    return bool(_TRACKER.search(values.get("src", "")))


def _prepare(html: str) -> str:
    """Make the input safe for the standard parser: no control characters, no constructs that
    make it raise (``<![foo``) and none it would search to the end for again and again (an
    unterminated ``<!--``, ``<![if`` or tag after the last place one could end)."""
    if html.startswith("Version:"):  # the Windows clipboard's header
        m = _CF_HTML_HEADER.match(html)
        if m:
            html = html[m.end() :]
    html = _CONTROL.sub("", html)
    html = _BAD_MARKED_SECTION.sub("&lt;![", html)
    last_gt = html.rfind(">")
    if html.find("<", last_gt + 1) >= 0:
        html = html[: last_gt + 1] + html[last_gt + 1 :].replace("<", "&lt;")
    for opener, closer in (("<!--", "-->"), ("<![", "]>")):
        end = html.rfind(closer)
        if html.find(opener, max(end, 0)) >= 0:
            html = html[: max(end, 0)] + html[max(end, 0) :].replace(opener, "&lt;" + opener[1:])
    return html


def read_html(html: str) -> tuple[Item, tuple[str, ...]]:
    """The model of any HTML, and what was left out of it."""
    reader = Reader()
    root = reader.read(html)
    return root, tuple(reader.dropped)


def read_text(text: str) -> tuple[Item, tuple[str, ...]]:
    """The model of a plain text: a blank line ends a paragraph, a newline ends a line."""
    reader = Reader()
    # Qt's own plain text can carry its line and paragraph separators (U+2028, U+2029).
    text = text.replace("\r\n", "\n").translate(_NEWLINES)
    text = _CONTROL.sub("", text)
    for line in text.split("\n"):
        reader.add_text_line(line)
    reader.close()
    return reader.root, tuple(reader.dropped)


# --- writing ------------------------------------------------------------------------------------


def _has_content(item: Item) -> bool:
    for part in item.parts:
        if isinstance(part, Line):
            return True
        if isinstance(part, TextList) and any(_has_content(i) for i in part.items):
            return True
    return False


def _merged(runs: list[Run]) -> list[Run]:
    out: list[Run] = []
    for text, fmt in runs:
        if out and out[-1][1] == fmt:
            out[-1] = (out[-1][0] + text, fmt)
        else:
            out.append((text, fmt))
    return out


def _line_html(line: Line) -> str:
    out: list[str] = []
    opened: list[tuple[str, str]] = []  # (tag, href), outermost first: a, b, i, u
    for text, (bold, italic, underline, href) in _merged(line.runs):
        wanted: list[tuple[str, str]] = []
        if href:
            wanted.append(("a", href))
        if bold:
            wanted.append(("b", ""))
        if italic:
            wanted.append(("i", ""))
        if underline and not href:
            wanted.append(("u", ""))
        keep = 0
        while keep < len(opened) and keep < len(wanted) and opened[keep] == wanted[keep]:
            keep += 1
        for tag, _ in reversed(opened[keep:]):
            out.append(f"</{tag}>")
        for tag, link in wanted[keep:]:
            out.append(f'<a href="{escape(link)}">' if tag == "a" else f"<{tag}>")
        opened = wanted
        out.append(escape(text, quote=False))
    for tag, _ in reversed(opened):
        out.append(f"</{tag}>")
    return "".join(out)


def _item_html(item: Item) -> str:
    out: list[str] = []
    previous_line = False
    for part in item.parts:
        if isinstance(part, Line):
            if previous_line:
                out.append("<br>")
            out.append(_line_html(part))
            previous_line = True
        elif isinstance(part, TextList) and any(_has_content(i) for i in part.items):
            out.append(_list_html(part))
            previous_line = False
    return "".join(out)


def _list_html(lst: TextList) -> str:
    items = [f"<li>{_item_html(i)}</li>" for i in lst.items if _has_content(i)]
    if not items:
        return ""
    tag = "ol" if lst.ordered else "ul"
    return f"<{tag}>{''.join(items)}</{tag}>"


def _blocks(root: Item) -> list[list[Line] | TextList]:
    """The top level as paragraphs (their lines) and lists; blank lines end a paragraph."""
    blocks: list[list[Line] | TextList] = []
    paragraph: list[Line] = []
    for part in root.parts:
        if isinstance(part, Line):
            paragraph.append(part)
            continue
        if paragraph:
            blocks.append(paragraph)
            paragraph = []
        if isinstance(part, TextList) and any(_has_content(i) for i in part.items):
            blocks.append(part)
    if paragraph:
        blocks.append(paragraph)
    return blocks


def write_html(root: Item) -> str:
    """The canonical HTML of the model: only p, br, b, i, u, ul, ol, li and a href."""
    out = []
    for block in _blocks(root):
        if isinstance(block, TextList):
            out.append(_list_html(block))
        else:
            out.append("<p>" + "<br>".join(_line_html(line) for line in block) + "</p>")
    return "\n".join(out)


def _line_text(line: Line) -> str:
    out: list[str] = []
    label: list[str] = []
    href = ""
    for text, fmt in [*line.runs, ("", PLAIN)]:
        if fmt[3] != href:
            if href:
                shown = "".join(label)
                out.append(shown)
                if not same_url(shown, href):
                    out.append(f" ({href})" if shown.strip() else href)
                label = []
            href = fmt[3]
        (label if href else out).append(text)
    return "".join(out)


def _list_text(lst: TextList, depth: int) -> list[str]:
    lines: list[str] = []
    number = 0
    indent = "  " * depth
    for item in lst.items:
        if not _has_content(item):
            continue
        number += 1
        marker = f"{number}. " if lst.ordered else "- "
        first = True
        for part in item.parts:
            if isinstance(part, Line):
                prefix = indent + (marker if first else " " * len(marker))
                lines.append(prefix + _line_text(part))
                first = False
            elif isinstance(part, TextList):
                lines.extend(_list_text(part, depth + 1))
    return lines


_TRAILING = re.compile(r"[ \t\u00a0]+$", re.M)


def write_text(root: Item) -> str:
    """The plain text of the model: paragraphs apart by a blank line, list items as "- " or
    "1. " lines (nested ones two spaces in), links as "label (address)"."""
    blocks = []
    for block in _blocks(root):
        if isinstance(block, TextList):
            blocks.append("\n".join(_list_text(block, 0)))
        else:
            blocks.append("\n".join(_line_text(line) for line in block))
    text = _TRAILING.sub("", "\n\n".join(blocks))
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def plain_text(html: str) -> str:
    """The plain text of any HTML, as the buyer of a plain-text channel reads it."""
    return write_text(read_html(html)[0])
