"""Parcel relay rules: tracking formats and check digits, life cycle, dates, money, slots."""

from __future__ import annotations

import datetime as dt

import pytest
from stdnum.iso7064 import mod_37_36

from cafe_pos.domain import parcels as p

CARRIERS = {c.code: c for c in p.DEFAULT_CARRIERS}


def test_s10_check_digit_follows_the_upu_weights() -> None:
    assert p.s10_check_digit("12345678") == 5  # 204 mod 11 = 6 → 11 - 6
    assert p.s10_check_digit("00000000") == 5  # r = 0 → 5
    # r = 1 → 0: 8*1 + 6*0... find one with remainder 1
    digits = next(
        f"{n:08d}"
        for n in range(1000)
        if sum(int(d) * w for d, w in zip(f"{n:08d}", p.S10_WEIGHTS, strict=True)) % 11 == 1
    )
    assert p.s10_check_digit(digits) == 0


def test_ups_check_digit_on_ups_published_test_number() -> None:
    assert p.ups_check_digit("999AA1012345678") == 4
    assert [m.check_ok for m in p.tracking_matches("1Z999AA10123456784")] == [True]
    assert [m.check_ok for m in p.tracking_matches("1Z999AA10123456785")] == [False]


def test_dpd_label_code_uses_iso7064_mod_37_36() -> None:
    body = "0081827099800000200000250"  # 25 characters... padded to 27
    body = (body + "FR")[:27]
    code = body + mod_37_36.calc_check_digit(body)
    assert len(code) == 28 and p.dpd_label_valid(code)
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    assert not p.dpd_label_valid(wrong)


def test_normalise_refuses_empty_and_malformed() -> None:
    assert p.normalise_tracking(" ra 1234-5678 5fr ") == "RA123456785FR"
    for bad in ("", "   ", "AB#12345", "12345", "X" * 41):
        with pytest.raises(p.ParcelError):
            p.normalise_tracking(bad)


def test_suggestion_only_ranks_carriers_and_skips_bad_checks() -> None:
    carriers = list(p.DEFAULT_CARRIERS)
    assert p.suggest_carriers("1Z999AA10123456784", carriers) == ["ups"]
    assert p.suggest_carriers("RA123456785FR", carriers) == ["relais_pickup", "colissimo"]
    assert p.suggest_carriers("RA123456784FR", carriers) == []  # wrong key: nothing sure
    assert p.suggest_carriers("6A12345678901", carriers) == ["colissimo"]
    assert p.suggest_carriers("TBA123456789012", carriers) == ["amazon"]
    assert p.suggest_carriers("12345678", carriers) == ["mondial_relay"]
    assert p.suggest_carriers("ZZZ999", carriers) == []


def test_check_digit_problem_only_for_a_carrier_whose_format_has_one() -> None:
    assert p.check_digit_problem("1Z999AA10123456785", CARRIERS["ups"]) is not None
    assert p.check_digit_problem("1Z999AA10123456784", CARRIERS["ups"]) is None
    # the clerk chose Mondial Relay (no check digit): nothing to warn about
    assert p.check_digit_problem("1Z999AA10123456785", CARRIERS["mondial_relay"]) is None
    assert "clé de contrôle" in (
        p.check_digit_problem("RA123456784FR", CARRIERS["colissimo"]) or ""
    )


def test_return_due_in_calendar_and_working_days() -> None:
    friday = dt.date(2026, 12, 18)
    assert p.return_due(friday, CARRIERS["mondial_relay"]) == dt.date(2026, 12, 23)
    # UPS: 5 working days from Friday 18/12: 21, 22, 23, 24, (25 Christmas), 28
    assert p.return_due(friday, CARRIERS["ups"]) == dt.date(2026, 12, 28)
    assert not p.is_working_day(dt.date(2026, 7, 14))


def test_life_cycle_refusals() -> None:
    R, K = p.ParcelStatus, p.ParcelKind
    p.check_can_hand_over(R.RECEIVED, K.INBOUND, "X")
    with pytest.raises(p.ParcelError, match="retourné"):
        p.check_can_hand_over(R.RETURNED, K.INBOUND, "X")
    with pytest.raises(p.ParcelError, match="déjà été remis"):
        p.check_can_hand_over(R.HANDED_OVER, K.INBOUND, "X")
    with pytest.raises(p.ParcelError, match="dépôt"):
        p.check_can_hand_over(R.DROPPED_OFF, K.DROP_OFF, "X")
    p.check_can_collect(R.DROPPED_OFF, K.DROP_OFF, "X")
    with pytest.raises(p.ParcelError):
        p.check_can_collect(R.COLLECTED, K.DROP_OFF, "X")
    with pytest.raises(p.ParcelError):
        p.check_can_return(R.HANDED_OVER, K.INBOUND, "X")


def test_hand_over_needs_the_id_tick_and_follows_proxy_rules() -> None:
    mr, amazon, colissimo, ups = (
        CARRIERS[c] for c in ("mondial_relay", "amazon", "colissimo", "ups")
    )
    with pytest.raises(p.ParcelError, match="pièce d'identité vérifiée"):
        p.check_hand_over_proof(mr, p.HandOverProof())
    with pytest.raises(p.ParcelError, match="type de pièce"):
        p.check_hand_over_proof(mr, p.HandOverProof(id_checked=True))
    p.check_hand_over_proof(mr, p.HandOverProof(id_checked=True, id_kind=p.IdKind.ID_CARD))
    p.check_hand_over_proof(amazon, p.HandOverProof(pickup_code_ok=True))
    third = p.HandOverProof(p.Collector.THIRD_PARTY, True, p.IdKind.PASSPORT)
    with pytest.raises(p.ParcelError, match="tiers"):
        p.check_hand_over_proof(ups, third)
    with pytest.raises(p.ParcelError, match="originale"):
        p.check_hand_over_proof(mr, third)
    p.check_hand_over_proof(
        mr,
        p.HandOverProof(p.Collector.THIRD_PARTY, True, p.IdKind.PASSPORT, recipient_id_seen=True),
    )
    with pytest.raises(p.ParcelError, match="procuration"):
        p.check_hand_over_proof(colissimo, third)
    p.check_hand_over_proof(
        colissimo,
        p.HandOverProof(p.Collector.THIRD_PARTY, True, p.IdKind.PASSPORT, written_proxy_seen=True),
    )


def test_drop_off_limits() -> None:
    mr, pickup = CARRIERS["mondial_relay"], CARRIERS["relais_pickup"]
    p.check_drop_off_limits(mr, 30_000, (50, 50, 50))
    with pytest.raises(p.ParcelError, match="trop lourd"):
        p.check_drop_off_limits(mr, 30_001)
    with pytest.raises(p.ParcelError, match="150 cm"):
        p.check_drop_off_limits(mr, 1000, (60, 50, 41))
    with pytest.raises(p.ParcelError, match="trop long"):
        p.check_drop_off_limits(pickup, 1000, (101, 10, 10))
    with pytest.raises(p.ParcelError):
        p.check_drop_off_limits(mr, 0)


def test_commission_in_integer_cents() -> None:
    lines = p.commission_lines(
        CARRIERS["mondial_relay"],
        {p.CommissionEvent.HANDED_OVER: 123, p.CommissionEvent.DROPPED_OFF: 7},
    )
    assert p.commission_total(lines) == 123 * 35 + 7 * 35
    assert all(isinstance(line.amount_cents, int) for line in lines)


def test_slots_parse_resolve_and_propose() -> None:
    slots = p.parse_slots("A1-A3, b1-B2, Grand colis")
    assert slots == ["A1", "A2", "A3", "B1", "B2", "Grand colis"]
    assert p.resolve_slot(slots, "grand  COLIS") == "Grand colis"
    with pytest.raises(p.ParcelError, match="n'existe pas"):
        p.resolve_slot(slots, "Z9")
    assert p.next_free_slot(slots, {"A1": 1, "A2": 2}) == "A3"
    assert p.next_free_slot(["A1", "A2"], {"A1": 2, "A2": 1}) == "A2"
    for bad in ("", "A5-A1", "A1-A2, A2"):
        with pytest.raises(p.ParcelError):
            p.parse_slots(bad)


def test_names_are_folded_into_search_words() -> None:
    assert p.name_words("Mme Hélène DUPUY-Martin") == ["MME", "HELENE", "DUPUY", "MARTIN"]
    with pytest.raises(p.ParcelError):
        p.clean_name("   ")
