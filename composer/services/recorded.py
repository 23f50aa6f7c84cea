"""Sentences the outbox records in English and shows in the interface's language.

A reason ("Not sent yet: Cannot reach the mail server …") is written into the outbox when a
send ends, perhaps in another session and another language than the one it is read in. So it
is recorded in English, the source language (the record, the CSV, the log read the same
whatever the seller's language), from a marked sentence; and whoever reads it gets it back in
the language of the moment: ``reword`` recognises the English sentence, translates it and
fills its placeholders again, each value reworded in its turn (a reason inside a reason).
A text no sentence matches (Amazon's own words, a note the user typed) comes back as it is.
"""

from __future__ import annotations

import re
import threading

from composer.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["Recorded", "reword"]

_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_lock = threading.Lock()
_sentences: list[Recorded] = []


class Recorded:
    """One marked sentence with named placeholders: ``Recorded("SendWords",
    QT_TRANSLATE_NOOP("SendWords", "Not sent yet: {reason} …"))``; calling it composes the
    English for the record. (lupdate reads the ``QT_TRANSLATE_NOOP``, not this class.)"""

    __slots__ = ("context", "pattern", "source")

    def __init__(self, context: str, source: str) -> None:
        self.context = context
        self.source = source
        parts = _PLACEHOLDER.split(source)
        # Literal text between placeholders, each placeholder a lazy group: fullmatch decides.
        regex = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
        )
        self.pattern = re.compile(regex, re.DOTALL)
        with _lock:
            _sentences.append(self)

    def __call__(self, **values: object) -> str:
        return self.source.format(**values)

    def __repr__(self) -> str:
        return f"Recorded({self.context!r}, {self.source!r})"


def reword(text: str) -> str:
    """``text`` in the interface's language when a recorded sentence composed it (English: the
    same text); any other text unchanged."""
    if not text:
        return text
    with _lock:
        sentences = list(_sentences)
    for sentence in sentences:
        found = sentence.pattern.fullmatch(text)
        if found is not None:
            values = {name: reword(value) for name, value in found.groupdict().items()}
            return translate(sentence.context, sentence.source).format(**values)
    return text


# -- what a delivery records (the transports' and the dispatcher's words) -------------------
# Marked here, beside ``reword``, so that whoever reads the outbox knows them without loading
# the transports (smtplib, requests). lupdate reads each QT_TRANSLATE_NOOP.

NOT_SENT_YET = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords", "Not sent yet: {reason} It goes out when the connection is back."
    ),
)
ASKED_TO_WAIT = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "Amazon asked to wait: {reason}")
)
MAIL_UNREACHABLE = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords", "Cannot reach the mail server {server} ({why}); nothing was sent."
    ),
)
HOST_UNKNOWN = Recorded(
    "DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "the host name is not known")
)
NOTHING_LISTENS = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP("DeliveryWords", "connection refused: nothing listens on that port"),
)
NO_ANSWER = Recorded("DeliveryWords", QT_TRANSLATE_NOOP("DeliveryWords", "no answer in time"))
TYPE_NOT_ALLOWED = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon does not allow this message type for this order now ({said}). Ask which types "
        "the order allows and choose one of them.",
    ),
)
TYPE_NOT_ALLOWED_REF = Recorded(
    "DeliveryWords",
    QT_TRANSLATE_NOOP(
        "DeliveryWords",
        "Amazon does not allow this message type for this order now ({said}). Ask which types "
        "the order allows and choose one of them. Request id: {reference}.",
    ),
)
