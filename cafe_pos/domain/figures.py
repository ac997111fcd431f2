"""The figures a report shows (X, Z, month, year) and the rows of the accounting export:
frozen dataclasses that services build from the database and ``reports`` renders, so the
renderers depend on these plain values, never on the services.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cafe_pos.domain.formatting import date_fr, month_fr
from cafe_pos.domain.money import Cents, MilliQty
from cafe_pos.domain.vat import rate_key


@dataclass(frozen=True, slots=True)
class CountAmount:
    count: int = 0
    cents: Cents = 0


@dataclass(frozen=True, slots=True)
class Seal:
    signature_short: str
    key_fingerprint: str
    closed_at: dt.datetime | None  # local time
    closed_by: str


@dataclass(frozen=True, slots=True)
class Header:
    name: str
    address: str
    siret: str
    naf_code: str
    vat_number: str


@dataclass(frozen=True, slots=True)
class VatFigure:
    rate_bp: int
    base_cents: Cents
    vat_cents: Cents
    total_cents: Cents


@dataclass(frozen=True, slots=True)
class Amount:
    label: str
    cents: Cents


@dataclass(frozen=True, slots=True)
class BeneficiaryFigure:
    """Money collected for one beneficiary over the period and the café's commission."""

    name: str
    kind: str
    takings_cents: Cents
    commission_cents: Cents

    @property
    def due_cents(self) -> Cents:
        return self.takings_cents - self.commission_cents


@dataclass(frozen=True, slots=True)
class ProductFigure:
    label: str
    qty_milli: MilliQty
    total_cents: Cents


@dataclass(frozen=True, slots=True)
class DayPoint:
    day: dt.date
    tickets: int
    total_cents: Cents


@dataclass(frozen=True, slots=True)
class CashFigure:
    """One cash session of the day: float, expected, counted and the difference."""

    opened_by: str
    float_cents: Cents
    status: str
    closed_by: str
    expected_cents: Cents | None
    counted_cents: Cents | None
    difference_cents: Cents | None
    difference_reason: str
    cash_in_cents: Cents
    cash_out_cents: Cents


@dataclass(frozen=True)
class Figures:
    kind: str  # x|z|month|year
    period: str  # "2026-11-26" | "2026-11" | "2026"
    first_day: dt.date
    last_day: dt.date
    register: str
    header: Header
    generated_at: dt.datetime  # local time
    closed: bool  # a closure exists for the period
    tickets: int  # sale tickets
    refund_tickets: int
    first_number: int | None
    last_number: int | None
    total_cents: Cents  # net TTC (sales − refunds)
    sales_cents: Cents
    refunds_cents: Cents  # absolute value
    by_vat_rate: tuple[VatFigure, ...]
    by_payment_method: tuple[Amount, ...]  # key = method code
    by_category: tuple[Amount, ...]
    third_party_cents: Cents  # TTC of lines sold for third parties (inside total_cents)
    third_party_by_category: tuple[Amount, ...]
    cashback: CountAmount
    withdrawals: CountAmount  # cash paid out for a third party (cash movements)
    discounts: CountAmount
    refunds: CountAmount
    cancellations: CountAmount  # refunds cancelling a whole ticket
    removed_lines: CountAmount  # lines removed before payment
    reprints: int
    drawer_openings: int  # drawer opened without a sale
    responsible_sale: Mapping[str, int | str]
    perpetual_total_cents: Cents
    perpetual_total_absolute_cents: Cents
    seal: Seal | None
    cash: tuple[CashFigure, ...] = ()
    days: tuple[DayPoint, ...] = ()
    week_hours: tuple[tuple[int, int, Cents], ...] = ()  # (weekday 0=Mon, hour, cents)
    top_products: tuple[ProductFigure, ...] = ()
    notes: tuple[str, ...] = field(default=())
    third_party_by_beneficiary: tuple[BeneficiaryFigure, ...] = ()
    commission_cents: Cents = 0  # earned on third-party sales: the café's revenue
    relay_commission_cents: Cents = 0  # parcel relay, paid by the carriers (month, year)

    @property
    def own_sales_cents(self) -> Cents:
        return self.total_cents - self.third_party_cents

    @property
    def own_turnover_cents(self) -> Cents:
        """The café's own turnover: its own sales + the commission on third-party sales."""
        return self.own_sales_cents + self.commission_cents

    @property
    def average_basket_cents(self) -> Cents:
        if self.tickets == 0:
            return 0
        return (self.sales_cents * 2 + self.tickets) // (self.tickets * 2)  # half-up

    @property
    def is_zero(self) -> bool:
        return self.tickets == 0 and self.refund_tickets == 0

    @property
    def title(self) -> str:
        if self.kind == "z":
            return f"Clôture journalière (Z) du {date_fr(self.first_day)}"
        if self.kind == "x":
            return f"Lecture (X) du {date_fr(self.first_day)}"
        if self.kind == "month":
            return f"Rapport mensuel — {month_fr(self.first_day.year, self.first_day.month)}"
        return f"Rapport annuel — {self.first_day.year}"

    def to_json_dict(self) -> dict[str, Any]:
        """The stable JSON of ``cafe-pos report`` (amounts in integer cents)."""
        return figures_json(self)


@dataclass(frozen=True, slots=True)
class AccountingRow:
    day: dt.date
    kind: str  # VENTE | TIERS | COMMISSION | REGLEMENT | CASHBACK
    code: str  # rate key "20.0" or payment method "cash"
    label: str
    rate_bp: int | None
    base_cents: Cents | None
    vat_cents: Cents | None
    total_cents: Cents


def _count_amount(value: CountAmount) -> dict[str, int]:
    return {"count": value.count, "amount_cents": value.cents}


def figures_json(f: Figures) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": f.kind,
        "period": f.period,
        "first_day": f.first_day.isoformat(),
        "last_day": f.last_day.isoformat(),
        "register": f.register,
        "closed": f.closed,
        "zero": f.is_zero,
        "tickets": f.tickets,
        "refund_tickets": f.refund_tickets,
        "first_ticket_number": f.first_number,
        "last_ticket_number": f.last_number,
        "total_cents": f.total_cents,
        "sales_cents": f.sales_cents,
        "average_basket_cents": f.average_basket_cents,
        "by_vat_rate": [
            {
                "rate": rate_key(v.rate_bp),
                "base_cents": v.base_cents,
                "vat_cents": v.vat_cents,
                "total_cents": v.total_cents,
            }
            for v in f.by_vat_rate
        ],
        "by_payment_method": {a.label: a.cents for a in f.by_payment_method},
        "by_category": [{"category": a.label, "total_cents": a.cents} for a in f.by_category],
        "own_sales_cents": f.own_sales_cents,
        "third_party_cents": f.third_party_cents,
        "third_party_by_category": [
            {"category": a.label, "total_cents": a.cents} for a in f.third_party_by_category
        ],
        "cashback": _count_amount(f.cashback),
        "third_party_withdrawals": _count_amount(f.withdrawals),
        "commission_cents": f.commission_cents,
        "relay_commission_cents": f.relay_commission_cents,
        "own_turnover_cents": f.own_turnover_cents,
        "third_party_by_beneficiary": [
            {
                "name": b.name,
                "kind": b.kind,
                "takings_cents": b.takings_cents,
                "commission_cents": b.commission_cents,
                "due_cents": b.due_cents,
            }
            for b in f.third_party_by_beneficiary
        ],
        "refunds_cents": f.refunds_cents,
        "refunds": _count_amount(f.refunds),
        "cancellations": _count_amount(f.cancellations),
        "discounts": _count_amount(f.discounts),
        "removed_lines": _count_amount(f.removed_lines),
        "reprints": f.reprints,
        "drawer_openings_without_sale": f.drawer_openings,
        "responsible_sale": dict(f.responsible_sale),
        "perpetual_total_cents": f.perpetual_total_cents,
        "perpetual_total_absolute_cents": f.perpetual_total_absolute_cents,
        "signature": f.seal.signature_short if f.seal else None,
        "key_fingerprint": f.seal.key_fingerprint if f.seal else None,
        "notes": list(f.notes),
        "top_products": [
            {"label": p.label, "qty_milli": p.qty_milli, "total_cents": p.total_cents}
            for p in f.top_products
        ],
    }
    if f.kind in ("x", "z"):
        out["cash_sessions"] = [
            {
                "opened_by": c.opened_by,
                "float_cents": c.float_cents,
                "status": c.status,
                "cash_in_cents": c.cash_in_cents,
                "cash_out_cents": c.cash_out_cents,
                "expected_cents": c.expected_cents,
                "counted_cents": c.counted_cents,
                "difference_cents": c.difference_cents,
                "difference_reason": c.difference_reason,
            }
            for c in f.cash
        ]
    else:
        out["days"] = [
            {"date": p.day.isoformat(), "tickets": p.tickets, "total_cents": p.total_cents}
            for p in f.days
        ]
    return out
