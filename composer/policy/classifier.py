"""What the message is for, and therefore whether it is critical, proactive or forbidden.

The procedure is the catalogue's section 4.5: detect the purposes sentence by sentence (cue
phrases of the message's language), treat courtesy lines as neutral, then

1. any forbidden purpose -> forbidden;
2. else every substantive purpose critical -> critical;
3. else -> proactive (permitted, non-critical: it bounces for buyers who opted out).

Element problems (emoji, contacts, links, styling, spelling, a missing order ID) are findings
of their own rules and never change the category. The classifier keeps its evidence: each
purpose lists the sentences and phrases that made it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from composer.i18n import Context, in_sentence, translate
from composer.policy.document import Document, TextView
from composer.policy.model import Category, Evidence, FieldName, Message, Purpose
from composer.policy.phrases import LanguagePack, SentenceIndex, Span
from composer.policy.rulebook import PurposeSpec, RuleBook
from composer.policy.sentences import Sentence, split_sentences

# The verdict's sentences (lupdate reads the context from this name: keep it so).
Verdict = Context("Verdict")

IMPORTANT_TAG = re.compile(r"\[\s*important\s*\]", re.I)
# The tag translated into a buyer's language ([Wichtig], [Importante], [Ważne], …). Amazon only
# ever honoured the English one: a translated tag never reached an opted-out buyer, so it is no
# purpose and does not change the category; the catalogue flags it as a warning only
# (important-tag-misuse). Languages: de, es/it/pt, nl, pl, sv, tr, ja, ru, ar.
TRANSLATED_IMPORTANT_TAG = re.compile(
    r"\[\s*(?:wichtig|importante|belangrijk|wa[żz]ne|viktigt|[öo]nemli|重要|важно|مهم|هام)\s*\]",
    re.I,
)
# Courtesy that makes a message "thank you only" when nothing else is in it. Greetings and
# sign-offs alone are neutral either way.
_THANKS_CLASSES = ("thanks", "help", "hope")
# Suggested SP-API type: the first purpose of this order that is present decides.
_TYPE_PRIORITY = (
    "customization",
    "delivery-scheduling",
    "address-problem",
    "additional-information",
    "unexpected-problem",
    "legal-disclosure",
    "digital-access-key",
    "service-appointment",
    "delay-notice",
    "invoice",
    "warranty",
    "review-request",
)
ORDER_WINDOW_DAYS = 30


@dataclass(frozen=True, slots=True)
class Hit:
    purpose: str
    sentence: Sentence
    spans: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class ViewSentences:
    """The sentences of one field (quotes left out) and where they are."""

    view: TextView
    sentences: tuple[Sentence, ...]
    index: SentenceIndex

    @classmethod
    def of(cls, view: TextView, sentences: Sequence[Sentence]) -> ViewSentences:
        return cls(view, tuple(sentences), SentenceIndex((s.start, s.end) for s in sentences))


@dataclass(frozen=True, slots=True)
class Analysis:
    sentences: tuple[Sentence, ...]
    by_view: Mapping[FieldName, ViewSentences]
    purposes: tuple[Purpose, ...]
    hits: Mapping[str, tuple[Hit, ...]]  # purpose id -> the sentences that showed it
    courtesy: Mapping[Sentence, str]
    category: Category
    reason: str
    message_type: str | None
    important_tag: Span | None  # in the subject

    def has(self, purpose: str) -> bool:
        return any(p.id == purpose for p in self.purposes)

    def kinds(self) -> set[str]:
        return {p.kind for p in self.purposes}


def days_after_completion(message: Message, today: date) -> tuple[int | None, int | None]:
    """Days since the order was completed (delivered, else ordered) and since it was placed."""
    done = message.delivery_date or message.order_date
    since_done = (today - done).days if done else None
    since_order = (today - message.order_date).days if message.order_date else None
    return since_done, since_order


class Classifier:
    def __init__(self, rulebook: RuleBook) -> None:
        self._specs: Mapping[str, PurposeSpec] = rulebook.purposes

    def analyse(
        self,
        message: Message,
        document: Document,
        packs: Sequence[LanguagePack],
        present: Mapping[tuple[str, FieldName], set[str]],
        today: date,
    ) -> Analysis:
        by_view = {
            view.field: ViewSentences.of(
                view, [s for s in split_sentences(view) if not view.is_quoted(s.start)]
            )
            for view in document.views
        }
        sentences = tuple(s for v in by_view.values() for s in v.sentences)
        found_in, courtesy_of = self._scan(by_view, packs, present)
        hits: dict[str, list[Hit]] = {}
        courtesy: dict[Sentence, str] = {}
        unrecognised: list[Sentence] = []
        signed = False  # after "Best regards," come the name, the shop, the team
        for sentence in sentences:
            found = found_in.get(sentence, {})
            for pid, spans in found.items():
                hits.setdefault(pid, []).append(Hit(pid, sentence, tuple(spans)))
            if found:
                continue
            kind = courtesy_of.get(sentence)
            if kind is None and signed and _is_signature_line(sentence):
                kind = "signoff"
            if kind:
                courtesy[sentence] = kind
                signed = signed or (kind == "signoff" and sentence.view.field is FieldName.BODY)
            elif _is_substantive(sentence):
                unrecognised.append(sentence)

        self._drop_yielding(hits, message)
        if not hits and not unrecognised and not message.is_reply:
            thanks = [s for s, k in courtesy.items() if k in _THANKS_CLASSES]
            if thanks:
                hits["thank-you-only"] = [
                    Hit("thank-you-only", s, ((s.start, s.end),)) for s in thanks
                ]

        important = _important_tag(document.subject)
        extra: list[Purpose] = []
        if important is not None and not self._all_critical(hits):
            extra.append(
                self._synthetic(
                    "important-tag-misuse",
                    document.subject,
                    important,
                    Verdict.tr("[Important] on a message that is not critical"),
                )
            )
        if not message.is_reply:
            since_done, _ = days_after_completion(message, today)
            if since_done is not None and since_done > ORDER_WINDOW_DAYS:
                extra.append(Purpose("order-age", "forbidden"))
        if message.message_type:
            mismatch = self._type_mismatch(message.message_type, hits)
            if mismatch:
                extra.append(
                    Purpose("purpose-mismatch", "forbidden", tuple(_evidence(h) for h in mismatch))
                )

        purposes = [
            Purpose(pid, self._specs[pid].kind, tuple(_evidence(h) for h in found))
            for pid, found in hits.items()
        ]
        purposes.extend(extra)
        if not hits:
            fallback = "buyer-reply" if message.is_reply else "other"
            purposes.append(Purpose(fallback, "permitted"))

        category, reason = self._decide(purposes)
        return Analysis(
            sentences=sentences,
            by_view=by_view,
            purposes=tuple(sorted(purposes, key=_purpose_order)),
            hits={k: tuple(v) for k, v in hits.items()},
            courtesy=courtesy,
            category=category,
            reason=reason,
            message_type=self._message_type(message, purposes, category),
            important_tag=important,
        )

    # -- detection ---------------------------------------------------------------------------

    @staticmethod
    def _scan(
        by_view: Mapping[FieldName, ViewSentences],
        packs: Sequence[LanguagePack],
        present: Mapping[tuple[str, FieldName], set[str]],
    ) -> tuple[dict[Sentence, dict[str, list[Span]]], dict[Sentence, str]]:
        """Every purpose cue and courtesy phrase, matched once per text, by sentence."""
        found: dict[Sentence, dict[str, list[Span]]] = {}
        courtesy: dict[Sentence, str] = {}
        for field_name, vs in by_view.items():
            lower = vs.view.lower
            for pack in packs:
                literals = present[(pack.code, field_name)]
                for pid, cue_set in pack.purposes.items():
                    for i, spans in cue_set.by_sentence(lower, literals, vs.index).items():
                        found.setdefault(vs.sentences[i], {}).setdefault(pid, []).extend(spans)
                for kind, phrases in pack.courtesy.items():  # the first kind listed wins
                    for i in phrases.by_sentence(lower, literals, vs.index):
                        courtesy.setdefault(vs.sentences[i], kind)
        return found, courtesy

    def _drop_yielding(self, hits: dict[str, list[Hit]], message: Message) -> None:
        for pid in [p for p in hits if p not in self._specs]:
            raise KeyError(f"phrase data names unknown purpose {pid!r}")
        if message.is_reply:
            for pid in [p for p in hits if not self._specs[p].in_reply]:
                del hits[pid]
        present = set(hits)
        critical_present = any(self._specs[p].kind == "critical" for p in present)
        for pid in list(hits):
            for other in self._specs[pid].yields_to:
                if (other == "@critical" and critical_present) or other in present:
                    del hits[pid]
                    break

    def _all_critical(self, hits: Mapping[str, Iterable[Hit]]) -> bool:
        return bool(hits) and all(self._specs[p].kind == "critical" for p in hits)

    def _type_mismatch(self, message_type: str, hits: Mapping[str, list[Hit]]) -> list[Hit]:
        """Hits of purposes the chosen SP-API type does not carry (catalogue: purpose-mismatch).

        A critical type may only carry critical content, and the permitted purposes the
        catalogue sends through that very type (a delay notice is an unexpectedProblem: 4.2 N2);
        no type carries a review request."""
        critical_types = {s.message_type for s in self._specs.values() if s.kind == "critical"}
        out = []
        for pid, found in hits.items():
            spec = self._specs[pid]
            if pid == "review-request" or (
                message_type in critical_types
                and spec.kind == "permitted"
                and spec.message_type != message_type
            ):
                out.extend(found)
        return out

    @staticmethod
    def _synthetic(pid: str, view: TextView, span: Span, phrase: str) -> Purpose:
        start, end = view.source_span(*span)
        return Purpose(
            pid,
            "forbidden",
            (Evidence(view.field, start, end, phrase, view.text[span[0] : span[1]]),),
        )

    # -- decision ----------------------------------------------------------------------------

    def _decide(self, purposes: Sequence[Purpose]) -> tuple[Category, str]:
        """The category and the sentence that says why, in the interface's language."""
        forbidden = [p for p in purposes if p.kind == "forbidden"]
        if forbidden:
            return Category.FORBIDDEN, Verdict.tr("Forbidden: {purposes}.").format(
                purposes=self._describe_all(forbidden)
            )
        substantive = [p for p in purposes if p.id not in ("other", "buyer-reply")]
        if substantive and all(p.kind == "critical" for p in substantive):
            return Category.CRITICAL, Verdict.tr(
                "Critical to completing the order: {purposes}."
            ).format(purposes=self._describe_all(substantive))
        if not substantive:
            if any(p.id == "buyer-reply" for p in purposes):
                return Category.PROACTIVE, Verdict.tr(
                    "Permitted, not critical: a reply to the buyer."
                )
            return Category.PROACTIVE, Verdict.tr(
                "Permitted, not critical: no specific purpose recognised."
            )
        non_critical = [p for p in substantive if p.kind != "critical"]
        return Category.PROACTIVE, Verdict.tr(
            "Permitted, not critical (it will not reach buyers who opted out): {purposes}."
        ).format(purposes=self._describe_all(non_critical))

    def _describe_all(self, purposes: Sequence[Purpose]) -> str:
        #: Between the purposes of a message in one sentence.
        return Verdict.tr("; ").join(self._describe(p) for p in purposes)

    def _describe(self, purpose: Purpose) -> str:
        # A heading in the data; here it stands in a sentence.
        title = in_sentence(translate("purpose", self._specs[purpose.id].title, purpose.id))
        if purpose.evidence:
            #: A purpose and the sentence that showed it, quoted.
            return Verdict.tr("{purpose} (“{sentence}”)").format(
                purpose=title, sentence=_shorten(purpose.evidence[0].sentence)
            )
        return title

    def _message_type(
        self, message: Message, purposes: Sequence[Purpose], category: Category
    ) -> str | None:
        if message.message_type:
            return message.message_type
        if category is Category.FORBIDDEN:
            return None
        present = {p.id for p in purposes}
        for pid in _TYPE_PRIORITY:
            if pid in present:
                return self._specs[pid].message_type
        return None


_WORDS = re.compile(r"[^\W\d_]{2,}")
_NOT_PROSE = re.compile(r"\{\{?[^{}]*\}\}?|\$\{[^}]*\}|%\w+%|\[[^\]]*\]|\S+@\S+|https?://\S+")
# Kana and kanji: Japanese is written without spaces, so its words are counted by characters.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
CJK_CHARACTERS_PER_WORD = 3
# Shorter lines are names, signatures and headings ("Linen Lane Studio", "Order 123-…").
MIN_SUBSTANTIVE_WORDS = 4


def _is_substantive(sentence: Sentence) -> bool:
    """A sentence that says something: four words or more besides placeholders and links."""
    prose = _NOT_PROSE.sub(" ", sentence.text)
    cjk_words = len(_CJK.findall(prose)) // CJK_CHARACTERS_PER_WORD
    return len(_WORDS.findall(_CJK.sub(" ", prose))) + cjk_words >= MIN_SUBSTANTIVE_WORDS


MAX_SIGNATURE_WORDS = 8


def _is_signature_line(sentence: Sentence) -> bool:
    """A short line of its own: a name, a shop, a role, a team."""
    text = sentence.view.text
    starts_line = sentence.start == 0 or text[sentence.start - 1] == "\n"
    return starts_line and len(_WORDS.findall(sentence.text)) <= MAX_SIGNATURE_WORDS


def _important_tag(view: TextView) -> Span | None:
    m = IMPORTANT_TAG.search(view.text)
    return m.span() if m else None


def _evidence(hit: Hit) -> Evidence:
    view = hit.sentence.view
    a = min(s[0] for s in hit.spans)
    b = max(s[1] for s in hit.spans)
    start, end = view.source_span(a, b)
    return Evidence(view.field, start, end, view.text[a:b], hit.sentence.text)


_KIND_ORDER = {"forbidden": 0, "critical": 1, "permitted": 2}


def _purpose_order(p: Purpose) -> tuple[int, str]:
    return _KIND_ORDER[p.kind], p.id


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
