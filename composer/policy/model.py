"""Values the policy engine reads and writes: the message, its findings and the report.

Everything here is a frozen, slotted dataclass or a string enum, so a report can be compared,
hashed, cached and sent between threads without copying. Text positions are Python code points
into the field as it was given (for an HTML body: into the HTML source).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Channel(StrEnum):
    """How the message reaches the buyer; the rules differ slightly between channels."""

    EMAIL = "email"
    SP_API = "sp-api"
    SELLER_CENTRAL = "seller-central"


class BodyFormat(StrEnum):
    TEXT = "text"
    HTML = "html"


class FieldName(StrEnum):
    SUBJECT = "subject"
    BODY = "body"


class Severity(StrEnum):
    """error: Amazon blocks or penalises it; warning: risky or fuzzy; info: context only."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


class Category(StrEnum):
    """The catalogue's section 4 verdict on the message as a whole."""

    CRITICAL = "critical"
    PROACTIVE = "proactive"
    FORBIDDEN = "forbidden"


class FixSafety(StrEnum):
    """A safe fix keeps the meaning and may be applied with the others in one click."""

    SAFE = "safe"
    UNSAFE = "unsafe"


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    size: int = 0
    content_type: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    """One buyer message as the seller would send it, with what is known about its order."""

    body: str
    subject: str = ""
    format: BodyFormat = BodyFormat.TEXT
    channel: Channel = Channel.EMAIL
    order_id: str | None = None
    order_date: date | None = None
    delivery_date: date | None = None
    buyer_language: str | None = None
    attachments: tuple[Attachment, ...] = ()
    is_reply: bool = False
    # The SP-API message type the seller chose, if any (e.g. "confirmCustomizationDetails").
    message_type: str | None = None

    def text_of(self, name: FieldName) -> str:
        return self.subject if name is FieldName.SUBJECT else self.body


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace field[start:end] with text."""

    field: FieldName
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Fix:
    title: str
    edits: tuple[Edit, ...]
    safety: FixSafety = FixSafety.SAFE


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    field: FieldName
    start: int
    end: int
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """A phrase that made the classifier see a purpose, and the sentence around it."""

    field: FieldName
    start: int
    end: int
    phrase: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Purpose:
    """A detected reason for writing, with the catalogue's class for it."""

    id: str
    kind: str  # "critical", "permitted" or "forbidden"
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    category: Category
    reason: str
    purposes: tuple[Purpose, ...]
    sp_api_message_type: str | None
    language: str | None
    findings: tuple[Finding, ...]
    # Checks that could not run (e.g. no spelling dictionary for the language), said plainly.
    notes: tuple[str, ...] = field(default=())

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    @property
    def blocks_sending(self) -> bool:
        return self.has_errors or self.category is Category.FORBIDDEN
