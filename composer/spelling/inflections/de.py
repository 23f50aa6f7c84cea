"""German word forms (see ``composer.spelling.inflections``).

pyspellchecker's German list holds most inflected forms, and the checker already splits
compounds, but five regular kinds of word are missing:

- Swiss spelling: Switzerland writes "ss" for every "ß" (Grüsse, Strasse, regelmässig,
  schliesslich), and amazon.de serves Swiss buyers. A form with "ss" may come from the
  dictionary's form with "ß" in any of those places.
- zu-infinitives of separable verbs: "abzupacken", "hochzuladen", "zurückzuerstatten" are as
  regular as "abpacken", "hochladen", "zurückerstatten". A zu-infinitive may come from the verb
  with its prefix or without it (the list may hold "laden" but not "hochladen", which the
  checker accepts as a compound).
- compounds ending in a three-letter noun (Zahlungsart, Lieferort, Gartentür): the checker's
  compound splitting wants longer tails. Such a compound may come from its head, with or
  without the joining letters.
- diminutives in -chen (Kännchen, Tütchen, Schälchen): the noun, with or without its umlaut,
  with or without a final -e or -en.
- the genitive of a verb used as a noun: "das Knacken", "beim Laden" are the infinitive, but
  "wegen des Knackens", "des Klapperns", "des Flackerns" add an -s the list rarely holds. Such
  a form may come from the infinitive (-en, -ern, -eln).

The prefixes, tails, joining letters and diminutive endings are data
(``data/de_morphology.toml``). A typo still fails ("abzupaken", "Strase", "Zahlunsart",
"Knakens"), because no headword of it is in the dictionary.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

_ZU = "zu"
_MIN_VERB = 4  # the verb after "zu": every verb this matters for is longer than "tun"
_MIN_HEAD = 4  # "Wart" is not "W" + "art"
_MIN_INFINITIVE = 5  # "Tuns", "Seins": the short verbs are listed with their -s
_INFINITIVE_GENITIVES = ("ens", "rns", "lns")  # Knackens, Klapperns, Wackelns
_MAX_SS = 3  # "ss" places tried at once (2**3 spellings)
_UMLAUT_BACK = str.maketrans("äöü", "aou")


@dataclass(frozen=True, slots=True)
class _German:
    prefixes: tuple[str, ...]  # longest first
    tails: frozenset[str]
    linking: tuple[str, ...]
    diminutive: str
    diminutive_endings: tuple[str, ...]


@cache
def _german() -> _German:
    path = resources.files("composer.spelling") / "data" / "de_morphology.toml"
    data = tomllib.loads(path.read_text("utf-8"))
    return _German(
        prefixes=tuple(sorted(set(data["separable_prefixes"].split()), key=len, reverse=True)),
        tails=frozenset(data["short_tails"].split()),
        linking=tuple(data["linking"].split()),
        diminutive=data["diminutive"],
        diminutive_endings=tuple(data["diminutive_endings"].split()),
    )


def headwords(word: str) -> Iterator[str]:
    """Headwords a German word form may belong to (the form itself not included)."""
    de = _german()
    for spelling in (*_eszett_spellings(word), word):
        if spelling != word:
            yield spelling
        yield from _zu_infinitive(de, spelling)
        yield from _short_tail_compound(de, spelling)
        yield from _diminutive(de, spelling)
        yield from _infinitive_genitive(spelling)


def _eszett_spellings(word: str) -> Iterator[str]:
    """strasse -> straße, grüssen -> grüßen: every way of writing ß for some of the "ss"."""
    places = [i for i in range(len(word) - 1) if word[i : i + 2] == "ss"]
    places = [p for k, p in enumerate(places) if k == 0 or p > places[k - 1] + 1][:_MAX_SS]
    for choice in itertools.product((False, True), repeat=len(places)):
        if not any(choice):
            continue
        out, last = [], 0
        for place, sharp in zip(places, choice, strict=True):
            if sharp:
                out.append(word[last:place] + "ß")
                last = place + 2
        yield "".join(out) + word[last:]


def _zu_infinitive(de: _German, word: str) -> Iterator[str]:
    if _ZU not in word or not word.endswith("n"):
        return
    for prefix in de.prefixes:
        head = prefix + _ZU
        rest = word[len(head) :]
        if word.startswith(head) and len(rest) >= _MIN_VERB:
            yield prefix + rest
            yield rest


def _short_tail_compound(de: _German, word: str) -> Iterator[str]:
    """zahlungsart -> zahlung, lieferort -> liefern, gartentür -> garten."""
    head, tail = word[:-3], word[-3:]
    if tail in de.tails and len(head) >= _MIN_HEAD:
        yield from _compound_heads(de, head)


def _compound_heads(de: _German, head: str) -> Iterator[str]:
    """The word a compound's first part may be: itself, without its joining letters, a verb."""
    yield head
    for link in de.linking:
        if head.endswith(link) and len(head) - len(link) >= _MIN_HEAD - 1:
            yield head[: -len(link)]
    yield head + "n"  # a verb stem as first part: Liefer-ort (liefern)
    yield head + "en"  # Bestell-tag (bestellen)


def _infinitive_genitive(word: str) -> Iterator[str]:
    """knackens -> knacken, klapperns -> klappern, wackelns -> wackeln."""
    if len(word) > _MIN_INFINITIVE and word.endswith(_INFINITIVE_GENITIVES):
        yield word[:-1]


def _diminutive(de: _German, word: str) -> Iterator[str]:
    """kännchen -> kanne, tütchen -> tüte, schälchen -> schale."""
    stem = word[: -len(de.diminutive)]
    if not word.endswith(de.diminutive) or len(stem) < _MIN_HEAD - 1:
        return
    for base in dict.fromkeys((stem, _last_umlaut_back(stem))):
        yield base
        for ending in de.diminutive_endings:
            yield base + ending


def _last_umlaut_back(stem: str) -> str:
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "äöü":
            return stem[:i] + stem[i].translate(_UMLAUT_BACK) + stem[i + 1 :]
    return stem
