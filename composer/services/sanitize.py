"""The one sanitizer every way content enters the editor goes through.

A paste (HTML or plain text), a dropped file and an opened ``.txt``/``.html``/``.htm``/``.eml``
file all become the Amazon-safe subset here: paragraphs, line breaks, bold, italic, underline,
bulleted and numbered lists and https links, and nothing else. What could not be kept is said
in ``Sanitized.dropped``, in words a seller understands, so the window can tell them ("font
family", "image", "insecure (http) link", ...): English there (data, what tests and logs
compare), in the interface's language from ``removed_words``. Emoji are kept: they are the
checker's to flag, with a fix, not the sanitizer's to hide.

The reading itself is ``composer.services.richtext``: one linear pass, so a large paste costs
time in proportion to its size; beyond ``MAX_PASTE_CHARS`` the caller gets a ``SanitizeError``
instead of a frozen window.
"""

from __future__ import annotations

import html as html_module
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from composer.i18n import QT_TRANSLATE_NOOP, Context, translate
from composer.policy import BodyFormat
from composer.services.message_files import MessageFileError, read_message_file
from composer.services.richtext import plain_text, read_html, read_text, write_html

ALLOWED_TAGS: frozenset[str] = frozenset({"p", "br", "b", "i", "u", "ul", "ol", "li", "a"})
# About 300 pages of text: far beyond any buyer message (SP-API takes 2,000 characters), and
# what the editor still lays out in well under a second.
MAX_PASTE_CHARS = 2_000_000

__all__ = [
    "ALLOWED_TAGS",
    "MAX_PASTE_CHARS",
    "MessageFileError",
    "SanitizeError",
    "Sanitized",
    "removed_words",
    "sanitize_file",
    "sanitize_html",
    "text_to_html",
]


# What the sanitizer says, in the interface's language (lupdate reads the context from this name).
SanitizeWords = Context("SanitizeWords")

# What ``composer.services.richtext`` reports as left out (``Sanitized.dropped``), marked here
# for translation; ``removed_words`` translates. A phrase missing here is shown in English.
_REMOVED_PHRASES: frozenset[str] = frozenset(
    {
        QT_TRANSLATE_NOOP("SanitizeWords", "script"),
        QT_TRANSLATE_NOOP("SanitizeWords", "style sheet"),
        QT_TRANSLATE_NOOP("SanitizeWords", "embedded content"),
        QT_TRANSLATE_NOOP("SanitizeWords", "video"),
        QT_TRANSLATE_NOOP("SanitizeWords", "audio"),
        QT_TRANSLATE_NOOP("SanitizeWords", "image"),
        QT_TRANSLATE_NOOP("SanitizeWords", "formula"),
        QT_TRANSLATE_NOOP("SanitizeWords", "form"),
        QT_TRANSLATE_NOOP("SanitizeWords", "strikethrough"),
        QT_TRANSLATE_NOOP("SanitizeWords", "superscript/subscript"),
        QT_TRANSLATE_NOOP("SanitizeWords", "font size"),
        QT_TRANSLATE_NOOP("SanitizeWords", "font family"),
        QT_TRANSLATE_NOOP("SanitizeWords", "background colour"),
        QT_TRANSLATE_NOOP("SanitizeWords", "alignment"),
        QT_TRANSLATE_NOOP("SanitizeWords", "margins"),
        QT_TRANSLATE_NOOP("SanitizeWords", "heading size"),
        QT_TRANSLATE_NOOP("SanitizeWords", "table layout"),
        QT_TRANSLATE_NOOP("SanitizeWords", "javascript link"),
        QT_TRANSLATE_NOOP("SanitizeWords", "data link"),
        QT_TRANSLATE_NOOP("SanitizeWords", "file link"),
        QT_TRANSLATE_NOOP("SanitizeWords", "e-mail link"),
        QT_TRANSLATE_NOOP("SanitizeWords", "phone link"),
        QT_TRANSLATE_NOOP("SanitizeWords", "link without a web address"),
        QT_TRANSLATE_NOOP("SanitizeWords", "extra blank lines"),
        QT_TRANSLATE_NOOP("SanitizeWords", "insecure (http) link"),
        QT_TRANSLATE_NOOP("SanitizeWords", "text colour"),
        QT_TRANSLATE_NOOP("SanitizeWords", "line height"),
        QT_TRANSLATE_NOOP("SanitizeWords", "borders"),
        QT_TRANSLATE_NOOP("SanitizeWords", "letter spacing"),
        QT_TRANSLATE_NOOP("SanitizeWords", "capitalisation style"),
        QT_TRANSLATE_NOOP("SanitizeWords", "tracking pixel"),
        QT_TRANSLATE_NOOP("SanitizeWords", "horizontal line"),
        QT_TRANSLATE_NOOP("SanitizeWords", "hidden text"),
    }
)


def removed_words(dropped: Iterable[str]) -> str:
    """What was removed (``Sanitized.dropped``) as the status bar says it, in the interface's
    language: "font family, image"."""
    return SanitizeWords.tr(", ", "list separator").join(
        translate("SanitizeWords", phrase) if phrase in _REMOVED_PHRASES else phrase
        for phrase in dropped
    )


class SanitizeError(ValueError):
    """Content the editor will not take (binary data, or too much of it); str() says why."""


@dataclass(frozen=True, slots=True)
class Sanitized:
    """Content in the allowed subset, and what was removed to get it there.

    ``html`` holds only the tags of ``ALLOWED_TAGS``; ``<a>`` has an https ``href`` and nothing
    else; no other attribute anywhere; never more than one blank line in a row. ``dropped`` is
    each removed thing once, in the order first seen.
    """

    html: str
    dropped: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The plain text of ``html`` (the same as ``export.to_plain_text(html)``)."""
        return plain_text(self.html)


# The start of a binary file and what it is (marked; translated when refused).
_MAGIC = (
    ("%PDF-", QT_TRANSLATE_NOOP("SanitizeWords", "a PDF document")),
    ("\x89PNG", QT_TRANSLATE_NOOP("SanitizeWords", "a PNG image")),
    ("GIF87a", QT_TRANSLATE_NOOP("SanitizeWords", "a GIF image")),
    ("GIF89a", QT_TRANSLATE_NOOP("SanitizeWords", "a GIF image")),
    ("\xff\xd8\xff", QT_TRANSLATE_NOOP("SanitizeWords", "a JPEG image")),
    (
        "PK\x03\x04",
        QT_TRANSLATE_NOOP("SanitizeWords", "a ZIP archive (or a Word, Excel or OpenDocument file)"),
    ),
    ("\xd0\xcf\x11\xe0", QT_TRANSLATE_NOOP("SanitizeWords", "an old Office document")),
    ("\x7fELF", QT_TRANSLATE_NOOP("SanitizeWords", "a program")),
    ("MZ", QT_TRANSLATE_NOOP("SanitizeWords", "a Windows program")),
)


def _check_input(content: str, limit: int | None) -> None:
    if limit is not None and len(content) > limit:
        raise SanitizeError(
            SanitizeWords.tr("too large to paste ({size} characters; the limit is {limit})").format(
                size=f"{len(content):,}", limit=f"{limit:,}"
            )
        )
    head = content[:8192]
    for magic, kind in _MAGIC:
        if head.startswith(magic) and (magic != "MZ" or "\x00" in head):
            #: {kind} is "a PDF document", "a PNG image" and the like.
            raise SanitizeError(
                SanitizeWords.tr("this is {kind}, not text").format(
                    kind=translate("SanitizeWords", kind)
                )
            )
    if "\x00" in head:
        raise SanitizeError(SanitizeWords.tr("this is binary data, not text"))
    # Text has almost no control characters; decoded binary (or text in the wrong encoding,
    # shown as U+FFFD) is full of them.
    odd = sum(1 for c in head if (c < " " and c not in "\t\n\r\f") or c == "\ufffd")
    if head and odd > max(2, len(head) // 10):
        raise SanitizeError(
            SanitizeWords.tr("this is binary data (or text in an unknown encoding), not text")
        )


def sanitize_html(
    html: str, *, from_editor: bool = False, limit: int | None = MAX_PASTE_CHARS
) -> Sanitized:
    """Any HTML (a paste from Word, Gmail, Outlook, a web page, Qt's ``toHtml()``) in the subset.

    ``from_editor``: the HTML is the editor's own ``toHtml()``, whose fonts and margins are
    Qt's boilerplate, not the seller's; ``dropped`` stays empty. ``limit``: the most characters
    taken (``None``: no limit); above it ``SanitizeError``.
    """
    _check_input(html, limit)
    root, dropped = read_html(html)
    return Sanitized(write_html(root), () if from_editor else dropped)


def text_to_html(text: str, *, limit: int | None = MAX_PASTE_CHARS) -> Sanitized:
    """Plain text (a .txt file, a plain paste) in the subset: escaped; a blank line starts a
    new paragraph; a single newline is a ``<br>``; two or more blank lines in a row become one
    and "extra blank lines" is reported (Amazon allows two line breaks in a row, not three)."""
    _check_input(text, limit)
    root, dropped = read_text(text)
    return Sanitized(write_html(root), dropped)


def sanitize_file(path: Path) -> tuple[str, Sanitized]:
    """The subject and the sanitized body of a message file (.txt, .html, .htm, .eml; .json
    too). A file that cannot be read raises ``MessageFileError`` with the reason, as
    ``composer check`` reports it; one that is not text raises it or ``SanitizeError``."""
    message = read_message_file(path)
    subject = message.subject
    if path.suffix.lower() in (".html", ".htm"):
        # read_message_file gives the <title> as written, entities and all.
        subject = html_module.unescape(subject)
    subject = " ".join(subject.split())
    if message.format is BodyFormat.HTML:
        return subject, sanitize_html(message.body)
    return subject, text_to_html(message.body)
