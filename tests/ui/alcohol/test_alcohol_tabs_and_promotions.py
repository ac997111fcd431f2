"""Happy hour priced on the real sale screen; the drunkenness refusal on a tab's view."""

from __future__ import annotations

from alcohol_ui_helpers import answer_modal, click, counters, item
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf

from cafe_pos.context import ServiceContext
from cafe_pos.services import promotions, tabs
from cafe_pos.services.promotions import PromotionInput
from cafe_pos.ui.sale.section import create_section
from cafe_pos.ui.sale.ticket_model import COL_DISCOUNT
from cafe_pos.ui.tabs.tabs_screen import TabsScreen

THURSDAY_AFTERNOON = "14:00-16:00"  # the screen tests' clock: Thursday 14:30


def test_happy_hour_shows_on_the_ticket_and_follows_each_change(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    coca = item(demo_ctx, "Coca")
    promotions.save_promotion(
        demo_ctx,
        actor_of("Camille"),
        PromotionInput(
            "Happy hour softs",
            frozenset({3}),
            THURSDAY_AFTERNOON,
            "percent",
            5000,
            product_ids=frozenset({coca.product_id or 0}),
        ),
    )
    leo = actor_of("Léo")
    screen = create_section(demo_ctx, lambda: leo)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    screen.add_item(coca)
    assert screen.total_text() == "1,40 €"
    shown = screen.model.data(screen.model.index(0, COL_DISCOUNT))
    assert shown == "Happy hour softs −1,40 €"
    screen.add_item(coca)  # the same line, re-priced for two
    assert screen.total_text() == "2,80 €"
    screen.set_line_quantity(0, 3000)
    assert screen.total_text() == "4,20 €"
    screen.toggle_takeaway()
    assert screen.total_text() == "4,20 €"
    assert screen.cart.lines[0].line_discount is not None
    # 50 % off, yet no manager PIN: a promotion is not a staff discount.
    qtbot.mouseClick(screen.pay_button, Qt.MouseButton.LeftButton)
    assert screen.payment_dialog is not None and screen.payment_dialog.isVisible()


def test_drunk_refusal_from_the_tab_view_stops_alcohol_on_that_tab(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    leo = actor_of("Léo")
    tab = tabs.open_tab(demo_ctx, leo, "Table 5")
    sale = create_section(demo_ctx, lambda: leo)
    qtbot.addWidget(sale)
    sale.show()
    screen = TabsScreen(demo_ctx, lambda: leo, sale_cart_provider=lambda: sale)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.mouseClick(screen.tile_for("Table 5"), Qt.MouseButton.LeftButton)
    answer_modal(lambda d: click(d, "ageEvident"))
    sale.add_item(item(demo_ctx, "Demi"))
    sale.add_item(item(demo_ctx, "Coca"))
    qtbot.mouseClick(screen.refusal_button, Qt.MouseButton.LeftButton)
    assert [line.label for line in sale.cart.lines] == ["Coca-Cola 33 cl"]  # the round lost it
    assert counters(demo_ctx)["refusal_drunk"] == 1
    assert screen.refusal_button.dialog is not None
    screen.refusal_button.dialog.close()
    with_beer = item(demo_ctx, "Pinte")
    sale.cart.add(with_beer)
    qtbot.mouseClick(
        screen.add_sale_button, Qt.MouseButton.LeftButton
    )  # refused: no more alcohol on that tab
    assert tabs.get_tab(demo_ctx, tab.id).line_count == 0
