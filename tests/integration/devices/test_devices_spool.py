"""The print spool on a real database: jobs persist, wait, retry and print exactly once;
drawer pulses never open the drawer late; the status bar gets French messages."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from devices_fakes import FakeNetworkPrinter

from cafe_pos.context import ServiceContext
from cafe_pos.devices.config import PrinterConfig
from cafe_pos.devices.drawer import PrinterDrawer
from cafe_pos.devices.escpos_printer import EscposPrinter
from cafe_pos.devices.render_escpos import EscposOptions, render_escpos
from cafe_pos.devices.simulated import SimulatedPrinter
from cafe_pos.devices.spool import PrintSpool, SpoolStatus
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.receipt_layout import PrintLine, build_test_page, build_text_document
from cafe_pos.services import printing
from cafe_pos.services.printing import DatabasePrintQueue
from cafe_pos.store.models.printing import PrintJob


def wait_for(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


def job_status(ctx: ServiceContext, job_id: int) -> str:
    with ctx.uow() as uow:
        job = uow.session.get(PrintJob, job_id)
        assert job is not None
        return job.status


def receipt(number: int) -> list[PrintLine]:
    return build_text_document(f"Ticket n° {number}", [("Café", "1,50 €")], width=32)


@pytest.fixture
def sim_printer() -> SimulatedPrinter:
    return SimulatedPrinter(EscposOptions(width=32))


@pytest.fixture
def statuses() -> list[SpoolStatus]:
    return []


@pytest.fixture
def spool(
    ctx: ServiceContext, sim_printer: SimulatedPrinter, statuses: list[SpoolStatus]
) -> Iterator[PrintSpool]:
    worker = PrintSpool(
        DatabasePrintQueue(ctx),
        sim_printer,
        PrinterDrawer(sim_printer, 2),
        poll_s=0.02,
        retry_base_s=0.05,
        retry_max_s=0.2,
    )
    worker.add_listener(statuses.append)
    worker.start()
    yield worker
    worker.stop()


def test_worker_prints_off_the_calling_thread(
    ctx: ServiceContext, sim_printer: SimulatedPrinter, spool: PrintSpool
) -> None:
    threads: list[str] = []
    sim_printer.add_listener(lambda: threads.append(threading.current_thread().name))
    job_id = printing.enqueue(ctx, "receipt", receipt(1), ticket_number=1)
    spool.wake()
    wait_for(lambda: job_status(ctx, job_id) == "done")
    assert "Ticket n° 1" in sim_printer.last_text
    assert threads == ["print-spool"]


@pytest.fixture
def stepped(
    ctx: ServiceContext, sim_printer: SimulatedPrinter, statuses: list[SpoolStatus]
) -> tuple[PrintSpool, FixedClock]:
    """A spool driven step by step (``run_once``) on a clock the test moves: no thread,
    no sleep, so the retries and expiries do not depend on how loaded the machine is."""
    clock = FixedClock(dt.datetime.now(dt.UTC))
    worker = PrintSpool(
        DatabasePrintQueue(ctx),
        sim_printer,
        PrinterDrawer(sim_printer, 2),
        retry_base_s=2.0,
        retry_max_s=60.0,
        clock=clock,
    )
    worker.add_listener(statuses.append)
    return worker, clock


def test_ticket_sold_while_printer_off_prints_once_when_it_comes_back(
    ctx: ServiceContext,
    sim_printer: SimulatedPrinter,
    stepped: tuple[PrintSpool, FixedClock],
    statuses: list[SpoolStatus],
) -> None:
    worker, clock = stepped
    sim_printer.set_online(False)
    job_id = printing.enqueue(ctx, "receipt", receipt(7), ticket_number=7)
    assert worker.run_once()
    assert job_status(ctx, job_id) == "failed"
    waiting = printing.pending_jobs(ctx)
    assert [(j.id, j.status, j.label) for j in waiting] == [(job_id, "failed", "Ticket n° 7")]
    assert "ne répond pas" in waiting[0].last_error
    error = statuses[-1]
    assert error.state == "error" and error.failed == 1
    assert error.message.startswith("L'imprimante ne répond pas")

    assert not worker.run_once()  # held: no new attempt before the backoff is over
    for _ in range(3):  # a few automatic retries while it is still off
        clock.advance(seconds=61)
        assert worker.run_once()
    assert sim_printer.printed == []
    sim_printer.set_online(True)
    clock.advance(seconds=61)
    assert worker.run_once()
    assert job_status(ctx, job_id) == "done"
    assert not worker.run_once()  # nothing left: printed exactly once
    assert len(sim_printer.printed) == 1
    assert "Ticket n° 7" in sim_printer.printed[0].text
    assert statuses[-1].state == "ok"
    assert statuses[-1].message == "Imprimante prête"


def test_out_of_paper_keeps_the_order_of_the_queue(
    ctx: ServiceContext, sim_printer: SimulatedPrinter, spool: PrintSpool
) -> None:
    sim_printer.set_paper(False)
    first = printing.enqueue(ctx, "receipt", receipt(1), ticket_number=1)
    second = printing.enqueue(ctx, "receipt", receipt(2), ticket_number=2)
    spool.wake()
    wait_for(lambda: job_status(ctx, first) == "failed")
    assert printing.pending_jobs(ctx)[0].last_error.startswith("L'imprimante n'a plus de papier")
    sim_printer.set_paper(True)
    wait_for(lambda: job_status(ctx, second) == "done")
    assert ["Ticket n° 1" in d.text for d in sim_printer.printed] == [True, False]
    assert "Ticket n° 2" in sim_printer.printed[1].text


def test_stale_drawer_pulse_never_opens_the_drawer(
    ctx: ServiceContext, sim_printer: SimulatedPrinter, stepped: tuple[PrintSpool, FixedClock]
) -> None:
    worker, clock = stepped
    sim_printer.set_online(False)
    with ctx.uow() as uow:
        pulse = printing.enqueue_drawer_pulse(
            uow.session, expires_in_s=5, now=clock.now().replace(tzinfo=None)
        )
        uow.commit()
    assert worker.run_once()
    assert job_status(ctx, pulse) == "failed"
    clock.advance(seconds=6)  # the printer comes back after the pulse expired
    sim_printer.set_online(True)
    assert not worker.run_once()
    assert job_status(ctx, pulse) == "expired"
    clock.advance(seconds=61)
    assert not worker.run_once()
    assert sim_printer.drawer_pulses == 0


def test_fresh_drawer_pulse_opens_the_drawer(
    ctx: ServiceContext, sim_printer: SimulatedPrinter, spool: PrintSpool
) -> None:
    old = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(seconds=30)
    with ctx.uow() as uow:
        stale = printing.enqueue_drawer_pulse(uow.session, now=old)
        fresh = printing.enqueue_drawer_pulse(uow.session)
        uow.commit()
    spool.wake()
    wait_for(lambda: job_status(ctx, fresh) == "done")
    assert job_status(ctx, stale) == "expired"
    assert sim_printer.drawer_pulses == 1
    assert sim_printer.raw.endswith(bytes.fromhex("1b70003232"))


def test_job_interrupted_by_a_crash_is_printed_at_restart(
    ctx: ServiceContext, sim_printer: SimulatedPrinter
) -> None:
    job_id = printing.enqueue(ctx, "receipt", receipt(3), ticket_number=3)
    claimed = printing.claim_next_job(ctx, dt.datetime.now(dt.UTC).replace(tzinfo=None))
    assert claimed is not None and claimed.id == job_id  # then the program "crashes"
    worker = PrintSpool(
        DatabasePrintQueue(ctx), sim_printer, PrinterDrawer(sim_printer), poll_s=0.02
    )
    worker.start()
    try:
        wait_for(lambda: job_status(ctx, job_id) == "done")
    finally:
        worker.stop()
    assert len(sim_printer.printed) == 1


def test_network_printer_gone_mid_job_prints_exactly_once_when_back(
    ctx: ServiceContext, statuses: list[SpoolStatus]
) -> None:
    fake = FakeNetworkPrinter(drop_after=80).start()
    port = fake.port
    config = PrinterConfig(type="network", host="127.0.0.1", port=port, timeout_s=0.5, width=48)
    printer = EscposPrinter(config)
    worker = PrintSpool(
        DatabasePrintQueue(ctx),
        printer,
        PrinterDrawer(printer),
        poll_s=0.02,
        retry_base_s=0.1,
        retry_max_s=0.3,
    )
    worker.add_listener(statuses.append)
    page = build_test_page(48)
    job_id = printing.enqueue(ctx, "test", page)
    worker.start()
    try:
        wait_for(lambda: job_status(ctx, job_id) == "failed")
        assert fake.complete_jobs() == []  # half a page came out, then nothing
        fake.stop()  # the printer is switched off...
        time.sleep(0.3)
        assert job_status(ctx, job_id) in ("failed", "printing")
        back = FakeNetworkPrinter(port=port).start()  # ...and on again
        try:
            wait_for(lambda: job_status(ctx, job_id) == "done")
            time.sleep(0.3)
            assert back.complete_jobs() == [render_escpos(page, EscposOptions(width=48))]
        finally:
            back.stop()
    finally:
        worker.stop()
    with ctx.uow() as uow:
        job = uow.session.get(PrintJob, job_id)
        assert job is not None and job.attempts >= 2 and job.last_error == ""
