"""The "Aujourd'hui" screen on the demo café (a week of simulated history: press, parcels,
tabs...): what the day asks, each line a tap away from its screen; it opens at the first
login of a business day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.press import Periodicity
from cafe_pos.domain.users import Actor
from cafe_pos.services import press, sale_items, selling, today
from cafe_pos.ui.today.morning import MorningStart
from cafe_pos.ui.today.today_section import TodaySection


def test_the_day_lists_what_to_do_and_each_line_opens_its_screen(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
) -> None:
    manager = actor_of("Camille")
    title = press.add_title(
        demo_ctx,
        manager,
        press.TitleInput("Le Petit Bleu", "1145-0126", "MLP", Periodicity.DAILY),
    )
    press.receive_delivery(demo_ctx, manager, [press.DeliveryLine(title.id, "777", 140, 6)])
    cart = Cart()  # Thursday's sales, and nobody makes the Z
    cart.add(sale_items.search_items(demo_ctx, "expresso")[0], 2000)
    selling.checkout(demo_ctx, manager, cart, [PaymentInput("cash", cart.total_cents)], token="t1")
    clock = demo_ctx.clock
    assert isinstance(clock, FixedClock)
    clock.set(dt.datetime(2026, 11, 27, 7, 0, tzinfo=PARIS))  # Friday morning
    visited: list[str] = []
    section = TodaySection(demo_ctx, lambda: manager, visited.append)
    qtbot.addWidget(section)
    section.resize(1024, 700)
    section.show()
    keys = [line.key for line in section.lines]
    # warnings first (Thursday not closed, no backup yet), then what to do, then to know
    assert keys == ["z_pending", "backup", "press_returns", "parcels_shelf"]
    assert "Aucune sauvegarde vérifiée" in section.lines[1].text
    assert section.lines[0].level is today.Level.WARN
    assert "26/11/2026" in section.lines[0].text
    assert "6 exemplaires" in section.lines[2].text
    buttons = section.buttons()
    assert set(buttons) == set(keys)
    assert "6 exemplaires" in buttons["press_returns"].toolTip()  # the text may be elided
    qtbot.mouseClick(buttons["z_pending"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons["press_returns"], Qt.MouseButton.LeftButton)
    assert visited == ["cash", "press"]
    assert "Aujourd'hui" in section.title.text()


def test_press_returns_due_appear_on_the_day_they_must_go_back(
    demo_ctx: ServiceContext, actor_of: Callable[[str], Actor]
) -> None:
    manager = actor_of("Camille")
    title = press.add_title(
        demo_ctx,
        manager,
        press.TitleInput("Le Petit Bleu", "1145-0126", "MLP", Periodicity.DAILY),
    )
    press.receive_delivery(demo_ctx, manager, [press.DeliveryLine(title.id, "777", 140, 6)])
    assert "press_returns" not in {line.key for line in today.today_lines(demo_ctx)}
    clock = demo_ctx.clock
    assert isinstance(clock, FixedClock)
    clock.set(dt.datetime(2026, 11, 27, 6, 45, tzinfo=PARIS))
    lines = {line.key: line for line in today.today_lines(demo_ctx)}
    assert lines["press_returns"].section == "press"
    assert lines["press_returns"].count >= 6


class _Window:
    def __init__(self) -> None:
        self.shown: list[str] = []

    def show_section(self, key: str) -> None:
        self.shown.append(key)


def test_the_first_login_of_a_day_opens_aujourdhui_once(
    demo_ctx: ServiceContext, actor_of: Callable[[str], Actor]
) -> None:
    window = _Window()
    start = MorningStart(window, demo_ctx)
    start(None)
    start(actor_of("Léo"))
    start(actor_of("Camille"))
    assert window.shown == ["today"]
    clock = demo_ctx.clock
    assert isinstance(clock, FixedClock)
    clock.set(dt.datetime(2026, 11, 27, 8, 0, tzinfo=PARIS))
    start(actor_of("Camille"))
    assert window.shown == ["today", "today"]
