"""Core statements compiled once for the hot paths (store.statements): built from the
models' tables, they refuse a column that does not exist or a defaulted one left out, and
store values as the ORM does."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from sqlalchemy import bindparam, select

from cafe_pos.store.models.sales import Payment, Ticket
from cafe_pos.store.raw import db_value
from cafe_pos.store.statements import compiled, insert_into


def test_an_insert_names_every_column_it_writes() -> None:
    payment = insert_into(
        Payment, ("ticket_id", "method", "amount_cents", "tendered_cents", "change_cents")
    )
    assert payment.sql.startswith("INSERT INTO payments (")
    assert set(payment.names) == {
        "ticket_id",
        "method",
        "amount_cents",
        "tendered_cents",
        "change_cents",
    }
    assert payment.sql.count("?") == len(payment.names)


def test_an_unknown_column_or_a_defaulted_one_left_out_fails_at_once() -> None:
    with pytest.raises(KeyError, match="no column"):
        insert_into(Payment, ("ticket_id", "methode"))
    with pytest.raises(KeyError, match="reason"):  # Ticket.reason has a default
        insert_into(Ticket, ("register", "number", "kind"))


def test_a_select_keeps_its_constants_and_takes_named_values() -> None:
    statement = compiled(
        select(Payment.id).where(Payment.method == "cash", Payment.ticket_id == bindparam("t"))
    )
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE payments (id INTEGER PRIMARY KEY, ticket_id INT, method TEXT,"
        " amount_cents INT, tendered_cents INT, change_cents INT)"
    )
    conn.executemany(
        "INSERT INTO payments (ticket_id, method) VALUES (?, ?)",
        [(1, "cash"), (1, "card"), (2, "cash")],
    )
    assert statement.run(conn, {"t": 1}).fetchall() == [(1,)]
    conn.close()


def test_values_are_stored_as_the_orm_stores_them() -> None:
    assert db_value(dt.datetime(2026, 11, 26, 9, 15, 3)) == "2026-11-26 09:15:03.000000"
    assert db_value(dt.date(2026, 11, 26)) == "2026-11-26"
    assert db_value(True) == 1 and db_value(False) == 0
    assert db_value("x") == "x" and db_value(None) is None


def test_columns_are_listed_in_the_tables_order_so_rows_can_be_tuples() -> None:
    with pytest.raises(KeyError, match="order"):
        insert_into(
            Payment, ("method", "ticket_id", "amount_cents", "tendered_cents", "change_cents")
        )


def test_the_ticket_writer_inserts_the_canonical_rows_field_for_field() -> None:
    """sale_writer inserts VAT and payment rows as the canonical tuples themselves."""
    from cafe_pos.fiscal.canonical import PaymentRow, VatRow
    from cafe_pos.services import sale_writer

    assert sale_writer._VAT.names == ("ticket_id", *VatRow._fields)
    assert sale_writer._PAYMENT.names == ("ticket_id", *PaymentRow._fields)
