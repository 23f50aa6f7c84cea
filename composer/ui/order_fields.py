"""The order fields: what the checks need to know about the order the message is for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRegularExpression, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from composer.i18n import QT_TRANSLATE_NOOP
from composer.policy.model import Channel
from composer.services.marketplaces import MARKETPLACES

LANGUAGES = (
    *("en-US", "en-GB", "de-DE", "de-AT", "de-CH", "fr-FR", "fr-BE", "fr-CA", "es-ES", "es-MX"),
    *("it-IT", "pt-BR", "pt-PT", "nl-NL", "nl-BE", "pl-PL", "ja-JP", "sv-SE", "tr-TR", "ar-AE"),
)
CHANNEL_TITLES = {  # translated where shown, in the context "OrderFields"
    Channel.EMAIL: QT_TRANSLATE_NOOP("OrderFields", "E-mail to the buyer's Amazon address"),
    Channel.SP_API: QT_TRANSLATE_NOOP("OrderFields", "Selling Partner API"),
    Channel.SELLER_CENTRAL: QT_TRANSLATE_NOOP("OrderFields", "Seller Central (Contact Buyer)"),
}
_DATE = QRegularExpression(r"^$|^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class OrderInfo:
    order_id: str = ""
    order_date: date | None = None
    delivery_date: date | None = None
    buyer_language: str = ""
    marketplace: str = ""
    channel: Channel = Channel.EMAIL
    reply_to_buyer: bool = False
    message_type: str = ""


class OrderFields(QGroupBox):
    """A form of the order's facts; ``changed`` fires on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        # The short fields two by two; the channel and the message type, whose titles are
        # long in every language, across the whole width.
        cells = iter([(0, 0, 1), (0, 2, 1), (1, 0, 1), (1, 2, 1), (2, 0, 1), (3, 0, 3), (4, 0, 3)])
        self._captions: list[QLabel] = []  # in the order of the captions in ``retranslate``

        def row(field: QWidget) -> None:
            r, c, span = next(cells)
            caption = QLabel(self)
            caption.setBuddy(field)
            self._captions.append(caption)
            grid.addWidget(caption, r, c)
            grid.addWidget(field, r, c + 1, 1, span)

        self.order_id = QLineEdit(self)
        self.order_id.setPlaceholderText("123-1234567-1234567")  # an order ID's shape
        row(self.order_id)

        self.order_date = self._date_field()
        row(self.order_date)
        self.delivery_date = self._date_field()
        row(self.delivery_date)

        self.marketplace = QComboBox(self)
        self.marketplace.addItem("", "")
        for market in MARKETPLACES:  # each with the language its buyers write by default
            self.marketplace.addItem(market.store, market.locale)
        row(self.marketplace)

        self.buyer_language = QComboBox(self)
        self.buyer_language.setEditable(True)
        self.buyer_language.addItems(["", *LANGUAGES])
        row(self.buyer_language)

        self.channel = QComboBox(self)
        _shrinkable(self.channel)
        for channel in CHANNEL_TITLES:
            self.channel.addItem("", channel)
        row(self.channel)

        self.message_type = _FilledOnUse(_add_message_types, _retitle_message_types, self)
        _shrinkable(self.message_type)
        self.message_type.addItem("", "")
        row(self.message_type)

        self.reply_to_buyer = QCheckBox(self)
        grid.addWidget(self.reply_to_buyer, 5, 1, 1, 3)
        self.retranslate()

        self.order_id.textChanged.connect(self.changed)
        self.order_date.textChanged.connect(self.changed)
        self.delivery_date.textChanged.connect(self.changed)
        self.marketplace.currentIndexChanged.connect(self._marketplace_chosen)
        self.buyer_language.currentTextChanged.connect(self.changed)
        self.channel.currentIndexChanged.connect(self.changed)
        self.message_type.currentIndexChanged.connect(self.changed)
        self.reply_to_buyer.toggled.connect(self.changed)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Order"))
        self.setAccessibleName(self.tr("Order details"))
        captions = (
            self.tr("Order &ID:"),
            self.tr("Order &date:"),
            self.tr("De&livery date:"),
            self.tr("&Marketplace:"),
            self.tr("&Buyer language:"),
            self.tr("C&hannel:"),
            self.tr("Message &type:"),
        )
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self.order_id.setAccessibleName(self.tr("Order ID"))
        self.order_date.setAccessibleName(self.tr("Order date"))
        self.delivery_date.setAccessibleName(self.tr("Delivery date"))
        for field in (self.order_date, self.delivery_date):
            # The form of a date (ISO 8601) in the letters of the language: JJJJ-MM-TT.
            field.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.marketplace.setAccessibleName(self.tr("Marketplace"))
        self.buyer_language.setAccessibleName(self.tr("Buyer language"))
        self.channel.setAccessibleName(self.tr("Channel"))
        for index in range(self.channel.count()):
            title = CHANNEL_TITLES[Channel(self.channel.itemData(index))]
            self.channel.setItemText(index, QCoreApplication.translate("OrderFields", title))
        self.message_type.setAccessibleName(self.tr("Message type"))
        self.message_type.setItemText(0, self.tr("(none chosen)"))
        self.message_type.retitle()
        self.reply_to_buyer.setText(self.tr("Reply to a message from the buyer"))
        self.reply_to_buyer.setAccessibleName(self.tr("Reply to a buyer"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _date_field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setValidator(QRegularExpressionValidator(_DATE, field))
        return field

    def _marketplace_chosen(self) -> None:
        language = self.marketplace.currentData()
        if language and not self.buyer_language.currentText():
            self.buyer_language.setCurrentText(language)
        self.changed.emit()

    def values(self) -> OrderInfo:
        return OrderInfo(
            order_id=self.order_id.text().strip(),
            order_date=_parse_date(self.order_date.text()),
            delivery_date=_parse_date(self.delivery_date.text()),
            buyer_language=self.buyer_language.currentText().strip(),
            marketplace=self.marketplace.currentText(),
            channel=Channel(self.channel.currentData()),
            reply_to_buyer=self.reply_to_buyer.isChecked(),
            message_type=self.message_type.currentData() or "",
        )

    def set_values(self, info: OrderInfo) -> None:
        """Show ``info`` without announcing each field as an edit."""
        self.blockSignals(True)
        try:
            self.order_id.setText(info.order_id)
            self.order_date.setText(info.order_date.isoformat() if info.order_date else "")
            self.delivery_date.setText(info.delivery_date.isoformat() if info.delivery_date else "")
            self.marketplace.setCurrentIndex(max(self.marketplace.findText(info.marketplace), 0))
            self.buyer_language.setCurrentText(info.buyer_language)
            self.channel.setCurrentIndex(max(self.channel.findData(info.channel), 0))
            self.message_type.setCurrentIndex(max(self.message_type.findData(info.message_type), 0))
            self.reply_to_buyer.setChecked(info.reply_to_buyer)
        finally:
            self.blockSignals(False)


def _shrinkable(box: QComboBox) -> None:
    """As wide as its place in the form, not as its longest title (which would widen the
    window in a language with long titles); the open list still shows every title whole."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)


def _add_message_types(box: QComboBox) -> None:
    from composer.policy.rulebook import load_message_types  # noqa: PLC0415
    from composer.ui.data_words import message_type_title  # noqa: PLC0415

    for spec in load_message_types().values():
        if spec.api == "messaging":
            box.addItem(message_type_title(spec), spec.id)


def _retitle_message_types(box: QComboBox) -> None:
    from composer.policy.rulebook import load_message_types  # noqa: PLC0415
    from composer.ui.data_words import message_type_title  # noqa: PLC0415

    specs = load_message_types()
    for index in range(box.count()):
        spec = specs.get(str(box.itemData(index)))
        if spec is not None:
            box.setItemText(index, message_type_title(spec))


class _FilledOnUse(QComboBox):
    """A combo box whose items are added when first needed: opened, stepped through with the
    keyboard or the wheel, searched, or counted. The SP-API message types come from the rule
    data; reading it (and the TOML parser) before the window's first frame would delay it."""

    def __init__(
        self,
        fill: Callable[[QComboBox], None],
        retitle: Callable[[QComboBox], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._fill: Callable[[QComboBox], None] | None = fill
        self._retitle = retitle

    def fill(self) -> None:
        fill, self._fill = self._fill, None
        if fill is not None:
            fill(self)

    def retitle(self) -> None:
        """The items' titles in the current language (once they are there: not filled yet,
        they will be filled in it)."""
        if self._fill is None:
            self._retitle(self)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.fill()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.fill()
        super().wheelEvent(event)

    def findData(self, *args: Any, **kwargs: Any) -> int:
        self.fill()
        return super().findData(*args, **kwargs)

    def count(self) -> int:
        self.fill()
        return super().count()


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()) if text.strip() else None
    except ValueError:
        return None
