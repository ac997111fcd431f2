"""Regenerate migrations/versions/*_0001_initial.py from the models (before the first release).

Until cafe-pos ships, the schema lives in one initial migration written by Alembic's
autogenerate; later changes get their own dated migrations. Run: `make migration-initial`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from cafe_pos.store.migrate import alembic_config

ROOT = Path(__file__).resolve().parent.parent
VERSIONS = ROOT / "migrations" / "versions"


def main() -> None:
    for old in VERSIONS.glob("*_0001_initial*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "empty.db"
        config = alembic_config(db)
        config.set_main_option("file_template", "2026_11_26_%%(rev)s_%%(slug)s")
        command.revision(config, message="schema", autogenerate=True, rev_id="0001_initial")
    print("regenerated", next(VERSIONS.glob("*_0001_initial*.py")).name)


if __name__ == "__main__":
    main()
