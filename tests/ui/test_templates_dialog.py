"""The templates dialog as a seller uses it: keep a message as a template, start from one with
the order filled in, see which ones Amazon would refuse, share them as a file."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from composer.services.store import Store, Template
from composer.ui.templates_dialog import MARK, TemplatesDialog
from tests.ui.conftest import CHECK_TIMEOUT_MS

ORDER = "302-4417865-2290147"
VALUES = {
    "buyer_name": "Anna & Ben",
    "order_id": ORDER,
    "product": "oak chopping board",
    "order_date": "2025-03-02",
    "delivery_date": "",  # not known yet
    "marketplace": "amazon.co.uk",
    "seller_name": "Marlow Mill Woodcraft",
}
ENGRAVING = Template(
    None,
    "Engraving question",
    "Engraving for order {order_id}",
    "<p>Hello {buyer_name}, which font would you like for the engraving of your"
    " {product} (order {order_id})?</p>",
)
PROMOTION = Template(
    None,
    "Spring sale",
    "A gift for you",
    "<p>Hello {buyer_name}, get 20% off your next order with code SPRING20!</p>",
)
PHONE = Template(
    None,
    "Call us",
    "About your order {order_id}",
    "<p>Hello {buyer_name}, please call us on +44 20 7946 0018 about order {order_id}.</p>",
)


class Answers:
    """Answers the dialog's questions as a person would, in order; records what was asked."""

    def __init__(
        self, names: tuple[str, ...] = (), paths: tuple[Path, ...] = (), confirm: bool = True
    ) -> None:
        self.names = list(names)
        self.paths = list(paths)
        self.confirmation = confirm
        self.asked: list[str] = []

    def ask_name(self, title: str, label: str, text: str) -> str | None:
        self.asked.append(f"{title}: {label} {text}")
        return self.names.pop(0) if self.names else None

    def ask_open_path(self, title: str) -> Path | None:
        self.asked.append(title)
        return self.paths.pop(0) if self.paths else None

    def ask_save_path(self, title: str, suggested: str) -> Path | None:
        self.asked.append(f"{title}: {suggested}")
        return self.paths.pop(0) if self.paths else None

    def confirm(self, title: str, question: str) -> bool:
        self.asked.append(f"{title}: {question}")
        return self.confirmation


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "composer.sqlite3") as opened:
        yield opened


def open_dialog(
    qtbot: QtBot,
    store: Store,
    values: Mapping[str, str] = VALUES,
    current: tuple[str, str] | None = None,
    answers: Answers | None = None,
) -> TemplatesDialog:
    dialog = TemplatesDialog(store, values, current)
    qtbot.addWidget(dialog)
    if answers is not None:
        dialog.prompts = answers
    dialog.open()  # no waiting for it to be shown: the checks' results would come in meanwhile
    return dialog


def named(parent: QWidget, name: str) -> QWidget:
    found = [w for w in parent.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def items(dialog: TemplatesDialog) -> list[QListWidgetItem]:
    found = [dialog.list.item(row) for row in range(dialog.list.count())]
    return [item for item in found if item is not None]


def item_named(dialog: TemplatesDialog, name: str) -> QListWidgetItem:
    for item in items(dialog):
        if item.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"{name}, "):
            return item
    raise AssertionError(f"no template {name!r} in {[i.text() for i in items(dialog)]}")


def names_in_store(store: Store) -> list[str]:
    return [t.name for t in store.templates()]


def click(qtbot: QtBot, button: QWidget) -> None:
    assert button.isEnabled(), f"{button.accessibleName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_controls_have_names(qtbot: QtBot, store: Store) -> None:
    store.save_template(ENGRAVING)
    dialog = open_dialog(qtbot, store, current=("Subject", "<p>Body</p>"))
    assert named(dialog, "Templates") is dialog.list
    assert named(dialog, "Template preview") is dialog.preview
    for text in (
        "Use template",
        "Save current message as template…",
        "Rename…",
        "Delete",
        "Import…",
        "Export…",
        "Close",
    ):
        button = named(dialog, text)
        assert isinstance(button, QPushButton)
        assert button.text() == text


def test_no_templates_and_no_message(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store, current=None)
    assert dialog.list.count() == 0
    assert not dialog.use_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert not dialog.rename_button.isEnabled()
    assert not dialog.delete_button.isEnabled()
    assert "No templates yet" in dialog.verdict_label.text()


def test_save_the_current_message_as_a_template(qtbot: QtBot, store: Store) -> None:
    current = (ENGRAVING.subject, ENGRAVING.body_html)
    answers = Answers(names=("Engraving question", "engraving QUESTION"))
    dialog = open_dialog(qtbot, store, current=current, answers=answers)

    click(qtbot, dialog.save_button)
    assert answers.asked == ["Save as template: Template name: Engraving for order {order_id}"]
    [saved] = store.templates()
    assert (saved.name, saved.subject, saved.body_html) == (
        "Engraving question",
        ENGRAVING.subject,
        ENGRAVING.body_html,
    )
    assert dialog.current_template() == saved
    assert dialog.selected_ids() == [saved.id]
    assert "Saved as “Engraving question”" in dialog.message_label.text()

    # The same name again, whatever its case: kept apart with a number, and said so.
    click(qtbot, dialog.save_button)
    assert names_in_store(store) == ["Engraving question", "engraving QUESTION (2)"]
    assert "“engraving QUESTION (2)” (“engraving QUESTION” is taken)" in (
        dialog.message_label.text()
    )
    assert dialog.list.count() == 2


def test_a_name_is_needed(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store, current=("Subject", "<p>Body</p>"))
    assert dialog.save_current("   ") is None
    assert store.templates() == []
    assert "needs a name" in dialog.message_label.text()


def test_use_fills_the_placeholders_from_the_order(qtbot: QtBot, store: Store) -> None:
    store.save_template(
        Template(
            None,
            "Delivery",
            "Order {order_id} for {{BuyerName}}",
            "<p>Hello [Buyer Name],</p><p>your {product} (order ${order.id}) arrives on"
            " {delivery_date}. <b>Thank you</b>, %SELLER_NAME%</p>",
        )
    )
    dialog = open_dialog(qtbot, store)

    preview = dialog.preview.toPlainText()
    assert f"Order {ORDER} for Anna & Ben" in preview
    assert "arrives on {delivery_date}." in preview  # no value: left for the seller to see
    assert "Not filled in from the order: delivery date." in dialog.verdict_label.text()

    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.use_button)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_subject == f"Order {ORDER} for Anna & Ben"
    assert dialog.chosen_html == (
        "<p>Hello Anna &amp; Ben,</p>\n<p>your oak chopping board (order"
        f" {ORDER}) arrives on {{delivery_date}}. <b>Thank you</b>, Marlow Mill Woodcraft</p>"
    )
    assert dialog.chosen_dropped == ()


def test_a_value_is_text_and_the_body_is_sanitized(qtbot: QtBot, store: Store) -> None:
    """An imported template may hold anything; a buyer's name may hold angle brackets."""
    store.save_template(
        Template(
            None,
            "Imported",
            "Hello",
            '<p style="font-family: Comic Sans">Hi {buyer_name}'
            '<script>alert(1)</script> <img src="http://tracker.example/p.gif">'
            '<a href="javascript:alert(1)">here</a></p>',
        )
    )
    dialog = open_dialog(qtbot, store, values={**VALUES, "buyer_name": "<b>Jo</b>"})
    assert dialog.use_template()
    assert dialog.chosen_html.startswith("<p>Hi &lt;b&gt;Jo&lt;/b&gt;")
    for left_out in ("script", "alert", "img", "javascript", "font", "style"):
        assert left_out not in dialog.chosen_html
    assert "font family" in dialog.chosen_dropped
    assert "Left out when inserted: " in dialog.verdict_label.text()
    assert "font family" in dialog.verdict_label.text()
    assert "Hi <b>Jo</b>" in dialog.preview.toPlainText()  # the name as written, as text


def test_a_body_that_is_not_text_cannot_be_used(qtbot: QtBot, store: Store) -> None:
    saved = store.save_template(Template(None, "Odd", "Hello", "%PDF-1.4 binary"))
    dialog = open_dialog(qtbot, store)
    assert "cannot be used: this is a PDF document, not text" in dialog.preview.toPlainText()
    assert not dialog.use_button.isEnabled()
    assert saved.id is not None
    assert not dialog.use_template(saved.id)
    assert dialog.isVisible()
    assert "“Odd” cannot be used" in dialog.message_label.text()


def test_refused_templates_are_marked_when_their_check_arrives(qtbot: QtBot, store: Store) -> None:
    for template in (ENGRAVING, PROMOTION, PHONE):
        store.save_template(template)
    dialog = open_dialog(qtbot, store)

    # Usable at once: every template listed, none marked before its check has answered.
    assert dialog.list.count() == 3
    assert not any(item.text().startswith(MARK) for item in items(dialog))
    assert item_named(dialog, "Call us").toolTip() == "Being checked…"
    assert dialog.use_button.isEnabled()

    with qtbot.waitSignal(dialog.checks_finished, timeout=CHECK_TIMEOUT_MS):
        pass
    promotion = item_named(dialog, "Spring sale")
    phone = item_named(dialog, "Call us")
    engraving = item_named(dialog, "Engraving question")
    assert promotion.text() == f"{MARK}Spring sale\nA gift for you"
    assert "Forbidden message (Marketing or promotion)" in promotion.toolTip()
    assert promotion.toolTip().count("Marketing or promotion") == 1  # purpose and rule: once
    description = Qt.ItemDataRole.AccessibleDescriptionRole
    assert promotion.data(description).startswith("Amazon would refuse this template")
    assert phone.text().startswith(MARK)
    assert "Phone number" in phone.toolTip()
    assert "Phone number" in phone.data(description)
    assert engraving.text() == "Engraving question\nEngraving for order {order_id}"
    assert engraving.data(description) == "Passes the checks."

    dialog.list.setCurrentItem(phone)
    assert "Phone number" in dialog.verdict_label.text()


def test_a_template_saved_from_the_message_is_checked_too(qtbot: QtBot, store: Store) -> None:
    dialog = open_dialog(qtbot, store, current=(PROMOTION.subject, PROMOTION.body_html))
    saved = dialog.save_current("Sale")
    assert saved is not None
    assert saved.id is not None
    assert dialog.verdict(saved.id) is None
    assert "Being checked" in dialog.verdict_label.text()
    with qtbot.waitSignal(
        dialog.template_checked,
        timeout=CHECK_TIMEOUT_MS,
        check_params_cb=lambda template_id: template_id == saved.id,
    ):
        pass
    verdict = dialog.verdict(saved.id)
    assert verdict is not None
    assert verdict.marked
    assert item_named(dialog, "Sale").text().startswith(MARK)
    assert "Amazon would refuse" in dialog.verdict_label.text()


def test_a_check_is_not_repeated_after_a_rename(qtbot: QtBot, store: Store) -> None:
    promotion = store.save_template(PROMOTION)
    dialog = open_dialog(qtbot, store)
    with qtbot.waitSignal(dialog.checks_finished, timeout=CHECK_TIMEOUT_MS):
        pass
    assert promotion.id is not None
    with qtbot.assertNotEmitted(dialog.template_checked):
        dialog.rename_template(promotion.id, "Old sale")
    assert item_named(dialog, "Old sale").text() == f"{MARK}Old sale\nA gift for you"


def test_export_then_import_into_another_store(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    for template in (ENGRAVING, PROMOTION, PHONE):
        store.save_template(template)
    everything = tmp_path / "team.json"
    one = tmp_path / "one.json"
    answers = Answers(paths=(everything, one))
    dialog = open_dialog(qtbot, store, answers=answers)

    dialog.export_all_action.trigger()
    assert answers.asked == ["Export templates: Composer templates.json"]
    assert "Exported 3 templates to team.json" in dialog.message_label.text()
    dialog.list.setCurrentItem(item_named(dialog, "Call us"))
    dialog.export_selected_action.trigger()
    assert answers.asked[-1] == "Export templates: Call us.json"
    assert [t["name"] for t in json.loads(one.read_text(encoding="utf-8"))["templates"]] == [
        "Call us"
    ]

    with Store(tmp_path / "other" / "composer.sqlite3") as other:
        other.save_template(ENGRAVING)  # the team's set meets one of the same name
        receiving = open_dialog(qtbot, other, answers=Answers(paths=(everything,)))
        click(qtbot, receiving.import_button)
        assert "Imported 3 templates from team.json" in receiving.message_label.text()
        assert [(t.name, t.subject, t.body_html) for t in other.templates()] == [
            ("Call us", PHONE.subject, PHONE.body_html),
            ("Engraving question", ENGRAVING.subject, ENGRAVING.body_html),
            ("Engraving question (2)", ENGRAVING.subject, ENGRAVING.body_html),
            ("Spring sale", PROMOTION.subject, PROMOTION.body_html),
        ]
        imported = {t.id for t in other.templates() if t.name != "Engraving question"}
        assert set(receiving.selected_ids()) == imported
        with qtbot.waitSignal(receiving.checks_finished, timeout=CHECK_TIMEOUT_MS):
            pass
        assert item_named(receiving, "Spring sale").text().startswith(MARK)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "is not valid JSON (line 1, column 2"),
        ('{"templates": []}', 'is not a Composer template file (no "format"'),
        (
            json.dumps(
                {
                    "format": "composer-templates",
                    "version": 1,
                    "templates": [
                        {"name": "Fine", "subject": "", "body_html": "<p>Hello</p>"},
                        {"name": "Broken", "subject": ""},
                    ],
                }
            ),
            'template 2 ("Broken") has no "body_html"',
        ),
        (
            json.dumps({"format": "composer-templates", "version": 9, "templates": []}),
            "was made by a newer Composer",
        ),
    ],
    ids=["not-json", "not-ours", "one-bad-template", "newer"],
)
def test_a_bad_file_is_refused_with_its_reason(
    qtbot: QtBot, store: Store, tmp_path: Path, content: str, reason: str
) -> None:
    store.save_template(ENGRAVING)
    before = store.templates()
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    dialog = open_dialog(qtbot, store, answers=Answers(paths=(path,)))

    click(qtbot, dialog.import_button)
    message = dialog.message_label.text()
    assert message.startswith("Nothing was imported: bad.json: ")
    assert reason in message
    assert store.templates() == before
    assert [item.text() for item in items(dialog)] == [
        "Engraving question\nEngraving for order {order_id}"
    ]
    assert dialog.import_from(tmp_path / "missing.json") is None
    assert "missing.json: cannot be read" in dialog.message_label.text()
    assert store.templates() == before


def test_rename_and_delete(qtbot: QtBot, store: Store) -> None:
    for template in (ENGRAVING, PROMOTION, PHONE):
        store.save_template(template)
    answers = Answers(names=("Customisation", "Spring sale"), confirm=False)
    dialog = open_dialog(qtbot, store, answers=answers)

    dialog.list.setCurrentItem(item_named(dialog, "Engraving question"))
    click(qtbot, dialog.rename_button)
    assert answers.asked == ["Rename template: Template name: Engraving question"]
    assert names_in_store(store) == ["Call us", "Customisation", "Spring sale"]
    assert dialog.current_template() is not None
    assert dialog.current_template().name == "Customisation"  # type: ignore[union-attr]
    assert [item.text().split("\n")[0] for item in items(dialog)] == [
        "Call us",
        "Customisation",
        "Spring sale",
    ]
    click(qtbot, dialog.rename_button)  # to a name another template has
    assert names_in_store(store) == ["Call us", "Spring sale", "Spring sale (2)"]
    assert "(“Spring sale” is taken)" in dialog.message_label.text()

    dialog.list.setCurrentItem(item_named(dialog, "Call us"))
    click(qtbot, dialog.delete_button)  # asked, and the answer is no
    assert answers.asked[-1] == "Delete templates: Delete “Call us” for good?"
    assert len(store.templates()) == 3
    answers.confirmation = True
    click(qtbot, dialog.delete_button)
    assert names_in_store(store) == ["Spring sale", "Spring sale (2)"]
    assert dialog.list.count() == 2
    assert "Deleted “Call us”" in dialog.message_label.text()

    dialog.list.selectAll()
    click(qtbot, dialog.delete_button)
    assert answers.asked[-1] == "Delete templates: Delete 2 templates for good?"
    assert store.templates() == []
    assert dialog.list.count() == 0
    assert not dialog.use_button.isEnabled()
    assert "No templates yet" in dialog.verdict_label.text()


def test_closing_while_checks_run(qtbot: QtBot, store: Store) -> None:
    """The checks not started when the dialog closes are dropped; one that is running ends
    without harm, even when the dialog is deleted under it."""
    saved = [
        store.save_template(Template(None, f"Sale {n}", "Offer", f"<p>{n}% off everything!</p>"))
        for n in range(60)
    ]
    dialog = open_dialog(qtbot, store)
    with qtbot.waitSignal(dialog.rejected):
        click(qtbot, dialog.close_button)
    assert dialog.checks.wait(CHECK_TIMEOUT_MS)
    checked = [t for t in saved if t.id is not None and dialog.verdict(t.id) is not None]
    assert len(checked) < len(saved)

    doomed = TemplatesDialog(store, VALUES, None)
    doomed.show()
    with qtbot.waitSignal(doomed.destroyed):
        doomed.deleteLater()
