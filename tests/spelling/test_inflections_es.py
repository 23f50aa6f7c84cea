"""Spanish inflections: plurals that drop an accent, prefixed nouns, verbs built on irregular
ones; real typos stay flagged."""

from __future__ import annotations

import pytest

from composer.spelling.inflections.es import headwords
from tests.spelling import misspelt as misspelt_in


def misspelt(text: str) -> list[str]:
    return misspelt_in(text, "es")


@pytest.mark.parametrize(
    ("form", "headword"),
    [
        ("órdenes", "orden"),
        ("imágenes", "imagen"),
        ("antiadherentes", "adherente"),
        ("convenga", "convenir"),
        ("obtén", "obtener"),
        ("propongo", "proponer"),
    ],
)
def test_headwords(form: str, headword: str) -> None:
    assert headword in set(headwords(form))


def test_seller_sentences_pass() -> None:
    text = (
        "Le adjuntamos la factura de sus órdenes. Hemos detectado un golpe en la sartén "
        "antiadherente, así que le enviaremos otra; obtenga el reembolso del envío si le conviene "
        "o díganos qué día le convenga más. Aún no hemos recibido las imágenes del defecto."
    )
    assert misspelt(text) == []


def test_typos_are_still_flagged() -> None:
    text = "Hemos recivido su devolucion; le confirmaremos el reembolzo inmediatamante."
    assert misspelt(text) == ["recivido", "devolucion", "reembolzo", "inmediatamante"]


def test_trade_and_material_words_of_the_allow_list_pass() -> None:
    text = (
        "El transitario y las empresas transitarias tramitan el DUA. "
        "Lámparas de ratán, sillas de ratanes, cestas de rattan y sisal, tazas de talavera."
    )
    assert misspelt(text) == []


def test_typos_of_those_words_are_still_flagged() -> None:
    assert misspelt("El trasitario pide el NIE.") == ["trasitario"]
