"""Pole display frames and scale frames, byte for byte, without hardware."""

from __future__ import annotations

import pytest

from cafe_pos.devices.base import (
    ScaleBelowZero,
    ScaleError,
    ScaleOverload,
    ScaleUnderMinimum,
    ScaleUnstable,
)
from cafe_pos.devices.display import Cd5220Commands, DisplayMessages, EpsonCommands
from cafe_pos.devices.scale import (
    dialog_price_record,
    dialog_status_error,
    parse_dialog_weight,
    parse_kg,
    parse_toledo,
)
from cafe_pos.devices.scanner_serial import split_codes
from cafe_pos.devices.text import fit, to_ascii, two_columns


def test_epson_frame_positions_each_line() -> None:
    frame = EpsonCommands().frame("Crème brûlée", "4,50 €")
    assert frame == (
        b"\x1f\x24\x01\x01"
        + b"Creme brulee        "
        + b"\x1f\x24\x01\x02"
        + b"4,50 EUR            "
    )


def test_cd5220_frame_uses_line_commands() -> None:
    frame = Cd5220Commands().frame("TOTAL", "12,30 EUR")
    assert (
        frame == b"\x1bQA" + b"TOTAL".ljust(20) + b"\r" + b"\x1bQB" + b"12,30 EUR".ljust(20) + b"\r"
    )


def test_init_sequences() -> None:
    assert EpsonCommands().init() == bytes.fromhex("1b40 0c 1f01 1f4300")
    assert Cd5220Commands().init() == bytes.fromhex("1b40 0c")


def test_long_label_is_cut_to_twenty_characters() -> None:
    upper, lower = DisplayMessages().item("Demi pression blonde de la brasserie", 350)
    assert upper == "Demi pression blonde"
    assert lower == "            3,50 EUR"
    assert len(upper) == len(lower) == 20


def test_sale_moments_on_the_display() -> None:
    messages = DisplayMessages("Bienvenue au Café !", "Bonne journée")
    assert messages.total(1230) == ("TOTAL", "           12,30 EUR")
    assert messages.change(2000, 770) == ("Recu       20,00 EUR", "Rendu       7,70 EUR")
    assert messages.welcome() == ("Bienvenue au Café !".center(20), "Bonne journée".center(20))


def test_transliteration_for_ascii_displays() -> None:
    assert to_ascii("Œuf à la coque — 2,10 €") == "OEuf a la coque - 2,10 EUR"
    assert to_ascii("Gérant·e «VIP»") == 'Gerant.e "VIP"'
    assert to_ascii("日本") == "??"
    assert fit("abc", 5, align="right") == "  abc"
    assert two_columns("Rendu monnaie très long", "1 234,50 EUR", 20) == "Rendu m 1 234,50 EUR"


def test_toledo_weight_and_statuses() -> None:
    assert parse_toledo(b"\x0201.234\r") == 1234
    assert parse_toledo(b"\x02 0.250\r") == 250
    with pytest.raises(ScaleUnstable, match="instable"):
        parse_toledo(b"\x02?\x01\r")
    with pytest.raises(ScaleOverload, match="Surcharge"):
        parse_toledo(b"\x02?\x02\r")
    with pytest.raises(ScaleBelowZero):
        parse_toledo(b"\x02?\x04\r")
    with pytest.raises(ScaleError, match="illisible"):
        parse_toledo(b"\x02ab.cde\r")
    assert parse_kg("12.5") == 12500


def test_dialog06_records() -> None:
    assert dialog_price_record(1290) == b"\x04\x0201\x1b001290\x1b\x03"
    record = b"\x0202\x1b3\x1b00250\x1b001290\x1b000323\x03"
    assert parse_dialog_weight(record) == (250, 1290, 323)
    with pytest.raises(ScaleError):
        dialog_price_record(1_000_000)


@pytest.mark.parametrize(
    ("code", "error"),
    [
        ("20", ScaleUnstable),
        ("30", ScaleUnderMinimum),
        ("31", ScaleBelowZero),
        ("32", ScaleOverload),
    ],
)
def test_dialog06_status_codes(code: str, error: type[ScaleError]) -> None:
    assert isinstance(dialog_status_error(b"\x0209\x1b" + code.encode() + b"\x03"), error)


def test_dialog06_bad_record_field() -> None:
    error = dialog_status_error(b"\x0209\x1b11\x03")
    assert "refusé" in str(error) and "11" in str(error)


def test_serial_scanner_splits_codes() -> None:
    buffer = bytearray(b"3017620422003\r\n4006381333931\r301")
    assert split_codes(buffer) == ["3017620422003", "4006381333931"]
    assert buffer == bytearray(b"301")
