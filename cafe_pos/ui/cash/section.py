"""Plug the Caisse screen into the main window (see ``ui.sections``): built on first show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.cash.cash_section import CashSection


def create_section(
    ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget | None = None
) -> CashSection:
    return CashSection(ctx, actor_provider, parent)
