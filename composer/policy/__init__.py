"""The policy engine: what Amazon would say about one buyer message. No Qt, no I/O.

The names below are loaded when first used (PEP 562): the message model is a few milliseconds,
the engine (classifier, phrase data, detectors) tens of them, and the window must paint before
it needs the engine (design guide, section 1). ``from composer.policy import Category`` loads
only the model; ``from composer.policy import check`` loads the engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_HOME = {
    "CheckOptions": "composer.policy.engine",
    "check": "composer.policy.engine",
    **dict.fromkeys(
        (
            "Attachment",
            "BodyFormat",
            "Category",
            "Channel",
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
        ),
        "composer.policy.model",
    ),
}

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


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'composer.policy' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
