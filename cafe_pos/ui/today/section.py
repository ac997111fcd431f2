"""Plug the "Aujourd'hui" screen into the main window (see ``ui.sections``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.today.today_section import TodaySection


def create_section(
    ctx: ServiceContext,
    actor_provider: Callable[[], Actor | None],
    parent: QWidget | None = None,
    *,
    go_to: Callable[[str], None],
) -> TodaySection:
    return TodaySection(ctx, actor_provider, go_to, parent)
