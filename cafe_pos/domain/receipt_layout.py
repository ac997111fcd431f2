"""Receipt layout: what a receipt, a note, a test page or a Z report says, line by line,
for a paper roll of ``width`` characters, without knowing which device will render it.

The same ``PrintLine`` list is rendered to ESC/POS bytes (devices.render_escpos), to a
narrow PDF (reports.receipt_pdf) and to the on-screen preview; it is also what the print
spool stores (``lines_to_json``). Content follows the French rules (CGI art. 286, see
docs): shop identity with SIRET/NAF/VAT number, number, date-time to the second,
register, operator, each line with its VAT code, VAT summary per rate, payments,
duplicate/note/training markers, line count, signature extract, software version.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from cafe_pos.domain.money import format_amount, format_eur, format_quantity
from cafe_pos.domain.receipt import PAYMENT_LABELS, ReceiptData, ReceiptLine
from cafe_pos.domain.vat import format_rate

PAPER_WIDTHS = (32, 42, 48)  # characters per line, font A: 58 mm, TM-T88, 80 mm

TEXT = "text"
SEPARATOR = "separator"
FEED = "feed"
CUT = "cut"
QR = "qr"
LOGO = "logo"
LINE_KINDS = frozenset({TEXT, SEPARATOR, FEED, CUT, QR, LOGO})
ALIGNS = frozenset({"left", "center", "right"})

# One letter per French rate, the same on every receipt, so the VAT summary can refer to it.
VAT_CODES: dict[int, str] = {2000: "A", 1000: "B", 550: "C", 210: "D", 0: "E"}

TRAINING_MARK = "FORMATION — sans valeur fiscale"
NOTE_MARK = "NOTE NON PAYÉE"
TEST_SENTENCE = "Crème brûlée 4,50 € — Façon garçon à Noël"


@dataclass(frozen=True, slots=True)
class PrintLine:
    """One device-neutral line: text (at most the paper width), or a control element."""

    text: str = ""
    kind: str = TEXT  # text | separator | feed | cut | qr | logo
    align: str = "left"  # left | center | right
    bold: bool = False
    double: bool = False  # double height (same number of characters per line)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"k": self.kind}
        if self.text:
            out["t"] = self.text
        if self.align != "left":
            out["a"] = self.align
        if self.bold:
            out["b"] = True
        if self.double:
            out["d"] = True
        return out

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> PrintLine:
        kind = str(raw.get("k", TEXT))
        align = str(raw.get("a", "left"))
        if kind not in LINE_KINDS or align not in ALIGNS:
            raise ValueError(f"unknown print line {raw!r}")
        return cls(
            text=str(raw.get("t", "")),
            kind=kind,
            align=align,
            bold=bool(raw.get("b", False)),
            double=bool(raw.get("d", False)),
        )


def lines_to_json(lines: Iterable[PrintLine]) -> str:
    """Compact JSON of a document, as stored in a print job's payload."""
    return json.dumps([line.to_dict() for line in lines], ensure_ascii=False)


def lines_from_json(payload: str) -> list[PrintLine]:
    return [PrintLine.from_dict(item) for item in json.loads(payload)]


def render_text(lines: Iterable[PrintLine], width: int) -> str:
    """Plain-text rendering (simulated printer, tests, logs): one string, lines joined."""
    out: list[str] = []
    for line in lines:
        if line.kind == TEXT:
            out.append(_aligned(line.text, line.align, width).rstrip())
        elif line.kind == SEPARATOR:
            out.append("-" * width)
        elif line.kind == FEED:
            out.append("")
        elif line.kind == CUT:
            out.append("=" * width)
        elif line.kind == QR:
            out.append(_aligned(f"[QR {line.text}]", "center", width).rstrip())
    return "\n".join(out) + "\n"


def _aligned(text: str, align: str, width: int) -> str:
    if align == "center":
        return text.center(width)
    if align == "right":
        return text.rjust(width)
    return text


# --- building blocks ---------------------------------------------------------------


def _text(text: str, *, align: str = "left", bold: bool = False, double: bool = False) -> PrintLine:
    return PrintLine(text=text, align=align, bold=bold, double=double)


def _wrap(text: str, width: int, **style: Any) -> list[PrintLine]:
    """Word-wrap a text to the paper width (long words are cut)."""
    chunks = textwrap.wrap(text, width, break_long_words=True) or [""]
    return [_text(chunk, **style) for chunk in chunks]


def _row(
    left: str, right: str, width: int, *, bold: bool = False, double: bool = False
) -> list[PrintLine]:
    """``left`` at the left margin, ``right`` at the right one; the left part wraps."""
    room = width - len(right) - 1
    if room < 8:  # no sensible room beside it: put the right part on its own line
        lines = _wrap(left, width, bold=bold, double=double)
        lines.append(_text(right.rjust(width), bold=bold, double=double))
        return lines
    chunks = textwrap.wrap(left, room, break_long_words=True) or [""]
    lines = [_text(chunk, bold=bold, double=double) for chunk in chunks[:-1]]
    last = chunks[-1]
    lines.append(
        _text(last + " " * (width - len(last) - len(right)) + right, bold=bold, double=double)
    )
    return lines


def _separator() -> PrintLine:
    return PrintLine(kind=SEPARATOR)


def _cut() -> PrintLine:
    return PrintLine(kind=CUT)


def vat_code(rate_bp: int) -> str:
    return VAT_CODES.get(rate_bp, "?")


def _format_siret(siret: str) -> str:
    digits = siret.replace(" ", "")
    if len(digits) == 14 and digits.isdigit():
        return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"
    return siret


# --- receipts and notes ----------------------------------------------------------------


def _header(data: ReceiptData, width: int) -> list[PrintLine]:
    shop = data.shop
    lines = [PrintLine(kind=LOGO)]
    lines += _wrap(shop.name, width, align="center", bold=True, double=True)
    for part in shop.address.replace("\r", "").split("\n"):
        if part.strip():
            lines += _wrap(part.strip(), width, align="center")
    identity = f"SIRET {_format_siret(shop.siret)}"
    naf = f"NAF {shop.naf_code}" if shop.naf_code else ""
    if naf and len(identity) + len(naf) + 3 <= width:
        lines.append(_text(f"{identity} - {naf}", align="center"))
    else:
        lines += _wrap(identity, width, align="center")
        if naf:
            lines.append(_text(naf, align="center"))
    if shop.vat_number:
        lines += _wrap(f"TVA intracom. {shop.vat_number}", width, align="center")
    return lines


def _markers(data: ReceiptData, width: int) -> list[PrintLine]:
    lines: list[PrintLine] = []
    if data.training:
        lines += _wrap(TRAINING_MARK, width, align="center", bold=True)
    if data.duplicate_copy is not None:
        lines += _wrap(
            f"DUPLICATA n° {data.duplicate_copy}", width, align="center", bold=True, double=True
        )
    if data.kind == "note":
        lines += _wrap(NOTE_MARK, width, align="center", bold=True, double=True)
    if data.kind == "refund":
        lines += _wrap("REMBOURSEMENT", width, align="center", bold=True)
    if data.refund_of_number is not None:
        lines += _wrap(
            f"Ce ticket annule le ticket n° {data.refund_of_number}", width, align="center"
        )
    return lines


def _identification(data: ReceiptData, width: int) -> list[PrintLine]:
    when = data.at.strftime("%d/%m/%Y %H:%M:%S")
    if data.number is not None:
        title = f"Ticket n° {data.number}"
    elif data.kind == "note":
        title = "Note"
    else:
        title = "Ticket"
    lines = _row(title, when, width)
    lines += _row(f"Caisse {data.register}", f"Opérateur : {data.operator}", width)
    if data.tab_label:
        lines += _wrap(f"Table / ardoise : {data.tab_label}", width)
    return lines


def _item(line: ReceiptLine, width: int) -> list[PrintLine]:
    code = vat_code(line.vat_bp)
    gross = line.total_cents + line.discount_cents
    single = line.unit == "piece" and line.qty_milli == 1000 and line.discount_cents == 0
    if single:
        return _row(line.label, f"{format_eur(line.total_cents)} {code}", width)
    lines = _wrap(line.label, width)
    sign = "-" if line.qty_milli < 0 else ""
    if line.unit == "kg":
        qty = format_quantity(abs(line.qty_milli), unit="kg")
        detail = f"  {sign}{qty} x {format_eur(line.unit_price_cents)}/kg"
    else:
        qty = format_quantity(abs(line.qty_milli))
        detail = f"  {sign}{qty} x {format_eur(line.unit_price_cents)}"
    lines += _row(detail, f"{format_eur(gross)} {code}", width)
    if line.discount_cents:
        lines += _row("  Remise", f"-{format_eur(line.discount_cents)}  ", width)
    return lines


def _vat_summary(data: ReceiptData, width: int) -> list[PrintLine]:
    amount_width = (width - 8) // 3
    label_width = width - 3 * amount_width

    def columns(label: str, base: str, vat: str, total: str) -> PrintLine:
        return _text(
            label.ljust(label_width)
            + base.rjust(amount_width)
            + vat.rjust(amount_width)
            + total.rjust(amount_width)
        )

    lines = [columns("TVA", "HT", "TVA", "TTC")]
    for vat in data.vat_lines:
        label = f"{vat_code(vat.rate_bp)} {format_rate(vat.rate_bp)}%"
        lines.append(
            columns(
                label,
                format_amount(vat.base_cents),
                format_amount(vat.vat_cents),
                format_amount(vat.total_cents),
            )
        )
    if len(data.vat_lines) > 1:
        lines.append(
            columns(
                "Total",
                format_amount(sum(v.base_cents for v in data.vat_lines)),
                format_amount(sum(v.vat_cents for v in data.vat_lines)),
                format_amount(sum(v.total_cents for v in data.vat_lines)),
            )
        )
    return lines


def _payments(data: ReceiptData, width: int) -> list[PrintLine]:
    lines: list[PrintLine] = []
    change_left = data.change_cents  # change only ever comes out of the cash handed over
    for payment in data.payments:
        label = PAYMENT_LABELS.get(payment.method, payment.method)
        amount = payment.amount_cents
        if payment.method == "cash" and change_left > 0:
            label, amount, change_left = f"{label} reçues", amount + change_left, 0
        lines += _row(label, format_eur(amount), width)
    if data.change_cents:
        lines += _row("Rendu monnaie", format_eur(data.change_cents), width)
    if data.cashback_cents:
        lines += _row("Cash-back (espèces remises)", format_eur(data.cashback_cents), width)
    if data.customer_account:
        lines += _wrap(f"Compte client : {data.customer_account}", width)
    return lines


def build_receipt(data: ReceiptData, width: int, *, qr_data: str = "") -> list[PrintLine]:
    """The whole receipt (or unpaid note, or duplicate) for a roll of ``width`` characters."""
    if width < 24:
        raise ValueError("paper width too small for a receipt")
    lines = _header(data, width)
    lines.append(_separator())
    lines += _markers(data, width)
    lines += _identification(data, width)
    lines.append(_separator())
    for item in data.lines:
        lines += _item(item, width)
    lines.append(_separator())
    lines += _row("TOTAL TTC", format_eur(data.total_cents), width, bold=True, double=True)
    if data.discount_cents:
        lines += _row("Dont remises", format_eur(data.discount_cents), width)
    lines += _vat_summary(data, width)
    if data.payments or data.change_cents or data.cashback_cents or data.customer_account:
        lines.append(_separator())
        lines += _payments(data, width)
    lines.append(_separator())
    lines += _row("Nombre de lignes", str(data.line_count), width)
    if data.signature_short:
        lines += _row("Signature", data.signature_short, width)
    if data.software_version:
        lines += _row("Logiciel", data.software_version, width)
    if data.kind == "note":
        lines += _wrap("Note remise avant paiement : ce n'est pas un ticket de caisse.", width)
    for footer in data.footer:
        lines += _wrap(footer, width, align="center")
    if data.duplicate_copy is not None:
        lines += _wrap(f"DUPLICATA n° {data.duplicate_copy}", width, align="center", bold=True)
    if data.training:
        lines += _wrap(TRAINING_MARK, width, align="center", bold=True)
    if qr_data:
        lines.append(PrintLine(text=qr_data, kind=QR, align="center"))
    lines.append(_cut())
    return lines


# --- other documents -------------------------------------------------------------------


def build_test_page(width: int, *, printer_label: str = "") -> list[PrintLine]:
    """The page of the settings' Test button: accents, €, widths, bold, double height."""
    lines = [_text("Test d'impression", align="center", bold=True, double=True)]
    if printer_label:
        lines += _wrap(printer_label, width, align="center")
    lines.append(_separator())
    lines += _wrap(TEST_SENTENCE, width)
    lines.append(_text("àâäçéèêëîïôöùûü ÀÇÉÈ €"))
    lines.append(_text("".join(str(i % 10) for i in range(1, width + 1))))
    lines += _row("Gauche", "Droite", width)
    lines.append(_text("Centré", align="center"))
    lines.append(_text("Gras", bold=True))
    lines.append(_text("Double hauteur", double=True))
    lines.append(_separator())
    lines += _wrap(f"{width} caractères par ligne", width, align="center")
    lines.append(_cut())
    return lines


Row = str | tuple[str, str] | None


def build_text_document(title: str, rows: Sequence[Row], *, width: int = 48) -> list[PrintLine]:
    """A simple document (Z or X report, cash count...): a title, then rows.

    A row is a text (wrapped), a ``(label, value)`` pair (value at the right margin), or
    ``None`` for a separator line. The document ends with a cut.
    """
    lines = _wrap(title, width, align="center", bold=True, double=True)
    lines.append(_separator())
    for row in rows:
        if row is None:
            lines.append(_separator())
        elif isinstance(row, tuple):
            lines += _row(row[0], row[1], width)
        elif row == "":
            lines.append(PrintLine(kind=FEED))
        else:
            lines += _wrap(row, width)
    lines.append(_cut())
    return lines
