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

from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.cart import SaleItem
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services.sale_items import QuickCategory, current_items, quick_keys_in
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.settings import Setting
from cafe_pos.store.raw import raw_connection

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
    row = (
        raw_connection(session)
        .execute("SELECT value FROM settings WHERE key = ?", (SETTING_KEY,))
        .fetchone()
    )
    if row is None:
        return FavouriteEdits()
    try:
        raw = json.loads(row[0])
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


# The favourites are read as the sale screen starts: plain SQL (see
# ``sale_items.quick_keys_in``).
_BEST_SELLERS = """
SELECT l.product_id FROM ticket_lines l
JOIN tickets t ON t.id = l.ticket_id
JOIN products p ON p.id = l.product_id
WHERE t.kind = 'sale' AND t.business_date >= ? AND p.active = 1 AND p.quick_key = 1
GROUP BY l.product_id, p.name
ORDER BY count(l.id) DESC, p.name
LIMIT ?"""


def best_sellers(session: Session, since: dt.date, limit: int) -> list[int]:
    """Product ids by number of sale lines since ``since`` (most first, then by name)."""
    rows = raw_connection(session).execute(_BEST_SELLERS, (since.isoformat(), limit))
    return [int(product_id) for (product_id,) in rows if product_id is not None]


def favourite_ids(ctx: ServiceContext, session: Session) -> list[int]:
    """The products of the page, in their order (pinned first, then learned)."""
    edits = _read_edits(session)
    since = business_date(ctx.clock.now()) - dt.timedelta(days=LOOKBACK_DAYS)
    learned = best_sellers(session, since, FAVOURITES_SIZE + len(edits.hidden))
    active: set[int] = set()
    if edits.pinned:
        marks = ", ".join("?" * len(edits.pinned))
        active = {
            int(pid)
            for (pid,) in raw_connection(session).execute(
                f"SELECT id FROM products WHERE active = 1 AND id IN ({marks})", edits.pinned
            )
        }
    ordered = [i for i in edits.pinned if i in active]
    ordered += [i for i in learned if i not in edits.hidden and i not in ordered]
    return ordered[:FAVOURITES_SIZE]


def favourite_items(ctx: ServiceContext, session: Session) -> list[SaleItem]:
    ids = favourite_ids(ctx, session)
    if not ids:
        return []
    items = current_items(session, set(ids))
    return [items[i] for i in ids if i in items]


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
    with ctx.uow(read_only=True) as uow:  # one read for the keys and the page
        keys = quick_keys_in(uow.session)
        items = favourite_items(ctx, uow.session)
    if not items:
        return keys
    page = QuickCategory(FAVOURITES_ID, FAVOURITES_NAME, FAVOURITES_COLOUR, tuple(items))
    return [page, *keys]
