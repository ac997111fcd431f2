"""Plug the Colis screen into the main window (see ``ui.sections``): built on first show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui.parcels.screen import ParcelsSection


def create_section(
    ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget | None = None
) -> ParcelsSection:
    section = ParcelsSection(ctx, actor_provider, parent)
    status = getattr(parent, "parcel_status", None)  # the status-bar counts, if installed
    if status is not None:
        section.changed.connect(status.refresh)
    return section
