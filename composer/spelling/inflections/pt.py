"""Portuguese spelling variants (see ``composer.spelling.inflections``).

pyspellchecker's Portuguese list holds inflected forms, but in one norm: European Portuguese
after the 1990 spelling agreement (atual, receção, eletrónico, contacto, registar). Brazilian
sellers write eletrônico, tênis, contato, registrar and detectamos; many Portuguese sellers
still write actual, óptimo and recepção; and the future with the pronoun inside it
(enviá-lo-emos) is not a word of the list at all. This module proposes the spelling of the
list's norm that a form corresponds to; the checker accepts the form when one of them is in
the dictionary. It over-accepts a little (a consonant added or dropped can turn a typo into a
word), which costs a missed typo, never a false alarm. The variants are data
(``data/pt_morphology.toml``); Brazilian words with no European counterpart are in
``data/allow-pt.txt``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

_UNACCENT = str.maketrans("áâéêíóôú", "aaeeioou")
# The accents a vowel of a headword may carry that its diminutive drops.
_STRESSED = {"a": "áâ", "e": "éê", "i": "í", "o": "óô", "u": "ú"}


@dataclass(frozen=True, slots=True)
class _Portuguese:
    accents: tuple[tuple[str, str], ...]
    consonants: tuple[tuple[str, str], ...]
    stems: tuple[tuple[str, str], ...]
    diminutives: tuple[tuple[str, str], ...]
    pronouns: frozenset[str]
    future_endings: frozenset[str]


@cache
def _portuguese() -> _Portuguese:
    path = resources.files("composer.spelling") / "data" / "pt_morphology.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    consonants = data["consonants"]
    return _Portuguese(
        accents=tuple((a, b) for a, b in data["accents"]["swap"]),
        consonants=tuple((a, b) for a, b in (*consonants["drop"], *consonants["insert"])),
        stems=tuple((a, b) for a, b in data["stems"]["pairs"]),
        diminutives=tuple((a, b) for a, b in data["diminutives"]["endings"]),
        pronouns=frozenset(data["mesoclisis"]["pronouns"].split()),
        future_endings=frozenset(data["mesoclisis"]["endings"].split()),
    )


def headwords(word: str) -> Iterator[str]:
    """Forms of the dictionary's norm that a Portuguese word may be written as."""
    pt = _portuguese()
    parts = word.split("-")
    if len(parts) == 3 and parts[1] in pt.pronouns and parts[2] in pt.future_endings:
        yield _infinitive(parts[0]) + parts[2]  # enviá-lo-emos -> enviaremos
        return
    if len(parts) == 2 and parts[1] in pt.pronouns and parts[0]:
        host = parts[0]  # comunicá-lo -> comunicá, comunicar
        yield host
        yield _infinitive(host)
        yield from _variants(pt, host)
        return
    yield from _variants(pt, word)


def _infinitive(host: str) -> str:
    """The infinitive behind a host that lost its r before a pronoun (enviá -> enviar,
    fazê -> fazer, parti -> partir); a host that kept it (far-lhe-emos) stays."""
    if host.endswith("r"):
        return host
    return host[:-1] + host[-1].translate(_UNACCENT) + "r"


def _variants(pt: _Portuguese, word: str) -> Iterator[str]:
    """One change of accent, of a silent consonant or of a stem, an accent change on top of a
    consonant change (electrônico -> eletrónico), and the headword of a diminutive."""
    for changed in _replacements(word, pt.consonants):
        yield changed
        yield from _replacements(changed, pt.accents)
    yield from _replacements(word, pt.accents)
    for stem, other in pt.stems:
        if word.startswith(stem):
            yield other + word[len(stem) :]
    for ending, base in pt.diminutives:  # minutinho -> minuto, cafezinho -> café
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)] + base
            yield stem
            # The diminutive moves the stress and drops the headword's accent: cafezinho ->
            # café, rapidinho -> rápido, lampadazinha -> lâmpada. Try it on each vowel.
            for i, vowel in enumerate(stem):
                for accented in _STRESSED.get(vowel, ""):
                    yield stem[:i] + accented + stem[i + 1 :]


def _replacements(word: str, pairs: tuple[tuple[str, str], ...]) -> Iterator[str]:
    for old, new in pairs:
        start = word.find(old)
        while start >= 0:
            yield word[:start] + new + word[start + len(old) :]
            start = word.find(old, start + 1)
