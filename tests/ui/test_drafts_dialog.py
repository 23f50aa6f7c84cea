"""The drafts list: reopen, rename, delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from composer.services.store import Draft
from composer.ui.drafts_dialog import DraftsDialog
from tests.ui.conftest import Session


def save(session: Session, subject: str, body: str) -> int:
    draft = session.store.save_draft(Draft(id=None, name="", subject=subject, body_html=body))
    assert draft.id is not None
    return draft.id


def rows(dialog: DraftsDialog) -> list[str]:
    return [dialog.list.item(i).text().split("\n")[0] for i in range(dialog.list.count())]


def test_the_newest_draft_comes_first_and_opens(qtbot: QtBot, session: Session) -> None:
    save(session, "Engraving question", "<p>Which font?</p>")
    newest = save(session, "Delivery slot", "<p>Which day suits you?</p>")
    window = session.window()
    dialog = DraftsDialog(session.store, window)
    qtbot.addWidget(dialog)
    assert rows(dialog) == ["Delivery slot", "Engraving question"]
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == newest
    window.load_draft(session.store.draft(newest))
    assert window.editor.toPlainText() == "Which day suits you?"


def test_rename_and_delete(qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    save(session, "Engraving question", "<p>Which font?</p>")
    dialog = DraftsDialog(session.store)
    qtbot.addWidget(dialog)
    # Qt's own modal prompts answer at once here (they are not ours to test).
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Mrs Henderson", True))
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert rows(dialog) == ["Mrs Henderson"]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert rows(dialog) == []
    assert session.store.drafts() == []
    assert not dialog.open_button.isEnabled()


def test_the_open_draft_deleted_from_the_list_is_kept_as_new(
    qtbot: QtBot, session: Session
) -> None:
    window = session.window()
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Which font would you like?")
    window.save_draft()
    assert window.draft.id is not None
    session.store.delete_draft(window.draft.id)
    qtbot.keyClicks(window.editor, " Thanks.")
    window.save_draft()  # the text the seller is looking at is not lost
    (summary,) = session.store.drafts()
    assert session.store.draft(summary.id).body_html == window.editor.body().html
