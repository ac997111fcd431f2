"""The session's own SQLite connection, and values as SQLAlchemy stores them in SQLite.

The hot paths (a sale, a seal, a year's verification) run plain SQL on the DBAPI
connection of the session's transaction: same transaction, none of the ORM's per-row
cost. What they write and read must be what SQLAlchemy's SQLite types store (dates and
times as text, booleans as 0/1), so the ORM, the reports and ``verify`` read them alike.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import Any

from sqlalchemy.orm import Session

# SQLAlchemy's SQLite storage format for DateTime (naive UTC here).
_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"

_RAW = "store.raw_connection"  # session.info: (transaction, its DBAPI connection)


def raw_connection(session: Session) -> sqlite3.Connection:
    """The DBAPI connection of the session's current transaction (begun if needed).

    Remembered for the transaction, as a sale asks for it a dozen times.
    """
    transaction = session.get_transaction()
    cached = session.info.get(_RAW)
    # (None, driver): the kept unit of work's own transaction, begun on ``driver`` without
    # the session (store.uow); any session transaction afterwards is on the same driver
    if cached is not None and cached[0] is transaction:
        driver = cached[1]
    else:
        driver = session.connection().connection.driver_connection
        session.info[_RAW] = (session.get_transaction(), driver)
    assert isinstance(driver, sqlite3.Connection)
    return driver


def db_datetime(value: dt.datetime) -> str:
    """A naive datetime as SQLAlchemy stores it: ``2026-11-26 09:15:03.000000``."""
    if value.tzinfo is None:
        return value.isoformat(" ", "microseconds")  # same text, far cheaper than strftime
    return value.strftime(_DATETIME_FORMAT)


def db_value(value: Any) -> Any:
    """A Python value as SQLAlchemy stores it in SQLite (DateTime, Date, Boolean)."""
    if isinstance(value, dt.datetime):
        return db_datetime(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def parse_datetime(value: Any) -> dt.datetime:
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def parse_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


def hold_driver(session: Session, driver: sqlite3.Connection | None) -> None:
    """``raw_connection(session)`` answers ``driver`` while the session has no transaction
    of its own (the kept unit of work began one on it); None forgets it."""
    if driver is None:
        session.info.pop(_RAW, None)
    else:
        session.info[_RAW] = (None, driver)
