"""The Stock section (F3): five pages behind big tabs — the stock list, reception,
count, orders and losses. Each page calls the stock services and shows their French
refusals; when one moves stock the others read again when shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.ui.stock.common import SECTION_STYLE, ActorProvider, StockPage
from cafe_pos.ui.stock.count_page import CountPage
from cafe_pos.ui.stock.list_page import StockListPage
from cafe_pos.ui.stock.losses_page import LossesPage
from cafe_pos.ui.stock.orders_page import OrdersPage
from cafe_pos.ui.stock.reception_page import StockReceptionPage


class StockSection(QWidget):
    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stockSection")
        self.setStyleSheet(SECTION_STYLE)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.tabs = QTabWidget(self)
        self.list_page = StockListPage(ctx, actor_provider, self)
        self.reception_page = StockReceptionPage(ctx, actor_provider, self)
        self.count_page = CountPage(ctx, actor_provider, self)
        self.orders_page = OrdersPage(ctx, actor_provider, self)
        self.losses_page = LossesPage(ctx, actor_provider, self)
        self.pages: list[StockPage] = [
            self.list_page,
            self.reception_page,
            self.count_page,
            self.orders_page,
            self.losses_page,
        ]
        for page, title in zip(
            self.pages,
            (
                self.tr("Stock"),
                self.tr("Réception"),
                self.tr("Inventaire"),
                self.tr("Commandes"),
                self.tr("Démarque"),
            ),
            strict=True,
        ):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda i: self.pages[i].reload())
        layout.addWidget(self.tabs)
        self.list_page.reload()

    def show_page(self, index: int) -> StockPage:
        self.tabs.setCurrentIndex(index)
        page = self.pages[index]
        page.reload()
        return page

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.pages[self.tabs.currentIndex()].reload()
