"""Responsible sale on a real database: checks before a sale, prompts, indicators."""

from __future__ import annotations

import datetime as dt

import pytest
from alcohol_fixtures import MANAGER, STAFF, Cafe, friday
from sqlalchemy import inspect, select

from cafe_pos.app import open_context
from cafe_pos.domain.alcohol import (
    AgeCheckOutcome,
    AlcoholRefusedForTab,
    IndicatorKind,
    NoAlcoholOnCredit,
    OpenBarRefused,
    OutsideLegalHours,
    RefusalReason,
)
from cafe_pos.domain.cart import Cart, Discount
from cafe_pos.domain.errors import PermissionDenied, UserError
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.services import alcohol
from cafe_pos.services.alcohol import Override
from cafe_pos.services.settings import set_setting
from cafe_pos.store.models.alcohol import ResponsibleSaleCounter
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.models.sales import Tab


def counters(cafe: Cafe) -> dict[tuple[dt.date, str], int]:
    with cafe.ctx.uow() as uow:
        rows = uow.session.scalars(select(ResponsibleSaleCounter))
        return {(row.day, row.kind): row.count for row in rows}


def cart_of(cafe: Cafe, *names: str) -> Cart:
    cart = Cart()
    for name in names:
        cart.add(cafe.item(name))
    return cart


# --- legal hours ---------------------------------------------------------------------------


def test_alcohol_after_the_legal_closing_is_refused_with_the_next_time(cafe: Cafe) -> None:
    late = friday(1, 30, day=27)  # Thursday night, default closing at 01:00
    alcohol.check_cart_allowed(cafe.ctx, cart_of(cafe, "Coca", "Croque-monsieur"), late)
    with pytest.raises(OutsideLegalHours) as refused:
        alcohol.check_cart_allowed(cafe.ctx, cart_of(cafe, "Coca", "Pastis"), late)
    assert "vendredi 27/11 à 06:00" in str(refused.value)
    assert counters(cafe) == {}


def test_override_needs_a_manager_and_a_reason_and_is_counted(cafe: Cafe) -> None:
    late = friday(1, 30, day=27)
    cart = cart_of(cafe, "Demi pression")
    with pytest.raises(PermissionDenied):
        alcohol.check_cart_allowed(cafe.ctx, cart, late, Override(STAFF, "fin de concert"))
    with pytest.raises(UserError, match="raison"):
        alcohol.check_cart_allowed(cafe.ctx, cart, late, Override(MANAGER, "  ok "))
    assert counters(cafe) == {}
    alcohol.check_cart_allowed(cafe.ctx, cart, late, Override(MANAGER, "Dérogation mairie fête"))
    # 01:30 on Friday belongs to Thursday's business day (the day changes at 04:00).
    assert counters(cafe) == {(dt.date(2026, 11, 26), "hours_override"): 1}


def test_override_granted_before_payment_lets_that_cart_through(cafe: Cafe) -> None:
    late = friday(1, 30, day=27)
    cafe.clock.set(late)
    cart = cart_of(cafe, "Demi pression")
    other = cart_of(cafe, "Pinte")
    with pytest.raises(UserError, match="pas besoin"):
        alcohol.grant_hours_override(
            cafe.ctx, Override(MANAGER, "Concert"), cart.token, friday(18, 0)
        )
    alcohol.grant_hours_override(cafe.ctx, Override(MANAGER, "Concert au village"), cart.token)
    alcohol.check_cart_allowed(cafe.ctx, cart)  # the checkout of that cart passes
    with pytest.raises(OutsideLegalHours):
        alcohol.check_cart_allowed(cafe.ctx, other)  # another cart does not
    with pytest.raises(UserError, match="déjà"):
        alcohol.grant_hours_override(cafe.ctx, Override(MANAGER, "Concert au village"), cart.token)
    cafe.clock.advance(hours=2)  # an override is for the sale at hand, not the night
    with pytest.raises(OutsideLegalHours):
        alcohol.check_cart_allowed(cafe.ctx, cart)
    assert counters(cafe) == {(dt.date(2026, 11, 26), "hours_override"): 1}


def test_override_is_written_to_the_technical_journal(cafe: Cafe) -> None:
    alcohol.check_cart_allowed(
        cafe.ctx, cart_of(cafe, "Pinte"), friday(2, 0), Override(MANAGER, "Soirée de la fête")
    )
    with cafe.ctx.uow() as uow:
        rows = uow.session.scalars(
            select(FiscalEvent).where(FiscalEvent.code == EventCode.OVERRIDE)
        ).all()
        assert [(row.actor_name, "Soirée de la fête" in row.message) for row in rows] == [
            ("Camille", True)
        ]


def test_a_tab_served_before_closing_can_be_paid_after(cafe: Cafe) -> None:
    tab_id = cafe.open_tab()
    cart = Cart()
    cart.append_line(cafe.item("Pinte"), 2000, unit_price_cents=600, unit="piece", tab_line_id=1)
    alcohol.check_cart_allowed(cafe.ctx, cart, friday(1, 30), tab_id=tab_id)  # paying: fine
    cart.add(cafe.item("Pastis"))  # a new round at 01:30: refused
    with pytest.raises(OutsideLegalHours):
        alcohol.check_cart_allowed(cafe.ctx, cart, friday(1, 30), tab_id=tab_id)


# --- credit and open bar -------------------------------------------------------------------


def test_no_alcohol_on_a_customer_account(cafe: Cafe) -> None:
    alcohol.check_cart_allowed(cafe.ctx, cart_of(cafe, "Coca"), on_account_cents=350)
    cart = cart_of(cafe, "Coca", "Pastis")
    alcohol.check_cart_allowed(cafe.ctx, cart, on_account_cents=350)  # the coke on account
    with pytest.raises(NoAlcoholOnCredit, match="à crédit"):
        alcohol.check_cart_allowed(cafe.ctx, cart, on_account_cents=700)
    # Even lines already served on a tab, and even in the legal hours.
    served = Cart()
    served.append_line(cafe.item("Pinte"), 1000, unit_price_cents=600, unit="piece", tab_line_id=1)
    with pytest.raises(NoAlcoholOnCredit):
        alcohol.check_cart_allowed(cafe.ctx, served, on_account_cents=600)


def test_free_alcohol_is_refused_even_by_a_manager_override(cafe: Cafe) -> None:
    cart = cart_of(cafe, "Coca", "Pastis")
    cart.set_line_discount(1, Discount.percent(10000))
    with pytest.raises(OpenBarRefused, match="Pastis"):
        alcohol.check_cart_allowed(
            cafe.ctx, cart, friday(1, 30), Override(MANAGER, "c'est ma tournée")
        )
    assert counters(cafe) == {}
    cart.set_line_discount(1, Discount.percent(5000))
    alcohol.check_cart_allowed(cafe.ctx, cart)


# --- prompts ------------------------------------------------------------------------------


def test_age_check_on_a_tab_is_asked_once(cafe: Cafe) -> None:
    tab_id = cafe.open_tab()
    assert not alcohol.tab_age_checked(cafe.ctx, tab_id)
    alcohol.record_age_check(cafe.ctx, STAFF, AgeCheckOutcome.REFUSED_MINOR, tab_id=tab_id)
    assert not alcohol.tab_age_checked(cafe.ctx, tab_id)
    alcohol.record_age_check(cafe.ctx, STAFF, AgeCheckOutcome.ID_CHECKED, tab_id=tab_id)
    assert alcohol.tab_age_checked(cafe.ctx, tab_id)
    alcohol.record_age_check(cafe.ctx, STAFF, AgeCheckOutcome.EVIDENT)
    day = dt.date(2026, 11, 27)
    assert counters(cafe) == {
        (day, "refusal_minor"): 1,
        (day, "age_check_id"): 1,
        (day, "age_check_evident"): 1,
    }


def test_drunkenness_refusal_on_a_tab_blocks_alcohol_not_soft_drinks(cafe: Cafe) -> None:
    tab_id = cafe.open_tab("Table du fond")
    texts = alcohol.refuse_service(cafe.ctx, STAFF, RefusalReason.DRUNK, tab_id=tab_id)
    assert "0 980 980 930" in texts.help_line
    assert "eau" in texts.refusal
    assert alcohol.tab_refused(cafe.ctx, tab_id)
    with pytest.raises(AlcoholRefusedForTab, match="Table du fond"):
        alcohol.check_cart_allowed(cafe.ctx, cart_of(cafe, "Coca", "Demi pression"), tab_id=tab_id)
    alcohol.check_cart_allowed(cafe.ctx, cart_of(cafe, "Coca", "Croque-monsieur"), tab_id=tab_id)
    other_tab = cafe.open_tab("Comptoir")
    alcohol.check_cart_allowed(cafe.ctx, cart_of(cafe, "Demi pression"), tab_id=other_tab)
    with pytest.raises(PermissionDenied):
        alcohol.lift_tab_refusal(cafe.ctx, STAFF, tab_id)
    alcohol.lift_tab_refusal(cafe.ctx, MANAGER, tab_id)
    alcohol.check_cart_allowed(cafe.ctx, cart_of(cafe, "Demi pression"), tab_id=tab_id)
    assert counters(cafe) == {(dt.date(2026, 11, 27), "refusal_drunk"): 1}


def test_reminder_comes_once_after_the_threshold(cafe: Cafe) -> None:
    tab_id = cafe.open_tab()
    set_setting(cafe.ctx, MANAGER, "alcohol.reminder_threshold_drinks", 4)
    set_setting(cafe.ctx, MANAGER, "alcohol.reminder_window_minutes", 60)
    cafe.add_to_tab(tab_id, "Demi pression", 2, friday(17, 45))
    cafe.add_to_tab(tab_id, "Coca", 3, friday(18, 0))  # soft drinks don't count
    cafe.add_to_tab(tab_id, "Pinte", 1, friday(18, 10))
    assert alcohol.take_reminder(cafe.ctx, tab_id) is None
    cafe.add_to_tab(tab_id, "Pastis", 1, friday(18, 25))
    text = alcohol.take_reminder(cafe.ctx, tab_id)
    assert text is not None and "eau" in text
    assert alcohol.take_reminder(cafe.ctx, tab_id) is None  # shown: not again at once
    cafe.clock.set(friday(19, 50))
    cafe.add_to_tab(tab_id, "Pinte", 4, friday(19, 45))
    assert alcohol.take_reminder(cafe.ctx, tab_id) is not None
    assert counters(cafe) == {(dt.date(2026, 11, 27), "reminder"): 2}


def test_sam_gets_free_soft_drinks_and_is_counted(cafe: Cafe) -> None:
    set_setting(cafe.ctx, MANAGER, "alcohol.sam_max_drinks", 2)
    cart = cart_of(cafe, "Pinte", "Coca", "Limonade", "Jus d'orange")
    assert alcohol.give_sam(cafe.ctx, STAFF, cart) == 2
    assert cart.total_cents == 600 + 400  # the pint and the third soft drink are paid
    assert counters(cafe) == {(dt.date(2026, 11, 27), "sam"): 2}


def test_training_mode_counts_nothing(cafe: Cafe) -> None:
    cafe.ctx.training = True
    alcohol.record_age_check(cafe.ctx, STAFF, AgeCheckOutcome.EVIDENT)
    alcohol.record_indicator(cafe.ctx, None, IndicatorKind.SAM, count=3)
    assert counters(cafe) == {}


# --- indicators in the Z --------------------------------------------------------------------


def test_day_indicators_for_the_z(cafe: Cafe) -> None:
    day = dt.date(2026, 11, 27)
    cafe.ticket(day, [("Demi pression", 3), ("Coca", 2), ("Croque-monsieur", 1)])
    cafe.ticket(day, [("Sirop à l'eau", 1), ("Carafe d'eau", 2)])
    cafe.ticket(day, [("Coca", -1)], kind="refund")
    cafe.ticket(dt.date(2026, 11, 26), [("Pastis", 5)])  # another day
    ctx = cafe.ctx
    alcohol.record_age_check(ctx, STAFF, AgeCheckOutcome.EVIDENT)
    alcohol.record_age_check(ctx, STAFF, AgeCheckOutcome.ID_CHECKED)
    alcohol.record_age_check(ctx, STAFF, AgeCheckOutcome.REFUSED_MINOR)
    alcohol.refuse_service(ctx, STAFF, RefusalReason.DRUNK)
    alcohol.record_indicator(ctx, None, IndicatorKind.REMINDER)
    alcohol.record_indicator(ctx, None, IndicatorKind.SAM, count=2)
    cafe.clock.set(friday(2, 30, day=28))  # after midnight: still the 27th's business day
    alcohol.record_indicator(ctx, None, IndicatorKind.SAM)
    cafe.clock.set(friday(9, 0, day=28))
    alcohol.record_indicator(ctx, None, IndicatorKind.REMINDER)  # the 28th
    figures = alcohol.day_indicators(ctx, day)
    assert figures == {
        "age_checks": 3,
        "age_checks_evident": 1,
        "age_checks_id": 1,
        "refusals": 2,
        "refusals_minor": 1,
        "refusals_drunk": 1,
        "reminders": 1,
        "sam_drinks": 3,
        "hours_overrides": 0,
        "drinks": 7,  # 3 beers + 2 cokes + 1 syrup + 2 water - 1 coke refunded
        "non_alcoholic_drinks": 4,
        "non_alcoholic_share": "0.57",
    }
    empty = alcohol.day_indicators(ctx, dt.date(2026, 11, 20))
    assert empty["age_checks"] == 0 and empty["non_alcoholic_share"] == "0.00"


def test_counters_hold_no_personal_data(cafe: Cafe) -> None:
    with cafe.ctx.uow() as uow:
        columns = {
            c["name"]
            for c in inspect(uow.session.connection()).get_columns("responsible_sale_counters")
        }
    assert columns == {"day", "kind", "count"}


def test_indicator_written_in_a_rolled_back_sale_is_not_kept(cafe: Cafe) -> None:
    with cafe.ctx.uow() as uow:
        alcohol.record_indicator(cafe.ctx, uow.session, IndicatorKind.SAM)
        # no commit: the sale failed
    assert counters(cafe) == {}


# --- catalogue ----------------------------------------------------------------------------


def test_catalogue_warnings_follow_the_catalogue(cafe: Cafe) -> None:
    warnings = alcohol.catalogue_warnings(cafe.ctx)
    assert len(warnings) == 1 and "Seulement 5 boisson(s) sans alcool" in warnings[0]
    with cafe.ctx.uow() as uow:
        water = uow.session.get(Product, cafe.products["Carafe d'eau"])
        assert water is not None
        water.active = False
        for i in range(6):
            uow.session.add(
                Product(
                    name=f"Sirop {i}",
                    short_label=f"Sirop {i}",
                    price_cents=200,
                    vat_onsite_bp=1000,
                    vat_takeaway_bp=550,
                    is_drink=True,
                )
            )
        uow.commit()
    warnings = alcohol.catalogue_warnings(cafe.ctx)
    assert len(warnings) == 1 and "Carafe d'eau" in warnings[0]


def test_tab_state_survives_a_restart(cafe: Cafe) -> None:
    tab_id = cafe.open_tab()
    alcohol.refuse_service(cafe.ctx, STAFF, RefusalReason.DRUNK, tab_id=tab_id)
    reopened = open_context(cafe.ctx.db_path, clock=cafe.clock)
    assert alcohol.tab_refused(reopened, tab_id)
    with reopened.uow() as uow:
        assert uow.session.get(Tab, tab_id) is not None
