"""Price-cap compliance at HQ: the purchases above the network's cap that cafés report in
their daily message (section ``purchase_caps``, docs/hq-sync.md), stored one row per
reception line so the dashboard can list and sum them, and read back for the read API.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session

from cafe_pos.hq.models import Cafe, CapExcess, Message


def store_excesses(session: Session, cafe_id: int, message: Message, data: dict[str, Any]) -> int:
    """The ``purchase_caps.above_cap`` lines of a daily message → rows (in its transaction)."""
    section = data.get("purchase_caps")
    if not isinstance(section, dict):
        return 0
    count = 0
    for line in section.get("above_cap") or []:
        if not isinstance(line, dict):
            continue
        session.add(
            CapExcess(
                cafe_id=cafe_id,
                message_id=message.id,
                business_date=message.business_date,
                reference=str(line.get("reference", ""))[:20],
                product=str(line.get("product", ""))[:80],
                supplier=str(line.get("supplier", ""))[:80],
                unit_cost_cents=int(line.get("unit_cost_cents", 0)),
                cap_cents=int(line.get("cap_cents", 0)),
                qty_milli=int(line.get("qty_milli", 0)),
                excess_cents=int(line.get("excess_cents", 0)),
            )
        )
        count += 1
    return count


def excesses(
    session: Session,
    siret: str | None = None,
    since: dt.date | None = None,
    cafes: ColumnElement[bool] | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Purchases above cap, newest first (``GET /api/v1/compliance/purchases``, the
    dashboard's catalogue page); ``cafes``: a condition on ``cafes.id`` (a user's scope)."""
    query = (
        select(CapExcess, Cafe.siret, Cafe.name)
        .join(Cafe, Cafe.id == CapExcess.cafe_id)
        .where(true() if cafes is None else cafes)
    )
    if limit is not None:
        query = query.limit(limit)
    if siret is not None:
        query = query.where(Cafe.siret == siret)
    if since is not None:
        query = query.where(CapExcess.business_date >= since)
    rows = session.execute(query.order_by(CapExcess.business_date.desc(), CapExcess.id))
    return [
        {
            "siret": s,
            "cafe": name,
            "business_date": e.business_date.isoformat(),
            "reference": e.reference,
            "product": e.product,
            "supplier": e.supplier,
            "unit_cost_cents": e.unit_cost_cents,
            "cap_cents": e.cap_cents,
            "qty_milli": e.qty_milli,
            "excess_cents": e.excess_cents,
        }
        for e, s, name in rows
    ]


def summary_by_cafe(
    session: Session, since: dt.date | None = None, cafes: ColumnElement[bool] | None = None
) -> list[dict[str, Any]]:
    """Per café: capped reception lines, lines above cap and the excess paid (from the
    daily messages' ``purchase_caps`` sections); ``cafes``: a condition on ``cafes.id``."""
    capped: dict[int, list[int]] = {}
    query = (
        select(Message.cafe_id, Message.data)
        .join(Cafe, Cafe.id == Message.cafe_id)
        .where(Message.kind == "daily", true() if cafes is None else cafes)
    )
    if since is not None:
        query = query.where(Message.business_date >= since)
    for cafe_id, data in session.execute(query):
        section = (data or {}).get("purchase_caps")
        if isinstance(section, dict):
            totals = capped.setdefault(cafe_id, [0, 0, 0])
            totals[0] += int(section.get("capped_lines", 0))
            totals[1] += int(section.get("above_cap_lines", 0))
            totals[2] += int(section.get("excess_cents", 0))
    names = {
        c.id: (c.siret, c.name)
        for c in session.scalars(select(Cafe).where(Cafe.id.in_(list(capped))))
    }
    return [
        {
            "siret": names[cafe_id][0],
            "cafe": names[cafe_id][1],
            "capped_lines": lines,
            "above_cap_lines": above,
            "excess_cents": excess,
            "compliance_rate": f"{(lines - above) / lines:.2f}" if lines else "1.00",
        }
        for cafe_id, (lines, above, excess) in sorted(capped.items())
        if cafe_id in names
    ]


def excess_total(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.sum(CapExcess.excess_cents), 0))) or 0)
