"""At start, the app checks the journal written since the last closure: a record changed
behind its back is recorded as an integrity defect (event 90) and shown to the manager."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf
from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.users import Actor
from cafe_pos.services import selling
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.ui.qt_app import build_window, check_journal


def _sell_a_coffee(ctx: ServiceContext, actor: Actor) -> None:
    item = selling.search_items(ctx, "Expresso")[0]
    cart = Cart()
    cart.add(item)
    selling.checkout(ctx, actor, cart, [PaymentInput("cash", cart.total_cents)], token=cart.token)


def _defects(ctx: ServiceContext) -> list[str]:
    with ctx.uow(read_only=True) as uow:
        return list(uow.session.scalars(select(FiscalEvent.message).where(FiscalEvent.code == 90)))


def test_a_clean_journal_starts_without_alert(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    camille = actor_of("Camille")
    _sell_a_coffee(demo_ctx, camille)
    window = build_window(demo_ctx, demo=True, lang="fr", actor=camille)
    qtbot.addWidget(window)
    assert check_journal(window) is True
    assert _defects(demo_ctx) == []


def test_a_ticket_changed_in_the_file_is_journaled_and_shown(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    camille = actor_of("Camille")
    _sell_a_coffee(demo_ctx, camille)
    demo_ctx.uow.engine.dispose()
    with (
        closing(sqlite3.connect(demo_ctx.db_path)) as conn,
        conn,
    ):  # as someone with the file would do
        conn.execute("DROP TRIGGER fiscal_no_update_tickets")
        conn.execute("UPDATE tickets SET total_cents = total_cents - 100")
    conn.close()

    window = build_window(demo_ctx, demo=True, lang="fr", actor=camille)
    qtbot.addWidget(window)
    window.show()
    assert check_journal(window) is False
    alert = window.findChild(QMessageBox, "integrityAlert")
    assert alert is not None and alert.isVisible()
    assert "défaut d'intégrité" in alert.windowTitle()
    assert "ticket" in alert.text().lower()
    assert "protections du journal" in alert.text()  # the dropped trigger, recreated
    defects = _defects(demo_ctx)  # both journaled: the trigger, then the changed ticket
    assert len(defects) == 2 and "protections" in defects[0] and "ticket" in defects[1]
