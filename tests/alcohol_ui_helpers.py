"""Helpers of the responsible-sale screen tests: demo items, counters, modal answers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import SaleItem
from cafe_pos.services import selling
from cafe_pos.store.models.alcohol import ResponsibleSaleCounter


def item(ctx: ServiceContext, name: str) -> SaleItem:
    return next(i for i in selling.search_items(ctx, name) if name in (i.key_label, i.label))


def counters(ctx: ServiceContext) -> dict[str, int]:
    with ctx.uow() as uow:
        rows = uow.session.scalars(select(ResponsibleSaleCounter))
        return {row.kind: row.count for row in rows}


def answer_modal(action: Callable[[QDialog], None]) -> list[QDialog]:
    """Act on the next modal dialog (opened with exec()) as soon as it shows."""
    seen: list[QDialog] = []

    def handle(tries: int = 0) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            seen.append(dialog)
            action(dialog)
        elif tries < 200:
            QTimer.singleShot(10, lambda: handle(tries + 1))

    QTimer.singleShot(0, handle)
    return seen


def click(dialog: QWidget, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None, name
    button.click()
