"""The daily Z (or an X reading) as an A4 PDF: café identity, every figure of the day,
cash count, perpetual grand totals and the closure's signature."""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import Flowable

from cafe_pos.domain.figures import Figures
from cafe_pos.domain.formatting import long_date_fr
from cafe_pos.reports import content
from cafe_pos.reports.fonts import report_fonts
from cafe_pos.reports.pdf_common import Styles, build_pdf, heading, section_table, side_by_side


def z_story(figures: Figures) -> list[Flowable]:
    styles = Styles(report_fonts())
    subtitle = f"{long_date_fr(figures.first_day).capitalize()} — caisse {figures.register}"
    story = heading(figures, styles, subtitle)
    story.append(
        side_by_side(content.key_figures(figures), content.payments_section(figures), styles)
    )
    story.append(section_table(content.vat_section(figures), styles))
    story.append(
        side_by_side(
            content.categories_section(figures), content.third_party_section(figures), styles
        )
    )
    pairs = (
        (content.operations_section(figures), content.perpetual_section(figures)),
        (content.responsible_section(figures), content.cash_section(figures)),
    )
    for left, right in pairs:
        story.append(side_by_side(left, right, styles))
    return story


def write_z_pdf(figures: Figures, path: Path) -> Path:
    """Write the Z (or X) of ``figures`` to ``path``; return the path."""
    return build_pdf(path, figures, z_story(figures))
