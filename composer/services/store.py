"""The one SQLite database the window keeps its drafts, templates and ignored findings in.

A crash must lose at most the last second of typing: the window saves the open draft at most
about a second after a keystroke, and every save here is one transaction in a write-ahead log,
so whatever ``save_draft`` returned from survives the process being killed, and a save that was
cut short leaves the previous version whole.

Every way the file can be wrong (damaged, not a database, written by a newer Composer, locked by
another program, unreadable, on a full disk) ends in ``StoreError``: one line a person can act
on, and a ``kind`` the window uses to decide whether to offer a fresh file (``set_aside`` keeps
the bad one under a dated name).

Threads: a ``Store`` belongs to the thread that opened it (the window's UI thread). The
connection keeps sqlite3's ``check_same_thread`` guard, so a worker thread that touches it
fails at once with ``sqlite3.ProgrammingError`` instead of interleaving its statements with a
save in progress. Checks run on workers and never need the store: the window hands them the
text and the ignores as values. The outbox is different: the window lists it on the UI thread
while a worker sends, so it opens its own ``Store(path, threads=True)``, whose statements any
thread may run, one transaction at a time (a lock serialises them; each is milliseconds).

The schema is versioned with ``PRAGMA user_version``; ``Store.migrations`` holds one function
per version step. Version 2 added the outbox's tables (``composer.services.outbox`` reads and
writes them through ``reading`` and ``writing``).
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, Self

from composer.i18n import QT_TRANSLATE_NOOP, Context, translate
from composer.policy import Channel

# "Cmps": marks the file as Composer's, so that another program's SQLite file given by mistake
# is refused instead of having our tables added to it.
APPLICATION_ID = 0x436D7073
SQLITE_HEADER = b"SQLite format 3\x00"
TEMPLATE_FORMAT = "composer-templates"

# The store's errors in the interface's language (lupdate reads the context from this name).
# ``Store.reading``/``writing`` take the caller's words for "Could not …", translated already.
StoreWords = Context("StoreWords")
TEMPLATE_FORMAT_VERSION = 1
# A template file holds messages of a few kilobytes each; a team's set is a few hundred.
MAX_TEMPLATE_FILE_BYTES = 10 * 1024 * 1024
MAX_TEMPLATE_NAME = 200
MAX_TEMPLATE_SUBJECT = 1000
MAX_TEMPLATE_BODY = 500_000

Migration = Callable[[sqlite3.Connection], None]


class StoreProblem(StrEnum):
    """What is wrong with the database, so the window knows what it may offer."""

    LOCKED = "locked"
    DAMAGED = "damaged"
    NOT_A_DATABASE = "not-a-database"
    NEWER_SCHEMA = "newer-schema"
    UPGRADE_FAILED = "upgrade-failed"
    UNREADABLE = "unreadable"
    READ_ONLY = "read-only"
    DISK_FULL = "disk-full"
    CLOSED = "closed"


class StoreError(Exception):
    """The database cannot be used; str() is a one-line reason a person can act on."""

    def __init__(self, message: str, *, kind: StoreProblem, path: Path | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path

    @property
    def fresh_start_helps(self) -> bool:
        """Whether setting the file aside and starting an empty one fixes this. Not for a
        locked file (the other program is using good data), a full disk or a permission
        problem (a new file would fail the same way)."""
        return self.kind in {
            StoreProblem.DAMAGED,
            StoreProblem.NOT_A_DATABASE,
            StoreProblem.NEWER_SCHEMA,
            StoreProblem.UPGRADE_FAILED,
        }


class TemplateFileError(Exception):
    """A template file that cannot be imported or written; str() is the reason. Nothing was
    imported. Separate from StoreError: a bad file says nothing about the database."""


@dataclass(frozen=True, slots=True)
class Draft:
    """A message being written, with the order fields beside it."""

    id: int | None  # None until first saved
    name: str  # shown in the drafts list; "" means "untitled" (the window names it)
    subject: str
    body_html: str  # the editor's Amazon-safe HTML fragment
    order_id: str = ""
    order_date: date | None = None
    delivery_date: date | None = None
    buyer_language: str = ""  # "de-DE", "fr", ...
    marketplace: str = ""  # "amazon.de", ...
    channel: Channel = Channel.EMAIL
    reply_to_buyer: bool = False
    message_type: str = ""  # SP-API message type id, "" for none
    updated_at: datetime | None = None  # set by the store (UTC, aware)


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """One line of the drafts list."""

    id: int
    name: str
    subject: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Template:
    """A reusable message with placeholders (see ``composer.services.templates``)."""

    id: int | None
    name: str
    subject: str
    body_html: str
    updated_at: datetime | None = None


def _schema_1(conn: sqlite3.Connection) -> None:
    """Drafts, templates and ignores.

    saved_seq orders drafts by save, not by clock: Windows' clock ticks every 15 ms and any
    clock can be set back, but "the draft saved last" must stay the one reopened after a crash.
    Dates are ISO text so that the file reads well in any SQLite tool.
    """
    # One statement at a time: executescript() would commit the migration's transaction.
    for statement in (
        """CREATE TABLE drafts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_html TEXT NOT NULL,
    order_id TEXT NOT NULL,
    order_date TEXT,
    delivery_date TEXT,
    buyer_language TEXT NOT NULL,
    marketplace TEXT NOT NULL,
    channel TEXT NOT NULL,
    reply_to_buyer INTEGER NOT NULL,
    message_type TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    saved_seq INTEGER NOT NULL
)""",
        "CREATE INDEX drafts_by_save ON drafts (saved_seq)",
        """CREATE TABLE templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    subject TEXT NOT NULL,
    body_html TEXT NOT NULL,
    updated_at TEXT NOT NULL
)""",
        "CREATE TABLE ignored_rules (rule TEXT PRIMARY KEY) WITHOUT ROWID",
        """CREATE TABLE ignored_here (
    draft_id INTEGER NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (draft_id, rule, text)
) WITHOUT ROWID""",
    ):
        conn.execute(statement)


def _schema_2(conn: sqlite3.Connection) -> None:
    """The outbox and its audit log (``composer.services.outbox``).

    ``outbox`` holds one row per message handed to a transport, with everything an A-to-Z
    claim may need: what was sent, to whom, the check it passed, the warnings the user
    confirmed, and the receiver's answer. ``outbox_events`` is the audit log: every state
    change and every user decision, with its time, appended and never rewritten. Attachments
    are kept as sent, so a message queued offline can go out later exactly as checked. Nothing
    is ever deleted from these tables: the log is evidence.
    """
    for statement in (
        """CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    account TEXT NOT NULL,
    order_id TEXT NOT NULL,
    marketplace TEXT NOT NULL,
    channel TEXT NOT NULL,
    message_type TEXT NOT NULL,
    subject TEXT NOT NULL,
    text TEXT NOT NULL,
    html TEXT NOT NULL,
    recipient TEXT NOT NULL,
    sender TEXT NOT NULL,
    coverage_start TEXT,
    coverage_end TEXT,
    category TEXT NOT NULL,
    findings TEXT NOT NULL,
    rule_ids TEXT NOT NULL,
    confirmed_warnings TEXT NOT NULL,
    confirmed_at TEXT,
    state TEXT NOT NULL,
    state_reason TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    not_before TEXT,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    reply_reference TEXT NOT NULL,
    reply_code TEXT NOT NULL,
    reply_message TEXT NOT NULL
)""",
        "CREATE INDEX outbox_by_state ON outbox (state, id)",
        "CREATE INDEX outbox_by_order ON outbox (order_id, id)",
        """CREATE TABLE outbox_events (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES outbox (id),
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    state TEXT NOT NULL,
    actor TEXT NOT NULL,
    detail TEXT NOT NULL
)""",
        "CREATE INDEX outbox_events_by_message ON outbox_events (message_id, id)",
        """CREATE TABLE outbox_attachments (
    message_id INTEGER NOT NULL REFERENCES outbox (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (message_id, position)
) WITHOUT ROWID""",
    ):
        conn.execute(statement)


class Store:
    """Drafts, templates, ignores and the outbox in one SQLite file (WAL)."""

    # migrations[n] brings the schema from version n to n + 1; the file's version is the
    # number applied. Append, never edit one that has shipped. They run in one transaction:
    # use conn.execute (executescript commits first).
    migrations: ClassVar[tuple[Migration, ...]] = (_schema_1, _schema_2)

    def __init__(self, path: Path, *, timeout: float = 2.0, threads: bool = False) -> None:
        """Open the database at ``path``, creating the file and its schema if absent.

        ``timeout`` is how long (seconds) to wait for another program's lock before giving up
        with StoreError: short, because saves run on the UI thread. ``threads``: any thread
        may use this Store, one transaction at a time (see the module docstring); otherwise
        only the thread that opened it.
        """
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        # Reentrant: a write runs inside the read guard.
        self._lock: threading.RLock | None = threading.RLock() if threads else None
        _check_file(self.path)
        try:
            conn = sqlite3.connect(
                self.path,
                timeout=timeout,
                isolation_level=None,  # transactions are explicit: BEGIN IMMEDIATE ... COMMIT
                check_same_thread=not threads,  # see the module docstring
            )
        except sqlite3.Error as exc:
            raise _store_error(self.path, exc, StoreWords.tr("open the database")) from exc
        try:
            self._open(conn)
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    @staticmethod
    def default_path() -> Path:
        """Where the window keeps its database: the platform's per-user data folder."""
        import platformdirs  # noqa: PLC0415 - JSON, tempfile and this load when used: the
        # window opens the store before its first frame

        return platformdirs.user_data_path("Composer", appauthor=False) / "composer.sqlite3"

    @staticmethod
    def set_aside(path: Path) -> Path:
        """Rename a database that cannot be used to a dated name beside it, with its journal
        files, and return the new name; the window then opens a fresh file at ``path``.

        Close any Store on it first. The write-ahead log may hold the last saves, so it moves
        with the file (a log left behind would be replayed into the fresh database).
        """
        path = Path(path)
        if not path.exists():
            raise StoreError(
                StoreWords.tr("Cannot set aside {path}: there is no such file").format(path=path),
                kind=StoreProblem.UNREADABLE,
                path=path,
            )
        stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")  # local time: a person reads it
        target = path.with_name(f"{path.stem} (set aside {stamp}){path.suffix}")
        n = 2
        while _exists_with_sidecars(target):
            target = path.with_name(f"{path.stem} (set aside {stamp}, {n}){path.suffix}")
            n += 1
        moved: list[tuple[Path, Path]] = []
        try:
            for sidecar in ("-wal", "-shm", "-journal"):
                source = Path(f"{path}{sidecar}")
                if source.exists():
                    os.replace(source, f"{target}{sidecar}")
                    moved.append((source, Path(f"{target}{sidecar}")))
            os.replace(path, target)
        except OSError as exc:
            for source, moved_to in reversed(moved):
                # Put back what moved; if even that fails, the error below names the file and
                # nothing has been deleted.
                with suppress(OSError):
                    os.replace(moved_to, source)
            raise StoreError(
                StoreWords.tr("Cannot set aside {path}: {reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
                kind=StoreProblem.UNREADABLE,
                path=path,
            ) from exc
        return target

    def close(self) -> None:
        """Close the database; the write-ahead log is folded into the file. Idempotent."""
        with self._guard():
            if self._conn is not None:
                conn, self._conn = self._conn, None
                try:
                    conn.close()
                except sqlite3.Error as exc:
                    raise _store_error(self.path, exc, StoreWords.tr("close")) from exc

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- drafts ---------------------------------------------------------------------------

    def save_draft(self, draft: Draft) -> Draft:
        """Insert a new draft (``id`` None) or replace a saved one, in one transaction, and
        return it with its id and ``updated_at``. KeyError if a draft with that id was deleted
        meanwhile. Text that cannot be stored as UTF-8 (half of a UTF-16 surrogate pair) is
        stored as U+FFFD; the returned draft shows what was stored."""
        now = datetime.now(UTC)
        draft = _clean_draft(draft)
        values = (
            draft.name,
            draft.subject,
            draft.body_html,
            draft.order_id,
            _date_text(draft.order_date),
            _date_text(draft.delivery_date),
            draft.buyer_language,
            draft.marketplace,
            str(draft.channel),
            int(draft.reply_to_buyer),
            draft.message_type,
            now.isoformat(),
        )
        with self._write(StoreWords.tr("save the draft")) as conn:
            seq = conn.execute("SELECT coalesce(max(saved_seq), 0) + 1 FROM drafts").fetchone()[0]
            if draft.id is None:
                cursor = conn.execute(
                    "INSERT INTO drafts (name, subject, body_html, order_id, order_date,"
                    " delivery_date, buyer_language, marketplace, channel, reply_to_buyer,"
                    " message_type, updated_at, saved_seq)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, seq),
                )
                draft_id = cursor.lastrowid
                assert draft_id is not None  # an INSERT into a rowid table always sets it
            else:
                cursor = conn.execute(
                    "UPDATE drafts SET name = ?, subject = ?, body_html = ?, order_id = ?,"
                    " order_date = ?, delivery_date = ?, buyer_language = ?, marketplace = ?,"
                    " channel = ?, reply_to_buyer = ?, message_type = ?, updated_at = ?,"
                    " saved_seq = ? WHERE id = ?",
                    (*values, seq, draft.id),
                )
                if cursor.rowcount == 0:
                    raise KeyError(draft.id)
                draft_id = draft.id
        return replace(draft, id=draft_id, updated_at=now)

    def draft(self, draft_id: int) -> Draft:
        """The saved draft; KeyError if there is none with that id."""
        with self._read(StoreWords.tr("read the draft")) as conn:
            row = conn.execute(
                "SELECT id, name, subject, body_html, order_id, order_date, delivery_date,"
                " buyer_language, marketplace, channel, reply_to_buyer, message_type, updated_at"
                " FROM drafts WHERE id = ?",
                (draft_id,),
            ).fetchone()
        if row is None:
            raise KeyError(draft_id)
        return self._draft_from_row(row)

    def drafts(self) -> list[DraftSummary]:
        """Every draft for the drafts list, the most recently saved first."""
        with self._read(StoreWords.tr("list the drafts")) as conn:
            rows = conn.execute(
                "SELECT id, name, subject, updated_at FROM drafts ORDER BY saved_seq DESC"
            ).fetchall()
        return [
            DraftSummary(row[0], row[1], row[2], self._timestamp(row[3], f"draft {row[0]}"))
            for row in rows
        ]

    def rename_draft(self, draft_id: int, name: str) -> None:
        """Rename a draft without moving it in the list (renaming is not editing). KeyError if
        absent. The window's own copy of the draft is a frozen value: its next save_draft must
        carry the new name, or it writes the old one back."""
        with self._write(StoreWords.tr("rename the draft")) as conn:
            cursor = conn.execute(
                "UPDATE drafts SET name = ? WHERE id = ?", (_storable(name), draft_id)
            )
            if cursor.rowcount == 0:
                raise KeyError(draft_id)

    def delete_draft(self, draft_id: int) -> None:
        """Delete a draft and its "ignore here" entries. Deleting one that is gone already is
        not an error: the list may be stale by a click."""
        with self._write(StoreWords.tr("delete the draft")) as conn:
            conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,))

    def last_draft_id(self) -> int | None:
        """The draft saved last (to reopen after a crash or at start), None if there is none."""
        with self._read(StoreWords.tr("find the last draft")) as conn:
            row = conn.execute("SELECT id FROM drafts ORDER BY saved_seq DESC LIMIT 1").fetchone()
        return None if row is None else int(row[0])

    # -- templates ------------------------------------------------------------------------

    def save_template(self, template: Template) -> Template:
        """Insert (``id`` None) or replace a template and return it as stored. Names are unique
        regardless of case: a name another template has gets " (2)", " (3)", ... and the
        returned template carries the name stored. ValueError for an empty name; KeyError if a
        template with that id was deleted meanwhile."""
        name = _template_name(template.name)
        now = datetime.now(UTC)
        subject = _storable(template.subject)
        body = _storable(template.body_html)
        with self._write(StoreWords.tr("save the template")) as conn:
            name = _unique_name(conn, name, template.id)
            if template.id is None:
                cursor = conn.execute(
                    "INSERT INTO templates (name, name_key, subject, body_html, updated_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (name, _name_key(name), subject, body, now.isoformat()),
                )
                template_id = cursor.lastrowid
                assert template_id is not None
            else:
                cursor = conn.execute(
                    "UPDATE templates SET name = ?, name_key = ?, subject = ?, body_html = ?,"
                    " updated_at = ? WHERE id = ?",
                    (name, _name_key(name), subject, body, now.isoformat(), template.id),
                )
                if cursor.rowcount == 0:
                    raise KeyError(template.id)
                template_id = template.id
        return Template(template_id, name, subject, body, now)

    def template(self, template_id: int) -> Template:
        """The saved template; KeyError if there is none with that id."""
        with self._read(StoreWords.tr("read the template")) as conn:
            row = conn.execute(
                "SELECT id, name, subject, body_html, updated_at FROM templates WHERE id = ?",
                (template_id,),
            ).fetchone()
        if row is None:
            raise KeyError(template_id)
        return self._template_from_row(row)

    def templates(self) -> list[Template]:
        """Every template, by name (regardless of case and accents)."""
        with self._read(StoreWords.tr("list the templates")) as conn:
            rows = conn.execute(
                "SELECT id, name, subject, body_html, updated_at FROM templates"
            ).fetchall()
        # Sorted here, not by SQLite, whose NOCASE knows only ASCII: "ändern" goes with the
        # a's, not after the z's.
        rows.sort(key=lambda row: (_sort_key(row[1]), _name_key(row[1]), row[0]))
        return [self._template_from_row(row) for row in rows]

    def delete_template(self, template_id: int) -> None:
        """Delete a template; one that is gone already is not an error."""
        with self._write(StoreWords.tr("delete the template")) as conn:
            conn.execute("DELETE FROM templates WHERE id = ?", (template_id,))

    def export_templates(self, path: Path, ids: Iterable[int] | None = None) -> int:
        """Write the templates (all, or those with the given ids; KeyError for an unknown one)
        to a JSON file a team can share, and return how many. The file is written whole or
        not at all; TemplateFileError if it cannot be written."""
        chosen = self.templates()
        if ids is not None:
            wanted = set(ids)
            missing = wanted - {t.id for t in chosen}
            if missing:
                raise KeyError(min(missing))
            chosen = [t for t in chosen if t.id in wanted]
        document = {
            "format": TEMPLATE_FORMAT,
            "version": TEMPLATE_FORMAT_VERSION,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "templates": [
                {"name": t.name, "subject": t.subject, "body_html": t.body_html} for t in chosen
            ],
        }
        import json  # noqa: PLC0415

        text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
        _write_atomically(Path(path), text)
        return len(chosen)

    def import_templates(self, path: Path) -> int:
        """Add the templates of a file made by ``export_templates`` (or by hand, in that
        format) and return how many. A name that exists gets " (2)". Every field is checked
        first: TemplateFileError naming the first problem, and nothing imported, if anything
        is wrong."""
        entries = read_template_file(Path(path))
        now = datetime.now(UTC).isoformat()
        with self._write(StoreWords.tr("import the templates")) as conn:
            for name, subject, body in entries:
                unique = _unique_name(conn, name, None)
                conn.execute(
                    "INSERT INTO templates (name, name_key, subject, body_html, updated_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (unique, _name_key(unique), subject, body, now),
                )
        return len(entries)

    # -- ignores --------------------------------------------------------------------------

    def ignore_rule(self, rule: str) -> None:
        """Ignore a rule in every draft ("Ignore this rule")."""
        rule = _rule_id(rule)
        with self._write(StoreWords.tr("ignore the rule")) as conn:
            conn.execute("INSERT OR IGNORE INTO ignored_rules (rule) VALUES (?)", (rule,))

    def unignore_rule(self, rule: str) -> None:
        """Check a rule again; one that was not ignored is not an error."""
        with self._write(StoreWords.tr("stop ignoring the rule")) as conn:
            conn.execute("DELETE FROM ignored_rules WHERE rule = ?", (rule,))

    def ignored_rules(self) -> frozenset[str]:
        with self._read(StoreWords.tr("read the ignored rules")) as conn:
            rows = conn.execute("SELECT rule FROM ignored_rules").fetchall()
        return frozenset(row[0] for row in rows)

    def ignore_here(self, draft_id: int, rule: str, text: str) -> None:
        """Ignore one finding in one draft ("Ignore here"). ``text`` is the flagged text, not
        its position, so the ignore follows it while the message is edited around it; deleting
        the draft deletes its ignores. KeyError if the draft does not exist (save it first)."""
        rule = _rule_id(rule)
        with self._write(StoreWords.tr("ignore the finding")) as conn:
            if conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone() is None:
                raise KeyError(draft_id)
            conn.execute(
                "INSERT OR IGNORE INTO ignored_here (draft_id, rule, text) VALUES (?, ?, ?)",
                (draft_id, rule, _storable(text)),
            )

    def unignore_here(self, draft_id: int, rule: str, text: str) -> None:
        """Undo ``ignore_here``; one that was not ignored is not an error."""
        with self._write(StoreWords.tr("stop ignoring the finding")) as conn:
            conn.execute(
                "DELETE FROM ignored_here WHERE draft_id = ? AND rule = ? AND text = ?",
                (draft_id, rule, _storable(text)),
            )

    def ignored_here(self, draft_id: int) -> frozenset[tuple[str, str]]:
        """The (rule, text) pairs ignored in this draft."""
        with self._read(StoreWords.tr("read the ignored findings")) as conn:
            rows = conn.execute(
                "SELECT rule, text FROM ignored_here WHERE draft_id = ?", (draft_id,)
            ).fetchall()
        return frozenset((row[0], row[1]) for row in rows)

    # -- inside ---------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """The schema version of the open file (the number of migrations applied)."""
        with self._read(StoreWords.tr("read the schema version")) as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def _open(self, conn: sqlite3.Connection) -> None:
        try:
            # Whose file is it? Asked before anything is changed in it.
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
            if app_id not in (0, APPLICATION_ID) or (app_id == 0 and has_tables):
                raise StoreError(
                    StoreWords.tr("{path} is another program's database, not Composer's").format(
                        path=self.path
                    ),
                    kind=StoreProblem.NOT_A_DATABASE,
                    path=self.path,
                )
            known = len(self.migrations)
            if version > known:
                raise StoreError(
                    StoreWords.tr(
                        "{path} was written by a newer Composer (schema version {version};"
                        " this one reads up to {known}): update Composer to open it"
                    ).format(path=self.path, version=version, known=known),
                    kind=StoreProblem.NEWER_SCHEMA,
                    path=self.path,
                )
            # WAL: a save appends to the log and commits without rewriting the file, and the
            # reader of a draft list never waits for a save. synchronous=NORMAL in WAL mode
            # writes the log at each commit (into the OS, which keeps it when the process is
            # killed) and syncs it to the disk at checkpoints: a process crash loses nothing
            # committed, a power cut may lose the last saves but never corrupts the file.
            # FULL would add an fsync to every autosave, milliseconds on the UI thread.
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            # WAL needs shared memory, which some network drives lack; a rollback journal
            # with FULL sync is as safe there, only slower.
            synchronous = "NORMAL" if str(mode).lower() == "wal" else "FULL"
            conn.execute(f"PRAGMA synchronous = {synchronous}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_size_limit = 4194304")  # 4 MB: keep the log small
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            if problems != ["ok"]:
                # SQLite's own words (quick_check) stay as they are.
                raise StoreError(
                    StoreWords.tr("{path} is damaged ({problem})").format(
                        path=self.path, problem=problems[0]
                    ),
                    kind=StoreProblem.DAMAGED,
                    path=self.path,
                )
        except sqlite3.Error as exc:
            raise _store_error(self.path, exc, StoreWords.tr("open the database")) from exc
        if version < known:
            self._migrate(conn, version)

    def _migrate(self, conn: sqlite3.Connection, version: int) -> None:
        """Bring the schema up to date in one transaction: all steps or none."""
        target = len(self.migrations)
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for step in range(version, target):
                    self.migrations[step](conn)
                conn.execute(f"PRAGMA user_version = {target}")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise
        except sqlite3.Error as exc:
            error = _store_error(self.path, exc, StoreWords.tr("open the database"))
            if error.kind in {StoreProblem.LOCKED, StoreProblem.DISK_FULL, StoreProblem.READ_ONLY}:
                raise error from exc
            raise StoreError(
                StoreWords.tr(
                    "Could not bring {path} from schema version {version} to {target}: {reason}"
                ).format(path=self.path, version=version, target=target, reason=exc),
                kind=StoreProblem.UPGRADE_FAILED,
                path=self.path,
            ) from exc

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError(
                StoreWords.tr("{path} has been closed").format(path=self.path),
                kind=StoreProblem.CLOSED,
                path=self.path,
            )
        return self._conn

    @contextmanager
    def reading(self, doing: str) -> Iterator[sqlite3.Connection]:
        """The connection, for the statements of a module that keeps its own tables in this
        database (the outbox). ``doing`` completes "Could not …" in the StoreError that any
        SQLite failure becomes."""
        with self._read(doing) as conn:
            yield conn

    @contextmanager
    def writing(self, doing: str) -> Iterator[sqlite3.Connection]:
        """Like ``reading``, in one write transaction: committed when the block ends, rolled
        back if it raises."""
        with self._write(doing) as conn:
            yield conn

    @contextmanager
    def _guard(self) -> Iterator[None]:
        if self._lock is None:
            yield
        else:
            with self._lock:
                yield

    @contextmanager
    def _read(self, doing: str) -> Iterator[sqlite3.Connection]:
        with self._guard():
            conn = self._connection()
            try:
                yield conn
            except sqlite3.ProgrammingError:
                raise  # a bug (another thread, a closed cursor): loud, not a message for the user
            except sqlite3.Error as exc:
                raise _store_error(self.path, exc, doing) from exc

    @contextmanager
    def _write(self, doing: str) -> Iterator[sqlite3.Connection]:
        # BEGIN IMMEDIATE takes the write lock up front, so a second Composer window makes
        # this one wait (up to the timeout) rather than fail half-way through.
        with self._read(doing) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise

    def _draft_from_row(self, row: tuple[Any, ...]) -> Draft:
        where = StoreWords.tr("draft {id}").format(id=row[0])
        try:
            channel = Channel(row[9])
        except ValueError:
            raise self._bad_value(where, StoreWords.tr("channel"), row[9]) from None
        return Draft(
            id=int(row[0]),
            name=row[1],
            subject=row[2],
            body_html=row[3],
            order_id=row[4],
            order_date=self._date(row[5], where, StoreWords.tr("order date")),
            delivery_date=self._date(row[6], where, StoreWords.tr("delivery date")),
            buyer_language=row[7],
            marketplace=row[8],
            channel=channel,
            reply_to_buyer=bool(row[10]),
            message_type=row[11],
            updated_at=self._timestamp(row[12], where),
        )

    def _template_from_row(self, row: tuple[Any, ...]) -> Template:
        return Template(
            int(row[0]),
            row[1],
            row[2],
            row[3],
            self._timestamp(row[4], StoreWords.tr("template {id}").format(id=row[0])),
        )

    def _date(self, value: object, where: str, field: str) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise self._bad_value(where, field, value) from None

    def _timestamp(self, value: object, where: str) -> datetime:
        try:
            stamp = datetime.fromisoformat(str(value))
        except ValueError:
            raise self._bad_value(where, StoreWords.tr("time of saving"), value) from None
        return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)

    def _bad_value(self, where: str, field: str, value: object) -> StoreError:
        #: {where} is "draft 3", {field} "order date", {value} the stored value as it is.
        return StoreError(
            StoreWords.tr("{path} is damaged: {where} has an unreadable {field} ({value})").format(
                path=self.path, where=where, field=field, value=f"{value!r:.40}"
            ),
            kind=StoreProblem.DAMAGED,
            path=self.path,
        )


def read_template_file(path: Path) -> list[tuple[str, str, str]]:
    """The (name, subject, body_html) entries of a template file, every field checked;
    TemplateFileError with the first problem found."""

    def fail(reason: str) -> TemplateFileError:
        #: {file} is the file's name; {problem} completes it ("is not UTF-8 text, …").
        return TemplateFileError(
            StoreWords.tr("{file}: {problem}").format(file=path.name, problem=reason)
        )

    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_TEMPLATE_FILE_BYTES + 1)
    except OSError as exc:
        raise fail(
            StoreWords.tr("cannot be read ({reason})").format(reason=exc.strerror or exc)
        ) from exc
    if len(data) > MAX_TEMPLATE_FILE_BYTES:
        raise fail(
            StoreWords.tr("is larger than {size} MB").format(
                size=MAX_TEMPLATE_FILE_BYTES // (1024 * 1024)
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise fail(StoreWords.tr("is not UTF-8 text, so not a template file")) from None
    import json  # noqa: PLC0415 - see Store.default_path

    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        # The JSON parser's own words (exc.msg) stay as they are.
        raise fail(
            StoreWords.tr("is not valid JSON (line {line}, column {column}: {problem})").format(
                line=exc.lineno, column=exc.colno, problem=exc.msg
            )
        ) from None
    except ValueError as exc:  # a number of thousands of digits, for one
        raise fail(StoreWords.tr("is not valid JSON ({problem})").format(problem=exc)) from None
    except RecursionError:
        raise fail(StoreWords.tr("is not a template file (nested too deeply)")) from None
    if not isinstance(document, dict) or document.get("format") != TEMPLATE_FORMAT:
        #: {field} is the JSON that is missing, as it is.
        raise fail(
            StoreWords.tr("is not a Composer template file (no {field})").format(
                field=f'"format": "{TEMPLATE_FORMAT}"'
            )
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise fail(
            StoreWords.tr("has no valid {field} (a whole number, 1 or more)").format(
                field='"version"'
            )
        )
    if version > TEMPLATE_FORMAT_VERSION:
        raise fail(
            StoreWords.tr(
                "was made by a newer Composer (format version {version}; this one reads up to"
                " {known}): update Composer to import it"
            ).format(version=version, known=TEMPLATE_FORMAT_VERSION)
        )
    unknown = sorted(set(document) - {"format", "version", "exported_at", "templates"})
    if unknown:
        raise fail(StoreWords.tr("has an unknown field {field}").format(field=f'"{unknown[0]}"'))
    if "exported_at" in document and not isinstance(document["exported_at"], str):
        raise fail(StoreWords.tr("{field} must be text").format(field='"exported_at"'))
    items = document.get("templates")
    if not isinstance(items, list):
        raise fail(StoreWords.tr("has no {field} list").format(field='"templates"'))
    entries = []
    for number, item in enumerate(items, start=1):
        where = StoreWords.tr("template {id}").format(id=number)
        if not isinstance(item, dict):
            raise fail(
                StoreWords.tr("{where} is not an object with a name, subject and body_html").format(
                    where=where
                )
            )
        if isinstance(item.get("name"), str) and item["name"].strip():
            where = f'{where} ("{_one_line(item["name"]):.60}")'
        unknown = sorted(set(item) - {"name", "subject", "body_html"})
        if unknown:
            raise fail(
                StoreWords.tr("{where} has an unknown field {field}").format(
                    where=where, field=f'"{unknown[0]}"'
                )
            )
        fields = []
        for field, limit, one_line in (
            ("name", MAX_TEMPLATE_NAME, True),
            ("subject", MAX_TEMPLATE_SUBJECT, True),
            ("body_html", MAX_TEMPLATE_BODY, False),
        ):
            value = item.get(field)
            if field not in item:
                raise fail(
                    StoreWords.tr("{where} has no {field}").format(where=where, field=f'"{field}"')
                )
            if not isinstance(value, str):
                #: {kind} is what the JSON holds instead: "a number", "a list", "null" …
                raise fail(
                    StoreWords.tr("{where}: {field} must be text, not {kind}").format(
                        where=where, field=f'"{field}"', kind=_json_type(value)
                    )
                )
            problem = _text_problem(value, limit, one_line=one_line)
            if problem:
                #: {problem} is "is longer than 200 characters" and the like.
                raise fail(
                    StoreWords.tr("{where}: {field} {problem}").format(
                        where=where, field=f'"{field}"', problem=problem
                    )
                )
            fields.append(value)
        name = fields[0].strip()
        if not name:
            raise fail(
                StoreWords.tr("{where}: {field} is empty").format(where=where, field='"name"')
            )
        entries.append((name, fields[1], fields[2]))
    return entries


def _one_line(text: str) -> str:
    """Text fit for a one-line message: control characters and runs of spaces as one space."""
    return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in text).split())


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return StoreWords.tr("a number")
    if isinstance(value, list):
        return StoreWords.tr("a list")
    if isinstance(value, dict):
        return StoreWords.tr("an object")
    return type(value).__name__


def _text_problem(value: str, limit: int, *, one_line: bool) -> str:
    if len(value) > limit:
        return StoreWords.tr("is longer than {limit} characters").format(limit=f"{limit:,}")
    if not _is_storable(value):
        return StoreWords.tr("contains an invalid character (half of a surrogate pair)")
    for char in value:
        if unicodedata.category(char) == "Cc" and (one_line or char not in "\n\r\t"):
            return StoreWords.tr("contains a control character ({code})").format(
                code=f"U+{ord(char):04X}"
            )
    return ""


def _is_storable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _storable(text: str) -> str:
    """The text as SQLite can store it: Qt hands over UTF-16, and a lone surrogate (half an
    emoji cut by a selection) cannot be encoded to UTF-8; pairs are joined, halves replaced."""
    if _is_storable(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _clean_draft(draft: Draft) -> Draft:
    if draft.id is not None and (not isinstance(draft.id, int) or draft.id < 1):
        raise ValueError(f"not a draft id: {draft.id!r}")
    changes: dict[str, Any] = {}
    for field in ("name", "subject", "body_html", "order_id", "buyer_language", "marketplace"):
        value = getattr(draft, field)
        if not isinstance(value, str):
            raise TypeError(f"draft {field} must be str, not {type(value).__name__}")
        cleaned = _storable(value)
        if cleaned is not value:
            changes[field] = cleaned
    for field in ("order_date", "delivery_date"):
        value = getattr(draft, field)
        if isinstance(value, datetime):  # a datetime is a date; keep the day only
            changes[field] = value.date()
        elif value is not None and not isinstance(value, date):
            raise TypeError(f"draft {field} must be a date, not {type(value).__name__}")
    if not isinstance(draft.channel, Channel):
        changes["channel"] = Channel(draft.channel)  # ValueError names an unknown channel
    return replace(draft, **changes) if changes else draft


def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _rule_id(rule: str) -> str:
    rule = rule.strip()
    if not rule:
        raise ValueError("a rule id is needed")
    return rule


def _template_name(name: str) -> str:
    name = _storable(name).strip()
    if not name:
        raise ValueError("a template needs a name")
    if any(unicodedata.category(c) == "Cc" for c in name):
        raise ValueError(f"a template name is one line of text: {name!r}")
    return name


def _name_key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold()


def _sort_key(name: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c)
    )


_NUMBERED = re.compile(r"(.*) \((\d{1,6})\)")


def _unique_name(conn: sqlite3.Connection, name: str, own_id: int | None) -> str:
    """``name``, or with " (2)", " (3)", ... if another template has it already."""

    def taken(candidate: str) -> bool:
        row = conn.execute(
            "SELECT id FROM templates WHERE name_key = ?", (_name_key(candidate),)
        ).fetchone()
        return row is not None and row[0] != own_id

    if not taken(name):
        return name
    numbered = _NUMBERED.fullmatch(name)
    base, n = (numbered[1], int(numbered[2]) + 1) if numbered else (name, 2)
    while taken(f"{base} ({n})"):
        n += 1
    return f"{base} ({n})"


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        # SQLite rolls back by itself when it cannot; the first error is the news.
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _check_file(path: Path) -> None:
    """Refuse what is plainly not an SQLite file before SQLite sees it, and make the folder."""
    try:
        if path.exists():
            if not path.is_file():
                raise StoreError(
                    StoreWords.tr("{path} is a folder, not a database").format(path=path),
                    kind=StoreProblem.NOT_A_DATABASE,
                    path=path,
                )
            with path.open("rb") as handle:
                head = handle.read(len(SQLITE_HEADER))
            # An empty file is an empty database to SQLite (and what a crash at the very
            # first write leaves); anything else must start with the header.
            if head and head != SQLITE_HEADER:
                raise StoreError(
                    StoreWords.tr("{path} is not a database (not an SQLite file)").format(
                        path=path
                    ),
                    kind=StoreProblem.NOT_A_DATABASE,
                    path=path,
                )
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            StoreWords.tr("Cannot open {path}: {reason}").format(
                path=path, reason=exc.strerror or exc
            ),
            kind=StoreProblem.UNREADABLE,
            path=path,
        ) from exc


def _exists_with_sidecars(path: Path) -> bool:
    return any(Path(f"{path}{suffix}").exists() for suffix in ("", "-wal", "-shm", "-journal"))


def _write_atomically(path: Path, text: str) -> None:
    try:
        import tempfile  # noqa: PLC0415

        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    except OSError as exc:
        raise TemplateFileError(
            StoreWords.tr("{file}: cannot be written ({reason})").format(
                file=path.name, reason=exc.strerror or exc
            )
        ) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise TemplateFileError(
            StoreWords.tr("{file}: cannot be written ({reason})").format(
                file=path.name, reason=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# SQLite's primary result codes (the error's sqlite_errorname starts with one) and what they
# mean to a person.
_PROBLEMS: tuple[tuple[str, StoreProblem, str], ...] = (
    (
        "SQLITE_BUSY",
        StoreProblem.LOCKED,
        QT_TRANSLATE_NOOP(
            "StoreWords", "is in use by another program, perhaps another Composer window"
        ),
    ),
    (
        "SQLITE_LOCKED",
        StoreProblem.LOCKED,
        QT_TRANSLATE_NOOP(
            "StoreWords", "is in use by another program, perhaps another Composer window"
        ),
    ),
    (
        "SQLITE_NOTADB",
        StoreProblem.NOT_A_DATABASE,
        QT_TRANSLATE_NOOP("StoreWords", "is not a database"),
    ),
    ("SQLITE_CORRUPT", StoreProblem.DAMAGED, QT_TRANSLATE_NOOP("StoreWords", "is damaged")),
    (
        "SQLITE_FULL",
        StoreProblem.DISK_FULL,
        QT_TRANSLATE_NOOP("StoreWords", "cannot be written: the disk is full"),
    ),
    ("SQLITE_READONLY", StoreProblem.READ_ONLY, QT_TRANSLATE_NOOP("StoreWords", "is read-only")),
    (
        "SQLITE_PERM",
        StoreProblem.UNREADABLE,
        QT_TRANSLATE_NOOP("StoreWords", "may not be opened (permission denied)"),
    ),
    (
        "SQLITE_AUTH",
        StoreProblem.UNREADABLE,
        QT_TRANSLATE_NOOP("StoreWords", "may not be opened (permission denied)"),
    ),
    (
        "SQLITE_CANTOPEN",
        StoreProblem.UNREADABLE,
        QT_TRANSLATE_NOOP("StoreWords", "cannot be opened"),
    ),
    (
        "SQLITE_IOERR",
        StoreProblem.UNREADABLE,
        QT_TRANSLATE_NOOP("StoreWords", "cannot be read or written (a disk error)"),
    ),
)


def _store_error(path: Path, exc: sqlite3.Error, doing: str) -> StoreError:
    name = getattr(exc, "sqlite_errorname", "") or ""
    for prefix, kind, meaning in _PROBLEMS:
        if name.startswith(prefix):
            #: {action} is what was being done ("save the draft"), {problem} "is read-only"
            #: and the like, {reason} SQLite's own words.
            message = StoreWords.tr("Could not {action}: {path} {problem} ({reason})").format(
                action=doing, path=path, problem=translate("StoreWords", meaning), reason=exc
            )
            return StoreError(message, kind=kind, path=path)
    message = StoreWords.tr("Could not {action}: {path}: {reason}").format(
        action=doing, path=path, reason=exc
    )
    return StoreError(message, kind=StoreProblem.UNREADABLE, path=path)
