"""The editor's document as Amazon-safe HTML, with a map back to the document.

The body that is checked, saved, exported and sent is written here from the QTextDocument
itself, not from ``QTextEdit.toHtml()`` (which adds fonts, margins and colours of its own):
paragraphs, line breaks, bold, italic, underline, bulleted and numbered lists and links, and
nothing else. Every character of the HTML knows the document position it came from, so a
finding's span in the HTML (what the engine reports) becomes a selection in the editor: markup
maps to the position of the text that follows it. Document positions are Qt's (UTF-16 units).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextDocument, QTextListFormat

_LINE_SEPARATOR = "\u2028"  # Shift+Enter inside a paragraph
_OBJECT = "\ufffc"  # an embedded object (image): the editor admits none, written as nothing
_ORDERED = frozenset(
    {
        QTextListFormat.Style.ListDecimal,
        QTextListFormat.Style.ListLowerAlpha,
        QTextListFormat.Style.ListUpperAlpha,
        QTextListFormat.Style.ListLowerRoman,
        QTextListFormat.Style.ListUpperRoman,
    }
)


@dataclass(frozen=True, slots=True)
class BodyHtml:
    html: str
    # starts[i]: the document position where html[i] begins (markup: the text after it);
    # ends[i]: where it ends (markup: the end of the text before it).
    starts: array[int]
    ends: array[int]

    def document_span(self, start: int, end: int) -> tuple[int, int]:
        """The document positions of html[start:end] (a finding's span)."""
        if not self.html:
            return 0, 0
        start = min(max(start, 0), len(self.html) - 1)
        end = min(max(end, start + 1), len(self.html))
        a, b = self.starts[start], self.ends[end - 1]
        return a, max(a, b)


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts = array("q")
        self.ends = array("q")

    def markup(self, text: str) -> None:
        self.parts.append(text)
        self.starts.extend([-1] * len(text))  # filled in by finish()
        self.ends.extend([-1] * len(text))

    def text(self, text: str, position: int) -> None:
        """Characters of the document from ``position`` on (UTF-16 positions)."""
        for ch in text:
            width = 2 if ord(ch) > 0xFFFF else 1
            if ch != _OBJECT:
                written = "<br>" if ch == _LINE_SEPARATOR else escape(ch, quote=False)
                self.parts.append(written)
                self.starts.extend([position] * len(written))
                self.ends.extend([position + width] * len(written))
            position += width

    def line_break(self, position: int) -> None:
        """A ``<br>`` for the paragraph separator at ``position`` (an Enter)."""
        self.parts.append("<br>")
        self.starts.extend([position] * 4)
        self.ends.extend([position + 1] * 4)

    def finish(self, end: int) -> BodyHtml:
        following = end
        for i in range(len(self.starts) - 1, -1, -1):
            if self.starts[i] < 0:
                self.starts[i] = following
            else:
                following = self.starts[i]
        preceding = 0
        for i in range(len(self.ends)):
            if self.ends[i] < 0:
                self.ends[i] = preceding
            else:
                preceding = self.ends[i]
        return BodyHtml("".join(self.parts), self.starts, self.ends)


def _inline_tags(fmt: QTextCharFormat) -> list[tuple[str, str]]:
    """(opening, closing) tags for a run of text, outermost first."""
    tags: list[tuple[str, str]] = []
    href = fmt.anchorHref() if fmt.isAnchor() else ""
    if href:
        tags.append((f'<a href="{escape(href)}">', "</a>"))
    if fmt.fontWeight() >= QFont.Weight.DemiBold:
        tags.append(("<b>", "</b>"))
    if fmt.fontItalic():
        tags.append(("<i>", "</i>"))
    if fmt.fontUnderline() and not href:  # a link is underlined by the viewer, not by us
        tags.append(("<u>", "</u>"))
    return tags


def _write_block(block: QTextBlock, out: _Writer) -> None:
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            tags = _inline_tags(fragment.charFormat())
            for opening, _ in tags:
                out.markup(opening)
            out.text(fragment.text(), fragment.position())
            for _, closing in reversed(tags):
                out.markup(closing)
        it += 1


def body_html(document: QTextDocument) -> BodyHtml:
    """The document's content in the allowed subset, with its position map.

    Each Enter is a line break, as in a mail client: one Enter starts a new line (``<br>``),
    two (one blank line) a new paragraph, and three or more are written as that many ``<br>``,
    so the line-break rule sees what was typed. Blank lines before the first text and after
    the last are not part of the message."""
    out = _Writer()
    open_lists: list[tuple[int, str]] = []  # (indent, tag) of the lists being written
    in_paragraph = False
    breaks: list[int] = []  # positions of the Enters since the last line of text

    def close_paragraph() -> None:
        nonlocal in_paragraph
        if in_paragraph:
            out.markup("</p>")
            in_paragraph = False

    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        if text_list is not None:
            close_paragraph()
            breaks.clear()
            _write_list_item(block, text_list.format(), open_lists, out)
        elif not block.text():
            breaks.append(block.position() - 1)  # the Enter that made this empty line
        else:
            while open_lists:
                out.markup(f"</{open_lists.pop()[1]}>")
            if in_paragraph:
                breaks.append(block.position() - 1)  # the Enter that started this line
                if len(breaks) == 2:
                    close_paragraph()
                else:
                    for position in breaks:
                        out.line_break(position)
            if not in_paragraph:
                out.markup("<p>")
                in_paragraph = True
            breaks.clear()
            _write_block(block, out)
        block = block.next()
    close_paragraph()
    while open_lists:
        out.markup(f"</{open_lists.pop()[1]}>")
    return out.finish(max(document.characterCount() - 1, 0))


def _write_list_item(
    block: QTextBlock, fmt: QTextListFormat, open_lists: list[tuple[int, str]], out: _Writer
) -> None:
    indent = fmt.indent()
    tag = "ol" if fmt.style() in _ORDERED else "ul"
    while open_lists and open_lists[-1][0] > indent:
        out.markup(f"</{open_lists.pop()[1]}>")
    if open_lists and open_lists[-1][0] == indent and open_lists[-1][1] != tag:
        out.markup(f"</{open_lists.pop()[1]}>")
    if not open_lists or open_lists[-1][0] < indent:
        out.markup(f"<{tag}>")
        open_lists.append((indent, tag))
    out.markup("<li>")
    _write_block(block, out)
    out.markup("</li>")
