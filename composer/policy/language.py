"""Which language a message is written in.

Seller messages are short and full of names, order IDs and placeholders, so a statistical
model gains little over counting function words, which is fast, deterministic and explainable.
Non-Latin scripts are told apart by their Unicode blocks (Japanese by its kana).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from composer.i18n import translate
from composer.policy.model import Message

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Placeholders, URLs and addresses say nothing about the language.
_NOISE = re.compile(
    r"\{\{?[^{}\n]{1,60}\}\}?|\$\{[^}\n]{1,60}\}|%[A-Za-z_][\w.]{0,40}%|\[[^\[\]\n]{1,40}\]"
    r"|\b(?:https?://|www\.)\S+|\S+@\S+"
)
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # hiragana, katakana
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)
# Persian is written in Arabic script with letters of its own (pe, che, zhe, gaf) and its own
# forms of kaf and yeh.
_SCRIPT_VARIANTS = {"ar": ("fa", re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]"))}
_LETTER = re.compile(r"[^\W\d_]")
# Any letter of the scripts above: most messages have none, and need no count per script.
_NON_LATIN = re.compile("|".join(rx.pattern for _, rx in _SCRIPTS))
MIN_CONFIDENT_WORDS = 2


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str | None
    confidence: float  # 0..1: share of the evidence that points to the winner
    evidence: int  # function words (or script letters) behind the guess
    # Function words of the strongest other language that the winner does not share: with
    # enough of them a sentence may be in that language (a bilingual message).
    second_evidence: int = 0


@dataclass(frozen=True, slots=True)
class _Profiles:
    names: dict[str, str]
    word_languages: dict[str, tuple[str, ...]]
    letter_languages: dict[str, tuple[str, ...]]
    letters_rx: re.Pattern[str]


@cache
def _profiles() -> _Profiles:
    path = resources.files("composer.policy") / "data" / "languages.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    words: dict[str, list[str]] = {}
    letters: dict[str, list[str]] = {}
    for code, entry in data.items():
        for w in entry["stopwords"].split():
            words.setdefault(w.lower(), []).append(code)
        for ch in entry.get("letters", ""):
            letters.setdefault(ch, []).append(code)
    return _Profiles(
        names={code: entry["name"] for code, entry in data.items()},
        word_languages={w: tuple(c) for w, c in words.items()},
        letter_languages={ch: tuple(c) for ch, c in letters.items()},
        letters_rx=re.compile("[{}]".format(re.escape("".join(letters)))),
    )


def language_name(code: str) -> str:
    """The language's name in the interface's language (context "language", the code as
    disambiguation; the names are marked in composer/policy/data_strings.py)."""
    name = _profiles().names.get(code)
    return translate("language", name, code) if name else code


def supported_languages() -> tuple[str, ...]:
    return tuple(_profiles().names)


def english_names() -> dict[str, str]:
    """Each supported language's name in English, as the data gives it (the source text of
    ``language_name``'s translations)."""
    return dict(_profiles().names)


def normalize_language(tag: str | None) -> str | None:
    """'de-DE', 'pt_BR', 'EN' -> 'de', 'pt', 'en'."""
    if not tag:
        return None
    code = re.split(r"[-_]", tag.strip(), maxsplit=1)[0].lower()
    return code or None


def detect_language(text: str) -> LanguageGuess:
    clean = _NOISE.sub(" ", text)
    if _NON_LATIN.search(clean):
        letters = len(_LETTER.findall(clean))
        for code, rx in _SCRIPTS:
            hits = len(rx.findall(clean))
            if hits and hits * 4 >= letters:  # a quarter of the letters: the script decides
                variant, marks = _SCRIPT_VARIANTS.get(code, (code, None))
                found = variant if marks is not None and marks.search(clean) else code
                return LanguageGuess(found, min(1.0, hits / max(letters, 1) * 2), hits)

    profiles = _profiles()
    lower = clean.lower().replace("’", "'")
    scores: dict[str, float] = {}
    evidence = 0
    seen_langs: list[tuple[tuple[str, ...], int]] = []
    for word, count in Counter(_WORD.findall(lower)).items():
        langs = profiles.word_languages.get(word)
        if langs is None and "'" in word:  # l'adresse, dell'ordine: the elided article counts
            langs = profiles.word_languages.get(word.split("'", 1)[0] + "'") or None
        if langs:
            evidence += count
            seen_langs.append((langs, count))
            for lang in langs:
                scores[lang] = scores.get(lang, 0.0) + count / len(langs)
    for ch in profiles.letters_rx.findall(lower):
        langs = profiles.letter_languages[ch]
        for lang in langs:
            scores[lang] = scores.get(lang, 0.0) + 0.5 / len(langs)
    if not scores:
        return LanguageGuess(None, 0.0, 0)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:2]  # ties: by code
    best, best_score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    confidence = (best_score - runner_up) / best_score if best_score else 0.0
    others: dict[str, int] = {}
    for langs, count in seen_langs:
        if best not in langs:
            for lang in langs:
                others[lang] = others.get(lang, 0) + count
    return LanguageGuess(best, round(confidence, 3), evidence, max(others.values(), default=0))


def message_language(message: Message, text: str) -> LanguageGuess:
    """The language to judge the message in: what it is written in, else the buyer's."""
    guess = detect_language(text)
    if guess.code is not None and (guess.evidence >= MIN_CONFIDENT_WORDS or guess.confidence > 0.5):
        return guess
    fallback = normalize_language(message.buyer_language)
    if fallback:
        return LanguageGuess(fallback, 0.0, 0)
    return guess
