"""The cart: merging, deposits, discounts spread to the cent, take-away VAT, bad input."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cafe_pos.domain.cart import Cart, CartError, Discount, SaleItem, spread

COFFEE = SaleItem(1, "Café", "Cafés", 150, 1000, 550, is_drink=True)
BEER = SaleItem(2, "Demi pression", "Bières", 300, 2000, 2000, is_alcohol=True, is_drink=True)
SANDWICH = SaleItem(3, "Sandwich jambon", "Snacks", 550, 1000, 550, meal_voucher_ok=True)
CONSIGNE = SaleItem(4, "Consigne bouteille", "Consignes", 20, 0, 0, track_stock=False)
BOTTLE = SaleItem(5, "Limonade 1 L", "Épicerie", 250, 1000, 550, is_drink=True, deposit=CONSIGNE)
PAPER = SaleItem(6, "La Montagne", "Presse", 140, 210, 210, third_party=True)
CHEESE = SaleItem(7, "Comté", "Fromages", 2590, 550, 550, unit="kg", meal_voucher_ok=True)


def test_same_product_twice_merges_into_one_line() -> None:
    cart = Cart()
    cart.add(COFFEE)
    cart.add(COFFEE, 2000)
    assert len(cart.lines) == 1
    assert cart.lines[0].qty_milli == 3000
    assert cart.total_cents == 450


def test_a_different_product_in_between_starts_a_new_line() -> None:
    cart = Cart()
    cart.add(COFFEE)
    cart.add(BEER)
    cart.add(COFFEE)
    assert [ln.label for ln in cart.lines] == ["Café", "Demi pression", "Café"]


def test_discounted_or_weighed_lines_do_not_merge() -> None:
    cart = Cart()
    cart.add(COFFEE)
    cart.set_line_discount(0, Discount.amount(50))
    cart.add(COFFEE)
    cart.add(CHEESE, 250)
    cart.add(CHEESE, 300)
    assert len(cart.lines) == 4


def test_deposit_is_its_own_line_and_follows_its_product() -> None:
    cart = Cart()
    cart.add(BOTTLE)
    cart.add(BOTTLE)
    assert [(ln.label, ln.qty_milli, ln.is_deposit) for ln in cart.lines] == [
        ("Limonade 1 L", 2000, False),
        ("Consigne bouteille", 2000, True),
    ]
    assert cart.total_cents == 2 * 250 + 2 * 20
    cart.set_quantity(0, 5000)
    assert cart.lines[1].qty_milli == 5000
    removed = cart.remove(0)
    assert removed.label == "Limonade 1 L"
    assert cart.is_empty


def test_takeaway_switch_changes_each_lines_vat_rate() -> None:
    cart = Cart()
    cart.add(COFFEE)
    cart.add(BEER)
    assert {v.rate_bp: v.total_cents for v in cart.vat_lines()} == {2000: 300, 1000: 150}
    cart.set_takeaway(True)
    assert {v.rate_bp: v.total_cents for v in cart.vat_lines()} == {2000: 300, 550: 150}
    vat = {v.rate_bp: v for v in cart.vat_lines()}
    assert vat[550].vat_cents == 8  # 150 × 5.5 / 105.5 = 7.82 -> 8
    assert vat[2000].vat_cents == 50


def test_ticket_discount_spreads_to_the_cent_and_skips_deposits_and_press() -> None:
    cart = Cart()
    cart.add(COFFEE)  # 150
    cart.add(BEER)  # 300
    cart.add(SANDWICH)  # 550
    cart.add(BOTTLE)  # 250 + deposit 20
    cart.add(PAPER)  # 140, third party
    cart.set_ticket_discount(Discount.amount(100))
    lines = cart.lines
    assert cart.ticket_discount_cents == 100
    assert sum(ln.ticket_discount_cents for ln in lines) == 100
    assert [ln.ticket_discount_cents for ln in lines if not ln.discountable] == [0, 0]
    assert cart.total_cents == 150 + 300 + 550 + 250 + 20 + 140 - 100
    assert sum(ln.total_cents for ln in lines) == cart.total_cents
    assert cart.discount_total_cents == 100


def test_percent_discounts_on_line_then_ticket() -> None:
    cart = Cart()
    cart.add(SANDWICH, 2000)  # 1100
    cart.set_line_discount(0, Discount.percent(1000))  # -110
    cart.add(COFFEE)  # 150
    cart.set_ticket_discount(Discount.percent(500))  # 5 % of 1140 = 57
    assert cart.lines[0].line_discount_cents == 110
    assert cart.ticket_discount_cents == 57
    assert cart.total_cents == 1100 + 150 - 110 - 57
    assert cart.max_discount_bp() == 1000


def test_weighed_line_price() -> None:
    cart = Cart()
    line = cart.add(CHEESE, 347)  # 0.347 kg × 25.90 = 8.9873 -> 8.99
    assert line.total_cents == 899
    assert cart.meal_voucher_eligible_cents == 899


def test_alcohol_totals() -> None:
    cart = Cart()
    cart.add(BEER, 3000)
    cart.add(COFFEE)
    assert cart.has_alcohol
    assert cart.alcohol_total_cents == 900


@pytest.mark.parametrize(
    ("qty", "price", "message"),
    [
        (0, None, "positive"),
        (-1000, None, "positive"),
        (1500, None, "entière"),
        (10_000_000, None, "trop élevée"),
        (1000, -5, "négatif"),
        (1000, 10_000_000, "trop élevé"),
    ],
)
def test_absurd_quantities_and_prices_are_refused(
    qty: int, price: int | None, message: str
) -> None:
    cart = Cart()
    with pytest.raises(CartError, match=message):
        cart.add(COFFEE, qty, unit_price_cents=price)
    assert cart.is_empty


def test_bad_discounts_are_refused_and_change_nothing() -> None:
    cart = Cart()
    cart.add(COFFEE)
    cart.add(PAPER)
    with pytest.raises(CartError, match="dépasse"):
        cart.set_line_discount(0, Discount.amount(151))
    with pytest.raises(CartError, match="tiers"):
        cart.set_line_discount(1, Discount.percent(1000))
    with pytest.raises(CartError, match="100 %"):
        Discount.percent(10001)
    with pytest.raises(CartError, match="positive"):
        Discount.amount(-5)
    with pytest.raises(CartError, match="n'existe pas"):
        cart.set_quantity(7, 1000)
    assert cart.total_cents == 290


def test_adding_to_a_long_cart_stays_cheap() -> None:
    cart = Cart()
    for i in range(100):
        cart.add(SaleItem(100 + i, f"Article {i}", "Épicerie", 100 + i, 550, 550))
    start = time.perf_counter()
    for _ in range(20):
        cart.add(COFFEE)
        _ = cart.total_cents
        cart.remove(len(cart) - 1)
    per_add = (time.perf_counter() - start) / 20
    assert per_add < 0.005


@given(
    amount=st.integers(min_value=0, max_value=100_000),
    weights=st.lists(st.integers(min_value=0, max_value=1_000_000), min_size=1, max_size=30),
)
def test_spread_always_sums_to_the_amount(amount: int, weights: list[int]) -> None:
    parts = spread(amount, weights)
    if sum(weights) == 0:
        assert parts == [0] * len(weights)
    else:
        assert sum(parts) == amount
        assert all(p >= 0 for p in parts)
        assert all(p == 0 for p, w in zip(parts, weights, strict=True) if w == 0)


@given(
    prices=st.lists(st.integers(min_value=0, max_value=50_000), min_size=1, max_size=20),
    discount_bp=st.integers(min_value=1, max_value=10_000),
    takeaway=st.booleans(),
)
def test_line_totals_always_sum_to_the_ticket_and_vat_parts_add_up(
    prices: list[int], discount_bp: int, takeaway: bool
) -> None:
    cart = Cart(takeaway=takeaway)
    for i, price in enumerate(prices):
        rate = (2000, 1000, 550)[i % 3]
        cart.add(SaleItem(i, f"A{i}", "X", price, rate, 550), 1000 * (1 + i % 3))
    if cart.discountable_cents:
        cart.set_ticket_discount(Discount.percent(discount_bp))
    total = cart.total_cents
    assert sum(ln.total_cents for ln in cart.lines) == total
    assert all(ln.total_cents >= 0 for ln in cart.lines)
    vat = cart.vat_lines()
    assert sum(v.total_cents for v in vat) == total
    assert all(v.base_cents + v.vat_cents == v.total_cents for v in vat)
