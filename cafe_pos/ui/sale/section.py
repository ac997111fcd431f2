"""Plug the sale screen into the main window's "Vente" section (see ``ui.sections``).

The counter's devices reach the screen through ``counter`` (``cafe_pos.ui.counter``):
customer display, scale, drawer, print spool. The responsible-sale guards load on the
first line added (or when the start-up warms them up), not while the window opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart, SaleItem
from cafe_pos.domain.users import Actor
from cafe_pos.ui.guards import SaleGuards
from cafe_pos.ui.sale.sale_screen import SaleScreen
from cafe_pos.ui.stock.till import StockDateGuards


class SaleScreenHost(Protocol):
    """What the screen needs of the counter's devices (``cafe_pos.ui.counter.Counter``)."""

    def attach_sale_screen(self, screen: SaleScreen) -> None: ...


class LazyResponsibleGuards(SaleGuards):
    """``ResponsibleSaleGuards``, imported and built when first asked (or by ``load()``)."""

    def __init__(self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None]) -> None:
        self._ctx = ctx
        self._actor_provider = actor_provider
        self._guards: SaleGuards | None = None

    def load(self) -> SaleGuards:
        if self._guards is None:
            from cafe_pos.ui.alcohol.guards import ResponsibleSaleGuards

            self._guards = ResponsibleSaleGuards(self._ctx, self._actor_provider)
        return self._guards

    def before_add(
        self, parent: QWidget, cart: Cart, item: SaleItem, qty_milli: int, **options: Any
    ) -> bool:
        return self.load().before_add(parent, cart, item, qty_milli, **options)

    def before_payment(self, parent: QWidget, cart: Cart, *, tab_id: int | None = None) -> bool:
        return self.load().before_payment(parent, cart, tab_id=tab_id)


def create_section(
    ctx: ServiceContext,
    actor_provider: Callable[[], Actor | None],
    parent: QWidget | None = None,
    *,
    counter: SaleScreenHost | None = None,
) -> SaleScreen:
    guards = StockDateGuards(ctx, actor_provider, LazyResponsibleGuards(ctx, actor_provider))
    screen = SaleScreen(ctx, actor_provider, parent, guards=guards)
    if counter is not None:
        counter.attach_sale_screen(screen)
    app = QCoreApplication.instance()
    if app is not None:  # Alt+F4, the window's ✕: the open ticket is saved before quitting
        app.aboutToQuit.connect(screen.keep_ticket)
    return screen
