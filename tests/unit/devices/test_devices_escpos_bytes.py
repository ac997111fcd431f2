"""ESC/POS bytes, byte for byte, as the printer receives them (rendered by python-escpos)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cafe_pos.devices.render_escpos import (
    EscposOptions,
    codepage_slot_for,
    render_drawer_pulse,
    render_escpos,
)
from cafe_pos.domain.receipt import ReceiptData
from cafe_pos.domain.receipt_layout import (
    TEST_SENTENCE,
    PrintLine,
    build_receipt,
    build_test_page,
)

INIT = bytes.fromhex("1b40")
CP858_EPSON = bytes.fromhex("1b7413")  # ESC t 19
CP858_CLONE = bytes.fromhex("1b7435")  # ESC t 53


def test_small_document_byte_exact() -> None:
    lines = [
        PrintLine("Café", align="center", bold=True, double=True),
        PrintLine("Crème 4,50 €"),
        PrintLine(kind="separator"),
        PrintLine(kind="cut"),
    ]
    expected = (
        INIT
        + CP858_EPSON
        + bytes.fromhex("1b2100 1b2100 1b2110")  # double height (python-escpos resets size first)
        + bytes.fromhex("1b4501")  # bold on
        + bytes.fromhex("1b6101")  # centred
        + b"Caf\x82\n"
        + bytes.fromhex("1b2100 1b2100 1b2100 1b4500 1b6100")  # back to normal, left
        + b"Cr\x8ame 4,50 \xd5\n"  # è = 8A, € = D5 in CP858
        + b"-" * 32
        + b"\n"
        + bytes.fromhex("1b6406 1d5600")  # feed 6 lines, full cut
    )
    assert render_escpos(lines, EscposOptions(width=32)) == expected


def test_receipt_starts_with_init_then_cp858(receipt_factory: Callable[..., ReceiptData]) -> None:
    data = render_escpos(build_receipt(receipt_factory(), 48), EscposOptions(profile="TM-T20II"))
    assert data.startswith(INIT + CP858_EPSON)
    # one code page for the whole receipt: no switching around the € signs
    assert data.count(b"\x1bt") == 1
    assert data.endswith(bytes.fromhex("1d5600"))
    assert "Opérateur : Marie".encode("cp858") in data
    assert b"TOTAL TTC" in data and "17,73 €".encode("cp858") in data
    assert b"17,73 \xd5" in data


def test_test_sentence_in_cp858() -> None:
    data = render_escpos(build_test_page(48), EscposOptions(width=48))
    # the em dash is not in CP858: a plain hyphen, never a "?" or a code page switch
    assert b"Cr\x8ame br\x96l\x82e 4,50 \xd5 - Fa\x87on gar\x87on \x85 No\x89l\n" in data
    assert TEST_SENTENCE.replace("—", "-").encode("cp858") in data
    assert b"?" not in data


def test_clone_printer_puts_cp858_in_slot_53() -> None:
    assert codepage_slot_for("POS-5890", "CP858") == 53
    data = render_escpos([PrintLine("5,00 €")], EscposOptions(profile="POS-5890", width=32))
    assert data == INIT + CP858_CLONE + b"5,00 \xd5\n"


def test_code_page_slot_set_by_the_manager_wins() -> None:
    options = EscposOptions(profile="TM-T20II", codepage_slot=53)
    assert render_escpos([PrintLine("é")], options) == INIT + CP858_CLONE + b"\x82\n"


@pytest.mark.parametrize(("pin", "expected"), [(2, "1b 70 00 32 32"), (5, "1b 70 01 32 32")])
def test_drawer_pulse(pin: int, expected: str) -> None:
    assert render_drawer_pulse(pin, EscposOptions()) == bytes.fromhex(expected)


def test_unknown_characters_are_transliterated_not_lost() -> None:
    data = render_escpos([PrintLine("Œuf « bio » … 2×")], EscposOptions(width=32))
    # Œ and … are not in CP858; « » and × are (AE, AF, 9E)
    assert data == INIT + CP858_EPSON + b"OEuf \xae bio \xaf ... 2\x9e\n"


def test_qr_code_is_a_raster_image_without_noise_on_stdout(
    receipt_factory: Callable[..., ReceiptData], capsys: pytest.CaptureFixture[str]
) -> None:
    lines = build_receipt(receipt_factory(), 48, qr_data="https://cafe.example/t/42")
    data = render_escpos(lines, EscposOptions(profile="TM-T20II"))
    assert b"\x1dv0" in data  # printed as an image: understood by every printer
    assert b"\x1d(k" not in data  # not the native QR command some clones ignore
    assert capsys.readouterr().out == ""
