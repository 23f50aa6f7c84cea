"""Real SMTP servers on loopback for the tests that send mail (the mail service, the Sender and
its outbox, the command line, the window).

- ``SmtpServer``: aiosmtpd in a thread of the test process, on a free port or the one given (a
  server coming back after it went away). Plain SMTP, STARTTLS or implicit TLS (a CA and a
  server certificate made for the test by ``make_certificates``); with ``users``, a login is
  required and checked. Each message it takes is kept whole in ``received``; ``logins`` keeps
  every login attempt; ``mail_reply`` / ``rcpt_reply`` refuse every MAIL / RCPT, and
  ``answer_next`` scripts the final replies to the next messages (a refusal, a temporary
  failure, or ``DROP``: the connection closed once the message came).
- ``ScriptedServer``: a plain socket server that speaks SMTP line by line from a script, for
  the faults aiosmtpd will not make: a 421 greeting, a connection dropped after the message
  data, a server that never gives its final reply.
"""

from __future__ import annotations

import datetime
import email
import email.policy
import ipaddress
import socket
import ssl
import threading
from collections import deque
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

DROP = "drop"  # for answer_next: close the connection after the message came, before the reply


def free_port() -> int:
    """A port nothing listens on (yet): for a server that is down, or will come back there."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


# --- certificates --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Certificates:
    ca_file: Path  # the test CA, to trust (SSL_CERT_FILE)
    cert_file: Path  # the server's certificate (localhost, 127.0.0.1, ::1)
    key_file: Path


def make_certificates(folder: Path) -> Certificates:
    """A throw-away CA and a server certificate it signed, valid for this machine's names."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Composer test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName("localhost"),
                    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                    x509.IPAddress(ipaddress.ip_address("::1")),
                ]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    found = Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    found.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    found.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    found.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return found


# --- aiosmtpd ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Received:
    """A message the server took, as the buyer's relay would have it."""

    sender: str  # MAIL FROM
    recipients: list[str]  # RCPT TO
    data: bytes  # the message as it came, dot-stuffing undone
    user: str | None  # who logged in, None without a login

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _Handler:
    """aiosmtpd's hooks: checks logins, answers MAIL/RCPT/DATA as told, keeps what arrives. The
    server's thread writes, the test's reads: everything kept is behind ``lock``."""

    users: dict[str, str]  # user -> password; empty: no AUTH offered, none required
    mail_reply: str | None  # e.g. "451 4.7.1 Greylisted, try later"
    rcpt_reply: str | None  # e.g. "550 5.1.1 No such user"
    replies: deque[str] = field(default_factory=deque)  # final replies to the next messages
    received: list[Received] = field(default_factory=list)
    logins: list[tuple[str, bool]] = field(default_factory=list)  # (user, accepted)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def authenticate(
        self,
        server: SMTP,  # noqa: ARG002
        session: Session,  # noqa: ARG002
        envelope: Envelope,  # noqa: ARG002
        mechanism: str,  # noqa: ARG002
        auth_data: Any,
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user = auth_data.login.decode("utf-8", "replace")
        accepted = self.users.get(user) == auth_data.password.decode("utf-8", "replace")
        with self.lock:
            self.logins.append((user, accepted))
        return AuthResult(success=accepted, handled=False, auth_data=user)

    async def handle_MAIL(  # noqa: N802  (aiosmtpd's hook names)
        self,
        server: SMTP,  # noqa: ARG002
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        if self.users and not session.authenticated:
            return "530 5.7.0 Authentication required"
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(  # noqa: N802
        self,
        server: SMTP,  # noqa: ARG002
        session: Session,  # noqa: ARG002
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(  # noqa: N802
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
    ) -> str:
        with self.lock:
            queued = f"250 2.0.0 Ok: queued as Q{len(self.received) + 1:04d}"
            reply = self.replies.popleft() if self.replies else queued
            if reply == DROP or reply.startswith("250"):
                # The relay has the message: dropped or not, the buyer may get it.
                user = session.auth_data if isinstance(session.auth_data, str) else None
                content = envelope.original_content or b""
                assert isinstance(content, bytes)
                self.received.append(
                    Received(envelope.mail_from or "", list(envelope.rcpt_tos), content, user)
                )
        if reply == DROP:
            assert server.transport is not None
            server.transport.close()
            return "250 2.0.0 never seen by the client"
        return reply


class SmtpServer:
    """``with SmtpServer(...) as smtp:``: aiosmtpd listening on 127.0.0.1:``smtp.port`` (a free
    port, or the one given: a server coming back) until the block ends or ``stop()``.

    ``tls``: None (plain SMTP, which the product allows only on loopback), "starttls" (offered,
    and required before AUTH and MAIL) or "ssl" (implicit TLS); both need ``certificates``.
    ``users`` (name to password): AUTH is offered and MAIL needs a login (530 without); without
    users no AUTH is offered and anyone may send. ``mail_reply`` / ``rcpt_reply``: the reply to
    every MAIL / RCPT instead of 250."""

    def __init__(
        self,
        port: int | None = None,
        *,
        users: Mapping[str, str] | None = None,
        tls: str | None = None,
        certificates: Certificates | None = None,
        mail_reply: str | None = None,
        rcpt_reply: str | None = None,
    ) -> None:
        if tls not in (None, "starttls", "ssl"):
            raise ValueError(f"tls is None, 'starttls' or 'ssl', not {tls!r}")
        self._handler = _Handler(dict(users or {}), mail_reply, rcpt_reply)
        self.port = port or free_port()
        server_context = None
        if tls is not None:
            assert certificates is not None, "TLS needs the test's certificates"
            server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            server_context.load_cert_chain(certificates.cert_file, certificates.key_file)
        options: dict[str, Any] = {}
        if users:
            options.update(
                authenticator=self._handler.authenticate,
                # Plain (loopback) tests log in without TLS, which the product allows only on
                # loopback; aiosmtpd counts only STARTTLS as TLS, so implicit TLS needs it off too.
                auth_require_tls=tls == "starttls",
            )
        if tls == "starttls":
            options.update(tls_context=server_context, require_starttls=True)
        self._controller = Controller(
            self._handler,
            hostname="127.0.0.1",
            port=self.port,
            ssl_context=server_context if tls == "ssl" else None,
            server_hostname="mx.test",
            **options,
        )
        self._running = False

    @property
    def received(self) -> list[Received]:
        """The messages taken so far, in order (a copy)."""
        with self._handler.lock:
            return list(self._handler.received)

    @property
    def logins(self) -> list[tuple[str, bool]]:
        """Every login attempt so far: (user, accepted)."""
        with self._handler.lock:
            return list(self._handler.logins)

    def answer_next(self, *replies: str) -> None:
        """The final replies to the next messages, in order ("550 ...", "451 ...", ``DROP``);
        after them, 250 again. A message answered 250 or ``DROP`` is kept in ``received``."""
        with self._handler.lock:
            self._handler.replies.extend(replies)

    def __enter__(self) -> SmtpServer:
        self._controller.start()
        self._running = True
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop listening (the mail server goes away); idempotent."""
        if self._running:
            self._running = False
            self._controller.stop()


# --- a scripted server ---------------------------------------------------------------------------


@dataclass
class ScriptedServer:
    """A plain-socket SMTP server on 127.0.0.1 that answers from ``replies`` (by command:
    "greeting", "ehlo", "auth", "mail", "rcpt", "data", "end" for the final reply after the
    message). A reply "drop" closes the connection instead; "hang" says nothing until the test
    ends. ``seen`` keeps the commands received, ``messages`` the message data received."""

    replies: dict[str, str] = field(default_factory=dict)
    seen: list[str] = field(default_factory=list)
    messages: list[bytes] = field(default_factory=list)
    port: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _listener: socket.socket | None = None
    _thread: threading.Thread | None = None

    def __enter__(self) -> ScriptedServer:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        assert self._thread is not None
        assert self._listener is not None
        self._thread.join(timeout=10)
        self._listener.close()

    def _serve(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(0.05)
                self._talk(conn)

    def _say(self, conn: socket.socket, key: str, default: str) -> bool:
        """Answer; False when the script drops the connection here."""
        reply = self.replies.get(key, default)
        if reply == "drop":
            return False
        if reply == "hang":
            self._stop.wait()
            return False
        conn.sendall(reply.encode() + b"\r\n")
        return True

    def _lines(self, conn: socket.socket) -> Iterator[bytes]:
        buffer = b""
        while not self._stop.is_set():
            while b"\r\n" in buffer:
                line, buffer = buffer.split(b"\r\n", 1)
                yield line
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk

    def _talk(self, conn: socket.socket) -> None:
        if not self._say(conn, "greeting", "220 scripted.test ESMTP"):
            return
        lines = self._lines(conn)
        for raw in lines:
            command = raw.decode("utf-8", "replace")
            verb = command.split(" ", 1)[0].upper()
            self.seen.append(command)
            if verb == "EHLO":
                ok = self._say(conn, "ehlo", "250-scripted.test\r\n250 AUTH PLAIN LOGIN")
            elif verb == "HELO":
                ok = self._say(conn, "ehlo", "250 scripted.test")
            elif verb == "AUTH":
                ok = self._say(conn, "auth", "235 2.7.0 Authentication successful")
            elif verb == "MAIL":
                ok = self._say(conn, "mail", "250 2.1.0 OK")
            elif verb == "RCPT":
                ok = self._say(conn, "rcpt", "250 2.1.5 OK")
            elif verb == "DATA":
                ok = self._say(conn, "data", "354 End data with <CR><LF>.<CR><LF>")
                if ok and self.replies.get("data", "354").startswith("354"):
                    data = []
                    for line in lines:
                        if line == b".":
                            break
                        data.append(line)
                    self.messages.append(b"\r\n".join(data) + b"\r\n")
                    ok = self._say(conn, "end", "250 2.0.0 Ok: queued as SCRIPTED")
            elif verb == "QUIT":
                self._say(conn, "quit", "221 2.0.0 Bye")
                return
            elif verb == "RSET":
                ok = self._say(conn, "rset", "250 2.0.0 OK")
            else:
                ok = self._say(conn, "other", "502 5.5.2 Command not recognized")
            if not ok:
                return
