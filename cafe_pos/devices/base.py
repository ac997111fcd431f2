"""The small interfaces of the counter devices, and their errors (French messages).

One Protocol per role: ``ReceiptPrinter``, ``CashDrawer``, ``CustomerDisplay``, ``Scale``,
``Scanner``. Real drivers (python-escpos, pyserial) and simulated ones implement them;
services and the UI only see these names. Every failure is a ``DeviceError`` whose text
can be shown as is to the cashier.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.receipt_layout import PrintLine

# --- errors ------------------------------------------------------------------------------


class DeviceError(UserError):
    """A device that cannot do what was asked; ``str(err)`` is for the cashier."""


class DeviceUnavailable(DeviceError):
    """The driver cannot run on this computer (missing library or system)."""


class PrinterError(DeviceError):
    pass


class PrinterOffline(PrinterError):
    def __init__(self, detail: str = "") -> None:
        message = "L'imprimante ne répond pas : vérifiez qu'elle est allumée et branchée"
        super().__init__(f"{message} ({detail})" if detail else message)


class PaperOut(PrinterError):
    def __init__(self) -> None:
        super().__init__("L'imprimante n'a plus de papier : remettez un rouleau")


class CoverOpen(PrinterError):
    def __init__(self) -> None:
        super().__init__("Le capot de l'imprimante est ouvert : refermez-le")


class DrawerError(DeviceError):
    pass


class DisplayError(DeviceError):
    pass


class DisplayOffline(DisplayError):
    def __init__(self, detail: str = "") -> None:
        message = "L'afficheur client ne répond pas : vérifiez son câble"
        super().__init__(f"{message} ({detail})" if detail else message)


class ScaleError(DeviceError):
    pass


class ScaleTimeout(ScaleError):
    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"La balance ne répond pas (aucune réponse en {seconds:g} s) : "
            "vérifiez qu'elle est allumée et branchée"
        )


class ScaleUnstable(ScaleError):
    def __init__(self) -> None:
        super().__init__("Poids instable : attendez que le plateau ne bouge plus")


class ScaleUnderMinimum(ScaleError):
    def __init__(self, min_grams: int | None = None) -> None:
        limit = f" ({min_grams} g au moins)" if min_grams else ""
        super().__init__(f"Poids trop faible pour être vendu{limit}")


class ScaleBelowZero(ScaleError):
    def __init__(self) -> None:
        super().__init__("Poids négatif : videz le plateau et remettez la balance à zéro")


class ScaleOverload(ScaleError):
    def __init__(self) -> None:
        super().__init__("Surcharge : le poids dépasse la portée de la balance")


class ScannerError(DeviceError):
    pass


# --- values ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Weighing:
    """A stable weight read from the scale. 1 g = 1 milli-kilogram (``qty_milli``)."""

    grams: int
    unit_price_cents: int = 0  # price per kg sent to the scale (Dialog 06)
    amount_cents: int | None = None  # the amount computed by the scale, when it sends one

    @property
    def qty_milli(self) -> int:
        return self.grams


# --- interfaces --------------------------------------------------------------------------


@runtime_checkable
class ReceiptPrinter(Protocol):
    """Prints device-neutral documents; raises PrinterError subclasses when it cannot."""

    @property
    def width(self) -> int:
        """Characters per line (32, 42 or 48)."""
        ...

    def print_lines(self, lines: Sequence[PrintLine]) -> None: ...

    def kick_drawer(self, pin: int) -> None:
        """Send the cash-drawer pulse on the printer's drawer port (pin 2 or 5)."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class CashDrawer(Protocol):
    def open(self) -> None: ...


@runtime_checkable
class CustomerDisplay(Protocol):
    """A 2 × 20 pole display facing the customer."""

    def show(self, upper: str, lower: str) -> None: ...

    def clear(self) -> None: ...

    def close(self) -> None: ...


@runtime_checkable
class Scale(Protocol):
    def weigh(self, unit_price_cents: int = 0) -> Weighing:
        """One stable reading, or ScaleUnstable / ScaleUnderMinimum / ScaleOverload /
        ScaleBelowZero / ScaleTimeout."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class Scanner(Protocol):
    def start(self, on_code: Callable[[str], None]) -> None:
        """Start delivering scanned codes (possibly from another thread)."""
        ...

    def stop(self) -> None: ...
