"""The panel of checks: the verdict on the message and a card per finding.

The panel shows; it never edits. Every button asks the window through a ``*_requested`` signal
(the window wires them in one place), so the editor, the store and the panel stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.policy.model import Category, Finding, FixSafety, Report, Severity

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

    from composer.policy.rulebook import RuleBook

SEVERITY_TITLES = {Severity.ERROR: "Errors", Severity.WARNING: "Warnings", Severity.INFO: "Notes"}
CATEGORY_TEXT = {
    Category.CRITICAL: "Critical: reaches the buyer even if they opted out",
    Category.PROACTIVE: "Proactive: permitted, but bounces for buyers who opted out",
    Category.FORBIDDEN: "Forbidden: Amazon does not allow this message",
}
CATEGORY_COLOURS = {
    Category.CRITICAL: "#1b5e20",
    Category.PROACTIVE: "#0d47a1",
    Category.FORBIDDEN: "#b71c1c",
}


CardKey = tuple[str, Severity, str, str, str | None, FixSafety | None]


def card_key(finding: Finding, word: str) -> CardKey:
    """What a card shows of a finding: two findings with the same key look the same (they may
    differ in where they are)."""
    fix = finding.fix
    return (
        finding.rule,
        finding.severity,
        finding.message,
        word,
        fix.title if fix is not None else None,
        fix.safety if fix is not None else None,
    )


class FindingCard(QFrame):
    """One finding: what, where, why (with the source) and what can be done.

    ``finding`` may be replaced by one with the same ``card_key`` (the same problem, moved by
    an edit): every button acts on the card's current finding."""

    selected = Signal(object)  # Finding
    fix_requested = Signal(object)  # Finding
    ignore_here_requested = Signal(object)  # Finding
    ignore_rule_requested = Signal(str)  # rule id
    suggestions_requested = Signal(object)  # Finding (spelling)
    add_word_requested = Signal(str)  # the word

    def __init__(self, finding: Finding, word: str, rulebook: RuleBook, parent: QWidget) -> None:
        super().__init__(parent)
        self.finding = finding
        self.word = word
        self.key = card_key(finding, word)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        spec = rulebook.rules.get(finding.rule)
        title = spec.title if spec else finding.rule
        self.setAccessibleName(f"{finding.severity.value.capitalize()}: {title}")
        self.setAccessibleDescription(finding.message)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        header = QHBoxLayout()
        head = QLabel(f"<b>{escape(title)}</b> <span style='color:gray'>{finding.rule}</span>")
        head.setWordWrap(True)
        header.addWidget(head, 1)
        layout.addLayout(header)
        message = QLabel(escape(finding.message))
        message.setWordWrap(True)
        layout.addWidget(message)
        if spec is not None:
            why = QLabel(_explanation_html(spec.explanation, spec.sources, rulebook))
            why.setWordWrap(True)
            why.setOpenExternalLinks(True)
            why.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextBrowserInteraction)
            why.setAccessibleName("Why and source")
            why.setVisible(False)
            layout.addWidget(why)
            self.why_button = QToolButton(self)
            self.why_button.setText("Why?")
            self.why_button.setAccessibleName(f"Why: {finding.rule}")
            self.why_button.setCheckable(True)
            self.why_button.toggled.connect(why.setVisible)
            header.addWidget(self.why_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        if finding.fix is not None:
            self.fix_button = self._button(finding.fix.title or "Fix", buttons)
            self.fix_button.setToolTip(
                "Safe: keeps the meaning"
                if finding.fix.safety is FixSafety.SAFE
                else "Check the result: this fix changes the wording"
            )
            self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self.finding))
        if finding.rule == "spelling":
            more = self._button("Suggestions…", buttons)
            more.clicked.connect(lambda: self.suggestions_requested.emit(self.finding))
        ignore = self._button("Ignore…", buttons)
        menu = QMenu(ignore)
        menu.addAction("Ignore here", lambda: self.ignore_here_requested.emit(self.finding))
        menu.addAction("Ignore this rule", lambda: self.ignore_rule_requested.emit(finding.rule))
        if finding.rule == "spelling":
            menu.addAction(
                f"Add “{word}” to the dictionary", lambda: self.add_word_requested.emit(word)
            )
        ignore.setMenu(menu)
        self.ignore_menu = menu
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _button(self, text: str, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(f"{text.rstrip('…')}: {self.finding.rule}")
        button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(button)
        return button

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == QtCore.Qt.MouseButton.LeftButton:
            self.selected.emit(self.finding)
        super().mousePressEvent(event)


class ChecksPanel(QScrollArea):
    """The verdict, the purposes with their evidence, the SP-API type and the finding cards."""

    select_requested = Signal(object)  # Finding
    fix_requested = Signal(object)  # Finding
    fix_all_safe_requested = Signal()
    ignore_here_requested = Signal(object)  # Finding
    ignore_rule_requested = Signal(str)
    suggestions_requested = Signal(object)  # Finding
    add_word_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Policy checks")
        self.setWidgetResizable(True)
        # Nothing here names a member of PySide's ``Qt`` namespace: the first use of ``Qt``
        # builds all its enums (14 ms), which would delay the window's first frame. What
        # needs one is set by ``_settle()``, with the first result.
        self._settled = False
        body = QWidget(self)
        self._layout = QVBoxLayout(body)

        self.category_label = QLabel("Checking…", body)
        self.category_label.setAccessibleName("Message category")
        self.category_label.setWordWrap(True)
        self._layout.addWidget(self.category_label)

        self.purposes_label = QLabel(body)
        self.purposes_label.setAccessibleName("Purposes and evidence")
        self.purposes_label.setWordWrap(True)
        self._layout.addWidget(self.purposes_label)

        self.message_type_label = QLabel(body)
        self.message_type_label.setAccessibleName("Suggested SP-API message type")
        self.message_type_label.setWordWrap(True)
        self._layout.addWidget(self.message_type_label)

        self.fix_all_button = QPushButton("Fix all safe", body)
        self.fix_all_button.setAccessibleName("Fix all safe")
        self.fix_all_button.clicked.connect(self.fix_all_safe_requested)
        fix_all_row = QHBoxLayout()
        fix_all_row.addWidget(self.fix_all_button)
        fix_all_row.addStretch(1)  # the button keeps its own width, on the left
        self._layout.addLayout(fix_all_row)

        self._cards_box = QWidget(body)
        self._cards = QVBoxLayout(self._cards_box)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._cards_box)

        self.notes_label = QLabel(body)
        self.notes_label.setWordWrap(True)
        self.notes_label.setAccessibleName("Notes")
        self._layout.addWidget(self.notes_label)
        self._layout.addStretch(1)  # everything at the top
        self.setWidget(body)
        self.cards: list[FindingCard] = []
        self._headers: dict[Severity, QLabel] = {}
        self._no_problems = QLabel("No problems found.", self._cards_box)
        self._no_problems.hide()
        self._shown: list[QWidget] = []  # what the cards' layout holds, in order

    @property
    def rulebook(self) -> RuleBook:
        """The rule book, loaded with the first report (not before the first frame)."""
        from composer.policy.rulebook import load_rulebook  # noqa: PLC0415 - cached

        return load_rulebook()

    def _settle(self) -> None:
        """What waits for the first result (see ``__init__``)."""
        if self._settled:
            return
        self._settled = True
        # Cards wrap their text to the panel's width; nothing scrolls sideways.
        self.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.purposes_label.setTextFormat(QtCore.Qt.TextFormat.RichText)

    def show_empty(self) -> None:
        """Nothing written yet: nothing to judge."""
        self._settle()
        self.category_label.setText("Start writing: the checks appear as you type.")
        self.category_label.setAccessibleDescription("")
        self.purposes_label.setText("")
        self.message_type_label.setText("")
        self.fix_all_button.setEnabled(False)
        self.fix_all_button.setText("Fix all safe")
        self._show_cards([], [])
        self.notes_label.setText("")

    def show_report(
        self, report: Report, findings: Sequence[Finding], words: Sequence[str]
    ) -> None:
        """Show ``report`` with ``findings`` (what is left after the user's ignores), each with
        the text it is about (``words``)."""
        self._settle()
        colour = CATEGORY_COLOURS[report.category]
        reason = report.reason.removeprefix("Forbidden: ")  # the headline says it already
        self.category_label.setText(
            f"<span style='color:{colour}; font-weight:600'>"
            f"{escape(CATEGORY_TEXT[report.category])}</span><br>{escape(reason[:1].upper())}"
            f"{escape(reason[1:])}"
        )
        self.category_label.setAccessibleDescription(report.category.value)
        self.purposes_label.setText(_purposes_html(report, self.rulebook))
        message_type = report.sp_api_message_type
        if message_type:
            spec = self.rulebook.message_types.get(message_type)
            title = spec.title if spec else message_type
            self.message_type_label.setText(f"SP-API message type: {title} ({message_type})")
        else:
            self.message_type_label.setText("SP-API message type: none fits this message")
        safe = [f for f in findings if f.fix is not None and f.fix.safety is FixSafety.SAFE]
        self.fix_all_button.setEnabled(bool(safe))
        self.fix_all_button.setText(f"Fix all safe ({len(safe)})" if safe else "Fix all safe")
        self._show_cards(findings, words)
        self.notes_label.setText("<br>".join(escape(n) for n in report.notes))

    def _show_cards(self, findings: Sequence[Finding], words: Sequence[str]) -> None:
        """A card per finding, grouped by severity.

        A check runs at every pause in typing and mostly finds the same problems a few
        characters further on, so a card that would look the same is kept and given the moved
        finding; only new problems get new cards. Rebuilding every card at every check cost
        the UI thread 15-20 ms (a dropped frame) each time (benchmarks/bench_typing.py)."""
        spare: dict[CardKey, list[FindingCard]] = {}
        for card in self.cards:
            spare.setdefault(card.key, []).append(card)
        shown: list[QWidget] = []
        self.cards = []
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
            group = [(f, w) for f, w in zip(findings, words, strict=True) if f.severity is severity]
            if not group:
                continue
            header = self._headers.get(severity)
            if header is None:
                header = self._headers[severity] = QLabel(self._cards_box)
            header.setText(f"<b>{SEVERITY_TITLES[severity]} ({len(group)})</b>")
            shown.append(header)
            for finding, word in group:
                same = spare.get(card_key(finding, word))
                if same:
                    card = same.pop(0)
                    card.finding = finding
                else:
                    card = self._new_card(finding, word)
                shown.append(card)
                self.cards.append(card)
        if not findings and self.purposes_label.text():
            shown.append(self._no_problems)
        for unused in spare.values():
            for card in unused:
                card.hide()
                card.deleteLater()
        if shown == self._shown:
            return  # the same cards in the same order: nothing to lay out again
        while self._cards.count():
            self._cards.takeAt(0)
        for widget in self._shown:
            if widget not in shown and not isinstance(widget, FindingCard):
                widget.hide()  # a header or the "no problems" line
        for widget in shown:
            self._cards.addWidget(widget)
            widget.show()
        self._shown = shown

    def _new_card(self, finding: Finding, word: str) -> FindingCard:
        card = FindingCard(finding, word, self.rulebook, self._cards_box)
        card.selected.connect(self.select_requested)
        card.fix_requested.connect(self.fix_requested)
        card.ignore_here_requested.connect(self.ignore_here_requested)
        card.ignore_rule_requested.connect(self.ignore_rule_requested)
        card.suggestions_requested.connect(self.suggestions_requested)
        card.add_word_requested.connect(self.add_word_requested)
        return card


def _purposes_html(report: Report, rulebook: RuleBook) -> str:
    rows = []
    for purpose in report.purposes:
        spec = rulebook.purposes.get(purpose.id)
        title = spec.title if spec else purpose.id
        evidence = "; ".join(f"“{escape(e.phrase)}”" for e in purpose.evidence[:3])
        rows.append(
            f"<li><b>{escape(title)}</b> ({purpose.kind})" + (f": {evidence}" if evidence else "")
        )
    return "Purposes:<ul>" + "".join(rows) + "</ul>" if rows else ""


def _explanation_html(explanation: str, sources: Sequence[str], rulebook: RuleBook) -> str:
    links = []
    for code in sources:
        source = rulebook.sources.get(code)
        if source is None:
            links.append(escape(code))
        elif source.urls:
            links.append(f"<a href='{escape(source.urls[0])}'>{escape(code)}</a>")
        else:
            links.append(f"<span title='{escape(source.title)}'>{escape(code)}</span>")
    return f"{escape(explanation)}<br><i>Sources:</i> {', '.join(links)}"
