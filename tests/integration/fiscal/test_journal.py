"""The journal API the sales service calls: seal_ticket, seal_duplicate, record_event."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import stat
from contextlib import closing
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fiscal_factory import BEER, BREAD, COFFEE, add_ticket, sell
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.events import record_event
from cafe_pos.fiscal.journal import (
    next_duplicate_number,
    seal_duplicate,
    short_extract,
    signature_for_ticket,
)
from cafe_pos.fiscal.keys import KeyProblem, generate_signer, write_key_file
from cafe_pos.services.signing_key import ensure_key
from cafe_pos.store.models.sales import Ticket


def journal(ctx: ServiceContext) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        return conn.execute(
            "SELECT position, record_type, seq, payload, prev_hash, hash, signature, key_id "
            "FROM journal_entries ORDER BY position"
        ).fetchall()


def test_a_sale_is_sealed_line_by_line_with_a_chained_signed_record(ctx: ServiceContext) -> None:
    number, seal = sell(ctx, [COFFEE, BEER], payments=[("card", 500)])
    rows = journal(ctx)
    # The key is registered by the first record, then the ticket.
    assert [(r[1], r[2]) for r in rows] == [("event", 1), ("ticket", 1)]
    key_event = json.loads(rows[0][3])
    assert key_event["data"]["code"] == EventCode.KEY_CREATED
    public = Ed25519PublicKey.from_public_bytes(
        bytes.fromhex(key_event["data"]["details"]["public_key"])
    )
    for position, _type, _seq, payload, prev, hash_hex, signature, _key in rows:
        assert hash_hex == hashlib.sha256(bytes.fromhex(prev) + payload.encode()).hexdigest()
        public.verify(bytes.fromhex(signature), bytes.fromhex(hash_hex))
        assert json.loads(payload)["pos"] == position
    assert rows[1][4] == rows[0][5]  # the ticket is chained to the key record
    ticket = json.loads(rows[1][3])["data"]
    assert ticket["number"] == number == 1
    assert ticket["operator"] == "Alice"
    assert [(li["label"], li["qty_milli"], li["unit_price_cents"], li["vat_bp"], li["total_cents"])
            for li in ticket["lines"]] == [("Café", 1000, 150, 1000, 150),
                                           ("Demi pression", 1000, 350, 2000, 350)]  # fmt: skip
    assert [v["rate_bp"] for v in ticket["vat"]] == [2000, 1000]
    assert ticket["payments"] == [
        {"method": "card", "amount_cents": 500, "tendered_cents": 0, "change_cents": 0}
    ]
    # format 2 seals the references a ticket carries (user, account, product per line)
    assert json.loads(rows[1][3])["v"] == 2
    assert (ticket["user"], ticket["account"]) == (None, None)
    assert [li["product"] for li in ticket["lines"]] == [None, None]
    assert seal.hash_hex == rows[1][5]
    assert seal.short == short_extract(rows[1][5]) and len(seal.short) == 9


def test_sequences_have_no_gap_per_record_type(ctx: ServiceContext) -> None:
    for _ in range(3):
        sell(ctx, [COFFEE])
    with ctx.uow() as uow:
        record_event(ctx, uow.session, EventCode.LOGIN, "Connexion", actor_name="Alice")
        uow.commit()
    sell(ctx, [BREAD])
    rows = journal(ctx)
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert [r[2] for r in rows if r[1] == "ticket"] == [1, 2, 3, 4]
    assert [r[2] for r in rows if r[1] == "event"] == [1, 2]


def test_key_file_is_private_and_public_key_is_in_the_database(ctx: ServiceContext) -> None:
    fingerprint = ensure_key(ctx)
    assert stat.S_IMODE(ctx.key_path.stat().st_mode) == 0o600
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        assert conn.execute("SELECT fingerprint FROM signing_keys").fetchall() == [(fingerprint,)]
    assert ensure_key(ctx) == fingerprint  # idempotent: one key, one KEY_CREATED record
    assert len(journal(ctx)) == 1


def test_a_rolled_back_sale_leaves_no_journal_entry(ctx: ServiceContext) -> None:
    sell(ctx, [COFFEE])
    with ctx.uow() as uow:
        add_ticket(ctx, uow.session, [BEER])
        # no commit: the sale failed later (printer job, stock...), everything goes
    sell(ctx, [BREAD])
    rows = journal(ctx)
    assert [r[2] for r in rows if r[1] == "ticket"] == [1, 2]
    assert [r[0] for r in rows] == [1, 2, 3]


def test_duplicates_are_numbered_and_sealed(ctx: ServiceContext) -> None:
    number, seal = sell(ctx, [COFFEE])
    for expected in (1, 2):
        with ctx.uow() as uow:
            ticket = uow.session.scalars(select(Ticket).where(Ticket.number == number)).one()
            assert next_duplicate_number(uow.session, ticket) == expected
            dup = seal_duplicate(ctx, uow.session, ticket, None, "Paul")
            uow.commit()
        assert dup.hash_hex != seal.hash_hex
    rows = [r for r in journal(ctx) if r[1] == "duplicate"]
    assert [json.loads(r[3])["data"]["copy"] for r in rows] == [1, 2]
    assert json.loads(rows[0][3])["data"]["ticket_hash"] == seal.hash_hex
    with ctx.uow() as uow:
        assert signature_for_ticket(uow.session, "01", number) == seal.short


def test_training_mode_never_enters_the_chain(ctx: ServiceContext) -> None:
    ctx.training = True
    with ctx.uow() as uow:
        record_event(ctx, uow.session, EventCode.LOGIN, "Connexion", actor_name="Alice")
        uow.commit()
    assert journal(ctx) == []
    assert not ctx.key_path.exists()


def test_clock_moved_backwards_is_recorded_once_and_time_never_goes_back(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    sell(ctx, [COFFEE])
    last = clock.now()
    clock.advance(hours=-3)
    _n, seal = sell(ctx, [BEER])
    assert seal.warning and "horloge" in seal.warning
    _n, seal2 = sell(ctx, [BREAD])
    assert seal2.warning  # the UI keeps showing it while the clock is behind
    rows = journal(ctx)
    codes = [json.loads(r[3])["data"].get("code") for r in rows if r[1] == "event"]
    assert codes.count(EventCode.CLOCK_BACKWARDS) == 1
    stamps = [json.loads(r[3])["at"] for r in rows]
    assert stamps == sorted(stamps)
    assert seal2.at is not None and seal2.at >= last.astimezone(dt.UTC).replace(tzinfo=None)


def test_a_database_copied_with_another_key_refuses_to_seal(ctx: ServiceContext) -> None:
    sell(ctx, [COFFEE])
    ctx.key_path.unlink()
    write_key_file(ctx.key_path, generate_signer())
    with pytest.raises(KeyProblem, match="ne correspond pas"):
        sell(ctx, [BEER])
    ctx.key_path.unlink()
    with pytest.raises(KeyProblem, match="introuvable"):
        sell(ctx, [BEER])
    assert [r[1] for r in journal(ctx)] == ["event", "ticket"]  # nothing written


def test_start_up_records_the_software_version_once(ctx: ServiceContext) -> None:
    from cafe_pos.fiscal.events import record_startup

    for _ in range(2):
        with ctx.uow() as uow:
            record_startup(ctx, uow.session)
            uow.commit()
    codes = [json.loads(r[3])["data"]["code"] for r in journal(ctx) if r[1] == "event"]
    assert codes == [EventCode.KEY_CREATED, EventCode.SOFTWARE_VERSION, 80, 80]


def test_an_explicit_copy_number_must_be_the_next_one(ctx: ServiceContext) -> None:
    from cafe_pos.domain.errors import UserError

    number, _seal = sell(ctx, [COFFEE])
    with ctx.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.number == number)).one()
        with pytest.raises(UserError, match="porte le n° 1"):
            seal_duplicate(ctx, uow.session, ticket, 3, "Paul")
