"""Shared pieces of the A4 PDF reports: styles, the café identity header and page footer
on every page, and section tables."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from cafe_pos import __version__
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.figures import Figures
from cafe_pos.domain.formatting import datetime_fr
from cafe_pos.reports.content import Section
from cafe_pos.reports.fonts import ReportFonts, report_fonts
from cafe_pos.store.files import os_error_text, write_private

ACCENT = colors.HexColor("#6b3a1f")
RULE = colors.HexColor("#d9cfc2")
STRIPE = colors.HexColor("#f8f4ee")
PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
CONTENT_W = PAGE_W - 2 * MARGIN


class ReportWriteError(UserError):
    """The PDF could not be written (folder missing, read-only, disk full)."""


class Styles:
    def __init__(self, fonts: ReportFonts) -> None:
        self.fonts = fonts
        self.title = ParagraphStyle(
            "title", fontName=fonts.bold, fontSize=16, leading=20, textColor=ACCENT
        )
        self.subtitle = ParagraphStyle("subtitle", fontName=fonts.regular, fontSize=10, leading=13)
        self.section = ParagraphStyle(
            "section",
            fontName=fonts.bold,
            fontSize=11,
            leading=14,
            textColor=ACCENT,
            spaceBefore=8,
            spaceAfter=3,
        )
        self.body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9, leading=11.5)
        self.notice = ParagraphStyle(
            "notice",
            fontName=fonts.bold,
            fontSize=10,
            leading=13,
            textColor=colors.HexColor("#8a1c1c"),
            spaceBefore=4,
            spaceAfter=4,
        )


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def section_table(section: Section, styles: Styles, *, width: float = CONTENT_W) -> Flowable:
    """A section as a titled table kept on one page."""
    return KeepTogether(section_flowables(section, styles, width=width))


def section_flowables(
    section: Section, styles: Styles, *, width: float = CONTENT_W
) -> list[Flowable]:
    """A section title and its table; the first column left, amounts right-aligned."""
    columns = len(section.columns)
    data: list[list[str]] = []
    has_header = any(section.columns)
    if has_header:
        data.append(list(section.columns))
    data += [list(row) for row in section.rows]
    if section.total:
        data.append(list(section.total))
    if not data:
        data = [["Aucun montant"] + [""] * (columns - 1)]
    first_w = width * (0.55 if columns == 2 else 0.34)
    other_w = (width - first_w) / max(1, columns - 1)
    table = Table(data, colWidths=[first_w] + [other_w] * (columns - 1), hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 9),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if has_header:
        commands += [
            ("FONT", (0, 0), (-1, 0), styles.fonts.bold, 9),
            ("BACKGROUND", (0, 0), (-1, 0), STRIPE),
        ]
    if section.total:
        commands += [
            ("FONT", (0, -1), (-1, -1), styles.fonts.bold, 9),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return [Paragraph(escape(section.title), styles.section), table]


def side_by_side(left: Section, right: Section | None, styles: Styles) -> Flowable:
    """Two sections next to each other (half the page width each)."""
    half = (CONTENT_W - 8 * mm) / 2
    cells: list[list[Flowable]] = [section_flowables(left, styles, width=half)]
    cells.append(section_flowables(right, styles, width=half) if right else [Spacer(1, 1)])
    table = Table([cells], colWidths=[half + 8 * mm, half], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


@dataclass(frozen=True, slots=True)
class PageHeader:
    """What every page of a report shows: the café at the top, the document below."""

    name: str
    address: str
    ids: str  # "SIRET … — NAF … — TVA …"
    register: str
    printed_at: dt.datetime
    title: str


def figures_header(figures: Figures) -> PageHeader:
    h = figures.header
    ids = [f"SIRET {h.siret}" if h.siret else "", f"NAF {h.naf_code}" if h.naf_code else ""]
    if h.vat_number:
        ids.append(f"TVA {h.vat_number}")
    return PageHeader(
        name=h.name,
        address=h.address,
        ids=" — ".join(part for part in ids if part),
        register=figures.register,
        printed_at=figures.generated_at,
        title=figures.title,
    )


def page_decorator(page: PageHeader, fonts: ReportFonts) -> Callable[[Any, Any], None]:
    """Café identity at the top of every page, software version and page number below."""

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_H - 11 * mm
        canvas.setFont(fonts.bold, 11)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, top, page.name)
        canvas.setFillColor(colors.black)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(MARGIN, top - 11, ", ".join(page.address.splitlines()))
        canvas.drawString(MARGIN, top - 21, page.ids)
        canvas.drawRightString(PAGE_W - MARGIN, top, f"Caisse {page.register}")
        canvas.drawRightString(
            PAGE_W - MARGIN, top - 11, f"Édité le {datetime_fr(page.printed_at)}"
        )
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, top - 27, PAGE_W - MARGIN, top - 27)
        canvas.setFont(fonts.regular, 7)
        canvas.drawString(MARGIN, 9 * mm, f"cafe-pos {__version__} — {page.title}")
        canvas.drawRightString(PAGE_W - MARGIN, 9 * mm, f"page {doc.page}")
        canvas.restoreState()

    return draw


def build_pdf(path: Path, figures: Figures, story: list[Flowable]) -> Path:
    """Write the report's story to ``path`` with the header/footer."""
    return build_document(path, figures_header(figures), story)


def build_document(path: Path, page: PageHeader, story: list[Flowable]) -> Path:
    """Write the story to ``path`` (owner-only, once complete) with the café's header and
    the footer on every page; a French error when it can't."""
    fonts = report_fonts()
    if not path.parent.is_dir():
        raise ReportWriteError(f"Le dossier n'existe pas : {path.parent}")
    if path.is_dir():
        raise ReportWriteError(f"{path} est un dossier : donnez un nom de fichier")
    buffer = io.BytesIO()  # written owner-only once complete (store.files)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 14 * mm,
        bottomMargin=MARGIN,
        title=page.title,
        author=page.name,
        creator=f"cafe-pos {__version__}",
    )
    decorate = page_decorator(page, fonts)
    try:
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
        write_private(path, buffer.getvalue())
    except OSError as exc:
        raise ReportWriteError(f"Impossible d'écrire le rapport : {os_error_text(exc)}") from exc
    except LayoutError as exc:  # pragma: no cover - a table taller than a page
        raise ReportWriteError(f"Mise en page du rapport impossible : {exc}") from exc
    return path


def heading(figures: Figures, styles: Styles, subtitle: str) -> list[Flowable]:
    from cafe_pos.reports.content import status_line, zero_line

    story: list[Flowable] = [
        Paragraph(escape(figures.title), styles.title),
        Paragraph(escape(subtitle), styles.subtitle),
        Paragraph(escape(status_line(figures)), styles.body),
    ]
    zero = zero_line(figures)
    if zero:
        story.append(Paragraph(escape(zero), styles.notice))
    story += [Paragraph(escape(note), styles.notice) for note in figures.notes]
    story.append(Spacer(1, 4))
    return story
