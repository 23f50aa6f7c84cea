"""Words of a text with their offsets, leaving out what is not prose: placeholders, URLs,
e-mail addresses, social-media handles, codes and anything with digits."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Template placeholders real seller tools use: {buyer_name}, {{ProductName}}, ${order.id},
# %FIRSTNAME%, [Order ID], <<name>>, *|FNAME|*.
PLACEHOLDER = re.compile(
    r"\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,60}\}|\$\{[^}\n]{1,60}\}|%[A-Za-z_][\w.]{0,40}%"
    r"|\[[^\[\]\n]{1,40}\]|<<[^<>\n]{1,40}>>|\*\|[\w.]{1,40}\|\*"
)
_NOT_PROSE = re.compile(
    r"(?:https?://|www\.)\S+|[\w.%+-]+@[\w-]+(?:\.[\w-]+)+|\S*\d\S*"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}\b|\b\w+\.(?:com|de|fr|es|it|nl|pl|pt|co\.uk|net|org)\b"
    r"|(?<![\w.])@\w[\w.]*",  # social-media handles: @shop.name
    re.I,
)
# A letter may carry combining marks: accents of text in decomposed form (copied from macOS),
# Arabic and Persian vowel signs.
_MARK = r"\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670"
_PART = rf"[^\W\d_](?:[^\W\d_]|[{_MARK}])*"
_NOT_PROSE_CANDIDATE = re.compile(r"\S*[\d@.:]\S*")
_WORD = re.compile(rf"{_PART}(?:['’]{_PART})*(?:-{_PART}(?:['’]{_PART})*)*")
COMBINING_MARK = re.compile(f"[{_MARK}]")
_NEXT_WORD = re.compile(r"[ \t]+&?[ \t]*([^\W\d_])")
# A colon does not start a sentence: what follows it is as often a name ("nome: Giovanna").
_SENTENCE_START = re.compile(r"(?:^|[.!?…;\n]|[-•*–])[\s\"'«»„“”‘’(\[]*$")
# Forms of address in the marketplaces' languages: the capitalised word after one is a name
# ("Estimada Sra. Ruiz", "Sehr geehrter Herr Nowak"), even where its full stop looks like the
# end of a sentence.
_TITLE_BEFORE = re.compile(
    r"(?:^|[\s(])(?:mr|mrs|ms|miss|dr|prof|sr|sra|srta|sres|d|dña|dª|don|doña|m|mme|mlle|mm|"
    r"hr|hrn|herr|herrn|fr|frau|sig|sig\.ra|sig\.na|dott|dott\.ssa|ing|avv|pan|pani|panie|"
    r"dhr|mevr|mw|sr\.a|exmo|exma)\.?[ \t\u00a0]+$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word and where it is; its context is worked out only when a word needs it."""

    start: int
    end: int
    text: str
    source: str

    @property
    def sentence_initial(self) -> bool:
        before = self.source[max(0, self.start - 6) : self.start]
        return self.start == 0 or bool(_SENTENCE_START.search(before))

    @property
    def before_capital(self) -> bool:
        """The next word starts with a capital ("Marlow Mill")."""
        after = _NEXT_WORD.match(self.source, self.end)
        return bool(after and after.group(1)[0].isupper())

    @property
    def after_title(self) -> bool:
        """The word follows a form of address ("Sra. Ruiz", "Herr Nowak")."""
        return bool(_TITLE_BEFORE.search(self.source, max(0, self.start - 10), self.start))

    @property
    def abbreviation(self) -> bool:
        """A short word with a full stop ("Est.", "Ltd.")."""
        return self.end - self.start <= 4 and self.source[self.end : self.end + 1] == "."


# Short double-quoted text on one line is somebody's words (the buyer's engraving text, a
# product name): the catalogue exempts quoted buyer text from spelling.
_QUOTED = re.compile(
    r'"[^"\n]{1,80}"|“[^”\n]{1,80}”|„[^“”\n]{1,80}[“”]|«[^»\n]{1,80}»|「[^」\n]{1,80}」'
)


def skipped_spans(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in PLACEHOLDER.finditer(text)]
    spans += [m.span() for m in _QUOTED.finditer(text)]
    # Only stretches with a digit, "@", "." or ":" can be URLs, addresses or codes: the full
    # pattern runs on those alone (it never matches across white space).
    for chunk in _NOT_PROSE_CANDIDATE.finditer(text):
        spans += [m.span() for m in _NOT_PROSE.finditer(text, chunk.start(), chunk.end())]
    return sorted(spans)


def word_spans(text: str, skip: Iterable[tuple[int, int]] = ()) -> Iterator[tuple[int, int]]:
    """Where the words are, leaving out what is not prose and the ``skip`` spans."""
    skipped = sorted([*skipped_spans(text), *skip])
    i = 0
    for m in _WORD.finditer(text):
        start, end = m.span()
        while i < len(skipped) and skipped[i][1] <= start:
            i += 1
        if i < len(skipped) and skipped[i][0] < end:
            continue
        yield start, end
