"""The panel keeps the card of a problem that is still there: a check runs at every pause in
typing and mostly finds the same problems a few characters further on, so their cards stay (a
rebuild of every card at every check cost the UI thread a dropped frame) and act on the moved
finding; new problems get a card in their group, and cards of solved ones go."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from composer.policy import Message, Report, check
from composer.ui.panel import ChecksPanel, FindingCard

ORDER = "302-4417865-2290147"
CONTACT = "Call us on +44 20 7946 0018 or see www.example.co.uk/care."


def show(panel: ChecksPanel, body: str) -> Report:
    report = check(Message(body=body, subject=f"Your order {ORDER}"))
    panel.show_report(report, report.findings, [body[f.start : f.end] for f in report.findings])
    return report


def card(panel: ChecksPanel, rule: str) -> FindingCard:
    return next(c for c in panel.cards if c.finding.rule == rule)


def visible_labels(panel: ChecksPanel) -> list[str]:
    return [
        label.text() for label in panel.findChildren(QLabel) if label.isVisible() and label.text()
    ]


def make_panel(qtbot: QtBot) -> ChecksPanel:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    return panel


def test_typing_before_the_problems_keeps_their_cards_and_moves_their_findings(
    qtbot: QtBot,
) -> None:
    panel = make_panel(qtbot)
    body = f"Thank you for your order {ORDER}. {CONTACT}"
    first = show(panel, body)
    cards = list(panel.cards)
    assert [c.finding.rule for c in cards] == ["phone-number", "external-link"]
    phone_was = card(panel, "phone-number").finding

    show(panel, "Hello! " + body)
    assert panel.cards == cards  # the same widgets, not new ones
    phone = card(panel, "phone-number")
    assert phone.finding != phone_was
    assert phone.finding.start == phone_was.start + len("Hello! ")
    with qtbot.waitSignal(panel.fix_requested) as fixed:
        qtbot.mouseClick(phone.fix_button, Qt.MouseButton.LeftButton)
    assert fixed.args == [phone.finding]  # the moved finding, whose edits fit the new text
    with qtbot.waitSignal(panel.select_requested) as selected:
        qtbot.mouseClick(phone, Qt.MouseButton.LeftButton)
    assert selected.args == [phone.finding]
    assert first.findings[0] == phone_was


def test_a_new_problem_gets_a_card_in_its_group_and_a_solved_one_loses_its_card(
    qtbot: QtBot,
) -> None:
    panel = make_panel(qtbot)
    show(panel, f"Thank you for your order {ORDER}. {CONTACT}")
    phone, link = card(panel, "phone-number"), card(panel, "external-link")
    assert "<b>Errors (2)</b>" in visible_labels(panel)

    show(panel, f"We recieved your photo. Thank you for your order {ORDER}. {CONTACT}")
    assert [c.finding.rule for c in panel.cards] == ["phone-number", "external-link", "spelling"]
    assert panel.cards[:2] == [phone, link]
    assert {"<b>Errors (2)</b>", "<b>Warnings (1)</b>"} <= set(visible_labels(panel))

    show(panel, f"We recieved your photo. Thank you for your order {ORDER}. See you soon.")
    assert [c.finding.rule for c in panel.cards] == ["spelling"]
    assert "<b>Warnings (1)</b>" in visible_labels(panel)
    assert not any(text.startswith("<b>Errors") for text in visible_labels(panel))
    qtbot.waitUntil(lambda: not phone.isVisible() and not link.isVisible(), timeout=1000)


def test_no_problems_is_said_and_taken_back(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    show(panel, f"Could you confirm the engraving text for your order {ORDER}?")
    assert panel.cards == []
    assert "No problems found." in visible_labels(panel)

    show(panel, f"Could you confirm the engraving text for your order {ORDER}? {CONTACT}")
    assert "No problems found." not in visible_labels(panel)
    assert {c.finding.rule for c in panel.cards} == {"phone-number", "external-link"}

    panel.show_empty()
    assert panel.cards == []
    assert visible_labels(panel) == ["Start writing: the checks appear as you type."]


def test_a_message_with_an_apostrophe_or_a_tag_reads_as_written(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel, QWidget

    from composer.policy import FieldName, Finding, Severity
    from composer.policy.rulebook import load_rulebook
    from composer.ui.panel import FindingCard

    parent = QWidget()
    qtbot.addWidget(parent)
    text = "The buyer's <b>name</b> & order"
    finding = Finding("spelling", Severity.WARNING, text, FieldName.BODY, 0, 5)
    card = FindingCard(finding, "word", load_rulebook(), parent)
    shown = [label.text() for label in card.findChildren(QLabel)]
    assert text in shown
