"""The one reader of files to attach (composer/services/attachments.py), for the command line
and the window: what it gives, and what it refuses and why, on real files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from composer.services.attachments import (
    AttachmentError,
    content_type,
    max_attachment_bytes,
    read_attachment,
)


def test_a_file_is_read_with_its_name_type_and_bytes(tmp_path: Path) -> None:
    pdf = tmp_path / "Invoice-2026-0193.pdf"
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    attachment = read_attachment(pdf)
    assert attachment.name == "Invoice-2026-0193.pdf"
    assert attachment.content_type == "application/pdf"
    assert attachment.data == pdf.read_bytes()


def test_the_content_type_comes_from_the_name() -> None:
    assert content_type(Path("manual.PNG")) == "image/png"
    assert content_type(Path("warranty.txt")) == "text/plain"
    assert content_type(Path("no-extension")) == "application/octet-stream"


def test_the_limit_is_the_rule_books_ten_megabytes() -> None:
    assert max_attachment_bytes() == 10 * 1024 * 1024


def test_a_file_over_ten_megabytes_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "scan.pdf"
    with big.open("wb") as file:
        file.truncate(max_attachment_bytes() + 1)  # sparse: nothing written
    with pytest.raises(AttachmentError) as caught:
        read_attachment(big)
    assert caught.value.message == f"{big}: larger than 10 MB, more than Amazon takes"
    assert caught.value.path == big
    exact = tmp_path / "exact.pdf"
    with exact.open("wb") as file:
        file.truncate(max_attachment_bytes())
    assert len(read_attachment(exact).data) == max_attachment_bytes()


def test_a_missing_file_says_the_oss_reason(tmp_path: Path) -> None:
    missing = tmp_path / "nope.pdf"
    with pytest.raises(AttachmentError) as caught:
        read_attachment(missing)
    assert caught.value.message == f"{missing}: cannot be read (No such file or directory)"


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="permissions as an ordinary user"
)
def test_an_unreadable_file_says_the_oss_reason(tmp_path: Path) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"%PDF-1.7\n")
    locked.chmod(0)
    try:
        with pytest.raises(AttachmentError) as caught:
            read_attachment(locked)
    finally:
        locked.chmod(0o600)
    assert caught.value.message == f"{locked}: cannot be read (Permission denied)"


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(AttachmentError) as caught:
        read_attachment(tmp_path)
    assert caught.value.message == f"{tmp_path}: not a file (a folder or a device)"
