"""Sending from the window as a seller does it: choose the account and the route, let Amazon
say what the order allows, read exactly what will go out and why it may not, confirm the
warnings, send, and read what became of it. Against the fake Amazon and a real SMTP server on
loopback (tests/ui/sending_rig.py); every wait is on a signal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from composer.policy import Channel
from composer.services.marketplaces import marketplace_of_store
from composer.services.outbox import State
from composer.services.sending import SOLICITATION, Prepared
from composer.ui.send_dialog import OutgoingDraft, SendChoices, SendDialog
from tests.services.fake_amazon import DROP_AFTER_DELIVERY, NOT_ALLOWED
from tests.ui.sending_rig import (
    BUYER_DE,
    CUSTOMIZATION_HTML,
    CUSTOMIZATION_TEXT,
    DE_ORDER,
    DELAY_HTML,
    DELAY_SUBJECT,
    NETWORK_TIMEOUT_MS,
    REVIEW_HTML,
    SENDER,
    US_ORDER,
    Rig,
    named,
    running_rig,
    texts,
)


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as running:
        yield running


def us_draft(**changes: object) -> OutgoingDraft:
    fields: dict[str, object] = {
        "subject": "",
        "html": CUSTOMIZATION_HTML,
        "order_id": US_ORDER,
        "marketplace": "amazon.com",
        "channel": Channel.SP_API,
        "message_type": "confirmCustomizationDetails",
        "buyer_language": "en-US",
    }
    fields.update(changes)
    return OutgoingDraft(**fields)  # type: ignore[arg-type]


def de_draft(**changes: object) -> OutgoingDraft:
    fields: dict[str, object] = {
        "subject": DELAY_SUBJECT,
        "html": DELAY_HTML,
        "order_id": DE_ORDER,
        "marketplace": "amazon.de",
        "channel": Channel.EMAIL,
        "buyer_language": "de-DE",
    }
    fields.update(changes)
    return OutgoingDraft(**fields)  # type: ignore[arg-type]


def dialog(
    qtbot: QtBot, rig: Rig, draft: OutgoingDraft, choices: SendChoices | None = None
) -> SendDialog:
    shown = SendDialog(rig.hub, draft, choices)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def check(qtbot: QtBot, shown: SendDialog) -> Prepared:
    with qtbot.waitSignal(shown.prepared_shown, timeout=NETWORK_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(shown.check_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert isinstance(result, Prepared), result
    return result


def send(qtbot: QtBot, shown: SendDialog) -> object:
    assert shown.send_button.isEnabled()
    with qtbot.waitSignal(shown.send_finished, timeout=NETWORK_TIMEOUT_MS) as blocker:
        qtbot.mouseClick(shown.send_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_the_controls_have_names_and_the_route_shows_its_own_fields(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft())
    for name in ("Account", "Marketplace", "Send by", "Message type", "Check", "Send"):
        named(shown, name)
    assert isinstance(named(shown, "Buyer's address"), QLineEdit)
    assert shown.message_type.isVisible()
    assert not shown.recipient.isVisible()
    assert shown.check_button.text() == "&Check with Amazon"
    assert not shown.send_button.isEnabled()  # nothing checked yet
    shown.channel.setCurrentIndex(shown.channel.findData(Channel.EMAIL))
    assert shown.recipient.isVisible()
    assert not shown.message_type.isVisible()
    assert "has no mail server" in named(shown, "Route note").text()  # type: ignore[attr-defined]


def test_amazon_says_which_message_types_the_order_allows(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    rig.fake.set_actions(US_ORDER, ["confirmCustomizationDetails", "confirmOrderDetails"])
    shown = dialog(qtbot, rig, us_draft())
    prepared = check(qtbot, shown)
    assert prepared.allowed_types == {"confirmCustomizationDetails", "confirmOrderDetails"}
    assert sorted(shown.allowed_types()) == ["confirmCustomizationDetails", "confirmOrderDetails"]
    combo = shown.message_type
    row = combo.findData("unexpectedProblem")
    assert combo.itemText(row).endswith("not allowed for this order")
    header = shown.header.text()
    assert "Amazon allows for this order:" in header
    assert "Confirm customization details, Confirm order details" in header
    assert "en-US" in header  # the buyer's language, from Amazon
    # Exactly what goes out, and its length against the type's limit.
    assert shown.text.toPlainText() == CUSTOMIZATION_TEXT
    assert shown.length.text() == f"{len(CUSTOMIZATION_TEXT)} of 800 characters"
    assert "critical" in shown.verdict.text()
    assert shown.send_button.isEnabled()
    assert shown.status.text() == "Ready to send."


def test_a_blocked_message_names_every_reason_and_cannot_be_sent(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    rig.fake.set_actions(US_ORDER, ["confirmDeliveryDetails"])
    shown = dialog(qtbot, rig, us_draft(html=REVIEW_HTML, message_type="confirmOrderDetails"))
    prepared = check(qtbot, shown)
    assert not prepared.sendable
    reasons = [shown.blockers.item(i).text() for i in range(shown.blockers.count())]
    assert reasons == [p.message for p in prepared.blockers]
    assert any("does not allow a confirmOrderDetails message" in r for r in reasons)
    assert any(r.startswith("Amazon forbids this message") for r in reasons)
    assert shown.blockers.isVisible()
    assert "cannot be sent" in shown.status.text()
    assert not shown.send_button.isEnabled()
    shown.send()  # even called directly, nothing is recorded
    assert rig.outbox.entries() == []
    assert not any(r.method == "POST" for r in rig.fake.requests if r.api == "messaging")


def test_warnings_need_a_tick_each_and_the_confirmation_is_recorded(qtbot: QtBot, rig: Rig) -> None:
    rig.mail_account()
    html = DELAY_HTML.replace("Lieferengpasses", "Lieferengpases")  # a spelling slip
    shown = dialog(qtbot, rig, de_draft(html=html))
    shown.recipient.setText(BUYER_DE)
    prepared = check(qtbot, shown)
    assert prepared.sendable
    assert [w.id for w in prepared.warnings] == ["spelling"]
    [box] = shown.warning_boxes
    assert "Lieferengpases" in box.accessibleName()
    assert not shown.send_button.isEnabled()
    box.setChecked(True)
    assert shown.send_button.isEnabled()
    box.setChecked(False)
    assert not shown.send_button.isEnabled()
    box.setChecked(True)
    entry = send(qtbot, shown)
    assert getattr(entry, "state", None) is State.SENT
    stored = rig.outbox.entry(shown.entry.id if shown.entry else 0)
    assert [w.id for w in stored.confirmed_warnings] == ["spelling"]
    assert stored.confirmed_at is not None
    assert any(e.action == "warnings-confirmed" for e in stored.events)
    assert len(rig.smtp.received) == 1


def test_an_email_goes_to_the_buyers_alias_as_shown(qtbot: QtBot, rig: Rig) -> None:
    rig.mail_account()
    shown = dialog(qtbot, rig, de_draft())
    assert shown.check_button.text() == "&Check"  # no network for an e-mail's check
    assert shown.recipient.placeholderText() == "…@marketplace.amazon.de"
    shown.recipient.setText(BUYER_DE)
    prepared = check(qtbot, shown)
    header = shown.header.text()
    assert SENDER in header
    assert BUYER_DE in header
    assert DELAY_SUBJECT in header
    assert "[Important]" in header  # said: Composer never adds it
    assert shown.text.toPlainText() == prepared.text
    entry = send(qtbot, shown)
    assert getattr(entry, "state", None) is State.SENT
    [received] = rig.smtp.received
    assert received.recipients == [BUYER_DE]
    assert received.message["Subject"] == DELAY_SUBJECT
    assert shown.outcome.text().startswith("Sent. The mail server accepted it")
    assert not shown.send_button.isEnabled()  # a message is handed over once


def test_an_sp_api_message_is_sent_and_amazon_has_exactly_the_text_shown(
    qtbot: QtBot, rig: Rig
) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft())
    check(qtbot, shown)
    shown_text = shown.text.toPlainText()
    entry = send(qtbot, shown)
    assert getattr(entry, "state", None) is State.SENT
    [delivery] = rig.fake.delivered
    assert delivery.text == shown_text == CUSTOMIZATION_TEXT
    assert delivery.message_type == "confirmCustomizationDetails"
    assert shown.outcome.text() == (f"Sent. Amazon accepted it (request id {delivery.request_id}).")
    assert shown.outcome.styleSheet() == "color: #2e7d32"


def test_amazons_refusal_is_shown_in_its_own_words(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft())
    check(qtbot, shown)
    rig.fake.script(NOT_ALLOWED, order_id=US_ORDER)
    entry = send(qtbot, shown)
    assert getattr(entry, "state", None) is State.FAILED
    words = shown.outcome.text()
    assert "Amazon refused it (Unauthorized)" in words
    assert "Invalid amazonOrderId and template combination" in words
    assert "Nothing reached the buyer" in words


def test_a_dropped_connection_leaves_it_uncertain_and_says_what_to_do(
    qtbot: QtBot, rig: Rig
) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft())
    check(qtbot, shown)
    rig.fake.script(DROP_AFTER_DELIVERY, order_id=US_ORDER)
    entry = send(qtbot, shown)
    assert getattr(entry, "state", None) is State.UNCERTAIN
    words = shown.outcome.text()
    assert words.startswith("Uncertain:")
    assert "Amazon may have it" in words
    assert "will not send it again by itself, because the buyer would get it twice" in words
    assert "Seller Central" in words
    assert "Mark sent, Mark not sent, or I checked: send again" in words
    rig.hub.drain()  # the queue never takes it up again
    assert len(rig.fake.deliveries(US_ORDER)) == 1


def test_a_review_request_has_no_text_of_the_sellers(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft(html="", message_type=SOLICITATION))
    assert shown.message_type.currentData() == SOLICITATION
    prepared = check(qtbot, shown)
    assert prepared.message_type == SOLICITATION
    assert shown.text.toPlainText() == ""
    assert "Amazon writes the review request itself" in shown.text.placeholderText()
    entry = send(qtbot, shown)
    assert getattr(entry, "state", None) is State.SENT
    assert "Amazon will send its review request" in shown.outcome.text()


def test_a_change_after_the_check_needs_a_new_check(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft())
    check(qtbot, shown)
    assert shown.send_button.isEnabled()
    shown.message_type.setCurrentIndex(shown.message_type.findData("confirmOrderDetails"))
    assert not shown.send_button.isEnabled()
    assert "check again" in shown.status.text()
    assert shown.text.toPlainText() == ""


def test_seller_central_cannot_be_sent_from_here(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft(channel=Channel.SELLER_CENTRAL))
    assert shown.current_channel() is Channel.SP_API
    note = named(shown, "Route note").text()  # type: ignore[attr-defined]
    assert "Contact Buyer form cannot be filled from Composer" in note
    assert "Copy as plain text" in note
    combo = named(shown, "Send by")
    assert isinstance(combo, QComboBox)
    assert combo.findData(Channel.SELLER_CENTRAL) == -1


def test_without_an_account_the_dialog_points_to_the_accounts(qtbot: QtBot, rig: Rig) -> None:
    shown = dialog(qtbot, rig, us_draft())
    assert shown.account.count() == 0
    assert "no seller account yet" in shown.channel_note.text()
    assert not shown.check_button.isEnabled()
    with qtbot.waitSignal(shown.accounts_requested):
        qtbot.mouseClick(named(shown, "Accounts"), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    rig.sp_api_account()
    shown.reload_accounts()
    assert shown.account.currentText() == "Shop US"
    assert shown.check_button.isEnabled()


def test_without_an_order_id_nothing_is_asked(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft(order_id=""))
    assert "fill in the Order ID" in shown.order_label.text()
    assert not shown.check_button.isEnabled()


def test_the_choices_come_back_for_the_same_order(qtbot: QtBot, rig: Rig) -> None:
    rig.mail_account()
    rig.sp_api_account()
    first = dialog(qtbot, rig, de_draft())
    seen: list[SendChoices] = []
    first.choices_changed.connect(seen.append)
    first.account.setCurrentIndex(first.account.findText("Shop DE"))
    first.recipient.setText(BUYER_DE)
    first.close()
    again = dialog(qtbot, rig, de_draft(), seen[-1])
    assert again.account.currentText() == "Shop DE"
    assert again.current_channel() is Channel.EMAIL
    assert again.recipient.text() == BUYER_DE
    other = dialog(qtbot, rig, de_draft(order_id="302-0000000-0000001"), seen[-1])
    assert other.recipient.text() == ""  # another order, another buyer


def test_the_windows_marketplace_is_read_from_its_domain() -> None:
    assert marketplace_of_store("amazon.co.uk") is not None
    assert marketplace_of_store("amazon.co.uk").code == "UK"  # type: ignore[union-attr]
    assert marketplace_of_store("www.amazon.com.be").code == "BE"  # type: ignore[union-attr]
    assert marketplace_of_store("") is None
    assert marketplace_of_store("amazon.example") is None


def test_no_secret_is_ever_shown(qtbot: QtBot, rig: Rig) -> None:
    rig.sp_api_account()
    shown = dialog(qtbot, rig, us_draft())
    check(qtbot, shown)
    send(qtbot, shown)
    seen = texts(shown)
    for secret in rig.secrets():
        assert secret not in seen
