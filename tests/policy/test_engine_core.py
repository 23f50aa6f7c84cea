"""The engine's parts: the Document's map back to the source, the phrase prefilter, the
classifier's decisions, language identification."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from composer.policy import BodyFormat, Category, Channel, CheckOptions, Message, check
from composer.policy.document import read_document
from composer.policy.language import detect_language
from composer.policy.phrases import available_languages, load_pack, split_alternatives

ORDER = "302-4417865-2290147"
HTML = (
    '<html><head><style>p{font-family:Arial}</style><script>var x = "<p>";</script></head>'
    '<body><p style="color:red">Caf&eacute; &amp; Bar &#128512;<br>line two</p>'
    '<a href="https://example.com/x">link <b>text</b></a><p>unclosed <i>tags'
)


# --- Document ----------------------------------------------------------------------------------


def test_html_text_maps_back_to_the_source() -> None:
    doc = read_document(Message(body=HTML, format=BodyFormat.HTML))
    text = doc.body.text
    assert "var x" not in text  # scripts and styles are not text
    assert text.startswith("Café & Bar 😀\nline two")
    for word, source in [
        ("Café", "Caf&eacute;"),
        ("&", "&amp;"),
        ("😀", "&#128512;"),
        ("line two", "line two"),
        ("tags", "tags"),
    ]:
        start = text.index(word)
        s0, s1 = doc.body.source_span(start, start + len(word))
        assert HTML[s0:s1] == source


def test_every_exactly_mapped_character_is_the_source_character() -> None:
    doc = read_document(Message(body=HTML, format=BodyFormat.HTML))
    for i, ch in enumerate(doc.body.text):
        if doc.body.offsets.is_exact(i, i + 1):
            s0, s1 = doc.body.source_span(i, i + 1)
            assert HTML[s0:s1] == ch or (ch == " " and HTML[s0:s1].isspace())


def test_html_facts() -> None:
    doc = read_document(Message(body=HTML, format=BodyFormat.HTML))
    assert [(d.prop, d.value, d.origin) for d in doc.styles] == [
        ("font-family", "Arial", "sheet"),
        ("color", "red", "style"),
    ]
    assert HTML[doc.styles[1].start : doc.styles[1].end] == "color:red"
    (link,) = doc.links
    assert (link.href, link.label) == ("https://example.com/x", "link text")
    assert HTML[link.start : link.end] == "https://example.com/x"


def test_marked_sections_the_standard_parser_refuses_are_text() -> None:
    body = "<p>Hello <![foo[ there, call +44 20 7946 0018</p>"
    doc = read_document(Message(body=body, format=BodyFormat.HTML))
    assert "<![foo[ there" in doc.body.text
    report = check(Message(body=body, format=BodyFormat.HTML, subject="305-1234567-7654321"))
    (phone,) = [f for f in report.findings if f.rule == "phone-number"]
    assert body[phone.start : phone.end] == "+44 20 7946 0018"


def test_plain_text_is_its_own_source() -> None:
    body = "Line one\n> quoted buyer words\nLine three"
    doc = read_document(Message(body=body))
    assert doc.body.text == body
    assert doc.body.is_quoted(body.index("quoted"))
    assert not doc.body.is_quoted(body.index("three"))


# --- phrase data -------------------------------------------------------------------------------


def test_split_alternatives_respects_groups_classes_and_escapes() -> None:
    assert split_alternatives("a|(?:b|(?:c|d))") == ["a", "b", "c", "d"]
    assert split_alternatives("x(?:a|b)") == ["x(?:a|b)"]
    assert split_alternatives("[|]a|b\\|c") == ["[|]a", "b\\|c"]
    assert split_alternatives("(?:a)(?:b|c)") == ["(?:a)(?:b|c)"]


def _texts() -> list[str]:
    folder = Path(__file__).parent.parent / "languages"
    texts = []
    for path in folder.glob("*.toml"):
        for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]:
            texts.append((case.get("subject", "") + "\n" + case["body"]).lower())
    return texts


@pytest.mark.parametrize("language", available_languages())
def test_prefilter_never_changes_what_matches(language: str) -> None:
    """Every phrase list matched with its literal prefilters (of the list and of each pattern)
    finds exactly what its plain regexes, with the word boundary as a lookbehind, find."""
    pack = load_pack(language)
    assert pack is not None
    lists = [*pack.courtesy.values(), *pack.cues.values()]
    for cue_set in (*pack.purposes.values(), *pack.rules.values()):
        lists += [cue_set.cues, cue_set.unless, *(p for g in cue_set.together for p in g)]
    plain = {
        pattern: re.compile((r"(?<!\w)" if pattern.bounded else "") + pattern.regex.pattern)
        for phrase_list in lists
        for pattern in phrase_list.patterns
    }
    for text in _texts():
        present = pack.present_literals(text)
        for phrase_list in lists:
            expected = [m.span() for p in phrase_list.patterns for m in plain[p].finditer(text)]
            got = list(phrase_list.finditer(text, present))
            assert got == expected, (language, [p.source for p in phrase_list.patterns])


# --- classifier --------------------------------------------------------------------------------


def report(body: str, **fields: object):  # type: ignore[no-untyped-def]
    fields.setdefault("subject", f"Order {ORDER}")
    return check(Message(body=body, **fields), CheckOptions(today=date(2026, 11, 22)))  # type: ignore[arg-type]


def test_element_problems_do_not_change_the_category() -> None:
    clean = report("Which font would you like for the engraving on your board?")
    noisy = report(
        "Which font would you like for the engraving 😊? Call +1 202 555 0143 or "
        "mail jo@example.com, www.example.com/fonts"
    )
    assert clean.category is noisy.category is Category.CRITICAL
    assert len(noisy.findings) >= 4


def test_classifier_explains_itself() -> None:
    r = report("Thanks for your order! If you love it, please leave us a 5-star review.")
    assert r.category is Category.FORBIDDEN
    (manipulation,) = [p for p in r.purposes if p.id == "review-manipulation"]
    assert "5-star" in manipulation.evidence[0].phrase
    assert "5-star review" in r.reason


def test_mixed_critical_and_non_critical_is_proactive() -> None:
    r = report("Which font would you like for the engraving? Your invoice is attached.")
    assert {p.id for p in r.purposes} >= {"customization", "invoice"}
    assert r.category is Category.PROACTIVE
    assert r.sp_api_message_type == "confirmCustomizationDetails"


def test_courtesy_alone_is_thank_you_only_but_not_in_a_reply() -> None:
    body = "Thank you for your purchase! We hope you enjoy it.\n\nBest regards,\nAnna"
    assert report(body).category is Category.FORBIDDEN
    reply = report(body, is_reply=True)
    assert reply.category is Category.PROACTIVE
    assert [p.id for p in reply.purposes] == ["buyer-reply"]


def test_confirmation_inside_a_reply_is_allowed() -> None:
    body = "Yes, we have received your order and it is being processed."
    assert report(body).category is Category.FORBIDDEN
    assert report(body, is_reply=True).category is Category.PROACTIVE


def test_important_tag_is_misuse_on_non_critical_and_useless_on_critical() -> None:
    non_critical = report(
        "Here are five tips for your new blender.", subject=f"[Important] Order {ORDER}"
    )
    assert non_critical.category is Category.FORBIDDEN
    tag = [f for f in non_critical.findings if f.rule == "important-tag-misuse"]
    assert tag[0].severity.value == "error"
    critical = report(
        "Which font would you like for the engraving?", subject=f"[IMPORTANT] Order {ORDER}"
    )
    assert critical.category is Category.CRITICAL
    tag = [f for f in critical.findings if f.rule == "important-tag-misuse"]
    assert tag[0].severity.value == "warning"
    assert "2025" in tag[0].message


@pytest.mark.parametrize(
    ("subject", "tag", "fixed"),
    [
        (f"[Wichtig] Ihre Bestellung {ORDER}", "[Wichtig]", f"Ihre Bestellung {ORDER}"),
        (f"Pedido {ORDER} [IMPORTANTE]", "[IMPORTANTE]", f"Pedido {ORDER}"),
        (f"[ Ważne ]: zamówienie {ORDER}", "[ Ważne ]", f"zamówienie {ORDER}"),
        (f"[Belangrijk] - bestelling {ORDER}", "[Belangrijk]", f"bestelling {ORDER}"),
    ],
)
def test_a_translated_important_tag_is_a_warning_and_changes_no_category(
    subject: str, tag: str, fixed: str
) -> None:
    """Amazon only ever honoured the English tag: a translated one is flagged as a warning
    (catalogue: important-tag-misuse) and is no purpose of the message."""
    body = "Which font would you like for the engraving?"
    tagged = report(body, subject=subject)
    (finding,) = [f for f in tagged.findings if f.rule == "important-tag-misuse"]
    assert finding.severity.value == "warning"
    assert subject[finding.start : finding.end] == tag
    assert tag in finding.message
    untagged = report(body, subject=fixed)
    assert tagged.category is untagged.category is Category.CRITICAL
    assert [p.id for p in tagged.purposes] == [p.id for p in untagged.purposes]
    assert finding.fix is not None
    (edit,) = finding.fix.edits
    assert subject[: edit.start] + edit.text + subject[edit.end :] == fixed


def test_tags_that_only_look_like_it_are_left_alone() -> None:
    for subject in (f"Wichtig: Ihre Bestellung {ORDER}", f"[Bestellung {ORDER}] wichtig"):
        found = report("Welche Schrift wünschen Sie?", subject=subject).findings
        assert "important-tag-misuse" not in {f.rule for f in found}


def test_order_age_makes_a_proactive_message_forbidden() -> None:
    late = report(
        "Which font would you like for the engraving?",
        order_date=date(2026, 8, 1),
        delivery_date=date(2026, 8, 5),
    )
    assert late.category is Category.FORBIDDEN
    assert "order-age" in {f.rule for f in late.findings}
    reply = report(
        "Which font would you like for the engraving?",
        is_reply=True,
        order_date=date(2026, 8, 1),
        delivery_date=date(2026, 8, 5),
    )
    assert "order-age" not in {f.rule for f in reply.findings}


def test_purpose_mismatch_under_a_critical_message_type() -> None:
    r = report(
        "Please choose a delivery slot for your sofa. Your invoice is attached.",
        channel=Channel.SP_API,
        message_type="confirmDeliveryDetails",
    )
    assert r.category is Category.FORBIDDEN
    assert "purpose-mismatch" in {f.rule for f in r.findings}


def test_sp_api_length_limit_of_the_message_type() -> None:
    body = "Which font would you like for the engraving? " * 20  # 900 characters
    r = report(body, channel=Channel.SP_API)
    assert r.sp_api_message_type == "confirmCustomizationDetails"
    problems = [f.message for f in r.findings if f.rule == "api-text-constraints"]
    assert any("allows 800" in m for m in problems)


def test_check_is_deterministic() -> None:
    body = "Thanks! If you're happy, leave 5 stars 😊 and visit www.example.com for 10% off."
    assert report(body) == report(body)


# --- language ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Could you please confirm the delivery address for your order?", "en"),
        ("Könnten Sie uns bitte die Lieferadresse für Ihre Bestellung bestätigen?", "de"),
        ("Pourriez-vous nous confirmer l'adresse de livraison de votre commande ?", "fr"),
        ("¿Podrías confirmarnos la dirección de entrega de tu pedido?", "es"),
        ("Potresti confermarci l'indirizzo di consegna del tuo ordine?", "it"),
        ("Você poderia confirmar o endereço de entrega do seu pedido?", "pt"),
        ("Kunt u het bezorgadres van uw bestelling bevestigen?", "nl"),
        ("Czy mogą Państwo potwierdzić adres dostawy zamówienia?", "pl"),
        ("ご注文のお届け先住所をご確認いただけますか？", "ja"),
    ],
)
def test_language_identification(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_language_of_preference_and_bilingual_messages() -> None:
    german_buyer = report(
        "Please confirm the delivery slot that suits you.", buyer_language="de-DE"
    )
    mismatch = [f for f in german_buyer.findings if f.rule == "language-mismatch"]
    assert mismatch[0].severity.value == "error"
    bilingual = report(
        "Please choose a delivery time for your wardrobe.\n"
        "Veuillez choisir un créneau de livraison pour votre armoire, s'il vous plaît.",
        buyer_language="en-GB",
    )
    mismatch = [f for f in bilingual.findings if f.rule == "language-mismatch"]
    assert mismatch[0].severity.value == "warning"
