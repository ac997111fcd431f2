"""The Réglages → Catalogue du réseau entry, cheap at start-up: the page (and the services
it reads) is built the first time the manager opens it, and read again each time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cafe_pos.ui.widgets.lazy_page import LazyPage

if TYPE_CHECKING:
    from cafe_pos.context import ServiceContext
    from cafe_pos.domain.users import Actor
    from cafe_pos.ui.settings.network_page import NetworkCataloguePage


class LazyNetworkCataloguePage(LazyPage):
    page: NetworkCataloguePage | None

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("networkCatalogueEntry", parent)
        self._ctx = ctx
        self._actor_provider = actor_provider

    def _build(self) -> NetworkCataloguePage:
        from cafe_pos.ui.settings.network_page import NetworkCataloguePage

        return NetworkCataloguePage(self._ctx, self._actor_provider, self)

    def _shown_again(self) -> None:
        if self.page is not None:
            self.page.reload()
