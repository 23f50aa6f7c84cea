"""Spanish inflections (see ``composer.spelling.inflections``).

pyspellchecker's Spanish list holds headwords (singular nouns, masculine adjectives,
infinitives): "productos", "hemos", "enviarlo" and every conjugation are missing, so a Spanish
message would be covered in false alarms. This module strips Spanish inflections and enclitic
pronouns and proposes the headwords a form may come from; the checker accepts the form when one
of them is in the dictionary. It over-accepts a little (a wrong form of a real verb can pass),
which costs a missed typo, never a false alarm. The endings, stems and derivations are data
(``data/es_morphology.toml``), as are the irregular forms (``data/es_irregular.txt``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

_UNACCENT = str.maketrans("áéíóú", "aeiou")
_ACCENTED = "áéíóú"


@dataclass(frozen=True, slots=True)
class _Spanish:
    conjugations: tuple[tuple[str, str], ...]  # (ending, infinitive ending), longest first
    enclitics: tuple[str, ...]
    strong_stems: dict[str, str]
    strong_endings: frozenset[str]
    stem_changes: tuple[tuple[str, str], ...]
    derivations: tuple[tuple[str, str], ...]
    prefixes: tuple[str, ...]
    irregular: dict[str, str]
    verb_prefixes: tuple[str, ...]
    compound_bases: frozenset[str]


def _data_file(name: str) -> str:
    return (resources.files("composer.spelling") / "data" / name).read_text("utf-8")


@cache
def _spanish() -> _Spanish:
    data = tomllib.loads(_data_file("es_morphology.toml"))
    conjugations = sorted(
        {(e, inf) for inf in ("ar", "er", "ir") for e in data["endings"][inf].split()},
        key=lambda pair: (-len(pair[0]), pair),
    )
    irregular: dict[str, str] = {}
    for line in _data_file("es_irregular.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, _, forms = line.partition(":")
            for form in forms.split():
                irregular[form] = lemma.strip()
    changes = data["changes"]
    return _Spanish(
        conjugations=tuple(conjugations),
        enclitics=tuple(sorted(data["endings"]["enclitics"].split(), key=len, reverse=True)),
        strong_stems=dict(data["strong"]["stems"]),
        strong_endings=frozenset(data["strong"]["endings"].split()),
        stem_changes=tuple((a, b) for a, b in changes["stem"]),
        derivations=tuple((a, b) for a, b in changes["derivations"]),
        prefixes=tuple(changes["prefixes"]),
        irregular=irregular,
        verb_prefixes=tuple(sorted(changes["verb_prefixes"], key=len, reverse=True)),
        compound_bases=frozenset(changes["compound_bases"]),
    )


def headwords(word: str) -> Iterator[str]:
    """Headwords a Spanish word form may belong to (the form itself not included)."""
    yield from _forms(_spanish(), word, allow_enclitics=True)


def _forms(es: _Spanish, word: str, allow_enclitics: bool) -> Iterator[str]:
    irregular = es.irregular.get(word)
    if irregular:
        yield irregular
    yield from _compound_verb(es, word)
    yield from _nominal(es, word)
    yield from _verbal(es, word)
    if allow_enclitics:
        for clitic in es.enclitics:
            if word.endswith(clitic) and len(word) > len(clitic) + 2:
                host = word[: -len(clitic)]
                for candidate in {host, _drop_stress_accent(host)}:
                    yield candidate
                    yield from _forms(es, candidate, allow_enclitics=False)


def _compound_verb(es: _Spanish, word: str) -> Iterator[str]:
    """convenga -> convenir, obtén -> obtener, propongo -> proponer: a prefix on an irregular
    form of tener, venir, poner, hacer, decir, traer… (the short imperative takes an accent)."""
    for prefix in es.verb_prefixes:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 2:
            for form in (rest, rest.translate(_UNACCENT)):
                lemma = es.irregular.get(form)
                if lemma in es.compound_bases:
                    yield prefix + lemma
                    break


def _drop_stress_accent(host: str) -> str:
    """escríbe(nos) -> escribe, indíca(nos) -> indica: the accent written only to keep the
    stress once a pronoun is attached goes away (one accent, not on the last letter)."""
    accents = sum(host.count(c) for c in _ACCENTED)
    if accents == 1 and host[-1] not in _ACCENTED:
        return host.translate(_UNACCENT)
    return host


def _nominal(es: _Spanish, word: str, prefixed: bool = False) -> Iterator[str]:
    for suffix, base in es.derivations:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            yield word[: -len(suffix)] + base
    for prefix in () if prefixed else es.prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 3:
            rest = word[len(prefix) :]
            yield rest
            yield from _nominal(es, rest, prefixed=True)  # antiadherentes -> adherente
    if word.endswith("mente") and len(word) > 7:  # rápidamente -> rápida -> rápido
        stem = word[:-5]
        yield stem
        if stem.endswith("a"):
            yield stem[:-1] + "o"
    if word.endswith("ces"):
        yield word[:-3] + "z"
    if word.endswith("es") and len(word) > 4:
        base = word[:-2]
        yield base
        if any(c in _ACCENTED for c in base):  # órdenes -> orden, imágenes -> imagen
            yield base.translate(_UNACCENT)
        else:
            yield _restore_accent(base)
    if word.endswith("s") and len(word) > 3:
        yield word[:-1]
        word = word[:-1]
    if word.endswith("a") and len(word) > 3:
        yield word[:-1] + "o"
        yield word[:-1]  # española -> español, trabajadora -> trabajador
    for diminutive, base in (("ito", "o"), ("ita", "a")):
        if word.endswith(diminutive) and len(word) > len(diminutive) + 2:
            yield word[: -len(diminutive)] + base


def _restore_accent(base: str) -> str:
    """canciones -> canción, sartenes -> sartén, ingleses -> inglés: plurals drop the accent
    that the singular needs on its last syllable."""
    for i in range(len(base) - 1, -1, -1):
        ch = base[i]
        if ch in "aeiou":
            return base[:i] + _ACCENTED["aeiou".index(ch)] + base[i + 1 :]
    return base


def _verbal(es: _Spanish, word: str) -> Iterator[str]:
    for ending, infinitive in es.conjugations:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            yield stem + infinitive
            for changed, original in es.stem_changes:
                pos = stem.rfind(changed)
                if pos >= 0:
                    yield stem[:pos] + original + stem[pos + len(changed) :] + infinitive
    for stem, lemma in es.strong_stems.items():
        if word.startswith(stem) and word[len(stem) :] in es.strong_endings:
            yield lemma
