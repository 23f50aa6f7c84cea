"""Run a command against a real Secret Service: a private D-Bus session (dbus-run-session) with
gnome-keyring-daemon, its login keyring unlocked with a made-up password, and HOME and the XDG
directories under a test's tmp_path, so nothing touches the user's own keyring or settings.

Skips when dbus-run-session or gnome-keyring-daemon is missing, unless
``COMPOSER_REQUIRE_SECRET_SERVICE=1`` (set by CI, which installs them): then it fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KEYRING_PASSWORD = "made-up-login-password"

_UNLOCKED = (
    'printf %s "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets '
    '>/dev/null && exec "$@"'
)
# Started without --unlock: there is no login keyring and no prompt can be shown to make one.
_LOCKED = 'gnome-keyring-daemon --start --components=secrets >/dev/null && exec "$@"'


def require_secret_service() -> None:
    missing = [t for t in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(t)]
    if not missing:
        return
    reason = (
        f"no Secret Service to test against: {' and '.join(missing)} not installed "
        "(Debian: apt-get install gnome-keyring dbus-x11)"
    )
    if os.environ.get("COMPOSER_REQUIRE_SECRET_SERVICE") == "1":
        pytest.fail(reason + "; COMPOSER_REQUIRE_SECRET_SERVICE=1 requires it")
    pytest.skip(reason)


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a child whose every per-user directory is under ``home``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "DBUS_", "PYTHON_KEYRING", "COMPOSER_", "GNOME_KEYRING"))
    }
    run = home / "run"
    for d in (home, home / "config", home / "data", home / "cache", run):
        d.mkdir(parents=True, exist_ok=True)
    run.chmod(0o700)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(run),
        PYTHONPATH=str(ROOT),
        KEYRING_PASSWORD=KEYRING_PASSWORD,
    )
    env.update(extra)
    return env


def run_in_secret_service(
    command: Sequence[str],
    home: Path,
    *,
    unlocked: bool = True,
    stdin: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` (e.g. ``[sys.executable, script, ...]``) in its own D-Bus session with
    gnome-keyring's Secret Service; returns the finished process (stdout, stderr as text)."""
    require_secret_service()
    return subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", _UNLOCKED if unlocked else _LOCKED, "sh", *command],
        env=isolated_env(home),
        cwd=ROOT,
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def python(*args: str) -> list[str]:
    return [sys.executable, *args]


def files_containing(root: Path, secrets: Sequence[str]) -> list[str]:
    """Every file under ``root`` that holds one of ``secrets`` as bytes (UTF-8 and UTF-16)."""
    needles = [s.encode() for s in secrets] + [s.encode("utf-16-le") for s in secrets]
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            if any(n in data for n in needles):
                found.append(str(path.relative_to(root)))
    return found
