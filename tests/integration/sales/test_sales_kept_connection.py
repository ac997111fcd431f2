"""The checkout's kept connection (``ctx.uow.kept()``): a till pays for no connection or
session set-up at each sale, yet every sale is still its own transaction, checked afresh —
a key file removed between two sales is noticed at the next one — and a restore or the
app closing (``engine.dispose()``) lets go of the file like the pool's connections do."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sales_helpers import STAFF, Items
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.fiscal import watermark
from cafe_pos.fiscal.keys import KeyProblem
from cafe_pos.services.selling import checkout
from cafe_pos.store.models import Setting, Ticket
from cafe_pos.store.raw import raw_connection
from cafe_pos.store.uow import UnitOfWork


def _pay(ctx: ServiceContext, items: Items) -> int:
    cart = Cart()
    cart.add(items["coffee"])
    payments = [PaymentInput("card", cart.total_cents)]
    number = checkout(ctx, STAFF, cart, payments, token=cart.token).ticket_number
    assert number is not None
    return number


def _tickets(ctx: ServiceContext) -> int:
    with ctx.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Ticket)) or 0)


def test_sales_share_one_connection_but_each_checks_the_key_again(
    ctx: ServiceContext, items: Items
) -> None:
    first = _pay(ctx, items)
    with ctx.uow.kept() as uow:
        kept = raw_connection(uow.session)
        assert not uow.session.info.get("fiscal.signer")  # nothing left from the last sale
    assert _pay(ctx, items) == first + 1
    with ctx.uow.kept() as uow:
        assert raw_connection(uow.session) is kept  # the same SQLite connection

    key = ctx.key_path.read_bytes()
    ctx.key_path.unlink()  # the key file disappears between two sales
    with pytest.raises(KeyProblem):
        _pay(ctx, items)
    ctx.key_path.write_bytes(key)
    ctx.key_path.chmod(0o600)
    assert _pay(ctx, items) == first + 2  # the refused sale wrote nothing
    assert _tickets(ctx) == 3


def test_a_unit_of_work_inside_the_kept_one_is_a_plain_one(ctx: ServiceContext) -> None:
    with ctx.uow.kept() as outer:
        outer_session = outer.session
        with ctx.uow.kept() as inner:
            assert inner.session is not outer_session
    with ctx.uow.kept() as again:
        assert again.session is outer_session


def test_dispose_lets_go_of_the_file_so_a_restored_copy_takes_the_next_sale(
    ctx: ServiceContext, items: Items, tmp_path: Path
) -> None:
    _pay(ctx, items)
    ctx.uow.engine.dispose()  # as the restore and the app's close do
    copy = tmp_path / "copy.db"
    shutil.copy(ctx.db_path, copy)  # the merged file: the kept connection let go of the WAL
    for suffix in ("-wal", "-shm"):
        assert not Path(str(ctx.db_path) + suffix).exists()
    copy.replace(ctx.db_path)  # a file put back under the same name
    _pay(ctx, items)
    assert _tickets(ctx) == 2  # written to the file that now bears the name


def _setting_keys(ctx: ServiceContext) -> set[str]:
    with ctx.uow(read_only=True) as uow:
        return set(uow.session.scalars(select(Setting.key).where(Setting.key.like("kept.%"))))


def _raw_put(uow: UnitOfWork, key: str) -> None:
    raw_connection(uow.session).execute("INSERT INTO settings (key, value) VALUES (?, '1')", (key,))


def test_the_kept_transaction_is_one_whether_the_orm_joins_it_or_not(
    ctx: ServiceContext,
) -> None:
    """The kept unit of work begins and commits on the SQLite connection itself; the
    session, when used, joins that same transaction: what both wrote commits together,
    or neither does."""
    with ctx.uow.kept() as uow:
        _raw_put(uow, "kept.raw-then-fail")
        uow.session.add(Setting(key="kept.orm-then-fail", value="1"))
        uow.session.flush()
    # left without commit: neither the plain SQL nor the ORM's row is there
    assert _setting_keys(ctx) == set()

    with ctx.uow.kept() as uow:
        _raw_put(uow, "kept.raw")
        uow.session.add(Setting(key="kept.orm", value="1"))  # not even flushed yet
        uow.commit()
    assert _setting_keys(ctx) == {"kept.raw", "kept.orm"}

    with ctx.uow.kept() as uow:  # plain SQL only: committed without the session
        _raw_put(uow, "kept.plain")
        uow.commit()
        # written after the commit, in the same block: a new transaction, never autocommit
        _raw_put(uow, "kept.after-commit")
        assert raw_connection(uow.session).in_transaction
    assert _setting_keys(ctx) == {"kept.raw", "kept.orm", "kept.plain"}


def test_a_busy_database_leaves_the_kept_connection_usable(
    ctx: ServiceContext, items: Items
) -> None:
    """Another program holding the write lock: the sale is refused (nothing half-done)
    and the next one, once the lock is gone, goes through on the same kept connection."""
    first = _pay(ctx, items)
    with ctx.uow.kept() as uow:  # no 5 s wait for the lock in a test
        raw_connection(uow.session).execute("PRAGMA busy_timeout=0")
    with closing(sqlite3.connect(ctx.db_path, timeout=0, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            _pay(ctx, items)
        other.execute("ROLLBACK")
    with ctx.uow.kept() as uow:
        raw_connection(uow.session).execute("PRAGMA busy_timeout=5000")
    assert _pay(ctx, items) == first + 1
    assert _tickets(ctx) == 2


def test_each_checkout_moves_the_high_water_mark_after_its_commit(
    ctx: ServiceContext, items: Items
) -> None:
    """The checkout commits without the session, yet the mark beside the database (what
    tells a restored old copy from the real one) follows every sale, as after any commit."""
    for _ in range(2):
        number = _pay(ctx, items)
        mark = watermark.read_mark(ctx.db_path)
        assert mark is not None and mark.ticket == number
        with closing(sqlite3.connect(ctx.db_path)) as conn:
            head = conn.execute(
                "SELECT position, hash FROM chain_head WHERE register = ?", (ctx.register,)
            ).fetchone()
        assert (mark.position, mark.hash) == tuple(head)
