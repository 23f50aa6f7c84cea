"""PySide6 6.12.0 on Python 3.11 aborts with "Fatal Python error: none_dealloc" after a few
thousand calls of Qt methods that return None (a refcount bug on None; 3.12+ has an immortal
None). pyproject.toml keeps 3.11 below 6.12. This runs the calls that crash in a child process,
so the abort, if it comes back, fails the test instead of killing the test run."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

CALLS = 20_000
SCRIPT = textwrap.dedent(f"""
    from PySide6.QtGui import QTextCursor, QTextDocument
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    document = QTextDocument("x" * 100)
    cursor = QTextCursor(document)
    for i in range({CALLS}):
        cursor.setPosition(i % 100)  # returns None
    print("done", flush=True)
""")


@pytest.mark.slow
def test_many_qt_calls_returning_none_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "done"
