"""Read a message from a file: .txt, .html/.htm, .eml or .json (or standard input).

Every way a file can be wrong ends in ``MessageFileError`` with a one-line reason a person can
act on; nothing here lets a traceback escape. HTML is kept as written (the engine reads it
leniently, as a browser would).
"""

from __future__ import annotations

import email
import email.policy
import html
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from composer.i18n import Context
from composer.policy import Attachment, BodyFormat, Channel, Message

SUFFIXES = (".txt", ".html", ".htm", ".eml", ".json")

# Why a message file cannot be read, in the interface's language (lupdate reads the context
# from this name). JSON field names and values stay as they are, in quotes.
MessageFileWords = Context("MessageFileWords")
# A buyer message is a few kilobytes; an .eml may carry up to 10 MB of attachments, which
# base64 makes about 13.4 MB. Anything larger is not a message.
MAX_TEXT_BYTES = 2 * 1024 * 1024
MAX_EML_BYTES = 15 * 1024 * 1024
JSON_FIELDS = frozenset(
    {
        "subject",
        "body",
        "format",
        "order_id",
        "order_date",
        "delivery_date",
        "buyer_language",
        "channel",
        "attachments",
        "reply_to_buyer",
        "message_type",
    }
)
_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype html|<html|<body|<p[\s>]|<div[\s>]|<table[\s>])", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_SUBJECT_LINE = re.compile(r"^subject:[ \t]*(.*?)\r?\n", re.I)


class MessageFileError(Exception):
    """A file that is not a message Composer can read; str() is the reason."""


@dataclass(frozen=True, slots=True)
class Defaults:
    """What the command line says for files that do not say it themselves."""

    channel: Channel | None = None
    buyer_language: str | None = None


def read_message_file(path: Path, defaults: Defaults = Defaults()) -> Message:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise MessageFileError(
            MessageFileWords.tr("unsupported file type '{suffix}' (use {suffixes})").format(
                suffix=suffix or path.name, suffixes=", ".join(SUFFIXES)
            )
        )
    try:
        size = path.stat().st_size
        limit = MAX_EML_BYTES if suffix == ".eml" else MAX_TEXT_BYTES
        if size > limit:
            raise MessageFileError(
                MessageFileWords.tr(
                    "too large for a message ({size} MB; the limit is {limit} MB)"
                ).format(size=f"{size / 1048576:.1f}", limit=f"{limit / 1048576:.0f}")
            )
        data = path.read_bytes()
    except IsADirectoryError as exc:
        raise MessageFileError(MessageFileWords.tr("is a directory")) from exc
    except FileNotFoundError as exc:
        raise MessageFileError(MessageFileWords.tr("no such file")) from exc
    except PermissionError as exc:
        raise MessageFileError(MessageFileWords.tr("permission denied")) from exc
    except OSError as exc:
        raise MessageFileError(exc.strerror or str(exc)) from exc
    return parse_message(data, suffix, defaults)


def parse_message(data: bytes, kind: str, defaults: Defaults = Defaults()) -> Message:
    """Parse the bytes of a message file; ``kind`` is its suffix, or "-" to guess."""
    if kind == ".eml":
        return _apply(_from_eml(data), defaults)
    text = _decode(data)
    if kind == "-":
        stripped = text.lstrip()
        kind = (
            ".json"
            if stripped.startswith("{")
            else (".html" if _HTML_SNIFF.match(stripped) else ".txt")
        )
    if kind == ".json":
        return _from_json(text, defaults)
    if kind in (".html", ".htm"):
        title = _TITLE.search(text)
        subject = " ".join(html.unescape(title.group(1)).split()) if title else ""
        return _apply(Message(body=text, subject=subject, format=BodyFormat.HTML), defaults)
    m = _SUBJECT_LINE.match(text)
    if m:  # "Subject: …" on the first line is the subject, as in a mail draft
        return _apply(Message(body=text[m.end() :].lstrip("\r\n"), subject=m.group(1)), defaults)
    return _apply(Message(body=text), defaults)


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise MessageFileError(MessageFileWords.tr("binary file, not a message"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MessageFileError(
            MessageFileWords.tr("not valid UTF-8 (byte {byte} at offset {offset})").format(
                byte=f"0x{data[exc.start]:02x}", offset=exc.start
            )
        ) from exc


def _apply(
    message: Message, defaults: Defaults, explicit: Mapping[str, Any] | None = None
) -> Message:
    """Fill in the command line's channel and buyer language where the file is silent."""
    from dataclasses import replace  # noqa: PLC0415

    given = explicit or {}
    changes: dict[str, Any] = {}
    if defaults.channel is not None and "channel" not in given:
        changes["channel"] = defaults.channel
    if defaults.buyer_language and not given.get("buyer_language"):
        changes["buyer_language"] = defaults.buyer_language
    return replace(message, **changes) if changes else message


# --- JSON --------------------------------------------------------------------------------------


def _from_json(text: str, defaults: Defaults) -> Message:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MessageFileError(
            MessageFileWords.tr("malformed JSON at line {line} column {column}: {problem}").format(
                line=exc.lineno, column=exc.colno, problem=exc.msg
            )
        ) from exc
    if not isinstance(data, dict):
        raise MessageFileError(
            MessageFileWords.tr("the JSON must be an object with at least a {field}").format(
                field='"body"'
            )
        )
    unknown = sorted(set(data) - JSON_FIELDS)
    if unknown:
        raise MessageFileError(
            MessageFileWords.tr("unknown field '{field}' (known: {fields})").format(
                field=unknown[0], fields=", ".join(sorted(JSON_FIELDS))
            )
        )
    body = data.get("body")
    if not isinstance(body, str):
        raise MessageFileError(
            MessageFileWords.tr("{field} is missing or not a string").format(field='"body"')
        )
    fields: dict[str, Any] = {"body": body}
    fields["subject"] = _optional_str(data, "subject") or ""
    fmt = _optional_str(data, "format") or "text"
    try:
        fields["format"] = BodyFormat(fmt)
    except ValueError as exc:
        raise MessageFileError(
            MessageFileWords.tr("{field} must be {choices}, not {value}").format(
                field='"format"', choices='"text" or "html"', value=repr(fmt)
            )
        ) from exc
    channel = _optional_str(data, "channel")
    if channel is not None:
        try:
            fields["channel"] = Channel(channel)
        except ValueError as exc:
            choices = ", ".join(c.value for c in Channel)
            raise MessageFileError(
                MessageFileWords.tr("{field} must be one of {choices}, not {value}").format(
                    field='"channel"', choices=choices, value=repr(channel)
                )
            ) from exc
    for key in ("order_id", "buyer_language", "message_type"):
        fields[key] = _optional_str(data, key)
    for key in ("order_date", "delivery_date"):
        fields[key] = _optional_date(data, key)
    reply = data.get("reply_to_buyer", False)
    if not isinstance(reply, bool):
        raise MessageFileError(
            MessageFileWords.tr("{field} must be true or false").format(field='"reply_to_buyer"')
        )
    fields["is_reply"] = reply
    fields["attachments"] = _attachments(data.get("attachments"))
    return _apply(Message(**fields), defaults, data)


def _optional_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise MessageFileError(
            MessageFileWords.tr("{field} must be a string").format(field=f'"{key}"')
        )
    return value


def _optional_date(data: Mapping[str, Any], key: str) -> date | None:
    value = _optional_str(data, key)
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError as exc:
        raise MessageFileError(
            MessageFileWords.tr("{field} is not a date (YYYY-MM-DD): {value}").format(
                field=f'"{key}"', value=repr(value)
            )
        ) from exc


def _attachments(value: Any) -> tuple[Attachment, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise MessageFileError(
            MessageFileWords.tr("{field} must be a list").format(field='"attachments"')
        )
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str):
            raise MessageFileError(
                MessageFileWords.tr("attachment {n} needs a {field}").format(
                    n=i + 1, field='"name"'
                )
            )
        size = item.get("size", 0)
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise MessageFileError(
                MessageFileWords.tr("attachment {n}: {field} must be a number of bytes").format(
                    n=i + 1, field='"size"'
                )
            )
        content_type = item.get("content_type", "")
        if not isinstance(content_type, str):
            raise MessageFileError(
                MessageFileWords.tr("attachment {n}: {field} must be a string").format(
                    n=i + 1, field='"content_type"'
                )
            )
        out.append(Attachment(item["name"], size, content_type))
    return tuple(out)


# --- e-mail ------------------------------------------------------------------------------------


def _from_eml(data: bytes) -> Message:
    if b"\x00" in data[:8192]:
        raise MessageFileError(MessageFileWords.tr("binary file, not an e-mail"))
    try:
        mail = email.message_from_bytes(data, policy=email.policy.default)
    except Exception as exc:  # the parser is lenient; anything it still refuses is a bad file
        raise MessageFileError(
            MessageFileWords.tr("not a readable e-mail: {problem}").format(problem=exc)
        ) from exc
    assert isinstance(mail, EmailMessage)
    if not any(k in mail for k in ("Subject", "From", "To", "Content-Type", "Date")):
        raise MessageFileError(
            MessageFileWords.tr("no e-mail headers (Subject, From, To, Content-Type)")
        )
    subject = str(mail.get("Subject", "") or "")
    html_part = _body_part(mail, "html")
    text_part = html_part or _body_part(mail, "plain")
    body = ""
    fmt = BodyFormat.TEXT
    if text_part is not None:
        try:
            body = text_part.get_content()
        except (LookupError, UnicodeError, ValueError) as exc:
            raise MessageFileError(
                MessageFileWords.tr("the message text cannot be decoded: {problem}").format(
                    problem=exc
                )
            ) from exc
        fmt = BodyFormat.HTML if html_part is not None else BodyFormat.TEXT
    attachments = []
    for part in mail.iter_attachments():
        payload = part.get_payload(decode=True)
        size = len(payload) if isinstance(payload, bytes) else 0
        attachments.append(
            Attachment(part.get_filename() or "unnamed", size, part.get_content_type())
        )
    return Message(body=body, subject=subject, format=fmt, attachments=tuple(attachments))


def _body_part(mail: EmailMessage, subtype: str) -> EmailMessage | None:
    try:
        part = mail.get_body(preferencelist=(subtype,))
    except (KeyError, ValueError):
        return None
    return part if isinstance(part, EmailMessage) else None
