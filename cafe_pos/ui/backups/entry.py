"""The Réglages → Sauvegardes entry, cheap at start-up: the page is built the first time
the manager opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cafe_pos.context import ServiceContext
    from cafe_pos.domain.users import Actor
    from cafe_pos.services.backup_auto import BackupScheduler
    from cafe_pos.ui.backups.page import BackupsPage


class LazyBackupsPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        *,
        open_context: Callable[..., ServiceContext] | None,
        on_backup: Callable[[], None],
        scheduler: Callable[[], BackupScheduler | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backupsSettingsEntry")
        self._args = (ctx, actor_provider, open_context, on_backup, scheduler)
        self.page: BackupsPage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.page is None:
            from cafe_pos.ui.backups.page import BackupsPage

            ctx, actors, open_context, on_backup, _scheduler = self._args
            self.page = BackupsPage(
                ctx, actors, open_context=open_context, on_backup=on_backup, parent=self
            )
            self._layout.addWidget(self.page)
        super().showEvent(event)
