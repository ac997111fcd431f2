"""Printing problems as the cashier sees them: the status bar signal from the worker, and
the dialog of waiting or failed jobs (retry, reprint, save as PDF, abandon)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cafe_pos.context import ServiceContext
from cafe_pos.devices.drawer import PrinterDrawer
from cafe_pos.devices.simulated import SimulatedPrinter
from cafe_pos.devices.spool import PrintSpool
from cafe_pos.domain.receipt_layout import PrintLine, build_text_document
from cafe_pos.domain.users import Actor
from cafe_pos.services import printing
from cafe_pos.services.printing import DatabasePrintQueue
from cafe_pos.ui.devices.print_status import PrintJobsDialog, PrintStatusBridge


def ticket(number: int) -> list[PrintLine]:
    return build_text_document(f"Ticket n° {number}", [("Café crème", "2,20 €")], width=42)


@pytest.fixture
def spool(device_ctx: ServiceContext, sim_printer: SimulatedPrinter) -> Iterator[PrintSpool]:
    worker = PrintSpool(
        DatabasePrintQueue(device_ctx),
        sim_printer,
        PrinterDrawer(sim_printer),
        poll_s=0.02,
        retry_base_s=30,
    )
    yield worker
    worker.stop()


def test_status_reaches_the_gui_thread_in_french(
    qtbot: QtBot,
    qapp: QApplication,
    device_ctx: ServiceContext,
    sim_printer: SimulatedPrinter,
    spool: PrintSpool,
) -> None:
    bridge = PrintStatusBridge()
    seen: list[tuple[str, object, bool]] = []
    gui_thread = qapp.thread()
    bridge.status_changed.connect(
        lambda text, ok: seen.append((text, ok, QThread.currentThread() is gui_thread))
    )
    bridge.attach(spool)
    sim_printer.set_online(False)
    printing.enqueue(device_ctx, "receipt", ticket(7), ticket_number=7)
    spool.start()
    spool.wake()
    qtbot.waitUntil(lambda: any(ok is False for _, ok, _ in seen), timeout=5000)
    text = next(item[0] for item in seen if item[1] is False)
    assert text.startswith("L'imprimante ne répond pas")
    assert "1 impression(s) en attente" in text
    assert all(on_gui for *_, on_gui in seen)


def test_dialog_retry_prints_the_waiting_ticket(
    qtbot: QtBot,
    device_ctx: ServiceContext,
    sim_printer: SimulatedPrinter,
    spool: PrintSpool,
    staff: Actor,
) -> None:
    sim_printer.set_online(False)
    job_id = printing.enqueue(device_ctx, "receipt", ticket(7), ticket_number=7)
    spool.start()
    spool.wake()
    qtbot.waitUntil(lambda: printing.pending_jobs(device_ctx)[0].status == "failed", timeout=5000)
    dialog = PrintJobsDialog(device_ctx, staff, spool=spool, paper_width=42)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, dialog.model.COL_DOCUMENT)) == "Ticket n° 7"
    error = dialog.model.data(dialog.model.index(0, dialog.model.COL_ERROR))
    assert error.startswith("L'imprimante ne répond pas")
    assert "Ticket n° 7" in dialog.preview.text()

    sim_printer.set_online(True)  # the cashier switched it on, then presses Retry
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Nouvel essai d'impression demandé"
    qtbot.waitUntil(lambda: len(sim_printer.printed) == 1, timeout=5000)
    assert "Ticket n° 7" in sim_printer.printed[0].text
    qtbot.waitUntil(lambda: not printing.pending_jobs(device_ctx))
    dialog.refresh()
    assert dialog.model.rowCount() == 0
    assert not dialog.retry_button.isEnabled()
    assert job_id


def test_dialog_saves_a_pdf_and_refuses_a_second_original(
    qtbot: QtBot, device_ctx: ServiceContext, staff: Actor, tmp_path: Path
) -> None:
    job_id = printing.enqueue(device_ctx, "receipt", ticket(8), ticket_number=8)
    dialog = PrintJobsDialog(device_ctx, staff, paper_width=42, show_all=True)
    qtbot.addWidget(dialog)
    target = tmp_path / "ticket-8.pdf"
    message = dialog.save_selected_pdf(target)
    assert message == f"PDF enregistré : {target}"
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Ticket n° 8" in text and "2,20 €" in text

    claimed = printing.claim_next_job(device_ctx, printing.utc_now())
    assert claimed is not None
    printing.mark_done(device_ctx, job_id, printing.utc_now())
    dialog.refresh()
    qtbot.mouseClick(dialog.reprint_button, Qt.MouseButton.LeftButton)
    assert "duplicata" in dialog.message.text()
    assert [job.id for job in printing.recent_jobs(device_ctx)] == [job_id]


def test_dialog_abandon(qtbot: QtBot, device_ctx: ServiceContext, staff: Actor) -> None:
    printing.enqueue(device_ctx, "note", ticket(9))
    dialog = PrintJobsDialog(device_ctx, staff, paper_width=42)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Impression abandonnée : la vente reste enregistrée"
    assert printing.pending_jobs(device_ctx) == []
    assert dialog.model.rowCount() == 0
