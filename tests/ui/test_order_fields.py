"""The order fields' marketplaces: the services' one list of them, each filling in the language
its buyers write by default."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from composer.services.marketplaces import MARKETPLACES
from composer.ui.order_fields import OrderFields, OrderInfo

# What the order fields offered when they kept their own list, in its order, with the buyer's
# default language each filled in: none may go, none may move, none may fill in another.
OFFERED_BEFORE = (
    ("amazon.com", "en-US"),
    ("amazon.ca", "en-CA"),
    ("amazon.com.mx", "es-MX"),
    ("amazon.com.br", "pt-BR"),
    ("amazon.co.uk", "en-GB"),
    ("amazon.ie", "en-IE"),
    ("amazon.de", "de-DE"),
    ("amazon.fr", "fr-FR"),
    ("amazon.it", "it-IT"),
    ("amazon.es", "es-ES"),
    ("amazon.nl", "nl-NL"),
    ("amazon.com.be", "nl-BE"),
    ("amazon.pl", "pl-PL"),
    ("amazon.se", "sv-SE"),
    ("amazon.com.tr", "tr-TR"),
    ("amazon.co.jp", "ja-JP"),
    ("amazon.com.au", "en-AU"),
    ("amazon.sg", "en-SG"),
    ("amazon.in", "en-IN"),
    ("amazon.ae", "ar-AE"),
    ("amazon.sa", "ar-SA"),
    ("amazon.eg", "ar-EG"),
)


def fields(qtbot: QtBot) -> OrderFields:
    form = OrderFields()
    qtbot.addWidget(form)
    return form


def offered(form: OrderFields) -> list[tuple[str, str]]:
    box = form.marketplace
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_the_marketplaces_are_the_services_list_in_its_order(qtbot: QtBot) -> None:
    form = fields(qtbot)
    assert offered(form) == [("", ""), *((m.store, m.locale) for m in MARKETPLACES)]
    assert form.marketplace.currentIndex() == 0  # none chosen until the seller chooses
    assert form.values() == OrderInfo()


def test_every_marketplace_offered_before_is_still_there_in_the_same_order(
    qtbot: QtBot,
) -> None:
    shown = offered(fields(qtbot))
    assert [entry for entry in shown if entry in OFFERED_BEFORE] == list(OFFERED_BEFORE)
    added = [entry for entry in shown[1:] if entry not in OFFERED_BEFORE]
    assert added == [("amazon.co.za", "en-ZA")]  # the services' list had South Africa too


def test_choosing_a_marketplace_fills_in_its_buyers_language(qtbot: QtBot) -> None:
    form = fields(qtbot)
    for store, locale in OFFERED_BEFORE:
        form.set_values(OrderInfo())
        with qtbot.waitSignal(form.changed):
            form.marketplace.setCurrentText(store)
        assert form.values().marketplace == store
        assert form.values().buyer_language == locale


def test_a_buyer_language_already_given_is_kept(qtbot: QtBot) -> None:
    form = fields(qtbot)
    form.buyer_language.setCurrentText("fr-BE")
    with qtbot.waitSignal(form.changed):
        form.marketplace.setCurrentText("amazon.com.be")
    assert form.values().buyer_language == "fr-BE"
    form.marketplace.setCurrentIndex(0)  # back to none: the language stays
    assert form.values() == OrderInfo(buyer_language="fr-BE")


def test_a_saved_marketplace_comes_back_without_changing_the_language(qtbot: QtBot) -> None:
    form = fields(qtbot)
    saved = OrderInfo(marketplace="amazon.co.uk", buyer_language="")
    with qtbot.assertNotEmitted(form.changed):
        form.set_values(saved)
    assert form.values() == saved  # a restored draft keeps what it had, filled in or not
