"""The serial ports of this computer, as pyserial lists them (for the settings screen)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SerialPortInfo:
    device: str  # "COM3", "/dev/ttyUSB0"
    description: str

    @property
    def label(self) -> str:
        if self.description and self.description not in ("n/a", self.device):
            return f"{self.device} — {self.description}"
        return self.device


def list_serial_ports() -> list[SerialPortInfo]:
    from serial.tools import list_ports

    return sorted(
        (SerialPortInfo(port.device, port.description or "") for port in list_ports.comports()),
        key=lambda info: info.device,
    )
