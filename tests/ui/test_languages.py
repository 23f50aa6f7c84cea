"""The window in the seller's language: every text marked for translation (checked with a
pseudo-translated catalogue made from the code, so it holds whatever the real catalogues do),
switching without a restart (the draft and the panel stay), the preference kept, the system's
language by default, Qt's own catalogue for its standard buttons, and nothing cut off at the
default size when the texts are 40 % longer than English."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QSize
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from composer import i18n
from composer.policy import Channel
from composer.policy.rulebook import load_rulebook
from composer.services.export import channel_preview, to_plain_text
from composer.services.marketplaces import MARKETPLACES, Region
from composer.services.outbox import State
from composer.services.store import Store, Template
from composer.spelling import UserDictionary
from composer.ui import language as language_module
from composer.ui.accounts_dialog import remove_confirmation_box
from composer.ui.drafts_dialog import DraftsDialog
from composer.ui.export_actions import export_confirmation_box, export_problems, save_error_box
from composer.ui.ignored_dialog import IgnoredRulesDialog
from composer.ui.language import SETTING, SYSTEM, LanguageService
from composer.ui.main_window import MainWindow
from composer.ui.order_fields import LANGUAGES as ORDER_LANGUAGES
from composer.ui.outbox_window import send_again_box
from composer.ui.send_dialog import SendDialog
from tests.services.fake_amazon import DROP_AFTER_DELIVERY, NOT_ALLOWED
from tests.services.smtp_server import free_port
from tests.ui.conftest import CHECK_TIMEOUT_MS
from tests.ui.fits import overflows
from tests.ui.pseudo import (
    OPEN,
    english_plural,
    pseudo,
    pseudo_catalogue,
    texts,
    untranslated,
)
from tests.ui.sending_rig import (
    BUYER_DE,
    CUSTOMIZATION_TEXT,
    DE_ORDER,
    DELAY_HTML,
    DELAY_SUBJECT,
    NETWORK_TIMEOUT_MS,
    SENDER,
    US_ORDER,
    Rig,
    running_rig,
    wait_idle,
)

SUBJECT = f"Your order {US_ORDER}"
BODY = (
    "Thanks for your order! We recieved it today. Please leave us a 5-star review and call "
    "+44 20 7946 0018 or visit our shop \U0001f60a"
)
# The screen the main window's default size is taken for: a common small laptop (the
# offscreen platform's own screen is 800 × 800, smaller than any seller's).
LAPTOP = QSize(1366, 768)
TEMPLATE = Template(None, "Engraving question", "Your engraving", "<p>Which name, please?</p>")


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """composer_de.qm, pseudo-translated from the code as it is now."""
    folder = tmp_path_factory.mktemp("pseudo")
    pseudo_catalogue(folder, "de")
    return folder


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    with running_rig(tmp_path) as running:
        yield running


def settings_in(folder: Path) -> QSettings:
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def pseudo_service(folder: Path, pseudo_folder: Path) -> LanguageService:
    return LanguageService(settings_in(folder), catalogues=pseudo_folder)


def main_window(qtbot: QtBot, rig: Rig, service: LanguageService) -> MainWindow:
    store = Store(rig.folder / "composer.sqlite3")
    window = MainWindow(
        store,
        UserDictionary(rig.folder / "dictionary.txt"),
        service.settings,
        accounts_path=rig.folder / "accounts.json",
        sending=rig.hub,
        language=service,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def write_message(qtbot: QtBot, window: MainWindow) -> None:
    """A message with problems of every kind (a forbidden purpose, errors with fixes, a
    spelling mistake), its order fields filled in, checked."""
    window.order.order_id.setText(US_ORDER)
    window.order.marketplace.setCurrentText("amazon.com")
    window.order.channel.setCurrentIndex(window.order.channel.findData(Channel.SP_API))
    types = window.order.message_type
    types.setCurrentIndex(types.findData("confirmCustomizationDetails"))
    window.subject.setText(SUBJECT)
    with qtbot.waitSignal(window.check_shown, timeout=CHECK_TIMEOUT_MS):
        window.editor.setPlainText(BODY)
    window.save_draft()
    for card in window.panel.cards:  # the explanations too
        if hasattr(card, "why_button"):
            card.why_button.setChecked(True)


def fill_outbox(rig: Rig) -> None:
    """A message in each state: sent, refused, uncertain, waiting."""
    from tests.ui.test_outbox_window import email_request, sp_api_request, submitted

    rig.sp_api_account()
    rig.mail_account(port=free_port())  # no server there: the e-mail waits
    submitted(rig, sp_api_request())
    rig.fake.script(NOT_ALLOWED, order_id=US_ORDER)
    submitted(rig, sp_api_request())
    rig.fake.script(DROP_AFTER_DELIVERY, order_id=US_ORDER)
    submitted(rig, sp_api_request())
    submitted(rig, email_request())


def open_windows(qtbot: QtBot, rig: Rig, window: MainWindow) -> list[QWidget]:
    """Every window and dialog, each showing what it can show: the main window with a checked
    message, the preferences, drafts, templates, ignored rules, the channel preview, the send
    dialog after Amazon was asked, the outbox with a message of each state, the accounts after
    a test, with the form open."""
    store = window.store
    store.save_template(TEMPLATE)
    store.ignore_rule("emoji")
    shown: list[QWidget] = [window, window.open_preferences()]
    drafts = DraftsDialog(store, window)
    ignored = IgnoredRulesDialog(store, window)
    for dialog in (drafts, ignored):
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
    templates = window.open_templates()
    qtbot.waitUntil(templates.checks.is_idle)
    shown += [templates, window.show_preview()]
    send = window.open_send_dialog()
    check_with_amazon(qtbot, send)
    outbox = window.show_outbox()
    accounts = window.open_accounts()
    qtbot.waitUntil(lambda: accounts.keyring_label.text() != accounts.tr("Checking the keyring…"))
    accounts.test_account("Shop US", timeout=5)
    wait_idle(qtbot, rig.hub)
    shown += [send, outbox, accounts, accounts.open_add_form()]
    return shown


def check_with_amazon(qtbot: QtBot, send: SendDialog) -> None:
    with qtbot.waitSignal(send.prepared_shown, timeout=NETWORK_TIMEOUT_MS):
        send.check()


def open_boxes(rig: Rig, window: MainWindow) -> list[QWidget]:
    """The questions and messages, built as they are shown (they block their window: no
    language switch can come while one is open): the export question and failure, sending an
    uncertain message again, removing an account."""
    assert window.outbox_window is not None
    assert window.accounts_dialog is not None
    uncertain = next(e for e in rig.outbox.entries() if e.state is State.UNCERTAIN)
    boxes = [
        export_confirmation_box(window, export_problems(window.report, window.findings), "export"),
        save_error_box(window, rig.folder / "message.eml", PermissionError("Permission denied")),
        send_again_box(window.outbox_window, uncertain),
        remove_confirmation_box(window.accounts_dialog, rig.book.accounts()[0]),
    ]
    for box in boxes:
        box.show()
    return list(boxes)


def data(rig: Rig) -> list[str]:
    """What the windows show of the seller's own, and codes: the messages, names, ids,
    addresses, dates, Amazon's marketplaces and language tags, the rule book's ids (a card
    shows its rule's id), the languages in their own names, Amazon's own words."""
    rulebook = load_rulebook()
    found = [
        SUBJECT,
        *BODY.split(),
        *to_plain_text(DELAY_HTML).split(),
        *CUSTOMIZATION_TEXT.split(),
        US_ORDER,
        DE_ORDER,
        DELAY_SUBJECT,
        BUYER_DE,
        SENDER,
        TEMPLATE.name,
        TEMPLATE.subject,
        "Which name, please?",
        "Shop US",
        "Shop DE",
        rig.fake.base_url,
        rig.fake.lwa_url,
        *rulebook.rules,
        *rulebook.purposes,
        *rulebook.message_types,
        *rulebook.sources,
        *i18n.LANGUAGE_NAMES.values(),
        *ORDER_LANGUAGES,
        *(market.code for market in MARKETPLACES),
        *(market.store for market in MARKETPLACES),
        *(market.locale for market in MARKETPLACES),
        *(market.buyer_mail_domain for market in MARKETPLACES),
        *(str(region) for region in Region),
        "smtp.example.com",  # a host name's and an address's shape: the same in any language
        "https://…/auth/o2/token",
        "Invalid amazonOrderId and template combination.",  # the fake Amazon's own words
    ]
    for account in rig.book.accounts():
        found += [account.sp_api_base_url, account.lwa_url]
    found.append(rig.book.credentials.backend_name)  # the keyring's own name
    for entry in rig.outbox.entries():
        found += [entry.reply_reference, entry.reply_code]  # Amazon's id and code
    found += [f"{d:%Y-%m-%d}" for d in (date.today(), date.today() + timedelta(days=180))]
    return found


def services_words(rig: Rig, window: MainWindow) -> list[str]:
    """What the engine and the services word themselves and the window quotes: a fix the
    engine titles itself, what a channel changes, the send gate's reasons, the outbox's
    reasons, an account test's findings, the marketplaces' countries. Their translation is the
    core's side of issue 5 (``composer.i18n`` marking in composer/policy and services)."""
    found: list[str] = []
    for finding in window.findings:
        if finding.fix is not None:
            found.append(finding.fix.title)
    message, _ = window.current_message()
    for channel in Channel:
        found += channel_preview(message.subject, message.body, channel, None).stripped
        found += [change[:1].upper() + change[1:] for change in found[-3:]]
    dialog = window.send_dialog
    if dialog is not None and dialog.prepared is not None:
        found += [p.message for p in (*dialog.prepared.blockers, *dialog.prepared.warnings)]
    for entry in rig.outbox.entries():
        found += [entry.state_reason, entry.reply_message]
    accounts = window.accounts_dialog
    if accounts is not None:
        for result in accounts.results.values():
            if isinstance(result, list):
                found += [step.text[:1].upper() + step.text[1:] for step in result]
    found += [market.country for market in MARKETPLACES]
    return [text for text in found if text]


# -- (a) nothing left unmarked -----------------------------------------------------------------


@pytest.mark.parametrize("when", ["opened before the switch", "opened after the switch"])
def test_every_window_and_dialog_speaks_the_new_language(
    qtbot: QtBot, rig: Rig, pseudo_folder: Path, when: str
) -> None:
    """Every text is pseudo-translated but the seller's data, in windows open while the
    language changes (their ``retranslate``) and in those opened after."""
    service = pseudo_service(rig.folder, pseudo_folder)
    window = main_window(qtbot, rig, service)
    fill_outbox(rig)
    write_message(qtbot, window)
    if when == "opened before the switch":
        shown = open_windows(qtbot, rig, window)
        with qtbot.waitSignal(window.check_shown, timeout=CHECK_TIMEOUT_MS):
            service.apply("de")
        # What Amazon and the check said comes in the language asked in: ask again.
        assert window.send_dialog is not None
        check_with_amazon(qtbot, window.send_dialog)
    else:
        with qtbot.waitSignal(window.check_shown, timeout=CHECK_TIMEOUT_MS):
            service.apply("de")
        shown = open_windows(qtbot, rig, window)
    shown += open_boxes(rig, window)
    wait_idle(qtbot, rig.hub)
    allowed = [*data(rig), *services_words(rig, window)]
    left = [line for widget in shown for line in untranslated(texts(widget), allowed)]
    assert left == [], "\n".join(left)


def test_the_services_words_come_in_the_new_language_too(
    qtbot: QtBot, rig: Rig, pseudo_folder: Path
) -> None:
    service = pseudo_service(rig.folder, pseudo_folder)
    window = main_window(qtbot, rig, service)
    fill_outbox(rig)
    write_message(qtbot, window)
    with qtbot.waitSignal(window.check_shown, timeout=CHECK_TIMEOUT_MS):
        service.apply("de")
    shown = [*open_windows(qtbot, rig, window), *open_boxes(rig, window)]
    wait_idle(qtbot, rig.hub)
    left = [line for widget in shown for line in untranslated(texts(widget), data(rig))]
    assert left == [], "\n".join(left)


# -- (e) nothing cut off -------------------------------------------------------------------------


def test_nothing_is_cut_off_at_the_default_size_in_a_longer_language(
    qtbot: QtBot, rig: Rig, pseudo_folder: Path
) -> None:
    """Every text 40 % longer than English (German runs about 30 % longer): each window at
    the size it opens at, every text fits its widget (tests/ui/fits.py says how)."""
    service = pseudo_service(rig.folder, pseudo_folder)
    service.apply("de")
    window = main_window(qtbot, rig, service)
    window.default_size(LAPTOP)
    fill_outbox(rig)
    write_message(qtbot, window)
    shown = [*open_windows(qtbot, rig, window), *open_boxes(rig, window)]
    wait_idle(qtbot, rig.hub)
    for widget in shown:
        qtbot.waitExposed(widget)
    found = [line for widget in shown for line in overflows(widget)]
    assert found == [], "\n".join(found)


# -- (b) switching back and forth ----------------------------------------------------------------


def test_switching_back_and_forth_keeps_the_draft_and_the_panel(
    qtbot: QtBot, rig: Rig, pseudo_folder: Path
) -> None:
    service = pseudo_service(rig.folder, pseudo_folder)
    window = main_window(qtbot, rig, service)
    write_message(qtbot, window)
    with qtbot.waitSignal(window.check_shown, timeout=CHECK_TIMEOUT_MS):
        window.editor.textCursor().insertText(" Kind regards")  # something to undo
    window.save_draft()
    preview = window.show_preview()
    draft, body = window.draft, window.editor.toHtml()
    rules = [card.finding.rule for card in window.panel.cards]
    english_title = window.windowTitle()
    for language, menu in (("de", OPEN), ("en", "&File"), ("de", OPEN), ("en", "&File")):
        with qtbot.waitSignal(window.check_shown, timeout=CHECK_TIMEOUT_MS):
            service.apply(language)
        assert window.menu_file.title().startswith(menu)
        # The message, the draft and the order are as they were: a switch is no edit.
        assert window.subject.text() == SUBJECT
        assert window.editor.toHtml() == body
        assert window.editor.document().isUndoAvailable()
        assert window.draft == draft
        assert window.store.draft(draft.id).body_html == draft.body_html  # type: ignore[arg-type]
        assert window.order.values().message_type == "confirmCustomizationDetails"
        assert window.order.values().channel is Channel.SP_API
        # The panel has the same findings, in the language now installed.
        assert [card.finding.rule for card in window.panel.cards] == rules
        messages = [card.finding.message for card in window.panel.cards]
        assert all(m.startswith(OPEN) for m in messages) == (language == "de"), messages
        assert preview.isVisible()
    assert window.windowTitle() == english_title


# -- (c) the preference --------------------------------------------------------------------------


def test_the_language_chosen_in_the_preferences_is_kept(
    qtbot: QtBot, rig: Rig, pseudo_folder: Path
) -> None:
    """Chosen in Edit › Preferences…, applied at once, stored; the next start uses it;
    "System default" goes back to the system's language (French here, for which this test has
    no Composer catalogue: English texts, Qt's French buttons, and no error)."""
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    service = LanguageService(
        settings_in(rig.folder), catalogues=pseudo_folder, system_locale=french
    )
    window = main_window(qtbot, rig, service)
    assert window.act_preferences.shortcut().toString() == "Ctrl+,"
    assert window.act_preferences in window.menu_edit.actions()
    dialog = window.open_preferences()
    box = dialog.language_box
    assert box.currentData() == SYSTEM
    assert box.itemText(0) == "System default (Français)"
    assert [box.itemText(i) for i in range(1, box.count())] == [
        "English",
        "Français",
        "Deutsch",
        "Español",
        "Italiano",
        "Português",
        "Polski",
        "Nederlands",
    ]
    with qtbot.waitSignal(service.changed):
        dialog.choose("de")
    assert service.settings.value(SETTING) == "de"
    assert window.menu_file.title().startswith(OPEN)
    assert dialog.windowTitle().startswith(OPEN)  # the dialog itself has switched
    assert box.itemText(3) == "Deutsch"  # each language in its own name, whatever the one shown

    restarted = LanguageService(
        settings_in(rig.folder), catalogues=pseudo_folder, system_locale=french
    )
    assert restarted.preference() == "de"
    assert restarted.start().language == "de"

    with qtbot.waitSignal(service.changed):
        dialog.choose(SYSTEM)
    assert service.settings.value(SETTING) == SYSTEM
    loaded = language_module.current()
    assert loaded is not None
    assert (loaded.language, loaded.composer) == ("fr", None)  # no catalogue: English
    assert loaded.qt is not None
    assert loaded.qt.name == "qtbase_fr.qm"
    assert window.menu_file.title() == "&File"
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close.text() == "Fermer"  # Qt's own catalogue


# -- (d) the system's language by default ------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("de_AT", "de"),
        ("fr_CA", "fr"),
        ("pt_BR", "pt"),
        ("pt_PT", "pt"),
        ("pl_PL", "pl"),
        ("nl_BE", "nl"),
        ("es_MX", "es"),
        ("it_CH", "it"),
        ("en_GB", "en"),
        ("ja_JP", "en"),
        ("sv_SE", "en"),
        ("C", "en"),
    ],
)
def test_the_systems_language_is_the_default(tmp_path: Path, locale: str, language: str) -> None:
    service = LanguageService(settings_in(tmp_path), system_locale=QLocale(locale))
    assert service.preference() == SYSTEM
    assert service.preferred_language() == language


def test_the_systems_language_is_read_from_the_system(tmp_path: Path) -> None:
    """QLocale.system() as Qt reads it on this platform (on Linux, the environment)."""
    code = (
        "import sys; from PySide6.QtCore import QCoreApplication, QSettings; "
        "app = QCoreApplication([]); from composer.ui.language import LanguageService; "
        "service = LanguageService(QSettings(sys.argv[1], QSettings.Format.IniFormat)); "
        "print(service.start().language)"
    )
    found = {}
    for lang in ("pl_PL.UTF-8", "pt_BR.UTF-8", "ja_JP.UTF-8", "C"):
        environ = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
        environ["LANG"] = lang
        result = subprocess.run(
            [sys.executable, "-c", code, str(tmp_path / "settings.ini")],
            capture_output=True,
            text=True,
            env=environ,
            timeout=60,
            check=True,
        )
        found[lang] = result.stdout.strip()
    assert found == {"pl_PL.UTF-8": "pl", "pt_BR.UTF-8": "pt", "ja_JP.UTF-8": "en", "C": "en"}


# -- the catalogues ------------------------------------------------------------------------------


def test_qts_own_catalogue_translates_the_standard_buttons(qtbot: QtBot, tmp_path: Path) -> None:
    """The PySide6 wheel has qtbase_<language>.qm for all seven languages besides English."""
    service = LanguageService(settings_in(tmp_path), catalogues=tmp_path)
    expected = {
        "fr": "Fermer",
        "de": "Schließen",
        "es": "Cerrar",
        "it": "Chiudi",
        "pt": "Fechar",  # Brazil's: qtbase_pt_BR
        "pl": "Zamknij",
        "nl": "Sluiten",
    }
    found = {}
    for language in expected:
        loaded = service.apply(language)
        assert loaded.composer is None  # none in tmp_path: English, no error
        assert loaded.qt is not None
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        qtbot.addWidget(box)
        found[language] = box.button(QDialogButtonBox.StandardButton.Close).text()
    assert found == expected


def test_english_has_its_plural_forms() -> None:
    """From English's catalogue (the tests make it from the code, as translations/
    composer_en.ts should have it): "(s)" dropped for one, kept for more."""
    assert english_plural("%n finding(s)", 1) == "%n finding"
    assert english_plural("%Ln box(es) below", 2) == "%Ln boxes below"
    loaded = language_module.current()
    assert loaded is not None
    assert loaded.composer is not None
    assert QCoreApplication.translate("MainWindow", "%Ln character(s)", None, 1) == "1 character"
    assert QCoreApplication.translate("MainWindow", "%Ln character(s)", None, 3) == "3 characters"


SWITCH_WHILE_TRANSLATING = r"""
import sys, threading
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings
app = QCoreApplication([])
from composer import i18n
from composer.ui.language import LanguageService
service = LanguageService(
    QSettings(sys.argv[1], QSettings.Format.IniFormat), catalogues=Path(sys.argv[2])
)
service.apply("de")
done = threading.Event()
count = [0]
def check():  # what a check on its worker does: translate, all the time
    while not done.is_set():
        i18n.translate("rule-title", "Phone number", "phone-number")
        i18n.translate("Verdict", "%n purpose(s)", None, 2)
        count[0] += 1
worker = threading.Thread(target=check)
worker.start()
for _ in range(300):
    service.apply("en")
    service.apply("de")
done.set()
worker.join()
print("switched", count[0] > 0)
"""


def test_switching_while_a_check_translates_does_not_hang(
    tmp_path: Path, pseudo_folder: Path
) -> None:
    """Qt calls its translators under a lock that installing one takes while PySide holds
    the GIL: a translator written in Python, called from a worker, deadlocked the switch."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            SWITCH_WHILE_TRANSLATING,
            str(tmp_path / "s.ini"),
            str(pseudo_folder),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.strip().splitlines()[-1] == "switched True"


def test_the_pseudo_catalogue_is_the_codes_every_string(pseudo_folder: Path) -> None:
    """What the pseudo test relies on: lupdate found the window's strings, plurals among them
    (with every form), and the translation keeps placeholders, accelerators and tags."""
    ts = ET.parse(pseudo_folder / "composer_de.ts").getroot()
    contexts = {context.findtext("name") for context in ts.iter("context")}
    assert {"MainWindow", "ChecksPanel", "FindingCard", "OrderFields", "PreferencesDialog"} <= (
        contexts
    )
    assert {"SendDialog", "OutboxWindow", "Outbox", "AccountsDialog", "AccountForm"} <= contexts
    assert {"Accounts", "Export", "Templates", "TemplatesDialog", "App"} <= contexts
    # What only Qt's own dialogs show (a question, a name to type, a file to choose), which
    # the test above cannot open without a nested event loop: marked all the same.
    marked = {
        (context.findtext("name"), message.findtext("source"))
        for context in ts.iter("context")
        for message in context.iter("message")
    }
    for shown_by_qt in [
        ("MainWindow", "Ignore this rule"),
        ("MainWindow", "Rename draft"),
        ("MainWindow", "Address (https:// only):"),
        ("MainWindow", "Messages ({patterns})"),
        ("MainWindow", "No suggestions"),
        ("DraftsDialog", "Delete this draft for good?"),
        ("TemplatesDialog", "Template name:"),
        ("Templates", "All files ({patterns})"),
        ("Accounts", "The SMTP password of “{account}”:"),
        ("App", "The old database was kept as {path}."),
    ]:
        assert shown_by_qt in marked, shown_by_qt
    plural = [m for m in ts.iter("message") if m.get("numerus") == "yes"]
    assert len(plural) >= 20
    assert pseudo("&Save {name} <b>now</b> %n").startswith("⟦&Save {name} <b>now</b> %n ")
    assert len(pseudo("x" * 100)) >= 140
