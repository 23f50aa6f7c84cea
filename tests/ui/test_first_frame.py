"""The window paints before it loads what it does not show (design guide: heavy imports are lazy;
benchmarks/bench_startup.py measures the effect: start-up within 1.5x a bare window).

Run in a fresh interpreter, because this test process has long loaded everything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from composer import app

shown = {}

def watch(window):
    original = window.show

    def show():
        original()
        QApplication.processEvents()  # the first frame
        shown["modules"] = sorted(sys.modules)
        shown["qt_namespace_built"] = "Qt" in vars(QtCore)
        QTimer.singleShot(0, window.close)  # app.exec() returns once it is closed

    window.show = show

from composer.ui import main_window
original_init = main_window.MainWindow.__init__

def init(self, *args, **kwargs):
    original_init(self, *args, **kwargs)
    watch(self)

main_window.MainWindow.__init__ = init
app.main(["--data-dir", sys.argv[1]])
print(json.dumps(shown))
"""


def test_the_first_frame_comes_before_the_engine_and_the_services(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    ).stdout
    shown = json.loads(out.strip().splitlines()[-1])
    loaded = set(shown["modules"])
    # The window is there: its own modules are loaded.
    assert "composer.ui.main_window" in loaded
    # What the first check, a paste or an export needs comes later.
    for heavy in (
        "composer.policy.engine",
        "composer.policy.rulebook",
        "composer.spelling.checker",
        "composer.services.export",
        "composer.services.sanitize",
        "bs4",
        "spellchecker",
        "requests",
        "keyring",
    ):
        assert heavy not in loaded, f"{heavy} is loaded before the first frame"
    # PySide builds all of Qt's namespace enums on the first use of ``Qt`` (14 ms).
    assert shown["qt_namespace_built"] is False
