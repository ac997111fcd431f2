"""The dashboard's tables as CSV for a spreadsheet (French Excel and LibreOffice open them
as they are): UTF-8 with a BOM, ``;`` between cells, amounts with a decimal comma, and any
text a spreadsheet would run as a formula (= + - @ …) neutralised by the same rule as the
till's exports (``domain.spreadsheet``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from cafe_pos.domain import hq_wire
from cafe_pos.domain.money import format_amount
from cafe_pos.domain.spreadsheet import neutralise_rows
from cafe_pos.hq.alert_rules import KIND_LABELS
from cafe_pos.hq.dashboard import CafePage, Network

BOM = "\ufeff"
FAMILY_HEADERS = {
    "bar": "Bar (€)", "grocery": "Épicerie (€)", "bread": "Pain (€)", "press": "Presse (€)",
    "services": "Services (€)", "other": "Autres (€)",
}  # fmt: skip


def amount(cents: int | None) -> str:
    """Cents as a spreadsheet number with a decimal comma and no grouping: "-1234,50"."""
    if cents is None:
        return ""
    return format_amount(cents).replace(" ", "")


def percent(bp: int | None) -> str:
    """Basis points as a number of percent with a decimal comma: 2350 -> "23,50"."""
    if bp is None:
        return ""
    sign = "-" if bp < 0 else ""
    whole, rest = divmod(abs(bp), 100)
    return f"{sign}{whole},{rest:02d}"


def write_csv(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(neutralise_rows(rows))
    return out.getvalue().encode("utf-8")


def _day(value: Any) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def _moment(value: Any) -> str:
    return f"{value:%d/%m/%Y %H:%M}" if value else ""


def network_csv(net: Network) -> bytes:
    header = [
        "SIRET", "Café", "CA propre hier (€)", "Argent pour tiers hier (€)", "Tickets hier",
        "CA propre 30 j (€)", "Argent pour tiers 30 j (€)", "Tickets 30 j",
        "Panier moyen 30 j (€)", "Tendance 7 j / 4 sem. (%)", "Dernière synchro",
        "Dernière journée", "Alertes ouvertes", "Silencieux",
    ]  # fmt: skip
    rows = [
        [
            c.siret,
            c.name,
            amount(c.yesterday.own_cents),
            amount(c.yesterday.third_party_cents),
            c.yesterday.tickets,
            amount(c.month.own_cents),
            amount(c.month.third_party_cents),
            c.month.tickets,
            amount(c.month.basket_cents),
            percent(c.trend_bp),
            _moment(c.last_received),
            _day(c.last_day),
            c.open_alerts,
            "oui" if c.silent else "non",
        ]
        for c in net.cafes
    ]
    return write_csv(header, rows)


def days_csv(page: CafePage) -> bytes:
    """One line per business day: the figures behind every table and chart of the café
    page (the activity mix by family included)."""
    families = [FAMILY_HEADERS[name] for name in hq_wire.FAMILIES]
    header = [
        "Date", "CA propre (€)", "Argent pour tiers (€)", "Tickets", "Panier moyen (€)",
        *families, "Pain livré", "Pain vendu", "Pain invendu", "Colis reçus", "Colis remis",
        "Commission colis (€)", "Presse vendue", "Presse encaissée (€)", "Contrôles d'âge",
        "Refus", "Valeur du stock (€)", "Achats au-dessus du plafond", "Caisse comptée",
        "Écart de caisse (€)",
    ]  # fmt: skip
    rows = [
        [
            f"{d['date'][8:10]}/{d['date'][5:7]}/{d['date'][:4]}",
            amount(d["own"]),
            amount(d["third"]),
            d["tickets"],
            amount(d["basket"]),
            *[amount(int(d["families"].get(name, 0))) for name in hq_wire.FAMILIES],
            d["bread_delivered"],
            d["bread_sold"],
            d["bread_unsold"],
            d["parcels_received"],
            d["parcels_handed_over"],
            amount(d["parcels_commission"]),
            d["press_sold"],
            amount(d["press_takings"]),
            d["age_checks"],
            d["refusals"],
            amount(d["stock_value"]),
            d["above_cap_lines"],
            "oui" if d["cash_counted"] else "non",
            amount(d["cash_difference"]) if d["cash_counted"] else "",
        ]
        for d in page.days
    ]
    return write_csv(header, rows)


def alerts_csv(alerts: list[dict[str, Any]]) -> bytes:
    header = [
        "Date", "SIRET", "Café", "Type", "Message", "Créée le", "Vue le", "Vue par", "Note",
    ]  # fmt: skip
    rows = [
        [
            _day(a["business_date"]),
            a["siret"] or "",
            a["cafe"] or "",
            KIND_LABELS.get(a["kind"], a["kind"]),
            a["message"],
            _moment(a["created_at"]),
            _moment(a["acknowledged_at"]),
            a["acknowledged_by"],
            a["note"],
        ]
        for a in alerts
    ]
    return write_csv(header, rows)
