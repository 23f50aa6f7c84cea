"""Spelling as sellers write: placeholders, names, brands, British spellings, compounds,
inflected Spanish, elided French, the user's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.policy import Message, check
from composer.spelling import UserDictionary, get_checker
from tests.spelling import misspelt


@pytest.mark.parametrize(
    "text",
    [
        "Hi {buyer_name}, your order {{order_id}} for ${order.product.title} ships to %FIRSTNAME%.",
        "Dear [Buyer Name], about [Order ID] and <<delivery_date>> for *|FNAME|*.",
        "Your Amazon order with ASIN B0EXAMPLE1 is FBA; see https://www.amazon.co.uk/x.",
        "The KettlePro from ExampleBrand is made by Northwind in Leeds.",
        "We personalised the colour of your favourite catalogue and organised the centre.",
        'The engraving reads "The Hendersons – Est 2019" as you asked.',
    ],
)
def test_no_false_alarms_in_english_seller_text(text: str) -> None:
    assert misspelt(text, "en") == []


def test_english_typos_are_found_with_their_corrections() -> None:
    checker = get_checker("en")
    assert checker is not None
    found = {
        m.word: m.suggestion
        for m in checker.misspellings("Please confrim the adress; we recieved your mesage.")
    }
    assert found == {
        "confrim": "confirm",
        "adress": "address",
        "recieved": "received",
        "mesage": "message",
    }


def test_german_compounds_and_names() -> None:
    text = (
        "Bitte bestätigen Sie Ihre Lieferadresse und das Lieferzeitfenster. Die Sendungsnummer "
        "finden Sie im Kundenkonto. Ihr Gravurtext lautet Familie Schneider."
    )
    assert misspelt(text, "de") == []
    assert misspelt("Bitte bestätigen Sie ihre Lieferadrese.", "de") == ["Lieferadrese"]


def test_spanish_inflections() -> None:
    text = (
        "Muchas gracias por tus pedidos. Hemos recibido tu mensaje y estamos preparando los "
        "productos; te los enviaremos en dos días. Escríbenos si prefieres otros colores."
    )
    assert misspelt(text, "es") == []
    assert misspelt("Por favor confirme su direción de envío; hemos recivido el pago.", "es") == [
        "direción",
        "recivido",
    ]


def test_french_elisions_and_italian_articles() -> None:
    assert misspelt("N'hésitez pas : l'adresse d'expédition est jusqu'à lundi.", "fr") == []
    assert misspelt("Dell'ordine abbiamo ricevuto l'indirizzo.", "it") == []


def test_allow_listed_words_count_as_known_in_every_form() -> None:
    # "accappatoio" and "recensire" are on the Italian allow-list, not in the dictionary: they
    # are known after an elided article and as the headword of an inflected form.
    assert misspelt("Ecco l'accappatoio: potresti recensirlo?", "it") == []
    assert misspelt("Ecco l'accapatoio.", "it") == ["l'accapatoio"]


def test_social_media_handles_are_not_prose() -> None:
    assert misspelt("Il nostro profilo è @stampamia.creazioni su Instagram.", "it") == []


def test_a_bilingual_message_is_checked_against_both_languages() -> None:
    body = (
        "Gentile cliente,\nin allegato trova la fattura dell'ordine 403-7719920-3358164.\n\n"
        "Sehr geehrte Kundin,\nim Anhang finden Sie die Rechnnung zur Bestellung.\n\n"
        "Cordiali saluti / Mit freundlichen Grüßen"
    )
    report = check(Message(body=body, buyer_language="de-DE"))
    assert any(f.rule == "language-mismatch" for f in report.findings)  # seen as bilingual
    assert [f.message for f in report.findings if f.rule == "spelling"] == [
        "Possible spelling mistake in German: “Rechnnung”."
    ]


def test_names_after_a_form_of_address_are_not_typos() -> None:
    assert misspelt("Estimada Sra. Ruiz:\nLe escribe el Sr. Quintanilla.", "es") == []
    assert misspelt("Sehr geehrter Herr Nowakowski, vielen Dank.", "de") == []
    assert misspelt("Estimada Sra. Ruiz:\nLe escrivimos hoy.", "es") == ["escrivimos"]


def _spelling_findings(body: str, **fields: object) -> list[str]:
    report = check(Message(body=body, subject="305-1234567-7654321", **fields))  # type: ignore[arg-type]
    return [f.message for f in report.findings if f.rule == "spelling"]


def test_names_under_the_sign_off_are_not_typos() -> None:
    body = (
        "Bonjour,\nMerci de confirmer le texte à graver sur votre planche.\n\n"
        "Cordialement,\nGwenaëlle Kerbrat – Atelier Ploumanac"
    )
    assert _spelling_findings(body) == []


def test_names_in_the_closing_block_are_not_typos() -> None:
    body = (
        "Could you tell us which of the two engraving fonts you would like on the board?\n\n"
        "Many thanks,\nPriya\nClearFlow Kitchens Ltd"
    )
    assert _spelling_findings(body) == []


def test_a_list_of_short_lines_is_not_a_signature() -> None:
    body = (
        "Please choose one of the wood finishes below for your engraved board:\n"
        "Oak\nWalnut\nCherry\nAsh\nMaple\nBeech\nTeakk"
    )
    assert _spelling_findings(body) == ["Possible spelling mistake in English: “Teakk”."]


def test_an_obfuscated_address_is_an_address_not_words() -> None:
    findings = check(
        Message(body="Escríbenos a devoluciones arroba tiendaejemplo punto es, por favor.")
    ).findings
    assert [f.rule for f in findings if f.rule in ("spelling", "email-address")] == [
        "email-address"
    ]


@pytest.mark.parametrize(
    ("language", "name", "text", "typo"),
    [
        ("en", "English", "Please confirm the engravng text for your cutting board.", "engravng"),
        ("de", "German", "Bitte bestätigen Sie den Text für Ihr Schneidbrettt.", "Schneidbrettt"),
        ("fr", "French", "Merci de confirmer le texte à graver sur votre planchee.", "planchee"),
        ("es", "Spanish", "Por favor, confirma el textto del grabado para tu tabla.", "textto"),
        (
            "it",
            "Italian",
            "Per favore conferma il testo da incidere sul tuo taglieree.",
            "taglieree",
        ),
        (
            "pt",
            "Portuguese",
            "Por favor, confirme o texto da gravação da sua tábua de cortte.",
            "cortte",
        ),
        (
            "nl",
            "Dutch",
            "Bevestig alstublieft de tekst voor de gravure op uw snijplankk.",
            "snijplankk",
        ),
        ("lv", "Latvian", "Lūdzu, apstipriniet tekstu jūsu pasūtījumm.", "pasūtījumm"),
        (
            "eu",
            "Basque",
            "Mesedez, baieztatu zure ohol gainean grabatu beharreko testuaa.",
            "testuaa",
        ),
        ("ru", "Russian", "Пожалуйста, подтвердите этот текстт как можно скорее.", "текстт"),
        ("ar", "Arabic", "من فضلك أكد النصص الذي تريد على اللوح.", "النصص"),
        ("fa", "Persian", "لطفاً این متنن را برای ما تأیید.", "متنن"),
    ],
)
def test_every_shipped_dictionary_checks_its_own_language(
    language: str, name: str, text: str, typo: str
) -> None:
    """Each language pyspellchecker ships is identified, so its own dictionary is used."""
    report = check(Message(body=text, subject="305-1234567-7654321"))
    assert report.language == language
    assert [f.message for f in report.findings if f.rule == "spelling"] == [
        f"Possible spelling mistake in {name}: “{typo}”."
    ]


def test_decomposed_accents_and_vowel_signs_are_part_of_the_word() -> None:
    # Text copied from macOS may carry e + U+0301 for é; Persian writes لطفاً with a tanwin.
    assert misspelt("Merci de confirmer l\u2019adresse pour l\u2019e\u0301te\u0301.", "fr") == []
    assert misspelt("لطفاً این متن را تأیید", "fa") == []


def test_every_shipped_dictionary_is_tested() -> None:
    from composer.spelling import dictionary_languages

    tested = {"en", "de", "fr", "es", "it", "pt", "nl", "lv", "eu", "ru", "ar", "fa"}
    assert set(dictionary_languages()) <= tested


def test_a_name_after_a_colon_is_a_name() -> None:
    assert misspelt("Confirme a grafia do nome: Giovanna com dois n?", "pt") == []


def test_names_in_the_greeting_are_not_typos() -> None:
    body = "Hallo Wiebke,\nbitte bestätigen Sie den Gravurtext für Ihr Schneidebrett."
    assert _spelling_findings(body) == []


def test_a_typo_of_a_common_word_is_not_read_as_a_compound() -> None:
    # "viel" + "eicht" (a junk entry of the frequency list) would make it a compound.
    assert misspelt("Vieleicht passt die Lieferadresse nicht.", "de") == ["Vieleicht"]
    assert misspelt("Die Sendungsverfolgungsnummer und die Zahlungsart.", "de") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El colchón viscoelástico llega enrollado.", "es"),
        ("Indiquez-nous votre écart pupillaire.", "fr"),
        ("A etiqueta está embaixo da caixa.", "pt"),
        ("Your woodcraftery board is ready.", "en"),
    ],
)
def test_words_no_edit_away_from_a_known_word_are_not_flagged(text: str, language: str) -> None:
    """Typos are one edit from the word meant; a word the frequency list lacks that no single
    edit turns into a known word is a term, a loanword or a name far more often than a typo."""
    assert misspelt(text, language) == []


def test_polish_is_not_checked_and_the_report_says_so() -> None:
    assert get_checker("pl") is None
    report = check(
        Message(
            body="Dzień dobry, prosimy o potwierdzenie adresu dostawy zamówienia.",
            subject="Zamówienie 403-1234567-7654321",
        )
    )
    assert report.language == "pl"
    assert "spelling" not in {f.rule for f in report.findings}
    assert any("Spelling was not checked" in note and "Polish" in note for note in report.notes)


def test_user_dictionary_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "dictionary.txt"
    words = UserDictionary(path)
    words.add("Woodcraftery")
    words.add("gravurtextes")
    assert UserDictionary(path).words() == {"Woodcraftery", "gravurtextes"}
    assert "woodcraftery" in UserDictionary(path)
    words.remove("gravurtextes")
    assert path.read_text(encoding="utf-8") == "Woodcraftery\n"
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind
    with pytest.raises(ValueError, match="single word"):
        words.add("two words")


def test_user_words_silence_the_finding() -> None:
    assert misspelt("Your teakwod board is ready.", "en") == ["teakwod"]
    assert misspelt("Your teakwod board is ready.", "en", ("Teakwod",)) == []


def test_suggestions_on_demand() -> None:
    checker = get_checker("en")
    assert checker is not None
    assert "address" in checker.suggestions("adress")
