"""Scanner input: AZERTY digits, bursts versus typing, scale labels; the business day."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe_pos.domain.barcodes import ean13_check_digit as ean13_check
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.clock import PARIS
from cafe_pos.domain.scanning import (
    DetectedScan,
    ScanBurstDetector,
    ScanError,
    normalise_scan,
    parse_scale_label,
)


def test_azerty_digits_become_digits() -> None:
    assert normalise_scan("&é\"'(-è_çà") == "1234567890"
    assert normalise_scan(" ç(&è-é( ") == "9517625"
    assert normalise_scan("3017620422003\n") == "3017620422003"


def _feed(
    detector: ScanBurstDetector, text: str, gap_ms: float, start: float = 0.0
) -> tuple[DetectedScan | None, float]:
    at = start
    for ch in text:
        detector.feed(ch, at)
        at += gap_ms
    return detector.feed("Enter", at), at


def test_fast_burst_with_enter_is_a_scan() -> None:
    det = ScanBurstDetector()
    scan, _ = _feed(det, "ç(&è-é(&&&&&&", 8)
    assert scan is not None
    assert scan.code == "9517625111111"
    assert scan.raw_length == 13


def test_typing_is_not_a_scan() -> None:
    det = ScanBurstDetector()
    scan, _ = _feed(det, "3017620422003", 120)
    assert scan is None


def test_slow_typing_then_a_burst_keeps_only_the_burst() -> None:
    det = ScanBurstDetector()
    for i, ch in enumerate("café"):
        det.feed(ch, i * 200.0)
    scan, _ = _feed(det, "30176204", 10, start=2000)
    assert scan is not None and scan.code == "30176204"


def test_short_fast_burst_is_not_a_scan() -> None:
    det = ScanBurstDetector()
    scan, _ = _feed(det, "12", 5)
    assert scan is None


def test_scale_label_with_price() -> None:
    first12 = "211234501234"
    code = first12 + ean13_check(first12)
    label = parse_scale_label(code, "PPPPP$$$$$")
    assert label.plu == "12345"
    assert label.price_cents == 1234
    assert label.weight_milli is None
    assert label.lookup_code == "211234500000" + ean13_check("211234500000")


def test_scale_label_with_weight_and_full_layout() -> None:
    first12 = "280004200347"
    code = first12 + ean13_check(first12)
    label = parse_scale_label(code, "28PPPPPWWWWWK")
    assert label.plu == "00042"
    assert label.weight_milli == 347
    assert label.price_cents is None


@pytest.mark.parametrize("layout", ["PPPP", "PPPPP$$$WW", "ABCDEFGHIJ", "$$$$$$$$$$"])
def test_bad_layouts_are_refused(layout: str) -> None:
    with pytest.raises(ScanError, match="étiquette"):
        parse_scale_label("2112345012348", layout)


def test_not_a_scale_label() -> None:
    with pytest.raises(ScanError):
        parse_scale_label("3017620422003", "PPPPP$$$$$")


def test_business_day_changes_at_four() -> None:
    assert business_date(dt.datetime(2026, 11, 27, 1, 30, tzinfo=PARIS)) == dt.date(2026, 11, 26)
    assert business_date(dt.datetime(2026, 11, 27, 4, 0, tzinfo=PARIS)) == dt.date(2026, 11, 27)
    utc = dt.datetime(2026, 11, 27, 2, 30, tzinfo=dt.UTC)  # 03:30 in Paris
    assert business_date(utc) == dt.date(2026, 11, 26)
    assert business_date(dt.datetime(2026, 11, 27, 1, 30), day_change_hour=0) == dt.date(
        2026, 11, 27
    )
