"""Changing the signing key is a signed, recorded event; verify follows the key chain."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest
from fiscal_factory import BEER, COFFEE, sell

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import PermissionDenied, UserError
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.keys import KeyProblem
from cafe_pos.fiscal.verify import verify_database
from cafe_pos.services.signing_key import ensure_key, replace_key


def key_events(ctx: ServiceContext) -> list[tuple[str, dict[str, object]]]:
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        rows = conn.execute(
            "SELECT j.key_id, e.details FROM journal_entries j JOIN fiscal_events e "
            "ON e.id = j.event_id WHERE e.code = ? ORDER BY j.position",
            (int(EventCode.KEY_CHANGED),),
        ).fetchall()
    return [(key_id, json.loads(details)) for key_id, details in rows]


def test_an_endorsed_key_change(ctx: ServiceContext, manager: Actor) -> None:
    old = ensure_key(ctx)
    sell(ctx, [COFFEE])
    new = replace_key(ctx, manager, "Clé exposée lors d'une réparation")
    assert new != old
    [(signed_by, details)] = key_events(ctx)
    assert signed_by == old and details["endorsed"] == 1 and details["previous"] == old
    _n, _seal = sell(ctx, [BEER])
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        assert conn.execute(
            "SELECT key_id FROM journal_entries ORDER BY position DESC LIMIT 1"
        ).fetchone() == (new,)
    assert ctx.key_path.with_name(f"cafe.db.key.{old}.old").exists()
    report = verify_database(ctx)
    assert report.ok and report.warnings == ()


def test_a_lost_key_blocks_sealing_until_a_recorded_replacement(
    ctx: ServiceContext, manager: Actor, staff: Actor
) -> None:
    sell(ctx, [COFFEE])
    ctx.key_path.unlink()
    with pytest.raises(KeyProblem, match="introuvable"):
        sell(ctx, [BEER])
    with pytest.raises(PermissionDenied):
        replace_key(ctx, staff, "perdue")
    with pytest.raises(UserError, match="raison"):
        replace_key(ctx, manager, "  ")
    new = replace_key(ctx, manager, "Disque remplacé")
    [(signed_by, details)] = key_events(ctx)
    assert signed_by == new and details["endorsed"] == 0
    sell(ctx, [BEER])
    report = verify_database(ctx)
    assert not report.ok  # a change the old key did not sign is a visible break
    assert "non validé par l'ancienne clé" in report.message
    assert report.first_bad is not None and "code 907" in report.first_bad
