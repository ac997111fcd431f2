"""Stock use cases: the stock list with its filters and value, a product's history, stock
settings per product, suppliers and what they supply, losses (démarque) valued at cost,
margins, the value at any date, and ``recompute`` that rebuilds the levels from the ledger.

Deliveries, counts, orders and the till's date check have their own modules
(``stock_deliveries``, ``stock_counts``, ``stock_reorder``, ``stock_checks``); every
movement goes through ``stock_ledger``. Each call is one transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.clock import to_utc_naive
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.money import Cents, MilliQty
from cafe_pos.domain.stock import (
    DateKind,
    LedgerMove,
    Level,
    LossReason,
    MoveKind,
    StockError,
    apply_move,
    check_pack_size,
    check_quantity,
    check_siret,
    check_unit_cost,
    format_weekdays,
    net_of_vat,
    parse_weekdays,
    value_of,
)
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.reports.stock_dto import Party
from cafe_pos.services import stock_ledger
from cafe_pos.services.settings import get_int
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.settings import CafeIdentity
from cafe_pos.store.models.stock import ProductSupplier, StockLevel, Supplier
from cafe_pos.store.raw import db_datetime, raw_connection

StockFilter = Literal["all", "low", "negative", "expiring"]
STOCK_FILTERS: tuple[StockFilter, ...] = ("all", "low", "negative", "expiring")


# ---------------------------------------------------------------------- time
def now_and_day(ctx: ServiceContext, session: Session) -> tuple[dt.datetime, dt.date]:
    """(naive UTC to store, business day) of a stock operation done now."""
    local = ctx.clock.now()
    hour = get_int(ctx, "fiscal.day_change_hour", session=session)
    return to_utc_naive(local), business_date(local, hour)


def allow_stock_change(ctx: ServiceContext, actor: Actor, permission: Permission) -> None:
    """Who may change the stock; training mode never does (nothing it does is real)."""
    actor.require(permission)
    if ctx.training:
        raise StockError("Mode formation : le stock n'est pas modifié")


def product_or_fail(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("Ce produit n'existe pas")
    if not product.track_stock:
        raise StockError(f"{product.name} n'est pas suivi en stock (voir sa fiche article)")
    return product


def cafe_party(ctx: ServiceContext) -> Party:
    """The café as its stock documents name it."""
    with ctx.uow(read_only=True) as uow:
        identity = uow.session.get(CafeIdentity, 1)
        if identity is None:
            return Party("")
        return Party(identity.name, identity.address, identity.siret)


# ---------------------------------------------------------------------- the list
@dataclass(frozen=True, slots=True)
class StockRow:
    product_id: int
    name: str
    category: str
    unit: str
    qty_milli: MilliQty
    average_cost: Cents
    minimum_milli: MilliQty
    target_milli: MilliQty
    date_kind: str
    next_expiry: dt.date | None
    expiry_alert: str = ""  # "past" (to withdraw or mark down), "soon", or ""

    @property
    def value_cents(self) -> Cents:
        """At cost; a negative quantity is worth nothing (flagged instead)."""
        return value_of(self.qty_milli, self.average_cost) if self.qty_milli > 0 else 0

    @property
    def negative(self) -> bool:
        return self.qty_milli < 0

    @property
    def low(self) -> bool:
        return self.qty_milli <= self.minimum_milli and self.minimum_milli > 0


@dataclass(frozen=True, slots=True)
class StockList:
    rows: list[StockRow]
    value_cents: Cents  # of the rows shown (negative quantities count as zero)
    negative_count: int


_LIST_SQL = """
SELECT p.id, p.name, coalesce(c.name, ''), p.unit, coalesce(l.qty_milli, 0),
       coalesce(l.average_cost_cents, 0), coalesce(l.minimum_milli, 0),
       coalesce(l.target_milli, 0), coalesce(l.date_kind, ''), x.next_expiry
FROM products p
LEFT JOIN categories c ON c.id = p.category_id
LEFT JOIN stock_levels l ON l.product_id = p.id
LEFT JOIN (SELECT product_id, min(expires_on) AS next_expiry FROM stock_lots
           WHERE remaining_milli > 0 GROUP BY product_id) x ON x.product_id = p.id
WHERE p.track_stock = 1 AND p.active = 1"""


def stock_list(
    ctx: ServiceContext,
    *,
    search: str = "",
    only: StockFilter = "all",
    category_id: int | None = None,
    supplier_id: int | None = None,
) -> StockList:
    """Stocked products with level, PMP and value; filters: low (at or under the minimum),
    negative, expiring (a lot's date within the warning days, or past)."""
    sql = _LIST_SQL
    params: list[object] = []
    text = search.strip()
    if text:
        sql += (
            " AND (p.name LIKE ? ESCAPE '\\' OR p.id IN "
            "(SELECT product_id FROM barcodes WHERE code = ?))"
        )
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params += [f"%{escaped}%", text]
    if category_id is not None:
        sql += " AND p.category_id = ?"
        params.append(category_id)
    if supplier_id is not None:
        sql += " AND p.id IN (SELECT product_id FROM product_suppliers WHERE supplier_id = ?)"
        params.append(supplier_id)
    if only == "negative":
        sql += " AND coalesce(l.qty_milli, 0) < 0"
    elif only == "low":
        sql += " AND l.minimum_milli > 0 AND l.qty_milli <= l.minimum_milli"
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        _, today = now_and_day(ctx, session)
        days = get_int(ctx, "stock.expiry_warning_days", session=session)
        soon = (today + dt.timedelta(days=days)).isoformat()
        if only == "expiring":
            sql += " AND x.next_expiry <= ?"
            params.append(soon)
        sql += " ORDER BY p.name COLLATE NOCASE"
        raw = raw_connection(session).execute(sql, params).fetchall()
    date = dt.date.fromisoformat
    past = today.isoformat()

    def alert(expiry: str | None) -> str:
        if not expiry or expiry > soon:
            return ""
        return "past" if expiry < past else "soon"

    rows = [
        # ints and texts as SQLite gives them; only the dates are parsed
        StockRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            date(r[9]) if r[9] else None,
            alert(r[9]),
        )
        for r in raw
    ]
    return StockList(
        rows, sum(r.value_cents for r in rows), sum(1 for r in rows if r.qty_milli < 0)
    )


# ---------------------------------------------------------------------- history
@dataclass(frozen=True, slots=True)
class HistoryRow:
    at: dt.datetime  # naive UTC
    kind: str
    qty_milli: MilliQty
    balance_milli: MilliQty
    unit_cost: Cents
    user_name: str
    reason: str
    note: str
    ticket_id: int | None
    delivery_id: int | None
    count_id: int | None


def product_history(ctx: ServiceContext, product_id: int, limit: int = 500) -> list[HistoryRow]:
    """Every movement of a product, newest first, with who, why and the running balance."""
    with ctx.uow(read_only=True) as uow:
        rows = (
            raw_connection(uow.session)
            .execute(
                "SELECT created_at, kind, qty_milli, unit_cost_cents, user_name, reason, note, "
                "ticket_id, delivery_id, count_id FROM stock_movements WHERE product_id = ? "
                "ORDER BY id",
                (product_id,),
            )
            .fetchall()
        )
    balance = 0
    out: list[HistoryRow] = []
    for r in rows:
        balance += int(r[2])
        out.append(
            HistoryRow(
                dt.datetime.fromisoformat(r[0]),
                r[1],
                int(r[2]),
                balance,
                int(r[3]),
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
            )
        )
    out.reverse()
    return out[:limit]


# ---------------------------------------------------------------------- settings
@dataclass(frozen=True, slots=True)
class StockSettings:
    minimum_milli: MilliQty = 0
    target_milli: MilliQty = 0
    date_kind: str = ""


def get_stock_settings(ctx: ServiceContext, product_id: int) -> StockSettings:
    with ctx.uow(read_only=True) as uow:
        level = uow.session.get(StockLevel, product_id)
        if level is None:
            return StockSettings()
        return StockSettings(level.minimum_milli, level.target_milli, level.date_kind)


def set_stock_settings(
    ctx: ServiceContext, actor: Actor, product_id: int, settings: StockSettings
) -> None:
    """A product's minimum, target and the date its lots carry (none, DLC, DDM)."""
    allow_stock_change(ctx, actor, Permission.MANAGE_STOCK)
    if settings.date_kind not in {k.value for k in DateKind}:
        raise StockError("Type de date inconnu (aucune, DLC ou DDM)")
    if settings.minimum_milli < 0 or settings.target_milli < 0:
        raise StockError("Le minimum et l'objectif ne peuvent pas être négatifs")
    if settings.target_milli and settings.target_milli < settings.minimum_milli:
        raise StockError("L'objectif de stock doit être au moins égal au minimum")
    for qty in (settings.minimum_milli, settings.target_milli):
        if qty:
            check_quantity(qty, what="Le seuil")
    with ctx.uow() as uow:
        product_or_fail(uow.session, product_id)
        level = uow.session.get(StockLevel, product_id)
        if level is None:
            level = StockLevel(product_id=product_id, qty_milli=0, average_cost_cents=0)
            uow.session.add(level)
        level.minimum_milli = settings.minimum_milli
        level.target_milli = settings.target_milli
        level.date_kind = settings.date_kind
        uow.commit()


# ---------------------------------------------------------------------- suppliers
@dataclass(frozen=True, slots=True)
class SupplierData:
    name: str
    contact: str = ""
    phone: str = ""
    email: str = ""
    siret: str = ""
    delivery_weekdays: str = ""  # "1,4" (0 = Monday)
    lead_days: int = 1
    minimum_order_cents: Cents = 0


@dataclass(frozen=True, slots=True)
class SupplierView:
    id: int
    name: str
    contact: str
    phone: str
    email: str
    siret: str
    delivery_weekdays: frozenset[int]
    lead_days: int
    minimum_order_cents: Cents


def save_supplier(
    ctx: ServiceContext, actor: Actor, data: SupplierData, supplier_id: int | None = None
) -> int:
    """Create or update a supplier; its SIRET is checked (python-stdnum)."""
    allow_stock_change(ctx, actor, Permission.MANAGE_STOCK)
    name = one_line(data.name, "Le nom du fournisseur")  # on the purchase orders
    if not name or len(name) > 120:
        raise StockError("Le nom du fournisseur est obligatoire (120 caractères au plus)")
    siret = check_siret(data.siret)
    days = format_weekdays(parse_weekdays(data.delivery_weekdays))
    if not 0 <= data.lead_days <= 60:
        raise StockError("Le délai de commande doit être entre 0 et 60 jours")
    if data.minimum_order_cents < 0:
        raise StockError("Le minimum de commande ne peut pas être négatif")
    with ctx.uow() as uow:
        s = uow.session
        clash = s.scalar(select(Supplier.id).where(Supplier.name == name))
        if clash is not None and clash != supplier_id:
            raise StockError(f"Un fournisseur s'appelle déjà « {name} »")
        if supplier_id is None:
            supplier = Supplier(name=name, minimum_order_cents=0)
            s.add(supplier)
        else:
            found = s.get(Supplier, supplier_id)
            if found is None:
                raise NotFound("Ce fournisseur n'existe pas")
            supplier = found
        supplier.name = name
        supplier.contact = one_line(data.contact, "Le contact")[:120]
        supplier.phone = data.phone.strip()[:30]
        supplier.email = data.email.strip()[:120]
        supplier.siret = siret
        supplier.delivery_weekdays = days
        supplier.lead_days = data.lead_days
        supplier.minimum_order_cents = data.minimum_order_cents
        s.flush()
        new_id = supplier.id
        uow.commit()
    return new_id


def _view(supplier: Supplier) -> SupplierView:
    return SupplierView(
        supplier.id,
        supplier.name,
        supplier.contact,
        supplier.phone,
        supplier.email,
        supplier.siret,
        parse_weekdays(supplier.delivery_weekdays),
        supplier.lead_days,
        supplier.minimum_order_cents,
    )


def suppliers(ctx: ServiceContext) -> list[SupplierView]:
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.scalars(
            select(Supplier).where(Supplier.active.is_(True)).order_by(Supplier.name)
        ).all()
        return [_view(s) for s in rows]


def supplier(ctx: ServiceContext, supplier_id: int) -> SupplierView:
    with ctx.uow(read_only=True) as uow:
        found = uow.session.get(Supplier, supplier_id)
        if found is None:
            raise NotFound("Ce fournisseur n'existe pas")
        return _view(found)


def link_product(
    ctx: ServiceContext,
    actor: Actor,
    product_id: int,
    supplier_id: int,
    *,
    reference: str = "",
    pack_size: int = 1,
    last_cost_cents: Cents = 0,
) -> None:
    """A product bought from a supplier: its reference, pack size and last cost excl. VAT."""
    allow_stock_change(ctx, actor, Permission.MANAGE_STOCK)
    check_pack_size(pack_size)
    check_unit_cost(last_cost_cents)
    with ctx.uow() as uow:
        s = uow.session
        product_or_fail(s, product_id)
        if s.get(Supplier, supplier_id) is None:
            raise NotFound("Ce fournisseur n'existe pas")
        link = s.scalar(
            select(ProductSupplier).where(
                ProductSupplier.product_id == product_id,
                ProductSupplier.supplier_id == supplier_id,
            )
        )
        if link is None:
            link = ProductSupplier(
                product_id=product_id, supplier_id=supplier_id, last_cost_cents=0
            )
            s.add(link)
        link.reference = reference.strip()[:40]
        link.pack_size = pack_size
        if last_cost_cents:
            link.last_cost_cents = last_cost_cents
        uow.commit()


# ---------------------------------------------------------------------- losses
@dataclass(frozen=True, slots=True)
class LossResult:
    product_id: int
    qty_milli: MilliQty
    value_cents: Cents  # at cost (PMP)
    level_milli: MilliQty


def record_loss(
    ctx: ServiceContext,
    actor: Actor,
    product_id: int,
    qty_milli: MilliQty,
    reason: LossReason | str,
    *,
    note: str = "",
    lot_id: int | None = None,
) -> LossResult:
    """Stock gone without a sale (démarque), valued at the PMP, with its reason."""
    allow_stock_change(ctx, actor, Permission.RECEIVE_STOCK)
    check_quantity(qty_milli)
    try:
        why = LossReason(reason)
    except ValueError:
        raise StockError("Motif de démarque inconnu") from None
    if why is LossReason.COUNT:
        raise StockError("Les écarts d'inventaire viennent d'un inventaire validé")
    with ctx.uow() as uow:
        s = uow.session
        product_or_fail(s, product_id)
        created, _ = now_and_day(ctx, s)
        s.flush()
        conn = raw_connection(s)
        levels = stock_ledger.append(
            conn,
            [
                stock_ledger.Move(
                    product_id,
                    -qty_milli,
                    MoveKind.LOSS,
                    reason=str(why),
                    note=one_line(note, "La note")[:200],
                    lot_id=lot_id,
                )
            ],
            created=db_datetime(created),
            user_name=actor.name,
        )
        level = levels[product_id]
        uow.commit()
    return LossResult(
        product_id, qty_milli, value_of(qty_milli, level.average_cost), level.qty_milli
    )


@dataclass(frozen=True, slots=True)
class LossLine:
    reason: str
    qty_milli: MilliQty
    value_cents: Cents
    count: int


def losses_by_reason(ctx: ServiceContext, first: dt.date, last: dt.date) -> list[LossLine]:
    """Losses and count differences of a period, by reason, valued at cost (positive =
    stock lost)."""
    start = to_utc_naive(dt.datetime.combine(first, dt.time(), tzinfo=ctx.clock.now().tzinfo))
    end = to_utc_naive(
        dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=ctx.clock.now().tzinfo)
    )
    with ctx.uow(read_only=True) as uow:
        rows = (
            raw_connection(uow.session)
            .execute(
                "SELECT CASE kind WHEN 'count' THEN 'count' ELSE reason END, qty_milli, "
                "unit_cost_cents FROM stock_movements WHERE kind IN ('loss', 'count') "
                "AND created_at >= ? AND created_at < ?",
                (db_datetime(start), db_datetime(end)),
            )
            .fetchall()
        )
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for reason, qty, cost in rows:
        t = totals[reason]
        t[0] -= int(qty)
        t[1] -= value_of(int(qty), int(cost))
        t[2] += 1
    return [LossLine(r, t[0], t[1], t[2]) for r, t in sorted(totals.items())]


# ---------------------------------------------------------------------- margins and value
@dataclass(frozen=True, slots=True)
class MarginLine:
    key: str  # product name or category
    sold_milli: MilliQty
    revenue_cents: Cents  # excl. VAT
    cost_cents: Cents
    margin_cents: Cents


def margins(
    ctx: ServiceContext, first: dt.date, last: dt.date, *, by: Literal["product", "category"]
) -> list[MarginLine]:
    """Revenue excl. VAT, cost of goods sold (PMP at each sale) and margin over a period."""
    with ctx.uow(read_only=True) as uow:
        conn = raw_connection(uow.session)
        key = "tl.label" if by == "product" else "tl.category_name"
        revenue = conn.execute(
            f"SELECT tl.product_id, {key}, sum(tl.qty_milli), sum(tl.total_cents), tl.vat_bp "
            "FROM ticket_lines tl JOIN tickets t ON t.id = tl.ticket_id "
            "WHERE t.business_date BETWEEN ? AND ? AND tl.product_id IN "
            "(SELECT id FROM products WHERE track_stock = 1) "
            f"GROUP BY tl.product_id, {key}, tl.vat_bp",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
        costs = conn.execute(
            "SELECT m.product_id, sum(-m.qty_milli * m.unit_cost_cents) FROM stock_movements m "
            "JOIN tickets t ON t.id = m.ticket_id WHERE m.kind IN ('sale', 'refund') "
            "AND t.business_date BETWEEN ? AND ? GROUP BY m.product_id",
            (first.isoformat(), last.isoformat()),
        ).fetchall()
    cost_by_product = {int(pid): (int(c) + 500) // 1000 for pid, c in costs}
    lines: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    seen: set[int] = set()
    for pid, name, qty, total, vat_bp in revenue:
        line = lines[name or "—"]
        line[0] += int(qty)
        line[1] += net_of_vat(int(total), int(vat_bp))
        if int(pid) not in seen:
            seen.add(int(pid))
            line[2] += cost_by_product.get(int(pid), 0)
    return [
        MarginLine(k, v[0], v[1], v[2], v[1] - v[2])
        for k, v in sorted(lines.items(), key=lambda kv: -(kv[1][1] - kv[1][2]))
    ]


def _replay_all(conn: sqlite3.Connection, until: str | None = None) -> dict[int, Level]:
    sql = "SELECT product_id, kind, qty_milli, unit_cost_cents FROM stock_movements"
    params: tuple[str, ...] = ()
    if until is not None:
        sql += " WHERE created_at < ?"
        params = (until,)
    levels: dict[int, Level] = {}
    for pid, kind, qty, cost in conn.execute(sql + " ORDER BY id", params):
        levels[int(pid)] = apply_move(
            levels.get(int(pid), Level(0, 0)), LedgerMove(kind, int(qty), int(cost))
        )
    return levels


def stock_value(ctx: ServiceContext, at: dt.date | None = None) -> Cents:
    """Value at cost of the stock now, or at the end of a day (replayed from the ledger)."""
    with ctx.uow(read_only=True) as uow:
        conn = raw_connection(uow.session)
        if at is None:
            rows = conn.execute(
                "SELECT l.qty_milli, l.average_cost_cents FROM stock_levels l "
                "JOIN products p ON p.id = l.product_id WHERE l.qty_milli > 0"
            ).fetchall()
            return sum(value_of(int(q), int(c)) for q, c in rows)
        tz = ctx.clock.now().tzinfo
        end = to_utc_naive(dt.datetime.combine(at + dt.timedelta(days=1), dt.time(), tzinfo=tz))
        levels = _replay_all(conn, db_datetime(end))
    return sum(level.value_cents for level in levels.values())


# ---------------------------------------------------------------------- recompute
@dataclass(frozen=True, slots=True)
class LevelDifference:
    product_id: int
    name: str
    stored_milli: MilliQty
    ledger_milli: MilliQty
    stored_cost: Cents
    ledger_cost: Cents


def recompute(ctx: ServiceContext, actor: Actor | None = None) -> list[LevelDifference]:
    """Rebuild every level (quantity and PMP) from the ledger; report and fix differences.

    ``actor`` None: the command line run by the café's owner (the machine's account)."""
    if actor is not None:
        allow_stock_change(ctx, actor, Permission.MANAGE_STOCK)
    with ctx.uow() as uow:
        s = uow.session
        conn = raw_connection(s)
        ledger = _replay_all(conn)
        stored = {
            int(pid): Level(int(q), int(c))
            for pid, q, c in conn.execute(
                "SELECT product_id, qty_milli, average_cost_cents FROM stock_levels"
            )
        }
        names = dict(conn.execute("SELECT id, name FROM products").fetchall())
        diffs: list[LevelDifference] = []
        for pid in sorted(set(ledger) | set(stored)):
            want = ledger.get(pid, Level(0, 0))
            have = stored.get(pid, Level(0, 0))
            if want != have:
                diffs.append(
                    LevelDifference(
                        pid,
                        names.get(pid, "?"),
                        have.qty_milli,
                        want.qty_milli,
                        have.average_cost,
                        want.average_cost,
                    )
                )
        if diffs:
            conn.executemany(
                "INSERT INTO stock_levels (product_id, qty_milli, average_cost_cents, "
                "minimum_milli, target_milli, date_kind) VALUES (?, ?, ?, 0, 0, '') "
                "ON CONFLICT (product_id) DO UPDATE SET qty_milli = excluded.qty_milli, "
                "average_cost_cents = excluded.average_cost_cents",
                [(d.product_id, d.ledger_milli, d.ledger_cost) for d in diffs],
            )
            uow.commit()
    return diffs
