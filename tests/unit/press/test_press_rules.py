"""Press barcodes, VAT, commission and returns: the rules of domain/press.py."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe_pos.domain.press import (
    IssueFigures,
    Periodicity,
    PressError,
    Statement,
    StatementLine,
    check_commission,
    check_return,
    commission_of,
    default_return_deadline,
    ean_for,
    is_press_code,
    normalise_issn,
    parse_press_code,
    return_is_late,
    title_key_for,
    vat_for,
)

LE_MONDE_ISSN = "0395-2037"


def test_a_title_is_keyed_on_its_first_twelve_digits_and_the_issue_on_the_addon() -> None:
    key = title_key_for(LE_MONDE_ISSN)
    assert key == "977039520300"
    code = parse_press_code(ean_for(key) + "24117")
    assert code.title_key == key
    assert code.issn == "03952037"  # the ISSN's own check digit is recomputed
    assert code.variant == "00"
    assert code.addon == "24117"
    assert parse_press_code(ean_for(key)).addon is None
    assert parse_press_code(ean_for(key) + "07").addon == "07"
    assert is_press_code(ean_for(key) + "07")
    assert not is_press_code("3017620422003")  # a jar of spread


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("3017620422003", "977"),
        ("977039520300" + "0", "clé de contrôle"),
        ("97703952030", "13 chiffres"),
        ("9770395203001234", "13 chiffres"),
        ("97703952Ø3003", "chiffres"),
        ("９７７０３９５２０３００３", "chiffres"),  # full-width digits
    ],
)
def test_bad_press_codes_are_refused_in_french(code: str, message: str) -> None:
    with pytest.raises(PressError, match=message):
        parse_press_code(code)


def test_an_issn_with_a_wrong_check_digit_is_refused() -> None:
    assert normalise_issn("0395-2037") == "03952037"
    with pytest.raises(PressError, match="clé de contrôle"):
        normalise_issn("0395-2036")
    with pytest.raises(PressError, match="8 caractères"):
        normalise_issn("0395-203")


def test_vat_and_commission() -> None:
    assert vat_for(cppap=True) == 210
    assert vat_for(cppap=False) == 2000
    assert commission_of(250, 1400) == 35
    assert commission_of(-250, 1400) == -35  # a refunded copy gives the commission back
    assert commission_of(195, 1300) == 25  # 25.35 -> 25
    with pytest.raises(PressError, match="15 %"):
        check_commission(1600)


def test_returns_cannot_exceed_what_is_left_and_late_returns_are_flagged() -> None:
    figures = IssueFigures(supplied=10, sold=6, returned=1)
    assert figures.on_shelf == 3
    check_return(figures, 3)
    with pytest.raises(PressError, match="3 restant"):
        check_return(figures, 4)
    with pytest.raises(PressError, match="au moins 1"):
        check_return(figures, 0)
    deadline = default_return_deadline(dt.date(2026, 12, 1), Periodicity.WEEKLY)
    assert deadline == dt.date(2026, 12, 8)
    assert not return_is_late(deadline, dt.date(2026, 12, 8))
    assert return_is_late(deadline, dt.date(2026, 12, 9))


def test_a_statement_owes_takings_less_commission() -> None:
    lines = (
        StatementLine("Le Monde", "24117", 300, 10, 3, 7, 2100, 294),
        StatementLine("Géo", "552", 790, 4, 2, 2, 1580, 205),
    )
    statement = Statement("MLP", dt.date(2026, 11, 30), dt.date(2026, 12, 6), lines)
    assert statement.takings_cents == 3680
    assert statement.commission_cents == 499
    assert statement.due_cents == 3181


def test_a_commission_typed_as_a_percentage() -> None:
    from cafe_pos.domain.money import MoneyError, parse_percent

    assert parse_percent("3") == 300
    assert parse_percent("3,5 %") == 350
    assert parse_percent("") == 0
    with pytest.raises(MoneyError, match="entre 0 et 50 %"):
        parse_percent("60", maximum_bp=5000)
    with pytest.raises(MoneyError, match="invalide"):
        parse_percent("trois")
    with pytest.raises(MoneyError, match="invalide"):
        parse_percent("nan")


def test_a_relais_poste_withdrawal_is_capped() -> None:
    from cafe_pos.domain.cash import CashError, check_movement

    assert check_movement("out", "third_party_withdrawal", 50000).amount_cents == 50000
    with pytest.raises(CashError, match="500,00 €"):
        check_movement("out", "third_party_withdrawal", 50001)
