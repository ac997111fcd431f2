"""End to end with the real sale service: a sale completes while the printer is off and
its receipt prints once when it comes back; `cafe-pos receipt` writes the exact bytes and
the PDF of a stored ticket; opening the drawer without a sale is journaled."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from cafe_pos.cli import main
from cafe_pos.context import ServiceContext
from cafe_pos.devices.drawer import PrinterDrawer
from cafe_pos.devices.render_escpos import EscposOptions, render_escpos
from cafe_pos.devices.simulated import SimulatedPrinter
from cafe_pos.devices.spool import PrintSpool
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.receipt_layout import build_receipt
from cafe_pos.domain.users import Actor
from cafe_pos.services import printing
from cafe_pos.services.printing import DatabasePrintQueue
from cafe_pos.services.receipts import receipt_for_ticket
from cafe_pos.services.selling import checkout, sale_item
from cafe_pos.store.models import CafeIdentity, Product, Ticket
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.models.printing import PrintJob


@pytest.fixture
def shop(ctx: ServiceContext) -> dict[str, int]:
    ctx.clock = FixedClock(dt.datetime(2026, 11, 26, 10, 0, tzinfo=PARIS))
    with ctx.uow() as uow:
        session = uow.session
        session.add(
            CafeIdentity(
                id=1,
                name="Café de la Place",
                address="1 place de l'Église, 15000 Aurillac",
                siret="73282932000074",
                naf_code="5630Z",
                vat_number="FR44732829320",
            )
        )
        coffee = Product(
            name="Café crème",
            short_label="Café crème",
            price_cents=220,
            vat_onsite_bp=1000,
            vat_takeaway_bp=550,
            is_drink=True,
        )
        brulee = Product(
            name="Crème brûlée",
            short_label="Crème brûlée",
            price_cents=450,
            vat_onsite_bp=1000,
            vat_takeaway_bp=550,
        )
        session.add_all([coffee, brulee])
        uow.commit()
        return {"coffee": coffee.id, "brulee": brulee.id}


def sell(ctx: ServiceContext, actor: Actor, shop: dict[str, int], token: str) -> int:
    cart = Cart()
    cart.add(sale_item(ctx, shop["coffee"]), 2000)
    cart.add(sale_item(ctx, shop["brulee"]))
    result = checkout(
        ctx, actor, cart, [PaymentInput("cash", 1000)], print_receipt=True, token=token
    )
    assert result.ticket_number is not None
    return result.ticket_number


def wait_for(condition: Callable[[], object], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.01)


def test_sale_completes_with_the_printer_off_and_prints_once_later(
    ctx: ServiceContext, shop: dict[str, int], staff: Actor
) -> None:
    printer = SimulatedPrinter(EscposOptions(width=48))
    printer.set_online(False)
    spool = PrintSpool(
        DatabasePrintQueue(ctx),
        printer,
        PrinterDrawer(printer),
        poll_s=0.02,
        retry_base_s=0.05,
        retry_max_s=0.1,
    )
    spool.start()
    try:
        number = sell(ctx, staff, shop, "sale-1")
        spool.wake()
        with ctx.uow() as uow:  # the sale is there whatever the printer does
            assert (
                uow.session.scalar(select(Ticket.total_cents).where(Ticket.number == number)) == 890
            )
        wait_for(lambda: any(job.status == "failed" for job in printing.pending_jobs(ctx)))
        assert "receipt" in {job.kind for job in printing.pending_jobs(ctx)}  # kept, not lost
        printer.set_online(True)
        wait_for(lambda: not printing.pending_jobs(ctx))
        time.sleep(0.2)
    finally:
        spool.stop()
    assert len(printer.printed) == 1
    text = printer.printed[0].text
    assert f"Ticket n° {number}" in text
    assert "SIRET 732 829 320 00074 - NAF 5630Z" in text
    assert "Rendu monnaie                             1,10 €" in text


def test_receipt_command_writes_the_exact_escpos_bytes_and_a_pdf(
    ctx: ServiceContext,
    shop: dict[str, int],
    staff: Actor,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    number = sell(ctx, staff, shop, "sale-2")
    out = tmp_path / "ticket.bin"
    pdf = tmp_path / "ticket.pdf"
    assert (
        main(
            [
                "--db",
                str(ctx.db_path),
                "receipt",
                "--ticket",
                str(number),
                "--out",
                str(out),
                "--pdf",
                str(pdf),
            ]
        )
        == 0
    )
    data = out.read_bytes()
    expected = render_escpos(build_receipt(receipt_for_ticket(ctx, number), 48), EscposOptions())
    assert data == expected
    assert data.startswith(bytes.fromhex("1b40 1b7413"))
    assert f"Ticket n° {number}".encode("cp858") in data
    assert "Crème brûlée".encode("cp858") in data and b"8,90 \xd5" in data
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert f"Ticket n° {number}" in text and "Crème brûlée" in text and "8,90 €" in text
    with ctx.uow() as uow:  # exporting is not printing: no job, no duplicate
        assert uow.session.scalar(select(PrintJob.id).where(PrintJob.kind == "duplicate")) is None


def test_receipt_command_refusals(
    ctx: ServiceContext, shop: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "--db",
                str(ctx.db_path),
                "receipt",
                "--ticket",
                "99",
                "--out",
                str(tmp_path / "x.bin"),
            ]
        )
        == 2
    )
    assert "Ticket n° 99 introuvable" in capsys.readouterr().err
    assert main(["--db", str(ctx.db_path), "receipt", "--ticket", "1"]) == 2
    assert "--out" in capsys.readouterr().err
    assert not (tmp_path / "x.bin").exists()


def test_drawer_opened_without_sale_is_journaled(
    ctx: ServiceContext, shop: dict[str, int], staff: Actor
) -> None:
    job_id = printing.open_drawer(ctx, staff, reason="monnaie pour le boulanger")
    with ctx.uow() as uow:
        event = uow.session.scalars(select(FiscalEvent).where(FiscalEvent.code == 904)).one()
        assert event.actor_name == "Léo"
        assert "Tiroir-caisse ouvert sans vente" in event.message
        assert uow.session.get_one(PrintJob, job_id).kind == "drawer"
