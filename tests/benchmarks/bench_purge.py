"""Benchmark: purging the detail of a year of 60,000 tickets seven years later, against
a full ``verify`` of the same database in the same run (a purge verifies the archive and
the journal first, then deletes and seals the anchor in one transaction), and the
``verify`` after the purge (it resumes at the anchor: less to check).

The year is the verify benchmark's (cached, see bench_backup.year_database), closed and
archived here. Run: ``.venv/bin/python tests/benchmarks/bench_purge.py``.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_backup import year_database
from fiscal_factory import at_paris

from cafe_pos.app import open_context
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.fiscal.verify import check_database
from cafe_pos.services import purge, retention
from cafe_pos.services.closing import close_year

MANAGER = Actor(user_id=None, name="Marie", role=Role.MANAGER)
# A purge verifies the archive (the standalone verifier: the slower part) and the journal
# before its short write: at most a few verifies' time, measured against one in this run.
GOAL_RATIO = 5.0


def run() -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-purge-") as folder:
        db = year_database(Path(folder))
        clock = FixedClock(at_paris(dt.date(2026, 1, 2), 9))
        ctx = open_context(db, clock=clock)
        close_year(ctx, MANAGER, 2025)
        assert retention.archive_year(ctx, MANAGER, 2025).status == "ok"
        clock.set(at_paris(dt.date(2032, 1, 5), 9))
        started = time.perf_counter()
        before = check_database(db, ctx.key_path)
        verify_s = time.perf_counter() - started
        assert before.ok, before.message
        started = time.perf_counter()
        done = purge.purge_year(ctx, MANAGER, 2025)
        purge_s = time.perf_counter() - started
        started = time.perf_counter()
        after = check_database(db, ctx.key_path)
        after_s = time.perf_counter() - started
        assert after.ok, after.message
        ctx.uow.engine.dispose()
    print(f"removed: {', '.join(done.lines())}")
    print(f"verify before the purge: {verify_s:.2f} s; purge (archive and journal verified, "
          f"delete, anchor): {purge_s:.2f} s; ratio {purge_s / verify_s:.2f} (goal < {GOAL_RATIO})")  # fmt: skip
    print(f"verify after the purge: {after_s:.2f} s ({after.checked} records)")
    return purge_s, verify_s


def test_purge_a_year() -> None:
    purge_s, verify_s = run()
    assert purge_s < GOAL_RATIO * verify_s


if __name__ == "__main__":
    run()
