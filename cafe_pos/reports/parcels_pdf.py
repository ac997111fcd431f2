"""A carrier's monthly commission statement as an A4 PDF, to check against the carrier's
own statement: counts per event, rate, amount, total, and the counts per day.

Takes plain values (no service import): the café's name and address, the carrier, the
month and the lines. No personal data is given to it, so none can be printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_eur
from cafe_pos.reports.fonts import report_fonts

ACCENT = colors.HexColor("#6b3a1f")
STRIPE = colors.HexColor("#f8f4ee")
MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


@dataclass(frozen=True, slots=True)
class StatementLine:
    label: str
    count: int
    rate_cents: int
    amount_cents: int


@dataclass(frozen=True, slots=True)
class StatementInput:
    cafe_name: str
    cafe_address: str
    carrier_name: str
    month: str  # YYYY-MM
    lines: Sequence[StatementLine]
    total_cents: int
    days: Sequence[tuple[dt.date, Sequence[int]]] = ()  # counts per day, same order as lines
    generated_at: dt.datetime | None = None


def month_title(month: str) -> str:
    year, number = month.split("-")
    return f"{MONTHS[int(number) - 1]} {year}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_statement(data: StatementInput, path: Path) -> Path:
    """Write the PDF; a folder that cannot be written is a French UserError."""
    fonts = report_fonts()
    title = ParagraphStyle("t", fontName=fonts.bold, fontSize=16, leading=20, textColor=ACCENT)
    body = ParagraphStyle("b", fontName=fonts.regular, fontSize=10, leading=13)
    section = ParagraphStyle(
        "s", fontName=fonts.bold, fontSize=11, leading=14, textColor=ACCENT, spaceBefore=10
    )
    story: list[object] = [
        Paragraph(_escape(data.cafe_name), body),
        Paragraph(_escape(data.cafe_address), body),
        Spacer(1, 6 * mm),
        Paragraph(
            _escape(f"Relevé de commissions — {data.carrier_name} — {month_title(data.month)}"),
            title,
        ),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[str]] = [["", "Nombre", "Commission unitaire", "Montant"]]
    for line in data.lines:
        rows.append(
            [
                line.label,
                str(line.count),
                format_eur(line.rate_cents),
                format_eur(line.amount_cents),
            ]
        )
    rows.append(["Total", "", "", format_eur(data.total_cents)])
    table = Table(rows, colWidths=[62 * mm, 30 * mm, 46 * mm, 36 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 10),
                ("FONT", (0, 0), (-1, 0), fonts.bold, 10),
                ("FONT", (0, -1), (-1, -1), fonts.bold, 10),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, STRIPE]),
            ]
        )
    )
    story.append(table)
    if data.days:
        story.append(Paragraph("Par jour", section))
        day_rows: list[list[str]] = [["Jour", *(line.label for line in data.lines)]]
        for day, counts in data.days:
            day_rows.append([f"{day:%d/%m/%Y}", *(str(c) for c in counts)])
        days_table = Table(day_rows, repeatRows=1)
        days_table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), fonts.regular, 9),
                    ("FONT", (0, 0), (-1, 0), fonts.bold, 9),
                    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
                    ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
                ]
            )
        )
        story.append(days_table)
    story.append(Spacer(1, 6 * mm))
    note = (
        "Commission de service du point relais (hors ventes de la caisse). "
        "Ce relevé ne contient aucune donnée personnelle."
    )
    if data.generated_at is not None:
        note += f" Édité le {data.generated_at:%d/%m/%Y à %H:%M}."
    story.append(Paragraph(_escape(note), body))
    try:
        doc = SimpleDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=16 * mm,
            rightMargin=16 * mm,
            topMargin=16 * mm,
            bottomMargin=16 * mm,
            title=f"Commissions {data.carrier_name} {data.month}",
            author="cafe-pos",
        )
        doc.build(story)
    except OSError as exc:
        raise UserError(f"Impossible d'écrire le PDF {path} : {exc.strerror or exc}") from exc
    return path
