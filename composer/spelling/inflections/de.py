"""German word forms (see ``composer.spelling.inflections``).

pyspellchecker's German list holds most inflected forms, and the checker already splits
compounds, but two regular kinds of form are missing:

- Swiss spelling: Switzerland writes "ss" for every "ß" (Grüsse, Strasse, regelmässig,
  schliesslich), and amazon.de serves Swiss buyers. A form with "ss" may come from the
  dictionary's form with "ß" in any of those places.
- zu-infinitives of separable verbs: "abzupacken", "hochzuladen", "zurückzuerstatten" are as
  regular as "abpacken", "hochladen", "zurückerstatten". A zu-infinitive may come from the verb
  with its prefix or without it (the list may hold "laden" but not "hochladen", which the
  checker accepts as a compound). The prefixes are data (``data/de_separable.txt``).

A typo still fails ("abzupaken", "Strase"), because no headword of it is in the dictionary.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import cache
from importlib import resources

_ZU = "zu"
_MIN_VERB = 4  # the verb after "zu": every verb this matters for is longer than "tun"
_MAX_SS = 3  # "ss" places tried at once (2**3 spellings)


@cache
def _prefixes() -> tuple[str, ...]:
    text = (resources.files("composer.spelling") / "data" / "de_separable.txt").read_text("utf-8")
    found = {line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"}
    return tuple(sorted(found, key=len, reverse=True))


def headwords(word: str) -> Iterator[str]:
    """Headwords a German word form may belong to (the form itself not included)."""
    for spelling in _eszett_spellings(word):
        yield spelling
        yield from _zu_infinitive(spelling)
    yield from _zu_infinitive(word)


def _eszett_spellings(word: str) -> Iterator[str]:
    """strasse -> straße, grüssen -> grüßen: every way of writing ß for some of the "ss"."""
    places = [i for i in range(len(word) - 1) if word[i : i + 2] == "ss"]
    places = [p for k, p in enumerate(places) if k == 0 or p > places[k - 1] + 1][:_MAX_SS]
    for choice in itertools.product((False, True), repeat=len(places)):
        if not any(choice):
            continue
        out, last = [], 0
        for place, sharp in zip(places, choice, strict=True):
            if sharp:
                out.append(word[last:place] + "ß")
                last = place + 2
        yield "".join(out) + word[last:]


def _zu_infinitive(word: str) -> Iterator[str]:
    if _ZU not in word or not word.endswith("n"):
        return
    for prefix in _prefixes():
        head = prefix + _ZU
        rest = word[len(head) :]
        if word.startswith(head) and len(rest) >= _MIN_VERB:
            yield prefix + rest
            yield rest
