"""Shared test setup. Qt runs offscreen: CI machines have no display."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line speaks the user's language; the tests read its English.
os.environ["COMPOSER_LANGUAGE"] = "en"

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The catalogues of translations/ compiled as a build compiles them, and the app pointed
    at them (``COMPOSER_TRANSLATIONS``; child processes inherit it): the tests import composer
    from this checkout, which has no .qm files unless ``scripts/translations.py release`` made
    them."""
    from build_hooks.ts2qm import compile_file

    folder = tmp_path_factory.mktemp("translations")
    for ts in sorted((ROOT / "translations").glob("composer_*.ts")):
        compile_file(ts, folder / (ts.stem + ".qm"))
    previous = os.environ.get("COMPOSER_TRANSLATIONS")
    os.environ["COMPOSER_TRANSLATIONS"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("COMPOSER_TRANSLATIONS", None)
    else:
        os.environ["COMPOSER_TRANSLATIONS"] = previous


@pytest.fixture(autouse=True)
def no_translator_left_behind() -> Iterator[None]:
    """``composer.cli.main`` installs the catalogue of its language for the whole process; the
    next test starts from the source texts again, whatever ran before it."""
    yield
    from composer import i18n

    i18n.install(None)
