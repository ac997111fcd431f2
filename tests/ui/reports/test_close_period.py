"""The manager closes a month from the Rapports screen (monthly closure of the fiscal law)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.services import selling
from cafe_pos.store.models.fiscal import Closure
from cafe_pos.ui.reports.reports_section import ReportsSection


def _closures(ctx: ServiceContext) -> list[tuple[str, str]]:
    with ctx.uow(read_only=True) as uow:
        return [
            (c.kind, c.period) for c in uow.session.scalars(select(Closure).order_by(Closure.id))
        ]


def test_a_month_is_closed_from_the_report_with_its_open_days_first(
    qtbot: QtBot, demo_ctx: ServiceContext, demo_clock: FixedClock, actor_of: ActorOf
) -> None:
    camille = actor_of("Camille")
    item = selling.search_items(demo_ctx, "Expresso")[0]
    cart = Cart()
    cart.add(item)
    total = cart.total_cents
    selling.checkout(demo_ctx, camille, cart, [PaymentInput("cash", total)], token=cart.token)
    demo_clock.set(dt.datetime(2026, 12, 2, 9, 0, tzinfo=PARIS))

    screen = ReportsSection(demo_ctx, lambda: camille)
    qtbot.addWidget(screen)
    screen.show()
    screen.date_edit.setDate(QDate(2026, 11, 15))
    qtbot.mouseClick(screen.buttons["monthButton"], Qt.MouseButton.LeftButton)
    close = screen.view.close_button
    assert close.isVisible() and "novembre 2026" in screen.view.title.text().lower()

    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    kinds = _closures(demo_ctx)
    assert ("day", "2026-11-26") in kinds and kinds[-1] == ("month", "2026-11")
    assert screen.view.figures is not None and screen.view.figures.closed
    assert not close.isVisible()  # nothing left to close: the button goes away
