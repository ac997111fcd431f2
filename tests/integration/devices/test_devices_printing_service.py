"""Print job actions of the cashier and the manager, and the device settings, on a real
database: refusals in French change nothing."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from cafe_pos.app import build_devices
from cafe_pos.context import ServiceContext
from cafe_pos.devices.config import DeviceConfig, DeviceConfigError, DisplayConfig, PrinterConfig
from cafe_pos.devices.drawer import PrinterDrawer
from cafe_pos.devices.escpos_printer import EscposPrinter
from cafe_pos.devices.simulated import SimulatedDisplay, SimulatedPrinter
from cafe_pos.domain.errors import NotFound, PermissionDenied
from cafe_pos.domain.receipt_layout import build_test_page, lines_to_json
from cafe_pos.domain.users import Actor
from cafe_pos.services import printing
from cafe_pos.services.device_settings import load_device_config, save_device_config
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.models.printing import PrintJob
from cafe_pos.store.models.settings import Setting

NOW = dt.datetime(2026, 11, 26, 13, 0, 0)


def statuses(ctx: ServiceContext) -> dict[int, str]:
    with ctx.uow() as uow:
        return {job.id: job.status for job in uow.session.query(PrintJob)}


def fail(
    ctx: ServiceContext, job_id: int, message: str = "L'imprimante n'a plus de papier"
) -> None:
    claimed = printing.claim_next_job(ctx, NOW)
    assert claimed is not None and claimed.id == job_id
    printing.mark_failed(ctx, job_id, message, NOW + dt.timedelta(hours=1))


def test_job_commits_with_the_caller_or_not_at_all(ctx: ServiceContext) -> None:
    with ctx.uow() as uow:
        printing.enqueue_document(uow.session, "receipt", build_test_page(32), ticket_number=5)
        # no commit: the sale failed, its receipt must not print
    assert statuses(ctx) == {}
    with ctx.uow() as uow:
        job_id = printing.enqueue_document(
            uow.session, "receipt", build_test_page(32), ticket_number=5
        )
        uow.commit()
    assert statuses(ctx) == {job_id: "queued"}
    document = printing.job_document(ctx, job_id)
    assert document.lines == tuple(build_test_page(32)) and document.ticket_number == 5


def test_failed_job_is_retried_on_demand(ctx: ServiceContext, staff: Actor) -> None:
    job_id = printing.enqueue(ctx, "receipt", build_test_page(32), ticket_number=9)
    fail(ctx, job_id)
    assert printing.claim_next_job(ctx, NOW) is None  # waits for its retry time
    counts = printing.queue_counts(ctx)
    assert (counts.waiting, counts.failed) == (1, 1)
    assert counts.last_error == "L'imprimante n'a plus de papier"
    printing.retry_job(ctx, staff, job_id)
    claimed = printing.claim_next_job(ctx, NOW)
    assert claimed is not None and claimed.id == job_id and claimed.attempts == 2


def test_printed_receipt_is_never_printed_again_except_as_a_duplicate(
    ctx: ServiceContext, manager: Actor
) -> None:
    job_id = printing.enqueue(ctx, "receipt", build_test_page(32), ticket_number=9)
    assert printing.claim_next_job(ctx, NOW) is not None
    printing.mark_done(ctx, job_id, NOW)
    with pytest.raises(printing.PrintJobError, match="duplicata"):
        printing.retry_job(ctx, manager, job_id)
    with pytest.raises(printing.PrintJobError, match="duplicata"):
        printing.reprint_job(ctx, manager, job_id)
    assert statuses(ctx) == {job_id: "done"}


def test_report_can_be_reprinted(ctx: ServiceContext, manager: Actor) -> None:
    job_id = printing.enqueue(ctx, "z", build_test_page(32))
    assert printing.claim_next_job(ctx, NOW) is not None
    printing.mark_done(ctx, job_id, NOW)
    copy = printing.reprint_job(ctx, manager, job_id)
    assert statuses(ctx) == {job_id: "done", copy: "queued"}
    assert printing.job_document(ctx, copy).lines == printing.job_document(ctx, job_id).lines
    with ctx.uow() as uow:  # the second copy is in the technical journal
        event = uow.session.scalars(select(FiscalEvent).where(FiscalEvent.code == 902)).one()
        assert event.message == "Réimpression : Test d'impression"
        assert event.actor_name == "Camille"


def test_reprinting_a_failed_job_replaces_it(ctx: ServiceContext, staff: Actor) -> None:
    job_id = printing.enqueue(ctx, "receipt", build_test_page(32), ticket_number=4)
    fail(ctx, job_id)
    copy = printing.reprint_job(ctx, staff, job_id)
    assert statuses(ctx) == {job_id: "cancelled", copy: "queued"}  # never printed twice


def test_cancel(ctx: ServiceContext, staff: Actor) -> None:
    job_id = printing.enqueue(ctx, "note", build_test_page(32))
    printing.cancel_job(ctx, staff, job_id)
    assert statuses(ctx) == {job_id: "cancelled"}
    assert printing.claim_next_job(ctx, NOW) is None
    with pytest.raises(printing.PrintJobError, match="Impossible d'annuler"):
        printing.cancel_job(ctx, staff, job_id)
    with pytest.raises(NotFound, match="introuvable"):
        printing.cancel_job(ctx, staff, 999)


def test_drawer_requests_are_never_replayed(ctx: ServiceContext, manager: Actor) -> None:
    with ctx.uow() as uow:
        pulse = printing.enqueue_drawer_pulse(uow.session, now=NOW)
        uow.commit()
    assert printing.expire_drawer_pulses(ctx, NOW + dt.timedelta(seconds=6)) == 1
    with pytest.raises(printing.PrintJobError, match="Ouvrir le tiroir"):
        printing.retry_job(ctx, manager, pulse)


def test_damaged_payload_is_set_aside_not_retried(ctx: ServiceContext) -> None:
    bad = printing.enqueue(ctx, "receipt", build_test_page(32))
    good = printing.enqueue(ctx, "receipt", build_test_page(32))
    with ctx.uow() as uow:
        job = uow.session.get(PrintJob, bad)
        assert job is not None
        job.payload = "{not json"
        uow.commit()
    claimed = printing.claim_next_job(ctx, NOW)
    assert claimed is not None and claimed.id == good
    assert printing.pending_jobs(ctx)[0].last_error.endswith("est illisible")


def test_open_drawer_without_sale(ctx: ServiceContext, staff: Actor) -> None:
    job_id = printing.open_drawer(ctx, staff, reason="monnaie pour le boulanger")
    assert statuses(ctx) == {job_id: "queued"}
    with ctx.uow() as uow:
        job = uow.session.get(PrintJob, job_id)
        assert job is not None and job.kind == "drawer"
        assert job.expires_at is not None
        assert 4 <= (job.expires_at - job.created_at).total_seconds() <= 6


def test_device_settings_round_trip(ctx: ServiceContext, manager: Actor) -> None:
    assert load_device_config(ctx) == DeviceConfig()
    config = DeviceConfig(printer=PrinterConfig(type="network", host="192.168.1.60", width=42))
    save_device_config(ctx, manager, config)
    assert load_device_config(ctx) == config
    with ctx.uow() as uow:
        stored = json.loads(uow.session.get_one(Setting, "devices.printer").value)
    assert stored["host"] == "192.168.1.60" and stored["version"] == 1


def test_device_settings_refusals_change_nothing(
    ctx: ServiceContext, manager: Actor, staff: Actor
) -> None:
    with pytest.raises(PermissionDenied):
        save_device_config(ctx, staff, DeviceConfig())
    with pytest.raises(DeviceConfigError, match="adresse IP"):
        save_device_config(ctx, manager, DeviceConfig(printer=PrinterConfig(type="network")))
    with ctx.uow() as uow:
        assert uow.session.query(Setting).filter(Setting.key.like("devices.%")).count() == 0


def test_damaged_setting_reads_as_default(ctx: ServiceContext) -> None:
    with ctx.uow() as uow:
        uow.session.add(Setting(key="devices.scale", value="{oops"))
        uow.commit()
    assert load_device_config(ctx).scale.type == "none"


def test_payload_is_compact_json() -> None:
    assert lines_to_json(build_test_page(32)).startswith('[{"k": "text", "t": "Test d\'impression"')


def test_factory_builds_from_the_stored_settings(
    ctx: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    demo = build_devices(ctx, True)
    assert isinstance(demo.printer, SimulatedPrinter) and isinstance(demo.display, SimulatedDisplay)
    missing_port = str(tmp_path / "ttyUSB3")
    save_device_config(
        ctx,
        manager,
        DeviceConfig(
            printer=PrinterConfig(type="network", host="127.0.0.1", drawer_pin=5),
            display=DisplayConfig(type="serial", serial_port=missing_port),
        ),
    )
    devices = build_devices(ctx, False)
    errors: list[str] = []
    devices.add_error_listener(errors.append)
    try:
        assert isinstance(devices.printer, EscposPrinter)
        assert isinstance(devices.drawer, PrinterDrawer) and devices.drawer.pin == 5
        devices.display.show("Café", "1,50 EUR")  # unplugged: reported, never raised
        deadline = time.monotonic() + 2
        while not errors and time.monotonic() < deadline:
            time.sleep(0.01)
        assert errors and "afficheur client ne répond pas" in errors[0]
    finally:
        devices.close()
