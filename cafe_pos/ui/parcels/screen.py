"""The Colis section: one tab per task of the relay, the counts of the day on top.

Tabs: Réception, Remise, Retours, Dépôt, Chauffeur, Commissions, Transporteurs, RGPD (a
person's request: what is kept about them, erase it). Each page
reloads from the services when its tab is shown; after any change the section emits
``changed`` (the status bar's counts follow). Names are purged when the section opens.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import SYSTEM, Actor
from cafe_pos.services import parcels
from cafe_pos.ui.parcels.admin_pages import CarriersPage, CommissionPage, PersonalDataPage
from cafe_pos.ui.parcels.handover import HandOverPanel
from cafe_pos.ui.parcels.pages import DriverVisitPage, DropOffPage, ReceptionPage, ReturnsPage
from cafe_pos.ui.widgets.messages import call_service

if TYPE_CHECKING:
    from cafe_pos.devices.base import Scale

SECTION_STYLE = """
#parcelsSection #parcelsCounts { font-size: 15pt; font-weight: 600; color: #37474f; }
#parcelsSection #parcelsCounts[late="true"] { color: #b71c1c; }
#parcelsTabs QTabBar::tab {
    min-height: 48px; padding: 4px 16px; font-size: 14pt; color: #37474f;
    background: #e6e9eb; border: 1px solid #cfd8dc; border-bottom: none;
    border-top-left-radius: 8px; border-top-right-radius: 8px; margin-right: 3px;
}
#parcelsTabs QTabBar::tab:selected { background: #00695c; color: #ffffff; border-color: #004d40; }
#parcelsTabs::pane { border-top: 3px solid #00695c; }
"""


class ParcelsSection(QWidget):
    changed = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
        *,
        scale_provider: Callable[[], Scale | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("parcelsSection")
        self.setStyleSheet(SECTION_STYLE)
        self.ctx = ctx
        self.actor_provider = actor_provider
        self._window = parent
        self.counts = QLabel("", self)
        self.counts.setObjectName("parcelsCounts")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("parcelsTabs")
        self.reception = ReceptionPage(ctx, actor_provider, self)
        self.hand_over = HandOverPanel(ctx, actor_provider, self)
        self.returns = ReturnsPage(ctx, self)
        self.drop_off = DropOffPage(ctx, actor_provider, scale_provider or self._scale, self)
        self.visit = DriverVisitPage(ctx, actor_provider, self)
        self.commission = CommissionPage(ctx, self)
        self.carriers = CarriersPage(ctx, actor_provider, self)
        self.personal = PersonalDataPage(ctx, actor_provider, self)
        for page, title in (
            (self.reception, self.tr("Réception")),
            (self.hand_over, self.tr("Remise")),
            (self.returns, self.tr("Retours")),
            (self.drop_off, self.tr("Dépôt")),
            (self.visit, self.tr("Chauffeur")),
            (self.commission, self.tr("Commissions")),
            (self.carriers, self.tr("Transporteurs")),
            (self.personal, self.tr("RGPD")),
        ):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())
        for signal in (
            self.reception.received,
            self.hand_over.handed_over,
            self.drop_off.dropped,
            self.visit.visited,
        ):
            signal.connect(lambda _v: self._changed())
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._purged = False

    def _scale(self) -> Scale | None:
        """The counter's scale, when the devices are started and one is configured."""
        counter = getattr(self._window, "counter", None)
        devices = getattr(counter, "devices", None)
        scale = getattr(devices, "scale", None)
        if scale is None or type(scale).__name__ == "NoScale":
            return None
        return scale  # type: ignore[no-any-return]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._purged:
            self._purged = True
            try:  # names whose time is over go first (journaled by the service)
                if parcels.purge_names(self.ctx, self.actor_provider() or SYSTEM):
                    self.changed.emit()
            except UserError:
                pass
        self.refresh_current()

    def refresh_current(self) -> None:
        page = self.tabs.currentWidget()
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self.refresh_counts()

    def refresh_counts(self) -> None:
        counts = call_service(self, lambda: parcels.shelf_counts(self.ctx), toast=True)
        if counts is None:
            return
        self.counts.setText(
            self.tr(
                "En rayon : {0} · à retourner : {1} · expirent demain : {2} · dépôts : {3}"
            ).format(
                counts.on_shelf, counts.returns_due, counts.expiring_tomorrow, counts.drop_offs
            )
        )
        self.counts.setProperty("late", counts.returns_due > 0)
        self.counts.style().unpolish(self.counts)
        self.counts.style().polish(self.counts)

    def _changed(self) -> None:
        self.refresh_counts()
        self.changed.emit()
