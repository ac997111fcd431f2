"""Open "Aujourd'hui" at the first login of each business day (kept apart from the screen
so that the start-up imports nothing of it)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.users import Actor


class Window(Protocol):
    def show_section(self, key: str) -> None: ...


class MorningStart:
    """Shows "Aujourd'hui" at the first login of a business day (the manager goes on from
    there; later logins that day keep the section where the till was)."""

    def __init__(self, window: Window, ctx: ServiceContext) -> None:
        self.window = window
        self.ctx = ctx
        self.shown_on: dt.date | None = None

    def __call__(self, actor: Actor | None) -> None:
        if actor is None:
            return
        day = business_date(self.ctx.clock.now())
        if self.shown_on != day:
            self.shown_on = day
            self.window.show_section("today")
