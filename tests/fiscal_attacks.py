"""Helpers of the fiscal attack tests: a café built and attacked through the real program
(``cafe-pos`` subprocesses) and sqlite3 edits of its real database file. The café is set up
and each simulated day played at that day's date (Debian's faketime), as a real till
would have lived them; the other commands run at today's date."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

CAFE_POS = Path(sys.executable).with_name("cafe-pos")


def _last_day(args: tuple[str, ...]) -> dt.date | None:
    if "--db" not in args:
        return None
    db = Path(args[args.index("--db") + 1])
    if not db.exists() or db.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(db)) as conn:  # closed: an open one keeps the WAL
            last = conn.execute("SELECT max(business_date) FROM tickets").fetchone()[0]
    except sqlite3.Error:
        return None
    return None if last is None else dt.date.fromisoformat(last)


def _fake_now(args: tuple[str, ...]) -> str:
    """When the command runs: a simulated day at its own date, the month's closing and
    exports in the next month, anything else early the morning after the last day."""
    if "simulate" in args and "--start" in args:
        return f"{args[args.index('--start') + 1]} 06:00:00"
    if "close" in args or "export" in args:
        return "2025-04-01 06:00:00"
    last = _last_day(args)
    day = dt.date(2025, 3, 1) if last is None else last + dt.timedelta(days=1)
    return f"{day.isoformat()} {'06:00:00' if 'simulate' in args else '05:00:00'}"


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    prefix = ["faketime", "-f", f"@{_fake_now(args)}"]
    return subprocess.run(
        [*prefix, str(CAFE_POS), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def ok(*args: str) -> subprocess.CompletedProcess[str]:
    done = run(*args)
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


def ok_at(when: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``ok`` at another time (faketime): an action between simulated days must be dated
    between them, the journal never goes back in time."""
    done = subprocess.run(
        ["faketime", when, str(CAFE_POS), *args], capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done


def new_cafe(db: Path, *, days: int = 1, start: str = "2025-03-01") -> None:
    """A café set up the day before ``start`` (faketime: the journal never goes back in
    time, so simulate only plays days after the set-up) with ``days`` days of simulated
    activity (closed each evening)."""
    installed = dt.date.fromisoformat(start) - dt.timedelta(days=1)
    done = subprocess.run(
        ["faketime", f"{installed} 08:00:00", str(CAFE_POS), "--db", str(db), "init",
         "--name", "Café du Lavoir", "--siret", "73282932000074",
         "--address", "1 place du Lavoir, 71000 Mâcon"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    ok("--db", str(db), "simulate", "--days", str(days), "--start", start)


def drop_guards(conn: sqlite3.Connection) -> None:
    """What an intruder with the database file does first: drop every trigger."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")


def verify(db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return run("--db", str(db), "verify", *extra)
