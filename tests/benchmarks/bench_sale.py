"""Sale benchmark: ``checkout`` of a 4-line sale against raw sqlite3 writing the same rows.

Both write to a migrated café database (same tables, indexes and fiscal triggers), in WAL
mode with synchronous=FULL, one transaction per sale. Each checkout writes: the ticket, 4
lines, its VAT lines, 2 payments (card + cash), 4 stock movements and the 4 stock levels
they move, the fiscal journal entry (hash chain + Ed25519 signature) and the chain head,
and a drawer pulse (cash); with ``--receipt`` also the receipt print job (receipts are
printed only when the customer asks, so the default is without). The raw side inserts the
same rows with precomputed values (no Python domain work, no hashing, no signing), as
large as ours: the journal payload and the receipt job carry as many characters as the
ones the checkout wrote during the warm-up, tokens and timestamps are as long. Runs are
interleaved in batches so both see the same disk. The checkout throughput must be at least half the raw
one; the p50 and p99 latencies of a checkout are printed.

``--floor`` also times the raw side plus only what no checkout can skip (the sale's reads,
the JSON seal, its SHA-256 and two Ed25519 signatures, no rule and no Python layer): the
best ratio any checkout could reach on this disk and CPU.

Run: ``python tests/benchmarks/bench_sale.py [--sales 300] [--floor]`` (exit 1 below the limit), or
``pytest tests/benchmarks/bench_sale.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, SaleItem
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.users import Actor, Role
from cafe_pos.fiscal import canonical
from cafe_pos.services.selling import checkout, sale_item
from cafe_pos.store.models import Category, Product

MIN_RATIO = 0.5
STAFF = Actor(None, "Léo", Role.STAFF)


def _catalogue(ctx: ServiceContext) -> list[SaleItem]:
    with ctx.uow() as uow:
        cat = Category(name="Bar", position=1, colour="#795548")
        uow.session.add(cat)
        uow.session.flush()
        products = [
            Product(
                name=name,
                short_label=name,
                category_id=cat.id,
                price_cents=price,
                vat_onsite_bp=vat,
                vat_takeaway_bp=vat,
                is_alcohol=vat == 2000,
                abv_tenths=50 if vat == 2000 else None,
                is_drink=True,
            )
            for name, price, vat in (
                ("Café", 150, 1000),
                ("Demi", 300, 2000),
                ("Sirop", 220, 1000),
                ("Croissant", 120, 1000),
            )
        ]
        uow.session.add_all(products)
        uow.session.flush()
        ids = [p.id for p in products]
        uow.commit()
    return [sale_item(ctx, pid) for pid in ids]


def _checkout_batch(
    ctx: ServiceContext, clock: FixedClock, items: list[SaleItem], n: int, receipt: bool
) -> list[float]:
    latencies = []
    for _ in range(n):
        clock.advance(seconds=7)
        cart = Cart()
        for item in items:
            cart.add(item)
        payments = [PaymentInput("card", 500), PaymentInput("cash", cart.total_cents - 500, 1000)]
        start = time.perf_counter()
        checkout(ctx, STAFF, cart, payments, print_receipt=receipt, token=cart.token)
        latencies.append(time.perf_counter() - start)
    return latencies


@dataclass(frozen=True)
class RowSizes:
    """Sizes of the variable texts of a sale, as the checkout wrote them."""

    journal_payload: int
    receipt_payload: int


def _row_sizes(db: Path) -> RowSizes:
    with closing(sqlite3.connect(db)) as conn, conn:
        (journal,) = conn.execute(
            "SELECT length(payload) FROM journal_entries WHERE record_type = 'ticket'"
            " ORDER BY id DESC LIMIT 1"
        ).fetchone()
        receipt = conn.execute(
            "SELECT length(payload) FROM print_jobs WHERE kind = 'receipt' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    conn.close()
    return RowSizes(journal, receipt[0] if receipt else 1500)


def _raw_batch(
    conn: sqlite3.Connection,
    first_number: int,
    n: int,
    receipt: bool,
    sizes: RowSizes,
    unavoidable: Callable[[sqlite3.Cursor, int], None] | None = None,
) -> list[float]:
    now = "2026-11-26 09:00:00.000000"  # as SQLAlchemy stores a DateTime
    payload = "x" * sizes.journal_payload
    receipt_payload = "y" * sizes.receipt_payload
    latencies = []
    for i in range(n):
        number = first_number + i
        start = time.perf_counter()
        cur = conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        cur.execute(
            "INSERT INTO tickets (register, number, kind, created_at, business_date, user_id,"
            " user_name, total_cents, discount_cents, line_count, cashback_cents, refund_of_id,"
            " reason, customer_account_id, tab_label, client_token) VALUES"
            " ('01', ?, 'sale', ?, '2026-11-26', NULL, 'Léo', 790, 0, 4, 0, NULL, '', NULL, '', ?)",
            (number, now, f"{number:032x}"),  # as long as a cart token
        )
        ticket_id = cur.lastrowid
        cur.executemany(
            "INSERT INTO ticket_lines (ticket_id, position, product_id, label, category_name,"
            " qty_milli, unit, unit_price_cents, discount_cents, vat_bp, total_cents, takeaway,"
            " is_alcohol, is_drink, third_party, meal_voucher_ok, is_deposit, refund_of_line_id)"
            " VALUES (?, ?, ?, ?, 'Bar', 1000, 'piece', ?, 0, ?, ?, 0, ?, 1, 0, 0, 0, NULL)",
            [
                (ticket_id, 1, 1, "Café", 150, 1000, 150, 0),
                (ticket_id, 2, 2, "Demi", 300, 2000, 300, 1),
                (ticket_id, 3, 3, "Sirop", 220, 1000, 220, 0),
                (ticket_id, 4, 4, "Croissant", 120, 1000, 120, 0),
            ],
        )
        cur.executemany(
            "INSERT INTO ticket_vat (ticket_id, vat_bp, base_cents, vat_cents, total_cents)"
            " VALUES (?, ?, ?, ?, ?)",
            [(ticket_id, 2000, 250, 50, 300), (ticket_id, 1000, 445, 45, 490)],
        )
        cur.executemany(
            "INSERT INTO payments (ticket_id, method, amount_cents, tendered_cents, change_cents)"
            " VALUES (?, ?, ?, ?, ?)",
            [(ticket_id, "card", 500, 500, 0), (ticket_id, "cash", 290, 1000, 710)],
        )
        cur.executemany(
            "INSERT INTO stock_movements (product_id, qty_milli, kind, ticket_id, created_at,"
            " note, unit_cost_cents, user_name, reason, delivery_id, count_id)"
            " VALUES (?, -1000, 'sale', ?, ?, '', 0, 'Léo', '', NULL, NULL)",
            [(pid, ticket_id, now) for pid in (1, 2, 3, 4)],
        )
        cur.executemany(  # each product's stock level moves with the sale
            "INSERT INTO stock_levels (product_id, qty_milli, average_cost_cents,"
            " minimum_milli, target_milli, date_kind) VALUES (?, -1000, 0, 0, 0, '')"
            " ON CONFLICT (product_id) DO UPDATE SET qty_milli = qty_milli + excluded.qty_milli",
            [(pid,) for pid in (1, 2, 3, 4)],
        )
        digest = f"{number:064x}"
        cur.execute(
            "INSERT INTO journal_entries (register, position, record_type, seq, at,"
            " format_version, payload, prev_hash, hash, signature, key_id, ticket_id,"
            " duplicate_id, closure_id, event_id) VALUES ('01', ?, 'ticket', ?, ?, 1, ?, ?, ?,"
            " ?, 'abcdef0123456789', ?, NULL, NULL, NULL)",
            (number, number, now, payload, digest, digest, "s" * 128, ticket_id),
        )
        cur.execute(
            "INSERT INTO chain_head (register, position, hash, at, signature, clock_behind)"
            " VALUES ('01', ?, ?, ?, ?, 0) ON CONFLICT(register) DO UPDATE SET"
            " position=excluded.position, hash=excluded.hash, at=excluded.at,"
            " signature=excluded.signature",
            (number, digest, now, "s" * 128),
        )
        cur.executemany(
            "INSERT INTO print_jobs (kind, created_at, status, attempts, last_error, payload,"
            " ticket_number, expires_at, next_attempt_at, done_at) VALUES (?, ?, 'queued', 0,"
            " '', ?, ?, NULL, NULL, NULL)",
            [("drawer", now, "[]", None), ("receipt", now, receipt_payload, number)][
                : 2 if receipt else 1
            ],
        )
        if unavoidable is not None:
            unavoidable(cur, number)
        cur.execute("COMMIT")
        latencies.append(time.perf_counter() - start)
    return latencies


# What no checkout can skip, whatever its code: the reads a sale needs (catalogue, token
# and number, settings, key, chain head, open days, hours, drawer, dated stock, sequence,
# identity), the JSON seal, its SHA-256 and the two Ed25519 signatures (record and head).
_UNAVOIDABLE_READS = (
    "SELECT p.id, p.name, coalesce(c.name, ''), p.price_cents, p.vat_onsite_bp,"
    " p.vat_takeaway_bp, p.is_alcohol, p.is_drink, p.third_party, p.meal_voucher_ok, p.unit,"
    " p.deposit_product_id, p.track_stock FROM products p LEFT JOIN categories c"
    " ON c.id = p.category_id WHERE p.id IN (1, 2, 3, 4)",
    "SELECT (SELECT number FROM tickets WHERE client_token = 'x'),"
    " (SELECT max(number) FROM tickets WHERE register = '01')",
    "SELECT key, value FROM settings WHERE key IN ('fiscal.day_change_hour',"
    " 'sales.staff_discount_limit_bp')",
    "SELECT fingerprint FROM signing_keys ORDER BY id DESC LIMIT 1",
    "SELECT position, hash, at, clock_behind, signature FROM chain_head WHERE register = '01'",
    "SELECT max(period) FROM closures WHERE register = '01' AND kind = 'day'",
    "SELECT weekday, NULL, intervals FROM opening_hours_weekly UNION ALL"
    " SELECT NULL, day, intervals FROM opening_hours_exceptions ORDER BY 1, 2",
    "SELECT id FROM cash_sessions WHERE register = '01' AND status = 'open' LIMIT 1",
    "SELECT 1 FROM stock_levels WHERE date_kind != '' AND product_id IN (1, 2, 3, 4) LIMIT 1",
    "SELECT max(seq) FROM journal_entries WHERE register = '01' AND record_type = 'ticket'",
    "SELECT name, address, siret, naf_code, vat_number FROM cafe_identity ORDER BY id LIMIT 1",
)


def _unavoidable_work(sizes: RowSizes) -> Callable[[sqlite3.Cursor, int], None]:
    key = Ed25519PrivateKey.generate()
    lines = "x" * max(sizes.journal_payload - 200, 0)

    def work(cur: sqlite3.Cursor, number: int) -> None:
        for sql in _UNAVOIDABLE_READS:
            cur.execute(sql).fetchall()
        payload = canonical.dumps({"v": 2, "type": "ticket", "pos": number, "data": lines})
        digest = canonical.chain_hash("0" * 64, payload)
        key.sign(bytes.fromhex(digest))
        key.sign(canonical.head_message("01", number, digest))

    return work


@dataclass(frozen=True)
class Figures:
    ours_per_s: float  # checkouts per second
    raw_per_s: float  # raw sqlite3 transactions per second
    p50_ms: float  # checkout latency
    p99_ms: float
    floor_per_s: float = 0.0  # raw + the unavoidable work (``--floor``), 0 when not run

    @property
    def ratio(self) -> float:
        return self.ours_per_s / self.raw_per_s


def run(sales: int = 300, batches: int = 5, receipt: bool = False, floor: bool = False) -> Figures:
    """Interleaved batches of checkouts and raw transactions on two fresh databases."""
    with tempfile.TemporaryDirectory() as tmp:
        clock = FixedClock(dt.datetime(2026, 11, 26, 8, 0, tzinfo=PARIS))
        ctx = open_context(Path(tmp) / "cafe.db", clock=clock)
        items = _catalogue(ctx)
        raw_ctx = open_context(Path(tmp) / "raw.db", clock=clock)
        _catalogue(raw_ctx)
        conn = sqlite3.connect(Path(tmp) / "raw.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        _checkout_batch(ctx, clock, items, 10, receipt)  # warm-up (key creation, caches)
        sizes = _row_sizes(Path(tmp) / "cafe.db")
        _raw_batch(conn, 1, 10, receipt, sizes)
        ours: list[float] = []
        raw: list[float] = []
        least: list[float] = []
        work = _unavoidable_work(sizes) if floor else None
        per_batch = max(1, sales // batches)
        number = 11
        for _batch in range(batches):
            ours += _checkout_batch(ctx, clock, items, per_batch, receipt)
            raw += _raw_batch(conn, number, per_batch, receipt, sizes)
            number += per_batch
            if work is not None:
                least += _raw_batch(conn, number, per_batch, receipt, sizes, work)
                number += per_batch
        conn.close()
    cuts = statistics.quantiles(ours, n=100)
    return Figures(
        len(ours) / sum(ours),
        len(raw) / sum(raw),
        cuts[49] * 1000,
        cuts[98] * 1000,
        len(least) / sum(least) if least else 0.0,
    )


def report(sales: int, receipt: bool = False, floor: bool = False) -> bool:
    figures = run(sales, receipt=receipt, floor=floor)
    print(
        f"checkout{' + ticket imprimé' if receipt else ''} : {figures.ours_per_s:.0f} ventes/s"
        f" (p50 {figures.p50_ms:.1f} ms, p99 {figures.p99_ms:.1f} ms) ;"
        f" sqlite3 brut : {figures.raw_per_s:.0f} ventes/s ;"
        f" rapport {figures.ratio:.2f} (minimum {MIN_RATIO})"
    )
    if figures.floor_per_s:
        print(
            f"plancher (brut + lectures, sceau JSON, SHA-256, 2 signatures, aucune règle) :"
            f" {figures.floor_per_s:.0f} ventes/s ;"
            f" rapport {figures.floor_per_s / figures.raw_per_s:.2f}"
        )
    return figures.ratio >= MIN_RATIO


def test_checkout_throughput_is_at_least_half_of_raw_sqlite() -> None:
    assert report(300)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sales", type=int, default=300)
    parser.add_argument("--receipt", action="store_true", help="le client demande son ticket")
    parser.add_argument(
        "--floor",
        action="store_true",
        help="mesure aussi le plancher : ce qu'aucun encaissement ne peut éviter, sans règle",
    )
    options = parser.parse_args()
    sys.exit(0 if report(options.sales, options.receipt, options.floor) else 1)
