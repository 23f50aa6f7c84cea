"""What the buyer gets: plain text for the SP-API and the text/plain part, a minimal HTML
document for e-mail, an ``.eml`` with both parts, and the per-channel preview of all that.

Everything here reads its HTML through the same reader as the sanitizer, so whatever is
passed in, only the Amazon-safe subset comes out: no styles, fonts, colours, images or
scripts, whether the caller sanitized first or not.
"""

from __future__ import annotations

import email.policy
import email.utils
from dataclasses import dataclass
from email.message import EmailMessage
from html import escape
from pathlib import Path

from composer.i18n import Context
from composer.policy import Channel
from composer.policy.rulebook import load_rulebook
from composer.services.files import FileWriteError, write_atomically
from composer.services.richtext import Item, Line, TextList, read_html, write_html, write_text

__all__ = [
    "ChannelPreview",
    "ExportError",
    "amazon_safe_html_document",
    "channel_preview",
    "email_message",
    "export_file",
    "to_plain_text",
]

EXPORT_SUFFIXES = (".html", ".htm", ".txt", ".eml")

# What a channel takes away (``ChannelPreview.stripped``) and why an export fails, in the
# interface's language; lupdate reads the context from this name.
ExportWords = Context("ExportWords")


class ExportError(Exception):
    """An export that cannot be done (an unknown file type, an unwritable place, a bad
    address); str() says why. Nothing is left half written."""


def to_plain_text(html: str) -> str:
    """The text for the SP-API and the text/plain part: paragraphs apart by a blank line,
    ``<br>`` a newline, list items "- " or "1. " (nested ones two spaces further in), links
    "label (https://…)" unless the label is the address; no trailing spaces, never more than
    one blank line in a row."""
    return write_text(read_html(html)[0])


@dataclass(frozen=True, slots=True)
class ChannelPreview:
    """What the buyer gets by one channel, and what that channel takes away or changes."""

    channel: Channel
    content: str  # e-mail: the HTML document; SP-API and Seller Central: the plain text
    is_html: bool
    length: int  # characters of text the buyer reads (the plain text's length)
    limit: int | None  # the chosen SP-API message type's text limit; None: no limit known
    stripped: tuple[str, ...]


def _formatting(root: Item) -> tuple[set[str], bool, bool, bool]:
    """The inline formats used, and whether there are bulleted lists, numbered lists, links."""
    formats: set[str] = set()
    bullets = numbers = links = False
    pending: list[Item] = [root]
    while pending:
        for part in pending.pop().parts:
            if isinstance(part, Line):
                for _, (bold, italic, underline, href) in part.runs:
                    if bold:
                        formats.add("bold")
                    if italic:
                        formats.add("italic")
                    if underline:
                        formats.add("underline")
                    links = links or bool(href)
            elif isinstance(part, TextList):
                if part.ordered:
                    numbers = True
                else:
                    bullets = True
                pending.extend(part.items)
    return formats, bullets, numbers, links


def _plain_channel_changes(root: Item) -> list[str]:
    formats, bullets, numbers, links = _formatting(root)
    changes = []
    if formats:
        names = {
            "bold": ExportWords.tr("bold"),
            "italic": ExportWords.tr("italic"),
            "underline": ExportWords.tr("underline"),
        }
        used = [names[f] for f in ("bold", "italic", "underline") if f in formats]
        #: What a plain-text channel drops: {formats} lists "bold", "italic", "underline".
        changes.append(
            ExportWords.tr("formatting ({formats})").format(
                formats=ExportWords.tr(", ", "list separator").join(used)
            )
        )
    if bullets:
        changes.append(ExportWords.tr("lists become dashes"))
    if numbers:
        changes.append(ExportWords.tr('numbered lists become "1." lines'))
    if links:
        changes.append(ExportWords.tr("links become their address"))
    return changes


def channel_preview(
    subject: str, html: str, channel: Channel, message_type: str | None = None
) -> ChannelPreview:
    """The message as ``channel`` delivers it. ``message_type`` is the SP-API type (its text
    limit applies to the SP-API only); an unknown type raises ``ValueError``."""
    root, _ = read_html(html)
    text = write_text(root)
    if channel is Channel.EMAIL:
        document = amazon_safe_html_document(subject, html)
        return ChannelPreview(channel, document, True, len(text), None, ())
    changes = _plain_channel_changes(root)
    limit = None
    if channel is Channel.SP_API:
        if subject.strip():
            changes.append(ExportWords.tr("e-mail subject (the API has none)"))
        if message_type is not None:
            mtype = load_rulebook().message_types.get(message_type)
            if mtype is None:
                raise ValueError(f"unknown SP-API message type {message_type!r}")
            limit = mtype.text_limit
            if mtype.api == "solicitations":
                changes.append(
                    ExportWords.tr("the whole text (Amazon writes the review request itself)")
                )
            elif limit is None and text:
                changes.append(
                    ExportWords.tr("the text ({type} sends attachments only)").format(
                        type=message_type
                    )
                )
    elif subject.strip():
        # Seller Central's Contact Buyer form: the contact reason, not the seller, makes the
        # subject, and a critical message's subject cannot be edited (catalogue, seed 003).
        changes.append(ExportWords.tr("subject (Seller Central sets it from the contact reason)"))
    return ChannelPreview(channel, text, False, len(text), limit, tuple(changes))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def amazon_safe_html_document(subject: str, html: str) -> str:
    """A complete, minimal HTML document: ``<meta charset>``, ``<title>`` (the subject) and the
    body in the subset; no styles, fonts or colours, so the buyer's mail client decides."""
    body = write_html(read_html(html)[0])
    return (
        "<!DOCTYPE html>\n<html>\n<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{escape(_one_line(subject), quote=False)}</title>\n"
        "</head>\n<body>\n"
        f"{body}\n"
        "</body>\n</html>\n"
    )


def _address(value: str, sender: bool) -> str:
    value = value.strip()
    _, addr = email.utils.parseaddr(value)
    if "\n" in value or "\r" in value or "@" not in addr or addr.startswith("@"):
        if sender:
            message = ExportWords.tr("the sender is not an e-mail address: {address}")
        else:
            message = ExportWords.tr("the recipient is not an e-mail address: {address}")
        raise ExportError(message.format(address=repr(value)))
    return value


def email_message(
    subject: str, html: str, *, sender: str | None = None, to: str | None = None
) -> EmailMessage:
    """The e-mail: multipart/alternative, text/plain (``to_plain_text``) then text/html
    (``amazon_safe_html_document``). The subject is the seller's, on one line; "[Important]"
    is never added (Amazon removed that override in 2025)."""
    message = EmailMessage(policy=email.policy.default)
    message["Subject"] = _one_line(subject)
    if sender:
        message["From"] = _address(sender, sender=True)
    if to:
        message["To"] = _address(to, sender=False)
    root, _ = read_html(html)
    message.set_content(write_text(root), cte="quoted-printable")
    message.add_alternative(
        amazon_safe_html_document(subject, html), subtype="html", cte="quoted-printable"
    )
    return message


def export_file(path: Path, subject: str, html: str) -> None:
    """Save the message by the file's suffix: ``.html``/``.htm`` the document, ``.txt`` a
    "Subject: …" line, a blank line and the plain text (as ``composer check`` reads it),
    ``.eml`` the e-mail. Written to a temporary file beside the target and moved over it, so
    a failure leaves the old file (or none), never half a file."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        data = amazon_safe_html_document(subject, html).encode("utf-8")
    elif suffix == ".txt":
        data = f"Subject: {_one_line(subject)}\n\n{to_plain_text(html)}\n".encode()
    elif suffix == ".eml":
        message = email_message(subject, html)
        # Opened from a file, Outlook and Windows Mail show a message with this header as a
        # draft to send, not as one received.
        message["X-Unsent"] = "1"
        data = message.as_bytes(policy=email.policy.SMTP)
    else:
        raise ExportError(
            ExportWords.tr("cannot export to '{suffix}' (use {suffixes})").format(
                suffix=suffix or path.name, suffixes=", ".join(EXPORT_SUFFIXES)
            )
        )
    _write_atomically(path, data)


def _write_atomically(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except FileWriteError as exc:
        if exc.in_folder:
            message = ExportWords.tr("cannot write in {folder}: {reason}").format(
                folder=path.parent, reason=exc.reason
            )
        else:
            message = ExportWords.tr("cannot write {path}: {reason}").format(
                path=path, reason=exc.reason
            )
        raise ExportError(message) from exc
