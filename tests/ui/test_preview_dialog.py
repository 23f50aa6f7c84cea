"""The channel preview as a seller reads it: what the buyer gets by each channel, the length
against the message type's limit, what each channel takes away, and a dialog that follows the
message while it stays open."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QFontInfo, QImage, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from composer.policy import Channel
from composer.services.export import to_plain_text
from composer.ui.preview_dialog import OVER_LIMIT_COLOUR, ChannelPreviewDialog, SafeBrowser

SUBJECT = "Your engraving – order 302-4417865-2290147"
HELP = "https://sellercentral.amazon.co.uk/help"
W = TypeVar("W", bound=QWidget)
BODY = (
    "<p>Hello,</p>"
    "<p>Your <b>engraved board</b> is ready. Please confirm:</p>"
    "<ul><li>the text: The Hendersons</li><li>the year: 2019</li></ul>"
    f'<p>The <a href="{HELP}">help page</a> explains the options.</p>'
)


def named(root: QWidget, name: str, kind: type[W]) -> W:
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    assert isinstance(found[0], kind)
    return found[0]


def label(root: QWidget, name: str) -> str:
    return named(root, name, QLabel).text()


def shown_text(root: QWidget, name: str) -> str:
    view = named(root, name, QWidget)
    assert isinstance(view, (QTextEdit, QPlainTextEdit))
    return view.toPlainText()


def items(root: QWidget, name: str) -> list[str]:
    widget = named(root, name, QListWidget)
    return [widget.item(i).text() for i in range(widget.count())]


def dialog(
    qtbot: QtBot,
    body: str = BODY,
    channel: Channel = Channel.SP_API,
    message_type: str | None = "confirmDeliveryDetails",
) -> ChannelPreviewDialog:
    shown = ChannelPreviewDialog(SUBJECT, body, channel, message_type)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def fragments(document: QTextDocument) -> list[tuple[str, bool, str, bool]]:
    """(text, bold, link, in a list) for every run of the rendered document."""
    runs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            bold = fmt.fontWeight() >= QFont.Weight.Bold
            runs.append((fragment.text(), bold, fmt.anchorHref(), block.textList() is not None))
            it += 1
        block = block.next()
    return runs


def test_the_dialog_and_its_tabs_have_names(qtbot: QtBot) -> None:
    shown = dialog(qtbot)
    assert shown.accessibleName() == "Channel preview"
    named(shown, "E-mail preview", QTextBrowser)
    for name in ("SP-API preview", "Seller Central preview"):
        view = named(shown, name, QPlainTextEdit)
        assert view.isReadOnly()
    assert [shown.tabs.tabText(i) for i in range(3)] == [
        "E-mail",
        "SP-API (chosen)",
        "Seller Central",
    ]
    assert shown.tabs.currentWidget() is shown.pages[Channel.SP_API]


def test_the_email_is_the_html_document_as_the_buyer_sees_it(qtbot: QtBot) -> None:
    shown = dialog(qtbot, channel=Channel.EMAIL)
    assert shown.tabs.currentWidget() is shown.pages[Channel.EMAIL]
    browser = named(shown, "E-mail preview", QTextBrowser)
    runs = fragments(browser.document())
    assert ("engraved board", True, "", False) in runs
    assert ("the text: The Hendersons", False, "", True) in runs
    assert ("the year: 2019", False, "", True) in runs
    assert ("help page", False, HELP, False) in runs
    assert browser.toPlainText().startswith("Hello,")
    assert label(shown, "E-mail subject") == f"Subject: {SUBJECT}"
    assert items(shown, "What E-mail removes or changes") == [
        "Nothing: the buyer gets the message as shown"
    ]
    assert "characters of text" in label(shown, "E-mail length")


def test_the_plain_text_channels_show_the_exact_text_and_what_they_change(
    qtbot: QtBot,
) -> None:
    shown = dialog(qtbot)
    expected = to_plain_text(BODY)
    assert "- the text: The Hendersons" in expected
    assert f"help page ({HELP})" in expected
    for name in ("SP-API", "Seller Central"):
        view = named(shown, f"{name} preview", QPlainTextEdit)
        assert view.toPlainText() == expected
        # The buyer does not read it in a terminal: the ordinary, proportional font.
        assert not QFontInfo(view.font()).fixedPitch()
    common = ["Formatting (bold)", "Lists become dashes", "Links become their address"]
    assert items(shown, "What SP-API removes or changes") == [
        *common,
        "E-mail subject (the API has none)",
    ]
    assert items(shown, "What Seller Central removes or changes") == [
        *common,
        "Subject (Seller Central sets it from the contact reason)",
    ]


def test_the_length_is_against_the_types_limit_and_red_when_over(qtbot: QtBot) -> None:
    exactly = "<p>" + "x" * 800 + "</p>"
    shown = dialog(qtbot, body=exactly, message_type="confirmCustomizationDetails")
    length = named(shown, "SP-API length", QLabel)
    page = shown.pages[Channel.SP_API]
    assert length.text() == ("800 / 800 characters allowed for “Confirm customization details”")
    assert not page.over_limit
    assert OVER_LIMIT_COLOUR not in length.styleSheet()

    shown.update_message(
        SUBJECT, "<p>" + "x" * 801 + "</p>", Channel.SP_API, "confirmCustomizationDetails"
    )
    assert length.text() == (
        "801 / 800 characters allowed for “Confirm customization details”: 1 over the limit"
    )
    assert page.over_limit
    assert OVER_LIMIT_COLOUR in length.styleSheet()
    assert length.palette().color(length.foregroundRole()) == QColor(OVER_LIMIT_COLOUR)

    # The other channels are not held to the API's limit.
    assert shown.pages[Channel.SELLER_CENTRAL].over_limit is False
    assert label(shown, "Seller Central length").startswith("801 characters")


def test_without_a_type_there_is_no_limit_to_check(qtbot: QtBot) -> None:
    shown = dialog(qtbot, message_type=None)
    text = label(shown, "SP-API length")
    assert text == f"{len(to_plain_text(BODY))} characters; choose a message type to see its limit"


@pytest.mark.parametrize(
    ("message_type", "says"),
    [
        ("legalDisclosure", "“Legal disclosure” takes no text: it sends documents only"),
        ("productReviewAndSellerFeedback", "takes no text: Amazon writes the request itself"),
    ],
)
def test_a_type_that_takes_no_text_is_shown_plainly(
    qtbot: QtBot, message_type: str, says: str
) -> None:
    shown = dialog(qtbot, message_type=message_type)
    length = named(shown, "SP-API length", QLabel)
    assert says in length.text()
    assert length.styleSheet() == ""
    view = named(shown, "SP-API preview", QPlainTextEdit)
    assert view.toPlainText() == ""
    assert view.placeholderText() == "No text is sent with this message type."
    assert any("text (" in item for item in items(shown, "What SP-API removes or changes"))
    # By Seller Central the text still goes.
    assert shown_text(shown, "Seller Central preview") == to_plain_text(BODY)


def test_an_unknown_type_is_said_and_the_text_still_shown(qtbot: QtBot) -> None:
    shown = dialog(qtbot, message_type="sendCoupon")
    assert "“sendCoupon” is unknown" in label(shown, "SP-API length")
    assert shown_text(shown, "SP-API preview") == to_plain_text(BODY)


def test_the_open_dialog_follows_the_message(qtbot: QtBot) -> None:
    shown = dialog(qtbot)
    shown.tabs.setCurrentWidget(shown.pages[Channel.EMAIL])  # the seller looks at the e-mail

    shown.update_message("New subject", "<p>Changed <i>text</i></p>", Channel.SP_API, None)
    assert shown.tabs.currentWidget() is shown.pages[Channel.EMAIL]  # the seller's tab stays
    assert shown_text(shown, "SP-API preview") == "Changed text"
    assert shown_text(shown, "E-mail preview").strip() == "Changed text"
    assert label(shown, "E-mail subject") == "Subject: New subject"
    assert items(shown, "What SP-API removes or changes")[0] == "Formatting (italic)"

    shown.update_message("New subject", "<p>Changed</p>", Channel.SELLER_CENTRAL, None)
    assert shown.tabs.currentWidget() is shown.pages[Channel.SELLER_CENTRAL]  # a new channel
    assert shown.tabs.tabText(2) == "Seller Central (chosen)"
    assert shown.tabs.tabText(1) == "SP-API"


def test_following_the_message_keeps_the_place_the_seller_reads(qtbot: QtBot) -> None:
    long_body = "".join(f"<p>Paragraph {n}</p>" for n in range(200))
    shown = dialog(qtbot, body=long_body, message_type=None)
    view = named(shown, "SP-API preview", QPlainTextEdit)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    assert middle > 0
    shown.update_message(SUBJECT, long_body + "<p>One more</p>", Channel.SP_API, None)
    assert view.toPlainText().endswith("One more")
    assert bar.value() == middle


def test_the_email_preview_follows_no_link(qtbot: QtBot) -> None:
    shown = dialog(qtbot, channel=Channel.EMAIL)
    browser = named(shown, "E-mail preview", SafeBrowser)
    assert not browser.openLinks()
    assert not browser.openExternalLinks()
    before = browser.toHtml()
    cursor = browser.document().find("help page")
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 2)
    rect = browser.cursorRect(cursor)
    with qtbot.waitSignal(browser.anchorClicked) as clicked:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args[0] == QUrl(HELP)
    assert browser.source().isEmpty()
    assert browser.toHtml() == before


def test_the_email_preview_loads_no_resource(qtbot: QtBot, tmp_path: Path) -> None:
    picture = tmp_path / "pixel.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture))
    html = f'<p>Hi</p><img src="{url.toString()}">'

    ordinary = QTextBrowser()  # what Qt does by default: it reads the file
    qtbot.addWidget(ordinary)
    ordinary.setHtml(html)
    assert ordinary.document().resource(QTextDocument.ResourceType.ImageResource, url)

    safe = SafeBrowser()
    qtbot.addWidget(safe)
    safe.setHtml(html)
    loaded = safe.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert isinstance(loaded, QImage)
    assert loaded.size() == QSize(1, 1)  # the blank pixel, not the 4×4 file
    assert loaded.pixelColor(0, 0).alpha() == 0
    for resource in (
        QTextDocument.ResourceType.ImageResource,
        QTextDocument.ResourceType.StyleSheetResource,
    ):
        remote = safe.loadResource(resource.value, QUrl("https://tracker.example/pixel.gif"))
        assert remote == " " or (isinstance(remote, QImage) and remote.size() == QSize(1, 1))


def test_the_length_sits_below_the_text_and_above_the_list(qtbot: QtBot) -> None:
    shown = dialog(qtbot)
    page = shown.pages[Channel.SP_API]
    label_y = page.length_label.mapTo(page, QPoint(0, 0)).y()
    assert page.view.mapTo(page, QPoint(0, 0)).y() < label_y
    assert label_y < page.changes.mapTo(page, QPoint(0, 0)).y()
    # Every change is in view: the list is as tall as its lines, with no scroll bar.
    assert page.changes.verticalScrollBar().maximum() == 0
