"""The panel of checks: the verdict on the message and a card per finding.

The panel shows; it never edits. Every button asks the window through a ``*_requested`` signal
(the window wires them in one place), so the editor, the store and the panel stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from composer.i18n import QT_TRANSLATE_NOOP, translate
from composer.policy.model import Category, Finding, FixSafety, Report, Severity
from composer.ui.data_words import (
    fix_title,
    message_type_title,
    purpose_title,
    rule_explanation,
    rule_title,
    source_title,
)
from composer.ui.flow_layout import FlowLayout
from composer.ui.wrapped_label import WrappedLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

    from composer.policy.rulebook import RuleBook

# Marked here, translated where shown (QCoreApplication.translate with the same context).
SEVERITY_NAMES = {  # a card's kind, for screen readers
    Severity.ERROR: QT_TRANSLATE_NOOP("FindingCard", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("FindingCard", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("FindingCard", "Note"),
}
CATEGORY_TEXT = {
    Category.CRITICAL: QT_TRANSLATE_NOOP(
        "ChecksPanel", "Critical: reaches the buyer even if they opted out"
    ),
    Category.PROACTIVE: QT_TRANSLATE_NOOP(
        "ChecksPanel", "Proactive: permitted, but bounces for buyers who opted out"
    ),
    Category.FORBIDDEN: QT_TRANSLATE_NOOP(
        "ChecksPanel", "Forbidden: Amazon does not allow this message"
    ),
}
CATEGORY_NAMES = {  # the category in a word, for screen readers
    Category.CRITICAL: QT_TRANSLATE_NOOP("ChecksPanel", "critical"),
    Category.PROACTIVE: QT_TRANSLATE_NOOP("ChecksPanel", "proactive"),
    Category.FORBIDDEN: QT_TRANSLATE_NOOP("ChecksPanel", "forbidden"),
}
PURPOSE_KINDS = {  # what kind of purpose the check found, after its title
    "critical": QT_TRANSLATE_NOOP("ChecksPanel", "critical"),
    "permitted": QT_TRANSLATE_NOOP("ChecksPanel", "permitted"),
    "forbidden": QT_TRANSLATE_NOOP("ChecksPanel", "forbidden"),
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
        """Built in the language of the moment: after a switch the panel builds new cards."""
        super().__init__(parent)
        self.finding = finding
        self.word = word
        self.key = card_key(finding, word)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(QtCore.Qt.CursorShape.PointingHandCursor)
        spec = rulebook.rules.get(finding.rule)
        title = rule_title(finding.rule, rulebook)
        severity = QCoreApplication.translate("FindingCard", SEVERITY_NAMES[finding.severity])
        self.setAccessibleName(self.tr("{severity}: {rule}").format(severity=severity, rule=title))
        self.setAccessibleDescription(finding.message)
        rule = finding.rule  # the rule's id: the same in every language

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        header = QHBoxLayout()
        head = WrappedLabel(
            f"<b>{escape(title)}</b> <span style='color:gray'>{escape(rule)}</span>"
        )
        header.addWidget(head, 1)
        layout.addLayout(header)
        message = WrappedLabel(finding.message)
        # Plain text: a message with no tag in it was shown as plain text already, so escaping
        # it printed "&#x27;" for every apostrophe ("l&#x27;acquirente", "buyer&#x27;s").
        message.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        layout.addWidget(message)
        if spec is not None:
            why = WrappedLabel(_explanation_html(rule_explanation(spec), spec.sources, rulebook))
            why.setOpenExternalLinks(True)
            why.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextBrowserInteraction)
            why.setAccessibleName(self.tr("Why and source"))
            why.setVisible(False)
            layout.addWidget(why)
            self.why_button = QToolButton(self)
            self.why_button.setText(self.tr("Why?"))
            self.why_button.setAccessibleName(self.tr("Why: {rule}").format(rule=rule))
            self.why_button.setCheckable(True)
            self.why_button.toggled.connect(why.setVisible)
            header.addWidget(self.why_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)

        buttons = FlowLayout(spacing=4)  # onto two lines when a language makes them wide
        if finding.fix is not None:
            self.fix_button = self._button(
                fix_title(finding) or self.tr("Fix"),
                self.tr("Fix: {rule}").format(rule=rule),
                buttons,
            )
            self.fix_button.setToolTip(
                self.tr("Safe: keeps the meaning")
                if finding.fix.safety is FixSafety.SAFE
                else self.tr("Check the result: this fix changes the wording")
            )
            self.fix_button.clicked.connect(lambda: self.fix_requested.emit(self.finding))
        if finding.rule == "spelling":
            more = self._button(
                self.tr("Suggestions…"), self.tr("Suggestions: {rule}").format(rule=rule), buttons
            )
            more.clicked.connect(lambda: self.suggestions_requested.emit(self.finding))
        ignore = self._button(
            self.tr("Ignore…"), self.tr("Ignore: {rule}").format(rule=rule), buttons
        )
        menu = QMenu(ignore)
        menu.addAction(
            self.tr("Ignore here"), lambda: self.ignore_here_requested.emit(self.finding)
        )
        menu.addAction(
            self.tr("Ignore this rule"), lambda: self.ignore_rule_requested.emit(finding.rule)
        )
        if finding.rule == "spelling":
            menu.addAction(
                self.tr("Add “{word}” to the dictionary").format(word=word),
                lambda: self.add_word_requested.emit(word),
            )
        ignore.setMenu(menu)
        self.ignore_menu = menu
        layout.addLayout(buttons)

    def _button(self, text: str, name: str, layout: FlowLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
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
        self.setWidgetResizable(True)
        # Nothing here names a member of PySide's ``Qt`` namespace: the first use of ``Qt``
        # builds all its enums (14 ms), which would delay the window's first frame. What
        # needs one is set by ``_settle()``, with the first result.
        self._settled = False
        body = QWidget(self)
        self._layout = QVBoxLayout(body)

        self.category_label = WrappedLabel(parent=body)
        self._layout.addWidget(self.category_label)

        self.purposes_label = WrappedLabel(parent=body)
        self._layout.addWidget(self.purposes_label)

        self.message_type_label = WrappedLabel(parent=body)
        self._layout.addWidget(self.message_type_label)

        self.fix_all_button = QPushButton(body)
        self.fix_all_button.clicked.connect(self.fix_all_safe_requested)
        fix_all_row = QHBoxLayout()
        fix_all_row.addWidget(self.fix_all_button)
        fix_all_row.addStretch(1)  # the button keeps its own width, on the left
        self._layout.addLayout(fix_all_row)

        self._cards_box = QWidget(body)
        self._cards = QVBoxLayout(self._cards_box)
        self._cards.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self._cards_box)

        self.notes_label = WrappedLabel(parent=body)
        self._layout.addWidget(self.notes_label)
        self._layout.addStretch(1)  # everything at the top
        self.setWidget(body)
        self.cards: list[FindingCard] = []
        self._headers: dict[Severity, WrappedLabel] = {}
        self._no_problems = WrappedLabel(parent=self._cards_box)
        self._no_problems.hide()
        self._shown: list[QWidget] = []  # what the cards' layout holds, in order
        # What is shown, to show again in another language: None before the first result,
        # () for an empty message, else the report with its findings and their words.
        self._state: tuple[()] | tuple[Report, Sequence[Finding], Sequence[str]] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The panel's texts in the current language; the cards are built again, the
        findings' own messages (the engine's words) change with the window's next check."""
        self.setAccessibleName(self.tr("Policy checks"))
        self.category_label.setAccessibleName(self.tr("Message category"))
        self.purposes_label.setAccessibleName(self.tr("Purposes and evidence"))
        self.message_type_label.setAccessibleName(self.tr("Suggested SP-API message type"))
        self.fix_all_button.setAccessibleName(self.tr("Fix all safe"))
        self.notes_label.setAccessibleName(self.tr("Notes"))
        self._no_problems.setText(self.tr("No problems found."))
        state = self._state
        if state is None:
            self.category_label.setText(self.tr("Checking…"))
            self.fix_all_button.setText(self.tr("Fix all safe"))
        elif not state:
            self.show_empty()
        else:
            self._show_cards([], [])  # the cards are worded in the old language: new ones
            self.show_report(*state)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
        self._state = ()
        self.category_label.setText(self.tr("Start writing: the checks appear as you type."))
        self.category_label.setAccessibleDescription("")
        self.purposes_label.setText("")
        self.message_type_label.setText("")
        self.fix_all_button.setEnabled(False)
        self.fix_all_button.setText(self.tr("Fix all safe"))
        self._show_cards([], [])
        self.notes_label.setText("")

    def show_report(
        self, report: Report, findings: Sequence[Finding], words: Sequence[str]
    ) -> None:
        """Show ``report`` with ``findings`` (what is left after the user's ignores), each with
        the text it is about (``words``)."""
        self._settle()
        self._state = (report, findings, words)
        colour = CATEGORY_COLOURS[report.category]
        reason = _without_verdict_head(report)  # the headline says it already
        headline = QCoreApplication.translate("ChecksPanel", CATEGORY_TEXT[report.category])
        self.category_label.setText(
            f"<span style='color:{colour}; font-weight:600'>"
            f"{escape(headline)}</span><br>{escape(reason[:1].upper())}"
            f"{escape(reason[1:])}"
        )
        self.category_label.setAccessibleDescription(
            QCoreApplication.translate("ChecksPanel", CATEGORY_NAMES[report.category])
        )
        self.purposes_label.setText(_purposes_html(report, self.rulebook))
        message_type = report.sp_api_message_type
        if message_type:
            spec = self.rulebook.message_types.get(message_type)
            title = message_type_title(spec) if spec else message_type
            self.message_type_label.setText(
                self.tr("SP-API message type: {title} ({id})").format(title=title, id=message_type)
            )
        else:
            self.message_type_label.setText(self.tr("SP-API message type: none fits this message"))
        safe = [f for f in findings if f.fix is not None and f.fix.safety is FixSafety.SAFE]
        self.fix_all_button.setEnabled(bool(safe))
        self.fix_all_button.setText(
            self.tr("Fix all safe (%n)", "", len(safe)) if safe else self.tr("Fix all safe")
        )
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
                header = self._headers[severity] = WrappedLabel(parent=self._cards_box)
            header.setText(f"<b>{escape(self._heading(severity, len(group)))}</b>")
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

    def _heading(self, severity: Severity, count: int) -> str:
        """A group's heading with the number of its cards (a plural: one call each, since
        lupdate marks a plural only in a call with the number)."""
        if severity is Severity.ERROR:
            return self.tr("Errors (%n)", "", count)
        if severity is Severity.WARNING:
            return self.tr("Warnings (%n)", "", count)
        return self.tr("Notes (%n)", "", count)

    def _new_card(self, finding: Finding, word: str) -> FindingCard:
        card = FindingCard(finding, word, self.rulebook, self._cards_box)
        card.selected.connect(self.select_requested)
        card.fix_requested.connect(self.fix_requested)
        card.ignore_here_requested.connect(self.ignore_here_requested)
        card.ignore_rule_requested.connect(self.ignore_rule_requested)
        card.suggestions_requested.connect(self.suggestions_requested)
        card.add_word_requested.connect(self.add_word_requested)
        return card


def _without_verdict_head(report: Report) -> str:
    """The verdict's reason without its "Forbidden: " (the engine's words, translated): the
    headline above it says so already."""
    if report.category is not Category.FORBIDDEN:
        return report.reason
    template = translate("Verdict", "Forbidden: {purposes}.")
    head = template.split("{purposes}")[0]
    return report.reason.removeprefix(head) if head else report.reason


def _purposes_html(report: Report, rulebook: RuleBook) -> str:
    rows = []
    for purpose in report.purposes:
        title = purpose_title(purpose.id, rulebook)
        kind = PURPOSE_KINDS.get(purpose.kind)
        kind_text = QCoreApplication.translate("ChecksPanel", kind) if kind else purpose.kind
        #: A phrase that showed the purpose, quoted as your language quotes.
        quote = QCoreApplication.translate("ChecksPanel", "“{phrase}”")
        evidence = "; ".join(quote.format(phrase=escape(e.phrase)) for e in purpose.evidence[:3])
        rows.append(
            f"<li><b>{escape(title)}</b> ({escape(kind_text)})"
            + (f": {evidence}" if evidence else "")
        )
    if not rows:
        return ""
    heading = QCoreApplication.translate("ChecksPanel", "Purposes:")
    return f"{escape(heading)}<ul>{''.join(rows)}</ul>"


def _explanation_html(explanation: str, sources: Sequence[str], rulebook: RuleBook) -> str:
    links = []
    for code in sources:
        source = rulebook.sources.get(code)
        if source is None:
            links.append(escape(code))
        else:
            title = escape(source_title(code, rulebook))
            if source.urls:
                url = escape(source.urls[0])
                links.append(f"<a href='{url}' title='{title}'>{escape(code)}</a>")
            else:
                links.append(f"<span title='{title}'>{escape(code)}</span>")
    caption = QCoreApplication.translate("FindingCard", "Sources:")
    return f"{escape(explanation)}<br><i>{escape(caption)}</i> {', '.join(links)}"
