"""The closures' sealed format does not move: a café built with a fixed key and a fixed
clock — days, a month closed with its open days, a year closed with its open months, a
refund and cash-back — gives, record for record, the same signed journal as the code
that wrote the first archives (payloads, hashes and Ed25519 signatures, which are
deterministic for a given key). A refactor of the closing code that changed one byte of
a closure's payload, its field order or its grand totals fails here."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fiscal_factory import BEER, BREAD, COFFEE, PRESS, STAMP, at_paris, sell, sell_days

from cafe_pos.app import open_context
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.fiscal import keys
from cafe_pos.fiscal.verify import check_database
from cafe_pos.services.closing import close_day, close_month, close_year

MANAGER = Actor(user_id=None, name="Marie", role=Role.MANAGER)
# sha256 of "position|payload|hash|signature" lines of the whole journal, as written by the
# closing code before its refactor (issue 10)
GOLDEN = "4c742d33f64a122afe7eb143d501687951bd62e11d4d369489a60bfd3951c2cb"


def test_the_closures_journal_is_byte_for_byte_the_same(tmp_path: Path) -> None:
    clock = FixedClock(at_paris(dt.date(2025, 11, 27), 8))
    ctx = open_context(tmp_path / "cafe.db", clock=clock)
    fixed = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    keys.write_key_file(ctx.key_path, keys._signer(fixed))
    sell_days(ctx, clock, dt.date(2025, 11, 28), 2)
    clock.set(at_paris(dt.date(2025, 11, 29), 15))
    sell(ctx, [PRESS, COFFEE], cashback_cents=2000, payments=[("card", 2450)])
    sell(ctx, [COFFEE, BEER], refund_of_number=1)
    clock.set(at_paris(dt.date(2025, 11, 29), 23))
    close_day(ctx, MANAGER, dt.date(2025, 11, 28))
    sell_days(ctx, clock, dt.date(2025, 11, 30), 1)
    sell_days(ctx, clock, dt.date(2025, 12, 30), 2)
    clock.set(at_paris(dt.date(2025, 12, 31), 11))
    sell(ctx, [BREAD, STAMP], refund_of_number=2)
    clock.set(at_paris(dt.date(2026, 1, 2), 7))
    close_month(ctx, MANAGER, 2025, 11)  # its open days closed on the way
    close_year(ctx, MANAGER, 2025)  # December and its days closed on the way
    sell_days(ctx, clock, dt.date(2026, 1, 2), 2)
    clock.set(at_paris(dt.date(2026, 2, 1), 7))
    close_month(ctx, MANAGER, 2026, 1)
    ctx.uow.engine.dispose()

    assert check_database(ctx.db_path, ctx.key_path).ok
    with closing(sqlite3.connect(ctx.db_path)) as conn:
        rows = conn.execute(
            "SELECT position, payload, hash, signature FROM journal_entries ORDER BY position"
        ).fetchall()
        kinds = conn.execute("SELECT kind, count(*) FROM closures GROUP BY kind").fetchall()
    assert dict(kinds) == {"day": 7, "month": 3, "year": 1}
    digest = hashlib.sha256(
        "".join(f"{p}|{payload}|{h}|{s}\n" for p, payload, h, s in rows).encode()
    ).hexdigest()
    assert digest == GOLDEN, (len(rows), digest)
