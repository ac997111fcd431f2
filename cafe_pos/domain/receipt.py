"""What a receipt, a duplicate or an unpaid note says, as plain data (no layout, no device).

Services fill a ``ReceiptData`` from the database; ``cafe_pos.domain.receipt_layout``
turns it into device-neutral lines; devices render those lines to ESC/POS, PDF or the
on-screen preview. One content, three renderings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from cafe_pos.domain.money import Cents, MilliQty
from cafe_pos.domain.vat import VatLine


@dataclass(frozen=True, slots=True)
class ShopHeader:
    name: str
    address: str
    siret: str
    naf_code: str
    vat_number: str


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    label: str
    qty_milli: MilliQty  # negative on a refund
    unit: str  # "piece" | "kg"
    unit_price_cents: Cents
    discount_cents: Cents
    total_cents: Cents  # after discount
    vat_bp: int


@dataclass(frozen=True, slots=True)
class ReceiptPayment:
    method: str  # cash|card|cheque|meal_voucher|account
    amount_cents: Cents


PAYMENT_LABELS = {
    "cash": "Espèces",
    "card": "Carte bancaire",
    "cheque": "Chèque",
    "meal_voucher": "Titre-restaurant",
    "account": "Compte client",
}


@dataclass(frozen=True, slots=True)
class ReceiptData:
    shop: ShopHeader
    register: str
    number: int | None  # None on an unpaid note or a training ticket
    kind: str  # "sale" | "refund" | "note"
    at: dt.datetime  # local time
    operator: str
    lines: tuple[ReceiptLine, ...]
    vat_lines: tuple[VatLine, ...]
    total_cents: Cents
    payments: tuple[ReceiptPayment, ...] = ()
    change_cents: Cents = 0
    cashback_cents: Cents = 0
    discount_cents: Cents = 0
    refund_of_number: int | None = None  # "Ce ticket annule le ticket n° X"
    signature_short: str = ""  # short extract of the fiscal hash
    software_version: str = ""
    duplicate_copy: int | None = None  # "DUPLICATA" n° copy on a reprint
    training: bool = False  # "FORMATION — sans valeur fiscale"
    tab_label: str = ""
    customer_account: str = ""
    footer: tuple[str, ...] = field(default_factory=tuple)

    @property
    def line_count(self) -> int:
        return len(self.lines)
