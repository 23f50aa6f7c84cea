"""The drafts list: reopen, rename, delete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.services.store import Store


class DraftsDialog(QDialog):
    """Lists the drafts, newest first; ``chosen`` is the id to open after ``exec()``."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen: int | None = None
        self.list = QListWidget(self)
        self.list.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.rename_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        buttons.addButton(self.rename_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self._open_current)
        buttons.rejected.connect(self.reject)
        self.rename_button.clicked.connect(self._rename)
        self.delete_button.clicked.connect(self._delete)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self._drafts = store.drafts()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Drafts"))
        self.list.setAccessibleName(self.tr("Drafts"))
        self.open_button.setText(self.tr("Open"))
        self.rename_button.setText(self.tr("Rename…"))
        self.delete_button.setText(self.tr("Delete"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the drafts again and list them."""
        self._drafts = self.store.drafts()
        self._show()

    def _show(self) -> None:
        """List the drafts read last (after a switch of language: again, in the new one)."""
        current = self._current_id()
        self.list.clear()
        for summary in self._drafts:
            title = summary.name or summary.subject or self.tr("Untitled")
            stamp = summary.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")  # any language
            item = QListWidgetItem(f"{title}\n{stamp}")
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
            for row in range(self.list.count()):
                item = self.list.item(row)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) == current:
                    self.list.setCurrentRow(row)
        for button in (self.open_button, self.rename_button, self.delete_button):
            button.setEnabled(self.list.count() > 0)

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _open(self, item: QListWidgetItem) -> None:
        self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _open_current(self) -> None:
        self.chosen = self._current_id()
        if self.chosen is not None:
            self.accept()

    def _rename(self) -> None:
        draft_id = self._current_id()
        if draft_id is None:
            return
        draft = self.store.draft(draft_id)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename draft"), self.tr("Name:"), text=draft.name
        )
        if ok:
            self.store.rename_draft(draft_id, name.strip())
            self.refresh()

    def _delete(self) -> None:
        draft_id = self._current_id()
        if draft_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete draft"), self.tr("Delete this draft for good?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.store.delete_draft(draft_id)
            self.refresh()
