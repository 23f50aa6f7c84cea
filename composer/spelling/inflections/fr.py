"""French inflections (see ``composer.spelling.inflections``).

pyspellchecker's French list holds the frequent forms of a word but not the rarer ones: a
verb's less used persons and tenses ("fissurons", "téléchargerons"), the feminine plural of a
participle ("personnalisables"), a word written with its ligature ("cœur", "vœux"), a known verb
with a prefix ("refabriquons"). This module proposes the headwords such a form may come from;
the checker accepts the form when one of them is in the dictionary. The endings, spelling
changes and prefixes are data (``data/fr_morphology.toml``). It over-accepts a little (a wrong
form of a real verb can pass), which costs a missed typo, never a false alarm; where a common
typo would pass (a feminine "épaise" for "épaisse"), the data keeps the rule out.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

_MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class _French:
    ligatures: tuple[tuple[str, str], ...]
    prefixes: tuple[str, ...]
    plural: tuple[tuple[str, str], ...]
    feminine: tuple[tuple[str, str], ...]
    bare_e_kept: str
    feminine_kept: tuple[str, ...]
    adverbs: tuple[tuple[str, str], ...]
    invariable: frozenset[str]
    conjugations: tuple[tuple[str, str], ...]  # (ending, infinitive ending), longest first
    stem_changes: tuple[tuple[str, str, str], ...]  # (changed, original, ending starts with)


def _pairs(rows: list[list[str]]) -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in rows)


@cache
def _french() -> _French:
    text = (resources.files("composer.spelling") / "data" / "fr_morphology.toml").read_text("utf-8")
    data = tomllib.loads(text)
    conjugations = sorted(
        {(e, inf) for inf in ("er", "ir", "re") for e in data["endings"][inf].split()},
        key=lambda pair: (-len(pair[0]), pair),
    )
    return _French(
        ligatures=_pairs(data["ligatures"]),
        prefixes=tuple(sorted(data["prefixes"], key=len, reverse=True)),
        plural=_pairs(data["plural"]),
        feminine=_pairs(data["feminine"]),
        bare_e_kept=data["bare_e_kept"],
        feminine_kept=tuple(data["feminine_kept"]),
        adverbs=_pairs(data["adverbs"]),
        invariable=frozenset(data["invariable"]),
        conjugations=tuple(conjugations),
        stem_changes=tuple((a, b, c) for a, b, c in data["changes"]["stem"]),
    )


def headwords(word: str) -> Iterator[str]:
    """Headwords a French word form may belong to (the form itself not included)."""
    fr = _french()
    spelled = word
    for joined, apart in fr.ligatures:
        spelled = spelled.replace(joined, apart)
    if spelled != word:
        yield spelled
    yield from _forms(fr, spelled, allow_prefix=True)


def _forms(fr: _French, word: str, allow_prefix: bool) -> Iterator[str]:
    yield from _nominal(fr, word)
    yield from _verbal(fr, word)
    yield from _adverbial(fr, word)
    if allow_prefix:
        for prefix in fr.prefixes:
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) > 3:
                yield rest
                yield from _forms(fr, rest, allow_prefix=False)


def _replace_end(word: str, ending: str, replacement: str) -> str | None:
    if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
        return word[: -len(ending)] + replacement
    return None


def _nominal(fr: _French, word: str) -> Iterator[str]:
    """Plural and feminine to masculine singular: personnalisées -> personnalisé."""
    singulars = [word]
    for ending, replacement in fr.plural:
        base = _replace_end(word, ending, replacement)
        if base and base not in fr.invariable:
            yield base
            singulars.append(base)
    for singular in singulars:
        yield from _masculine(fr, singular)


def _masculine(fr: _French, word: str) -> Iterator[str]:
    if word.endswith(fr.feminine_kept):
        return
    for ending, replacement in fr.feminine:
        base = _replace_end(word, ending, replacement)
        if base:
            yield base
    if word.endswith("e") and len(word) > 3 and word[-2] not in fr.bare_e_kept:
        yield word[:-1]


def _adverbial(fr: _French, word: str) -> Iterator[str]:
    """rapidement -> rapide, heureusement -> heureuse -> heureux, récemment -> récent."""
    for ending, replacement in fr.adverbs:
        base = _replace_end(word, ending, replacement)
        if base:
            yield base
            yield from _masculine(fr, base)


def _verbal(fr: _French, word: str) -> Iterator[str]:
    """A regular conjugated form to its infinitive: fissurons -> fissurer."""
    for ending, infinitive in fr.conjugations:
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < _MIN_STEM:
            continue
        yield stem + infinitive
        for changed, original, before in fr.stem_changes:
            pos = stem.rfind(changed)
            if pos >= 0 and ending[:1] in before:
                yield stem[:pos] + original + stem[pos + len(changed) :] + infinitive
