"""Dutch word formation (see ``composer.spelling.inflections``).

pyspellchecker's Dutch list holds most inflected forms, and the checker already splits
compounds whose final part has four letters or more. What is left are compounds ending in a
short noun (yogamat, leverdag, wokpan, cadeauset), which the checker's rule cannot split
without accepting half the typos of the language, and diminutives the frequency list lacks
(appje, kleurtje). This module proposes the headwords such a form may come from; the checker
accepts the form when one of them is in the dictionary. The short final nouns and the endings
are data (``data/nl_morphology.toml``). It over-accepts a little (a typo before a short noun can
pass), which costs a missed typo, never a false alarm.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

_MIN_HEAD = 3
_VOWELS = frozenset("aeiouy")


@dataclass(frozen=True, slots=True)
class _Dutch:
    short_tails: tuple[str, ...]  # longest first
    links: tuple[str, ...]
    verb_endings: tuple[str, ...]
    diminutives: tuple[str, ...]  # longest first


@cache
def _dutch() -> _Dutch:
    path = resources.files("composer.spelling") / "data" / "nl_morphology.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    compounds = data["compounds"]

    def longest_first(text: str) -> tuple[str, ...]:
        return tuple(sorted(set(text.split()), key=lambda s: (-len(s), s)))

    return _Dutch(
        short_tails=longest_first(compounds["short_tails"]),
        links=tuple(compounds["links"].split()),
        verb_endings=tuple(compounds["verb_endings"].split()),
        diminutives=longest_first(data["diminutives"]["endings"]),
    )


def headwords(word: str) -> Iterator[str]:
    """Headwords a Dutch word form may belong to (the form itself not included)."""
    nl = _dutch()
    yield from _diminutive(nl, word)
    for tail in nl.short_tails:
        if word.endswith(tail) and len(word) - len(tail) >= _MIN_HEAD:
            yield from _heads(nl, word[: -len(tail)])


def _heads(nl: _Dutch, head: str) -> Iterator[str]:
    """The first part of a compound as a word: itself, without its linking element, or the
    infinitive of a verb stem (opberg -> opbergen, navul -> navullen)."""
    yield head
    for link in nl.links:
        if head.endswith(link) and len(head) - len(link) >= _MIN_HEAD:
            yield head[: -len(link)]
    if head[-1] not in _VOWELS:
        for ending in nl.verb_endings:
            yield head + ending
        yield head + head[-1] + "en"


def _diminutive(nl: _Dutch, word: str) -> Iterator[str]:
    for ending in nl.diminutives:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_HEAD - 1:
            base = word[: -len(ending)]
            yield base
            if ending.startswith("etje") and len(base) > 2 and base[-1] == base[-2]:
                yield base[:-1]  # bal-letje, ring-etje keeps its single letter
            break
