"""docs/rules.md is generated from the rule data; it must say what the data says."""

from pathlib import Path

from composer.services.rule_docs import rules_markdown

DOC = Path(__file__).parent.parent / "docs" / "rules.md"


def test_rules_doc_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `composer rules --format markdown > docs/rules.md`"
    )
