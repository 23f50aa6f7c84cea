"""Rules that are nothing but phrase lists in the message's language: offensive words, a hostile
tone, common grammar slips. The phrases live in data/phrases/<language>.toml under [rules]."""

from __future__ import annotations

from collections.abc import Iterator

from composer.policy.engine import Context, detector
from composer.policy.model import Finding

PHRASE_RULES = ("sensitive-content", "hostile-tone", "grammar")


@detector(*PHRASE_RULES)
def phrase_rules(ctx: Context) -> Iterator[Finding]:
    for rule_id in PHRASE_RULES:
        for s, spans in ctx.rule_hits(rule_id):
            for start, end in spans:
                yield ctx.finding(rule_id, s.view, start, end)
