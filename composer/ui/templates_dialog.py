"""The templates dialog: start a message from a template, keep the current one as a template,
and share a team's set as a file.

A template is checked like a message, as written (its placeholders unfilled), so that one
Amazon would refuse is marked in the list before anyone uses it. Checks run on a worker: the
list is there and usable at once, and each mark arrives when its check does. Templates come
from files other people made, so what is inserted goes through the sanitizer, placeholders
filled from the order first; the preview shows exactly that.

The dialog asks for names, paths and confirmations through ``prompts`` (Qt's dialogs by
default); every button's work is a method taking the answer (``save_current``,
``rename_template``, ``delete_templates``, ``import_from``, ``export_to``), which is what tests
and the window call directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from composer.i18n import Context
from composer.policy import BodyFormat, Category, CheckOptions, Message, Report, Severity, check
from composer.policy.rulebook import RuleBook, load_rulebook
from composer.services.sanitize import Sanitized, SanitizeError, sanitize_html
from composer.services.store import Store, StoreError, Template, TemplateFileError
from composer.services.templates import fill_placeholders, placeholders_in
from composer.ui.data_words import purpose_title, rule_title

Templates = Context("Templates")  # the strings of this module's functions and values
MARK = "⚠ "  # before the name of a template Amazon would refuse
_ROLE_ID = Qt.ItemDataRole.UserRole

# A template's content, which is what a check result belongs to: a rename keeps its result.
ContentKey = tuple[str, str]  # (subject, body_html)


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """What makes a template marked, kept as ids so that it is worded in the language of the
    moment: a forbidden purpose, a rule, or (when no purpose is named) the report's reason."""

    kind: str  # "purpose", "rule" or "reason"
    id: str  # the purpose's or the rule's id, or the reason as the engine worded it

    def words(self) -> str:
        rulebook = load_rulebook()
        if self.kind == "purpose":
            title = purpose_title(self.id, rulebook)
            return Templates.tr("Forbidden message ({purpose})").format(purpose=title)
        if self.kind == "reason":
            return Templates.tr("Forbidden message ({purpose})").format(purpose=self.id)
        return rule_title(self.id, rulebook)


@dataclass(frozen=True, slots=True)
class TemplateVerdict:
    """What the checks say about a template as written, in words for the list (worded when
    asked, in the current language)."""

    marked: bool  # error-level findings or a forbidden category: Amazon would refuse it
    found: tuple[TemplateProblem, ...] = ()  # what makes it marked
    failed: str = ""  # why the check itself could not run ("" when it ran)

    @property
    def problems(self) -> tuple[str, ...]:
        """What makes it marked, one short phrase each."""
        return tuple(dict.fromkeys(problem.words() for problem in self.found))

    @property
    def description(self) -> str:
        """One sentence for the accessible description and the preview."""
        if self.failed:
            return Templates.tr("Could not be checked: {reason}").format(reason=self.failed)
        if self.marked:
            return Templates.tr("Amazon would refuse this template: {problems}.").format(
                problems="; ".join(self.problems)
            )
        return Templates.tr("Passes the checks.")

    @property
    def tooltip(self) -> str:
        if self.marked:
            listed = "\n".join(f"• {problem}" for problem in self.problems)
            return Templates.tr("Amazon would refuse this template:\n{problems}").format(
                problems=listed
            )
        return self.description


def verdict_of(report: Report, rulebook: RuleBook) -> TemplateVerdict:
    """The forbidden purposes, then the error-level findings a purpose has not named already
    (a promotion is both a forbidden purpose and a "promotion" error: said once)."""
    found: list[TemplateProblem] = []
    named_rules: set[str] = set()
    if report.category is Category.FORBIDDEN:
        for purpose in report.purposes:
            spec = rulebook.purposes.get(purpose.id)
            if purpose.kind == "forbidden":
                found.append(TemplateProblem("purpose", purpose.id))
                if spec is not None and spec.rule:
                    named_rules.add(spec.rule)
        if not found:
            found.append(TemplateProblem("reason", report.reason))
    for finding in report.findings:
        if finding.severity is not Severity.ERROR or finding.rule in named_rules:
            continue
        named_rules.add(finding.rule)
        found.append(TemplateProblem("rule", finding.rule))
    return TemplateVerdict(marked=bool(found), found=tuple(dict.fromkeys(found)))


# -- checks on a worker ------------------------------------------------------------------------


class _CheckSignals(QObject):
    done = Signal(object, object)  # ContentKey, Report | Exception


class _CheckJob(QRunnable):
    def __init__(self, key: ContentKey, options: CheckOptions, signals: _CheckSignals) -> None:
        super().__init__()
        self._key, self._options, self._signals = key, options, signals

    def run(self) -> None:
        subject, body = self._key
        message = Message(body=body, subject=subject, format=BodyFormat.HTML)
        try:
            result: Report | Exception = check(message, self._options)
        except Exception as exc:  # said in the list, never lost in a thread
            result = exc
        self._signals.done.emit(self._key, result)


class TemplateChecks(QObject):
    """Checks template contents on a thread of its own, each distinct content once.

    Results are remembered by content, so refreshing the list after a rename, a delete or an
    import checks only what is new. The store never goes to the worker (it belongs to the UI
    thread); the worker gets the text and the ignored rules as values.
    """

    checked = Signal(object, object)  # ContentKey, TemplateVerdict

    def __init__(self, options: CheckOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._options = options
        self._rulebook = load_rulebook()
        # Created before the signals object, so deleted (and waited for) before it.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _CheckSignals(self)
        self._signals.done.connect(self._done)
        self._verdicts: dict[ContentKey, TemplateVerdict] = {}
        self._waiting: set[ContentKey] = set()

    def verdict(self, key: ContentKey) -> TemplateVerdict | None:
        return self._verdicts.get(key)

    def request(self, key: ContentKey) -> None:
        if key in self._verdicts or key in self._waiting:
            return
        self._waiting.add(key)
        self._pool.start(_CheckJob(key, self._options, self._signals))

    def is_idle(self) -> bool:
        return not self._waiting

    def cancel(self) -> None:
        """Drop the checks not started yet (the dialog is closing)."""
        self._pool.clear()
        self._waiting.clear()

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _done(self, key: ContentKey, result: Report | Exception) -> None:
        self._waiting.discard(key)
        if isinstance(result, Exception):
            verdict = TemplateVerdict(marked=False, failed=str(result) or type(result).__name__)
        else:
            verdict = verdict_of(result, self._rulebook)
        self._verdicts[key] = verdict
        self.checked.emit(key, verdict)


# -- asking the user -----------------------------------------------------------------------------


class Prompts(Protocol):
    """How the dialog asks; tests give it answers instead of Qt's modal dialogs."""

    def ask_name(self, title: str, label: str, text: str) -> str | None: ...

    def ask_open_path(self, title: str) -> Path | None: ...

    def ask_save_path(self, title: str, suggested: str) -> Path | None: ...

    def confirm(self, title: str, question: str) -> bool: ...


def file_filter() -> str:
    """The file dialogs' filters: template files, then any file."""
    return ";;".join(
        (
            Templates.tr("Composer templates ({patterns})").format(patterns="*.json"),
            Templates.tr("All files ({patterns})").format(patterns="*"),
        )
    )


class QtPrompts:
    """Qt's standard dialogs, over ``parent``."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def ask_name(self, title: str, label: str, text: str) -> str | None:
        name, ok = QInputDialog.getText(self._parent, title, label, QLineEdit.EchoMode.Normal, text)
        return name if ok else None

    def ask_open_path(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self._parent, title, "", file_filter())
        return Path(path) if path else None

    def ask_save_path(self, title: str, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self._parent, title, suggested, file_filter())
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix else chosen.with_suffix(".json")

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self._parent, title, question)
        return answer == QMessageBox.StandardButton.Yes


# -- the dialog ----------------------------------------------------------------------------------


class TemplatesDialog(QDialog):
    """The templates, each checked; after "Use template" the dialog is accepted and
    ``chosen_subject`` / ``chosen_html`` hold the template filled in and sanitized
    (``chosen_dropped``: what the sanitizer removed, for the status bar)."""

    template_checked = Signal(int)  # the id of a template whose mark has just been shown
    checks_finished = Signal()  # every template in the list has its mark

    def __init__(
        self,
        store: Store,
        values: Mapping[str, str],
        current: tuple[str, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.values = dict(values)
        self.current = current
        self.prompts: Prompts = QtPrompts(self)
        self.chosen_subject = ""
        self.chosen_html = ""
        self.chosen_dropped: tuple[str, ...] = ()
        self._templates: dict[int, Template] = {}
        self._filled_cache: dict[ContentKey, tuple[str, Sanitized] | None] = {}
        try:
            ignored = store.ignored_rules()
        except StoreError:
            ignored = frozenset()  # the list below says what is wrong with the store
        self.checks = TemplateChecks(CheckOptions(disabled_rules=ignored), self)
        self.checks.checked.connect(self._checked)

        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAlternatingRowColors(True)  # two lines per template: one band each
        self.list.setSpacing(1)
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.verdict_label = QLabel(self)
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.use_button = self._button()
        self.use_button.setDefault(True)
        self.save_button = self._button()
        self.rename_button = self._button()
        self.delete_button = self._button()
        self.import_button = self._button()
        self.export_button = self._button()
        self.close_button = self._button()
        self.export_menu = QMenu(self.export_button)
        self.export_selected_action = self.export_menu.addAction("")
        self.export_all_action = self.export_menu.addAction("")
        self.export_button.setMenu(self.export_menu)
        self.save_button.setEnabled(current is not None)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.preview, 1)
        column.addWidget(self.verdict_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        manage = QHBoxLayout()
        for button in (self.save_button, self.rename_button, self.delete_button):
            manage.addWidget(button)
        manage.addSpacing(12)
        manage.addWidget(self.import_button)
        manage.addWidget(self.export_button)
        manage.addStretch(1)
        manage.addWidget(self.use_button)
        manage.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(manage)
        self.resize(860, 520)

        self.list.currentItemChanged.connect(self._show_current)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(self._use_current)
        self.use_button.clicked.connect(self._use_current)
        self.save_button.clicked.connect(self._ask_save_current)
        self.rename_button.clicked.connect(self._ask_rename)
        self.delete_button.clicked.connect(self._ask_delete)
        self.import_button.clicked.connect(self._ask_import)
        self.export_selected_action.triggered.connect(lambda: self._ask_export(selected=True))
        self.export_all_action.triggered.connect(lambda: self._ask_export(selected=False))
        self.close_button.clicked.connect(self.reject)
        self._retranslate_fixed()
        self.refresh()

    def _button(self) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        return button

    def _retranslate_fixed(self) -> None:
        """The texts that do not depend on the templates."""
        self.setWindowTitle(self.tr("Templates"))
        self.list.setAccessibleName(self.tr("Templates"))
        self.preview.setAccessibleName(self.tr("Template preview"))
        self.verdict_label.setAccessibleName(self.tr("Template check"))
        self.message_label.setAccessibleName(self.tr("Templates message"))
        buttons = (
            (self.use_button, self.tr("Use template")),
            (self.save_button, self.tr("Save current message as template…")),
            (self.rename_button, self.tr("Rename…")),
            (self.delete_button, self.tr("Delete")),
            (self.import_button, self.tr("Import…")),
            (self.export_button, self.tr("Export…")),
            (self.close_button, self.tr("Close")),
        )
        for button, text in buttons:
            button.setText(text)
            button.setAccessibleName(text)
        self.export_menu.setAccessibleName(self.tr("Export"))
        self.export_selected_action.setText(self.tr("Selected templates…"))
        self.export_all_action.setText(self.tr("All templates…"))
        self.save_button.setToolTip(
            "" if self.current is not None else self.tr("There is no message to save")
        )

    def retranslate(self) -> None:
        """Every text in the current language: the fixed ones, each template's mark and
        words, the preview. The last message (what was just done) goes: it was said in the
        old language."""
        self._retranslate_fixed()
        for template in self._templates.values():
            item = self._item(template.id) if template.id is not None else None
            if item is not None:
                self._decorate(item, template)
        self._show_current()
        self.say("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list --------------------------------------------------------------------------------

    def refresh(self, select: Iterable[int] = ()) -> None:
        """Read the templates again; select those with the ids in ``select`` (else keep the
        current one) and ask for the checks not done yet."""
        wanted = list(select)
        if not wanted and (current := self.current_template()) is not None:
            wanted = [current.id] if current.id is not None else []
        try:
            templates = self.store.templates()
        except StoreError as exc:
            templates = []
            self.say(self.tr("The templates could not be read: {error}").format(error=exc))
        self._templates = {t.id: t for t in templates if t.id is not None}
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for template in templates:
                item = QListWidgetItem()
                item.setData(_ROLE_ID, template.id)
                self.list.addItem(item)
                self._decorate(item, template)
            chosen = [item for item in map(self._item, wanted) if item is not None]
            if not chosen and (first := self.list.item(0)) is not None:
                chosen = [first]
            for item in chosen:
                item.setSelected(True)
            if chosen:
                self.list.setCurrentItem(chosen[0], QItemSelectionModel.SelectionFlag.Current)
                self.list.scrollToItem(chosen[0])
        finally:
            self.list.blockSignals(False)
        self._show_current()
        self._update_buttons()
        for template in templates:
            self.checks.request(_key(template))
        if self.checks.is_idle():
            self.checks_finished.emit()

    def current_template(self) -> Template | None:
        item = self.list.currentItem()
        return None if item is None else self._templates.get(int(item.data(_ROLE_ID)))

    def selected_ids(self) -> list[int]:
        """The selected templates' ids in list order."""
        return [
            int(item.data(_ROLE_ID))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item is not None and item.isSelected()
        ]

    def verdict(self, template_id: int) -> TemplateVerdict | None:
        """The check's word on a template, None while its check is still running."""
        template = self._templates.get(template_id)
        return None if template is None else self.checks.verdict(_key(template))

    def _item(self, template_id: int) -> QListWidgetItem | None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None and item.data(_ROLE_ID) == template_id:
                return item
        return None

    def _decorate(self, item: QListWidgetItem, template: Template) -> None:
        verdict = self.checks.verdict(_key(template))
        marked = verdict is not None and verdict.marked
        subject = template.subject or self.tr("(no subject)")
        item.setText(f"{MARK if marked else ''}{template.name}\n{subject}")
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            self.tr("{name}, subject: {subject}").format(name=template.name, subject=subject),
        )
        if verdict is None:
            tip = description = self.tr("Being checked…")
        else:
            tip, description = verdict.tooltip, verdict.description
        item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)

    def _checked(self, key: ContentKey, _verdict: TemplateVerdict) -> None:
        current = self.current_template()
        for template in self._templates.values():
            if _key(template) != key or template.id is None:
                continue
            item = self._item(template.id)
            if item is not None:
                self._decorate(item, template)
            if current is not None and current.id == template.id:
                self._show_current()
            self.template_checked.emit(template.id)
        if self.checks.is_idle():
            self.checks_finished.emit()

    def _update_buttons(self) -> None:
        has_current = self.current_template() is not None
        selected = bool(self.selected_ids())
        self.use_button.setEnabled(
            has_current and self._filled(self.current_template()) is not None
        )
        self.rename_button.setEnabled(has_current)
        self.delete_button.setEnabled(selected)
        self.export_button.setEnabled(bool(self._templates))
        self.export_selected_action.setEnabled(selected)

    # -- preview and use -------------------------------------------------------------------------

    def _filled(self, template: Template | None) -> tuple[str, Sanitized] | None:
        """The template's subject and body as they would be inserted: placeholders with a
        value filled (HTML-escaped in the body), the body sanitized. None if the sanitizer
        refuses the body (binary data in an imported file)."""
        if template is None:
            return None
        key = _key(template)
        if key not in self._filled_cache:  # asked on every change of selection
            subject = fill_placeholders(template.subject, self.values)
            try:
                body = sanitize_html(fill_placeholders(template.body_html, self.values, html=True))
            except SanitizeError:
                self._filled_cache[key] = None
            else:
                self._filled_cache[key] = (subject, body)
        return self._filled_cache[key]

    def _show_current(self) -> None:
        template = self.current_template()
        if template is None:
            nothing = self.tr("No template selected.")
            self.preview.setHtml(f"<p><i>{escape(nothing)}</i></p>")
            self.verdict_label.setText(
                self.tr("No templates yet: save the current message as one, or import a file.")
                if not self._templates
                else ""
            )
            self._update_buttons()
            return
        filled = self._filled(template)
        if filled is None:
            try:
                sanitize_html(template.body_html)
                reason = self.tr("it cannot be read")
            except SanitizeError as exc:
                reason = str(exc)
            unusable = self.tr("This template cannot be used: {reason}").format(reason=reason)
            self.preview.setHtml(f"<p><i>{escape(unusable)}</i></p>")
            self.verdict_label.setText("")
            self._update_buttons()
            return
        subject, body = filled
        no_subject = self.tr("(no subject)")
        heading = escape(subject) if subject else f"<i>{escape(no_subject)}</i>"
        caption = escape(self.tr("Subject:"))
        self.preview.setHtml(
            f"<p><span style='color:gray'>{caption}</span> <b>{heading}</b></p><hr>{body.html}"
        )
        verdict = self.checks.verdict(_key(template))
        lines = [self.tr("Being checked…") if verdict is None else verdict.description]
        unfilled = placeholders_in(subject + "\n" + body.html)
        if unfilled:
            # The placeholders' own names ({order_id}): what the template says, in any language.
            names = ", ".join(name.replace("_", " ") for name in unfilled)
            lines.append(self.tr("Not filled in from the order: {names}.").format(names=names))
        if body.dropped:
            lines.append(
                self.tr("Left out when inserted: {removed}.").format(
                    removed=", ".join(body.dropped)
                )
            )
        self.verdict_label.setText("\n".join(lines))
        self._update_buttons()

    def use_template(self, template_id: int | None = None) -> bool:
        """Fill in the template (the current one without an id), keep the result in
        ``chosen_subject`` / ``chosen_html`` and accept the dialog. False if there is nothing
        to use or its body cannot be used."""
        template = self.current_template() if template_id is None else self._find(template_id)
        filled = self._filled(template)
        if template is None or filled is None:
            if template is not None:
                self.say(
                    self.tr("“{name}” cannot be used: its body is not text.").format(
                        name=template.name
                    )
                )
            return False
        self.chosen_subject, body = filled
        self.chosen_html, self.chosen_dropped = body.html, body.dropped
        self.accept()
        return True

    def _use_current(self) -> None:
        self.use_template()

    def _find(self, template_id: int) -> Template | None:
        return self._templates.get(template_id)

    # -- managing --------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Tell the user what happened, in the dialog (no modal box to dismiss)."""
        self.message_label.setText(text)

    def save_current(self, name: str) -> Template | None:
        """Save the message being written as a template called ``name`` and select it. The
        name another template has gets " (2)"; the saved template is returned."""
        if self.current is None:
            return None
        subject, body = self.current
        try:
            saved = self.store.save_template(Template(None, name, subject, body))
        except ValueError:
            self.say(self.tr("A template needs a name (one line of text)."))
            return None
        except StoreError as exc:
            self.say(self.tr("The template could not be saved: {error}").format(error=exc))
            return None
        self.say(self._saved_as(name, saved.name, renamed=False))
        self.refresh(select=[saved.id] if saved.id is not None else [])
        return saved

    def rename_template(self, template_id: int, name: str) -> Template | None:
        template = self._find(template_id)
        if template is None:
            return None
        try:
            saved = self.store.save_template(replace(template, name=name))
        except ValueError:
            self.say(self.tr("A template needs a name (one line of text)."))
            return None
        except KeyError:
            self.say(
                self.tr("“{name}” is gone (deleted in another window).").format(name=template.name)
            )
            self.refresh()
            return None
        except StoreError as exc:
            self.say(self.tr("The template could not be renamed: {error}").format(error=exc))
            return None
        self.say(self._saved_as(name, saved.name, renamed=True))
        self.refresh(select=[template_id])
        return saved

    def delete_templates(self, ids: Sequence[int]) -> None:
        names = [self._templates[i].name for i in ids if i in self._templates]
        try:
            for template_id in ids:
                self.store.delete_template(template_id)
        except StoreError as exc:
            self.say(self.tr("The templates could not be deleted: {error}").format(error=exc))
        else:
            self.say(
                self.tr("Deleted “{name}”.").format(name=names[0])
                if len(names) == 1
                else self.tr("Deleted %Ln template(s).", "", len(names))
            )
        self.refresh()

    def import_from(self, path: Path) -> int | None:
        """Add the templates of a file and select them; the number added, or None if the file
        was refused (the reason is shown; nothing was added)."""
        before = set(self._templates)
        try:
            count = self.store.import_templates(Path(path))
        except (TemplateFileError, StoreError) as exc:
            self.say(self.tr("Nothing was imported: {error}").format(error=exc))
            return None
        self.say(
            self.tr("Imported %Ln template(s) from {file}.", "", count).format(file=Path(path).name)
        )
        try:
            added = [t.id for t in self.store.templates() if t.id not in before]
        except StoreError:
            added = []
        self.refresh(select=[i for i in added if i is not None])
        return count

    def export_to(self, path: Path, ids: Sequence[int] | None = None) -> int | None:
        """Write the templates with ``ids`` (None: all) to a file; the number written, or
        None if it could not be written (the reason is shown)."""
        try:
            count = self.store.export_templates(Path(path), ids)
        except KeyError:
            self.say(self.tr("Nothing was exported: a selected template was deleted meanwhile."))
            self.refresh()
            return None
        except (TemplateFileError, StoreError) as exc:
            self.say(self.tr("Nothing was exported: {error}").format(error=exc))
            return None
        self.say(
            self.tr("Exported %Ln template(s) to {file}.", "", count).format(file=Path(path).name)
        )
        return count

    def _saved_as(self, asked: str, stored: str, *, renamed: bool) -> str:
        """Where a save or rename went: under another name when the one asked for is taken."""
        asked = asked.strip()
        if stored != asked and renamed:
            return self.tr("Renamed to “{name}” (“{asked}” is taken).").format(
                name=stored, asked=asked
            )
        if stored != asked:
            return self.tr("Saved as “{name}” (“{asked}” is taken).").format(
                name=stored, asked=asked
            )
        if renamed:
            return self.tr("Renamed to “{name}”.").format(name=stored)
        return self.tr("Saved as “{name}”.").format(name=stored)

    # -- what the buttons ask first --------------------------------------------------------------

    def _ask_save_current(self) -> None:
        if self.current is None:
            return
        suggested = " ".join(self.current[0].split())[:80]
        name = self.prompts.ask_name(
            self.tr("Save as template"), self.tr("Template name:"), suggested
        )
        if name is not None:
            self.save_current(name)

    def _ask_rename(self) -> None:
        template = self.current_template()
        if template is None or template.id is None:
            return
        name = self.prompts.ask_name(
            self.tr("Rename template"), self.tr("Template name:"), template.name
        )
        if name is not None:
            self.rename_template(template.id, name)

    def _ask_delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        question = (
            self.tr("Delete “{name}” for good?").format(name=self._templates[ids[0]].name)
            if len(ids) == 1
            else self.tr("Delete %Ln template(s) for good?", "", len(ids))
        )
        if self.prompts.confirm(self.tr("Delete templates"), question):
            self.delete_templates(ids)

    def _ask_import(self) -> None:
        path = self.prompts.ask_open_path(self.tr("Import templates"))
        if path is not None:
            self.import_from(path)

    def _ask_export(self, *, selected: bool) -> None:
        ids = self.selected_ids() if selected else None
        if selected and not ids:
            return
        suggested = self.tr("Composer templates", "a file name") + ".json"
        if ids is not None and len(ids) == 1:
            suggested = f"{_file_name(self._templates[ids[0]].name)}.json"
        path = self.prompts.ask_save_path(self.tr("Export templates"), suggested)
        if path is not None:
            self.export_to(path, ids)

    # -- closing ---------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self.checks.cancel()  # the checks not started yet are of no use any more
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.checks.cancel()
        super().closeEvent(event)


def _key(template: Template) -> ContentKey:
    return (template.subject, template.body_html)


def _file_name(name: str) -> str:
    """A template's name as a file name on any system."""
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(". ")
    return cleaned[:80] or Templates.tr("template", "a file name")
