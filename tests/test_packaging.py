"""The packaged app: PyInstaller builds it from ``packaging/composer.spec`` and it works frozen.

The bundle is built once per session into ``build/test-bundle/`` (git-ignored) by
``scripts/build_bundle.py``, and reused while nothing it is made of changes (the sources, the
recipe, the installed distributions). A build takes about 40 s on the CI machine, a reused one
nothing; the smoke tests about a second each.

Skips when PyInstaller is not installed (it is in the ``build`` extra), unless
``COMPOSER_REQUIRE_BUNDLE=1``: CI sets it, and then a missing PyInstaller fails.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from tests.services.keyring_session import run_in_secret_service

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "test-bundle"

pytestmark = pytest.mark.slow


def _load_build_bundle() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "scripts/build_bundle.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_bundle"] = module
    spec.loader.exec_module(module)
    return module


build_bundle = _load_build_bundle()


@pytest.fixture(scope="module")
def bundle() -> build_bundle.Build:
    """The built bundle (``build_bundle.Build``)."""
    if importlib.util.find_spec("PyInstaller") is None:
        reason = 'PyInstaller is not installed (pip install ".[build]")'
        if os.environ.get("COMPOSER_REQUIRE_BUNDLE") == "1":
            pytest.fail(reason + "; COMPOSER_REQUIRE_BUNDLE=1 requires it")
        pytest.skip(reason)
    started = time.monotonic()
    result = build_bundle.build(BUILD / "dist", BUILD / "work", if_stale=True)
    how = f"built in {result.seconds:.0f} s" if result.built else "reused"
    print(
        f"\nbundle {result.bundle}: {result.size / 1e6:.1f} MB, {how} "
        f"({time.monotonic() - started:.1f} s with the check of its inputs)"
    )
    return result


def _without_session_bus() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING"))}


def test_the_frozen_app_checks_the_sample_as_the_installed_one_does(
    bundle: build_bundle.Build, tmp_path: Path
) -> None:
    """Same category, findings and language as the app run from this environment: the rule
    book, the phrases and the dictionaries made it into the bundle."""
    env = {**_without_session_bus(), "HOME": str(tmp_path)}
    frozen = build_bundle.smoke_test(bundle.executable, env=env)
    started = time.monotonic()
    venv = subprocess.run(
        [sys.executable, "-m", "composer", "--smoke-test"],
        env=build_bundle.smoke_env(env),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    venv_seconds = time.monotonic() - started
    print(f"\nfrozen {frozen.seconds:.2f} s: {frozen.line}\nvenv   {venv_seconds:.2f} s")
    assert venv.returncode == 0, venv.stderr
    venv_line = next(line for line in venv.stdout.splitlines() if line.startswith("smoke test:"))
    assert frozen.line.partition(" keyring=")[0] == venv_line.partition(" keyring=")[0]
    assert frozen.line.startswith("smoke test: category=forbidden findings=")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Secret Service is Linux's")
def test_without_a_secret_service_the_frozen_app_says_there_is_no_keyring(
    bundle: build_bundle.Build, tmp_path: Path
) -> None:
    env = {**_without_session_bus(), "HOME": str(tmp_path)}
    smoke = build_bundle.smoke_test(bundle.executable, env=env)
    assert smoke.keyring.startswith("none (Composer cannot store secrets: no Secret Service")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Secret Service is Linux's")
def test_the_frozen_app_finds_and_uses_the_secret_service(
    bundle: build_bundle.Build, tmp_path: Path
) -> None:
    """keyring's backends (found through its entry points), secretstorage, jeepney and
    cryptography all work frozen: a secret is stored and found again."""
    smoke = run_in_secret_service([str(bundle.executable), "--smoke-test"], tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    assert "keyring=SecretService Keyring" in smoke.stdout

    exe = str(bundle.executable)
    script = (
        'printf "smtp_password=made-up-secret\\n" | "$0" accounts add shop-de --marketplace DE '
        "--smtp-host localhost --smtp-user me --sender me@example.com --secrets-stdin "
        '&& "$0" accounts list'
    )
    done = run_in_secret_service(["sh", "-c", script, exe], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Secrets in the keyring (SecretService Keyring): smtp_password." in done.stdout
    assert "(secret set: smtp_password)" in done.stdout
    assert "made-up-secret" not in done.stdout + done.stderr


def _bundled(bundle: build_bundle.Build) -> set[str]:
    return {
        path.relative_to(bundle.bundle).as_posix()
        for path in bundle.bundle.rglob("*")
        if path.is_file()
    }


def test_the_bundle_holds_the_data_and_leaves_out_unused_qt(bundle: build_bundle.Build) -> None:
    files = _bundled(bundle)
    text = "\n".join(sorted(files))

    def has(part: str) -> bool:
        return part in text

    for needed in (
        "composer/policy/data/rules/",
        "composer/policy/data/phrases/de.toml",
        "composer/spelling/data/allow-en.txt",
        "composer/ui/data/sample_message.html",
        "spellchecker/resources/en.json.gz",
        "composer/translations/composer_fr.qm",  # compiled from translations/ by the build
        "composer/translations/composer_pl.qm",
    ):
        assert has(needed), f"{needed} is not in the bundle"
    # keyring finds its backends through the entry points in its metadata
    assert re.search(r"keyring-[^/]+\.dist-info/entry_points\.txt", text)
    if sys.platform.startswith("linux"):
        for plugin in ("platforms/libqxcb.so", "platforms/libqwayland.so", "libqoffscreen.so"):
            assert has(plugin), f"the {plugin} platform plugin is missing"
    for unused in (
        "Qt6Network",
        "Qt6Qml",
        "Qt6Quick",
        "Qt6Pdf",
        "Qt6WebEngine",
        "Qt6Multimedia",
        "platformthemes/libqgtk3",
        "libgtk-3",
        "translations/qt_help_",
        "translations/qtbase_ja",  # not a language of the interface
    ):
        assert not has(unused), f"{unused} should have been left out of the bundle"
    assert bundle.size < 200e6, f"the bundle grew to {bundle.size / 1e6:.0f} MB"
