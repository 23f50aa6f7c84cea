"""Split a text view into sentences, keeping their offsets.

Purposes are decided sentence by sentence (catalogue 4.5), so a cue and its context must sit
in the same unit. Lines always end a sentence (seller mails are line-oriented: greetings,
bullet points, signatures); so do ``. ! ? …`` and their CJK forms when followed by a space,
except after common abbreviations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.policy.document import TextView

_BOUNDARY = re.compile(r"\n|(?<=[.!?…])[\"'»”’)\]]*[ \t\u00a0]+|(?<=[。！？])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|approx|incl|excl|no|nr|tel|mr|mrs|ms|dr|st|vs|ca|bzw|usw|z\.b|u\.a"
    r"|evtl|ggf|inkl|zzgl|sog|ref|art|n°|p\.ex|cf|env|réf|sr|sra|núm|pág|ecc|sig|dott|ex|vgl"
    r"|bijv|m\.b\.t|o\.a|ul|np|tj|itp|godz|pkt)|\b[^\W\d_]|(?<![\d-])\d{1,2})\.$",
    re.I,
)
_HAS_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Sentence:
    view: TextView
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.view.text[self.start : self.end]

    @property
    def lower(self) -> str:
        return self.view.lower[self.start : self.end]


def split_sentences(view: TextView) -> list[Sentence]:
    text = view.text
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n" and _ABBREVIATION.search(text, max(0, m.start() - 12), m.start()):
            continue
        _append(view, start, m.start(), out)
        start = m.end()
    _append(view, start, len(text), out)
    return out


def _append(view: TextView, start: int, end: int, out: list[Sentence]) -> None:
    chunk = view.text[start:end]
    stripped = chunk.strip(" \t\u00a0\r-–—•*·>")
    if not stripped or not _HAS_LETTER.search(stripped):
        return
    lead = chunk.find(stripped)
    out.append(Sentence(view, start + lead, start + lead + len(stripped)))
