"""Stock benchmarks, each against its raw baseline measured in the same run:

- a 60-line delivery saved through ``stock_deliveries.receive`` (checks, PMP, lots, ledger,
  levels, one transaction, WAL + synchronous=FULL) in under 100 ms (median), against raw
  sqlite3 inserting the same rows (delivery, lines, lots, movements, level upserts) with
  precomputed values in one transaction;
- the stock list of 5,000 products with levels, values and filters (all, low, expiring,
  a search, a category) through ``stock.stock_list`` in under 100 ms each (median), against
  raw sqlite3 running the same query and fetching the rows.

Run: ``python tests/benchmarks/bench_stock.py`` (exit 1 above a limit), or pytest it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypedDict

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import stock, stock_deliveries
from cafe_pos.services.stock import _LIST_SQL, StockFilter
from cafe_pos.services.stock_deliveries import DeliveryInput, DeliveryLineInput

LIMIT_MS = 100.0
MANAGER = Actor(None, "Camille", Role.MANAGER)
NOW = dt.datetime(2026, 11, 26, 8, 0, tzinfo=PARIS)


def _seed(ctx: ServiceContext, products: int, categories: int = 20) -> list[int]:
    """Products (every tenth dated with a DLC, every seventh with a DDM), barcodes, levels."""
    conn = sqlite3.connect(ctx.db_path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO categories (name, position, colour, active) VALUES (?, ?, '#607d8b', 1)",
        [(f"Rayon {c}", c) for c in range(categories)],
    )
    conn.executemany(
        "INSERT INTO products (name, short_label, category_id, price_cents, vat_onsite_bp,"
        " vat_takeaway_bp, is_alcohol, is_drink, third_party, meal_voucher_ok, unit, position,"
        " quick_key, track_stock, active) VALUES (?, ?, ?, ?, 550, 550, 0, 0, 0, 1, 'piece',"
        " 0, 0, 1, 1)",
        [
            (f"Article {i:05d}", f"Art {i}", 1 + i % categories, 100 + i % 900)
            for i in range(products)
        ],
    )
    ids = [int(r[0]) for r in conn.execute("SELECT id FROM products ORDER BY id")]
    conn.executemany(
        "INSERT INTO barcodes (product_id, code) VALUES (?, ?)",
        [(pid, f"2{pid:012d}") for pid in ids],
    )
    conn.executemany(
        "INSERT INTO stock_levels (product_id, qty_milli, average_cost_cents, minimum_milli,"
        " target_milli, date_kind) VALUES (?, ?, ?, 4000, 12000, ?)",
        [
            (pid, (pid % 23 - 3) * 1000, 50 + pid % 300,
             "use_by" if pid % 10 == 0 else "best_before" if pid % 7 == 0 else "")
            for pid in ids
        ],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO stock_lots (product_id, date_kind, expires_on, qty_in_milli,"
        " remaining_milli, received_at) VALUES (?, 'use_by', ?, 6000, 3000, '2026-11-20 08:00:00')",
        [
            (pid, (NOW.date() + dt.timedelta(days=pid % 15)).isoformat())
            for pid in ids
            if pid % 10 == 0
        ],
    )
    conn.execute("COMMIT")
    conn.close()
    return ids


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench_delivery(repeat: int = 15) -> tuple[float, float]:
    """(ours, raw) median milliseconds of a 60-line delivery."""
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(Path(tmp) / "cafe.db", clock=FixedClock(NOW))
        ids = _seed(ctx, 600)
        dated = {pid for pid in ids if pid % 10 == 0}
        lines = [
            DeliveryLineInput(
                pid, 2000, 480, pack_size=6, discount_bp=500,
                expires_on=NOW.date() + dt.timedelta(days=9) if pid in dated else (
                    NOW.date() + dt.timedelta(days=90) if pid % 7 == 0 else None),
                barcode=f"2{pid:012d}",
            )
            for pid in ids[:60]
        ]  # fmt: skip
        data = DeliveryInput(None, lines, "BL-1")
        stock_deliveries.receive(ctx, MANAGER, data)  # warm-up
        ours = _median_ms(lambda: stock_deliveries.receive(ctx, MANAGER, data), repeat)
        conn = sqlite3.connect(Path(tmp) / "cafe.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        now = "2026-11-26 07:00:00.000000"

        def raw() -> None:
            cur = conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            cur.execute(
                "INSERT INTO deliveries (supplier_id, note_ref, note_total_cents, total_cents,"
                " received_at, business_date, user_name, order_id, corrects_id, note)"
                " VALUES (NULL, 'BL-1', 5472, 5472, ?, '2026-11-26', 'Camille', NULL, NULL, '')",
                (now,),
            )
            did = cur.lastrowid
            rows = [
                (did, ln.product_id, 12000, 6, 480, 500, 76, 912, 0, 0, ln.expires_on)
                for ln in lines
            ]
            cur.executemany(
                "INSERT INTO delivery_lines (delivery_id, product_id, qty_milli, pack_size,"
                " price_cents, discount_bp, unit_cost_cents, total_cents, previous_cost_cents,"
                " price_rise, expires_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            cur.executemany(
                "INSERT INTO stock_lots (product_id, delivery_id, date_kind, expires_on,"
                " qty_in_milli, remaining_milli, received_at) VALUES (?, ?, 'use_by', ?, 12000,"
                " 12000, ?)",
                [(ln.product_id, did, ln.expires_on, now) for ln in lines if ln.expires_on],
            )
            cur.executemany(
                "INSERT INTO stock_movements (product_id, qty_milli, kind, ticket_id, created_at,"
                " note, unit_cost_cents, user_name, reason, delivery_id, count_id) VALUES"
                " (?, 12000, 'delivery', NULL, ?, 'BL-1', 76, 'Camille', '', ?, NULL)",
                [(ln.product_id, now, did) for ln in lines],
            )
            cur.executemany(
                "INSERT INTO stock_levels (product_id, qty_milli, average_cost_cents,"
                " minimum_milli, target_milli, date_kind) VALUES (?, 12000, 76, 0, 0, '')"
                " ON CONFLICT (product_id) DO UPDATE SET qty_milli = qty_milli + 12000,"
                " average_cost_cents = 76",
                [(ln.product_id,) for ln in lines],
            )
            cur.execute("COMMIT")

        raw()
        base = _median_ms(raw, repeat)
        conn.close()
        ctx.uow.engine.dispose()
    return ours, base


class ListFilters(TypedDict, total=False):
    """The filters of ``stock.stock_list`` a case sets."""

    search: str
    only: StockFilter
    category_id: int


def _fetch_all(conn: sqlite3.Connection, sql: str, params: tuple[object, ...]) -> object:
    return conn.execute(sql, params).fetchall()


def bench_list(repeat: int = 15) -> list[tuple[str, float, float]]:
    """[(what, ours ms, raw ms)] for the 5,000-product list and its filters."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(Path(tmp) / "cafe.db", clock=FixedClock(NOW))
        _seed(ctx, 5000)
        conn = sqlite3.connect(Path(tmp) / "cafe.db")
        limit = (NOW.date() + dt.timedelta(days=3)).isoformat()
        cases: list[tuple[str, ListFilters, str, tuple[object, ...]]] = [
            ("tout", {}, "", ()),
            ("stock bas", {"only": "low"}, " AND l.minimum_milli > 0 AND l.qty_milli <= l.minimum_milli", ()),
            ("négatifs", {"only": "negative"}, " AND coalesce(l.qty_milli, 0) < 0", ()),
            ("dates courtes", {"only": "expiring"}, " AND x.next_expiry <= ?", (limit,)),
            ("recherche", {"search": "Article 01"}, " AND (p.name LIKE ? ESCAPE '\\' OR p.id IN (SELECT product_id FROM barcodes WHERE code = ?))", ("%Article 01%", "Article 01")),
            ("catégorie", {"category_id": 3}, " AND p.category_id = ?", (3,)),
        ]  # fmt: skip
        for name, kwargs, where, params in cases:
            shown = stock.stock_list(ctx, **kwargs)
            assert shown.rows
            ours = _median_ms(partial(stock.stock_list, ctx, **kwargs), repeat)
            sql = _LIST_SQL + where + " ORDER BY p.name COLLATE NOCASE"
            raw = _median_ms(partial(_fetch_all, conn, sql, params), repeat)
            out.append((name, ours, raw))
        conn.close()
        ctx.uow.engine.dispose()
    return out


def report() -> bool:
    ok = True
    ours, raw = bench_delivery()
    print(
        f"réception de 60 lignes : {ours:.1f} ms (limite {LIMIT_MS:.0f} ms) ;"
        f" sqlite3 brut : {raw:.1f} ms ; rapport {ours / raw:.1f}"
    )
    ok &= ours < LIMIT_MS
    for name, ours_ms, raw_ms in bench_list():
        print(
            f"liste du stock, 5 000 articles, {name} : {ours_ms:.1f} ms (limite {LIMIT_MS:.0f} ms)"
            f" ; sqlite3 brut : {raw_ms:.1f} ms ; rapport {ours_ms / raw_ms:.1f}"
        )
        ok &= ours_ms < LIMIT_MS
    return ok


def test_stock_delivery_and_list_under_100_ms() -> None:
    assert report()


if __name__ == "__main__":
    sys.exit(0 if report() else 1)
