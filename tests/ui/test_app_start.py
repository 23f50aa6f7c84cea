"""`composer --data-dir DIR` opens the window and reopens the last draft (after a crash too),
a frame after the window first painted, and checks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from composer.app import run_window
from composer.policy import Category, Report
from composer.services.store import Draft, Store
from composer.ui.main_window import MainWindow
from tests.ui.conftest import CHECK_TIMEOUT_MS

ORDER = "302-4417865-2290147"
BODY = f"Could you confirm the engraving text for your order {ORDER}?"


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


@pytest.mark.usefixtures("qapp")
def test_the_window_reopens_the_last_draft_and_checks_it(tmp_path: Path) -> None:
    with Store(tmp_path / "composer.sqlite3") as store:
        store.save_draft(
            Draft(id=None, name="", subject=f"Your order {ORDER}", body_html=f"<p>{BODY}</p>")
        )
    seen: dict[str, object] = {}

    def watch() -> None:  # the first thing the event loop runs: the window is there, shown
        window = main_windows()[-1]
        seen["visible"] = window.isVisible()

        def shown(report: Report) -> None:
            seen["text"] = window.editor.toPlainText()
            seen["subject"] = window.subject.text()
            seen["category"] = report.category
            window.close()

        window.check_shown.connect(shown)

    QTimer.singleShot(0, watch)
    guard = QTimer()  # never needed unless the check never comes: end the event loop then
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: [w.close() for w in main_windows()])
    guard.start(CHECK_TIMEOUT_MS)
    try:
        assert run_window(["--data-dir", str(tmp_path)]) == 0
    finally:
        guard.stop()
        for window in main_windows():
            window.deleteLater()
    assert seen == {
        "visible": True,
        "text": BODY,
        "subject": f"Your order {ORDER}",
        "category": Category.CRITICAL,
    }
