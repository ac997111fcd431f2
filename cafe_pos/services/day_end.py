"""What a manager must know before the daily closure (Z), and the rule after it.

``before_z`` lists what stays open at the Z: open tabs (they stay open and are paid on a
later day) and equal splits with shares already paid (those shares are in today's
figures, the rest will be in a later Z); ``check_count`` checks a drawer count (difference
and its reason) without writing anything, so the screen asks for confirmation only when
the Z can really be made.

After a Z the café keeps selling: a sale whose business day is already closed belongs
to the next business day (``closing.ensure_can_sell``), a new service period as on
commercial tills; its cash opens a new drawer session of that day. See docs/closing.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cash import DrawerCount, check_difference_reason
from cafe_pos.domain.money import Cents
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import cash, tabs
from cafe_pos.services.tabs import TabView


@dataclass(frozen=True, slots=True)
class BeforeZ:
    """What is still open when the Z is asked for."""

    day: dt.date
    open_tabs: tuple[TabView, ...]
    split_tabs: tuple[TabView, ...]  # equal splits with shares paid, the rest unpaid

    @property
    def open_tabs_cents(self) -> Cents:
        return sum(view.total_cents for view in self.open_tabs)


def before_z(ctx: ServiceContext, actor: Actor) -> BeforeZ:
    """The day the Z will close and what stays open (refused early without the right)."""
    actor.require(Permission.CLOSE_DAY)
    session = cash.current_session(ctx)
    if session is None:
        raise cash.NoOpenSession(
            "Aucune caisse ouverte : ouvrez la caisse en comptant le fond de caisse"
        )
    views = tabs.list_open_tabs(ctx)
    return BeforeZ(
        day=session.business_date,
        open_tabs=tuple(views),
        split_tabs=tuple(v for v in views if v.split_parts and v.shares_paid),
    )


def check_count(ctx: ServiceContext, counts: cash.CountInput, reason: str) -> Cents:
    """The difference of this count (checked like ``close_count`` does; nothing written)."""
    count = DrawerCount.from_entries(counts)
    difference = count.total_cents - cash.expected_cash(ctx).expected_cents
    check_difference_reason(difference, reason)
    return difference
