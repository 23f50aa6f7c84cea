"""The rules the user chose to ignore everywhere, and the way back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
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
from composer.ui.data_words import rule_title


class IgnoredRulesDialog(QDialog):
    """Lists the ignored rules; "Check again" takes the selected ones back."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.changed = False
        self.list = QListWidget(self)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(460, 360)
        self._rules = sorted(store.ignored_rules())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ignored rules"))
        self.list.setAccessibleName(self.tr("Ignored rules"))
        self.empty.setText(
            self.tr("No rule is ignored: every message is checked against all of them.")
        )
        self.restore_button.setText(self.tr("Check again"))
        self.restore_button.setAccessibleName(self.tr("Check again"))
        self.note.setText(self.tr("Amazon applies these rules whether Composer shows them or not."))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Read the ignored rules again and list them."""
        self._rules = sorted(self.store.ignored_rules())
        self._show()

    def _show(self) -> None:
        rulebook = load_rulebook()
        self.list.clear()
        for rule in self._rules:
            item = QListWidgetItem(
                self.tr("{title} ({rule})").format(title=rule_title(rule, rulebook), rule=rule)
            )
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
