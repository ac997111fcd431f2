"""``--config PATH`` (design.md's command line): the till uses the database its settings
file names. Before session 8 the option was accepted and ignored, so a café whose database
lives on another disk would have sold into a new, empty one in the user's folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CAFE_POS = Path(sys.executable).with_name("cafe-pos")


def _run(*args: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    return subprocess.run(
        [str(CAFE_POS), *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_the_database_named_by_the_settings_file_is_used(tmp_path: Path) -> None:
    disk = tmp_path / "disque-caisse"
    disk.mkdir()
    home = tmp_path / "home"
    home.mkdir()
    made = _run(
        "--db", str(disk / "cafe.db"), "init", "--name", "Le Relais", "--siret",
        "88421573200022", "--address", "2 place", cwd=tmp_path, home=home,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    settings = disk / "caisse.toml"
    settings.write_text('db = "cafe.db"  # beside this file\nlang = "en"\n', encoding="utf-8")

    checked = _run("--config", str(settings), "verify", cwd=home, home=home)
    assert checked.returncode == 0, checked.stderr
    assert "Journal intègre" in checked.stdout
    assert not (home / "data" / "cafe-pos" / "cafe.db").exists()  # not the default one

    # the command line's own --db still wins over the file
    other = _run(
        "--config", str(settings), "--db", str(tmp_path / "absent.db"), "verify",
        cwd=home, home=home,
    )  # fmt: skip
    assert other.returncode == 2 and "absent.db" in other.stderr
