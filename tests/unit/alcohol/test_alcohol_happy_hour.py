"""Happy hour: the equivalent soft-drink discount rule, open bar, pricing a cart."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe_pos.domain.alcohol import LineFacts
from cafe_pos.domain.cart import Cart, SaleItem
from cafe_pos.domain.clock import PARIS
from cafe_pos.domain.happy_hour import (
    ProductFacts,
    PromoKind,
    Promotion,
    PromotionError,
    apply_promotions,
    apply_promotions_to_cart,
    compliant_promotions,
    validate_promotions,
)
from cafe_pos.domain.schedule import parse_interval

BEERS, SOFTS = 10, 20
PRODUCTS = {
    p.product_id: p
    for p in [
        ProductFacts(1, "Demi", BEERS, 300, True, True),
        ProductFacts(2, "Pinte", BEERS, 600, True, True),
        ProductFacts(11, "Coca", SOFTS, 350, False, True),
        ProductFacts(12, "Sirop à l'eau", SOFTS, 200, False, True),
        ProductFacts(13, "Jus d'orange", SOFTS, 400, False, True),
        ProductFacts(14, "Limonade", SOFTS, 300, False, True),
        ProductFacts(15, "Carafe d'eau", SOFTS, 0, False, True),
        ProductFacts(30, "Croque", 30, 500, False, False),
    ]
}
WEEKDAYS = frozenset({0, 1, 2, 3, 4})


def promo(
    name: str,
    *,
    categories: set[int] | None = None,
    products: set[int] | None = None,
    value: int = 2000,
    kind: PromoKind = PromoKind.PERCENT,
    window: str = "18:00-20:00",
    weekdays: frozenset[int] = WEEKDAYS,
    active: bool = True,
) -> Promotion:
    return Promotion(
        name,
        weekdays,
        parse_interval(window),
        kind,
        value,
        product_ids=frozenset(products or ()),
        category_ids=frozenset(categories or ()),
        active=active,
    )


def test_alcohol_discount_alone_is_refused_with_the_rule_explained() -> None:
    with pytest.raises(PromotionError) as refused:
        validate_promotions([promo("Bières -20 %", categories={BEERS})], PRODUCTS)
    message = str(refused.value)
    assert "au moins 3 boissons sans alcool" in message
    assert "L3323-1" in message
    assert "lun., mar., mer., jeu., ven. 18:00-20:00" in message


def test_equivalent_soft_drink_discount_in_the_same_window_is_accepted() -> None:
    validate_promotions(
        [promo("Bières -20 %", categories={BEERS}), promo("Softs -20 %", categories={SOFTS})],
        PRODUCTS,
    )
    # One promotion on all drinks covers itself.
    validate_promotions([promo("Tout -15 %", categories={BEERS, SOFTS}, value=1500)], PRODUCTS)


@pytest.mark.parametrize(
    "soft",
    [
        promo("Softs -10 %", categories={SOFTS}, value=1000),  # smaller discount
        promo("Softs 18-19", categories={SOFTS}, window="18:00-19:00"),  # shorter window
        promo("Softs lun.", categories={SOFTS}, weekdays=frozenset({0})),  # fewer days
        promo("Un seul soft", products={11}),  # only one soft drink
        promo("Softs inactifs", categories={SOFTS}, active=False),
    ],
    ids=["smaller", "shorter", "fewer days", "one drink", "inactive"],
)
def test_weaker_soft_drink_offers_are_not_equivalent(soft: Promotion) -> None:
    with pytest.raises(PromotionError, match="refusée"):
        validate_promotions([promo("Bières -20 %", categories={BEERS}), soft], PRODUCTS)


def test_price_promotions_compare_the_share_of_the_price() -> None:
    pint_4 = promo("Pinte à 4 €", products={2}, kind=PromoKind.PRICE, value=400)  # -33,33 %
    softs_30 = promo("Softs -30 %", categories={SOFTS}, value=3000)
    with pytest.raises(PromotionError, match="33,33 %"):
        validate_promotions([pint_4, softs_30], PRODUCTS)
    softs_half = promo("Softs à moitié prix", categories={SOFTS}, value=5000)
    validate_promotions([pint_4, softs_half], PRODUCTS)


def test_windows_crossing_midnight_are_compared_minute_by_minute() -> None:
    late_beer = promo(
        "Bières nuit", categories={BEERS}, window="23:00-01:00", weekdays=frozenset({4})
    )
    evening_softs = promo(
        "Softs soir", categories={SOFTS}, window="22:00-24:00", weekdays=frozenset({4})
    )
    with pytest.raises(PromotionError):
        validate_promotions([late_beer, evening_softs], PRODUCTS)
    night_softs = promo(
        "Softs nuit", categories={SOFTS}, window="22:00-02:00", weekdays=frozenset({4})
    )
    validate_promotions([late_beer, night_softs], PRODUCTS)


def test_free_alcohol_is_never_a_promotion() -> None:
    free_beer = promo("Bière offerte", categories={BEERS}, value=10000)
    free_softs = promo("Softs offerts", categories={SOFTS}, value=10000)
    with pytest.raises(PromotionError, match="gratuit"):
        validate_promotions([free_beer, free_softs], PRODUCTS)
    zero_price = promo("Demi à 0 €", products={1}, kind=PromoKind.PRICE, value=0)
    with pytest.raises(PromotionError, match="open bar"):
        validate_promotions([zero_price, free_softs], PRODUCTS)


@pytest.mark.parametrize(
    ("broken", "message"),
    [
        (promo(" ", categories={SOFTS}), "nom"),
        (promo("Sans jour", categories={SOFTS}, weekdays=frozenset()), "jour"),
        (promo("Sans cible"), "produits ou une catégorie"),
        (promo("Trop", categories={SOFTS}, value=10001), "100 %"),
    ],
)
def test_shape_errors(broken: Promotion, message: str) -> None:
    with pytest.raises(PromotionError, match=message):
        validate_promotions([broken], PRODUCTS)


def test_soft_drink_only_promotions_need_nothing_else() -> None:
    validate_promotions([promo("Softs -50 %", categories={SOFTS}, value=5000)], PRODUCTS)


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=PARIS)


def test_apply_promotions_picks_the_best_running_one_per_line() -> None:
    promotions = [
        promo("Bières -20 %", categories={BEERS}),
        promo("Pinte à 4 €", products={2}, kind=PromoKind.PRICE, value=400),
        promo("Softs -20 %", categories={SOFTS}),
    ]
    lines = [
        LineFacts("Pinte", True, True, 2000, 600, product_id=2, category_id=BEERS),
        LineFacts("Coca", False, True, 1000, 350, product_id=11, category_id=SOFTS),
        LineFacts("Croque", False, False, 1000, 500, product_id=30, category_id=30),
    ]
    during = apply_promotions(lines, at(27, 18, 30), promotions)  # Friday 18:30
    assert [(a.line_index, a.discount_cents, a.promotion_name) for a in during] == [
        (0, 400, "Pinte à 4 €"),
        (1, 70, "Softs -20 %"),
    ]
    assert apply_promotions(lines, at(27, 20, 0), promotions) == []  # window ended
    assert apply_promotions(lines, at(28, 18, 30), promotions) == []  # Saturday


def test_apply_promotions_to_cart_leaves_manual_discounts_alone() -> None:
    coke = SaleItem(11, "Coca", "Softs", 350, 1000, 550, is_drink=True)
    beer = SaleItem(1, "Demi", "Bières", 300, 2000, 2000, is_alcohol=True, is_drink=True)
    cart = Cart()
    cart.add(beer, 2000)
    cart.add(coke)
    promotions = [promo("Tout -20 %", categories={BEERS, SOFTS})]
    applied = apply_promotions_to_cart(cart, at(27, 19, 0), promotions, {1: BEERS, 11: SOFTS})
    assert len(applied) == 2
    assert cart.total_cents == 480 + 280
    assert apply_promotions_to_cart(cart, at(27, 19, 0), promotions, {1: BEERS, 11: SOFTS}) == []
    assert cart.total_cents == 760


def test_compliant_promotions_drop_alcohol_offers_that_lost_their_equivalent() -> None:
    beers = promo("Bières -20 %", categories={BEERS})
    softs = promo("Softs -20 %", products={11, 12, 13})
    croque = promo("Croque -10 %", products={30}, value=1000)
    assert compliant_promotions([beers, softs, croque], PRODUCTS) == [beers, softs, croque]
    # The orange juice is archived: two discounted soft drinks left, three required.
    archived = dict(PRODUCTS)
    archived[13] = ProductFacts(13, "Jus d'orange", SOFTS, 400, False, True, active=False)
    assert compliant_promotions([beers, softs, croque], archived) == [softs, croque]
