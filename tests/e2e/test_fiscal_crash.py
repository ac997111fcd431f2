"""A till killed (SIGKILL) in the middle of selling keeps an intact journal.

Two sellers are killed: ``cafe-pos simulate`` (the real selling flow) and a bare loop
sealing tickets as fast as it can (more chances to die inside a transaction).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
TESTS = Path(__file__).resolve().parent.parent

LOOP = """
import datetime as dt, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from fiscal_factory import COFFEE, BEER, BREAD, at_paris, sell
from cafe_pos.app import open_context
from cafe_pos.domain.clock import FixedClock
clock = FixedClock(at_paris(dt.date(2026, 11, 26), 7))
ctx = open_context(Path(sys.argv[1]), clock=clock)
while True:
    clock.advance(seconds=7)
    sell(ctx, [COFFEE, BEER, BREAD])
"""


def journal_size(db: Path) -> int:
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)) as conn, conn:
            return int(conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0])
    except sqlite3.Error:
        return 0


def kill_when(process: subprocess.Popen[bytes], db: Path, entries: int) -> int:
    deadline = time.monotonic() + 120
    while journal_size(db) < entries:
        assert process.poll() is None, "the seller stopped on its own"
        assert time.monotonic() < deadline, "the seller is too slow"
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    return journal_size(db)


@pytest.mark.slow
@pytest.mark.parametrize("seller", ["simulate", "loop"])
def test_verify_passes_after_the_seller_is_killed(tmp_path: Path, seller: str) -> None:
    db = tmp_path / "cafe.db"
    if seller == "simulate":
        # simulate plays a café set up before (the journal never goes back in time)
        init = [
            "faketime",
            "2026-11-01 08:00:00",
            str(CAFE_POS),
            "--db",
            str(db),
            "init",
            "--name",
            "Café",
            "--siret",
            "88421573200022",
            "--address",
            "1 place",
        ]
        subprocess.run(init, check=True, capture_output=True, timeout=120)
        command = [str(CAFE_POS), "--db", str(db), "simulate", "--days", "30", "--start",
                   "2026-11-02"]  # fmt: skip
    else:
        command = [sys.executable, "-c", LOOP, str(db), str(TESTS)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        sealed = kill_when(process, db, 120)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    done = subprocess.run(
        [str(CAFE_POS), "--db", str(db), "verify"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Journal intègre" in done.stdout
    with closing(sqlite3.connect(db)) as conn, conn:
        tickets = conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
        sealed_tickets = conn.execute(
            "SELECT count(*) FROM journal_entries WHERE record_type = 'ticket'"
        ).fetchone()[0]
        numbers = [n for (n,) in conn.execute("SELECT number FROM tickets ORDER BY number")]
    assert tickets == sealed_tickets >= 100
    assert numbers == list(range(1, tickets + 1))  # no gap left by the crash
    assert journal_size(db) >= sealed
