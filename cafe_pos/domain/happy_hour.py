"""Happy-hour promotions: time-window discounts, and the rule that guards them.

A promotion targets products and/or categories on some weekdays during a window (which
may cross midnight), with a percentage off or a fixed price. The law (L3323-1, décret
2010-465) allows an alcohol discount for a limited time only together with an equivalent
discount on non-alcoholic drinks at the same time; and no alcohol may be given away or
sold at will (L3322-9). ``validate_promotions`` checks a whole set of promotions:

- no promotion makes an alcoholic drink free;
- for each active promotion that discounts alcohol by at most R (the strongest of its
  alcohol discounts), during every minute of its window at least
  ``min(3, paid soft drinks on sale)`` non-alcoholic drinks are discounted by R or more
  by active promotions (itself included: "-20 % on all drinks" is fine alone).

``apply_promotions`` gives each cart line the best discount of the promotions running at
that moment (promotions don't stack).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from cafe_pos.domain.alcohol import LineFacts, cart_facts
from cafe_pos.domain.cart import Cart, Discount
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import Cents, line_total, percent_of
from cafe_pos.domain.schedule import WEEKDAY_SHORT, Interval, WeeklySchedule, minutes_of_week

MIN_SOFT_DRINKS_IN_OFFER = 3

HAPPY_HOUR_RULE = (
    "Une réduction sur les boissons alcoolisées pendant une période limitée (happy hour) "
    "n'est permise que si, pendant toute la même plage horaire, les boissons sans alcool "
    "sont aussi proposées à prix réduit, avec une réduction au moins équivalente (article "
    "L3323-1 du Code de la santé publique, décret 2010-465). Une boisson alcoolisée ne "
    "peut jamais être offerte ni vendue à volonté (article L3322-9)."
)


class PromotionError(UserError, ValueError):
    """A promotion that cannot be saved (the French message explains the rule)."""


class PromoKind(StrEnum):
    PERCENT = "percent"  # value in basis points: 2000 = -20 %
    PRICE = "price"  # value = the promotional unit price in cents


@dataclass(frozen=True, slots=True)
class ProductFacts:
    """A product as the promotion rules see it."""

    product_id: int
    name: str
    category_id: int | None
    price_cents: Cents
    is_alcohol: bool
    is_drink: bool
    active: bool = True


@dataclass(frozen=True, slots=True)
class Promotion:
    name: str
    weekdays: frozenset[int]  # 0 = Monday
    window: Interval
    kind: PromoKind
    value: int
    product_ids: frozenset[int] = frozenset()
    category_ids: frozenset[int] = frozenset()
    active: bool = True
    id: int | None = None

    def targets(self, product_id: int | None, category_id: int | None) -> bool:
        return product_id in self.product_ids or (
            category_id is not None and category_id in self.category_ids
        )

    def discount_on(self, unit_price: Cents, qty_milli: int) -> Cents:
        """Cents off a line of this quantity at this unit price (never negative)."""
        gross = line_total(unit_price, qty_milli)
        if self.kind is PromoKind.PERCENT:
            return percent_of(gross, self.value)
        return max(gross - line_total(self.value, qty_milli), 0)

    def rate_on(self, unit_price: Cents) -> Fraction:
        """The share of the price taken off (0..1), exact."""
        if unit_price <= 0:
            return Fraction(0)
        if self.kind is PromoKind.PERCENT:
            return Fraction(self.value, 10000)
        return Fraction(max(unit_price - self.value, 0), unit_price)

    @property
    def schedule(self) -> WeeklySchedule:
        return WeeklySchedule(weekly={day: (self.window,) for day in self.weekdays})

    def is_running_at(self, local_dt: dt.datetime) -> bool:
        return self.active and self.schedule.is_open_at(local_dt)

    def week_minutes(self) -> frozenset[int]:
        """The minutes of the week (0 = Monday 00:00) the promotion runs, wall clock."""
        minutes: set[int] = set()
        for day in self.weekdays:
            minutes |= minutes_of_week(day, self.window)
        return frozenset(minutes)

    @property
    def when_label(self) -> str:
        days = ", ".join(WEEKDAY_SHORT[day] for day in sorted(self.weekdays))
        return f"{days} {self.window.label}"


def check_shape(promotion: Promotion) -> None:
    """Field checks of one promotion, before the rules that involve the catalogue."""
    if not promotion.name.strip() or len(promotion.name) > 80:
        raise PromotionError("Donnez un nom à la promotion (80 caractères au plus)")
    if not promotion.weekdays or not promotion.weekdays <= set(range(7)):
        raise PromotionError(f"« {promotion.name} » : choisissez au moins un jour de la semaine")
    if not promotion.product_ids and not promotion.category_ids:
        raise PromotionError(f"« {promotion.name} » : choisissez des produits ou une catégorie")
    if promotion.kind is PromoKind.PERCENT and not 1 <= promotion.value <= 10000:
        raise PromotionError(f"« {promotion.name} » : la remise va de 0,01 % à 100 %")
    if promotion.kind is PromoKind.PRICE and not 0 <= promotion.value <= 999_999:
        raise PromotionError(f"« {promotion.name} » : prix promotionnel invalide")


def targeted(promotion: Promotion, products: Iterable[ProductFacts]) -> list[ProductFacts]:
    return [p for p in products if p.active and promotion.targets(p.product_id, p.category_id)]


def alcohol_rate(promotion: Promotion, products: Iterable[ProductFacts]) -> Fraction:
    """The strongest discount the promotion gives on an alcoholic product (0 if none)."""
    rates = [
        promotion.rate_on(p.price_cents) for p in targeted(promotion, products) if p.is_alcohol
    ]
    return max(rates, default=Fraction(0))


def validate_promotions(
    promotions: Sequence[Promotion], products: Mapping[int, ProductFacts]
) -> None:
    """Refuse (PromotionError, with the rule explained) a set that breaks the law."""
    for promotion in promotions:
        check_shape(promotion)
    running = [p for p in promotions if p.active]
    for promotion in running:
        problem = promotion_problem(promotion, running, products)
        if problem:
            raise PromotionError(problem)


def compliant_promotions(
    promotions: Sequence[Promotion], products: Mapping[int, ProductFacts]
) -> list[Promotion]:
    """The active promotions that may run with today's catalogue.

    A set saved as valid can stop being so when the catalogue changes (a soft drink
    archived, a price changed): the alcohol promotions that lost their equivalent are left
    out until the manager fixes them.
    """
    kept = [p for p in promotions if p.active]
    while True:
        still = [p for p in kept if promotion_problem(p, kept, products) is None]
        if len(still) == len(kept):
            return still
        kept = still


def promotion_problem(
    promotion: Promotion, running: Sequence[Promotion], products: Mapping[int, ProductFacts]
) -> str | None:
    """Why this promotion may not run beside ``running`` (French), or None."""
    catalogue = list(products.values())
    for product in targeted(promotion, catalogue):
        if product.is_alcohol and promotion.rate_on(product.price_cents) >= 1:
            return (
                f"« {promotion.name} » rendrait « {product.name} » gratuit : l'alcool ne "
                "peut jamais être offert (open bar interdit, article L3322-9)"
            )
    rate = alcohol_rate(promotion, catalogue)
    if rate <= 0:
        return None
    soft_drinks = [
        p for p in catalogue if p.active and p.is_drink and not p.is_alcohol and p.price_cents > 0
    ]
    required = max(1, min(MIN_SOFT_DRINKS_IN_OFFER, len(soft_drinks)))
    window = promotion.week_minutes()
    covered = sum(1 for drink in soft_drinks if window <= _minutes_discounted(drink, rate, running))
    if covered >= required:
        return None
    return (
        f"« {promotion.name} » refusée : elle réduit l'alcool jusqu'à {_percent(rate)} ; "
        f"pendant toute la plage ({promotion.when_label}), au moins {required} boissons "
        f"sans alcool doivent être réduites d'autant ou plus ({covered} le sont). "
        "Ajoutez une promotion équivalente sur les boissons sans alcool. " + HAPPY_HOUR_RULE
    )


def _minutes_discounted(
    drink: ProductFacts, rate: Fraction, running: Sequence[Promotion]
) -> frozenset[int]:
    minutes: set[int] = set()
    for promotion in running:
        if (
            promotion.targets(drink.product_id, drink.category_id)
            and promotion.rate_on(drink.price_cents) >= rate
        ):
            minutes |= promotion.week_minutes()
    return frozenset(minutes)


def _percent(rate: Fraction) -> str:
    hundredths = round(rate * 10000)
    units, rest = divmod(hundredths, 100)
    return f"{units} %" if rest == 0 else f"{units},{rest:02d}".rstrip("0") + " %"


@dataclass(frozen=True, slots=True)
class PriceAdjustment:
    line_index: int
    discount_cents: Cents
    promotion_name: str
    promotion_id: int | None = None


def apply_promotions(
    lines: Sequence[LineFacts], at: dt.datetime, promotions: Iterable[Promotion]
) -> list[PriceAdjustment]:
    """The best running promotion for each line (one per line, none on a free line)."""
    running = [p for p in promotions if p.is_running_at(at)]
    out: list[PriceAdjustment] = []
    for index, line in enumerate(lines):
        if line.unit_price_cents <= 0 or line.qty_milli <= 0:
            continue
        best: tuple[Cents, Promotion] | None = None
        for promotion in running:
            if not promotion.targets(line.product_id, line.category_id):
                continue
            discount = promotion.discount_on(line.unit_price_cents, line.qty_milli)
            if line.is_alcohol:
                discount = min(discount, line.gross_cents - 1)  # never free (open bar)
            if discount > 0 and (best is None or discount > best[0]):
                best = (discount, promotion)
        if best is not None:
            out.append(PriceAdjustment(index, best[0], best[1].name, best[1].id))
    return out


def apply_promotions_to_cart(
    cart: Cart,
    at: dt.datetime,
    promotions: Iterable[Promotion],
    category_of: Mapping[int, int | None] | None = None,
) -> list[PriceAdjustment]:
    """Put the running promotions on the cart lines that have no discount of their own."""
    lines = cart.lines
    adjustments = [
        adjustment
        for adjustment in apply_promotions(cart_facts(cart, category_of), at, promotions)
        if lines[adjustment.line_index].line_discount is None
        and lines[adjustment.line_index].discountable
    ]
    for adjustment in adjustments:
        cart.set_line_discount(
            adjustment.line_index,
            Discount.amount(
                adjustment.discount_cents, origin="promotion", name=adjustment.promotion_name
            ),
        )
    return adjustments
