"""The ticket being rung up survives a closed window or a crash (like the tabs do).

The sale screen saves the cart a moment after each change (``save``), takes it back at
start (``load``, then re-priced from the catalogue) and forgets it once the ticket is
paid, put on a tab or cancelled (``save`` of an empty cart). Not a fiscal record.
"""

from __future__ import annotations

import json

from sqlalchemy import delete

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.cart_snapshot import cart_from_data, cart_to_data
from cafe_pos.domain.clock import to_utc_naive
from cafe_pos.store.models.counter import OpenTicket
from cafe_pos.store.raw import raw_connection


def save(ctx: ServiceContext, cart: Cart) -> None:
    """Keep ``cart`` as this register's open ticket (an empty cart removes it)."""
    if ctx.training:
        return
    with ctx.uow() as uow:
        if cart.is_empty:
            uow.session.execute(delete(OpenTicket).where(OpenTicket.register == ctx.register))
        else:
            uow.session.merge(
                OpenTicket(
                    register=ctx.register,
                    payload=json.dumps(cart_to_data(cart), ensure_ascii=False),
                    saved_at=to_utc_naive(ctx.clock.now()),
                )
            )
        uow.commit()


def load(ctx: ServiceContext) -> Cart | None:
    """The ticket left open on this register, or None."""
    if ctx.training:
        return None
    with ctx.uow(read_only=True) as uow:
        # plain SQL: read at every start, where the ORM's first query costs more than it
        row = (
            raw_connection(uow.session)
            .execute("SELECT payload FROM open_tickets WHERE register = ?", (ctx.register,))
            .fetchone()
        )
        if row is None:
            return None
        cart = cart_from_data(json.loads(row[0]))
    return None if cart.is_empty else cart
