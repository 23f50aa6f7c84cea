"""Child process for the Secret Service tests (run by keyring_session.run_in_secret_service).

``python keyring_child.py MODE``; prints one JSON object on stdout with what it saw:
- ``roundtrip``: through ``Credentials`` with keyring's default backend, store, read back,
  list and delete secrets of two accounts, then an account added and removed by ``AccountBook``.
- ``locked``: try to store a secret in a keyring that cannot be unlocked.
- ``lock-after``: store a secret, lock the keyring, try to read it back.
- ``fail-backend``: add an account through ``AccountBook`` (run with keyring's fail backend).
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from composer.services.accounts import Account, AccountBook
from composer.services.credentials import SERVICE, Credentials, CredentialsError
from composer.services.marketplaces import Region

SECRETS = {
    "lwa_client_id": "amzn1.application-oa2-client.0f3c-made-up",
    "lwa_client_secret": "amzn1.oa2-cs.v1.made-up-client-secret-ü",
    "refresh_token": "Atzr|IwEBI-made-up-refresh-token",
    "smtp_password": "made-up smtp pässword",
}


def roundtrip() -> dict[str, object]:
    import keyring

    seen: dict[str, object] = {"backend": type(keyring.get_keyring()).__module__}
    credentials = Credentials()
    seen["backend_name"] = credentials.backend_name
    for key, value in SECRETS.items():
        credentials.set("shop-de", key, value)
    credentials.set("shop-us", "refresh_token", "Atzr|other-made-up")
    seen["read_back"] = {k: credentials.get("shop-de", k) == v for k, v in SECRETS.items()}
    seen["via_keyring"] = (
        keyring.get_password(SERVICE, "shop-de/refresh_token") == (SECRETS["refresh_token"])
    )
    seen["listed_de"] = sorted(credentials.which("shop-de", SECRETS))
    seen["listed_us"] = sorted(credentials.which("shop-us", SECRETS))
    credentials.set("shop-de", "smtp_password", "replaced made-up password")
    seen["replaced"] = credentials.get("shop-de", "smtp_password") == "replaced made-up password"
    seen["deleted"] = credentials.delete("shop-de", "smtp_password")
    seen["deleted_again"] = credentials.delete("shop-de", "smtp_password")
    seen["after_delete"] = sorted(credentials.which("shop-de", SECRETS))
    for key in SECRETS:
        credentials.delete("shop-de", key)
    credentials.delete("shop-us", "refresh_token")
    seen["at_end"] = sorted(credentials.which("shop-de", SECRETS)) + sorted(
        credentials.which("shop-us", SECRETS)
    )

    book = AccountBook(AccountBook.default_path(), Credentials(), today=lambda: date(2025, 5, 1))
    account = Account("shop-fr", Region.EU, "FR")
    book.add(account, {"lwa_client_secret": SECRETS["lwa_client_secret"]})
    seen["book_path"] = str(book.path)
    seen["book_secret"] = (
        book.secret("shop-fr", "lwa_client_secret") == (SECRETS["lwa_client_secret"])
    )
    seen["book_file"] = json.loads(book.path.read_text("utf-8"))
    book.remove("shop-fr")
    seen["book_after_remove"] = sorted(Credentials().which("shop-fr", SECRETS))
    return seen


def try_store() -> dict[str, object]:
    try:
        Credentials().set("shop-de", "refresh_token", SECRETS["refresh_token"])
    except CredentialsError as exc:
        return {"error": type(exc).__name__, "message": exc.message, "repr": repr(exc)}
    return {"error": None}


def lock_after() -> dict[str, object]:
    import secretstorage

    credentials = Credentials()
    credentials.set("shop-de", "refresh_token", SECRETS["refresh_token"])
    connection = secretstorage.dbus_init()
    secretstorage.get_default_collection(connection).lock()
    try:
        credentials.get("shop-de", "refresh_token")
    except CredentialsError as exc:
        return {"error": type(exc).__name__, "message": exc.message}
    return {"error": None}


def fail_backend() -> dict[str, object]:
    book = AccountBook(AccountBook.default_path(), Credentials())
    try:
        book.add(Account("shop-de", Region.EU, "DE"), SECRETS)
    except CredentialsError as exc:
        return {
            "error": type(exc).__name__,
            "message": exc.message,
            "file_exists": Path(book.path).exists(),
        }
    return {"error": None}


if __name__ == "__main__":
    mode = sys.argv[1]
    result = {
        "roundtrip": roundtrip,
        "locked": try_store,
        "lock-after": lock_after,
        "fail-backend": fail_backend,
    }[mode]()
    json.dump(result, sys.stdout)
