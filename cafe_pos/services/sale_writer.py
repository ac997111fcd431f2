"""The one write path of tickets — sales (tab payments included) and refunds: the rows
of a ticket's canonical record (``fiscal.canonical.TicketRecord``) inserted on the
transaction's own SQLite connection, so the seal is built from the very values stored and
nothing is read back.

The inserts are built from the models' ``Table`` objects and compiled once
(``store.statements``): a renamed or added column fails at import, not at the counter,
and a sale pays for no per-call compiling (the checkout's hot path). Values are stored
exactly as the ORM stores them (dates and times as SQLAlchemy's SQLite text, booleans as
0/1), so the ORM, the reports and ``verify`` read the same rows.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import Settlement
from cafe_pos.domain.vat import VatLine
from cafe_pos.fiscal.canonical import LineRow, PaymentRow, TicketHeader, TicketRecord, VatRow
from cafe_pos.services import stock_ledger
from cafe_pos.store.models.sales import Payment, Ticket, TicketLine, TicketVat
from cafe_pos.store.raw import db_value
from cafe_pos.store.statements import insert_into

# The last number: the highest ticket, or the highest number a restore discarded (a
# restore record, event 912, names it), so a number already printed is never reissued.
_TOKEN_AND_LAST = """
SELECT (SELECT number FROM tickets WHERE client_token = ?1),
       max(coalesce((SELECT max(number) FROM tickets WHERE register = ?2), 0),
           coalesce((SELECT json_extract(details, '$.last_ticket_number') FROM fiscal_events
                     WHERE code = 912 AND register = ?2 ORDER BY id DESC LIMIT 1), 0))"""
_TICKET = insert_into(
    Ticket,
    (
        "register",
        "number",
        "kind",
        "created_at",
        "business_date",
        "user_id",
        "user_name",
        "total_cents",
        "discount_cents",
        "line_count",
        "cashback_cents",
        "refund_of_id",
        "reason",
        "customer_account_id",
        "tab_label",
        "client_token",
    ),
)
_LINE = insert_into(
    TicketLine,
    (
        "ticket_id",
        "position",
        "product_id",
        "label",
        "category_name",
        "qty_milli",
        "unit",
        "unit_price_cents",
        "discount_cents",
        "vat_bp",
        "total_cents",
        "takeaway",
        "is_alcohol",
        "is_drink",
        "third_party",
        "meal_voucher_ok",
        "is_deposit",
        "refund_of_line_id",
    ),
)
_VAT = insert_into(TicketVat, ("ticket_id", "vat_bp", "base_cents", "vat_cents", "total_cents"))
_PAYMENT = insert_into(
    Payment, ("ticket_id", "method", "amount_cents", "tendered_cents", "change_cents")
)


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


def write_ticket(
    conn: sqlite3.Connection,
    record: TicketRecord,
    *,
    token: str | None,
    refund_of_id: int | None = None,
    refund_of_line_ids: Sequence[int | None] = (),
) -> int:
    """Insert the ticket of ``record``, its lines, VAT lines and payments; the row id.

    A refund names the refunded ticket's row (``refund_of_id``) and, line by line, the
    refunded line's row (``refund_of_line_ids``, in the order of ``record.lines``).
    ``sqlite3.IntegrityError`` (e.g. the token already used) leaves the caller's
    transaction to roll back.
    """
    h = record.header
    cursor = _TICKET.run(
        conn,
        {
            "register": h.register,
            "number": h.number,
            "kind": h.kind,
            "created_at": db_value(h.created_at),
            "business_date": db_value(h.business_date),
            "user_id": h.user_id,
            "user_name": h.user_name,
            "total_cents": h.total_cents,
            "discount_cents": h.discount_cents,
            "line_count": h.line_count,
            "cashback_cents": h.cashback_cents,
            "refund_of_id": refund_of_id,
            "reason": h.reason,
            "customer_account_id": h.customer_account_id,
            "tab_label": h.tab_label,
            "client_token": token,
        },
    )
    ticket_id = cursor.lastrowid
    assert ticket_id is not None
    refunded = list(refund_of_line_ids) or [None] * len(record.lines)
    _LINE.rows(
        conn,
        [
            (
                ticket_id,
                ln.position,
                ln.product_id,
                ln.label,
                ln.category_name,
                ln.qty_milli,
                ln.unit,
                ln.unit_price_cents,
                ln.discount_cents,
                ln.vat_bp,
                ln.total_cents,
                int(ln.takeaway),
                int(ln.is_alcohol),
                int(ln.is_drink),
                int(ln.third_party),
                int(ln.meal_voucher_ok),
                int(ln.is_deposit),
                line_id,
            )
            for ln, line_id in zip(record.lines, refunded, strict=True)
        ],
    )
    _VAT.rows(conn, [(ticket_id, *v) for v in record.vat])  # VatRow: the columns' order
    if record.payments:
        _PAYMENT.rows(conn, [(ticket_id, *p) for p in record.payments])  # PaymentRow too
    return ticket_id


def write_sale(
    conn: sqlite3.Connection, record: TicketRecord, cart: Cart, *, token: str | None
) -> int:
    """A sale's ticket (``write_ticket``) and its stock movements (levels and lots kept
    current by ``stock_ledger``); the row id."""
    ticket_id = write_ticket(conn, record, token=token)
    h = record.header
    stock_ledger.take_out_sold(
        conn, ticket_id, db_value(h.created_at), h.business_date, cart.lines, user_name=h.user_name
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
