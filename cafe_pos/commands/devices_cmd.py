"""`cafe-pos receipt --ticket N [--out FILE.bin] [--pdf FILE.pdf]`: one stored ticket as the
exact ESC/POS bytes the configured printer would get, and/or as a PDF.

The bytes are rendered with the printer settings of the database (profile, code page,
characters per line). Nothing is printed and nothing is written to the database.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cafe_pos.commands.common import opened
from cafe_pos.domain.errors import UserError


def _write(path: Path, data: bytes) -> None:
    from cafe_pos.store.files import os_error_text, write_private

    try:
        write_private(path, data)
    except OSError as exc:
        raise UserError(f"Impossible d'écrire le fichier : {os_error_text(exc)}") from exc


def receipt(args: argparse.Namespace) -> int:
    if args.out is None and args.pdf is None:
        raise UserError("Indiquez --out FICHIER.bin (octets ESC/POS) ou --pdf FICHIER.pdf")
    from cafe_pos.devices.escpos_printer import options_from_config
    from cafe_pos.devices.render_escpos import render_escpos
    from cafe_pos.domain.receipt_layout import build_receipt
    from cafe_pos.services.device_settings import load_device_config
    from cafe_pos.services.receipts import receipt_for_ticket

    with opened(args) as ctx:
        data = receipt_for_ticket(ctx, args.ticket)
        printer = load_device_config(ctx).printer
        lines = build_receipt(data, printer.width)
        if args.out is not None:
            _write(Path(args.out), render_escpos(lines, options_from_config(printer)))
        if args.pdf is not None:
            from cafe_pos.reports.receipt_pdf import render_pdf

            pdf = render_pdf(
                lines, printer.width, title=f"Ticket n° {args.ticket}", logo_path=printer.logo_path
            )
            _write(Path(args.pdf), pdf)
    return 0
