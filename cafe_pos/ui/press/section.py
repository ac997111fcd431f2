"""Plug the Presse screen into the main window (see ``ui.sections``): built on first show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.press.press_section import PressSection


def create_section(
    ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget | None = None
) -> PressSection:
    return PressSection(ctx, actor_provider, parent)
