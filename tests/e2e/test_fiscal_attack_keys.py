"""Attacks on the signing keys, through the real program and the real database file
(issue 12, attacks 1 and 2): a forged archive re-signed with a new key, and history
rewritten behind a key change the previous key did not sign."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from fiscal_attacks import drop_guards, new_cafe, ok, ok_at, run, verify


def _fingerprint(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn, conn:
        return str(conn.execute("SELECT fingerprint FROM signing_keys").fetchone()[0])


def test_a_key_change_after_a_cut_with_a_forged_marker_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    with closing(sqlite3.connect(db)) as conn, conn:
        drop_guards(conn)
        cut = 50
        conn.execute("DELETE FROM journal_entries WHERE position > ?", (cut,))
        last = conn.execute("SELECT hash FROM journal_entries WHERE position = ?", (cut,))
        conn.execute("UPDATE chain_head SET position = ?, hash = ?", (cut, last.fetchone()[0]))
    Path(f"{db}.key").unlink()
    refused = run("--db", str(db), "key", "replace", "--reason", "disque changé")
    assert refused.returncode == 2
    lines = refused.stderr.strip().splitlines()
    assert lines[0].startswith("Attention : protections du journal")  # recreated at start
    assert "marqueur de fin du journal" in lines[-1] and "Traceback" not in refused.stderr


def test_history_rewritten_behind_an_unendorsed_key_change_is_a_break(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    backups = tmp_path / "sauvegardes"
    backups.mkdir()
    ok_at("2025-03-01 23:30:00", "--db", str(db), "backup", "--to", str(backups))
    [old_copy] = backups.glob("*.db")
    ok("--db", str(db), "simulate", "--days", "1")  # a whole day of sales...
    # ...replaced: the old base put back by hand (marker validly signed by the old key),
    # the key file deleted, a key change recorded, another day sold.
    shutil.copyfile(old_copy, db)
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    Path(f"{db}.key").unlink()
    Path(f"{db}.hwm").unlink(missing_ok=True)
    ok_at("2025-03-01 23:45:00", "--db", str(db), "key", "replace", "--reason", "clé perdue")
    ok("--db", str(db), "simulate", "--days", "1")

    checked = verify(db)
    assert checked.returncode == 1, checked.stdout
    assert "non validé par l'ancienne clé" in checked.stdout
    assert "Premier enregistrement en défaut : événement" in checked.stdout
    assert "code 907" in checked.stdout
    # the reports say it too (Z, X, month: the notes printed on the PDF)
    x = json.loads(ok("--db", str(db), "report", "x", "--json").stdout)
    assert any("rupture de la chaîne des clés" in note for note in x["notes"]), x["notes"]


def test_an_endorsed_key_change_still_verifies(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    old = _fingerprint(db)
    changed = ok_at(
        "2025-03-01 23:45:00", "--db", str(db), "key", "replace", "--reason", "clé exposée"
    )
    assert "Nouvelle clé de signature" in changed.stdout
    ok("--db", str(db), "simulate", "--days", "1")
    checked = verify(db)
    assert checked.returncode == 0, checked.stdout
    assert old in checked.stdout  # the fingerprints are shown
