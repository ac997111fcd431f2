"""Responsible-sale policy: age check, refusals, reminder, SAM, credit, open bar, share."""

from __future__ import annotations

import datetime as dt

import pytest

from cafe_pos.domain.alcohol import (
    DEFAULT_OPENING_HOURS,
    HELP_LINE,
    AgeCheckOutcome,
    Drink,
    DrinkProduct,
    IndicatorKind,
    LineFacts,
    NoAlcoholOnCredit,
    OpenBarRefused,
    OutsideLegalHours,
    ReminderPolicy,
    SamOffer,
    alcohol_allowed_at,
    apply_sam,
    cart_facts,
    catalogue_warnings,
    check_legal_hours,
    check_no_open_bar,
    check_not_on_credit,
    indicator_for_age_check,
    is_free_water,
    needs_age_check,
    needs_reminder,
    non_alcoholic_share,
    remove_alcohol,
    sam_discounts,
)
from cafe_pos.domain.cart import Cart, Discount, SaleItem
from cafe_pos.domain.clock import PARIS
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.schedule import WeeklySchedule, parse_intervals

BEER = SaleItem(1, "Demi pression", "Bières", 300, 2000, 2000, is_alcohol=True, is_drink=True)
COKE = SaleItem(2, "Coca 33 cl", "Softs", 350, 1000, 550, is_drink=True)
SANDWICH = SaleItem(3, "Jambon-beurre", "Snacks", 450, 1000, 550)
BOTTLE = SaleItem(9, "Consigne", "Consignes", 20, 0, 0)
CIDER = SaleItem(
    4, "Cidre bouteille", "Cidres", 600, 2000, 2000, is_alcohol=True, is_drink=True, deposit=BOTTLE
)


def beer_line(qty: int = 1000, price: int = 300, discount: int = 0) -> LineFacts:
    return LineFacts("Demi pression", True, True, qty, price, discount, product_id=1)


def soft_line(qty: int = 1000, price: int = 350, discount: int = 0) -> LineFacts:
    return LineFacts("Coca 33 cl", False, True, qty, price, discount, product_id=2)


def local(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=PARIS)


def test_age_check_is_asked_once_and_only_for_alcohol() -> None:
    assert needs_age_check(True, [soft_line()], already_checked=False)
    assert not needs_age_check(False, [soft_line()], already_checked=False)  # a soft drink
    assert not needs_age_check(True, [soft_line(), beer_line()], already_checked=False)
    assert not needs_age_check(True, [], already_checked=True)  # the tab was checked
    assert indicator_for_age_check(AgeCheckOutcome.EVIDENT) is IndicatorKind.AGE_CHECK_EVIDENT
    assert indicator_for_age_check(AgeCheckOutcome.ID_CHECKED) is IndicatorKind.AGE_CHECK_ID
    assert indicator_for_age_check(AgeCheckOutcome.REFUSED_MINOR) is IndicatorKind.REFUSAL_MINOR


def test_refusal_removes_the_alcohol_and_keeps_the_rest_of_the_ticket() -> None:
    cart = Cart()
    cart.add(COKE)
    cart.add(CIDER)  # with its deposit line
    cart.add(SANDWICH)
    cart.add(BEER, 2000)
    removed = remove_alcohol(cart)
    assert [line.label for line in removed] == ["Cidre bouteille", "Demi pression"]
    assert [line.label for line in cart.lines] == ["Coca 33 cl", "Jambon-beurre"]
    assert cart.total_cents == 800


def test_legal_hours_block_alcohol_only() -> None:
    hours = WeeklySchedule(weekly={day: parse_intervals("07:00-01:00") for day in range(7)})
    late = local(27, 1, 30)  # Friday 01:30: Thursday's window closed at 01:00
    check_legal_hours(hours, [soft_line()], late)  # a coffee is fine
    with pytest.raises(OutsideLegalHours) as refused:
        check_legal_hours(hours, [soft_line(), beer_line()], late)
    assert refused.value.next_allowed == local(27, 7, 0)
    assert "vendredi 27/11 à 07:00" in str(refused.value)
    assert "sans alcool" in str(refused.value)
    assert alcohol_allowed_at(hours, local(27, 0, 59))


def test_default_hours_close_at_one_and_at_two_on_weekend_nights() -> None:
    assert not alcohol_allowed_at(DEFAULT_OPENING_HOURS, local(26, 1, 30))  # Thursday night
    assert alcohol_allowed_at(DEFAULT_OPENING_HOURS, local(28, 1, 30))  # Friday night
    assert not alcohol_allowed_at(DEFAULT_OPENING_HOURS, local(28, 5, 0))


def test_no_alcohol_on_a_customer_account() -> None:
    lines = [soft_line(), beer_line()]  # 3,50 € + 3,00 €
    check_not_on_credit(lines, on_account_cents=0)
    check_not_on_credit(lines, on_account_cents=350)  # the soft drink on the account
    check_not_on_credit([soft_line()], on_account_cents=350)
    with pytest.raises(NoAlcoholOnCredit, match="à crédit"):
        check_not_on_credit(lines, on_account_cents=351)


@pytest.mark.parametrize(
    "line",
    [beer_line(price=0), beer_line(discount=300), beer_line(qty=3000, discount=900)],
    ids=["free", "100 % off", "round fully discounted"],
)
def test_open_bar_refused(line: LineFacts) -> None:
    with pytest.raises(OpenBarRefused, match="open bar est interdit"):
        check_no_open_bar([soft_line(), line])


def test_partial_alcohol_discount_and_free_soft_drinks_are_fine() -> None:
    check_no_open_bar([beer_line(discount=150), soft_line(price=0), soft_line(discount=350)])


def test_cart_facts_carry_ticket_discounts_so_open_bar_is_caught_on_a_full_ticket_discount() -> (
    None
):
    cart = Cart()
    cart.add(BEER)
    cart.set_ticket_discount(Discount.percent(10000))
    with pytest.raises(OpenBarRefused):
        check_no_open_bar(cart_facts(cart))


def test_reminder_after_threshold_within_window() -> None:
    policy = ReminderPolicy(threshold_drinks=4, window_minutes=60)
    now = local(27, 22, 0)
    rounds = [Drink(local(27, 21, 10), 2000), Drink(local(27, 21, 40), 1000)]
    assert not needs_reminder(policy, rounds, now)
    rounds.append(Drink(local(27, 21, 55), 1000))
    assert needs_reminder(policy, rounds, now)
    # Drinks older than the window don't count.
    assert not needs_reminder(policy, rounds, local(27, 22, 30))
    # Once shown, it comes back only after another threshold of drinks.
    assert not needs_reminder(policy, rounds, now, last_reminder_at=local(27, 21, 58))
    later = [*rounds, Drink(local(27, 22, 5), 4000)]
    assert needs_reminder(policy, later, local(27, 22, 6), last_reminder_at=local(27, 21, 58))


def test_reminder_window_is_real_time_across_the_autumn_change() -> None:
    policy = ReminderPolicy(threshold_drinks=2, window_minutes=60)
    first = Drink(dt.datetime(2026, 10, 25, 2, 30, tzinfo=PARIS, fold=0), 1000)  # CEST
    second = Drink(
        dt.datetime(2026, 10, 25, 2, 10, tzinfo=PARIS, fold=1), 1000
    )  # CET, 40 min later
    assert needs_reminder(
        policy, [first, second], dt.datetime(2026, 10, 25, 2, 15, tzinfo=PARIS, fold=1)
    )


@pytest.mark.parametrize(("threshold", "window"), [(0, 60), (51, 60), (3, 5), (3, 2000)])
def test_reminder_settings_out_of_range(threshold: int, window: int) -> None:
    with pytest.raises(UserError):
        ReminderPolicy(threshold, window)


def test_sam_discounts_soft_drinks_only_up_to_the_cap() -> None:
    offer = SamOffer(discount_bp=10000, max_drinks=2)
    lines = [beer_line(), soft_line(qty=3000), soft_line(discount=50)]
    gifts = sam_discounts(lines, offer)
    assert [(g.line_index, g.units, g.discount_cents) for g in gifts] == [(1, 2, 700)]
    half = sam_discounts([soft_line(), soft_line()], SamOffer(discount_bp=5000, max_drinks=3))
    assert [g.discount_cents for g in half] == [175, 175]


def test_apply_sam_on_a_cart() -> None:
    cart = Cart()
    cart.add(BEER, 3000)
    cart.add(COKE)
    given = apply_sam(cart, SamOffer())
    assert given == 1
    assert cart.total_cents == 900  # the beers are paid, the SAM's coke is free
    with pytest.raises(UserError):
        SamOffer(discount_bp=0)


def test_non_alcoholic_share_two_decimals() -> None:
    assert non_alcoholic_share(62000, 100000) == "0.62"
    assert non_alcoholic_share(2000, 3000) == "0.67"
    assert non_alcoholic_share(0, 0) == "0.00"
    assert non_alcoholic_share(5000, 5000) == "1.00"


def test_catalogue_warnings_count_soft_drinks_and_look_for_free_water() -> None:
    softs = [DrinkProduct(f"Sirop {i}", 250, False, True) for i in range(9)]
    water = DrinkProduct("Carafe d'eau", 0, False, True)
    warnings = catalogue_warnings([*softs, DrinkProduct("Pastis", 300, True, True)])
    assert len(warnings) == 2
    assert "Seulement 9 boisson(s) sans alcool" in warnings[0]
    assert "Carafe d'eau" in warnings[1]
    assert catalogue_warnings([*softs, water]) == []  # water counts as the tenth soft drink
    assert not is_free_water(DrinkProduct("Château Margaux", 0, True, True))
    assert not is_free_water(DrinkProduct("Eau de Vichy", 250, False, True))
    assert is_free_water(DrinkProduct("EAU du robinet", 0, False, True))


def test_help_line_is_the_official_number() -> None:
    assert "0 980 980 930" in HELP_LINE
