"""Fixtures of the sale, payment, refund and tabs screen tests (helpers: tests/sale_ui_helpers.py).

``demo_ctx`` and ``actor_of`` come from ``tests/ui/conftest.py``: each test gets its own
fresh copy of the demo café (real migrations, real catalogue import).
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf
from sale_ui_helpers import MakeScreen

from cafe_pos.context import ServiceContext
from cafe_pos.ui.sale.sale_screen import SaleScreen


@pytest.fixture
def make_screen(qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf) -> MakeScreen:
    """``make_screen("Léo")``: the real sale screen, shown at the counter's size."""

    def build(name: str = "Léo") -> SaleScreen:
        actor = actor_of(name)
        screen = SaleScreen(demo_ctx, lambda: actor)
        qtbot.addWidget(screen)
        screen.resize(1050, 740)
        with qtbot.waitActive(screen):
            screen.show()
            screen.activateWindow()
        return screen

    return build
