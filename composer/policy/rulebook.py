"""The rules, purposes, sources and SP-API message types, as data.

``data/rules/*.toml`` describe every rule of the catalogue: id, group, severity, title, the
message with its named placeholders, an explanation, the sources, the date it applies from,
whether it has a fix, whether it is fully decided from the message or waits for data Composer
does not have yet, and marked examples. ``data/purposes.toml`` says what each purpose is
(critical, permitted or forbidden) and which SP-API message type fits it. A policy update is a
change to these files, not to code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from composer.i18n import translate
from composer.policy.model import Severity

SPAN_OPEN, SPAN_CLOSE = "⟦", "⟧"
RULE_STATUSES = ("active", "partial", "deferred")
PURPOSE_KINDS = ("critical", "permitted", "forbidden")


@dataclass(frozen=True, slots=True)
class RuleExample:
    """A message that breaks the rule (``bad``), with ⟦ ⟧ around the expected span, or one
    that does not (``good``). ``fields`` are Message fields (body, subject, format, channel, …)
    plus ``today`` for date-dependent rules; ``fixed`` is the body/subject after the fix."""

    kind: str
    fields: Mapping[str, Any]
    fixed: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class RuleSpec:
    id: str
    group: str
    severity: Severity
    title: str
    message: str
    explanation: str
    sources: tuple[str, ...]
    since: date
    fix: str  # title of the fix ("" when the rule has none)
    status: str  # active | partial | deferred
    needs: str  # what a partial or deferred rule waits for
    changes: tuple[tuple[date, str], ...]
    examples: tuple[RuleExample, ...]

    def render(self, params: Mapping[str, object]) -> str:
        """The message in the interface's language (``composer.i18n``; English until a
        translator is installed), its placeholders filled after translation."""
        return translate("rule-message", self.message, self.id).format_map(_Defaulting(params))


class _Defaulting(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass(frozen=True, slots=True)
class PurposeSpec:
    id: str
    kind: str
    title: str
    catalogue: str
    rule: str | None  # the rule a detected purpose reports, if any
    severity: Severity | None  # overrides the rule's severity for this purpose
    message_type: str | None
    yields_to: tuple[str, ...]  # purposes (or "@critical") whose presence cancels this one
    in_reply: bool  # False: not reported in a reply to the buyer (answering is allowed)


@dataclass(frozen=True, slots=True)
class MessageType:
    id: str
    api: str  # "messaging" or "solicitations"
    title: str
    critical: bool
    text_limit: int | None  # None: the type takes no text
    attachments: tuple[int, int] | None  # (min, max) or None when it takes none
    topic: str


@dataclass(frozen=True, slots=True)
class Source:
    code: str
    title: str
    urls: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RuleBook:
    rules: Mapping[str, RuleSpec]
    purposes: Mapping[str, PurposeSpec]
    message_types: Mapping[str, MessageType]
    sources: Mapping[str, Source]

    def rule(self, rule_id: str) -> RuleSpec:
        return self.rules[rule_id]


def _data(name: str) -> Any:
    return resources.files("composer.policy") / "data" / name


def _load_toml(path: Any) -> dict[str, Any]:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _as_date(value: object) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _examples(entry: Mapping[str, Any]) -> tuple[RuleExample, ...]:
    out = []
    for kind in ("bad", "good"):
        for ex in entry.get(kind, ()):
            fixed = {k[len("fixed_") :]: v for k, v in ex.items() if k.startswith("fixed_")}
            if "fixed" in ex:
                fixed["body"] = ex["fixed"]
            fields = {k: v for k, v in ex.items() if k != "fixed" and not k.startswith("fixed_")}
            out.append(RuleExample(kind, fields, fixed))
    return tuple(out)


def _rule(entry: Mapping[str, Any]) -> RuleSpec:
    status = entry.get("status", "active")
    if status not in RULE_STATUSES:
        raise ValueError(f"rule {entry['id']}: unknown status {status!r}")
    return RuleSpec(
        id=entry["id"],
        group=entry["group"],
        severity=Severity(entry["severity"]),
        title=entry["title"],
        message=entry["message"],
        explanation=" ".join(entry.get("explanation", "").split()),
        sources=tuple(entry.get("sources", ())),
        since=_as_date(entry["since"]),
        fix=entry.get("fix", ""),
        status=status,
        needs=" ".join(entry.get("needs", "").split()),
        changes=tuple((_as_date(c["date"]), c["note"]) for c in entry.get("changes", ())),
        examples=_examples(entry),
    )


@cache
def load_message_types() -> Mapping[str, MessageType]:
    """The SP-API message types alone (one small file): what the window's order fields list
    before its first frame, without the whole rule book."""
    types = {}
    for tid, entry in _load_toml(_data("sp_api.toml"))["message_types"].items():
        att = entry.get("attachments")
        types[tid] = MessageType(
            id=tid,
            api=entry["api"],
            title=entry["title"],
            critical=entry.get("critical", False),
            text_limit=entry.get("text_limit"),
            attachments=(att[0], att[1]) if att else None,
            topic=entry.get("topic", ""),
        )
    return types


@cache
def load_rulebook() -> RuleBook:
    rules: dict[str, RuleSpec] = {}
    folder = _data("rules")
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.endswith(".toml"):
            for entry in _load_toml(path)["rule"]:
                spec = _rule(entry)
                if spec.id in rules:
                    raise ValueError(f"rule {spec.id} is defined twice")
                rules[spec.id] = spec

    purposes = {}
    for pid, entry in _load_toml(_data("purposes.toml")).items():
        if entry["kind"] not in PURPOSE_KINDS:
            raise ValueError(f"purpose {pid}: unknown kind {entry['kind']!r}")
        purposes[pid] = PurposeSpec(
            id=pid,
            kind=entry["kind"],
            title=entry["title"],
            catalogue=entry.get("catalogue", ""),
            rule=entry.get("rule"),
            severity=Severity(entry["severity"]) if "severity" in entry else None,
            message_type=entry.get("message_type"),
            yields_to=tuple(entry.get("yields_to", ())),
            in_reply=entry.get("in_reply", True),
        )

    sources = {
        code: Source(code, entry["title"], tuple(entry.get("urls", ())))
        for code, entry in _load_toml(_data("sources.toml")).items()
    }
    return RuleBook(rules, purposes, load_message_types(), sources)


_MARKED = re.compile(f"{SPAN_OPEN}(.*?){SPAN_CLOSE}", re.S)


def unmark(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove ⟦ ⟧ markers; return the clean text and the marked spans in it."""
    spans = []
    out = []
    pos = 0
    length = 0
    for m in _MARKED.finditer(text):
        out.append(text[pos : m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(1))))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans
