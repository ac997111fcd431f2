"""The VAT split: per rate on the ticket totals, half-up, HT = TTC − VAT."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cafe_pos.domain.vat import (
    FRENCH_VAT_RATES,
    VatError,
    format_rate,
    parse_rate,
    rate_key,
    split_by_rate,
    vat_of_total,
)


def test_known_values() -> None:
    # 12,00 € TTC at 20 % contains 2,00 € VAT; 10,55 € at 5,5 % contains 0,55 €.
    assert vat_of_total(1200, 2000) == 200
    assert vat_of_total(1055, 550) == 55
    assert vat_of_total(1021, 210) == 21
    assert vat_of_total(999, 0) == 0
    (line,) = split_by_rate({1000: 550})
    assert (line.base_cents, line.vat_cents, line.total_cents) == (500, 50, 550)


def test_rates_display_and_keys() -> None:
    assert [format_rate(r) for r in FRENCH_VAT_RATES] == ["20", "10", "5,5", "2,1", "0"]
    assert [rate_key(r) for r in FRENCH_VAT_RATES] == ["20.0", "10.0", "5.5", "2.1", "0.0"]
    assert parse_rate("5,5 %") == 550
    with pytest.raises(VatError):
        parse_rate("19,6")


def test_split_is_on_ticket_totals_not_lines() -> None:
    # Three 0,99 € lines at 5,5 %: line-by-line VAT would be 3 × 0,05 = 0,15 €;
    # on the total (2,97 €) it is 0,15 € too here, but 7 × 0,33 € shows the difference.
    per_line = 7 * vat_of_total(33, 2000)
    (line,) = split_by_rate({2000: 7 * 33})
    assert line.vat_cents == vat_of_total(231, 2000) == 39
    assert per_line == 42  # what a line-by-line rounding would (wrongly) give


@given(
    st.dictionaries(
        st.sampled_from(FRENCH_VAT_RATES),
        st.integers(min_value=-(10**8), max_value=10**8),
        max_size=5,
    )
)
def test_parts_always_add_up(totals: dict[int, int]) -> None:
    lines = split_by_rate(totals)
    assert sum(x.total_cents for x in lines) == sum(totals.values())
    for x in lines:
        assert x.base_cents + x.vat_cents == x.total_cents
        assert abs(x.vat_cents) <= abs(x.total_cents)
    assert [x.rate_bp for x in lines] == sorted(totals, reverse=True)
