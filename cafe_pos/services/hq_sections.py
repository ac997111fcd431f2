"""The optional parts of the daily message for HQ (docs/hq-sync.md): the grocery stock,
the bread deposit, the press and the purchases against the network's price caps. Only anonymous figures: no customer, recipient, baker's
or staff name. The composition root installs them (``install``): the bread and stock
services sit above the closing that writes the message, so the closing cannot import
them itself.

The bread and stock services, and the models the press section reads, are imported when a
message is built, not when the sections are installed: ``install`` runs as a database is
opened, and importing them there (they pull the whole sale path) was a third of the
desktop app's start-up."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.services.daily_sections import register_section


def stock_section(ctx: ServiceContext, session: Session, day: dt.date) -> dict[str, Any] | None:
    from cafe_pos.services import stock  # at the first closing, not at start-up

    losses = stock.losses_by_reason(ctx, day, day)
    value = stock.stock_value(ctx)
    if not value and not losses:
        return None
    return {
        "value_cents": value,
        "losses_cents": sum(loss.value_cents for loss in losses),
        "losses_by_reason": [
            {"reason": loss.reason, "value_cents": loss.value_cents, "count": loss.count}
            for loss in losses
        ],
    }


def bread_section(ctx: ServiceContext, session: Session, day: dt.date) -> dict[str, Any] | None:
    from cafe_pos.services import bread  # at the first closing, not at start-up

    delivered = unsold = taken = suggested = error = 0
    for baker in bread.list_bakers(ctx, include_inactive=False):
        for row in bread.waste_figures(ctx, baker.id, day, day).rows:
            delivered += row.delivered
            unsold += row.unsold
            taken += row.taken
            suggested += row.suggested
            error += row.abs_error
    if not delivered:
        return None
    return {
        "delivered": delivered,
        "sold": taken,  # counter sales and reservations picked up
        "unsold": unsold,
        "suggested": suggested,
        "forecast_abs_error": error,
    }


def press_section(ctx: ServiceContext, session: Session, day: dt.date) -> dict[str, Any] | None:
    from cafe_pos.store.models.sales import Ticket, TicketLine
    from cafe_pos.store.models.third_party import PressIssue, PressMovement

    moves = dict(
        session.execute(
            select(PressMovement.kind, func.sum(PressMovement.copies))
            .where(PressMovement.business_date == day)
            .group_by(PressMovement.kind)
        ).all()
    )
    sold_milli, takings = session.execute(
        select(
            func.coalesce(func.sum(TicketLine.qty_milli), 0),
            func.coalesce(func.sum(TicketLine.total_cents), 0),
        )
        .join(Ticket, Ticket.id == TicketLine.ticket_id)
        .join(PressIssue, PressIssue.product_id == TicketLine.product_id)
        .where(Ticket.business_date == day, Ticket.register == ctx.register)
    ).one()
    if not moves and not sold_milli:
        return None
    return {
        "delivered": int(moves.get("delivery") or 0),
        "returned": int(moves.get("return") or 0),
        "sold": int(sold_milli) // 1000,
        "takings_cents": int(takings),
    }


def purchase_caps_section(
    ctx: ServiceContext, session: Session, day: dt.date
) -> dict[str, Any] | None:
    """Reception lines against the network's price caps (``network_catalogue``, imported
    at the first closing rather than at the till's start-up)."""
    from cafe_pos.services import network_catalogue

    return network_catalogue.purchase_caps_section(ctx, session, day)


def install() -> None:
    """Add the stock, bread and press sections to every daily message from now on."""
    register_section("stock", stock_section)  # value at cost and losses
    register_section("bread", bread_section)  # delivered, sold, unsold, forecast
    register_section("press", press_section)  # copies in, out and sold
    # capped reception lines, those above the network's cap
    register_section("purchase_caps", purchase_caps_section)
