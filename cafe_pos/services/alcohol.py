"""Responsible sale at the counter: checks before a sale, prompts' outcomes, indicators.

- ``check_cart_allowed`` is called by checkout and when a round goes on a tab: legal hours,
  no alcohol on a customer account, no open bar, no alcohol on a tab refused for
  drunkenness. Lines already served on a tab (``tab_line_id`` set) are not re-checked
  against the hours when the tab is paid. Outside the hours a manager grants an override
  for the cart (``grant_hours_override``: a reason, journaled at once with code 130); the
  checkout of that cart then passes without any more plumbing.
- ``record_age_check``, ``refuse_service``, ``take_reminder``, ``give_sam`` record what
  the prompts did; ``record_indicator`` is the one writer of the anonymous day counters
  (simulate may call it directly).
- ``day_indicators`` is the ``responsible_sale`` part of the Z (counts only).
Legal hours: ``services.alcohol_config``; happy-hour promotions: ``services.promotions``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain import alcohol as policy
from cafe_pos.domain.alcohol import (
    AgeCheckOutcome,
    AlcoholRefusedForTab,
    IndicatorKind,
    NoAlcoholOnCredit,
    OpenBarRefused,
    OutsideLegalHours,
    RefusalReason,
    ReminderPolicy,
    SamOffer,
)
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.cart import Cart, SaleItem
from cafe_pos.domain.clock import from_utc_naive, to_utc_naive
from cafe_pos.domain.errors import NotFound, UserError
from cafe_pos.domain.schedule import Span
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import tech_events
from cafe_pos.services.alcohol_config import load_opening_hours
from cafe_pos.services.sale_items import sale_item
from cafe_pos.services.settings import get_int, get_str
from cafe_pos.store.models.alcohol import (
    HoursOverride,
    ResponsibleSaleCounter,
    TabResponsibleState,
)
from cafe_pos.store.models.catalogue import Product
from cafe_pos.store.models.sales import Tab, TabLine, Ticket, TicketLine
from cafe_pos.store.raw import raw_connection

__all__ = [
    "NoAlcoholOnCredit",
    "OpenBarRefused",
    "OutsideLegalHours",
    "Override",
    "catalogue_warnings",
    "check_cart_allowed",
    "day_indicators",
    "give_sam",
    "grant_hours_override",
    "indicators_from_counts",
    "record_age_check",
    "record_indicator",
    "refuse_service",
    "take_reminder",
]

MIN_OVERRIDE_REASON = 5
OVERRIDE_VALIDITY = dt.timedelta(hours=1)  # a granted override is for the sale at hand


@dataclass(frozen=True, slots=True)
class Override:
    """A manager's decision to sell alcohol outside the legal hours, with the reason why."""

    manager: Actor
    reason: str


@dataclass(frozen=True, slots=True)
class ResponsibleTexts:
    reminder: str
    refusal: str
    help_line: str = policy.HELP_LINE


# --- indicators ----------------------------------------------------------------------------


def _business_day(ctx: ServiceContext, session: Session, at: dt.datetime | None) -> dt.date:
    hour = get_int(ctx, "fiscal.day_change_hour", session=session)
    return business_date(at or ctx.clock.now(), hour)


def record_indicator(
    ctx: ServiceContext,
    session: Session | None,
    kind: IndicatorKind | str,
    *,
    count: int = 1,
    at: dt.datetime | None = None,
) -> None:
    """Add ``count`` to today's (or ``at``'s business day's) counter of ``kind``.

    With a ``session`` the count joins the caller's transaction; without, it commits on its
    own. Training mode counts nothing.
    """
    kind = IndicatorKind(kind)
    if count < 1:
        raise ValueError("an indicator count is positive")
    if ctx.training:
        return
    if session is not None:
        _increment(ctx, session, kind, count, at)
        return
    with ctx.uow() as uow:
        _increment(ctx, uow.session, kind, count, at)
        uow.commit()


def _increment(
    ctx: ServiceContext, session: Session, kind: IndicatorKind, count: int, at: dt.datetime | None
) -> None:
    day = _business_day(ctx, session, at)
    statement = insert(ResponsibleSaleCounter).values(day=day, kind=kind.value, count=count)
    session.execute(
        statement.on_conflict_do_update(
            index_elements=["day", "kind"],
            set_={"count": ResponsibleSaleCounter.count + statement.excluded.count},
        )
    )


def day_indicators(ctx: ServiceContext, day: dt.date) -> dict[str, int | str]:
    """The ``responsible_sale`` block of the Z: anonymous counts for one business day.

    ``non_alcoholic_share`` is computed from that day's ticket lines of drinks (refunds
    subtract); ``drinks`` and ``non_alcoholic_drinks`` let HQ aggregate the share properly.
    """
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        counts = dict(
            session.execute(
                select(ResponsibleSaleCounter.kind, ResponsibleSaleCounter.count).where(
                    ResponsibleSaleCounter.day == day
                )
            ).all()
        )
        by_alcohol = dict(
            session.execute(
                select(TicketLine.is_alcohol, func.coalesce(func.sum(TicketLine.qty_milli), 0))
                .join(Ticket, Ticket.id == TicketLine.ticket_id)
                .where(
                    Ticket.business_date == day,
                    Ticket.register == ctx.register,
                    TicketLine.is_drink.is_(True),
                )
                .group_by(TicketLine.is_alcohol)
            ).all()
        )
    soft = int(by_alcohol.get(False, 0))
    return indicators_from_counts(counts, soft, soft + int(by_alcohol.get(True, 0)))


def indicators_from_counts(
    counts: Mapping[str, int], soft_milli: int, drinks_milli: int
) -> dict[str, int | str]:
    """The ``responsible_sale`` block from counter totals (by kind) and drink quantities
    (thousandths): for one day, or summed over a month or a year by the reports."""
    got = {kind: int(counts.get(kind.value, 0)) for kind in IndicatorKind}
    return {
        "age_checks": got[IndicatorKind.AGE_CHECK_EVIDENT]
        + got[IndicatorKind.AGE_CHECK_ID]
        + got[IndicatorKind.REFUSAL_MINOR],
        "age_checks_evident": got[IndicatorKind.AGE_CHECK_EVIDENT],
        "age_checks_id": got[IndicatorKind.AGE_CHECK_ID],
        "refusals": got[IndicatorKind.REFUSAL_MINOR] + got[IndicatorKind.REFUSAL_DRUNK],
        "refusals_minor": got[IndicatorKind.REFUSAL_MINOR],
        "refusals_drunk": got[IndicatorKind.REFUSAL_DRUNK],
        "reminders": got[IndicatorKind.REMINDER],
        "sam_drinks": got[IndicatorKind.SAM],
        "hours_overrides": got[IndicatorKind.HOURS_OVERRIDE],
        "drinks": drinks_milli // 1000,
        "non_alcoholic_drinks": soft_milli // 1000,
        "non_alcoholic_share": policy.non_alcoholic_share(soft_milli, drinks_milli),
    }


# --- the checks before a sale -------------------------------------------------------------


def check_cart_allowed(
    ctx: ServiceContext,
    cart: Cart,
    at: dt.datetime | None = None,
    override: Override | None = None,
    *,
    on_account_cents: int = 0,
    tab_id: int | None = None,
    session: Session | None = None,
) -> None:
    """Raise the responsible-sale refusal that applies to this cart, if any.

    Credit and open bar first (no override possible), then a tab refused for drunkenness,
    then the legal hours: outside them the cart needs a manager override, granted before
    (``grant_hours_override`` with the cart's token) or given here as ``override``. Pass
    the checkout's ``session`` so what this writes commits with the sale.
    """
    lines = policy.cart_facts(cart)
    policy.check_not_on_credit(lines, on_account_cents=on_account_cents)
    policy.check_no_open_bar(lines)
    new_lines = [f for f, line in zip(lines, cart.lines, strict=True) if line.tab_line_id is None]
    if not policy.has_alcohol(new_lines):
        return
    if session is None:
        with ctx.uow() as uow:
            _check_new_alcohol(ctx, uow.session, new_lines, cart.token, at, override, tab_id)
            uow.commit()
    else:
        _check_new_alcohol(ctx, session, new_lines, cart.token, at, override, tab_id)


def _check_new_alcohol(
    ctx: ServiceContext,
    session: Session,
    new_lines: list[policy.LineFacts],
    cart_token: str,
    at: dt.datetime | None,
    override: Override | None,
    tab_id: int | None,
) -> None:
    if tab_id is not None:
        state = session.get(TabResponsibleState, tab_id)
        if state is not None and state.refused_at is not None:
            raise AlcoholRefusedForTab(_tab(session, tab_id).label)
    moment = at or ctx.clock.now()
    try:
        _check_legal_hours(session, new_lines, moment)
    except OutsideLegalHours:
        if _overridden(session, cart_token, moment):
            return
        if override is None:
            raise
        _grant(ctx, session, override, cart_token, moment)


# The hours in force, parsed once per stored version. The rows are read at every check,
# inside the caller's transaction (a change made elsewhere counts at once); the cache is
# keyed by their text, so it can never answer with hours that are no longer stored.
_HOURS_ROWS = """
SELECT weekday, NULL, intervals FROM opening_hours_weekly
UNION ALL SELECT NULL, day, intervals FROM opening_hours_exceptions
ORDER BY 1, 2"""
_HoursKey = tuple[tuple[object, ...], ...]
_hours_cache: dict[_HoursKey, policy.OpeningHours] = {}
# Per stored version of the hours, the last legal window found open: a sale inside it is
# within the hours (the window is one of those the rule looks for, derived from the same
# stored hours), so the next sales of the evening skip the calendar arithmetic.
_open_window: dict[_HoursKey, Span] = {}


def _opening_hours(session: Session) -> tuple[_HoursKey, policy.OpeningHours]:
    session.flush()  # hours changed in this very transaction count too
    key: _HoursKey = tuple(raw_connection(session).execute(_HOURS_ROWS).fetchall())
    hours = _hours_cache.get(key)
    if hours is None:
        hours = load_opening_hours(session)
        if len(_hours_cache) >= 16:
            _hours_cache.clear()
            _open_window.clear()
        _hours_cache[key] = hours
    return key, hours


def _check_legal_hours(
    session: Session, new_lines: list[policy.LineFacts], moment: dt.datetime
) -> None:
    """``policy.check_legal_hours`` with the hours in force, the open window remembered."""
    if not policy.has_alcohol(new_lines):
        return
    key, hours = _opening_hours(session)
    window = _open_window.get(key)
    if window is not None and moment.tzinfo is not None and window.contains(moment):
        return
    policy.check_legal_hours(hours, new_lines, moment)
    window = hours.span_at(moment)
    if window is not None:
        _open_window[key] = window


def _overridden(session: Session, cart_token: str, moment: dt.datetime) -> bool:
    granted = session.scalar(
        select(HoursOverride.granted_at).where(HoursOverride.cart_token == cart_token)
    )
    return granted is not None and to_utc_naive(moment) - granted <= OVERRIDE_VALIDITY


def grant_hours_override(
    ctx: ServiceContext, override: Override, cart_token: str, at: dt.datetime | None = None
) -> None:
    """A manager lets this cart (its checkout token) sell alcohol outside the legal hours.

    Needs Permission.OVERRIDE and a reason; recorded at once in the technical journal (code
    130) and counted; valid for that cart for ``OVERRIDE_VALIDITY``.
    """
    moment = at or ctx.clock.now()
    with ctx.uow() as uow:
        if policy.alcohol_allowed_at(load_opening_hours(uow.session), moment):
            raise UserError(
                "La vente d'alcool est permise à cette heure : pas besoin de dérogation"
            )
        _grant(ctx, uow.session, override, cart_token, moment)
        uow.commit()


def _grant(
    ctx: ServiceContext, session: Session, override: Override, cart_token: str, moment: dt.datetime
) -> None:
    override.manager.require(Permission.OVERRIDE)
    reason = one_line(override.reason, "La raison de la dérogation")
    if len(reason) < MIN_OVERRIDE_REASON:
        raise UserError("Dérogation aux horaires : indiquez la raison (5 caractères au moins)")
    if not cart_token or len(cart_token) > 64:
        raise UserError("Dérogation impossible : ticket non identifié")
    if session.scalar(select(HoursOverride.id).where(HoursOverride.cart_token == cart_token)):
        raise UserError("Une dérogation a déjà été accordée pour ce ticket")
    session.add(
        HoursOverride(
            cart_token=cart_token,
            granted_at=to_utc_naive(moment),
            manager_name=override.manager.name,
            reason=reason[:255],
        )
    )
    tech_events.record(
        ctx,
        session,
        tech_events.RIGHTS_CHANGE,
        f"Dérogation aux horaires légaux de vente d'alcool : {reason}",
        actor_name=override.manager.name,
        names=("OVERRIDE",),
        details={"rule": "alcohol_legal_hours", "reason": reason, "at": moment.isoformat()},
    )
    record_indicator(ctx, session, IndicatorKind.HOURS_OVERRIDE, at=moment)


# --- what the prompts did -----------------------------------------------------------------


def _tab(session: Session, tab_id: int) -> Tab:
    tab = session.get(Tab, tab_id)
    if tab is None:
        raise NotFound(f"Ardoise introuvable (n° {tab_id})")
    return tab


def _tab_state(session: Session, tab_id: int) -> TabResponsibleState:
    _tab(session, tab_id)
    state = session.get(TabResponsibleState, tab_id)
    if state is None:
        state = TabResponsibleState(tab_id=tab_id)
        session.add(state)
    return state


def record_age_check(
    ctx: ServiceContext, actor: Actor, outcome: AgeCheckOutcome, *, tab_id: int | None = None
) -> None:
    """Count the answer to the age check; on a tab, an accepted check is not asked again."""
    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        if tab_id is not None and outcome is not AgeCheckOutcome.REFUSED_MINOR:
            _tab(uow.session, tab_id).age_checked = True
        record_indicator(ctx, uow.session, policy.indicator_for_age_check(outcome))
        uow.commit()


def tab_age_checked(ctx: ServiceContext, tab_id: int) -> bool:
    with ctx.uow(read_only=True) as uow:
        return _tab(uow.session, tab_id).age_checked


def refuse_service(
    ctx: ServiceContext, actor: Actor, reason: RefusalReason, *, tab_id: int | None = None
) -> ResponsibleTexts:
    """Count a refusal; for drunkenness on a tab, no more alcohol goes on that tab.

    Returns the texts to show (refusal text, help line). The caller removes the alcohol
    lines from the cart (``cafe_pos.domain.alcohol.remove_alcohol``).
    """
    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        if tab_id is not None and reason is RefusalReason.DRUNK:
            _tab_state(uow.session, tab_id).refused_at = to_utc_naive(ctx.clock.now())
        record_indicator(ctx, uow.session, policy.indicator_for_refusal(reason))
        uow.commit()
    return responsible_texts(ctx)


def lift_tab_refusal(ctx: ServiceContext, manager: Actor, tab_id: int) -> None:
    """A manager lifts a refusal made on the wrong tab."""
    manager.require(Permission.OVERRIDE)
    with ctx.uow() as uow:
        _tab_state(uow.session, tab_id).refused_at = None
        uow.commit()


def tab_refused(ctx: ServiceContext, tab_id: int) -> bool:
    with ctx.uow(read_only=True) as uow:
        state = uow.session.get(TabResponsibleState, tab_id)
        return state is not None and state.refused_at is not None


def reminder_policy(ctx: ServiceContext, session: Session | None = None) -> ReminderPolicy:
    return ReminderPolicy(
        get_int(ctx, "alcohol.reminder_threshold_drinks", session=session),
        get_int(ctx, "alcohol.reminder_window_minutes", session=session),
    )


def take_reminder(ctx: ServiceContext, tab_id: int) -> str | None:
    """After lines went on a tab: the reminder text if one is due now (then counted), else None."""
    now = ctx.clock.now()
    with ctx.uow() as uow:
        session = uow.session
        state = _tab_state(session, tab_id)
        since = to_utc_naive(now) - dt.timedelta(
            minutes=get_int(ctx, "alcohol.reminder_window_minutes", session=session)
        )
        rows = session.execute(
            select(TabLine.added_at, TabLine.qty_milli).where(
                TabLine.tab_id == tab_id, TabLine.is_alcohol.is_(True), TabLine.added_at > since
            )
        ).all()
        drinks = [policy.Drink(from_utc_naive(added), qty) for added, qty in rows]
        last = from_utc_naive(state.last_reminder_at) if state.last_reminder_at else None
        if not policy.needs_reminder(reminder_policy(ctx, session), drinks, now, last):
            return None
        state.last_reminder_at = to_utc_naive(now)
        record_indicator(ctx, session, IndicatorKind.REMINDER, at=now)
        text = get_str(ctx, "alcohol.reminder_text", session=session)
        uow.commit()
    return text


def sam_offer(ctx: ServiceContext) -> SamOffer:
    return SamOffer(get_int(ctx, "alcohol.sam_discount_bp"), get_int(ctx, "alcohol.sam_max_drinks"))


def give_sam(ctx: ServiceContext, actor: Actor, cart: Cart) -> int:
    """The designated driver's offer on the cart's soft drinks; counted; returns how many."""
    actor.require(Permission.SELL)
    given = policy.apply_sam(cart, sam_offer(ctx))
    if given:
        record_indicator(ctx, None, IndicatorKind.SAM, count=given)
    return given


def responsible_texts(ctx: ServiceContext) -> ResponsibleTexts:
    return ResponsibleTexts(
        reminder=get_str(ctx, "alcohol.reminder_text"),
        refusal=get_str(ctx, "alcohol.refusal_text"),
    )


# --- catalogue ----------------------------------------------------------------------------


def free_water_item(ctx: ServiceContext) -> SaleItem | None:
    """The free water to suggest after a refusal or a reminder (None if the café has none)."""
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(Product.id, Product.name, Product.is_alcohol, Product.is_drink)
            .where(Product.active.is_(True), Product.price_cents == 0)
            .order_by(Product.position, Product.id)
        ).all()
    for product_id, name, is_alcohol, is_drink in rows:
        if policy.is_free_water(policy.DrinkProduct(name, 0, is_alcohol, is_drink)):
            return sale_item(ctx, product_id)
    return None


def catalogue_warnings(ctx: ServiceContext) -> list[str]:
    """Warnings for the settings page and the dashboard (soft drinks on sale, free water)."""
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(
            select(Product.name, Product.price_cents, Product.is_alcohol, Product.is_drink).where(
                Product.active.is_(True), or_(Product.is_drink.is_(True), Product.price_cents == 0)
            )
        ).all()
        return policy.catalogue_warnings(policy.DrinkProduct(*row) for row in rows)
