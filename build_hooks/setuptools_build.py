"""The ``build_py`` command that also compiles the translation catalogues (see the package)."""

from __future__ import annotations

from pathlib import Path

from setuptools.command.build_py import build_py  # type: ignore[import-untyped,unused-ignore]

from build_hooks.ts2qm import compile_file

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "translations"
TARGET = ("composer", "translations")  # package-relative folder of the compiled catalogues


def catalogues() -> list[Path]:
    return sorted(SOURCES.glob("composer_*.ts"))


class BuildPy(build_py):  # type: ignore[misc,unused-ignore]
    """``build_py`` that also compiles the translation catalogues into the build tree."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # the checkout is the package: see build_hooks/__init__.py
        for qm in self._compiled():
            ts = SOURCES / (qm.stem + ".ts")
            self.announce(f"compiling {ts.name} -> {qm}", level=2)
            compile_file(ts, qm)

    def _compiled(self) -> list[Path]:
        folder = Path(self.build_lib, *TARGET)
        return [folder / (ts.stem + ".qm") for ts in catalogues()]

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not self.editable_mode:
            outputs += [str(path) for path in self._compiled()]
        return outputs
