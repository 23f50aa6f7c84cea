"""The phrase data of every language, through its own test cases (tests/languages/<code>.toml).

Each case is a message with what the engine must say about it: the category, the purposes it
must see, the rules it must report and the rules it must not (near misses). Every language must
cover every purpose and phrase rule of the English pack, so no language is left with a hole."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from composer.policy import BodyFormat, Channel, CheckOptions, Message, check
from composer.policy.language import detect_language
from composer.policy.phrases import load_pack
from composer.policy.rulebook import load_rulebook

FOLDER = Path(__file__).parent.parent / "languages"
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
FILES = sorted(FOLDER.glob("*.toml"))
OPTIONS = CheckOptions()


def _cases() -> list[Any]:
    out = []
    for path in FILES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data["case"], 1):
            out.append(pytest.param(data["language"], case, id=f"{path.stem}-{i:03d}"))
    return out


def _message(case: dict[str, Any]) -> Message:
    return Message(
        body=case["body"],
        subject=case.get("subject", ""),
        format=BodyFormat(case.get("format", "text")),
        channel=Channel(case.get("channel", "email")),
        order_id=case.get("order_id"),
        buyer_language=case.get("buyer_language"),
        is_reply=case.get("reply_to_buyer", False),
    )


@pytest.mark.parametrize(("language", "case"), _cases())
def test_language_case(language: str, case: dict[str, Any]) -> None:
    report = check(_message(case), OPTIONS)
    rules = {f.rule for f in report.findings}
    purposes = {p.id for p in report.purposes}
    summary = f"{report.category.value} {sorted(purposes)} {sorted(rules)}"
    assert report.language == case.get("detected", language), summary
    if "category" in case:
        assert report.category.value == case["category"], summary
    for pid in case.get("purposes", ()):
        assert pid in purposes, f"purpose {pid} not seen: {summary}"
    for rid in case.get("rules", ()):
        assert rid in rules, f"rule {rid} not reported: {summary}"
    for rid in case.get("absent", ()):
        assert rid not in rules, f"rule {rid} reported: {summary}"
        assert rid not in purposes, f"purpose {rid} seen: {summary}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_purpose_and_phrase_rule_is_covered(language: str) -> None:
    """Each language's pack and cases cover what the English pack covers."""
    english = load_pack("en")
    pack = load_pack(language)
    assert english is not None
    assert pack is not None, f"no phrase pack for {language}"
    path = FOLDER / f"{language}.toml"
    assert path.exists(), f"no test cases for {language}"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    specs = load_rulebook().purposes
    shown: set[str] = set()
    for case in data["case"]:
        shown |= set(case.get("purposes", ())) | set(case.get("rules", ()))
    for pid in english.purposes:
        assert pid in pack.purposes, f"{language} lacks the purpose {pid}"
        named = {pid, specs[pid].rule} - {None}
        assert named & shown, f"{language}: no case shows the purpose {pid}"
    for rid in english.rules:
        assert rid in pack.rules, f"{language} lacks the rule {rid}"
        assert rid in shown, f"{language}: no case shows the rule {rid}"
    for kind in english.courtesy:
        assert kind in pack.courtesy, f"{language} lacks courtesy {kind}"
    for name in english.cues:
        assert name in pack.cues, f"{language} lacks the cue list {name}"
    assert set(english.labels) <= set(pack.labels)


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_is_identified(language: str) -> None:
    data = tomllib.loads((FOLDER / f"{language}.toml").read_text(encoding="utf-8"))
    long_cases = [c for c in data["case"] if len(c["body"].split()) >= 8 and "detected" not in c]
    assert long_cases, f"{language}: no case long enough to identify the language"
    for case in long_cases:
        assert detect_language(case["body"]).code == language, case["body"][:60]
