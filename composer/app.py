"""``composer``: the window, or, with a command (``composer check …``), the command line.

The command line must start without Qt, so this module imports PySide6 only on the way to the
window. ``composer --smoke-test`` opens the window (offscreen-capable), loads a sample message,
waits for its checks, prints one line and exits 0; the packaged app is tested with it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from composer.policy import Report
    from composer.services.store import Store
    from composer.ui.main_window import MainWindow

from composer.i18n import Context

SMOKE_TIMEOUT_MS = 30_000
App = Context("App")  # the messages before the window (marked for lupdate as "App")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (not args[0].startswith("-") or args[0] in ("-h", "--help", "--version")):
        from composer.cli import main as cli_main  # noqa: PLC0415

        return cli_main(args)
    return run_window(args)


def _window_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="composer",
        description=App.tr("Open the Composer window (composer check … runs the checker instead)."),
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help=App.tr("open the window on a sample message, print its check and exit"),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=App.tr(
            "keep drafts, templates, the dictionary, settings and seller accounts here "
            "(default: your user data and config folders; secrets stay in the system keyring)"
        ),
    )
    return parser


def run_window(args: Sequence[str]) -> int:
    options = _window_parser().parse_args(args)
    from PySide6.QtCore import QSettings  # noqa: PLC0415 - only the window needs Qt
    from PySide6.QtGui import QIcon  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415

    from composer.services.store import Store  # noqa: PLC0415
    from composer.spelling import UserDictionary  # noqa: PLC0415
    from composer.ui.language import LanguageService  # noqa: PLC0415
    from composer.ui.main_window import MainWindow  # noqa: PLC0415

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Composer")
    app.setOrganizationName("Composer")
    app.setWindowIcon(QIcon(str(Path(__file__).with_name("ui") / "data" / "composer.png")))

    with _smoke_folder(options.smoke_test) as scratch:
        data_dir: Path = scratch or options.data_dir or Store.default_path().parent
        accounts: Path | None = None
        if options.data_dir or options.smoke_test:
            settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
            accounts = data_dir / "accounts.json"  # never the user's real accounts
        else:
            settings = QSettings()
        # The language first (a few ms: two small catalogues), so that every text, the
        # messages below included, is built in it.
        language = LanguageService(settings, parent=app)
        language.start()
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
            store = open_store(data_dir / "composer.sqlite3")
        except OSError as exc:
            QMessageBox.critical(
                None, "Composer", App.tr("Composer cannot keep drafts: {error}").format(error=exc)
            )
            return 1
        if store is None:
            return 1
        window = MainWindow(
            store,
            UserDictionary(data_dir / "dictionary.txt"),
            settings,
            accounts_path=accounts,
            language=language,
        )
        try:
            if options.smoke_test:
                return _smoke_test(app, window)
            window.show()
            _after_first_frame(window, window.resume_outbox)  # what waits to be sent goes out
            last = store.last_draft_id()
            if last is not None:  # after a crash too: where it was left
                _after_first_frame(window, lambda: window.load_draft(store.draft(last)))
            else:  # its check would load the engine; without one, load it before any typing
                _after_first_frame(window, window.warm_up)
            return app.exec()
        finally:
            store.close()


@contextmanager
def _smoke_folder(wanted: bool) -> Iterator[Path | None]:
    """A throwaway data folder for the smoke test, removed after it; None for a real start,
    which made (and removed) an unused one before."""
    if not wanted:
        yield None
        return
    import tempfile  # noqa: PLC0415

    with tempfile.TemporaryDirectory(prefix="composer-smoke-") as scratch:
        yield Path(scratch)


def _after_first_frame(window: QWidget, action: Callable[[], None]) -> None:
    """Run ``action`` once ``window`` has painted its first frame.

    Opening a draft checks it, and the first check of a language loads its dictionary on the
    worker: while that holds the GIL (json.loads of a few MB) the window cannot paint, and it
    appeared only after it (benchmarks/bench_startup.py: 0.45 s after the process started
    instead of 0.30 s). The draft comes a frame after the window instead."""
    from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: PLC0415

    class FirstFrame(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, action)  # queued behind the rest of this frame
            return False

    window.installEventFilter(FirstFrame(window))


def _smoke_test(app: QApplication, window: MainWindow) -> int:
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    outcome: list[Report] = []

    def finish(report: Report) -> None:
        outcome.append(report)
        window.close()

    from importlib import resources  # noqa: PLC0415

    window.check_shown.connect(finish)
    window.show()
    sample = resources.files("composer.ui") / "data" / "sample_message.html"
    window.subject.setText("Your engraving – order 302-4417865-2290147")
    window.editor.set_body_html(sample.read_text(encoding="utf-8"))
    QTimer.singleShot(SMOKE_TIMEOUT_MS, window.close)
    app.exec()
    if not outcome:
        print("smoke test: no check result within 30 s", file=sys.stderr)
        return 1
    report = outcome[0]
    print(
        f"smoke test: category={report.category.value} findings={len(report.findings)} "
        f"language={report.language} keyring={_keyring_status()}"
    )
    return 0


def _keyring_status() -> str:
    """The keyring backend Composer would keep secrets in, or ``none (why)``: in the packaged
    app this shows that keyring's backends were bundled and found."""
    from composer.services.credentials import Credentials, CredentialsError  # noqa: PLC0415

    try:
        return Credentials().backend_name
    except CredentialsError as exc:
        return f"none ({exc.message})"


def open_store(path: Path) -> Store | None:
    """The store at ``path``; when it cannot be read, offer to set it aside and start afresh
    (the old file is kept under a dated name). None if the user declines."""
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    from composer.services.store import Store, StoreError  # noqa: PLC0415

    try:
        return Store(path)
    except StoreError as exc:
        if not exc.fresh_start_helps:  # locked by another Composer: its data is good
            QMessageBox.critical(
                None,
                "Composer",
                App.tr("The drafts database cannot be opened: {error}").format(error=exc),
            )
            return None
        answer = QMessageBox.question(
            None,
            "Composer",
            App.tr(
                "The drafts database cannot be opened: {error}\n\nSet it aside (it is kept, "
                "renamed) and start with an empty one?"
            ).format(error=exc),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        kept = Store.set_aside(path)
        QMessageBox.information(
            None, "Composer", App.tr("The old database was kept as {path}.").format(path=kept)
        )
        return Store(path)
