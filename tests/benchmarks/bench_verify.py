"""Benchmark: verify a year of journal (60,000 tickets of 3 lines, daily and monthly
closures) against the bare cryptography of the same records, measured in the same run.

Run: ``.venv/bin/python tests/benchmarks/bench_verify.py [--tickets N]`` (or with pytest:
``pytest tests/benchmarks/bench_verify.py -s``). The year is built once and kept in the
temporary folder (``cafe-pos-bench-verify-N``); building it takes a few minutes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from fiscal_factory import at_paris

from cafe_pos.app import open_context
from cafe_pos.domain.clock import FixedClock, to_utc_naive
from cafe_pos.domain.users import Actor, Role
from cafe_pos.domain.vat import split_by_rate
from cafe_pos.fiscal.journal import seal_ticket
from cafe_pos.fiscal.verify import verify_database
from cafe_pos.services.closing import close_day, close_month
from cafe_pos.store.models.sales import Ticket
from cafe_pos.store.raw import db_datetime, raw_connection

START = dt.date(2025, 1, 1)
ITEMS = [("Café", 150, 1000), ("Demi", 350, 2000), ("Baguette", 110, 550), ("Journal", 300, 210)]
MANAGER = Actor(None, "Marie", Role.MANAGER)


def _write_ticket(
    conn: sqlite3.Connection, number: int, at: dt.datetime, rng: random.Random
) -> int:
    lines = [rng.choice(ITEMS) for _ in range(3)]
    total = sum(price for _, price, _ in lines)
    created = db_datetime(to_utc_naive(at))
    cursor = conn.execute(
        "INSERT INTO tickets (register, number, kind, created_at, business_date, user_name, "
        "total_cents, discount_cents, line_count, cashback_cents, reason, tab_label) "
        "VALUES ('01', ?, 'sale', ?, ?, 'Alice', ?, 0, 3, 0, '', '')",
        (number, created, at.date().isoformat(), total),
    )
    ticket_id = int(cursor.lastrowid or 0)
    by_rate: dict[int, int] = {}
    for position, (label, price, rate) in enumerate(lines, start=1):
        by_rate[rate] = by_rate.get(rate, 0) + price
        conn.execute(
            "INSERT INTO ticket_lines (ticket_id, position, label, category_name, qty_milli, "
            "unit, unit_price_cents, discount_cents, vat_bp, total_cents, takeaway, is_alcohol, "
            "is_drink, third_party, meal_voucher_ok, is_deposit) VALUES "
            "(?, ?, ?, '', 1000, 'piece', ?, 0, ?, ?, 0, 0, 1, 0, 0, 0)",
            (ticket_id, position, label, price, rate, price),
        )
    for vat in split_by_rate(by_rate):
        conn.execute(
            "INSERT INTO ticket_vat (ticket_id, vat_bp, base_cents, vat_cents, total_cents) "
            "VALUES (?, ?, ?, ?, ?)",
            (ticket_id, vat.rate_bp, vat.base_cents, vat.vat_cents, vat.total_cents),
        )
    conn.execute(
        "INSERT INTO payments (ticket_id, method, amount_cents, tendered_cents, change_cents) "
        "VALUES (?, ?, ?, 0, 0)",
        (ticket_id, rng.choice(["cash", "card"]), total),
    )
    return ticket_id


def build_year(db: Path, tickets: int) -> None:
    clock = FixedClock(at_paris(START, 7))
    ctx = open_context(db, clock=clock)
    rng = random.Random(2025)
    per_day = max(1, tickets // 365)
    number = 0
    day = START
    while number < tickets:
        with ctx.uow() as uow:
            session = uow.session
            conn = raw_connection(session)
            for index in range(min(per_day, tickets - number)):
                number += 1
                clock.set(at_paris(day, 7) + dt.timedelta(seconds=40 * index))
                ticket_id = _write_ticket(conn, number, clock.now(), rng)
                seal_ticket(ctx, session, session.get_one(Ticket, ticket_id))
            uow.commit()
        clock.set(at_paris(day, 23))
        close_day(ctx, MANAGER, day)
        following = day + dt.timedelta(days=1)
        if following.month != day.month:
            clock.set(at_paris(following, 6))
            close_month(ctx, MANAGER, day.year, day.month)
        day = following
    ctx.uow.engine.dispose()


def raw_baseline(db: Path) -> tuple[int, float]:
    """SHA-256 chain + Ed25519 verify of the same records, nothing else."""
    with closing(sqlite3.connect(db)) as conn, conn:
        rows = conn.execute(
            "SELECT prev_hash, payload, signature FROM journal_entries ORDER BY position"
        ).fetchall()
        public_hex = conn.execute("SELECT public_key FROM signing_keys").fetchone()[0]
    key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
    started = time.perf_counter()
    for prev, payload, signature in rows:
        digest = hashlib.sha256(bytes.fromhex(prev) + payload.encode("utf-8")).digest()
        key.verify(bytes.fromhex(signature), digest)
    return len(rows), time.perf_counter() - started


def run(tickets: int) -> float:
    # Cached between runs, keyed by the schema so a changed schema builds a fresh year.
    import hashlib

    from cafe_pos.store.migrate import migrations_dir

    versions = sorted((migrations_dir() / "versions").glob("*.py"))
    schema = hashlib.sha256(b"".join(p.read_bytes() for p in versions)).hexdigest()[:12]
    folder = Path(tempfile.gettempdir()) / f"cafe-pos-bench-verify-{tickets}-{schema}"
    db = folder / "cafe.db"
    if not db.exists():
        folder.mkdir(exist_ok=True)
        started = time.perf_counter()
        print(f"building a year of {tickets} tickets in {folder} ...", flush=True)
        try:
            build_year(db, tickets)
        except BaseException:
            for path in folder.iterdir():
                path.unlink()
            raise
        print(f"  built in {time.perf_counter() - started:.1f} s", flush=True)
    ctx = open_context(db)
    started = time.perf_counter()
    report = verify_database(ctx)
    verify_s = time.perf_counter() - started
    assert report.ok, report.message
    records, raw_s = raw_baseline(db)
    print(f"verify_database: {report.checked} records in {verify_s:.2f} s "
          f"({report.checked / verify_s:,.0f} records/s)")  # fmt: skip
    print(f"raw SHA-256 + Ed25519 verify: {records} records in {raw_s:.2f} s "
          f"({records / raw_s:,.0f} records/s)")  # fmt: skip
    ratio = verify_s / raw_s
    print(f"ratio verify / raw crypto: {ratio:.2f}")
    return ratio


def test_verify_a_year() -> None:
    # Issue 4: at least 50 % of the raw SHA-256 + Ed25519 rate, i.e. at most twice its time.
    assert run(60_000) <= 2.0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tickets", type=int, default=60_000)
    run(parser.parse_args().tickets)
