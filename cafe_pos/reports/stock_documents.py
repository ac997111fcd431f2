"""Stock documents for people outside the café: the order for a supplier (A4 PDF and a CSV
the supplier can import) and the count sheet valued at cost for the accountant (PDF).

Rendered from the plain DTOs of ``stock_dto``, which the stock services fill; nothing here
reads the database or imports a service.
"""

from __future__ import annotations

import csv
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cafe_pos import __version__
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur as eur
from cafe_pos.domain.money import format_euros_dot, format_quantity
from cafe_pos.reports.fonts import report_fonts
from cafe_pos.reports.stock_dto import CountDocument, OrderDocument, Party

ACCENT = colors.HexColor("#6b3a1f")
RULE = colors.HexColor("#d9cfc2")
STRIPE = colors.HexColor("#f8f4ee")
MARGIN = 16 * mm


class DocumentWriteError(UserError):
    """The document could not be written (folder missing, read-only, disk full)."""


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, str, str]:
    fonts = report_fonts()
    title = ParagraphStyle("t", fontName=fonts.bold, fontSize=16, leading=20, textColor=ACCENT)
    body = ParagraphStyle("b", fontName=fonts.regular, fontSize=10, leading=13)
    return title, body, fonts.regular, fonts.bold


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(rows: list[list[str]], widths: list[float], right_from: int) -> Table:
    _, _, regular, bold = _styles()
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), regular, 9),
                ("FONT", (0, 0), (-1, 0), bold, 9),
                ("FONT", (0, -1), (-1, -1), bold, 9),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                ("ALIGN", (right_from, 0), (-1, -1), "RIGHT"),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, STRIPE]),
                ("GRID", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table


def _build(path: Path, title: str, story: list[Flowable]) -> Path:
    if not path.parent.is_dir():
        raise DocumentWriteError(f"Le dossier n'existe pas : {path.parent}")
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        creator=f"cafe-pos {__version__}",
    )
    try:
        doc.build(story)
    except OSError as exc:
        raise DocumentWriteError(f"Impossible d'écrire {path} : {exc.strerror or exc}") from exc
    return path


def _party(party: Party, body: ParagraphStyle) -> list[Flowable]:
    lines = [f"<b>{_escape(party.name)}</b>"]
    if party.address:
        lines.append(_escape(party.address))
    if party.siret:
        lines.append(f"SIRET {party.siret}")
    return [Paragraph("<br/>".join(lines), body)]


def order_pdf(order: OrderDocument, path: Path) -> Path:
    """The order as the supplier receives it: references, packs, units, prices excl. VAT."""
    title, body, _, _ = _styles()
    number = f" n° {order.number}" if order.number is not None else ""
    story: list[Flowable] = [
        Paragraph(f"Bon de commande{number}", title),
        Spacer(1, 4),
        *_party(order.cafe, body),
        Spacer(1, 6),
        Paragraph("Fournisseur :", body),
        *_party(order.supplier, body),
        Spacer(1, 6),
        Paragraph(
            f"Commande du {order.made_on:%d/%m/%Y} — livraison souhaitée le "
            f"{order.delivery_on:%d/%m/%Y}",
            body,
        ),
        Spacer(1, 8),
    ]
    rows = [["Référence", "Article", "Colis", "Unités/colis", "Unités", "Prix HT", "Total HT"]]
    rows += [
        [
            ln.reference,
            ln.name,
            str(ln.packs),
            str(ln.pack_size),
            format_quantity(ln.qty_milli),
            eur(ln.unit_cost_cents),
            eur(ln.total_cents),
        ]
        for ln in order.lines
    ]
    rows.append(["", "Total HT", "", "", "", "", eur(order.total_cents)])
    widths = [24 * mm, 62 * mm, 14 * mm, 20 * mm, 16 * mm, 20 * mm, 22 * mm]
    story.append(_table(rows, widths, 2))
    return _build(path, f"Bon de commande {order.supplier.name}", story)


CSV_HEADER = ["reference", "article", "colis", "unites_par_colis", "unites", "prix_ht", "total_ht"]


def order_csv(order: OrderDocument, path: Path) -> Path:
    """The same order as a CSV (UTF-8, ';', amounts with a dot) for the supplier's system."""
    if not path.parent.is_dir():
        raise DocumentWriteError(f"Le dossier n'existe pas : {path.parent}")
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(CSV_HEADER)
            for ln in order.lines:
                writer.writerow(
                    [
                        ln.reference,
                        ln.name,
                        ln.packs,
                        ln.pack_size,
                        ln.qty_milli // 1000,
                        format_euros_dot(ln.unit_cost_cents),
                        format_euros_dot(ln.total_cents),
                    ]
                )
    except OSError as exc:
        raise DocumentWriteError(f"Impossible d'écrire {path} : {exc.strerror or exc}") from exc
    return path


def count_pdf(count: CountDocument, path: Path) -> Path:
    """The count valued at cost (PMP), for the accountant's yearly inventory."""
    title, body, _, _ = _styles()
    story: list[Flowable] = [
        Paragraph(f"Inventaire — {_escape(count.label)}", title),
        Spacer(1, 4),
        *_party(count.cafe, body),
        Paragraph(_escape(count.validated), body),
        Paragraph("Valorisation au prix moyen pondéré (PMP) hors taxes.", body),
        Spacer(1, 8),
    ]
    rows = [["Article", "Catégorie", "Attendu", "Compté", "PMP HT", "Valeur HT", "Écart"]]
    rows += [
        [
            ln.name,
            ln.category,
            format_quantity(ln.expected_milli, unit=ln.unit),
            format_quantity(ln.counted_milli, unit=ln.unit),
            eur(ln.unit_cost_cents),
            eur(ln.value_cents),
            eur(ln.difference_cents),
        ]
        for ln in count.lines
    ]
    rows.append(["Total", "", "", "", "", eur(count.value_cents), eur(count.difference_cents)])
    widths = [58 * mm, 30 * mm, 18 * mm, 18 * mm, 18 * mm, 22 * mm, 20 * mm]
    story.append(_table(rows, widths, 2))
    return _build(path, f"Inventaire {count.label}", story)
