"""Monthly and yearly reports as A4 PDFs with charts: sales per day, sales per hour of
the week (heat map), top products, split by VAT rate and by payment method, then the
tables (VAT, payments, categories, third parties, operations, days, grand totals)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from cafe_pos.domain.figures import Figures
from cafe_pos.domain.formatting import MONTHS_SHORT, date_fr
from cafe_pos.domain.vat import format_rate
from cafe_pos.reports import charts, content
from cafe_pos.reports.fonts import report_fonts
from cafe_pos.reports.pdf_common import (
    CONTENT_W,
    Styles,
    build_pdf,
    escape,
    heading,
    section_table,
    side_by_side,
)


def _per_day_points(figures: Figures) -> list[tuple[str, int]]:
    if figures.kind == "year":  # one bar per month
        months = [0] * 12
        for point in figures.days:
            months[point.day.month - 1] += point.total_cents
        return list(zip(MONTHS_SHORT, months, strict=True))
    return [(str(point.day.day), point.total_cents) for point in figures.days]


def _titled(title: str, drawing: Flowable, styles: Styles) -> Flowable:
    return KeepTogether([Paragraph(escape(title), styles.section), drawing])


def _pies(figures: Figures, styles: Styles) -> Flowable:
    fonts = styles.fonts
    half = (CONTENT_W - 8 * mm) / 2
    vat = charts.split_pie(
        [(f"TVA {format_rate(v.rate_bp)} %", v.total_cents) for v in figures.by_vat_rate],
        fonts,
        width=half,
    )
    pay = charts.split_pie(
        [(content.payment_label(a.label), a.cents) for a in figures.by_payment_method],
        fonts,
        width=half,
    )
    table = Table(
        [
            [
                Paragraph("Répartition par taux de TVA", styles.section),
                Paragraph("Par mode de paiement", styles.section),
            ],
            [vat, pay],
        ],
        colWidths=[half + 8 * mm, half],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table


def period_story(figures: Figures) -> list[Flowable]:
    styles = Styles(report_fonts())
    fonts = styles.fonts
    subtitle = f"Du {date_fr(figures.first_day)} au {date_fr(figures.last_day)} — caisse {figures.register}"
    story = heading(figures, styles, subtitle)
    story.append(
        side_by_side(content.key_figures(figures), content.payments_section(figures), styles)
    )
    per = "mois" if figures.kind == "year" else "jour"
    story.append(
        _titled(
            f"Ventes TTC par {per}",
            charts.sales_per_day(_per_day_points(figures), fonts, width=CONTENT_W),
            styles,
        )
    )
    story.append(
        _titled(
            "Ventes par heure et jour de la semaine",
            charts.week_heat_map(
                {(weekday, hour): cents for weekday, hour, cents in figures.week_hours},
                fonts,
                width=CONTENT_W,
            ),
            styles,
        )
    )
    story.append(_pies(figures, styles))
    story.append(
        _titled(
            "Meilleures ventes (TTC)",
            charts.top_products(
                [(p.label, p.total_cents) for p in figures.top_products], fonts, width=CONTENT_W
            ),
            styles,
        )
    )
    story.append(section_table(content.vat_section(figures), styles))
    story.append(
        side_by_side(
            content.categories_section(figures), content.third_party_section(figures), styles
        )
    )
    story.append(
        side_by_side(
            content.operations_section(figures), content.responsible_section(figures), styles
        )
    )
    story.append(side_by_side(content.perpetual_section(figures), None, styles))
    story.append(section_table(content.days_section(figures), styles))
    return story


def write_period_pdf(figures: Figures, path: Path) -> Path:
    """Write a monthly or yearly report to ``path``; return the path."""
    return build_pdf(path, figures, period_story(figures))
