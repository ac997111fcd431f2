"""What a start of the desktop app loads before it says "prêt à vendre": the sale screen
and what it reads, not the write side of the sale, the closing, the bread, stock or HQ
modules (they are imported while the till waits for its first customer, or at first use).

The start-up benchmark (tests/benchmarks/bench_startup.py) measures the time; this test
keeps the reason of the time from coming back unnoticed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from offscreen_run import run_offscreen

# Snapshot of sys.modules at the moment the window reports it is ready to sell.
SCRIPT = """
import json, sys
import cafe_pos.ui.qt_app as qt_app
seen = []
original = qt_app.startup_seconds
def ready_now():
    seen.extend(sys.modules)
    return original()
qt_app.startup_seconds = ready_now
from cafe_pos.cli import main
code = main(["--db", sys.argv[1], "--smoke"])
print("MODULES " + json.dumps(sorted(seen)))
raise SystemExit(code)
"""

# Heavy modules a start must not import before the window is ready.
NOT_BEFORE_READY = (
    "cafe_pos.services.selling",  # the write side of a sale: warm-up, after the paint
    "cafe_pos.ui.error_lookup",  # the errors' 780 templates: at the first error shown
    "cafe_pos.services.closing",
    "cafe_pos.services.hq_daily",
    "cafe_pos.services.bread",
    "cafe_pos.services.stock",
    "cafe_pos.fiscal.chain",
    "cafe_pos.fiscal.canonical",  # the seal's format: at the first sale or the start checks
    "cafe_pos.domain.press",  # at the first barcode scanned
    "cafe_pos.services.catalogue",  # the catalogue's management: its screen, an import
    "reportlab",
    "escpos",
    "httpx",
    "alembic",
    "stdnum",  # SIRET, EAN and ISSN checks import it when they first run
    "cryptography",  # the signing key: at the first seal, or the start-up checks
    "multiprocessing",  # the backup's child check: when a backup runs
)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from cafe_pos.demo import create_demo_database

    path = tmp_path_factory.mktemp("start") / "cafe.db"
    ctx = create_demo_database(path)
    ctx.uow.engine.dispose()
    return path


def modules_at_ready(db: Path) -> set[str]:
    out = run_offscreen(SCRIPT, str(db))
    line = next(ln for ln in out.splitlines() if ln.startswith("MODULES "))
    return set(json.loads(line.removeprefix("MODULES ")))


def test_the_window_is_ready_before_the_heavy_modules_are_loaded(demo_db: Path) -> None:
    loaded = modules_at_ready(demo_db)
    assert "cafe_pos.ui.sale.sale_screen" in loaded  # the snapshot is the ready window's
    early = sorted(name for name in NOT_BEFORE_READY if name in loaded)
    assert early == [], f"imported before the window was ready: {early}"


def test_the_daily_message_sections_are_installed_without_their_modules(tmp_path: Path) -> None:
    """Opening a database installs the stock, bread and press sections of HQ's daily
    message; their services are imported only when a message is built."""
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from cafe_pos.app import open_context\n"
        "from cafe_pos.services.daily_sections import registered\n"
        "open_context(Path(sys.argv[1])).uow.engine.dispose()\n"
        "print(json.dumps(sorted(registered())))\n"
        "print([m for m in ('cafe_pos.services.bread', 'cafe_pos.services.stock') "
        "if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "cafe.db")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    sections, loaded = done.stdout.splitlines()
    assert {"bread", "press", "stock"} <= set(json.loads(sections))
    assert loaded == "[]"


# The database layer is loaded before Qt at a start; then the screens are imported.
SOURCE_READS = """
import inspect, json, sys
import cafe_pos.app, cafe_pos.commands.common, cafe_pos.services.identity
read = []
original = inspect.getsource
def getsource(obj):
    if sys._getframe(1).f_code.co_name == "_mod_uses_pyside":
        read.append(getattr(obj, "__name__", ""))
    return original(obj)
inspect.getsource = getsource
before = sorted(sys.modules)
import cafe_pos.ui.qt_app
import cafe_pos.ui.sale.section
print(json.dumps([before, read]))
"""


def test_pyside_reads_no_source_file_of_ours() -> None:
    """PySide6's import hook would read the source of each module an import names after
    Qt is loaded (about 150 files, 15 ms of a start): cafe_pos.ui.qt_imports answers it
    for the modules loaded before Qt and for those imported after, screens included."""
    before, read = json.loads(run_offscreen(SOURCE_READS).splitlines()[-1])
    assert "sqlalchemy.orm" in before  # as at a start: the database layer before Qt
    assert [name for name in read if name.startswith(("sqlalchemy", "cafe_pos"))] == []
