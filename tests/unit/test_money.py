"""Amounts as people type and read them, and the rounding rule."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import (
    MAX_AMOUNT_CENTS,
    MoneyError,
    format_amount,
    format_eur,
    format_euros_dot,
    format_quantity,
    line_total,
    parse_amount,
    parse_quantity,
    percent_of,
    round_half_up,
)


@pytest.mark.parametrize(
    ("cents", "text"),
    [
        (0, "0,00 €"),
        (5, "0,05 €"),
        (450, "4,50 €"),
        (123450, "1 234,50 €"),
        (100000000, "1 000 000,00 €"),
        (-2599, "-25,99 €"),
    ],
)
def test_format_eur_is_french(cents: int, text: str) -> None:
    assert format_eur(cents) == text


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("4,50", 450),
        ("4.5", 450),
        ("1 234,50 €", 123450),
        ("12", 1200),
        (" 0,05 ", 5),
        ("3 €", 300),
        ("1\u00a0234,00", 123400),
    ],
)
def test_parse_amount_accepts_what_a_manager_types(text: str, cents: int) -> None:
    assert parse_amount(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "4,555", "1,2,3", "-3", "12e3", "999999999"])
def test_parse_amount_refuses_with_a_french_message(text: str) -> None:
    with pytest.raises(MoneyError) as err:
        parse_amount(text)
    assert isinstance(err.value, UserError)
    assert any(word in str(err.value) for word in ("Montant", "montant"))


def test_quantities_are_thousandths() -> None:
    assert parse_quantity("3") == 3000
    assert parse_quantity("0,250") == 250
    assert format_quantity(250, unit="kg") == "0,250 kg"
    assert format_quantity(2000) == "2"
    assert format_quantity(1500) == "1,5"
    for bad in ("0", "-1", "abc", "100000"):
        with pytest.raises(MoneyError):
            parse_quantity(bad)


def test_rounding_is_half_up_to_the_cent() -> None:
    assert round_half_up(Decimal("2.5")) == 3
    assert round_half_up(Decimal("-2.5")) == -3
    assert line_total(1299, 250) == 325  # 0,250 kg at 12,99 €/kg = 3,2475 -> 3,25
    assert percent_of(1000, 1000) == 100
    assert percent_of(333, 5000) == 167


def test_csv_amounts_use_a_dot() -> None:
    assert format_euros_dot(-1234) == "-12.34"
    assert format_euros_dot(5) == "0.05"


@given(st.integers(min_value=-MAX_AMOUNT_CENTS, max_value=MAX_AMOUNT_CENTS))
def test_format_then_parse_round_trips(cents: int) -> None:
    assert parse_amount(format_amount(cents), allow_negative=True) == cents


@given(
    st.integers(min_value=-(10**7), max_value=10**7),
    st.integers(min_value=-(10**6), max_value=10**6),
)
def test_integer_rounding_matches_the_decimal_rule(price: int, qty: int) -> None:
    expected = round_half_up(Decimal(price) * Decimal(qty) / 1000)
    assert line_total(price, qty) == expected
    assert percent_of(price, qty) == round_half_up(Decimal(price) * Decimal(qty) / 10000)
