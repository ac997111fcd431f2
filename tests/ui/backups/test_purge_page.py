"""Réglages → Sauvegardes, seven years after a closed and archived year: « Purger le
détail de 2026 » asks first (what goes, the archive stays the legal record), cancelling
changes nothing, confirming purges; the archives table then says the year's detail is
purged and the button is gone. Real widgets, real SQLite café, a FixedClock."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

from fiscal_factory import at_paris, sell_days
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.users import Actor, Role
from cafe_pos.fiscal.verify import check_database
from cafe_pos.services import retention
from cafe_pos.services.closing import close_year
from cafe_pos.services.identity import IdentityInput, save_identity
from cafe_pos.services.signing_key import ensure_key
from cafe_pos.ui.backups.page import BackupsPage

MANAGER = Actor(user_id=None, name="Marie", role=Role.MANAGER)


def _archived_cafe(tmp_path: Path) -> ServiceContext:
    clock = FixedClock(at_paris(dt.date(2026, 11, 26), 9))
    ctx = open_context(tmp_path / "cafe.db", clock=clock)
    save_identity(ctx, MANAGER, IdentityInput("Café de la Place", "1 place", "73282932000074"))
    ensure_key(ctx)
    sell_days(ctx, clock, dt.date(2026, 11, 26), 2, per_day=4)
    clock.set(at_paris(dt.date(2027, 1, 2), 9))
    close_year(ctx, MANAGER, 2026)
    assert retention.archive_year(ctx, MANAGER, 2026).status == "ok"
    clock.set(at_paris(dt.date(2033, 1, 5), 9))
    return ctx


def _tickets(ctx: ServiceContext) -> int:
    with closing(sqlite3.connect(ctx.db_path)) as conn:
        return int(conn.execute("SELECT count(*) FROM tickets").fetchone()[0])


def test_purge_a_year_from_the_backups_page(
    qtbot: QtBot, styled_app: object, tmp_path: Path
) -> None:
    ctx = _archived_cafe(tmp_path)
    page = BackupsPage(ctx, lambda: MANAGER)
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    assert page.purge_button.isVisible()
    assert page.purge_button.text() == "Purger le détail de 2026"
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)  # checks on a thread
    assert "Vérification de l'archive 2026" in page.message_label.text()
    qtbot.waitUntil(lambda: page.purge_box is not None and page.purge_box.isVisible())
    box = page.purge_box
    assert box is not None
    assert "8 tickets" in box.text() and "archive-2026.zip reste le document légal" in box.text()
    qtbot.mouseClick(box.findChild(QPushButton, "purgeConfirmNo"), Qt.MouseButton.LeftButton)
    assert _tickets(ctx) == 8
    page.purge_box = None
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.purge_box is not None and page.purge_box.isVisible())
    box = page.purge_box
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "purgeConfirmYes"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Détail de 2026 purgé" in page.message_label.text(), timeout=20000)
    assert _tickets(ctx) == 0
    status = page.archives.item(0, 1)
    assert status is not None and "détail purgé le 05/01/2033" in status.text()
    assert not page.purge_button.isVisible()
    assert check_database(ctx.db_path, ctx.key_path).ok
    ctx.uow.engine.dispose()


def test_a_refusal_is_said_on_the_page(qtbot: QtBot, styled_app: object, tmp_path: Path) -> None:
    ctx = _archived_cafe(tmp_path)
    (tmp_path / "archives" / "archive-2026.zip").unlink()  # the archive went missing
    page = BackupsPage(ctx, lambda: MANAGER)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.purge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Aucune archive de 2026" in page.message_label.text(), timeout=20000)
    assert page.purge_box is None and _tickets(ctx) == 8
    ctx.uow.engine.dispose()


def test_no_purge_button_before_six_years(qtbot: QtBot, styled_app: object, tmp_path: Path) -> None:
    ctx = _archived_cafe(tmp_path)
    assert isinstance(ctx.clock, FixedClock)
    ctx.clock.set(at_paris(dt.date(2032, 12, 31), 9))
    page = BackupsPage(ctx, lambda: MANAGER)
    qtbot.addWidget(page)
    page.show()
    assert not page.purge_button.isVisible()
    ctx.uow.engine.dispose()
