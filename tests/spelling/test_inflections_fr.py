"""French inflections: the rarer forms the frequency list lacks are accepted (verb persons and
tenses, feminine plurals, ligatures, prefixed verbs); real typos are still flagged."""

from __future__ import annotations

import pytest

from composer.spelling.inflections.fr import headwords
from tests.spelling import misspelt as misspelt_in


def misspelt(text: str) -> list[str]:
    return misspelt_in(text, "fr")


@pytest.mark.parametrize(
    ("form", "headword"),
    [
        ("cœur", "coeur"),
        ("vœux", "voeux"),
        ("fissurons", "fissurer"),
        ("téléchargerons", "télécharger"),
        ("remplaçons", "remplacer"),
        ("nettoierons", "nettoyer"),
        ("achètent", "acheter"),
        ("personnalisables", "personnalisable"),
        ("brodées", "brodé"),
        ("chaleureusement", "chaleureux"),
        ("refabriquons", "fabriquer"),
    ],
)
def test_headwords(form: str, headword: str) -> None:
    assert headword in set(headwords(form))


def test_seller_sentences_pass() -> None:
    text = (
        "Les housses brodées sont personnalisables ; si une couture se découd, nous remplaçons. "
        "Nous téléchargerons la maquette et refabriquons les deux cœurs gravés dès demain. "
        "Toute l'équipe vous remercie chaleureusement et vous présente ses meilleurs vœux."
    )
    assert misspelt(text) == []


def test_catalogue_typo_is_still_flagged() -> None:
    # « confirmé » is a real word (the grammar rule reports it); « livraision » is a typo.
    assert misspelt("Merci de confirmé votre adresse de livraision.") == ["livraision"]


@pytest.mark.parametrize(
    "typo",
    [
        "épaise",  # épaisse: a feminine in -se is not made by dropping the e
        "possibilitée",  # nouns in -ité take no extra e
        "qualitées",
        "achetté",  # a doubled consonant is undone only before e (appelle, jette)
        "reçevoir",  # ç only before a, o, u
        "beaucoups",  # invariable
        "atendons",
        "remboursment",
        "trés",
    ],
)
def test_typos_are_still_flagged(typo: str) -> None:
    assert misspelt(f"Nous avons vu le mot {typo} dans le message.") == [typo]
