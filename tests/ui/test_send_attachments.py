"""Attaching files in the Send dialog, as a seller sending an invoice does it: the files are
read when added (refused with their reason when they cannot go), the type says how many it
takes, the gate checks them with the message, and the fake Amazon receives them through the
Uploads flow it validates (tests/services/fake_amazon.py). Every wait is on a signal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from composer.policy import Channel
from composer.services.attachments import max_attachment_bytes
from composer.services.outbox import State
from tests.ui.sending_rig import US_ORDER, Rig, named, running_rig
from tests.ui.test_send_dialog import check, dialog, send, us_draft

PDF = b"%PDF-1.7\n% invoice 2026-0193\n" + bytes(range(256))


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as running:
        yield running


def a_file(folder: Path, name: str, data: bytes = PDF) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def listed(shown: object) -> list[str]:
    files = named(shown, "Attached files")  # type: ignore[arg-type]
    assert isinstance(files, QListWidget)
    return [files.item(row).text() for row in range(files.count())]


def test_an_invoice_goes_to_amazon_with_the_files_bytes(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    rig.sp_api_account()
    pdf = a_file(tmp_path, "Invoice-2026-0193.pdf")
    shown = dialog(qtbot, rig, us_draft(html="", message_type="invoice"))
    assert isinstance(named(shown, "Attachments"), QGroupBox)
    assert isinstance(named(shown, "Add files"), QPushButton)
    assert named(shown, "Attachments").isVisible()
    assert shown.attachment_note.text() == "This type takes 1 to 5 files."
    shown.add_files([pdf])
    assert listed(shown) == [f"Invoice-2026-0193.pdf ({len(PDF)} bytes)"]
    assert not shown.attachment_refusals.isVisible()
    prepared = check(qtbot, shown)
    assert prepared.sendable, prepared.blockers
    assert [a.name for a in prepared.request.attachments] == ["Invoice-2026-0193.pdf"]
    entry = send(qtbot, shown)
    assert getattr(entry, "state", None) is State.SENT
    [delivery] = rig.fake.delivered
    assert delivery.message_type == "invoice"
    assert delivery.attachments == (("Invoice-2026-0193.pdf", PDF),)
    assert rig.outbox.entry(entry.id).attachment_names == ("Invoice-2026-0193.pdf",)  # type: ignore[attr-defined]
    assert not shown.add_files_button.isEnabled()  # sent: the files are what went


def test_an_invoice_without_a_file_cannot_be_sent_and_says_why(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft(html="", message_type="invoice"))
    prepared = check(qtbot, shown)
    assert not prepared.sendable
    reasons = [shown.blockers.item(i).text() for i in range(shown.blockers.count())]
    assert reasons == [p.message for p in prepared.blockers]
    assert any("0 attachments; invoice takes 1 to 5" in r for r in reasons), reasons
    assert shown.blockers.isVisible()
    assert "cannot be sent" in shown.status.text()
    assert not shown.send_button.isEnabled()


def test_a_file_too_large_or_unreadable_is_refused_and_the_others_are_kept(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    rig.sp_api_account()
    big = tmp_path / "scan.pdf"
    with big.open("wb") as file:
        file.truncate(max_attachment_bytes() + 1)
    missing = tmp_path / "gone.pdf"
    good = a_file(tmp_path, "warranty.pdf")
    shown = dialog(qtbot, rig, us_draft(html="", message_type="warranty"))
    shown.add_files([big, missing, good])
    assert listed(shown) == [f"warranty.pdf ({len(PDF)} bytes)"]
    refused = shown.attachment_refusals
    assert refused.isVisible()
    assert refused.accessibleName() == "Files not attached"
    assert refused.text().splitlines() == [
        f"{big}: larger than 10 MB, more than Amazon takes",
        f"{missing}: cannot be read (No such file or directory)",
    ]
    shown.add_files([good, tmp_path])  # again, and a folder
    assert refused.text().splitlines() == [
        f"{good}: already attached",
        f"{tmp_path}: not a file (a folder or a device)",
    ]
    assert len(listed(shown)) == 1


def test_files_that_together_pass_ten_megabytes_are_refused(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    rig.sp_api_account()
    half = max_attachment_bytes() // 2 + 1
    first, second = (a_file(tmp_path, f"part-{n}.pdf", b"%" * half) for n in (1, 2))
    shown = dialog(qtbot, rig, us_draft(html="", message_type="invoice"))
    shown.add_files([first, second])
    assert [name.split(" ")[0] for name in listed(shown)] == ["part-1.pdf"]
    assert shown.attachment_refusals.text().startswith(f"{second}: not added: with it the files")
    assert "more than the 10 MB Amazon takes per message" in shown.attachment_refusals.text()


def test_the_group_hides_for_email_and_nothing_goes_by_mail(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft(html="", message_type="invoice"))
    shown.add_files([a_file(tmp_path, "invoice.pdf")])
    assert len(shown.request().attachments) == 1
    shown.channel.setCurrentIndex(shown.channel.findData(Channel.EMAIL))
    assert not shown.attachments_box.isVisible()
    assert shown.request().attachments == ()
    shown.add_files([a_file(tmp_path, "other.pdf")])  # no files by e-mail
    shown.channel.setCurrentIndex(shown.channel.findData(Channel.SP_API))
    assert shown.attachments_box.isVisible()
    assert [name.split(" ")[0] for name in listed(shown)] == ["invoice.pdf"]


def test_removing_files_and_the_types_maximum(qtbot: QtBot, rig: Rig, tmp_path: Path) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft(html="", message_type="invoice"))
    paths = [a_file(tmp_path, f"invoice-{n}.pdf") for n in range(1, 7)]
    shown.add_files(paths)
    assert [name.split(" ")[0] for name in listed(shown)] == [p.name for p in paths[:5]]
    assert shown.attachment_refusals.text() == (
        f"{paths[5]}: not added: this message type takes at most 5"
    )
    check(qtbot, shown)
    assert shown.send_button.isEnabled()
    remove = named(shown, "Remove the selected files")
    assert isinstance(remove, QPushButton)
    assert not remove.isEnabled()  # nothing selected
    files = shown.attachment_list
    files.item(1).setSelected(True)
    files.item(3).setSelected(True)
    assert remove.isEnabled()
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert [name.split(" ")[0] for name in listed(shown)] == [
        "invoice-1.pdf",
        "invoice-3.pdf",
        "invoice-5.pdf",
    ]
    # A change of the choices: the check no longer says what would be sent.
    assert not shown.send_button.isEnabled()
    assert "check again" in shown.status.text()
    assert len(shown.request().attachments) == 3


def test_the_note_says_what_each_type_takes(qtbot: QtBot, rig: Rig, tmp_path: Path) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft())  # confirmCustomizationDetails: 0 to 5
    assert named(shown, "Files the type takes") is shown.attachment_note
    assert shown.attachment_note.text() == "This type takes up to 5 files."
    shown.message_type.setCurrentIndex(shown.message_type.findData("confirmOrderDetails"))
    assert shown.attachment_note.text() == "This type takes no files."
    pdf = a_file(tmp_path, "invoice.pdf")
    shown.add_files([pdf])
    assert listed(shown) == []
    assert shown.attachment_refusals.text() == (
        f"{pdf}: not added: this message type takes no files"
    )
    shown.message_type.setCurrentIndex(shown.message_type.findData(""))
    assert "Choose the message type" in shown.attachment_note.text()


def test_files_on_a_type_that_takes_none_block_the_send(
    qtbot: QtBot, rig: Rig, tmp_path: Path
) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft(html="", message_type="invoice"))
    shown.add_files([a_file(tmp_path, "invoice.pdf")])
    shown.message_type.setCurrentIndex(shown.message_type.findData("confirmOrderDetails"))
    prepared = check(qtbot, shown)
    assert not prepared.sendable
    assert any("takes no attachments" in p.message for p in prepared.blockers)
    assert rig.fake.deliveries(US_ORDER) == []
