"""The Réglages → Siège entry, cheap at start-up: the page (and the HTTP client it brings)
is built the first time the manager opens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from cafe_pos.ui.widgets.lazy_page import LazyPage

if TYPE_CHECKING:
    from cafe_pos.context import ServiceContext
    from cafe_pos.domain.users import Actor
    from cafe_pos.ui.settings.hq_page import HqSettingsPage


class LazyHqSettingsPage(LazyPage):
    page: HqSettingsPage | None

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("hqSettingsEntry", parent)
        self._ctx = ctx
        self._actor_provider = actor_provider

    def _build(self) -> HqSettingsPage:
        from cafe_pos.ui.settings.hq_page import HqSettingsPage

        return HqSettingsPage(self._ctx, self._actor_provider, self)
