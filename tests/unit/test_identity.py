"""SIRET, NAF and VAT-number checks: what an auditor reads on every receipt."""

from __future__ import annotations

import pytest

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.identity import (
    IdentityError,
    luhn_valid,
    validate_naf,
    validate_siren,
    validate_siret,
    validate_vat_number,
    vat_key,
    vat_number_for,
)

DEMO_SIRET = "88421573200022"


def test_valid_siret_is_normalised_without_spaces() -> None:
    assert validate_siret("884 215 732 00022") == DEMO_SIRET


@pytest.mark.parametrize("position", range(14))
def test_any_single_digit_typo_in_a_siret_is_refused(position: int) -> None:
    digit = int(DEMO_SIRET[position])
    typo = DEMO_SIRET[:position] + str((digit + 1) % 10) + DEMO_SIRET[position + 1 :]
    with pytest.raises(IdentityError, match="la clé de contrôle ne correspond pas"):
        validate_siret(typo)


def test_swapped_adjacent_digits_are_detected() -> None:
    swapped = DEMO_SIRET[0] + DEMO_SIRET[2] + DEMO_SIRET[1] + DEMO_SIRET[3:]  # 884 -> 848
    assert swapped != DEMO_SIRET
    with pytest.raises(IdentityError):
        validate_siret(swapped)


def test_siret_error_message_is_the_french_sentence_from_the_issue() -> None:
    with pytest.raises(UserError) as info:
        validate_siret("12345678901234")
    assert str(info.value) == "SIRET invalide : la clé de contrôle ne correspond pas"


@pytest.mark.parametrize("bad", ["", "1234", "8842157320002A", "884215732000221", "   "])
def test_siret_of_the_wrong_shape_is_refused(bad: str) -> None:
    with pytest.raises(IdentityError, match="SIRET"):
        validate_siret(bad)


def test_la_poste_establishments_use_the_sum_of_digits_rule() -> None:
    la_poste = "35600000049837"  # digit sum 45, fails Luhn on 14 digits
    assert not luhn_valid(la_poste)
    assert validate_siret(la_poste) == la_poste
    with pytest.raises(IdentityError):
        validate_siret("35600000049838")  # digit sum 46


def test_siren_alone_is_checked() -> None:
    assert validate_siren("884 215 732") == "884215732"
    with pytest.raises(IdentityError):
        validate_siren("884215733")


@pytest.mark.parametrize("text", ["5630Z", "56.30Z", "56.30z", " 5630Z "])
def test_naf_code_is_normalised(text: str) -> None:
    assert validate_naf(text) == "5630Z"


@pytest.mark.parametrize("text", ["563Z", "5630", "56300", "ZZ30Z", "5630ZZ"])
def test_malformed_naf_code_is_refused(text: str) -> None:
    with pytest.raises(IdentityError, match="Code NAF invalide"):
        validate_naf(text)


def test_vat_number_of_la_poste_matches_the_published_one() -> None:
    assert vat_number_for("356000000") == "FR39356000000"


def test_vat_key_formula() -> None:
    siren = "884215732"
    assert vat_key(siren) == f"{(12 + 3 * (884215732 % 97)) % 97:02d}" == "42"


def test_vat_number_is_normalised_and_must_match_the_siret() -> None:
    assert validate_vat_number("fr 42 884 215 732", siret=DEMO_SIRET) == "FR42884215732"
    other_siret = "83124657400022"
    with pytest.raises(IdentityError, match="ne correspond pas au SIREN"):
        validate_vat_number("FR42884215732", siret=other_siret)


def test_vat_number_with_a_wrong_key_is_refused() -> None:
    with pytest.raises(IdentityError, match="clé de contrôle"):
        validate_vat_number("FR43884215732")


@pytest.mark.parametrize("text", ["42884215732", "DE42884215732", "FR4288421573", "FR"])
def test_malformed_vat_number_is_refused(text: str) -> None:
    with pytest.raises(IdentityError, match="Numéro de TVA invalide"):
        validate_vat_number(text)
