"""Rules that are nothing but phrase lists in the message's language: offensive words, a hostile
tone, common grammar slips. The phrases live in data/phrases/<language>.toml under [rules]."""

from __future__ import annotations

from collections.abc import Iterator

from composer.policy.engine import Context, detector
from composer.policy.model import Finding

PHRASE_RULES = ("sensitive-content", "hostile-tone", "grammar")


@detector(*PHRASE_RULES)
def phrase_rules(ctx: Context) -> Iterator[Finding]:
    assert ctx.analysis is not None
    for pack in ctx.packs:
        for rule_id in PHRASE_RULES:
            cue_set = pack.rules.get(rule_id)
            if cue_set is None:
                continue
            for s in ctx.analysis.sentences:
                for start, end in cue_set.match(
                    s.view.lower, ctx.present(pack, s.view), s.start, s.end
                ):
                    yield ctx.finding(rule_id, s.view, start, end)
