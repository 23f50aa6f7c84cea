"""Seller accounts: settings in a JSON file that records only which secrets exist, the secrets
in the keyring (in-memory backend here; the real Secret Service is in test_credentials.py),
every bad setting refused with a plain reason, a damaged file never overwritten, and the
client-secret rotation reminder."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from keyring.backends import fail
from keyring.errors import KeyringLocked

from composer.services.accounts import (
    SECRET_NAMES,
    Account,
    AccountBook,
    AccountsFileError,
    DuplicateAccountError,
    InvalidAccountError,
    SecretMissingError,
    SmtpSecurity,
    UnknownAccountError,
    rotation_notice,
)
from composer.services.credentials import (
    SERVICE,
    Credentials,
    KeyringLockedError,
    KeyringUnavailableError,
)
from composer.services.marketplaces import Region
from tests.services.keyring_memory import MemoryKeyring

SECRETS = {
    "lwa_client_id": "amzn1.application-oa2-client.made-up-id",
    "lwa_client_secret": "amzn1.oa2-cs.v1.made-up-secret",
    "refresh_token": "Atzr|IwEBI-made-up-token",
    "smtp_password": "made-up mail password",
}
TODAY = date(2025, 3, 1)


def shop(name: str = "shop-de", **settings: object) -> Account:
    values: dict[str, object] = {
        "smtp_host": "smtp.example.com",
        "smtp_user": "seller@example.com",
        "sender": "Beispiel GmbH <support@example.com>",
    } | settings
    return Account(name, Region.EU, "DE", **values)  # type: ignore[arg-type]


@pytest.fixture
def memory() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def book(tmp_path: Path, memory: MemoryKeyring) -> AccountBook:
    return AccountBook(tmp_path / "config" / "accounts.json", Credentials(memory), lambda: TODAY)


# --- adding, reading, removing -----------------------------------------------------------------


def test_an_account_is_stored_with_the_names_of_its_secrets_only(
    book: AccountBook, memory: MemoryKeyring
) -> None:
    stored = book.add(shop(), SECRETS)
    assert stored.secrets == frozenset(SECRET_NAMES)
    assert stored.client_secret_saved_on == TODAY
    assert book.accounts() == (stored,)
    assert book.get("shop-de") == stored
    assert {k: book.secret("shop-de", k) for k in SECRETS} == SECRETS
    assert memory.entries == {(SERVICE, f"shop-de/{k}"): v for k, v in SECRETS.items()}
    text = book.path.read_text("utf-8")
    assert not any(v in text for v in SECRETS.values())
    [entry] = json.loads(text)["accounts"]
    assert entry["secrets"] == list(SECRET_NAMES)
    assert entry["client_secret_saved_on"] == "2025-03-01"
    assert entry["sender"] == "Beispiel GmbH <support@example.com>"


def test_the_file_is_replaced_whole_and_private(book: AccountBook) -> None:
    book.add(shop("one"), {})
    book.add(shop("two"), {})
    # No temporary file left; the lock file of the changes (empty) stays beside.
    assert sorted(p.name for p in book.path.parent.iterdir()) == [
        "accounts.json",
        "accounts.json.lock",
    ]
    assert stat.S_IMODE(book.path.stat().st_mode) == 0o600
    assert [a.name for a in book.accounts()] == ["one", "two"]


def test_every_setting_survives_the_file(book: AccountBook) -> None:
    account = Account(
        "Shop US sandbox",
        Region.NA,
        "US",
        sandbox=True,
        sp_api_endpoint="http://127.0.0.1:8123/",
        lwa_endpoint="http://localhost:8124/auth/o2/token",
        smtp_host="127.0.0.1",
        smtp_port=2525,
        smtp_security=SmtpSecurity.PLAIN,
        smtp_user="tester",
        sender="seller@example.com",
    )
    stored = book.add(account, {"smtp_password": "made-up"})
    again = AccountBook(book.path, book.credentials).get("Shop US sandbox")
    assert again == stored
    assert again.sp_api_base_url == "http://127.0.0.1:8123"
    assert again.lwa_url == "http://localhost:8124/auth/o2/token"
    assert again.smtp_port_or_default == 2525


def test_no_file_means_no_accounts(book: AccountBook) -> None:
    assert book.accounts() == ()
    with pytest.raises(UnknownAccountError, match="no accounts yet"):
        book.get("shop-de")


def test_names_are_unique_whatever_the_case(book: AccountBook, memory: MemoryKeyring) -> None:
    book.add(shop("Shop-DE"), {})
    with pytest.raises(DuplicateAccountError, match="exists already"):
        book.add(shop("shop-de"), SECRETS)
    assert memory.entries == {}  # refused before the keyring was touched


def test_remove_deletes_the_secrets_and_the_record(
    book: AccountBook, memory: MemoryKeyring
) -> None:
    book.add(shop("shop-de"), SECRETS)
    book.add(shop("shop-fr"), {"smtp_password": "other made-up"})
    book.remove("shop-de")
    assert [a.name for a in book.accounts()] == ["shop-fr"]
    assert memory.entries == {(SERVICE, "shop-fr/smtp_password"): "other made-up"}
    with pytest.raises(UnknownAccountError, match="shop-fr"):
        book.remove("shop-de")


def test_remove_keeps_the_account_when_the_keyring_cannot_delete(
    book: AccountBook, memory: MemoryKeyring
) -> None:
    book.add(shop(), SECRETS)
    memory.fail_with["/refresh_token"] = KeyringLocked("Failed to unlock the collection!")
    with pytest.raises(KeyringLockedError):
        book.remove("shop-de")
    assert [a.name for a in book.accounts()] == ["shop-de"]


def test_an_account_without_secrets_is_removed_without_a_keyring(tmp_path: Path) -> None:
    book = AccountBook(tmp_path / "accounts.json", Credentials(fail.Keyring()))
    book.add(shop(smtp_user=None), {})
    book.remove("shop-de")
    assert book.accounts() == ()


def test_set_secret_records_it_and_restarts_the_rotation_count(
    book: AccountBook, memory: MemoryKeyring
) -> None:
    book.add(shop(), {"smtp_password": "old made-up"})
    assert book.get("shop-de").client_secret_saved_on is None
    book.set_secret("shop-de", "smtp_password", "new made-up")
    assert book.secret("shop-de", "smtp_password") == "new made-up"
    later = AccountBook(book.path, book.credentials, lambda: date(2025, 9, 1))
    changed = later.set_secret("shop-de", "lwa_client_secret", "rotated made-up")
    assert changed.secrets == {"smtp_password", "lwa_client_secret"}
    assert later.get("shop-de").client_secret_saved_on == date(2025, 9, 1)
    assert memory.entries[SERVICE, "shop-de/lwa_client_secret"] == "rotated made-up"


def test_a_missing_secret_says_how_to_save_it(book: AccountBook) -> None:
    book.add(shop(), {})
    with pytest.raises(SecretMissingError) as caught:
        book.secret("shop-de", "refresh_token")
    assert caught.value.message == (
        "The keyring holds no refresh token for account 'shop-de'; save it with: "
        "composer accounts set-secret shop-de refresh_token"
    )


@pytest.mark.parametrize("key", ["password", "LWA_CLIENT_ID", ""])
def test_unknown_secret_names_are_refused(book: AccountBook, key: str) -> None:
    with pytest.raises(InvalidAccountError, match="Unknown secret"):
        book.add(shop(), {key: "made-up"})
    assert not book.path.exists()


# --- the keyring first: if it fails, nothing is written ------------------------------------------


def test_without_a_keyring_nothing_is_written(tmp_path: Path) -> None:
    book = AccountBook(tmp_path / "accounts.json", Credentials(fail.Keyring()))
    with pytest.raises(KeyringUnavailableError, match="anywhere else"):
        book.add(shop(), SECRETS)
    assert [p.name for p in tmp_path.iterdir()] == ["accounts.json.lock"]  # the lock, empty


def test_a_keyring_failing_midway_takes_back_what_it_stored(
    book: AccountBook, memory: MemoryKeyring
) -> None:
    memory.fail_with["/refresh_token"] = KeyringLocked("Failed to unlock the collection!")
    with pytest.raises(KeyringLockedError):
        book.add(shop(), SECRETS)
    assert memory.entries == {}
    assert not book.path.exists()


_FULL_DISK_CHILD = """
import json, resource, signal, sys
from pathlib import Path
from composer.services.accounts import Account, AccountBook, AccountsFileError
from composer.services.credentials import Credentials
from tests.services.keyring_memory import MemoryKeyring
memory = MemoryKeyring()
book = AccountBook(Path(sys.argv[1]), Credentials(memory))
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))
try:
    book.add(Account("shop-de", "EU", "DE"), {"refresh_token": "Atzr|made-up"})
except AccountsFileError as exc:
    print(json.dumps({"message": exc.message, "left": len(memory.entries)}))
"""


def test_a_file_that_cannot_be_written_takes_back_the_secrets(tmp_path: Path) -> None:
    # A disk that refuses the write: a real write failing (file size limit in a child process).
    pytest.importorskip("resource")  # POSIX
    path = tmp_path / "accounts.json"
    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK_CHILD, str(path)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    seen = json.loads(done.stdout)
    assert seen["message"].startswith(f"Cannot write the accounts file {path}: File too large")
    assert seen["left"] == 0
    # Neither the file nor a temporary one: only the (empty) lock file of the change.
    assert [p.name for p in tmp_path.iterdir()] == ["accounts.json.lock"]


# --- settings that cannot be used ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("settings", "reason"),
    [
        ({"name": "shop/de"}, "not usable"),
        ({"name": ""}, "not usable"),
        ({"name": " shop"}, "not usable"),
        ({"name": "x" * 65}, "not usable"),
        ({"region": "EMEA"}, "Unknown region 'EMEA'"),
        ({"marketplace": "XX"}, "unknown marketplace 'XX'"),
        ({"marketplace": "JP"}, "JP \\(Japan\\) is served by the FE region, not EU"),
        ({"sp_api_endpoint": "http://sellingpartnerapi-eu.amazon.com"}, "plain http"),
        ({"sp_api_endpoint": "http://10.0.0.5:8080"}, "plain http"),
        ({"lwa_endpoint": "http://127.0.0.1.example.com/token"}, "plain http"),
        ({"lwa_endpoint": "ftp://127.0.0.1/token"}, "not an https:// URL"),
        ({"lwa_endpoint": "api.amazon.com/auth/o2/token"}, "not an https:// URL"),
        ({"sp_api_endpoint": "https://user:pw@example.com"}, "user name or password"),
        ({"sp_api_endpoint": "https://example.com/?token=x"}, "query"),
        ({"sp_api_endpoint": "https://example.com:99999"}, "not a URL"),
        ({"smtp_port": 0}, "between 1 and 65535"),
        ({"smtp_port": 65536}, "between 1 and 65535"),
        ({"smtp_port": True}, "between 1 and 65535"),
        ({"smtp_security": "tls"}, "Unknown SMTP security"),
        ({"smtp_security": SmtpSecurity.PLAIN}, "in clear"),
        ({"smtp_host": "smtp example com"}, "not a host name"),
        ({"smtp_host": None}, "need the SMTP host"),
        ({"smtp_user": "a\r\nRCPT TO:<x@y.z>"}, "line break"),
        ({"sender": "support at example.com"}, "not an e-mail address"),
        ({"sender": "a@b.c\r\nBcc: x@y.z"}, "not an e-mail address"),
        ({"sender": "vertrieb@bücher.example"}, "not an e-mail address"),
        ({"secrets": frozenset({"api_key"})}, "Unknown secret name"),
    ],
)
def test_unusable_settings_are_refused(settings: dict[str, object], reason: str) -> None:
    values: dict[str, object] = {
        "name": "shop-de",
        "region": Region.EU,
        "marketplace": "DE",
        "smtp_host": "smtp.example.com",
        "smtp_user": "seller",
        "sender": "support@example.com",
    } | settings
    with pytest.raises(InvalidAccountError, match=reason):
        Account(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.8.9.10/sp",
        "http://localhost:5000",
        "http://LOCALHOST",
        "http://[::1]:9000",
        "https://fake-amazon.test:8443/base",
    ],
)
def test_loopback_may_use_plain_http_and_anything_https(url: str) -> None:
    account = Account("t", Region.EU, "DE", sp_api_endpoint=url, lwa_endpoint=url + "/")
    assert account.sp_api_base_url == url
    assert account.lwa_url == url


def test_plain_smtp_is_allowed_to_this_machine() -> None:
    for host in ("127.0.0.1", "localhost", "::1"):
        account = Account("t", Region.EU, "DE", smtp_host=host, smtp_security="plain")  # type: ignore[arg-type]
        assert account.smtp_security is SmtpSecurity.PLAIN
        assert account.smtp_port_or_default == 25


def test_marketplaces_are_normalised_to_their_code() -> None:
    assert Account("t", Region.EU, "gb").marketplace == "UK"
    assert Account("t", "eu", "A1PA6795UKMFR9").marketplace == "DE"  # type: ignore[arg-type]
    assert Account("t", Region.FE, "JP").marketplace_id == "A1VC38T7YXB528"


def test_hosts_follow_region_and_sandbox() -> None:
    assert (
        Account("t", Region.EU, "DE").sp_api_base_url == "https://sellingpartnerapi-eu.amazon.com"
    )
    assert (
        Account("t", Region.FE, "JP", sandbox=True).sp_api_base_url
        == "https://sandbox.sellingpartnerapi-fe.amazon.com"
    )
    assert (
        Account("t", Region.NA, "US", sandbox=True).lwa_url
        == "https://api.amazon.com/auth/o2/token"
    )
    assert Account("t", Region.NA, "US", smtp_host="smtp.example.com").smtp_port_or_default == 587
    ssl = Account("t", Region.NA, "US", smtp_host="smtp.example.com", smtp_security="ssl")  # type: ignore[arg-type]
    assert ssl.smtp_port_or_default == 465


# --- a damaged file is never overwritten ---------------------------------------------------------


def _entry(**changes: object) -> dict[str, object]:
    return {"name": "shop-de", "region": "EU", "marketplace": "DE"} | changes


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "composer-accounts", "version": 1, "accounts": [', "not JSON"),
        (b"[]", "not a Composer accounts file"),
        (json.dumps({"format": "composer-accounts", "accounts": []}).encode(), "no format version"),
        (
            json.dumps({"format": "composer-accounts", "version": 1, "accounts": {}}).encode(),
            "not a list",
        ),
        (
            json.dumps(
                {
                    "format": "composer-accounts",
                    "version": 1,
                    "accounts": [_entry(marketplace="JP")],
                }
            ).encode(),
            "account 1: Marketplace JP",
        ),
        (
            json.dumps(
                {"format": "composer-accounts", "version": 1, "accounts": [_entry(), _entry()]}
            ).encode(),
            "account 2: the name 'shop-de' appears twice",
        ),
        (
            json.dumps(
                {"format": "composer-accounts", "version": 1, "accounts": [_entry(password="x")]}
            ).encode(),
            "unknown setting 'password'",
        ),
        (
            json.dumps(
                {"format": "composer-accounts", "version": 1, "accounts": [{"name": "x"}]}
            ).encode(),
            "missing 'region'",
        ),
        (
            json.dumps(
                {"format": "composer-accounts", "version": 1, "accounts": [_entry(smtp_port="25")]}
            ).encode(),
            "'smtp_port' is not a number",
        ),
    ],
)
def test_a_damaged_file_is_reported_and_left_alone(
    book: AccountBook, memory: MemoryKeyring, content: bytes, reason: str
) -> None:
    book.path.parent.mkdir(parents=True)
    book.path.write_bytes(content)
    with pytest.raises(AccountsFileError, match=reason) as caught:
        book.accounts()
    assert caught.value.damaged
    assert "left it as it is" in caught.value.message
    for change in (
        lambda: book.add(shop("other"), SECRETS),
        lambda: book.set_secret("shop-de", "smtp_password", "made-up"),
        lambda: book.remove("shop-de"),
    ):
        with pytest.raises(AccountsFileError):
            change()
    assert book.path.read_bytes() == content
    assert memory.entries == {}


def test_a_damaged_file_can_be_set_aside(book: AccountBook) -> None:
    book.path.parent.mkdir(parents=True)
    book.path.write_text("{not json")
    aside = book.set_aside()
    assert aside.parent == book.path.parent
    assert aside.name.startswith("accounts (set aside ")
    assert aside.read_text() == "{not json"
    book.add(shop(), {})
    assert [a.name for a in book.accounts()] == ["shop-de"]


def test_a_file_from_a_newer_composer_is_not_touched(book: AccountBook) -> None:
    book.path.parent.mkdir(parents=True)
    book.path.write_text(json.dumps({"format": "composer-accounts", "version": 2, "accounts": []}))
    with pytest.raises(AccountsFileError, match="newer Composer"):
        book.add(shop(), {})


def test_an_unreadable_file_is_an_error_not_an_empty_book(book: AccountBook) -> None:
    book.path.mkdir(parents=True)  # a folder where the file should be: unreadable even for root
    with pytest.raises(AccountsFileError, match="Cannot read the accounts file"):
        book.accounts()
    with pytest.raises(AccountsFileError):
        book.add(shop(), {})
    assert book.path.is_dir()


def test_the_default_path_is_in_the_config_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert AccountBook.default_path() == tmp_path / "Composer" / "accounts.json"


# --- the rotation reminder ---------------------------------------------------------------------


def _saved(on: date | None, secrets: frozenset[str] = frozenset(SECRET_NAMES)) -> Account:
    return Account("shop-de", Region.EU, "DE", secrets=secrets, client_secret_saved_on=on)


def test_no_reminder_long_before_the_deadline_or_without_a_client_secret() -> None:
    saved = date(2025, 1, 1)  # due 2025-06-30
    assert rotation_notice(_saved(saved), date(2025, 5, 30)) is None  # 31 days left
    assert rotation_notice(_saved(None), date(2030, 1, 1)) is None
    assert rotation_notice(_saved(saved, frozenset({"smtp_password"})), date(2030, 1, 1)) is None


def test_reminder_from_thirty_days_before_the_deadline() -> None:
    notice = rotation_notice(_saved(date(2025, 1, 1)), date(2025, 5, 31))
    assert notice == (
        "The LWA client secret of account 'shop-de' must be rotated by 2025-06-30 (in 30 days): "
        "Amazon requires a new one every 180 days and SP-API calls fail after that day. Create a "
        "new client secret for the app in Amazon's Developer Console (Amazon e-mails a notice 90 "
        "days ahead) and save it with: composer accounts set-secret shop-de lwa_client_secret"
    )
    assert "(in 1 day)" in str(rotation_notice(_saved(date(2025, 1, 1)), date(2025, 6, 29)))
    assert "(today)" in str(rotation_notice(_saved(date(2025, 1, 1)), date(2025, 6, 30)))


def test_reminder_says_overdue_after_the_deadline() -> None:
    notice = str(rotation_notice(_saved(date(2025, 1, 1)), date(2025, 7, 1)))
    assert notice.startswith("The LWA client secret of account 'shop-de' is overdue for rotation")
    assert "(due 2025-06-30, 1 day ago)" in notice
    assert "10 days ago" in str(rotation_notice(_saved(date(2025, 1, 1)), date(2025, 7, 10)))
