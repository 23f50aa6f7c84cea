"""Spelling in the message's language (catalogue 3.F), through composer.spelling."""

from __future__ import annotations

import re
from collections.abc import Iterator

from composer.policy.document import TextView
from composer.policy.engine import Context, detector
from composer.policy.language import language_name
from composer.policy.model import Finding, FixSafety
from composer.policy.rules.contacts import email_spans
from composer.policy.wording import NoteWords, Words
from composer.spelling import dictionary_languages, get_checker


def spelling_language(ctx: Context) -> str | None:
    return ctx.language.code


@detector("spelling")
def spelling(ctx: Context) -> Iterator[Finding]:
    checker = get_checker(spelling_language(ctx))
    if checker is None:
        return
    # A message written in two languages (the buyer's and the seller's, or amazon.com.be's
    # Dutch and French) has words of both: a word is misspelt only if no language in play
    # knows it. Which language each sentence should be in is language-mismatch's concern.
    others = [c for c in map(get_checker, ctx.languages[1:]) if c is not None]
    allow = ctx.options.user_words
    for view in ctx.document.views:
        # An address is reported as an address ("support arroba example punto es"), not as
        # words; the greeting and the lines under a sign-off hold names, a shop, a role.
        skipped = [*view.quoted, *email_spans(view.text)]
        named = _greeting_and_signature(ctx, view)
        misses = [
            m
            for m in checker.misspellings(view.text, allow, skipped)
            if not any(other.knows(m.word) for other in others)
            and not (m.word[:1].isupper() and any(a <= m.start < b for a, b in named))
        ]
        for miss in misses:
            fix = None
            if miss.suggestion:
                fix = ctx.replace_fix(
                    "spelling",
                    view,
                    miss.start,
                    miss.end,
                    miss.suggestion,
                    safety=FixSafety.UNSAFE,
                    title=Words.tr("Replace with “{word}”").format(word=miss.suggestion),
                )
            yield ctx.finding(
                "spelling",
                view,
                miss.start,
                miss.end,
                fix=fix,
                language=language_name(checker.language),
            )


def _greeting_and_signature(ctx: Context, view: TextView) -> list[tuple[int, int]]:
    """The greeting ("Hallo Lena,"), the sign-off and the lines the classifier read as the
    signature after it, and the closing block of short lines ("Many thanks,\nPriya\nClearFlow
    Water Ltd")."""
    assert ctx.analysis is not None
    spans = [
        (s.start, s.end)
        for s, kind in ctx.analysis.courtesy.items()
        if kind in ("greeting", "signoff") and s.view is view
    ]
    closing = _closing_block(view.text)
    return [*spans, closing] if closing else spans


_LINE_WORD = re.compile(r"[^\W\d_]+")
MAX_SIGNATURE_LINE_WORDS = 5
MAX_SIGNATURE_LINES = 6


def _closing_block(text: str) -> tuple[int, int] | None:
    """The short lines that end the message after its last longer one: a closing, a name, a
    role, a shop. None when the message has no longer line (it is all short lines)."""
    end = len(text.rstrip())
    start = end
    for _ in range(MAX_SIGNATURE_LINES):
        line_start = text.rfind("\n", 0, max(start - 1, 0)) + 1
        if len(_LINE_WORD.findall(text[line_start:start])) > MAX_SIGNATURE_LINE_WORDS:
            return (start, end) if start < end else None
        if line_start == 0:
            return None
        start = line_start
    return None  # more short lines than a signature has: a list, not a closing


def spelling_note(ctx: Context) -> str | None:
    code = spelling_language(ctx)
    if code and code not in dictionary_languages():
        #: {language} is a language's name, {languages} the codes of the dictionaries at hand.
        return NoteWords.tr(
            "Spelling was not checked: there is no {language} dictionary "
            "(pyspellchecker ships {languages})."
        ).format(language=language_name(code), languages=", ".join(dictionary_languages()))
    return None
