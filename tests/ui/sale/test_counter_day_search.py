"""Counter day one, item 12: the sale screen's search ignores accents and case."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sale_ui_helpers import MakeScreen, type_keys

from cafe_pos.context import ServiceContext
from cafe_pos.services import sale_items


def test_typing_creme_without_accent_finds_creme_fraiche(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    type_keys(screen.search_edit, "CREME FRAI")
    screen.run_search()
    shown = [item.label for item in screen.keys.shown_items]
    assert "Crème fraîche épaisse 20 cl" in shown
    assert [i.label for i in sale_items.search_items(demo_ctx, "comte")][:1] == ["Comté 18 mois"]
    # exact short label still ranks first, whatever the accents
    assert sale_items.search_items(demo_ctx, "creme")[0].key_label == "Crème"
