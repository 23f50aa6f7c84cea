"""Spell checking with pyspellchecker's word-frequency dictionaries.

A word is accepted when the dictionary knows it, or when it is one of the things sellers write
that a frequency list does not hold: names and brands (capitalised inside a sentence, CamelCase,
all capitals), British spellings of American entries, German and Dutch compounds, elided
articles (l'adresse, dell'ordine), hyphenated pairs of known words, and the allow-lists.

Dictionaries take 0.1–0.4 s and tens of MB each, so they load on first use, once per process,
under a lock (the window checks on a worker thread). ``suggestions`` can take seconds for long
words; it is for the UI to call on demand, never from a check.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from composer.spelling.inflections import headword_analyser
from composer.spelling.tokenizer import COMBINING_MARK, Token, word_spans

# Languages whose nouns are capitalised: a capital letter does not mark a name there.
_CAPITALISED_NOUNS = frozenset({"de"})
_COMPOUNDING = frozenset({"de", "nl"})
_LINKING = {"de": ("s", "es", "n", "en", "e"), "nl": ("s", "en", "e")}
_MIN_HEAD, _MIN_TAIL = 3, 4
_ELISION_MAX = 6  # "dell'", "quest'", "jusqu'", "lorsqu'"
# Occurrences in the frequency list above which a word is common: a compound reading one edit
# away from it is a typo of it.
_COMMON_WORD_FREQUENCY = 10_000

# British spellings whose American form is in the dictionary (catalogue: both are correct).
_BRITISH_ENDINGS = (
    ("isation", "ization"),
    ("isations", "izations"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ises", "izes"),
    ("ising", "izing"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("ysing", "yzing"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("ogue", "og"),
    ("ogues", "ogs"),
    ("ence", "ense"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("mme", "m"),
    ("mmes", "ms"),
)


@dataclass(frozen=True, slots=True)
class Misspelling:
    start: int
    end: int
    word: str
    suggestion: str | None  # the one obvious correction (one edit away), if there is one


@cache
def dictionary_languages() -> tuple[str, ...]:
    """The languages pyspellchecker ships a dictionary for."""
    import spellchecker  # noqa: PLC0415 - only when spelling is first needed

    folder = os.path.join(os.path.dirname(spellchecker.__file__), "resources")
    return tuple(sorted(n.split(".")[0] for n in os.listdir(folder) if n.endswith(".json.gz")))


def _word_list(name: str) -> frozenset[str]:
    path = resources.files("composer.spelling") / "data" / name
    if not path.is_file():
        return frozenset()
    return frozenset(
        line.strip().lower()
        for line in path.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


@cache
def builtin_allow_list(language: str) -> frozenset[str]:
    """Words a message may use that the dictionary lacks: Amazon's terms, carriers, services
    (data/allow.txt) and the language's own additions (data/allow-<language>.txt)."""
    return _word_list("allow.txt") | _word_list(f"allow-{language}.txt")


class SpellingChecker:
    """One language's dictionary and the acceptance rules around it."""

    def __init__(self, language: str) -> None:
        from spellchecker import SpellChecker  # noqa: PLC0415

        self.language = language
        self._spell: Any = SpellChecker(language=language, distance=1)
        self._freq: Any = self._spell.word_frequency
        self._words: Any = self._freq.dictionary
        # Words the dictionary lacks, known as surely as its own (also as a stem or after an
        # elided article: "l'accappatoio", "recensirlo").
        self._builtin = builtin_allow_list(language)
        self._accepted: dict[str, bool] = {}
        # The same unknown words come back on every keystroke's check: look them up once.
        self._corrections: dict[str, str | None] = {}
        self._near: dict[str, bool] = {}

    # -- queries ---------------------------------------------------------------------------------

    def knows(self, word: str) -> bool:
        """Whether the word is a known form of this language (dictionary, allow-list,
        inflection, elision, compound), leaving aside the guesses about names."""
        return self._accepts(_normal_form(word).lower())

    def misspellings(
        self, text: str, allow: Iterable[str] = (), ignore: Iterable[tuple[int, int]] = ()
    ) -> Iterator[Misspelling]:
        user = {w.lower() for w in allow}
        allowed = self._builtin | user if user else self._builtin
        known = self._words
        for start, end in word_spans(text, ignore):
            word = text[start:end]
            lower = word.lower()
            if lower in known or lower in allowed:  # most words: no need to look closer
                continue
            if not self._is_correct(Token(start, end, word, text), allowed):
                yield Misspelling(start, end, word, self.best_correction(word))

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Likely corrections, most frequent first (slow: for the UI, on demand)."""
        found = self._spell.candidates(word.lower()) or set()
        ranked = sorted((c for c in found if c != word.lower()), key=lambda c: (-self._freq[c], c))
        return [_match_case(word, c) for c in ranked[:limit]]

    def best_correction(self, word: str) -> str | None:
        """The most frequent known word one edit away, if any (fast enough for every check)."""
        lower = _normal_form(word).lower()
        if lower not in self._corrections:
            self._corrections[lower] = self._closest_known(lower)
        best = self._corrections[lower]
        return None if best is None else _match_case(word, best)

    def _closest_known(self, lower: str) -> str | None:
        if len(lower) > 20:
            return None
        known = [c for c in self._spell.edit_distance_1(lower) if c in self._words]
        if not known:
            return None
        # Typos keep the first letter far more often than not ("adress" is "address", although
        # "dress" is the more frequent word one edit away).
        best: str = max(known, key=lambda c: (c[:1] == lower[:1], self._freq[c], c))
        return best

    # -- acceptance ------------------------------------------------------------------------------

    def _is_correct(self, token: Token, allowed: frozenset[str]) -> bool:
        word = _normal_form(token.text)
        lower = word.lower()
        if len(word) <= 2 or lower in allowed:
            return True
        tail = word[1:]
        if word.isupper() or tail != tail.lower():  # ASIN, ExampleBrand
            return True
        if self._accepts(lower):
            return True
        if word[0].isupper():
            if token.before_capital or token.abbreviation or token.after_title:
                return True  # "Marlow Mill Customer Care", "Est. 1998", "Sra. Ruiz": names
            if not token.sentence_initial and self.language not in _CAPITALISED_NOUNS:
                return True  # a name or a brand inside a sentence
        # Typos are one edit away from the word meant (four in five, since Damerau 1964). An
        # unknown word that is not one edit from a known word, nor from one of its headwords,
        # is far more often a term the frequency list lacks (viscoelástico, pupillaire), a
        # loanword or a name than a typo: flagging it would be a false alarm most of the time.
        return not self._near_known(lower)

    def _accepts(self, lower: str) -> bool:
        cached = self._accepted.get(lower)
        if cached is None:
            cached = self._accepts_uncached(lower)
            self._accepted[lower] = cached
        return cached

    def _one_edit_from_known(self, word: str) -> bool:
        return any(self._known(c) for c in self._spell.edit_distance_1(word))

    def _known(self, word: str) -> bool:
        return word in self._words or word in self._builtin

    def _accepts_uncached(self, lower: str) -> bool:
        if self._known(lower):
            return True
        if COMBINING_MARK.search(lower):  # dictionaries write Arabic mostly without vowel signs
            return self._accepts(COMBINING_MARK.sub("", lower))
        if lower.endswith(("'s", "s'")) and self._known(lower[:-2]):
            return True
        if "'" in lower:
            head, _, rest = lower.rpartition("'")
            if len(head) <= _ELISION_MAX and rest and self._accepts(rest):
                return True
        if "-" in lower:
            parts = [p for p in lower.split("-") if p]
            if parts and all(len(p) <= 2 or self._accepts(p) for p in parts):
                return True
        if self.language == "en" and any(self._known(v) for v in _american(lower)):
            return True
        headwords = headword_analyser(self.language)
        if headwords is not None and any(self._known(h) for h in headwords(lower)):
            return True
        return (
            self.language in _COMPOUNDING
            and not self._typo_of_common_word(lower)
            and self._compound(lower, 0)
        )

    def _typo_of_common_word(self, lower: str) -> bool:
        """One edit from a common word: "vieleicht" is "vielleicht" mistyped, not a compound of
        "viel" and a junk entry of the frequency list."""
        best = self.best_correction(lower)
        return best is not None and self._freq[best] >= _COMMON_WORD_FREQUENCY

    def _compound(self, word: str, depth: int) -> bool:
        if depth > 2 or len(word) < _MIN_HEAD + _MIN_TAIL:
            return False
        for cut in range(len(word) - _MIN_TAIL, _MIN_HEAD - 1, -1):
            head, tail = word[:cut], word[cut:]
            if (self._known(tail) or self._compound(tail, depth + 1)) and self._head(head):
                return True
        return False

    def _head(self, head: str) -> bool:
        if self._known(head):
            return True
        for link in _LINKING.get(self.language, ()):
            if head.endswith(link) and self._known(head[: -len(link)]):
                return True
        # A verb stem as first part: Liefer-adresse (liefern), Bestell-nummer (bestellen).
        return self._known(head + "n") or self._known(head + "en")

    def _near_known(self, lower: str) -> bool:
        near = self._near.get(lower)
        if near is None:
            near = self._near_known_uncached(lower)
            self._near[lower] = near
        return near

    def _near_known_uncached(self, lower: str) -> bool:
        head, _, rest = lower.rpartition("'")
        if head and len(head) <= _ELISION_MAX and rest:
            lower = rest  # l'accapatoio: the word after the elided article
        if self._one_edit_from_known(lower):
            return True
        headwords = headword_analyser(self.language)
        if headwords is not None and any(self._one_edit_from_known(h) for h in headwords(lower)):
            return True  # "nesesitamos": "nesesitar" is one edit from "necesitar"
        if self.language not in _COMPOUNDING:
            return False
        # A compound with a typo in one part: Zahlunsart, Ledrspray, Lieferadrese.
        for cut in range(len(lower) - _MIN_TAIL, _MIN_HEAD - 1, -1):
            head, tail = lower[:cut], lower[cut:]
            if self._head(head) and self._one_edit_from_known(tail):
                return True
            if self._known(tail) and self._one_edit_from_known(head):
                return True
        return False


def _normal_form(word: str) -> str:
    """Composed characters (é, not e + ◌́) and the straight apostrophe, as dictionaries have."""
    return unicodedata.normalize("NFC", word).replace("’", "'")


def _american(word: str) -> Iterator[str]:
    if "our" in word:
        yield word.replace("our", "or")
    for british, american in _BRITISH_ENDINGS:
        if word.endswith(british):
            yield word[: -len(british)] + american
    if "is" in word:  # organisation(s), personalised items
        yield word.replace("is", "iz")


def _match_case(original: str, word: str) -> str:
    if original.isupper():
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_CHECKERS: dict[str, SpellingChecker] = {}
_LOCK = threading.Lock()


def get_checker(language: str | None) -> SpellingChecker | None:
    """The checker of a language, loaded on first use; None when there is no dictionary."""
    if not language or language not in dictionary_languages():
        return None
    checker = _CHECKERS.get(language)
    if checker is None:
        with _LOCK:
            checker = _CHECKERS.get(language)
            if checker is None:
                checker = SpellingChecker(language)
                _CHECKERS[language] = checker
    return checker
