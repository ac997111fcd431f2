"""Stock services on a real migrated SQLite café: levels kept in the sale's transaction,
deliveries, FEFO lots, the DLC/DDM rule at the till, losses, counts, reorders, recompute."""

from __future__ import annotations

import contextlib
import datetime as dt
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import TypedDict

import pytest
from sales_helpers import MANAGER, NUTELLA_EAN, STAFF, SeededContext
from sqlalchemy import func, select

from cafe_pos.domain.cart import Cart
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.errors import PermissionDenied, UserError
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.stock import Freshness, LossReason, StockError
from cafe_pos.services import stock, stock_checks, stock_counts, stock_deliveries, stock_reorder
from cafe_pos.services.closing import close_day
from cafe_pos.services.refunds import refund
from cafe_pos.services.selling import checkout, sale_item
from cafe_pos.services.stock_deliveries import DeliveryInput, DeliveryLineInput
from cafe_pos.services.stock_ledger import UseByPassed
from cafe_pos.store.models import StockMovement
from cafe_pos.store.models.stock import Delivery, StockLot

TODAY = dt.date(2026, 11, 26)


def pid(ctx: SeededContext, name: str) -> int:
    return ctx.product_ids[name]


def level(ctx: SeededContext, name: str) -> int:
    rows = stock.stock_list(ctx, search="")
    return next(r.qty_milli for r in rows.rows if r.product_id == pid(ctx, name))


def row(ctx: SeededContext, name: str) -> stock.StockRow:
    return next(r for r in stock.stock_list(ctx).rows if r.product_id == pid(ctx, name))


def moves(ctx: SeededContext) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(StockMovement)) or 0


def next_day(ctx: SeededContext, clock: FixedClock) -> None:
    """Close the day (Z) when it had sales, then move the clock a day on."""
    day = clock.now().date()
    with contextlib.suppress(UserError):
        close_day(ctx, MANAGER, day)
    clock.advance(days=1)


def sell(ctx: SeededContext, name: str, qty: int = 1000) -> int | None:
    cart = Cart()
    cart.add(sale_item(ctx, pid(ctx, name)), qty)
    return checkout(
        ctx, STAFF, cart, [PaymentInput("card", cart.total_cents)], token=cart.token
    ).ticket_number


def receive(
    ctx: SeededContext, name: str, qty: int, price: int, expires_on: dt.date | None = None
) -> int:
    line = DeliveryLineInput(pid(ctx, name), qty, price, expires_on=expires_on)
    return stock_deliveries.receive(ctx, STAFF, DeliveryInput(None, [line])).delivery_id


def test_sale_and_refund_keep_the_level_in_their_transaction(ctx: SeededContext) -> None:
    receive(ctx, "nutella", 10_000, 250)
    number = sell(ctx, "nutella", 3000)
    assert level(ctx, "nutella") == 7000
    assert number is not None
    refund(ctx, MANAGER, number, [(1, 1000)], "abîmé", "cash")
    assert level(ctx, "nutella") == 8000
    assert stock.recompute(ctx) == []


def test_negative_stock_allowed_and_flagged(ctx: SeededContext) -> None:
    sell(ctx, "sandwich", 2000)
    r = row(ctx, "sandwich")
    assert r.qty_milli == -2000 and r.negative
    listed = stock.stock_list(ctx, only="negative")
    assert [x.product_id for x in listed.rows] == [pid(ctx, "sandwich")]
    assert listed.negative_count == 1 and listed.value_cents == 0


def test_delivery_updates_pmp_with_discounts_and_flags_price_rise(ctx: SeededContext) -> None:
    supplier = stock.save_supplier(ctx, MANAGER, stock.SupplierData("Épicerie Centrale"))
    line = DeliveryLineInput(pid(ctx, "nutella"), 2000, 1200, pack_size=6, discount_bp=1000)
    first = stock_deliveries.receive(
        ctx, STAFF, DeliveryInput(supplier, [line], "BL-1", note_total_cents=2160)
    )
    assert first.total_cents == 2160 and first.units_milli == 12_000 and not first.price_rises
    assert row(ctx, "nutella").average_cost == 180  # 12,00 / 6 with 10 % off
    # Same supplier, 2,40 € a unit: a 33 % rise is flagged, the PMP moves to 2,10 €.
    rise = DeliveryLineInput(pid(ctx, "nutella"), 12_000, 240)
    second = stock_deliveries.receive(ctx, STAFF, DeliveryInput(supplier, [rise], "BL-2"))
    assert [(p.previous_cost, p.new_cost) for p in second.price_rises] == [(180, 240)]
    r = row(ctx, "nutella")
    assert (r.qty_milli, r.average_cost, r.value_cents) == (24_000, 210, 5040)
    # A sale does not move the PMP; a correction taking out neither.
    sell(ctx, "nutella")
    stock_deliveries.correct_delivery(
        ctx, MANAGER, second.delivery_id, pid(ctx, "nutella"), -1000, "un pot cassé à la livraison"
    )
    assert (row(ctx, "nutella").qty_milli, row(ctx, "nutella").average_cost) == (22_000, 210)
    assert stock.recompute(ctx) == []


class LineChanges(TypedDict, total=False):
    qty_milli: int
    price_cents: int
    barcode: str


@pytest.mark.parametrize(
    ("line", "note_total", "message"),
    [
        ({"qty_milli": -1000}, None, "positive"),
        ({"qty_milli": 500_000_000}, None, "trop élevée"),
        ({"price_cents": -5}, None, "négatif"),
        ({"price_cents": 5_000_000}, None, "trop élevé"),
        ({"barcode": "9999999999994"}, None, "n'est pas celui"),
        ({}, 9999, "ne correspond pas"),
    ],
)
def test_bad_delivery_refused_in_french_nothing_written(
    ctx: SeededContext, line: LineChanges, note_total: int | None, message: str
) -> None:
    good = DeliveryLineInput(pid(ctx, "nutella"), qty_milli=1000, price_cents=200)
    before = moves(ctx)
    with pytest.raises(StockError, match=message):
        stock_deliveries.receive(
            ctx,
            STAFF,
            DeliveryInput(None, [replace(good, **line)], note_total_cents=note_total),
        )
    assert moves(ctx) == before
    with ctx.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Delivery)) == 0


def test_delivery_with_no_line_and_barcode_of_another_product(ctx: SeededContext) -> None:
    with pytest.raises(StockError, match="sans ligne"):
        stock_deliveries.receive(ctx, STAFF, DeliveryInput(None, []))
    wrong = DeliveryLineInput(pid(ctx, "sandwich"), 1000, 100, barcode=NUTELLA_EAN)
    with pytest.raises(StockError, match="n'est pas celui de Sandwich"):
        stock_deliveries.receive(ctx, STAFF, DeliveryInput(None, [wrong]))
    item = stock_deliveries.reception_item(ctx, NUTELLA_EAN)
    assert item.product_id == pid(ctx, "nutella")


def dated(ctx: SeededContext, name: str, kind: str) -> None:
    stock.set_stock_settings(ctx, MANAGER, pid(ctx, name), stock.StockSettings(0, 0, kind))


def test_reception_dates_dlc_refused_ddm_needs_confirmation(ctx: SeededContext) -> None:
    dated(ctx, "sandwich", "use_by")
    dated(ctx, "nutella", "best_before")
    with pytest.raises(StockError, match="DLC dépassée"):
        receive(ctx, "sandwich", 1000, 200, expires_on=TODAY - dt.timedelta(days=1))
    with pytest.raises(StockError, match="Saisissez la DLC"):
        receive(ctx, "sandwich", 1000, 200)
    old = DeliveryLineInput(pid(ctx, "nutella"), 1000, 200, expires_on=TODAY - dt.timedelta(days=3))
    with pytest.raises(StockError, match="DDM dépassée"):
        stock_deliveries.receive(ctx, STAFF, DeliveryInput(None, [old]))
    result = stock_deliveries.receive(
        ctx, STAFF, DeliveryInput(None, [old], accept_past_best_before=True)
    )
    assert "DDM dépassée" in result.warnings[0]


def test_fefo_and_use_by_refused_at_the_till_from_the_next_day(
    ctx: SeededContext, clock: FixedClock
) -> None:
    dated(ctx, "sandwich", "use_by")
    receive(ctx, "sandwich", 2000, 200, expires_on=TODAY + dt.timedelta(days=5))
    receive(ctx, "sandwich", 2000, 200, expires_on=TODAY)
    sell(ctx, "sandwich")  # from the lot of today (FEFO)
    with ctx.uow() as uow:
        lots = {
            lot.expires_on: lot.remaining_milli for lot in uow.session.scalars(select(StockLot))
        }
    assert lots == {TODAY: 1000, TODAY + dt.timedelta(days=5): 2000}
    assert stock_checks.shelf_check(ctx, pid(ctx, "sandwich")).ok  # still sold on its DLC
    next_day(ctx, clock)
    check = stock_checks.shelf_check(ctx, pid(ctx, "sandwich"))
    assert check.status is Freshness.PAST_USE_BY and "DLC dépassée" in check.message
    with pytest.raises(UseByPassed):
        stock_checks.require_sellable(ctx, pid(ctx, "sandwich"))
    before = moves(ctx)
    with pytest.raises(UseByPassed, match="vente interdite"):
        sell(ctx, "sandwich")
    assert moves(ctx) == before
    assert check.lot_id is not None
    loss = stock_checks.withdraw_expired_lot(
        ctx, STAFF, pid(ctx, "sandwich"), check.lot_id, check.lot_qty_milli
    )
    assert loss.value_cents == 200
    assert stock_checks.shelf_check(ctx, pid(ctx, "sandwich")).ok
    sell(ctx, "sandwich")
    assert level(ctx, "sandwich") == 1000
    assert stock.recompute(ctx) == []


def test_past_best_before_warns_and_offers_a_markdown(
    ctx: SeededContext, clock: FixedClock
) -> None:
    dated(ctx, "nutella", "best_before")
    receive(ctx, "nutella", 3000, 200, expires_on=TODAY)
    clock.advance(days=2)
    check = stock_checks.require_sellable(ctx, pid(ctx, "nutella"))
    assert check.status is Freshness.PAST_BEST_BEFORE and "DDM dépassée" in check.message
    markdown = check.markdown()
    assert markdown is not None and markdown.value == 3000 and markdown.origin == "markdown"
    lots = stock_checks.expiring_lots(ctx)
    assert [(lot.product_id, lot.status) for lot in lots] == [
        (pid(ctx, "nutella"), Freshness.PAST_BEST_BEFORE)
    ]


def test_losses_valued_at_cost_by_reason(ctx: SeededContext) -> None:
    receive(ctx, "nutella", 10_000, 250)
    loss = stock.record_loss(ctx, STAFF, pid(ctx, "nutella"), 2000, LossReason.BROKEN)
    assert (loss.value_cents, loss.level_milli) == (500, 8000)
    stock.record_loss(ctx, STAFF, pid(ctx, "nutella"), 1000, "own_use", note="goûter")
    with pytest.raises(StockError):
        stock.record_loss(ctx, STAFF, pid(ctx, "nutella"), 0, "broken")
    with pytest.raises(StockError, match="inconnu"):
        stock.record_loss(ctx, STAFF, pid(ctx, "nutella"), 1000, "lost")
    by_reason = {ln.reason: ln.value_cents for ln in stock.losses_by_reason(ctx, TODAY, TODAY)}
    assert by_reason == {"broken": 500, "own_use": 250}
    history = stock.product_history(ctx, pid(ctx, "nutella"))
    assert [(h.kind, h.balance_milli, h.user_name) for h in history] == [
        ("loss", 7000, "Léo"),
        ("loss", 8000, "Léo"),
        ("delivery", 10_000, "Léo"),
    ]


def test_count_keeps_expected_validates_once(ctx: SeededContext) -> None:
    receive(ctx, "nutella", 10_000, 250)
    count_id = stock_counts.start_count(ctx, STAFF, label="Rayon épicerie")
    stock_counts.count_product(
        ctx, STAFF, count_id, pid(ctx, "nutella"), 1000, add=True, barcode=NUTELLA_EAN
    )
    stock_counts.count_product(ctx, STAFF, count_id, pid(ctx, "nutella"), 1000, add=True)
    sell(ctx, "nutella")  # sold between the count and its validation
    stock_counts.count_product(ctx, STAFF, count_id, pid(ctx, "nutella"), 7000)  # typed
    sheet = stock_counts.count_sheet(ctx, count_id)
    assert [(ln.expected_milli, ln.counted_milli) for ln in sheet.lines] == [(10_000, 7000)]
    assert sheet.difference_cents == -750
    with pytest.raises(PermissionDenied):
        stock_counts.validate_count(ctx, STAFF, count_id)
    done = stock_counts.validate_count(ctx, MANAGER, count_id)
    assert done.status == "validated"
    assert done.lines[0].expected_milli == 10_000  # kept as it was
    assert level(ctx, "nutella") == 6000  # 9 after the sale, 3 missing
    with pytest.raises(StockError, match="déjà validé"):
        stock_counts.validate_count(ctx, MANAGER, count_id)
    with pytest.raises(StockError, match="déjà validé"):
        stock_counts.count_product(ctx, STAFF, count_id, pid(ctx, "nutella"), 1000)
    assert stock.recompute(ctx) == []


def test_supplier_siret_checked_and_reorder_suggested(
    ctx: SeededContext, clock: FixedClock
) -> None:
    with pytest.raises(StockError, match="SIRET invalide"):
        stock.save_supplier(ctx, MANAGER, stock.SupplierData("Promocash", siret="12345678901234"))
    supplier = stock.save_supplier(
        ctx,
        MANAGER,
        stock.SupplierData(
            "Promocash", siret="732 829 320 00074", delivery_weekdays="1,4", lead_days=1
        ),
    )
    stock.link_product(
        ctx,
        MANAGER,
        pid(ctx, "nutella"),
        supplier,
        reference="NUT400",
        pack_size=6,
        last_cost_cents=230,
    )
    stock.set_stock_settings(ctx, MANAGER, pid(ctx, "nutella"), stock.StockSettings(7000, 12_000))
    receive(ctx, "nutella", 14_000, 230)
    for _ in range(7):  # a week selling one a day
        sell(ctx, "nutella")
        next_day(ctx, clock)
    suggestion = stock_reorder.suggest_order(ctx, supplier)
    line = suggestion.lines[0]
    assert line.reference == "NUT400" and line.on_hand_milli == 7000
    # Thursday: delivery Friday, the following one Tuesday. 7 sold over the 4 weeks looked
    # at: 250 a day; projected 7 - 0,25 = 6,75 < minimum 7 -> order up to 12 + cover
    # (4 days, 1) - 6,75 = 6,25 units: two packs of 6.
    assert (line.daily_milli, line.projected_milli, line.packs, line.qty_milli) == (
        250,
        6750,
        2,
        12_000,
    )
    edited = stock_reorder.with_packs(suggestion, {pid(ctx, "nutella"): 3})
    order_id = stock_reorder.save_order(ctx, MANAGER, edited)
    stock_deliveries.receive(
        ctx,
        STAFF,
        DeliveryInput(
            supplier,
            [DeliveryLineInput(pid(ctx, "nutella"), 2000, 1380, pack_size=6)],
            order_id=order_id,
        ),
    )
    vs = stock_reorder.ordered_vs_delivered(ctx, order_id)
    assert [(v.ordered_milli, v.delivered_milli) for v in vs] == [(18_000, 12_000)]


def test_recompute_finds_and_fixes_a_tampered_level(ctx: SeededContext) -> None:
    receive(ctx, "nutella", 5000, 250)
    with ctx.uow() as uow:
        uow.session.connection().exec_driver_sql(
            "UPDATE stock_levels SET qty_milli = 99 WHERE product_id = ?", (pid(ctx, "nutella"),)
        )
        uow.commit()
    diffs = stock.recompute(ctx)
    assert [(d.stored_milli, d.ledger_milli) for d in diffs] == [(99, 5000)]
    assert stock.recompute(ctx) == []


def test_the_ledger_is_append_only(ctx: SeededContext) -> None:
    receive(ctx, "nutella", 5000, 250)
    with ctx.uow() as uow, pytest.raises(Exception, match="append-only"):
        uow.session.connection().exec_driver_sql("DELETE FROM stock_movements")


def test_stock_value_at_a_date_and_margins(ctx: SeededContext, clock: FixedClock) -> None:
    receive(ctx, "nutella", 10_000, 250)
    clock.advance(days=1)
    sell(ctx, "nutella", 2000)
    assert stock.stock_value(ctx, TODAY) == 2500
    assert stock.stock_value(ctx) == 2000
    lines = stock.margins(ctx, TODAY, TODAY + dt.timedelta(days=1), by="product")
    assert [(m.key, m.revenue_cents, m.cost_cents) for m in lines] == [
        ("Nutella 400 g", 813, 500)  # 8,58 TTC at 5,5 %
    ]


def test_order_pdf_and_csv_and_count_pdf_for_the_accountant(
    ctx: SeededContext, tmp_path: Path
) -> None:
    supplier = stock.save_supplier(
        ctx, MANAGER, stock.SupplierData("Promocash", siret="73282932000074")
    )
    stock.link_product(
        ctx,
        MANAGER,
        pid(ctx, "nutella"),
        supplier,
        reference="NUT400",
        pack_size=6,
        last_cost_cents=230,
    )
    suggestion = stock_reorder.with_packs(
        stock_reorder.suggest_order(ctx, supplier), {pid(ctx, "nutella"): 2}
    )
    order_id = stock_reorder.save_order(ctx, MANAGER, suggestion)
    stock_reorder.export_order(
        ctx, suggestion, pdf=tmp_path / "c.pdf", csv_path=tmp_path / "c.csv", order_id=order_id
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "c.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Bon de commande n° 1" in text and "Promocash" in text and "NUT400" in text
    assert "27,60 €" in text  # 12 × 2,30
    assert (tmp_path / "c.csv").read_text(encoding="utf-8").splitlines() == [
        "reference;article;colis;unites_par_colis;unites;prix_ht;total_ht",
        "NUT400;Nutella 400 g;2;6;12;2.30;27.60",
    ]
    receive(ctx, "nutella", 10_000, 250)
    count_id = stock_counts.start_count(ctx, STAFF)
    stock_counts.count_product(ctx, STAFF, count_id, pid(ctx, "nutella"), 9000)
    stock_counts.validate_count(ctx, MANAGER, count_id)
    stock_counts.export_count_pdf(ctx, count_id, tmp_path / "inv.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "inv.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Inventaire" in text and "Validé le" in text and "Camille" in text
    assert "22,50 €" in text and "-2,50 €" in text  # 9 × 2,50 and one missing


def test_training_mode_never_changes_the_stock(ctx: SeededContext) -> None:
    import dataclasses

    training = dataclasses.replace(ctx, training=True)
    line = DeliveryLineInput(pid(ctx, "nutella"), 1000, 250)
    with pytest.raises(StockError, match="Mode formation"):
        stock_deliveries.receive(training, STAFF, DeliveryInput(None, [line]))
    with pytest.raises(StockError, match="Mode formation"):
        stock.record_loss(training, STAFF, pid(ctx, "nutella"), 1000, "broken")
    assert moves(ctx) == 0
