"""Styling: emoji, line breaks, and the HTML formatting Amazon forbids (catalogue 3.E)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from composer.policy.document import Image, StyleDecl, TextView
from composer.policy.engine import Context, detector
from composer.policy.model import BodyFormat, Edit, FieldName, Finding, Fix, Severity
from composer.policy.rules.links import is_amazon
from composer.policy.wording import Words

# --- emoji -------------------------------------------------------------------------------------

_NOT_EMOJI = frozenset("\u00a9\u00ae\u2122")  # ©, ®, ™: emoji only with VS16 (catalogue 7)
_EMOTICON = re.compile(
    r"(?<![\w:;=^<>/])(?:[:;=][-']?[)(\]\[dDpPoO*|/\\]|<3|\^_?\^|[xX]D)(?![\w)(\]\[])"
)


@cache
def _emoji_starts() -> frozenset[str]:
    """Characters that can begin an emoji sequence (keycaps are found by their U+20E3)."""
    import emoji  # noqa: PLC0415 - 30 ms of data, loaded on the first check

    firsts = {e[0] for e in emoji.EMOJI_DATA} - _NOT_EMOJI
    return frozenset({c for c in firsts if not c.isascii()} | {"\u20e3", "\ufe0f"})


# Every emoji starter is at or above U+203C; a regex over this one range is fast, where a
# class of the thousand starters themselves would be tested range by range for each character.
_HIGH_CHARACTER = re.compile("[\u203c-\U0010ffff]")


# An emoji sequence (flags, families, keycaps, skin tones, tags) is at most this long.
_WINDOW = 32


def emoji_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of emoji sequences. The emoji library walks every character of what it is given,
    so it only sees a short window around each character that can start an emoji."""
    import emoji  # noqa: PLC0415

    starters = _emoji_starts()
    done = 0
    for m in _HIGH_CHARACTER.finditer(text):
        if m.start() < done or m.group() not in starters:
            continue
        base = max(done, m.start() - 2)  # a keycap's digit comes before its U+20E3
        window = text[base : m.start() + _WINDOW]
        for item in emoji.emoji_list(window):
            start, end = base + item["match_start"], base + item["match_end"]
            if text[start:end] in _NOT_EMOJI:
                continue
            while end < len(text) and text[end] in "\ufe0f\ufe0e":
                end += 1
            done = max(done, end)
            yield start, end
        done = max(done, m.start() + 1)


@detector("emoji")
def emojis(ctx: Context) -> Iterator[Finding]:
    for view in ctx.document.views:
        for start, end in emoji_spans(view.text):
            yield ctx.finding(
                "emoji", view, start, end, fix=_remove(ctx, "emoji", view, start, end)
            )
        for m in _EMOTICON.finditer(view.text):
            yield ctx.finding(
                "emoji",
                view,
                m.start(),
                m.end(),
                severity=Severity.WARNING,
                fix=_remove(ctx, "emoji", view, m.start(), m.end()),
            )


def _remove(ctx: Context, rule: str, view: TextView, start: int, end: int) -> Fix | None:
    fix = ctx.delete_fix(rule, view, start, end)
    if fix is None:  # written as an HTML entity: the whole entity goes
        s0, s1 = view.source_span(start, end)
        fix = Fix(ctx.spec(rule).fix, (Edit(view.field, s0, s1, ""),))
    return fix


# --- line breaks -------------------------------------------------------------------------------

_BREAK_RUN = re.compile(r"(?:\r?\n[ \t\u00a0]*){3,}")


@detector("line-breaks")
def line_breaks(ctx: Context) -> Iterator[Finding]:
    body = ctx.document.body
    html = ctx.document.format is BodyFormat.HTML
    for m in _BREAK_RUN.finditer(body.text):
        newlines = [i for i in range(m.start(), m.end()) if body.text[i] == "\n"]
        # In HTML a block boundary is not a line break of its own; <br> and empty paragraphs are.
        counted = (
            [i for i in newlines if ctx.document.breaks.get(i) in ("br", "empty")]
            if html
            else newlines
        )
        if len(counted) < 3:
            continue
        start = m.start() if not html else counted[0]
        end = counted[-1] + 1
        yield ctx.finding(
            "line-breaks",
            body,
            start,
            end,
            count=len(counted),
            fix=_line_break_fix(ctx, body, start, end, counted),
        )


def _line_break_fix(
    ctx: Context, view: TextView, start: int, end: int, breaks: list[int]
) -> Fix | None:
    title = ctx.spec("line-breaks").fix
    if ctx.document.format is BodyFormat.TEXT:
        newline = "\r\n" if "\r\n" in view.text[start:end] else "\n"
        return Fix(title, (Edit(view.field, start, end, newline * 2),))
    extra = breaks[2:]
    if not all(ctx.document.breaks.get(i) == "br" for i in extra):
        return None  # empty paragraphs: which tags to drop is the seller's call
    s0 = view.source_span(extra[0], extra[0] + 1)[0]
    s1 = view.source_span(extra[-1], extra[-1] + 1)[1]
    return Fix(title, (Edit(view.field, s0, s1, ""),))


# --- HTML formatting ---------------------------------------------------------------------------

_NEUTRAL_VALUES = frozenset(
    {"inherit", "initial", "unset", "revert", "normal", "auto", "currentcolor", ""}
)
_LENGTH = re.compile(r"^(-?\d*\.?\d+)\s*(px|pt|em|rem|%|)$")
_EM_PX = 16.0


def _px(value: str) -> tuple[float, bool] | None:
    """A CSS length as (pixels or percent, is_percent)."""
    m = _LENGTH.match(value.strip().lower())
    if not m:
        return None
    number, unit = float(m.group(1)), m.group(2)
    if unit == "%":
        return number, True
    factor = {"px": 1.0, "": 1.0, "pt": 4 / 3, "em": _EM_PX, "rem": _EM_PX}[unit]
    return number * factor, False


def _decl_finding(ctx: Context, rule: str, decl: StyleDecl, fix: bool = True) -> Finding:
    edit_fix = None
    if fix and decl.origin in ("style", "sheet"):
        edit_fix = Fix(ctx.spec(rule).fix, (Edit(FieldName.BODY, decl.start, decl.end, ""),))
    return ctx.source_finding(
        rule,
        FieldName.BODY,
        decl.start,
        decl.end,
        fix=edit_fix,
        text=f"{decl.prop}: {decl.value}" if decl.origin != "tag" else "<center>",
    )


def _value_words(value: str) -> list[str]:
    return re.findall(r"[^\s,]+", value.lower())


@detector("font-family", "font-color", "line-height", "alignment", "margin")
def formatting(ctx: Context) -> Iterator[Finding]:
    rtl = ctx.language.code in ("ar", "he")
    half_margin = 0.2 * ctx.options.container_width
    for decl in ctx.document.styles:
        prop, value = decl.prop, decl.value.strip().lower()
        if value in _NEUTRAL_VALUES:
            continue
        if prop == "font-family" or (prop == "font" and _font_shorthand_family(value)):
            yield _decl_finding(ctx, "font-family", decl)
        elif prop == "color":
            yield _decl_finding(ctx, "font-color", decl)
        elif prop == "line-height":
            yield _decl_finding(ctx, "line-height", decl)
        elif prop == "text-align":
            if value in ("left", "start") or (rtl and value in ("right", "end")):
                continue
            yield _decl_finding(ctx, "alignment", decl)
        elif prop in _MARGIN_PROPERTIES and any(
            _too_wide(v, half_margin) for v in _horizontal_values(prop, value)
        ):
            yield _decl_finding(ctx, "margin", decl)


_MARGIN_PROPERTIES = frozenset(
    {
        "margin",
        "padding",
        "margin-left",
        "margin-right",
        "padding-left",
        "padding-right",
        "margin-inline",
        "padding-inline",
        "margin-inline-start",
        "margin-inline-end",
        "padding-inline-start",
        "padding-inline-end",
    }
)


def _font_shorthand_family(value: str) -> bool:
    # "font: 12px Arial, sans-serif": whatever follows the size is the family.
    return bool(re.search(r"\d(?:px|pt|em|rem|%)?(?:/\S+)?\s+['\"\w]", value))


def _horizontal_values(prop: str, value: str) -> list[str]:
    parts = value.split()
    if prop in ("margin", "padding"):
        if len(parts) in (2, 3):
            return [parts[1]]
        if len(parts) == 4:
            return [parts[1], parts[3]]
        return parts[:1]
    return parts


def _too_wide(value: str, half_margin: float) -> bool:
    size = _px(value)
    if size is None:
        return False
    number, percent = size
    return number > 20 if percent else number > half_margin


@detector("font-sizes")
def font_sizes(ctx: Context) -> Iterator[Finding]:
    sizes = sorted(ctx.document.font_sizes.items(), key=lambda kv: kv[1])
    if len(sizes) > 3:
        offset = sizes[3][1]  # where the fourth size first shows
        source = ctx.message.body
        end = source.find("<", offset)
        yield ctx.source_finding(
            "font-sizes",
            FieldName.BODY,
            offset,
            end if end > offset else min(len(source), offset + 20),
            count=len(sizes),
        )


# --- images ------------------------------------------------------------------------------------


def _dimension(image: Image, name: str) -> tuple[float, bool] | None:
    value = image.style.get(name) or image.attrs.get(name)
    return _px(value) if value else None


def _is_hidden(image: Image) -> bool:
    style = image.style
    if style.get("display", "").strip().lower() == "none":
        return True
    if style.get("visibility", "").strip().lower() == "hidden":
        return True
    if style.get("opacity", "").strip() in ("0", "0.0"):
        return True
    dims = [_dimension(image, "width"), _dimension(image, "height")]
    if any(d is not None and not d[1] and d[0] == 0 for d in dims):
        return True
    return all(d is not None and not d[1] and d[0] <= 2 for d in dims)


@detector("tracking-pixel", "insecure-image", "image-width", "animated-gif", "accessibility")
def images(ctx: Context) -> Iterator[Finding]:
    limit = 0.8 * ctx.options.container_width
    for image in ctx.document.images:
        src = image.src.strip()
        if _is_hidden(image) or _TRACKER_HOST.search(src):
            yield ctx.source_finding(
                "tracking-pixel",
                FieldName.BODY,
                image.start,
                image.end,
                text=src or "<img>",
                fix=Fix(
                    ctx.spec("tracking-pixel").fix,
                    (Edit(FieldName.BODY, image.start, image.end, ""),),
                ),
            )
            continue
        if src.lower().startswith("http://"):
            yield ctx.source_finding(
                "insecure-image", FieldName.BODY, image.src_start, image.src_end, text=src
            )
        width = _dimension(image, "width")
        if width is not None and (width[0] > 80 if width[1] else width[0] > limit):
            yield ctx.source_finding(
                "image-width",
                FieldName.BODY,
                image.start,
                image.end,
                text=f"width {image.style.get('width') or image.attrs.get('width')}",
            )
        if re.search(r"\.gif(?:$|[?#])|^data:image/gif", src, re.I):
            yield ctx.source_finding(
                "animated-gif", FieldName.BODY, image.src_start, image.src_end, text=src
            )
        if image.alt is None:
            yield ctx.source_finding(
                "accessibility",
                FieldName.BODY,
                image.start,
                image.end,
                problem=Words.tr("image without alt text"),
                text=src or "<img>",
            )
    for resource in ctx.document.resources:
        if resource.url.lower().startswith("http://"):
            yield ctx.source_finding(
                "insecure-image", FieldName.BODY, resource.start, resource.end, text=resource.url
            )
    body = ctx.document.body
    for link in ctx.document.links:
        if (
            link.label
            and ctx.has_cue("vague-link-text", body, link.text_start, link.text_end)
            and len(link.label.split()) <= 3
        ):
            s0, s1 = body.source_span(link.text_start, link.text_end)
            yield ctx.source_finding(
                "accessibility",
                FieldName.BODY,
                s0,
                s1,
                problem=Words.tr("link text that does not say where it goes"),
                text=link.label,
            )
    for decl in ctx.document.styles:
        if decl.prop == "color" and _low_contrast(decl.value):
            yield ctx.source_finding(
                "accessibility",
                FieldName.BODY,
                decl.start,
                decl.end,
                problem=Words.tr("text colour too light to read on white"),
                text=decl.value,
            )
    for att in ctx.message.attachments:
        if att.name.lower().endswith(".gif") or att.content_type.lower() == "image/gif":
            yield ctx.source_finding("animated-gif", FieldName.BODY, 0, 0, text=att.name)


# Open-tracking endpoints of the common e-mail services (catalogue 3.C tracking-pixel).
_TRACKER_HOST = re.compile(
    r"//[^/]*(?:list-manage\.com/track|mailtrack\.io|sendgrid\.net/wf/open|mandrillapp\.com/track|"
    r"/open\.php|/track/open|pixel\.|/pixel\b|/beacon\b|mailchimp\.com/track|hubspot\w*\.\w+/e\d|"
    r"klclick|ct\.sendgrid|getnotify|yesware|bananatag|streak\.com)",
    re.I,
)


def _low_contrast(value: str) -> bool:
    rgb = _rgb(value.strip().lower())
    if rgb is None:
        return False

    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return (1.05) / (luminance + 0.05) < 4.5  # WCAG AA against a white background


_NAMED = {
    "white": (255, 255, 255),
    "yellow": (255, 255, 0),
    "silver": (192, 192, 192),
    "lightgray": (211, 211, 211),
    "lightgrey": (211, 211, 211),
    "gainsboro": (220, 220, 220),
    "whitesmoke": (245, 245, 245),
    "beige": (245, 245, 220),
    "ivory": (255, 255, 240),
    "lightyellow": (255, 255, 224),
    "aqua": (0, 255, 255),
    "lime": (0, 255, 0),
    "orange": (255, 165, 0),
    "pink": (255, 192, 203),
}


def _rgb(value: str) -> tuple[int, int, int] | None:
    if value in _NAMED:
        return _NAMED[value]
    m = re.fullmatch(r"#([0-9a-f]{3}|[0-9a-f]{6})", value)
    if m:
        h = m.group(1)
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)
    m = re.fullmatch(r"rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)[^)]*\)", value)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


__all__ = ["emoji_spans", "is_amazon"]
