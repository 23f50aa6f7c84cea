"""The window as a seller uses it: type, see the problems, fix them, keep the draft."""

from __future__ import annotations

import re

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from composer.policy import Category
from composer.ui.main_window import MainWindow
from composer.ui.panel import ChecksPanel, FindingCard
from tests.ui.conftest import CHECK_TIMEOUT_MS, Session, checked

ORDER = "302-4417865-2290147"
ENGRAVING = f"Hello, which font would you like for the engraving on order {ORDER}?"


def named(window: QWidget, name: str) -> QWidget:
    found = [w for w in window.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def type_body(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type ``text`` key by key; QtTest types ASCII only, so other characters (emoji) are
    entered as an input method would, with insertPlainText at the cursor."""
    window.editor.setFocus()
    for ascii_run, other in re.findall(r"([\x20-\x7e]*)([^\x20-\x7e]*)", text):
        qtbot.keyClicks(window.editor, ascii_run)
        if other:
            window.editor.insertPlainText(other)


def card(window: MainWindow, rule: str) -> FindingCard:
    cards = [c for c in window.panel.cards if c.finding.rule == rule]
    assert cards, f"no card for {rule}: {[c.finding.rule for c in window.panel.cards]}"
    return cards[0]


def test_people_and_tests_find_the_controls_by_name(window: MainWindow) -> None:
    assert isinstance(named(window, "Message body"), QTextEdit)
    assert isinstance(named(window, "Subject"), QLineEdit)
    assert isinstance(named(window, "Policy checks"), ChecksPanel)
    assert isinstance(named(window, "Message category"), QLabel)
    for name in ("Order ID", "Order date", "Delivery date", "Buyer language", "Marketplace"):
        named(window, name)
    for name in ("Channel", "Message type", "Reply to a buyer", "Character count"):
        named(window, name)


def test_typing_shows_the_category_and_the_problems(qtbot: QtBot, window: MainWindow) -> None:
    type_body(qtbot, window, ENGRAVING)
    report = checked(qtbot, window)
    assert report.category is Category.CRITICAL
    assert "Critical" in window.panel.category_label.text()
    assert window.panel.cards == []

    type_body(qtbot, window, " Call us on +44 20 7946 0018 \U0001f60a")
    report = checked(qtbot, window)
    rules = {c.finding.rule for c in window.panel.cards}
    assert {"phone-number", "emoji"} <= rules
    assert report.category is Category.CRITICAL  # element problems never change it
    underlined = {s.cursor.selectedText() for s in window.editor.extraSelections()}
    assert {"+44 20 7946 0018", "\U0001f60a"} <= underlined


def test_clicking_a_card_selects_what_it_is_about(qtbot: QtBot, window: MainWindow) -> None:
    type_body(qtbot, window, f"\U0001f4e6 {ENGRAVING} Call +44 20 7946 0018.")
    checked(qtbot, window)
    qtbot.mouseClick(card(window, "phone-number"), Qt.MouseButton.LeftButton)
    assert window.editor.textCursor().selectedText() == "+44 20 7946 0018"
    qtbot.mouseClick(card(window, "emoji"), Qt.MouseButton.LeftButton)
    assert window.editor.textCursor().selectedText() == "\U0001f4e6"


def test_a_fix_applies_and_can_be_undone(qtbot: QtBot, window: MainWindow) -> None:
    type_body(qtbot, window, f"{ENGRAVING} \U0001f60a")
    checked(qtbot, window)
    emoji = card(window, "emoji")
    qtbot.mouseClick(emoji.fix_button, Qt.MouseButton.LeftButton)
    assert "\U0001f60a" not in window.editor.toPlainText()
    report = checked(qtbot, window)
    assert "emoji" not in {f.rule for f in report.findings}
    window.act_undo.trigger()
    assert "\U0001f60a" in window.editor.toPlainText()


def test_fix_all_safe_problems(qtbot: QtBot, window: MainWindow) -> None:
    window.subject.setText("\U0001f381 Your engraving")
    type_body(qtbot, window, f"{ENGRAVING} \U0001f60a \U0001f44d")
    checked(qtbot, window)
    window.act_fix_all.trigger()
    report = checked(qtbot, window)
    assert "emoji" not in {f.rule for f in report.findings}
    assert window.subject.text().strip() == "Your engraving"


def test_the_subject_is_checked_too(qtbot: QtBot, window: MainWindow) -> None:
    window.subject.setText(f"[Important] How do you like your blender? {ORDER}")
    type_body(qtbot, window, "We hope you are enjoying it.")
    report = checked(qtbot, window)
    assert report.category is Category.FORBIDDEN
    qtbot.mouseClick(card(window, "important-tag-misuse"), Qt.MouseButton.LeftButton)
    assert window.subject.selectedText() == "[Important]"


def test_a_third_line_break_in_a_row_is_flagged(qtbot: QtBot, window: MainWindow) -> None:
    """Amazon allows two line breaks in a row (one blank line), not three (catalogue 3.E)."""
    type_body(qtbot, window, ENGRAVING)
    for _ in range(2):
        qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_body(qtbot, window, "Thanks")
    assert "line-breaks" not in {f.rule for f in checked(qtbot, window).findings}
    window.editor.moveCursor(QTextCursor.MoveOperation.StartOfBlock)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    report = checked(qtbot, window)
    assert "line-breaks" in {f.rule for f in report.findings}


def test_pasted_styles_are_dropped_and_announced(qtbot: QtBot, window: MainWindow) -> None:
    data = QMimeData()
    data.setHtml(
        "<html><head><style>p{font-family:Calibri}</style><script>alert(1)</script></head>"
        "<body><p style='font-family:Calibri;color:#ff0000;text-align:center'>"
        f"Which <span style='font-weight:bold'>font</span> for order {ORDER}?</p>"
        "<img src='https://t.example.net/o.gif' width='1' height='1'></body></html>"
    )
    window.editor.setFocus()
    window.editor.insertFromMimeData(data)
    body = window.editor.body().html
    assert "<b>font</b>" in body
    for banned in ("Calibri", "color", "center", "img", "script", "alert"):
        assert banned not in body
    message = window.statusBar().currentMessage()
    assert "font family" in message
    assert "script" in message
    report = checked(qtbot, window)
    styling = {"font-family", "font-color", "alignment", "tracking-pixel"}
    assert not styling & {f.rule for f in report.findings}


def test_the_character_count_follows_the_message_type(qtbot: QtBot, window: MainWindow) -> None:
    type_body(qtbot, window, "Hello")
    checked(qtbot, window)
    assert window.count_label.text() == "5 characters"
    types = window.order.message_type
    types.setCurrentIndex(types.findData("confirmCustomizationDetails"))
    checked(qtbot, window)
    assert window.count_label.text() == "5 / 800 characters"


def test_a_draft_survives_closing_the_window(qtbot: QtBot, session: Session) -> None:
    first = session.window()
    first.subject.setText("Engraving text")
    type_body(qtbot, first, ENGRAVING)
    first.order.order_id.setText(ORDER)
    first.close()

    second = session.window()
    last = session.store.last_draft_id()
    assert last is not None
    second.load_draft(session.store.draft(last))
    assert second.subject.text() == "Engraving text"
    assert second.editor.toPlainText() == ENGRAVING
    assert second.order.order_id.text() == ORDER


def test_autosave_follows_typing_within_a_second(qtbot: QtBot, session: Session) -> None:
    window = session.window()
    type_body(qtbot, window, ENGRAVING)
    qtbot.waitUntil(lambda: session.store.last_draft_id() is not None, timeout=2000)
    draft = session.store.draft(session.store.last_draft_id() or 0)
    assert draft.body_html == window.editor.body().html


def test_ignores_and_the_dictionary_persist(qtbot: QtBot, session: Session) -> None:
    window = session.window()
    type_body(qtbot, window, f"{ENGRAVING} Our Woodcrafty boards ship from Teesside. teakwod.")
    checked(qtbot, window)
    words = {c.word for c in window.panel.cards if c.finding.rule == "spelling"}
    assert "teakwod" in words
    menu = card(window, "spelling").ignore_menu
    (add,) = [a for a in menu.actions() if a.text() == "Add “teakwod” to the dictionary"]
    add.trigger()
    report = checked(qtbot, window)
    assert "spelling" not in {f.rule for f in report.findings}
    assert "teakwod" in (session.folder / "dictionary.txt").read_text(encoding="utf-8")

    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    type_body(qtbot, window, " \U0001f60a")
    checked(qtbot, window)
    window.ignore_here(card(window, "emoji").finding)
    report = checked(qtbot, window)
    assert "emoji" in {f.rule for f in report.findings}  # still found, but ignored here
    assert "emoji" not in {c.finding.rule for c in window.panel.cards}
    window.close()

    again = session.window()
    again.load_draft(session.store.draft(session.store.last_draft_id() or 0))
    checked(qtbot, again)
    assert "emoji" not in {c.finding.rule for c in again.panel.cards}
    assert "spelling" not in {c.finding.rule for c in again.panel.cards}


def test_layout_is_kept_between_runs(session: Session) -> None:
    first = session.window()
    screen = first.screen().availableGeometry()
    assert first.width() <= screen.width()
    assert first.height() <= screen.height()
    first.resize(first.width() - 40, first.height() - 30)
    first.splitter.setSizes([500, 200])
    size, sizes = first.size(), first.splitter.sizes()
    first.close()
    second = session.window()
    assert second.size() == size
    assert second.splitter.sizes() == sizes


def test_spelling_suggestions_come_on_demand(qtbot: QtBot, window: MainWindow) -> None:
    type_body(qtbot, window, f"{ENGRAVING} We recieved your photo.")
    checked(qtbot, window)
    (button,) = [
        b for b in card(window, "spelling").findChildren(QPushButton) if b.text() == "Suggestions…"
    ]
    with qtbot.waitSignal(window.suggester.found, timeout=CHECK_TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    menu = window.suggestions_menu
    choices = [a.text() for a in menu.actions()]
    assert "received" in choices
    next(a for a in menu.actions() if a.text() == "received").trigger()
    assert "We received your photo." in window.editor.toPlainText()


def test_an_ignored_rule_can_be_checked_again(qtbot: QtBot, session: Session) -> None:
    from composer.ui.ignored_dialog import IgnoredRulesDialog

    window = session.window()
    type_body(qtbot, window, f"{ENGRAVING} \U0001f60a")
    session.store.ignore_rule("emoji")
    checked(qtbot, window)
    assert "emoji" not in {c.finding.rule for c in window.panel.cards}
    dialog = IgnoredRulesDialog(session.store, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    dialog.list.item(0).setSelected(True)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert session.store.ignored_rules() == frozenset()
    assert dialog.empty.isVisibleTo(dialog)
    checked(qtbot, window)
    assert "emoji" in {c.finding.rule for c in window.panel.cards}


def test_a_template_fills_in_from_the_order(qtbot: QtBot, window: MainWindow) -> None:
    from composer.services.store import Template

    window.store.save_template(
        Template(
            id=None,
            name="Engraving question",
            subject="Your engraving – order {order_id}",
            body_html="<p>Hello {buyer_name},</p><p>Which font for order {order_id}?</p>",
        )
    )
    window.order.order_id.setText(ORDER)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.templates_dialog
    assert dialog.isVisible()
    assert dialog.use_template()
    assert window.subject.text() == f"Your engraving – order {ORDER}"
    assert window.editor.toPlainText().split("\n") == [
        "Hello {buyer_name},",
        "",
        f"Which font for order {ORDER}?",
    ]
    assert checked(qtbot, window).category is Category.CRITICAL
