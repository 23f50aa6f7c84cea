"""Words of a text with their offsets, leaving out what is not prose: placeholders, URLs,
e-mail addresses, codes and anything with digits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Template placeholders real seller tools use: {buyer_name}, {{ProductName}}, ${order.id},
# %FIRSTNAME%, [Order ID], <<name>>, *|FNAME|*.
PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,60}\}|\$\{[^}\n]{1,60}\}|%[A-Za-z_][\w.]{0,40}%"
    r"|\[[^\[\]\n]{1,40}\]|<<[^<>\n]{1,40}>>|\*\|[\w.]{1,40}\|\*"
)
_NOT_PROSE = re.compile(
    r"(?:https?://|www\.)\S+|[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|\S*\d\S*"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}\b|\b\w+\.(?:com|de|fr|es|it|nl|pl|pt|co\.uk|net|org)\b",
    re.I,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;\n]|[-•*–])[\s\"'«»„“”‘’(\[]*$")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    sentence_initial: bool


def skipped_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in PLACEHOLDER.finditer(text)]
    spans += [m.span() for m in _NOT_PROSE.finditer(text)]
    return sorted(spans)


def words(text: str) -> Iterator[Token]:
    skipped = skipped_spans(text)
    i = 0
    for m in _WORD.finditer(text):
        start, end = m.span()
        while i < len(skipped) and skipped[i][1] <= start:
            i += 1
        if i < len(skipped) and skipped[i][0] < end:
            continue
        before = text[max(0, start - 6) : start]
        initial = bool(_SENTENCE_START.search(before)) or start == 0
        yield Token(start, end, m.group(), initial)
