"""A simulated month of the café plays deliveries twice a week, losses and a monthly
partial count through the stock services; afterwards ``stock recompute`` finds every
level equal to its ledger (exit 0)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

CAFE_POS = Path(sys.executable).with_name("cafe-pos")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(CAFE_POS), *args], capture_output=True, text=True, timeout=600)


@pytest.mark.slow
def test_a_simulated_month_keeps_levels_equal_to_the_ledger(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    init = subprocess.run(  # a café set up before the simulated weeks (faketime)
        ["faketime", "2026-05-31 08:00:00", str(CAFE_POS), "--db", str(db), "init", "--name",
         "Café", "--siret", "88421573200022", "--address", "1 place"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    # Four weeks, Monday to Saturday, each week its own run (simulate continues where told).
    for start in ("2026-06-01", "2026-06-08", "2026-06-15", "2026-06-22"):
        done = _run("--db", str(db), "simulate", "--days", "6", "--start", start)
        assert done.returncode == 0, done.stderr
    recompute = _run("--db", str(db), "stock", "recompute")
    assert recompute.returncode == 0, recompute.stdout + recompute.stderr
    assert "conforme" in recompute.stdout
    with closing(sqlite3.connect(db)) as conn, conn:
        kinds = dict(conn.execute("SELECT kind, count(*) FROM stock_movements GROUP BY kind"))
        deliveries = conn.execute("SELECT count(DISTINCT business_date) FROM deliveries").fetchone()
        counts = conn.execute(
            "SELECT count(*) FROM stock_counts WHERE status = 'validated'"
        ).fetchone()
        reasons = {
            r
            for (r,) in conn.execute(
                "SELECT DISTINCT reason FROM stock_movements WHERE kind = 'loss'"
            )
        }
    assert kinds["sale"] > 1000 and kinds["delivery"] > 100 and kinds["loss"] > 3
    assert deliveries[0] >= 8  # the opening stock, then Tuesdays and Fridays
    assert counts == (1,)  # the 1st of June: the grocery shelf counted
    assert "expired" in reasons  # yoghurts past their DLC withdrawn in the morning
    value = _run("--db", str(db), "stock", "value")
    assert value.returncode == 0 and "€" in value.stdout
