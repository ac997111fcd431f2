"""The monthly PDF per café for the territorial manager's coaching visit (reportlab, in the
style of the café's own reports: A4, the same brown accent, DejaVu Sans when present).

One month against the one before: own turnover and money held for others, tickets and
basket, a chart of the days, the activity mix, services (parcels, bread and its waste,
press), responsible-sale indicators, cash differences, stock and losses, purchases against
the network's price caps, the month's alerts with their notes, and the fiscal archive's
verification. Only what the daily messages carry: no personal data.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.domain import hq_wire
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.stock import LOSS_LABELS as _LOSS_LABELS
from cafe_pos.hq import dashboard
from cafe_pos.hq.alert_rules import KIND_LABELS
from cafe_pos.hq.auth import Scope
from cafe_pos.hq.dashboard import percent_text
from cafe_pos.hq.models import Alert, Archive, Message

LOSS_LABELS = {str(reason): label for reason, label in _LOSS_LABELS.items()}
ACCENT = colors.HexColor("#6b3a1f")  # the café's reports' colours (reports/pdf_common.py)
RULE = colors.HexColor("#d9cfc2")
STRIPE = colors.HexColor("#f8f4ee")
MARGIN = 16 * mm
CONTENT_W = A4[0] - 2 * MARGIN
MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)  # fmt: skip
FAMILY_LABELS = {
    "bar": "Bar", "grocery": "Épicerie", "bread": "Pain", "press": "Presse",
    "services": "Services (colis, timbres…)", "other": "Autres",
}  # fmt: skip
DEJAVU = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))


@cache
def _fonts() -> tuple[str, str]:
    for folder in DEJAVU:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            pdfmetrics.registerFont(TTFont("HqDejaVu", str(regular)))
            pdfmetrics.registerFont(TTFont("HqDejaVu-Bold", str(bold)))
            return "HqDejaVu", "HqDejaVu-Bold"
    return "Helvetica", "Helvetica-Bold"


@dataclass(slots=True)
class Month:
    days: list[tuple[dt.date, int, int]] = field(default_factory=list)  # day, own, third
    totals: dashboard.Totals = field(default_factory=dashboard.Totals)
    services: dashboard.ServiceTotals = field(default_factory=dashboard.ServiceTotals)
    families: dict[str, int] = field(default_factory=dict)
    cash: list[tuple[dt.date, int]] = field(default_factory=list)
    stock_value: int | None = None


def _month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return first, following


def _read_month(session: Session, cafe_id: int, year: int, month: int) -> Month:
    first, following = _month_bounds(year, month)
    result = Month()
    for day, own, third, tickets, total, data in session.execute(
        select(
            Message.business_date,
            Message.own_sales_cents,
            Message.third_party_cents,
            Message.tickets,
            Message.total_cents,
            Message.data,
        )
        .where(
            Message.cafe_id == cafe_id,
            Message.kind == hq_wire.KIND_DAILY,
            Message.business_date >= first,
            Message.business_date < following,
        )
        .order_by(Message.business_date)
    ):
        own, third = int(own or 0), int(third or 0)
        result.days.append((day, own, third))
        result.totals.add(dashboard.Totals(own, third, int(tickets or 0), int(total or 0)))
        data = data or {}
        services = result.services
        dashboard.add_counts(services.parcels, data.get("parcels"))
        dashboard.add_counts(services.bread, data.get("bread"))
        dashboard.add_counts(services.press, data.get("press"))
        dashboard.add_counts(services.responsible, data.get("responsible_sale"))
        dashboard.add_counts(services.caps, data.get("purchase_caps"))
        stock = data.get("stock")
        if stock:
            result.stock_value = int(stock.get("value_cents", 0))
            for loss in stock.get("losses_by_reason", []):
                reason = str(loss.get("reason", ""))
                services.losses_by_reason[reason] = services.losses_by_reason.get(reason, 0) + int(
                    loss.get("value_cents", 0)
                )
        for name, cents in (data.get("sales_by_family") or {}).items():
            result.families[name] = result.families.get(name, 0) + int(cents)
        cash = data.get("cash") or {}
        if cash.get("counted_sessions") and cash.get("difference_cents"):
            result.cash.append((day, int(cash["difference_cents"])))
    return result


def month_pdf(session: Session, scope: Scope, siret: str, year: int, month: int) -> bytes | None:
    """The visit PDF, or None when the user may not see the café."""
    cafe = dashboard.visible_cafe(session, scope, siret)
    if cafe is None:
        return None
    previous_year, previous_month = (year, month - 1) if month > 1 else (year - 1, 12)
    this = _read_month(session, cafe.id, year, month)
    before = _read_month(session, cafe.id, previous_year, previous_month)
    first, following = _month_bounds(year, month)
    alerts = session.execute(
        select(Alert)
        .where(
            Alert.cafe_id == cafe.id,
            Alert.business_date >= first,
            Alert.business_date < following,
        )
        .order_by(Alert.business_date, Alert.id)
    ).scalars()
    archive = session.execute(
        select(Archive.verified, Archive.size).where(
            Archive.cafe_id == cafe.id, Archive.period == f"{year:04d}-{month:02d}"
        )
    ).first()
    regular, bold = _fonts()
    styles = _Styles(regular, bold)
    title = f"{MONTHS[month - 1]} {year}"
    story: list[Flowable] = [
        Paragraph(f"Visite d'accompagnement — {_esc(cafe.name)}", styles.title),
        Paragraph(
            f"{title.capitalize()} · SIRET {cafe.siret} · comparé à "
            f"{MONTHS[previous_month - 1]} {previous_year}",
            styles.subtitle,
        ),
        Spacer(1, 5 * mm),
        _section("Chiffres du mois", styles),
        _table(
            [
                ["", title, f"{MONTHS[previous_month - 1]} {previous_year}", "écart"],
                _compare(
                    "Chiffre d'affaires propre",
                    this.totals.own_cents,
                    before.totals.own_cents,
                    money=True,
                ),
                _compare(
                    "Encaissé pour des tiers",
                    this.totals.third_party_cents,
                    before.totals.third_party_cents,
                    money=True,
                ),
                _compare("Tickets", this.totals.tickets, before.totals.tickets),
                _compare(
                    "Panier moyen", this.totals.basket_cents, before.totals.basket_cents, money=True
                ),
                ["Journées reçues", str(len(this.days)), str(len(before.days)), ""],
            ],
            styles,
            widths=(0.4, 0.2, 0.2, 0.2),
        ),
        Spacer(1, 4 * mm),
        _chart(this.days, regular),
        Spacer(1, 4 * mm),
        _section("Répartition de l'activité", styles),
        _table(
            [["Activité", "Montant", "Part"]]
            + [
                [
                    FAMILY_LABELS[name],
                    format_eur(this.families.get(name, 0)),
                    _share(this.families.get(name, 0), sum(this.families.values())),
                ]
                for name in hq_wire.FAMILIES
            ],
            styles,
            widths=(0.5, 0.25, 0.25),
        ),
        Spacer(1, 4 * mm),
        _section("Services", styles),
        _table(_services_rows(this.services), styles, widths=(0.6, 0.4)),
        Spacer(1, 4 * mm),
        _section("Vente responsable d'alcool", styles),
        _table(_responsible_rows(this.services), styles, widths=(0.6, 0.4)),
        Spacer(1, 4 * mm),
        _section("Caisse et stock", styles),
        _table(_cash_stock_rows(this), styles, widths=(0.6, 0.4)),
        Spacer(1, 4 * mm),
        _section("Prix d'achat plafonnés du réseau", styles),
        _table(_caps_rows(this.services), styles, widths=(0.6, 0.4)),
        Spacer(1, 4 * mm),
        _section("Alertes du mois", styles),
    ]
    alert_rows = [["Date", "Alerte", "Suivi"]]
    for alert in alerts:
        follow = (
            f"vue par {alert.acknowledged_by}" + (f" : {alert.note}" if alert.note else "")
            if alert.acknowledged_at
            else "à traiter"
        )
        alert_rows.append(
            [
                f"{alert.business_date:%d/%m}" if alert.business_date else "",
                Paragraph(
                    f"<b>{_esc(KIND_LABELS.get(alert.kind, alert.kind))}</b> — "
                    f"{_esc(alert.message)}",
                    styles.cell,
                ),
                Paragraph(_esc(follow), styles.cell),
            ]
        )
    if len(alert_rows) == 1:
        alert_rows.append(["", "Aucune alerte ce mois-ci", ""])
    story.append(_table(alert_rows, styles, widths=(0.12, 0.58, 0.30)))
    story.append(Spacer(1, 4 * mm))
    verdict = (
        "pas encore reçue"
        if archive is None
        else ("reçue et vérifiée ✓" if archive[0] else "reçue mais INVALIDE")
    )
    story.append(Paragraph(f"Archive fiscale du mois : {verdict}", styles.body))
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=f"Visite — {cafe.name} — {title}",
        author="cafe-pos siège",
    )

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7.5)
        canvas.setFillColor(colors.grey)
        canvas.drawString(MARGIN, 9 * mm, f"cafe-pos siège — {cafe.name} — {title}")
        canvas.drawRightString(A4[0] - MARGIN, 9 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return out.getvalue()


class _Styles:
    def __init__(self, regular: str, bold: str) -> None:
        self.regular, self.bold = regular, bold
        self.title = ParagraphStyle("t", fontName=bold, fontSize=16, leading=20, textColor=ACCENT)
        self.subtitle = ParagraphStyle("s", fontName=regular, fontSize=10, leading=13)
        self.section = ParagraphStyle(
            "h", fontName=bold, fontSize=11, leading=14, textColor=ACCENT, spaceAfter=3
        )
        self.body = ParagraphStyle("b", fontName=regular, fontSize=9.5, leading=12)
        self.cell = ParagraphStyle("c", fontName=regular, fontSize=8.5, leading=10.5)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _section(text: str, styles: _Styles) -> Paragraph:
    return Paragraph(_esc(text), styles.section)


def _table(rows: list[list[Any]], styles: _Styles, widths: tuple[float, ...]) -> Table:
    table = Table(rows, colWidths=[w * CONTENT_W for w in widths], repeatRows=1)
    commands: list[Any] = [
        ("FONT", (0, 0), (-1, -1), styles.regular, 8.5),
        ("FONT", (0, 0), (-1, 0), styles.bold, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    commands += [("BACKGROUND", (0, i), (-1, i), STRIPE) for i in range(2, len(rows), 2)]
    table.setStyle(TableStyle(commands))
    return table


def _compare(label: str, now: int, before: int, *, money: bool = False) -> list[str]:
    show = format_eur if money else str
    change = percent_text((now - before) * 10000 // before) if before > 0 else "—"
    return [label, show(now), show(before), change]


def _share(part: int, whole: int) -> str:
    return percent_text(part * 10000 // whole, signed=False) if whole > 0 else "—"


def _services_rows(s: dashboard.ServiceTotals) -> list[list[str]]:
    p, b, r = s.parcels, s.bread, s.press
    return [
        ["", "Mois"],
        ["Colis reçus / remis / retournés", f"{p.get('received', 0)} / "
         f"{p.get('handed_over', 0)} / {p.get('returned', 0)}"],
        ["Colis déposés", str(p.get("dropped_off", 0))],
        ["Commission du point relais", format_eur(p.get("commission_cents", 0))],
        ["Pains livrés / vendus / invendus", f"{b.get('delivered', 0)} / {b.get('sold', 0)} / "
         f"{b.get('unsold', 0)}"],
        ["Taux de gaspillage du pain", percent_text(s.bread_waste_bp, signed=False)
         if s.bread_waste_bp is not None else "—"],
        ["Presse livrée / vendue / retournée", f"{r.get('delivered', 0)} / {r.get('sold', 0)} / "
         f"{r.get('returned', 0)}"],
        ["Encaissé pour les diffuseurs de presse", format_eur(r.get("takings_cents", 0))],
    ]  # fmt: skip


def _responsible_rows(s: dashboard.ServiceTotals) -> list[list[str]]:
    r = s.responsible
    share = s.non_alcoholic_bp
    return [
        ["", "Mois"],
        ["Contrôles d'âge", str(r.get("age_checks", 0))],
        ["Refus (mineur, ivresse)", str(r.get("refusals", 0))],
        ["Rappels de prévention", str(r.get("reminders", 0))],
        ["Boissons « Sam » offertes", str(r.get("sam_drinks", 0))],
        ["Dérogations d'horaires", str(r.get("hours_overrides", 0))],
        ["Part des boissons sans alcool", percent_text(share, signed=False) if share else "—"],
    ]


def _cash_stock_rows(month: Month) -> list[list[str]]:
    rows = [
        ["", "Mois"],
        ["Journées avec un écart de caisse", str(len(month.cash))],
        ["Total des écarts", format_eur(sum(c for _d, c in month.cash))],
        ["Valeur du stock (fin de mois, PMP)",
         format_eur(month.stock_value) if month.stock_value is not None else "—"],
    ]  # fmt: skip
    for reason, cents in sorted(month.services.losses_by_reason.items()):
        rows.append([f"Démarque : {LOSS_LABELS.get(str(reason), str(reason))}", format_eur(cents)])
    return rows


def _caps_rows(s: dashboard.ServiceTotals) -> list[list[str]]:
    share = s.cap_compliance_bp
    return [
        ["", "Mois"],
        ["Lignes de réception plafonnées", str(s.caps.get("capped_lines", 0))],
        ["Achetées au-dessus du plafond", str(s.caps.get("above_cap_lines", 0))],
        ["Respect des plafonds", percent_text(share, signed=False) if share is not None else "—"],
        ["Surcoût payé", format_eur(s.caps.get("excess_cents", 0))],
    ]


def _chart(days: list[tuple[dt.date, int, int]], font: str) -> Drawing:
    drawing = Drawing(CONTENT_W, 55 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 8 * mm
    chart.width, chart.height = CONTENT_W - 18 * mm, 42 * mm
    chart.data = [[own // 100 for _d, own, _t in days] or [0], [t // 100 for *_x, t in days] or [0]]
    chart.categoryAxis.categoryNames = [f"{d:%d}" for d, *_x in days] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 6
    chart.valueAxis.valueMin = 0
    chart.categoryAxis.style = "stacked"
    chart.bars[0].fillColor = ACCENT
    chart.bars[1].fillColor = colors.HexColor("#d9a441")
    chart.bars.strokeWidth = 0
    drawing.add(chart)
    return drawing
