"""Device settings: safe defaults, tolerant loading, clear refusals."""

from __future__ import annotations

import dataclasses

import pytest

from cafe_pos.devices.config import (
    DeviceConfig,
    DeviceConfigError,
    DisplayConfig,
    PrinterConfig,
    ScaleConfig,
    ScannerConfig,
    section_from_dict,
    section_to_dict,
)


def test_defaults_configure_no_device_and_are_valid() -> None:
    """Outside the demo nothing is configured until the manager says so (issue 11 #14)."""
    config = DeviceConfig()
    config.validate()
    assert config.printer.type == "none"
    assert config.display.type == "none"
    assert config.scale.type == "none"
    assert config.printer.codepage == "CP858"


def test_round_trip_through_json_dict() -> None:
    printer = PrinterConfig(type="network", host="192.168.1.50", width=42, profile="TM-T88V")
    assert section_from_dict(PrinterConfig, section_to_dict(printer)) == printer


def test_damaged_values_fall_back_to_defaults() -> None:
    raw = {"type": "serial", "baudrate": "vite", "width": True, "unknown": 1, "timeout_s": 2}
    loaded = section_from_dict(PrinterConfig, raw)
    assert loaded.type == "serial"
    assert loaded.baudrate == 9600 and loaded.width == 48
    assert loaded.timeout_s == 2.0 and isinstance(loaded.timeout_s, float)
    assert section_from_dict(ScaleConfig, "nonsense") == ScaleConfig()
    assert section_from_dict(PrinterConfig, {"codepage_slot": None}).codepage_slot is None
    assert section_from_dict(PrinterConfig, {"codepage_slot": 53}).codepage_slot == 53


@pytest.mark.parametrize(
    ("section", "message"),
    [
        (PrinterConfig(type="network"), "adresse IP"),
        (PrinterConfig(type="serial"), "port série"),
        (PrinterConfig(width=40), "32, 42 ou 48"),
        (PrinterConfig(drawer_pin=3), "broche 2 ou 5"),
        (PrinterConfig(profile="Imaginaire"), "Modèle d'imprimante inconnu"),
        (PrinterConfig(profile="TM-U220"), "page de code CP858"),
        (DisplayConfig(type="serial"), "afficheur"),
        (DisplayConfig(command_set="vfd"), "Epson ou CD5220"),
        (ScaleConfig(type="toledo"), "port série de la balance"),
        (ScaleConfig(min_grams=20000), "poids minimum"),
        (ScannerConfig(type="serial"), "lecteur de codes-barres"),
    ],
)
def test_refusals_in_french(
    section: PrinterConfig | DisplayConfig | ScaleConfig | ScannerConfig, message: str
) -> None:
    with pytest.raises(DeviceConfigError, match=message):
        section.validate()


def test_profile_without_cp858_is_accepted_with_an_explicit_slot() -> None:
    dataclasses.replace(PrinterConfig(), profile="TM-U220", codepage_slot=19).validate()
