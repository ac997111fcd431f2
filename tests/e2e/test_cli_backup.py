"""The real ``cafe-pos`` program for backups: a passphrase set from stdin, a backup whose
key is sealed, a restore on a new PC (``--db NEWPATH``) that asks for the passphrase and
signs on, a tampered backup refused (exit 1) naming the record, the recovery sheet PDF,
and ``backup --auto`` to the destinations chosen in Réglages."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
PHRASE = "marmotte vélo citron orage"


def run(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CAFE_POS), "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        input=stdin,
        env=os.environ | {"PYTHONWARNINGS": "ignore"},
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def cafe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("till") / "cafe.db"
    ok(
        run(
            db,
            "init",
            "--name",
            "Café du Lavoir",
            "--siret",
            "88421573200022",
            "--address",
            "2 rue",
        )
    )
    ok(run(db, "users", "add", "--name", "Camille", "--role", "manager", "--pin", "123456"))
    ok(run(db, "simulate", "--days", "2", "--seed", "3"))
    return db


def test_restore_yesterdays_backup_on_a_new_pc(cafe: Path, tmp_path: Path) -> None:
    short = run(cafe, "backup", "--set-passphrase", stdin="trop court\n")
    assert short.returncode == 2 and "au moins 12 caractères" in short.stderr
    assert "protégée" in ok(run(cafe, "backup", "--set-passphrase", stdin=PHRASE + "\n"))
    usb = tmp_path / "usb"
    usb.mkdir()
    out = ok(run(cafe, "backup", "--to", str(usb)))
    assert "vérifiée" in out and "Attention" not in out
    (backup,) = usb.glob("cafe-*.db")
    assert sorted(p.name for p in usb.iterdir()) == [backup.name, backup.name + ".json"]

    new_pc = tmp_path / "new-pc"
    new_pc.mkdir()
    db = new_pc / "cafe.db"
    checked = ok(run(db, "restore", "--from", str(backup), "--check"))
    assert "Café : Café du Lavoir (SIRET 88421573200022" in checked
    assert "Dernière clôture : Z du " in checked and "Dernier ticket : n° " in checked
    assert "la phrase de secours sera demandée" in checked and not db.exists()
    wrong = run(db, "restore", "--from", str(backup), stdin="pas la bonne phrase\n")
    assert wrong.returncode == 2 and "Phrase de secours incorrecte" in wrong.stderr
    assert not db.exists()
    restored = ok(run(db, "restore", "--from", str(backup), stdin=PHRASE + "\n"))
    assert f"Sauvegarde restaurée dans {db}" in restored
    # selling again on the new PC: the next day's sales are sealed with the café's key
    ok(run(db, "simulate", "--days", "1", "--seed", "4"))
    verified = run(db, "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    key_line = [x for x in verified.stdout.splitlines() if x.startswith("Clé(s)")]
    original = [x for x in ok(run(cafe, "verify")).splitlines() if x.startswith("Clé(s)")]
    assert key_line == original  # the same key: no key change


def test_a_tampered_backup_is_refused_by_the_command(cafe: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    ok(run(cafe, "backup", "--to", str(usb)))
    (backup,) = usb.glob("cafe-*.db")
    with closing(sqlite3.connect(backup)) as conn, conn:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='payments'"
        ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(
            "UPDATE payments SET method = 'card' WHERE method = 'cash' AND ticket_id = "
            "(SELECT min(ticket_id) FROM payments WHERE method = 'cash')"
        )
    conn.close()
    copy = tmp_path / "copy.db"
    copy.write_bytes(cafe.read_bytes())
    before = copy.read_bytes()
    refused = run(copy, "restore", "--from", str(backup))
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "Sauvegarde refusée" in refused.stderr and "ticket n°" in refused.stderr
    assert copy.read_bytes() == before


def test_recovery_sheet_and_automatic_backup(cafe: Path, tmp_path: Path) -> None:
    sheet = tmp_path / "fiche.pdf"
    ok(run(cafe, "backup", "--recovery-sheet", str(sheet), "--generate"))
    text = subprocess.run(
        ["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Fiche de secours des sauvegardes" in text and "Café du Lavoir" in text
    phrase = next(line for line in text.splitlines() if line.count("-") == 5 and len(line) == 29)
    assert sheet.stat().st_mode & 0o777 == 0o600
    none = run(cafe, "backup", "--auto")
    assert none.returncode == 1 and "Aucune destination" in none.stdout
    assert phrase  # the generated passphrase is printed once, on the sheet
