"""The plain values the stock documents are rendered from (an order for a supplier, a
count for the accountant), kept apart from reportlab so that reading them costs nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cafe_pos.domain.money import Cents, MilliQty


@dataclass(frozen=True, slots=True)
class Party:
    name: str
    address: str = ""
    siret: str = ""


@dataclass(frozen=True, slots=True)
class OrderDocLine:
    reference: str
    name: str
    packs: int
    pack_size: int
    qty_milli: MilliQty
    unit_cost_cents: Cents
    total_cents: Cents


@dataclass(frozen=True, slots=True)
class OrderDocument:
    number: int | None
    cafe: Party
    supplier: Party
    made_on: dt.date
    delivery_on: dt.date
    lines: list[OrderDocLine]
    total_cents: Cents


@dataclass(frozen=True, slots=True)
class CountDocLine:
    name: str
    category: str
    unit: str
    expected_milli: MilliQty
    counted_milli: MilliQty
    unit_cost_cents: Cents
    value_cents: Cents  # counted × cost
    difference_cents: Cents


@dataclass(frozen=True, slots=True)
class CountDocument:
    cafe: Party
    label: str
    validated: str  # "validé le … par …" or "non validé"
    lines: list[CountDocLine]
    value_cents: Cents
    difference_cents: Cents
