"""Build Composer for this platform with PyInstaller, then run the frozen app's smoke test.

    python scripts/build_bundle.py [--package] [--dist DIR] [--work DIR] [--if-stale]
                                   [--full] [--no-smoke]

Steps:

1. installs PyInstaller into this Python's environment if it is missing (it is in the
   project's ``build`` extra: ``pip install ".[build]"``);
2. builds ``packaging/composer.spec``: a one-folder, windowed bundle in ``DIR`` (default
   ``dist/``): ``dist/composer/`` on Linux, ``dist/Composer/`` on Windows,
   ``dist/Composer.app`` on macOS. ``--if-stale`` skips the build when nothing it is made of
   has changed since the last one in the same ``--work`` folder; ``--full`` builds without the
   recipe's exclusions (to measure what they save);
3. runs the frozen app's ``--smoke-test`` (offscreen on Linux): it must exit 0 and print its
   line, which names the keyring backend or says that there is none (``--smoke-test-only EXE``
   does only this, for an installed app);
4. with ``--package``, makes what is shipped, beside the bundle:
   - Windows: ``<name>-<version>-windows-x64-setup.exe`` (Inno Setup 6: ``ISCC.exe`` on the
     PATH, in its usual folders or named by ``ISCC``) and ``…-portable.zip``;
   - macOS: ``<name>-<version>-macos-<arch>.dmg`` (hdiutil); signed, notarised and stapled
     when ``COMPOSER_MACOS_SIGN_IDENTITY`` and notary credentials are set (see
     ``packaging/README.md``), skipped with a message otherwise;
   - Linux: ``<name>-<version>-linux-<arch>.tar.gz`` of the folder (no AppImage: see the
     README).

Exit status: 0 built (and smoke-tested, and packaged), 1 a step failed (its output says which).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "composer.spec"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.10"
SMOKE_TIMEOUT_S = 120
SMOKE_PREFIX = "smoke test: "


class BuildError(Exception):
    """A step failed; the message says which and why."""


def bundle_info() -> ModuleType:
    """``packaging/bundle_info.py``, loaded by path (``packaging/`` is not a package)."""
    spec = importlib.util.spec_from_file_location("bundle_info", PACKAGING / "bundle_info.py")
    if spec is None or spec.loader is None:
        raise BuildError(f"cannot load {PACKAGING / 'bundle_info.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bundle_info"] = module
    spec.loader.exec_module(module)
    return module


def ensure_pyinstaller() -> str:
    """PyInstaller's version, installing it into this environment first if it is missing."""
    try:
        return importlib.metadata.version("pyinstaller")
    except importlib.metadata.PackageNotFoundError:
        pass
    print(f"PyInstaller is missing: pip install {PYINSTALLER_REQUIREMENT!r}", flush=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER_REQUIREMENT], check=True
    )
    return importlib.metadata.version("pyinstaller")


# -- building -------------------------------------------------------------------------------------


def tree_size(path: Path) -> int:
    """Bytes of the regular files under ``path`` (symbolic links count as nothing)."""
    total = 0
    for folder, _dirs, files in os.walk(path):
        for name in files:
            file = Path(folder, name)
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def _inputs_digest(full: bool) -> str:
    """What a build is made of: the recipe, the project's files, and the versions of Python,
    PyInstaller and every installed distribution."""
    digest = hashlib.sha256()
    sources = [
        *PACKAGING.glob("*.py"),
        SPEC,
        ROOT / "pyproject.toml",
        *ROOT.glob("resources/composer.*"),
        *ROOT.glob("translations/composer_*.ts"),
        *(p for p in ROOT.glob("composer/**/*") if "__pycache__" not in p.parts),
    ]
    for path in sorted(p for p in sources if p.is_file()):
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    installed = sorted(
        f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions()
    )
    signing = os.environ.get("COMPOSER_MACOS_SIGN_IDENTITY", "")
    digest.update(json.dumps([sys.version, installed, full, signing]).encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class Build:
    executable: Path  # the frozen app's executable
    bundle: Path  # the folder that ships (the .app on macOS)
    size: int  # bytes of the bundle
    seconds: float  # how long PyInstaller took; 0 when the last build was still current
    built: bool  # False when --if-stale found nothing changed


def compile_translations() -> None:
    """translations/*.ts into composer/translations/*.qm, as ``pip install`` compiles them
    (build_hooks/ts2qm.py): the recipe bundles that folder, and a checkout has none."""
    sys.path.insert(0, str(ROOT))
    try:
        from build_hooks.ts2qm import compile_file  # noqa: PLC0415
    finally:
        sys.path.remove(str(ROOT))
    out = ROOT / "composer" / "translations"
    out.mkdir(exist_ok=True)
    for ts in sorted((ROOT / "translations").glob("composer_*.ts")):
        compile_file(ts, out / (ts.stem + ".qm"))


def build(dist: Path, work: Path, *, full: bool = False, if_stale: bool = False) -> Build:
    compile_translations()
    info = bundle_info().read(ROOT)
    executable = info.frozen_executable(dist)
    bundle = info.bundle_path(dist)
    stamp = work / "composer-build.json"
    digest = _inputs_digest(full)
    if if_stale and executable.exists() and stamp.exists():
        recorded = json.loads(stamp.read_text(encoding="utf-8"))
        if recorded.get("digest") == digest and recorded.get("dist") == str(dist.resolve()):
            return Build(executable, bundle, tree_size(bundle), 0.0, built=False)
    ensure_pyinstaller()
    work.mkdir(parents=True, exist_ok=True)
    stamp.unlink(missing_ok=True)
    env = {**os.environ, "COMPOSER_BUNDLE_FULL": "1" if full else "0"}
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    started = time.monotonic()
    done = subprocess.run(command, env=env, cwd=ROOT, check=False)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {done.returncode}); its output is above")
    if not executable.exists():
        raise BuildError(f"PyInstaller finished but {executable} is not there")
    stamp.write_text(json.dumps({"digest": digest, "dist": str(dist.resolve())}), "utf-8")
    return Build(executable, bundle, tree_size(bundle), seconds, built=True)


# -- the smoke test -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Smoke:
    line: str  # "smoke test: category=… findings=… language=… keyring=…"
    seconds: float
    returncode: int
    stdout: str
    stderr: str

    @property
    def keyring(self) -> str:
        """What the line says of the keyring: a backend's name, or "none (why)"."""
        _, found, rest = self.line.partition(" keyring=")
        return rest if found else ""


def smoke_env(base: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a frozen smoke test: offscreen on Linux (CI has no display)."""
    env = dict(os.environ if base is None else base)
    if sys.platform.startswith("linux"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def smoke_test(
    executable: Path,
    *,
    env: dict[str, str] | None = None,
    wrapper: list[str] | None = None,
    check: bool = True,
) -> Smoke:
    """Run ``executable --smoke-test`` (behind ``wrapper``, e.g. a D-Bus session); with
    ``check``, raise BuildError unless it exits 0 and prints a complete line."""
    command = [*(wrapper or []), str(executable), "--smoke-test"]
    started = time.monotonic()
    try:
        done = subprocess.run(
            command,
            env=smoke_env(env),
            stdin=subprocess.DEVNULL,  # a windowed Windows app has no console to inherit
            capture_output=True,
            text=True,
            timeout=SMOKE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BuildError(f"the frozen smoke test did not finish in {SMOKE_TIMEOUT_S} s") from exc
    seconds = time.monotonic() - started
    lines = [line for line in done.stdout.splitlines() if line.startswith(SMOKE_PREFIX)]
    smoke = Smoke(lines[-1] if lines else "", seconds, done.returncode, done.stdout, done.stderr)
    if check:
        problems = []
        if done.returncode != 0:
            problems.append(f"exit status {done.returncode}")
        if "category=" not in smoke.line:
            problems.append("no check result in its output")
        elif not smoke.keyring:
            problems.append("its line does not say whether there is a keyring (keyring=…)")
        if problems:
            raise BuildError(
                f"the frozen smoke test failed: {'; '.join(problems)}\n"
                f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
            )
    return smoke


# -- packaging ------------------------------------------------------------------------------------


def package(result: Build, out: Path) -> list[Path]:
    """The installers of this platform, in ``out``."""
    module = bundle_info()
    info = module.read(ROOT)
    stem = f"{info.dist_name}-{info.version}-{module.platform_tag()}"
    out.mkdir(parents=True, exist_ok=True)
    if sys.platform == "win32":
        return [
            portable_zip(result.bundle, out / f"{stem}-portable.zip"),
            inno_setup(info, result, out, stem),
        ]
    if sys.platform == "darwin":
        return [macos_dmg(info, result.bundle, out / f"{stem}.dmg")]
    print(
        "AppImage: skipped. appimagetool is in neither Debian nor PyPI (the PyPI tools that "
        "make AppImages download it, or its runtime, from GitHub as they run); the folder "
        "bundle is shipped as a tarball instead.",
        flush=True,
    )
    return [linux_tarball(result.bundle, out / f"{stem}.tar.gz")]


def portable_zip(bundle: Path, target: Path) -> Path:
    target.unlink(missing_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                archive.write(path, Path(bundle.name) / path.relative_to(bundle))
    return target


def linux_tarball(bundle: Path, target: Path) -> Path:
    with tarfile.open(target, "w:gz") as archive:
        archive.add(bundle, arcname=bundle.name)
    return target


def find_iscc() -> Path:
    named = os.environ.get("ISCC")
    candidates = [Path(named)] if named else []
    on_path = shutil.which("iscc")
    if on_path:
        candidates.append(Path(on_path))
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        if os.environ.get(base):
            root = Path(os.environ[base])
            candidates += [
                root / "Inno Setup 6" / "ISCC.exe",
                root / "Programs" / "Inno Setup 6" / "ISCC.exe",
            ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise BuildError(
        "Inno Setup 6 was not found (ISCC.exe): install it (https://jrsoftware.org/isinfo.php, "
        "or `choco install innosetup`), or name its ISCC.exe in the ISCC variable"
    )


def inno_setup(info: Any, result: Build, out: Path, stem: str) -> Path:
    iscc = find_iscc()
    defines = {
        "AppName": info.app_name,
        "AppVersion": info.version,
        "ExeName": f"{info.exe_name}.exe",
        "SourceDir": str(result.bundle),
        "OutputDir": str(out),
        "OutputBaseFilename": f"{stem}-setup",
        "IconFile": str(ROOT / "resources" / "composer.ico"),
    }
    command = [str(iscc), "/Q", *(f"/D{k}={v}" for k, v in defines.items())]
    command.append(str(PACKAGING / "windows" / "composer.iss"))
    done = subprocess.run(command, check=False)
    if done.returncode != 0:
        raise BuildError(f"Inno Setup failed (exit {done.returncode}); its output is above")
    return out / f"{stem}-setup.exe"


def _run(command: list[str], what: str, *, show: bool = True) -> str:
    """Run ``command``; its standard output. ``show=False`` keeps it (and its arguments, which
    may hold a password) out of the log."""
    print(
        "+ " + (" ".join(command) if show else f"{command[0]} {command[1]} … ({what})"), flush=True
    )
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=False)
    if show and done.stdout:
        print(done.stdout, end="", flush=True)
    if done.returncode != 0:
        raise BuildError(f"{what} failed (exit {done.returncode})")
    return done.stdout


def notary_credentials() -> list[str] | None:
    """notarytool's credential options from the environment, or None when none are set."""
    profile = os.environ.get("COMPOSER_NOTARY_PROFILE")
    if profile:
        return ["--keychain-profile", profile]
    apple_id = os.environ.get("COMPOSER_NOTARY_APPLE_ID")
    team = os.environ.get("COMPOSER_NOTARY_TEAM_ID")
    password = os.environ.get("COMPOSER_NOTARY_PASSWORD")
    if apple_id and team and password:
        return ["--apple-id", apple_id, "--team-id", team, "--password", password]
    return None


def macos_dmg(info: Any, app: Path, target: Path) -> Path:
    identity = os.environ.get("COMPOSER_MACOS_SIGN_IDENTITY")
    if identity:
        _run(["codesign", "--verify", "--deep", "--strict", "--verbose=2", str(app)], "codesign")
    else:
        print(
            "macOS signing: skipped, COMPOSER_MACOS_SIGN_IDENTITY is not set. The .app is signed "
            "ad hoc: it runs here, but Gatekeeper blocks it on other Macs.",
            flush=True,
        )
    staging = target.parent / f"{target.stem}-dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    # ditto keeps the symbolic links and extended attributes inside the .app (and its signature).
    _run(["ditto", str(app), str(staging / app.name)], "copying the .app")
    (staging / "Applications").symlink_to("/Applications")
    target.unlink(missing_ok=True)
    volume = f"{info.app_name} {info.version}"
    _run(
        [
            "hdiutil",
            "create",
            "-volname",
            volume,
            "-srcfolder",
            str(staging),
            "-ov",
            "-format",
            "UDZO",
            str(target),
        ],
        "hdiutil",
    )
    shutil.rmtree(staging, ignore_errors=True)
    if not identity:
        print("macOS notarisation: skipped, the app is not signed with a Developer ID.")
        return target
    _run(["codesign", "--sign", identity, "--timestamp", str(target)], "signing the .dmg")
    credentials = notary_credentials()
    if credentials is None:
        print(
            "macOS notarisation: skipped, no notary credentials: set COMPOSER_NOTARY_PROFILE (a "
            "profile saved by `xcrun notarytool store-credentials`) or COMPOSER_NOTARY_APPLE_ID, "
            "COMPOSER_NOTARY_TEAM_ID and COMPOSER_NOTARY_PASSWORD (an app-specific password).",
            flush=True,
        )
        return target
    submitted = _run(
        ["xcrun", "notarytool", "submit", str(target), *credentials, "--wait",
         "--output-format", "json"],
        "notarisation",
        show=False,
    )  # fmt: skip
    outcome = json.loads(submitted)
    print(f"notarisation: {outcome.get('status')} ({outcome.get('id')})", flush=True)
    if outcome.get("status") != "Accepted":  # notarytool exits 0 for a rejected submission too
        log = ["xcrun", "notarytool", "log", str(outcome.get("id")), *credentials]
        print(_run(log, "the notarisation log", show=False), flush=True)
        raise BuildError(f"Apple's notary service did not accept {target.name}: see its log above")
    _run(["xcrun", "stapler", "staple", str(target)], "stapling")
    _run(["xcrun", "stapler", "validate", str(target)], "checking the staple")
    _run(
        [
            "spctl",
            "--assess",
            "--type",
            "open",
            "--context",
            "context:primary-signature",
            "--verbose",
            str(target),
        ],
        "Gatekeeper's assessment",
    )
    return target


# -- the command ----------------------------------------------------------------------------------


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="default: build/pyinstaller/",
    )
    parser.add_argument("--package", action="store_true", help="make this platform's installers")
    parser.add_argument("--if-stale", action="store_true", help="skip an up-to-date build")
    parser.add_argument("--full", action="store_true", help="no exclusions (to measure them)")
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument(
        "--smoke-test-only",
        type=Path,
        metavar="EXECUTABLE",
        help="build nothing: smoke-test this frozen app (e.g. the installed one)",
    )
    args = parser.parse_args(argv)
    try:
        if args.smoke_test_only:
            smoke = smoke_test(args.smoke_test_only)
            print(f"frozen {smoke.line} ({smoke.seconds:.1f} s)", flush=True)
            return 0
        result = build(args.dist, args.work, full=args.full, if_stale=args.if_stale)
        how = f"built in {result.seconds:.0f} s" if result.built else "up to date"
        print(f"bundle: {result.bundle} ({megabytes(result.size)}, {how})", flush=True)
        if not args.no_smoke:
            smoke = smoke_test(result.executable)
            print(f"frozen {smoke.line} ({smoke.seconds:.1f} s)", flush=True)
        if args.package:
            for made in package(result, args.dist):
                print(f"package: {made} ({megabytes(made.stat().st_size)})", flush=True)
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"build_bundle: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
