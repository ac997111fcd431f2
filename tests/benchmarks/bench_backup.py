"""Benchmark: a verified backup of a year's database (60,000 tickets, closures) in under
10 s, and the longest pause of a sale commit while that backup runs on its worker thread,
against the same sales with no backup running (measured in the same run).

The year is the verify benchmark's (``bench_verify.build_year``, cached in the temporary
folder by schema); when only an older schema's year is cached it is copied and migrated
(minutes saved on a loaded machine). The benchmark works on its own copy.

Run: ``.venv/bin/python tests/benchmarks/bench_backup.py`` (or ``pytest ... -s``).
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_verify import build_year
from fiscal_factory import BEER, COFFEE, sell

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.services import backups
from cafe_pos.store.backup_targets import Destination
from cafe_pos.store.migrate import migrations_dir

TICKETS = 60_000


def _schema() -> str:
    import hashlib

    versions = sorted((migrations_dir() / "versions").glob("*.py"))
    return hashlib.sha256(b"".join(p.read_bytes() for p in versions)).hexdigest()[:12]


def year_database(work: Path) -> Path:
    """A copy of a year's database in ``work`` (built or taken from the cache)."""
    tmp = Path(tempfile.gettempdir())
    cached = tmp / f"cafe-pos-bench-verify-{TICKETS}-{_schema()}" / "cafe.db"
    if not cached.exists():
        older = sorted(tmp.glob(f"cafe-pos-bench-verify-{TICKETS}-*/cafe.db"))
        if older:
            cached = older[-1]
            print(f"migrating a cached year from {cached.parent.name}", flush=True)
        else:
            cached.parent.mkdir(exist_ok=True)
            print(f"building a year of {TICKETS} tickets (minutes) ...", flush=True)
            build_year(cached, TICKETS)
    db = work / "cafe.db"
    shutil.copyfile(cached, db)
    shutil.copyfile(cached.with_name("cafe.db.key"), work / "cafe.db.key")
    return db


def _sales(ctx: ServiceContext, count: int, stop: threading.Event | None = None) -> list[float]:
    durations = []
    for index in range(count):
        if stop is not None and stop.is_set():
            break
        started = time.perf_counter()
        sell(ctx, [COFFEE, BEER] if index % 2 else [COFFEE])
        durations.append(time.perf_counter() - started)
    return durations


def run() -> tuple[float, float]:
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as folder:
        work = Path(folder)
        db = year_database(work)
        dest = work / "usb"
        dest.mkdir()
        clock = FixedClock(dt.datetime(2026, 1, 2, 10, 0, tzinfo=dt.UTC))
        ctx = open_context(db, clock=clock)
        size = db.stat().st_size
        # 1. a backup alone
        started = time.perf_counter()
        alone = backups.run_backup(
            db, [Destination("folder", str(dest))], now=dt.datetime(2026, 1, 2, 10, 0),
            reason="manual",
        )  # fmt: skip
        backup_s = time.perf_counter() - started
        assert alone.ok, alone.results
        raw_started = time.perf_counter()
        shutil.copyfile(db, work / "raw-copy.db")
        raw_s = time.perf_counter() - raw_started
        # 2. sales with nothing else running (baseline), then while a backup runs
        _sales(ctx, 30)  # warm-up
        baseline = _sales(ctx, 300)
        done = threading.Event()
        result: list[backups.BackupRun] = []

        def backup() -> None:
            result.append(
                backups.run_backup(
                    db,
                    [Destination("folder", str(dest))],
                    now=dt.datetime(2026, 1, 2, 11, 0),
                    reason="hour",
                )
            )
            done.set()

        worker = threading.Thread(target=backup)
        during: list[float] = []
        worker.start()
        while not done.is_set():
            during.extend(_sales(ctx, 5))
        worker.join()
        assert result and result[0].ok, result
        ctx.uow.engine.dispose()
    base_max, base_p50 = max(baseline), statistics.median(baseline)
    during_max, during_p50 = max(during), statistics.median(during)
    print(f"database: {size / 1e6:.0f} MB, {TICKETS} tickets")
    print(f"verified backup: {backup_s:.2f} s (goal < 10 s); raw file copy {raw_s:.2f} s; "
          f"ratio {backup_s / raw_s:.1f}")  # fmt: skip
    print(f"sale commit, no backup: median {base_p50 * 1000:.1f} ms, max {base_max * 1000:.1f} ms "
          f"({len(baseline)} sales)")  # fmt: skip
    print(f"sale commit during backup: median {during_p50 * 1000:.1f} ms, "
          f"max {during_max * 1000:.1f} ms ({len(during)} sales while it ran)")  # fmt: skip
    base_p99 = statistics.quantiles(baseline, n=100)[98]
    during_p99 = statistics.quantiles(during, n=100)[98]
    print(f"sale commit p99: usual {base_p99 * 1000:.1f} ms, during backup "
          f"{during_p99 * 1000:.1f} ms")  # fmt: skip
    # the max of N samples grows with N: compare like with like, windows of as many
    # consecutive sales during the backup as the baseline has
    window = len(baseline)
    windows = [max(during[i : i + window]) for i in range(0, len(during) - window + 1, window)]
    if windows:
        print(f"worst sale per window of {window} during backup: median "
              f"{statistics.median(windows) * 1000:.1f} ms, worst {max(windows) * 1000:.1f} ms "
              f"({len(windows)} windows); ratio median window max / usual max: "
              f"{statistics.median(windows) / base_max:.2f}")  # fmt: skip
    print(f"longest pause ratio (during max / usual max): {during_max / base_max:.2f}")
    return backup_s, during_max / base_max


def test_backup_a_year() -> None:
    seconds, _pause_ratio = run()
    assert seconds < 10.0


if __name__ == "__main__":
    run()
