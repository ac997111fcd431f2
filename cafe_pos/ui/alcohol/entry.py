"""The Réglages page entry, cheap to build at start-up: the real page (and the services
it imports) is built the first time the manager opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cafe_pos.context import ServiceContext
    from cafe_pos.domain.users import Actor
    from cafe_pos.ui.alcohol.settings_page import ResponsibleSettingsPage


class LazyResponsibleSettingsPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("responsibleSettingsEntry")
        self._ctx = ctx
        self._actor_provider = actor_provider
        self.page: ResponsibleSettingsPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.page is None:
            from cafe_pos.ui.alcohol.settings_page import ResponsibleSettingsPage

            self.page = ResponsibleSettingsPage(self._ctx, self._actor_provider, self)
            self._layout.addWidget(self.page)
        super().showEvent(event)
