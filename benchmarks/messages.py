"""Benchmark messages, written for Composer: long seller mails with a few problems each."""

from __future__ import annotations

_ENGLISH = [
    "Hi {buyer_name},",
    "Thank you for your order 302-4417865-2290147 for the personalised walnut serving board. "
    "Before our workshop starts cutting, we would like to confirm the engraving details with you.",
    'The text you entered reads "The Hendersons – since 2009". Would you like it centred '
    "under the tree motif, or placed in the lower right corner of the board? Our standard "
    "lettering is a classic serif; if you prefer the handwritten script, just let us know.",
    "The board is made from a single piece of walnut, so the grain and the colour will differ "
    "slightly from the photos on the product page. We oil every board by hand before it leaves "
    "the workshop, which is why the wood may look a little darker when it arrives.",
    "Please reply within five days so that we can keep your place in the engraving queue. If we "
    "do not hear from you, we will use the layout shown in the listing.",
    "If you have any questions about the size or the care of the board, you can also call us on "
    "+44 20 7946 0018 or have a look at www.example.co.uk/care 🙂",
    "Kind regards,\nAmelia\nThe Oakwright Team",
]

_GERMAN = [
    "Hallo {buyer_name},",
    "vielen Dank für Ihre Bestellung 028-1234567-7654321. Bevor wir Ihr Schneidebrett "
    "gravieren, möchten wir den Gravurtext mit Ihnen abstimmen.",
    "Sie haben folgenden Text angegeben: „Familie Schneider – seit 2009“. Soll der Text mittig "
    "unter dem Baum-Motiv stehen oder unten rechts in der Ecke? Unsere Standardschrift ist eine "
    "klassische Serifenschrift; wenn Ihnen die Schreibschrift lieber ist, geben Sie uns bitte "
    "kurz Bescheid.",
    "Das Brett wird aus einem einzigen Stück Walnussholz gefertigt, daher können Maserung und "
    "Farbe leicht von den Fotos auf der Produktseite abweichen. Wir ölen jedes Brett von Hand, "
    "bevor es unsere Werkstatt verlässt.",
    "Bitte antworten Sie uns innerhalb von fünf Tagen, damit Ihr Auftrag seinen Platz in der "
    "Warteschlange behält. Ohne Rückmeldung verwenden wir das Layout aus dem Angebot.",
    "Bei Fragen zur Pflege erreichen Sie uns auch telefonisch unter 030 1234567 oder auf "
    "www.example.de/pflege 🙂",
    "Mit freundlichen Grüßen\nAnna Weber\nIhr Holzwerk-Team",
]

_HTML_PARAGRAPHS = [
    '<p style="font-family: Georgia, serif">Guten Tag {buyer_name},</p>',
    "<p>anbei erhalten Sie die Rechnung zu Ihrer Bestellung <b>028-1234567-7654321</b>. Wir "
    "freuen uns, dass Sie sich für unsere Gartenmöbel entschieden haben.</p>",
    '<table cellpadding="4"><tr><th>Artikel</th><th>Menge</th><th>Preis</th></tr>'
    "<tr><td>Gartenbank Eiche</td><td>1</td><td>249,00 €</td></tr>"
    "<tr><td>Sitzkissen grau</td><td>2</td><td>39,80 €</td></tr></table>",
    "<p>Die Bank wird von unserer Spedition geliefert. Die Spedition meldet sich telefonisch, "
    "um einen Liefertermin mit Ihnen zu vereinbaren. Bitte sorgen Sie dafür, dass am Liefertag "
    "jemand zu Hause ist.</p>",
    "<ul><li>Aufbauanleitung liegt bei</li><li>Schrauben im Beutel am Rahmen</li>"
    "<li>Pflegeöl separat erhältlich</li></ul>",
    '<p>Weitere Informationen finden Sie unter <a href="https://www.example.de/pflege">'
    "hier</a>.</p>",
    '<p style="color:#777777; font-size: 11px">Diese E-Mail wurde automatisch erstellt.</p>',
    "<center>Vielen Dank für Ihren Einkauf!</center>",
    '<img src="https://cdn.example.de/logo.png" alt="Gartenwerk" width="200">',
]


def _fill(parts: list[str], target: int, joiner: str) -> str:
    """Repeat the middle of a mail until it reaches the target length (greeting and sign-off
    stay where they belong)."""
    head, middle, tail = parts[0], parts[1:-1], parts[-1]
    body: list[str] = [head]
    i = 0
    while len(joiner.join([*body, tail])) < target:
        body.append(middle[i % len(middle)])
        i += 1
    return joiner.join([*body, tail])


def english_text() -> str:
    return _fill(_ENGLISH, 2000, "\n\n")


def german_text() -> str:
    return _fill(_GERMAN, 2000, "\n\n")


def html_email() -> str:
    inner = _fill(_HTML_PARAGRAPHS, 9900, "\n")
    return f"<html><body>\n{inner}\n</body></html>"


# One short message per language for the memory probe: each loads that language's data.
SAMPLES = {
    "en": "Could you confirm the name you would like engraved on the board?",
    "de": "Könnten Sie uns bitte den gewünschten Gravurtext für das Brett bestätigen?",
    "fr": "Pourriez-vous nous confirmer le prénom à graver sur la planche, s'il vous plaît ?",
    "es": "¿Podrías confirmarnos el nombre que quieres grabar en la tabla, por favor?",
    "it": "Potresti confermarci il nome da incidere sul tagliere, per favore?",
    "pt": "Você poderia confirmar o nome que deseja gravar na tábua, por favor?",
    "nl": "Kunt u ons de naam bevestigen die u op de snijplank wilt laten graveren?",
    "pl": "Czy mogą Państwo potwierdzić imię, które mamy wygrawerować na desce?",
}


# Typed key by key in the window (bench_typing.py) and reopened as a draft (bench_startup.py):
# exactly 2,000 characters, with two misspellings, a phone number, an outside link, a request
# for a review and an emoji.
_SELLER_MESSAGE = [
    "Hello, Mrs Patel,",
    "Thank you for your order 302-4417865-2290147 of the personalised oak chopping board. We "
    "recieved your engraving text this morning and wanted to check a few details with you "
    "before our workshop starts on it, because once the letters are cut into the wood they "
    "cannot be changed. It only takes a minute to answer and saves us both a remake.",
    'You asked for "The Patel Family, Est. 2009" in the script lettering. On the large board '
    "this fits on one line, but the comma sits very close to the edge of the handle. Would you "
    "prefer the text on two lines, with the year underneath, or shall we leave out the comma? "
    "Both look good; we only need to know which one you would like.",
    "The board is cut from a single piece of oak, so the grain will differ slightly from the "
    "photos on the product page. Every board is oiled by hand before it leaves the workshop, "
    "which is why the wood may look a little darker when it arrives. This is normal and it "
    "fades to a warm honey colour after a few weeks.",
    "The engraving itself takes about three days. We expect to send the board on Thursday with "
    "Royal Mail Tracked 48, so it should reach you early next week, and we definately want to "
    "get it right for you, as you mentioned that it is a wedding present for your sister.",
    "Please reply to this message within five days so that we can keep your place in the "
    "engraving queue. If we do not hear from you by then, we will use the layout shown in the "
    "listing, with the text on one line and without the comma.",
    "If it is easier to talk it through, you can call our workshop on 020 7946 0018 between "
    "nine and five, or see more examples of our lettering at www.oakwright-workshop.co.uk/fonts "
    "before you decide. To care for the board, wipe it with a damp cloth, let it dry standing "
    "up and never put it in the dishwasher.",
    "Once the board has arrived and you are happy with it, we would be very grateful for a "
    "five star review, it really helps a small business like ours. 🙂",
    "Kind regards,\nAmelia Hart\nOakwright Workshop",
]


def seller_message() -> str:
    """A 2,000-character English seller message with a few problems."""
    return "\n\n".join(_SELLER_MESSAGE)
