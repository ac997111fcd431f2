"""Attack 6 of issue 12: an export journaled without its file. Through the real program:
the accounting export and the archive are journaled (events 110, 20) only once their
file is completely written; a folder, a missing folder or a device node is refused and
nothing is journaled (and the device node is left as it is)."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from fiscal_attacks import new_cafe, ok, run


def _events(db: Path, code: int) -> int:
    with closing(sqlite3.connect(db)) as conn, conn:
        return int(
            conn.execute("SELECT count(*) FROM fiscal_events WHERE code = ?", (code,)).fetchone()[0]
        )


@pytest.fixture(scope="module")
def cafe(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("export") / "cafe.db"
    new_cafe(db, days=1)
    ok("--db", str(db), "close", "--month", "2025-03")
    return db


def _accounting(db: Path, out: Path) -> tuple[int, str]:
    done = run("--db", str(db), "export", "accounting", "--from", "2025-03-01", "--to",
               "2025-03-01", "--out", str(out))  # fmt: skip
    return done.returncode, done.stderr


def _archive(db: Path, out: Path) -> tuple[int, str]:
    done = run("--db", str(db), "export", "archive", "--period", "2025-03", "--out", str(out))
    return done.returncode, done.stderr


@pytest.mark.parametrize(("export", "code"), [(_accounting, 110), (_archive, 20)])
def test_an_export_that_cannot_be_written_is_not_journaled(
    cafe: Path, tmp_path: Path, export: object, code: int
) -> None:
    assert callable(export)
    before = _events(cafe, code)
    folder = tmp_path / "dossier"
    folder.mkdir()
    for bad in (folder, tmp_path / "absent" / "x.csv"):
        returncode, stderr = export(cafe, bad)
        assert returncode == 2, stderr
        assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr
        assert _events(cafe, code) == before
    assert list(folder.iterdir()) == [] and not list(tmp_path.glob("*.tmp"))
    good = tmp_path / "export.out"
    returncode, stderr = export(cafe, good)
    assert returncode == 0, stderr
    assert good.stat().st_size > 0 and _events(cafe, code) == before + 1


@pytest.mark.skipif(os.geteuid() != 0, reason="creating a device node needs root")
@pytest.mark.parametrize("export", [_accounting, _archive])
def test_a_device_node_is_refused_and_left_alone(
    cafe: Path, tmp_path: Path, export: object
) -> None:
    assert callable(export)
    full = tmp_path / "full"  # the same device as /dev/full, in a scratch folder
    os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    before = (_events(cafe, 110), _events(cafe, 20))
    returncode, stderr = export(cafe, full)
    assert returncode == 2 and "n'est pas un fichier ordinaire" in stderr
    assert stat.S_ISCHR(full.stat().st_mode)
    assert (_events(cafe, 110), _events(cafe, 20)) == before
