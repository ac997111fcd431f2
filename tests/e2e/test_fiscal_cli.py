"""The fiscal commands through the real console script: close, verify, export archive."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from fiscal_factory import BEER, COFFEE, at_paris, sell

from cafe_pos.app import open_context
from cafe_pos.domain.clock import FixedClock

CAFE_POS = Path(sys.executable).with_name("cafe-pos")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CAFE_POS), *args], capture_output=True, text=True, timeout=120, check=False
    )


def test_close_verify_archive_and_a_tampered_ticket(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    clock = FixedClock(at_paris(dt.date(2025, 3, 30), 10))  # a past month: closable today
    ctx = open_context(db, clock=clock)
    sell(ctx, [COFFEE, BEER])
    clock.advance(hours=1)
    sell(ctx, [BEER])
    ctx.uow.engine.dispose()

    closed = run("--db", str(db), "close", "--date", "2025-03-30")
    assert closed.returncode == 0, closed.stderr
    assert "Clôture journalière (Z) 2025-03-30 : 2 ticket(s), total 8,50 €" in closed.stdout
    again = run("--db", str(db), "close", "--date", "2025-03-30")
    assert again.returncode == 2
    assert again.stderr.strip() == "cafe-pos : La journée du 30/03/2025 est déjà clôturée"
    bad = run("--db", str(db), "close", "--month", "2025-13")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1

    month = run("--db", str(db), "close", "--month", "2025-03")
    assert month.returncode == 0, month.stderr
    archive = tmp_path / "mars.zip"
    exported = run(
        "--db", str(db), "export", "archive", "--period", "2025-03", "--out", str(archive)
    )
    assert exported.returncode == 0, exported.stderr
    checked = run("verify", "--archive", str(archive))
    assert checked.returncode == 0 and "Archive intègre" in checked.stdout

    ok = run("--db", str(db), "verify")
    assert ok.returncode == 0 and "Journal intègre" in ok.stdout

    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("DROP TRIGGER fiscal_no_update_ticket_lines")
        conn.execute("UPDATE ticket_lines SET unit_price_cents = 100 WHERE label = 'Demi pression'")
    tampered = run("--db", str(db), "verify")
    assert tampered.returncode == 1
    assert "Premier enregistrement en défaut : ticket n° 1 (caisse 01)" in tampered.stdout
    assert "unit_price_cents" in tampered.stdout


def test_verify_could_not_check(tmp_path: Path) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("pas une base")
    done = run("--db", str(not_a_db), "verify")
    assert done.returncode == 2
    assert done.stderr.startswith("cafe-pos : ")
    assert "n'est pas une base de données" in done.stderr
    missing = run("verify", "--archive", str(tmp_path / "absent.zip"))
    assert missing.returncode == 2
