"""Inflected forms for dictionaries that list only headwords.

pyspellchecker's Spanish list holds headwords (singular nouns, masculine adjectives,
infinitives): "productos", "hemos", "enviarlo" and every conjugation are missing, so a Spanish
message would be covered in false alarms. This module strips Spanish inflections and enclitic
pronouns and proposes the headwords a form may come from; the checker accepts the form when one
of them is in the dictionary. It over-accepts a little (a wrong form of a real verb can pass),
which costs a missed typo, never a false alarm. Irregular forms the rules cannot reach are data
(``data/es_irregular.txt``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib import resources

_UNACCENT = str.maketrans("áéíóú", "aeiou")
_ENCLITICS = (
    "selos",
    "selas",
    "selo",
    "sela",
    "sele",
    "nosla",
    "noslo",
    "noslos",
    "noslas",
    "melo",
    "mela",
    "melos",
    "melas",
    "telo",
    "tela",
    "telos",
    "telas",
    "nos",
    "los",
    "las",
    "les",
    "me",
    "te",
    "se",
    "lo",
    "la",
    "le",
    "os",
)

# (ending, infinitive ending): regular conjugations, gerunds and participles.
_AR = (
    "o",
    "as",
    "a",
    "amos",
    "áis",
    "an",
    "é",
    "aste",
    "ó",
    "asteis",
    "aron",
    "aba",
    "abas",
    "ábamos",
    "abais",
    "aban",
    "aré",
    "arás",
    "ará",
    "aremos",
    "aréis",
    "arán",
    "aría",
    "arías",
    "aríamos",
    "aríais",
    "arían",
    "e",
    "es",
    "emos",
    "éis",
    "en",
    "ara",
    "aras",
    "áramos",
    "arais",
    "aran",
    "ase",
    "ases",
    "ásemos",
    "aseis",
    "asen",
    "ando",
    "ado",
    "ada",
    "ados",
    "adas",
    "ad",
    "ar",
)
_ER = (
    "o",
    "es",
    "e",
    "emos",
    "éis",
    "en",
    "í",
    "iste",
    "ió",
    "imos",
    "isteis",
    "ieron",
    "ía",
    "ías",
    "íamos",
    "íais",
    "ían",
    "eré",
    "erás",
    "erá",
    "eremos",
    "eréis",
    "erán",
    "ería",
    "erías",
    "eríamos",
    "eríais",
    "erían",
    "a",
    "as",
    "amos",
    "áis",
    "an",
    "iera",
    "ieras",
    "iéramos",
    "ierais",
    "ieran",
    "iese",
    "ieses",
    "iésemos",
    "ieseis",
    "iesen",
    "iendo",
    "ido",
    "ida",
    "idos",
    "idas",
    "ed",
    "er",
    "yendo",
    "yó",
    "yeron",
)
_IR = (
    "o",
    "es",
    "e",
    "imos",
    "ís",
    "en",
    "í",
    "iste",
    "ió",
    "isteis",
    "ieron",
    "ía",
    "ías",
    "íamos",
    "íais",
    "ían",
    "iré",
    "irás",
    "irá",
    "iremos",
    "iréis",
    "irán",
    "iría",
    "irías",
    "iríamos",
    "iríais",
    "irían",
    "a",
    "as",
    "amos",
    "áis",
    "an",
    "iera",
    "ieras",
    "iéramos",
    "ierais",
    "ieran",
    "iese",
    "ieses",
    "iésemos",
    "ieseis",
    "iesen",
    "iendo",
    "ido",
    "ida",
    "idos",
    "idas",
    "id",
    "ir",
    "yendo",
    "yó",
    "yeron",
    "yo",
    "ya",
    "yas",
    "yamos",
    "yan",
    "yes",
    "ye",
    "yen",
)
_CONJUGATIONS = tuple(
    (ending, infinitive)
    for infinitive, endings in (("ar", _AR), ("er", _ER), ("ir", _IR))
    for ending in sorted(set(endings), key=len, reverse=True)
)
# Irregular future/conditional and preterite stems (tendré, pudimos, hicieron …).
_IRREGULAR_STEMS = {
    "tendr": "tener",
    "podr": "poder",
    "pondr": "poner",
    "saldr": "salir",
    "vendr": "venir",
    "habr": "haber",
    "sabr": "saber",
    "querr": "querer",
    "har": "hacer",
    "dir": "decir",
    "valdr": "valer",
    "cabr": "caber",
    "tuv": "tener",
    "estuv": "estar",
    "pud": "poder",
    "pus": "poner",
    "sup": "saber",
    "quis": "querer",
    "vin": "venir",
    "hic": "hacer",
    "hiz": "hacer",
    "dij": "decir",
    "traj": "traer",
    "anduv": "andar",
    "hub": "haber",
    "conduj": "conducir",
    "produj": "producir",
    "reduj": "reducir",
    "traduj": "traducir",
    "repondr": "reponer",
    "compus": "componer",
    "dispus": "disponer",
    "propus": "proponer",
    "obtuv": "obtener",
    "mantuv": "mantener",
    "contuv": "contener",
    "detuv": "detener",
    "rehic": "rehacer",
    "deshic": "deshacer",
    "mantendr": "mantener",
    "obtendr": "obtener",
    "dispondr": "disponer",
    "propondr": "proponer",
    "contendr": "contener",
}
_STRONG_ENDINGS = (
    "e",
    "iste",
    "o",
    "imos",
    "isteis",
    "ieron",
    "eron",
    "iera",
    "ieras",
    "iéramos",
    "ieran",
    "iese",
    "iesen",
    "é",
    "ás",
    "á",
    "emos",
    "éis",
    "án",
    "ía",
    "ías",
    "íamos",
    "ían",
)
# Stem changes to undo: quieres -> querer, puedes -> poder, pides -> pedir, agradezco -> agradecer.
_STEM_CHANGES = (
    ("ie", "e"),
    ("ue", "o"),
    ("i", "e"),
    ("zc", "c"),
    ("y", "i"),
    ("qu", "c"),
    ("gu", "g"),
    ("c", "z"),
    ("j", "g"),
    ("g", "gu"),
    ("ú", "u"),
    ("í", "i"),
)


@cache
def _spanish_irregular() -> dict[str, str]:
    text = (resources.files("composer.spelling") / "data" / "es_irregular.txt").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lemma, _, forms = line.partition(":")
            for form in forms.split():
                out[form] = lemma.strip()
    return out


def spanish_headwords(word: str) -> Iterator[str]:
    """Headwords a Spanish word form may belong to (the form itself not included)."""
    yield from _forms(word, allow_enclitics=True)


def _forms(word: str, allow_enclitics: bool) -> Iterator[str]:
    irregular = _spanish_irregular().get(word)
    if irregular:
        yield irregular
    yield from _nominal(word)
    yield from _verbal(word)
    if allow_enclitics:
        for clitic in _ENCLITICS:
            if word.endswith(clitic) and len(word) > len(clitic) + 2:
                host = word[: -len(clitic)]
                plain = _drop_stress_accent(host)
                for candidate in {host, plain}:
                    yield candidate
                    yield from _forms(candidate, allow_enclitics=False)


def _drop_stress_accent(host: str) -> str:
    """escríbe(nos) -> escribe, indíca(nos) -> indica: the accent written only to keep the
    stress once a pronoun is attached goes away (one accent, not on the last letter)."""
    accents = sum(host.count(c) for c in "áéíóú")
    if accents == 1 and host[-1] not in "áéíóú":
        return host.translate(_UNACCENT)
    return host


# Derivations whose base is the headword: activación -> activar, envoltorio stays unknown.
_DERIVATIONS = (
    ("ación", "ar"),
    ("aciones", "ar"),
    ("ición", "ir"),
    ("iciones", "ir"),
    ("ición", "er"),
    ("amiento", "ar"),
    ("amientos", "ar"),
    ("imiento", "er"),
    ("imiento", "ir"),
    ("imientos", "er"),
    ("able", "ar"),
    ("ables", "ar"),
    ("ible", "ir"),
    ("ible", "er"),
    ("ibles", "ir"),
    ("ador", "ar"),
    ("adora", "ar"),
    ("adores", "ar"),
    ("adoras", "ar"),
    ("ísimo", "o"),
    ("ísima", "o"),
    ("ísimos", "o"),
    ("ísimas", "o"),
    ("ísimo", "e"),
    ("ísima", "e"),
)


def _nominal(word: str) -> Iterator[str]:
    for suffix, base in _DERIVATIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            yield word[: -len(suffix)] + base
    if word.startswith(("anti", "re", "des", "pre", "auto", "multi", "mini", "super")):
        for prefix in ("anti", "re", "des", "pre", "auto", "multi", "mini", "super"):
            if word.startswith(prefix) and len(word) > len(prefix) + 3:
                yield word[len(prefix) :]
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
        yield _restore_accent(base)
    if word.endswith("s") and len(word) > 3:
        yield word[:-1]
        word = word[:-1]
    if word.endswith("a") and len(word) > 3:
        yield word[:-1] + "o"
        yield word[:-1]  # española -> español, trabajadora -> trabajador
    for dim, base in (("ito", "o"), ("ita", "a"), ("itos", "os"), ("itas", "as")):
        if word.endswith(dim) and len(word) > len(dim) + 2:
            yield word[: -len(dim)] + base


def _restore_accent(base: str) -> str:
    """canciones -> canción, sartenes -> sartén, ingleses -> inglés: plurals drop the accent
    that the singular needs on its last syllable."""
    for i in range(len(base) - 1, -1, -1):
        ch = base[i]
        if ch in "aeiou":
            return base[:i] + "áéíóú"["aeiou".index(ch)] + base[i + 1 :]
    return base


def _verbal(word: str) -> Iterator[str]:
    for ending, infinitive in _CONJUGATIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: -len(ending)]
            yield stem + infinitive
            for changed, original in _STEM_CHANGES:
                pos = stem.rfind(changed)
                if pos >= 0:
                    yield stem[:pos] + original + stem[pos + len(changed) :] + infinitive
    for stem, lemma in _IRREGULAR_STEMS.items():
        if word.startswith(stem) and word[len(stem) :] in _STRONG_ENDINGS:
            yield lemma


HEADWORD_ANALYSERS = {"es": spanish_headwords}
