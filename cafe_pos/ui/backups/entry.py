"""The Réglages → Sauvegardes entry, cheap at start-up: the page is built the first time
the manager opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cafe_pos.ui.widgets.lazy_page import LazyPage

if TYPE_CHECKING:
    from cafe_pos.context import ServiceContext
    from cafe_pos.domain.users import Actor
    from cafe_pos.ui.backups.page import BackupsPage


class LazyBackupsPage(LazyPage):
    page: BackupsPage | None

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        *,
        open_context: Callable[..., ServiceContext] | None,
        on_backup: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("backupsSettingsEntry", parent)
        self._args = (ctx, actor_provider, open_context, on_backup)

    def _build(self) -> BackupsPage:
        from cafe_pos.ui.backups.page import BackupsPage

        ctx, actors, open_context, on_backup = self._args
        return BackupsPage(ctx, actors, open_context=open_context, on_backup=on_backup, parent=self)
