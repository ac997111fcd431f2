"""Refuse, in code, any update or delete of a fiscal record (the SQLite triggers of
migration 0002 refuse it in the database too).

``install_guard()`` hooks every SQLAlchemy session of the process: a flush with a changed
or deleted ticket, line, VAT line, payment, journal entry, closure, event, duplicate or
signing key or customer-account movement raises ``FiscalRecordLocked``, and so does a bulk ``update()``/``delete()``
on their tables.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from cafe_pos.domain.errors import UserError

# The tables of the fiscal records, by name (the models are not imported: the guard is
# installed as a database is opened, before the start-up needs any of them).
FISCAL_TABLES = frozenset(
    (
        "tickets",
        "ticket_lines",
        "ticket_vat",
        "payments",
        "journal_entries",
        "closures",
        "closure_vat",
        "closure_payments",
        "fiscal_events",
        "ticket_duplicates",
        "signing_keys",
        "account_entries",
    )
)


def _is_fiscal(obj: object) -> bool:
    table = getattr(type(obj), "__table__", None)
    return table is not None and getattr(table, "name", None) in FISCAL_TABLES


class FiscalRecordLocked(UserError):
    """An attempt to change or delete a fiscal record (a programming error, or fraud)."""


def _refuse_changes(session: Session, _context: UOWTransaction, _instances: Any) -> None:
    for obj in session.deleted:
        if _is_fiscal(obj):
            raise FiscalRecordLocked(
                f"Un enregistrement fiscal ne peut pas être supprimé ({obj.__tablename__})"
            )
    for obj in session.dirty:
        if _is_fiscal(obj) and session.is_modified(obj, include_collections=False):
            raise FiscalRecordLocked(
                f"Un enregistrement fiscal ne peut pas être modifié ({obj.__tablename__})"
            )


def _refuse_bulk(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if table is not None and getattr(table, "name", None) in FISCAL_TABLES:
        raise FiscalRecordLocked(
            f"Un enregistrement fiscal ne peut pas être modifié ni supprimé ({table.name})"
        )


def install_guard() -> None:
    """Hook the guard on every Session (idempotent)."""
    if not event.contains(Session, "before_flush", _refuse_changes):
        event.listen(Session, "before_flush", _refuse_changes)
    if not event.contains(Session, "do_orm_execute", _refuse_bulk):
        event.listen(Session, "do_orm_execute", _refuse_bulk)
