"""The outbox window and the main window's sending: every message with what became of it, the
user's decisions on failed and uncertain ones, the queue that goes out by itself when the
network is back, the CSV for an A-to-Z claim, the Send action and its status line, and closing
that waits for a send in flight. Against real servers on loopback (tests/ui/sending_rig.py)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from composer.policy import Channel
from composer.services.outbox import Entry, Outbox, OutgoingMessage, State
from composer.services.sending import SendRequest
from composer.services.store import Store
from composer.spelling import UserDictionary
from composer.ui.main_window import MainWindow
from composer.ui.outbox_window import (
    OutboxWindow,
    csv_file_dialog,
    details_html,
    outcome_words,
    send_again_box,
)
from composer.ui.send_dialog import OutgoingDraft, SendDialog
from tests.services.fake_amazon import DROP_AFTER_DELIVERY, NOT_ALLOWED, slow
from tests.services.smtp_server import SmtpServer, free_port
from tests.ui.sending_rig import (
    BUYER_DE,
    CUSTOMIZATION_HTML,
    CUSTOMIZATION_TEXT,
    DE_ORDER,
    DELAY_HTML,
    DELAY_SUBJECT,
    NETWORK_TIMEOUT_MS,
    SMTP_PASSWORD,
    SMTP_USER,
    US_ORDER,
    Rig,
    running_rig,
    texts,
    wait_idle,
)


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as running:
        yield running


def sp_api_request(**changes: object) -> SendRequest:
    fields: dict[str, object] = {
        "account": "Shop US",
        "order_id": US_ORDER,
        "channel": Channel.SP_API,
        "html": CUSTOMIZATION_HTML,
        "message_type": "confirmCustomizationDetails",
    }
    fields.update(changes)
    return SendRequest(**fields)  # type: ignore[arg-type]


def email_request(**changes: object) -> SendRequest:
    fields: dict[str, object] = {
        "account": "Shop DE",
        "order_id": DE_ORDER,
        "channel": Channel.EMAIL,
        "html": DELAY_HTML,
        "subject": DELAY_SUBJECT,
        "to": BUYER_DE,
        "buyer_language": "de-DE",
    }
    fields.update(changes)
    return SendRequest(**fields)  # type: ignore[arg-type]


def submitted(rig: Rig, request: SendRequest) -> Entry:
    """A message through the real gate and transport (on the test's thread)."""
    sender = rig.hub.dispatcher
    entry = sender.submit(sender.prepare(request), confirm_warnings=True)
    sender.close()
    rig.hub.refresh()
    return entry


def outbox_window(qtbot: QtBot, rig: Rig) -> OutboxWindow:
    shown = OutboxWindow(rig.hub)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def row_of(shown: OutboxWindow, entry_id: int) -> list[str]:
    shown.select(entry_id)
    item = shown.list.currentItem()
    assert item is not None
    return [item.text(c) for c in range(item.columnCount())]


def test_the_list_and_the_details_say_what_was_sent_and_why(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    entry = submitted(rig, sp_api_request())
    shown = outbox_window(qtbot, rig)
    row = row_of(shown, entry.id)
    assert row[1:] == [
        "Shop US",
        US_ORDER,
        "SP-API",
        "Confirm customization details",
        "sent",
        f"sent · {entry.reply_reference}",
    ]
    details = shown.details.toPlainText()
    assert CUSTOMIZATION_TEXT.splitlines()[2] in details  # the text sent
    assert "Category: critical" in details
    assert "Amazon's reply" in details
    assert entry.reply_reference in details
    assert "recorded, waiting to be sent" in details  # the history
    assert "handed to the network" in details
    assert not shown.retry_button.isEnabled()
    assert not shown.send_again_button.isEnabled()
    assert shown.export_button.isEnabled()


def test_a_failed_message_goes_again_only_by_retry(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    rig.fake.script(NOT_ALLOWED, order_id=US_ORDER)
    entry = submitted(rig, sp_api_request())
    assert entry.state is State.FAILED
    shown = outbox_window(qtbot, rig)
    row = row_of(shown, entry.id)
    assert row[5] == "failed"
    assert row[6].startswith("Unauthorized: ")
    assert "Invalid amazonOrderId and template combination" in shown.details.toPlainText()
    assert shown.retry_button.isEnabled()
    with qtbot.waitSignal(rig.hub.delivery_finished, timeout=NETWORK_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(shown.retry_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, rig.hub)
    assert blocker.args[0].state is State.SENT
    assert row_of(shown, entry.id)[5] == "sent"
    assert "queued again by the user" in shown.details.toPlainText()
    assert len(rig.fake.deliveries(US_ORDER)) == 1


def test_an_uncertain_message_waits_for_the_users_decision(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    rig.fake.script(DROP_AFTER_DELIVERY, order_id=US_ORDER)
    entry = submitted(rig, sp_api_request())
    assert entry.state is State.UNCERTAIN
    shown = outbox_window(qtbot, rig)
    assert row_of(shown, entry.id)[5] == "uncertain"
    assert "will not send it again by itself" in shown.details.toPlainText()
    assert not shown.retry_button.isEnabled()  # only after checking
    for button in (shown.send_again_button, shown.mark_sent_button, shown.mark_not_sent_button):
        assert button.isEnabled()
    box = send_again_box(shown, rig.outbox.entry(entry.id))
    assert "The buyer may already have message" in box.text()
    assert "Seller Central" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "I checked: send again"
    with qtbot.waitSignal(rig.hub.delivery_finished, timeout=NETWORK_TIMEOUT_MS):
        shown.send_again(entry.id)
    wait_idle(qtbot, rig.hub)
    again = rig.outbox.entry(entry.id)
    assert again.state is State.SENT
    retry = next(e for e in again.events if e.action == "retry")
    assert retry.detail == "after checking it had not arrived"
    assert len(rig.fake.deliveries(US_ORDER)) == 2  # the user's decision, not Composer's


@pytest.mark.parametrize(("sent", "state"), [(True, State.SENT), (False, State.FAILED)])
def test_an_uncertain_message_is_marked_as_the_user_found_it(
    qtbot: QtBot, rig: Rig, sent: bool, state: State
) -> None:
    rig.sp_api_account()
    rig.fake.script(DROP_AFTER_DELIVERY, order_id=US_ORDER)
    entry = submitted(rig, sp_api_request())
    shown = outbox_window(qtbot, rig)
    shown.select(entry.id)
    button = shown.mark_sent_button if sent else shown.mark_not_sent_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    marked = rig.outbox.entry(entry.id)
    assert marked.state is state
    assert marked.events[-1].action == ("marked-sent" if sent else "marked-not-sent")
    assert row_of(shown, entry.id)[5] == str(state)
    assert "by the user" in shown.details.toPlainText()
    assert len(rig.fake.deliveries(US_ORDER)) == 1


def test_a_message_another_run_sent_is_reported_not_sent_twice(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    sender = rig.hub.dispatcher
    entry = rig.hub.record(sender.prepare(sp_api_request()), confirm_warnings=False)
    sent = sender.deliver(entry.id)  # the queue's run took it first
    sender.close()
    answers: list[object] = []
    rig.hub.deliver(entry.id, None, answers.append)
    wait_idle(qtbot, rig.hub)
    assert answers == [sent]
    assert len(rig.fake.deliveries(US_ORDER)) == 1


def test_a_waiting_message_can_be_cancelled(qtbot: QtBot, rig: Rig) -> None:
    rig.mail_account(port=free_port())  # no server there: nothing leaves the machine
    entry = submitted(rig, email_request())
    assert entry.state is State.QUEUED
    assert rig.hub.drain_timer.isActive()  # it will be tried again by itself
    shown = outbox_window(qtbot, rig)
    assert row_of(shown, entry.id)[5] == "waiting"
    assert shown.cancel_button.isEnabled()
    qtbot.mouseClick(shown.cancel_button, Qt.MouseButton.LeftButton)
    assert rig.outbox.entry(entry.id).state is State.FAILED
    assert "Cancelled by the user." in shown.details.toPlainText()
    assert not rig.hub.drain_timer.isActive()  # nothing waits any more


def test_the_queue_goes_out_by_itself_when_the_server_is_back(qtbot: QtBot, rig: Rig) -> None:
    port = free_port()
    rig.mail_account(port=port)
    draft = OutgoingDraft(
        subject=DELAY_SUBJECT,
        html=DELAY_HTML,
        order_id=DE_ORDER,
        marketplace="amazon.de",
        channel=Channel.EMAIL,
        buyer_language="de-DE",
    )
    send = SendDialog(rig.hub, draft)
    qtbot.addWidget(send)
    send.show()
    send.recipient.setText(BUYER_DE)
    with qtbot.waitSignal(send.prepared_shown, timeout=NETWORK_TIMEOUT_MS):
        send.check()
    with qtbot.waitSignal(send.send_finished, timeout=NETWORK_TIMEOUT_MS) as blocker:
        send.send()
    waiting = blocker.args[0]
    assert waiting.state is State.QUEUED
    assert send.outcome.text().startswith("Waiting in the outbox: Not sent yet:")
    assert "goes out by itself" in send.outcome.text()
    shown = outbox_window(qtbot, rig)
    assert row_of(shown, waiting.id)[5] == "waiting"
    assert rig.hub.drain_timer.isActive()
    rig.hub.drain_timer.setInterval(50)  # instead of 30 s
    with SmtpServer(port, users={SMTP_USER: SMTP_PASSWORD}) as back:
        with qtbot.waitSignal(rig.hub.delivery_finished, timeout=NETWORK_TIMEOUT_MS) as done:
            pass
        wait_idle(qtbot, rig.hub)
        assert done.args[0].state is State.SENT
        assert len(back.received) == 1
    assert row_of(shown, waiting.id)[5] == "sent"  # the window followed
    assert not rig.hub.drain_timer.isActive()


def test_the_log_exports_as_csv_for_a_claim(qtbot: QtBot, rig: Rig, tmp_path: Path) -> None:
    rig.sp_api_account()
    rig.mail_account()
    first = submitted(rig, sp_api_request())
    second = submitted(rig, email_request(html=DELAY_HTML.replace("Lieferengpasses", "Engpases")))
    shown = outbox_window(qtbot, rig)
    dialog = csv_file_dialog(shown)
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "csv"
    target = tmp_path / "claim.csv"
    with qtbot.waitSignal(shown.exported) as blocker:
        assert shown.export_csv(target) == 2
    assert blocker.args == [target, 2]
    assert "Exported 2 messages" in shown.status.text()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [str(first.id), str(second.id)]
    assert rows[0]["text sent"] == CUSTOMIZATION_TEXT
    assert rows[0]["reply reference (request id / message id)"] == first.reply_reference
    assert rows[1]["recipient"] == BUYER_DE
    assert "spelling" in rows[1]["confirmed warnings"]
    assert shown.export_csv(tmp_path / "missing" / "x.csv") is None
    assert shown.status.text().startswith("Not exported:")


def test_every_outcome_is_said_in_plain_words(rig: Rig) -> None:
    outbox: Outbox = rig.outbox
    base = OutgoingMessage(
        account="Shop DE",
        order_id=DE_ORDER,
        marketplace="DE",
        channel=Channel.EMAIL,
        message_type="",
        subject="s",
        text="t",
        recipient=BUYER_DE,
    )
    entry = outbox.add(base)
    assert outcome_words(entry).startswith("Waiting in the outbox")
    assert "<script>" not in details_html(outbox.add(replace(base, text="<script>x</script>")))


# -- the main window ------------------------------------------------------------------------------


@pytest.fixture
def main(rig: Rig, qtbot: QtBot) -> Iterator[MainWindow]:
    store = Store(rig.folder / "composer.sqlite3")
    settings = QSettings(str(rig.folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        store, UserDictionary(rig.folder / "dictionary.txt"), settings, sending=rig.hub
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    store.close()


def fill_us_message(window: MainWindow) -> None:
    window.editor.set_body_html(CUSTOMIZATION_HTML)
    window.order.order_id.setText(US_ORDER)
    window.order.marketplace.setCurrentText("amazon.com")
    window.order.channel.setCurrentIndex(window.order.channel.findData(Channel.SP_API))
    types = window.order.message_type
    types.setCurrentIndex(types.findData("confirmCustomizationDetails"))


def test_the_message_menu_sends_the_windows_message(
    qtbot: QtBot, rig: Rig, main: MainWindow
) -> None:
    rig.sp_api_account()
    titles = [a.text() for a in main.menu_message.actions() if a.text()]
    assert titles == ["&Send…", "&Outbox", "Seller &accounts…"]
    assert main.act_send.shortcut().toString() == "Ctrl+Return"
    assert main.act_send in main.send_toolbar.actions()
    fill_us_message(main)
    main.editor.setFocus()
    qtbot.keyClick(main.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog = main.send_dialog
    assert dialog is not None
    assert dialog.draft.order_id == US_ORDER
    assert dialog.draft.message_type == "confirmCustomizationDetails"
    assert dialog.current_channel() is Channel.SP_API
    assert main.draft.id is not None  # saved before the dialog: nothing typed depends on it
    with qtbot.waitSignal(dialog.prepared_shown, timeout=NETWORK_TIMEOUT_MS):
        dialog.check()
    assert dialog.text.toPlainText() == CUSTOMIZATION_TEXT
    with qtbot.waitSignal(dialog.send_finished, timeout=NETWORK_TIMEOUT_MS):
        dialog.send()
    assert "Sent. Amazon accepted it" in main.statusBar().currentMessage()
    assert main.editor.toPlainText().startswith("Hello,")  # the message is still there
    outbox = main.show_outbox()
    assert outbox.list.topLevelItemCount() == 1
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()
    assert main.send_dialog is None
    accounts = main.open_accounts()
    assert accounts.list.topLevelItemCount() == 1
    accounts.reject()


def test_the_status_line_counts_what_waits_and_what_is_uncertain(
    rig: Rig, main: MainWindow
) -> None:
    rig.sp_api_account()
    rig.mail_account(port=free_port())
    assert not main.outbox_label.isVisible()  # the outbox is not even open yet
    rig.fake.script(DROP_AFTER_DELIVERY, order_id=US_ORDER)
    submitted(rig, sp_api_request())
    submitted(rig, email_request())
    assert main.outbox_label.isVisible()
    assert main.outbox_label.text() == (
        "Outbox: 1 waiting to be sent · 1 uncertain: decide in the outbox"
    )


def test_a_send_left_half_done_by_a_dead_composer_is_reported_at_start(
    qtbot: QtBot, rig: Rig, main: MainWindow
) -> None:
    other = Outbox(rig.folder / "composer.sqlite3")  # another Composer, about to die
    entry = other.add(
        OutgoingMessage(
            account="Shop US",
            order_id=US_ORDER,
            marketplace="US",
            channel=Channel.SP_API,
            message_type="confirmOrderDetails",
            subject="",
            text="t",
        )
    )
    other.claim(entry.id)
    other.close()  # its lock is gone: as after a crash
    with qtbot.waitSignal(rig.hub.recovered) as blocker:
        main.sending.start()
    assert blocker.args[0] == (entry.id,)
    assert "being sent when Composer stopped" in main.statusBar().currentMessage()
    assert "1 uncertain" in main.outbox_label.text()


def test_closing_waits_for_a_send_in_flight(qtbot: QtBot, rig: Rig, main: MainWindow) -> None:
    rig.sp_api_account()
    sender = rig.hub.dispatcher
    prepared = sender.prepare(sp_api_request())
    sender.close()
    rig.fake.script(slow(1.0), order_id=US_ORDER)
    entry = rig.hub.record(prepared, confirm_warnings=False)
    rig.hub.deliver(entry.id, None, None)
    main.close()
    assert main.isVisible()  # not while the message is on its way
    assert "closes as soon as the message being sent" in main.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not main.isVisible(), timeout=NETWORK_TIMEOUT_MS)
    assert rig.fake.deliveries(US_ORDER)
    # The outbox was closed after the answer: read it as the next start would.
    with Outbox(rig.folder / "composer.sqlite3") as reopened:
        assert reopened.entry(entry.id).state is State.SENT
        assert reopened.recovered == ()


def test_no_secret_reaches_a_window_or_a_file(rig: Rig, main: MainWindow) -> None:
    rig.sp_api_account()
    rig.mail_account()
    submitted(rig, sp_api_request())
    submitted(rig, email_request())
    outbox = main.show_outbox()
    seen = texts(main) + texts(outbox) + outbox.details.toPlainText()
    main.close()
    written = b"".join(p.read_bytes() for p in rig.folder.rglob("*") if p.is_file())
    for secret in rig.secrets():
        assert secret not in seen
        assert secret.encode() not in written
