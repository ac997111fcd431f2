"""The bread deposit's A4 PDFs: the baker's statement (week or month) and the order for
tomorrow. Built from plain documents (``StatementDoc``, ``OrderDoc``) that
``services.bread`` fills; the café says "Dépôt de pain", never "boulangerie"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from cafe_pos import __version__
from cafe_pos.domain.formatting import date_fr, datetime_fr, long_date_fr
from cafe_pos.domain.money import format_eur
from cafe_pos.reports.fonts import report_fonts
from cafe_pos.reports.pdf_common import (
    ACCENT,
    CONTENT_W,
    MARGIN,
    PAGE_H,
    PAGE_W,
    RULE,
    STRIPE,
    ReportWriteError,
    Styles,
    escape,
)


@dataclass(frozen=True, slots=True)
class StatementDocLine:
    label: str
    delivered: int
    returned: int
    sold: int
    sold_cents: int
    purchase_cents: int  # bought for resale: delivered × price; else 0


@dataclass(frozen=True, slots=True)
class StatementDoc:
    cafe_name: str
    cafe_address: str
    baker_name: str
    first: dt.date
    last: dt.date
    contract_label: str
    sale_or_return: bool
    lines: tuple[StatementDocLine, ...]
    delivered: int
    returned: int
    sold: int
    sold_cents: int
    commission_cents: int
    purchase_cents: int
    owed_cents: int
    generated_at: dt.datetime

    @property
    def title(self) -> str:
        return f"Relevé dépôt de pain — {self.baker_name}"


@dataclass(frozen=True, slots=True)
class OrderDocLine:
    label: str
    reserved: int
    forecast: int
    qty: int


@dataclass(frozen=True, slots=True)
class OrderDoc:
    cafe_name: str
    cafe_address: str
    baker_name: str
    day: dt.date
    status: str
    lines: tuple[OrderDocLine, ...]
    generated_at: dt.datetime

    @property
    def title(self) -> str:
        return f"Commande dépôt de pain — {self.baker_name}"


def _table(data: list[list[str]], widths: list[float], styles: Styles, *, total: bool) -> Table:
    table = Table(data, colWidths=widths, hAlign="LEFT", repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), styles.fonts.regular, 9),
        ("FONT", (0, 0), (-1, 0), styles.fonts.bold, 9),
        ("BACKGROUND", (0, 0), (-1, 0), STRIPE),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total:
        commands += [
            ("FONT", (0, -1), (-1, -1), styles.fonts.bold, 9),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _build(
    path: Path, title: str, cafe: str, address: str, at: dt.datetime, story: list[Flowable]
) -> Path:
    fonts = report_fonts()
    if not path.parent.is_dir():
        raise ReportWriteError(f"Le dossier n'existe pas : {path.parent}")

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        top = PAGE_H - 11 * mm
        canvas.setFont(fonts.bold, 11)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN, top, f"{cafe} — Dépôt de pain")
        canvas.setFillColor(colors.black)
        canvas.setFont(fonts.regular, 8)
        canvas.drawString(MARGIN, top - 11, ", ".join(address.splitlines()))
        canvas.drawRightString(PAGE_W - MARGIN, top, f"Édité le {datetime_fr(at)}")
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, top - 17, PAGE_W - MARGIN, top - 17)
        canvas.setFont(fonts.regular, 7)
        canvas.drawString(MARGIN, 25, f"cafe-pos {__version__} — {title}")
        canvas.drawRightString(PAGE_W - MARGIN, 25, f"page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 30,
        bottomMargin=MARGIN,
        title=title,
        author=cafe,
        creator=f"cafe-pos {__version__}",
    )
    try:
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    except OSError as exc:
        raise ReportWriteError(
            f"Impossible d'écrire le document {path} : {exc.strerror or exc}"
        ) from exc
    return path


def statement_story(doc: StatementDoc) -> list[Flowable]:
    styles = Styles(report_fonts())
    period = f"du {date_fr(doc.first)} au {date_fr(doc.last)}"
    story: list[Flowable] = [
        Paragraph(escape(doc.title), styles.title),
        Paragraph(escape(f"Période {period} — contrat : {doc.contract_label}"), styles.subtitle),
        Spacer(1, 8),
    ]
    header = ["Article", "Livrés", "Rendus", "Vendus", "Encaissé TTC"]
    if not doc.sale_or_return:
        header.append("Achat")
    data = [header]
    for ln in doc.lines:
        row = [
            ln.label,
            str(ln.delivered),
            str(ln.returned),
            str(ln.sold),
            format_eur(ln.sold_cents),
        ]
        if not doc.sale_or_return:
            row.append(format_eur(ln.purchase_cents))
        data.append(row)
    total = [
        "Total",
        str(doc.delivered),
        str(doc.returned),
        str(doc.sold),
        format_eur(doc.sold_cents),
    ]
    if not doc.sale_or_return:
        total.append(format_eur(doc.purchase_cents))
    data.append(total)
    first_w = CONTENT_W * 0.34
    other = (CONTENT_W - first_w) / (len(header) - 1)
    story.append(_table(data, [first_w] + [other] * (len(header) - 1), styles, total=True))
    story.append(Spacer(1, 10))
    if doc.sale_or_return:
        summary = [
            ["Montant", ""],
            ["Encaissé pour le boulanger (tiers, TTC)", format_eur(doc.sold_cents)],
            ["Commission du dépôt (chiffre d'affaires du café)", format_eur(doc.commission_cents)],
            ["Dû au boulanger", format_eur(doc.owed_cents)],
        ]
        note = (
            "Dépôt-vente : le boulanger reste propriétaire du pain et reprend les invendus. "
            "Les sommes encaissées pour lui figurent en « encaissements pour tiers » sur les "
            "rapports Z ; seule la commission est le chiffre d'affaires du café."
        )
    else:
        summary = [
            ["Montant", ""],
            ["Pain acheté (livré × prix d'achat)", format_eur(doc.purchase_cents)],
            ["Ventes du café (TTC)", format_eur(doc.sold_cents)],
            ["Dû au boulanger", format_eur(doc.owed_cents)],
        ]
        note = "Achat pour revente : le pain livré est acheté par le café ; les invendus sont à sa charge."
    story.append(_table(summary, [CONTENT_W * 0.7, CONTENT_W * 0.3], styles, total=True))
    story.append(Spacer(1, 8))
    story.append(Paragraph(escape(note), styles.body))
    return story


def write_statement_pdf(doc: StatementDoc, path: Path) -> Path:
    return _build(
        path, doc.title, doc.cafe_name, doc.cafe_address, doc.generated_at, statement_story(doc)
    )


def write_order_pdf(doc: OrderDoc, path: Path) -> Path:
    styles = Styles(report_fonts())
    story: list[Flowable] = [
        Paragraph(escape(doc.title), styles.title),
        Paragraph(escape(f"Livraison du {long_date_fr(doc.day)} — {doc.status}"), styles.subtitle),
        Spacer(1, 8),
    ]
    data = [["Article", "Réservé", "Comptoir prévu", "Commandé"]]
    data += [[ln.label, str(ln.reserved), str(ln.forecast), str(ln.qty)] for ln in doc.lines]
    data.append(
        [
            "Total",
            str(sum(ln.reserved for ln in doc.lines)),
            "",
            str(sum(ln.qty for ln in doc.lines)),
        ]
    )
    first_w = CONTENT_W * 0.46
    other = (CONTENT_W - first_w) / 3
    story.append(_table(data, [first_w, other, other, other], styles, total=True))
    return _build(path, doc.title, doc.cafe_name, doc.cafe_address, doc.generated_at, story)
