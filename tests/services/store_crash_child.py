"""The process the crash test kills: it saves one draft as fast as it can, as the window's
autosave would if a person typed impossibly fast, and prints the number of each save once
``save_draft`` has returned (that save is then committed).

    python store_crash_child.py DATABASE ROUND

``content(round, number)`` is the draft of a save, so the test can tell exactly which save it
finds and that every field of it came from that one save.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from composer.policy import Channel
from composer.services.store import Draft, Store

DRAFT_ID = 1
_CHANNELS = tuple(Channel)
_FILLER = "Wir prüfen Ihre Bestellung – 5 € Rabatt? Nein. 😀 Danke! "


def content(round_: int, number: int) -> Draft:
    """The draft as save ``number`` of round ``round_`` writes it. Bodies run from 1,500 to
    about 30,000 characters, so some saves span several database pages, where a torn write
    would show."""
    seed = round_ * 100_003 + number
    length = 1_500 + (seed * 7_919) % 28_500
    filler = (_FILLER * (length // len(_FILLER) + 1))[:length]
    return Draft(
        id=DRAFT_ID,
        name=f"Draft {round_}.{number}",
        subject=f"Ihre Bestellung, Runde {round_}, Speicherung {number}",
        body_html=f"<p>Save {round_}.{number} begins.</p><p>{filler}</p><p>Save {number} ends.</p>",
        order_id=f"302-{round_:07d}-{number:07d}",
        order_date=date(2026, 1, 1) + timedelta(days=seed % 300),
        delivery_date=None if number % 3 == 0 else date(2026, 1, 5) + timedelta(days=seed % 300),
        buyer_language=("de-DE", "fr", "ja")[seed % 3],
        marketplace=("amazon.de", "amazon.fr", "amazon.co.jp")[seed % 3],
        channel=_CHANNELS[seed % len(_CHANNELS)],
        reply_to_buyer=number % 2 == 1,
        message_type=("", "confirmCustomizationDetails", "unexpectedProblem")[seed % 3],
    )


def main() -> None:
    path, round_ = Path(sys.argv[1]), int(sys.argv[2])
    store = Store(path)
    print("open", flush=True)
    number = 0
    if store.last_draft_id() is None:  # a fresh file: the first save inserts the draft
        number = 1
        store.save_draft(replace(content(round_, number), id=None))
        print(number, flush=True)
    while True:
        number += 1
        store.save_draft(content(round_, number))
        print(number, flush=True)


if __name__ == "__main__":
    main()
