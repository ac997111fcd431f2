"""`cafe-pos simulate` through the real console script: deterministic, continues where it
stopped, closes its days, keeps the journal intact, and refuses bad input cleanly."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

CAFE_POS = Path(sys.executable).with_name("cafe-pos")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CAFE_POS), *args], capture_output=True, text=True, timeout=300, check=False
    )


def _init(db: Path, when: str = "2026-03-01 08:00:00") -> None:
    """A café set up in the past (faketime): simulate only plays days the journal can take."""
    result = subprocess.run(
        ["faketime", when, str(CAFE_POS), "--db", str(db), "init", "--name", "Café",
         "--siret", "88421573200022", "--address", "1 place"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


def _figures(db: Path) -> list[tuple[str, int, int, int]]:
    """(business day, tickets, total, cashback) of each day."""
    with closing(sqlite3.connect(db)) as conn, conn:
        return conn.execute(
            "SELECT business_date, count(*), sum(total_cents), sum(cashback_cents) "
            "FROM tickets GROUP BY business_date ORDER BY business_date"
        ).fetchall()


def test_same_seed_same_days_twice_and_continue(tmp_path: Path) -> None:
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for db in (first, second, tmp_path / "c.db"):
        _init(db)
    run_a = _run(
        "--db", str(first), "simulate", "--days", "2", "--seed", "42", "--start", "2026-06-05"
    )
    run_b = _run(
        "--db", str(second), "simulate", "--days", "2", "--seed", "42", "--start", "2026-06-05"
    )
    assert run_a.returncode == 0, run_a.stderr
    assert run_b.returncode == 0, run_b.stderr
    assert run_a.stdout == run_b.stdout
    assert "du 05/06/2026 au 06/06/2026" in run_a.stdout
    figures = _figures(first)
    assert figures == _figures(second)
    assert [day for day, *_ in figures] == ["2026-06-05", "2026-06-06"]
    assert all(count > 40 for _, count, _, _ in figures)  # a Friday and a Saturday
    with closing(sqlite3.connect(first)) as conn, conn:
        closed = conn.execute(
            "SELECT period FROM closures WHERE kind='day' ORDER BY period"
        ).fetchall()
        assert closed == [("2026-06-05",), ("2026-06-06",)]
        assert conn.execute("SELECT count(*) FROM tabs WHERE status='open'").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM print_jobs").fetchone() == (0,)
    other_seed = tmp_path / "c.db"
    assert (
        _run(
            "--db",
            str(other_seed),
            "simulate",
            "--days",
            "1",
            "--seed",
            "7",
            "--start",
            "2026-06-05",
        ).returncode
        == 0
    )
    assert _figures(other_seed)[0] != figures[0]

    # Without --start it continues from the day after the last recorded day.
    more = _run("--db", str(first), "simulate", "--days", "1", "--seed", "42")
    assert more.returncode == 0, more.stderr
    assert "du 07/06/2026 au 07/06/2026" in more.stdout
    verify = _run("--db", str(first), "verify")
    assert verify.returncode == 0, verify.stdout + verify.stderr


def test_bad_arguments_exit_2_with_one_french_line_and_change_nothing(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    _init(db)
    assert _run("--db", str(db), "simulate", "--days", "1", "--start", "2026-03-02").returncode == 0
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    for args, message in [
        (("--days", "0"), "jours"),
        (("--days", "1", "--start", "2026-02-30"), "AAAA-MM-JJ"),
        (("--days", "1", "--start", "2026-03-01"), "déjà enregistré"),
        (("--days", "99999"), "jours"),
        (("--days", "1", "--start", "9999-12-31"), "années possibles"),
        (("--days", "1", "--start", "20260310"), "Date invalide"),
        (("--days", "1", "--start", ""), "valeur vide"),
    ]:
        result = _run("--db", str(db), "simulate", *args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


def test_a_past_simulation_dates_every_record_truly(tmp_path: Path) -> None:
    """Its own set-up (catalogue, accounts) comes at the start of the first simulated day:
    nothing is stamped with today's date, and each Z report has its own day's tickets."""
    db = tmp_path / "cafe.db"
    _init(db, "2026-09-30 09:00:00")
    result = _run("--db", str(db), "simulate", "--days", "2", "--start", "2026-10-01")
    assert result.returncode == 0, result.stderr
    with closing(sqlite3.connect(db)) as conn, conn:
        (latest,) = conn.execute("SELECT max(at) FROM journal_entries").fetchone()
        assert latest < "2026-10-03", latest
        days = conn.execute(
            "SELECT business_date, count(*) FROM tickets GROUP BY 1 ORDER BY 1"
        ).fetchall()
        assert [day for day, _ in days] == ["2026-10-01", "2026-10-02"]
        outside = conn.execute(
            "SELECT count(*) FROM tickets WHERE date(created_at) NOT IN ('2026-10-01', "
            "'2026-10-02', '2026-10-03')"
        ).fetchone()
        assert outside == (0,)
    report = _run("--db", str(db), "report", "z", "--date", "2026-10-01", "--json")
    assert report.returncode == 0, report.stderr
    assert '"tickets": 0' not in report.stdout


def test_a_base_with_real_activity_or_no_identity_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    _init(db)
    with (
        closing(sqlite3.connect(db)) as conn,
        conn,
    ):  # a ticket sold at the counter (no simulator token)
        conn.execute(
            "INSERT INTO tickets (register, number, kind, created_at, business_date, "
            "user_name, total_cents, discount_cents, line_count, cashback_cents, reason, "
            "tab_label) VALUES ('01', 1, 'sale', '2026-03-01 09:00', '2026-03-01', 'x', "
            "250, 0, 1, 0, '', '')"
        )
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    result = _run("--db", str(db), "simulate", "--days", "1")
    assert result.returncode == 2 and "activité réelle" in result.stderr, result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
