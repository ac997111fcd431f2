"""Access and faults through the real ``cafe-pos`` program: every file holding the café's
data is created owner-only, any path works as a database (``?``, ``#``, a symbolic link),
spreadsheet formulas never leave in a CSV, and a full disk is said in French with
nothing half-written."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
SIRET = "88421573200022"
INIT = ("init", "--name", "Café de la Place", "--siret", SIRET, "--address", "4 place")
PRIVATE = 0o600


def run(db: Path, *args: str, when: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [str(CAFE_POS), "--db", str(db), *args]
    if when is not None:
        command = ["faketime", when, *command]
    env = os.environ | {"PYTHONWARNINGS": "ignore"}
    return subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(scope="module")
def october(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A café set up on 30 September, October simulated and closed (a month to archive);
    a product and a category whose names start like spreadsheet formulas."""
    folder = tmp_path_factory.mktemp("october")
    db = folder / "cafe.db"
    ok(run(db, *INIT, when="2026-09-30 08:00:00"))
    ok(
        run(db, "users", "add", "--name", "Camille", "--role", "manager", "--pin", "123456",
            when="2026-09-30 08:30:00")
    )  # fmt: skip
    catalogue = folder / "formulas.csv"
    catalogue.write_text(
        "nom;prix_ttc;tva_sur_place;tva_a_emporter;categorie\n"
        '"=HYPERLINK(""http://x"")";2,00;10;10;+Boissons\n'
        "@SUM(A1);1,50;10;10;-Snacks\n",
        encoding="utf-8",
    )
    ok(run(db, "catalogue", "import", str(catalogue), when="2026-09-30 09:00:00"))
    ok(run(db, "simulate", "--days", "2", "--start", "2026-10-30"))
    ok(run(db, "close", "--month", "2026-10", when="2026-11-01 09:00:00"))
    return db


def test_every_file_with_the_cafes_data_is_owner_only(october: Path, tmp_path: Path) -> None:
    db = october
    assert mode(db) == PRIVATE
    assert mode(db.with_name("cafe.db.key")) == PRIVATE
    outputs = tmp_path / "out"
    outputs.mkdir()
    ok(run(db, "export", "archive", "--period", "2026-10", "--out", str(outputs / "a.zip")))
    ok(run(db, "report", "z", "--date", "2026-10-30", "--pdf", str(outputs / "z.pdf")))
    ok(run(db, "receipt", "--ticket", "1", "--pdf", str(outputs / "t.pdf")))
    ok(run(db, "receipt", "--ticket", "1", "--out", str(outputs / "t.bin")))
    ok(run(db, "catalogue", "export", str(outputs / "catalogue.csv")))
    ok(
        run(db, "export", "accounting", "--from", "2026-10-01", "--to", "2026-10-31", "--out",
            str(outputs / "compta.csv"))
    )  # fmt: skip
    backups = tmp_path / "backups"
    backups.mkdir()
    ok(run(db, "backup", "--to", str(backups)))
    copy = tmp_path / "copy.db"
    shutil.copyfile(db, copy)
    shutil.copyfile(db.with_name("cafe.db.key"), tmp_path / "copy.db.key")
    (backup,) = backups.glob("*.db")
    ok(run(copy, "restore", "--from", str(backup)))
    (before_restore,) = tmp_path.glob("copy-avant-restauration-*.db")
    written = [*outputs.iterdir(), backup, *backups.glob("*.json"), before_restore]
    assert len(written) >= 9
    assert {path.name: mode(path) for path in written} == {path.name: PRIVATE for path in written}


def test_a_migrated_base_and_its_pre_migration_copy_are_owner_only(tmp_path: Path) -> None:
    """A base of an older schema (0644, as cafe-pos created them) is tightened when it is
    migrated, and the copy taken before the migration is owner-only."""
    db = tmp_path / "old.db"
    migrate = (
        "import sys; from pathlib import Path; from alembic import command; "
        "from cafe_pos.store.migrate import alembic_config; "
        "command.upgrade(alembic_config(Path(sys.argv[1])), '0002_fiscal_guards')"
    )
    subprocess.run([sys.executable, "-c", migrate, str(db)], check=True, timeout=120)
    db.chmod(0o644)
    ok(run(db, *INIT))
    (before,) = tmp_path.glob("old.db.before-*.bak")
    assert mode(before) == PRIVATE
    assert mode(db) == PRIVATE


def test_a_database_named_with_question_mark_and_hash_is_that_file(tmp_path: Path) -> None:
    db = tmp_path / "caf?x#1 %20.db"
    ok(run(db, *INIT, when="2026-09-30 08:00:00"))
    ok(run(db, "simulate", "--days", "1", "--start", "2026-10-01"))
    names = sorted(p.name for p in tmp_path.iterdir())
    # the base and its companions (key, high-water mark, single-writer lock): nothing
    # written to "caf" or to any other name
    assert "caf?x#1 %20.db" in names and "caf?x#1 %20.db.key" in names
    assert all(name.startswith("caf?x#1 %20.db") for name in names), names
    with closing(sqlite3.connect(db)) as conn, conn:
        assert conn.execute("SELECT count(*) FROM tickets").fetchone()[0] > 20
    assert "Journal intègre" in ok(run(db, "verify"))


def test_a_linked_base_finds_its_key_beside_the_real_file(october: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(october)
    out = ok(run(link, "verify"))
    assert "Journal intègre" in out and "Mais" not in out


def test_spreadsheet_formulas_are_neutralised_in_every_csv(october: Path, tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.csv"
    ok(run(october, "catalogue", "export", str(catalogue)))
    rows = list(csv.reader(io.StringIO(catalogue.read_text("utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://x")' in cells and "'@SUM(A1)" in cells
    assert "'+Boissons" in cells and "'-Snacks" in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@")]
    archive = tmp_path / "a.zip"
    ok(run(october, "export", "archive", "--period", "2026-10", "--out", str(archive)))
    with zipfile.ZipFile(archive) as content:
        lines = content.read("ticket_lines.csv").decode("utf-8")
        journal = content.read("journal.jsonl").decode("utf-8")
    assert "'=HYPERLINK" in lines or "'@SUM(A1)" in lines or "'+Boissons" in lines
    assert not [
        cell
        for row in csv.reader(io.StringIO(lines))
        for cell in row
        if cell[:1] in ("=", "+", "@")
    ]
    assert "@SUM(A1)" in journal or "=HYPERLINK" in journal  # the signed JSON keeps the truth
    assert "Archive intègre" in ok(run(october, "verify", "--archive", str(archive)))


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1.6 MB disk (tmpfs): needs root and mount, as in CI; skipped elsewhere."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1600k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail("CI must be able to mount a tmpfs (runs as root)")
        pytest.skip("mounting a small disk needs root")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(path: Path) -> Path:
    """Write ``path`` until the disk is full (unbuffered); return it."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096) > 0:
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    return path


def test_a_full_disk_is_said_in_french_and_nothing_is_half_written(
    october: Path, tiny_disk: Path
) -> None:
    db = tiny_disk / "cafe.db"
    shutil.copyfile(october, db)
    shutil.copyfile(october.with_name("cafe.db.key"), tiny_disk / "cafe.db.key")
    before = ok(run(db, "verify")).splitlines()[-1]
    # (other tests exported from this base today: the journal's last record is today)
    result = run(db, "simulate", "--days", "40", "--start", dt.date.today().isoformat())
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Le disque est plein" in lines[0], result.stderr
    assert "disk" not in lines[0] and "sqlalche" not in lines[0]
    filler = _fill(tiny_disk / "filler")  # whatever the failed run left free is taken too
    archive = run(db, "export", "archive", "--period", "2026-10", "--out", str(tiny_disk / "a.zip"))
    assert archive.returncode == 2 and "disque est plein" in archive.stderr, archive.stderr
    assert len(archive.stderr.strip().splitlines()) == 1
    filler.unlink()
    names = sorted(path.name for path in tiny_disk.iterdir())
    assert not [name for name in names if name.endswith((".tmp", ".part", ".zip"))], names
    after = ok(run(db, "verify")).splitlines()[-1]
    assert after.startswith("Journal intègre"), after
    assert before.startswith("Journal intègre")


def test_verify_checks_a_base_in_a_read_only_folder(october: Path, tmp_path: Path) -> None:
    """An auditor's copy on a read-only share: SQLite can't create the WAL index there,
    verify still reads the journal (and writes nothing)."""
    source = tmp_path / "copy"
    source.mkdir()
    shutil.copyfile(october, source / "cafe.db")
    shutil.copyfile(october.with_name("cafe.db.key"), source / "cafe.db.key")
    share = tmp_path / "share"
    share.mkdir()
    bound = subprocess.run(["mount", "--bind", str(source), str(share)], capture_output=True)
    if bound.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail("CI must be able to bind-mount a folder (runs as root)")
        pytest.skip("a read-only mount needs root")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(share)], check=True)
        out = ok(run(share / "cafe.db", "verify"))
        assert "Journal intègre" in out
        assert sorted(p.name for p in share.iterdir()) == ["cafe.db", "cafe.db.key"]
    finally:
        subprocess.run(["umount", "-l", str(share)], check=False)
