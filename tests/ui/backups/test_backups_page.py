"""Réglages → Sauvegardes and the restore dialog, real widgets on the demo café: choose a
destination, set the recovery passphrase, back up now (a worker thread), see the result
and the status bar's label; restore a backup over the newer database after a manager's
PIN, the restore journaled."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_helpers import child

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.users import Actor
from cafe_pos.services import backups, sale_items, selling
from cafe_pos.services.restore import RestoreResult
from cafe_pos.ui.backups.page import BackupsPage
from cafe_pos.ui.backups.restore_dialog import RestoreDialog
from cafe_pos.ui.backups.status import BackupStatusBridge
from cafe_pos.ui.sale.dialogs import ManagerPinDialog
from cafe_pos.ui.settings.screen import SettingsScreen
from cafe_pos.ui.typography import french_spacing

PHRASE = "tournesol brouette nuage 42"


def _page(qtbot: QtBot, ctx: ServiceContext, actor: Actor) -> BackupsPage:
    page = BackupsPage(ctx, lambda: actor, open_context=open_context)
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    return page


def test_choose_a_folder_set_the_passphrase_and_back_up_now(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
    tmp_path: Path,
) -> None:
    page = _page(qtbot, demo_ctx, actor_of("Camille"))
    assert "Aucune sauvegarde vérifiée" in page.summary.text()
    assert "Aucune destination" in page.summary.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    qtbot.keyClicks(page.value_edit, str(usb))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.destination_list.count() == 1
    assert page.destination_list.item(0).text() == f"dossier {usb}"
    qtbot.keyClicks(page.phrase_edit, PHRASE)
    qtbot.keyClicks(page.confirm_edit, PHRASE + "x")
    qtbot.mouseClick(page.phrase_button, Qt.MouseButton.LeftButton)
    assert "pas identiques" in page.message_label.text()
    page.confirm_edit.clear()
    qtbot.keyClicks(page.confirm_edit, PHRASE)
    qtbot.mouseClick(page.phrase_button, Qt.MouseButton.LeftButton)
    assert page.key_label.text().startswith("✓")
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=20000)
    assert "Sauvegarde vérifiée" in page.message_label.text(), page.message_label.text()
    (backup,) = usb.glob("cafe-*.db")
    manifest = json.loads(backup.with_name(backup.name + ".json").read_text())
    assert manifest["key"]["mode"] == "sealed"
    result = page.history.item(0, 2)
    assert page.history.rowCount() == 1 and result is not None and "✓" in result.text()
    assert "Dernière sauvegarde vérifiée" in page.summary.text()


def test_a_staff_member_cannot_choose_destinations(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
    tmp_path: Path,
) -> None:
    staff = next(name for name in ("Léo", "Lucas", "Paul", "Inès") if _exists(demo_ctx, name))
    page = _page(qtbot, demo_ctx, actor_of(staff))
    qtbot.keyClicks(page.value_edit, str(tmp_path))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.destination_list.count() == 0
    assert backups.destinations(demo_ctx) == []


def _exists(ctx: ServiceContext, name: str) -> bool:
    from cafe_pos.services.users import list_users

    return any(u.name == name and str(u.role) != "manager" for u in list_users(ctx))


def test_restore_an_older_backup_after_a_managers_pin(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
    tmp_path: Path,
) -> None:
    manager = actor_of("Camille")
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.add_destination(demo_ctx, manager, "folder", str(usb))
    assert backups.backup_now(demo_ctx).ok
    (backup,) = usb.glob("cafe-*.db")
    cart = Cart()  # a sale after the backup: restoring it would discard that sale
    cart.add(sale_items.search_items(demo_ctx, "expresso")[0], 1000)
    selling.checkout(demo_ctx, manager, cart, [PaymentInput("cash", cart.total_cents)], token="r1")
    restored: list[RestoreResult] = []
    dialog = RestoreDialog(demo_ctx, lambda: manager, open_context, on_restored=restored.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_edit, str(backup))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled(), timeout=30000)
    details = dialog.details.text()
    assert "Café :" in details and "Dernier ticket" in details and "Dernière clôture" in details
    assert "seraient écartés" in details and "celle de ce poste" in details
    assert not dialog.phrase_edit.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    pin = dialog.pin_dialog
    assert isinstance(pin, ManagerPinDialog)
    qtbot.keyClicks(pin.pin_edit, "000000")
    pin.try_accept()
    assert not restored and pin.result() == 0
    pin.pin_edit.clear()
    qtbot.keyClicks(pin.pin_edit, _pin("Camille"))
    pin.try_accept()
    qtbot.waitUntil(lambda: bool(restored), timeout=30000)
    assert "Sauvegarde restaurée" in dialog.details.text()
    assert restored[0].set_aside is not None and restored[0].set_aside.exists()
    with closing(sqlite3.connect(demo_ctx.db_path)) as conn, conn:
        (actor_name,) = conn.execute(
            "SELECT actor_name FROM fiscal_events WHERE code = 912"
        ).fetchone()
    conn.close()
    assert actor_name == "Camille"


def test_a_tampered_backup_is_refused_on_screen(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
    tmp_path: Path,
) -> None:
    manager = actor_of("Camille")
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.add_destination(demo_ctx, manager, "folder", str(usb))
    cart = Cart()
    cart.add(sale_items.search_items(demo_ctx, "expresso")[0], 1000)
    number = selling.checkout(
        demo_ctx, manager, cart, [PaymentInput("cash", cart.total_cents)], token="t1"
    ).ticket_number
    backups.backup_now(demo_ctx)
    (backup,) = usb.glob("cafe-*.db")
    with (
        closing(sqlite3.connect(backup)) as conn,
        conn,
    ):  # the triggers put back: the tracks covered
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='tickets'"
        ).fetchall()
        for name, _sql in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute("UPDATE tickets SET user_name = 'Personne' WHERE number = ?", (number,))
        for _name, sql in triggers:
            conn.execute(sql)
    conn.close()
    dialog = RestoreDialog(demo_ctx, lambda: manager, open_context, on_restored=lambda r: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.file_edit, str(backup))
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error_label.text()), timeout=30000)
    assert "Sauvegarde refusée" in dialog.error_label.text()
    assert f"ticket n° {number} (caisse 01)" in dialog.error_label.text()
    assert "« operator » modifié" in dialog.error_label.text()
    assert not dialog.restore_button.isEnabled()


def _pin(name: str) -> str:
    from cafe_pos.demo import DEMO_USERS

    return next(user.pin for user in DEMO_USERS if user.name == name)


def test_the_status_bar_says_when_the_last_good_backup_was(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
    tmp_path: Path,
) -> None:
    from cafe_pos.ui.backups.status import start_backups
    from cafe_pos.ui.qt_app import build_window

    manager = actor_of("Camille")
    window = build_window(demo_ctx, demo=True, lang="fr", actor=manager)
    qtbot.addWidget(window)
    start_backups(window, None)
    label = window.status.backup_label
    assert label.text() == french_spacing("⚠ Sauvegarde : aucune")  # the real window: French
    assert label.property("state") == "problem"
    assert "Aucune destination" in label.toolTip()
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.add_destination(demo_ctx, manager, "folder", str(usb))
    backups.set_recovery_passphrase(demo_ctx, manager, PHRASE)
    assert backups.backup_now(demo_ctx).ok
    child(window, BackupStatusBridge).refresh()
    assert label.text() == "Sauvegarde 26/11 14:30"
    assert label.property("state") == "ok"
    settings_screen = window.section_widget("settings")
    assert isinstance(settings_screen, SettingsScreen)
    assert "Sauvegardes" in settings_screen.page_titles()


def test_closed_years_are_archived_from_the_page(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
) -> None:
    import datetime as dt

    from cafe_pos.domain.clock import PARIS, FixedClock
    from cafe_pos.services.closing import close_year

    manager = actor_of("Camille")
    clock = demo_ctx.clock
    assert isinstance(clock, FixedClock)
    clock.set(dt.datetime(2027, 1, 2, 9, 0, tzinfo=PARIS))
    close_year(demo_ctx, manager, 2026)
    page = _page(qtbot, demo_ctx, manager)
    status = page.archives.item(0, 1)
    assert page.archives.rowCount() == 1 and status is not None
    assert status.text().startswith("⚠ Exercice clos sans archive")
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert "Archives écrites et vérifiées : 2026" in page.message_label.text()
    status = page.archives.item(0, 1)
    assert status is not None and status.text().startswith("✓ ")
    assert (demo_ctx.db_path.parent / "archives" / "archive-2026.zip").exists()
