"""A real café database (migrated SQLite file) with a small drinks catalogue."""

from __future__ import annotations

from pathlib import Path

import pytest
from alcohol_fixtures import Cafe, build_cafe


@pytest.fixture
def cafe(db_path: Path) -> Cafe:
    return build_cafe(db_path)
