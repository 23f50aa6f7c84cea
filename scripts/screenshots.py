"""Render screenshots of the window into docs/screenshots/ (offscreen, or under Xvfb).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py

Each picture is the real window on a scratch data folder: an empty draft, a message with
several findings with one card's explanation open, and the channel preview of that message
(SP-API and e-mail).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from composer.policy import Channel
from composer.services.store import Store
from composer.spelling import UserDictionary
from composer.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
FINDINGS_SUBJECT = "Your engraving \U0001f381 – order 302-4417865-2290147"
FINDINGS_BODY = (
    "<p>Hello {buyer_name},</p>"
    "<p>Thank you for your order 302-4417865-2290147 of the engraved oak chopping board. "
    "Before we engrave it, could you confirm the text? You wrote "
    "<b>“The Hendersons – Est 2019”</b>; should the dash stay?</p>"
    "<p>If anything is unclear, call us on +44 20 7946 0018 or write to help@example.co.uk. "
    "We recieved your photo \U0001f60a</p>"
    "<p>Kind regards,<br>Marlow Mill Woodcraft</p>"
)


def wait_for_check(window: MainWindow) -> None:
    loop = QEventLoop()
    window.check_shown.connect(loop.quit)
    window.request_check()
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    settle()


def settle() -> None:
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)  # queued shows and layouts
    loop.exec()


def main() -> int:
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        store = Store(data / "composer.sqlite3")
        window = MainWindow(
            store,
            UserDictionary(data / "dictionary.txt"),
            QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat),
        )
        window.resize(*SIZE)
        window.splitter.setSizes([SIZE[0] * 3 // 5, SIZE[0] * 2 // 5])
        window.show()
        wait_for_check(window)
        window.grab().save(str(OUT / "window-empty.png"))

        window.subject.setText(FINDINGS_SUBJECT)
        window.editor.set_body_html(FINDINGS_BODY)
        window.order.order_id.setText("302-4417865-2290147")
        window.order.marketplace.setCurrentText("amazon.co.uk")
        wait_for_check(window)
        window.panel.cards[0].why_button.setChecked(True)
        settle()
        window.grab().save(str(OUT / "window-findings.png"))

        window.order.channel.setCurrentIndex(window.order.channel.findData(Channel.SP_API))
        types = window.order.message_type
        types.setCurrentIndex(types.findData("confirmCustomizationDetails"))
        wait_for_check(window)
        window.act_preview.trigger()
        settle()
        assert window.preview is not None
        window.preview.resize(720, 560)
        settle()
        window.preview.grab().save(str(OUT / "channel-preview-sp-api.png"))
        window.preview.tabs.setCurrentIndex(0)
        settle()
        window.preview.grab().save(str(OUT / "channel-preview-email.png"))
        window.close()
        store.close()
    del app
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
