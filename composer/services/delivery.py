"""What can happen to a message handed to a transport (SP-API or SMTP), as typed errors.

The outbox decides from the type alone what to do next, so every transport maps its failures
onto these: nothing left the machine (``UnreachableError``: safe to try again later), the receiver
refused it (``RefusedError``: failed, with the receiver's code and words), it refused for now
(``ThrottledError``: safe to try again after waiting), or we cannot know whether the buyer got it
(``DeliveryUnknownError``: never repeated automatically, because neither SP-API nor SMTP has an
idempotency key and the buyer would get it twice).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Receipt:
    """What the receiver answered to a delivered message: Amazon's request id or the SMTP
    server's reply, kept in the audit log."""

    reference: str  # x-amzn-RequestId, or the e-mail's Message-ID
    reply: str  # status line / Amazon's body / the SMTP server's last reply


class DeliveryError(Exception):
    """Base: ``message`` is for the user, plain words; ``code`` is the receiver's own code
    (Amazon's ``errors[].code`` or an SMTP reply code) when there is one. Never a secret."""

    def __init__(self, message: str, *, code: str = "", reference: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.reference = reference


class UnreachableError(DeliveryError):
    """The request never reached the receiver (no network, connection refused, DNS): nothing
    was sent, so it is safe to send again when the network is back."""


class ThrottledError(DeliveryError):
    """The receiver refused for now (HTTP 429): nothing was accepted; safe to retry after
    ``wait`` seconds."""

    def __init__(self, message: str, *, wait: float, code: str = "", reference: str = "") -> None:
        super().__init__(message, code=code, reference=reference)
        self.wait = wait


class RefusedError(DeliveryError):
    """The receiver answered and refused the message (4xx other than 429, a permanent SMTP
    reply, a bad credential): sending the same again would fail the same way."""


class DeliveryUnknownError(DeliveryError):
    """The request went out but no clear answer came back (timeout, dropped connection, 5xx
    after a POST, SMTP connection lost after DATA). The buyer may or may not have the message;
    only the user can decide whether to send it again."""
