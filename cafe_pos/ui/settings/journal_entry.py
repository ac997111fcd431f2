"""The Réglages → Journal fiscal entry, cheap at start-up: the page (and the fiscal modules
it reads through its services) is built the first time the manager opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cafe_pos.context import ServiceContext
    from cafe_pos.domain.users import Actor
    from cafe_pos.ui.settings.journal_page import JournalKeyPage


class LazyJournalKeyPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalKeyEntry")
        self._ctx = ctx
        self._actor_provider = actor_provider
        self.page: JournalKeyPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.page is None:
            from cafe_pos.ui.settings.journal_page import JournalKeyPage

            self.page = JournalKeyPage(self._ctx, self._actor_provider, self)
            self._layout.addWidget(self.page)
            self.page.refresh()  # what it shows from the first paint
        super().showEvent(event)
