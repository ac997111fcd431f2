"""Device settings, declared once with types and safe defaults.

Outside the demo no device is configured until the manager says so: the printer, the
customer display and the scale default to "none" (the demo forces simulated devices
whatever is stored, see ``devices.factory.build_devices``); the scanner defaults to a
keyboard wedge, which needs no setting.

Stored as JSON in the ``settings`` table under ``devices.printer``, ``devices.display``,
``devices.scale`` and ``devices.scanner`` (see services.device_settings). Unknown keys are
ignored and missing ones take their default, so older settings load in newer versions.
``validate()`` raises ``DeviceConfigError`` with a French sentence.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.receipt_layout import PAPER_WIDTHS

CONFIG_VERSION = 1

PRINTER_TYPES = ("none", "simulated", "network", "serial", "usb", "file", "windows")
PRINTER_TYPE_LABELS = {
    "none": "Aucune",
    "simulated": "Simulée (démonstration)",
    "network": "Réseau (TCP 9100)",
    "serial": "Série (COM, /dev/tty…)",
    "usb": "USB",
    "file": "Fichier de périphérique (/dev/usb/lp0)",
    "windows": "Imprimante Windows (brute)",
}
DISPLAY_TYPES = ("none", "simulated", "serial")
DISPLAY_COMMAND_SETS = ("epson", "cd5220")
SCALE_TYPES = ("none", "simulated", "toledo", "dialog06")
SCANNER_TYPES = ("keyboard", "serial", "none")
BAUD_RATES = (2400, 4800, 9600, 19200, 38400, 57600, 115200)
DRAWER_PINS = (2, 5)


class DeviceConfigError(UserError, ValueError):
    """A device setting that cannot work."""


@dataclass(frozen=True, slots=True)
class PrinterConfig:
    type: str = "none"
    host: str = ""  # network
    port: int = 9100
    serial_port: str = ""  # serial
    baudrate: int = 9600
    usb_vendor: int = 0x04B8  # usb (Epson)
    usb_product: int = 0x0E15
    device_path: str = ""  # file: /dev/usb/lp0
    windows_name: str = ""  # windows: printer name in the spooler
    profile: str = "TM-T20II"  # python-escpos printer profile
    codepage: str = "CP858"  # € and French accents
    codepage_slot: int | None = None  # None: the profile's slot (19 on Epson, 53 on clones)
    width: int = 48  # characters per line: 32 (58 mm), 42, 48 (80 mm)
    logo_path: str = ""
    drawer_pin: int = 2
    open_drawer_on_cash: bool = True
    status_check: bool = True  # ask the printer its status (DLE EOT) before and after a job
    timeout_s: float = 3.0

    def validate(self) -> None:
        if self.type not in PRINTER_TYPES:
            raise DeviceConfigError(f"Type d'imprimante inconnu : {self.type}")
        if self.type == "network" and not self.host.strip():
            raise DeviceConfigError("Indiquez l'adresse IP de l'imprimante réseau")
        if self.type == "network" and not 1 <= self.port <= 65535:
            raise DeviceConfigError("Le port réseau de l'imprimante doit être entre 1 et 65535")
        if self.type == "serial" and not self.serial_port.strip():
            raise DeviceConfigError("Choisissez le port série de l'imprimante")
        if self.type == "file" and not self.device_path.strip():
            raise DeviceConfigError("Indiquez le fichier de périphérique de l'imprimante")
        if self.type == "windows" and not self.windows_name.strip():
            raise DeviceConfigError("Indiquez le nom de l'imprimante Windows")
        if self.baudrate not in BAUD_RATES:
            raise DeviceConfigError(f"Vitesse série non prise en charge : {self.baudrate}")
        if self.width not in PAPER_WIDTHS:
            raise DeviceConfigError("Caractères par ligne : 32, 42 ou 48")
        if self.drawer_pin not in DRAWER_PINS:
            raise DeviceConfigError("Le tiroir-caisse se branche sur la broche 2 ou 5")
        if self.codepage_slot is not None and not 0 <= self.codepage_slot <= 255:
            raise DeviceConfigError("Le numéro de page de code doit être entre 0 et 255")
        if not 0.1 <= self.timeout_s <= 60:
            raise DeviceConfigError(
                "Le délai d'attente de l'imprimante doit être entre 0,1 et 60 s"
            )
        _check_profile(self.profile, self.codepage, self.codepage_slot)


def _check_profile(profile: str, codepage: str, slot: int | None) -> None:
    from cafe_pos.devices.render_escpos import codepage_slot_for, known_profiles

    if profile not in known_profiles():
        raise DeviceConfigError(f"Modèle d'imprimante inconnu : {profile}")
    if slot is None and codepage_slot_for(profile, codepage) is None:
        raise DeviceConfigError(
            f"Le modèle {profile} ne déclare pas la page de code {codepage} : "
            "indiquez son numéro (manuel de l'imprimante)"
        )


@dataclass(frozen=True, slots=True)
class DisplayConfig:
    type: str = "none"
    serial_port: str = ""
    baudrate: int = 9600
    command_set: str = "epson"  # epson | cd5220
    welcome: str = "Bienvenue !"
    welcome_lower: str = ""

    def validate(self) -> None:
        if self.type not in DISPLAY_TYPES:
            raise DeviceConfigError(f"Type d'afficheur inconnu : {self.type}")
        if self.type == "serial" and not self.serial_port.strip():
            raise DeviceConfigError("Choisissez le port série de l'afficheur client")
        if self.command_set not in DISPLAY_COMMAND_SETS:
            raise DeviceConfigError("Jeu de commandes de l'afficheur : Epson ou CD5220")
        if self.baudrate not in BAUD_RATES:
            raise DeviceConfigError(f"Vitesse série non prise en charge : {self.baudrate}")


@dataclass(frozen=True, slots=True)
class ScaleConfig:
    type: str = "none"
    serial_port: str = ""
    baudrate: int = 9600
    timeout_s: float = 2.0
    min_grams: int = 20  # below: refused (minimum weight of the legal class)
    max_grams: int = 15000  # above: overload
    lock: str = "none"  # Dialog 06 legal lock step ("none" = unlocked mode)

    def validate(self) -> None:
        if self.type not in SCALE_TYPES:
            raise DeviceConfigError(f"Type de balance inconnu : {self.type}")
        if self.type in ("toledo", "dialog06") and not self.serial_port.strip():
            raise DeviceConfigError("Choisissez le port série de la balance")
        if self.baudrate not in BAUD_RATES:
            raise DeviceConfigError(f"Vitesse série non prise en charge : {self.baudrate}")
        if not 0.1 <= self.timeout_s <= 30:
            raise DeviceConfigError("Le délai d'attente de la balance doit être entre 0,1 et 30 s")
        if not 0 <= self.min_grams < self.max_grams:
            raise DeviceConfigError(
                "Le poids minimum doit être inférieur à la portée de la balance"
            )


@dataclass(frozen=True, slots=True)
class ScannerConfig:
    type: str = "keyboard"
    serial_port: str = ""
    baudrate: int = 9600

    def validate(self) -> None:
        if self.type not in SCANNER_TYPES:
            raise DeviceConfigError(f"Type de lecteur inconnu : {self.type}")
        if self.type == "serial" and not self.serial_port.strip():
            raise DeviceConfigError("Choisissez le port série du lecteur de codes-barres")
        if self.baudrate not in BAUD_RATES:
            raise DeviceConfigError(f"Vitesse série non prise en charge : {self.baudrate}")


@dataclass(frozen=True, slots=True)
class DeviceConfig:
    printer: PrinterConfig = field(default_factory=PrinterConfig)
    display: DisplayConfig = field(default_factory=DisplayConfig)
    scale: ScaleConfig = field(default_factory=ScaleConfig)
    scanner: ScannerConfig = field(default_factory=ScannerConfig)

    def validate(self) -> None:
        self.printer.validate()
        self.display.validate()
        self.scale.validate()
        self.scanner.validate()


def as_demo(config: DeviceConfig) -> DeviceConfig:
    """The settings as the demo runs them: every device simulated where none is chosen."""
    return DeviceConfig(
        printer=dataclasses.replace(config.printer, type="simulated")
        if config.printer.type == "none"
        else config.printer,
        display=dataclasses.replace(config.display, type="simulated")
        if config.display.type == "none"
        else config.display,
        scale=dataclasses.replace(config.scale, type="simulated")
        if config.scale.type == "none"
        else config.scale,
        scanner=config.scanner,
    )


SETTING_KEYS = {
    "printer": "devices.printer",
    "display": "devices.display",
    "scale": "devices.scale",
    "scanner": "devices.scanner",
}

SectionT = TypeVar("SectionT", PrinterConfig, DisplayConfig, ScaleConfig, ScannerConfig)


def section_to_dict(
    section: PrinterConfig | DisplayConfig | ScaleConfig | ScannerConfig,
) -> dict[str, Any]:
    data = dataclasses.asdict(section)
    data["version"] = CONFIG_VERSION
    return data


def section_from_dict(cls: type[SectionT], raw: Any) -> SectionT:
    """Build a section from stored JSON: unknown keys dropped, wrong types -> default."""
    if not isinstance(raw, dict):
        return cls()
    defaults = cls()
    values: dict[str, Any] = {}
    for item in dataclasses.fields(cls):
        if item.name not in raw:
            continue
        value = raw[item.name]
        default = getattr(defaults, item.name)
        if _type_ok(value, default, item.type):
            values[item.name] = float(value) if isinstance(default, float) else value
    return cls(**values)


def _type_ok(value: Any, default: Any, declared: Any) -> bool:
    if value is None:
        return "None" in str(declared)
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(default, int) or "int" in str(declared):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, type(default))
