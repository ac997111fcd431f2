"""Benchmark of the HQ dashboard's pages at network size, each against the raw SQL
aggregates it shows, measured in the same run.

1,000 cafés × 365 days of daily messages (up to yesterday) are bulk-loaded into
PostgreSQL with COPY (each message's ``data`` a realistic daily body: families, hours,
VAT, payments, bread, parcels, press, stock, cash, responsible sale; the signed ``body``
text is left short since no page reads it), plus a few hundred alerts. Then a real
``cafe-pos hq serve`` process answers, for a logged-in administrator (who sees every café):

1. the network page ``GET /`` (its first page of 50 cafés, the totals of all) — against one
   hand-written SQL query (psycopg, no ORM) returning the same figures: yesterday and
   30-day sums per café, the 7-day vs 4-week trend sums, last reception, last business day
   and open alerts per café, the network totals (window sums over every café) and the 50
   lines of the page (ORDER BY, LIMIT); also page 10 sorted by name and a search on a
   town (accents ignored), each against the same query for that page;
2. a café page ``GET /cafes/{siret}`` — against the raw queries of what it shows: the
   café's 90 days of figures with the parts of the bodies the page reads (activity mix,
   hours, cash, responsible sale, stock, bread, parcels, press, price caps), its chain
   head, alerts
   and archives.

Target: each page ≤ 2× its raw baseline (medians of REPEAT runs); absolute times printed.
Run: ``pytest tests/benchmarks/bench_hq_dashboard.py -s -o addopts=""`` (``make bench``).
Needs PostgreSQL (scripts/test-postgres.sh start). ``HQ_DASH_CAFES``/``HQ_DASH_DAYS``
change the size.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hq_factory import pg_available, pg_database
from hq_network import HqProcess

from cafe_pos.domain.clock import PARIS

CAFES = int(os.environ.get("HQ_DASH_CAFES", "1000"))
DAYS = int(os.environ.get("HQ_DASH_DAYS", "365"))
REPEAT = 7
TARGET = 2.0
PASSWORD = "mot de passe du banc d'essai"
TOWNS = tuple(f"{prefix}{suffix}" for prefix in ("Saint-", "Sainte-", "Vieux-", "")
              for suffix in ("Éloi", "Agrève", "Bérain", "Chély", "Côme", "Flour", "Léger",
                             "Médard", "Nérée", "Rémy"))  # fmt: skip


def daily_data(seed: int) -> dict[str, object]:
    """A daily body's ``data`` of realistic size (as the cafés send it)."""
    own = 40_000 + seed % 30_000
    return {
        "tickets": 120 + seed % 60, "refund_tickets": 1, "first_ticket_number": 1,
        "last_ticket_number": 150, "total_cents": own + 8000, "sales_cents": own + 8000,
        "average_basket_cents": 600,
        "by_vat_rate": [{"rate": r, "rate_bp": b, "base_cents": 1000, "vat_cents": 100,
                         "total_cents": 1100} for r, b in (("20.0", 2000), ("10.0", 1000),
                                                           ("5.5", 550), ("2.1", 210))],
        "by_payment_method": {"cash": own // 2, "card": own // 2 + 8000},
        "own_sales_cents": own,
        "third_party": {"total_cents": 8000, "by_kind": [{"kind": "Presse", "total_cents": 5000},
                        {"kind": "Timbres", "total_cents": 3000}],
                        "withdrawals": {"count": 0, "amount_cents": 0}},
        "refunds": {"count": 1, "amount_cents": 350}, "cancellations": {"count": 0, "amount_cents": 0},
        "discounts": {"count": 2, "amount_cents": 120}, "cashback": {"count": 0, "amount_cents": 0},
        "sales_by_family": {"bar": own // 2, "grocery": own // 4, "bread": own // 8,
                            "press": 5000, "services": 3000, "other": own // 8},
        "sales_by_category": [{"category": f"Catégorie {i}", "total_cents": 1000 + i}
                              for i in range(12)],
        "sales_by_hour": [{"hour": h, "total_cents": 2000 + h * 10} for h in range(7, 22)],
        "cash": {"sessions": 1, "counted_sessions": 1, "difference_cents": -200 if seed % 17 == 0 else 0},
        "responsible_sale": {"age_checks": 3, "age_checks_evident": 2, "age_checks_id": 1,
                             "refusals": 1, "refusals_minor": 0, "refusals_drunk": 1,
                             "reminders": 2, "sam_drinks": 1, "hours_overrides": 0,
                             "drinks": 140, "non_alcoholic_drinks": 90, "non_alcoholic_share": "0.64"},
        "closure": {"perpetual_total_cents": seed * 1000, "perpetual_total_absolute_cents": seed * 1000,
                    "chain": {"position": seed, "hash": "a" * 64, "key": "b" * 16, "signature": "c" * 128},
                    "previous": None},
        "bread": {"delivered": 120, "sold": 110, "unsold": 10, "suggested": 118, "forecast_abs_error": 6},
        "parcels": {"received": 5, "handed_over": 4, "returned": 0, "dropped_off": 1, "on_shelf": 9,
                    "commission_cents": 180, "by_carrier": [{"carrier": "mondial_relay", "received": 5,
                    "handed_over": 4, "returned": 0, "dropped_off": 1, "commission_cents": 180}]},
        "press": {"delivered": 40, "returned": 12, "sold": 28, "takings_cents": 5000},
        "stock": {"value_cents": 850_000, "losses_cents": 300,
                  "losses_by_reason": [{"reason": "broken", "value_cents": 300, "count": 1}]},
    }  # fmt: skip


def siret_of(index: int) -> str:
    from stdnum import luhn

    base = f"9{index:012d}"
    return base + luhn.calc_check_digit(base)


def bulk_load(url: str, today: dt.date) -> float:
    """Cafés, messages and alerts with COPY; seconds taken."""
    import psycopg

    started = time.perf_counter()
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    now = dt.datetime(2026, 1, 1)
    first = today - dt.timedelta(days=DAYS)
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        with cur.copy(
            "COPY cafes (id, siret, name, town, register, public_key, key_fingerprint,"
            " enrolled_at, created_at) FROM STDIN"
        ) as copy:
            for i in range(1, CAFES + 1):
                copy.write_row((i, siret_of(i), f"Café n° {i}", TOWNS[i % len(TOWNS)], "01",
                                "0" * 64, "f" * 16, now, now))  # fmt: skip
        columns = (
            "cafe_id, kind, business_date, version, body, body_sha256, signature, "
            "key_fingerprint, received_at, software_version, data, tickets, total_cents, "
            "own_sales_cents, third_party_cents, chain_position, chain_hash"
        )
        texts = [json.dumps(daily_data(seed)) for seed in range(97)]
        with cur.copy(f"COPY messages ({columns}) FROM STDIN") as copy:
            for cafe in range(1, CAFES + 1):
                silent = cafe % 50 == 0  # 2 % of the network stopped 5 days ago
                declining = cafe % 40 == 0
                for offset in range(DAYS):
                    day = first + dt.timedelta(days=offset)
                    if silent and day >= today - dt.timedelta(days=5):
                        break
                    seed = (cafe * 31 + offset) % 97
                    own = 40_000 + seed * 300
                    if declining and day >= today - dt.timedelta(days=7):
                        own //= 2
                    received = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 30))
                    copy.write_row((
                        cafe, "daily", day, 1, "{}", "0" * 64, "0" * 128, "f" * 16, received,
                        "0.1.0", texts[seed], 120 + seed, own + 8000, own, 8000,
                        offset + 1, "a" * 64,
                    ))  # fmt: skip
        with cur.copy(
            "COPY alerts (cafe_id, kind, business_date, message, details, created_at, "
            "acknowledged_by, note) FROM STDIN"
        ) as copy:
            for cafe in range(1, CAFES + 1, 5):
                copy.write_row((cafe, "rollback", today, "restauration ou altération possible",
                                "{}", now, "", ""))  # fmt: skip
        conn.commit()
        cur.execute("ANALYZE")
    return time.perf_counter() - started


RAW_NETWORK = """
WITH figures AS (
  SELECT m.cafe_id,
    COALESCE(SUM(CASE WHEN m.business_date = %(y)s THEN m.own_sales_cents ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN m.business_date = %(y)s THEN m.third_party_cents ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN m.business_date = %(y)s THEN m.tickets ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN m.business_date = %(y)s THEN m.total_cents ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN m.business_date >= %(m)s THEN m.own_sales_cents ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN m.business_date >= %(m)s THEN m.third_party_cents ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN m.business_date >= %(m)s THEN m.tickets ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN m.business_date >= %(m)s THEN m.total_cents ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN m.business_date >= %(w)s THEN m.own_sales_cents ELSE 0 END), 0),
    COALESCE(SUM(CASE WHEN m.business_date < %(w)s THEN m.own_sales_cents ELSE 0 END), 0),
    SUM(CASE WHEN m.business_date < %(w)s THEN 1 ELSE 0 END)
  FROM messages m WHERE m.kind = 'daily' AND m.business_date >= %(b)s
    AND m.business_date < %(t)s GROUP BY m.cafe_id),
alerts AS (SELECT cafe_id, count(*) AS n FROM alerts WHERE acknowledged_at IS NULL
  GROUP BY cafe_id)
SELECT c.id, c.siret, c.name, f.*, a.n,
  (SELECT max(received_at) FROM messages WHERE cafe_id = c.id),
  (SELECT max(business_date) FROM messages WHERE cafe_id = c.id AND kind = 'daily')
FROM cafes c LEFT JOIN figures f ON f.cafe_id = c.id LEFT JOIN alerts a ON a.cafe_id = c.id
"""

# What a page of the network page shows, in one statement: every café's figures (the
# totals need them all: window sums over the whole list), then one page of the list.
RAW_NETWORK_PAGE = """
WITH figures AS (
  SELECT m.cafe_id,
    COALESCE(SUM(CASE WHEN m.business_date = %(y)s THEN m.own_sales_cents ELSE 0 END), 0) y_own,
    COALESCE(SUM(CASE WHEN m.business_date = %(y)s THEN m.third_party_cents ELSE 0 END), 0) y_third,
    COALESCE(SUM(CASE WHEN m.business_date = %(y)s THEN m.tickets ELSE 0 END), 0) y_tickets,
    COALESCE(SUM(CASE WHEN m.business_date = %(y)s THEN m.total_cents ELSE 0 END), 0) y_total,
    COALESCE(SUM(CASE WHEN m.business_date >= %(m)s THEN m.own_sales_cents ELSE 0 END), 0) m_own,
    COALESCE(SUM(CASE WHEN m.business_date >= %(m)s THEN m.third_party_cents ELSE 0 END), 0) m_third,
    COALESCE(SUM(CASE WHEN m.business_date >= %(m)s THEN m.tickets ELSE 0 END), 0) m_tickets,
    COALESCE(SUM(CASE WHEN m.business_date >= %(m)s THEN m.total_cents ELSE 0 END), 0) m_total,
    COALESCE(SUM(CASE WHEN m.business_date >= %(w)s THEN m.own_sales_cents ELSE 0 END), 0) w_own,
    COALESCE(SUM(CASE WHEN m.business_date < %(w)s THEN m.own_sales_cents ELSE 0 END), 0) b_own,
    SUM(CASE WHEN m.business_date < %(w)s THEN 1 ELSE 0 END) b_days
  FROM messages m WHERE m.kind = 'daily' AND m.business_date >= %(b)s
    AND m.business_date < %(t)s GROUP BY m.cafe_id),
alerts AS (SELECT cafe_id, count(*) AS n FROM alerts WHERE acknowledged_at IS NULL
  GROUP BY cafe_id),
lines AS (
  SELECT c.id, c.siret, c.name, c.town, f.*, a.n,
    (SELECT max(received_at) FROM messages WHERE cafe_id = c.id) last_received,
    (SELECT max(business_date) FROM messages WHERE cafe_id = c.id AND kind = 'daily') last_day
  FROM cafes c LEFT JOIN figures f ON f.cafe_id = c.id LEFT JOIN alerts a ON a.cafe_id = c.id),
totals AS (
  SELECT count(*) cafes, sum(y_own) y_own, sum(y_third) y_third, sum(y_tickets) y_tickets,
    sum(y_total) y_total, sum(m_own) m_own, sum(m_third) m_third, sum(m_tickets) m_tickets,
    sum(m_total) m_total, sum(n) alerts FROM lines)
SELECT lines.*, totals.* FROM lines CROSS JOIN totals {where}
ORDER BY {order} LIMIT 50 OFFSET {offset}
"""
RAW_PAGES = {
    # name: (page's query string, ORDER BY, OFFSET, WHERE)
    "page réseau (page 1)": ("/", "lines.m_own DESC NULLS LAST, lines.name", 0, ""),
    "page réseau (page 10, par nom)": (
        "/?sort=name&dir=asc&page=10", "lower(lines.name)", 450, ""),
    "page réseau (recherche)": (
        "/?q=saint+eloi", "lines.m_own DESC NULLS LAST, lines.name", 0,
        "WHERE lower(lines.town) LIKE 'saint%%loi'"),
}  # fmt: skip

RAW_CAFE = [
    "SELECT id FROM cafes WHERE siret = %(siret)s",
    """SELECT business_date, own_sales_cents, third_party_cents, tickets, total_cents,
              data->'sales_by_family', data->'sales_by_hour', data->'cash',
              data->'responsible_sale', data->'stock', data->'bread', data->'parcels',
              data->'press', data->'purchase_caps'
       FROM messages WHERE cafe_id = %(c)s AND kind = 'daily' AND business_date >= %(s)s
         AND business_date <= %(t)s ORDER BY business_date, version""",
    """SELECT (SELECT max(received_at) FROM messages WHERE cafe_id = %(c)s),
              n.business_date, n.chain_position, n.chain_hash,
              (SELECT count(*) FROM messages WHERE cafe_id = %(c)s AND kind = 'daily'),
              (SELECT count(*) FROM alerts WHERE cafe_id = %(c)s AND acknowledged_at IS NULL
                 AND kind IN ('rollback', 'conflict', 'integrity', 'signature'))
       FROM (SELECT business_date, chain_position, chain_hash FROM messages
             WHERE cafe_id = %(c)s AND kind = 'daily'
             ORDER BY business_date DESC, version DESC LIMIT 1) AS n""",
    """SELECT period, file_name, size, sha256, verified, received_at FROM archives
       WHERE cafe_id = %(c)s ORDER BY period DESC""",
    """SELECT * FROM alerts WHERE cafe_id = %(c)s
       ORDER BY acknowledged_at IS NOT NULL, business_date DESC, id DESC LIMIT 50""",
]


def median_ms(action: Callable[[], object]) -> float:
    action()  # warm-up
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


@pytest.mark.skipif(not pg_available(), reason="PostgreSQL not running (scripts/test-postgres.sh)")
def test_dashboard_pages_against_their_raw_sql() -> None:
    import psycopg

    from cafe_pos.hq import auth
    from cafe_pos.hq.db import open_database
    from cafe_pos.hq.ingest import utcnow

    today = dt.datetime.now(PARIS).date()
    with pg_database() as url:
        engine, sessions = open_database(url)
        load = bulk_load(url, today)
        with sessions() as s:
            auth.add_user(s, "banc", "admin", PASSWORD, now=utcnow())
        engine.dispose()
        hq = HqProcess(url).start()
        try:
            client = httpx.Client(base_url=hq.url, timeout=120)
            form = client.get("/login").text
            match = re.search(r'name="csrf" value="([^"]+)"', form)
            assert match is not None, "no csrf token on the login page"
            csrf = match.group(1)
            client.post("/login", data={"name": "banc", "password": PASSWORD, "csrf": csrf})
            cafe_siret = siret_of(CAFES // 2)

            def network_page(path: str) -> Callable[[], None]:
                def get() -> None:
                    answer = client.get(path)
                    assert answer.status_code == 200 and f"Réseau — {CAFES} cafés" in answer.text
                    assert 0 < answer.text.count('<tr class="') <= 50  # one page of cafés

                return get

            def cafe_page() -> None:
                answer = client.get(f"/cafes/{cafe_siret}")
                assert answer.status_code == 200 and "Chaînage du journal" in answer.text

            dsn = url.replace("postgresql+psycopg://", "postgresql://")
            y = today - dt.timedelta(days=1)
            week = today - dt.timedelta(days=7)
            params = {"y": y, "m": today - dt.timedelta(days=30), "w": week,
                      "b": week - dt.timedelta(days=28), "t": today}  # fmt: skip
            cafe_params = {
        "siret": siret_of(CAFES // 2), "c": CAFES // 2, "s": today - dt.timedelta(days=90),
        "t": today,
    }  # fmt: skip
            with psycopg.connect(dsn) as conn:

                def raw_network() -> None:
                    with conn.cursor() as cur:
                        rows = cur.execute(RAW_NETWORK, params).fetchall()
                    assert len(rows) == CAFES

                def raw_page(order: str, offset: int, where: str) -> Callable[[], None]:
                    query = RAW_NETWORK_PAGE.format(order=order, offset=offset, where=where)

                    def run() -> None:
                        with conn.cursor() as cur:
                            rows = cur.execute(query, params).fetchall()
                        assert 0 < len(rows) <= 50 or CAFES < 500

                    return run

                def raw_cafe() -> None:
                    with conn.cursor() as cur:
                        for query in RAW_CAFE:
                            cur.execute(query, cafe_params).fetchall()

                results = []
                cases: list[tuple[str, Callable[[], None], Callable[[], None]]] = [
                    (name, network_page(path), raw_page(order, offset, where))
                    for name, (path, order, offset, where) in RAW_PAGES.items()
                ]
                cases.append(("page café", cafe_page, raw_cafe))
                full_ms = median_ms(raw_network)  # every line, as before the paging
                for name, page, raw in cases:
                    raw_ms = median_ms(raw)
                    page_ms = median_ms(page)
                    results.append((name, page_ms, raw_ms))
        finally:
            hq.stop()
    print(
        f"\nHQ dashboard, {CAFES} cafés × {DAYS} days ({CAFES * DAYS:,} messages, "
        f"loaded in {load:.0f} s), medians of {REPEAT}:"
    )
    for name, page_ms, raw_ms in results:
        print(f"  {name}: {page_ms:.1f} ms vs raw SQL {raw_ms:.1f} ms = {page_ms / raw_ms:.2f}×")
    print(f"  (raw SQL of the whole list, {CAFES} lines, without totals: {full_ms:.1f} ms)")
    for name, page_ms, raw_ms in results:
        assert page_ms <= TARGET * raw_ms, f"{name}: {page_ms:.1f} ms > {TARGET}× {raw_ms:.1f} ms"
