"""The counter's devices in the running app (demo café, simulated devices, real spool).

The window is built as ``cafe-pos demo`` builds it (``build_window`` with a ``Counter``,
then ``after_start`` once it is on screen): the customer display follows the ticket, the
simulated scale weighs, a sale made while the printer is off is kept and printed once
when it comes back, "Ouvrir le tiroir" is journaled and pulses the drawer.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from offscreen_run import run_offscreen
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child
from sqlalchemy import func, select

from cafe_pos.app import build_devices
from cafe_pos.context import ServiceContext
from cafe_pos.devices.simulated import SimulatedDisplay, SimulatedPrinter
from cafe_pos.services import printing
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.models.sales import Ticket
from cafe_pos.ui.counter import Counter
from cafe_pos.ui.qt_app import after_start, build_window

SPOOL_WAIT_MS = 5000


def _printer(counter: Counter) -> SimulatedPrinter:
    printer = counter.devices.simulated_printer if counter.devices is not None else None
    assert printer is not None
    return printer


def _display(counter: Counter) -> SimulatedDisplay:
    display = counter.devices.simulated_display if counter.devices is not None else None
    assert display is not None
    return display


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ticket_count(ctx: ServiceContext) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Ticket)) or 0)


def events(ctx: ServiceContext, code: int) -> list[tuple[str, str]]:
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(FiscalEvent.actor_name, FiscalEvent.message)
            .where(FiscalEvent.code == code)
            .order_by(FiscalEvent.id)
        )
        return [(row.actor_name, row.message) for row in rows]


@pytest.fixture
def till(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> Iterator[tuple[Any, Counter]]:
    """The demo till, logged in as Camille (manager), devices started after the window."""
    counter = Counter(demo_ctx, simulated=True, devices_factory=build_devices)
    window = build_window(
        demo_ctx, demo=True, lang="fr", actor=actor_of("Camille"), counter=counter
    )
    qtbot.addWidget(window)
    window.show()
    after_start(window, counter, warm_up=False)
    yield window, counter
    counter.close()


def test_the_customer_display_follows_the_ticket_then_says_welcome(
    qtbot: QtBot, till: tuple[Any, Counter]
) -> None:
    window, counter = till
    display = _display(counter)
    assert display.lines[0].strip() == "Bienvenue !"
    screen = window.section_widget("sale")
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    assert display.lines == ("Coca-Cola 33 cl".ljust(20), "2,80 EUR".rjust(20))
    click(qtbot, screen.keys.button_for("Coca"))  # the same line, two of them now
    assert display.lines == ("Coca-Cola 33 cl".ljust(20), "2 x" + "5,60 EUR".rjust(17))
    click(qtbot, screen.keys.button_for("Perrier"))
    assert display.lines == ("Perrier 33 cl".ljust(20), "2,50 EUR".rjust(20))
    # The demo's panel shows what the customer reads.
    assert counter.panel is not None
    assert counter.panel.display_label.text().splitlines()[0].strip() == "Perrier 33 cl"

    click(qtbot, screen.pay_button)
    assert display.lines == ("TOTAL".ljust(20), "8,10 EUR".rjust(20))
    dialog = screen.payment_dialog
    click(qtbot, dialog.note_buttons[2000])
    click(qtbot, dialog.validate_button)
    assert display.lines == ("Recu       20,00 EUR", "Rendu      11,90 EUR")
    # Some seconds later the display greets the next customer.
    counter._welcome_if_idle(counter._display_turn)
    assert display.lines[0].strip() == "Bienvenue !"


def test_the_demo_panel_leaves_the_sale_keys_and_the_ticket_visible(
    qtbot: QtBot, till: tuple[Any, Counter]
) -> None:
    window, counter = till
    panel = counter.panel
    toggle = window.findChild(QToolButton, "simulatedDevicesPanelToggle")
    assert panel is not None
    if panel.isFloating():  # a 1280 px screen: it waits to be asked, covering nothing
        assert not panel.isVisible()
        click(qtbot, toggle)
    assert panel.isVisible()
    screen = window.section_widget("sale")

    def on_screen(widget: QWidget) -> QRect:
        return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())

    assert window.width() <= 1280  # the panel does not push the window off a counter screen
    covered = panel.frameGeometry()
    for widget in (screen.keys, screen.pay_button, screen.table):
        assert not covered.intersects(on_screen(widget)), widget.objectName()
    click(qtbot, toggle)  # the demo banner's button hides it, and shows it again
    assert not panel.isVisible()
    click(qtbot, toggle)
    assert panel.isVisible()


def test_a_product_sold_by_the_kg_is_weighed_on_the_simulated_scale(
    qtbot: QtBot, till: tuple[Any, Counter]
) -> None:
    window, counter = till
    panel = counter.panel
    assert panel is not None
    panel.weight_spin.setValue(350)  # 350 g of tomatoes on the pan...
    panel.stable_box.setChecked(False)  # ... still moving
    screen = window.section_widget("sale")
    screen.keys.show_category_named("Fruits & légumes")
    click(qtbot, screen.keys.button_for("Tomates"))
    dialog = screen.dialog
    assert dialog is not None and dialog.objectName() == "weighDialog"
    qtbot.waitUntil(lambda: dialog.weight_label.text() == "instable", timeout=3000)
    assert not dialog.ok_button.isEnabled()
    panel.stable_box.setChecked(True)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)
    assert dialog.amount_label.text() == "1,23 €"  # 3,50 €/kg × 0,350 kg, rounded half up
    click(qtbot, dialog.ok_button)
    assert screen.row_texts() == [("Tomates", "1,23 €")]
    assert screen.cart.lines[0].qty_milli == 350
    assert _display(counter).lines == (
        "Tomates".ljust(20),
        "0,350 kg    1,23 EUR",
    )


def test_a_sale_made_while_the_printer_is_off_prints_once_when_it_comes_back(
    qtbot: QtBot, till: tuple[Any, Counter], demo_ctx: ServiceContext
) -> None:
    window, counter = till
    printer = _printer(counter)
    assert counter.panel is not None
    counter.panel.printer_online.setChecked(False)  # the demo's switch: printer off
    screen = window.section_widget("sale")
    screen.keys.show_category_named("Softs")
    click(qtbot, screen.keys.button_for("Coca"))
    dialog = screen.pay()
    dialog.print_check.setChecked(True)  # the customer wants the receipt
    click(qtbot, dialog.findChild(QPushButton, "exactAmount"))
    click(qtbot, dialog.validate_button)
    assert ticket_count(demo_ctx) == 1  # the sale is recorded whatever the printer does
    assert dialog.sale_result is not None and dialog.sale_result.print_job_id is not None
    assert "Coca" in dialog.receipt_preview.text()  # the receipt on screen at once

    status = window.status.device_label
    qtbot.waitUntil(lambda: "ne répond pas" in status.text(), timeout=SPOOL_WAIT_MS)
    assert status.text() == "L'imprimante ne répond pas"
    tooltip = status.toolTip()  # the whole message: why, and what waits
    assert "imprimante simulée éteinte" in tooltip and "impression(s) en attente" in tooltip
    assert window.width() <= 1280  # a long message never widens the window past the screen
    assert status.property("state") == "problem"
    assert printer.printed == []
    # A click on the status shows the waiting receipt (retry / reprint / PDF).
    qtbot.mouseClick(status, Qt.MouseButton.LeftButton)
    jobs = counter.jobs_dialog
    assert jobs is not None and jobs.isVisible()
    assert any(job.label == "Ticket n° 1" for job in jobs.model.jobs)
    jobs.close()

    counter.panel.printer_online.setChecked(True)  # back on
    qtbot.waitUntil(lambda: len(printer.printed) == 1, timeout=SPOOL_WAIT_MS)
    qtbot.waitUntil(lambda: "Imprimante prête" in status.text(), timeout=SPOOL_WAIT_MS)
    qtbot.wait(1200)  # more than two polls of the spool: nothing is printed twice
    assert len(printer.printed) == 1
    assert "Coca-Cola 33 cl" in printer.printed[0].text and "2,80" in printer.printed[0].text
    assert printing.pending_jobs(demo_ctx) == []
    assert status.property("state") == "ok"


def test_open_the_drawer_button_is_journaled_and_pulses_the_drawer(
    qtbot: QtBot, till: tuple[Any, Counter], demo_ctx: ServiceContext
) -> None:
    window, counter = till
    printer = _printer(counter)
    button = window.findChild(QPushButton, "drawerButton")
    assert button is not None
    click(qtbot, button)
    qtbot.waitUntil(lambda: printer.drawer_pulses == 1, timeout=SPOOL_WAIT_MS)
    assert events(demo_ctx, printing.DRAWER_OPENED_EVENT) == [
        ("Camille", "Tiroir-caisse ouvert sans vente")
    ]
    panel = counter.panel
    assert panel is not None
    qtbot.waitUntil(lambda: "tiroir ouvert 1 fois" in panel.printer_count.text(), timeout=2000)
    assert printer.printed == []  # a pulse, no paper
    # The start-up itself was journaled once the window was on screen (code 80).
    assert [message for _, message in events(demo_ctx, 80)][-1] == "Démarrage de la caisse"


def test_the_devices_settings_page_is_in_reglages(qtbot: QtBot, till: tuple[Any, Counter]) -> None:
    window, _counter = till
    window.show_section("settings")
    tabs = window.section_widget("settings").findChild(QTabWidget, "settingsTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "Périphériques" in titles
    tabs.setCurrentIndex(titles.index("Périphériques"))
    page = tabs.currentWidget().findChild(QWidget, "deviceSettingsPage")
    assert page is not None and page.isVisible()


def test_the_start_up_loads_no_printer_library_and_journals_the_start(
    demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    """A real ``--smoke`` start (devices started after the window): python-escpos, the PDF
    library and Alembic stay unloaded; the start-up event is in the technical journal."""
    database = tmp_path / "start.db"
    with (
        closing(sqlite3.connect(demo_ctx.db_path)) as source,
        source,
        closing(sqlite3.connect(database)) as target,
        target,
    ):
        source.backup(target)
    key = demo_ctx.key_path
    database.with_name(database.name + ".key").write_bytes(key.read_bytes())
    script = (
        "import sys\n"
        "from cafe_pos.cli import main\n"
        "code = main(['--db', sys.argv[1], '--smoke'])\n"
        "loaded = sorted(m for m in ('escpos', 'reportlab', 'alembic') if m in sys.modules)\n"
        "print('loaded:', ','.join(loaded))\n"
        "raise SystemExit(code)\n"
    )
    out = run_offscreen(script, str(database))
    assert "prêt à vendre en" in out
    assert "loaded: \n" in out + "\n", out
    with closing(sqlite3.connect(database)) as conn, conn:
        codes = [row[0] for row in conn.execute("SELECT code FROM fiscal_events ORDER BY id")]
    assert codes[-1] == 80


def test_while_the_till_waits_at_the_login_it_prepares_the_sale_screen_and_payment(
    qtbot: QtBot, demo_ctx: ServiceContext
) -> None:
    """A real start shows the login screen; the sale screen is built behind it and the
    modules of the first payment are loaded while the event loop stays free."""
    from cafe_pos.ui.sale.sale_screen import SaleScreen

    counter = Counter(demo_ctx, simulated=True, devices_factory=build_devices)
    window = build_window(demo_ctx, demo=True, lang="fr", counter=counter)
    qtbot.addWidget(window)
    window.show()
    assert window.is_locked()
    finished: list[bool] = []
    after_start(window, counter, done=lambda: finished.append(True))
    try:
        assert not finished  # one step at a time, from the event loop
        qtbot.waitUntil(lambda: bool(finished), timeout=10000)
        assert isinstance(window.section_widget("sale"), SaleScreen)
        assert "cafe_pos.ui.sale.payment_dialog" in sys.modules
        assert counter.devices is not None and counter.devices.spool.is_alive()
    finally:
        counter.close()


def test_outside_the_demo_no_device_is_configured_until_the_manager_says_so(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    """A real installation (devices not simulated, nothing saved in Réglages →
    Périphériques) has no printer: the status bar says so instead of "Imprimante prête"
    for a simulated printer nobody chose; a cash sale goes through without a drawer pulse,
    and "Ouvrir le tiroir" says why it cannot."""
    counter = Counter(demo_ctx, simulated=False, devices_factory=build_devices)
    window = build_window(
        demo_ctx, demo=False, lang="fr", actor=actor_of("Camille"), counter=counter
    )
    from cafe_pos.ui.sale.sale_screen import SaleScreen

    qtbot.addWidget(window)
    window.show()
    after_start(window, counter, warm_up=False)
    try:
        assert counter.devices is not None
        assert not counter.devices.has_printer and counter.devices.simulated_printer is None
        assert counter.devices.simulated_display is None and not counter.devices.has_scale
        status = window.status.device_label
        qtbot.waitUntil(lambda: status.text() == "Aucune imprimante configurée", timeout=2000)
        assert status.property("state") == "neutral"
        screen = window.section_widget("sale")
        assert isinstance(screen, SaleScreen)
        assert screen.open_drawer_on_cash is False
        screen.keys.show_category_named("Softs")
        click(qtbot, screen.keys.button_for("Coca"))
        dialog = screen.pay()
        assert dialog is not None
        click(qtbot, child(dialog, QPushButton, "exactAmount"))
        click(qtbot, dialog.validate_button)
        assert ticket_count(demo_ctx) == 1
        qtbot.wait(700)  # more than a poll of the spool: still no printer, no error
        assert status.text() == "Aucune imprimante configurée"
        click(qtbot, child(window, QPushButton, "drawerButton"))
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorDialog") is not None)
        box = child(window, QMessageBox, "errorDialog")
        assert "Aucune imprimante configurée" in box.text()
        assert events(demo_ctx, printing.DRAWER_OPENED_EVENT) == []
    finally:
        counter.close()
