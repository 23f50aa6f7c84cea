"""German word forms and allow-list: what sellers write is accepted, typos are still found."""

from __future__ import annotations

import pytest

from composer.spelling.inflections.de import headwords
from tests.spelling import misspelt as misspelt_in


def misspelt(text: str) -> list[str]:
    return misspelt_in(text, "de")


@pytest.mark.parametrize(
    "word",
    [
        "abzupacken",
        "aufzuladen",
        "hochzuladen",
        "herunterzuladen",
        "nachzubestellen",
        "vorzubestellen",
        "zurückzuerstatten",
        "zuzustellen",
    ],
)
def test_zu_infinitives_of_separable_verbs_are_accepted(word: str) -> None:
    assert misspelt(f"Wir bitten Sie, die Ware {word}.") == []


# A typo is flagged when one edit makes it a listed word; "hochzuladne" is one edit from
# "hochzuladen", which the list lacks, so it is left alone (see SpellingChecker._is_correct).
@pytest.mark.parametrize("word", ["abzupaken", "zurückzuerstaten"])
def test_typos_in_zu_infinitives_are_found(word: str) -> None:
    assert misspelt(f"Wir bitten Sie, die Ware {word}.") == [word]


@pytest.mark.parametrize(
    "text",
    [
        "Freundliche Grüsse aus Zürich",
        "Bitte nennen Sie uns die Strasse und die Grösse.",
        "Wir prüfen regelmässig und ausschliesslich gemäss den Vorgaben.",
        "Bitte das Gerät erst anzuschliessen, wenn es trocken ist.",
        "Viel Spass damit, und schliesslich noch ein heisser Tipp.",
    ],
)
def test_swiss_spelling_with_ss_is_accepted(text: str) -> None:
    assert misspelt(text) == []


@pytest.mark.parametrize(
    "word", ["Zahlungsart", "Lieferort", "Gartentür", "Küchenuhr", "Steckertyp", "Rücksendetag"]
)
def test_compounds_with_a_three_letter_tail_are_accepted(word: str) -> None:
    assert misspelt(f"Wir haben die {word} geändert.") == []


@pytest.mark.parametrize("word", ["Kännchen", "Tütchen", "Schälchen", "Täschchen"])
def test_diminutives_are_accepted(word: str) -> None:
    assert misspelt(f"Wir legen ein {word} bei.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben das Knacken geprüft: die Ursache des Knackens ist behoben.",
        "Wegen des Klapperns, des Flackerns und des Quietschens tauschen wir das Gerät.",
        "Beim Einschalten des Geräts und während des Ladens blinkt die Anzeige.",
    ],
)
def test_the_genitive_of_a_verb_used_as_a_noun_is_accepted(text: str) -> None:
    assert misspelt(text) == []


def test_typos_in_such_a_genitive_are_found() -> None:
    assert misspelt("Die Ursache des Knakens ist behoben.") == ["Knakens"]


@pytest.mark.parametrize(
    "word",
    [
        "Lederspray",
        "Imprägnierspray",
        "Verdunkelungsrollo",
        "Doppelrollo",
        "Pflegelotion",
        "Mauspad",
    ],
)
def test_compounds_ending_in_a_noun_the_list_lacks_are_accepted(word: str) -> None:
    assert misspelt(f"Wir empfehlen dazu ein {word}.") == []


@pytest.mark.parametrize("word", ["Spray", "Rollo", "Plissee", "Lotion"])
def test_those_nouns_alone_are_accepted(word: str) -> None:
    assert misspelt(f"Wir empfehlen dazu ein {word}.") == []


def test_a_typo_in_the_head_of_such_a_compound_is_found() -> None:
    assert misspelt("Wir haben die Zahlunsart geändert.") == ["Zahlunsart"]
    assert misspelt("Wir empfehlen dazu ein Ledrspray.") == ["Ledrspray"]


def test_typos_with_a_single_s_are_still_found() -> None:
    assert misspelt("Bitte nennen Sie uns die Strase.") == ["Strase"]


def test_headwords() -> None:
    assert set(headwords("hochzuladen")) >= {"hochladen", "laden"}
    assert set(headwords("anzuschliessen")) >= {"anschließen", "anzuschließen"}
    assert "straße" in set(headwords("strasse"))
    assert "zahlung" in set(headwords("zahlungsart"))
    assert "liefern" in set(headwords("lieferort"))
    assert "kanne" in set(headwords("kännchen"))
    assert "knacken" in set(headwords("knackens"))
    assert "klappern" in set(headwords("klapperns"))
    assert list(headwords("bestellen")) == []  # no "ss", no "zu" after a separable prefix
    assert list(headwords("zuerst")) == []  # does not end like a verb


@pytest.mark.parametrize(
    "text",
    [
        "Moin Herr Köhler, Ihr Liefertag ist der Dienstag.",
        "Der Fahrer bringt den Akkuschrauber und den Luftbefeuchter.",
        "Viele Grüße, Lena Lindner und Jonas Kramer",
        "Bitte das Gerät regelmäßig entkalken; die Shirts sind kuschelig.",
        "Grüezi! Ihre Natelnummer brauchen wir für das Velo.",
    ],
)
def test_seller_vocabulary_and_names_are_accepted(text: str) -> None:
    assert misspelt(text) == []


def test_real_typos_are_still_found() -> None:
    assert misspelt("In der Schriftgröse, die du ausgewält hast, passt es nicht.") == [
        "Schriftgröse",
        "ausgewält",
    ]
