"""SQLAlchemy Core statements compiled once, run on a transaction's own SQLite connection.

The checkout's hot path writes a dozen rows per sale: through the ORM (or even
``Connection.execute`` of a Core statement) each costs more in Python than SQLite takes
to insert it. Here a statement is built from the models' ``Table`` objects (a renamed or
dropped column fails when the module is imported, not silently at the counter), compiled
once for SQLite, and executed with plain values on the DBAPI connection of the session's
transaction (``sqlite3`` ``execute``/``executemany``): same transaction, same rows, none
of the per-call compiling and caching.

Values must be given as SQLAlchemy's SQLite types store them: use ``store.raw.db_value``
(dates and times as text, booleans as 0/1), so the ORM, the reports and ``verify`` read them alike.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.dialects import sqlite
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

_DIALECT = sqlite.dialect(paramstyle="qmark")


@dataclass(frozen=True, slots=True)
class Compiled:
    """A statement's SQL for the sqlite3 driver and the names of its ``?`` in order."""

    sql: str
    names: tuple[str, ...]
    defaults: Mapping[str, Any]  # values bound when the statement was built

    def args(self, values: Mapping[str, Any]) -> tuple[Any, ...]:
        """The positional arguments from named values (a statement's own constants by
        default)."""
        defaults = self.defaults
        return tuple(values[n] if n in values else defaults[n] for n in self.names)

    def run(self, conn: sqlite3.Connection, values: Mapping[str, Any]) -> sqlite3.Cursor:
        return conn.execute(self.sql, self.args(values))

    def run_many(self, conn: sqlite3.Connection, rows: Iterable[Mapping[str, Any]]) -> None:
        conn.executemany(self.sql, [self.args(row) for row in rows])

    def rows(self, conn: sqlite3.Connection, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        """Insert plain tuples, in ``names`` order (the columns ``insert_into`` was given)."""
        return conn.executemany(self.sql, rows)


def compiled(statement: ClauseElement) -> Compiled:
    """Compile ``statement`` (built from the models' tables) for the sqlite3 driver."""
    result = statement.compile(dialect=_DIALECT)
    assert isinstance(result, SQLCompiler)
    names = tuple(result.positiontup or ())
    return Compiled(str(result), names, dict(result.params))


def insert_into(model: type[Any], columns: Sequence[str]) -> Compiled:
    """``INSERT INTO table (columns...) VALUES (?...)``, the columns in the table's order
    (rows may then be plain tuples: ``Compiled.rows``). An unknown column raises at once,
    and so does a column with a default left out (the ORM would fill it in; here every
    value is explicit, so a new column with a default is never silently skipped).
    ``model``: a mapped class (its ``__table__``)."""
    table = model.__table__
    assert isinstance(table, Table)
    unknown = [name for name in columns if name not in table.c]
    if unknown:
        raise KeyError(f"{table.name} has no column {', '.join(unknown)}")
    result = insert(table).compile(dialect=_DIALECT, column_keys=list(columns))
    names = tuple(result.positiontup or ())
    defaulted = [name for name in names if name not in columns]
    if defaulted:
        raise KeyError(f"{table.name}: give {', '.join(defaulted)} (column with a default)")
    if names != tuple(columns):  # so that rows can be given as plain tuples (``rows``)
        raise KeyError(f"{table.name}: list the columns in the table's order: {names}")
    return Compiled(str(result), names, {})
