"""Plug the tabs screen into the main window's "Ardoises" section (see ``ui.sections``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.tabs.tabs_screen import TabsScreen


def create_section(
    ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget | None = None
) -> TabsScreen:
    return TabsScreen(ctx, actor_provider, parent)
