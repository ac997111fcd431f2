"""Payment rules: exact cover, change only from cash, meal vouchers, account, cash-back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cafe_pos.domain.payments import (
    ALCOHOL_ON_CREDIT_MESSAGE,
    AlcoholOnCredit,
    PaymentError,
    PaymentInput,
    equal_split,
    note_required,
    settle,
)


def test_cash_gives_change() -> None:
    result = settle(850, [PaymentInput("cash", 850, tendered_cents=2000)])
    assert result.change_cents == 1150
    assert result.payments[0].amount_cents == 850
    assert result.payments[0].tendered_cents == 2000


def test_mixed_card_and_cash() -> None:
    result = settle(3000, [PaymentInput("card", 2000), PaymentInput("cash", 1500)])
    assert [(p.method, p.amount_cents) for p in result.payments] == [("card", 2000), ("cash", 1000)]
    assert result.change_cents == 500


def test_not_enough_is_refused_with_the_missing_amount() -> None:
    with pytest.raises(PaymentError, match="il manque 2,50 €"):
        settle(1000, [PaymentInput("card", 750)])


def test_only_cash_may_exceed() -> None:
    with pytest.raises(PaymentError, match="seules les espèces"):
        settle(1000, [PaymentInput("card", 1200)])
    with pytest.raises(PaymentError, match="déjà réglé"):
        settle(1000, [PaymentInput("card", 1000), PaymentInput("cash", 500)])


def test_meal_vouchers_only_on_eligible_food() -> None:
    ok = settle(
        1500, [PaymentInput("meal_voucher", 900), PaymentInput("cash", 600)], meal_voucher_cap=900
    )
    assert ok.paid_cents == 1500
    with pytest.raises(PaymentError, match="titres-restaurant"):
        settle(
            1500,
            [PaymentInput("meal_voucher", 1000), PaymentInput("cash", 500)],
            meal_voucher_cap=900,
        )


def test_meal_voucher_on_alcohol_only_ticket_is_refused() -> None:
    with pytest.raises(PaymentError, match="0,00 € au plus"):
        settle(
            600,
            [PaymentInput("meal_voucher", 600)],
            meal_voucher_cap=0,
            has_alcohol=True,
            alcohol_cents=600,
        )


def test_account_never_pays_alcohol() -> None:
    with pytest.raises(AlcoholOnCredit) as err:
        settle(900, [PaymentInput("account", 900)], has_alcohol=True, alcohol_cents=300)
    assert str(err.value) == ALCOHOL_ON_CREDIT_MESSAGE
    ok = settle(
        900,
        [PaymentInput("account", 600), PaymentInput("cash", 300)],
        has_alcohol=True,
        alcohol_cents=300,
    )
    assert ok.paid_cents == 900


def test_cashback_rules() -> None:
    ok = settle(450, [PaymentInput("card", 450)], cashback_cents=2000)
    assert ok.cashback_cents == 2000
    assert ok.payments[0].tendered_cents == 2450
    assert ok.payments[0].amount_cents == 450
    with pytest.raises(PaymentError, match="60,00 €"):
        settle(450, [PaymentInput("card", 450)], cashback_cents=6001)
    with pytest.raises(PaymentError, match="carte"):
        settle(450, [PaymentInput("cash", 450)], cashback_cents=1000)
    with pytest.raises(PaymentError, match="au moins 1,00 €"):
        settle(90, [PaymentInput("card", 90)], cashback_cents=1000)


@pytest.mark.parametrize(
    "payment",
    [
        PaymentInput("cash", 0),
        PaymentInput("cash", -100),
        PaymentInput("bitcoin", 100),
        PaymentInput("card", 100, tendered_cents=200),
        PaymentInput("cash", 500, tendered_cents=100),
    ],
)
def test_bad_payments_are_refused(payment: PaymentInput) -> None:
    with pytest.raises(PaymentError):
        settle(100, [payment])


def test_free_ticket_needs_no_payment() -> None:
    assert settle(0, []).payments == ()


def test_equal_split_and_note_threshold() -> None:
    assert equal_split(1000, 3) == [334, 333, 333]
    assert sum(equal_split(2501, 7)) == 2501
    with pytest.raises(PaymentError):
        equal_split(1000, 0)
    assert note_required(2500, True)
    assert not note_required(2499, True)
    assert not note_required(9000, False)


METHODS = st.sampled_from(["cash", "card", "cheque", "meal_voucher", "account"])


@given(
    total=st.integers(min_value=0, max_value=50_000),
    payments=st.lists(st.tuples(METHODS, st.integers(min_value=1, max_value=60_000)), max_size=5),
    cap=st.integers(min_value=0, max_value=50_000),
    alcohol=st.integers(min_value=0, max_value=50_000),
)
def test_accepted_settlements_always_add_up(
    total: int, payments: list[tuple[str, int]], cap: int, alcohol: int
) -> None:
    alcohol = min(alcohol, total)
    inputs = [PaymentInput(m, a) for m, a in payments]
    try:
        result = settle(
            total, inputs, meal_voucher_cap=cap, has_alcohol=alcohol > 0, alcohol_cents=alcohol
        )
    except PaymentError:
        return
    assert result.paid_cents == total
    assert result.change_cents >= 0
    for p in result.payments:
        assert p.amount_cents >= 0
        if p.method != "cash":
            assert p.change_cents == 0
    if result.change_cents:
        assert any(p.method == "cash" for p in result.payments)
    assert sum(p.amount_cents for p in result.payments if p.method == "meal_voucher") <= cap
    assert sum(p.amount_cents for p in result.payments if p.method == "account") <= total - alcohol


@given(
    total=st.integers(min_value=0, max_value=10**7), parts=st.integers(min_value=1, max_value=50)
)
def test_equal_split_sums_and_is_fair(total: int, parts: int) -> None:
    shares = equal_split(total, parts)
    assert sum(shares) == total
    assert max(shares) - min(shares) <= 1
