"""The "Favoris" page of the sale screen: the products sold most, learned from the sales,
that the manager can edit (pin a product, take one off).

The page holds ``FAVOURITES_SIZE`` keys: the pinned products first (in the order they were
pinned), then the best sellers of the last ``LOOKBACK_DAYS`` business days by number of
sale lines (a round of four coffees counts four), without the products taken off, the
archived ones and those without a quick key. The edits are stored as JSON in the
``settings`` table (key ``sale.favourites``); a café with no sale and no pin has no page.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.cart import SaleItem
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services.sale_items import QuickCategory, product_query, quick_keys, sale_items
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.sales import Ticket, TicketLine
from cafe_pos.store.models.settings import Setting

SETTING_KEY = "sale.favourites"
FAVOURITES_SIZE = 12  # four rows of three keys at 1024 px
LOOKBACK_DAYS = 30
FAVOURITES_NAME = "Favoris"
FAVOURITES_COLOUR = "#ad1457"
FAVOURITES_ID = -1  # the page's id among the quick-key categories (real ones are > 0)


@dataclass(frozen=True, slots=True)
class FavouriteEdits:
    """What the manager changed: pinned products (always shown, first), hidden ones."""

    pinned: tuple[int, ...] = ()
    hidden: tuple[int, ...] = field(default=())


def _read_edits(session: Session) -> FavouriteEdits:
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        return FavouriteEdits()
    try:
        raw = json.loads(row.value)
        pinned = tuple(int(i) for i in raw.get("pinned", []))
        hidden = tuple(int(i) for i in raw.get("hidden", []))
    except (ValueError, TypeError, AttributeError):
        return FavouriteEdits()  # a damaged value: learned favourites only
    return FavouriteEdits(pinned, hidden)


def _write_edits(session: Session, edits: FavouriteEdits) -> None:
    value = json.dumps({"pinned": list(edits.pinned), "hidden": list(edits.hidden)})
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=value))
    else:
        row.value = value


def best_sellers(session: Session, since: dt.date, limit: int) -> list[int]:
    """Product ids by number of sale lines since ``since`` (most first, then by name)."""
    count = func.count(TicketLine.id)
    rows = session.execute(
        select(TicketLine.product_id, count)
        .join(Ticket, Ticket.id == TicketLine.ticket_id)
        .join(Product, Product.id == TicketLine.product_id)
        .where(
            Ticket.kind == "sale",
            Ticket.business_date >= since,
            Product.active.is_(True),
            Product.quick_key.is_(True),
        )
        .group_by(TicketLine.product_id, Product.name)
        .order_by(count.desc(), Product.name)
        .limit(limit)
    )
    return [int(product_id) for product_id, _count in rows if product_id is not None]


def favourite_ids(ctx: ServiceContext, session: Session) -> list[int]:
    """The products of the page, in their order (pinned first, then learned)."""
    edits = _read_edits(session)
    since = business_date(ctx.clock.now()) - dt.timedelta(days=LOOKBACK_DAYS)
    learned = best_sellers(session, since, FAVOURITES_SIZE + len(edits.hidden))
    active = set(
        session.scalars(
            select(Product.id).where(Product.id.in_(edits.pinned), Product.active.is_(True))
        )
    )
    ordered = [i for i in edits.pinned if i in active]
    ordered += [i for i in learned if i not in edits.hidden and i not in ordered]
    return ordered[:FAVOURITES_SIZE]


def favourite_items(ctx: ServiceContext, session: Session) -> list[SaleItem]:
    ids = favourite_ids(ctx, session)
    if not ids:
        return []
    products = {p.id: p for p in session.scalars(product_query().where(Product.id.in_(ids)))}
    ordered = [products[i] for i in ids if i in products]
    return sale_items(session, ordered)


def edits(ctx: ServiceContext) -> FavouriteEdits:
    with ctx.uow(read_only=True) as uow:
        return _read_edits(uow.session)


def _change(ctx: ServiceContext, actor: Actor, product_id: int, *, pin: bool) -> FavouriteEdits:
    actor.require(Permission.EDIT_CATALOGUE)
    with ctx.uow() as uow:
        session = uow.session
        if session.get(Product, product_id) is None:
            raise NotFound(f"Produit introuvable (n° {product_id})")
        current = _read_edits(session)
        pinned = [i for i in current.pinned if i != product_id]
        hidden = [i for i in current.hidden if i != product_id]
        if pin:
            pinned.append(product_id)
        else:
            hidden.append(product_id)
        changed = FavouriteEdits(tuple(pinned), tuple(hidden))
        _write_edits(session, changed)
        uow.commit()
        return changed


def pin(ctx: ServiceContext, actor: Actor, product_id: int) -> FavouriteEdits:
    """Put a product on the Favoris page for good (Permission.EDIT_CATALOGUE)."""
    return _change(ctx, actor, product_id, pin=True)


def remove(ctx: ServiceContext, actor: Actor, product_id: int) -> FavouriteEdits:
    """Take a product off the Favoris page, learned or pinned (Permission.EDIT_CATALOGUE)."""
    return _change(ctx, actor, product_id, pin=False)


def quick_keys_with_favourites(ctx: ServiceContext) -> list[QuickCategory]:
    """The sale keys with the "Favoris" page first when the café has one."""
    keys = quick_keys(ctx)
    with ctx.uow(read_only=True) as uow:
        items = favourite_items(ctx, uow.session)
    if not items:
        return keys
    page = QuickCategory(FAVOURITES_ID, FAVOURITES_NAME, FAVOURITES_COLOUR, tuple(items))
    return [page, *keys]
