"""Read fiscal rows back as canonical inputs, in bulk.

Sealing reads the rows it has just flushed through these same queries, and verification
reads them again: what is signed is exactly what the database holds. For speed (a sale
seals in a fraction of a millisecond, a year verifies in seconds) the queries run as plain
SQL on the session's own SQLite connection, inside its transaction, and convert the
stored text back to Python values exactly as SQLAlchemy stores them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterator
from typing import Any

from sqlalchemy.orm import Session

from cafe_pos.fiscal.canonical import (
    AccountEntryRow,
    ClosureHeader,
    ClosurePaymentRow,
    ClosureRecord,
    ClosureVatRow,
    DuplicateRow,
    EventRow,
    LineRow,
    PaymentRow,
    TicketHeader,
    TicketRecord,
    VatRow,
)
from cafe_pos.store.raw import parse_date, parse_datetime, raw_connection


def _select(conn: sqlite3.Connection, sql: str, ids: Collection[int]) -> Iterator[tuple[Any, ...]]:
    id_list = list(ids)
    for start in range(0, len(id_list), 900):
        chunk = id_list[start : start + 900]
        marks = ",".join("?" * len(chunk))
        yield from conn.execute(sql.format(ids=marks), chunk)


_TICKETS = """
SELECT t.id, t.register, t.number, t.kind, t.created_at, t.business_date, t.user_name,
       t.total_cents, t.discount_cents, t.line_count, t.cashback_cents, o.number, t.reason,
       t.tab_label, t.user_id, t.customer_account_id, t.refund_of_id
FROM tickets t LEFT JOIN tickets o ON o.id = t.refund_of_id
WHERE t.id IN ({ids})"""
_LINES = """
SELECT l.ticket_id, l.position, l.label, l.category_name, l.qty_milli, l.unit,
       l.unit_price_cents, l.discount_cents, l.vat_bp, l.total_cents, l.takeaway,
       l.is_alcohol, l.is_drink, l.third_party, l.meal_voucher_ok, l.is_deposit, r.position,
       l.product_id, r.ticket_id
FROM ticket_lines l LEFT JOIN ticket_lines r ON r.id = l.refund_of_line_id
WHERE l.ticket_id IN ({ids}) ORDER BY l.ticket_id, l.position, l.id"""
_VAT = """
SELECT ticket_id, vat_bp, base_cents, vat_cents, total_cents FROM ticket_vat
WHERE ticket_id IN ({ids})"""
_PAYMENTS = """
SELECT ticket_id, method, amount_cents, tendered_cents, change_cents FROM payments
WHERE ticket_id IN ({ids})"""


def load_tickets(session: Session, ids: Collection[int]) -> dict[int, TicketRecord]:
    """Tickets by row id, each with its lines (by position), VAT lines and payments."""
    if not ids:
        return {}
    conn = raw_connection(session)
    records: dict[int, TicketRecord] = {}
    refunded: dict[int, int | None] = {}  # ticket id -> id of the ticket it refunds
    for r in _select(conn, _TICKETS, ids):
        header = TicketHeader(r[1], r[2], r[3], parse_datetime(r[4]), parse_date(r[5]), *r[6:16])
        records[r[0]] = TicketRecord(header, [], [], [])
        refunded[r[0]] = r[16]
    for r in _select(conn, _LINES, ids):
        record = records.get(r[0])
        if record is not None:
            refund_of_position = r[16]
            if refund_of_position is not None and r[18] != refunded[r[0]]:
                # the refunded line must be a line of the refunded ticket: one moved
                # to another ticket's line of the same position is no longer the same
                refund_of_position = None
            record.lines.append(
                LineRow(
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    r[6],
                    r[7],
                    r[8],
                    r[9],
                    bool(r[10]),
                    bool(r[11]),
                    bool(r[12]),
                    bool(r[13]),
                    bool(r[14]),
                    bool(r[15]),
                    refund_of_position,
                    r[17],
                )
            )
    for r in _select(conn, _VAT, ids):
        record = records.get(r[0])
        if record is not None:
            record.vat.append(VatRow(*r[1:]))
    for r in _select(conn, _PAYMENTS, ids):
        record = records.get(r[0])
        if record is not None:
            record.payments.append(PaymentRow(*r[1:]))
    return records


_EVENTS = """
SELECT id, register, code, at, actor_name, message, details FROM fiscal_events
WHERE id IN ({ids})"""


def load_events(session: Session, ids: Collection[int]) -> dict[int, EventRow]:
    conn = raw_connection(session)
    return {
        r[0]: EventRow(r[1], r[2], parse_datetime(r[3]), r[4], r[5], r[6])
        for r in _select(conn, _EVENTS, ids)
    }


_DUPLICATES = """
SELECT d.id, t.register, t.number, j.hash, d.copy_number, d.at, d.user_name
FROM ticket_duplicates d JOIN tickets t ON t.id = d.ticket_id
LEFT JOIN journal_entries j ON j.ticket_id = t.id AND j.record_type = 'ticket'
WHERE d.id IN ({ids})"""


def load_duplicates(session: Session, ids: Collection[int]) -> dict[int, DuplicateRow]:
    conn = raw_connection(session)
    return {
        r[0]: DuplicateRow(r[1], r[2], r[3] or "", r[4], parse_datetime(r[5]), r[6])
        for r in _select(conn, _DUPLICATES, ids)
    }


_ACCOUNT_ENTRIES = """
SELECT a.id, a.account_id, a.created_at, a.kind, a.amount_cents, a.method, t.number,
       a.user_name
FROM account_entries a LEFT JOIN tickets t ON t.id = a.ticket_id
WHERE a.id IN ({ids})"""


def load_account_entries(session: Session, ids: Collection[int]) -> dict[int, AccountEntryRow]:
    conn = raw_connection(session)
    return {
        r[0]: AccountEntryRow(r[1], parse_datetime(r[2]), r[3], r[4], r[5], r[6], r[7])
        for r in _select(conn, _ACCOUNT_ENTRIES, ids)
    }


# the columns are the record's fields, declared once (canonical.ClosureHeader, ClosureVatRow)
_CLOSURES = f"SELECT id, {', '.join(ClosureHeader._fields)} FROM closures WHERE id IN ({{ids}})"
_CLOSURE_VAT = (
    f"SELECT closure_id, {', '.join(ClosureVatRow._fields)} FROM closure_vat "
    "WHERE closure_id IN ({ids})"
)
_CLOSURE_PAYMENTS = """
SELECT closure_id, method, amount_cents FROM closure_payments WHERE closure_id IN ({ids})"""


def load_closures(session: Session, ids: Collection[int]) -> dict[int, ClosureRecord]:
    conn = raw_connection(session)
    records: dict[int, ClosureRecord] = {}
    for r in _select(conn, _CLOSURES, ids):
        header = ClosureHeader(
            r[1],
            r[2],
            r[3],
            parse_date(r[4]),
            parse_date(r[5]),
            parse_datetime(r[6]),
            *r[7:],
        )
        records[r[0]] = ClosureRecord(header, [], [])
    for r in _select(conn, _CLOSURE_VAT, ids):
        record = records.get(r[0])
        if record is not None:
            record.vat.append(ClosureVatRow(*r[1:]))
    for r in _select(conn, _CLOSURE_PAYMENTS, ids):
        closure = records.get(r[0])
        if closure is not None:
            closure.payments.append(ClosurePaymentRow(*r[1:]))
    return records
