"""Fiscal records are append-only: refused in code (session guard) and in SQLite (triggers)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from fiscal_factory import BEER, COFFEE, sell
from sqlalchemy import delete, select, update

from cafe_pos.context import ServiceContext
from cafe_pos.fiscal.guard import FiscalRecordLocked
from cafe_pos.store.models.fiscal import JournalEntry
from cafe_pos.store.models.sales import Payment, Ticket, TicketLine


def test_the_session_refuses_to_change_or_delete_a_sealed_ticket(ctx: ServiceContext) -> None:
    sell(ctx, [COFFEE, BEER])
    with ctx.uow() as uow, pytest.raises(FiscalRecordLocked, match="modifié"):
        uow.session.scalars(select(Ticket)).one().total_cents = 1
        uow.session.flush()
    with ctx.uow() as uow, pytest.raises(FiscalRecordLocked, match="supprimé"):
        uow.session.delete(uow.session.scalars(select(TicketLine)).first())
        uow.session.flush()
    with ctx.uow() as uow, pytest.raises(FiscalRecordLocked):
        uow.session.execute(update(Payment).values(method="card"))
    with ctx.uow() as uow, pytest.raises(FiscalRecordLocked):
        uow.session.execute(delete(JournalEntry))
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        assert conn.execute("SELECT total_cents FROM tickets").fetchone() == (500,)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE tickets SET total_cents = 1",
        "DELETE FROM ticket_lines",
        "UPDATE ticket_vat SET vat_cents = 0",
        "DELETE FROM payments",
        "UPDATE journal_entries SET payload = ''",
        "DELETE FROM journal_entries",
        "UPDATE fiscal_events SET message = 'x'",
        "DELETE FROM signing_keys",
        "DELETE FROM chain_head",
        "UPDATE chain_head SET position = position - 1",
    ],
)
def test_sqlite_triggers_refuse_changes_even_outside_the_program(
    ctx: ServiceContext, sql: str
) -> None:
    sell(ctx, [COFFEE])
    sell(ctx, [BEER])
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute(sql)


def test_new_sales_still_append(ctx: ServiceContext) -> None:
    for _ in range(3):
        sell(ctx, [COFFEE])
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        assert conn.execute("SELECT position FROM chain_head").fetchone() == (4,)


def test_the_session_guard_covers_every_table_the_triggers_lock(ctx: ServiceContext) -> None:
    """The guard names its tables (it is installed before any model is imported): the same
    set as the database's append-only triggers, so a table locked in SQLite is locked in
    code too, and the other way round."""
    from cafe_pos.fiscal.guard import FISCAL_TABLES

    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        locked = {
            row[0]
            for row in conn.execute(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'"
                " AND name LIKE 'fiscal_no_update_%'"
            )
        }
    conn.close()
    assert locked == FISCAL_TABLES
