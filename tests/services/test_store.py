"""The drafts database as the window uses it: drafts that survive ``kill -9``, templates a
team shares as files, ignores that persist, and every way the file can be wrong ending in a
clear StoreError with the data kept. Real SQLite files, real processes."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from composer.policy import Channel
from composer.services.store import (
    Draft,
    DraftSummary,
    Store,
    StoreError,
    StoreProblem,
    Template,
    TemplateFileError,
)
from tests.services.store_crash_child import DRAFT_ID, content

CHILD = Path(__file__).with_name("store_crash_child.py")

BODY = (
    "<p>Hallo Frau Müller,</p><p>vielen Dank für Ihre Bestellung <b>302-4417865-2290147</b>. "
    "Für die Gravur brauchen wir noch den Namen:</p><ul><li>Schriftart</li><li>Text</li></ul>"
    '<p>Die Vorlage finden Sie <a href="https://www.amazon.de/gp/help">hier</a>.</p>'
)


def full_draft(**changes: object) -> Draft:
    draft = Draft(
        id=None,
        name="Gravur: Rückfrage",
        subject="Ihre Bestellung 302-4417865-2290147 – eine Frage zur Gravur",
        body_html=BODY,
        order_id="302-4417865-2290147",
        order_date=date(2026, 11, 2),
        delivery_date=date(2026, 11, 9),
        buyer_language="de-DE",
        marketplace="amazon.de",
        channel=Channel.SP_API,
        reply_to_buyer=True,
        message_type="confirmCustomizationDetails",
    )
    return replace(draft, **changes)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "composer.sqlite3"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store(db) as opened:
        yield opened


def one_line(error: StoreError | TemplateFileError) -> str:
    text = str(error)
    assert text
    assert "\n" not in text
    assert "Traceback" not in text
    return text


# -- drafts ------------------------------------------------------------------------------------


def test_a_draft_comes_back_whole_after_the_app_is_closed(db: Path) -> None:
    with Store(db) as store:
        saved = store.save_draft(full_draft())
    assert saved.id is not None
    assert saved.updated_at is not None
    assert saved.updated_at.tzinfo is not None
    assert saved.updated_at.utcoffset() == UTC.utcoffset(None)
    with Store(db) as store:
        assert store.draft(saved.id) == saved
        assert store.last_draft_id() == saved.id


def test_the_first_save_creates_the_folder_and_file(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "composer.sqlite3"
    with Store(path) as store:
        store.save_draft(full_draft())
    assert path.is_file()
    check = sqlite3.connect(path)
    try:
        assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        check.close()


def test_an_empty_file_is_an_empty_database(db: Path) -> None:
    """What a crash at the very first write can leave."""
    db.parent.mkdir(parents=True)
    db.touch()
    with Store(db) as store:
        assert store.drafts() == []
        assert store.save_draft(full_draft()).id == 1


def test_saving_again_updates_the_same_draft(store: Store) -> None:
    first = store.save_draft(full_draft())
    second = store.save_draft(replace(first, body_html="<p>Neu</p>", delivery_date=None))
    assert second.id == first.id
    assert second.updated_at is not None
    assert first.updated_at is not None
    assert second.updated_at >= first.updated_at
    assert store.draft(second.id or 0) == second
    assert len(store.drafts()) == 1


def test_the_drafts_list_shows_the_last_saved_first(store: Store) -> None:
    a = store.save_draft(full_draft(name="A"))
    b = store.save_draft(full_draft(name="B"))
    c = store.save_draft(full_draft(name="C"))
    assert [d.name for d in store.drafts()] == ["C", "B", "A"]
    store.save_draft(replace(a, subject="typed in A again"))
    summaries = store.drafts()
    assert [d.name for d in summaries] == ["A", "C", "B"]
    assert summaries[0] == DraftSummary(a.id or 0, "A", "typed in A again", summaries[0].updated_at)
    assert store.last_draft_id() == a.id
    assert {b.id, c.id} == {d.id for d in summaries[1:]}


def test_renaming_does_not_move_a_draft_or_make_it_the_one_reopened(store: Store) -> None:
    a = store.save_draft(full_draft(name=""))
    b = store.save_draft(full_draft(name="B"))
    store.rename_draft(a.id or 0, "Reklamation Müller")
    assert [d.name for d in store.drafts()] == ["B", "Reklamation Müller"]
    assert store.last_draft_id() == b.id
    assert store.draft(a.id or 0).body_html == BODY


def test_a_draft_that_is_not_there(store: Store) -> None:
    kept = store.save_draft(full_draft())
    with pytest.raises(KeyError):
        store.draft(99)
    with pytest.raises(KeyError):
        store.rename_draft(99, "x")
    with pytest.raises(KeyError):
        store.save_draft(full_draft(id=99))
    store.delete_draft(kept.id or 0)
    store.delete_draft(kept.id or 0)  # the list may be a click behind: not an error
    with pytest.raises(KeyError):
        store.draft(kept.id or 0)
    assert store.drafts() == []
    assert store.last_draft_id() is None


def test_text_qt_hands_over_is_stored_as_it_can_be(store: Store) -> None:
    """Half of a surrogate pair (a selection that cut an emoji in two) cannot be UTF-8: it is
    stored as U+FFFD instead of failing the save; whole pairs become the character."""
    saved = store.save_draft(
        full_draft(subject="Danke \ud83d", body_html="<p>Gut \ud83d\ude00 angekommen</p>")
    )
    assert saved.subject == "Danke \ufffd"
    assert saved.body_html == "<p>Gut 😀 angekommen</p>"
    assert store.draft(saved.id or 0) == saved


def test_order_fields_keep_their_types(store: Store) -> None:
    saved = store.save_draft(
        full_draft(
            order_date=datetime(2026, 11, 2, 23, 30, tzinfo=UTC),
            channel="seller-central",
            reply_to_buyer=False,
        )
    )
    back = store.draft(saved.id or 0)
    assert back.order_date == date(2026, 11, 2)
    assert type(back.order_date) is date
    assert back.channel is Channel.SELLER_CENTRAL
    assert back.reply_to_buyer is False
    with pytest.raises(ValueError, match="fax"):
        store.save_draft(full_draft(channel="fax"))


def test_an_untitled_empty_draft_is_a_draft(store: Store) -> None:
    saved = store.save_draft(Draft(id=None, name="", subject="", body_html=""))
    assert store.draft(saved.id or 0) == saved
    assert store.drafts()[0].name == ""


# -- ignores -----------------------------------------------------------------------------------


def test_ignored_rules_persist(db: Path) -> None:
    with Store(db) as store:
        store.ignore_rule("contact.phone-number")
        store.ignore_rule("spelling")
        store.ignore_rule("spelling")
        store.unignore_rule("never-ignored")
    with Store(db) as store:
        assert store.ignored_rules() == {"contact.phone-number", "spelling"}
        store.unignore_rule("spelling")
        assert store.ignored_rules() == {"contact.phone-number"}


def test_ignore_here_belongs_to_one_draft_and_follows_the_text(db: Path) -> None:
    with Store(db) as store:
        a = store.save_draft(full_draft())
        b = store.save_draft(full_draft(name="other"))
        store.ignore_here(a.id or 0, "spelling", "Gravur")
        store.ignore_here(a.id or 0, "marketing", "5 € Rabatt")
        store.ignore_here(a.id or 0, "spelling", "Gravur")
        # The message is edited around the ignored text; the ignore is by text, not position.
        store.save_draft(replace(a, body_html="<p>Vorab: " + BODY[3:]))
    with Store(db) as store:
        assert store.ignored_here(a.id or 0) == {
            ("spelling", "Gravur"),
            ("marketing", "5 € Rabatt"),
        }
        assert store.ignored_here(b.id or 0) == frozenset()
        store.unignore_here(a.id or 0, "marketing", "5 € Rabatt")
        assert store.ignored_here(a.id or 0) == {("spelling", "Gravur")}
        with pytest.raises(KeyError):
            store.ignore_here(99, "spelling", "Gravur")
        store.delete_draft(a.id or 0)
        assert store.ignored_here(a.id or 0) == frozenset()


def test_a_rule_id_is_needed(store: Store) -> None:
    with pytest.raises(ValueError, match="rule"):
        store.ignore_rule("  ")


# -- templates ---------------------------------------------------------------------------------

TEMPLATE_BODY = (
    "<p>Hello {{BuyerName}},</p><p>your order [Order ID] ({product}) is on its way with "
    "{carrier}. It should arrive on ${order.delivery_date}.</p>"
)


def test_templates_are_listed_by_name(store: Store) -> None:
    for name in ("shipping delay", "Bestellung storniert", "Anleitung", "ändern"):
        store.save_template(Template(None, name, "Subject", TEMPLATE_BODY))
    assert [t.name for t in store.templates()] == [
        "ändern",
        "Anleitung",
        "Bestellung storniert",
        "shipping delay",
    ]


def test_a_template_comes_back_whole(db: Path) -> None:
    with Store(db) as store:
        saved = store.save_template(
            Template(None, "  Versandverzögerung ", "Ihre Bestellung", TEMPLATE_BODY)
        )
    assert saved.name == "Versandverzögerung"
    assert saved.updated_at is not None
    with Store(db) as store:
        assert store.template(saved.id or 0) == saved
        edited = store.save_template(replace(saved, body_html="<p>Neu</p>"))
        assert edited.id == saved.id
        assert edited.name == saved.name  # its own name is no clash
        assert store.templates() == [edited]
        store.delete_template(saved.id or 0)
        store.delete_template(saved.id or 0)
        assert store.templates() == []
        with pytest.raises(KeyError):
            store.template(saved.id or 0)


def test_template_names_are_unique_regardless_of_case(store: Store) -> None:
    first = store.save_template(Template(None, "Delay", "s", "<p>1</p>"))
    second = store.save_template(Template(None, "delay", "s", "<p>2</p>"))
    third = store.save_template(Template(None, "DELAY", "s", "<p>3</p>"))
    assert (first.name, second.name, third.name) == ("Delay", "delay (2)", "DELAY (3)")
    renamed = store.save_template(replace(first, name="Delay (3)"))
    assert renamed.name == "Delay (4)"


def test_a_template_needs_a_name(store: Store) -> None:
    with pytest.raises(ValueError, match="name"):
        store.save_template(Template(None, "   ", "s", "<p>b</p>"))
    with pytest.raises(ValueError, match="one line"):
        store.save_template(Template(None, "two\nlines", "s", "<p>b</p>"))
    with pytest.raises(KeyError):
        store.save_template(Template(42, "Gone", "s", "<p>b</p>"))


def test_a_team_shares_its_templates_through_a_file(tmp_path: Path) -> None:
    shared = tmp_path / "support-team.json"
    with Store(tmp_path / "alice.sqlite3") as alice:
        delay = alice.save_template(Template(None, "Delay", "Your order [Order ID]", TEMPLATE_BODY))
        alice.save_template(Template(None, "Rückfrage Gravur", "Gravur", "<p>Welcher Name?</p>"))
        assert alice.export_templates(shared) == 2
    document = json.loads(shared.read_text(encoding="utf-8"))
    assert document["format"] == "composer-templates"
    assert document["version"] == 1
    with Store(tmp_path / "bob.sqlite3") as bob:
        bob.save_template(Template(None, "delay", "his own", "<p>Bob's</p>"))
        assert bob.import_templates(shared) == 2
        by_name = {t.name: t for t in bob.templates()}
    assert set(by_name) == {"delay", "Delay (2)", "Rückfrage Gravur"}
    assert by_name["delay"].body_html == "<p>Bob's</p>"
    assert by_name["Delay (2)"].subject == delay.subject
    assert by_name["Delay (2)"].body_html == delay.body_html
    assert by_name["Rückfrage Gravur"].body_html == "<p>Welcher Name?</p>"


def test_exporting_some_templates(store: Store, tmp_path: Path) -> None:
    a = store.save_template(Template(None, "A", "s", "<p>a</p>"))
    store.save_template(Template(None, "B", "s", "<p>b</p>"))
    path = tmp_path / "one.json"
    assert store.export_templates(path, [a.id or 0]) == 1
    assert [t["name"] for t in json.loads(path.read_text(encoding="utf-8"))["templates"]] == ["A"]
    with pytest.raises(KeyError):
        store.export_templates(tmp_path / "none.json", [a.id or 0, 99])
    assert not (tmp_path / "none.json").exists()


def test_exporting_where_nothing_can_be_written(store: Store, tmp_path: Path) -> None:
    store.save_template(Template(None, "A", "s", "<p>a</p>"))
    with pytest.raises(TemplateFileError, match="cannot be written") as caught:
        store.export_templates(tmp_path / "no such folder" / "t.json")
    one_line(caught.value)


def _template_file(templates: object, **top: object) -> str:
    document = {"format": "composer-templates", "version": 1, "templates": templates, **top}
    return json.dumps(document, ensure_ascii=False)


GOOD = {"name": "Delay", "subject": "Your order", "body_html": "<p>Sorry</p>"}
BAD_FILES = {
    "not JSON": ("Name;Subject;Body\nDelay;Your order;Sorry\n", "not valid JSON (line 1"),
    "JSON, not a template file": ('[{"name": "Delay"}]', "not a Composer template file"),
    "another format": (
        json.dumps({"format": "mailchimp", "version": 1, "templates": []}),
        "not a Composer template file",
    ),
    "from a newer Composer": (
        json.dumps({"format": "composer-templates", "version": 2, "templates": []}),
        "newer Composer (format version 2",
    ),
    "version as text": (
        json.dumps({"format": "composer-templates", "version": "1", "templates": []}),
        '"version"',
    ),
    "no list": (_template_file({"Delay": GOOD}), 'no "templates" list'),
    "unknown top-level field": (_template_file([GOOD], owner="me"), 'unknown field "owner"'),
    "a template that is text": (_template_file([GOOD, "Delay"]), "template 2 is not an object"),
    "missing body": (
        _template_file([GOOD, {"name": "Refund", "subject": "s"}]),
        'template 2 ("Refund") has no "body_html"',
    ),
    "body called body": (
        _template_file([{"name": "Refund", "subject": "s", "body": "<p>x</p>"}]),
        'template 1 ("Refund") has an unknown field "body"',
    ),
    "a number for a subject": (
        _template_file([{"name": "Refund", "subject": 42, "body_html": "<p>x</p>"}]),
        '"subject" must be text, not a number',
    ),
    "null name": (
        _template_file([{"name": None, "subject": "s", "body_html": "<p>x</p>"}]),
        '"name" must be text, not null',
    ),
    "empty name": (
        _template_file([GOOD, GOOD, {"name": "  ", "subject": "s", "body_html": "<p>x</p>"}]),
        'template 3: "name" is empty',
    ),
    "a line break in the name": (
        _template_file([{"name": "Re\nfund", "subject": "s", "body_html": "<p>x</p>"}]),
        '"name" contains a control character',
    ),
    "half an emoji": (
        '{"format": "composer-templates", "version": 1, "templates": '
        '[{"name": "Thanks", "subject": "s", "body_html": "<p>\\ud83d</p>"}]}',
        "half of a surrogate pair",
    ),
    "too long a body": (
        _template_file([{"name": "Huge", "subject": "s", "body_html": "x" * 500_001}]),
        "longer than 500,000 characters",
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES), ids=list(BAD_FILES))
def test_a_bad_template_file_imports_nothing_and_says_why(
    store: Store, tmp_path: Path, case: str
) -> None:
    text, reason = BAD_FILES[case]
    path = tmp_path / "templates.json"
    path.write_text(text, encoding="utf-8")
    before = store.save_template(Template(None, "Kept", "s", "<p>kept</p>"))
    with pytest.raises(TemplateFileError) as caught:
        store.import_templates(path)
    message = one_line(caught.value)
    assert reason in message
    assert message.startswith("templates.json: ")
    assert store.templates() == [before]


def test_template_files_that_cannot_be_read(store: Store, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(_template_file([{**GOOD, "name": "Verzögerung"}]).encode("latin-1"))
    huge = tmp_path / "huge.json"
    huge.write_bytes(b" " * (10 * 1024 * 1024 + 1))
    for path, reason in (
        (latin1, "not UTF-8"),
        (huge, "larger than 10 MB"),
        (tmp_path / "missing.json", "cannot be read"),
        (tmp_path, "cannot be read"),
    ):
        with pytest.raises(TemplateFileError) as caught:
            store.import_templates(path)
        assert reason in one_line(caught.value)
    assert store.templates() == []


def test_a_template_file_saved_by_windows_notepad(store: Store, tmp_path: Path) -> None:
    """Notepad writes a byte-order mark and CRLF line ends."""
    path = tmp_path / "notepad.json"
    text = json.dumps(
        {"format": "composer-templates", "version": 1, "templates": [GOOD]}, indent=2
    ).replace("\n", "\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert store.import_templates(path) == 1
    assert [t.name for t in store.templates()] == ["Delay"]


def test_names_that_clash_within_one_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(_template_file([GOOD, GOOD, {**GOOD, "name": "Delay (2)"}]), encoding="utf-8")
    assert store.import_templates(path) == 3
    assert sorted(t.name for t in store.templates()) == ["Delay", "Delay (2)", "Delay (3)"]


# -- a bad database ----------------------------------------------------------------------------


def _populated(path: Path, drafts: int = 60) -> None:
    with Store(path) as store:
        for n in range(drafts):
            store.save_draft(full_draft(name=f"Draft {n}"))


@pytest.mark.parametrize(
    "data",
    [
        b"Subject: Bestellung\n\nHallo, vielen Dank!\n",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        json.dumps({"format": "composer-templates", "version": 1, "templates": []}).encode(),
    ],
    ids=["a text file", "a picture", "a template file"],
)
def test_a_file_that_is_not_a_database(db: Path, data: bytes) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(data)
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert "not a database" in one_line(caught.value)
    assert str(db) in str(caught.value)
    assert caught.value.kind is StoreProblem.NOT_A_DATABASE
    assert caught.value.fresh_start_helps
    assert db.read_bytes() == data


def test_another_programs_database_is_left_alone(db: Path) -> None:
    db.parent.mkdir(parents=True)
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
    other.execute("INSERT INTO photos (file) VALUES ('holiday.jpg')")
    other.commit()
    other.close()
    before = db.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert "another program's database" in one_line(caught.value)
    assert caught.value.kind is StoreProblem.NOT_A_DATABASE
    assert db.read_bytes() == before
    assert not Path(f"{db}-wal").exists()


def test_a_folder_where_the_file_should_be(db: Path) -> None:
    db.mkdir(parents=True)
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert "is a folder" in one_line(caught.value)


def _damage(path: Path, start: int, length: int) -> None:
    data = bytearray(path.read_bytes())
    data[start : start + length] = bytes((n * 37 + 11) % 256 for n in range(length))
    path.write_bytes(bytes(data))


def test_a_damaged_database(db: Path) -> None:
    _populated(db)
    page = 4096
    _damage(db, 3 * page, 2 * page)  # pages of the drafts table, not the header
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert "is damaged" in one_line(caught.value)
    assert caught.value.kind is StoreProblem.DAMAGED
    assert caught.value.fresh_start_helps


def test_a_database_cut_short(db: Path) -> None:
    """A copy that stopped half-way (a full USB stick, a sync tool)."""
    _populated(db)
    db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert "is damaged" in one_line(caught.value)
    assert caught.value.kind is StoreProblem.DAMAGED


def test_a_database_with_a_damaged_header(db: Path) -> None:
    _populated(db)
    _damage(db, 0, 100)
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert caught.value.kind is StoreProblem.NOT_A_DATABASE
    one_line(caught.value)


def test_a_database_from_a_newer_composer_is_not_touched(db: Path) -> None:
    _populated(db, drafts=3)
    newer = sqlite3.connect(db)
    newer.execute("PRAGMA user_version = 7")
    newer.close()
    with pytest.raises(StoreError) as caught:
        Store(db)
    message = one_line(caught.value)
    assert "newer Composer" in message
    assert "schema version 7" in message
    assert caught.value.kind is StoreProblem.NEWER_SCHEMA
    check = sqlite3.connect(db)
    try:
        assert check.execute("PRAGMA user_version").fetchone()[0] == 7
        assert check.execute("SELECT count(*) FROM drafts").fetchone()[0] == 3
    finally:
        check.close()


def test_a_row_another_tool_wrote_badly(store: Store, db: Path) -> None:
    saved = store.save_draft(full_draft())
    other = sqlite3.connect(db)
    other.execute("UPDATE drafts SET channel = 'fax', order_date = 'soon'")
    other.commit()
    other.close()
    with pytest.raises(StoreError) as caught:
        store.draft(saved.id or 0)
    assert "draft 1 has an unreadable channel ('fax')" in one_line(caught.value)
    assert store.drafts()[0].id == saved.id  # the list still opens


LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
else:
    conn.execute("BEGIN IMMEDIATE")
conn.execute("CREATE TABLE IF NOT EXISTS lock_holder (x)")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


class Locker:
    """Another process holding a lock on the database until released."""

    def __init__(self, path: Path, how: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", LOCKER, str(path), how],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line == "locked\n", self.process.stderr.read() if self.process.stderr else ""

    def release(self) -> None:
        self.process.communicate("\n", timeout=30)
        assert self.process.returncode == 0


def test_a_database_locked_by_another_program(db: Path) -> None:
    _populated(db, drafts=2)
    locker = Locker(db, "exclusive")
    try:
        with pytest.raises(StoreError) as caught:
            Store(db, timeout=0.2)
    finally:
        locker.release()
    message = one_line(caught.value)
    assert "in use by another program" in message
    assert caught.value.kind is StoreProblem.LOCKED
    assert not caught.value.fresh_start_helps  # the other program is using good data
    with Store(db) as store:
        assert len(store.drafts()) == 2


def test_a_save_while_another_program_writes_fails_cleanly_and_keeps_the_draft(db: Path) -> None:
    with Store(db, timeout=0.2) as store:
        saved = store.save_draft(full_draft())
        locker = Locker(db, "immediate")
        try:
            with pytest.raises(StoreError) as caught:
                store.save_draft(replace(saved, body_html="<p>while locked</p>"))
            assert caught.value.kind is StoreProblem.LOCKED
            assert "Could not save the draft" in one_line(caught.value)
            assert store.draft(saved.id or 0) == saved  # reading still works
        finally:
            locker.release()
        retried = store.save_draft(replace(saved, body_html="<p>while locked</p>"))
        assert store.draft(saved.id or 0) == retried


def test_a_save_on_a_full_disk_fails_cleanly_and_keeps_the_draft(store: Store) -> None:
    saved = store.save_draft(full_draft())
    # SQLite's own limit on the file's size stands in for a full disk: the same SQLITE_FULL.
    conn = store._conn
    assert conn is not None
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    bigger = replace(saved, body_html="<p>" + "Lange Antwort. " * 2_000 + "</p>")
    with pytest.raises(StoreError) as caught:
        store.save_draft(bigger)
    assert "the disk is full" in one_line(caught.value)
    assert caught.value.kind is StoreProblem.DISK_FULL
    assert not caught.value.fresh_start_helps
    assert store.draft(saved.id or 0) == saved
    conn.execute("PRAGMA max_page_count = 1073741823")
    resaved = store.save_draft(bigger)
    assert store.draft(saved.id or 0) == resaved


def test_a_closed_store_says_so(db: Path) -> None:
    store = Store(db)
    store.close()
    store.close()
    with pytest.raises(StoreError) as caught:
        store.drafts()
    assert caught.value.kind is StoreProblem.CLOSED


def test_the_store_belongs_to_the_thread_that_opened_it(store: Store) -> None:
    """Checks run on worker threads and never touch the store; one that did would fail at
    once rather than interleave with a save."""
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            store.drafts()
        except sqlite3.ProgrammingError as exc:
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert len(errors) == 1
    assert store.drafts() == []


# -- starting afresh ---------------------------------------------------------------------------


def test_a_bad_file_is_set_aside_and_a_fresh_one_started(db: Path) -> None:
    _populated(db, drafts=3)
    _damage(db, 3 * 4096, 4096)
    with pytest.raises(StoreError) as caught:
        Store(db)
    assert caught.value.fresh_start_helps
    # A log beside it, as a process killed while using the file leaves one; it must go with
    # the file, or SQLite would replay it into the fresh database.
    Path(f"{db}-wal").write_bytes(b"the log of the last saves")
    damaged = db.read_bytes()

    kept = Store.set_aside(db)

    assert kept.parent == db.parent
    assert kept.name.startswith("composer (set aside ")
    assert re.fullmatch(r"composer \(set aside \d{4}-\d\d-\d\d \d\d-\d\d-\d\d\)", kept.stem)
    assert kept.suffix == ".sqlite3"
    assert kept.read_bytes() == damaged
    assert Path(f"{kept}-wal").read_bytes() == b"the log of the last saves"
    assert not db.exists()
    assert not Path(f"{db}-wal").exists()
    with Store(db) as fresh:
        assert fresh.drafts() == []
        fresh.save_draft(full_draft())


def test_setting_aside_twice_keeps_both(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"first bad file")
    first = Store.set_aside(db)
    db.write_bytes(b"second bad file")
    second = Store.set_aside(db)
    assert first != second
    assert first.read_bytes() == b"first bad file"
    assert second.read_bytes() == b"second bad file"


def test_setting_aside_a_file_that_is_not_there(db: Path) -> None:
    with pytest.raises(StoreError) as caught:
        Store.set_aside(db)
    assert "no such file" in one_line(caught.value)


def test_the_default_place_is_the_platform_data_folder() -> None:
    path = Store.default_path()
    assert path.is_absolute()
    assert path.name == "composer.sqlite3"
    assert path.parent.name == "Composer"


# -- schema versions ---------------------------------------------------------------------------


LATEST = len(Store.migrations)


def _add_feature(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE later_feature (id INTEGER PRIMARY KEY,"
        " draft_id INTEGER REFERENCES drafts (id))"
    )
    conn.execute("INSERT INTO later_feature (draft_id) SELECT id FROM drafts")


def _broken_step(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE later_feature (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO later_feature SELECT no_such_column FROM drafts")


class LaterStore(Store):
    """The store as a later issue extends it: one more migration."""

    migrations = (*Store.migrations, _add_feature)


class BrokenUpgradeStore(Store):
    migrations = (*Store.migrations, _broken_step)


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


def test_a_later_version_adds_its_tables_and_keeps_the_drafts(db: Path) -> None:
    _populated(db, drafts=2)
    with LaterStore(db) as store:
        assert store.schema_version == LATEST + 1
        assert len(store.drafts()) == 2
    assert "later_feature" in _tables(db)
    with pytest.raises(StoreError) as caught:
        Store(db)  # the older Composer again
    assert caught.value.kind is StoreProblem.NEWER_SCHEMA


def test_a_new_file_gets_every_step(tmp_path: Path) -> None:
    with LaterStore(tmp_path / "new.sqlite3") as store:
        assert store.schema_version == LATEST + 1
    assert {"drafts", "templates", "outbox", "later_feature"} <= _tables(tmp_path / "new.sqlite3")


def test_a_failed_upgrade_changes_nothing(db: Path) -> None:
    _populated(db, drafts=2)
    with pytest.raises(StoreError) as caught:
        BrokenUpgradeStore(db)
    message = one_line(caught.value)
    assert f"from schema version {LATEST} to {LATEST + 1}" in message
    assert "no_such_column" in message
    assert caught.value.kind is StoreProblem.UPGRADE_FAILED
    assert "later_feature" not in _tables(db)
    with Store(db) as store:
        assert store.schema_version == LATEST
        assert len(store.drafts()) == 2


def _version_1_file(path: Path) -> None:
    """A database as the Composer before the outbox left it: schema version 1."""

    class Version1Store(Store):
        migrations = Store.migrations[:1]

    with Version1Store(path) as store:
        store.save_draft(full_draft())
        assert store.schema_version == 1


def test_a_version_1_file_gets_the_outbox_and_keeps_its_drafts(db: Path) -> None:
    _version_1_file(db)
    with Store(db) as store:
        assert store.schema_version == LATEST
        assert [d.name for d in store.drafts()] == [full_draft().name]
    assert {"outbox", "outbox_events", "outbox_attachments"} <= _tables(db)


def test_a_store_for_threads_takes_statements_from_any_thread(db: Path) -> None:
    with Store(db, threads=True) as store:
        saved: list[int] = []
        errors: list[BaseException] = []

        def worker(n: int) -> None:
            try:
                for i in range(20):
                    draft = store.save_draft(full_draft(name=f"{n}.{i}"))
                    assert draft.id is not None
                    saved.append(draft.id)
            except BaseException as exc:  # reported below, in the test's thread
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert sorted(saved) == list(range(1, 81))
        assert len(store.drafts()) == 80


# -- kill -9 -----------------------------------------------------------------------------------


class Child:
    """store_crash_child.py saving as fast as it can; every line it prints is a save that
    save_draft had returned from."""

    def __init__(self, path: Path, round_: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), str(path), str(round_)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.lines: list[bytes] = []
        self.first_save = threading.Event()
        # Read all the time, so a full pipe never stops the child at a print instead of a save.
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)
            if line == b"1\n":
                self.first_save.set()
        self.first_save.set()  # the child ended; the caller finds out why

    def kill(self) -> int:
        """SIGKILL it; the number of the last save it had reported (0 for none)."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        self.reader.join(timeout=30)
        assert self.process.stdout is not None
        assert self.process.stderr is not None
        self.process.stdout.close()
        with self.process.stderr:
            stderr = self.process.stderr.read().decode()
        assert self.process.returncode == -signal.SIGKILL, stderr  # it was still saving
        done = [int(line) for line in self.lines if line.endswith(b"\n") and line[:-1].isdigit()]
        return max(done, default=0)


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def _found_save(stored: Draft, round_: int, candidates: list[int]) -> int | None:
    bare = replace(stored, updated_at=None)
    for number in candidates:
        if bare == content(round_, number):
            return number
    return None


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_while_saving_loses_nothing_that_was_saved(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    db = tmp_path / "composer.sqlite3"
    with Store(db) as store:
        store.save_draft(replace(content(0, 0), id=None))
        other = store.save_draft(full_draft(name="untouched"))
        template = store.save_template(Template(None, "Delay", "s", TEMPLATE_BODY))
        store.ignore_here(DRAFT_ID, "spelling", "Gravur")
    expected = (0, 0)  # (round, save) the draft holds
    for round_ in range(1, 9):
        early = round_ in (3, 6)  # killed while starting: opening, recovering the log
        child = Child(db, round_)
        if early:
            delay = rng.uniform(0.0, 0.25)
        else:
            assert child.first_save.wait(60), "the child never saved"
            delay = rng.uniform(0.0, 0.3)
        threading.Event().wait(delay)
        reported = child.kill()
        where = f"seed {seed}, round {round_}, killed after {delay:.3f} s, {reported} saves"

        assert _integrity(db) == "ok", where
        with Store(db) as store:
            stored = store.draft(DRAFT_ID)
            # The last reported save, or the one after it if the kill came between its commit
            # and its print; before any report, the previous state or the first save.
            if reported:
                found = _found_save(stored, round_, [reported, reported + 1])
                assert found is not None, f"{where}: the draft is none of the last saves"
                expected = (round_, found)
            else:
                found = _found_save(stored, round_, [1])
                if found is None:
                    assert replace(stored, updated_at=None) == content(*expected), where
                else:
                    expected = (round_, found)
            assert store.draft(other.id or 0) == other, where
            assert store.template(template.id or 0) == template, where
            assert store.ignored_here(DRAFT_ID) == {("spelling", "Gravur")}, where
            assert store.last_draft_id() == (DRAFT_ID if expected != (0, 0) else other.id)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_while_creating_the_file(tmp_path: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    for attempt in range(4):
        db = tmp_path / f"fresh-{attempt}.sqlite3"
        child = Child(db, 1)
        delay = rng.uniform(0.05, 0.3)
        threading.Event().wait(delay)
        reported = child.kill()
        where = f"seed {seed}, attempt {attempt}, killed after {delay:.3f} s, {reported} saves"
        if db.exists():
            assert _integrity(db) == "ok", where
        with Store(db) as store:
            if store.last_draft_id() is None:
                assert reported == 0, where
                continue
            found = _found_save(store.draft(DRAFT_ID), 1, [reported, reported + 1])
            assert found is not None, where
