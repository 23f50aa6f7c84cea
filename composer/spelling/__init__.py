"""Spelling: a tokenizer with offsets, pyspellchecker dictionaries loaded per language on
demand, the rules that keep names, brands, placeholders and compounds from being flagged, and
the user's own dictionary. No Qt, no policy: the policy engine calls it.

The names below are loaded when first used (PEP 562), so that the window can hold a
``UserDictionary`` without loading the checker before its first frame.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from composer.spelling.checker import (
        Misspelling,
        SpellingChecker,
        dictionary_languages,
        get_checker,
    )
    from composer.spelling.userdict import UserDictionary

_HOME = {
    "Misspelling": "composer.spelling.checker",
    "SpellingChecker": "composer.spelling.checker",
    "dictionary_languages": "composer.spelling.checker",
    "get_checker": "composer.spelling.checker",
    "UserDictionary": "composer.spelling.userdict",
}

__all__ = [
    "Misspelling",
    "SpellingChecker",
    "UserDictionary",
    "dictionary_languages",
    "get_checker",
]


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'composer.spelling' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value  # once loaded, a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
