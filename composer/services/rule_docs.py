"""The rule list, generated from the rule data (docs/rules.md and ``composer rules``), so the
documentation cannot drift from what the engine does."""

from __future__ import annotations

from composer.policy.rulebook import RuleBook, RuleSpec, load_rulebook

_GROUP_TITLES = {
    "purpose": "Message purpose (catalogue 3.A)",
    "reviews": "Reviews and feedback (3.B)",
    "content": "Content elements (3.C)",
    "envelope": "Envelope and metadata (3.D)",
    "styling": "Styling (3.E)",
    "language": "Language quality (3.F)",
}
_STATUS = {
    "active": "decided from the message",
    "partial": "partly: see below",
    "deferred": "waits for data (see below)",
}


def _groups(book: RuleBook) -> dict[str, list[RuleSpec]]:
    groups: dict[str, list[RuleSpec]] = {g: [] for g in _GROUP_TITLES}
    for spec in book.rules.values():
        groups.setdefault(spec.group, []).append(spec)
    return groups


def rules_text() -> str:
    lines = []
    for specs in _groups(load_rulebook()).values():
        for s in specs:
            mark = {"active": "", "partial": " (partial)", "deferred": " (not yet checked)"}[
                s.status
            ]
            lines.append(f"{s.id:26s} {s.severity.value:8s} {s.title}{mark}")
    return "\n".join(lines) + "\n"


def _sources(book: RuleBook, spec: RuleSpec) -> str:
    out = []
    for code in spec.sources:
        source = book.sources.get(code)
        if source and source.urls:
            out.append(f"[{code}]({source.urls[0]})")
        else:
            out.append(code)
    return ", ".join(out)


def rules_markdown() -> str:
    book = load_rulebook()
    out = [
        "# Composer's rules",
        "",
        "Generated from `composer/policy/data/rules/*.toml` by `composer rules --format markdown`;",
        "`tests/test_rule_docs.py` fails when this file differs from the data: do not edit it",
        "by hand.",
        "",
        "Severity: **error** blocks sending (Amazon blocks or penalises it), **warning** needs a",
        "confirmation, **info** is context. Source codes are those of the policy catalogue;",
        "seeds 000–004 are the articles the project grew from.",
        "",
    ]
    for group, specs in _groups(book).items():
        if not specs:
            continue
        out += [
            f"## {_GROUP_TITLES.get(group, group)}",
            "",
            "| id | severity | catches | fix | checked | applies from | sources |",
            "|---|---|---|---|---|---|---|",
        ]
        for s in specs:
            out.append(
                f"| `{s.id}` | {s.severity.value} | **{s.title}.** {s.explanation} | "
                f"{s.fix or '—'} | {_STATUS[s.status]} | {s.since.isoformat()} | "
                f"{_sources(book, s)} |"
            )
        out.append("")
    limited = [s for s in book.rules.values() if s.status != "active"]
    out += [
        "## What is not decided from the message alone",
        "",
        "| id | status | what it needs |",
        "|---|---|---|",
    ]
    out += [f"| `{s.id}` | {s.status} | {s.needs} |" for s in limited]
    changed = [(s, d, note) for s in book.rules.values() for d, note in s.changes]
    if changed:
        out += ["", "## Policy changes", "", "| id | date | change |", "|---|---|---|"]
        out += [f"| `{s.id}` | {d.isoformat()} | {note} |" for s, d, note in changed]
    out += ["", "## Sources", ""]
    for code, source in book.sources.items():
        links = " ".join(f"<{u}>" for u in source.urls)
        out.append(f"- **{code}** {source.title}{' ' + links if links else ''}")
    return "\n".join(out) + "\n"
