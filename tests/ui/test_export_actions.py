"""Export from the window: the problems named before a risky export, the clipboard's two
flavours, files that parse back, a failed save that says why and writes nothing, and the save
dialog's formats."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from composer.policy import BodyFormat, Category, Message, Severity, check
from composer.services.export import amazon_safe_html_document, to_plain_text
from composer.ui.export_actions import (
    EXPORT_FILTERS,
    confirm_export,
    copy_html,
    copy_text,
    export_confirmation_box,
    export_file_dialog,
    export_file_name,
    export_problems,
    save_message,
    with_export_suffix,
)

SUBJECT = "Your engraving – order 302-4417865-2290147"
HELP = "https://sellercentral.amazon.co.uk/help"
BODY = (
    "<p>Hello,</p>"
    "<p>Your <b>engraved board</b> for order 302-4417865-2290147 is ready. Please confirm:</p>"
    "<ul><li>the text: The Hendersons</li><li>the year: 2019</li></ul>"
    f'<p>The <a href="{HELP}">help page</a> explains the options.</p>'
)
FORBIDDEN = (
    "<p>Thanks for your order 302-4417865-2290147! Please leave us a 5-star review and "
    "call +44 20 7946 0018 or visit our shop \U0001f60a</p>"
)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def read(box: QMessageBox) -> list[str]:
    """The box's text as the seller reads it, a line per paragraph or list item."""
    document = QTextDocument()
    if box.textFormat() is Qt.TextFormat.RichText:
        document.setHtml(box.text())
    else:
        document.setPlainText(box.text())
    return [line for line in document.toPlainText().splitlines() if line.strip()]


def boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


class Tags(HTMLParser):
    """The start tags of a document with their attributes, and its text."""

    def __init__(self, data: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text = ""
        self.feed(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text += data


# -- the problems ---------------------------------------------------------------------------


def forbidden_report() -> tuple[list[str], list[str]]:
    report = check(Message(body=FORBIDDEN, subject="Thanks", format=BodyFormat.HTML))
    assert report.category is Category.FORBIDDEN
    errors = [f.message for f in report.findings if f.severity is Severity.ERROR]
    assert errors
    return export_problems(report, report.findings), errors


def test_a_forbidden_message_with_errors_is_named_in_a_sellers_words() -> None:
    problems, errors = forbidden_report()
    assert problems[0] == (
        "Amazon does not allow messages for these purposes: marketing or promotion; "
        "positive-only, conditional or steering review request. Take that part out, or do "
        "not send the message."
    )
    assert problems[1:] == errors  # every error, as the panel says it, once
    assert all(p.endswith(".") for p in problems)


def test_only_error_level_findings_block() -> None:
    report = check(
        Message(
            body="<p>Hello, which font would you like for the engraving on order "
            "302-4417865-2290147? Thx</p>",
            subject="Engraving",
            format=BodyFormat.HTML,
        )
    )
    assert report.category is Category.CRITICAL
    assert not report.has_errors
    assert export_problems(report, report.findings) == []
    assert export_problems(None, []) == []


def test_ignored_findings_do_not_block() -> None:
    report = check(Message(body=FORBIDDEN, subject="Thanks", format=BodyFormat.HTML))
    shown = [f for f in report.findings if f.rule != "phone-number"]
    problems = export_problems(report, shown)
    assert not any("Phone numbers" in p for p in problems)
    assert problems[0].startswith("Amazon does not allow")  # the category still does


# -- the question ---------------------------------------------------------------------------


def test_the_confirmation_names_the_problems_and_defaults_to_cancel(
    qtbot: QtBot, parent: QWidget
) -> None:
    problems, errors = forbidden_report()
    box = export_confirmation_box(parent, problems, "export")
    qtbot.addWidget(box)
    lines = read(box)
    assert lines[0] == "Amazon would block or penalise this message:"
    assert lines[1:-1] == problems  # one item of the list each
    assert any(line.startswith("Phone numbers are not allowed") for line in lines)
    assert lines[-1] == "Do you want to export it anyway?"
    assert len(errors) == len(problems) - 1
    labels = {box.buttonRole(b): b.text() for b in box.buttons()}
    assert labels[QMessageBox.ButtonRole.AcceptRole] == "Export anyway"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)

    box.open()
    go_on = next(b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole)
    with qtbot.waitSignal(box.finished):
        go_on.click()
    assert box.clickedButton() is go_on


def test_a_long_list_of_problems_is_cut_short(parent: QWidget) -> None:
    problems = [f"Problem number {n}." for n in range(14)]
    lines = read(export_confirmation_box(parent, problems, "copy"))
    assert lines[1:-1] == [*problems[:10], "… and 4 more (see the checks panel)"]


def test_the_problems_are_shown_as_written_not_as_html(parent: QWidget) -> None:
    problem = "Links are not allowed: “<b>x</b> & <a href='https://x.example'>y</a>”."
    box = export_confirmation_box(parent, [problem], "copy")
    assert read(box)[1] == problem


def test_nothing_to_confirm_goes_on_at_once(parent: QWidget) -> None:
    assert confirm_export(parent, [], "export") is True
    assert parent.findChildren(QMessageBox) == []


# -- the clipboard --------------------------------------------------------------------------


def test_copy_as_html_gives_both_flavours(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(clipboard.dataChanged):
        copy_html(SUBJECT, BODY)
    data = clipboard.mimeData()
    assert data.hasHtml()
    assert data.hasText()
    assert data.html() == amazon_safe_html_document(SUBJECT, BODY)
    assert data.text() == to_plain_text(BODY)
    tags = Tags(data.html())
    assert ("a", {"href": HELP}) in tags.tags
    assert {"b", "ul", "li"} <= {tag for tag, _ in tags.tags}
    assert not any("style" in attrs for _, attrs in tags.tags)


def test_copy_as_text_is_the_plain_text_only(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(clipboard.dataChanged):
        copy_text(BODY)
    data = clipboard.mimeData()
    assert not data.hasHtml()
    assert data.text() == to_plain_text(BODY)
    assert f"help page ({HELP})" in data.text()
    assert "- the text: The Hendersons" in data.text()


# -- files ----------------------------------------------------------------------------------


def test_saved_html_is_the_document(parent: QWidget, tmp_path: Path) -> None:
    path = tmp_path / "engraving.html"
    assert save_message(parent, SUBJECT, BODY, path) is True
    tags = Tags(path.read_text(encoding="utf-8"))
    assert ("a", {"href": HELP}) in tags.tags
    assert {"title", "b", "ul", "li"} <= {tag for tag, _ in tags.tags}
    assert SUBJECT in tags.text
    assert boxes(parent) == []


def test_saved_text_is_subject_then_plain_text(parent: QWidget, tmp_path: Path) -> None:
    path = tmp_path / "engraving.txt"
    assert save_message(parent, SUBJECT, BODY, path) is True
    assert path.read_text(encoding="utf-8") == f"Subject: {SUBJECT}\n\n{to_plain_text(BODY)}\n"


def test_saved_eml_has_the_subject_and_both_parts(parent: QWidget, tmp_path: Path) -> None:
    path = tmp_path / "engraving.eml"
    assert save_message(parent, SUBJECT, BODY, path) is True
    parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed["Subject"] == SUBJECT
    assert parsed.get_content_type() == "multipart/alternative"
    plain = parsed.get_body(("plain",))
    html = parsed.get_body(("html",))
    assert plain is not None
    assert html is not None
    assert plain.get_content().replace("\r\n", "\n").rstrip("\n") == to_plain_text(BODY)
    assert ("a", {"href": HELP}) in Tags(html.get_content()).tags


def test_a_save_into_a_missing_folder_says_why_and_writes_nothing(
    qtbot: QtBot, parent: QWidget, tmp_path: Path
) -> None:
    path = tmp_path / "no such folder" / "engraving.eml"
    assert save_message(parent, SUBJECT, BODY, path) is False
    qtbot.waitUntil(lambda: len(boxes(parent)) == 1)
    (box,) = boxes(parent)
    assert box.windowTitle() == "Not saved"
    assert box.text().startswith("“engraving.eml” could not be saved.")
    assert "No such file or directory" in box.text()
    assert "The message is still here" in box.text()
    assert list(tmp_path.iterdir()) == []
    box.accept()


def test_a_save_to_an_unknown_type_says_why(qtbot: QtBot, parent: QWidget, tmp_path: Path) -> None:
    assert save_message(parent, SUBJECT, BODY, tmp_path / "engraving.pdf") is False
    qtbot.waitUntil(lambda: len(boxes(parent)) == 1)
    assert "Cannot export to '.pdf' (use .html, .htm, .txt, .eml)." in boxes(parent)[0].text()
    assert list(tmp_path.iterdir()) == []


def test_a_save_that_fails_half_way_keeps_the_old_file(
    qtbot: QtBot, parent: QWidget, tmp_path: Path
) -> None:
    """A real failure in the middle of the write: for the length of the save this process may
    write at most 4 KB into a file (RLIMIT_FSIZE, its soft limit only, put back afterwards),
    and the message is bigger."""
    resource = pytest.importorskip("resource")
    import signal

    path = tmp_path / "engraving.txt"
    path.write_text("the old one\n", encoding="utf-8")
    big = "<p>" + "long " * 20_000 + "</p>"
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        saved = save_message(parent, SUBJECT, big, path)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)
    assert saved is False
    qtbot.waitUntil(lambda: len(boxes(parent)) == 1)
    assert "Cannot write" in boxes(parent)[0].text()
    assert path.read_text(encoding="utf-8") == "the old one\n"
    assert list(tmp_path.iterdir()) == [path]


# -- the save dialog ------------------------------------------------------------------------


def test_the_dialog_offers_the_three_formats(qtbot: QtBot, parent: QWidget) -> None:
    dialog = export_file_dialog(parent, "engraving.eml")
    qtbot.addWidget(dialog)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert dialog.nameFilters() == [label for label, _ in EXPORT_FILTERS]
    assert dialog.selectedNameFilter() == EXPORT_FILTERS[2][0]
    assert dialog.defaultSuffix() == "eml"
    dialog.filterSelected.emit(EXPORT_FILTERS[1][0])
    assert dialog.defaultSuffix() == "txt"

    without = export_file_dialog(parent, "engraving")
    qtbot.addWidget(without)
    assert without.selectedNameFilter() == EXPORT_FILTERS[0][0]
    assert without.defaultSuffix() == "html"


@pytest.mark.parametrize(
    ("name", "chosen", "expected"),
    [
        ("engraving", 0, "engraving.html"),
        ("engraving", 1, "engraving.txt"),
        ("engraving", 2, "engraving.eml"),
        ("delivery 12.05", 2, "delivery 12.05.eml"),  # a dot in a date is no suffix
        ("engraving.TXT", 2, "engraving.TXT"),  # what the seller typed wins
        ("engraving.htm", 1, "engraving.htm"),
    ],
)
def test_the_chosen_format_gives_its_suffix_to_a_name_without_one(
    tmp_path: Path, name: str, chosen: int, expected: str
) -> None:
    path = with_export_suffix(tmp_path / name, EXPORT_FILTERS[chosen][0])
    assert path == tmp_path / expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Your engraving – order 302-4417865-2290147",
            "Your engraving – order 302-4417865-2290147.eml",
        ),
        ('Re: "size" / colour?', "Re size colour.eml"),
        ("  ...  ", "message.eml"),
        ("", "message.eml"),
    ],
)
def test_a_file_name_from_the_subject(title: str, expected: str) -> None:
    assert export_file_name(title, ".eml") == expected


def test_the_process_exits_cleanly_after_copying_html() -> None:
    """Qt deletes the clipboard's data after Python has shut down; data made in Python must
    be handed over first, or the app crashes on its way out (it did: exit status 139)."""
    import os
    import subprocess
    import sys

    script = (
        "from PySide6.QtWidgets import QApplication\n"
        "from composer.ui.export_actions import copy_html\n"
        "app = QApplication([])\n"
        "copy_html('Engraving', '<p><b>Which</b> font?</p>')\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "print(QGuiApplication.clipboard().mimeData().hasHtml())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"
