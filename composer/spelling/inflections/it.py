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
_MIN_HEADWORD = 4
_MIN_ANALYSED = 5  # shorter candidates are only looked up: inter-valo is not valere


def _min_base(prefix: str) -> int:
    """Letters the rest of a prefixed word needs: ri-spedire (not re-atti), porta-foto."""
    return 5 if len(prefix) <= 3 else 4


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
    number_final: frozenset[tuple[str, str]]
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
        number_final=frozenset(_pairs(nominal["number_final"])),
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
    for host, is_verb_form in _hosts(it, word):
        found = [*_verbal(it, host), *_prefixed_verbs(it, host)]
        if is_verb_form:
            found.insert(0, host)
        for candidate in found:
            if candidate not in seen:
                seen.add(candidate)
                yield candidate


def _analyse(it: _Italian, word: str, depth: int) -> Iterator[str]:
    yield from _verbal(it, word)
    further = []
    for candidate, final in _nominal(it, word):
        yield candidate
        if not final and depth < _MAX_DEPTH and len(candidate) >= _MIN_ANALYSED:
            further.append(candidate)
    for candidate in dict.fromkeys(further):
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


def _nominal(it: _Italian, word: str) -> Iterator[tuple[str, bool]]:
    """Other forms of a noun or adjective and the words it derives from, each with whether
    it is final (not analysed further). Candidates have 4 letters or more: a chain of steps
    ending on "ape" or "ama" is chance, not morphology."""
    for candidate, final in _nominal_steps(it, word):
        if len(candidate) >= _MIN_HEADWORD:
            yield candidate, final


def _nominal_steps(it: _Italian, word: str) -> Iterator[tuple[str, bool]]:
    if not word.endswith("ii"):  # a typo (tatuaggii) or a verb (punii), not a plural
        for ending, base in it.number:
            if _fits(word, ending):
                yield word[: -len(ending)] + base, (ending, base) in it.number_final
    for suffix, base in it.derivations:
        if _fits(word, suffix):
            yield word[: -len(suffix)] + base, False
    for suffix, base in it.adverbs:
        if _fits(word, suffix) and len(word) > 7:
            yield word[: -len(suffix)] + base, False
    for prefix in it.prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= _min_base(prefix):
            yield word[len(prefix) :], False


def _prefixed_verbs(it: _Italian, host: str) -> Iterator[str]:
    """rispedir(lo) -> spedire: a prefixed verb the list lacks, through its base verb."""
    for prefix in it.prefixes:
        if host.startswith(prefix) and len(host) - len(prefix) >= _min_base(prefix):
            base = host[len(prefix) :]
            yield base
            yield from _verbal(it, base)
            if base.endswith("r"):
                yield base + "e"


def _hosts(it: _Italian, word: str) -> Iterator[tuple[str, bool]]:
    """The verb forms a word with enclitic pronouns is built on, each with whether it can
    only be a verb form: inviarcene -> inviare, lasciandoci -> lasciando, dimmelo -> di,
    eccolo -> ecco; confermaci -> conferma, which may also be a noun ("etti" + "ci" is no
    word), so only the verbs it may belong to count."""
    for clitic in it.enclitics:
        if not word.endswith(clitic) or len(word) - len(clitic) < 2:
            continue
        host = word[: -len(clitic)]
        if host in it.other_hosts:
            yield host, True
        elif host[-1] == clitic[0] and host[:-1] in it.short_hosts:
            yield host[:-1], True  # fa-mmi, di-cci, da-ll(o)
        elif host.endswith("r"):
            yield host + "e", True  # inviar-ce-ne -> inviare
            yield host + "re", True  # tradur-lo -> tradurre, por-lo -> porre
        elif len(host) > 3 and host.endswith(it.host_endings) and not host.endswith("ii"):
            yield host, not host.endswith(("a", "i"))
