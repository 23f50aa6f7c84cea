"""A real SMTP server on loopback for the sending tests (aiosmtpd in a thread of the test
process), and the accounts that point at it. Each received message is kept whole, so a test can
read exactly what the buyer's relay got; ``replies`` scripts what the server answers to the
next messages (a refusal, a temporary failure, or the connection dropped after the message)."""

from __future__ import annotations

import email
import email.policy
import socket
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

DROP = "drop"  # close the connection after the message came, before the final reply


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _Handler:
    received: list[Received] = field(default_factory=list)
    replies: deque[str] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, _session: Any, envelope: Any) -> str:  # noqa: N802
        with self.lock:
            reply = self.replies.popleft() if self.replies else "250 2.0.0 Ok: queued"
            if reply == DROP or reply.startswith("250"):
                # The relay has the message: dropped or not, the buyer may get it.
                self.received.append(
                    Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
                )
        if reply == DROP:
            server.transport.close()
            return "250 2.0.0 never seen by the client"
        return reply


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class SmtpServer:
    """``with SmtpServer() as smtp:`` — listening on 127.0.0.1:``smtp.port`` (a free port, or
    the one given: a server coming back) until the block ends. With ``users`` (name to
    password) it requires a login (over plain SMTP: it is loopback)."""

    def __init__(self, port: int | None = None, *, users: Mapping[str, str] | None = None) -> None:
        self.handler = _Handler()
        self.port = port or free_port()
        self.users = dict(users or {})
        self.logins: list[str] = []
        options: dict[str, Any] = {}
        if users:
            options = {
                "authenticator": self._authenticate,
                "auth_required": False,  # offered; Composer logs in when it has a user
                "auth_require_tls": False,
            }
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port, **options)

    def _authenticate(
        self, _server: Any, _session: Any, _envelope: Any, _mechanism: str, data: Any
    ) -> AuthResult:
        if isinstance(data, LoginPassword):
            user = data.login.decode("utf-8", "replace")
            if self.users.get(user) == data.password.decode("utf-8", "replace"):
                self.logins.append(user)
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def answer_next(self, *replies: str) -> None:
        with self.handler.lock:
            self.handler.replies.extend(replies)

    def __enter__(self) -> SmtpServer:
        self._controller.start()
        self._running = True
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop listening (the mail server goes away); idempotent."""
        if getattr(self, "_running", False):
            self._running = False
            self._controller.stop()
