"""E-mail to the buyer through real SMTP servers on loopback: aiosmtpd with STARTTLS, implicit
TLS and AUTH, and a scripted server for the faults, each mapped onto the outcome the outbox
acts on (sent, refused, throttled, unreachable, unknown)."""

from __future__ import annotations

import base64
import email
import email.policy
import socket
from email.message import EmailMessage
from pathlib import Path

import pytest

from composer.services import mail
from composer.services.accounts import Account, SmtpSecurity
from composer.services.delivery import (
    DeliveryError,
    DeliveryUnknownError,
    RefusedError,
    ThrottledError,
    UnreachableError,
)
from composer.services.mail import (
    SMTP_RETRY_WAIT,
    BuyerAddressError,
    MailError,
    check_buyer_address,
    send_email,
)
from composer.services.marketplaces import Region
from tests.services.smtp_server import (
    Certificates,
    ScriptedServer,
    SmtpServer,
    free_port,
    make_certificates,
)

USER = "versand@beispiel-shop.de"
PASSWORD = "made-up-Smtp-pa55word"
SENDER = "Beispiel Shop <versand@beispiel-shop.de>"
BUYER = "q0x7kz5ltmvd9hy@marketplace.amazon.de"
SUBJECT = "Ihre Bestellung 302-4417865-2290147: Gravur – welcher Name?"
HTML = (
    "<p>Guten Tag Frau Müller,</p>"
    "<p>für die Gravur Ihrer Bestellung <b>302-4417865-2290147</b> brauchen wir noch:</p>"
    "<ul><li>den Namen</li><li>die Schriftart</li></ul>"
    "<p>.Punkt am Zeilenanfang bleibt.</p>"
    "<p>Mit freundlichen Grüßen<br>Ihr Beispiel-Shop-Team</p>"
)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def trusted(certificates: Certificates, monkeypatch: pytest.MonkeyPatch) -> Certificates:
    """The test CA as the only trusted one, as the system's store would hold a real CA."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificates.ca_file))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return certificates


def account(
    port: int, security: SmtpSecurity = SmtpSecurity.STARTTLS, **changes: object
) -> Account:
    values: dict[str, object] = {
        "smtp_host": "localhost" if security is not SmtpSecurity.PLAIN else "127.0.0.1",
        "smtp_port": port,
        "smtp_security": security,
        "smtp_user": USER,
        "sender": SENDER,
    } | changes
    return Account("shop-de", Region.EU, "DE", **values)  # type: ignore[arg-type]


def parse(content: bytes) -> EmailMessage:
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def never_shows_password(error: BaseException) -> None:
    shown = f"{error} {error!r} {getattr(error, 'message', '')}"
    assert PASSWORD not in shown


# --- delivered -----------------------------------------------------------------------------------


@pytest.mark.parametrize("security", [SmtpSecurity.STARTTLS, SmtpSecurity.SSL])
def test_the_mail_arrives_encrypted_with_both_parts(
    trusted: Certificates, security: SmtpSecurity
) -> None:
    with SmtpServer(users={USER: PASSWORD}, tls=security.value, certificates=trusted) as box:
        receipt = send_email(
            account(box.port, security), PASSWORD, to=BUYER, subject=SUBJECT, html=HTML
        )
    [got] = box.received
    assert got.user == USER
    assert got.sender == "versand@beispiel-shop.de"
    assert got.recipients == [BUYER]
    message = got.message
    assert message["From"] == SENDER
    assert message["To"] == BUYER
    assert message["Subject"] == SUBJECT  # as written: no "[Important]" added
    assert "important" not in got.data.decode("ascii").lower()
    assert message["Message-ID"] == receipt.reference
    assert receipt.reply == "250 2.0.0 Ok: queued as Q0001"
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None
    assert html is not None
    text = plain.get_content()
    assert "Guten Tag Frau Müller," in text
    assert "302-4417865-2290147" in text
    assert ".Punkt am Zeilenanfang bleibt." in text  # dot-stuffing undone by the server
    assert "<b>302-4417865-2290147</b>" in html.get_content()
    assert "<ul>" in html.get_content()


def test_plain_smtp_to_this_machine_logs_in_and_delivers() -> None:
    with SmtpServer(users={USER: PASSWORD}) as box:
        receipt = send_email(
            account(box.port, SmtpSecurity.PLAIN), PASSWORD, to=BUYER, subject=SUBJECT, html=HTML
        )
    assert [r.user for r in box.received] == [USER]
    assert receipt.reference.startswith("<")
    assert receipt.reference.endswith("@beispiel-shop.de>")


def test_a_server_without_login_takes_mail_from_an_account_without_a_user() -> None:
    with SmtpServer() as box:
        send_email(
            account(box.port, SmtpSecurity.PLAIN, smtp_user=None),
            None,
            to=BUYER,
            subject="S",
            html="x",
        )
    assert len(box.received) == 1


def test_test_login_checks_the_login_only(trusted: Certificates) -> None:
    with SmtpServer(users={USER: PASSWORD}, tls="starttls", certificates=trusted) as box:
        said = mail.test_login(account(box.port), PASSWORD)
    assert said == f"The mail server localhost:{box.port} (STARTTLS) accepted the login of {USER}."
    assert box.logins == [(USER, True)]
    assert box.received == []


# --- refused: failed, with the server's code and words -------------------------------------------


def test_a_wrong_password_is_refused_with_535(trusted: Certificates) -> None:
    real = {USER: "the-real-made-up-password"}
    with (
        SmtpServer(users=real, tls="starttls", certificates=trusted) as box,
        pytest.raises(RefusedError) as caught,
    ):
        send_email(account(box.port), PASSWORD, to=BUYER, subject=SUBJECT, html=HTML)
    assert caught.value.code == "535"
    assert "refused the login of versand@beispiel-shop.de: 535" in caught.value.message
    assert box.logins == [(USER, False)]  # one attempt: no second mechanism tried
    assert box.received == []
    never_shows_password(caught.value)


def test_a_recipient_refused_with_550_is_refused(trusted: Certificates) -> None:
    refusing = SmtpServer(
        users={USER: PASSWORD},
        tls="starttls",
        certificates=trusted,
        rcpt_reply="550 5.1.1 <buyer>: Recipient address rejected",
    )
    with refusing as box, pytest.raises(RefusedError) as caught:
        send_email(account(box.port), PASSWORD, to=BUYER, subject=SUBJECT, html=HTML)
    assert caught.value.code == "550"
    assert caught.value.message == (
        f"The mail server localhost:{box.port} refused the recipient {BUYER}: "
        "550 5.1.1 <buyer>: Recipient address rejected"
    )
    assert not isinstance(caught.value, ThrottledError)


def test_mail_without_login_where_one_is_required_is_refused() -> None:
    with SmtpServer(users={USER: PASSWORD}) as box, pytest.raises(RefusedError) as caught:
        send_email(
            account(box.port, SmtpSecurity.PLAIN, smtp_user=None),
            None,
            to=BUYER,
            subject="S",
            html="x",
        )
    assert caught.value.code == "530"


def test_a_certificate_the_system_does_not_trust_is_refused(
    certificates: Certificates, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    other = make_certificates(tmp_path / "other")  # trust another CA than the server's
    monkeypatch.setenv("SSL_CERT_FILE", str(other.ca_file))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    for security in (SmtpSecurity.STARTTLS, SmtpSecurity.SSL):
        with (
            SmtpServer(
                users={USER: PASSWORD}, tls=security.value, certificates=certificates
            ) as box,
            pytest.raises(RefusedError) as caught,
        ):
            send_email(account(box.port, security), PASSWORD, to=BUYER, subject=SUBJECT, html=HTML)
        assert caught.value.code == "tls"
        assert "failed the certificate check" in caught.value.message
        assert box.logins == []  # the password never left


def test_a_server_without_starttls_is_not_sent_the_password() -> None:
    with ScriptedServer() as server, pytest.raises(RefusedError) as caught:
        send_email(
            account(server.port, SmtpSecurity.STARTTLS, smtp_host="127.0.0.1"),
            PASSWORD,
            to=BUYER,
            subject=SUBJECT,
            html=HTML,
        )
    assert caught.value.code == "tls"
    assert "does not offer STARTTLS" in caught.value.message
    assert not any(c.upper().startswith("AUTH") for c in server.seen)


def test_a_refusal_that_echoes_the_login_never_shows_the_password() -> None:
    plain = base64.b64encode(f"\0{USER}\0{PASSWORD}".encode()).decode()
    encoded = base64.b64encode(PASSWORD.encode()).decode()
    echo = f"535 5.7.8 Bad credentials {plain} / {PASSWORD} / {encoded}"
    with ScriptedServer({"auth": echo}) as server, pytest.raises(RefusedError) as caught:
        send_email(
            account(server.port, SmtpSecurity.PLAIN), PASSWORD, to=BUYER, subject="S", html="x"
        )
    never_shows_password(caught.value)
    assert plain not in caught.value.message
    assert caught.value.message.endswith(
        "535 5.7.8 Bad credentials [password] / [password] / [password]"
    )


def test_a_final_5xx_after_the_message_is_refused() -> None:
    with (
        ScriptedServer({"end": "554 5.7.1 Message rejected: sender not authorised"}) as server,
        pytest.raises(RefusedError) as caught,
    ):
        send_email(
            account(server.port, SmtpSecurity.PLAIN), PASSWORD, to=BUYER, subject="S", html="x"
        )
    assert caught.value.code == "554"
    assert "did not accept the message: 554 5.7.1" in caught.value.message


# --- throttled: not accepted for now, safe to send again after waiting ---------------------------


@pytest.mark.parametrize(
    ("step", "reply"),
    [
        ("greeting", "421 4.3.2 Service not available, closing channel"),
        ("mail", "451 4.7.1 Greylisted, please try again later"),
        ("rcpt", "452 4.2.2 Mailbox full"),
        ("data", "421 4.4.5 Too many connections"),
        ("end", "451 4.3.0 Temporary failure, try again"),
    ],
)
def test_a_4xx_reply_is_throttled_with_a_wait(step: str, reply: str) -> None:
    with ScriptedServer({step: reply}) as server, pytest.raises(ThrottledError) as caught:
        send_email(
            account(server.port, SmtpSecurity.PLAIN), PASSWORD, to=BUYER, subject="S", html="x"
        )
    assert caught.value.code == reply[:3]
    assert caught.value.wait == SMTP_RETRY_WAIT
    assert reply in caught.value.message


def test_a_4xx_from_aiosmtpd_on_mail_is_throttled(trusted: Certificates) -> None:
    greylisting = SmtpServer(
        users={USER: PASSWORD},
        tls="starttls",
        certificates=trusted,
        mail_reply="451 4.7.1 Greylisted",
    )
    with (
        greylisting as box,
        pytest.raises(ThrottledError, match=r"451 4\.7\.1 Greylisted"),
    ):
        send_email(account(box.port), PASSWORD, to=BUYER, subject=SUBJECT, html=HTML)


def test_a_554_greeting_is_refused() -> None:
    with (
        ScriptedServer({"greeting": "554 5.7.1 No SMTP service here"}) as server,
        pytest.raises(RefusedError) as caught,
    ):
        mail.test_login(account(server.port, SmtpSecurity.PLAIN), PASSWORD)
    assert caught.value.code == "554"
    assert not isinstance(caught.value, ThrottledError)


# --- unreachable: nothing was sent ---------------------------------------------------------------


def test_nothing_listening_is_unreachable() -> None:
    port = free_port()
    with pytest.raises(UnreachableError) as caught:
        send_email(account(port, SmtpSecurity.PLAIN), PASSWORD, to=BUYER, subject="S", html="x")
    assert caught.value.message == (
        f"Cannot reach the mail server 127.0.0.1:{port} (connection refused: nothing listens "
        "on that port); nothing was sent."
    )


def test_an_unknown_host_is_unreachable() -> None:
    with pytest.raises(UnreachableError, match=r"host name is not known|no answer in time"):
        mail.test_login(account(25, smtp_host="smtp.composer-test.invalid"), PASSWORD, timeout=5)


def test_a_server_that_never_greets_is_unreachable() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, never answers
        port = silent.getsockname()[1]
        with pytest.raises(UnreachableError, match="nothing was sent"):
            send_email(
                account(port, SmtpSecurity.PLAIN),
                PASSWORD,
                to=BUYER,
                subject="S",
                html="x",
                timeout=0.5,
            )


@pytest.mark.parametrize("step", ["greeting", "ehlo", "auth", "mail", "rcpt", "data"])
def test_a_connection_lost_before_the_message_is_unreachable(step: str) -> None:
    with ScriptedServer({step: "drop"}) as server, pytest.raises(UnreachableError) as caught:
        send_email(
            account(server.port, SmtpSecurity.PLAIN), PASSWORD, to=BUYER, subject="S", html="x"
        )
    assert server.messages == []
    assert "nothing was sent" in caught.value.message
    never_shows_password(caught.value)


# --- unknown: the message went out, no final answer ----------------------------------------------


@pytest.mark.parametrize("behaviour", ["drop", "hang"])
def test_a_connection_lost_after_the_message_is_unknown(behaviour: str) -> None:
    with (
        ScriptedServer({"end": behaviour}) as server,
        pytest.raises(DeliveryUnknownError) as caught,
    ):
        send_email(
            account(server.port, SmtpSecurity.PLAIN),
            PASSWORD,
            to=BUYER,
            subject=SUBJECT,
            html=HTML,
            timeout=1,
        )
    [data] = server.messages  # the server has the whole message...
    assert parse(data)["Message-ID"] == caught.value.reference
    assert "may have received it" in caught.value.message  # ...and we cannot know the rest
    never_shows_password(caught.value)


# --- local problems: nothing sent ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("buyer@example.com", "not a buyer's anonymised Amazon address"),
        ("q0x7kz5ltmvd9hy@marketplace.amazon.fr", "another marketplace"),
        ("q0x7kz5ltmvd9hy@amazon.de", "not a buyer's anonymised Amazon address"),
        (f"{BUYER}\r\nBcc: all@example.com", "not a buyer's anonymised Amazon address"),
        ("", "not a buyer's anonymised Amazon address"),
    ],
)
def test_only_the_buyers_alias_of_the_marketplace_is_accepted(address: str, reason: str) -> None:
    with pytest.raises(BuyerAddressError, match=reason) as caught:
        check_buyer_address(address, "DE")
    assert caught.value.code == "local"


def test_the_buyers_alias_is_returned_bare() -> None:
    assert check_buyer_address(f"Erika Müller <{BUYER}>", "DE") == BUYER
    assert check_buyer_address("Ab.c+1@Marketplace.Amazon.co.UK", "UK") == (
        "Ab.c+1@marketplace.amazon.co.uk"
    )


def test_nothing_is_sent_to_anyone_but_the_buyer() -> None:
    with ScriptedServer() as server, pytest.raises(BuyerAddressError):
        send_email(
            account(server.port, SmtpSecurity.PLAIN),
            PASSWORD,
            to="buyer@example.com",
            subject="S",
            html="x",
        )
    assert server.seen == []


@pytest.mark.parametrize(
    ("changes", "password", "reason"),
    [
        ({"smtp_host": None, "smtp_port": None, "smtp_user": None}, None, "no SMTP server"),
        ({"sender": None}, PASSWORD, "no sender address"),
        ({}, None, "holds no SMTP password"),
    ],
)
def test_an_account_not_set_up_for_mail_sends_nothing(
    changes: dict[str, object], password: str | None, reason: str
) -> None:
    with ScriptedServer() as server, pytest.raises(MailError, match=reason) as caught:
        send_email(
            account(server.port, SmtpSecurity.PLAIN, **changes),
            password,
            to=BUYER,
            subject="S",
            html="x",
        )
    assert caught.value.code == "local"
    assert server.seen == []


def test_a_non_ascii_password_is_a_clear_error() -> None:
    with ScriptedServer() as server, pytest.raises(MailError, match="outside ASCII") as caught:
        mail.test_login(account(server.port, SmtpSecurity.PLAIN), "pässwort-made-up")
    assert "pässwort" not in str(caught.value)


def test_every_failure_is_a_delivery_error() -> None:
    # The outbox decides by these types alone.
    for cls in (MailError, BuyerAddressError):
        assert issubclass(cls, RefusedError)
        assert issubclass(cls, DeliveryError)
