"""The rule book's words in the interface language: rule titles and explanations, fix titles,
purposes, SP-API message types and sources.

They are data (``composer/policy/data/*.toml``), marked for translation in the generated
``composer/policy/data_strings.py`` with their id as disambiguation, and translated where they
are shown, here, so a switch of language shows them in the new one at once (the rule book is
loaded once and cached in English). ``composer.i18n.translate`` asks Qt's catalogues through
the bridge the language service installs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from composer.i18n import translate

if TYPE_CHECKING:
    from composer.policy.model import Finding
    from composer.policy.rulebook import MessageType, RuleBook, RuleSpec


def rule_title(rule_id: str, rulebook: RuleBook) -> str:
    """A rule's title ("Marketing or promotion"); the id for a rule the book does not have."""
    spec = rulebook.rules.get(rule_id)
    return translate("rule-title", spec.title, rule_id) if spec is not None else rule_id


def rule_explanation(spec: RuleSpec) -> str:
    return translate("rule-explanation", spec.explanation, spec.id)


def fix_title(finding: Finding) -> str:
    """The title of a finding's fix: the rule's ("Remove the sentence"), translated; a title
    the engine composed itself comes as the engine worded it."""
    if finding.fix is None:
        return ""
    return translate("rule-fix", finding.fix.title, finding.rule) if finding.fix.title else ""


def purpose_title(purpose_id: str, rulebook: RuleBook) -> str:
    spec = rulebook.purposes.get(purpose_id)
    return translate("purpose", spec.title, purpose_id) if spec is not None else purpose_id


def message_type_title(spec: MessageType) -> str:
    """An SP-API message type as Seller Central names it ("Confirm delivery details")."""
    return translate("message-type", spec.title, spec.id)


def source_title(code: str, rulebook: RuleBook) -> str:
    source = rulebook.sources.get(code)
    return translate("source", source.title, code) if source is not None else code
