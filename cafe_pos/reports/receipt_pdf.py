"""A receipt (or any device-neutral document) as a narrow PDF, like the paper roll.

Same ``PrintLine`` list as the printer gets; monospace Courier (WinAnsi: accents and €)
sized so that ``width`` characters fill 72 mm of an 80 mm page, as tall as the document.
Used by ``cafe-pos receipt --pdf``, "Save as PDF" in the print dialog, and e-mailing a
receipt instead of printing it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from cafe_pos.domain.receipt_layout import CUT, FEED, LOGO, QR, SEPARATOR, TEXT, PrintLine

MM = float(mm)  # reportlab points per millimetre
PAGE_WIDTH = 80 * MM
MARGIN = 4 * MM
QR_SIZE = 30 * MM
LOGO_HEIGHT = 18 * MM
COURIER_ADVANCE = 0.6  # Courier: every glyph is 0.6 em wide


def _line_height(line: PrintLine, font_size: float, logo: bool) -> float:
    if line.kind == QR:
        return QR_SIZE + font_size
    if line.kind == LOGO:
        return LOGO_HEIGHT + font_size * 0.5 if logo else 0.0
    if line.kind == CUT:
        return font_size
    base = font_size * 1.25
    return base * 2 if line.kind == TEXT and line.double else base


def render_pdf(
    lines: Sequence[PrintLine], width: int, *, title: str = "Ticket", logo_path: str = ""
) -> bytes:
    """The PDF bytes of a document laid out for ``width`` characters per line."""
    usable = PAGE_WIDTH - 2 * MARGIN
    font_size = usable / (width * COURIER_ADVANCE)
    logo = bool(logo_path) and Path(logo_path).is_file()
    height = 2 * MARGIN + sum(_line_height(line, font_size, logo) for line in lines)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_WIDTH, height), pageCompression=0)
    pdf.setTitle(title)
    pdf.setAuthor("cafe-pos")
    y = height - MARGIN
    for line in lines:
        step = _line_height(line, font_size, logo)
        if line.kind == TEXT:
            size = font_size * (2 if line.double else 1)
            pdf.setFont("Courier-Bold" if line.bold else "Courier", size)
            # Double height keeps the width of the characters: scale vertically only.
            pdf.saveState()
            pdf.translate(0, y - step + font_size * 0.3)
            if line.double:
                pdf.scale(0.5, 1)
            x_scale = 2 if line.double else 1
            text_width = len(line.text) * font_size * COURIER_ADVANCE
            if line.align == "center":
                x = MARGIN + (usable - text_width) / 2
            elif line.align == "right":
                x = MARGIN + usable - text_width
            else:
                x = MARGIN
            pdf.drawString(x * x_scale, 0, line.text)
            pdf.restoreState()
        elif line.kind == SEPARATOR:
            pdf.setDash(2, 2)
            pdf.setLineWidth(0.4)
            pdf.line(MARGIN, y - step / 2, PAGE_WIDTH - MARGIN, y - step / 2)
            pdf.setDash()
        elif line.kind == QR:
            widget = QrCodeWidget(line.text)
            x0, y0, x1, y1 = widget.getBounds()
            drawing = Drawing(
                QR_SIZE, QR_SIZE, transform=[QR_SIZE / (x1 - x0), 0, 0, QR_SIZE / (y1 - y0), 0, 0]
            )
            drawing.add(widget)
            renderPDF.draw(drawing, pdf, (PAGE_WIDTH - QR_SIZE) / 2, y - QR_SIZE)
        elif line.kind == LOGO and logo:
            pdf.drawImage(
                logo_path,
                MARGIN,
                y - LOGO_HEIGHT,
                width=usable,
                height=LOGO_HEIGHT,
                preserveAspectRatio=True,
                anchor="c",
                mask="auto",
            )
        elif line.kind in (FEED, CUT):
            pass
        y -= step
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def write_pdf(path: Path, lines: Sequence[PrintLine], width: int, **options: str) -> None:
    from cafe_pos.store.files import write_private

    write_private(path, render_pdf(lines, width, **options))
