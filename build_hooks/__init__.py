"""Build steps of the package that setuptools alone does not do.

``BuildPy`` compiles the translation catalogues, ``translations/composer_<language>.ts``, into
``composer/translations/composer_<language>.qm`` in the build tree, so that ``pip install .``
and every wheel carry them while the repository keeps only the ``.ts`` sources. The compiler is
``build_hooks.ts2qm`` (pure Python, byte-identical to ``lrelease``): the isolated build
environment needs no Qt.

pyproject.toml: ``[tool.setuptools.cmdclass] build_py = "build_hooks.BuildPy"``. setuptools
loads this package from the project root; it is not installed. ``BuildPy`` is imported on
first use, so that the tests can import ``build_hooks.ts2qm`` without setuptools.

An editable install (``pip install -e .``) serves ``composer/`` from the checkout, where the
catalogues are compiled with ``python scripts/translations.py release``.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "BuildPy":
        from build_hooks.setuptools_build import BuildPy  # noqa: PLC0415 -- needs setuptools

        return BuildPy
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
