"""`cafe-pos parcels list | returns-due | purge` through the real console script: output
without names, bad input refused in one French line (exit 2, database unchanged), and a
purge that erases the names of parcels closed long ago."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cafe_pos.app import open_context
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.parcels import HandOverProof, IdKind
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import parcels

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
MANAGER = Actor(None, "Camille", Role.MANAGER)


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [str(CAFE_POS), "--db", str(db), *args], capture_output=True, text=True, timeout=60, env=env
    )


def digest(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


@pytest.fixture
def cafe(tmp_path: Path) -> Path:
    db = tmp_path / "cafe.db"
    assert (
        run(
            db, "init", "--name", "Café", "--siret", "88421573200022", "--address", "Ici"
        ).returncode
        == 0
    )
    long_ago = dt.datetime.now(PARIS) - dt.timedelta(days=120)
    clock = FixedClock(long_ago)
    ctx = open_context(db, clock=clock)
    mr = next(c.id for c in parcels.list_carriers(ctx) if c.code == "mondial_relay")
    old = parcels.receive(
        ctx, MANAGER, tracking="11111111", carrier_id=mr, recipient_name="Marcel Dupuy"
    )
    parcels.hand_over(ctx, MANAGER, old.id, HandOverProof(id_checked=True, id_kind=IdKind.ID_CARD))
    clock.set(dt.datetime.now(PARIS) - dt.timedelta(days=10))
    parcels.receive(
        ctx, MANAGER, tracking="22222222", carrier_id=mr, recipient_name="Josette Bernard"
    )
    ctx.uow.engine.dispose()
    return db


def test_list_and_returns_due_show_no_name(cafe: Path) -> None:
    listed = run(cafe, "parcels", "list")
    assert listed.returncode == 0, listed.stderr
    assert (
        "11111111" in listed.stdout and "22222222" in listed.stdout and "2 colis" in listed.stdout
    )
    assert "Dupuy" not in listed.stdout and "Bernard" not in listed.stdout
    shelf = run(cafe, "parcels", "list", "--status", "en-rayon")
    assert "22222222" in shelf.stdout and "11111111" not in shelf.stdout
    due = run(cafe, "parcels", "returns-due")
    assert due.returncode == 0 and "22222222" in due.stdout
    assert "1 colis à retourner aujourd'hui" in due.stdout


def test_bad_input_is_one_french_line_and_changes_nothing(cafe: Path) -> None:
    before = digest(cafe)
    for args, message in (
        (("parcels", "list", "--status", "perdu"), "État de colis inconnu"),
        (("parcels",), "usage incorrect"),
        (("parcels", "explode"), "usage incorrect"),
    ):
        result = run(cafe, *args)
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr
    assert digest(cafe) == before


def test_purge_erases_names_closed_long_ago(cafe: Path) -> None:
    result = run(cafe, "parcels", "purge")
    assert result.returncode == 0 and "1 nom(s)" in result.stdout
    ctx = open_context(cafe)
    try:
        names = {p.tracking: p.recipient_name for p in parcels.list_parcels(ctx)}
    finally:
        ctx.uow.engine.dispose()
    assert names == {"11111111": None, "22222222": "Josette Bernard"}
    assert "0 nom(s)" in run(cafe, "parcels", "purge").stdout
