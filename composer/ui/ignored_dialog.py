"""The rules the user chose to ignore everywhere, and the way back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.policy.rulebook import load_rulebook
from composer.services.store import Store


class IgnoredRulesDialog(QDialog):
    """Lists the ignored rules; "Check again" takes the selected ones back."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Ignored rules")
        self.store = store
        self.changed = False
        self.list = QListWidget(self)
        self.list.setAccessibleName("Ignored rules")
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.empty = QLabel("No rule is ignored: every message is checked against all of them.")
        self.empty.setWordWrap(True)
        self.restore_button = QPushButton("Check again", self)
        self.restore_button.setAccessibleName("Check again")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel("Amazon applies these rules whether Composer shows them or not.")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(460, 360)
        self.refresh()

    def refresh(self) -> None:
        rules = load_rulebook().rules
        self.list.clear()
        for rule in sorted(self.store.ignored_rules()):
            spec = rules.get(rule)
            item = QListWidgetItem(f"{spec.title if spec else rule} ({rule})")
            item.setData(Qt.ItemDataRole.UserRole, rule)
            self.list.addItem(item)
        has_rules = self.list.count() > 0
        self.list.setVisible(has_rules)
        self.empty.setVisible(not has_rules)
        self.restore_button.setEnabled(has_rules)

    def restore_selected(self) -> None:
        for item in self.list.selectedItems():
            self.store.unignore_rule(str(item.data(Qt.ItemDataRole.UserRole)))
            self.changed = True
        self.refresh()
