"""Sentences the outbox records in English come back in the interface's language, nested ones
included, and the most specific sentence wins over a shorter one that would also match."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from composer import i18n
from composer.services import recorded


class Marking:
    """A catalogue that marks every text it translates: «source»."""

    def translate(self, _context: str, text: str, *_rest: object) -> str:
        return f"«{text}»"


@pytest.fixture
def marking() -> Iterator[None]:
    i18n.install(Marking(), "fr")
    yield
    i18n.install(None)


def test_english_reads_as_recorded() -> None:
    text = recorded.NOT_SENT_YET(reason=recorded.NET_CLOSED())
    assert recorded.reword(text) == text


@pytest.mark.usefixtures("marking")
def test_a_sentence_inside_a_sentence_is_translated_too() -> None:
    text = recorded.NOT_SENT_YET(reason=recorded.NET_CLOSED())
    assert recorded.reword(text) == (
        "«Not sent yet: «the connection was closed before an answer came» It goes out when the "
        "connection is back.»"
    )


@pytest.mark.usefixtures("marking")
def test_the_more_specific_sentence_wins() -> None:
    why = recorded.UPLOADS_ROLE(said="Access denied")
    text = recorded.NOTHING_SENT_TO_BUYER_REF(why=why, reference="req-1")
    assert recorded.reword(text) == recorded.NOTHING_SENT_TO_BUYER_REF.source.replace(
        "{why}", f"«{why}»"
    ).replace("{reference}", "req-1").join("«»")


@pytest.mark.usefixtures("marking")
def test_other_text_is_left_as_it_is() -> None:
    assert recorded.reword("Amazon's own words: InvalidInput") == (
        "Amazon's own words: InvalidInput"
    )


@pytest.mark.usefixtures("marking")
def test_a_message_type_title_inside_a_sentence_is_translated() -> None:
    text = recorded.NEEDS_TEXT(title="'Confirm order details'")
    assert recorded.reword(text) == "«A {title} message needs text.»".replace(
        "{title}", "'«Confirm order details»'"
    )
    assert recorded.reword("'Not a message type'") == "'Not a message type'"
