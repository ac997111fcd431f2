"""Attack 4 of issue 12: data outside the seal. On a café built by the real program, each
edit of the real database file (triggers dropped first) must make ``cafe-pos verify``
fail and name what changed; the stock ledger and the customer-account movements refuse
updates and deletes in SQLite itself."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from fiscal_attacks import drop_guards, new_cafe, verify


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seal") / "cafe.db"
    new_cafe(db, days=2)
    with closing(sqlite3.connect(db)) as conn, conn:
        assert conn.execute("SELECT count(*) FROM account_entries").fetchone()[0] > 0
        assert conn.execute(
            "SELECT count(*) FROM tickets WHERE refund_of_id IS NOT NULL"
        ).fetchone()[0]
    return db


def _copy(base: Path, tmp_path: Path) -> Path:
    db = tmp_path / "cafe.db"
    shutil.copyfile(base, db)
    shutil.copyfile(f"{base}.key", f"{db}.key")
    return db


def _erase_balances(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM account_entries")  # every regular owes 0 €


def _slip_in_a_settlement(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO account_entries (account_id, created_at, amount_cents, kind, method, "
        "ticket_id, user_name) SELECT account_id, created_at, -amount_cents, 'settlement', "
        "'cash', NULL, user_name FROM account_entries ORDER BY id DESC LIMIT 1"
    )


def _move_a_purchase_to_another_account(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE tickets SET customer_account_id = customer_account_id + 1 "
        "WHERE id = (SELECT max(id) FROM tickets WHERE customer_account_id IS NOT NULL)"
    )


def _change_the_operator(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE tickets SET user_id = NULL WHERE id = (SELECT max(id) FROM tickets)")
    conn.execute("UPDATE tickets SET user_id = 1 WHERE id = (SELECT max(id) FROM tickets)")


def _swap_a_product(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE ticket_lines SET product_id = (SELECT max(id) FROM products) "
        "WHERE id = (SELECT max(id) FROM ticket_lines WHERE product_id <> "
        "(SELECT max(id) FROM products))"
    )


def _point_a_refund_at_another_ticket(conn: sqlite3.Connection) -> None:
    refund_line, position, original = conn.execute(
        "SELECT l.id, r.position, r.ticket_id FROM ticket_lines l "
        "JOIN ticket_lines r ON r.id = l.refund_of_line_id LIMIT 1"
    ).fetchone()
    other = conn.execute(
        "SELECT id FROM ticket_lines WHERE position = ? AND ticket_id <> ? LIMIT 1",
        (position, original),
    ).fetchone()[0]
    conn.execute("UPDATE ticket_lines SET refund_of_line_id = ? WHERE id = ?", (other, refund_line))


ATTACKS: dict[str, tuple[Callable[[sqlite3.Connection], None], str]] = {
    "erase balances": (_erase_balances, "compte client"),
    "slip in a settlement": (_slip_in_a_settlement, "absent du journal signé"),
    "move a purchase": (_move_a_purchase_to_another_account, "« account » modifié"),
    "change the operator": (_change_the_operator, "« user » modifié"),
    "swap a product": (_swap_a_product, ".product » modifié"),
    "refund another ticket": (_point_a_refund_at_another_ticket, "refund_of_line » modifié"),
}


@pytest.mark.parametrize("attack", ATTACKS)
def test_an_edit_outside_the_old_seal_is_found(base: Path, tmp_path: Path, attack: str) -> None:
    db = _copy(base, tmp_path)
    assert verify(db).returncode == 0
    edit, expected = ATTACKS[attack]
    with closing(sqlite3.connect(db)) as conn, conn:
        drop_guards(conn)
        edit(conn)
    checked = verify(db)
    assert checked.returncode == 1, checked.stdout
    assert expected in checked.stdout, checked.stdout


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE account_entries SET amount_cents = 0",
        "DELETE FROM account_entries",
        "UPDATE stock_movements SET qty_milli = 0",
        "DELETE FROM stock_movements",
    ],
)
def test_account_and_stock_movements_are_append_only(
    base: Path, tmp_path: Path, statement: str
) -> None:
    db = _copy(base, tmp_path)
    with (
        closing(sqlite3.connect(db)) as conn,
        conn,
        pytest.raises(sqlite3.IntegrityError, match="append-only"),
    ):
        conn.execute(statement)
