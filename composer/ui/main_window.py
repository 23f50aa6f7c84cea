"""The main window: subject, editor, order fields, the panel of checks and the status bar.

Children never reach into each other: they emit ``*_requested`` signals and the window, in
``_wire()``, connects everything in one place. Actions are declared once (``_make_actions``)
and their texts set in ``retranslate()``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QLocale, QSettings, QSize, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from composer.policy.model import (
    BodyFormat,
    Edit,
    FieldName,
    Finding,
    FixSafety,
    Message,
    Report,
    Severity,
)
from composer.services.store import Draft, Store, StoreError
from composer.ui.checks import CheckRequest, CheckRunner, Debouncer, SuggestionRunner
from composer.ui.document_html import BodyHtml
from composer.ui.editor import MessageEditor
from composer.ui.language import LanguageService
from composer.ui.order_fields import OrderFields, OrderInfo
from composer.ui.panel import ChecksPanel
from composer.ui.positions import to_utf16
from composer.ui.sending_hub import SendingHub

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from composer.policy.rulebook import RuleBook
    from composer.services.outbox import Entry, State
    from composer.services.sanitize import Sanitized
    from composer.spelling import UserDictionary
    from composer.ui.accounts_dialog import AccountsDialog
    from composer.ui.outbox_window import OutboxWindow
    from composer.ui.preferences_dialog import PreferencesDialog
    from composer.ui.preview_dialog import ChannelPreviewDialog
    from composer.ui.send_dialog import SendChoices, SendDialog
    from composer.ui.templates_dialog import TemplatesDialog

# The first frame comes before the engine, the HTML reader, the exporters and the rule book:
# they load with the first check or the first use (design guide: the window paints first;
# benchmarks/bench_startup.py measures it). Functions below import them where needed.

CHECK_DELAY_MS = 100  # after the last keystroke: a check per pause, not per key (p95 < 150 ms)
AUTOSAVE_DELAY_MS = 700  # after the first unsaved edit: a crash loses at most this much typing
OUTBOX_START_DELAY_MS = 1000  # after the first frame: the outbox opens, what waits goes out
UNDERLINE_COLOURS = {
    Severity.ERROR: QColor("#d32f2f"),
    Severity.WARNING: QColor("#f57c00"),
    Severity.INFO: QColor("#1976d2"),
}
_TAG = re.compile(r"<[^>]*>")


class MainWindow(QMainWindow):
    check_shown = Signal(object)  # the Report now on screen (for tests and the smoke test)

    @property
    def rulebook(self) -> RuleBook:
        """The rule book, loaded when first needed (not before the first frame)."""
        from composer.policy.rulebook import load_rulebook  # noqa: PLC0415 - cached

        return load_rulebook()

    def __init__(
        self,
        store: Store,
        dictionary: UserDictionary,
        settings: QSettings,
        *,
        accounts_path: Path | None = None,
        sending: SendingHub | None = None,
        language: LanguageService | None = None,
    ) -> None:
        """``accounts_path``: the accounts file (None: the user's config folder; ``--data-dir``
        gives one beside the data). ``sending``: the sending hub (tests give one with an
        in-memory keyring); by default one on this store's database, its services made on
        first use. ``language``: the interface language (app.py installs it before building
        the window); by default a service on ``settings`` that changes nothing until asked."""
        super().__init__()
        self.store = store
        self.dictionary = dictionary
        self.settings = settings
        self.draft = Draft(id=None, name="", subject="", body_html="")
        self.revision = 0
        self.saved_revision = 0
        self.check_serial = 0
        self._written: tuple[int, BodyHtml] | None = None  # (revision, body) last written
        self.report: Report | None = None
        self.findings: list[Finding] = []  # shown, after the ignores
        self._body: BodyHtml | None = None  # the body the shown report was made from
        self._checked: Message | None = None  # the message the shown report is about
        self.preview: ChannelPreviewDialog | None = None
        self.templates_dialog: TemplatesDialog | None = None
        self.sending = sending or SendingHub(store.path, accounts_path, parent=self)
        self.send_dialog: SendDialog | None = None
        self.outbox_window: OutboxWindow | None = None
        self.accounts_dialog: AccountsDialog | None = None
        self.send_choices: SendChoices | None = None
        self.preferences: PreferencesDialog | None = None
        self.language = language or LanguageService(settings, parent=self)
        self._close_when_idle = False
        self._closed = False  # closed for good: its store may be closed too
        self._count: tuple[int, str | None] | None = None  # the count shown (to retranslate)
        self._outbox_counts: dict[State, int] = {}

        self.subject = QLineEdit(self)
        self.editor = MessageEditor(self)
        self.order = OrderFields(self)
        self.panel = ChecksPanel(self)
        self.count_label = QLabel(self)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.subject)
        column.addWidget(self.editor, 1)
        column.addWidget(self.order)
        # Side by side, QSplitter's default (naming Qt.Orientation here would build PySide's
        # whole Qt namespace, 14 ms, before the first frame: see ChecksPanel).
        self.splitter = QSplitter()  # reparented by setCentralWidget below
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.outbox_label = QLabel(self)
        self.outbox_label.hide()
        self.statusBar().addPermanentWidget(self.outbox_label)
        self.statusBar().addPermanentWidget(self.count_label)

        self.runner = CheckRunner(self)
        self.suggester = SuggestionRunner(self)
        self.check_debounce = Debouncer(CHECK_DELAY_MS, self.request_check, self)
        self.autosave = Debouncer(AUTOSAVE_DELAY_MS, self._autosave, self, restart=False)

        self._make_actions()
        self._make_menus()
        self.retranslate()
        self._wire()
        if not self.settings.contains("window/geometry"):
            self.default_size()
        self._restore_layout()

    # -- actions ---------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(
            shortcut: QKeySequence.StandardKey | str | None = None, checkable: bool = False
        ) -> QAction:
            act = QAction(self)
            # setShortcuts() with a standard key or a parsed list: building a QKeySequence
            # from either makes PySide resolve overloads against its whole Qt namespace
            # (14 ms before the first frame; see ChecksPanel).
            if isinstance(shortcut, QKeySequence.StandardKey):
                act.setShortcuts(shortcut)
            elif shortcut is not None:
                act.setShortcuts(QKeySequence.listFromString(shortcut))
            act.setCheckable(checkable)
            return act

        std = QKeySequence.StandardKey
        self.act_new = action(std.New)
        self.act_open = action(std.Open)
        self.act_drafts = action("Ctrl+Shift+O")
        self.act_templates = action("Ctrl+T")
        self.act_rename = action()
        self.act_copy_html = action("Ctrl+Shift+C")
        self.act_copy_text = action()
        self.act_export = action("Ctrl+E")
        self.act_preview = action("Ctrl+Shift+P")
        self.act_quit = action(std.Quit)
        self.act_undo = action(std.Undo)
        self.act_redo = action(std.Redo)
        self.act_bold = action(std.Bold)
        self.act_italic = action(std.Italic)
        self.act_underline = action(std.Underline)
        self.act_bullets = action("Ctrl+Shift+8")
        self.act_numbers = action("Ctrl+Shift+7")
        self.act_link = action("Ctrl+K")
        self.act_unlink = action("Ctrl+Shift+K")
        self.act_fix_all = action("Ctrl+Shift+F")
        self.act_next = action("F8")
        self.act_ignored = action()
        self.act_send = action("Ctrl+Return")
        self.act_outbox = action("Ctrl+Shift+B")
        self.act_accounts = action()
        self.act_preferences = action("Ctrl+,")  # ⌘, on macOS
        # Where macOS wants them (the application menu), whatever their translated text.
        self.act_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions(
            [self.act_new, self.act_open, self.act_drafts, self.act_templates, self.act_rename]
        )
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_copy_html, self.act_copy_text, self.act_export])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_preferences)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_preview)
        self.menu_format = bar.addMenu("")
        self.menu_format.addActions([self.act_bold, self.act_italic, self.act_underline])
        self.menu_format.addSeparator()
        self.menu_format.addActions([self.act_bullets, self.act_numbers])
        self.menu_format.addSeparator()
        self.menu_format.addActions([self.act_link, self.act_unlink])
        self.menu_checks = bar.addMenu("")
        self.menu_checks.addActions([self.act_fix_all, self.act_next])
        self.menu_checks.addSeparator()
        self.menu_checks.addAction(self.act_ignored)
        self.menu_message = bar.addMenu("")
        self.menu_message.addAction(self.act_send)
        self.menu_message.addSeparator()
        self.menu_message.addActions([self.act_outbox, self.act_accounts])
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("format-toolbar")
        self.toolbar.addActions([self.act_bold, self.act_italic, self.act_underline])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.act_bullets, self.act_numbers, self.act_link])
        self.addToolBar(self.toolbar)
        self.send_toolbar = QToolBar(self)
        self.send_toolbar.setObjectName("send-toolbar")
        self.send_toolbar.addActions([self.act_send, self.act_outbox])
        self.addToolBar(self.send_toolbar)

    def retranslate(self) -> None:
        """Every text of the window in the current language (at start, and after a switch)."""
        self.subject.setAccessibleName(self.tr("Subject"))
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.editor.setAccessibleName(self.tr("Message body"))
        self.count_label.setAccessibleName(self.tr("Character count"))
        self.outbox_label.setAccessibleName(self.tr("Outbox summary"))
        self.toolbar.setAccessibleName(self.tr("Formatting"))
        self.toolbar.setWindowTitle(self.tr("Formatting"))
        self.send_toolbar.setAccessibleName(self.tr("Sending"))
        self.send_toolbar.setWindowTitle(self.tr("Sending"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_format.setTitle(self.tr("F&ormat"))
        self.menu_checks.setTitle(self.tr("&Checks"))
        self.menu_message.setTitle(self.tr("&Message"))
        # (text, tooltip): a tooltip says the action without its accelerator and ellipsis.
        texts = {
            self.act_new: (self.tr("&New message"), self.tr("New message")),
            self.act_open: (self.tr("&Open a message file…"), self.tr("Open a message file")),
            self.act_drafts: (self.tr("&Drafts…"), self.tr("Drafts")),
            self.act_templates: (self.tr("&Templates…"), self.tr("Templates")),
            self.act_rename: (self.tr("&Rename draft…"), self.tr("Rename draft")),
            self.act_copy_html: (
                self.tr("Copy as Amazon-safe &HTML"),
                self.tr("Copy as Amazon-safe HTML"),
            ),
            self.act_copy_text: (self.tr("Copy as plain &text"), self.tr("Copy as plain text")),
            self.act_export: (self.tr("&Export…"), self.tr("Export")),
            self.act_preview: (self.tr("&Channel preview…"), self.tr("Channel preview")),
            self.act_quit: (self.tr("&Quit"), self.tr("Quit")),
            self.act_undo: (self.tr("&Undo"), self.tr("Undo")),
            self.act_redo: (self.tr("&Redo"), self.tr("Redo")),
            self.act_preferences: (self.tr("&Preferences…"), self.tr("Preferences")),
            self.act_bold: (self.tr("&Bold"), self.tr("Bold")),
            self.act_italic: (self.tr("&Italic"), self.tr("Italic")),
            self.act_underline: (self.tr("&Underline"), self.tr("Underline")),
            self.act_bullets: (self.tr("Bulleted &list"), self.tr("Bulleted list")),
            self.act_numbers: (self.tr("&Numbered list"), self.tr("Numbered list")),
            self.act_link: (self.tr("Insert https &link…"), self.tr("Insert https link")),
            self.act_unlink: (self.tr("&Remove link"), self.tr("Remove link")),
            self.act_fix_all: (self.tr("Fix all &safe problems"), self.tr("Fix all safe problems")),
            self.act_next: (self.tr("&Next problem"), self.tr("Next problem")),
            self.act_ignored: (self.tr("&Ignored rules…"), self.tr("Ignored rules")),
            self.act_send: (self.tr("&Send…"), self.tr("Send")),
            self.act_outbox: (self.tr("&Outbox"), self.tr("Outbox")),
            self.act_accounts: (self.tr("Seller &accounts…"), self.tr("Seller accounts")),
        }
        for act, (text, tip) in texts.items():
            act.setText(text)
            act.setToolTip(tip)
        self._update_title()
        if self._count is not None:
            self._update_count(*self._count)
        self._show_outbox_counts(self._outbox_counts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._language_changed()
        super().changeEvent(event)

    def _language_changed(self) -> None:
        """After a switch of language: the window's texts, then the check again, so that the
        panel's findings (worded by the engine) come back in the new language. The status
        bar's passing message is dropped rather than left in the old language."""
        self.retranslate()
        self.statusBar().clearMessage()
        if self.report is not None and not self._closed:
            self.request_check()

    # -- wiring ----------------------------------------------------------------------------------

    def _wire(self) -> None:
        self.subject.textChanged.connect(self._edited)
        self.editor.textChanged.connect(self._edited)
        self.order.changed.connect(self._edited)
        self.editor.content_sanitized.connect(self._announce_sanitized)
        self.editor.content_refused.connect(self._announce_refused)
        self.editor.undoAvailable.connect(self.act_undo.setEnabled)
        self.editor.redoAvailable.connect(self.act_redo.setEnabled)

        self.runner.finished.connect(self._show_report)
        self.runner.failed.connect(self._show_failure)

        self.panel.select_requested.connect(self.select_finding)
        self.panel.fix_requested.connect(self.apply_fix)
        self.panel.fix_all_safe_requested.connect(self.fix_all_safe)
        self.panel.ignore_here_requested.connect(self.ignore_here)
        self.panel.ignore_rule_requested.connect(self.ignore_rule)
        self.panel.add_word_requested.connect(self.add_word)
        self.panel.suggestions_requested.connect(self.show_suggestions)
        self.suggester.found.connect(self._suggestions_found)

        self.act_new.triggered.connect(self.new_message)
        self.act_open.triggered.connect(self.choose_file_to_open)
        self.act_drafts.triggered.connect(self.open_drafts)
        self.act_templates.triggered.connect(self.open_templates)
        self.act_rename.triggered.connect(self.rename_draft)
        self.act_quit.triggered.connect(self.close)
        self.act_undo.triggered.connect(self.editor.undo)
        self.act_redo.triggered.connect(self.editor.redo)
        self.act_bold.triggered.connect(self.editor.toggle_bold)
        self.act_italic.triggered.connect(self.editor.toggle_italic)
        self.act_underline.triggered.connect(self.editor.toggle_underline)
        self.act_bullets.triggered.connect(lambda: self.editor.toggle_list(ordered=False))
        self.act_numbers.triggered.connect(lambda: self.editor.toggle_list(ordered=True))
        self.act_link.triggered.connect(self.insert_link)
        self.act_unlink.triggered.connect(self.editor.remove_link)
        self.act_fix_all.triggered.connect(self.fix_all_safe)
        self.act_next.triggered.connect(self.next_problem)
        self.act_ignored.triggered.connect(self.show_ignored_rules)
        self.act_copy_html.triggered.connect(self.copy_as_html)
        self.act_copy_text.triggered.connect(self.copy_as_text)
        self.act_export.triggered.connect(self.export_message)
        self.act_preview.triggered.connect(self.show_preview)
        self.act_send.triggered.connect(self.open_send_dialog)
        self.act_outbox.triggered.connect(self.show_outbox)
        self.act_accounts.triggered.connect(self.open_accounts)
        self.act_preferences.triggered.connect(self.open_preferences)

        self.sending.delivery_finished.connect(self._announce_delivery)
        self.sending.counts_changed.connect(self._show_outbox_counts)
        self.sending.recovered.connect(self._announce_recovered)
        self.sending.problem.connect(self.statusBar().showMessage)
        self.sending.busy_changed.connect(self._sending_busy)

    # -- editing and checking --------------------------------------------------------------------

    def _edited(self) -> None:
        self.revision += 1
        self.check_debounce.poke()
        self.autosave.poke()

    def current_body(self) -> BodyHtml:
        """The editor's content as HTML, written once per revision: the check, the count and
        the autosave of one pause all ask for it."""
        if self._written is None or self._written[0] != self.revision:
            self._written = (self.revision, self.editor.body())
        return self._written[1]

    def current_message(self) -> tuple[Message, BodyHtml]:
        body = self.current_body()
        info = self.order.values()
        message = Message(
            body=body.html,
            subject=self.subject.text(),
            format=BodyFormat.HTML,
            channel=info.channel,
            order_id=info.order_id or None,
            order_date=info.order_date,
            delivery_date=info.delivery_date,
            buyer_language=info.buyer_language or None,
            is_reply=info.reply_to_buyer,
            message_type=info.message_type or None,
        )
        return message, body

    def warm_up(self) -> None:
        """Load the engine and the buyer's language now, on the check thread, so that the
        first check is as quick as the others (app.py calls it after the first frame)."""
        self.order.message_type.fill()
        self.runner.warm_up(self.order.values().buyer_language or "en")

    def request_check(self) -> None:
        message, body = self.current_message()
        text = _plain_text(body.html)  # once: for the count and to tell an empty message
        self._update_count(len(text), message.message_type)
        self._refresh_preview(message)
        from composer.policy import CheckOptions  # noqa: PLC0415 - the engine loads on the worker

        options = CheckOptions(
            user_words=self.dictionary.words(),
            disabled_rules=self.store.ignored_rules(),
        )
        self.check_serial += 1
        empty = not message.subject.strip() and not text
        shown = _Shown(body, empty)
        self.runner.submit(CheckRequest(self.revision, message, options, shown, self.check_serial))

    def _show_report(self, request: CheckRequest, report: Report) -> None:
        if request.revision != self.revision or request.serial != self.check_serial:
            return  # typed since, or asked again (an ignore, a word added): the next answers
        self.report = report
        self._body = request.context.body
        self._checked = request.message
        if request.context.empty:
            self.findings = []
            self.panel.show_empty()
            self.editor.setExtraSelections([])
            self.check_shown.emit(report)
            return
        ignored = self.store.ignored_here(self.draft.id) if self.draft.id is not None else set()
        shown = [f for f in report.findings if (f.rule, self.finding_text(f)) not in ignored]
        self.findings = shown
        self.panel.show_report(report, shown, [self.finding_text(f) for f in shown])
        self._underline(shown)
        self.check_shown.emit(report)

    def _show_failure(self, request: CheckRequest, error: Exception) -> None:
        if request.revision == self.revision:
            self.statusBar().showMessage(self.tr("The check failed: {error}").format(error=error))

    def finding_text(self, finding: Finding) -> str:
        """The text a finding is about, as the user sees it."""
        if finding.field is FieldName.SUBJECT:
            return self.subject.text()[finding.start : finding.end]
        source = self._body.html if self._body is not None else ""
        return html.unescape(_TAG.sub("", source[finding.start : finding.end]))

    def _underline(self, findings: Sequence[Finding]) -> None:
        if self._body is None:
            return
        selections = []
        for finding in findings:
            if finding.field is not FieldName.BODY:
                continue
            start, end = self._body.document_span(finding.start, finding.end)
            if end <= start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.editor.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(UNDERLINE_COLOURS[finding.severity])
            selection.format = fmt
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    def select_finding(self, finding: Finding) -> None:
        if finding.field is FieldName.SUBJECT:
            text = self.subject.text()
            start = to_utf16(text, finding.start)
            self.subject.setSelection(start, to_utf16(text, finding.end) - start)
            self.subject.setFocus()
        elif self._body is not None:
            self.editor.select_span(*self._body.document_span(finding.start, finding.end))

    def next_problem(self) -> None:
        if self.findings:
            first = self.findings.pop(0)
            self.findings.append(first)
            self.select_finding(first)

    # -- fixes and ignores -----------------------------------------------------------------------

    def apply_fix(self, finding: Finding) -> None:
        if finding.fix is not None:
            self._apply_edits(finding.fix.edits)

    def fix_all_safe(self) -> None:
        edits = [
            edit
            for f in self.findings
            if f.fix is not None and f.fix.safety is FixSafety.SAFE
            for edit in f.fix.edits
        ]
        self._apply_edits(edits)

    def _apply_edits(self, edits: Sequence[Edit]) -> None:
        """Apply edits of the checked text, last first so earlier positions stay valid; edits
        that overlap one already applied are left for the next check."""
        if self._body is None or not edits:
            return
        body = self._body
        subject = self.subject.text()
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        taken: list[tuple[FieldName, int, int]] = []
        for edit in sorted(edits, key=lambda e: (e.field, e.start), reverse=True):
            if any(f is edit.field and a < edit.end and edit.start < b for f, a, b in taken):
                continue
            taken.append((edit.field, edit.start, edit.end))
            if edit.field is FieldName.SUBJECT:
                subject = subject[: edit.start] + edit.text + subject[edit.end :]
            else:
                start, end = body.document_span(edit.start, edit.end)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(html.unescape(_TAG.sub("", edit.text)))
        cursor.endEditBlock()
        if subject != self.subject.text():
            self.subject.selectAll()
            self.subject.insert(subject)  # an edit, so Ctrl+Z takes it back
        self.check_debounce.flush()

    def ignore_here(self, finding: Finding) -> None:
        if self.draft.id is None:
            self.save_draft()
        assert self.draft.id is not None
        self.store.ignore_here(self.draft.id, finding.rule, self.finding_text(finding))
        self.request_check()

    def ignore_rule(self, rule: str) -> None:
        from composer.ui.data_words import rule_title  # noqa: PLC0415 - with the rule book

        answer = QMessageBox.question(
            self,
            self.tr("Ignore this rule"),
            self.tr(
                "Stop checking “{rule}” in every message? Amazon still applies it. Checks › "
                "Ignored rules… turns it back on."
            ).format(rule=rule_title(rule, self.rulebook)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.ignore_rule(rule)
            self.request_check()

    def open_preferences(self) -> PreferencesDialog:
        """The preferences (window-modal); a language chosen there applies at once."""
        from composer.ui.preferences_dialog import PreferencesDialog  # noqa: PLC0415

        if self.preferences is None:
            self.preferences = PreferencesDialog(self.language, self)
            self.preferences.finished.connect(self._preferences_closed)
        self.preferences.open()
        return self.preferences

    def _preferences_closed(self) -> None:
        if self.preferences is not None:
            QTimer.singleShot(0, self.preferences, self.preferences.deleteLater)
        self.preferences = None

    def show_ignored_rules(self) -> None:
        from composer.ui.ignored_dialog import IgnoredRulesDialog  # noqa: PLC0415 - rarely opened

        dialog = IgnoredRulesDialog(self.store, self)
        dialog.exec()
        if dialog.changed:
            self.request_check()

    def add_word(self, word: str) -> None:
        try:
            self.dictionary.add(word)
        except (ValueError, OSError) as exc:
            self.statusBar().showMessage(
                self.tr("Could not add “{word}”: {error}").format(word=word, error=exc)
            )
            return
        self.request_check()

    def show_suggestions(self, finding: Finding) -> None:
        """Spelling suggestions take up to seconds: they are looked for off the UI thread, once
        per word, and offered in a menu when they are there."""
        language = self.report.language if self.report is not None else None
        if language is None:
            return
        self.statusBar().showMessage(self.tr("Looking for suggestions…"))
        self.suggester.request(language, self.finding_text(finding), finding)

    def _suggestions_found(self, finding: Finding, suggestions: list[str]) -> None:
        self.statusBar().clearMessage()
        if finding not in self.findings:
            return  # the text has changed since
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Suggestions"))
        for word in suggestions:
            menu.addAction(word, partial(self._apply_edits, _replacement(finding, word)))
        if not suggestions:
            menu.addAction(self.tr("No suggestions")).setEnabled(False)
        self.suggestions_menu = menu
        menu.popup(QCursor.pos())

    # -- links -----------------------------------------------------------------------------------

    def insert_link(self) -> None:
        url, ok = QInputDialog.getText(
            self, self.tr("Insert link"), self.tr("Address (https:// only):")
        )
        if not ok or not url.strip():
            return
        try:
            self.editor.set_link(url.strip())
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Insert link"), str(exc))

    # -- drafts ----------------------------------------------------------------------------------

    def _autosave(self) -> None:
        """The throttled save after an edit; nothing when the edit was saved meanwhile (the
        seller renamed the draft, opened the drafts list, or closed the window)."""
        if self.revision != self.saved_revision:
            self.save_draft()

    def save_draft(self) -> None:
        message, body = self.current_message()
        if self.draft.id is None and not message.subject and not _plain_text(body.html).strip():
            return  # nothing typed yet: no empty draft
        info = self.order.values()
        draft = Draft(
            id=self.draft.id,
            name=self.draft.name,
            subject=message.subject,
            body_html=body.html,
            order_id=info.order_id,
            order_date=info.order_date,
            delivery_date=info.delivery_date,
            buyer_language=info.buyer_language,
            marketplace=info.marketplace,
            channel=info.channel,
            reply_to_buyer=info.reply_to_buyer,
            message_type=info.message_type,
        )
        try:
            try:
                self.draft = self.store.save_draft(draft)
            except KeyError:  # deleted from the drafts list while open: keep it as a new one
                self.draft = self.store.save_draft(replace(draft, id=None))
        except StoreError as exc:
            # The text stays in the editor and the next edit tries again; say so plainly.
            self.statusBar().showMessage(
                self.tr("The draft could not be saved: {error}").format(error=exc)
            )
            return
        self.saved_revision = self.revision
        self._update_title()

    def load_draft(self, draft: Draft) -> None:
        self.save_draft()
        self.draft = draft
        self.subject.blockSignals(True)
        self.subject.setText(draft.subject)
        self.subject.blockSignals(False)
        self.editor.blockSignals(True)
        self.editor.set_body_html(draft.body_html)
        self.editor.blockSignals(False)
        self.order.set_values(
            OrderInfo(
                order_id=draft.order_id,
                order_date=draft.order_date,
                delivery_date=draft.delivery_date,
                buyer_language=draft.buyer_language,
                marketplace=draft.marketplace,
                channel=draft.channel,
                reply_to_buyer=draft.reply_to_buyer,
                message_type=draft.message_type,
            )
        )
        self.revision += 1
        self.saved_revision = self.revision
        self._update_title()
        self.request_check()

    def open_file(self, path: Path) -> bool:
        """Open a message file (.txt, .html, .eml, .json) as a new draft, through the
        sanitizer; False, with the reason in a message, when it cannot be read."""
        from composer.services.message_files import MessageFileError  # noqa: PLC0415
        from composer.services.sanitize import SanitizeError, sanitize_file  # noqa: PLC0415

        try:
            subject, clean = sanitize_file(path)
        except (MessageFileError, SanitizeError, OSError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Open"),
                self.tr("{file} cannot be opened: {error}").format(file=path.name, error=exc),
            )
            return False
        self.load_draft(Draft(id=None, name=path.stem, subject=subject, body_html=clean.html))
        self.save_draft()  # a draft of its own from the start
        if clean.dropped:
            self._announce_sanitized(clean.dropped)
        return True

    def choose_file_to_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a message"),
            "",
            self.tr("Messages ({patterns})").format(patterns="*.txt *.html *.htm *.eml *.json"),
        )
        if name:
            self.open_file(Path(name))

    def new_message(self) -> None:
        self.load_draft(Draft(id=None, name="", subject="", body_html=""))

    def open_drafts(self) -> None:
        from composer.ui.drafts_dialog import DraftsDialog  # noqa: PLC0415 - opened rarely

        self.save_draft()
        dialog = DraftsDialog(self.store, self)
        opened = dialog.exec() and dialog.chosen is not None
        if self.draft.id is not None:  # renamed or deleted in the list meanwhile?
            try:
                self.draft = replace(self.draft, name=self.store.draft(self.draft.id).name)
            except KeyError:
                self.draft = replace(self.draft, id=None)
            self._update_title()
        if opened and dialog.chosen is not None:
            self.load_draft(self.store.draft(dialog.chosen))

    # -- templates -------------------------------------------------------------------------------

    def template_values(self) -> dict[str, str]:
        """Placeholder values from the order fields; those without a field stay empty, so the
        template keeps them visible for the seller to fill in."""
        from composer.services.templates import PLACEHOLDERS  # noqa: PLC0415

        info = self.order.values()
        values = dict.fromkeys(PLACEHOLDERS, "")
        values.update(
            order_id=info.order_id,
            order_date=info.order_date.isoformat() if info.order_date else "",
            delivery_date=info.delivery_date.isoformat() if info.delivery_date else "",
            marketplace=info.marketplace,
        )
        return values

    def open_templates(self) -> TemplatesDialog:
        from composer.ui.templates_dialog import TemplatesDialog  # noqa: PLC0415 - opened rarely

        body = self.current_body().html
        has_message = bool(self.subject.text().strip() or _plain_text(body).strip())
        current = (self.subject.text(), body) if has_message else None
        dialog = TemplatesDialog(self.store, self.template_values(), current, self)
        # Bound methods, and the deletion one event after "finished": deleting a dialog from
        # inside its own signal with a lambda connected crashed PySide 6.11 (see the send
        # dialog).
        dialog.accepted.connect(self._template_chosen)
        dialog.finished.connect(self._templates_closed)
        self.templates_dialog = dialog
        dialog.open()
        return dialog

    def _template_chosen(self) -> None:
        from composer.services.sanitize import Sanitized  # noqa: PLC0415

        dialog = self.templates_dialog
        if dialog is not None:
            self.use_template(
                dialog.chosen_subject, Sanitized(dialog.chosen_html, dialog.chosen_dropped)
            )

    def _templates_closed(self) -> None:
        dialog = self.templates_dialog
        if dialog is not None:
            QTimer.singleShot(0, dialog, dialog.deleteLater)
        self.templates_dialog = None

    def use_template(self, subject: str, body: Sanitized) -> None:
        if subject and not self.subject.text().strip():
            self.subject.setText(subject)  # the seller's own subject wins
        self.editor.setFocus()
        self.editor.insert_sanitized(body)

    def rename_draft(self) -> None:
        self.save_draft()
        if self.draft.id is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename draft"), self.tr("Name:"), text=self.draft.name
        )
        if ok:
            self.store.rename_draft(self.draft.id, name.strip())
            self.draft = self.store.draft(self.draft.id)
            self._update_title()

    # -- preview and export ----------------------------------------------------------------------

    def show_preview(self) -> ChannelPreviewDialog:
        """Open the channel preview, or raise it; it stays open and follows the message."""
        from composer.ui.preview_dialog import ChannelPreviewDialog  # noqa: PLC0415

        message, _ = self.current_message()
        if self.preview is None:
            self.preview = ChannelPreviewDialog(
                message.subject, message.body, message.channel, message.message_type, self
            )
        else:  # closed meanwhile, so not following: catch up first
            self.preview.update_message(
                message.subject, message.body, message.channel, message.message_type
            )
        self.preview.show()
        self.preview.raise_()
        self.preview.activateWindow()
        return self.preview

    def _refresh_preview(self, message: Message) -> None:
        if self.preview is not None and self.preview.isVisible():
            self.preview.update_message(
                message.subject, message.body, message.channel, message.message_type
            )

    def _export_problems(self) -> list[str]:
        """What Amazon would refuse in the message as it is now: the findings on screen when
        they are about this very message, else a check run here (pure and fast), so an edit
        made in the last moment before exporting is never exported unchecked."""
        from composer.policy import CheckOptions, check  # noqa: PLC0415
        from composer.ui.export_actions import export_problems  # noqa: PLC0415

        message, _ = self.current_message()
        if self.report is not None and message == self._checked:
            return export_problems(self.report, self.findings)
        options = CheckOptions(
            user_words=self.dictionary.words(), disabled_rules=self.store.ignored_rules()
        )
        report = check(message, options)
        return export_problems(report, report.findings)

    def copy_as_html(self) -> None:
        from composer.ui.export_actions import confirm_export, copy_html  # noqa: PLC0415

        if confirm_export(self, self._export_problems(), "copy"):
            copy_html(self.subject.text(), self.current_body().html)
            self.statusBar().showMessage(
                self.tr("Copied as Amazon-safe HTML (and as plain text)."), 5000
            )

    def copy_as_text(self) -> None:
        from composer.ui.export_actions import confirm_export, copy_text  # noqa: PLC0415

        if confirm_export(self, self._export_problems(), "copy"):
            copy_text(self.current_body().html)
            self.statusBar().showMessage(self.tr("Copied as plain text."), 5000)

    def export_message(self) -> None:
        from composer.ui.export_actions import (  # noqa: PLC0415
            choose_export_path,
            confirm_export,
            export_file_name,
            save_message,
        )

        problems = self._export_problems()  # asked first: no file dialog for nothing
        if not confirm_export(self, problems, "export"):
            return
        title = self.draft.name or self.subject.text()
        path = choose_export_path(self, export_file_name(title, ".eml"))
        if path is not None and save_message(
            self, self.subject.text(), self.current_body().html, path
        ):
            self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 10_000)

    # -- sending ---------------------------------------------------------------------------------

    def open_send_dialog(self) -> SendDialog:
        """Check and send the message as it is now (the draft is saved first: nothing typed
        depends on the dialog or the network)."""
        from composer.ui.send_dialog import OutgoingDraft, SendDialog  # noqa: PLC0415

        self.save_draft()
        info = self.order.values()
        draft = OutgoingDraft(
            subject=self.subject.text(),
            html=self.current_body().html,
            order_id=info.order_id,
            order_date=info.order_date,
            delivery_date=info.delivery_date,
            buyer_language=info.buyer_language,
            marketplace=info.marketplace,
            channel=info.channel,
            is_reply=info.reply_to_buyer,
            message_type=info.message_type,
        )
        dialog = SendDialog(self.sending, draft, self.send_choices, self)
        dialog.choices_changed.connect(self._keep_send_choices)
        dialog.outbox_requested.connect(self.show_outbox)
        dialog.accounts_requested.connect(self._accounts_for_send_dialog)
        dialog.finished.connect(self._send_dialog_closed)
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def _keep_send_choices(self, choices: SendChoices) -> None:
        self.send_choices = choices

    def _accounts_for_send_dialog(self) -> None:
        self.open_accounts(self.send_dialog)

    def _send_dialog_closed(self) -> None:
        if self.send_dialog is not None:
            # Once "finished" has been delivered: deleting a dialog from inside its own
            # signal crashed PySide 6.11 (a use after free in the deletion).
            QTimer.singleShot(0, self.send_dialog, self.send_dialog.deleteLater)
        self.send_dialog = None

    def show_outbox(self) -> OutboxWindow:
        """Open the outbox window, or raise it."""
        from composer.ui.outbox_window import OutboxWindow  # noqa: PLC0415

        if self.outbox_window is None:
            self.outbox_window = OutboxWindow(self.sending, self)
        else:
            self.outbox_window.refresh()
        self.outbox_window.show()
        self.outbox_window.raise_()
        self.outbox_window.activateWindow()
        return self.outbox_window

    def open_accounts(self, parent: QWidget | None = None) -> AccountsDialog:
        """The seller accounts (window-modal over ``parent``, the send dialog when it asks)."""
        from composer.ui.accounts_dialog import AccountsDialog  # noqa: PLC0415

        dialog = AccountsDialog(self.sending, parent or self)
        dialog.accounts_changed.connect(self._accounts_changed)
        dialog.finished.connect(self._accounts_dialog_closed)
        self.accounts_dialog = dialog
        dialog.open()
        return dialog

    def _accounts_changed(self) -> None:
        if self.send_dialog is not None:
            self.send_dialog.reload_accounts()

    def _accounts_dialog_closed(self) -> None:
        if self.accounts_dialog is not None:
            QTimer.singleShot(0, self.accounts_dialog, self.accounts_dialog.deleteLater)
        self.accounts_dialog = None

    def resume_outbox(self) -> None:
        """A moment after the first frame: open the outbox, show what waits or is uncertain,
        send what waits (offline when Composer last ran)."""
        QTimer.singleShot(OUTBOX_START_DELAY_MS, self, self._start_sending)

    def _start_sending(self) -> None:
        if self._close_when_idle or not self.isVisible():
            return
        try:
            self.sending.start()
        except Exception as exc:  # the outbox cannot be opened: drafts still work
            self.statusBar().showMessage(
                self.tr("The outbox cannot be opened: {error}").format(error=exc)
            )

    def _announce_delivery(self, entry: Entry) -> None:
        from composer.ui.outbox_window import outcome_words  # noqa: PLC0415

        words = outcome_words(entry).split("\n")[0]
        self.statusBar().showMessage(
            self.tr("Message {id}, order {order}: {outcome}").format(
                id=entry.id, order=entry.order_id, outcome=words
            ),
            20_000,
        )

    def _show_outbox_counts(self, counts: dict[State, int]) -> None:
        self._outbox_counts = counts
        if not counts:  # nothing known yet: the outbox opens after the first frame
            self.outbox_label.setText("")
            self.outbox_label.setVisible(False)
            return
        from composer.services.outbox import State  # noqa: PLC0415

        waiting = counts.get(State.QUEUED, 0) + counts.get(State.SENDING, 0)
        uncertain = counts.get(State.UNCERTAIN, 0)
        parts = []
        if waiting:
            parts.append(self.tr("%n waiting to be sent", "", waiting))
        if uncertain:
            parts.append(self.tr("%n uncertain: decide in the outbox", "", uncertain))
        summary = self.tr("Outbox: {summary}").format(summary=" · ".join(parts))
        self.outbox_label.setText(summary if parts else "")
        self.outbox_label.setVisible(bool(parts))

    def _announce_recovered(self, ids: tuple[int, ...]) -> None:
        self.statusBar().showMessage(
            self.tr(
                "%n message(s) being sent when Composer stopped: the buyer may or may not "
                "have them. Check, then decide in the outbox (Message › Outbox).",
                "",
                len(ids),
            ),
            30_000,
        )

    def _sending_busy(self, busy: bool) -> None:
        if not busy and self._close_when_idle:
            QTimer.singleShot(0, self, self.close)

    # -- status ----------------------------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.draft.name or self.subject.text() or self.tr("New message")
        self.setWindowTitle(self.tr("{name} – Composer").format(name=name))

    def _update_count(self, count: int, message_type: str | None) -> None:
        from composer.policy.rulebook import load_message_types  # noqa: PLC0415 - cached

        self._count = (count, message_type)
        spec = load_message_types().get(message_type) if message_type else None
        limit = spec.text_limit if spec is not None else None
        locale = QLocale()
        if limit:
            self.count_label.setText(
                self.tr("{count} / {limit} characters").format(
                    count=locale.toString(count), limit=locale.toString(limit)
                )
            )
            colour = "#d32f2f" if count > limit else ""
            self.count_label.setStyleSheet(f"color: {colour}" if colour else "")
        else:
            self.count_label.setText(self.tr("%Ln character(s)", "", count))
            self.count_label.setStyleSheet("")

    def _announce_sanitized(self, dropped: tuple[str, ...]) -> None:
        from composer.services.sanitize import removed_words  # noqa: PLC0415

        self.statusBar().showMessage(
            self.tr("Removed what Amazon does not accept: {removed}.").format(
                removed=removed_words(dropped)
            ),
            10_000,
        )

    def _announce_refused(self, reason: str) -> None:
        self.statusBar().showMessage(
            self.tr("Nothing was inserted: {reason}").format(reason=reason), 10_000
        )

    # -- layout and closing ----------------------------------------------------------------------

    def default_size(self, available: QSize | None = None) -> None:
        """1100 × 720, or less on a small screen (``available``: the screen's room, by
        default this one's): the whole window must be visible; the message gets three fifths
        of the width, the checks the rest."""
        screen = available or self.screen().availableGeometry().size()
        width = min(1100, screen.width() * 9 // 10)
        self.resize(width, min(720, screen.height() * 9 // 10))
        self.splitter.setSizes([width * 3 // 5, width * 2 // 5])

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.sending.busy:
            # A send cut off here would stay "sending" until the next start made it
            # uncertain: wait for its answer instead (bounded by the transports' timeouts).
            event.ignore()
            self._close_when_idle = True
            self.sending.stop_draining()
            self.statusBar().showMessage(
                self.tr(
                    "Composer closes as soon as the message being sent (or the check with "
                    "Amazon) has its answer."
                )
            )
            return
        self.check_debounce.cancel()  # no check of a window that is going away
        self.autosave.cancel()
        self.save_draft()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        self.runner.wait(5000)
        self.suggester.wait(5000)
        if self.outbox_window is not None:
            self.outbox_window.close()
        self.sending.shutdown()
        self._closed = True
        super().closeEvent(event)


def _replacement(finding: Finding, text: str) -> list[Edit]:
    return [Edit(finding.field, finding.start, finding.end, text)]


@dataclass(frozen=True, slots=True)
class _Shown:
    """What the window needs, beside the report, to show a check: the body it was made from
    (its position map) and whether there was anything to check at all."""

    body: BodyHtml
    empty: bool


def _plain_text(html_text: str) -> str:
    """The plain text of the editor's HTML (the HTML reader loads with the first use)."""
    from composer.services.export import to_plain_text  # noqa: PLC0415

    return to_plain_text(html_text)
