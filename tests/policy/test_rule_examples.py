"""Every rule's marked examples, from the rule data: a bad example must produce the rule at
exactly the marked spans (and its fix must give the expected text), a good example must not
produce it at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from composer.policy import Attachment, BodyFormat, Channel, CheckOptions, Message, check
from composer.policy.engine import registered_detectors
from composer.policy.model import FieldName, Finding, Fix
from composer.policy.rulebook import RuleExample, RuleSpec, load_rulebook, unmark

BOOK = load_rulebook()
CHECKED = [s for s in BOOK.rules.values() if s.status != "deferred"]
EXAMPLES = [
    pytest.param(spec, ex, id=f"{spec.id}-{ex.kind}{i}")
    for spec in CHECKED
    for i, ex in enumerate(spec.examples)
]
TODAY = date(2026, 11, 22)


def build(
    example: RuleExample,
) -> tuple[Message, CheckOptions, dict[FieldName, list[tuple[int, int]]]]:
    fields: dict[str, Any] = dict(example.fields)
    marked: dict[FieldName, list[tuple[int, int]]] = {}
    for name in FieldName:
        clean, spans = unmark(fields.get(name.value, ""))
        fields[name.value] = clean
        marked[name] = spans
    today = fields.pop("today", TODAY)
    if "format" in fields:
        fields["format"] = BodyFormat(fields["format"])
    if "channel" in fields:
        fields["channel"] = Channel(fields["channel"])
    if "attachments" in fields:
        fields["attachments"] = tuple(Attachment(**a) for a in fields["attachments"])
    return Message(**fields), CheckOptions(today=today), marked


def apply_fixes(message: Message, fixes: list[Fix]) -> Message:
    texts = {FieldName.SUBJECT: message.subject, FieldName.BODY: message.body}
    edits = [e for fix in fixes for e in fix.edits]
    for edit in sorted(edits, key=lambda e: (e.field.value, e.start), reverse=True):
        text = texts[edit.field]
        texts[edit.field] = text[: edit.start] + edit.text + text[edit.end :]
    return replace(message, subject=texts[FieldName.SUBJECT], body=texts[FieldName.BODY])


def spans_of(findings: list[Finding]) -> dict[FieldName, list[tuple[int, int]]]:
    out: dict[FieldName, list[tuple[int, int]]] = {f: [] for f in FieldName}
    for f in findings:
        out[f.field].append((f.start, f.end))
    return {k: sorted(v) for k, v in out.items()}


@pytest.mark.parametrize(("spec", "example"), EXAMPLES)
def test_rule_example(spec: RuleSpec, example: RuleExample) -> None:
    message, options, marked = build(example)
    found = [f for f in check(message, options).findings if f.rule == spec.id]
    if example.kind == "good":
        assert found == [], f"{spec.id} fired on its good example: {found}"
        return
    got = [(f.field.value, f.start, f.end, f.message) for f in found]
    assert spans_of(found) == {k: sorted(v) for k, v in marked.items()}, (
        f"{spec.id}: expected spans {marked}, found {got}"
    )
    if example.fixed:
        fixes = [f.fix for f in found if f.fix is not None]
        assert fixes, f"{spec.id} has an expected fix but offered none"
        fixed = apply_fixes(message, fixes)
        for field_name, expected in example.fixed.items():
            assert getattr(fixed, field_name) == expected
        # Fixing must remove the problem it fixes.
        again = [f for f in check(fixed, options).findings if f.rule == spec.id]
        assert again == [], f"{spec.id} still reported after its fixes: {again}"


def test_every_checked_rule_has_a_bad_and_a_good_example() -> None:
    for spec in CHECKED:
        kinds = {ex.kind for ex in spec.examples}
        assert kinds == {"bad", "good"}, f"{spec.id} lacks a { ({'bad', 'good'} - kinds) } example"


def test_every_rule_with_a_fix_shows_it_in_an_example() -> None:
    for spec in CHECKED:
        if spec.fix:
            assert any(ex.fixed for ex in spec.examples if ex.kind == "bad"), spec.id


def test_detectors_and_rule_data_agree() -> None:
    detectors = registered_detectors()
    assert set(detectors) <= set(BOOK.rules), "a detector reports a rule the data lacks"
    missing = {s.id for s in CHECKED} - set(detectors)
    assert not missing, f"rules without a detector: {missing}"
    deferred = {s.id for s in BOOK.rules.values() if s.status == "deferred"}
    assert not deferred & set(detectors), "a deferred rule has a detector: mark it partial"
    for spec in BOOK.rules.values():
        assert spec.sources, spec.id
        assert all(c in BOOK.sources for c in spec.sources), spec.id
        if spec.status != "active":
            assert spec.needs, f"{spec.id} is {spec.status} but does not say what it needs"
