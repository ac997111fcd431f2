"""Report speed: the Z of a 500-ticket day under 50 ms, and the yearly report over 60,000
tickets at most twice the time of raw SQL aggregates of the same figures (sqlite3, same
database, same run). Run: ``make bench`` or
``.venv/bin/python -m pytest tests/benchmarks/bench_reports.py -q -s -o addopts=""``.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from reports_factory import CATALOGUE, MANAGER, random_day, set_identity

from cafe_pos.app import open_context
from cafe_pos.domain.clock import PARIS, FixedClock, to_utc_naive
from cafe_pos.domain.vat import split_by_rate
from cafe_pos.services import figures, reporting

YEAR = 2025
TICKETS_PER_YEAR = 60_000


def median_time(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def test_z_of_a_500_ticket_day_under_50_ms(tmp_path: Path) -> None:
    day = dt.date(2026, 11, 20)
    clock = FixedClock(dt.datetime.combine(day, dt.time(23, 30), tzinfo=PARIS))
    ctx = open_context(tmp_path / "cafe.db", clock=clock)
    set_identity(ctx)
    random_day(ctx, day, 500, refunds=5)
    z = reporting.z_report(ctx, MANAGER, day)
    assert z.tickets == 500
    elapsed = median_time(lambda: figures.z_figures(ctx, day), 15)
    print(f"\nZ of a 500-ticket day: {elapsed * 1000:.1f} ms (median of 15)")
    assert elapsed < 0.050


def _fill_year(db: Path) -> None:
    """60,000 tickets (≈ 200,000 lines) over a year, written with raw sqlite3 (fast)."""
    rng = random.Random(7)
    tickets, lines, vats, payments = [], [], [], []
    days = [dt.date(YEAR, 1, 1) + dt.timedelta(days=n) for n in range(365)]
    per_day = TICKETS_PER_YEAR // len(days) + 1
    ticket_id = line_id = payment_id = 0
    for day in days:
        for _ in range(per_day):
            if ticket_id >= TICKETS_PER_YEAR:
                break
            ticket_id += 1
            at = dt.datetime.combine(day, dt.time(7), tzinfo=PARIS) + dt.timedelta(
                seconds=rng.randint(0, 57_000)
            )
            per_rate: dict[int, int] = {}
            total = 0
            count = rng.choice((2, 3, 3, 4, 4, 4, 5))
            for position in range(1, count + 1):
                item = rng.choice(CATALOGUE)
                qty = rng.choice((1000, 1000, 2000))
                amount = item.price_cents * qty // 1000
                line_id += 1
                lines.append(
                    (line_id, ticket_id, position, None, item.label, item.category, qty, "piece",
                     item.price_cents, 0, item.vat_bp, amount, 0, int(item.is_alcohol),
                     int(item.is_drink), int(item.third_party), 0, 0, None)
                )  # fmt: skip
                per_rate[item.vat_bp] = per_rate.get(item.vat_bp, 0) + amount
                total += amount
            for vat in split_by_rate(per_rate):
                vats.append(
                    (ticket_id, vat.rate_bp, vat.base_cents, vat.vat_cents, vat.total_cents)
                )
            payment_id += 1
            method = "cash" if rng.random() < 0.55 else "card"
            payments.append(
                (payment_id, ticket_id, method, total, total if method == "cash" else 0, 0)
            )
            tickets.append(
                (ticket_id, "01", ticket_id, "sale", to_utc_naive(at).isoformat(sep=" "), day.isoformat(),
                 None, "Bench", total, 0, count, 0, None, "", None, "")
            )  # fmt: skip
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.executemany(
            "INSERT INTO tickets (id, register, number, kind, created_at, business_date, user_id, user_name, "
            "total_cents, discount_cents, line_count, cashback_cents, refund_of_id, reason, "
            "customer_account_id, tab_label) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            tickets,
        )
        conn.executemany(
            "INSERT INTO ticket_lines (id, ticket_id, position, product_id, label, category_name, qty_milli, "
            "unit, unit_price_cents, discount_cents, vat_bp, total_cents, takeaway, is_alcohol, is_drink, "
            "third_party, meal_voucher_ok, is_deposit, refund_of_line_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            lines,
        )
        conn.executemany(
            "INSERT INTO ticket_vat (ticket_id, vat_bp, base_cents, vat_cents, total_cents) VALUES (?,?,?,?,?)",
            vats,
        )
        conn.executemany(
            "INSERT INTO payments (id, ticket_id, method, amount_cents, tendered_cents, change_cents) "
            "VALUES (?,?,?,?,?,?)",
            payments,
        )


RAW_QUERIES = (
    # period totals (fiscal part)
    "SELECT count(id), sum(CASE WHEN total_cents < 0 THEN 0 ELSE 1 END), min(number), max(number), "
    "sum(CASE WHEN total_cents < 0 THEN 0 ELSE total_cents END), "
    "sum(CASE WHEN total_cents < 0 THEN -total_cents ELSE 0 END), sum(discount_cents), sum(cashback_cents) "
    "FROM tickets WHERE register = ? AND business_date >= ? AND business_date <= ?",
    "SELECT v.vat_bp, sum(v.base_cents), sum(v.vat_cents), sum(v.total_cents) FROM ticket_vat v "
    "JOIN tickets t ON t.id = v.ticket_id WHERE t.register = ? AND t.business_date >= ? "
    "AND t.business_date <= ? GROUP BY v.vat_bp",
    "SELECT p.method, sum(p.amount_cents) FROM payments p JOIN tickets t ON t.id = p.ticket_id "
    "WHERE t.register = ? AND t.business_date >= ? AND t.business_date <= ? GROUP BY p.method",
    "SELECT sum(l.total_cents) FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id "
    "WHERE l.third_party = 1 AND t.register = ? AND t.business_date >= ? AND t.business_date <= ?",
    # per day and hour of the week
    "SELECT business_date, kind = 'refund', strftime('%Y-%m-%d %H', created_at), count(*), sum(total_cents) "
    "FROM tickets WHERE register = ? AND business_date >= ? AND business_date <= ? "
    "GROUP BY business_date, kind = 'refund', strftime('%Y-%m-%d %H', created_at)",
    # categories, products, drinks
    "SELECT l.category_name, l.product_id, l.label, l.third_party, l.is_drink, l.is_alcohol, "
    "sum(l.qty_milli), sum(l.total_cents) FROM ticket_lines l JOIN tickets t ON t.id = l.ticket_id "
    "WHERE t.register = ? AND t.business_date >= ? AND t.business_date <= ? "
    "GROUP BY l.category_name, l.product_id, l.label, l.third_party, l.is_drink, l.is_alcohol",
    # cancellations (refunds of a whole ticket)
    "SELECT count(*), sum(r.total_cents) FROM tickets r JOIN tickets o ON o.id = r.refund_of_id "
    "WHERE r.register = ? AND r.business_date >= ? AND r.business_date <= ? AND r.kind = 'refund' "
    "AND r.total_cents = -o.total_cents",
    # perpetual grand totals at the end of the period (no closure before it)
    "SELECT sum(total_cents), sum(abs(total_cents)) FROM tickets "
    "WHERE register = ? AND ? IS NOT NULL AND business_date <= ?",
)


def test_year_report_at_most_twice_raw_sql(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    clock = FixedClock(dt.datetime(YEAR + 1, 1, 15, 10, tzinfo=PARIS))
    ctx = open_context(db, clock=clock)
    set_identity(ctx)
    _fill_year(db)
    params = ("01", f"{YEAR}-01-01", f"{YEAR}-12-31")

    def raw() -> None:
        with closing(sqlite3.connect(db)) as conn, conn:
            for sql in RAW_QUERIES:
                conn.execute(sql, params).fetchall()

    year = figures.year_figures(ctx, YEAR)  # warm-up (imports, caches)
    assert year.tickets == TICKETS_PER_YEAR
    raw()
    raw_time = median_time(raw, 5)
    ours = median_time(lambda: figures.year_figures(ctx, YEAR), 5)
    print(
        f"\nyearly report over {TICKETS_PER_YEAR} tickets: {ours * 1000:.0f} ms; raw SQL aggregates "
        f"{raw_time * 1000:.0f} ms; ratio {ours / raw_time:.2f}"
    )
    assert ours <= 2 * raw_time


if __name__ == "__main__":  # pragma: no cover
    pytest.main([__file__, "-q", "-s", "-o", "addopts="])
