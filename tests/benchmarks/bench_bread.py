"""Bread deposit speed: tomorrow's suggestion for 15 products over a year of history
under 50 ms (a normal day, and a public holiday, whose factor is learnt over the whole
year), measured with the raw sqlite3 baseline of the same aggregates in the same run.
Run: ``make bench`` or
``.venv/bin/python -m pytest tests/benchmarks/bench_bread.py -q -s -o addopts=""``.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from functools import partial
from pathlib import Path

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.bread import CommissionKind, ContractKind, ReservationItem
from cafe_pos.domain.clock import PARIS, FixedClock, to_utc_naive
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import bread
from cafe_pos.store.models.catalogue import Category, Product

MANAGER = Actor(None, "Bench", Role.MANAGER)
PRODUCTS = 15
FIRST = dt.date(2025, 11, 1)
DAYS = 366


def median_time(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _build(ctx: ServiceContext) -> tuple[int, list[int]]:
    with ctx.uow() as uow:
        cat = Category(name="Pain", position=1)
        uow.session.add(cat)
        uow.session.flush()
        ids = []
        for n in range(PRODUCTS):
            p = Product(
                name=f"Pain n° {n + 1}",
                short_label=f"Pain {n + 1}",
                category_id=cat.id,
                price_cents=110 + 10 * n,
                vat_onsite_bp=1000,
                vat_takeaway_bp=550,
                track_stock=False,
            )
            uow.session.add(p)
            uow.session.flush()
            ids.append(p.id)
        uow.commit()
    baker = bread.save_baker(
        ctx,
        MANAGER,
        bread.BakerInput("Bench", ContractKind.SALE_OR_RETURN, CommissionKind.PERCENT, 1500),
    )
    for pid in ids:
        bread.link_product(ctx, MANAGER, baker.id, pid)
    for n in range(10):
        bread.save_reservation(
            ctx,
            MANAGER,
            bread.ReservationInput(
                f"Client {n}",
                (ReservationItem(ids[n % PRODUCTS], 1 + n % 2),),
                FIRST,
                None,
                frozenset({(n + d) % 7 for d in range(5)}),
            ),
        )
    return baker.id, ids


def _fill_history(db: Path, baker_id: int, ids: list[int]) -> int:
    """A year of bread tickets (1-3 loaves each) and one reconciliation per day."""
    rng = random.Random(5)
    tickets, lines, recon, recon_lines = [], [], [], []
    ticket_id = line_id = 0
    for offset in range(DAYS):
        day = FIRST + dt.timedelta(days=offset)
        sold = {pid: 0 for pid in ids}
        for _ in range(60):
            ticket_id += 1
            at = dt.datetime.combine(day, dt.time(7), tzinfo=PARIS) + dt.timedelta(
                seconds=rng.randint(0, 40_000)
            )
            total = 0
            for position in range(1, rng.choice((1, 1, 2, 3)) + 1):
                pid = rng.choice(ids)
                qty = rng.choice((1, 1, 2))
                sold[pid] += qty
                line_id += 1
                amount = 120 * qty
                total += amount
                lines.append(
                    (line_id, ticket_id, position, pid, "Pain", "Pain", qty * 1000, "piece", 120,
                     0, 550, amount, 1, 0, 0, 1, 0, 0, None)
                )  # fmt: skip
            tickets.append(
                (ticket_id, "01", ticket_id, "sale", to_utc_naive(at).isoformat(sep=" "),
                 day.isoformat(), None, "Bench", total, 0, 1, 0, None, "", None, "")
            )  # fmt: skip
        recon.append((offset + 1, baker_id, day.isoformat(), f"{day} 21:00:00.000000", "Bench"))
        for pid in ids:
            recon_lines.append(
                (offset + 1, pid, day.isoformat(), sold[pid] + 3, sold[pid], 0, 3, 0, 0, 0, 0, 0)
            )
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.executemany(
            "INSERT INTO tickets (id, register, number, kind, created_at, business_date, user_id, "
            "user_name, total_cents, discount_cents, line_count, cashback_cents, refund_of_id, "
            "reason, customer_account_id, tab_label) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            tickets,
        )
        conn.executemany(
            "INSERT INTO ticket_lines (id, ticket_id, position, product_id, label, category_name, "
            "qty_milli, unit, unit_price_cents, discount_cents, vat_bp, total_cents, takeaway, "
            "is_alcohol, is_drink, third_party, meal_voucher_ok, is_deposit, refund_of_line_id) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            lines,
        )
        conn.executemany(
            "INSERT INTO bread_reconciliations (id, baker_id, day, confirmed_at, user_name) "
            "VALUES (?,?,?,?,?)",
            recon,
        )
        conn.executemany(
            "INSERT INTO bread_reconciliation_lines (reconciliation_id, product_id, day, "
            "delivered, sold, picked_up, returned, given, thrown, next_day, difference, suggested) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            recon_lines,
        )
    return len(lines)


def _raw(db: Path, ids: list[int], day: dt.date, holiday: bool) -> int:
    """The same aggregates as the service, in raw sqlite3: the reconciled counter sales of
    the last 8 same weekdays, the active reservations and their items, and on a holiday
    the year's sales summed by kind of day (the holidays given as a list of dates)."""
    placeholders = ",".join(str(i) for i in ids)
    weeks = [(day - dt.timedelta(weeks=w)).isoformat() for w in range(1, 9)]
    rows = 0
    with closing(sqlite3.connect(db)) as conn, conn:
        rows += len(
            conn.execute(
                f"SELECT product_id, day, sold, returned + given + thrown + next_day "
                f"FROM bread_reconciliation_lines WHERE product_id IN ({placeholders}) "
                f"AND day IN ({','.join('?' * len(weeks))})",
                weeks,
            ).fetchall()
        )
        rows += len(
            conn.execute(
                "SELECT r.id, r.start, r.end, r.weekdays, i.product_id, i.qty "
                "FROM bread_reservations r JOIN bread_reservation_items i "
                "ON i.reservation_id = r.id WHERE r.active = 1"
            ).fetchall()
        )
        if holiday:
            first = (day - dt.timedelta(days=365)).isoformat()
            public = ",".join(f"'{d}'" for d in HOLIDAYS)
            rows += len(
                conn.execute(
                    f"SELECT product_id, CASE WHEN day IN ({public}) THEN 'p' ELSE 'n' END AS k, "
                    f"sum(sold), count(*) FROM bread_reconciliation_lines "
                    f"WHERE product_id IN ({placeholders}) AND day >= ? AND day < ? "
                    f"GROUP BY product_id, k",
                    (first, day.isoformat()),
                ).fetchall()
            )
    return rows


HOLIDAYS = ("2025-11-11", "2025-12-25", "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08")


def test_suggestion_for_15_products_over_a_year_under_50_ms(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    ctx = open_context(db, clock=FixedClock(dt.datetime(2025, 10, 31, 9, 0, tzinfo=PARIS)))
    baker_id, ids = _build(ctx)
    lines = _fill_history(db, baker_id, ids)
    for label, day in (
        ("normal day", dt.date(2026, 11, 3)),
        ("public holiday (a year of history)", dt.date(2026, 11, 11)),
    ):
        suggestion = bread.suggest_order(ctx, baker_id, day)
        assert len(suggestion) == PRODUCTS and all(s.forecast > 0 for s in suggestion)
        holiday = "holiday" in label
        elapsed = median_time(partial(bread.suggest_order, ctx, baker_id, day), 15)
        raw = median_time(partial(_raw, db, ids, day, holiday), 15)
        print(
            f"\nBread suggestion, {PRODUCTS} products, {lines} ticket lines over {DAYS} days, "
            f"{label}: {elapsed * 1000:.1f} ms; raw sqlite3 aggregates {raw * 1000:.1f} ms "
            f"(ratio {elapsed / raw:.1f})"
        )
        assert elapsed < 0.050


def test_a_pick_up_rings_up_as_fast_as_a_plain_sale(tmp_path: Path) -> None:
    """Ticking a reservation off (the pick-up row + its sale in one transaction) against
    the same take-away sale through ``selling.checkout``, in the same run."""
    from cafe_pos.domain.cart import Cart
    from cafe_pos.domain.payments import PaymentInput
    from cafe_pos.services import selling

    day = dt.date(2026, 3, 3)
    clock = FixedClock(dt.datetime.combine(day, dt.time(7, 0), tzinfo=PARIS))
    ctx = open_context(tmp_path / "cafe.db", clock=clock)
    _baker_id, ids = _build(ctx)
    reservations = [
        bread.save_reservation(
            ctx,
            MANAGER,
            bread.ReservationInput(f"Retrait {n}", (ReservationItem(ids[0], 2),), day),
        ).id
        for n in range(30)
    ]
    item = selling.sale_item(ctx, ids[0])
    pickups, sales = [], []
    for n, rid in enumerate(reservations):
        start = time.perf_counter()
        bread.pick_up(ctx, MANAGER, rid, day=day, token=f"p{n}")
        pickups.append(time.perf_counter() - start)
        cart = Cart(takeaway=True)
        cart.add(item, 2000)
        start = time.perf_counter()
        selling.checkout(
            ctx, MANAGER, cart, [PaymentInput("cash", cart.total_cents)], token=f"s{n}",
            open_drawer=False,
        )  # fmt: skip
        sales.append(time.perf_counter() - start)
    pick, sale = statistics.median(pickups), statistics.median(sales)
    print(f"\nPick-up (sale included) {pick * 1000:.1f} ms; plain checkout {sale * 1000:.1f} ms "
          f"(ratio {pick / sale:.1f})")  # fmt: skip
    assert pick < 3 * sale + 0.010
