"""The sanitizer as a seller meets it: what they paste from Word, Gmail, Outlook or a web page,
what the editor's own Qt HTML comes back as, and the files they open or drop.

The sources in ``pasted/`` are written for these tests in the dialects those programs write
(Word's mso- styles, conditional comments and typed list bullets; Gmail's divs; Outlook's
zero-margin paragraphs, VML and tables; a web page's scripts, trackers and forms). The two Qt
files are QTextEdit.toHtml() output of PySide6 6.11: a document typed in the editor, and the
sanitizer's own output after a trip through setHtml().
"""

from __future__ import annotations

import random
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import pytest

from composer.policy import BodyFormat, Message, check
from composer.services.export import to_plain_text
from composer.services.message_files import MessageFileError
from composer.services.sanitize import (
    ALLOWED_TAGS,
    MAX_PASTE_CHARS,
    SanitizeError,
    sanitize_file,
    sanitize_html,
    text_to_html,
)

PASTED = Path(__file__).parent / "pasted"
SOURCES = ("word", "word_numbered", "gmail", "outlook", "web_page", "qt_typed", "qt_subset")
# The catalogue's styling rules (3.E) that a sanitized message must never break.
STYLING_RULES = frozenset(
    {
        "font-family",
        "font-color",
        "font-sizes",
        "line-height",
        "alignment",
        "margin",
        "image-width",
        "tracking-pixel",
        "insecure-image",
        "line-breaks",
    }
)


def source(name: str) -> str:
    return (PASTED / f"{name}.html").read_text(encoding="utf-8")


def styling_findings(html: str) -> set[str]:
    report = check(Message(body=html, format=BodyFormat.HTML))
    return {f.rule for f in report.findings} & STYLING_RULES


class _Subset(HTMLParser):
    """Fails on anything outside the allowed subset."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED_TAGS, tag
        if tag == "a":
            assert len(attrs) == 1, attrs
            assert attrs[0][0] == "href", attrs
            assert (attrs[0][1] or "").startswith("https://"), attrs
        else:
            assert attrs == [], (tag, attrs)

    def handle_comment(self, data: str) -> None:
        raise AssertionError(f"comment kept: {data!r}")

    def handle_decl(self, decl: str) -> None:
        raise AssertionError(f"declaration kept: {decl!r}")

    def handle_pi(self, data: str) -> None:
        raise AssertionError(f"processing instruction kept: {data!r}")


def assert_subset(html: str) -> None:
    checker = _Subset(convert_charrefs=True)
    checker.feed(html)
    checker.close()
    assert "<br><br>" not in html  # a blank line is a paragraph break, never two <br>


# --- every source ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SOURCES)
def test_only_the_allowed_subset_comes_out(name: str) -> None:
    assert_subset(sanitize_html(source(name)).html)


@pytest.mark.parametrize(
    ("name", "before"),
    [
        ("word", {"font-family", "font-color", "line-height", "alignment"}),
        ("gmail", {"font-family", "font-color", "line-breaks", "tracking-pixel"}),
        ("outlook", {"font-family", "font-color", "line-breaks"}),
        (
            "web_page",
            {"font-family", "font-color", "alignment", "image-width", "insecure-image"},
        ),
        ("qt_typed", {"font-family"}),
    ],
)
def test_the_checker_finds_no_styling_problem_once_sanitized(name: str, before: set[str]) -> None:
    html = source(name)
    assert before <= styling_findings(html)  # the source really has them
    assert styling_findings(sanitize_html(html).html) == set()


@pytest.mark.parametrize("name", SOURCES)
def test_sanitizing_again_changes_nothing(name: str) -> None:
    once = sanitize_html(source(name))
    twice = sanitize_html(once.html)
    assert twice.html == once.html
    assert twice.dropped == ()


@pytest.mark.parametrize("name", SOURCES)
def test_the_text_is_the_plain_text_export(name: str) -> None:
    clean = sanitize_html(source(name))
    assert clean.text == to_plain_text(clean.html)


# --- Word --------------------------------------------------------------------------------------


def test_word_keeps_its_structure_and_says_what_went() -> None:
    clean = sanitize_html(source("word"))
    assert clean.html == (
        "<p>Dear Ms Keller,</p>\n"
        "<p>thank you for your order 302-1234567-7654321. Before we engrave the "
        "<b>oak cutting board</b> we need to confirm <i>two details</i>:</p>\n"
        '<ul><li>the spelling of the name ("Anna &amp; Jörg")</li>'
        "<li>the date, which must fit on one line</li></ul>\n"
        "<p>Please reply by Friday.</p>\n"
        "<p>Kind regards</p>\n"
        "<p>Anna Becker<br>Becker Holzwerk</p>"
    )
    assert clean.dropped == (
        "style sheet",
        "text colour",
        "font size",
        "line height",
        "font family",
        "alignment",
        "image",
    )


def test_word_numbered_and_nested_lists_become_real_lists() -> None:
    """Word writes list items as paragraphs with mso-list and types the bullet or number
    itself (in <![if !supportLists]> or, newer, between <!--[if !supportLists]--> comments)."""
    clean = sanitize_html(source("word_numbered"))
    assert clean.html == (
        "<p>To cut the blind to size we need two measurements:</p>\n"
        "<ol><li>the <b>width</b> of the window"
        "<ol><li>inside the frame</li><li>in millimetres</li></ol></li>"
        "<li>the height</li></ol>\n"
        "<p>Thank you!</p>"
    )
    assert clean.text.splitlines()[2:6] == [  # the typed numbers are gone, the list's stay
        "1. the width of the window",
        "  1. inside the frame",
        "  2. in millimetres",
        "2. the height",
    ]
    assert clean.dropped == ()  # list indents are the list, not margins the seller set


# --- Gmail and Outlook -------------------------------------------------------------------------


def test_gmail_lines_links_and_pixel() -> None:
    clean = sanitize_html(source("gmail"))
    assert clean.html == (
        "<p>Hi Tom,</p>\n"
        "<p>your parcel for order 114-3941689-8772232 is held at the depot because the house "
        "number is missing.<br>Could you reply with:</p>\n"
        "<ul><li>the house number</li><li>a phone number the driver can call"
        "<ul><li>(only for this delivery)</li></ul></li></ul>\n"
        "<p>Track it here: "
        '<a href="https://track.example-carrier.com/?id=JD014600006281">'
        "https://track.example-carrier.com/?id=JD014600006281</a>"
        "<br>Old page: status page (http://carrier.example.com/status)</p>\n"
        "<p>Thanks 🙂<br><b>Tom's Tools</b><br>Sent from our warehouse\u00a0team</p>"
    )
    assert clean.dropped == (
        "font family",
        "font size",
        "text colour",
        "insecure (http) link",
        "extra blank lines",
        "tracking pixel",
    )


def test_gmail_list_nested_straight_in_a_list() -> None:
    html = "<div dir='ltr'><ul><li>width</li><ul><li>in cm</li></ul><li>height</li></ul></div>"
    assert sanitize_html(html).html == (
        "<ul><li>width<ul><li>in cm</li></ul></li><li>height</li></ul>"
    )


def test_outlook_paragraphs_blank_lines_and_table() -> None:
    clean = sanitize_html(source("outlook"))
    assert clean.html == (
        "<p>Hello Mr Rossi,</p>\n"
        "<p>We are sorry: the lamp from order 405-7731920-1188230 left our warehouse damaged."
        "<br>A replacement ships <b>tomorrow</b>, at no cost to you.</p>\n"
        "<p><b>Item</b> – <b>Ships</b></p>\n"
        '<p>Lamp "Arco" – 12 March</p>\n'
        "<p>Best regards,<br>Luca Bianchi | Casa Luce</p>"
    )
    assert {"table layout", "extra blank lines", "image", "style sheet"} <= set(clean.dropped)
    assert "v:shape" not in clean.html
    assert "Picture" not in clean.text


# --- a web page --------------------------------------------------------------------------------


def test_a_web_page_comes_out_as_its_text() -> None:
    clean = sanitize_html(source("web_page"))
    assert clean.text == (
        "Home | Menu\n\n"
        "How to return an item\n\n"
        "Returns are free within 30 days. Keep the original packaging if you can.\n\n"
        "Steps\n\n"
        "1. Open Your Orders (https://www.amazon.com/gp/css/returns).\n"
        "2. Choose the item and the reason.\n"
        "3. Print the label.\n\n"
        "Newsletter\n\n"
        "Questions? Write to us or see this.\n\n"
        "© 2026 Example Shop\u00a0Ltd · Privacy (https://example-shop.com/privacy)"
    )
    assert "<p><b>How to return an item</b></p>" in clean.html  # a heading: a bold paragraph
    for phrase in (
        "script",
        "style sheet",
        "javascript link",
        "tracking pixel",
        "image",
        "embedded content",
        "form",
        "hidden text",
        "e-mail link",
        "data link",
        "heading size",
    ):
        assert phrase in clean.dropped, phrase
    assert len(set(clean.dropped)) == len(clean.dropped)
    for gone in ("gtag", "dataLayer", "Example Shop</title>", "SEO", "Sign up", "openMenu"):
        assert gone not in clean.html
    assert "Returns &amp; refunds" not in clean.html  # the <title> is not body text


# --- Qt's own HTML -----------------------------------------------------------------------------

QT_TYPED_CLEAN = (
    "<p>Hello Ms Novak,</p>\n"
    "<p>your <b>oak shelf</b> ships on <i><u>Friday</u></i>.<br>The carrier needs:</p>\n"
    "<ul><li>a phone number</li><li>a safe place, e.g. <b><i>the garage</i></b>"
    "<ul><li>or the porch</li></ul></li></ul>\n"
    "<ol><li>reply here</li><li>or call us</li></ol>\n"
    '<p>Track it: <a href="https://track.example.com/p?id=7&amp;lang=en">tracking page</a>'
    " – Ta\u00a0&amp;\u00a0Co &lt;fast&gt;</p>\n"
    "<p>Thanks</p>"
)


def test_the_editors_own_html_keeps_everything_the_seller_can_make() -> None:
    """Typed lines (Qt's zero-margin blocks) are lines, an empty block ends a paragraph, and
    the three empty blocks before "Thanks" are cut to one. Qt writes a list item's block
    format as a second style attribute; the text the seller saw in "or the porch" is plain."""
    clean = sanitize_html(source("qt_typed"), from_editor=True)
    assert clean.html == QT_TYPED_CLEAN
    assert clean.dropped == ()


def test_the_editors_boilerplate_is_reported_for_a_paste_but_not_from_the_editor() -> None:
    html = source("qt_typed")
    assert {"font family", "font size"} <= set(sanitize_html(html).dropped)
    assert sanitize_html(html, from_editor=True).dropped == ()


def test_sanitized_html_survives_a_trip_through_qt() -> None:
    """setHtml() of the sanitized HTML, then toHtml(): Qt adds margins, fonts and a link
    colour of its own, and sanitizing that gives the same HTML back."""
    assert sanitize_html(source("qt_subset"), from_editor=True).html == QT_TYPED_CLEAN


# --- conversions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<strong>a</strong> <em>b</em>", "<p><b>a</b> <i>b</i></p>"),
        ('<span style="font-weight:bold">a</span>', "<p><b>a</b></p>"),
        ('<span style="font-weight: 600 !important">a</span>', "<p><b>a</b></p>"),
        ('<b>a <span style="font-weight:normal">b</span></b>', "<p><b>a </b>b</p>"),
        ('<span style="font-style:italic">a</span>', "<p><i>a</i></p>"),
        ('<span style="text-decoration:underline">a</span>', "<p><u>a</u></p>"),
        ('<span style="font: bold italic 12px Arial">a</span>', "<p><b><i>a</i></b></p>"),
        ("<h2>Steps</h2><p>one</p>", "<p><b>Steps</b></p>\n<p>one</p>"),
        ("<div>a</div><section>b</section>", "<p>a<br>b</p>"),
        ("<div>a</div><div><br></div><div>b</div>", "<p>a</p>\n<p>b</p>"),
        ("<p>a</p><p>b</p>", "<p>a</p>\n<p>b</p>"),
        ('<p style="margin:0">a</p><p style="margin:0">b</p>', "<p>a<br>b</p>"),
        ("a<br>b<br><br>c", "<p>a<br>b</p>\n<p>c</p>"),
        (
            "<table><tr><th>Size</th><th>Price</th></tr><tr><td>M</td><td></td><td>9 €</td></tr>"
            "</table>",
            "<p><b>Size</b> – <b>Price</b></p>\n<p>M – 9 €</p>",
        ),
        (
            "<ul><li>a<ol><li>b<ul><li>c</li></ul></li></ol></li></ul>",
            "<ul><li>a<ol><li>b<ul><li>c</li></ul></li></ol></li></ul>",
        ),
        ("<li>stray</li><li>items</li>", "<ul><li>stray</li><li>items</li></ul>"),
        ("<pre>line 1\nline 2</pre>", "<p>line 1<br>line 2</p>"),
        (
            "<u>a <a href='https://x.example/'>link</a></u>",
            '<p><u>a </u><a href="https://x.example/">link</a></p>',
        ),
        (
            "<p>a &amp;lt; b &lt;script&gt; &#x1F600; &nbsp;&copy;</p>",
            "<p>a &amp;lt; b &lt;script&gt; 😀 \u00a0©</p>",
        ),
        ("<p>  spread \n  over\tlines  </p>", "<p>spread over lines</p>"),
    ],
)
def test_structure_expressed_as_markup_or_styles_is_kept(html: str, expected: str) -> None:
    assert sanitize_html(html).html == expected


@pytest.mark.parametrize(
    ("html", "expected_html", "phrase"),
    [
        ('<a href="javascript:alert(1)">Track</a>', "<p>Track</p>", "javascript link"),
        ('<a href=" Java\tScript:alert(1)">Track</a>', "<p>Track</p>", "javascript link"),
        ('<a href="data:text/html,x">Track</a>', "<p>Track</p>", "data link"),
        ('<a href="file:///C:/x.pdf">manual</a>', "<p>manual</p>", "file link"),
        ('<a href="mailto:a@b.example">write</a>', "<p>write</p>", "e-mail link"),
        (
            '<a href="http://shop.example/t">Track</a>',
            "<p>Track (http://shop.example/t)</p>",
            "insecure (http) link",
        ),
        (
            '<a href="http://shop.example/t">http://shop.example/t</a>',
            "<p>http://shop.example/t</p>",
            "insecure (http) link",
        ),
        ('<a href="/returns">Returns</a>', "<p>Returns</p>", "link without a web address"),
    ],
)
def test_links_that_are_not_https_keep_their_text(
    html: str, expected_html: str, phrase: str
) -> None:
    clean = sanitize_html(html)
    assert clean.html == expected_html
    assert clean.dropped == (phrase,)


def test_an_https_link_keeps_only_its_address() -> None:
    html = (
        '<a href="https://track.example/?a=1&amp;b=&quot;2&quot;" target="_blank" '
        'onclick="steal()" style="color:#1155cc" title="x">track</a>'
    )
    clean = sanitize_html(html)
    assert clean.html == '<p><a href="https://track.example/?a=1&amp;b=&quot;2&quot;">track</a></p>'
    assert clean.dropped == ()  # a link's own colour is the mail client's default look


@pytest.mark.parametrize(
    ("html", "phrase"),
    [
        ('<img src="https://cdn.example/logo.png" width="200" alt="Logo">', "image"),
        ('<img src="https://x.example/o.gif" width="1" height="1">', "tracking pixel"),
        ('<img src="https://x.example/a.png" style="display:none">', "tracking pixel"),
        ("<svg><text>drawn text</text></svg>", "image"),
        ('<p style="background:url(http://x.example/bg.png)">a</p>', "image"),
        ("<script>alert(1)</script>", "script"),
        ("<style>p{color:red}</style>", "style sheet"),
        ('<iframe src="https://x.example"></iframe>', "embedded content"),
        ('<form><input name="q"><button>Go</button></form>', "form"),
        ('<div style="display:none">preview text</div>', "hidden text"),
        ('<p style="color:#c00">a</p>', "text colour"),
        ('<font face="Comic Sans MS">a</font>', "font family"),
        ('<p style="font-size:18px">a</p>', "font size"),
        ("<center>a</center>", "alignment"),
        ('<p align="justify">a</p>', "alignment"),
        ('<p style="line-height:2">a</p>', "line height"),
        ('<p style="margin-left:150px">a</p>', "margins"),
        ('<span style="background-color:yellow">a</span>', "background colour"),
        ("<s>a</s>", "strikethrough"),
        ("<hr>", "horizontal line"),
    ],
)
def test_what_cannot_be_kept_is_reported(html: str, phrase: str) -> None:
    clean = sanitize_html(f"<p>before</p>{html}")
    assert clean.dropped == (phrase,)
    assert_subset(clean.html)


def test_a_layouts_zero_font_size_wrapper_does_not_hide_its_text() -> None:
    """Marketing e-mail layouts set font-size:0 on a cell to close the gaps between inline
    blocks and size the text inside again; only display:none and the like hide text."""
    html = (
        '<table><tr><td style="font-size:0"><div style="display:inline-block;font-size:14px">'
        'Your order</div><div style="display:inline-block">ships today</div></td></tr></table>'
    )
    clean = sanitize_html(html)
    assert clean.text == "Your order\nships today"
    assert "hidden text" not in clean.dropped


def test_each_phrase_once_in_first_seen_order() -> None:
    html = (
        '<p style="color:red">a</p><img src="https://x.example/a.png">'
        '<p style="font-family:Arial;color:blue">b</p><img src="https://x.example/b.png">'
    )
    assert sanitize_html(html).dropped == ("text colour", "image", "font family")


def test_emoji_stay_for_the_checker_to_flag() -> None:
    clean = sanitize_html("<p>Thanks 🙏🏽 and 👍</p>")
    assert clean.html == "<p>Thanks 🙏🏽 and 👍</p>"
    assert clean.dropped == ()


@pytest.mark.parametrize(
    "html",
    [
        "a<br><br><br>b",
        "<p>a</p><p>&nbsp;</p><p>&nbsp;</p><p>b</p>",
        "<p>a</p><p></p><p></p><p></p><p>b</p>",
        "<div>a</div><div><br></div><div><br></div><div>b</div>",
    ],
)
def test_more_than_two_line_breaks_become_two(html: str) -> None:
    clean = sanitize_html(html)
    assert clean.html == "<p>a</p>\n<p>b</p>"
    assert clean.text == "a\n\nb"
    assert clean.dropped == ("extra blank lines",)


@pytest.mark.parametrize("html", ["a<br><br>b", "<p>a</p><p>&nbsp;</p><p>b</p>"])
def test_one_blank_line_is_a_paragraph_break_and_allowed(html: str) -> None:
    clean = sanitize_html(html)
    assert clean.html == "<p>a</p>\n<p>b</p>"
    assert clean.dropped == ()


def test_blank_lines_at_the_start_and_end_go_quietly() -> None:
    clean = sanitize_html("<br><br><br><p>a</p><p>&nbsp;</p><br><br><br>")
    assert clean.html == "<p>a</p>"
    assert clean.dropped == ()


def test_a_missing_head_end_does_not_hide_the_body() -> None:
    html = "<html><head><title>Order</title><meta charset='utf-8'><body><p>Hello</p></body>"
    assert sanitize_html(html).html == "<p>Hello</p>"


def test_the_windows_clipboard_header_is_not_text() -> None:
    html = (
        "Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000000199\r\n"
        "StartFragment:0000000141\r\nEndFragment:0000000163\r\n"
        "<html><body><!--StartFragment--><b>Hello</b><!--EndFragment--></body></html>"
    )
    assert sanitize_html(html).html == "<p><b>Hello</b></p>"


# --- plain text --------------------------------------------------------------------------------


def test_plain_text_becomes_paragraphs_and_line_breaks() -> None:
    text = "Hello <Anna> & co,\r\n\r\nyour order:\n- oak board\n- engraving\n\n\n\n\nThanks\n"
    clean = text_to_html(text)
    assert clean.html == (
        "<p>Hello &lt;Anna&gt; &amp; co,</p>\n"
        "<p>your order:<br>- oak board<br>- engraving</p>\n"
        "<p>Thanks</p>"
    )
    assert clean.dropped == ("extra blank lines",)
    assert clean.text == "Hello <Anna> & co,\n\nyour order:\n- oak board\n- engraving\n\nThanks"


def test_plain_text_with_one_blank_line_reports_nothing() -> None:
    clean = text_to_html("\n\nA\n \t\nB\n\n")
    assert clean.html == "<p>A</p>\n<p>B</p>"
    assert clean.dropped == ()


def test_qts_line_and_paragraph_separators_are_newlines() -> None:
    assert text_to_html("one\u2028two\u2029three").html == "<p>one<br>two<br>three</p>"


def test_plain_text_round_trips_through_the_sanitizer() -> None:
    clean = text_to_html("Line one\nline two\n\nNext  paragraph\u00a0here 🙂")
    assert sanitize_html(clean.html).html == clean.html


# --- what the editor refuses -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        ("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        ("PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        ("abc\x00def", "binary data"),
        ("".join(chr(i % 32) for i in range(3000)), "binary data"),
        ("\ufffd\ufffd\ufffdA\ufffd\ufffd\ufffd", "binary data"),
    ],
)
def test_binary_data_is_refused_with_a_reason(content: str, reason: str) -> None:
    with pytest.raises(SanitizeError, match=reason):
        sanitize_html(content)
    with pytest.raises(SanitizeError, match=reason):
        text_to_html(content)


def test_a_paste_too_large_is_refused_before_any_work() -> None:
    huge = "<p>" + "x" * MAX_PASTE_CHARS + "</p>"
    with pytest.raises(SanitizeError, match="too large"):
        sanitize_html(huge)
    with pytest.raises(SanitizeError, match="too large"):
        text_to_html(huge)
    assert sanitize_html(huge, limit=None).text == "x" * MAX_PASTE_CHARS


def test_a_sanitize_error_is_a_value_error() -> None:
    assert issubclass(SanitizeError, ValueError)


MALFORMED = [
    "<![foo[ bar",
    "<![ if x]>text",
    "<!-- never closed <p>text",
    "<p>a <b>b <i>c</p> d</b> e",
    "<table><td>cell<tr>row</table>",
    "<a href='https://x.example/'>unterminated",
    "<ul><li>a<li>b</ol></ul></li>text",
    "<p style='mso-list:l0 level1'><![if !supportLists]>· never ended",
    "</p></div></li></br>tail",
    "<script>never closed",
    "<<<>>>&&&;;;&#99999999;&#xZZ;",
    "<p " + "a=1 " * 500,
    "<ul><li>" * 300 + "deep",
    "<span>" * 5000 + "text",
    '<a href="http://x.example">label<a href="https://y.example">inner</a></a>',
    "<title>never closed <p>body",
]


@pytest.mark.parametrize("html", MALFORMED)
def test_malformed_html_never_raises(html: str) -> None:
    clean = sanitize_html(html)
    assert_subset(clean.html)
    assert sanitize_html(clean.html).html == clean.html


def test_random_fragments_never_break_the_sanitizer() -> None:
    """A paste is whatever the clipboard holds: pieces of real markup in any order."""
    pieces = [
        "<p>", "</p>", "<div>", "</div>", "<br>", "<ul>", "</ul>", "<ol>", "<li>", "</li>",
        "<b>", "</b>", "<i>", "<u>", "<span style='font-weight:700'>", "</span>", "<table>",
        "<tr>", "<td>", "</td>", "</table>", "<a href='https://a.example/?x=1&y=2'>",
        "<a href='http://b.example'>", "<a href='javascript:x()'>", "</a>", "<!--", "-->",
        "<![if !supportLists]>", "<![endif]>", "<p style='mso-list:l0 level2'>", "<pre>",
        "<script>", "</script>", "<style>", "</style>", "<head>", "</head>", "<title>",
        "<h1>", "</h1>", "<img src=x>", "<![foo", "<?x", "<!", "</", "<", ">", "&", "&amp;",
        "&nbsp;", "\u00a0", "\n", " ", "word", "🙂", "<p></p>", "<div><br></div>",
        "<div style='display:none'>", "<font color=red>", "<hr>", "<o:p>", "</o:p>",
    ]  # fmt: skip
    rnd = random.Random(20261130)
    for _ in range(400):
        html = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 60)))
        clean = sanitize_html(html)
        assert_subset(clean.html)
        assert sanitize_html(clean.html).html == clean.html, html
        assert "\n\n\n" not in clean.text


# --- files -------------------------------------------------------------------------------------


def test_a_text_file_gives_its_subject_and_body(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("Subject:  Your   engraving\nHello,\n\n\n\nplease confirm.\n", encoding="utf-8")
    subject, body = sanitize_file(path)
    assert subject == "Your engraving"
    assert body.html == "<p>Hello,</p>\n<p>please confirm.</p>"
    assert body.dropped == ("extra blank lines",)


def test_an_html_file_gives_its_title_as_subject(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(source("web_page"), encoding="utf-8")
    subject, body = sanitize_file(path)
    assert subject == "Returns & refunds – Example Shop"
    assert body == sanitize_html(source("web_page"))


def test_an_eml_file_gives_its_html_part(tmp_path: Path) -> None:
    mail = EmailMessage()
    mail["Subject"] = "Lieferung – Bestellung 302-4417865-2290147"
    mail["From"] = "shop@example.de"
    mail.set_content("plain part")
    mail.add_alternative(source("outlook"), subtype="html")
    path = tmp_path / "mail.eml"
    path.write_bytes(bytes(mail))
    subject, body = sanitize_file(path)
    assert subject == "Lieferung – Bestellung 302-4417865-2290147"
    assert body == sanitize_html(source("outlook"))


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("logo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("message.html", b"caf\xe9 au lait", "not valid UTF-8"),
        ("letter.docx", b"PK\x03\x04", "unsupported file type"),
        ("broken.eml", b"just some words\nwithout headers\n", "no e-mail headers"),
    ],
)
def test_an_unreadable_file_is_a_message_file_error(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(MessageFileError, match=reason):
        sanitize_file(path)


def test_a_missing_file_is_a_message_file_error(tmp_path: Path) -> None:
    with pytest.raises(MessageFileError, match="no such file"):
        sanitize_file(tmp_path / "gone.txt")
