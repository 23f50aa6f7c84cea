"""Catalogues made from the code for the tests: English with its plural forms, and a
pseudo-localisation, every string translated as "⟦source text, 40 % longer⟧"; and the means to
read what a window shows and find what was not translated.

The catalogue is written by ``pyside6-lupdate`` from ``composer/`` as it is, so a string the code
shows without marking it (or marks in a way lupdate does not read) has no pseudo translation and
stays as it is on screen: the check below finds it, whatever the real catalogues contain.

A translation keeps what the code and Qt need intact: ``{placeholders}``, ``%n``/``%Ln``, ``&``
accelerators and HTML tags; the brackets go around the whole string, so a text built from
several translated pieces and the user's data reads "⟦…⟧ data ⟦…⟧" and is checked piece by
piece.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QTreeWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "⟦", "⟧"
GROWTH = 0.4  # a pseudo translation is this much longer than its source (German: ~30 %)
# The padding: words of average width, so the text is as wide as a longer translation and
# wraps where a real one would (an unbroken run of letters would not).
_PAD = "lorem ipsum dolor sit amet "
_TAG = re.compile(r"<[^>]*>")
_PIECE = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_WORD = re.compile(r"[^\W\d_]{2,}")


def tool(name: str) -> str:
    """A PySide6 tool next to this Python (the venv's), else on the PATH."""
    for candidate in (
        Path(sys.executable).parent / name,
        Path(sys.executable).parent / f"{name}.exe",
    ):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    assert found is not None, f"{name} not found: PySide6 installs it"
    return found


def pseudo(source: str) -> str:
    """ "⟦source padding⟧": 40 % longer than what the source shows (its tags and accelerators
    not counted), every placeholder, accelerator and tag kept."""
    shown = _TAG.sub("", source).replace("&&", "&").replace("&", "")
    extra = max(1, math.ceil(len(shown) * GROWTH) - 3)  # the brackets and a space count too
    padding = (_PAD * (extra // len(_PAD) + 1))[:extra]
    return f"{OPEN}{source} {padding}{CLOSE}"


_PLURAL = re.compile(r"\((s|es)\)")


def english_plural(source: str, n: int) -> str:
    """English's form of a plural message for ``n``: "(s)" and "(es)" dropped for one, kept
    without brackets for any other count ("%n finding(s)": "%n finding", "%n findings")."""
    return _PLURAL.sub("" if n == 1 else r"\1", source)


def _lupdate(ts: Path, language: str, *options: str) -> None:
    command = [tool("pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "none"]
    command += ["-source-language", "en", "-target-language", language, *options]
    subprocess.run([*command, "composer", "-ts", str(ts)], cwd=ROOT, check=True)


def _lrelease(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def english_catalogue(folder: Path) -> Path:
    """``composer_en.qm`` in ``folder``: the code's plural messages with their English forms,
    as the app has them from the real catalogue (whose forms may lag behind the code)."""
    ts = folder / "composer_en.ts"
    _lupdate(ts, "en", "-pluralonly")
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        source = "".join(message.find("source").itertext())  # type: ignore[union-attr]
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        for n in (1, 2):
            ET.SubElement(translation, "numerusform").text = english_plural(source, n)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return _lrelease(ts)


def pseudo_catalogue(folder: Path, language: str = "de") -> Path:
    """Write ``composer_<language>.qm`` into ``folder``: lupdate over ``composer/``, every
    message pseudo-translated (each plural form alike), lrelease. Returns the .qm file."""
    ts = folder / f"composer_{language}.ts"
    _lupdate(ts, language)
    tree = ET.parse(ts)
    forms = 2  # German, Dutch, Spanish…: one and other
    for message in tree.getroot().iter("message"):
        source = "".join(message.find("source").itertext())  # type: ignore[union-attr]
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(forms):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return _lrelease(ts)


def messages(ts: Path) -> int:
    return sum(1 for _ in ET.parse(ts).getroot().iter("message"))


# -- reading what a window shows ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shown:
    """A text on screen and where: "QLabel 'Check status' text"."""

    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def plain(text: str) -> str:
    """What a label shows of its text: rich text as it reads."""
    if QtGui.Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _where(widget: QWidget, what: str) -> str:
    name = widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {name!r} {what}"


def _action_texts(action: QAction, where: str) -> Iterator[Shown]:
    if action.isSeparator():
        return
    if action.text():
        yield Shown(f"{where} action", action.text())
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield Shown(f"{where} action tooltip", action.toolTip())
    menu = action.menu()
    if isinstance(menu, QMenu):
        if menu.title():
            yield Shown(f"{where} menu", menu.title())
        for each in menu.actions():
            yield from _action_texts(each, f"{where} › {menu.title()}")


def standard_buttons(root: QWidget) -> set[QAbstractButton]:
    """The standard buttons of dialog button boxes and message boxes: Qt's words (qtbase)."""
    found: set[QAbstractButton] = set()
    for box in [*root.findChildren(QDialogButtonBox), *root.findChildren(QMessageBox)]:
        for button in box.buttons():
            if box.standardButton(button) not in (
                QDialogButtonBox.StandardButton.NoButton,
                QMessageBox.StandardButton.NoButton,
            ):
                found.add(button)
    if isinstance(root, QMessageBox):
        found.update(
            b
            for b in root.buttons()
            if root.standardButton(b) is not QMessageBox.StandardButton.NoButton
        )
    return found


def qt_internal(widget: QWidget) -> bool:
    """A widget Qt makes and words itself (a tab bar's scroll buttons, a message box's
    label is ours but named qt_msgbox_label: its text is checked on the box)."""
    parent = widget.parentWidget()
    return isinstance(parent, QTabBar) or (
        widget.objectName().startswith("qt_") and not isinstance(widget, QLabel)
    )


def texts(root: QWidget) -> list[Shown]:
    """Every text ``root`` can show, visible now or not (a hidden label is shown later): window
    titles, labels, buttons, group boxes, placeholders, tooltips, combo items, tabs, list and
    tree items and headers, menus and actions (toolbars, menu bars, buttons' menus), the status
    bar, message boxes, and the accessible names and descriptions screen readers read.
    Qt's own standard buttons are left out (``standard_buttons``: qtbase translates them)."""
    found: list[Shown] = []
    qt_buttons = standard_buttons(root)
    widgets = [root, *(w for w in root.findChildren(QWidget) if not qt_internal(w))]
    for widget in widgets:
        if widget.isWindow() and widget.windowTitle():
            found.append(Shown(_where(widget, "title"), widget.windowTitle()))
        if widget.toolTip():
            found.append(Shown(_where(widget, "tooltip"), widget.toolTip()))
        if widget.accessibleName():
            found.append(Shown(_where(widget, "accessible name"), widget.accessibleName()))
        if widget.accessibleDescription():
            found.append(
                Shown(_where(widget, "accessible description"), widget.accessibleDescription())
            )
        if isinstance(widget, QMessageBox):
            if widget.informativeText():
                found.append(Shown(_where(widget, "informative text"), widget.informativeText()))
        elif isinstance(widget, QLabel) and widget.text():
            found.append(Shown(_where(widget, "text"), plain(widget.text())))
        elif isinstance(widget, QAbstractButton) and widget.text() and widget not in qt_buttons:
            found.append(Shown(_where(widget, "text"), widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append(Shown(_where(widget, "title"), widget.title()))
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            found.append(Shown(_where(widget, "placeholder"), widget.placeholderText()))
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            if widget.placeholderText():
                found.append(Shown(_where(widget, "placeholder"), widget.placeholderText()))
            if widget.isReadOnly() and widget.toPlainText():
                found.append(Shown(_where(widget, "content"), widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                found.append(Shown(_where(widget, f"item {i}"), widget.itemText(i)))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                found.append(Shown(_where(widget, f"tab {i}"), widget.tabText(i)))
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                found.append(Shown(_where(widget, f"item {i}"), item.text()))
                if item.toolTip():
                    found.append(Shown(_where(widget, f"item {i} tooltip"), item.toolTip()))
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for c in range(widget.columnCount()):
                found.append(Shown(_where(widget, f"header {c}"), header.text(c)))
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                for c in range(item.columnCount()):
                    found.append(Shown(_where(widget, f"row {i} column {c}"), item.text(c)))
                    if item.toolTip(c):
                        found.append(Shown(_where(widget, f"row {i} tip {c}"), item.toolTip(c)))
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                found += _action_texts(action, "menu bar")
            message = widget.statusBar().currentMessage()
            if message:
                found.append(Shown("status bar", message))
        elif isinstance(widget, QToolBar | QMenu):
            if isinstance(widget, QMenu) and widget.title():
                found.append(Shown(_where(widget, "title"), widget.title()))
            for action in widget.actions():
                found += _action_texts(action, _where(widget, ""))
    return [shown for shown in found if shown.text.strip()]


def residue(text: str, data: Iterable[str] = ()) -> str:
    """What of ``text`` is neither pseudo-translated nor the user's ``data``: the pieces in
    brackets go (innermost first: a translation may hold another's words through a
    placeholder), then every data string (longest first), before and after (a data string
    may hold translated pieces: the services' words quoting the engine's)."""
    text = _without(text, data)
    while True:
        shorter = _PIECE.sub(" ", text)
        if shorter == text:
            break
        text = shorter
    # A translation the code cut (a prefix taken off): what is left of it, up to its
    # closing bracket or from its opening one.
    text = re.sub(f"^[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
    text = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*$", " ", text)
    return _without(text, data)


def _without(text: str, data: Iterable[str]) -> str:
    for item in sorted(set(data), key=len, reverse=True):
        if item:  # as a whole: "a" is data in "a shop", not in "amazon"
            text = re.sub(rf"(?<!\w){re.escape(item)}(?!\w)", " ", text)
    return text


def untranslated(shown: Iterable[Shown], data: Iterable[str] = ()) -> list[str]:
    """The texts with a word (two letters or more) that is neither translated nor data."""
    data = list(data)
    found = []
    for each in shown:
        left = residue(each.text, data)
        words = _WORD.findall(left)
        if words:
            found.append(f"{each} -> {' '.join(words)}")
    return found
