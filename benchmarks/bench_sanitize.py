"""How fast is the sanitizer, next to BeautifulSoup's ``get_text()`` on the same input, in the
same run.

    python benchmarks/bench_sanitize.py [--runs 21] [--big-runs 3]

The input is Word's clipboard HTML (``tests/services/pasted/word.html``: its head with the style
sheet and conditional comments once, then its body repeated) cut to 100 KB, to the paste limit
(``MAX_PASTE_CHARS``) and to 10 MB. For each, the median of ``sanitize_html`` (no size limit, so
the 10 MB one is measured too) and of ``BeautifulSoup(html, "html.parser").get_text()``, run
alternately so that the machine's noise hits both alike. BeautifulSoup only extracts the text;
the sanitizer also keeps the structure and reports what it drops. Last, how long the refusal
of a 10 MB paste takes with the default limit: what the window waits before it can say so.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from bs4 import BeautifulSoup

from composer.services.sanitize import MAX_PASTE_CHARS, SanitizeError, sanitize_html

WORD = Path(__file__).parent.parent / "tests" / "services" / "pasted" / "word.html"


def word_html(size: int) -> str:
    """Word's clipboard HTML of about ``size`` characters."""
    source = WORD.read_text(encoding="utf-8")
    head, rest = source.split("<!--StartFragment-->")
    body = rest.split("<!--EndFragment-->")[0]
    parts = [head, "<!--StartFragment-->"]
    length = sum(map(len, parts))
    while length < size:
        parts.append(body)
        length += len(body)
    parts.append("<!--EndFragment-->\n</body>\n</html>\n")
    return "".join(parts)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def bench(html: str, runs: int) -> tuple[float, float]:
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(runs):
        ours.append(_timed(lambda: sanitize_html(html, limit=None)))
        theirs.append(_timed(lambda: BeautifulSoup(html, "html.parser").get_text()))
    return statistics.median(ours), statistics.median(theirs)


def refusal(html: str, runs: int) -> float:
    def refuse() -> None:
        try:
            sanitize_html(html)
        except SanitizeError:
            return
        raise AssertionError("not refused")

    return statistics.median(_timed(refuse) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=21, help="rounds for the smaller inputs")
    parser.add_argument("--big-runs", type=int, default=3, help="rounds for the 10 MB input")
    args = parser.parse_args()

    cases = [
        ("Word HTML, 100 KB", word_html(100_000), args.runs),
        (f"Word HTML, {MAX_PASTE_CHARS:,} chars (the limit)", word_html(MAX_PASTE_CHARS), 5),
        ("Word HTML, 10 MB", word_html(10_000_000), args.big_runs),
    ]
    print(f"{'input':<42} {'sanitize_html':>14} {'bs4 get_text':>14} {'ratio':>6}  per MB")
    for name, html, runs in cases:
        ours, theirs = bench(html, runs)
        per_mb = ours / (len(html) / 1_000_000)
        print(f"{name:<42} {_ms(ours):>14} {_ms(theirs):>14} {ours / theirs:>6.2f}  {_ms(per_mb)}")
    big = cases[-1][1]
    print(f"refusing the 10 MB paste (default limit): {refusal(big, args.runs) * 1e6:.1f} µs")


if __name__ == "__main__":
    main()
