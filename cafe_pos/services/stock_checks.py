"""The till's date rule: before a product is added to a ticket, its next lot (first expired
first out) is checked against the business day. Past its DLC it is refused from the next
day (Code de la consommation R412-9) with an offer to record the lot as a loss; past its
DDM it may be sold, with a warning and a suggested markdown. Checkout itself refuses a
past-DLC lot too (``stock_ledger.take_out_sold``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Discount
from cafe_pos.domain.money import MilliQty
from cafe_pos.domain.stock import DateKind, Freshness, LossReason, french_date, freshness
from cafe_pos.domain.users import Actor
from cafe_pos.services.settings import get_int
from cafe_pos.services.stock import LossResult, now_and_day, record_loss
from cafe_pos.services.stock_ledger import UseByPassed
from cafe_pos.store.raw import raw_connection

MARKDOWN_NAME = "DDM dépassée"


@dataclass(frozen=True, slots=True)
class ShelfCheck:
    """What the sale screen shows when a product is added."""

    status: Freshness
    message: str = ""
    lot_id: int | None = None
    lot_qty_milli: MilliQty = 0
    expires_on: dt.date | None = None
    markdown_bp: int = 0

    @property
    def ok(self) -> bool:
        return self.status is Freshness.FRESH

    def markdown(self) -> Discount | None:
        """The markdown offered on a product past its DDM (not a staff discount, and kept
        when the promotions re-price the cart)."""
        if self.status is not Freshness.PAST_BEST_BEFORE or not self.markdown_bp:
            return None
        return Discount.percent(self.markdown_bp, origin="markdown", name=MARKDOWN_NAME)


FRESH = ShelfCheck(Freshness.FRESH)


def shelf_check(ctx: ServiceContext, product_id: int | None, label: str = "") -> ShelfCheck:
    """The state of the product's next lot today (FRESH for undated products)."""
    if product_id is None:
        return FRESH
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        conn = raw_connection(s)
        row = conn.execute(
            "SELECT l.date_kind, p.name FROM stock_levels l JOIN products p ON p.id = "
            "l.product_id WHERE l.product_id = ? AND l.date_kind != ''",
            (product_id,),
        ).fetchone()
        if row is None:
            return FRESH
        kind, name = str(row[0]), label or str(row[1])
        lot = conn.execute(
            "SELECT id, expires_on, remaining_milli FROM stock_lots WHERE product_id = ? "
            "AND remaining_milli > 0 AND expires_on IS NOT NULL "
            "ORDER BY expires_on, id LIMIT 1",
            (product_id,),
        ).fetchone()
        if lot is None:
            return FRESH
        _, today = now_and_day(ctx, s)
        expires = dt.date.fromisoformat(lot[1])
        state = freshness(kind, expires, today)
        if state is Freshness.PAST_USE_BY:
            error = UseByPassed(product_id, name, int(lot[0]), expires)
            return ShelfCheck(state, str(error), int(lot[0]), int(lot[2]), expires)
        if state is Freshness.PAST_BEST_BEFORE:
            markdown = get_int(ctx, "stock.best_before_markdown_bp", session=s)
            return ShelfCheck(
                state,
                f"{name} : DDM dépassée depuis le {french_date(expires)}. Vente autorisée : "
                f"proposez une remise de {markdown // 100} %.",
                int(lot[0]),
                int(lot[2]),
                expires,
                markdown,
            )
        return FRESH


def require_sellable(ctx: ServiceContext, product_id: int | None, label: str = "") -> ShelfCheck:
    """Raise ``UseByPassed`` for a product past its DLC; otherwise the check (maybe a DDM
    warning to show)."""
    check = shelf_check(ctx, product_id, label)
    if check.status is Freshness.PAST_USE_BY:
        assert product_id is not None and check.lot_id is not None
        assert check.expires_on is not None
        raise UseByPassed(product_id, label or "Ce produit", check.lot_id, check.expires_on)
    return check


def withdraw_expired_lot(
    ctx: ServiceContext, actor: Actor, product_id: int, lot_id: int, qty_milli: MilliQty
) -> LossResult:
    """Take an expired lot off the shelf: a loss "date dépassée" from that lot."""
    return record_loss(
        ctx,
        actor,
        product_id,
        qty_milli,
        LossReason.EXPIRED,
        note="Retiré à la caisse (date dépassée)",
        lot_id=lot_id,
    )


@dataclass(frozen=True, slots=True)
class ExpiringLot:
    lot_id: int
    product_id: int
    name: str
    date_kind: str
    expires_on: dt.date
    remaining_milli: MilliQty
    status: Freshness


def expiring_lots(ctx: ServiceContext, days: int | None = None) -> list[ExpiringLot]:
    """ "À retirer / à solder": lots on the shelf whose date falls in the next N days (the
    setting, 3 by default) or is past, earliest first."""
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        _, today = now_and_day(ctx, s)
        if days is None:
            days = get_int(ctx, "stock.expiry_warning_days", session=s)
        limit = today + dt.timedelta(days=days)
        rows = (
            raw_connection(s)
            .execute(
                "SELECT lot.id, lot.product_id, p.name, lot.date_kind, lot.expires_on, "
                "lot.remaining_milli FROM stock_lots lot JOIN products p ON p.id = lot.product_id "
                "WHERE lot.remaining_milli > 0 AND lot.expires_on <= ? "
                "ORDER BY lot.expires_on, lot.id",
                (limit.isoformat(),),
            )
            .fetchall()
        )
    out = []
    for lot_id, pid, name, kind, expires, remaining in rows:
        day = dt.date.fromisoformat(expires)
        out.append(
            ExpiringLot(
                int(lot_id),
                int(pid),
                name,
                kind,
                day,
                int(remaining),
                freshness(DateKind(kind) if kind else DateKind.NONE, day, today),
            )
        )
    return out
