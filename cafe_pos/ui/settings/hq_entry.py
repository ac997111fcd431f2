"""The Réglages → Siège entry, cheap at start-up: the page (and the HTTP client it brings)
is built the first time the manager opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cafe_pos.context import ServiceContext
    from cafe_pos.domain.users import Actor
    from cafe_pos.ui.settings.hq_page import HqSettingsPage


class LazyHqSettingsPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("hqSettingsEntry")
        self._ctx = ctx
        self._actor_provider = actor_provider
        self.page: HqSettingsPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.page is None:
            from cafe_pos.ui.settings.hq_page import HqSettingsPage

            self.page = HqSettingsPage(self._ctx, self._actor_provider, self)
            self._layout.addWidget(self.page)
        super().showEvent(event)
