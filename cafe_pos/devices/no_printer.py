"""The receipt printer of a till where none is configured (the default outside the demo).

Documents sent to it are dropped (the tickets stay in the database: a duplicate can be
printed once a printer is set up), and the spool reports "Aucune imprimante configurée"
instead of a printer that does not exist being "ready".
"""

from __future__ import annotations

from collections.abc import Sequence

from cafe_pos.devices.base import DrawerError
from cafe_pos.domain.receipt_layout import PrintLine

NO_PRINTER_MESSAGE = "Aucune imprimante configurée"


class NoPrinter:
    """``ReceiptPrinter`` for "no printer": prints nothing, has no drawer port."""

    width = 48

    def print_lines(self, lines: Sequence[PrintLine]) -> None:
        pass  # nothing to print on: the document stays available as a duplicate

    def kick_drawer(self, pin: int) -> None:
        raise DrawerError(
            "Aucune imprimante configurée : le tiroir-caisse s'ouvre par l'imprimante"
        )

    def close(self) -> None:
        pass
