"""``composer send`` and ``composer outbox`` as a seller or a script uses them, in process,
against the fake Amazon and a real SMTP server on loopback: what is shown before sending,
what blocks, the confirmation of warnings, every way a send ends with its exit status, and
the outbox's list, show, retry, mark, cancel and export. Errors are one line, no traceback."""

from __future__ import annotations

import argparse
import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from composer.cli_outbox import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, register, run
from composer.services.accounts import Account, AccountBook, SmtpSecurity
from composer.services.credentials import Credentials
from composer.services.marketplaces import Region
from composer.services.outbox import Outbox, State
from composer.services.ratelimit import TokenBucket
from composer.services.sending import Sender
from composer.services.spapi import SpApiClient
from tests.services.fake_amazon import NOT_ALLOWED, SERVER_ERROR, FakeAmazon
from tests.services.keyring_memory import MemoryKeyring
from tests.services.smtp_server import SmtpServer

TODAY = date(2026, 11, 16)
ORDER = "113-4417865-2290147"
DE_ORDER = "302-4417865-2290147"
BUYER = "x7k2mq9zb4lt0rv@marketplace.amazon.de"
SENDER = "service@example-shop.de"
CUSTOMIZATION = (
    "Hello,\n\nfor the engraving on your order 113-4417865-2290147 we need the name to engrave. "
    "Please reply with the exact spelling.\n\nKind regards\nExample Shop\n"
)
DELAY_HTML = (
    "<!DOCTYPE html><html><head><title>Ihre Bestellung 302-4417865-2290147: Lieferung "
    "verzögert</title></head><body><p>Guten Tag,</p><p>zu Ihrer Bestellung "
    "<b>302-4417865-2290147</b>: Der Versand verzögert sich wegen eines Lieferengpasses um zwei "
    "Tage. Das Paket kommt voraussichtlich am Freitag bei Ihnen an.</p><p>Mit freundlichen "
    "Grüßen<br>Ihr Team von Beispiel-Shop</p></body></html>"
)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="composer")
    commands = parser.add_subparsers(dest="command", required=True)
    register(commands)
    return parser.parse_args(argv)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@dataclass
class Result:
    status: int
    out: str
    err: str


@dataclass
class Cli:
    book: AccountBook
    data: Path
    capsys: pytest.CaptureFixture[str]
    secrets: list[str] = field(default_factory=list)
    prompts: list[str] = field(default_factory=list)

    def sender(self, outbox: Outbox, book: AccountBook) -> Sender:
        limiter = TokenBucket(20, 20)

        def client(account: Account) -> SpApiClient:
            return SpApiClient.for_account(account, book, limiter, timeout=2.0)

        return Sender(outbox, book, spapi_client=client, today=lambda: TODAY, smtp_timeout=5)

    def __call__(self, *argv: str, answer: str | None = None) -> Result:
        args = parse([*argv, "--data-dir", str(self.data)])

        def prompt(text: str) -> str:
            self.prompts.append(text)
            return answer or ""

        status = run(
            args,
            book=self.book,
            make_sender=self.sender,
            stdin=Terminal() if answer is not None else io.StringIO(""),
            prompt=prompt,
        )
        out, err = self.capsys.readouterr()
        for secret in self.secrets:
            assert secret not in out + err, "a secret was printed"
        if err:
            assert err.count("\n") == 1, err
            assert err.startswith(f"composer {argv[0]}: error: "), err
            assert "Traceback" not in err
        return Result(status, out, err)


@pytest.fixture
def fake() -> Iterator[FakeAmazon]:
    """Amazon with a bucket as generous as the tests' clients (the rate limit has its own
    tests: test_send_faults.py)."""
    with FakeAmazon(rate=20, burst=20) as running:
        yield running


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with SmtpServer() as server:
        yield server


@pytest.fixture
def cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake: FakeAmazon, smtp: SmtpServer
) -> Cli:
    book = AccountBook(tmp_path / "config" / "accounts.json", Credentials(MemoryKeyring()))
    seller = fake.seller
    book.add(
        Account(
            name="shop-us",
            region=Region.NA,
            marketplace="US",
            sp_api_endpoint=fake.base_url,
            lwa_endpoint=fake.lwa_url,
        ),
        {
            "lwa_client_id": seller.client_id,
            "lwa_client_secret": seller.client_secret,
            "refresh_token": seller.refresh_token,
        },
    )
    book.add(
        Account(
            name="shop-de",
            region=Region.EU,
            marketplace="DE",
            smtp_host="127.0.0.1",
            smtp_port=smtp.port,
            smtp_security=SmtpSecurity.PLAIN,
            sender=SENDER,
        ),
        {},
    )
    return Cli(book, tmp_path / "data", capsys, secrets=list(fake.secrets_of()))


def message_file(tmp_path: Path, name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return str(path)


def sp_send(tmp_path: Path, *extra: str) -> list[str]:
    return [
        "send",
        message_file(tmp_path, "engraving.txt", CUSTOMIZATION),
        "--account",
        "shop-us",
        "--order",
        ORDER,
        "--type",
        "confirmCustomizationDetails",
        *extra,
    ]


def outbox_of(cli: Cli) -> Outbox:
    return Outbox(cli.data / "composer.sqlite3")


def posts(fake: FakeAmazon) -> int:
    return sum(1 for r in fake.requests if r.method == "POST" and r.api != "lwa")


# -- send ------------------------------------------------------------------------------------


def test_send_by_sp_api(cli: Cli, fake: FakeAmazon, tmp_path: Path) -> None:
    result = cli(*sp_send(tmp_path))
    assert result.status == EXIT_OK, result
    assert "types Amazon allows for this order: " in result.out
    assert "  | for the engraving on your order 113-4417865-2290147" in result.out
    [delivery] = fake.delivered
    assert delivery.text == CUSTOMIZATION.rstrip("\n")
    assert result.out.splitlines()[-1] == f"sent: outbox message 1 ({delivery.request_id})"
    assert fake.violations == []


def test_a_dry_run_shows_everything_and_sends_nothing(
    cli: Cli, fake: FakeAmazon, tmp_path: Path
) -> None:
    fake.set_actions(ORDER, ["confirmCustomizationDetails", "confirmOrderDetails"])
    result = cli(*sp_send(tmp_path, "--dry-run"))
    assert result.status == EXIT_OK
    out = result.out
    assert "account shop-us, order 113-4417865-2290147, Amazon.com (US), sp-api" in out
    assert "message type: confirmCustomizationDetails" in out
    assert (
        "types Amazon allows for this order: confirmCustomizationDetails, confirmOrderDetails"
        in out
    )
    assert "buyer's language (Amazon): en-US" in out
    assert "check: critical:" in out
    assert out.splitlines()[-1] == "dry run: nothing was sent"
    assert posts(fake) == 0
    with outbox_of(cli) as outbox:
        assert outbox.entries() == []


def test_a_message_amazon_would_refuse_is_not_sent(
    cli: Cli, fake: FakeAmazon, tmp_path: Path
) -> None:
    fake.set_actions(ORDER, ["confirmDeliveryDetails"])
    result = cli(*sp_send(tmp_path))
    assert result.status == EXIT_PROBLEMS
    assert "error send.type-not-allowed: Amazon does not allow a confirmCustomizationDetails" in (
        result.out
    )
    assert result.out.splitlines()[-1] == "cannot be sent: 1 problem(s) above"
    assert posts(fake) == 0


def test_warnings_need_confirming_which_is_recorded(
    cli: Cli, fake: FakeAmazon, tmp_path: Path
) -> None:
    slip = CUSTOMIZATION.replace("spelling", "speling")
    argv = [
        "send",
        message_file(tmp_path, "slip.txt", slip),
        "--account",
        "shop-us",
        "--order",
        ORDER,
        "--type",
        "confirmCustomizationDetails",
    ]
    refused = cli(*argv)  # a script, no terminal
    assert refused.status == EXIT_PROBLEMS
    assert "warning spelling:" in refused.out
    assert "--confirm-warnings" in refused.err
    declined = cli(*argv, answer="n")  # a terminal, the seller says no
    assert declined.status == EXIT_PROBLEMS
    assert "Send despite 1 warning(s)?" in cli.prompts[-1]
    assert posts(fake) == 0
    confirmed = cli(*argv, answer="y")
    assert confirmed.status == EXIT_OK
    with outbox_of(cli) as outbox:
        [entry] = outbox.entries()
        assert [w.id for w in entry.confirmed_warnings] == ["spelling"]
        assert entry.confirmed_at is not None


def test_confirm_warnings_on_the_command_line(cli: Cli, tmp_path: Path) -> None:
    slip = CUSTOMIZATION.replace("spelling", "speling")
    path = message_file(tmp_path, "slip.txt", slip)
    result = cli("send", path, "--account", "shop-us", "--order", ORDER, "--confirm-warnings")
    assert result.status == EXIT_OK
    assert "message type: confirmCustomizationDetails" in result.out  # the check's proposal


def test_send_by_email_from_an_html_file(cli: Cli, smtp: SmtpServer, tmp_path: Path) -> None:
    path = message_file(tmp_path, "delay.html", DELAY_HTML)
    result = cli(
        "send", path, "--account", "shop-de", "--order", DE_ORDER, "--to", BUYER,
        "--buyer-language", "de",
    )  # fmt: skip
    assert result.status == EXIT_OK, result
    assert f"to: {BUYER}" in result.out
    assert "subject: Ihre Bestellung 302-4417865-2290147: Lieferung verzögert" in result.out
    [received] = smtp.received
    assert received.recipients == [BUYER]
    assert received.message["Subject"] == "Ihre Bestellung 302-4417865-2290147: Lieferung verzögert"
    assert result.out.splitlines()[-1].startswith("sent: outbox message 1 (<")


def test_the_review_request_once_per_order(cli: Cli, fake: FakeAmazon) -> None:
    # Amazon writes the review request: no message file is given.
    argv = [
        "send", "--account", "shop-us", "--order", ORDER, "--solicitation",
        "--delivery-date", (TODAY - timedelta(days=7)).isoformat(),
    ]  # fmt: skip
    first = cli(*argv)
    assert first.status == EXIT_OK, first
    assert "text sent: none (Amazon writes the review request)" in first.out
    assert [d.message_type for d in fake.delivered] == ["productReviewAndSellerFeedback"]
    again = cli(*argv)
    assert again.status == EXIT_PROBLEMS
    assert "error send.solicitation-once:" in again.out


def test_how_a_send_ended_decides_the_exit_status(
    cli: Cli, fake: FakeAmazon, tmp_path: Path
) -> None:
    fake.script(NOT_ALLOWED, order_id=ORDER)
    failed = cli(*sp_send(tmp_path))
    assert failed.status == EXIT_PROBLEMS
    assert failed.out.splitlines()[-1].startswith("failed: outbox message 1 [Unauthorized]: ")
    fake.script(SERVER_ERROR, order_id=ORDER)
    uncertain = cli(*sp_send(tmp_path, "--confirm-warnings"))
    assert uncertain.status == EXIT_PROBLEMS
    last = uncertain.out.splitlines()[-1]
    assert last.startswith("uncertain: outbox message 2: ")
    assert last.endswith("Then: composer outbox mark 2 sent|not-sent")


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--account", "nobody", "--order", ORDER], "nobody"),
        (["--account", "shop-us", "--order", ORDER, "--type", "amazonMotors"], "removed"),
        (["--account", "shop-us", "--order", ORDER, "--to", BUYER, "--channel", "sp-api"], "--to"),
        (["--account", "shop-de", "--order", DE_ORDER, "--to", BUYER, "--type", "invoice"],
         "SP-API"),
        (["--account", "shop-us", "--order", ORDER, "--attach", "/no/such/file.pdf"],
         "cannot be read"),
    ],
)  # fmt: skip
def test_bad_usage_is_one_line_and_exit_2(
    cli: Cli, tmp_path: Path, argv: list[str], words: str
) -> None:
    path = message_file(tmp_path, "m.txt", CUSTOMIZATION)
    result = cli("send", path, *argv)
    assert result.status == EXIT_USAGE
    assert words in result.err


def test_an_unreadable_file_is_one_line_and_exit_2(cli: Cli, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = cli("send", str(binary), "--account", "shop-us", "--order", ORDER)
    assert result.status == EXIT_USAGE
    assert "binary" in result.err
    missing = cli("send", str(tmp_path / "nope.txt"), "--account", "shop-us", "--order", ORDER)
    assert missing.status == EXIT_USAGE


def test_a_json_file_about_another_order_is_refused(cli: Cli, tmp_path: Path) -> None:
    path = message_file(
        tmp_path, "m.json", json.dumps({"body": CUSTOMIZATION, "order_id": "113-0000000-0000001"})
    )
    result = cli("send", path, "--account", "shop-us", "--order", ORDER)
    assert result.status == EXIT_USAGE
    assert "is about order 113-0000000-0000001" in result.err


def test_attachments_go_with_the_message(cli: Cli, fake: FakeAmazon, tmp_path: Path) -> None:
    pdf = tmp_path / "Invoice-2026-0193.pdf"
    pdf.write_bytes(b"%PDF-1.7\n% invoice\n" + bytes(range(256)))
    empty = message_file(tmp_path, "empty.txt", "")
    result = cli(
        "send", empty, "--account", "shop-us", "--order", ORDER, "--type", "invoice",
        "--attach", str(pdf),
    )  # fmt: skip
    assert result.status == EXIT_OK, result
    assert f"attachment: Invoice-2026-0193.pdf ({pdf.stat().st_size:,} bytes)" in result.out
    assert fake.delivered[0].attachments == (("Invoice-2026-0193.pdf", pdf.read_bytes()),)


# -- outbox ----------------------------------------------------------------------------------


def test_list_show_and_export(cli: Cli, fake: FakeAmazon, tmp_path: Path) -> None:
    assert cli("outbox", "list").out == "The outbox is empty.\n"
    cli(*sp_send(tmp_path))
    fake.script(NOT_ALLOWED, order_id=ORDER)
    cli(*sp_send(tmp_path, "--confirm-warnings"))
    listed = cli("outbox", "list")
    assert listed.status == EXIT_OK
    lines = listed.out.splitlines()
    assert len(lines) == 2
    assert lines[0].split()[:2] == ["2", "failed"]
    assert lines[1].split()[:2] == ["1", "sent"]
    assert "confirmCustomizationDetails" in lines[1]
    only_failed = cli("outbox", "list", "--state", "failed")
    assert [line.split()[0] for line in only_failed.out.splitlines()] == ["2"]

    shown = cli("outbox", "show", "1")
    assert shown.status == EXIT_OK
    assert "state: sent (attempts: 1)" in shown.out
    assert f"order: {ORDER} (US)" in shown.out
    assert "  | for the engraving on your order 113-4417865-2290147" in shown.out
    assert "history:" in shown.out
    history = shown.out.split("history:\n")[1].splitlines()
    assert [line.split()[3].rstrip(":") for line in history] == [
        "queued",
        "sending",
        "sent",
    ]

    target = tmp_path / "claim.csv"
    exported = cli("outbox", "export", str(target))
    assert exported.status == EXIT_OK
    assert exported.out == f"2 message(s) written to {target}\n"
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [r["state"] for r in rows] == ["sent", "failed"]


def test_an_uncertain_message_is_sent_again_only_after_checking(
    cli: Cli, fake: FakeAmazon, tmp_path: Path
) -> None:
    fake.script(SERVER_ERROR, order_id=ORDER)
    cli(*sp_send(tmp_path))
    shown = cli("outbox", "show", "1")
    assert "next: check the order's messages in Seller Central" in shown.out
    refused = cli("outbox", "retry", "1")
    assert refused.status == EXIT_PROBLEMS
    assert "Seller Central" in refused.err
    assert len(fake.delivered) == 0
    again = cli("outbox", "retry", "1", "--i-checked", "--note", "not in Seller Central")
    assert again.status == EXIT_OK, again
    assert again.out.splitlines()[0].startswith("queued again:")
    assert "    1  sent" in again.out
    assert len(fake.delivered) == 1
    history = cli("outbox", "show", "1").out
    assert "retry (by you): after checking it had not arrived not in Seller Central" in history


def test_mark_settles_an_uncertain_message(cli: Cli, fake: FakeAmazon, tmp_path: Path) -> None:
    fake.script(SERVER_ERROR, order_id=ORDER)
    cli(*sp_send(tmp_path))
    marked = cli("outbox", "mark", "1", "sent", "--note", "seen in Seller Central")
    assert marked.status == EXIT_OK
    assert marked.out.split()[:2] == ["1", "sent"]
    wrong = cli("outbox", "mark", "1", "not-sent")
    assert wrong.status == EXIT_PROBLEMS
    assert (
        wrong.err
        == "composer outbox: error: Message 1 is sent: it cannot be marked sent or not sent\n"
    )


def test_retry_sends_what_waited_while_the_mail_server_was_down(
    cli: Cli, smtp: SmtpServer, tmp_path: Path
) -> None:
    port = smtp.port
    path = message_file(tmp_path, "delay.html", DELAY_HTML)
    argv = ["send", path, "--account", "shop-de", "--order", DE_ORDER, "--to", BUYER]
    smtp.stop()  # the mail server goes away
    waiting = cli(*argv, "--buyer-language", "de")
    assert waiting.status == EXIT_PROBLEMS
    assert "not sent yet: outbox message 1 waits in the queue" in waiting.out
    assert cli("outbox", "retry").out.splitlines()[-1] == "1 message(s) still wait in the queue"
    with SmtpServer(port) as back:
        result = cli("outbox", "retry")
        assert result.status == EXIT_OK
        assert result.out.split()[:2] == ["1", "sent"]
        assert len(back.received) == 1
    assert cli("outbox", "retry").out == "Nothing was due to be sent.\n"


def test_cancel_a_queued_message(cli: Cli, smtp: SmtpServer, tmp_path: Path) -> None:
    path = message_file(tmp_path, "delay.html", DELAY_HTML)
    smtp.stop()
    cli("send", path, "--account", "shop-de", "--order", DE_ORDER, "--to", BUYER)
    cancelled = cli("outbox", "cancel", "1", "--note", "the buyer called")
    assert cancelled.status == EXIT_OK
    assert cancelled.out.split()[:2] == ["1", "failed"]
    assert "Cancelled by the user. the buyer called" in cancelled.out


@pytest.mark.parametrize(
    ("argv", "status", "words"),
    [
        (["outbox", "show", "99"], EXIT_PROBLEMS, "There is no message 99 in the outbox"),
        (["outbox", "list", "--limit", "0"], EXIT_USAGE, "--limit"),
        (["outbox", "export", "/no/such/folder/log.csv"], EXIT_PROBLEMS, "Cannot write"),
    ],
)
def test_outbox_errors_are_one_line(cli: Cli, argv: list[str], status: int, words: str) -> None:
    result = cli(*argv)
    assert result.status == status
    assert words in result.err


def test_a_damaged_database_is_one_line_and_exit_2(cli: Cli) -> None:
    cli.data.mkdir(parents=True)
    (cli.data / "composer.sqlite3").write_bytes(b"this is not a database, it is a note\n" * 40)
    result = cli("outbox", "list")
    assert result.status == EXIT_USAGE
    assert "not a database" in result.err


def test_a_send_left_by_a_dead_composer_is_reported(cli: Cli) -> None:
    from composer.policy import Channel
    from composer.services.outbox import OutgoingMessage

    with outbox_of(cli) as outbox:
        entry = outbox.add(
            OutgoingMessage(
                account="shop-us",
                order_id=ORDER,
                marketplace="US",
                channel=Channel.SP_API,
                message_type="confirmOrderDetails",
                subject="",
                text="Which colour?",
            )
        )
        outbox.claim(entry.id)  # and this Composer "dies" (closes without an answer)
    result = cli("outbox", "list")
    assert result.out.splitlines()[0] == (
        "note: message 1 was being sent when Composer stopped; it is now uncertain "
        "(see: composer outbox show 1)"
    )
    with outbox_of(cli) as outbox:
        assert outbox.entry(1).state is State.UNCERTAIN


def test_a_message_needs_its_file_but_the_review_request_does_not(cli: Cli) -> None:
    result = cli("send", "--account", "shop-us", "--order", ORDER, "--type", "confirmOrderDetails")
    assert result.status == EXIT_USAGE
    assert "give the message FILE" in result.err
