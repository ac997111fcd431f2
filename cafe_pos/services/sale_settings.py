"""The settings a sale reads, fetched in one query (a checkout must stay cheap).

Declared settings are parsed and checked by ``cafe_pos.services.settings`` (an invalid
stored value reads as its default); "devices.printer" is the devices' JSON section.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.receipt_layout import PAPER_WIDTHS
from cafe_pos.services.settings import coerce, spec_for
from cafe_pos.store.models.settings import Setting

DEFAULT_PAPER_WIDTH = 48
_DECLARED = (
    "fiscal.day_change_hour",
    "sales.staff_discount_limit_bp",
    "sales.note_threshold_cents",
    "sales.scale_label_layout",
    "receipt.footer",
)
_KEYS = (*_DECLARED, "devices.printer")
_QUERY = select(Setting.key, Setting.value).where(Setting.key.in_(_KEYS))


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


def load(session: Session) -> SaleSettings:
    rows = session.connection().execute(_QUERY)
    stored: dict[str, str] = {key: value for key, value in rows}
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
