"""How fast is ``check()``, next to proselint on the same text, in the same run.

    python benchmarks/bench_check.py [--runs 300]

Prints a table: for a 2,000-character English text message, a 10,000-character HTML e-mail and
a 2,000-character German message, the median and 95th percentile of ``check()`` and of
proselint's ``lint`` on the same text, timed alternately (one of each per round) so that the
machine's noise hits both alike, and their ratio. Then, in a fresh process, the peak and
resident memory after the English dictionary is loaded and what each further language adds.

The messages are written for this benchmark (see ``messages.py``); they are realistic seller
mails with a few problems, so every detector has something to do.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from messages import english_text, german_text, html_email

from composer.policy import BodyFormat, CheckOptions, Message, check


def _proselint(text: str) -> Callable[[], object]:
    # Benchmark reference, not a dependency. Its checks register the way its command line
    # registers them; without this the registry is empty and lint() does nothing.
    from proselint.checks import __register__  # noqa: PLC0415
    from proselint.registry import CheckRegistry  # noqa: PLC0415
    from proselint.tools import LintFile  # noqa: PLC0415

    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    return lambda: LintFile("<bench>", text).lint()


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter_ns()
    fn()
    return (time.perf_counter_ns() - start) / 1e6


def _p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def bench_speed(runs: int) -> list[dict[str, object]]:
    options = CheckOptions()
    cases = [
        (
            "English text, 2,000 chars",
            Message(body=english_text(), subject="Order 302-4417865-2290147"),
        ),
        (
            "HTML e-mail, 10,000 chars",
            Message(
                body=html_email(),
                subject="Ihre Bestellung 028-1234567-7654321",
                format=BodyFormat.HTML,
            ),
        ),
        (
            "German text, 2,000 chars",
            Message(body=german_text(), subject="Bestellung 028-1234567-7654321"),
        ),
    ]
    rows = []
    for name, message in cases:
        ours = lambda m=message: check(m, options)  # noqa: E731
        theirs = _proselint(message.body)
        ours()  # warm-up: dictionaries, phrase packs and regexes load on first use
        theirs()
        a: list[float] = []
        b: list[float] = []
        for _ in range(runs):
            a.append(_timed(ours))
            b.append(_timed(theirs))
        rows.append(
            {
                "case": name,
                "chars": len(message.body),
                "check_median_ms": statistics.median(a),
                "check_p95_ms": _p95(a),
                "proselint_median_ms": statistics.median(b),
                "proselint_p95_ms": _p95(b),
                "ratio": statistics.median(a) / statistics.median(b),
                "findings": len(check(message, options).findings),
                "proselint_findings": len(theirs()),  # type: ignore[arg-type]
            }
        )
    return rows


_MEMORY_PROBE = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from messages import SAMPLES
def memory_mb():
    # (peak, resident now). VmHWM belongs to this process image; ru_maxrss would carry the
    # parent's peak over exec.
    found = {}
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(("VmHWM:", "VmRSS:")):
                    found[line[:5]] = int(line.split()[1]) / 1024
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak
    return found["VmHWM"], found["VmRSS"]
out = [("python", *memory_mb(), 0.0)]
t = time.perf_counter()
from composer.policy import Message, check
out.append(("import", *memory_mb(), time.perf_counter() - t))
for lang in sys.argv[2:]:
    t = time.perf_counter()
    check(Message(body=SAMPLES[lang], subject="Order 302-4417865-2290147"))
    out.append((lang, *memory_mb(), time.perf_counter() - t))
print(json.dumps(out))
"""
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")


def _probe(languages: tuple[str, ...]) -> list[tuple[str, float, float, float]]:
    """(step, peak MB, resident MB, seconds) of a fresh process checking a message in each of
    ``languages`` in turn."""
    here = str(Path(__file__).parent)
    proc = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, here, *languages],
        capture_output=True,
        text=True,
        check=True,
    )
    return [(str(step), float(a), float(b), float(c)) for step, a, b, c in json.loads(proc.stdout)]


def print_memory() -> None:
    """English first, in one process; then each further language in a fresh process on top of
    English, so that what one language frees cannot hide what the next one costs."""
    print("\nmemory (MB) and time of the first check, each language's dictionary and phrase")
    print("data loaded on first use (Polish has no dictionary)\n")
    print(f"{'step':28s} {'peak':>7s} {'resident':>9s} {'added':>7s} {'first check s':>14s}")
    base = _probe(("en",))
    previous = base[0][2]
    for step, peak, resident, seconds in base:
        label = {"import": "import composer.policy", "en": "+ en"}.get(step, step)
        print(f"{label:28s} {peak:7.1f} {resident:9.1f} {resident - previous:7.1f} {seconds:14.3f}")
        previous = resident
    english = base[-1][2]
    for language in LANGUAGES[1:]:
        _, peak, resident, seconds = _probe(("en", language))[-1]
        label = f"+ {language} (on top of en)"
        print(f"{label:28s} {peak:7.1f} {resident:9.1f} {resident - english:7.1f} {seconds:14.3f}")
    _, peak, resident, _ = _probe(LANGUAGES)[-1]
    print(f"{'all eight, one process':28s} {peak:7.1f} {resident:9.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()

    rows = bench_speed(args.runs)
    print(f"check() vs proselint lint, {args.runs} alternating rounds, milliseconds\n")
    print(
        f"{'input':28s} {'check median':>12s} {'p95':>7s} {'proselint median':>17s} {'p95':>7s}"
        f" {'ratio':>6s} {'findings':>9s}"
    )
    for r in rows:
        print(
            f"{r['case']:28s} {r['check_median_ms']:12.2f} {r['check_p95_ms']:7.2f} "
            f"{r['proselint_median_ms']:17.2f} {r['proselint_p95_ms']:7.2f} {r['ratio']:6.2f} "
            f"{r['findings']:4d}/{r['proselint_findings']:<4d}"
        )
    print("\nratio = check median / proselint median; findings = ours/proselint's")

    print_memory()
    return 0


if __name__ == "__main__":
    sys.exit(main())
