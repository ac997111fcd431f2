"""A declared restore reaches HQ: the restore's journal record (event 912) is sent as an
event message, signed, and HQ raises a "restore" alert naming what was set aside (beside
the rollback alert its chain pinning raises)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hq_factory import MANAGER, SIRETS, ThreadedHq, new_cafe, sell_and_close
from sqlalchemy import select

from cafe_pos.app import open_context
from cafe_pos.hq import admin
from cafe_pos.hq.models import Alert
from cafe_pos.services import backups, hq_sync
from cafe_pos.services.restore import restore_backup
from cafe_pos.store.backup_targets import Destination

FIRST = dt.date(2026, 11, 2)


def test_a_declared_restore_is_reported_to_hq(tmp_path: Path, hq: ThreadedHq) -> None:
    ctx, clock = new_cafe(tmp_path / "cafe.db", FIRST, SIRETS[0])
    sell_and_close(ctx, clock, FIRST, 1)
    with hq.sessions() as session:
        admin.add_cafe(session, SIRETS[0], "Café du Lavoir")
        code = admin.new_code(session, SIRETS[0])
    hq_sync.enrol(ctx, MANAGER, hq.base_url, code)
    usb = tmp_path / "usb"
    usb.mkdir()
    run = backups.run_backup(
        ctx.db_path, [Destination("folder", str(usb))], now=dt.datetime(2026, 11, 2, 23, 30),
        reason="closure",
    )  # fmt: skip
    assert run.ok
    sell_and_close(ctx, clock, FIRST + dt.timedelta(days=1), 1)
    assert hq_sync.send_pending(ctx).pending == 0
    ctx.uow.engine.dispose()
    restore_backup(
        ctx.db_path, Path(run.results[0].file), clock=clock, open_context=open_context,
        approver=MANAGER,
    )  # fmt: skip
    restored = open_context(ctx.db_path, clock=clock)
    sell_and_close(restored, clock, FIRST + dt.timedelta(days=2), 1)
    report = hq_sync.send_pending(restored)
    assert report.pending == 0, report.problem
    with hq.sessions() as session:
        alerts = {a.kind: a.message for a in session.scalars(select(Alert))}
    assert "restore" in alerts, alerts
    assert "sauvegarde restaurée (cafe-2026-11-02_233000.db)" in alerts["restore"]
    restored.uow.engine.dispose()
