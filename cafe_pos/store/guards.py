"""The SQLite triggers that make the fiscal records (and the stock ledger) append-only,
as this program expects them: checked at start and by ``verify``, restored when missing.

The list is the program's, not the database's: an intruder who drops the triggers (or
replaces one with a harmless trigger of the same name) cannot make the program forget
them. The texts are those the migrations (0002, 0006, 0003) create, compared with what
``sqlite_master`` holds.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

FISCAL_APPEND_ONLY = (
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
STOCK_APPEND_ONLY = ("stock_movements",)


def _append_only(prefix: str, table: str, what: str) -> dict[str, str]:
    return {
        f"{prefix}_no_{action.lower()}_{table}": (
            f"CREATE TRIGGER {prefix}_no_{action.lower()}_{table} BEFORE {action} ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{what} is append-only: {table}'); END"
        )
        for action in ("UPDATE", "DELETE")
    }


def expected_guards() -> dict[str, str]:
    """Trigger name -> its CREATE statement."""
    out: dict[str, str] = {}
    for table in FISCAL_APPEND_ONLY:
        out.update(_append_only("fiscal", table, "fiscal record"))
    for table in STOCK_APPEND_ONLY:
        out.update(_append_only("stock", table, "stock record"))
    out["fiscal_no_delete_chain_head"] = (
        "CREATE TRIGGER fiscal_no_delete_chain_head BEFORE DELETE ON chain_head "
        "BEGIN SELECT RAISE(ABORT, 'fiscal record is append-only: chain_head'); END"
    )
    out["fiscal_forward_chain_head"] = (
        "CREATE TRIGGER fiscal_forward_chain_head BEFORE UPDATE ON chain_head "
        "WHEN NEW.position <= OLD.position OR NEW.register <> OLD.register "
        "BEGIN SELECT RAISE(ABORT, 'fiscal chain head only moves forward'); END"
    )
    return out


@dataclass(frozen=True, slots=True)
class GuardState:
    missing: tuple[str, ...]  # absent triggers
    altered: tuple[str, ...]  # present under the name, with another text

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered

    def describe(self) -> str:
        parts = []
        if self.missing:
            parts.append(f"{len(self.missing)} absente(s) ({', '.join(self.missing[:4])}...)")
        if self.altered:
            parts.append(f"{len(self.altered)} modifiée(s) ({', '.join(self.altered[:4])})")
        return "protections du journal (déclencheurs SQLite) " + " et ".join(parts)


def _normalised(sql: str) -> str:
    return " ".join(sql.split())


def guard_state(conn: sqlite3.Connection) -> GuardState:
    """Compare the database's triggers with the expected ones (tables that do not exist,
    in an older schema, are skipped)."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    found = {
        str(name): _normalised(str(sql or ""))
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")
    }
    missing, altered = [], []
    for name, sql in expected_guards().items():
        table = sql.split(" ON ", 1)[1].split(" ", 1)[0]
        if table not in tables:
            continue
        if name not in found:
            missing.append(name)
        elif found[name] != _normalised(sql):
            altered.append(name)
    return GuardState(tuple(missing), tuple(altered))


def restore_guards(conn: sqlite3.Connection, state: GuardState) -> None:
    """Recreate the missing or altered triggers (in the caller's transaction)."""
    expected = expected_guards()
    for name in (*state.missing, *state.altered):
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        conn.execute(expected[name])
