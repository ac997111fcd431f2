"""The settings a sale reads, fetched in one query (a checkout must stay cheap).

Declared settings are parsed and checked by ``cafe_pos.services.settings`` (an invalid
stored value reads as its default); "devices.printer" is the devices' JSON section.

The stored rows are read at every sale, inside its transaction (so a change made by
another process is seen at once); only their parsing is cached, keyed by the stored text
itself, so a cached value can never be stale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy.orm import Session

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.receipt import ShopHeader
from cafe_pos.domain.receipt_layout import PAPER_WIDTHS
from cafe_pos.services.settings import coerce, spec_for
from cafe_pos.store.raw import raw_connection

DEFAULT_PAPER_WIDTH = 48
_DECLARED = (
    "fiscal.day_change_hour",
    "sales.staff_discount_limit_bp",
    "sales.note_threshold_cents",
    "sales.scale_label_layout",
    "receipt.footer",
)
_KEYS = (*_DECLARED, "devices.printer")
_QUERY = f"SELECT key, value FROM settings WHERE key IN ({','.join('?' * len(_KEYS))}) ORDER BY key"
_IDENTITY = (
    "SELECT name, address, siret, naf_code, vat_number FROM cafe_identity ORDER BY id LIMIT 1"
)
_CACHE_SIZE = 16  # distinct stored versions kept (tests open many databases)


@dataclass(frozen=True, slots=True)
class SaleSettings:
    day_change_hour: int
    staff_discount_limit_bp: int
    note_threshold_cents: int
    scale_label_layout: str
    receipt_footer: str
    paper_width: int

    @property
    def footer_lines(self) -> tuple[str, ...]:
        return (self.receipt_footer,) if self.receipt_footer.strip() else ()


_parsed: dict[tuple[tuple[str, str], ...], SaleSettings] = {}


def load(session: Session) -> SaleSettings:
    """The sale settings as stored now (in ``session``'s transaction)."""
    rows = tuple(raw_connection(session).execute(_QUERY, _KEYS).fetchall())
    settings = _parsed.get(rows)
    if settings is None:
        settings = _parse(dict(rows))
        if len(_parsed) >= _CACHE_SIZE:
            _parsed.clear()
        _parsed[rows] = settings
    return settings


def load_shop(session: Session) -> ShopHeader:
    """The café's identity as printed on receipts (blank until ``init`` sets it)."""
    row = raw_connection(session).execute(_IDENTITY).fetchone()
    if row is None:
        return ShopHeader(name="", address="", siret="", naf_code="", vat_number="")
    return ShopHeader(*row)


def _parse(stored: dict[str, str]) -> SaleSettings:
    values: dict[str, object] = {}
    for key in _DECLARED:
        spec = spec_for(key)
        value: object = spec.default
        if key in stored:
            try:
                value = coerce(spec, json.loads(stored[key]))
            except (UserError, ValueError):
                value = spec.default  # a bad stored value never weakens a rule
        values[key] = value
    width = DEFAULT_PAPER_WIDTH
    try:
        printer = json.loads(stored.get("devices.printer", "null"))
    except ValueError:
        printer = None
    if isinstance(printer, dict) and printer.get("width") in PAPER_WIDTHS:
        width = int(printer["width"])
    return SaleSettings(
        day_change_hour=_int(values["fiscal.day_change_hour"]),
        staff_discount_limit_bp=_int(values["sales.staff_discount_limit_bp"]),
        note_threshold_cents=_int(values["sales.note_threshold_cents"]),
        scale_label_layout=str(values["sales.scale_label_layout"]),
        receipt_footer=str(values["receipt.footer"]),
        paper_width=width,
    )


def _int(value: object) -> int:
    assert isinstance(value, int) and not isinstance(value, bool)
    return value
