"""How long the window takes to start, next to a bare PySide6 window, in the same run.

    python benchmarks/bench_startup.py [--runs 7]

Each run starts a fresh Python process, alternately:

- **window**: ``composer --data-dir DIR`` (``composer.app.main``, through a small driver that
  only watches) on a scratch data folder whose store holds one draft, the 2,000-character
  English seller message of ``messages.seller_message``, saved beforehand. The app reopens the
  last draft at start, as after a crash, and checks it;
- **bare**: a ``QMainWindow`` with a ``QTextEdit`` in it, of the same size.

Times are from just before the process is spawned (so they include the interpreter's start and
every import) to: the window shown (the first frame of the top-level window painted: a
zero-delay timer queued by its first paint event has fired, or, if sooner, composer has started
opening the draft it queues behind that frame), the draft on screen (a frame after it is in the
editor) and, for the window, the first check results (``MainWindow.check_shown`` of the
reopened draft). The driver also marks when the imports are done and the window is built
(``show()`` called). Both processes run offscreen
(``QT_QPA_PLATFORM=offscreen``). At the first results the window process also reports its
resident memory (``VmRSS``) and its peak (``VmHWM``): start-up done, English loaded (the
dictionary and the phrase data the check of an English message loads). The bare process reports
the same once shown.

Printed: each run, then the medians, the ratio of the shown times and the targets (window
within 1.5x the bare one, first results within 1 s, resident memory under 200 MB).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from composer.services.store import Draft

HERE = Path(__file__).resolve().parent
TARGET_RATIO = 1.5
TARGET_RESULTS_S = 1.0
TARGET_RSS_MB = 200
TIMEOUT_MS = 30_000


def memory_mb() -> tuple[float, float]:
    """(VmRSS, VmHWM) of this process in MB."""
    found: dict[str, float] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(("VmRSS:", "VmHWM:")):
                found[line[:5]] = int(line.split()[1]) / 1024
    return found["VmRSS"], found["VmHWM"]


# -- the child processes ---------------------------------------------------------------------------


def _watch_first_frame(widget: QWidget, record: Callable[[str], None]) -> None:
    """Record "painting" when the first paint of ``widget`` (a top-level window) starts, and
    "shown" when that frame is done (a zero-delay timer queued then has fired)."""
    from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: PLC0415

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                record("painting")
                QTimer.singleShot(0, lambda: record("shown"))
            return False

    widget.installEventFilter(FirstPaint(widget))


def child_window(data_dir: str) -> int:
    """``composer --data-dir DIR``, watched: when the window is first painted and when the
    first check results are shown."""
    from composer import app  # noqa: PLC0415
    from composer.ui.main_window import MainWindow  # noqa: PLC0415

    marks: dict[str, float] = {"imported": time.monotonic()}

    def record(what: str) -> None:
        marks.setdefault(what, time.monotonic())

    show, load_draft = MainWindow.show, MainWindow.load_draft

    def watched_load_draft(window: MainWindow, draft: Draft) -> None:
        if "painting" in marks:
            # Queued by composer once the first frame was painted, before the benchmark's own
            # timer: the frame is done now.
            record("shown")
        load_draft(window, draft)

    def watched_show(window: MainWindow) -> None:
        # Only watches: the window and its start-up are composer's own, untouched.
        marks["built"] = time.monotonic()
        _watch_first_frame(window, record)
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        def first_results(_report: object) -> None:
            if "results" not in marks:
                record("results")
                marks["rss"], marks["hwm"] = memory_mb()
                window.close()  # app.exec() returns; composer closes its store and exits

        window.check_shown.connect(first_results)
        document = window.editor.document()
        if document.isEmpty():  # the draft comes later: when is it on screen?

            def draft_in() -> None:
                document.contentsChanged.disconnect(draft_in)
                QTimer.singleShot(0, lambda: record("draft"))  # after the frame that shows it

            document.contentsChanged.connect(draft_in)
        QTimer.singleShot(TIMEOUT_MS, window.close)
        show(window)

    MainWindow.load_draft = watched_load_draft  # type: ignore[method-assign, assignment]
    MainWindow.show = watched_show  # type: ignore[method-assign, assignment]
    status = app.main(["--data-dir", data_dir])
    print(json.dumps(marks))
    return status


def child_bare() -> int:
    """A QMainWindow with a QTextEdit, shown; exits after its first frame."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit  # noqa: PLC0415

    marks: dict[str, float] = {"imported": time.monotonic()}
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTextEdit(window))
    screen = window.screen().availableGeometry()  # sized as composer sizes its window
    window.resize(min(1100, screen.width() * 9 // 10), min(720, screen.height() * 9 // 10))

    def record(what: str) -> None:
        marks.setdefault(what, time.monotonic())
        marks["rss"], marks["hwm"] = memory_mb()
        window.close()

    _watch_first_frame(window, record)
    QTimer.singleShot(TIMEOUT_MS, window.close)
    marks["built"] = time.monotonic()
    window.show()
    app.exec()
    print(json.dumps(marks))
    return 0


# -- the parent ------------------------------------------------------------------------------------


def scratch_with_draft(folder: Path) -> None:
    """A data folder whose store holds the benchmark message as the last draft."""
    sys.path.insert(0, str(HERE))
    from messages import seller_message  # noqa: PLC0415

    from composer.policy import Channel  # noqa: PLC0415
    from composer.services.sanitize import text_to_html  # noqa: PLC0415
    from composer.services.store import Draft, Store  # noqa: PLC0415

    store = Store(folder / "composer.sqlite3")
    store.save_draft(
        Draft(
            id=None,
            name="",
            subject="Your engraving: order 302-4417865-2290147",
            body_html=text_to_html(seller_message()).html,
            order_id="302-4417865-2290147",
            order_date=date(2026, 11, 2),
            buyer_language="en",
            marketplace="amazon.co.uk",
            channel=Channel.EMAIL,
        )
    )
    store.close()


def spawn(kind: str) -> dict[str, float]:
    """Start a child; its marks in seconds from just before the spawn."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as folder:
        args = [sys.executable, str(Path(__file__).resolve()), "--child", kind]
        if kind == "window":
            scratch_with_draft(Path(folder))
            args.append(folder)
        start = time.monotonic()
        done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
        end = time.monotonic()
    if done.returncode != 0:
        raise RuntimeError(f"{kind} child failed ({done.returncode}):\n{done.stderr}")
    marks = json.loads(done.stdout.strip().splitlines()[-1])
    out = {k: v - start for k, v in marks.items() if k not in ("rss", "hwm", "painting")}
    if kind == "window":  # the draft is on screen with the window, or a frame or two later
        out["draft"] = max(out["shown"], out.get("draft", 0.0))
    out["exit"] = end - start
    out["rss"], out["hwm"] = marks["rss"], marks["hwm"]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        return child_window(rest[0]) if kind == "window" else child_bare()

    # An installed app runs from bytecode (pip compiles it at install, PyInstaller bundles
    # it); a checkout may have none (PYTHONDONTWRITEBYTECODE), and compiling composer's
    # sources in every run would be measured as start-up. PySide6's is compiled already.
    compileall.compile_dir(HERE.parent / "composer", quiet=1)
    spawn("bare")  # warm the page cache for both, unmeasured
    spawn("window")
    runs: dict[str, list[dict[str, float]]] = {"bare": [], "window": []}
    nan = float("nan")
    print("seconds from spawn; MB   imported  built  shown  draft results  exit   VmRSS  VmHWM")
    for i in range(args.runs):
        for kind in ("bare", "window"):
            m = spawn(kind)
            runs[kind].append(m)
            print(
                f"{kind:6s} #{i + 1:<2d}            {m['imported']:6.3f} {m['built']:6.3f} "
                f"{m['shown']:6.3f} {m.get('draft', nan):6.3f} {m.get('results', nan):6.3f} "
                f"{m['exit']:6.3f} {m['rss']:6.1f} {m['hwm']:6.1f}"
            )

    def med(kind: str, key: str) -> float:
        return statistics.median(m[key] for m in runs[kind])

    bare_shown, window_shown = med("bare", "shown"), med("window", "shown")
    rows = [
        ("process start to window shown (s)", f"{bare_shown:7.3f}", f"{window_shown:7.3f}", ""),
        ("  window / bare", "", f"{window_shown / bare_shown:7.2f}", f"< {TARGET_RATIO}"),
        ("process start to the draft shown (s)", "", f"{med('window', 'draft'):7.3f}", ""),
        (
            "process start to first results (s)",
            "",
            f"{med('window', 'results'):7.3f}",
            f"< {TARGET_RESULTS_S}",
        ),
        (
            "resident memory, VmRSS (MB)",
            f"{med('bare', 'rss'):7.1f}",
            f"{med('window', 'rss'):7.1f}",
            f"< {TARGET_RSS_MB}",
        ),
        (
            "peak resident, VmHWM (MB)",
            f"{med('bare', 'hwm'):7.1f}",
            f"{med('window', 'hwm'):7.1f}",
            "",
        ),
    ]
    print(
        f"\n{'medians of ' + str(args.runs) + ' runs each':38s} {'bare':>7s} {'window':>7s}  target"
    )
    for name, bare, window, target in rows:
        print(f"{name:38s} {bare:>7s} {window:>7s}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
