"""Plug the bread deposit into the main window's "Pain" section (see ``ui.sections``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.bread.bread_section import BreadSection


def create_section(
    ctx: ServiceContext,
    actor_provider: Callable[[], Actor | None],
    parent: QWidget | None = None,
    **_options: Any,
) -> BreadSection:
    return BreadSection(ctx, actor_provider, parent)
