"""`composer --smoke-test`: the window opens, checks a sample message and exits 0 (the frozen
app is tested the same way)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


@pytest.mark.slow
def test_smoke_test_prints_the_check_and_exits_0() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "composer", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 0, result.stderr
    line = result.stdout.strip()
    assert line.startswith("smoke test: category=forbidden findings=2 language=en keyring=")


def test_a_command_runs_the_command_line_without_qt() -> None:
    code = (
        "import sys; from composer.app import main; main(['rules']); "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "False"
