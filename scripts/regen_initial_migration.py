"""Regenerate migrations/versions/*_0001_initial.py from the models (before the first release).

Until cafe-pos ships, the schema lives in one initial migration written by Alembic's
autogenerate; later changes get their own dated migrations. Run: `make migration-initial`.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from alembic import command

from cafe_pos.store.migrate import alembic_config

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = ROOT / "migrations" / "versions"


def main() -> None:
    for old in VERSIONS.glob("*_0001_initial*.py"):
        old.unlink()
    # Later hand-written migrations (e.g. 0002 fiscal guards) revise 0001: set them aside
    # while 0001 is regenerated, so Alembic sees a single, empty history.
    later = [path for path in VERSIONS.glob("*.py") if "_0001_initial" not in path.name]
    with tempfile.TemporaryDirectory() as tmp:
        parked = Path(tmp) / "parked"
        parked.mkdir()
        for path in later:
            shutil.move(path, parked / path.name)
        try:
            db = Path(tmp) / "empty.db"
            config = alembic_config(db)
            config.set_main_option("file_template", "2026_11_26_%%(rev)s_%%(slug)s")
            command.revision(config, message="schema", autogenerate=True, rev_id="0001_initial")
        finally:
            for path in later:
                shutil.move(parked / path.name, path)
    print("regenerated", next(VERSIONS.glob("*_0001_initial*.py")).name)


if __name__ == "__main__":
    main()
