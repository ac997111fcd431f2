"""Plug the stock screens into the main window's "Stock" section (F3, see ``ui.sections``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.stock.stock_section import StockSection


def create_section(
    ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget | None = None
) -> StockSection:
    return StockSection(ctx, actor_provider, parent)
