"""Benchmarks of the HQ link, each against its raw baseline measured in the same run.

1. HQ ingest: CAFES cafés × DAYS daily messages, signed by each café's own Ed25519 key,
   posted by 8 concurrent clients over loopback (each café's days over its own
   connection, as each sync of a till is) to a real ``cafe-pos hq serve`` process
   on PostgreSQL (every signature verified, every body checked against the schema, one
   transaction per message) — messages/s, against raw psycopg inserts of the same rows
   (8 connections, one INSERT + commit per row) into the same table. Target: ≥ 30 %.
   The issue's full size is 1,000 cafés × 365 days; the default here is 100 × 365
   (36,500 messages, a few minutes on a 2-core machine): ``HQ_BENCH_CAFES=1000`` for it.
2. A café catching up 60 pending days (real outbox, real client, real HQ): under 5 s,
   against posting the same 60 envelopes with a bare httpx client.

Run: ``make bench`` or ``pytest tests/benchmarks/bench_hq.py -s -o addopts=""``.
Needs PostgreSQL (scripts/test-postgres.sh start).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import queue
import subprocess
import sys
import threading
import time
from contextlib import closing
from http.client import HTTPConnection
from pathlib import Path
from typing import Any

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hq_factory import PG_URL, free_port, new_cafe, pg_available, pg_database, sell_and_close

from cafe_pos.domain import hq_wire
from cafe_pos.fiscal.keys import generate_signer

CAFES = int(os.environ.get("HQ_BENCH_CAFES", "100"))
DAYS = int(os.environ.get("HQ_BENCH_DAYS", "365"))
CLIENTS = 8
CAFE_POS = Path(sys.executable).with_name("cafe-pos")
FIRST = dt.date(2025, 1, 1)

DATA: dict[str, Any] = {  # a daily message's data, as JSON
    "tickets": 152, "refund_tickets": 1, "first_ticket_number": 1001,
    "last_ticket_number": 1153, "total_cents": 84520, "sales_cents": 85020,
    "average_basket_cents": 559,
    "by_vat_rate": [
        {"rate": "20.0", "rate_bp": 2000, "base_cents": 30000, "vat_cents": 6000, "total_cents": 36000},
        {"rate": "10.0", "rate_bp": 1000, "base_cents": 20000, "vat_cents": 2000, "total_cents": 22000},
        {"rate": "5.5", "rate_bp": 550, "base_cents": 18000, "vat_cents": 990, "total_cents": 18990},
        {"rate": "2.1", "rate_bp": 210, "base_cents": 7374, "vat_cents": 156, "total_cents": 7530},
    ],
    "by_payment_method": {"cash": 40000, "card": 42520, "meal_voucher": 2000},
    "own_sales_cents": 76990,
    "third_party": {"total_cents": 7530, "by_kind": [{"kind": "Presse", "total_cents": 7530}],
                    "withdrawals": {"count": 0, "amount_cents": 0}, "commission_cents": None},
    "refunds": {"count": 1, "amount_cents": 500}, "cancellations": {"count": 0, "amount_cents": 0},
    "discounts": {"count": 3, "amount_cents": 150}, "cashback": {"count": 2, "amount_cents": 4000},
    "sales_by_family": {"bar": 50000, "grocery": 18000, "bread": 9000, "press": 7530,
                        "services": 0, "other": 490},
    "sales_by_category": [{"category": "Bières", "total_cents": 30000},
                          {"category": "Cafés & thés", "total_cents": 20000}],
    "sales_by_hour": [{"hour": h, "total_cents": 5000} for h in range(7, 22)],
    "cash": {"sessions": 1, "counted_sessions": 1, "difference_cents": -20},
    "responsible_sale": {"age_checks": 3, "refusals": 1, "drinks": 120,
                         "non_alcoholic_drinks": 40, "non_alcoholic_share": "0.33"},
    "closure": {"perpetual_total_cents": 0, "perpetual_total_absolute_cents": 0,
                "chain": {"position": 1, "hash": "0" * 64}, "previous": None},
}  # fmt: skip


def siret_of(index: int) -> str:
    """A valid SIRET per café: a SIREN and its Luhn key, establishment 0001 and its key."""
    from cafe_pos.domain.identity import luhn_valid

    siren = next(f"9{index:07d}{k}" for k in range(10) if luhn_valid(f"9{index:07d}{k}"))
    return next(f"{siren}0001{k}" for k in range(10) if luhn_valid(f"{siren}0001{k}"))


def build_messages() -> tuple[list[tuple[str, str, str]], list[list[bytes]]]:
    """(siret, public key, fingerprint) per café, and each café's envelopes in order."""
    cafes, streams = [], []
    for index in range(CAFES):
        signer = generate_signer()
        siret = siret_of(index)
        cafes.append((siret, signer.public_hex, signer.fingerprint))
        stream = []
        for offset in range(DAYS):
            day = FIRST + dt.timedelta(days=offset)
            data = copy.deepcopy(DATA)
            data["tickets"] += offset % 17
            data["closure"]["chain"] = {"position": 1000 * (offset + 1), "hash": f"{offset:064x}"}
            data["closure"]["previous"] = (
                None
                if offset == 0
                else {"business_date": (day - dt.timedelta(days=1)).isoformat(),
                      "position": 1000 * offset, "hash": f"{offset - 1:064x}"}
            )  # fmt: skip
            body = {
                "format": hq_wire.WIRE_FORMAT, "schema_version": 1, "kind": "daily",
                "siret": siret, "register": "01", "business_date": day.isoformat(),
                "version": 1, "software_version": "0.1.0",
                "created_at": f"{day.isoformat()}T21:00:00.000000Z", "data": data,
            }  # fmt: skip
            text = hq_wire.canonical_text(body)
            signature = signer.sign(hq_wire.signed_bytes(text)).hex()
            stream.append(
                json.dumps(hq_wire.envelope(text, signature, signer.fingerprint)).encode()
            )
        streams.append(stream)
    return cafes, streams


def enrol_all(url: str, cafes: list[tuple[str, str, str]]) -> None:
    from sqlalchemy.orm import Session

    from cafe_pos.hq.db import make_engine, upgrade
    from cafe_pos.hq.ingest import utcnow
    from cafe_pos.hq.models import Cafe

    engine = make_engine(url)
    upgrade(engine)
    with Session(engine) as session:
        now = utcnow()
        session.add_all(
            Cafe(siret=s, name=f"Café {s}", register="01", public_key=k, key_fingerprint=f,
                 enrolled_at=now, created_at=now)
            for s, k, f in cafes
        )  # fmt: skip
        session.commit()
    engine.dispose()


def post_all(base: str, streams: list[list[bytes]]) -> float:
    """8 clients; each café's days go in order over one connection. Returns seconds."""
    work: queue.Queue[list[bytes]] = queue.Queue()
    for stream in streams:
        work.put(stream)
    errors: list[str] = []

    host, port = base.removeprefix("http://").split(":")

    def client() -> None:
        # each café's sync is its own keep-alive HTTP/1.1 connection, as a till opens one
        # per sync (the café's httpx client adds nothing HQ has to do; the clients share
        # this machine's two cores with HQ)
        while True:
            try:
                stream = work.get_nowait()
            except queue.Empty:
                return
            http = HTTPConnection(host, int(port), timeout=60)
            try:
                for envelope in stream:
                    http.request(
                        "POST",
                        "/api/v1/messages",
                        body=envelope,
                        headers={"Content-Type": "application/json"},
                    )
                    response = http.getresponse()
                    answer = response.read()
                    if response.status != 200:
                        errors.append(answer.decode())
                        return
            finally:
                http.close()

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    assert not errors, errors[:3]
    return elapsed


def raw_inserts(url: str, streams: list[list[bytes]]) -> float:
    """The same rows into the same table with bare psycopg: 8 connections, one INSERT and
    one commit per row (no HTTP, no signature, no schema, no dedup lookup)."""
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    dsn = (
        f"host={parsed.host} dbname={parsed.database} user={parsed.username} "
        f"password={parsed.password}"
    )
    rows: queue.Queue[list[tuple[object, ...]]] = queue.Queue()
    with psycopg.connect(dsn) as conn:
        ids: dict[str, int] = dict(conn.execute("SELECT siret, id FROM cafes").fetchall())
        conn.execute("DELETE FROM messages")
        conn.commit()
    for stream in streams:
        batch: list[tuple[object, ...]] = []
        for envelope in stream:
            env = json.loads(envelope)
            body = json.loads(env["body"])
            data = body["data"]
            batch.append((
                ids[body["siret"]], "daily", body["business_date"], 1, env["body"],
                hq_wire.body_sha256(env["body"]), env["signature"], env["key"],
                dt.datetime.now(dt.UTC).replace(tzinfo=None), "0.1.0", json.dumps(data),
                data["tickets"], data["total_cents"], data["own_sales_cents"],
                data["third_party"]["total_cents"], data["closure"]["chain"]["position"],
                data["closure"]["chain"]["hash"],
            ))  # fmt: skip
        rows.put(batch)
    sql = (
        "INSERT INTO messages (cafe_id, kind, business_date, version, body, body_sha256, "
        "signature, key_fingerprint, received_at, software_version, data, tickets, "
        "total_cents, own_sales_cents, third_party_cents, chain_position, chain_hash) "
        "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)"
    )

    def writer() -> None:
        with psycopg.connect(dsn) as conn:
            while True:
                try:
                    batch = rows.get_nowait()
                except queue.Empty:
                    return
                for row in batch:
                    conn.execute(sql, row)
                    conn.commit()

    threads = [threading.Thread(target=writer) for _ in range(CLIENTS)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started


def test_hq_ingest_against_raw_inserts(tmp_path: Path) -> None:
    if not pg_available():
        pytest.skip(f"PostgreSQL not running at {PG_URL}")
    cafes, streams = build_messages()
    total = CAFES * DAYS
    with pg_database() as url:
        enrol_all(url, cafes)
        port = free_port()
        workers = os.environ.get("HQ_BENCH_WORKERS", "2")
        server = subprocess.Popen(
            [str(CAFE_POS), "hq", "serve", "--db", url, "--port", str(port), "--workers", workers],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            ingest = post_all(base, streams)
        finally:
            server.terminate()
            server.wait(30)
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT count(*) FROM messages")).scalar_one()
        engine.dispose()
        assert stored == total
        raw = raw_inserts(url, streams)
    ratio = raw / ingest
    print(
        f"\nHQ ingest, {CAFES} cafés × {DAYS} days = {total} signed messages, {CLIENTS} clients, "
        f"{workers} uvicorn worker(s), PostgreSQL: {total / ingest:,.0f} msg/s ({ingest:.1f} s); "
        f"raw psycopg inserts of the same rows: {total / raw:,.0f} rows/s ({raw:.1f} s); "
        f"ratio {ratio:.0%} (target ≥ 30 %)"
    )
    assert ratio >= 0.30


def test_a_cafe_catches_up_60_days_under_5_s(tmp_path: Path) -> None:
    from hq_factory import MANAGER, ThreadedHq

    from cafe_pos.hq import admin
    from cafe_pos.services import hq_sync

    ctx, clock = new_cafe(tmp_path / "cafe.db", FIRST)
    sell_and_close(ctx, clock, FIRST, 60)
    import sqlite3

    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        envelopes = [
            json.dumps(hq_wire.envelope(b, s, k)).encode()
            for b, s, k in conn.execute(
                "SELECT body, signature, key_fingerprint FROM hq_outbox ORDER BY id"
            )
        ]
    assert len(envelopes) == 60
    timings = {}
    for label in ("raw", "cafe"):
        hq = ThreadedHq(f"sqlite:///{tmp_path / f'hq-{label}.db'}")
        try:
            with hq.sessions() as session:
                admin.add_cafe(session, "73282932000074", "Café")
                code = admin.new_code(session, "73282932000074")
            if label == "raw":
                from cafe_pos.fiscal.keys import load_signer

                with hq.sessions() as session:
                    admin.enrol(session, code, "73282932000074", "01", load_signer(ctx).public_hex)
                started = time.perf_counter()
                with httpx.Client(base_url=hq.base_url) as http:
                    for envelope in envelopes:
                        assert http.post("/api/v1/messages", content=envelope).status_code == 200
                timings[label] = time.perf_counter() - started
            else:
                hq_sync.enrol(ctx, MANAGER, hq.base_url, code)
                started = time.perf_counter()
                report = hq_sync.send_pending(ctx)
                timings[label] = time.perf_counter() - started
                assert len(report.sent) == 60 and report.pending == 0
        finally:
            hq.stop()
    print(
        f"\nCafé catching up 60 days: {timings['cafe']:.2f} s through the outbox "
        f"(bare httpx posts of the same 60 envelopes: {timings['raw']:.2f} s, "
        f"ratio {timings['cafe'] / timings['raw']:.1f}x); target < 5 s"
    )
    assert timings["cafe"] < 5.0
