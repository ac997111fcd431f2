"""The checkout's kept connection (``ctx.uow.kept()``): a till pays for no connection or
session set-up at each sale, yet every sale is still its own transaction, checked afresh —
a key file removed between two sales is noticed at the next one — and a restore or the
app closing (``engine.dispose()``) lets go of the file like the pool's connections do."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sales_helpers import STAFF, Items
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.fiscal.keys import KeyProblem
from cafe_pos.services.selling import checkout
from cafe_pos.store.models import Ticket
from cafe_pos.store.raw import raw_connection


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
