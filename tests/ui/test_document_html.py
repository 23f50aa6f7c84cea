"""The editor's document written as Amazon-safe HTML, and spans mapped back to it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot

from composer.policy import BodyFormat, Message, check
from composer.ui.document_html import body_html

SOURCE = (
    "<p>Hello <b>bold</b> 😀 <i>it</i> <u>under</u> "
    '<a href="https://x.example.com/a?b=1&amp;c=2">link</a> a&lt;b</p>'
    "<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol><p>end<br>line</p>"
)


@pytest.fixture
def document(qtbot: QtBot) -> QTextDocument:  # noqa: ARG001 - the QApplication
    doc = QTextDocument()
    doc.setHtml(
        "<html><body style='font-family:Comic Sans MS; color:red'>" + SOURCE + "</body></html>"
    )
    return doc


def selected(doc: QTextDocument, span: tuple[int, int]) -> str:
    cursor = QTextCursor(doc)
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_only_the_allowed_structure_is_written(document: QTextDocument) -> None:
    html = body_html(document).html
    assert "<b>bold</b>" in html
    assert "<i>it</i>" in html
    assert "<u>under</u>" in html
    assert '<a href="https://x.example.com/a?b=1&amp;c=2">link</a>' in html
    assert "<ul><li>one</li>" in html
    assert "<ol><li>first</li>" in html
    assert "end<br>line" in html
    assert "a&lt;b" in html
    for banned in ("style", "font", "color", "span", "margin"):
        assert banned not in html


def test_the_written_body_passes_the_styling_rules(document: QTextDocument) -> None:
    html = body_html(document).html
    report = check(Message(body=html, format=BodyFormat.HTML, subject="x"))
    styling = {"font-family", "font-color", "font-sizes", "line-height", "alignment", "margin"}
    assert not styling & {f.rule for f in report.findings}


@pytest.mark.parametrize("written", ["link", "a&lt;b", "<b>bold</b>", "😀", "end<br>line", "two"])
def test_spans_map_back_to_the_document(document: QTextDocument, written: str) -> None:
    body = body_html(document)
    start = body.html.index(written)
    expected = written.replace("&lt;", "<").replace("<br>", "\u2028")
    expected = expected.replace("<b>", "").replace("</b>", "")
    assert selected(document, body.document_span(start, start + len(written))) == expected


def test_a_finding_span_selects_the_flagged_words(document: QTextDocument) -> None:
    cursor = QTextCursor(document)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" Call us on +44 20 7946 0018.")
    body = body_html(document)
    report = check(Message(body=body.html, format=BodyFormat.HTML, subject="305-1234567-7654321"))
    (phone,) = [f for f in report.findings if f.rule == "phone-number"]
    assert selected(document, body.document_span(phone.start, phone.end)) == "+44 20 7946 0018"


def test_every_written_character_maps_back_to_what_it_was_written_from(qtbot: QtBot) -> None:  # noqa: ARG001 - the QApplication
    """Text is written in runs and special characters one by one: each piece keeps its map."""
    doc = QTextDocument()
    doc.setHtml(
        "<p>Plain run, then a&amp;b &lt;x&gt; 😀😀 and é<br>after a line separator</p>"
        "<p><b>bold</b>tail<img src='x.png'>past the image</p><ul><li>item 😀 end</li></ul>"
    )
    body = body_html(doc)
    markup = {m for tag in re.finditer(r"<[^>]*>|&\w+;", body.html) for m in range(*tag.span())}
    for i, written in enumerate(body.html):
        if i in markup:
            continue
        assert selected(doc, body.document_span(i, i + 1)) == written, (i, written)
    for entity in re.finditer(r"&(amp|lt|gt);", body.html):
        expected = {"amp": "&", "lt": "<", "gt": ">"}[entity.group(1)]
        assert selected(doc, body.document_span(*entity.span())) == expected
    line = body.html.index("<br>after")
    assert selected(doc, body.document_span(line, line + 4)) == "\u2028"
