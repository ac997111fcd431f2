"""Device-neutral lines -> the exact ESC/POS bytes a printer gets, through python-escpos.

Rendering goes through python-escpos' ``Dummy`` printer, so the bytes are what the
library would send; a transport then writes them unchanged (see escpos_printer.py) and
``cafe-pos receipt --out`` saves them. The code page is forced (CP858 by default: € is
byte D5, accents as in CP850) with the slot of the printer profile, or the slot set by
the manager for clones that put CP858 elsewhere. Characters outside the code page are
transliterated ("—" → "-") instead of letting python-escpos switch pages around them.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from cafe_pos.devices.text import fit_charset
from cafe_pos.domain.receipt_layout import CUT, FEED, LOGO, QR, SEPARATOR, TEXT, PrintLine

# python-escpos caches its capabilities in a fresh temporary folder at each import
# unless told where: one stable folder instead of a new one per start.
os.environ.setdefault(
    "ESCPOS_CAPABILITIES_PICKLE_DIR", str(Path(tempfile.gettempdir()) / "cafe-pos-escpos")
)
Path(os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"]).mkdir(parents=True, exist_ok=True)


@dataclass(frozen=True, slots=True)
class EscposOptions:
    profile: str = "TM-T20II"
    codepage: str = "CP858"
    codepage_slot: int | None = None  # None: the profile's slot
    width: int = 48
    logo_path: str = ""


@cache
def known_profiles() -> tuple[str, ...]:
    from escpos.capabilities import CAPABILITIES

    return tuple(sorted(name for name in CAPABILITIES["profiles"] if name != "default"))


def codepage_slot_for(profile: str, codepage: str) -> int | None:
    """The ``ESC t`` slot of a code page in a printer profile (19 for CP858 on Epson TM)."""
    from escpos.capabilities import get_profile

    slot = get_profile(profile).get_code_pages().get(codepage)
    return None if slot is None else int(slot)


class _Renderer:
    """A python-escpos Dummy set up for one document: profile, forced code page."""

    def __init__(self, options: EscposOptions) -> None:
        from escpos.magicencode import Encoder
        from escpos.printer import Dummy

        slot = options.codepage_slot
        if slot is None:
            slot = codepage_slot_for(options.profile, options.codepage)
        if slot is None:
            raise ValueError(f"code page {options.codepage} unknown for {options.profile}")
        self.encoder: Any = Encoder({options.codepage: slot})
        self.options = options
        self.printer: Any = Dummy(
            profile=options.profile, magic_encode_args={"encoder": self.encoder}
        )

    def can_encode(self, char: str) -> bool:
        return char == "\n" or (
            char >= " " and bool(self.encoder.can_encode(self.options.codepage, char))
        )

    def printable(self, text: str) -> str:
        return fit_charset(text, self.can_encode)

    @property
    def output(self) -> bytes:
        return bytes(self.printer.output)


def render_escpos(
    lines: Sequence[PrintLine], options: EscposOptions, *, initialize: bool = True
) -> bytes:
    """The whole document: ``ESC @``, code page, then each line with its style."""
    renderer = _Renderer(options)
    printer = renderer.printer
    if initialize:
        printer.hw("INIT")
    printer.charcode(options.codepage)
    style = ("left", False, False)  # the printer's state right after ESC @
    for line in lines:
        if line.kind == TEXT:
            wanted = (line.align, line.bold, line.double)
            if wanted != style:
                _apply_style(printer, style, wanted)
                style = wanted
            printer.textln(renderer.printable(line.text))
        elif line.kind == SEPARATOR:
            if style != ("left", False, False):
                _apply_style(printer, style, ("left", False, False))
                style = ("left", False, False)
            printer.textln("-" * options.width)
        elif line.kind == FEED:
            printer.ln()
        elif line.kind == QR:
            printer.qr(line.text, size=4, center=True)
        elif line.kind == LOGO:
            if options.logo_path and Path(options.logo_path).is_file():
                printer.image(options.logo_path, center=True)
        elif line.kind == CUT:
            printer.cut()
    return renderer.output


def _apply_style(printer: Any, old: tuple[str, bool, bool], new: tuple[str, bool, bool]) -> None:
    align, bold, double = new
    kwargs: dict[str, Any] = {}
    if align != old[0]:
        kwargs["align"] = align
    if bold != old[1]:
        kwargs["bold"] = bold
    if double != old[2]:
        if double:
            kwargs["double_height"] = True
        else:
            kwargs["normal_textsize"] = True
    printer.set(**kwargs)


def render_drawer_pulse(pin: int, options: EscposOptions) -> bytes:
    """The cash-drawer kick alone: pin 2 -> ``1B 70 00 32 32``, pin 5 -> ``1B 70 01 32 32``."""
    renderer = _Renderer(options)
    renderer.printer.cashdraw(pin)
    return renderer.output
