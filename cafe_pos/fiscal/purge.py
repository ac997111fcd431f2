"""Removing the sealed detail of an archived year, and sealing the purge anchor (event 914).

What is removed, for one register, up to the cut (the position of the year's closure
record) and for business dates up to the year's last day: tickets with their lines, VAT
and payments, receipt duplicates, ordinary JET events, and the journal records of all
of them. What is kept below the cut (docs/fiscal-format.md § 10): closures (small, they
carry the grand totals), the key records (906, 907, 913: the chain of keys starts at
n° 1), customer-account movements (money still owed) and the tickets a kept row still
refers to (a later refund or duplicate, an account movement). Links from rows that are
not sealed (stock movements, tabs, bread pick-ups) to a removed ticket are cleared.

Everything runs in the caller's transaction: the append-only triggers are dropped,
the rows deleted, the triggers recreated exactly as the program expects them, and the
anchor appended; it commits whole or not at all. The use case (checks of the archive,
the clock, the permission) is ``services.purge``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.fiscal import chain
from cafe_pos.fiscal.codes import EventCode, RecordType
from cafe_pos.fiscal.purge_anchor import SEQ_PREFIX
from cafe_pos.store.guards import expected_guards
from cafe_pos.store.raw import raw_connection

KEY_CODES = (
    int(EventCode.KEY_CREATED),
    int(EventCode.KEY_CHANGED),
    int(EventCode.KEY_BREAK_CONFIRMED),
    int(EventCode.PURGE_ANCHOR),
)
# the tables a purge deletes from, in an order the foreign keys accept
PURGED_TABLES = (
    "ticket_lines",
    "ticket_vat",
    "payments",
    "journal_entries",
    "ticket_duplicates",
    "tickets",
    "fiscal_events",
)
# rows that are not sealed but point at a ticket: the link is cleared
_UNLINKED = (
    ("stock_movements", "ticket_id"),
    ("tab_lines", "paid_ticket_id"),
    ("tab_payments", "ticket_id"),
    ("bread_pickups", "ticket_id"),
)


@dataclass(frozen=True, slots=True)
class Cut:
    """Where the purge of a year ends in a register's chain."""

    register: str
    year: str
    last_day: dt.date  # last business day removed
    first_position: int  # first position of the range (after the previous cut)
    last_position: int  # the year's closure record
    last_hash: str
    last_at: str


@dataclass(frozen=True, slots=True)
class PurgePlan:
    cut: Cut
    counts: dict[str, int]  # table -> rows removed
    kept: int  # journal records at or before the cut that stay
    seqs: dict[str, int]  # per record type, the last sequence at or before the cut

    @property
    def removed(self) -> int:
        return sum(self.counts.values())


_TEMP = (
    "CREATE TEMP TABLE IF NOT EXISTS purge_tickets (id INTEGER PRIMARY KEY)",
    "CREATE TEMP TABLE IF NOT EXISTS purge_events (id INTEGER PRIMARY KEY)",
    "CREATE TEMP TABLE IF NOT EXISTS purge_entries (id INTEGER PRIMARY KEY)",
    "DELETE FROM temp.purge_tickets",
    "DELETE FROM temp.purge_events",
    "DELETE FROM temp.purge_entries",
)
_CANDIDATE_TICKETS = """
INSERT INTO temp.purge_tickets
SELECT t.id FROM journal_entries j JOIN tickets t ON t.id = j.ticket_id
WHERE j.register = :register AND j.record_type = 'ticket' AND j.position <= :cut
  AND t.business_date <= :last_day"""
# a ticket a kept row still refers to stays (with its record): repeated until stable
_STILL_REFERRED = """
DELETE FROM temp.purge_tickets WHERE id IN (
  SELECT refund_of_id FROM tickets
  WHERE refund_of_id IS NOT NULL AND id NOT IN (SELECT id FROM temp.purge_tickets)
  UNION SELECT ticket_id FROM account_entries WHERE ticket_id IS NOT NULL
  UNION SELECT d.ticket_id FROM ticket_duplicates d JOIN journal_entries j
        ON j.duplicate_id = d.id WHERE j.position > :cut OR j.register <> :register
  UNION SELECT l.ticket_id FROM ticket_lines l JOIN ticket_lines r ON r.id = l.refund_of_line_id
        WHERE l.ticket_id NOT IN (SELECT id FROM temp.purge_tickets)
          AND r.ticket_id IN (SELECT id FROM temp.purge_tickets))"""
_EVENTS = """
INSERT INTO temp.purge_events
SELECT e.id FROM journal_entries j JOIN fiscal_events e ON e.id = j.event_id
WHERE j.register = :register AND j.record_type = 'event' AND j.position <= :cut
  AND e.at < :day_after AND e.code NOT IN ({codes})"""
_ENTRIES = """
INSERT INTO temp.purge_entries
SELECT j.id FROM journal_entries j
WHERE j.register = :register AND j.position <= :cut AND (
  j.ticket_id IN (SELECT id FROM temp.purge_tickets)
  OR j.event_id IN (SELECT id FROM temp.purge_events)
  OR j.duplicate_id IN (SELECT d.id FROM ticket_duplicates d
                        WHERE d.ticket_id IN (SELECT id FROM temp.purge_tickets)))"""
_COUNTS = {
    "tickets": "SELECT count(*) FROM temp.purge_tickets",
    "ticket_lines": "SELECT count(*) FROM ticket_lines WHERE ticket_id IN "
    "(SELECT id FROM temp.purge_tickets)",
    "ticket_vat": "SELECT count(*) FROM ticket_vat WHERE ticket_id IN "
    "(SELECT id FROM temp.purge_tickets)",
    "payments": "SELECT count(*) FROM payments WHERE ticket_id IN "
    "(SELECT id FROM temp.purge_tickets)",
    "ticket_duplicates": "SELECT count(*) FROM ticket_duplicates WHERE ticket_id IN "
    "(SELECT id FROM temp.purge_tickets)",
    "fiscal_events": "SELECT count(*) FROM temp.purge_events",
    "journal_entries": "SELECT count(*) FROM temp.purge_entries",
}
_DELETES = {
    "ticket_lines": "DELETE FROM ticket_lines WHERE ticket_id IN "
    "(SELECT id FROM temp.purge_tickets)",
    "ticket_vat": "DELETE FROM ticket_vat WHERE ticket_id IN (SELECT id FROM temp.purge_tickets)",
    "payments": "DELETE FROM payments WHERE ticket_id IN (SELECT id FROM temp.purge_tickets)",
    "journal_entries": "DELETE FROM journal_entries WHERE id IN "
    "(SELECT id FROM temp.purge_entries)",
    "ticket_duplicates": "DELETE FROM ticket_duplicates WHERE ticket_id IN "
    "(SELECT id FROM temp.purge_tickets)",
    "tickets": "DELETE FROM tickets WHERE id IN (SELECT id FROM temp.purge_tickets)",
    "fiscal_events": "DELETE FROM fiscal_events WHERE id IN (SELECT id FROM temp.purge_events)",
}


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def plan(session: Session, cut: Cut) -> PurgePlan:
    """Select what a purge up to ``cut`` removes (temporary tables of this transaction)
    and count it per table; nothing is deleted yet."""
    conn = raw_connection(session)
    for sql in _TEMP:
        conn.execute(sql)
    args = {
        "register": cut.register,
        "cut": cut.last_position,
        "last_day": cut.last_day.isoformat(),
        "day_after": (cut.last_day + dt.timedelta(days=1)).isoformat(),
    }
    conn.execute(_CANDIDATE_TICKETS, args)
    while conn.execute(_STILL_REFERRED, args).rowcount:
        pass
    conn.execute(_EVENTS.format(codes=", ".join(map(str, KEY_CODES))), args)
    conn.execute(_ENTRIES, args)
    counts = {table: int(conn.execute(sql).fetchone()[0]) for table, sql in _COUNTS.items()}
    below = conn.execute(
        "SELECT count(*) FROM journal_entries WHERE register = ? AND position <= ?",
        (cut.register, cut.last_position),
    ).fetchone()[0]
    seqs = {
        str(record_type): int(seq)
        for record_type, seq in conn.execute(
            "SELECT record_type, max(seq) FROM journal_entries WHERE register = ? "
            "AND position <= ? GROUP BY record_type",
            (cut.register, cut.last_position),
        )
    }
    return PurgePlan(cut, counts, int(below) - counts["journal_entries"], seqs)


def _without_guards(conn: sqlite3.Connection) -> list[str]:
    """Drop the triggers that forbid the purge's deletes and unlinks; their names."""
    touched = set(PURGED_TABLES) | {table for table, _ in _UNLINKED}
    dropped = []
    for name, sql in expected_guards().items():
        table = sql.split(" ON ", 1)[1].split(" ", 1)[0]
        if table in touched and ("BEFORE DELETE" in sql or table == "stock_movements"):
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
            dropped.append(name)
    return dropped


def _unindexed_links(conn: sqlite3.Connection, tables: set[str]) -> list[tuple[str, str]]:
    """(table, column) of the foreign keys into a purged table that no index starts with:
    each deleted row would make SQLite scan such a table (ticket lines refer to the lines
    they refund: 150,000 deletions × 150,000 lines for a year)."""
    out = []
    for table in sorted(tables):
        starts = {
            str(info[2])
            for index in conn.execute(f"PRAGMA index_list({table})").fetchall()
            for info in conn.execute(f"PRAGMA index_info({index[1]})").fetchall()[:1]
        }
        for link in conn.execute(f"PRAGMA foreign_key_list({table})").fetchall():
            if link[2] in PURGED_TABLES and str(link[3]) not in starts:
                out.append((table, str(link[3])))
    return out


def _with_link_indexes(conn: sqlite3.Connection, tables: set[str]) -> list[str]:
    """Indexes for the purge's foreign-key checks, dropped again before it commits (the
    schema is left as the migrations made it)."""
    names = []
    for table, column in _unindexed_links(conn, tables):
        name = f"purge_tmp_{table}_{column}"
        conn.execute(f"CREATE INDEX {name} ON {table} ({column})")
        names.append(name)
    return names


def remove(session: Session, purge: PurgePlan) -> None:
    """Delete what ``plan`` selected (same transaction), the triggers put back after."""
    conn = raw_connection(session)
    tables = _tables(conn)
    indexes = _with_link_indexes(conn, tables)
    dropped = _without_guards(conn)
    for table, column in _UNLINKED:
        if table in tables:
            conn.execute(
                f"UPDATE {table} SET {column} = NULL WHERE {column} IN "
                "(SELECT id FROM temp.purge_tickets)"
            )
    for table in PURGED_TABLES:
        conn.execute(_DELETES[table])
    expected = expected_guards()
    for name in dropped:
        conn.execute(expected[name])
    for name in indexes:
        conn.execute(f"DROP INDEX {name}")


def seal_anchor(
    ctx: ServiceContext,
    session: Session,
    purge: PurgePlan,
    *,
    archive: str,
    archive_sha256: str,
    grand_totals: tuple[int, int],
    actor_name: str,
) -> chain.Sealed:
    """Append the purge anchor (event 914), signed, after the purge (same transaction)."""
    cut = purge.cut
    details: dict[str, str | int] = {
        "register": cut.register,
        "year": cut.year,
        "last_day": cut.last_day.isoformat(),
        "archive": archive,
        "archive_sha256": archive_sha256,
        "first_position": cut.first_position,
        "last_position": cut.last_position,
        "last_hash": cut.last_hash,
        "last_at": cut.last_at,
        "kept": purge.kept,
        "grand_total_cents": grand_totals[0],
        "grand_total_absolute_cents": grand_totals[1],
        **{f"{SEQ_PREFIX}{t}": seq for t, seq in purge.seqs.items() if t in set(RecordType)},
        **{f"removed_{table}": count for table, count in purge.counts.items()},
    }
    return chain.write_event(
        ctx,
        session,
        EventCode.PURGE_ANCHOR,
        f"Détail de l'exercice {cut.year} purgé (archive {archive})",
        actor_name=actor_name,
        details=details,
    )
