"""Spelling: a tokenizer with offsets, pyspellchecker dictionaries loaded per language on
demand, the rules that keep names, brands, placeholders and compounds from being flagged, and
the user's own dictionary. No Qt, no policy: the policy engine calls it."""

from composer.spelling.checker import (
    Misspelling,
    SpellingChecker,
    dictionary_languages,
    get_checker,
)
from composer.spelling.userdict import UserDictionary

__all__ = [
    "Misspelling",
    "SpellingChecker",
    "UserDictionary",
    "dictionary_languages",
    "get_checker",
]
