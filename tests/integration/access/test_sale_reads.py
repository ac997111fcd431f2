"""The sale path's read of the catalogue (raw SQL, every checkout) gives exactly the
snapshots the ORM gives (names, categories, VAT, flags, deposits)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from cafe_pos.demo import create_demo_database
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.services.sale_items import current_items, product_query, sale_items
from cafe_pos.store.models.catalogue import Product


def test_the_raw_read_equals_the_orm_snapshots(tmp_path: Path) -> None:
    ctx = create_demo_database(
        tmp_path / "cafe.db", clock=FixedClock(dt.datetime(2026, 10, 4, 8, 0, tzinfo=PARIS))
    )
    with ctx.uow(read_only=True) as uow:
        products = list(uow.session.scalars(product_query().order_by(Product.id)))
        expected = {
            p.id: item for p, item in zip(products, sale_items(uow.session, products), strict=True)
        }
        ids = set(uow.session.scalars(select(Product.id)))
        got = current_items(uow.session, ids | {999_999})
    assert got == expected
    assert any(item.deposit is not None for item in got.values())
