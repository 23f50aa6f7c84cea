"""Attachments: their types, names and total size (catalogue 3.C)."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from typing import Any

from composer.policy.engine import Context, detector
from composer.policy.model import FieldName, Finding, Severity
from composer.policy.wording import Words


@cache
def attachment_rules() -> Mapping[str, Any]:
    """``data/attachments.toml``: the allowed and forbidden types, the name cues and the total
    size Amazon takes (the send gate's file reader asks it too)."""
    path = resources.files("composer.policy") / "data" / "attachments.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _name_has(name: str, cues: list[str]) -> str | None:
    words = re.split(r"[\W_]+", name.lower())
    stem = name.lower()
    for cue in cues:
        if cue in words or (len(cue) >= 5 and cue in stem):
            return cue
    return None


@detector("attachment-type")
def attachment_types(ctx: Context) -> Iterator[Finding]:
    data = attachment_rules()
    for att in ctx.message.attachments:
        ext = att.name.rsplit(".", 1)[-1].lower() if "." in att.name else ""
        cue = _name_has(att.name, data["forbidden_name_cues"])
        if ext in data["forbidden_extensions"]:
            yield _finding(ctx, att.name, f"a .{ext} file is not instructions, warranty or invoice")
        elif cue:
            yield _finding(
                ctx, att.name, Words.tr("the name says it is marketing (“{cue}”)").format(cue=cue)
            )
        elif ext not in data["allowed_extensions"]:
            yield _finding(
                ctx,
                att.name,
                Words.tr(
                    "a .{extension} file is rarely instructions, warranty or an invoice"
                ).format(extension=ext or "?"),
                Severity.WARNING,
            )
        elif doubt := _name_has(att.name, data["doubtful_name_cues"]):
            yield _finding(
                ctx,
                att.name,
                Words.tr(
                    "usage guides and e-books (“{cue}”) read as marketing unless they are the "
                    "product's manual"
                ).format(cue=doubt),
                Severity.WARNING,
            )


def _finding(ctx: Context, name: str, why: str, severity: Severity | None = None) -> Finding:
    return ctx.source_finding(
        "attachment-type", FieldName.BODY, 0, 0, severity=severity, text=name, why=why
    )


@detector("attachment-size")
def attachment_size(ctx: Context) -> Iterator[Finding]:
    total = sum(max(0, a.size) for a in ctx.message.attachments)
    limit = int(attachment_rules()["max_total_bytes"])
    if total > limit:
        yield ctx.source_finding(
            "attachment-size",
            FieldName.BODY,
            0,
            0,
            text="",
            size=f"{total / 1_048_576:.1f} MB",
            limit=f"{limit / 1_048_576:.0f} MB",
        )
