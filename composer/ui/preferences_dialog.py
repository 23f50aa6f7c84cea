"""Preferences: the interface language.

A choice applies at once (no OK to press, no restart): the whole interface, this dialog
included, switches while it is open, and the choice is kept for the next start. The languages
are listed each in its own name ("Deutsch", "Polski"), so a reader finds theirs whatever the
language on screen; "System default" says which language that means now.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from composer.i18n import languages
from composer.ui.language import SYSTEM, LanguageService, language_name


class PreferencesDialog(QDialog):
    """The interface language: "System default" or one of the eight."""

    def __init__(self, language: LanguageService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.language_box = QComboBox(self)
        self.language_box.addItem("", SYSTEM)
        for code in languages():
            self.language_box.addItem(language_name(code), code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language.preference()), 0))
        self.caption = QLabel(self)
        self.caption.setBuddy(self.language_box)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.caption, self.language_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.retranslate()
        self.resize(460, 180)
        self.language_box.currentIndexChanged.connect(self._chosen)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.caption.setText(self.tr("Interface &language:"))
        self.language_box.setAccessibleName(self.tr("Interface language"))
        system = language_name(self.language.system_language())
        self.language_box.setItemText(
            0, self.tr("System default ({language})").format(language=system)
        )
        self.note.setText(
            self.tr(
                "Menus, dialogs and the checks' messages switch at once. Your messages and "
                "templates stay as you wrote them."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose(self, preference: str) -> None:
        """Choose a language code, or ``SYSTEM``: as if picked in the list."""
        index = self.language_box.findData(preference)
        if index < 0:
            raise ValueError(f"not an interface language: {preference!r}")
        self.language_box.setCurrentIndex(index)

    def _chosen(self) -> None:
        self.language.set_preference(str(self.language_box.currentData()))
