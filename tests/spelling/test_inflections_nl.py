"""Dutch word formation: compounds ending in a short noun and diminutives are accepted, real
typos are still found."""

from __future__ import annotations

import pytest

from composer.spelling.inflections.nl import headwords
from tests.spelling import misspelt as misspelt_in


def misspelt(text: str) -> list[str]:
    return misspelt_in(text, "nl")


@pytest.mark.parametrize(
    "word",
    [
        # compounds whose last part is a short noun, with and without a linking -s-
        "yogamat",
        "fitnessmat",
        "leverdag",
        "leveringsdag",
        "verzenddag",
        "afhaaldag",
        "wokpan",
        "cadeauset",
        "geschenkset",
        # a verb stem as the first part
        "opbergbak",
        "opbergbox",
        # diminutives
        "balletje",
        "kleurtje",
        "ringetje",
        # words the allow-list adds
        "één",
        "appje",
        "track-and-trace",
        "trace-code",
        "ontkalker",
        "navulverpakking",
        "tikkie",
    ],
)
def test_forms_sellers_write_are_accepted(word: str) -> None:
    assert misspelt(f"Zie {word} hier.") == []


@pytest.mark.parametrize("word", ["reaktie", "onvangen", "bestellnig", "bedamkt", "leverdga"])
def test_typos_are_still_found(word: str) -> None:
    assert misspelt(f"Zie {word} hier.") == [word]


def test_headwords_of_a_short_tail_compound() -> None:
    heads = set(headwords("leveringsdag"))
    assert {"leverings", "levering"} <= heads
    assert "opbergen" in set(headwords("opbergbak"))
    assert "bal" in set(headwords("balletje"))


def test_short_words_are_not_split() -> None:
    assert list(headwords("dag")) == []
    assert list(headwords("wadag")) == []
