"""Plug the tabs screen into the main window's "Ardoises" section (see ``ui.sections``).

``sale_screen`` gives the sale section's widget: "Ajouter le ticket en cours" puts its
round on the shown tab.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.sale.sale_screen import SaleScreen
from cafe_pos.ui.tabs.tabs_screen import TabsScreen


def create_section(
    ctx: ServiceContext,
    actor_provider: Callable[[], Actor | None],
    parent: QWidget | None = None,
    *,
    sale_screen: Callable[[], QWidget] | None = None,
) -> TabsScreen:
    def sale() -> SaleScreen | None:
        widget = sale_screen() if sale_screen is not None else None
        return widget if isinstance(widget, SaleScreen) else None

    return TabsScreen(ctx, actor_provider, parent, sale_cart_provider=sale)
