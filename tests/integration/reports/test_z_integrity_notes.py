"""The Z says what the till found wrong with its journal during the day: an integrity
defect journaled (event 90) by the check before the closing is printed on the Z (screen,
PDF, ``--json`` notes), not only in ``verify``'s output."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing

from reports_factory import CATALOGUE, MANAGER, LineSpec, sell

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.services import figures, reporting

COFFEE = CATALOGUE[0]
DAY = dt.date(2026, 11, 26)


def at(hour: int) -> dt.datetime:
    return dt.datetime.combine(DAY, dt.time(hour), tzinfo=PARIS)


def test_a_defect_found_before_the_z_is_printed_on_it(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    sell(ctx, at(8), [LineSpec(COFFEE)])
    sell(ctx, at(9), [LineSpec(COFFEE)])
    clean = figures.x_figures(ctx, DAY).notes
    assert not any("défaut d'intégrité" in note for note in clean)
    ctx.uow.engine.dispose()
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:  # someone with the file
        conn.execute("DROP TRIGGER fiscal_no_update_tickets")
        conn.execute("UPDATE tickets SET total_cents = total_cents - 10 WHERE number = 2")
    clock.set(at(23))
    z = reporting.z_report(ctx, MANAGER, DAY)
    notes = [n for n in z.notes if "défaut d'intégrité enregistré le 26/11/2026" in n]
    assert notes and "ticket n° 2" in notes[0], z.notes
    assert z.to_json_dict()["notes"] == list(z.notes)
