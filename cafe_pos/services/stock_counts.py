"""Counts (inventaire): full or partial (one category), by scanning or typing, over as many
sessions as needed; the sheet shows expected vs counted and the value of the difference;
the manager validates once, which writes one ``count`` movement per difference.

The expected quantity of a line is the level when the product was first counted, kept as
it was: sales made after that are already in the level, so the adjustment is
counted − expected, never a rewrite of the expected figure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import from_utc_naive
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.money import Cents, MilliQty
from cafe_pos.domain.stock import (
    CountDifference,
    LossReason,
    MoveKind,
    StockError,
    check_counted,
    count_total,
    value_of,
)
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.reports.stock_documents import count_pdf
from cafe_pos.reports.stock_dto import CountDocLine, CountDocument
from cafe_pos.services import stock_ledger
from cafe_pos.services.stock import allow_stock_change, cafe_party, now_and_day, product_or_fail
from cafe_pos.store.models.catalogue import Barcode, Category, Product
from cafe_pos.store.models.stock import StockCount, StockCountLine, StockLevel
from cafe_pos.store.raw import db_datetime, raw_connection


def start_count(
    ctx: ServiceContext, actor: Actor, *, label: str = "", category_id: int | None = None
) -> int:
    """Open a count: of one category (partial) or of everything (full)."""
    allow_stock_change(ctx, actor, Permission.RECEIVE_STOCK)
    with ctx.uow() as uow:
        s = uow.session
        if category_id is not None and s.get(Category, category_id) is None:
            raise NotFound("Cette catégorie n'existe pas")
        created, today = now_and_day(ctx, s)
        name = one_line(label, "Le nom de l'inventaire")[:120] or f"Inventaire du {today:%d/%m/%Y}"
        count = StockCount(
            label=name,
            scope="partial" if category_id is not None else "full",
            category_id=category_id,
            status="open",
            started_at=created,
            started_by=actor.name,
        )
        s.add(count)
        s.flush()
        count_id = count.id
        uow.commit()
    return count_id


def _open_count(count: StockCount | None) -> StockCount:
    if count is None:
        raise NotFound("Cet inventaire n'existe pas")
    if count.status != "open":
        raise StockError("Cet inventaire est déjà validé : ouvrez-en un nouveau")
    return count


def count_product(
    ctx: ServiceContext,
    actor: Actor,
    count_id: int,
    product_id: int,
    qty_milli: MilliQty,
    *,
    add: bool = False,
    barcode: str = "",
) -> MilliQty:
    """Record what is on the shelf: ``add`` adds to what was counted before (one scan =
    one more), otherwise the typed quantity replaces it. Returns the counted quantity."""
    allow_stock_change(ctx, actor, Permission.RECEIVE_STOCK)
    check_counted(qty_milli)
    with ctx.uow() as uow:
        s = uow.session
        count = _open_count(s.get(StockCount, count_id))
        product = product_or_fail(s, product_id)
        if barcode:
            owner = s.scalar(select(Barcode.product_id).where(Barcode.code == barcode))
            if owner != product_id:
                raise StockError(
                    f"Le code-barres {barcode} n'est pas celui de {product.name} : rescannez"
                )
        if count.category_id is not None and product.category_id != count.category_id:
            raise StockError(f"{product.name} n'est pas dans le rayon de cet inventaire")
        created, _ = now_and_day(ctx, s)
        line = s.scalar(
            select(StockCountLine).where(
                StockCountLine.count_id == count_id, StockCountLine.product_id == product_id
            )
        )
        if line is None:
            level = s.get(StockLevel, product_id)
            line = StockCountLine(
                count_id=count_id,
                product_id=product_id,
                expected_milli=level.qty_milli if level is not None else 0,
                counted_milli=0,
                unit_cost_cents=level.average_cost_cents if level is not None else 0,
                counted_at=created,
                user_name=actor.name,
            )
            s.add(line)
        counted = line.counted_milli + qty_milli if add else qty_milli
        line.counted_milli = check_counted(counted)
        line.counted_at = created
        line.user_name = actor.name
        uow.commit()
    return counted


@dataclass(frozen=True, slots=True)
class CountLineView:
    product_id: int
    name: str
    unit: str
    expected_milli: MilliQty
    counted_milli: MilliQty
    difference_milli: MilliQty
    unit_cost: Cents
    value_cents: Cents  # of the difference, at cost


@dataclass(frozen=True, slots=True)
class CountSheet:
    id: int
    label: str
    scope: str
    category: str
    status: str
    started_at: dt.datetime
    validated_at: dt.datetime | None
    validated_by: str
    lines: list[CountLineView]
    difference_cents: Cents
    counted_value_cents: Cents
    not_counted: int  # products of the scope not counted yet


def count_sheet(ctx: ServiceContext, count_id: int) -> CountSheet:
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        count = s.get(StockCount, count_id)
        if count is None:
            raise NotFound("Cet inventaire n'existe pas")
        rows = s.execute(
            select(StockCountLine, Product.name, Product.unit)
            .join(Product, Product.id == StockCountLine.product_id)
            .where(StockCountLine.count_id == count_id)
            .order_by(Product.name)
        ).all()
        lines = []
        for line, name, unit in rows:
            diff = CountDifference(line.expected_milli, line.counted_milli, line.unit_cost_cents)
            lines.append(
                CountLineView(
                    line.product_id,
                    name,
                    unit,
                    line.expected_milli,
                    line.counted_milli,
                    diff.difference_milli,
                    line.unit_cost_cents,
                    diff.value_cents,
                )
            )
        scope = select(Product.id).where(Product.track_stock.is_(True), Product.active.is_(True))
        if count.category_id is not None:
            scope = scope.where(Product.category_id == count.category_id)
        in_scope = len(s.scalars(scope).all())
        category = s.get(Category, count.category_id) if count.category_id else None
        return CountSheet(
            count.id,
            count.label,
            count.scope,
            category.name if category is not None else "",
            count.status,
            count.started_at,
            count.validated_at,
            count.validated_by,
            lines,
            count_total(
                CountDifference(v.expected_milli, v.counted_milli, v.unit_cost) for v in lines
            ),
            sum(value_of(v.counted_milli, v.unit_cost) for v in lines),
            max(in_scope - len(lines), 0),
        )


def validate_count(ctx: ServiceContext, actor: Actor, count_id: int) -> CountSheet:
    """Validate once: one ``count`` movement per difference, lots trimmed to the shelf."""
    allow_stock_change(ctx, actor, Permission.MANAGE_STOCK)
    with ctx.uow() as uow:
        s = uow.session
        count = _open_count(s.get(StockCount, count_id))
        lines = s.scalars(select(StockCountLine).where(StockCountLine.count_id == count_id)).all()
        if not lines:
            raise StockError("Rien n'a été compté : scannez ou saisissez au moins un article")
        created, _ = now_and_day(ctx, s)
        count.status = "validated"
        count.validated_at = created
        count.validated_by = actor.name
        s.flush()
        conn = raw_connection(s)
        moves = [
            stock_ledger.Move(
                line.product_id,
                line.counted_milli - line.expected_milli,
                MoveKind.COUNT,
                count_id=count_id,
                reason=str(LossReason.COUNT),
                note=count.label,
            )
            for line in lines
            if line.counted_milli != line.expected_milli
        ]
        stock_ledger.append(conn, moves, created=db_datetime(created), user_name=actor.name)
        for line in lines:
            stock_ledger.trim_lots_to_level(conn, line.product_id)
        uow.commit()
    return count_sheet(ctx, count_id)


@dataclass(frozen=True, slots=True)
class CountSummary:
    id: int
    label: str
    status: str
    started_at: dt.datetime
    lines: int


def counts(ctx: ServiceContext, limit: int = 30) -> list[CountSummary]:
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.scalars(
            select(StockCount).order_by(StockCount.id.desc()).limit(limit)
        ).all()
        return [CountSummary(c.id, c.label, c.status, c.started_at, len(c.lines)) for c in rows]


def export_count_pdf(ctx: ServiceContext, count_id: int, path: Path) -> Path:
    """The count sheet valued at cost (PMP) for the accountant."""
    sheet = count_sheet(ctx, count_id)
    with ctx.uow(read_only=True) as uow:
        ids = [ln.product_id for ln in sheet.lines]
        categories = {
            int(pid): name or ""
            for pid, name in uow.session.execute(
                select(Product.id, Category.name)
                .outerjoin(Category, Category.id == Product.category_id)
                .where(Product.id.in_(ids))
            )
        }
    validated = (
        f"Validé le {from_utc_naive(sheet.validated_at):%d/%m/%Y à %H:%M} par {sheet.validated_by}"
        if sheet.validated_at is not None
        else "Inventaire en cours (non validé)"
    )
    doc = CountDocument(
        cafe_party(ctx),
        sheet.label,
        validated,
        [
            CountDocLine(
                ln.name,
                categories.get(ln.product_id, ""),
                ln.unit,
                ln.expected_milli,
                ln.counted_milli,
                ln.unit_cost,
                value_of(ln.counted_milli, ln.unit_cost),
                ln.value_cents,
            )
            for ln in sheet.lines
        ],
        sheet.counted_value_cents,
        sheet.difference_cents,
    )
    return count_pdf(doc, path)
