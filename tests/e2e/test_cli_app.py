"""`cafe-pos` and `cafe-pos demo` through the real console script (offscreen Qt)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
READY = re.compile(r"^prêt à vendre en \d+\.\d\d s$", re.MULTILINE)


def run(*args: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp)}
    return subprocess.run(
        [str(CAFE_POS), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cafe_pos.demo import create_demo_database

    path = tmp_path_factory.mktemp("app") / "cafe.db"
    ctx = create_demo_database(path)
    ctx.uow.engine.dispose()
    return path


def test_smoke_start_on_an_existing_cafe_prints_the_start_up_time(
    demo_db: Path, tmp_path: Path
) -> None:
    done = run("--db", str(demo_db), "--smoke", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert READY.search(done.stdout), done.stdout
    assert "Traceback" not in done.stderr


def test_smoke_start_in_english(demo_db: Path, tmp_path: Path) -> None:
    done = run("--db", str(demo_db), "--lang", "en", "--smoke", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert READY.search(done.stdout)


def test_demo_smoke_starts_and_leaves_no_temporary_database(tmp_path: Path) -> None:
    done = run("demo", "--smoke", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    assert READY.search(done.stdout)
    assert not list(tmp_path.glob("cafe-pos-demo-*"))


def test_missing_database_says_to_run_init_and_creates_nothing(tmp_path: Path) -> None:
    db = tmp_path / "nowhere.db"
    done = run("--db", str(db), "--smoke", tmp=tmp_path)
    assert done.returncode == 2
    assert "cafe-pos init" in done.stderr and "cafe-pos demo" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not db.exists()


def test_database_without_identity_says_to_run_init(tmp_path: Path) -> None:
    from cafe_pos.app import open_context

    db = tmp_path / "cafe.db"
    open_context(db).uow.engine.dispose()
    done = run("--db", str(db), "--smoke", tmp=tmp_path)
    assert done.returncode == 2
    assert "identité du café" in done.stderr and "cafe-pos init" in done.stderr
    assert "Traceback" not in done.stderr


def test_smoke_start_does_not_load_the_slow_libraries(demo_db: Path) -> None:
    code = (
        "import sys, runpy\n"
        "sys.argv = ['cafe-pos', '--db', sys.argv[1], '--smoke']\n"
        "try:\n"
        "    runpy.run_module('cafe_pos', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "slow = [m for m in ('reportlab', 'escpos', 'alembic', 'httpx') if m in sys.modules]\n"
        "print('slow:', ','.join(slow))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code, str(demo_db)], env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert "slow: \n" in done.stdout or done.stdout.rstrip().endswith("slow:"), done.stdout


def test_no_screen_is_one_french_line_not_a_qt_abort(demo_db: Path, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    before = demo_db.read_bytes()
    done = subprocess.run(
        [str(CAFE_POS), "--db", str(demo_db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "Aucun écran graphique" in done.stderr and "xvfb-run" in done.stderr
    assert demo_db.read_bytes() == before


def test_training_mode_is_journaled_and_shown(demo_db: Path, tmp_path: Path) -> None:
    """`cafe-pos --training` starts with the training banner; the journal says it was on."""
    import sqlite3

    done = run("--db", str(demo_db), "--training", "--smoke", tmp=tmp_path)
    assert done.returncode == 0, done.stderr
    with closing(sqlite3.connect(demo_db)) as conn, conn:
        codes = [row[0] for row in conn.execute("SELECT code FROM fiscal_events")]
    conn.close()
    assert 910 in codes


def test_training_window_shows_the_banner(qtbot: QtBot, demo_db: Path, tmp_path: Path) -> None:
    import shutil

    from cafe_pos.app import open_context
    from cafe_pos.ui.qt_app import build_window, first_manager

    copy = tmp_path / "cafe.db"
    shutil.copy(demo_db, copy)
    shutil.copy(demo_db.with_name(demo_db.name + ".key"), copy.with_name(copy.name + ".key"))
    ctx = open_context(copy)
    ctx.training = True
    window = build_window(ctx, demo=False, lang="fr", actor=first_manager(ctx))
    qtbot.addWidget(window)
    window.show()
    assert window.training_banner.isVisible()
    assert "MODE FORMATION" in window.training_banner.text()
