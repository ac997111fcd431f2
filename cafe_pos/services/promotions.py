"""Happy-hour promotions: saved as a set that obeys the law, and put on the cart.

An alcohol discount is accepted only together with an equivalent soft-drink discount over
the same window (``domain.happy_hour``), so the screen saves both in one call
(``save_promotions``; ``equivalent_soft_drink_offer`` builds the companion offer).
``price_cart`` applies the promotions running now, leaving out any alcohol offer that
lost its equivalent since (a soft drink archived, a price changed).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.happy_hour import (
    PriceAdjustment,
    ProductFacts,
    PromoKind,
    Promotion,
    PromotionError,
    alcohol_rate,
    apply_promotions_to_cart,
    compliant_promotions,
    validate_promotions,
)
from cafe_pos.domain.schedule import Interval, parse_interval
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.store.models.alcohol import PromotionRow, PromotionTarget
from cafe_pos.store.models.catalogue import Category, Product


@dataclass(frozen=True, slots=True)
class PromotionInput:
    name: str
    weekdays: frozenset[int]
    window: str  # "18:00-20:00"
    kind: str  # "percent" | "price"
    value: int  # basis points (2000 = -20 %) or the promotional price in cents
    product_ids: frozenset[int] = field(default_factory=frozenset)
    category_ids: frozenset[int] = field(default_factory=frozenset)
    active: bool = True
    id: int | None = None  # None: a new promotion


@dataclass(frozen=True, slots=True)
class PromotionView:
    id: int
    name: str
    weekdays: frozenset[int]
    window: str
    kind: str
    value: int
    product_ids: frozenset[int]
    category_ids: frozenset[int]
    active: bool
    when: str  # "lun., mar. 18:00-20:00"


def _to_domain(row: PromotionRow) -> Promotion:
    return Promotion(
        name=row.name,
        weekdays=frozenset(int(c) for c in row.weekdays),
        window=Interval(row.start_minute, row.end_minute),
        kind=PromoKind(row.kind),
        value=row.value,
        product_ids=frozenset(t.product_id for t in row.targets if t.product_id is not None),
        category_ids=frozenset(t.category_id for t in row.targets if t.category_id is not None),
        active=row.active,
        id=row.id,
    )


def _view(promotion: Promotion) -> PromotionView:
    assert promotion.id is not None
    return PromotionView(
        id=promotion.id,
        name=promotion.name,
        weekdays=promotion.weekdays,
        window=promotion.window.label,
        kind=promotion.kind.value,
        value=promotion.value,
        product_ids=promotion.product_ids,
        category_ids=promotion.category_ids,
        active=promotion.active,
        when=promotion.when_label,
    )


def _from_input(data: PromotionInput) -> Promotion:
    try:
        kind = PromoKind(data.kind)
    except ValueError as exc:
        raise PromotionError("Type de promotion inconnu (pourcentage ou prix)") from exc
    return Promotion(
        name=one_line(data.name, "Le nom de la promotion"),
        weekdays=frozenset(data.weekdays),
        window=parse_interval(data.window),
        kind=kind,
        value=data.value,
        product_ids=frozenset(data.product_ids),
        category_ids=frozenset(data.category_ids),
        active=data.active,
        id=data.id,
    )


def product_facts(
    session: Session, product_ids: Iterable[int] | None = None
) -> dict[int, ProductFacts]:
    """Products as the promotion rules see them: the given ones, else every drink.

    Only drinks (alcoholic or not) matter to the happy-hour rule.
    """
    query = select(
        Product.id,
        Product.name,
        Product.category_id,
        Product.price_cents,
        Product.is_alcohol,
        Product.is_drink,
        Product.active,
    )
    if product_ids is not None:
        query = query.where(Product.id.in_(list(product_ids)))
    else:
        query = query.where(or_(Product.is_drink.is_(True), Product.is_alcohol.is_(True)))
    return {row[0]: ProductFacts(*row) for row in session.execute(query).all()}


def _promotions(session: Session) -> list[Promotion]:
    return [
        _to_domain(row) for row in session.scalars(select(PromotionRow).order_by(PromotionRow.id))
    ]


def list_promotions(ctx: ServiceContext) -> list[PromotionView]:
    with ctx.uow(read_only=True) as uow:
        return [_view(p) for p in _promotions(uow.session)]


def _check_targets(session: Session, promotion: Promotion) -> None:
    products = set(session.scalars(select(Product.id).where(Product.id.in_(promotion.product_ids))))
    categories = set(
        session.scalars(select(Category.id).where(Category.id.in_(promotion.category_ids)))
    )
    if products != promotion.product_ids or categories != promotion.category_ids:
        raise NotFound(f"« {promotion.name} » : produit ou catégorie introuvable")


def save_promotions(
    ctx: ServiceContext, actor: Actor, inputs: Sequence[PromotionInput]
) -> list[PromotionView]:
    """Create or update several promotions at once; the whole set must obey the law."""
    actor.require(Permission.EDIT_SETTINGS)
    incoming = [_from_input(data) for data in inputs]
    names = [p.name.casefold() for p in incoming]
    if len(set(names)) != len(names):
        raise PromotionError("Deux promotions portent le même nom")
    with ctx.uow() as uow:
        session = uow.session
        existing = {p.id: p for p in _promotions(session)}
        for promotion in incoming:
            if promotion.id is not None and promotion.id not in existing:
                raise NotFound(f"Promotion introuvable (n° {promotion.id})")
        replaced = {p.id for p in incoming if p.id is not None}
        kept = [p for pid, p in existing.items() if pid not in replaced]
        taken = {p.name.casefold() for p in kept}
        clash = next((p.name for p in incoming if p.name.casefold() in taken), None)
        if clash:
            raise PromotionError(f"Une autre promotion s'appelle déjà « {clash} »")
        validate_promotions([*kept, *incoming], product_facts(session))
        saved = []
        for promotion in incoming:
            _check_targets(session, promotion)
            row = session.get(PromotionRow, promotion.id) if promotion.id else None
            if row is None:
                row = PromotionRow()
                session.add(row)
            _fill(row, promotion)
            saved.append(row)
        session.flush()
        views = [_view(_to_domain(row)) for row in saved]
        uow.commit()
    return views


def save_promotion(ctx: ServiceContext, actor: Actor, data: PromotionInput) -> PromotionView:
    return save_promotions(ctx, actor, [data])[0]


def _fill(row: PromotionRow, promotion: Promotion) -> None:
    row.name = promotion.name
    row.weekdays = "".join(str(day) for day in sorted(promotion.weekdays))
    row.start_minute, row.end_minute = promotion.window.start, promotion.window.end
    row.kind, row.value, row.active = promotion.kind.value, promotion.value, promotion.active
    row.targets = [PromotionTarget(product_id=pid) for pid in sorted(promotion.product_ids)] + [
        PromotionTarget(category_id=cid) for cid in sorted(promotion.category_ids)
    ]


def delete_promotion(ctx: ServiceContext, actor: Actor, promotion_id: int) -> None:
    """Delete one promotion, unless an alcohol promotion relies on it."""
    actor.require(Permission.EDIT_SETTINGS)
    with ctx.uow() as uow:
        session = uow.session
        row = session.get(PromotionRow, promotion_id)
        if row is None:
            raise NotFound(f"Promotion introuvable (n° {promotion_id})")
        others = [p for p in _promotions(session) if p.id != promotion_id]
        validate_promotions(others, product_facts(session))
        session.delete(row)
        uow.commit()


def set_promotion_active(
    ctx: ServiceContext, actor: Actor, promotion_id: int, active: bool
) -> PromotionView:
    with ctx.uow(read_only=True) as uow:
        row = uow.session.get(PromotionRow, promotion_id)
        if row is None:
            raise NotFound(f"Promotion introuvable (n° {promotion_id})")
        current = _to_domain(row)
    data = PromotionInput(
        current.name,
        current.weekdays,
        current.window.label,
        current.kind.value,
        current.value,
        current.product_ids,
        current.category_ids,
        active,
        current.id,
    )
    return save_promotion(ctx, actor, data)


def price_cart(
    ctx: ServiceContext, cart: Cart, at: dt.datetime | None = None
) -> list[PriceAdjustment]:
    """Re-price the cart: the promotions running now go on the lines without a discount of
    their own, replacing those put earlier (a quantity changed, the happy hour ended).

    Call it after every change to the cart; the discounts carry the promotion's name
    (``Discount.name``, origin "promotion": not counted against the staff limit).
    """
    cart.clear_discounts("promotion")
    with ctx.uow(read_only=True) as uow:
        promotions = _promotions(uow.session)
        if not any(p.active for p in promotions):
            return []
        running = compliant_promotions(promotions, product_facts(uow.session))
        ids = {line.product_id for line in cart.lines if line.product_id is not None}
        category_of = {
            pid: facts.category_id for pid, facts in product_facts(uow.session, ids).items()
        }
    return apply_promotions_to_cart(cart, at or ctx.clock.now(), running, category_of)


def drink_choices(ctx: ServiceContext) -> list[ProductFacts]:
    """Active drinks, alcoholic first then by name, for the promotions editor."""
    with ctx.uow(read_only=True) as uow:
        drinks = [p for p in product_facts(uow.session).values() if p.active]
    return sorted(drinks, key=lambda p: (not p.is_alcohol, p.name.casefold()))


def equivalent_soft_drink_offer(ctx: ServiceContext, data: PromotionInput) -> PromotionInput:
    """The soft-drink promotion that makes ``data`` lawful: same days and window, every
    paid non-alcoholic drink at least as discounted as the strongest alcohol discount."""
    promotion = _from_input(data)
    with ctx.uow(read_only=True) as uow:
        facts = product_facts(uow.session)
    rate = alcohol_rate(promotion, list(facts.values()))
    if rate <= 0:
        raise PromotionError(f"« {promotion.name} » ne réduit aucune boisson alcoolisée")
    soft = frozenset(
        p.product_id
        for p in facts.values()
        if p.active and p.is_drink and not p.is_alcohol and p.price_cents > 0
    )
    return PromotionInput(
        name=f"{promotion.name} (sans alcool)"[:80],
        weekdays=promotion.weekdays,
        window=promotion.window.label,
        kind=PromoKind.PERCENT.value,
        value=math.ceil(rate * 10000),
        product_ids=soft,
        active=promotion.active,
    )
