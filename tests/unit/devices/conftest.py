"""Receipt content shared by the device unit tests: a realistic café ticket."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from cafe_pos.domain.clock import PARIS
from cafe_pos.domain.receipt import ReceiptData, ReceiptLine, ReceiptPayment, ShopHeader
from cafe_pos.domain.vat import split_by_rate

SHOP = ShopHeader(
    name="Café de la Place",
    address="1 place de l'Église\n12345 Saint-Martin-des-Champs",
    siret="12345678900012",
    naf_code="5630Z",
    vat_number="FR12345678900",
)

LINES = (
    ReceiptLine("Café", 1000, "piece", 150, 0, 150, 1000),
    ReceiptLine("Demi pression blonde de la brasserie du coin", 2000, "piece", 300, 0, 600, 2000),
    ReceiptLine("Comté AOP 18 mois", 250, "kg", 2490, 0, 623, 550),
    ReceiptLine("Crème brûlée", 1000, "piece", 450, 50, 400, 1000),
)


def make_receipt(**changes: Any) -> ReceiptData:
    total = sum(line.total_cents for line in LINES)
    values: dict[str, Any] = {
        "shop": SHOP,
        "register": "01",
        "number": 42,
        "kind": "sale",
        "at": dt.datetime(2026, 11, 26, 14, 3, 27, tzinfo=PARIS),
        "operator": "Marie",
        "lines": LINES,
        "vat_lines": tuple(split_by_rate({1000: 550, 2000: 600, 550: 623})),
        "total_cents": total,
        "payments": (ReceiptPayment("cash", total),),
        "change_cents": 227,
        "signature_short": "A1B2C3D4",
        "software_version": "cafe-pos 0.1.0",
        "footer": ("Merci de votre visite !",),
    }
    values.update(changes)
    return ReceiptData(**values)


@pytest.fixture
def receipt_factory() -> Callable[..., ReceiptData]:
    return make_receipt
