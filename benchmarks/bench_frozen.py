"""The packaged app next to the same app run from the virtual environment: start-up and memory.

    python benchmarks/bench_frozen.py [--runs 7] [--executable PATH]

The frozen app is the bundle ``scripts/build_bundle.py`` builds into ``build/test-bundle/`` (as
``tests/test_packaging.py`` does; reused while nothing it is made of has changed), or the
executable given. Each run starts a fresh process, frozen and venv alternately, of:

- **window**: ``composer --smoke-test``: the window opens (offscreen on Linux), loads the
  sample message, checks it, prints its line and exits. Timed from just before the spawn to
  the line arriving on the pipe (start-up, the first check included) and to the exit;
- **check**: ``composer check`` of one example message: the command line, no Qt.

The venv runs are ``python -m composer`` from bytecode (compiled first, as an installed app
is); the frozen ones the bundle's executable. Peak resident memory is each child's
``ru_maxrss``. Printed: each run, then the medians side by side. The session bus is hidden from
the children, so both say at once that there is no keyring instead of asking D-Bus.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "review-with-coupon.txt"


def _build_bundle():  # -> the scripts/build_bundle.py module
    spec = importlib.util.spec_from_file_location("build_bundle", ROOT / "scripts/build_bundle.py")
    if spec is None or spec.loader is None:
        raise SystemExit("cannot load scripts/build_bundle.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_bundle"] = module
    spec.loader.exec_module(module)
    return module


def run(command: list[str], env: dict[str, str], marker: str | None) -> dict[str, float]:
    """Seconds to the first output line starting with ``marker`` (without one: to the exit)
    and to the exit; peak resident MB."""
    start = time.monotonic()
    child = subprocess.Popen(
        command,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    seen: float | None = None
    for line in child.stdout:
        if marker and seen is None and line.startswith(marker):
            seen = time.monotonic() - start
    _, status, usage = os.wait4(child.pid, 0)
    end = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # composer check exits 1 on a forbidden message
        raise RuntimeError(f"{command} exited {code}")
    peak_kb = usage.ru_maxrss / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS
    return {"result": end if seen is None else seen, "exit": end, "peak": peak_kb / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--executable", type=Path, help="the frozen app (default: build it)")
    args = parser.parse_args()

    build_bundle = _build_bundle()
    if args.executable:
        frozen, size = args.executable, None
    else:
        built = build_bundle.build(
            ROOT / "build/test-bundle/dist", ROOT / "build/test-bundle/work", if_stale=True
        )
        frozen, size = built.executable, built.size
    compileall.compile_dir(ROOT / "composer", quiet=1)
    env = build_bundle.smoke_env(
        {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "PYTHON_KEYRING"))}
    )
    apps = {"frozen": [str(frozen)], "venv": [sys.executable, "-m", "composer"]}
    tasks = {
        "window": (["--smoke-test"], "smoke test:"),
        "check": (["check", str(EXAMPLE)], None),
    }
    for app in apps.values():  # warm the page cache, unmeasured
        for task_args, marker in tasks.values():
            run([*app, *task_args], env, marker)

    results: dict[tuple[str, str], list[dict[str, float]]] = {}
    print("seconds from spawn; MB            result    exit    peak RSS")
    for i in range(args.runs):
        for task, (task_args, marker) in tasks.items():
            for name, app in apps.items():
                m = run([*app, *task_args], env, marker)
                results.setdefault((task, name), []).append(m)
                print(
                    f"{task:6s} {name:6s} #{i + 1:<2d}             {m['result']:7.3f} "
                    f"{m['exit']:7.3f} {m['peak']:8.1f}"
                )

    def med(task: str, name: str, key: str) -> float:
        return statistics.median(m[key] for m in results[(task, name)])

    print(f"\nmedians of {args.runs} runs each{'':19s} frozen    venv")
    rows = [
        ("window: start to check result (s)", "window", "result", "7.3f"),
        ("window: start to exit (s)", "window", "exit", "7.3f"),
        ("window: peak resident memory (MB)", "window", "peak", "7.1f"),
        ("check one file: start to exit (s)", "check", "exit", "7.3f"),
        ("check one file: peak resident (MB)", "check", "peak", "7.1f"),
    ]
    for label, task, key, fmt in rows:
        frozen_value, venv_value = med(task, "frozen", key), med(task, "venv", key)
        print(f"{label:42s} {frozen_value:{fmt}} {venv_value:{fmt}}")
    if size is not None:
        print(f"{'bundle size (MB)':42s} {size / 1e6:7.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
