"""``cafe-pos purge`` through the real program, at real dates (faketime): a simulated
year closed and archived, refused too early and without the archive, then purged seven
years later; ``verify`` exits 0 and says the detail was purged, the archive still
verifies on its own, and the later Z report is unchanged."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from fiscal_attacks import CAFE_POS, drop_guards, new_cafe, ok_at

pytestmark = pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime missing")


def _at(when: str, *args: str) -> tuple[int, str, str]:
    import subprocess

    done = subprocess.run(
        ["faketime", when, str(CAFE_POS), *args], capture_output=True, text=True,
        timeout=180, check=False,
    )  # fmt: skip
    return done.returncode, done.stdout, done.stderr


def test_purge_a_year_seven_years_later(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=3, start="2025-12-29")
    base = ("--db", str(db))
    ok_at("2026-01-01 07:00:00", *base, "close", "--year", "2025")
    ok_at("2026-01-02 06:00:00", *base, "simulate", "--days", "1", "--start", "2026-01-02")
    (tmp_path / "archives").mkdir()
    archive = tmp_path / "archives" / "archive-2025.zip"
    ok_at("2026-01-03 07:10:00", *base, "export", "archive", "--period", "2025",
          "--out", str(archive))  # fmt: skip
    z_before = ok_at("2026-01-03 08:00:00", *base, "report", "z", "--date", "2026-01-02",
                     "--json").stdout  # fmt: skip

    code, _out, err = _at("2030-06-01 08:00:00", *base, "purge", "--year", "2025")
    assert code == 2 and "Trop tôt" in err and "31/12/2031" in err
    archive.rename(tmp_path / "elsewhere.zip")
    code, _out, err = _at("2032-01-05 08:00:00", *base, "purge", "--year", "2025")
    assert code == 2 and "Aucune archive de 2025" in err
    (tmp_path / "elsewhere.zip").rename(archive)

    dry = ok_at("2032-01-05 08:00:00", *base, "purge", "--year", "2025", "--dry-run").stdout
    assert "tickets seraient supprimé(e)s" in dry
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM tickets").fetchone()[0] > 0
    done = ok_at("2032-01-05 08:05:00", *base, "purge", "--year", "2025").stdout
    assert "Détail de 2025 purgé" in done and "archive-2025.zip" in done
    with closing(sqlite3.connect(db)) as conn:  # only the tickets of account movements stay
        left = conn.execute(
            "SELECT count(*), sum(EXISTS (SELECT 1 FROM account_entries a WHERE a.ticket_id = "
            "t.id)) FROM tickets t WHERE business_date <= '2025-12-31'"
        ).fetchone()
    assert left[0] == (left[1] or 0) and left[0] < 20

    checked = ok_at("2032-01-05 09:00:00", *base, "verify").stdout
    assert "Détail purgé jusqu'au 31/12/2025" in checked and "archive-2025.zip" in checked
    assert "Journal intègre" in checked
    standalone = ok_at("2032-01-05 09:00:00", *base, "verify", "--archive", str(archive))
    assert "Archive intègre" in standalone.stdout
    code, _out, err = _at("2032-01-05 09:10:00", *base, "purge", "--year", "2025")
    assert code == 2 and "déjà purgé" in err
    # a later day's Z (and its grand totals) unchanged; a purged day's points to the archive
    z_after = ok_at("2032-01-05 09:20:00", *base, "report", "z", "--date", "2026-01-02",
                    "--json").stdout  # fmt: skip
    assert z_after == z_before
    code, _out, err = _at("2032-01-05 09:30:00", *base, "report", "z", "--date", "2025-12-31")
    assert code == 2 and "purgé" in err and "archive-2025.zip" in err
    # someone deletes a record after the cut, or below it, by hand: still a break
    for where in ("position = (SELECT min(position) FROM journal_entries WHERE position > "
                  "(SELECT max(j.position) FROM journal_entries j JOIN closures c "
                  "ON c.id = j.closure_id WHERE c.kind = 'year'))",
                  "position = (SELECT min(position) FROM journal_entries)"):  # fmt: skip
        attacked = tmp_path / "attacked.db"
        with closing(sqlite3.connect(db)) as source, closing(sqlite3.connect(attacked)) as copy:
            source.backup(copy)
            drop_guards(copy)
            copy.execute("PRAGMA foreign_keys=OFF")
            copy.execute(f"DELETE FROM journal_entries WHERE {where}")
            copy.commit()
        shutil.copyfile(db.with_name("cafe.db.key"), attacked.with_name("attacked.db.key"))
        code, out, _err = _at("2032-01-05 10:00:00", "--db", str(attacked), "verify")
        assert code == 1 and "Journal altéré" in out, out
        attacked.unlink()
