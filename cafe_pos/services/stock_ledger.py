"""The one writer of the stock ledger: appends movements to ``stock_movements`` and keeps
``stock_levels`` (quantity and weighted average cost) and the dated lots current, in plain
SQL on the caller's own transaction (a sale's, a refund's, a delivery's, a count's, a
loss's). Nothing here commits.

The sale path calls ``take_out_sold`` with the ticket's lines; everything else builds
``Move`` values and calls ``append``. The level after the movements is exactly what
``domain.stock.replay`` gives from the ledger, so ``stock recompute`` finds no difference.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cafe_pos.domain.cart import CartLine
from cafe_pos.domain.money import Cents, MilliQty
from cafe_pos.domain.stock import (
    DateKind,
    Freshness,
    LedgerMove,
    Level,
    Lot,
    MoveKind,
    StockError,
    apply_move,
    fefo_pick,
    french_date,
    freshness,
    trim_lots,
)

_INSERT_MOVE = """
INSERT INTO stock_movements (product_id, qty_milli, kind, ticket_id, created_at, note,
    unit_cost_cents, user_name, reason, delivery_id, count_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_UPSERT_LEVEL = """
INSERT INTO stock_levels (product_id, qty_milli, average_cost_cents, minimum_milli,
    target_milli, date_kind)
VALUES (?, ?, ?, 0, 0, '')
ON CONFLICT (product_id) DO UPDATE SET qty_milli = excluded.qty_milli,
    average_cost_cents = excluded.average_cost_cents"""
_TAKE_FROM_LOT = "UPDATE stock_lots SET remaining_milli = remaining_milli - ? WHERE id = ?"
# The sale's fast path (no dated product on the ticket): the movement valued at the PMP
# read in the same statement, the level moved by the quantity (a sale never moves the PMP).
_SALE_MOVE = """
INSERT INTO stock_movements (product_id, qty_milli, kind, ticket_id, created_at, note,
    unit_cost_cents, user_name, reason, delivery_id, count_id)
VALUES (?, ?, 'sale', ?, ?, '',
    coalesce((SELECT average_cost_cents FROM stock_levels WHERE product_id = ?), 0),
    ?, '', NULL, NULL)"""
_SALE_LEVEL = """
INSERT INTO stock_levels (product_id, qty_milli, average_cost_cents, minimum_milli,
    target_milli, date_kind)
VALUES (?, ?, 0, 0, 0, '')
ON CONFLICT (product_id) DO UPDATE SET qty_milli = qty_milli + excluded.qty_milli"""


class UseByPassed(StockError):
    """A product whose next lot is past its DLC: it may not be sold (nor given away)."""

    def __init__(self, product_id: int, label: str, lot_id: int, expires_on: dt.date) -> None:
        self.product_id = product_id
        self.lot_id = lot_id
        self.expires_on = expires_on
        super().__init__(
            f"{label} : DLC dépassée depuis le {french_date(expires_on)}, vente interdite. "
            "Retirez-le du rayon et enregistrez-le en démarque."
        )


@dataclass(frozen=True, slots=True)
class Move:
    """A movement to append. ``unit_cost`` is the purchase cost of a receipt (delivery or
    correction); left None, the movement is valued at the product's PMP."""

    product_id: int
    qty_milli: MilliQty
    kind: MoveKind
    unit_cost: Cents | None = None
    ticket_id: int | None = None
    delivery_id: int | None = None
    count_id: int | None = None
    reason: str = ""
    note: str = ""
    lot_id: int | None = None  # a loss taken from this lot first (an expired one)


@dataclass(frozen=True, slots=True)
class _Product:
    level: Level
    date_kind: str


def _read(conn: sqlite3.Connection, product_ids: Iterable[int]) -> dict[int, _Product]:
    ids = sorted(set(product_ids))
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT product_id, qty_milli, average_cost_cents, date_kind FROM stock_levels "
        f"WHERE product_id IN ({marks})",
        ids,
    ).fetchall()
    found = {int(r[0]): _Product(Level(int(r[1]), int(r[2])), str(r[3])) for r in rows}
    for pid in ids:
        found.setdefault(pid, _Product(Level(0, 0), ""))
    return found


def _lots(conn: sqlite3.Connection, product_ids: Sequence[int]) -> dict[int, list[Lot]]:
    lots: dict[int, list[Lot]] = {pid: [] for pid in product_ids}
    if not product_ids:
        return lots
    marks = ",".join("?" * len(product_ids))
    for lot_id, pid, expires, remaining in conn.execute(
        "SELECT id, product_id, expires_on, remaining_milli FROM stock_lots "
        f"WHERE remaining_milli > 0 AND product_id IN ({marks})",
        list(product_ids),
    ):
        day = dt.date.fromisoformat(expires) if expires else None
        lots[int(pid)].append(Lot(int(lot_id), day, int(remaining)))
    return lots


def append(
    conn: sqlite3.Connection,
    moves: Sequence[Move],
    *,
    created: str,
    user_name: str = "",
    sale_day: dt.date | None = None,
    labels: dict[int, str] | None = None,
) -> dict[int, Level]:
    """Append the movements, update the levels and empty lots first-expired-first-out.

    ``sale_day``: the business day of a sale; a sale taking from a lot past its DLC on that
    day raises ``UseByPassed`` (the caller's transaction rolls back). Returns the new levels.
    """
    if not moves:
        return {}
    products = _read(conn, (m.product_id for m in moves))
    dated = [
        pid
        for pid, p in products.items()
        if p.date_kind and any(m.qty_milli < 0 for m in moves if m.product_id == pid)
    ]
    lots = _lots(conn, dated)
    rows = []
    lot_updates: list[tuple[MilliQty, int]] = []
    for move in moves:
        product = products[move.product_id]
        level = product.level
        cost = level.average_cost if move.unit_cost is None else move.unit_cost
        rows.append(
            (
                move.product_id,
                move.qty_milli,
                str(move.kind),
                move.ticket_id,
                created,
                move.note,
                cost,
                user_name,
                move.reason,
                move.delivery_id,
                move.count_id,
            )
        )
        products[move.product_id] = _Product(
            apply_move(level, LedgerMove(move.kind, move.qty_milli, cost)), product.date_kind
        )
        held = lots.get(move.product_id)
        if move.qty_milli < 0 and held:
            picks = _pick(held, -move.qty_milli, move.lot_id)
            if sale_day is not None and move.kind == MoveKind.SALE:
                _refuse_past_use_by(product.date_kind, held, picks, sale_day, move, labels)
            lots[move.product_id] = _taken(held, picks)
            lot_updates.extend((qty, lot_id) for lot_id, qty in picks)
    conn.executemany(_INSERT_MOVE, rows)
    touched = {m.product_id for m in moves}
    conn.executemany(
        _UPSERT_LEVEL,
        [(pid, products[pid].level.qty_milli, products[pid].level.average_cost) for pid in touched],
    )
    if lot_updates:
        conn.executemany(_TAKE_FROM_LOT, lot_updates)
    return {pid: products[pid].level for pid in touched}


def _pick(held: list[Lot], qty: MilliQty, lot_id: int | None) -> list[tuple[int, MilliQty]]:
    if lot_id is None:
        return fefo_pick(held, qty)
    first = [lot for lot in held if lot.lot_id == lot_id]
    picks = fefo_pick(first, qty)
    rest = qty - sum(q for _, q in picks)
    others = [lot for lot in held if lot.lot_id != lot_id]
    return picks + (fefo_pick(others, rest) if rest > 0 else [])


def _taken(held: list[Lot], picks: list[tuple[int, MilliQty]]) -> list[Lot]:
    taken = dict(picks)
    return [
        Lot(lot.lot_id, lot.expires_on, lot.remaining_milli - taken.get(lot.lot_id, 0))
        for lot in held
        if lot.remaining_milli - taken.get(lot.lot_id, 0) > 0
    ]


def _refuse_past_use_by(
    date_kind: str,
    held: list[Lot],
    picks: list[tuple[int, MilliQty]],
    day: dt.date,
    move: Move,
    labels: dict[int, str] | None,
) -> None:
    if date_kind != DateKind.USE_BY or not picks:
        return
    by_id = {lot.lot_id: lot for lot in held}
    for lot_id, _qty in picks:
        lot = by_id[lot_id]
        if freshness(date_kind, lot.expires_on, day) is Freshness.PAST_USE_BY:
            assert lot.expires_on is not None
            label = (labels or {}).get(move.product_id, f"Produit n° {move.product_id}")
            raise UseByPassed(move.product_id, label, lot_id, lot.expires_on)


def take_out_sold(
    conn: sqlite3.Connection,
    ticket_id: int,
    created: str,
    day: dt.date,
    lines: Sequence[CartLine],
    *,
    user_name: str = "",
) -> None:
    """A sale's hook: one movement per stocked line, levels and lots kept current in the
    sale's transaction; refuses a product whose next lot is past its DLC."""
    stocked = [
        (ln.item.product_id, ln.qty_milli, ln.item.label)
        for ln in lines
        if ln.item.product_id is not None and ln.item.track_stock
    ]
    if not stocked:
        return
    ids = sorted({pid for pid, _, _ in stocked})
    dated = conn.execute(
        "SELECT 1 FROM stock_levels WHERE date_kind != '' AND product_id IN "
        f"({','.join('?' * len(ids))}) LIMIT 1",
        ids,
    ).fetchone()
    if dated is None:  # nothing dated: no lot to pick, no date to check
        conn.executemany(
            _SALE_MOVE,
            [(pid, -qty, ticket_id, created, pid, user_name) for pid, qty, _ in stocked],
        )
        conn.executemany(_SALE_LEVEL, [(pid, -qty) for pid, qty, _ in stocked])
        return
    moves = [Move(pid, -qty, MoveKind.SALE, ticket_id=ticket_id) for pid, qty, _ in stocked]
    labels = {pid: label for pid, _, label in stocked}
    append(conn, moves, created=created, user_name=user_name, sale_day=day, labels=labels)


def put_back_refunded(
    conn: sqlite3.Connection,
    ticket_id: int,
    created: str,
    lines: Iterable[tuple[int, MilliQty]],
    *,
    note: str = "",
    user_name: str = "",
) -> None:
    """A refund's hook: the refunded quantities (product id, positive quantity) come back
    on the shelf, valued at the PMP."""
    moves = [
        Move(pid, qty, MoveKind.REFUND, ticket_id=ticket_id, note=note) for pid, qty in lines if qty
    ]
    append(conn, moves, created=created, user_name=user_name)


def trim_lots_to_level(conn: sqlite3.Connection, product_id: int) -> None:
    """After a count found less than the lots hold, empty the earliest lots first."""
    on_hand = conn.execute(
        "SELECT qty_milli FROM stock_levels WHERE product_id = ?", (product_id,)
    ).fetchone()
    held = _lots(conn, [product_id])[product_id]
    cuts = trim_lots(held, int(on_hand[0]) if on_hand else 0)
    if cuts:
        conn.executemany(_TAKE_FROM_LOT, [(qty, lot_id) for lot_id, qty in cuts])
