"""``check(message) -> Report``: the one entry point of the policy engine.

Pure and deterministic for a given ``today``: it reads the message once into a Document,
identifies the language, classifies the purposes, then runs every rule's detector over the
same Document and Analysis. Nothing here does I/O except loading the packaged data files (once,
cached) and a spelling dictionary the first time a language needs one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from composer.policy.classifier import Analysis, Classifier
from composer.policy.document import Document, TextView, read_document
from composer.policy.language import (
    LanguageGuess,
    detect_language,
    language_name,
    message_language,
)
from composer.policy.model import (
    Edit,
    FieldName,
    Finding,
    Fix,
    FixSafety,
    Message,
    Report,
    Severity,
)
from composer.policy.phrases import LanguagePack, load_pack
from composer.policy.rulebook import RuleBook, RuleSpec, load_rulebook
from composer.policy.sentences import Sentence, split_sentences
from composer.policy.wording import NoteWords

# Warnings that come from Amazon's explicit lists; strict mode makes them errors (catalogue:
# "A strict mode switch … should be able to promote every warning that comes from Amazon's
# explicit lists (styling, spelling, grammar) to error").
STRICT_GROUPS = frozenset({"styling", "language"})
# A sentence counts as written in another language with this many of its function words.
MIXED_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class CheckOptions:
    today: date | None = None  # None: the current date
    strict: bool = False
    user_words: frozenset[str] = frozenset()  # the user's spelling dictionary
    disabled_rules: frozenset[str] = frozenset()
    container_width: int = 600  # px, for image-width and margin (catalogue section 7)


Detector = Callable[["Context"], Iterable[Finding]]
_DETECTORS: dict[str, Detector] = {}
_RULES_OF: dict[Detector, tuple[str, ...]] = {}


def detector(*rule_ids: str) -> Callable[[Detector], Detector]:
    """Register the function that finds the given rules' problems."""

    def register(func: Detector) -> Detector:
        for rid in rule_ids:
            if rid in _DETECTORS:
                raise ValueError(f"two detectors for rule {rid}")
            _DETECTORS[rid] = func
        _RULES_OF[func] = rule_ids
        return func

    return register


def registered_detectors() -> dict[str, Detector]:
    _load_detectors()
    return dict(_DETECTORS)


def _load_detectors() -> None:
    # Importing the modules registers their detectors; kept here so the registry is complete
    # whichever module imported the engine first.
    from composer.policy.rules import load_all  # noqa: PLC0415 - import cycle by design

    load_all()


@dataclass
class Context:
    """What every detector reads, built once per check."""

    message: Message
    document: Document
    options: CheckOptions
    today: date
    language: LanguageGuess
    pack: LanguagePack | None  # phrase data of the message's language
    languages: tuple[str, ...]  # the message's language first, then any other it mixes in
    packs: tuple[LanguagePack, ...]  # the phrase packs of those languages that have one
    rulebook: RuleBook
    analysis: Analysis | None = None
    _present: dict[tuple[str, FieldName], set[str]] = field(default_factory=dict)

    # -- phrase matching ---------------------------------------------------------------------

    def present(self, pack: LanguagePack, view: TextView) -> set[str]:
        key = (pack.code, view.field)
        found = self._present.get(key)
        if found is None:
            found = pack.present_literals(view.lower)
            self._present[key] = found
        return found

    def present_map(self) -> dict[tuple[str, FieldName], set[str]]:
        for pack in self.packs:
            for view in self.document.views:
                self.present(pack, view)
        return self._present

    def cue_spans(
        self, name: str, view: TextView, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int]]:
        """Matches of the helper cue list ``name`` of every pack in play."""
        for pack in self.packs:
            phrases = pack.cues.get(name)
            if phrases:
                yield from phrases.finditer(view.lower, self.present(pack, view), start, end)

    def has_cue(self, name: str, view: TextView, start: int = 0, end: int | None = None) -> bool:
        return next(self.cue_spans(name, view, start, end), None) is not None

    def rule_hits(self, rule_id: str) -> Iterator[tuple[Sentence, list[tuple[int, int]]]]:
        """Sentences where the phrase rule ``rule_id`` of any pack in play fires."""
        assert self.analysis is not None
        for vs in self.analysis.by_view.values():
            for pack in self.packs:
                cue_set = pack.rules.get(rule_id)
                if cue_set is not None:
                    present = self.present(pack, vs.view)
                    found = cue_set.by_sentence(vs.view.lower, present, vs.index)
                    for i, spans in sorted(found.items()):
                        yield vs.sentences[i], spans

    def label(self, name: str, default: str) -> str:
        return self.pack.labels.get(name, default) if self.pack else default

    # -- findings ----------------------------------------------------------------------------

    def spec(self, rule_id: str) -> RuleSpec:
        return self.rulebook.rule(rule_id)

    def finding(
        self,
        rule_id: str,
        view: TextView,
        start: int,
        end: int,
        *,
        severity: Severity | None = None,
        fix: Fix | None = None,
        **params: Any,
    ) -> Finding:
        """A finding at text[start:end] of a view (converted to source positions)."""
        src_start, src_end = view.source_span(start, end)
        params.setdefault("text", _short(view.text[start:end]))
        return self.source_finding(
            rule_id, view.field, src_start, src_end, severity=severity, fix=fix, **params
        )

    def source_finding(
        self,
        rule_id: str,
        field_name: FieldName,
        start: int,
        end: int,
        *,
        severity: Severity | None = None,
        fix: Fix | None = None,
        **params: Any,
    ) -> Finding:
        """A finding at a span already in source positions (HTML attributes, tags)."""
        spec = self.spec(rule_id)
        params.setdefault("text", _short(self.message.text_of(field_name)[start:end]))
        level = severity or spec.severity
        if self.options.strict and level is Severity.WARNING and spec.group in STRICT_GROUPS:
            level = Severity.ERROR
        return Finding(rule_id, level, spec.render(params), field_name, start, end, fix)

    def delete_fix(
        self, rule_id: str, view: TextView, start: int, end: int, safety: FixSafety = FixSafety.SAFE
    ) -> Fix | None:
        """A fix that removes text[start:end] (with one neighbouring space), when exact."""
        if not view.offsets.is_exact(start, end):
            return None
        text = view.text
        if start > 0 and text[start - 1] == " " and (end == len(text) or text[end] in " .,!?;:\n"):
            start -= 1
        elif end < len(text) and text[end] == " " and (start == 0 or text[start - 1] in " \n"):
            end += 1
        src_start, src_end = view.source_span(start, end)
        return Fix(self.spec(rule_id).fix, (Edit(view.field, src_start, src_end, ""),), safety)

    def replace_fix(
        self,
        rule_id: str,
        view: TextView,
        start: int,
        end: int,
        text: str,
        *,
        safety: FixSafety = FixSafety.SAFE,
        title: str | None = None,
    ) -> Fix | None:
        if not view.offsets.is_exact(start, end):
            return None
        src_start, src_end = view.source_span(start, end)
        return Fix(
            title or self.spec(rule_id).fix, (Edit(view.field, src_start, src_end, text),), safety
        )


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_CLASSIFIER: Classifier | None = None


def _classifier(rulebook: RuleBook) -> Classifier:
    global _CLASSIFIER  # noqa: PLW0603 - one stateless classifier per process, built on first use
    if _CLASSIFIER is None:
        _CLASSIFIER = Classifier(rulebook)
    return _CLASSIFIER


def _languages_in_play(document: Document, language: LanguageGuess) -> tuple[str, ...]:
    """The message's language, plus any other language a whole sentence is written in."""
    codes = [language.code] if language.code else []
    if language.second_evidence < MIXED_MIN_WORDS:
        return tuple(codes)  # too few words of any other language to make up a sentence
    for view in document.views:
        for sentence in split_sentences(view):
            guess = detect_language(sentence.text)
            if (
                guess.code
                and guess.code not in codes
                and guess.evidence >= MIXED_MIN_WORDS
                and guess.confidence >= 0.6
            ):
                codes.append(guess.code)
    return tuple(codes)


def prepare(message: Message, options: CheckOptions | None = None) -> Context:
    """Parse, identify the language and classify: everything before the rules run."""
    options = options or CheckOptions()
    rulebook = load_rulebook()
    document = read_document(message)
    language = message_language(message, document.subject.text + "\n" + document.body.text)
    languages = _languages_in_play(document, language)
    main = load_pack(language.code) if language.code else None
    ctx = Context(
        message=message,
        document=document,
        options=options,
        today=options.today or date.today(),
        language=language,
        pack=main,
        languages=languages,
        packs=tuple(p for p in map(load_pack, languages) if p is not None),
        rulebook=rulebook,
    )
    ctx.analysis = _classifier(rulebook).analyse(
        message, document, ctx.packs, ctx.present_map(), ctx.today
    )
    return ctx


def check(message: Message, options: CheckOptions | None = None) -> Report:
    """Judge one message the way Amazon would: category, purposes, findings."""
    ctx = prepare(message, options)
    assert ctx.analysis is not None
    _load_detectors()
    findings: list[Finding] = []
    notes: list[str] = []
    for func in _RULES_OF:  # each detector once, even when it finds several rules
        findings.extend(f for f in func(ctx) if f.rule not in ctx.options.disabled_rules)
    notes.extend(_notes(ctx))
    findings.sort(
        key=lambda f: (f.field != FieldName.SUBJECT, f.start, f.end, f.severity.rank, f.rule)
    )
    return Report(
        category=ctx.analysis.category,
        reason=ctx.analysis.reason,
        purposes=ctx.analysis.purposes,
        sp_api_message_type=ctx.analysis.message_type,
        language=ctx.language.code,
        findings=tuple(_dedupe(findings)),
        notes=tuple(notes),
    )


def _dedupe(findings: Iterable[Finding]) -> Iterator[Finding]:
    seen = set()
    for f in findings:
        key = (f.rule, f.field, f.start, f.end)
        if key not in seen:
            seen.add(key)
            yield f


def _notes(ctx: Context) -> Iterator[str]:
    from composer.policy.rules.spelling import spelling_note  # noqa: PLC0415

    if ctx.language.code and ctx.pack is None:
        #: {language} is a language's name ("Swedish").
        yield NoteWords.tr(
            "No phrase data for {language}: purposes and wording "
            "rules were not checked; contacts, links, emoji and formatting were."
        ).format(language=language_name(ctx.language.code))
    note = spelling_note(ctx)
    if note:
        yield note
