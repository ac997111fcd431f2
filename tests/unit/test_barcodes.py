"""EAN-13 / EAN-8 / UPC-A: a wrong code must never find (or create) the wrong product."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cafe_pos.domain.barcodes import (
    BarcodeError,
    complete_ean13,
    ean8_check_digit,
    ean13_check_digit,
    is_in_store,
    upca_check_digit,
    validate_barcode,
)

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


def test_known_retail_codes() -> None:
    assert ean13_check_digit("544900000099") == "6"  # Coca-Cola 33 cl can
    assert validate_barcode("5449000000996") == "5449000000996"
    assert ean8_check_digit("9638507") == "4"
    assert validate_barcode("96385074") == "96385074"
    assert upca_check_digit("03600029145") == "2"


def test_upc_a_is_stored_as_its_ean13_form() -> None:
    assert validate_barcode("036000291452") == "0036000291452"


def test_in_store_codes_starting_with_2_are_valid_ean13() -> None:
    code = complete_ean13("210012300450")
    assert validate_barcode(code) == code
    assert is_in_store(code)
    assert not is_in_store("5449000000996")


def test_scanner_spaces_are_ignored() -> None:
    assert validate_barcode(" 5449000000996\n") == "5449000000996"


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("5449000000997", "la clé de contrôle ne correspond pas"),
        ("12345", "5 chiffres"),
        ("54490000009961", "14 chiffres"),
        ("544900000099X", "que des chiffres"),
        ("", "vide"),
        ("x" * 300, "trop long"),
        ("1" * 300, "trop long"),
    ],
)
def test_bad_codes_are_refused_with_a_clear_french_reason(code: str, reason: str) -> None:
    with pytest.raises(BarcodeError, match=reason):
        validate_barcode(code)


def test_a_300_character_message_stays_short() -> None:
    with pytest.raises(BarcodeError) as info:
        validate_barcode("7" * 300)
    assert len(str(info.value)) < 120


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_computed_check_digit_validates(first12: str) -> None:
    assert validate_barcode(first12 + ean13_check_digit(first12)) == first12 + ean13_check_digit(
        first12
    )


@given(st.text(alphabet="0123456789", min_size=7, max_size=7))
def test_computed_ean8_check_digit_validates(first7: str) -> None:
    code = first7 + ean8_check_digit(first7)
    assert validate_barcode(code) == code


@given(
    st.text(alphabet="0123456789", min_size=12, max_size=12),
    st.integers(min_value=0, max_value=12),
    st.integers(min_value=1, max_value=9),
)
def test_any_single_digit_change_is_detected(first12: str, position: int, shift: int) -> None:
    code = complete_ean13(first12)
    changed_digit = str((int(code[position]) + shift) % 10)
    typo = code[:position] + changed_digit + code[position + 1 :]
    with pytest.raises(BarcodeError):
        validate_barcode(typo)
