"""Refund proration (domain): parts add up to the line to the cent, never more."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cafe_pos.domain.refunds import AlreadyRefunded, RefundRefused, SoldLine, prorate, refund_part

LINE = SoldLine(2, "Demi", "piece", 3000, 1000, 50)  # 3 beers for 10,00 €, 0,50 € off


def test_a_part_is_prorated_and_the_last_part_takes_what_is_left() -> None:
    assert refund_part(LINE, AlreadyRefunded(), 1000) == (333, 17)
    assert refund_part(LINE, AlreadyRefunded(1000, 333, 17), 1000) == (333, 17)
    assert refund_part(LINE, AlreadyRefunded(2000, 666, 34), 1000) == (334, 16)


def test_more_than_what_is_left_or_a_bad_quantity_is_refused() -> None:
    with pytest.raises(RefundRefused, match="2 au plus à rembourser"):
        refund_part(LINE, AlreadyRefunded(1000, 333, 17), 2500)
    for bad in (0, -1000, True):
        with pytest.raises(RefundRefused, match="invalide"):
            refund_part(LINE, AlreadyRefunded(), bad)


@given(
    total=st.integers(-(10**7), 10**7),
    sold=st.integers(1, 10**6),
    parts=st.lists(st.integers(1, 10**6), min_size=1, max_size=6),
)
def test_parts_add_up_to_the_line(total: int, sold: int, parts: list[int]) -> None:
    line = SoldLine(1, "x", "kg", sold, total, 0)
    done = AlreadyRefunded()
    for part in parts:
        qty = min(part, line.qty_milli - done.qty_milli)
        if qty <= 0:
            break
        got, _ = refund_part(line, done, qty)
        done = AlreadyRefunded(done.qty_milli + qty, done.total_cents + got, 0)
    if done.qty_milli == sold:
        assert done.total_cents == total
    assert prorate(total, sold, sold) == total
