"""Portuguese spelling variants: Brazilian and older European spellings of the dictionary's
words, the future with the pronoun inside it, diminutives; real typos still flagged."""

from __future__ import annotations

import pytest

from composer.spelling.inflections import headword_analyser
from tests.spelling import misspelt as misspelt_in


def misspelt(text: str) -> list[str]:
    return misspelt_in(text, "pt")


@pytest.mark.parametrize(
    ("form", "headword"),
    [
        ("eletrônico", "eletrónico"),  # Brazilian circumflex, European acute
        ("tênis", "ténis"),
        ("contato", "contacto"),  # consonant kept in Portugal
        ("actual", "atual"),  # consonant dropped by the 1990 agreement
        ("recepção", "receção"),
        ("detectamos", "detetamos"),
        ("registrar", "registar"),
        ("enviá-lo-emos", "enviaremos"),  # mesoclisis
        ("fá-lo-ei", "farei"),
        ("comunicá-lo", "comunicar"),
        ("minutinho", "minuto"),  # diminutive
        ("cafezinho", "café"),
        ("pãozinho", "pão"),
    ],
)
def test_headwords(form: str, headword: str) -> None:
    analyser = headword_analyser("pt")
    assert analyser is not None
    assert headword in set(analyser(form))


def test_brazilian_and_european_messages_have_no_false_alarms() -> None:
    brazil = (
        "Olá! Detectamos que a nota fiscal eletrônica do seu pedido foi registrada com o CEP "
        "errado. Pode entrar em contato e acessar a página do pedido? O estorno do frete sai "
        "no boleto, e o código de rastreamento chega num minutinho."
    )
    portugal = (
        "Bom dia, recebemos a sua encomenda e enviá-la-emos amanhã pelos CTT. Informe-nos, por "
        "favor, do número de contribuinte; a factura actual será corrigida e comunicá-la-emos "
        "com o número de seguimento."
    )
    assert misspelt(brazil) == []
    assert misspelt(portugal) == []


def test_typos_are_still_flagged() -> None:
    text = (
        "Gostariamos de pedir a sua compreenção: responda esta menssagem com paciênsia. "
        "Atenciozamente"
    )
    assert misspelt(text) == [
        "Gostariamos",
        "compreenção",
        "menssagem",
        "paciênsia",
        "Atenciozamente",
    ]
