"""The "Dépôt de pain" section (F4): tabs for the morning pick-ups, the reception,
tomorrow's order, the end-of-day unsold, the reservations, the statements and the bakers.
Each page refreshes from the services when it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.bread.bakers_page import BakersPage
from cafe_pos.ui.bread.common import SECTION_STYLE
from cafe_pos.ui.bread.order_page import OrderPage
from cafe_pos.ui.bread.pickups_page import PickupsPage
from cafe_pos.ui.bread.reception_page import ReceptionPage
from cafe_pos.ui.bread.reservations_page import ReservationsPage
from cafe_pos.ui.bread.statements_page import StatementsPage
from cafe_pos.ui.bread.unsold_page import UnsoldPage


class BreadSection(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breadSection")
        self.setStyleSheet(SECTION_STYLE)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("breadTabs")
        self.pickups = PickupsPage(ctx, actor_provider, self)
        self.reception = ReceptionPage(ctx, actor_provider, self)
        self.order = OrderPage(ctx, actor_provider, self)
        self.unsold = UnsoldPage(ctx, actor_provider, self)
        self.reservations = ReservationsPage(ctx, actor_provider, self)
        self.statements = StatementsPage(ctx, actor_provider, self)
        self.bakers = BakersPage(ctx, actor_provider, self)
        self.tabs.addTab(self.pickups, self.tr("Retraits"))
        self.tabs.addTab(self.reception, self.tr("Réception"))
        self.tabs.addTab(self.order, self.tr("Commande"))
        self.tabs.addTab(self.unsold, self.tr("Invendus"))
        self.tabs.addTab(self.reservations, self.tr("Réservations"))
        self.tabs.addTab(self.statements, self.tr("Relevés"))
        self.tabs.addTab(self.bakers, self.tr("Boulangers"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        page = self.tabs.currentWidget()
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
