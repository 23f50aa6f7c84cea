"""``composer accounts``: in-process with an in-memory keyring for every path, and as a program
under a real Secret Service (gnome-keyring in a private D-Bus session), in a pipe and in a
terminal, against a fake Amazon and an SMTP server on loopback."""

from __future__ import annotations

import argparse
import io
import json
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from keyring.backends import fail

from composer.cli_accounts import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, register, run
from composer.services.accounts import AccountBook
from composer.services.credentials import SERVICE, Credentials
from tests.services.fake_amazon import FakeAmazon
from tests.services.keyring_memory import MemoryKeyring
from tests.services.keyring_session import (
    files_containing,
    isolated_env,
    python,
    require_secret_service,
    run_in_secret_service,
)
from tests.services.smtp_server import SmtpServer

SERVICES = Path(__file__).parent / "services"
RUNNER = str(SERVICES / "keyring_cli.py")
TODAY = date(2025, 3, 1)
SMTP_USER = "versand@beispiel-shop.de"
SMTP_PASSWORD = "made-up-smtp-Passw0rd"
SECRETS = {
    "lwa_client_id": "amzn1.application-oa2-client.made-up-client-id",
    "lwa_client_secret": "amzn1.oa2-cs.v1.made-up-client-secret",
    "refresh_token": "Atzr|IwEBI-made-up-refresh-token",
    "smtp_password": SMTP_PASSWORD,
}


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="composer")
    commands = parser.add_subparsers(dest="command", required=True)
    register(commands)
    return parser.parse_args(argv)


class Terminal(io.StringIO):
    """Standard input that is a terminal: secrets come from the prompt."""

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
    memory: MemoryKeyring
    capsys: pytest.CaptureFixture[str]
    today: date = TODAY

    def __call__(
        self, *argv: str, stdin: str = "", answers: dict[str, str] | None = None
    ) -> Result:
        prompts: list[str] = []

        def prompt(text: str) -> str:
            prompts.append(text)
            for key, value in (answers or {}).items():
                if f"({key}" in text:
                    return value
            return ""

        source = Terminal() if answers is not None else io.StringIO(stdin)
        status = run(
            parse(["accounts", *argv]),
            book=self.book,
            today=self.today,
            stdin=source,
            prompt=prompt,
        )
        out, err = self.capsys.readouterr()
        for value in [*SECRETS.values(), *(answers or {}).values()]:
            if value:
                assert value not in out + err + "".join(prompts), "a secret was printed"
        if err:  # one line, no traceback
            assert err.count("\n") == 1, err
            assert err.startswith("composer accounts: error: ")
        if status != EXIT_OK:
            assert err or "FAIL" in out
        self.prompts = prompts
        return Result(status, out, err)


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    memory = MemoryKeyring()
    book = AccountBook(tmp_path / "accounts.json", Credentials(memory))
    made = Cli(book, memory, capsys)
    book.today = lambda: made.today  # the book dates saved secrets by the same clock
    return made


def lines(secrets: dict[str, str]) -> str:
    return "".join(f"{k}={v}\n" for k, v in secrets.items())


ADD = ["add", "shop-de", "--marketplace", "DE"]
MAIL = ["--smtp-host", "smtp.example.com", "--smtp-user", SMTP_USER, "--sender", SMTP_USER]


# --- add -----------------------------------------------------------------------------------------


def test_add_reads_secrets_from_standard_input(cli: Cli) -> None:
    done = cli(*ADD, *MAIL, stdin="# from the password manager\n\n" + lines(SECRETS))
    assert done.status == EXIT_OK
    assert done.out.splitlines() == [
        "Added account 'shop-de': EU, DE (Amazon.de), production.",
        "Secrets in the keyring (Memory keyring (tests)): lwa_client_id, lwa_client_secret, "
        "refresh_token, smtp_password.",
        "Check it with: composer accounts test shop-de",
    ]
    assert cli.memory.entries == {(SERVICE, f"shop-de/{k}"): v for k, v in SECRETS.items()}
    account = cli.book.get("shop-de")
    assert account.region == "EU"
    assert account.client_secret_saved_on == TODAY
    assert files_containing(cli.book.path.parent, list(SECRETS.values())) == []


def test_add_asks_on_a_terminal_and_enter_skips_sp_api(cli: Cli) -> None:
    done = cli(*ADD, *MAIL, answers={"smtp_password": SMTP_PASSWORD})
    assert done.status == EXIT_OK
    assert cli.prompts == [
        "LWA client id (lwa_client_id; Enter to skip): ",
        "SMTP password (smtp_password; Enter to skip): ",
    ]
    assert cli.book.get("shop-de").secrets == {"smtp_password"}


def test_add_asks_for_every_secret_on_a_terminal(cli: Cli) -> None:
    done = cli(*ADD, "--sandbox", answers=SECRETS)
    assert done.status == EXIT_OK
    assert len(cli.prompts) == 3  # no SMTP user: no SMTP password asked for
    assert cli.book.get("shop-de").secrets == {
        "lwa_client_id",
        "lwa_client_secret",
        "refresh_token",
    }
    assert "production" not in done.out


def test_secrets_stdin_reads_standard_input_even_on_a_terminal(cli: Cli) -> None:
    def no_prompt(text: str) -> str:
        raise AssertionError(f"asked: {text}")

    args = parse(["accounts", *ADD, *MAIL, "--secrets-stdin"])
    stdin = Terminal(lines({"smtp_password": SMTP_PASSWORD}))
    assert run(args, book=cli.book, stdin=stdin, prompt=no_prompt) == EXIT_OK
    assert cli.memory.entries == {(SERVICE, "shop-de/smtp_password"): SMTP_PASSWORD}
    cli.capsys.readouterr()


@pytest.mark.parametrize(
    ("stdin", "reason"),
    [
        ("Atzr|IwEBI-made-up-refresh-token\n", "line 1: not a name=value line"),
        ("password=made-up-value\n", "line 1: unknown secret 'password'"),
        ("refresh_token=a\n\nrefresh_token=b\n", "line 3: refresh_token given twice"),
        ("smtp_password=\n", "line 1: smtp_password is empty"),
        ("refresh_token=Atzr|made-up-only-one\n", "SP-API needs all three"),
    ],
)
def test_bad_secret_input_is_refused_without_echoing_it(cli: Cli, stdin: str, reason: str) -> None:
    done = cli(*ADD, *MAIL, stdin=stdin)
    assert done.status == EXIT_USAGE
    assert reason in done.err
    assert "made-up" not in done.err
    assert cli.memory.entries == {}
    assert not cli.book.path.exists()


def test_an_smtp_password_needs_an_smtp_user(cli: Cli) -> None:
    done = cli(*ADD, stdin="smtp_password=made-up\n")
    assert done.status == EXIT_USAGE
    assert "no --smtp-user" in done.err


@pytest.mark.parametrize(
    ("argv", "reason"),
    [
        (["--region", "FE"], "Marketplace DE (Germany) is served by the EU region, not FE"),
        (["--sp-api-endpoint", "http://fake.example.com"], "plain http to another machine"),
        (["--smtp-host", "smtp.example.com", "--smtp-security", "plain"], "in clear"),
        (["--sender", "not an address"], "is not an e-mail address"),
    ],
)
def test_bad_settings_are_usage_errors(cli: Cli, argv: list[str], reason: str) -> None:
    done = cli(*ADD, *argv, stdin=lines(SECRETS))
    assert done.status == EXIT_USAGE
    assert reason in done.err
    assert cli.memory.entries == {}


def test_an_unknown_marketplace_is_a_usage_error(cli: Cli) -> None:
    done = cli("add", "shop", "--marketplace", "XX")
    assert done.status == EXIT_USAGE
    assert "unknown marketplace 'XX'" in done.err


def test_a_taken_name_is_refused_before_any_secret_is_read(cli: Cli) -> None:
    cli(*ADD)
    stdin = io.StringIO(lines(SECRETS))
    status = run(
        parse(["accounts", "add", "SHOP-DE", "--marketplace", "FR"]), book=cli.book, stdin=stdin
    )
    assert status == EXIT_USAGE
    assert stdin.tell() == 0  # not read
    assert "exists already" in cli.capsys.readouterr().err


def test_without_a_keyring_add_fails_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    book = AccountBook(tmp_path / "accounts.json", Credentials(fail.Keyring()))
    status = run(parse(["accounts", *ADD, *MAIL]), book=book, stdin=io.StringIO(lines(SECRETS)))
    err = capsys.readouterr().err
    assert status == EXIT_PROBLEMS
    assert err.startswith("composer accounts: error: Composer cannot store secrets: ")
    assert "GNOME Keyring or KWallet must be running" in err
    assert "refuses to store them anywhere else" in err
    assert [p.name for p in tmp_path.iterdir()] == ["accounts.json.lock"]  # the lock, empty


# --- list, remove, set-secret --------------------------------------------------------------------


def test_list_shows_settings_and_which_secrets_are_set(cli: Cli) -> None:
    cli(*ADD, *MAIL, stdin=lines(SECRETS))
    cli("add", "shop-us", "--marketplace", "US", "--sandbox")
    cli.today = date(2025, 8, 15)  # 13 days before the client secret's deadline
    done = cli("list")
    assert done.status == EXIT_OK
    assert done.out.splitlines() == [
        "shop-de  EU  DE  production",
        "  SP-API: https://sellingpartnerapi-eu.amazon.com, LWA https://api.amazon.com/auth/o2/"
        "token (secrets set: lwa_client_id, lwa_client_secret, refresh_token; client secret "
        "saved 2025-03-01)",
        f"  e-mail: smtp.example.com:587 starttls, user {SMTP_USER}, from {SMTP_USER} (secret "
        "set: smtp_password)",
        "  ! The LWA client secret of account 'shop-de' must be rotated by 2025-08-28 (in 13 "
        "days): Amazon requires a new one every 180 days and SP-API calls fail after that day. "
        "Create a new client secret for the app in Amazon's Developer Console (Amazon e-mails a "
        "notice 90 days ahead) and save it with: composer accounts set-secret shop-de "
        "lwa_client_secret",
        "shop-us  NA  US  sandbox",
        "  SP-API: not set up (no LWA credentials)",
        "  e-mail: not set up (no SMTP server)",
    ]


def test_list_as_json(cli: Cli) -> None:
    cli(*ADD, *MAIL, stdin=lines(SECRETS))
    done = cli("list", "--format", "json")
    [entry] = json.loads(done.out)
    assert entry["secrets"] == list(SECRETS)
    assert entry["smtp_port"] == 587
    assert entry["rotation_notice"] is None


def test_list_without_accounts(cli: Cli) -> None:
    done = cli("list")
    assert done.status == EXIT_OK
    assert "No accounts yet" in done.out


def test_a_damaged_accounts_file_is_a_usage_error_and_left_alone(cli: Cli) -> None:
    cli.book.path.write_text("{damaged")
    for argv in (["list"], [*ADD], ["remove", "shop-de"]):
        done = cli(*argv)
        assert done.status == EXIT_USAGE
        assert "is damaged (not JSON" in done.err
    assert cli.book.path.read_text() == "{damaged"


def test_remove_deletes_the_account_and_its_secrets(cli: Cli) -> None:
    cli(*ADD, *MAIL, stdin=lines(SECRETS))
    done = cli("remove", "shop-de")
    assert done.status == EXIT_OK
    assert done.out == "Removed account 'shop-de' and its secrets from the keyring.\n"
    assert cli.memory.entries == {}
    again = cli("remove", "shop-de")
    assert again.status == EXIT_USAGE
    assert "There is no account 'shop-de'" in again.err


def test_set_secret_replaces_one_secret(cli: Cli) -> None:
    cli(
        *ADD,
        stdin=lines(
            {k: SECRETS[k] for k in ("lwa_client_id", "lwa_client_secret", "refresh_token")}
        ),
    )
    cli.today = date(2025, 9, 1)
    for stdin in (
        "amzn1.oa2-cs.v1.rotated-made-up\n",
        "lwa_client_secret=amzn1.oa2-cs.v1.rotated-made-up\n",
    ):
        done = cli("set-secret", "shop-de", "lwa_client_secret", stdin=stdin)
        assert done.status == EXIT_OK
        assert done.out.splitlines() == [
            "Saved the LWA client secret of account 'shop-de' in the keyring.",
            "Amazon requires the next rotation by 2026-02-28 (180 days).",
        ]
    assert (
        cli.memory.entries[SERVICE, "shop-de/lwa_client_secret"]
        == "amzn1.oa2-cs.v1.rotated-made-up"
    )
    assert cli.book.get("shop-de").client_secret_saved_on == date(2025, 9, 1)


def test_set_secret_asks_on_a_terminal(cli: Cli) -> None:
    cli(*ADD, *MAIL)
    done = cli("set-secret", "shop-de", "smtp_password", answers={"smtp_password": SMTP_PASSWORD})
    assert done.status == EXIT_OK
    assert cli.prompts == ["SMTP password (smtp_password): "]
    assert cli.memory.entries == {(SERVICE, "shop-de/smtp_password"): SMTP_PASSWORD}


@pytest.mark.parametrize(
    ("argv", "stdin", "status", "reason"),
    [
        (["nobody", "smtp_password"], "x\n", EXIT_USAGE, "There is no account 'nobody'"),
        (["shop-de", "smtp_password"], "", EXIT_USAGE, "no smtp_password given"),
        (["shop-de", "smtp_password"], "a\nb\n", EXIT_USAGE, "holds 2 lines"),
    ],
)
def test_set_secret_refusals(
    cli: Cli, argv: list[str], stdin: str, status: int, reason: str
) -> None:
    cli(*ADD)
    done = cli("set-secret", *argv, stdin=stdin)
    assert done.status == status
    assert reason in done.err
    assert cli.memory.entries == {}


def test_secrets_are_never_arguments() -> None:
    with pytest.raises(SystemExit):
        parse(["accounts", *ADD, "--refresh-token", "x"])


# --- test ----------------------------------------------------------------------------------------


@pytest.fixture
def fake() -> Iterator[FakeAmazon]:
    with FakeAmazon() as amazon:
        yield amazon


@pytest.fixture
def mailbox() -> Iterator[SmtpServer]:
    with SmtpServer(users={SMTP_USER: SMTP_PASSWORD}) as box:
        yield box


def add_tested(cli: Cli, fake: FakeAmazon, port: int, *, password: str = SMTP_PASSWORD) -> None:
    seller = fake.seller
    done = cli(
        *ADD,
        "--sp-api-endpoint",
        fake.base_url,
        "--lwa-endpoint",
        fake.lwa_url,
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
        "--smtp-security",
        "plain",
        "--smtp-user",
        SMTP_USER,
        "--sender",
        SMTP_USER,
        stdin=lines(
            {
                "lwa_client_id": seller.client_id,
                "lwa_client_secret": seller.client_secret,
                "refresh_token": seller.refresh_token,
                "smtp_password": password,
            }
        ),
    )
    assert done.status == EXIT_OK, done.err


def test_test_checks_keyring_lwa_and_smtp(cli: Cli, fake: FakeAmazon, mailbox: SmtpServer) -> None:
    port = mailbox.port
    add_tested(cli, fake, port)
    done = cli("test", "shop-de")
    assert done.status == EXIT_OK, done.out
    assert done.out.splitlines() == [
        "Testing account 'shop-de':",
        "  ok    keyring: Memory keyring (tests) holds lwa_client_id, lwa_client_secret, "
        "refresh_token, smtp_password",
        f"  ok    Login with Amazon: {fake.lwa_url} gave an access token",
        f"  ok    e-mail: The mail server 127.0.0.1:{port} (no encryption, this machine only) "
        f"accepted the login of {SMTP_USER}.",
    ]
    assert [r.path for r in fake.requests] == ["/auth/o2/token"]
    assert fake.violations == []
    assert mailbox.logins == [(SMTP_USER, True)]
    assert mailbox.received == []  # nothing sent to anyone
    for secret in fake.secrets_of():
        assert secret not in done.out


def test_test_says_what_to_do_when_lwa_refuses(
    cli: Cli, fake: FakeAmazon, mailbox: SmtpServer
) -> None:
    port = mailbox.port
    add_tested(cli, fake, port, password="wrong-made-up")
    fake.revoke()
    done = cli("test", "shop-de")
    assert done.status == EXIT_PROBLEMS
    [lwa] = [line for line in done.out.splitlines() if "Login with Amazon" in line]
    assert lwa.startswith("  FAIL  Login with Amazon: Login with Amazon refused the credentials")
    assert lwa.endswith("Save it with: composer accounts set-secret shop-de refresh_token")
    [smtp] = [line for line in done.out.splitlines() if "e-mail" in line]
    assert smtp.startswith("  FAIL  e-mail: The mail server 127.0.0.1:")
    assert "refused the login of versand@beispiel-shop.de: 535" in smtp
    assert "wrong-made-up" not in done.out


def test_test_reports_a_secret_the_keyring_lost(
    cli: Cli, fake: FakeAmazon, mailbox: SmtpServer
) -> None:
    port = mailbox.port
    add_tested(cli, fake, port)
    del cli.memory.entries[SERVICE, "shop-de/refresh_token"]
    done = cli("test", "shop-de")
    assert done.status == EXIT_PROBLEMS
    assert (
        "  FAIL  keyring: Memory keyring (tests) holds no refresh_token for this account. Save: "
        "composer accounts set-secret shop-de refresh_token"
    ) in done.out
    assert "  -     Login with Amazon: not tried: a secret is missing" in done.out
    assert fake.requests == []


def test_test_of_an_account_with_nothing_set_up(cli: Cli) -> None:
    cli(*ADD)
    done = cli("test", "shop-de")
    assert done.status == EXIT_PROBLEMS
    assert "nothing to test" in done.out


def test_test_of_an_unknown_account(cli: Cli) -> None:
    done = cli("test", "nobody")
    assert done.status == EXIT_USAGE


def test_test_without_a_keyring(cli: Cli) -> None:
    cli(
        *ADD,
        stdin=lines({k: SECRETS[k] for k in ("lwa_client_id", "lwa_client_secret")})
        + "refresh_token=x\n",
    )
    no_keyring = AccountBook(cli.book.path, Credentials(fail.Keyring()))
    status = run(parse(["accounts", "test", "shop-de"]), book=no_keyring)
    assert status == EXIT_PROBLEMS
    assert "Composer cannot store secrets" in cli.capsys.readouterr().err


# --- as a program, under a real Secret Service ---------------------------------------------------


def _program(home: Path, *argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_in_secret_service(python(RUNNER, "accounts", *argv), home, stdin=stdin)


@pytest.mark.slow
def test_round_trip_through_the_secret_service(
    tmp_path: Path, fake: FakeAmazon, mailbox: SmtpServer
) -> None:
    port = mailbox.port
    seller = fake.seller
    secrets = {
        "lwa_client_id": seller.client_id,
        "lwa_client_secret": seller.client_secret,
        "refresh_token": seller.refresh_token,
        "smtp_password": SMTP_PASSWORD,
    }
    added = _program(
        tmp_path,
        *ADD,
        "--sp-api-endpoint",
        fake.base_url,
        "--lwa-endpoint",
        fake.lwa_url,
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(port),
        "--smtp-security",
        "plain",
        "--smtp-user",
        SMTP_USER,
        "--sender",
        SMTP_USER,
        stdin=lines(secrets),
    )
    assert added.returncode == EXIT_OK, added.stderr
    assert "Secrets in the keyring (SecretService Keyring)" in added.stdout
    # Each step in a new D-Bus session and keyring daemon: the secrets outlive them (a reboot).
    listed = _program(tmp_path, "list")
    assert listed.returncode == EXIT_OK, listed.stderr
    assert "secrets set: lwa_client_id, lwa_client_secret, refresh_token" in listed.stdout
    tested = _program(tmp_path, "test", "shop-de")
    assert tested.returncode == EXIT_OK, tested.stdout + tested.stderr
    assert "ok    keyring: SecretService Keyring holds" in tested.stdout
    assert "ok    Login with Amazon" in tested.stdout
    assert "ok    e-mail" in tested.stdout
    assert mailbox.logins == [(SMTP_USER, True)]
    # No secret in any file under HOME (config, data, the keyring's own encrypted file).
    assert files_containing(tmp_path, list(secrets.values())) == []
    for step in (added, listed, tested):
        for secret in [*secrets.values(), *fake.secrets_of()]:
            assert secret not in step.stdout + step.stderr
    removed = _program(tmp_path, "remove", "shop-de")
    assert removed.returncode == EXIT_OK, removed.stderr
    check = run_in_secret_service(
        python(
            "-c",
            "from composer.services.credentials import Credentials; "
            "print(sorted(Credentials().which('shop-de', ['lwa_client_id', 'lwa_client_secret', "
            "'refresh_token', 'smtp_password'])))",
        ),
        tmp_path,
    )
    assert check.stdout.strip() == "[]", check.stderr


@pytest.mark.slow
def test_secrets_are_asked_for_without_echo_in_a_terminal(tmp_path: Path) -> None:
    require_secret_service()
    answers = {
        "(lwa_client_id; Enter to skip): ": SECRETS["lwa_client_id"],
        "(lwa_client_secret; Enter to skip): ": SECRETS["lwa_client_secret"],
        "(refresh_token; Enter to skip): ": SECRETS["refresh_token"],
        "(smtp_password; Enter to skip): ": SMTP_PASSWORD,
    }
    driver = python(
        str(SERVICES / "keyring_tty.py"),
        json.dumps(answers),
        "--",
        *python(RUNNER),
        "accounts",
        *ADD,
        *MAIL,
    )
    done = run_in_secret_service(driver, tmp_path)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["unanswered"] == []
    assert seen["status"] == EXIT_OK, seen["transcript"]
    assert "LWA client secret (lwa_client_secret; Enter to skip): " in seen["transcript"]
    for secret in SECRETS.values():
        assert secret not in seen["transcript"]  # typed, never shown
    stored = run_in_secret_service(
        python(
            "-c",
            "from composer.services.credentials import Credentials; c = Credentials(); "
            "import json; print(json.dumps({k: c.get('shop-de', k) for k in "
            "['lwa_client_id', 'lwa_client_secret', 'refresh_token', 'smtp_password']}))",
        ),
        tmp_path,
    )
    assert json.loads(stored.stdout) == SECRETS


@pytest.mark.slow
def test_the_program_without_a_keyring_says_so_and_writes_nothing(tmp_path: Path) -> None:
    done = subprocess.run(
        python(RUNNER, "accounts", *ADD, *MAIL),
        input=lines(SECRETS),
        env=isolated_env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == EXIT_PROBLEMS
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith("composer accounts: error: Composer cannot store secrets: no Secret")
    # Only the (empty) lock file the change took.
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == ["accounts.json.lock"]


def test_data_dir_keeps_the_accounts_file_where_the_window_keeps_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The window's --data-dir DIR keeps DIR/accounts.json; the command line's is the same file.
    # (Only the keyring backend is swapped, for the in-memory one.)
    from composer import cli_accounts, cli_outbox

    memory = MemoryKeyring()
    monkeypatch.setattr(cli_accounts, "Credentials", lambda: Credentials(memory))
    monkeypatch.setattr("composer.services.credentials.Credentials", lambda: Credentials(memory))
    data = tmp_path / "data"
    data.mkdir()
    added = run(
        parse(["accounts", "--data-dir", str(data), *ADD, *MAIL, "--secrets-stdin"]),
        stdin=io.StringIO(lines({"smtp_password": "made-up-password"})),
    )
    assert added == EXIT_OK
    assert (data / "accounts.json").is_file()
    capsys.readouterr()
    assert run(parse(["accounts", "--data-dir", str(data), "list"])) == EXIT_OK
    assert capsys.readouterr().out.startswith("shop-de  EU  DE  production")
    assert (
        run(
            parse(["accounts", "list"]),
            book=AccountBook(tmp_path / "elsewhere.json", Credentials(memory)),
        )
        == EXIT_OK
    )
    assert "No accounts yet" in capsys.readouterr().out

    # composer send --data-dir DIR finds it there too.
    message = tmp_path / "note.txt"
    message.write_text(
        "Subject: Your engraving, order 302-4417865-2290147\n\nHello, which font would you like "
        "for the engraving on order 302-4417865-2290147?\n\nKind regards,\nMarlow Mill",
        encoding="utf-8",
    )
    parser = argparse.ArgumentParser(prog="composer")
    cli_outbox.register(parser.add_subparsers(dest="command", required=True))
    sent = cli_outbox.run(
        parser.parse_args(
            [
                "send",
                str(message),
                "--account",
                "shop-de",
                "--order",
                "302-4417865-2290147",
                "--to",
                "abc123@marketplace.amazon.de",
                "--dry-run",
                "--data-dir",
                str(data),
            ]
        )
    )
    out, err = capsys.readouterr()
    assert "unknown account" not in err.lower(), err
    assert "shop-de" in out
    assert sent == EXIT_OK, out + err  # nothing blocks; a dry run sends nothing
    assert out.startswith("account shop-de, order 302-4417865-2290147")


def test_a_secret_typed_as_an_option_is_not_printed_back(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from composer.cli import main

    with pytest.raises(SystemExit) as stopped:
        main(
            ["accounts", "add", "shop-de", "--marketplace", "DE", "--refresh-token", "Atzr|made-up"]
        )
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err
    assert "Atzr|made-up" not in err
    assert "--refresh-token" not in err
