"""Export from the window: the clipboard, files, and the question before a risky export.

The formats themselves are ``composer.services.export``'s (the same document, plain text and
``.eml`` that sending uses); this module adds what only the window has: the clipboard, the
file dialog, and the message boxes. Every box is built by a function of its own and returned
unshown, so a test can read it without running a modal loop; the functions that run them
(``confirm_export``, ``choose_export_path``) are thin.
"""

from __future__ import annotations

import atexit
import re
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from composer.i18n import QT_TRANSLATE_NOOP, Context, in_sentence
from composer.policy import Category, Finding, Report, Severity
from composer.policy.rulebook import load_rulebook
from composer.services.export import (
    ExportError,
    amazon_safe_html_document,
    export_file,
    to_plain_text,
)
from composer.ui.data_words import purpose_title

Export = Context("Export")  # the strings of this module's functions (lupdate: "Export")
ExportAction = Literal["copy", "export"]

# The file dialog's formats (translated where shown: ``export_filters()``), the patterns and
# the suffix each one adds to a name that has none.
_FORMATS: tuple[tuple[str, str, str], ...] = (
    (QT_TRANSLATE_NOOP("Export", "Amazon-safe HTML"), "*.html *.htm", ".html"),
    (QT_TRANSLATE_NOOP("Export", "Plain text"), "*.txt", ".txt"),
    (QT_TRANSLATE_NOOP("Export", "E-mail with HTML and plain text"), "*.eml", ".eml"),
)


def export_filters() -> tuple[tuple[str, str], ...]:
    """The file dialog's filters in the current language, each with its suffix."""
    return tuple((f"{Export.tr(name)} ({patterns})", suffix) for name, patterns, suffix in _FORMATS)


# In English (the source), for those who need the filters before any language is installed.
EXPORT_FILTERS = tuple((f"{name} ({patterns})", suffix) for name, patterns, suffix in _FORMATS)
KNOWN_SUFFIXES = (".html", ".htm", ".txt", ".eml")
MAX_LISTED_PROBLEMS = 10  # a longer list would push the buttons off the screen
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def export_problems(report: Report | None, findings: Sequence[Finding]) -> list[str]:
    """Why Amazon would refuse the message, one sentence each: a forbidden category first
    (naming the purposes that made it so), then the error-level ``findings`` (the ones shown,
    after the seller's ignores). Empty when nothing blocks sending."""
    problems: list[str] = []
    if report is not None and report.category is Category.FORBIDDEN:
        rulebook = load_rulebook()
        titles: list[str] = []
        for purpose in report.purposes:
            if purpose.kind != "forbidden":
                continue
            title = in_sentence(purpose_title(purpose.id, rulebook))
            if title not in titles:
                titles.append(title)
        if len(titles) == 1:
            problems.append(
                Export.tr(
                    "Amazon does not allow messages for this purpose: {purpose}. Take that part "
                    "out, or do not send the message."
                ).format(purpose=titles[0])
            )
        elif titles:
            problems.append(
                Export.tr(
                    "Amazon does not allow messages for these purposes: {purposes}. Take that "
                    "part out, or do not send the message."
                ).format(purposes="; ".join(titles))
            )
        else:
            problems.append(
                report.reason or Export.tr("Amazon does not allow this kind of message.")
            )
    for finding in findings:
        if finding.severity is Severity.ERROR and finding.message not in problems:
            problems.append(finding.message)
    return problems


def export_confirmation_box(
    parent: QWidget, problems: Sequence[str], action: ExportAction
) -> QMessageBox:
    """The question before exporting a message Amazon would refuse: the problems, then whether
    to copy or export it anyway (``action``). Cancel is the default, so Enter does not export
    by accident. Unshown; ``confirm_export`` runs it."""
    # A rich-text list, for the hanging indent of long items; every problem is escaped, since
    # it quotes the seller's own text ("<b>", "&" and all).
    listed = [f"<li>{escape(problem)}</li>" for problem in problems[:MAX_LISTED_PROBLEMS]]
    if len(problems) > MAX_LISTED_PROBLEMS:
        more = len(problems) - MAX_LISTED_PROBLEMS
        rest = Export.tr("… and %n more (see the checks panel)", "", more)
        listed.append(f"<li>{escape(rest)}</li>")
    if action == "copy":
        question, button = Export.tr("Do you want to copy it anyway?"), Export.tr("Copy anyway")
    else:
        question = Export.tr("Do you want to export it anyway?")
        button = Export.tr("Export anyway")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(Export.tr("Amazon would not accept this message"))
    box.setAccessibleName(Export.tr("Confirm export"))
    box.setTextFormat(Qt.TextFormat.RichText)
    lead = Export.tr("Amazon would block or penalise this message:")
    box.setText(f"<p>{escape(lead)}</p><ul>{''.join(listed)}</ul><p>{escape(question)}</p>")
    box.addButton(button, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_export(parent: QWidget, problems: Sequence[str], action: ExportAction) -> bool:
    """True to go on: at once when there are no problems, else when the seller says so."""
    if not problems:
        return True
    box = export_confirmation_box(parent, problems, action)
    box.exec()
    clicked = box.clickedButton()
    go_on = clicked is not None and box.buttonRole(clicked) is QMessageBox.ButtonRole.AcceptRole
    box.deleteLater()
    return go_on


def copy_html(subject: str, html: str) -> None:
    """Put the message on the clipboard twice over: the Amazon-safe HTML document for rich
    editors (Seller Central's form, a mail client) and its plain text for everything else."""
    data = QMimeData()
    data.setHtml(amazon_safe_html_document(subject, html))
    data.setText(to_plain_text(html))
    QGuiApplication.clipboard().setMimeData(data)
    _hand_over_at_exit(data)


_on_clipboard: list[QMimeData] = []  # the data this process put there, while it is there


def _hand_over_at_exit(data: QMimeData) -> None:
    """Qt deletes the clipboard's data after Python has shut down; data created in Python
    then crashes the process on its way out (PySide6, seen with the default platform
    clipboard). Before Python shuts down, put the same text there from C++ instead: the copy
    stays on the clipboard (its HTML flavour goes), and the exit is clean."""
    if not _on_clipboard:
        atexit.register(_replace_with_text)
    _on_clipboard[:] = [data]


def _replace_with_text() -> None:
    if QGuiApplication.instance() is None or not _on_clipboard:
        return
    clipboard = QGuiApplication.clipboard()
    if clipboard.mimeData() is _on_clipboard[0]:
        clipboard.setText(clipboard.text())
    _on_clipboard.clear()


def copy_text(html: str) -> None:
    """Put the message's plain text on the clipboard, exactly as the SP-API would send it."""
    QGuiApplication.clipboard().setText(to_plain_text(html))


def save_error_box(parent: QWidget, path: Path, error: Exception) -> QMessageBox:
    """The message for a save that failed: which file, why, and that nothing was lost."""
    reason = str(error) or type(error).__name__
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(Export.tr("Not saved"))
    box.setAccessibleName(Export.tr("Export failed"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        Export.tr(
            "“{file}” could not be saved.\n\n{reason}.\n\nThe message is still here: choose "
            "another folder or name and try again."
        ).format(file=path.name, reason=f"{reason[:1].upper()}{reason[1:].rstrip('.')}")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def save_message(parent: QWidget, subject: str, html: str, path: Path) -> bool:
    """Save the message to ``path`` in the format its suffix names. On failure a message box
    says why (window-modal, opened without a nested event loop) and False comes back; the
    writer replaces the file in one step, so there is never half a file."""
    try:
        export_file(path, subject, html)
    except (ExportError, OSError) as exc:
        box = save_error_box(parent, path, exc)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return False
    return True


def export_file_name(title: str, suffix: str = ".html") -> str:
    """A file name from a draft's name or subject: characters that some systems refuse are
    dropped, spaces tidied, the length kept reasonable; "message" when nothing is left."""
    name = " ".join(_UNSAFE_IN_NAMES.sub(" ", title).split()).strip(". ")[:80].rstrip(". ")
    return (name or Export.tr("message", "a file name")) + suffix


def suffix_for_filter(name_filter: str) -> str:
    """The suffix a filter of ``export_filters()`` stands for (".html" for an unknown one)."""
    for label, suffix in (*export_filters(), *EXPORT_FILTERS):
        if label == name_filter:
            return suffix
    return EXPORT_FILTERS[0][1]


def with_export_suffix(path: Path, name_filter: str) -> Path:
    """``path`` as the exporter needs it: a name without one of the export suffixes (none, or
    a dot in a date such as "12.05") gets the chosen filter's suffix; a name that has one
    keeps it, whatever filter is chosen, since that is what the seller typed."""
    if path.suffix.lower() in KNOWN_SUFFIXES:
        return path
    return path.with_name(path.name + suffix_for_filter(name_filter))


def export_file_dialog(parent: QWidget, suggested_name: str) -> QFileDialog:
    """The save dialog, unshown: the three formats, the one of ``suggested_name``'s suffix
    chosen (HTML when it has none), the name filled in. ``suggested_name`` may be a full path
    to open the dialog in its folder."""
    dialog = QFileDialog(parent, Export.tr("Export message"))
    dialog.setAccessibleName(Export.tr("Export message"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    filters = export_filters()
    dialog.setNameFilters([label for label, _ in filters])
    wanted = Path(suggested_name).suffix.lower()
    wanted = ".html" if wanted == ".htm" else wanted
    chosen = next((f for f, s in filters if s == wanted), filters[0][0])
    dialog.selectNameFilter(chosen)
    # Qt's own dialog then adds the suffix before its overwrite question, so the question is
    # about the file that will really be written; with_export_suffix covers native dialogs.
    dialog.setDefaultSuffix(suffix_for_filter(chosen).lstrip("."))
    dialog.filterSelected.connect(
        lambda name_filter: dialog.setDefaultSuffix(suffix_for_filter(name_filter).lstrip("."))
    )
    if suggested_name:
        dialog.selectFile(suggested_name)
    return dialog


def choose_export_path(parent: QWidget, suggested_name: str) -> Path | None:
    """Ask where to export; None when the seller cancels."""
    dialog = export_file_dialog(parent, suggested_name)
    try:
        if not dialog.exec():
            return None
        files = dialog.selectedFiles()
        if not files:
            return None
        return with_export_suffix(Path(files[0]), dialog.selectedNameFilter())
    finally:
        dialog.deleteLater()
