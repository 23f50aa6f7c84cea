"""Italian inflections (see ``composer.spelling.inflections``).

pyspellchecker's Italian list comes from subtitles: it has the frequent verb forms but misses
many plurals and feminines ("creazioni", "emessa", "fotografica"), derived nouns ("incisione",
"lavatrice", "annullamento") and every verb with attached pronouns ("confermaci",
"indicarcelo", "lasciandoci"). This module strips Italian inflections, derivational suffixes,
prefixes and enclitic pronouns and proposes the headwords a form may come from; the checker
accepts the form when one of them is in the dictionary. It over-accepts a little (a wrong form
of a real word can pass), which costs a missed typo, never a false alarm. Pronouns are only
taken off a verb form that can carry them (an infinitive, gerund or imperative), so a typo such
as "incisone" is not read as "inciso" + "ne". The endings, suffixes and stems are data
(``data/it_morphology.toml``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

Pairs = tuple[tuple[str, str], ...]

_MAX_DEPTH = 2  # derivation steps chained: fotografiche -> fotografica -> fotografico
_MIN_STEM = 2
_MIN_BASE = 5  # of a prefixed word: ri-spedire, pre-ordine, not re-atti


@dataclass(frozen=True, slots=True)
class _Italian:
    conjugations: Pairs  # (ending, infinitive ending), longest first
    contracted: tuple[str, ...]  # stems of -rre infinitives: traduc- (tradurre), pon- (porre)
    enclitics: tuple[str, ...]
    host_endings: tuple[str, ...]
    short_hosts: frozenset[str]
    other_hosts: frozenset[str]
    future_stems: Pairs
    future_endings: frozenset[str]
    preterite_stems: Pairs
    preterite_endings: frozenset[str]
    participles: Pairs
    number: Pairs
    derivations: Pairs
    adverbs: Pairs
    prefixes: tuple[str, ...]


def _pairs(rows: list[list[str]]) -> Pairs:
    return tuple((a, b) for a, b in rows)


@cache
def _italian() -> _Italian:
    text = (resources.files("composer.spelling") / "data" / "it_morphology.toml").read_text("utf-8")
    data = tomllib.loads(text)
    endings = data["endings"]
    conjugations = sorted(
        {(e, inf) for inf in ("are", "ere", "ire") for e in endings[inf].split()},
        key=lambda pair: (-len(pair[0]), pair),
    )
    strong, nominal = data["strong"], data["nominal"]
    return _Italian(
        conjugations=tuple(conjugations),
        contracted=tuple(endings["contracted"]),
        enclitics=tuple(sorted(endings["enclitics"].split(), key=len, reverse=True)),
        host_endings=tuple(data["hosts"]["endings"]),
        short_hosts=frozenset(data["hosts"]["short"]),
        other_hosts=frozenset(data["hosts"]["other"]),
        future_stems=tuple(strong["future"].items()),
        future_endings=frozenset(strong["future_endings"].split()),
        preterite_stems=tuple(strong["preterite"].items()),
        preterite_endings=frozenset(strong["preterite_endings"].split()),
        participles=_pairs(data["participles"]["pairs"]),
        number=_pairs(nominal["number"]),
        derivations=_pairs(nominal["derivations"]),
        adverbs=_pairs(nominal["adverbs"]),
        prefixes=tuple(nominal["prefixes"]),
    )


def headwords(word: str) -> Iterator[str]:
    """Headwords an Italian word form may belong to (the form itself not included)."""
    it = _italian()
    seen = {word}
    for candidate in _analyse(it, word, 0):
        if candidate not in seen:
            seen.add(candidate)
            yield candidate
    for host in _hosts(it, word):
        for candidate in (host, *_verbal(it, host), *_prefixed_verbs(it, host)):
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


def _analyse(it: _Italian, word: str, depth: int) -> Iterator[str]:
    yield from _verbal(it, word)
    derived = list(_nominal(it, word))
    yield from derived
    if depth < _MAX_DEPTH:
        for candidate in dict.fromkeys(derived):
            yield from _analyse(it, candidate, depth + 1)


def _fits(word: str, ending: str) -> bool:
    return word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM


def _verbal(it: _Italian, word: str) -> Iterator[str]:
    """Infinitives a verb form may belong to: confermiamo -> confermare, incidiamo ->
    incidere, spedisce -> spedire, lasceremo -> lasciare, cerchiamo -> cercare."""
    for ending, infinitive in it.conjugations:
        if not _fits(word, ending):
            continue
        stem = word[: -len(ending)]
        yield stem + infinitive
        if infinitive == "are":
            if ending[0] in "ie":  # inv-iamo, lasc-eremo, sbagl-i: -iare verbs lose their i
                yield stem + "iare"
            if stem.endswith(("ch", "gh")):  # cerch-iamo, pagh-erò: cercare, pagare
                yield stem[:-1] + "are"
        elif stem.endswith(it.contracted):  # traduc-ono, propon-iamo: tradurre, proporre
            yield stem[:-1] + "rre"
    for stems, endings in (
        (it.future_stems, it.future_endings),
        (it.preterite_stems, it.preterite_endings),
    ):
        for stem, lemma in stems:
            pos = word.rfind(stem)
            if pos >= 0 and word[pos + len(stem) :] in endings:
                yield word[:pos] + lemma  # otterr-emo: ot + tenere
    for ending, infinitive in it.participles:
        if word.endswith(ending):
            yield word[: -len(ending)] + infinitive


def _nominal(it: _Italian, word: str) -> Iterator[str]:
    """Other forms of a noun or adjective, and the words it derives from."""
    for ending, base in it.number:
        if _fits(word, ending):
            yield word[: -len(ending)] + base
    for suffix, base in it.derivations:
        if _fits(word, suffix):
            yield word[: -len(suffix)] + base
    for suffix, base in it.adverbs:
        if _fits(word, suffix) and len(word) > 7:
            yield word[: -len(suffix)] + base
    for prefix in it.prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= _MIN_BASE:
            yield word[len(prefix) :]


def _prefixed_verbs(it: _Italian, host: str) -> Iterator[str]:
    """rispedir(lo) -> spedire: a prefixed verb the list lacks, through its base verb."""
    for prefix in it.prefixes:
        if host.startswith(prefix) and len(host) - len(prefix) >= _MIN_BASE:
            base = host[len(prefix) :]
            yield base
            yield from _verbal(it, base)
            if base.endswith("r"):
                yield base + "e"


def _hosts(it: _Italian, word: str) -> Iterator[str]:
    """The verb forms a word with enclitic pronouns is built on: inviarcene -> inviare,
    confermaci -> conferma, lasciandoci -> lasciando, dimmelo -> di, eccolo -> ecco."""
    for clitic in it.enclitics:
        if not word.endswith(clitic) or len(word) - len(clitic) < 2:
            continue
        host = word[: -len(clitic)]
        if host in it.other_hosts:
            yield host
        elif host[-1] == clitic[0] and host[:-1] in it.short_hosts:
            yield host[:-1]  # fa-mmi, di-cci, da-ll(o)
        elif host.endswith("r"):
            yield host + "e"  # inviar-ce-ne -> inviare
            yield host + "re"  # tradur-lo -> tradurre, por-lo -> porre
        elif len(host) > 3 and host.endswith(it.host_endings):
            yield host
