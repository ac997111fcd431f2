"""The drawer rules a manager relies on: what a valid count is and how much cash to expect."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cafe_pos.domain.cash import (
    DENOMINATIONS,
    CashError,
    CashFlows,
    DrawerCount,
    check_difference_reason,
    check_movement,
    denomination_label,
    difference_label,
)


def test_denominations_go_from_500_euros_to_one_cent() -> None:
    assert DENOMINATIONS[0] == 50000
    assert DENOMINATIONS[-1] == 1
    assert len(DENOMINATIONS) == 15
    assert list(DENOMINATIONS) == sorted(DENOMINATIONS, reverse=True)


def test_labels_say_note_or_coin_in_french() -> None:
    assert denomination_label(2000) == "billet de 20 €"
    assert denomination_label(200) == "pièce de 2 €"
    assert denomination_label(50) == "pièce de 0,50 €"


def test_a_count_adds_up_in_cents() -> None:
    count = DrawerCount.from_entries({2000: 3, 500: 1, 200: 4, 50: 3, 1: 7})
    assert count.total_cents == 6000 + 500 + 800 + 150 + 7
    assert count.as_dict()[10000] == 0


@given(st.dictionaries(st.sampled_from(DENOMINATIONS), st.integers(0, 100)))
def test_total_is_the_sum_of_pieces(pieces: dict[int, int]) -> None:
    assert DrawerCount.from_entries(pieces).total_cents == sum(v * n for v, n in pieces.items())


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({2000: -1}, "billet de 20 € ne peut pas être négatif"),
        ([(2000, 1), (2000, 2)], "saisi deux fois"),
        ({300: 1}, "Valeur inconnue"),
        ({100: 1_000_000}, "trop élevé"),
        ({100: "3"}, "Nombre invalide"),
    ],
)
def test_bad_counts_are_refused_in_french(entries: object, message: str) -> None:
    with pytest.raises(CashError, match=message):
        DrawerCount.from_entries(entries)  # type: ignore[arg-type]  # ill-typed on purpose


def test_expected_cash_formula() -> None:
    flows = CashFlows(
        float_cents=15000,
        cash_payments_cents=42030,
        cashback_cents=4000,
        cash_in_cents=2000,
        cash_out_cents=12000,
        account_settlements_cents=2550,
    )
    assert flows.expected_cents == 15000 + 42030 - 4000 + 2000 - 12000 + 2550


def test_movements_need_a_matching_reason_and_a_positive_amount() -> None:
    ok = check_movement("out", "supplier", 4550, "  Livraison   boissons ")
    assert ok.amount_cents == 4550 and ok.note == "Livraison boissons"
    with pytest.raises(CashError, match="positif"):
        check_movement("out", "supplier", 0)
    with pytest.raises(CashError, match="ne convient pas"):
        check_movement("in", "bank_deposit", 1000)
    with pytest.raises(CashError, match="Précisez"):
        check_movement("in", "other", 1000, "")
    with pytest.raises(CashError, match="Mouvement inconnu"):
        check_movement("sideways", "other", 1000, "x")


def test_a_difference_needs_a_reason() -> None:
    assert check_difference_reason(0, "") == ""
    with pytest.raises(CashError, match=r"manque de 2,50 €"):
        check_difference_reason(-250, "")
    assert check_difference_reason(120, "pourboire laissé") == "pourboire laissé"
    assert difference_label(0) == "Caisse juste"
    assert difference_label(-250) == "Manque de 2,50 €"
    assert difference_label(1000) == "Excédent de 10,00 €"
