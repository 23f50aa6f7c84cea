"""Names, version and paths of the frozen app, read from ``pyproject.toml``.

One place for what the PyInstaller recipe (``composer.spec``) and the build script
(``scripts/build_bundle.py``) must agree on: what the app is called, where its executable lands,
what the installers are named. Loaded by file path (this folder is not a package: a package
named ``packaging`` would shadow the PyPI library of that name, which PyInstaller imports).
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BundleInfo:
    dist_name: str  # "composer-amazon": the distribution, and the installers' file names
    version: str  # "0.1.0"
    script: str  # "composer": the console script, and the executable's name on Linux
    description: str

    @property
    def app_name(self) -> str:
        """What the user sees: the window, the Start menu, the .app ("Composer")."""
        return self.script.capitalize()

    @property
    def exe_name(self) -> str:
        """The executable and the bundle folder: ``Composer`` on Windows and macOS (as the app
        is called there), ``composer`` on Linux (as commands are)."""
        return self.script if sys.platform.startswith("linux") else self.app_name

    @property
    def bundle_id(self) -> str:
        """macOS CFBundleIdentifier (reverse DNS; also the keychain's and notary's key)."""
        return f"com.{self.dist_name}.{self.script}"

    @property
    def version_tuple(self) -> tuple[int, int, int, int]:
        """The numeric part of the version, four fields, for Windows' version resource."""
        numbers = [int(n) for n in re.findall(r"\d+", self.version.split("+")[0])]
        padded = [*numbers[:4], 0, 0, 0, 0]
        return padded[0], padded[1], padded[2], padded[3]

    def frozen_executable(self, distpath: Path) -> Path:
        """The app's executable inside ``distpath`` after a build."""
        if sys.platform == "darwin":
            return distpath / f"{self.app_name}.app" / "Contents" / "MacOS" / self.exe_name
        suffix = ".exe" if sys.platform == "win32" else ""
        return distpath / self.exe_name / f"{self.exe_name}{suffix}"

    def bundle_path(self, distpath: Path) -> Path:
        """The folder that is shipped: the one-folder bundle, or the .app on macOS."""
        if sys.platform == "darwin":
            return distpath / f"{self.app_name}.app"
        return distpath / self.exe_name


def read(root: Path = ROOT) -> BundleInfo:
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    scripts = project.get("scripts", {})
    script = next((name for name, target in scripts.items() if target == "composer.app:main"), "")
    return BundleInfo(
        dist_name=project["name"],
        version=project["version"],
        script=script or "composer",
        description=project.get("description", ""),
    )


def platform_tag() -> str:
    """``windows-x64``, ``macos-arm64``, ``linux-x86_64``…: for the installers' file names."""
    import platform  # noqa: PLC0415

    machine = platform.machine().lower()
    if sys.platform == "win32":
        return "windows-" + {"amd64": "x64", "x86_64": "x64", "arm64": "arm64"}.get(
            machine, machine
        )
    if sys.platform == "darwin":
        return "macos-" + machine
    return f"linux-{machine}"
