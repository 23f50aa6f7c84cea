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

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from composer.policy import Category, Finding, Report, Severity
from composer.policy.rulebook import load_rulebook
from composer.services.export import (
    ExportError,
    amazon_safe_html_document,
    export_file,
    to_plain_text,
)

# The file dialog's filters and the suffix each one adds to a name that has none.
EXPORT_FILTERS: tuple[tuple[str, str], ...] = (
    ("Amazon-safe HTML (*.html *.htm)", ".html"),
    ("Plain text (*.txt)", ".txt"),
    ("E-mail with HTML and plain text (*.eml)", ".eml"),
)
KNOWN_SUFFIXES = (".html", ".htm", ".txt", ".eml")
MAX_LISTED_PROBLEMS = 10  # a longer list would push the buttons off the screen
_UNSAFE_IN_NAMES = re.compile(r'[\x00-\x1f<>:"/\\|?*]+')


def export_problems(report: Report | None, findings: Sequence[Finding]) -> list[str]:
    """Why Amazon would refuse the message, one sentence each: a forbidden category first
    (naming the purposes that made it so), then the error-level ``findings`` (the ones shown,
    after the seller's ignores). Empty when nothing blocks sending."""
    problems: list[str] = []
    if report is not None and report.category is Category.FORBIDDEN:
        purposes = load_rulebook().purposes
        titles: list[str] = []
        for purpose in report.purposes:
            if purpose.kind != "forbidden":
                continue
            spec = purposes.get(purpose.id)
            title = _lower_first(spec.title if spec is not None else purpose.id)
            if title not in titles:
                titles.append(title)
        if titles:
            which = "this purpose" if len(titles) == 1 else "these purposes"
            problems.append(
                f"Amazon does not allow messages for {which}: {'; '.join(titles)}. "
                "Take that part out, or do not send the message."
            )
        else:
            problems.append(report.reason or "Amazon does not allow this kind of message.")
    for finding in findings:
        if finding.severity is Severity.ERROR and finding.message not in problems:
            problems.append(finding.message)
    return problems


def export_confirmation_box(parent: QWidget, problems: Sequence[str], what: str) -> QMessageBox:
    """The question before exporting a message Amazon would refuse: the problems, then whether
    to ``what`` ("save it as offer.eml", "copy it") anyway. Cancel is the default, so Enter
    does not export by accident. Unshown; ``confirm_export`` runs it."""
    # A rich-text list, for the hanging indent of long items; every problem is escaped, since
    # it quotes the seller's own text ("<b>", "&" and all).
    listed = [f"<li>{escape(problem)}</li>" for problem in problems[:MAX_LISTED_PROBLEMS]]
    if len(problems) > MAX_LISTED_PROBLEMS:
        more = len(problems) - MAX_LISTED_PROBLEMS
        listed.append(f"<li>… and {more} more (see the checks panel)</li>")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Amazon would not accept this message")
    box.setAccessibleName("Confirm export")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        "<p>Amazon would block or penalise this message:</p>"
        f"<ul>{''.join(listed)}</ul>"
        f"<p>Do you want to {escape(what)} anyway?</p>"
    )
    box.addButton(f"{what[:1].upper()}{what[1:]} anyway", QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_export(parent: QWidget, problems: Sequence[str], what: str) -> bool:
    """True to go on: at once when there are no problems, else when the seller says so."""
    if not problems:
        return True
    box = export_confirmation_box(parent, problems, what)
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
    box.setWindowTitle("Not saved")
    box.setAccessibleName("Export failed")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        f"“{path.name}” could not be saved.\n\n"
        f"{reason[:1].upper()}{reason[1:].rstrip('.')}.\n\n"
        "The message is still here: choose another folder or name and try again."
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
    return f"{name or 'message'}{suffix}"


def suffix_for_filter(name_filter: str) -> str:
    """The suffix a filter of ``EXPORT_FILTERS`` stands for (".html" for an unknown one)."""
    for label, suffix in EXPORT_FILTERS:
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
    dialog = QFileDialog(parent, "Export message")
    dialog.setAccessibleName("Export message")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([label for label, _ in EXPORT_FILTERS])
    wanted = Path(suggested_name).suffix.lower()
    wanted = ".html" if wanted == ".htm" else wanted
    chosen = next((f for f, s in EXPORT_FILTERS if s == wanted), EXPORT_FILTERS[0][0])
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


def _lower_first(title: str) -> str:
    """A purpose's title as it reads inside a sentence ("marketing or promotion"); one that
    starts with an abbreviation ("SP-API …") stays as it is."""
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        return title[0].lower() + title[1:]
    return title
