"""The responsible-sale prompts inside the real sale screen (Vente section)."""

from __future__ import annotations

import datetime as dt

from alcohol_ui_helpers import answer_modal, click, counters, item
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.ui.alcohol.entry import LazyResponsibleSettingsPage
from cafe_pos.ui.sale.section import create_section
from cafe_pos.ui.settings.screen import SettingsScreen


def test_sale_screen_asks_the_age_and_refuses_a_drunk_customer(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    leo = actor_of("Léo")
    screen = create_section(demo_ctx, lambda: leo)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.add_item(item(demo_ctx, "Coca"))
    answer_modal(lambda d: click(d, "ageIdChecked"))
    screen.add_item(item(demo_ctx, "Demi"))
    screen.add_item(item(demo_ctx, "Pinte"))  # asked once per ticket
    assert [line.label for line in screen.cart.lines] == [
        "Coca-Cola 33 cl",
        "Demi pression",
        "Pinte pression",
    ]
    qtbot.mouseClick(screen.refusal_button, Qt.MouseButton.LeftButton)
    assert [line.label for line in screen.cart.lines] == ["Coca-Cola 33 cl"]
    assert screen.model.rowCount() == 1  # the ticket on screen follows
    assert counters(demo_ctx) == {"age_check_id": 1, "refusal_drunk": 1}


def test_sale_screen_blocks_alcohol_after_the_legal_closing(
    qtbot: QtBot, demo_ctx: ServiceContext, demo_clock: FixedClock, actor_of: ActorOf
) -> None:
    demo_clock.set(dt.datetime(2026, 11, 27, 1, 30, tzinfo=PARIS))
    screen = create_section(demo_ctx, lambda: actor_of("Léo"))
    qtbot.addWidget(screen)
    screen.show()
    answer_modal(lambda d: d.reject())  # "Ne pas servir d'alcool"
    assert screen.add_item(item(demo_ctx, "Demi")) is None
    assert screen.add_item(item(demo_ctx, "Coca")) is not None
    assert [line.label for line in screen.cart.lines] == ["Coca-Cola 33 cl"]


def test_manager_reaches_the_responsible_sale_page_from_the_main_window(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    from cafe_pos.ui.qt_app import build_window

    window = build_window(demo_ctx, demo=True, lang="fr", actor=actor_of("Camille"))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_section("sale")
    assert window.minimumSizeHint().height() <= 800  # the extra buttons still fit
    window.show_section("settings")
    settings_screen = window.section_widget("settings")
    assert isinstance(settings_screen, SettingsScreen)
    entry = settings_screen.show_page("Vente responsable")
    assert isinstance(entry, LazyResponsibleSettingsPage)
    qtbot.waitUntil(lambda: entry.page is not None and entry.page.isVisible(), timeout=2000)
    assert entry.page is not None
    assert entry.page.hour_edits[0].text() == "06:00-01:00"  # read when first shown
    assert window.minimumSizeHint().height() <= 800
