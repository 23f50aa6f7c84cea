"""Export and the channel preview as a seller uses them: the plain text the SP-API sends, the
e-mail and its two parts, the files that ``composer check`` reads back, and writes that never
leave half a file."""

from __future__ import annotations

import email
import email.policy
import json
import os
import subprocess
import sys
import textwrap
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import pytest

from composer.cli import main
from composer.policy import BodyFormat, Channel, Message, check
from composer.services.export import (
    ChannelPreview,
    ExportError,
    amazon_safe_html_document,
    channel_preview,
    email_message,
    export_file,
    to_plain_text,
)
from composer.services.message_files import read_message_file
from composer.services.sanitize import sanitize_html, text_to_html

PASTED = Path(__file__).parent / "pasted"
CORPUS = Path(__file__).parent.parent / "corpus"

MESSAGE = (
    "<p>Hello Ms Novak,</p>\n"
    "<p>your <b>oak shelf</b> is ready. Before we ship it, please tell us:</p>\n"
    "<ul><li>a phone number for the driver</li><li>a safe place<ul><li>garage or porch</li>"
    "</ul></li></ul>\n"
    '<p>You can also answer on the <a href="https://track.example.com/p?id=7&amp;l=en">'
    "<i>tracking page</i></a>.</p>\n"
    "<p>Kind regards<br>Holzwerk Krause</p>"
)
MESSAGE_TEXT = (
    "Hello Ms Novak,\n\n"
    "your oak shelf is ready. Before we ship it, please tell us:\n\n"
    "- a phone number for the driver\n"
    "- a safe place\n"
    "  - garage or porch\n\n"
    "You can also answer on the tracking page (https://track.example.com/p?id=7&l=en).\n\n"
    "Kind regards\nHolzwerk Krause"
)
SUBJECT = "Delivery of your order 302-4417865-2290147"


# --- plain text --------------------------------------------------------------------------------


def test_a_message_as_plain_text() -> None:
    assert to_plain_text(MESSAGE) == MESSAGE_TEXT


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>a<br>b</p><p>c</p>", "a\nb\n\nc"),
        ("<ol><li>measure<ol><li>width</li><li>height</li></ol></li><li>send</li></ol>",
         "1. measure\n  1. width\n  2. height\n2. send"),
        ("<ul><li>first line<br>second line</li></ul>", "- first line\n  second line"),
        ("<ol><li>one<br>more</li></ol>", "1. one\n   more"),
        ("<p>before</p><ul><li>a</li></ul><ol><li>b</li></ol><p>after</p>",
         "before\n\n- a\n\n1. b\n\nafter"),
        ('<a href="https://x.example/t">Track</a>', "Track (https://x.example/t)"),
        ('<a href="https://x.example/t">https://x.example/t</a>', "https://x.example/t"),
        ('<a href="https://www.x.example/">www.x.example</a>', "www.x.example"),
        ('<a href="https://x.example/"><b>bold</b> label</a>', "bold label (https://x.example/)"),
        ("<p>trailing&nbsp; <br>spaces </p>", "trailing\nspaces"),
        ("<p>a</p><p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p><p>b</p>", "a\n\nb"),
        ("<p>&lt;3 &amp; &quot;quotes&quot; caf&eacute;&nbsp;crème</p>",
         '<3 & "quotes" café\u00a0crème'),
        ("<b>bold</b> <i>italic</i> <u>underlined</u>", "bold italic underlined"),
        ("<table><tr><td>Size</td><td>M</td></tr></table>", "Size – M"),
        ("", ""),
    ],
)  # fmt: skip
def test_plain_text_rules(html: str, text: str) -> None:
    assert to_plain_text(html) == text


@pytest.mark.parametrize("name", ["word", "gmail", "outlook", "web_page", "qt_typed"])
def test_plain_text_of_any_source_has_no_trailing_spaces_or_runs_of_blank_lines(
    name: str,
) -> None:
    text = to_plain_text((PASTED / f"{name}.html").read_text(encoding="utf-8"))
    assert text
    assert "\n\n\n" not in text
    assert all(line == line.rstrip(" \t\u00a0") for line in text.splitlines())
    assert "<" not in text.replace("<fast>", "")  # no markup, however dirty the source


# --- the e-mail document -----------------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_the_html_document_is_minimal_and_safe_whatever_it_is_given() -> None:
    raw = (PASTED / "word.html").read_text(encoding="utf-8")
    document = amazon_safe_html_document("Ihre Bestellung & Gravur\n(Eiche)", raw)
    assert document.startswith('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n')
    assert "<title>Ihre Bestellung &amp; Gravur (Eiche)</title>" in document
    assert sanitize_html(raw).html in document
    parser = _Tags()
    parser.feed(document)
    structure = {"html", "head", "meta", "title", "body"}
    for tag, attrs in parser.tags:
        assert tag in structure | {"p", "br", "b", "i", "u", "ul", "ol", "li", "a"}
        assert tag in ("meta", "a") or attrs == []
    for word in ("style", "font", "color", "class", "mso", "<img"):
        assert word not in document.lower()
    report = check(Message(body=document, subject="x", format=BodyFormat.HTML))
    styling = {"font-family", "font-color", "font-sizes", "line-height", "alignment", "margin"}
    assert not {f.rule for f in report.findings} & styling


# --- the e-mail --------------------------------------------------------------------------------


def test_the_email_has_the_text_part_then_the_html_part() -> None:
    mail = email_message(SUBJECT, MESSAGE, sender="shop@holzwerk.example", to="x@y.example")
    assert mail.get_content_type() == "multipart/alternative"
    text_part, html_part = mail.get_payload()
    assert isinstance(text_part, EmailMessage)
    assert isinstance(html_part, EmailMessage)
    assert text_part.get_content_type() == "text/plain"
    assert text_part.get_content() == MESSAGE_TEXT + "\n"
    assert html_part.get_content_type() == "text/html"
    assert html_part.get_content() == amazon_safe_html_document(SUBJECT, MESSAGE)
    assert mail["From"] == "shop@holzwerk.example"
    assert mail["To"] == "x@y.example"
    assert mail["X-Unsent"] is None  # only an exported .eml is marked as a draft


@pytest.mark.parametrize(
    "subject",
    [
        "Your engraving text for order 302-4417865-2290147",
        "[Important] Lieferadresse für Bestellung 302-4417865-2290147 – bitte prüfen",
        "Ważne: rozmiar zamówienia 🙂",
        "",
    ],
)
def test_the_eml_parses_back_with_both_parts_and_the_same_subject(subject: str) -> None:
    data = email_message(subject, MESSAGE).as_bytes(policy=email.policy.SMTP)
    parsed = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    assert str(parsed.get("Subject", "")) == subject  # "[Important]" neither added nor doubled
    plain = parsed.get_body(preferencelist=("plain",))
    html = parsed.get_body(preferencelist=("html",))
    assert plain is not None
    assert html is not None
    assert plain.get_content().replace("\r\n", "\n") == MESSAGE_TEXT + "\n"
    assert "<b>oak shelf</b>" in html.get_content()


def test_the_subject_stays_one_line() -> None:
    mail = email_message("Order 302-4417865-2290147\r\nBcc: everyone@example.com", MESSAGE)
    assert mail["Subject"] == "Order 302-4417865-2290147 Bcc: everyone@example.com"
    assert mail["Bcc"] is None


@pytest.mark.parametrize(
    ("sender", "to"),
    [
        ("not an address", None),
        (None, "buyer@marketplace.amazon.de\nBcc: everyone@example.com"),
        ("@nobody", None),
    ],
)
def test_a_bad_address_is_an_export_error(sender: str | None, to: str | None) -> None:
    with pytest.raises(ExportError, match="not an e-mail address"):
        email_message(SUBJECT, MESSAGE, sender=sender, to=to)


# --- files ---------------------------------------------------------------------------------------


def test_a_text_file_is_what_composer_check_reads(tmp_path: Path) -> None:
    path = tmp_path / "message.txt"
    export_file(path, SUBJECT, MESSAGE)
    assert path.read_text(encoding="utf-8") == f"Subject: {SUBJECT}\n\n{MESSAGE_TEXT}\n"
    message = read_message_file(path)
    assert message.subject == SUBJECT
    assert message.body.rstrip("\n") == MESSAGE_TEXT


def test_an_html_file_is_the_document(tmp_path: Path) -> None:
    path = tmp_path / "message.html"
    export_file(path, SUBJECT, MESSAGE)
    assert path.read_text(encoding="utf-8") == amazon_safe_html_document(SUBJECT, MESSAGE)
    message = read_message_file(path)
    assert message.subject == SUBJECT
    assert message.format is BodyFormat.HTML
    assert sanitize_html(message.body).html == MESSAGE


def test_an_eml_file_is_the_email(tmp_path: Path) -> None:
    path = tmp_path / "message.eml"
    export_file(path, SUBJECT, MESSAGE)
    message = read_message_file(path)
    assert message.subject == SUBJECT
    assert message.format is BodyFormat.HTML
    assert sanitize_html(message.body).html == MESSAGE
    assert message.attachments == ()
    assert b"X-Unsent: 1\r\n" in path.read_bytes()  # mail programs open it as a draft


def _corpus_sample() -> list[dict[str, str]]:
    """Every third message of the labelled corpus: all languages, formats and categories."""
    sample = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        sample.extend(json.loads(line) for line in lines[::3])
    return sample


def test_exported_files_get_the_category_of_the_original(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``composer check`` on the exported .txt, .html and .eml of a message says what it says
    of the message as the seller wrote it (subject and body: what a file carries)."""
    expected = {}
    for entry in _corpus_sample():
        subject = entry.get("subject") or ""
        body_format = BodyFormat(entry["format"])
        original = check(Message(body=entry["body"], subject=subject, format=body_format))
        clean = (
            sanitize_html(entry["body"]) if body_format is BodyFormat.HTML
            else text_to_html(entry["body"])
        )  # fmt: skip
        for suffix in (".txt", ".html", ".eml"):
            path = tmp_path / f"{entry['id']}{suffix}"
            export_file(path, subject, clean.html)
            expected[str(path)] = original.category.value
    assert len(set(expected.values())) == 3
    main(["check", "--format", "json", str(tmp_path)])
    reports = json.loads(capsys.readouterr().out)
    got = {report["path"]: report["category"] for report in reports}
    assert got == expected


def test_an_unknown_file_type_is_refused_and_nothing_written(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"cannot export to '\.pdf'"):
        export_file(tmp_path / "message.pdf", SUBJECT, MESSAGE)
    assert list(tmp_path.iterdir()) == []


def test_a_write_that_fails_half_way_leaves_the_old_file(tmp_path: Path) -> None:
    """A real failure in the middle of the write: the process may write at most 4 KB per file
    (RLIMIT_FSIZE), and the message is bigger. The file saved before is still whole and no
    temporary file is left."""
    resource = pytest.importorskip("resource")
    assert resource  # POSIX only
    path = tmp_path / "message.txt"
    path.write_text("Subject: before\n\nthe message saved before\n", encoding="utf-8")
    child = textwrap.dedent(
        """
        import resource, signal, sys
        from pathlib import Path
        from composer.services.export import ExportError, export_file

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            export_file(Path(sys.argv[1]), "after", "<p>" + "long " * 20000 + "</p>")
        except ExportError as exc:
            print(exc)
            sys.exit(3)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", child, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 3, result.stderr
    assert "cannot write" in result.stdout
    assert path.read_text(encoding="utf-8") == "Subject: before\n\nthe message saved before\n"
    assert [p.name for p in tmp_path.iterdir()] == ["message.txt"]


def test_a_directory_in_the_way_is_an_export_error(tmp_path: Path) -> None:
    (tmp_path / "message.html").mkdir()
    with pytest.raises(ExportError, match="cannot write"):
        export_file(tmp_path / "message.html", SUBJECT, MESSAGE)
    assert [p.name for p in tmp_path.iterdir()] == ["message.html"]
    assert list((tmp_path / "message.html").iterdir()) == []


def test_a_missing_folder_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="cannot write in"):
        export_file(tmp_path / "no-such-folder" / "message.txt", SUBJECT, MESSAGE)


def test_a_new_file_is_readable_as_any_saved_file_and_an_old_one_keeps_its_mode(
    tmp_path: Path,
) -> None:
    reference = tmp_path / "reference.txt"
    reference.write_text("x", encoding="utf-8")
    new = tmp_path / "new.txt"
    export_file(new, SUBJECT, MESSAGE)
    assert new.stat().st_mode == reference.stat().st_mode  # 0o666 less the umask, not 0o600
    old = tmp_path / "old.eml"
    old.write_bytes(b"Subject: x\n\nx\n")
    old.chmod(0o640)
    export_file(old, SUBJECT, MESSAGE)
    assert old.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.txt", "old.eml", "reference.txt"]


# --- the channel preview -------------------------------------------------------------------------


def test_email_preview_is_the_html_document() -> None:
    preview = channel_preview(SUBJECT, MESSAGE, Channel.EMAIL, "confirmCustomizationDetails")
    assert preview == ChannelPreview(
        channel=Channel.EMAIL,
        content=amazon_safe_html_document(SUBJECT, MESSAGE),
        is_html=True,
        length=len(MESSAGE_TEXT),
        limit=None,
        stripped=(),
    )


def test_sp_api_preview_is_the_plain_text_against_the_types_limit() -> None:
    preview = channel_preview(SUBJECT, MESSAGE, Channel.SP_API, "confirmCustomizationDetails")
    assert preview == ChannelPreview(
        channel=Channel.SP_API,
        content=MESSAGE_TEXT,
        is_html=False,
        length=len(MESSAGE_TEXT),
        limit=800,
        stripped=(
            "formatting (bold, italic)",
            "lists become dashes",
            "links become their address",
            "e-mail subject (the API has none)",
        ),
    )


@pytest.mark.parametrize(
    ("message_type", "limit"),
    [
        ("confirmDeliveryDetails", 2000),
        ("confirmOrderDetails", 2000),
        ("unexpectedProblem", 2000),
        ("confirmServiceDetails", 2000),
        ("digitalAccessKey", 400),
        (None, None),
    ],
)
def test_sp_api_limits_come_from_the_message_type(message_type: str | None, limit: int) -> None:
    assert channel_preview("", "<p>Hi</p>", Channel.SP_API, message_type).limit == limit


def test_sp_api_types_without_text_say_so() -> None:
    legal = channel_preview("", "<p>Your documents</p>", Channel.SP_API, "legalDisclosure")
    assert legal.limit is None
    assert legal.stripped == ("the text (legalDisclosure sends attachments only)",)
    review = channel_preview(
        "", "<p>Please review</p>", Channel.SP_API, "productReviewAndSellerFeedback"
    )
    assert review.stripped == ("the whole text (Amazon writes the review request itself)",)


def test_a_removed_or_unknown_message_type_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="negativeFeedbackRemoval"):
        channel_preview("", "<p>Hi</p>", Channel.SP_API, "negativeFeedbackRemoval")


def test_plain_text_without_formatting_loses_nothing_on_the_sp_api() -> None:
    html = text_to_html("Hello,\nyour order ships today.\n\nRegards").html
    preview = channel_preview("", html, Channel.SP_API, "confirmDeliveryDetails")
    assert preview.content == "Hello,\nyour order ships today.\n\nRegards"
    assert preview.stripped == ()


def test_seller_central_preview_is_plain_text_with_its_own_subject_rule() -> None:
    html = "<ol><li><u>measure</u></li></ol>"
    preview = channel_preview("My subject", html, Channel.SELLER_CENTRAL, "digitalAccessKey")
    assert preview.content == "1. measure"
    assert not preview.is_html
    assert preview.limit is None
    assert preview.stripped == (
        "formatting (underline)",
        'numbered lists become "1." lines',
        "subject (Seller Central sets it from the contact reason)",
    )


def test_the_length_counts_what_the_buyer_reads() -> None:
    html = '<p><b>Größe</b> 🙂 <a href="https://x.example/">x.example</a></p>'
    preview = channel_preview("", html, Channel.SP_API, "confirmOrderDetails")
    assert preview.content == "Größe 🙂 x.example"
    assert preview.length == 17
