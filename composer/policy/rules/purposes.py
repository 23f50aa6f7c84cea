"""Findings for the purposes the classifier saw: each forbidden or grey purpose is reported at
the sentences that showed it, by the rule the purpose names in ``data/purposes.toml``."""

from __future__ import annotations

from collections.abc import Iterator

from composer.policy.engine import Context, detector
from composer.policy.model import Finding, FixSafety

PURPOSE_RULES = (
    "order-confirmation",
    "shipping-confirmation",
    "refund-confirmation",
    "thank-you-only",
    "proactive-service-content",
    "out-of-stock-substitute",
    "cancellation-request",
    "promotion",
    "off-amazon",
    "extra-payment",
    "no-order-relationship",
    "review-incentive",
    "review-manipulation",
    "review-removal",
    "feedback-removal",
    "repeated-review-request",
)


@detector(*PURPOSE_RULES)
def purpose_findings(ctx: Context) -> Iterator[Finding]:
    assert ctx.analysis is not None
    specs = ctx.rulebook.purposes
    for pid, hits in ctx.analysis.hits.items():
        rule = specs[pid].rule
        if rule is None:
            continue
        for hit in hits:
            s = hit.sentence
            a = min(x for x, _ in hit.spans)
            b = max(y for _, y in hit.spans)
            # Removing the offending sentence is offered where the rule says it has a fix; it
            # changes the message's meaning, so it is never applied with the safe fixes.
            fix = (
                ctx.delete_fix(rule, s.view, s.start, s.end, FixSafety.UNSAFE)
                if ctx.spec(rule).fix
                else None
            )
            yield ctx.finding(
                rule,
                s.view,
                s.start,
                s.end,
                severity=specs[pid].severity,
                fix=fix,
                phrase=s.view.text[a:b],
            )
