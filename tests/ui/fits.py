"""Does every text fit its widget? What a window shows at its size, checked widget by widget.

A text is cut off when its widget is smaller than the text needs, and Qt then clips it (a
label, a button, a group box's title), elides it (a tab, a header section, a combo box's
current item, a field's placeholder) or hides it (a tool bar's or a menu bar's overflow). A
window overflows when its contents need more than its default size (Qt then makes it larger
than the code asked) or a scroll area that must not scroll sideways is wider than its view.

What is not checked, by design: text in widgets that scroll (editors, browsers, lists, trees'
rows: they hold the seller's data and scroll), tooltips and window titles (drawn by the system,
which wraps or elides them), the items of a combo box's open list (Qt makes it as wide as its
longest item), and fonts other than the one the test runs with.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QToolBar,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        text = widget.text()
    return f"{type(widget).__name__} {widget.accessibleName() or text!r}"


def _inside_scrolling(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def overflows(top: QWidget) -> list[str]:
    """Everything in ``top`` (shown, laid out) whose text does not fit, or that does not fit
    its window; empty when all fits."""
    found: list[str] = []
    minimum = top.minimumSizeHint()
    if minimum.width() >= top.width() + SLACK or minimum.height() >= top.height() + SLACK:
        found.append(
            f"{_name(top)}: needs {minimum.width()}×{minimum.height()}, "
            f"has {top.width()}×{top.height()}"
        )
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        found += _widget_overflows(widget)
    return found


def _widget_overflows(widget: QWidget) -> list[str]:
    found: list[str] = []
    name = _name(widget)
    parent = widget.parentWidget()
    if (
        parent is not None
        and not widget.isWindow()
        and not _inside_scrolling(widget)
        and not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(widget.geometry())
    ):
        found.append(f"{name}: outside its parent ({widget.geometry()} in {parent.rect()})")
    if isinstance(widget, QLabel) and widget.text():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK:
                found.append(f"{name}: needs {needed} px high at its width, has {widget.height()}")
        else:
            hint = widget.sizeHint()
            if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
                found.append(f"{name}: needs {hint.width()}×{hint.height()}, has {widget.size()}")
    elif isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK:
            found.append(f"{name}: needs {hint.width()} px wide, has {widget.width()}")
    elif isinstance(widget, QGroupBox) and widget.title():
        hint = widget.minimumSizeHint()
        if hint.width() > widget.width() + SLACK:
            found.append(f"{name}: its title needs {hint.width()} px, has {widget.width()}")
    elif isinstance(widget, QComboBox) and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        text = widget.fontMetrics().horizontalAdvance(widget.currentText())
        contents = widget.sizeHint()
        contents.setWidth(text + widget.iconSize().width() + 4)
        needed = widget.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, contents, widget
        )
        if needed.width() > widget.width() + SLACK:
            found.append(f"{name}: its item needs {needed.width()} px, has {widget.width()}")
    elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        option = QStyleOptionFrame()
        widget.initStyleOption(option)
        room = widget.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, widget)
        needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 4
        if needed > room.width() + SLACK:
            found.append(f"{name}: its placeholder needs {needed} px, has {room.width()}")
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if widget.tabRect(i).width() + SLACK < widget.tabSizeHint(i).width():
                found.append(f"{name}: tab {widget.tabText(i)!r} is elided")
            if not widget.rect().contains(widget.tabRect(i)):
                found.append(f"{name}: tab {widget.tabText(i)!r} is scrolled out of sight")
    elif isinstance(widget, QHeaderView):
        model = widget.model()
        for section in range(widget.count()):
            if widget.isSectionHidden(section) or model is None:
                continue
            needed = widget.sectionSizeFromContents(section).width()
            if widget.sectionSize(section) + SLACK < needed:
                title = model.headerData(section, widget.orientation())
                found.append(f"{name}: the header {title!r} is elided")
    elif isinstance(widget, QToolBar):
        for action in widget.actions():
            button = widget.widgetForAction(action)
            if action.isVisible() and button is not None and not button.isVisible():
                found.append(f"{name}: {action.text()!r} is in the overflow menu")
    elif isinstance(widget, QMainWindow):
        bar = widget.menuBar()
        for action in bar.actions():
            place = bar.actionGeometry(action)
            if action.isVisible() and (place.isEmpty() or place.right() > bar.width()):
                found.append(f"menu bar: {action.text()!r} does not fit")
    if isinstance(widget, QScrollArea) and widget.widget() is not None:
        inner = widget.widget()
        policy = widget.horizontalScrollBarPolicy()
        if (
            policy.name == "ScrollBarAlwaysOff"
            and inner.width() > widget.viewport().width() + SLACK
        ):
            found.append(
                f"{name}: its contents are {inner.width()} px wide, the view "
                f"{widget.viewport().width()}: the right side is cut off"
            )
    return found
