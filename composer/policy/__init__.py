"""The policy engine: what Amazon would say about one buyer message. No Qt, no I/O."""

from composer.policy.engine import CheckOptions, check
from composer.policy.model import (
    Attachment,
    BodyFormat,
    Category,
    Channel,
    Edit,
    Evidence,
    FieldName,
    Finding,
    Fix,
    FixSafety,
    Message,
    Purpose,
    Report,
    Severity,
)

__all__ = [
    "Attachment",
    "BodyFormat",
    "Category",
    "Channel",
    "CheckOptions",
    "Edit",
    "Evidence",
    "FieldName",
    "Finding",
    "Fix",
    "FixSafety",
    "Message",
    "Purpose",
    "Report",
    "Severity",
    "check",
]
