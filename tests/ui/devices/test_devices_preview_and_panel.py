"""The receipt preview and the demo's simulated devices panel, as real widgets."""

from __future__ import annotations

import datetime as dt
import threading

from pytestqt.qtbot import QtBot

from cafe_pos.devices.display import DisplayMessages
from cafe_pos.devices.simulated import SimulatedDisplay, SimulatedPrinter, SimulatedScale
from cafe_pos.domain.clock import PARIS
from cafe_pos.domain.receipt import ReceiptData, ReceiptLine, ReceiptPayment, ShopHeader
from cafe_pos.domain.receipt_layout import build_receipt, build_test_page
from cafe_pos.domain.vat import split_by_rate
from cafe_pos.ui.devices.receipt_preview import ReceiptPreview
from cafe_pos.ui.devices.sim_panel import SimulatedDevicesPanel


def small_receipt() -> ReceiptData:
    return ReceiptData(
        shop=ShopHeader("Café de la Place", "1 place de l'Église", "12345678900012", "5630Z", ""),
        register="01",
        number=12,
        kind="sale",
        at=dt.datetime(2026, 11, 26, 9, 15, 2, tzinfo=PARIS),
        operator="Léo",
        lines=(ReceiptLine("Café crème", 2000, "piece", 220, 0, 440, 1000),),
        vat_lines=tuple(split_by_rate({1000: 440})),
        total_cents=440,
        payments=(ReceiptPayment("card", 440),),
    )


def test_preview_shows_the_receipt_as_printed(qtbot: QtBot) -> None:
    preview = ReceiptPreview(width=32)
    qtbot.addWidget(preview)
    preview.set_lines(build_receipt(small_receipt(), 32))
    text = preview.text()
    assert "Ticket n° 12" in text
    assert "  2 x 2,20 €            4,40 € B" in text
    assert "TOTAL TTC                 4,40 €" in text
    assert "Carte bancaire" in text
    assert "-" * 32 in text
    # the total is bold on screen as on paper
    block = preview.view.document().find("TOTAL TTC")
    assert block.charFormat().fontWeight() >= 700


def test_panel_follows_the_printer_from_the_spool_thread(
    qtbot: QtBot, sim_printer: SimulatedPrinter, sim_display: SimulatedDisplay
) -> None:
    panel = SimulatedDevicesPanel(sim_printer, sim_display)
    qtbot.addWidget(panel)
    worker = threading.Thread(
        target=sim_printer.print_lines, args=(build_test_page(42),), name="print-spool"
    )
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: "Test d'impression" in panel.printer_text.toPlainText())
    assert "1 document(s) imprimé(s)" in panel.printer_count.text()
    sim_display.show(*DisplayMessages().item("Crème brûlée", 450))
    qtbot.waitUntil(lambda: "Creme brulee" in panel.display_label.text())
    assert panel.display_label.text() == "Creme brulee        \n            4,50 EUR"
    panel.detach()


def test_panel_switches_unplug_the_simulated_devices(
    qtbot: QtBot,
    sim_printer: SimulatedPrinter,
    sim_display: SimulatedDisplay,
    sim_scale: SimulatedScale,
) -> None:
    panel = SimulatedDevicesPanel(sim_printer, sim_display, sim_scale)
    qtbot.addWidget(panel)
    panel.printer_online.setChecked(False)
    panel.display_online.setChecked(False)
    assert not sim_printer.online and not sim_display.online
    panel.weight_spin.setValue(1234)
    assert sim_scale.weigh(1290).grams == 1234
    panel.stable_box.setChecked(False)
    assert not sim_scale.stable
    sim_printer.set_online(True)  # switched on from elsewhere: the box follows
    qtbot.waitUntil(panel.printer_online.isChecked)
    panel.detach()
