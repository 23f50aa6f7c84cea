"""Inflected forms for dictionaries that list only headwords, one module per language.

pyspellchecker's lists are word frequencies from subtitles: for several languages they hold
the headwords (singular nouns, masculine adjectives, infinitives) but miss many inflected forms
("productos", "creazioni", "enviarlo"). A language module here, ``inflections/<code>.py``,
defines ``headwords(word)``: the headwords an inflected form may come from. The checker accepts
a form when one of them is in the dictionary. Analysers over-accept a little (a wrong form of a
real word can pass), which costs a missed typo, never a false alarm.

Modules are found by language code, so adding a language touches no other file (a frozen
build must collect the package's submodules, since no import names them).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from functools import cache

HeadwordAnalyser = Callable[[str], Iterator[str]]


@cache
def headword_analyser(language: str) -> HeadwordAnalyser | None:
    """The language's ``headwords`` function, or None when it has no inflection module."""
    if not language.isalpha():
        return None
    try:
        module = importlib.import_module(f"{__name__}.{language}")
    except ModuleNotFoundError:
        return None
    analyser: HeadwordAnalyser = module.headwords
    return analyser
