"""Restores through the real services: a backup restored on a fresh path signs on with the
café's key (opened with the recovery passphrase), the sealed key is useless without it, a
tampered backup is refused naming the record, an older backup says what it would discard,
and a backup without its key starts a new key only when asked, visibly."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from fiscal_factory import COFFEE, sell

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Role
from cafe_pos.fiscal.key_escrow import SealedKey, WrongPassphrase, unseal
from cafe_pos.fiscal.verify import check_database
from cafe_pos.services import backups
from cafe_pos.services.restore import NeedPassphrase, preview_backup, restore_backup
from cafe_pos.store.backup_targets import Destination
from cafe_pos.store.engine import StoreError

PHRASE = "cheval agrafe pile correcte"
NOW = dt.datetime(2026, 11, 27, 23, 0)


def _backup(ctx: ServiceContext, folder: Path, now: dt.datetime = NOW) -> Path:
    folder.mkdir(exist_ok=True)
    run = backups.run_backup(
        ctx.db_path, [Destination("folder", str(folder))], now=now, reason="hour"
    )
    assert run.ok, run.results
    return Path(run.results[0].file)


@pytest.fixture
def sealed_backup(cafe: ServiceContext, manager: Actor, tmp_path: Path) -> Path:
    backups.set_recovery_passphrase(cafe, manager, PHRASE)
    return _backup(cafe, tmp_path / "usb")


def test_the_key_in_a_backup_is_useless_without_the_passphrase(
    cafe: ServiceContext, sealed_backup: Path
) -> None:
    manifest = json.loads(sealed_backup.with_name(sealed_backup.name + ".json").read_text())
    assert manifest["key"]["mode"] == "sealed"
    sealed = SealedKey.from_json(manifest["key"]["sealed"])
    assert "ENCRYPTED PRIVATE KEY" in sealed.pem
    with pytest.raises(TypeError):  # the PEM is encrypted: no password, no key
        serialization.load_pem_private_key(sealed.pem.encode(), password=None)
    with pytest.raises(ValueError):  # nor with the passphrase itself (it is stretched first)
        serialization.load_pem_private_key(sealed.pem.encode(), password=PHRASE.encode())
    with pytest.raises(WrongPassphrase):
        unseal(sealed, "not the passphrase at all")
    assert unseal(sealed, PHRASE).fingerprint == manifest["key"]["fingerprint"]
    assert not list(sealed_backup.parent.glob("*.key"))


def test_a_backup_restored_on_a_new_pc_signs_on(
    cafe: ServiceContext, sealed_backup: Path, tmp_path: Path, clock: FixedClock
) -> None:
    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    db = new_pc / "cafe.db"
    preview = preview_backup(db, sealed_backup)
    assert preview.chain_ok and preview.needs_passphrase and not preview.older
    assert preview.cafe_name == "Café de la Place" and preview.last_ticket_number == 8
    with pytest.raises(NeedPassphrase):
        restore_backup(db, sealed_backup, clock=clock, open_context=open_context)
    with pytest.raises(WrongPassphrase):
        restore_backup(
            db, sealed_backup, clock=clock, open_context=open_context, passphrase="wrong one!!!!"
        )
    assert not db.exists()  # nothing written while the key could not be opened
    result = restore_backup(
        db, sealed_backup, clock=clock, open_context=open_context, passphrase=PHRASE
    )
    assert result.set_aside is None and result.new_key is None
    restored = open_context(db, clock=clock)
    number, _seal = sell(restored, [COFFEE])
    assert number == 9  # numbering continues
    report = check_database(db, restored.key_path)
    assert report.ok, report.message
    assert report.key_problem is None
    assert report.keys == check_database(cafe.db_path, cafe.key_path).keys  # same key
    restored.uow.engine.dispose()


def test_a_tampered_backup_is_refused_naming_the_record(
    cafe: ServiceContext, sealed_backup: Path, tmp_path: Path, clock: FixedClock
) -> None:
    tampered = tmp_path / "usb" / "cafe-2026-11-27_230000-x.db"
    tampered.write_bytes(sealed_backup.read_bytes())
    with closing(sqlite3.connect(tampered)) as conn, conn:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='ticket_lines'"
        ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        ticket_id = conn.execute("SELECT id FROM tickets WHERE number = 3").fetchone()[0]
        conn.execute(
            "UPDATE ticket_lines SET label = 'Eau' WHERE ticket_id = ? AND position = 1",
            (ticket_id,),
        )
    conn.close()
    preview = preview_backup(cafe.db_path, tampered)
    assert not preview.chain_ok
    assert preview.first_bad == "ticket n° 3 (caisse 01)", preview.chain_message
    before = cafe.db_path.read_bytes()
    with pytest.raises(StoreError, match=r"ticket n° 3"):
        restore_backup(
            cafe.db_path, tampered, clock=clock, open_context=open_context, passphrase=PHRASE
        )
    assert cafe.db_path.read_bytes() == before


def test_a_backup_file_changed_after_writing_is_refused(
    cafe: ServiceContext, sealed_backup: Path
) -> None:
    with closing(sqlite3.connect(sealed_backup)) as conn, conn:  # outside the journal: a user's row
        conn.execute("UPDATE cafe_identity SET address = 'ailleurs'")
    conn.close()
    preview = preview_backup(cafe.db_path, sealed_backup)
    assert not preview.chain_ok and "modifié après la sauvegarde" in preview.chain_message


def test_an_older_backup_says_how_much_would_be_lost(
    cafe: ServiceContext, sealed_backup: Path, clock: FixedClock, manager: Actor
) -> None:
    for _ in range(3):
        sell(cafe, [COFFEE])
    preview = preview_backup(cafe.db_path, sealed_backup)
    assert preview.older and preview.records_lost == 3 and preview.tickets_lost == 3
    assert preview.key_mode == "local"  # this PC has the café's key: no passphrase
    assert any("3 enregistrement(s) et 3 ticket(s) seraient écartés" in x for x in preview.lines())
    cafe.uow.engine.dispose()
    with pytest.raises(UserError, match="un·e gérant·e doit valider"):
        restore_backup(cafe.db_path, sealed_backup, clock=clock, open_context=open_context)
    with pytest.raises(UserError):
        restore_backup(
            cafe.db_path, sealed_backup, clock=clock, open_context=open_context,
            approver=Actor(None, "Paul", Role.STAFF),
        )  # fmt: skip
    result = restore_backup(
        cafe.db_path, sealed_backup, clock=clock, open_context=open_context, approver=manager
    )
    assert result.set_aside is not None and result.set_aside.exists()
    assert result.discarded is not None and result.discarded.last_ticket_number == 11
    with (
        closing(sqlite3.connect(cafe.db_path)) as conn,
        conn,
    ):  # the sale writer continues after n° 11
        details = conn.execute("SELECT details FROM fiscal_events WHERE code = 912").fetchone()
    conn.close()
    assert json.loads(details[0])["last_ticket_number"] == 11
    report = check_database(cafe.db_path, cafe.key_path)
    assert report.ok and any("restauration du" in w for w in report.warnings)


def test_a_backup_without_its_key_starts_a_new_key_only_when_asked(
    cafe: ServiceContext, tmp_path: Path, clock: FixedClock
) -> None:
    plain = _backup(cafe, tmp_path / "usb")  # no passphrase was ever chosen
    db = tmp_path / "new-pc.db"
    preview = preview_backup(db, plain)
    assert preview.key_mode == "absent"
    with pytest.raises(Exception, match="--new-key"):
        restore_backup(db, plain, clock=clock, open_context=open_context)
    assert not db.exists()
    result = restore_backup(db, plain, clock=clock, open_context=open_context, new_key=True)
    assert result.new_key is not None
    ctx = open_context(db, clock=clock)
    sell(ctx, [COFFEE])
    report = check_database(db, ctx.key_path)
    # recorded and reported, never silent: the key change was not signed by the old key
    assert not report.ok and "changement de clé" in report.message
    ctx.uow.engine.dispose()
