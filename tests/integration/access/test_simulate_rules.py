"""The simulator as a cashier who obeys the rules: after the legal hours of alcohol sales
it serves a soft drink instead, so a simulated day never stops half-played."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from cafe_pos.demo import create_demo_database
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import alcohol_config
from cafe_pos.services.simulate import simulate


def test_no_alcohol_after_the_legal_hours_and_the_day_is_played_to_the_end(
    tmp_path: Path,
) -> None:
    db = tmp_path / "cafe.db"
    ctx = create_demo_database(db, clock=FixedClock(dt.datetime(2026, 10, 4, 8, 0, tzinfo=PARIS)))
    manager = Actor(user_id=None, name="test", role=Role.MANAGER)
    # alcohol only from 07:00 to 19:00 every day (the apéritif runs to 21:30)
    alcohol_config.set_weekly_hours(ctx, manager, {day: "07:00-19:00" for day in range(7)})
    report = simulate(ctx, days=2, seed=7, start=dt.date(2026, 10, 10))
    assert report.days == 2 and report.tickets > 60
    with closing(sqlite3.connect(db)) as conn, conn:
        late_alcohol = conn.execute(
            "SELECT count(*) FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id "
            "WHERE l.is_alcohol AND t.kind = 'sale' AND t.tab_label = '' "
            "AND time(t.created_at, '+2 hours') >= '19:00'"
        ).fetchone()[0]
        late_sales = conn.execute(
            "SELECT count(*) FROM tickets WHERE time(created_at, '+2 hours') >= '19:00'"
        ).fetchone()[0]
        closed = conn.execute("SELECT count(*) FROM closures WHERE kind = 'day'").fetchone()[0]
    assert late_sales > 0  # the evening was played
    assert late_alcohol == 0  # (a tab's rounds ordered before 19:00 may be paid after)
    assert closed == 2
