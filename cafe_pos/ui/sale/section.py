"""Plug the sale screen into the main window's "Vente" section (see ``ui.sections``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from cafe_pos.domain.users import Actor
from cafe_pos.services.context import ServiceContext
from cafe_pos.ui.alcohol.guards import ResponsibleSaleGuards
from cafe_pos.ui.sale.sale_screen import SaleScreen


def create_section(
    ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget | None = None
) -> SaleScreen:
    return SaleScreen(
        ctx, actor_provider, parent, guards=ResponsibleSaleGuards(ctx, actor_provider)
    )
