"""Writing a paid sale's rows: the checkout's hot path, in plain SQL on the sale's own
transaction (the session's SQLite connection), with the rows' canonical record built from
the very same values for the fiscal seal, so nothing is read back.

Values are stored exactly as the ORM stores them (dates and times as SQLAlchemy's SQLite
text, booleans as 0/1), so the ORM, the reports and ``verify`` read the same rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import Settlement
from cafe_pos.domain.vat import VatLine
from cafe_pos.fiscal.canonical import LineRow, PaymentRow, TicketHeader, TicketRecord, VatRow
from cafe_pos.fiscal.records import db_datetime
from cafe_pos.services import stock_ledger

# The last number: the highest ticket, or the highest number a restore discarded (a
# restore record, event 912, names it), so a number already printed is never reissued.
_TOKEN_AND_LAST = """
SELECT (SELECT number FROM tickets WHERE client_token = ?1),
       max(coalesce((SELECT max(number) FROM tickets WHERE register = ?2), 0),
           coalesce((SELECT json_extract(details, '$.last_ticket_number') FROM fiscal_events
                     WHERE code = 912 AND register = ?2 ORDER BY id DESC LIMIT 1), 0))"""
_INSERT_TICKET = """
INSERT INTO tickets (register, number, kind, created_at, business_date, user_name,
    total_cents, discount_cents, line_count, cashback_cents, refund_of_id, reason, tab_label,
    user_id, customer_account_id, client_token)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)"""
_INSERT_LINE = """
INSERT INTO ticket_lines (ticket_id, product_id, position, label, category_name, qty_milli,
    unit, unit_price_cents, discount_cents, vat_bp, total_cents, takeaway, is_alcohol,
    is_drink, third_party, meal_voucher_ok, is_deposit, refund_of_line_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"""
_INSERT_VAT = """
INSERT INTO ticket_vat (ticket_id, vat_bp, base_cents, vat_cents, total_cents)
VALUES (?, ?, ?, ?, ?)"""
_INSERT_PAYMENT = """
INSERT INTO payments (ticket_id, method, amount_cents, tendered_cents, change_cents)
VALUES (?, ?, ?, ?, ?)"""


def token_and_next_number(
    conn: sqlite3.Connection, register: str, token: str | None
) -> tuple[int | None, int]:
    """(number of the ticket already written with ``token`` or None, next number): one
    read for both, inside the BEGIN IMMEDIATE transaction (gap-free, never taken twice)."""
    existing, last = conn.execute(_TOKEN_AND_LAST, (token, register)).fetchone()
    return (None if existing is None else int(existing)), int(last or 0) + 1


def sale_record(
    header: TicketHeader, cart: Cart, vat_lines: list[VatLine], settlement: Settlement
) -> TicketRecord:
    """The canonical record of the sale: exactly what ``write_sale`` stores."""
    takeaway = cart.takeaway
    return TicketRecord(
        header,
        [
            LineRow(
                position,
                ln.item.label,
                ln.item.category_name,
                ln.qty_milli,
                ln.unit,
                ln.unit_price_cents,
                ln.line_discount_cents + ln.ticket_discount_cents,
                ln.vat_bp,
                ln.total_cents,
                takeaway,
                ln.item.is_alcohol,
                ln.item.is_drink,
                ln.item.third_party,
                ln.item.meal_voucher_ok,
                ln.is_deposit,
                None,
                ln.item.product_id,
            )
            for position, ln in enumerate(cart.lines, start=1)
        ],
        [VatRow(v.rate_bp, v.base_cents, v.vat_cents, v.total_cents) for v in vat_lines],
        [
            PaymentRow(p.method, p.amount_cents, p.tendered_cents, p.change_cents)
            for p in settlement.payments
        ],
    )


def write_sale(
    conn: sqlite3.Connection,
    record: TicketRecord,
    cart: Cart,
    *,
    user_id: int | None,
    customer_account_id: int | None,
    token: str | None,
) -> int:
    """Insert the ticket, its lines, VAT lines, payments and stock movements (levels and
    lots kept current by ``stock_ledger``); the row id.

    ``sqlite3.IntegrityError`` (e.g. the token already used) leaves the caller's
    transaction to roll back.
    """
    h = record.header
    created = db_datetime(h.created_at)
    cursor = conn.execute(
        _INSERT_TICKET,
        (
            h.register,
            h.number,
            h.kind,
            created,
            h.business_date.isoformat(),
            h.user_name,
            h.total_cents,
            h.discount_cents,
            h.line_count,
            h.cashback_cents,
            h.reason,
            h.tab_label,
            user_id,
            customer_account_id,
            token,
        ),
    )
    ticket_id = cursor.lastrowid
    assert ticket_id is not None
    lines = cart.lines
    conn.executemany(
        _INSERT_LINE,
        [
            (ticket_id, ln.item.product_id, *row[:15])
            for ln, row in zip(lines, record.lines, strict=True)
        ],
    )
    conn.executemany(_INSERT_VAT, [(ticket_id, *v) for v in record.vat])
    if record.payments:
        conn.executemany(_INSERT_PAYMENT, [(ticket_id, *p) for p in record.payments])
    stock_ledger.take_out_sold(
        conn, ticket_id, created, h.business_date, lines, user_name=h.user_name
    )
    return ticket_id


def plain_header(
    *,
    register: str,
    number: int,
    created_at: dt.datetime,
    business_date: dt.date,
    user_name: str,
    cart: Cart,
    cashback_cents: int,
    tab_label: str,
    user_id: int | None,
    customer_account_id: int | None,
) -> TicketHeader:
    """The header of a sale ticket (kind "sale", no reason, not a refund)."""
    return TicketHeader(
        register=register,
        number=number,
        kind="sale",
        created_at=created_at,
        business_date=business_date,
        user_name=user_name,
        total_cents=cart.total_cents,
        discount_cents=cart.discount_total_cents,
        line_count=len(cart.lines),
        cashback_cents=cashback_cents,
        refund_of_number=None,
        reason="",
        tab_label=tab_label,
        user_id=user_id,
        customer_account_id=customer_account_id,
    )
