"""Phrase data: per-language regex cue lists loaded from TOML and matched fast.

A language's phrase file (``data/phrases/<code>.toml``) holds named term lists, courtesy
patterns, the cues of every purpose and of the phrase-based rules. Patterns are Python regular
expressions written in lower case; they are matched against lower-cased text with word
boundaries added around them. ``@name`` inside a pattern stands for the term list ``name``.

Speed: a message is checked on every keystroke, against several hundred patterns. Running each
regex over the text would cost milliseconds, so every pattern carries the literals one of which
any match must contain (derived from the regex itself), and a pattern runs only when one of its
literals occurs in the text. Most patterns never run. A pattern whose literals cannot be derived
always runs, so the prefilter changes speed, never results.
"""

from __future__ import annotations

import itertools
import re
import re._constants as sre_c
import re._parser as sre_parse
import tomllib
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

Span = tuple[int, int]

_ESCAPE_OR_TEXT = re.compile(r"\\.|[^\\]+", re.S)
_TERM_REF = re.compile(r"@([a-z][a-z0-9-]*)")
_MIN_LITERAL = 3


def _lower_pattern(pattern: str) -> str:
    """Lower-case a pattern without touching its escapes (\\S must stay \\S)."""
    return "".join(
        m.group() if m.group().startswith("\\") else m.group().lower()
        for m in _ESCAPE_OR_TEXT.finditer(pattern)
    )


def required_literals(pattern: str) -> frozenset[str]:
    """Literals one of which every match of ``pattern`` contains; empty when unknown."""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return frozenset()
    best = _sequence_literals(list(parsed))
    if not best or min(map(len, best)) < _MIN_LITERAL:
        return frozenset()
    return best


def _sequence_literals(items: list[Any]) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is sre_c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        found: frozenset[str] | None = None
        if op is sre_c.SUBPATTERN:
            found = _sequence_literals(list(av[-1]))
        elif op is sre_c.BRANCH:
            alternatives = [_sequence_literals(list(b)) for b in av[1]]
            if all(alternatives):
                found = frozenset().union(*(a for a in alternatives if a))
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _sequence_literals(list(av[2]))
        if found:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class Pattern:
    source: str
    # Compiled without the leading word-boundary lookbehind, which would keep the regex engine
    # from scanning for the pattern's first characters quickly; ``finditer`` checks it instead.
    regex: re.Pattern[str]
    literals: frozenset[str]
    # Languages written without spaces (Japanese) have no word boundaries to respect.
    bounded: bool = True

    def runs_on(self, present: frozenset[str] | set[str]) -> bool:
        return not self.literals or not self.literals.isdisjoint(present)

    def finditer(self, lower: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
        stop = len(lower) if end is None else end
        pos = start
        search = self.regex.search
        while pos <= stop:
            m = search(lower, pos, stop)
            if m is None:
                return
            a, b = m.span()
            if self.bounded and a > 0 and _word_char(lower[a - 1]):
                pos = a + 1  # starts inside a word: try again one character on
                continue
            yield a, b
            pos = b if b > a else a + 1


class SentenceIndex:
    """Where the sentences of one text are, to give each match its sentence."""

    __slots__ = ("_bounds", "_starts")

    def __init__(self, bounds: Iterable[Span]) -> None:
        self._bounds = list(bounds)
        self._starts = [a for a, _ in self._bounds]

    def __len__(self) -> int:
        return len(self._bounds)

    def bounds(self, index: int) -> Span:
        return self._bounds[index]

    def locate(self, span: Span) -> int | None:
        """The sentence that holds the whole span, if one does."""
        i = bisect_right(self._starts, span[0]) - 1
        if i >= 0 and span[1] <= self._bounds[i][1]:
            return i
        return None


class PhraseList:
    """Alternative patterns; a match of any of them is a match of the list."""

    __slots__ = ("_literals", "_skippable", "patterns")

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self.patterns = tuple(patterns)
        self._literals = frozenset(lit for p in self.patterns for lit in p.literals)
        # When every pattern needs a literal, one look at the union rules the whole list out
        # for most texts (most purposes do not occur in most messages).
        self._skippable = all(p.literals for p in self.patterns)

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def _ruled_out(self, present: set[str]) -> bool:
        return self._skippable and self._literals.isdisjoint(present)

    def finditer(
        self, lower: str, present: set[str], start: int = 0, end: int | None = None
    ) -> Iterator[Span]:
        if self._ruled_out(present):
            return
        for p in self.patterns:
            if p.runs_on(present):
                yield from p.finditer(lower, start, end)

    def by_sentence(
        self, lower: str, present: set[str], index: SentenceIndex
    ) -> dict[int, list[Span]]:
        """Matches over the whole text, by the sentence each lies in. One scan of the text per
        runnable pattern; a match that runs past its sentence's end is looked for again inside
        the sentence, so sentences stay the unit of matching."""
        out: dict[int, list[Span]] = {}
        if self._ruled_out(present):
            return out
        for p in self.patterns:
            if not p.runs_on(present):
                continue
            for span in p.finditer(lower):
                i = index.locate(span)
                if i is None:
                    i = index.locate((span[0], span[0]))
                    if i is None:
                        continue
                    _, b = index.bounds(i)
                    span = next(p.finditer(lower, span[0], b), (-1, -1))  # noqa: PLW2901
                    if span[0] < 0:
                        continue
                out.setdefault(i, []).append(span)
        return out

    def search(
        self, lower: str, present: set[str], start: int = 0, end: int | None = None
    ) -> Span | None:
        return next(self.finditer(lower, present, start, end), None)

    def literals(self) -> set[str]:
        return set(self._literals)


@dataclass(frozen=True, slots=True)
class CueSet:
    """How a purpose or rule shows in one sentence.

    ``cues``: any one pattern is enough. ``together``: each entry is a list of patterns that
    must all occur in the same sentence. ``unless``: a match of one of these in the sentence
    cancels the cue (a question instead of a statement, a negation).
    """

    cues: PhraseList
    together: tuple[tuple[PhraseList, ...], ...]
    unless: PhraseList

    def literals(self) -> set[str]:
        out = self.cues.literals() | self.unless.literals()
        for group in self.together:
            for part in group:
                out |= part.literals()
        return out

    def by_sentence(
        self, lower: str, present: set[str], index: SentenceIndex
    ) -> dict[int, list[Span]]:
        """The sentences where the cues fire (not vetoed), with the spans that made them."""
        out = self.cues.by_sentence(lower, present, index)
        for group in self.together:
            parts = [part.by_sentence(lower, present, index) for part in group]
            for i in set.intersection(*(set(p) for p in parts)) if parts else ():
                hits = [p[i][0] for p in parts]
                out.setdefault(i, []).append((min(a for a, _ in hits), max(b for _, b in hits)))
        if out and self.unless:
            for i in self.unless.by_sentence(lower, present, index):
                out.pop(i, None)
        return out

    def match(self, lower: str, present: set[str], start: int, end: int) -> list[Span]:
        """Spans of the cues that fire inside lower[start:end] (empty when none or vetoed)."""
        spans = list(self.cues.finditer(lower, present, start, end))
        for group in self.together:
            found = [part.search(lower, present, start, end) for part in group]
            if all(found):
                hits = [s for s in found if s]
                spans.append((min(a for a, _ in hits), max(b for _, b in hits)))
        if spans and self.unless and self.unless.search(lower, present, start, end):
            return []
        return spans


@dataclass(frozen=True, slots=True)
class LanguagePack:
    """Everything language-specific the rules and the classifier need for one language."""

    code: str
    name: str
    courtesy: Mapping[str, PhraseList]
    purposes: Mapping[str, CueSet]
    rules: Mapping[str, CueSet]
    cues: Mapping[str, PhraseList]
    labels: Mapping[str, str]
    # The prefilter literals of all the pack's patterns, by their first three characters: only
    # those whose opening occurs in a text are looked at.
    literals_by_head: Mapping[str, tuple[str, ...]]

    def present_literals(self, lower: str) -> set[str]:
        """The prefilter literals of this pack that occur in the text. A literal's first and
        last three characters must both occur somewhere before the substring search runs:
        those set lookups rule most literals out for a fraction of the search's cost."""
        grams = {lower[i : i + 3] for i in range(len(lower) - 2)}
        by_head = self.literals_by_head
        return {
            lit
            for head in grams.intersection(by_head)
            for lit in by_head[head]
            if lit[-3:] in grams and lit in lower
        }


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(position, character, group depth) of the characters that are regex syntax: escapes and
    the inside of character classes are skipped; the depth is the one before the character."""
    depth = 0
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":  # "[]…]": a literal ] first in the class
                i += 1
        else:
            yield i, ch, depth
            depth += {"(": 1, ")": -1}.get(ch, 0)
        i += 1


def split_alternatives(pattern: str) -> list[str]:
    """``a|(?:b|c)`` -> ``["a", "b", "c"]``: the top-level alternatives, with a group that wraps
    a whole alternative opened up. Matching the parts one by one finds what the whole finds,
    but each part has literals of its own for the prefilter and a prefix the regex engine can
    scan for, where an alternation of many different words makes it try them all everywhere."""
    bars = [i for i, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    if bars:
        edges = [-1, *bars, len(pattern)]
        parts = [pattern[a + 1 : b] for a, b in itertools.pairwise(edges)]
        return [alt for part in parts for alt in split_alternatives(part)]
    inner = _whole_group(pattern)
    return split_alternatives(inner) if inner is not None else [pattern]


def _whole_group(pattern: str) -> str | None:
    """The inside of ``(?:...)`` when that group is the whole pattern."""
    if not (pattern.startswith("(?:") and pattern.endswith(")")):
        return None
    closes = [i for i, ch, depth in _syntax(pattern) if ch == ")" and depth == 1]
    return pattern[3:-1] if closes and closes[0] == len(pattern) - 1 else None


def compile_pattern(pattern: str, terms: Mapping[str, str], bounded: bool = True) -> list[Pattern]:
    """The compiled alternatives of one pattern of the data; ``bounded``: with word boundaries
    around each match (not for languages written without spaces)."""
    expanded = _TERM_REF.sub(lambda m: f"(?:{terms[m.group(1)]})", _lower_pattern(pattern))
    try:
        re.compile(expanded)
    except re.error as exc:
        raise ValueError(f"bad pattern {pattern!r}: {exc}") from exc
    out = []
    for alternative in split_alternatives(expanded):
        # The word boundary before a match is checked on match (see Pattern.finditer).
        regex = re.compile(rf"(?:{alternative})(?!\w)" if bounded else alternative)
        out.append(Pattern(pattern, regex, required_literals(alternative), bounded))
    return out


def _phrase_list(patterns: Iterable[str], terms: Mapping[str, str], bounded: bool) -> PhraseList:
    return PhraseList(p for source in patterns for p in compile_pattern(source, terms, bounded))


def _cue_set(data: Mapping[str, Any], terms: Mapping[str, str], bounded: bool) -> CueSet:
    return CueSet(
        cues=_phrase_list(data.get("cues", ()), terms, bounded),
        together=tuple(
            tuple(_phrase_list([p], terms, bounded) for p in group)
            for group in data.get("together", ())
        ),
        unless=_phrase_list(data.get("unless", ()), terms, bounded),
    )


def _terms(raw: Mapping[str, Any]) -> dict[str, str]:
    """Term lists become regex alternations; a term may use terms defined before it."""
    terms: dict[str, str] = {}
    for name, value in raw.items():
        items = [value] if isinstance(value, str) else list(value)
        alternation = "|".join(_lower_pattern(i) for i in items)
        terms[name] = _TERM_REF.sub(lambda m: f"(?:{terms[m.group(1)]})", alternation)
    return terms


def parse_pack(code: str, data: Mapping[str, Any]) -> LanguagePack:
    terms = _terms(data.get("terms", {}))
    info = data.get("language", {})
    bounded = bool(info.get("word-boundaries", True))
    courtesy = {k: _phrase_list(v, terms, bounded) for k, v in data.get("courtesy", {}).items()}
    purposes = {k: _cue_set(v, terms, bounded) for k, v in data.get("purposes", {}).items()}
    rules = {k: _cue_set(v, terms, bounded) for k, v in data.get("rules", {}).items()}
    cues = {k: _phrase_list(v, terms, bounded) for k, v in data.get("cues", {}).items()}
    literals: set[str] = set()
    for group in (*courtesy.values(), *cues.values()):
        literals |= group.literals()
    for cue_set in (*purposes.values(), *rules.values()):
        literals |= cue_set.literals()
    return LanguagePack(
        code=code,
        name=str(info.get("name", code)),
        courtesy=courtesy,
        purposes=purposes,
        rules=rules,
        cues=cues,
        labels=dict(data.get("labels", {})),
        literals_by_head=_by_head(literals),
    )


def _by_head(literals: Iterable[str]) -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = {}
    for lit in sorted(literals):
        groups.setdefault(lit[:3], []).append(lit)
    return {head: tuple(group) for head, group in groups.items()}


def available_languages() -> tuple[str, ...]:
    folder = resources.files("composer.policy") / "data" / "phrases"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


@cache
def load_pack(code: str) -> LanguagePack | None:
    """The phrase pack of a language, or None when Composer has no phrase data for it."""
    if code not in available_languages():
        return None
    path = resources.files("composer.policy") / "data" / "phrases" / f"{code}.toml"
    return parse_pack(code, tomllib.loads(path.read_text(encoding="utf-8")))
