"""The engine's words follow the interface's language: a rule's message and the verdict are
looked up in the installed catalogue (composer.i18n) before their placeholders are filled.
The catalogue here is a real .qm, compiled from a .ts as a build compiles it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from build_hooks.ts2qm import compile_file
from composer import i18n
from composer.policy import Category, Message, check
from composer.qm import QmTranslator

FRENCH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context><name>rule-message</name>
<message><source>Emoji and pictographs are not allowed: “{text}”.</source>
<comment>emoji</comment>
<translation>Les émojis et pictogrammes sont interdits : « {text} ».</translation></message>
</context>
<context><name>purpose</name>
<message><source>Customization details</source>
<comment>customization-details</comment>
<translation>Détails de personnalisation</translation></message>
</context>
<context><name>Verdict</name>
<message><source>Critical to completing the order: {purposes}.</source>
<translation>Indispensable à la commande : {purposes}.</translation></message>
<message><source>{purpose} (“{sentence}”)</source>
<translation>{purpose} (« {sentence} »)</translation></message>
</context>
</TS>
"""

MESSAGE = Message(
    subject="Your engraving, order 302-4417865-2290147",
    body="Hello, which font would you like for the engraving on order 302-4417865-2290147? 😊",
    order_id="302-4417865-2290147",
)


@pytest.fixture
def french(tmp_path: Path) -> Iterator[None]:
    ts = tmp_path / "composer_fr.ts"
    ts.write_text(FRENCH, encoding="utf-8")
    compile_file(ts, tmp_path / "composer_fr.qm")
    i18n.install(QmTranslator.from_file(tmp_path / "composer_fr.qm"), "fr")
    yield
    i18n.install(None)


def test_an_english_report_without_a_catalogue() -> None:
    report = check(MESSAGE)
    assert report.category is Category.CRITICAL
    assert report.reason.startswith("Critical to completing the order: customization details (“")
    [emoji] = [f for f in report.findings if f.rule == "emoji"]
    assert emoji.message == "Emoji and pictographs are not allowed: “😊”."


@pytest.mark.usefixtures("french")
def test_the_rule_message_and_the_verdict_in_the_installed_language() -> None:
    report = check(MESSAGE)
    # The purpose's title, a heading in the catalogue, is lower-cased inside the sentence.
    assert report.reason.startswith("Indispensable à la commande : détails de personnalisation (« ")
    [emoji] = [f for f in report.findings if f.rule == "emoji"]
    assert emoji.message == "Les émojis et pictogrammes sont interdits : « 😊 »."
    # A message the catalogue does not translate stays English, its placeholders filled.
    others = [f.message for f in report.findings if f.rule != "emoji"]
    assert all("{" not in text for text in others)


class _Untranslated:
    """A catalogue with nothing in it: only the language it is said to speak matters here."""

    def translate(self, *_args: object) -> None:
        return None


def test_a_title_inside_a_sentence() -> None:
    try:
        i18n.install(None)
        assert i18n.in_sentence("Delay or cancellation notice") == "delay or cancellation notice"
        assert i18n.in_sentence("SP-API message type") == "SP-API message type"
        i18n.install(_Untranslated(), "fr")
        assert i18n.in_sentence("Détails de personnalisation") == "détails de personnalisation"
        i18n.install(_Untranslated(), "de")
        assert i18n.in_sentence("Personalisierungsdetails") == "Personalisierungsdetails"
    finally:
        i18n.install(None)
