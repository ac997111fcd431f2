"""The real ``cafe-pos`` console script: init, users, catalogue, backup, restore, bad input.

Every refusal must be one French line on stderr, exit code 2, and leave the database
byte-for-byte unchanged (checked by hashing the files before and after).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
SIRET = "88421573200022"
INIT = ["init", "--name", "Café de la Place", "--siret", SIRET, "--address", "4 place de l'Église"]


def run(db: Path | None, *args: str) -> subprocess.CompletedProcess[str]:
    command = [str(CAFE_POS)] + (["--db", str(db)] if db is not None else []) + list(args)
    env = os.environ | {"PYTHONWARNINGS": "ignore"}
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)


def snapshot(db: Path) -> dict[str, str]:
    """Hash of the database's content: the main file and a non-empty write-ahead log
    (SQLite may leave an empty WAL or a shared-memory index behind a mere read)."""
    files = [db, db.with_name(db.name + "-wal")]
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in files
        if path.exists() and path.stat().st_size > 0
    }


def assert_refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("cafe-pos : ") and message in lines[0], lines[0]


@pytest.fixture(scope="module")
def cafe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database after init and a first manager (module-wide: copied by tests that write)."""
    db = tmp_path_factory.mktemp("cafe") / "cafe.db"
    assert run(db, *INIT).returncode == 0
    assert (
        run(
            db, "users", "add", "--name", "Camille", "--role", "manager", "--pin", "123456"
        ).returncode
        == 0
    )
    return db


@pytest.fixture
def copy_of_cafe(cafe: Path, tmp_path: Path) -> Path:
    db = tmp_path / "cafe.db"
    with (
        closing(sqlite3.connect(cafe)) as source,
        source,
        closing(sqlite3.connect(db)) as target,
        target,
    ):
        source.backup(target)
    key = cafe.with_name(cafe.name + ".key")
    if key.exists():
        db.with_name(db.name + ".key").write_bytes(key.read_bytes())
    return db


def test_init_creates_the_database_and_explains_the_next_step(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    result = run(db, *INIT, "--vat-number", "FR42884215732")
    assert result.returncode == 0, result.stderr
    assert f"SIRET {SIRET}" in result.stdout
    assert "users add --name NOM --role manager" in result.stdout
    assert not db.with_name("new.db-wal").exists()  # left as one clean file
    staff_first = run(db, "users", "add", "--name", "Léo", "--pin", "0000")
    assert_refused(staff_first, "Le premier compte doit être gérant·e")
    assert (
        run(
            db, "users", "add", "--name", "Camille", "--role", "manager", "--pin", "123456"
        ).returncode
        == 0
    )
    assert run(db, "users", "add", "--name", "Léo", "--pin", "0000").returncode == 0
    assert run(db, "users", "reset-pin", "--name", "léo", "--pin", "2468").returncode == 0
    listing = run(db, "users", "list").stdout
    assert "Camille" in listing and "Gérant·e" in listing and "Léo" in listing
    # naming Léo manager takes a new 6-digit PIN (a manager approves refunds, discounts)
    assert_refused(run(db, "users", "set-role", "--name", "Léo", "--role", "manager"), "6 chiffres")
    promoted = run(db, "users", "set-role", "--name", "léo", "--role", "manager", "--pin", "246813")
    assert promoted.returncode == 0, promoted.stderr
    assert "Rôle de Léo : Gérant·e" in promoted.stdout
    leo_line = next(line for line in run(db, "users", "list").stdout.splitlines() if "Léo" in line)
    assert "Gérant·e" in leo_line


def test_catalogue_import_and_export(copy_of_cafe: Path, tmp_path: Path) -> None:
    demo_csv = Path(__file__).resolve().parents[2] / "assets" / "demo" / "catalogue.csv"
    result = run(copy_of_cafe, "catalogue", "import", str(demo_csv))
    assert result.returncode == 0, result.stderr
    assert "0 lignes refusées" in result.stdout
    out = tmp_path / "export.csv"
    exported = run(copy_of_cafe, "catalogue", "export", str(out))
    assert exported.returncode == 0 and "produits exportés" in exported.stdout
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == len(
        demo_csv.read_text(encoding="utf-8-sig").splitlines()
    )


def test_csv_with_broken_lines_imports_the_good_ones(copy_of_cafe: Path, tmp_path: Path) -> None:
    csv_file = tmp_path / "livraison.csv"
    csv_file.write_text(
        "nom;prix_ttc;tva_sur_place;tva_a_emporter;codes_barres\n"
        "Café moulu 250 g;4,20;5,5;5,5;3760012300419\n"
        "Farine;1,3O;5,5;5,5;\n"
        "Sucre;2,10;5,5;5,5;3760012300410\n"
        "Riz;99999;5,5;5,5;\n",
        encoding="utf-8",
    )
    result = run(copy_of_cafe, "catalogue", "import", str(csv_file))
    assert result.returncode == 1
    assert "1 créés" in result.stdout
    assert "ligne 3 : Montant invalide" in result.stdout
    assert "ligne 4 : Code-barres invalide" in result.stdout
    assert "ligne 5 : Prix invalide" in result.stdout


def test_backup_and_restore(copy_of_cafe: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    result = run(copy_of_cafe, "backup", "--to", str(folder))
    assert result.returncode == 0, result.stderr
    (backup,) = folder.glob("cafe-*.db")
    with closing(sqlite3.connect(backup)) as conn, conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT name FROM users").fetchall() == [("Camille",)]
    assert not list(folder.glob("*-wal"))
    # The signing key never travels in clear: no key file beside the backup, and without
    # a recovery passphrase the manifest holds only the key's fingerprint.
    assert not backup.with_name(backup.name + ".key").exists()
    manifest = json.loads(backup.with_name(backup.name + ".json").read_text())
    assert manifest["key"]["mode"] == "absent" and "PRIVATE" not in json.dumps(manifest)
    assert manifest["cafe"]["siret"] and manifest["chain"]["heads"][0]["position"] > 0
    assert backup.with_name(backup.name + ".json").stat().st_mode & 0o777 == 0o600

    assert run(copy_of_cafe, "users", "add", "--name", "Zoé", "--pin", "5555").returncode == 0
    restored = run(copy_of_cafe, "restore", "--from", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "Zoé" not in run(copy_of_cafe, "users", "list").stdout
    (previous,) = tmp_path.glob("cafe-avant-restauration-*.db")
    with closing(sqlite3.connect(previous)) as conn, conn:
        assert ("Zoé",) in conn.execute("SELECT name FROM users").fetchall()
    # The restored café's journal verifies with its key.
    assert run(copy_of_cafe, "verify").returncode == 0


def _not_sqlite(db: Path) -> None:
    db.write_text("Ceci est une liste de courses, pas une base.\n")


def _future_schema(db: Path) -> None:
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()


def _read_only(db: Path) -> None:
    db.chmod(0o444)


@pytest.mark.parametrize(
    ("prepare", "args", "message"),
    [
        (_not_sqlite, INIT, "n'est pas une base de données cafe-pos"),
        (_future_schema, ["users", "list"], "version plus récente de cafe-pos"),
        (_read_only, ["users", "add", "--name", "Léo", "--pin", "0000"], "lecture seule"),
        (
            None,
            ["init", "--name", "X", "--siret", "88421573200023", "--address", "Y"],
            "SIRET invalide",
        ),
        (None, [*INIT, "--vat-number", "FR43884215732"], "Numéro de TVA invalide"),
        (None, ["users", "add", "--name", "Léo", "--pin", "12"], "4 à 6 chiffres"),
        (None, ["users", "add", "--name", "camille", "--pin", "1111"], "s'appelle déjà Camille"),
        (
            None,
            ["users", "reset-pin", "--name", "Personne", "--pin", "1111"],
            "Utilisateur inconnu",
        ),
        (None, ["backup", "--to", "/nonexistent/usb"], "dossier de sauvegarde n'existe pas"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    copy_of_cafe: Path,
    prepare: Callable[[Path], None] | None,
    args: list[str],
    message: str,
) -> None:
    if prepare is not None:
        prepare(copy_of_cafe)
    before = snapshot(copy_of_cafe)
    assert_refused(run(copy_of_cafe, *args), message)
    assert snapshot(copy_of_cafe) == before


def test_files_that_are_not_a_catalogue_or_a_backup(copy_of_cafe: Path, tmp_path: Path) -> None:
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    wrong_header = tmp_path / "compta.csv"
    wrong_header.write_text("date;libelle;montant\n2026-11-26;Loyer;650,00\n", encoding="utf-8")
    before = snapshot(copy_of_cafe)
    assert_refused(run(copy_of_cafe, "catalogue", "import", str(binary)), "pas un fichier CSV")
    assert_refused(
        run(copy_of_cafe, "catalogue", "import", str(wrong_header)), "pas un catalogue cafe-pos"
    )
    assert_refused(run(copy_of_cafe, "restore", "--from", str(binary)), "pas une base de données")
    empty_sqlite = tmp_path / "vide.db"
    sqlite3.connect(empty_sqlite).execute("CREATE TABLE t (x)").connection.close()
    assert_refused(run(copy_of_cafe, "restore", "--from", str(empty_sqlite)), "pas une sauvegarde")
    assert snapshot(copy_of_cafe) == before
    assert not list(tmp_path.glob("cafe-avant-restauration-*"))


def test_a_missing_folder_or_database_is_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "absent" / "cafe.db"
    assert_refused(run(missing, *INIT), "dossier de la base de données n'existe pas")
    assert not missing.parent.exists()
    not_yet = tmp_path / "cafe.db"
    assert_refused(run(not_yet, "users", "list"), "introuvable")
    assert not not_yet.exists()


def test_restore_refuses_a_backup_from_a_newer_version(copy_of_cafe: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    with (
        closing(sqlite3.connect(copy_of_cafe)) as source,
        source,
        closing(sqlite3.connect(newer)) as target,
        target,
    ):
        source.backup(target)
    _future_schema(newer)
    before = snapshot(copy_of_cafe)
    assert_refused(run(copy_of_cafe, "restore", "--from", str(newer)), "plus récente")
    assert snapshot(copy_of_cafe) == before
