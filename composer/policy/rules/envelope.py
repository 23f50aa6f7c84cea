"""The envelope: order ID, dates, language of preference, subject tag, channel limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from composer.policy.classifier import (
    ORDER_WINDOW_DAYS,
    TRANSLATED_IMPORTANT_TAG,
    days_after_completion,
)
from composer.policy.engine import Context, detector
from composer.policy.language import language_name, normalize_language
from composer.policy.model import (
    BodyFormat,
    Category,
    Channel,
    Edit,
    FieldName,
    Finding,
    Fix,
    Severity,
)
from composer.policy.rules.contacts import ORDER_ID
from composer.policy.wording import Words

# Template placeholders that stand for the order ID: {order_id}, {{OrderId}}, ${order.order_id},
# %ORDER_ID%, [Order ID], <<order-number>>, *|ORDER_ID|*.
ORDER_ID_PLACEHOLDER = re.compile(
    r"(?:\{\{?|\$\{|%|\[|<<|\*\|)\s*[\w.]*?(?:order|bestell|commande|pedido|ordine|encomenda|"
    r"zam[oó]wieni|bestelling|注文)[\w. -]{0,12}?(?:id|nr|no|number|nummer|num[eé]ro|n[uú]mero|"
    r"numero|code|番号)?\s*(?:\}\}?|%|\]|>>|\|\*)",
    re.I,
)
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
REVIEW_PURPOSES = (
    "review-request",
    "review-manipulation",
    "review-incentive",
    "repeated-review-request",
)
REVIEW_WINDOW = (5, 30)  # days after delivery (Solicitations API, catalogue D4)
MAX_ATTACHMENTS = 5


def order_ids_in(ctx: Context) -> list[tuple[str, FieldName, int, int]]:
    out = []
    for view in ctx.document.views:
        for m in ORDER_ID.finditer(view.text):
            out.append((m.group(), view.field, *view.source_span(*m.span())))
    return out


def has_order_placeholder(ctx: Context) -> bool:
    return any(ORDER_ID_PLACEHOLDER.search(v.text) for v in ctx.document.views)


@detector("missing-order-id", "order-id-mismatch")
def order_id(ctx: Context) -> Iterator[Finding]:
    found = order_ids_in(ctx)
    message = ctx.message
    if not found and not has_order_placeholder(ctx) and not message.is_reply:
        # Amazon attaches the order to SP-API and Seller Central messages itself; the ID in
        # the text is still recommended there (catalogue 6.23).
        severity = Severity.ERROR if message.channel is Channel.EMAIL else Severity.INFO
        yield ctx.source_finding(
            "missing-order-id",
            FieldName.BODY,
            0,
            0,
            severity=severity,
            fix=_insert_order_id(ctx),
            text="",
        )
    expected = (message.order_id or "").strip()
    distinct = {oid for oid, *_ in found}
    for oid, field_name, start, end in found:
        if expected and oid != expected:
            yield ctx.source_finding(
                "order-id-mismatch", field_name, start, end, expected=expected, text=oid
            )
        elif not expected and len(distinct) > 1 and oid != found[0][0]:
            yield ctx.source_finding(
                "order-id-mismatch", field_name, start, end, expected=found[0][0], text=oid
            )


def _insert_order_id(ctx: Context) -> Fix | None:
    order = (ctx.message.order_id or "").strip()
    if not ORDER_ID.fullmatch(order):
        return None
    label = ctx.label("order-id", "Order ID")
    title = ctx.spec("missing-order-id").fix
    if ctx.message.subject.strip():
        return Fix(
            title,
            (
                Edit(
                    FieldName.SUBJECT,
                    len(ctx.message.subject),
                    len(ctx.message.subject),
                    f" – {label} {order}",
                ),
            ),
        )
    if ctx.document.format is BodyFormat.HTML:
        return Fix(title, (Edit(FieldName.BODY, 0, 0, f"<p>{label}: {order}</p>"),))
    return Fix(title, (Edit(FieldName.BODY, 0, 0, f"{label}: {order}\n\n"),))


@detector("order-age")
def order_age(ctx: Context) -> Iterator[Finding]:
    if ctx.message.is_reply:
        return
    since_done, since_order = days_after_completion(ctx.message, ctx.today)
    if since_done is not None and since_done > ORDER_WINDOW_DAYS:
        yield ctx.source_finding("order-age", FieldName.BODY, 0, 0, days=since_done, text="")
    elif since_order is not None and since_order > ORDER_WINDOW_DAYS:
        yield ctx.source_finding(
            "order-age", FieldName.BODY, 0, 0, severity=Severity.WARNING, days=since_order, text=""
        )


@detector("review-request-window")
def review_window(ctx: Context) -> Iterator[Finding]:
    assert ctx.analysis is not None
    delivered = ctx.message.delivery_date
    hits = [h for p in REVIEW_PURPOSES for h in ctx.analysis.hits.get(p, ())]
    if not hits or delivered is None:
        return
    first, last = (delivered + timedelta(days=d) for d in REVIEW_WINDOW)
    if first <= ctx.today <= last:
        return
    s = hits[0].sentence
    yield ctx.finding(
        "review-request-window",
        s.view,
        s.start,
        s.end,
        first=first.isoformat(),
        last=last.isoformat(),
    )


@detector("language-mismatch")
def language_mismatch(ctx: Context) -> Iterator[Finding]:
    wanted = normalize_language(ctx.message.buyer_language)
    written = ctx.language.code
    if not wanted or not written or ctx.language.evidence < 2:
        return
    languages = ctx.languages
    if wanted in languages and len(languages) == 1:
        return
    # Written in the buyer's language and another: a bilingual message, which does not match
    # "the buyer's language of preference" either, but reaches them (catalogue 6.10).
    bilingual = wanted in languages
    yield ctx.source_finding(
        "language-mismatch",
        FieldName.BODY,
        0,
        0,
        severity=Severity.WARNING if bilingual else None,
        text="",
        written=Words.tr(" and ").join(language_name(code) for code in languages),
        wanted=language_name(wanted),
    )


@detector("important-tag-misuse")
def important_tag(ctx: Context) -> Iterator[Finding]:
    assert ctx.analysis is not None
    subject = ctx.document.subject
    span = ctx.analysis.important_tag
    if span is not None:
        critical = ctx.analysis.category is Category.CRITICAL
        yield _tag_finding(
            ctx,
            span,
            severity=Severity.WARNING if critical else Severity.ERROR,
            why=Words.tr(
                "the tag no longer lets a message through an opt-out (2025); choose a critical "
                "message type instead"
            )
            if critical
            else Words.tr("it marks a message as critical when its content is not"),
        )
    elif translated := TRANSLATED_IMPORTANT_TAG.search(subject.text):
        yield _tag_finding(
            ctx,
            translated.span(),
            severity=Severity.WARNING,
            why=Words.tr(
                "a translated tag never let a message through an opt-out, and it reads as a "
                "misused [Important]"
            ),
        )


def _tag_finding(ctx: Context, span: tuple[int, int], severity: Severity, why: str) -> Finding:
    """The tag at ``span`` of the subject, with the fix that removes it and what follows it
    (": ", " - "), or the space before it when it ends the subject."""
    subject = ctx.document.subject
    start, end = span
    while end < len(subject.text) and subject.text[end] in " :-–":
        end += 1
    if end == len(subject.text):
        while start > 0 and subject.text[start - 1] == " ":
            start -= 1
    fix = Fix(ctx.spec("important-tag-misuse").fix, (Edit(FieldName.SUBJECT, start, end, ""),))
    return ctx.finding("important-tag-misuse", subject, *span, fix=fix, severity=severity, why=why)


@detector("api-text-constraints")
def api_constraints(ctx: Context) -> Iterator[Finding]:
    message = ctx.message
    if message.channel is not Channel.SP_API:
        return
    assert ctx.analysis is not None
    type_id = message.message_type or ctx.analysis.message_type
    mtype = ctx.rulebook.message_types.get(type_id or "")
    body = ctx.document.body
    if message.format is BodyFormat.HTML or _HTML_TAG.search(message.body):
        m = _HTML_TAG.search(message.body)
        start, end = m.span() if m else (0, 0)
        yield ctx.source_finding(
            "api-text-constraints",
            FieldName.BODY,
            start,
            end,
            problem=Words.tr("HTML is not allowed; the text is sent as plain text"),
            text=message.body[start:end],
        )
    if mtype is None:
        return
    text = body.text.strip()
    if mtype.text_limit is None and text:
        yield ctx.source_finding(
            "api-text-constraints",
            FieldName.BODY,
            0,
            0,
            text="",
            problem=Words.tr("the {type} type sends attachments only, no text").format(
                type=mtype.id
            ),
        )
    elif mtype.text_limit is not None and len(text) > mtype.text_limit:
        cut = body.source_span(mtype.text_limit, len(body.text))
        yield ctx.source_finding(
            "api-text-constraints",
            FieldName.BODY,
            cut[0],
            cut[1],
            text="",
            problem=Words.tr("{count} characters; {type} allows {limit}").format(
                count=len(text), type=mtype.id, limit=mtype.text_limit
            ),
        )
    count = len(message.attachments)
    if count and mtype.attachments is None:
        yield ctx.source_finding(
            "api-text-constraints",
            FieldName.BODY,
            0,
            0,
            text="",
            problem=Words.tr("the {type} type takes no attachments").format(type=mtype.id),
        )
    elif mtype.attachments is not None and not mtype.attachments[0] <= count <= MAX_ATTACHMENTS:
        low, high = mtype.attachments
        yield ctx.source_finding(
            "api-text-constraints",
            FieldName.BODY,
            0,
            0,
            text="",
            problem=Words.tr("{count} attachments; {type} takes {low} to {high}").format(
                count=count, type=mtype.id, low=low, high=high
            ),
        )


@detector("purpose-mismatch")
def purpose_mismatch(ctx: Context) -> Iterator[Finding]:
    assert ctx.analysis is not None
    for purpose in ctx.analysis.purposes:
        if purpose.id != "purpose-mismatch":
            continue
        for ev in purpose.evidence:
            yield ctx.source_finding(
                "purpose-mismatch",
                ev.field,
                ev.start,
                ev.end,
                type=ctx.message.message_type,
                text=ev.phrase,
            )
