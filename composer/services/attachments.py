"""Reading a file to attach to an SP-API message, for the command line and the window alike.

``read_attachment(path)`` gives the ``OutgoingAttachment`` the send gate and the outbox take:
the name the buyer sees, a content type guessed from the name (``mimetypes``; unknown ones go
as ``application/octet-stream``) and the bytes. A file Amazon would refuse for its size (more
than ``max_total_bytes`` of ``composer/policy/data/attachments.toml``, 10 MB: Amazon's limit
for all the files of one message), a folder or other non-file, or one the OS cannot read is
refused with ``AttachmentError``, whose ``message`` says why in the interface's language. The
send gate still checks the files together (type, name, total size, the type's 1-to-5 rule):
this reader only keeps out what cannot be sent at all.
"""

from __future__ import annotations

import mimetypes
import stat
from pathlib import Path

from composer.i18n import Context
from composer.policy.rules.attachments import attachment_rules
from composer.services.outbox import OutgoingAttachment

__all__ = [
    "AttachmentError",
    "allowed_extensions",
    "content_type",
    "max_attachment_bytes",
    "read_attachment",
]

# Why a file cannot be attached, in the interface's language (lupdate reads the context from
# this name: keep it so).
AttachmentWords = Context("AttachmentWords")


class AttachmentError(Exception):
    """A file that cannot be attached; ``message`` is one line for the user naming the file,
    ``path`` the file as given."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def max_attachment_bytes() -> int:
    """What Amazon takes in files per message, in bytes (the rule book's ``max_total_bytes``)."""
    return int(attachment_rules()["max_total_bytes"])


def allowed_extensions() -> tuple[str, ...]:
    """The extensions the rule book allows without a word ("pdf", "jpg", …), for a file
    dialog's filter."""
    return tuple(str(extension) for extension in attachment_rules()["allowed_extensions"])


def content_type(path: Path) -> str:
    """The MIME type the upload declares, from the file's name."""
    return mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def read_attachment(path: Path) -> OutgoingAttachment:
    """The file at ``path`` as an attachment; ``AttachmentError`` if it is not a file, cannot
    be read or is larger than Amazon takes."""
    try:
        found = path.stat()
        if not stat.S_ISREG(found.st_mode):
            raise AttachmentError(
                path,
                AttachmentWords.tr("{file}: not a file (a folder or a device)").format(file=path),
            )
        if found.st_size > max_attachment_bytes():
            raise _too_large(path)
        data = path.read_bytes()
    except OSError as exc:
        raise AttachmentError(
            path,
            AttachmentWords.tr("{file}: cannot be read ({reason})").format(
                file=path, reason=exc.strerror or exc
            ),
        ) from None
    if len(data) > max_attachment_bytes():  # it grew since it was measured
        raise _too_large(path)
    return OutgoingAttachment(path.name, content_type(path), data)


def _too_large(path: Path) -> AttachmentError:
    return AttachmentError(
        path,
        AttachmentWords.tr("{file}: larger than 10 MB, more than Amazon takes").format(file=path),
    )
