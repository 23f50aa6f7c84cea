"""Italian inflections: the forms sellers write are accepted, real typos are still found."""

from __future__ import annotations

import pytest

from composer.spelling.inflections.it import headwords
from tests.spelling import misspelt as misspelt_in


def misspelt(text: str) -> list[str]:
    return misspelt_in(text, "it")


@pytest.mark.parametrize(
    "word",
    [
        # gender and number
        "emessa",
        "alternativo",
        "logistica",
        "fotografica",
        "fotografiche",
        "oscuranti",
        "confezionata",
        "difettose",
        # derived words: -zione, -sione, -tore/-trice, -mento, -bile, -ivo, -aggio, -ale
        "creazioni",
        "incisione",
        "incisioni",
        "lavatrice",
        "asciugatrici",
        "friggitrice",
        "frullatore",
        "annullamento",
        "lavabile",
        "amministrativo",
        "imballaggio",
        "doganale",
        "extradoganale",
        "tracciabilità",
        # compounds and prefixed words
        "elettrodomestici",
        "portachiavi",
        "copripiumino",
        "tostapane",
        "asciugacapelli",
        "videochiamata",
        "climatico",
        "pieghevole",
        # -mente adverbs
        "cordialmente",
        "telefonicamente",
        # conjugations, with the -iare, -care and -durre stems and prefixed verbs
        "incidiamo",
        "decorre",
        "rispediamo",
        "lasceremo",
        "cerchiamo",
        "spedisce",
        "traducono",
        "otterremo",
        "contatteranno",
        "emettere",
        # pronouns attached to infinitives, imperatives and gerunds
        "confermaci",
        "indicarcelo",
        "inviarcene",
        "scusaci",
        "lasciandoci",
        "versarlo",
        "restituirla",
        "chiamaci",
        "indicandolo",
        "mandala",
        "confermatecelo",
        "comunicarglielo",
        "spedircelo",
        "dimmelo",
        "eccolo",
        "rispedirlo",
        "contattateci",
    ],
)
def test_italian_forms_are_accepted(word: str) -> None:
    assert misspelt(word) == []


def test_elided_articles_before_derived_nouns() -> None:
    text = (
        "Dell'incisione e dell'annullamento ti scriviamo a parte; l'asciugatrice e "
        "l'elettrodomestico arrivano domani."
    )
    assert misspelt(text) == []


def test_catalogue_example_is_still_flagged() -> None:
    assert misspelt("Per favore conferma il tuo indirizo di consenga.") == ["indirizo", "consenga"]


@pytest.mark.parametrize(
    "typo",
    [
        "incisone",  # "inciso" + "ne" would be a pronoun only on a verb form that takes it
        "aspetiamo",
        "opure",
        "imballaggo",  # not the plural "imballaggi" of an -o form
        "servizo",
        "spedizone",
        "rimborzo",
        "recenzione",
        "fatura",
        "confermiano",
        "propio",
        "sopratutto",
        "pultroppo",
        "prodoto",
        "ringrazziamo",
        "restitiure",
        # Not "spedisciamo": two edits from "spediamo", and no single edit makes it a word, so
        # the checker leaves it alone by design (see SpellingChecker._is_correct).
    ],
)
def test_italian_typos_are_flagged(typo: str) -> None:
    assert misspelt(f"Ciao, {typo} e grazie.") == [typo]


def test_seller_message_has_no_false_alarms() -> None:
    text = (
        "Gentile cliente, le confermiamo che il rimborso è stato disposto. Potrebbe indicarci "
        "l'orario in cui è reperibile? La friggitrice va lavata a mano e il cestello non è adatto "
        "alla lavastoviglie. Le tende oscuranti sono lavabili in lavatrice; il termosifone arriva "
        "già assemblato. Rispondendo a questo messaggio potrà inviarci le foto, così apriremo la "
        "pratica con il trasportatore. Restiamo a disposizione, cordialmente."
    )
    assert misspelt(text) == []


def test_headwords_of_verbs_with_pronouns() -> None:
    assert "inviare" in set(headwords("inviarcene"))
    assert "lasciare" in set(headwords("lasciandoci"))
    assert "confermare" in set(headwords("confermaci"))
    assert "etti" not in set(headwords("ettici"))  # a noun does not carry pronouns
    assert "inciso" not in set(headwords("incisone"))
