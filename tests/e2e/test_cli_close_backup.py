"""``cafe-pos close`` makes the automatic backup the app makes after a closure, to the
destinations chosen in Réglages → Sauvegardes (real program, real dates with faketime);
with no destination, nothing but the closure."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from fiscal_attacks import new_cafe, ok

from cafe_pos.app import open_context
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import backups

pytestmark = pytest.mark.skipif(shutil.which("faketime") is None, reason="faketime missing")
MANAGER = Actor(user_id=None, name="Marie", role=Role.MANAGER)


def test_close_backs_up_when_destinations_are_set(tmp_path: Path) -> None:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=2, start="2025-03-01")
    done = ok("--db", str(db), "close", "--month", "2025-02")  # nothing configured yet
    assert "Sauvegarde" not in done.stdout + done.stderr
    usb = tmp_path / "usb"
    usb.mkdir()
    ctx = open_context(db)
    backups.add_destination(ctx, MANAGER, "folder", str(usb))
    ctx.uow.engine.dispose()
    done = ok("--db", str(db), "close", "--month", "2025-03")
    assert "Sauvegarde après clôture" in done.stdout, done.stdout + done.stderr
    (backup,) = usb.glob("cafe-*.db")
    manifest = json.loads(backup.with_name(backup.name + ".json").read_text())
    assert manifest["reason"] == "closure" and manifest["automatic"] is True
