"""A crash loses at most a second of typing: a real window types without pausing, is killed
with SIGKILL, and the draft in its database has everything typed up to a second before."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from composer.services.store import Store

TYPIST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from composer.services.store import Store
    from composer.spelling import UserDictionary
    from composer.ui.main_window import MainWindow

    folder = Path(sys.argv[1])
    app = QApplication([])
    window = MainWindow(
        Store(folder / "composer.sqlite3"),
        UserDictionary(folder / "dictionary.txt"),
        QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
    )
    window.show()
    typed = []

    def key():
        letter = "abcdefghij"[len(typed) % 10]
        window.editor.insertPlainText(letter)  # as a keystroke does: an edit of the document
        typed.append(letter)
        print(len(typed), flush=True)

    timer = QTimer()
    timer.timeout.connect(key)
    timer.start(40)  # 25 keys a second, without a pause
    app.exec()
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_sigkill_loses_at_most_a_second_of_typing(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    counts: list[tuple[float, int]] = []
    with subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as child:
        assert child.stdout is not None
        assert child.stderr is not None
        try:
            for line in child.stdout:
                counts.append((time.monotonic(), int(line)))
                if counts[-1][1] >= 100:  # about four seconds of typing, several saves
                    break
            killed_at = time.monotonic()
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
        finally:
            if child.poll() is None:
                child.kill()
        errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    typed_a_second_before = max(n for t, n in counts if t <= killed_at - 1.0)

    with Store(tmp_path / "composer.sqlite3") as store:
        last = store.last_draft_id()
        assert last is not None
        text = store.draft(last).body_html
    letters = sum(ch in "abcdefghij" for ch in text)
    assert letters >= typed_a_second_before
