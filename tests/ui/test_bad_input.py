"""Bad input never freezes or kills the window: a clear message, and the draft intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from pytestqt.qtbot import QtBot

from composer.ui.main_window import MainWindow
from tests.ui.conftest import checked

DRAFT = "Which font would you like for the engraving on order 302-4417865-2290147?"


def start(qtbot: QtBot, window: MainWindow) -> str:
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, DRAFT)
    return window.editor.body().html


def test_a_10_mb_paste_is_refused_and_loses_nothing(qtbot: QtBot, window: MainWindow) -> None:
    before = start(qtbot, window)
    data = QMimeData()
    data.setHtml("<p>" + "All work and no play. " * 480_000 + "</p>")  # about 10 MB
    window.editor.insertFromMimeData(data)
    assert window.editor.body().html == before
    assert "Nothing was inserted" in window.statusBar().currentMessage()
    assert checked(qtbot, window).category.value == "critical"


def test_a_long_paste_within_the_paste_limit_is_still_refused(
    qtbot: QtBot, window: MainWindow
) -> None:
    before = start(qtbot, window)
    data = QMimeData()
    data.setText("word " * 30_000)  # 150,000 characters: a document, not a message
    window.editor.insertFromMimeData(data)
    assert window.editor.body().html == before
    assert "the limit here is 100,000" in window.statusBar().currentMessage()


def test_a_web_page_full_of_scripts_and_trackers_comes_in_as_its_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    start(qtbot, window)
    page = (
        "<html><head><title>Offers</title><style>body{font-family:Arial;color:#333}</style>"
        "<script>document.cookie='x'</script><link rel=stylesheet href='http://x.example/a.css'>"
        "</head><body onload='track()'>"
        "<p style='text-align:center'>Our <a href='javascript:steal()'>best</a> products</p>"
        "<img src='https://pixel.example.net/o.gif?u=1' width='1' height='1'>"
        "<iframe src='https://ads.example.com'></iframe>"
        "<p>See <a href='https://www.example.com/setup'>the setup guide</a>.</p>"
        "<script>track()</script></body></html>"
    )
    data = QMimeData()
    data.setHtml(page)
    window.editor.insertFromMimeData(data)
    body = window.editor.body().html
    for banned in ("script", "javascript", "cookie", "track", "pixel", "iframe", "style", "onload"):
        assert banned not in body
    assert "Our best products" in window.editor.toPlainText()
    assert '<a href="https://www.example.com/setup">the setup guide</a>' in body
    message = window.statusBar().currentMessage()
    assert "script" in message
    assert "tracking pixel" in message
    assert "javascript link" in message


def test_a_binary_file_dropped_in_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    before = start(qtbot, window)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(binary))])
    window.editor.insertFromMimeData(data)
    assert window.editor.body().html == before
    assert "binary" in window.statusBar().currentMessage()


def test_a_malformed_eml_opens_as_far_as_it_can_be_read(window: MainWindow, tmp_path: Path) -> None:
    mail = tmp_path / "broken.eml"
    mail.write_bytes(
        b"Subject: =?utf-8?q?Ihre_Bestellung_302-4417865-2290147?=\n"
        b'Content-Type: multipart/alternative; boundary="b"\n\n'
        b"--b\nContent-Type: text/html; charset=utf-8\n\n"
        b"<p style='color:red'>Bitte best\xc3\xa4tigen Sie den Gravurtext.\n"  # never closed
    )
    assert window.open_file(mail)
    assert window.subject.text() == "Ihre Bestellung 302-4417865-2290147"
    assert "Bitte bestätigen Sie den Gravurtext." in window.editor.toPlainText()
    assert "color" not in window.editor.body().html


def test_a_file_that_cannot_be_read_leaves_the_draft_alone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    before = start(qtbot, window)
    shown: list[str] = []
    # The warning is modal; record it instead of waiting for a click (Qt's own box is not ours).
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "message.json"
    bad.write_text('{"body": ', encoding="utf-8")
    assert not window.open_file(bad)
    assert window.editor.body().html == before
    assert shown
    assert "message.json cannot be opened" in shown[0]
