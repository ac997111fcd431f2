"""Attacks 3 and 5 of issue 12, through the real program and the real files: rollbacks
(an older backup copied over the database, a restore under a running till, an emptied
journal) and guards that vanish (triggers dropped, a schema downgraded then upgraded)."""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from fiscal_attacks import CAFE_POS, drop_guards, new_cafe, ok, run, verify

from cafe_pos.store.guards import guard_state
from cafe_pos.store.migrate import alembic_config


def _scalar(db: Path, sql: str) -> int:
    with closing(sqlite3.connect(db)) as conn:  # closed: no WAL left open beside the file
        return int(conn.execute(sql).fetchone()[0] or 0)


def _backup(db: Path, folder: Path) -> Path:
    folder.mkdir()
    ok("--db", str(db), "backup", "--to", str(folder))
    [copy] = folder.glob("*.db")
    return copy


def test_a_closed_till_leaves_its_base_as_one_file(tmp_path: Path) -> None:
    """A write-ahead log left beside a closed base would be replayed over whatever file a
    manager copies in its place (newer pages over an older base: a corrupt base, not a
    detected rollback). Every connection of the program is closed, so none is left."""
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    beside = [db.with_name("cafe.db-wal"), db.with_name("cafe.db-shm")]
    _backup(db, tmp_path / "sauvegardes")  # its look at the schema was left open
    assert not any(path.exists() for path in beside)
    ok("--db", str(db), "simulate", "--days", "1")
    assert not any(path.exists() for path in beside)


def test_an_older_backup_copied_over_the_base_is_found(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    old = _backup(db, tmp_path / "sauvegardes")
    ok("--db", str(db), "simulate", "--days", "1")
    printed = _scalar(db, "SELECT max(number) FROM tickets")

    shutil.copyfile(old, db)  # the day of sales disappears, key and mark left as they are
    kept = _scalar(db, "SELECT max(number) FROM tickets")
    checked = verify(db)
    assert checked.returncode == 1, checked.stdout
    assert "la base est revenue en arrière" in checked.stdout.lower()

    # the till started on it records the rollback and never reissues a printed number
    started = ok("--db", str(db), "simulate", "--days", "1")
    assert "revenue en arrière" in started.stderr
    assert _scalar(db, f"SELECT min(number) FROM tickets WHERE number > {kept}") == printed + 1
    again = verify(db)
    assert again.returncode == 1 and "sans restauration déclarée" in again.stdout


def test_an_end_of_chain_row_copied_from_an_old_backup_is_found(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    old = _backup(db, tmp_path / "sauvegardes")
    kept = _scalar(old, "SELECT max(id) FROM tickets")
    ok("--db", str(db), "simulate", "--days", "1")
    with closing(sqlite3.connect(old)) as conn, conn:
        position, hash_hex, at, signature = conn.execute(
            "SELECT position, hash, at, signature FROM chain_head"
        ).fetchone()
    with closing(sqlite3.connect(db)) as conn, conn:
        drop_guards(conn)
        conn.execute("UPDATE chain_head SET position = ?, hash = ?, at = ?, signature = ?",
                     (position, hash_hex, at, signature))  # fmt: skip
        conn.execute("DELETE FROM journal_entries WHERE position > ?", (position,))
        for table in ("payments", "ticket_vat", "ticket_lines", "stock_movements",
                      "account_entries"):  # fmt: skip
            conn.execute(f"DELETE FROM {table} WHERE ticket_id > {kept}")
        conn.execute("DELETE FROM tab_payments")
        conn.execute("UPDATE tab_lines SET paid_ticket_id = NULL")
        conn.execute(f"DELETE FROM tickets WHERE id > {kept}")
        conn.execute("DELETE FROM closures WHERE id NOT IN (SELECT closure_id FROM "
                     "journal_entries WHERE closure_id IS NOT NULL)")  # fmt: skip
        conn.execute("DELETE FROM fiscal_events WHERE id NOT IN (SELECT event_id FROM "
                     "journal_entries WHERE event_id IS NOT NULL)")  # fmt: skip
    checked = verify(db)
    assert checked.returncode == 1, checked.stdout
    assert "revenue en arrière" in checked.stdout


def test_a_restore_is_a_record_and_numbers_are_never_reissued(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    old = _backup(db, tmp_path / "sauvegardes")
    ok("--db", str(db), "simulate", "--days", "1")
    printed = _scalar(db, "SELECT max(number) FROM tickets")
    discarded_head = _scalar(db, "SELECT position FROM chain_head")

    restored = ok("--db", str(db), "restore", "--from", str(old))
    assert f"reprend après le n° {printed}" in restored.stdout
    with closing(sqlite3.connect(db)) as conn, conn:
        (details,) = conn.execute("SELECT details FROM fiscal_events WHERE code = 912").fetchone()
    assert f'"discarded_position":{discarded_head}' in details
    assert f'"last_ticket_number":{printed}' in details
    checked = verify(db)
    assert checked.returncode == 0, checked.stdout
    assert "Attention : restauration du" in checked.stdout
    kept = _scalar(db, "SELECT max(id) FROM tickets")
    # on the restore's day (journaled 03/03 05:00), not the day after the restored tickets
    ok("--db", str(db), "simulate", "--days", "1", "--start", "2025-03-03")
    assert _scalar(db, f"SELECT min(number) FROM tickets WHERE id > {kept}") == printed + 1
    assert verify(db).returncode == 0


def _held(lock: Path) -> bool:
    if not lock.exists():
        return False
    with lock.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False


def test_one_till_at_a_time_and_no_restore_under_it(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    old = _backup(db, tmp_path / "sauvegardes")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([str(CAFE_POS), "--db", str(db)], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not _held(db.with_name("cafe.db.lock")):
            assert app.poll() is None, app.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.1)
        second = run("--db", str(db), "--smoke")
        assert second.returncode == 2
        assert "La caisse est déjà ouverte" in second.stderr
        refused = run("--db", str(db), "restore", "--from", str(old))
        assert refused.returncode == 2 and "déjà ouverte" in refused.stderr
        assert _scalar(db, "SELECT count(*) FROM fiscal_events WHERE code = 912") == 0
    finally:
        app.terminate()
        app.wait(timeout=30)


def test_an_emptied_journal_is_reported_and_no_new_chain_starts(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    with closing(sqlite3.connect(db)) as conn, conn:
        drop_guards(conn)
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in ("journal_entries", "chain_head", "closure_vat", "closure_payments",
                      "closures", "ticket_duplicates", "payments", "ticket_vat",
                      "ticket_lines", "account_entries", "tab_payments", "stock_movements",
                      "tickets", "fiscal_events", "signing_keys"):  # fmt: skip
            conn.execute(f"DELETE FROM {table}")
    checked = verify(db)
    assert checked.returncode == 1, checked.stdout
    assert "journal fiscal vide" in checked.stdout.lower()
    # the next day (no ticket left to date it by: the 03/01 bread is closed already)
    refused = run("--db", str(db), "simulate", "--days", "1", "--start", "2025-03-02")
    assert refused.returncode == 2 and "les enregistrements ont été effacés" in refused.stderr
    assert _scalar(db, "SELECT count(*) FROM journal_entries") == 0


def test_dropped_guards_are_reported_then_restored_and_journaled(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    with closing(sqlite3.connect(db)) as conn, conn:
        drop_guards(conn)
    checked = verify(db)
    assert checked.returncode == 1, checked.stdout
    assert "protections du journal" in checked.stdout.lower() and "absente" in checked.stdout

    started = ok("--db", str(db), "users", "list")  # any command that opens the till
    assert "Attention : protections du journal" in started.stderr
    with closing(sqlite3.connect(db)) as conn, conn:
        assert guard_state(conn).ok  # every fiscal and stock-ledger trigger is back
    assert _scalar(db, "SELECT count(*) FROM fiscal_events WHERE code = 90 "
                   "AND message LIKE '%protections%'") == 1  # fmt: skip
    after = verify(db)
    assert after.returncode == 0, after.stdout
    assert "Attention : défaut enregistré" in after.stdout


def test_a_downgraded_base_is_not_silently_upgraded_back(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    command.downgrade(alembic_config(db), "0001_initial")
    assert verify(db).returncode == 1
    ok("--db", str(db), "users", "list")
    with closing(sqlite3.connect(db)) as conn, conn:
        messages = [m for (m,) in conn.execute("SELECT message FROM fiscal_events WHERE code = 90")]
    assert any("ramenée au schéma 0001_initial" in m for m in messages), messages


@pytest.fixture(autouse=True)
def _offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


SELLER = """
import datetime as dt, os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from fiscal_factory import COFFEE, BEER, at_paris, sell
from cafe_pos.store.models import load_all
load_all()  # every table known before the first flush
from cafe_pos.app import open_context
from cafe_pos.domain.clock import FixedClock
clock = FixedClock(at_paris(dt.date(2026, 11, 26), 9))
ctx = open_context(Path(sys.argv[1]), clock=clock)
for _ in range(int(sys.argv[3])):
    clock.advance(seconds=30)
    sell(ctx, [COFFEE, BEER])
os._exit(0)  # like a power cut: the write-ahead log is not merged into the base
"""


def test_a_damaged_write_ahead_log_that_drops_committed_sales_is_found(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    tests = Path(__file__).resolve().parent.parent
    python = CAFE_POS.with_name("python")
    for count in ("20", "15"):  # the second batch stays in the WAL only
        subprocess.run([str(python), "-c", SELLER, str(db), str(tests), count],
                       check=True, timeout=120)  # fmt: skip
    wal = db.with_name("cafe.db-wal")
    assert wal.exists() and wal.stat().st_size > 0
    with wal.open("r+b") as handle:  # the last frames damaged: SQLite silently drops them
        handle.seek(-4096, os.SEEK_END)
        handle.write(b"\0" * 4096)
    checked = verify(db)
    assert checked.returncode == 1, checked.stdout
    assert "revenue en arrière" in checked.stdout
