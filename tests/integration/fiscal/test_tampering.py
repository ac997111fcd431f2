"""Every tampering an auditor worries about is caught by ``verify``, naming the record.

The attacker works on the SQLite file with sqlite3 and drops the triggers first.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from fiscal_factory import BEER, BREAD, COFFEE, at_paris, sell
from sqlalchemy import select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.events import record_event
from cafe_pos.fiscal.journal import seal_duplicate
from cafe_pos.fiscal.keys import generate_signer, write_key_file
from cafe_pos.fiscal.verify import VerifyReport, verify_database
from cafe_pos.services.closing import close_day
from cafe_pos.services.integrity import verify_new_part
from cafe_pos.store.models.sales import Ticket

DAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def history_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Day 1: tickets 1-3, a refund (4), a reprint, a login; Z. Day 2: tickets 5-7, open.

    Built once; each test gets its own copy (database and key file).
    """
    folder = tmp_path_factory.mktemp("history")
    clock = FixedClock(at_paris(DAY, 9))
    ctx = open_context(folder / "cafe.db", clock=clock)
    for basket in ([COFFEE, BEER], [BREAD], [BEER, BEER]):
        clock.advance(minutes=5)
        sell(ctx, basket, payments=[("card", sum(i.unit_price_cents for i in basket))])
    sell(ctx, [BREAD], refund_of_number=2)
    with ctx.uow() as uow:
        ticket = uow.session.scalars(select(Ticket).where(Ticket.number == 1)).one()
        seal_duplicate(ctx, uow.session, ticket, None, "Paul")
        record_event(ctx, uow.session, EventCode.LOGIN, "Connexion de Paul", actor_name="Paul")
        uow.commit()
    clock.set(at_paris(DAY, 23))
    close_day(ctx, Actor(None, "Marie", Role.MANAGER), DAY)
    for hour in (9, 10, 11):
        clock.set(at_paris(DAY + dt.timedelta(days=1), hour))
        sell(ctx, [COFFEE])
    return folder / "cafe.db"


@pytest.fixture
def history(history_template: Path, tmp_path: Path) -> ServiceContext:
    target = tmp_path / "cafe.db"
    with (
        closing(sqlite3.connect(history_template)) as source,
        source,
        closing(sqlite3.connect(target)) as copy,
        copy,
    ):
        source.backup(copy)
    shutil.copy2(history_template.with_name("cafe.db.key"), tmp_path / "cafe.db.key")
    return open_context(target, clock=FixedClock(at_paris(DAY + dt.timedelta(days=1), 12)))


@pytest.fixture
def attacker(history: ServiceContext) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(history.db_path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    yield conn
    conn.close()


def entry_position(conn: sqlite3.Connection, where: str) -> int:
    return int(conn.execute(f"SELECT position FROM journal_entries WHERE {where}").fetchone()[0])


def broken(ctx: ServiceContext) -> VerifyReport:
    report = verify_database(ctx)
    assert not report.ok, report
    return report


def test_an_untouched_history_verifies(history: ServiceContext) -> None:
    report = verify_database(history)
    assert report.ok, report.message
    with closing(sqlite3.connect(history.db_path)) as conn, conn:
        assert report.checked == conn.execute("SELECT count(*) FROM journal_entries").fetchone()[0]
    assert report.first_bad is None


TICKET_2 = "(SELECT id FROM tickets WHERE number = 2)"


@pytest.mark.parametrize(
    ("sql", "first_bad", "field"),
    [
        (f"UPDATE tickets SET total_cents = 10 WHERE id = {TICKET_2}", "ticket n° 2", "total_cents"),
        (f"UPDATE tickets SET created_at = '2026-11-26 08:00:01.000000' WHERE id = {TICKET_2}",
         "ticket n° 2", "created_at"),
        (f"UPDATE tickets SET user_name = 'Bob' WHERE id = {TICKET_2}", "ticket n° 2", "operator"),
        (f"UPDATE ticket_lines SET unit_price_cents = 1 WHERE ticket_id = {TICKET_2}",
         "ticket n° 2", "lines[0].unit_price_cents"),
        (f"UPDATE ticket_lines SET vat_bp = 2000 WHERE ticket_id = {TICKET_2}",
         "ticket n° 2", "lines[0].vat_bp"),
        (f"UPDATE ticket_lines SET label = 'Rien' WHERE ticket_id = {TICKET_2}",
         "ticket n° 2", "lines[0].label"),
        (f"UPDATE ticket_vat SET vat_cents = 0 WHERE ticket_id = {TICKET_2}",
         "ticket n° 2", "vat[0].vat_cents"),
        (f"UPDATE payments SET method = 'cash' WHERE ticket_id = {TICKET_2}",
         "ticket n° 2", "payments[0].method"),
        (f"INSERT INTO ticket_lines (ticket_id, position, label, category_name, qty_milli, unit, "
         f"unit_price_cents, discount_cents, vat_bp, total_cents, takeaway, is_alcohol, is_drink, "
         f"third_party, meal_voucher_ok, is_deposit) SELECT {TICKET_2}, 2, 'Pain', '', 1000, "
         f"'piece', 110, 0, 550, 110, 0, 0, 0, 0, 0, 0", "ticket n° 2", "lines"),
        (f"DELETE FROM payments WHERE ticket_id = {TICKET_2}", "ticket n° 2", "payments"),
        ("UPDATE closures SET total_cents = total_cents - 100", "clôture day 2026-11-26",
         "total_cents"),
        ("UPDATE closure_vat SET perpetual_total_cents = 0 WHERE vat_bp = 2000",
         "clôture day 2026-11-26", "by_vat"),
        ("UPDATE closure_payments SET amount_cents = 0", "clôture day 2026-11-26", "by_payment"),
        ("UPDATE fiscal_events SET message = 'rien' WHERE code = 80", "événement n° 2 (code 80,",
         "message"),
        ("UPDATE fiscal_events SET actor_name = 'X' WHERE code = 330", "événement n° 3 (code 330,",
         "operator"),
        ("UPDATE ticket_duplicates SET user_name = 'Bob'", "duplicata n° 1 du ticket n° 1",
         "operator"),
    ],
)  # fmt: skip
def test_a_changed_stored_field_is_named(
    history: ServiceContext, attacker: sqlite3.Connection, sql: str, first_bad: str, field: str
) -> None:
    attacker.execute(sql)
    attacker.commit()
    report = broken(history)
    suffix = " caisse 01)" if first_bad.endswith(",") else " (caisse 01)"
    assert report.first_bad == f"{first_bad}{suffix}"
    assert field in report.message
    assert first_bad in report.message


def test_a_changed_journal_payload_rehashed_without_the_key_fails_its_signature(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    prev, payload = attacker.execute(
        "SELECT prev_hash, payload FROM journal_entries WHERE ticket_id = 1"
    ).fetchone()
    forged = payload.replace('"total_cents":500', '"total_cents":50', 1)
    new_hash = hashlib.sha256(bytes.fromhex(prev) + forged.encode()).hexdigest()
    attacker.execute(
        "UPDATE journal_entries SET payload = ?, hash = ? WHERE ticket_id = 1", (forged, new_hash)
    )
    attacker.commit()
    report = broken(history)
    assert report.first_bad == "ticket n° 1 (caisse 01)"
    assert "signature invalide" in report.message


def test_a_record_deleted_in_the_middle(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    position = entry_position(attacker, f"ticket_id = {TICKET_2}")
    attacker.execute(f"DELETE FROM journal_entries WHERE ticket_id = {TICKET_2}")
    attacker.commit()
    report = broken(history)
    assert report.first_bad == f"enregistrement n° {position} du journal (caisse 01)"
    assert "supprimé" in report.message


def test_a_ticket_deleted_from_the_tables_but_not_from_the_journal(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    attacker.execute("PRAGMA foreign_keys = OFF")
    for table in ("payments", "ticket_vat", "ticket_lines"):
        attacker.execute(
            f"DELETE FROM {table} WHERE ticket_id = (SELECT id FROM tickets WHERE number = 3)"
        )
    attacker.execute("DELETE FROM tickets WHERE number = 3")
    attacker.commit()
    report = broken(history)
    assert report.first_bad == "ticket n° 3 (caisse 01)"
    assert "supprimé de la base" in report.message


def _delete_from(conn: sqlite3.Connection, position: int) -> None:
    rows = conn.execute(
        "SELECT ticket_id, closure_id, event_id FROM journal_entries WHERE position >= ?",
        (position,),
    ).fetchall()
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM journal_entries WHERE position >= ?", (position,))
    for ticket_id, closure_id, event_id in rows:
        if ticket_id:
            for table in ("payments", "ticket_vat", "ticket_lines"):
                conn.execute(f"DELETE FROM {table} WHERE ticket_id = ?", (ticket_id,))
            conn.execute("DELETE FROM tickets WHERE id = ?", (ticket_id,))
        if closure_id:
            for table in ("closure_vat", "closure_payments"):
                conn.execute(f"DELETE FROM {table} WHERE closure_id = ?", (closure_id,))
            conn.execute("DELETE FROM closures WHERE id = ?", (closure_id,))
        if event_id:
            conn.execute("DELETE FROM fiscal_events WHERE id = ?", (event_id,))
    conn.commit()


def test_the_tail_deleted_after_the_last_closure(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    position = entry_position(attacker, "ticket_id = (SELECT id FROM tickets WHERE number = 6)")
    _delete_from(attacker, position)
    report = broken(history)
    assert report.first_bad == f"enregistrement n° {position} du journal (caisse 01)"
    assert "derniers enregistrements" in report.message and "supprimés" in report.message


def test_the_tail_deleted_with_the_closure(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    position = entry_position(attacker, "record_type = 'closure'")
    _delete_from(attacker, position - 1)  # the "start of closing" event, the Z, and after
    report = broken(history)
    assert report.first_bad == f"enregistrement n° {position - 1} du journal (caisse 01)"
    assert "supprimés" in report.message


def test_the_tail_deleted_and_the_end_marker_moved_back_without_the_key(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    position = entry_position(attacker, "ticket_id = (SELECT id FROM tickets WHERE number = 7)")
    _delete_from(attacker, position)
    last_hash = attacker.execute(
        "SELECT hash FROM journal_entries WHERE position = ?", (position - 1,)
    ).fetchone()[0]
    attacker.execute("UPDATE chain_head SET position = ?, hash = ?", (position - 1, last_hash))
    attacker.commit()
    report = broken(history)
    assert report.first_bad == "fin du journal (caisse 01)"
    assert "Signature du marqueur" in report.message


def test_a_ticket_inserted_behind_the_tills_back(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    attacker.execute(
        "INSERT INTO tickets (register, number, kind, created_at, business_date, user_name, "
        "total_cents, discount_cents, line_count, cashback_cents, reason, tab_label) "
        "VALUES ('01', 99, 'sale', '2026-11-27 10:00:00.000000', '2026-11-27', 'Bob', 100, 0, "
        "0, 0, '', '')"
    )
    attacker.commit()
    report = broken(history)
    assert report.first_bad == "ticket n° 99 (caisse 01)"
    assert "absent du journal" in report.message


def test_a_journal_record_inserted_in_the_middle(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    position = entry_position(attacker, f"ticket_id = {TICKET_2}")
    attacker.execute("DROP INDEX ux_journal_entries_type_seq")
    attacker.execute("UPDATE journal_entries SET position = position + 100000 WHERE position > ?",
                     (position,))  # fmt: skip
    attacker.execute("UPDATE journal_entries SET position = position - 99999 WHERE position > ?",
                     (position,))  # fmt: skip
    attacker.execute(
        "INSERT INTO journal_entries (register, position, record_type, seq, at, format_version, "
        "payload, prev_hash, hash, signature, key_id, ticket_id) SELECT register, position + 1, "
        "record_type, seq + 1, at, format_version, payload, hash, hash, signature, key_id, "
        f"ticket_id FROM journal_entries WHERE position = {position}"
    )
    attacker.commit()
    report = broken(history)
    assert report.first_bad == "ticket n° 2 (caisse 01)"  # the copy inserted after ticket 2
    assert "empreinte invalide" in report.message or "chaînage" in report.message


@pytest.mark.parametrize("what", ["journal", "numbers"])
def test_two_records_swapped(
    history: ServiceContext, attacker: sqlite3.Connection, what: str
) -> None:
    if what == "journal":  # swap the two entries' places in the chain
        a = entry_position(attacker, "ticket_id = 1")
        b = entry_position(attacker, f"ticket_id = {TICKET_2}")
        attacker.execute("UPDATE journal_entries SET position = -1 WHERE position = ?", (a,))
        attacker.execute("UPDATE journal_entries SET position = ? WHERE position = ?", (a, b))
        attacker.execute("UPDATE journal_entries SET position = ? WHERE position = -1", (b,))
    else:  # swap the ticket numbers of tickets 1 and 2
        attacker.execute("UPDATE tickets SET number = -1 WHERE number = 1")
        attacker.execute("UPDATE tickets SET number = 1 WHERE number = 2")
        attacker.execute("UPDATE tickets SET number = 2 WHERE number = -1")
    attacker.commit()
    report = broken(history)
    assert report.first_bad in ("ticket n° 1 (caisse 01)", "ticket n° 2 (caisse 01)")


def test_a_copied_database_with_a_replaced_key(history: ServiceContext, tmp_path: Path) -> None:
    copy_dir = tmp_path / "copy"
    copy_dir.mkdir()
    copy = copy_dir / "cafe.db"
    with (
        closing(sqlite3.connect(history.db_path)) as source,
        source,
        closing(sqlite3.connect(copy)) as target,
        target,
    ):
        source.backup(target)
    write_key_file(copy.with_name("cafe.db.key"), generate_signer())
    copied = open_context(copy)
    report = verify_database(copied)
    # the journal itself is intact (checked with the public keys it carries); the key
    # file beside it is another café's: the till can't sell, and verify says so
    assert report.ok
    assert report.key_problem is not None
    assert "n'est pas celle de ce café" in report.key_problem
    # the original, with its own key, is intact
    assert verify_database(history).ok


def test_a_forger_with_a_new_key_is_caught(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    """Re-sealing a changed ticket with another key: the chain knows only its own keys."""
    forger = generate_signer()
    shutil.move(history.key_path, history.key_path.with_suffix(".stolen"))
    write_key_file(history.key_path, forger)
    attacker.execute(
        "INSERT INTO signing_keys (fingerprint, public_key, created_at) VALUES (?, ?, ?)",
        (forger.fingerprint, forger.public_hex, "2026-11-27 12:00:00.000000"),
    )
    prev, payload = attacker.execute(
        "SELECT prev_hash, payload FROM journal_entries WHERE ticket_id = 1"
    ).fetchone()
    forged = payload.replace('"operator":"Alice"', '"operator":"Bob"', 1)
    new_hash = hashlib.sha256(bytes.fromhex(prev) + forged.encode()).hexdigest()
    attacker.execute(
        "UPDATE journal_entries SET payload = ?, hash = ?, signature = ?, key_id = ? "
        "WHERE ticket_id = 1",
        (forged, new_hash, forger.sign(bytes.fromhex(new_hash)).hex(), forger.fingerprint),
    )
    attacker.execute("UPDATE tickets SET user_name = 'Bob' WHERE number = 1")
    attacker.commit()
    report = broken(history)
    assert report.first_bad == "ticket n° 1 (caisse 01)"
    assert "clé inconnue" in report.message


def test_verify_new_part_records_an_integrity_defect_once(
    history: ServiceContext, attacker: sqlite3.Connection
) -> None:
    assert verify_new_part(history).ok
    attacker.execute("UPDATE tickets SET total_cents = 1 WHERE number = 6")
    attacker.commit()
    for _ in range(2):
        report = verify_new_part(history)
        assert not report.ok and report.first_bad == "ticket n° 6 (caisse 01)"
    with closing(sqlite3.connect(history.db_path)) as conn, conn:
        rows = conn.execute("SELECT details FROM fiscal_events WHERE code = 90").fetchall()
    assert len(rows) == 1
    assert json.loads(rows[0][0])["first_bad"] == "ticket n° 6 (caisse 01)"


def test_verify_new_part_only_reads_since_the_last_closure(history: ServiceContext) -> None:
    report = verify_new_part(history)
    assert report.ok
    assert report.checked == 5  # the Z record, its closing event, three tickets of day 2
