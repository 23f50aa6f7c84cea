"""How long saving a draft takes, next to plain ``sqlite3`` writing the same row, in one run.

    python benchmarks/bench_store.py [--runs 1000] [--dir FOLDER]

The window saves the open draft on the UI thread about a second after a keystroke, so a save
must take well under a frame (16 ms). For a 2,000-character draft this prints the median and
95th percentile of:

- ``Store.save_draft`` of a new draft (an INSERT) and of the open draft again (an UPDATE, what
  autosave does), each beside plain ``sqlite3`` executing the same statement with the same row
  on a file with the same settings (WAL, synchronous=NORMAL) and committing: what the store
  adds (its transaction, the save order, the checks on the values);
- plain ``sqlite3`` inserts of that row under the settings the store did not choose:
  synchronous=FULL in WAL mode, and SQLite's defaults (a rollback journal, synchronous=FULL),
  which both wait for the disk at every commit.

Operations alternate within each round, so the machine's noise hits all alike. Each writes its
own file in FOLDER (default: a temporary folder); put it on the disk the data folder is on, as
fsync on a RAM disk costs nothing.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from functools import partial
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from messages import english_text

from composer.policy import Channel
from composer.services.store import Draft, Store

COLUMNS = (
    "name, subject, body_html, order_id, order_date, delivery_date, buyer_language, "
    "marketplace, channel, reply_to_buyer, message_type, updated_at, saved_seq"
)
INSERT = f"INSERT INTO drafts ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
UPDATE = (
    "UPDATE drafts SET name = ?, subject = ?, body_html = ?, order_id = ?, order_date = ?,"
    " delivery_date = ?, buyer_language = ?, marketplace = ?, channel = ?, reply_to_buyer = ?,"
    " message_type = ?, updated_at = ?, saved_seq = ? WHERE id = ?"
)


def draft_body(length: int = 2_000) -> str:
    """The benchmark's English seller message as the editor's HTML, ``length`` characters."""
    html = "".join(f"<p>{escape(p)}</p>" for p in english_text().split("\n") if p)
    while len(html) < length:
        html += html
    return html[: length - 4] + "</p>"


def plain_file(path: Path, journal: str, synchronous: str) -> sqlite3.Connection:
    """A file with the store's drafts table, opened with plain sqlite3."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute(f"PRAGMA synchronous = {synchronous}")
    Store.migrations[0](conn)
    conn.commit()
    return conn


def row(draft: Draft, seq: int) -> tuple[object, ...]:
    return (
        draft.name,
        draft.subject,
        draft.body_html,
        draft.order_id,
        draft.order_date.isoformat() if draft.order_date else None,
        draft.delivery_date.isoformat() if draft.delivery_date else None,
        draft.buyer_language,
        draft.marketplace,
        str(draft.channel),
        int(draft.reply_to_buyer),
        draft.message_type,
        datetime.now(UTC).isoformat(),
        seq,
    )


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter_ns()
    fn()
    return (time.perf_counter_ns() - start) / 1e6


def p95(values: list[float]) -> float:
    return sorted(values)[int(0.95 * (len(values) - 1))]


def run(folder: Path, runs: int) -> dict[str, list[float]]:
    body = draft_body()
    draft = Draft(
        id=None,
        name="Engraving question",
        subject="Your order 302-4417865-2290147: the engraving",
        body_html=body,
        order_id="302-4417865-2290147",
        order_date=date(2026, 11, 2),
        delivery_date=date(2026, 11, 9),
        buyer_language="en-GB",
        marketplace="amazon.co.uk",
        channel=Channel.EMAIL,
        message_type="confirmCustomizationDetails",
    )
    store = Store(folder / "store.sqlite3")
    open_draft = store.save_draft(draft)
    wal_normal = plain_file(folder / "wal-normal.sqlite3", "WAL", "NORMAL")
    wal_normal.execute(INSERT, row(draft, 1))
    wal_normal.commit()
    wal_full = plain_file(folder / "wal-full.sqlite3", "WAL", "FULL")
    defaults = plain_file(folder / "defaults.sqlite3", "DELETE", "FULL")

    def typed(n: int) -> Draft:
        # What a second of typing changes: a few characters, the length about the same.
        return replace(draft, body_html=f"{body[:-14]}{n:010d}</p>")

    def plain_insert(conn: sqlite3.Connection, n: int) -> None:
        conn.execute(INSERT, row(typed(n), n))
        conn.commit()

    def plain_update(n: int) -> None:
        wal_normal.execute(UPDATE, (*row(typed(n), n), 1))
        wal_normal.commit()

    operations: dict[str, Callable[[int], object]] = {
        "store insert": lambda n: store.save_draft(typed(n)),
        "plain insert": lambda n: plain_insert(wal_normal, n),
        "store update": lambda n: store.save_draft(replace(typed(n), id=open_draft.id)),
        "plain update": plain_update,
        "plain insert, WAL + FULL": lambda n: plain_insert(wal_full, n),
        "plain insert, SQLite defaults": lambda n: plain_insert(defaults, n),
    }
    times: dict[str, list[float]] = {name: [] for name in operations}
    for n in range(2, runs + 2):
        for name, operation in operations.items():
            times[name].append(timed(partial(operation, n)))
    store.close()
    for conn in (wal_normal, wal_full, defaults):
        conn.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--dir", type=Path, help="folder for the files (default: a temporary one)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-store-", dir=args.dir))
    try:
        times = run(folder, args.runs)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    def cell(name: str) -> str:
        return f"{statistics.median(times[name]):.3f} ms | {p95(times[name]):.3f} ms"

    print(f"Saving a {len(draft_body()):,}-character draft, {args.runs} rounds, in {folder.parent}")
    print()
    print("| save | Store median | p95 | plain sqlite3 median | p95 | ratio |")
    print("|---|---|---|---|---|---|")
    for label, ours, theirs in (
        ("new draft (INSERT)", "store insert", "plain insert"),
        ("autosave of the open draft (UPDATE)", "store update", "plain update"),
    ):
        ratio = statistics.median(times[ours]) / statistics.median(times[theirs])
        print(f"| {label} | {cell(ours)} | {cell(theirs)} | {ratio:.2f} |")
    print()
    print("| plain sqlite3 insert | median | p95 |")
    print("|---|---|---|")
    print(f"| WAL, synchronous=NORMAL (the store's choice) | {cell('plain insert')} |")
    for name in ("plain insert, WAL + FULL", "plain insert, SQLite defaults"):
        label = {
            "plain insert, WAL + FULL": "WAL, synchronous=FULL",
            "plain insert, SQLite defaults": "rollback journal, synchronous=FULL (defaults)",
        }[name]
        print(f"| {label} | {cell(name)} |")


if __name__ == "__main__":
    main()
