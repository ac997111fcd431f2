"""Canonical form of fiscal records (format versions 1 and 2, see docs/fiscal-format.md).

Version 2 (written since issue 12) adds to a ticket the references it carries (the
operator's user id, the customer account, each line's product id) and brings the
customer-account movements (record type ``account``); version 1 records keep verifying
as they were written.

A record is a JSON object written with a fixed field order, no spaces, UTF-8 (non-ASCII
characters kept as they are), integers for money (cents), quantities (thousandths) and
VAT rates (basis points), timestamps as naive UTC ``YYYY-MM-DDTHH:MM:SS.ffffffZ``. It holds
no database row id, so an archive verifies after a restore anywhere else.

The same builders serve sealing (from the rows just written) and verification (from the
rows read back): a stored field that changed gives a different text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

FORMAT_VERSION = 2  # what new records are written with
READABLE_VERSIONS = (1, 2)
GENESIS_HASH = "0" * 64  # the "previous hash" of the first record of a chain

Json = dict[str, Any]


# json.dumps(obj, ensure_ascii=False, separators=(",", ":")), without building an encoder
# at each call (a sale seals one record).
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def dumps(obj: Any) -> str:
    """The canonical text of a JSON value (keys in the order they were built)."""
    return _ENCODER.encode(obj)


def iso_utc(at: dt.datetime) -> str:
    """A naive UTC datetime as ``2026-11-26T09:15:03.000000Z``."""
    return at.isoformat(timespec="microseconds") + "Z"


def chain_hash(prev_hash: str, payload: str) -> str:
    """hash_n = SHA-256(raw bytes of hash_{n-1} ‖ UTF-8 bytes of canonical_n), in hex."""
    return hashlib.sha256(bytes.fromhex(prev_hash) + payload.encode("utf-8")).hexdigest()


def head_message(register: str, position: int, hash_hex: str) -> bytes:
    """What the end-of-chain marker's signature covers."""
    return f"cafe-pos chain head v1|{register}|{position}|{hash_hex}".encode()


def envelope(
    record_type: str,
    register: str,
    position: int,
    seq: int,
    at: dt.datetime,
    data: Json,
    version: int = FORMAT_VERSION,
) -> str:
    """The canonical payload of a journal entry: header fields, then the record itself."""
    return dumps(
        {
            "v": version,
            "type": record_type,
            "register": register,
            "pos": position,
            "seq": seq,
            "at": iso_utc(at),
            "data": data,
        }
    )


# --- tickets -------------------------------------------------------------------------


class TicketHeader(NamedTuple):
    register: str
    number: int
    kind: str
    created_at: dt.datetime
    business_date: dt.date
    user_name: str
    total_cents: int
    discount_cents: int
    line_count: int
    cashback_cents: int
    refund_of_number: int | None
    reason: str
    tab_label: str
    user_id: int | None = None  # sealed from version 2
    customer_account_id: int | None = None  # sealed from version 2


class LineRow(NamedTuple):
    position: int
    label: str
    category_name: str
    qty_milli: int
    unit: str
    unit_price_cents: int
    discount_cents: int
    vat_bp: int
    total_cents: int
    takeaway: bool
    is_alcohol: bool
    is_drink: bool
    third_party: bool
    meal_voucher_ok: bool
    is_deposit: bool
    refund_of_position: int | None  # position of the refunded line in the original ticket
    product_id: int | None = None  # sealed from version 2


class VatRow(NamedTuple):
    vat_bp: int
    base_cents: int
    vat_cents: int
    total_cents: int


class PaymentRow(NamedTuple):
    method: str
    amount_cents: int
    tendered_cents: int
    change_cents: int


@dataclass(slots=True)
class TicketRecord:
    header: TicketHeader
    lines: list[LineRow]
    vat: list[VatRow]
    payments: list[PaymentRow]


def ticket_data(record: TicketRecord, version: int = FORMAT_VERSION) -> Json:
    h = record.header
    data: Json = {
        "register": h.register,
        "number": h.number,
        "kind": h.kind,
        "created_at": iso_utc(h.created_at),
        "business_date": h.business_date.isoformat(),
        "operator": h.user_name,
        "total_cents": h.total_cents,
        "discount_cents": h.discount_cents,
        "line_count": h.line_count,
        "cashback_cents": h.cashback_cents,
        "refund_of": h.refund_of_number,
        "reason": h.reason,
        "tab_label": h.tab_label,
        "lines": [_line(line, version) for line in record.lines],
        "vat": [
            {"rate_bp": v.vat_bp, "base_cents": v.base_cents, "vat_cents": v.vat_cents,
             "total_cents": v.total_cents}
            for v in sorted(record.vat, key=lambda v: -v.vat_bp)
        ],
        "payments": [
            {"method": p.method, "amount_cents": p.amount_cents,
             "tendered_cents": p.tendered_cents, "change_cents": p.change_cents}
            for p in sorted(record.payments)
        ],
    }  # fmt: skip
    if version >= 2:
        data["user"] = h.user_id
        data["account"] = h.customer_account_id
    return data


def _line(line: LineRow, version: int) -> Json:
    data: Json = {
        "position": line.position,
        "label": line.label,
        "category": line.category_name,
        "qty_milli": line.qty_milli,
        "unit": line.unit,
        "unit_price_cents": line.unit_price_cents,
        "discount_cents": line.discount_cents,
        "vat_bp": line.vat_bp,
        "total_cents": line.total_cents,
        "takeaway": bool(line.takeaway),
        "alcohol": bool(line.is_alcohol),
        "drink": bool(line.is_drink),
        "third_party": bool(line.third_party),
        "meal_voucher_ok": bool(line.meal_voucher_ok),
        "deposit": bool(line.is_deposit),
        "refund_of_line": line.refund_of_position,
    }
    if version >= 2:
        data["product"] = line.product_id
    return data


# --- duplicates, events ----------------------------------------------------------------


class DuplicateRow(NamedTuple):
    ticket_register: str
    ticket_number: int
    ticket_hash: str  # hash of the original ticket's journal entry
    copy_number: int
    at: dt.datetime
    user_name: str


def duplicate_data(row: DuplicateRow) -> Json:
    return {
        "register": row.ticket_register,
        "ticket": row.ticket_number,
        "ticket_hash": row.ticket_hash,
        "copy": row.copy_number,
        "at": iso_utc(row.at),
        "operator": row.user_name,
    }


class EventRow(NamedTuple):
    register: str
    code: int
    at: dt.datetime
    actor_name: str
    message: str
    details: str  # JSON object text


def event_details_text(details: dict[str, str | int] | None) -> str:
    """How event details are stored: a JSON object with sorted keys."""
    return json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_data(row: EventRow) -> Json:
    try:
        details: Any = json.loads(row.details or "{}")
    except ValueError:
        details = row.details  # unreadable text: kept as is, verify will flag it
    if isinstance(details, dict):
        details = dict(sorted(details.items()))
    return {
        "register": row.register,
        "code": row.code,
        "at": iso_utc(row.at),
        "operator": row.actor_name,
        "message": row.message,
        "details": details,
    }


# --- customer-account movements (version 2) -------------------------------------------


class AccountEntryRow(NamedTuple):
    account_id: int
    at: dt.datetime
    kind: str  # purchase | settlement | refund
    amount_cents: int  # + owed by the customer, − paid
    method: str
    ticket_number: int | None
    user_name: str


def account_data(register: str, row: AccountEntryRow) -> Json:
    return {
        "register": register,
        "account": row.account_id,
        "at": iso_utc(row.at),
        "kind": row.kind,
        "amount_cents": row.amount_cents,
        "method": row.method,
        "ticket": row.ticket_number,
        "operator": row.user_name,
    }


# --- closures --------------------------------------------------------------------------


class PeriodFigure(NamedTuple):
    """One figure of a closure's period, declared once: the column of ``closures`` (the
    same name in ``PeriodTotals`` and ``ClosureHeader``), its key in the sealed payload
    and how ``verify`` names it."""

    column: str
    key: str
    label: str


# The period figures of a closure, in the order of the sealed payload (format: never
# reorder, docs/fiscal-format.md § 2). Writing a closure copies them from the tickets'
# totals, ``verify`` compares them with the tickets, the views read them back.
PERIOD_FIGURES: tuple[PeriodFigure, ...] = (
    PeriodFigure("ticket_count", "tickets", "nombre de tickets"),
    PeriodFigure("sale_count", "sales", "nombre de ventes"),
    PeriodFigure("refund_count", "refunds", "nombre de remboursements"),
    PeriodFigure("first_number", "first_number", "premier ticket"),
    PeriodFigure("last_number", "last_number", "dernier ticket"),
    PeriodFigure("sales_cents", "sales_cents", "ventes"),
    PeriodFigure("refunds_cents", "refunds_cents", "remboursements"),
    PeriodFigure("total_cents", "total_cents", "total"),
    PeriodFigure("discount_cents", "discount_cents", "remises"),
    PeriodFigure("third_party_cents", "third_party_cents", "encaissements pour compte de tiers"),
    PeriodFigure("cashback_cents", "cashback_cents", "cash-back"),
)
# A VAT rate's period figures (``closure_vat`` columns, ``VatTotal`` fields, payload keys);
# a rate whose figures are all zero only carries grand totals forward.
VAT_FIGURES: tuple[str, ...] = (
    "base_cents",
    "vat_cents",
    "total_cents",
    "sales_cents",
    "refunds_cents",
)


def period_figures(source: object) -> dict[str, Any]:
    """The period figures of a closure, a ``PeriodTotals`` or a ``ClosureHeader``, by
    column."""
    return {f.column: getattr(source, f.column) for f in PERIOD_FIGURES}


def vat_figures(source: object) -> tuple[int, ...]:
    return tuple(int(getattr(source, name)) for name in VAT_FIGURES)


class ClosureHeader(NamedTuple):
    register: str
    kind: str
    period: str
    first_day: dt.date
    last_day: dt.date
    closed_at: dt.datetime
    user_name: str
    ticket_count: int
    sale_count: int
    refund_count: int
    first_number: int | None
    last_number: int | None
    sales_cents: int
    refunds_cents: int
    total_cents: int
    discount_cents: int
    third_party_cents: int
    cashback_cents: int
    perpetual_total_cents: int
    perpetual_total_absolute_cents: int
    head_position: int
    head_hash: str


class ClosureVatRow(NamedTuple):
    vat_bp: int
    base_cents: int
    vat_cents: int
    total_cents: int
    sales_cents: int
    refunds_cents: int
    perpetual_total_cents: int
    perpetual_total_absolute_cents: int


class ClosurePaymentRow(NamedTuple):
    method: str
    amount_cents: int


@dataclass(slots=True)
class ClosureRecord:
    header: ClosureHeader
    vat: list[ClosureVatRow]
    payments: list[ClosurePaymentRow]


def closure_data(record: ClosureRecord) -> Json:
    h = record.header
    return {
        "register": h.register,
        "kind": h.kind,
        "period": h.period,
        "first_day": h.first_day.isoformat(),
        "last_day": h.last_day.isoformat(),
        "closed_at": iso_utc(h.closed_at),
        "operator": h.user_name,
        **{f.key: getattr(h, f.column) for f in PERIOD_FIGURES},
        "by_vat": [_closure_vat(v) for v in sorted(record.vat, key=lambda v: -v.vat_bp)],
        "by_payment": [
            {"method": p.method, "amount_cents": p.amount_cents} for p in sorted(record.payments)
        ],
        "perpetual_total_cents": h.perpetual_total_cents,
        "perpetual_total_absolute_cents": h.perpetual_total_absolute_cents,
        "head": {"pos": h.head_position, "hash": h.head_hash},
    }


def _closure_vat(v: ClosureVatRow) -> Json:
    return {
        "rate_bp": v.vat_bp,
        **{name: getattr(v, name) for name in VAT_FIGURES},
        "perpetual_total_cents": v.perpetual_total_cents,
        "perpetual_total_absolute_cents": v.perpetual_total_absolute_cents,
    }


def first_difference(expected: Any, actual: Any, path: str = "") -> str | None:
    """Where two JSON values first differ (``lines[2].unit_price_cents``), None if equal."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in list(expected) + [k for k in actual if k not in expected]:
            where = f"{path}.{key}" if path else str(key)
            if key not in expected or key not in actual:
                return where
            found = first_difference(expected[key], actual[key], where)
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        items: Sequence[tuple[Any, Any]] = list(zip(expected, actual, strict=False))
        for index, (left, right) in enumerate(items):
            found = first_difference(left, right, f"{path}[{index}]")
            if found:
                return found
        if len(expected) != len(actual):
            return f"{path} (nombre)"
        return None
    if expected != actual or type(expected) is not type(actual):
        return path or "(enregistrement)"
    return None
