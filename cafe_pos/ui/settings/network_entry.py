"""The Réglages → Catalogue du réseau entry, cheap at start-up: the page (and the services
it reads) is built the first time the manager opens it, and read again each time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cafe_pos.context import ServiceContext
    from cafe_pos.domain.users import Actor
    from cafe_pos.ui.settings.network_page import NetworkCataloguePage


class LazyNetworkCataloguePage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("networkCatalogueEntry")
        self._ctx = ctx
        self._actor_provider = actor_provider
        self.page: NetworkCataloguePage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.page is None:
            from cafe_pos.ui.settings.network_page import NetworkCataloguePage

            self.page = NetworkCataloguePage(self._ctx, self._actor_provider, self)
            self._layout.addWidget(self.page)
        else:
            self.page.reload()
        super().showEvent(event)
