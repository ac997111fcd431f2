"""Réglages: café identity, general settings and users, through the real services."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, cell_text

from cafe_pos.context import ServiceContext
from cafe_pos.services import identity, settings, users
from cafe_pos.services.identity import IdentityView
from cafe_pos.ui.settings.general_page import GeneralSettingsPage
from cafe_pos.ui.settings.identity_page import IdentityPage
from cafe_pos.ui.settings.users_page import UsersPage

W = TypeVar("W", bound=QWidget)
E = TypeVar("E", bound=QWidget)


def _identity(ctx: ServiceContext) -> IdentityView:
    """The café's identity (the demo café has one)."""
    view = identity.get_identity(ctx)
    assert view is not None
    return view


def _editor(page: GeneralSettingsPage, key: str, kind: type[E]) -> E:
    """The editor of setting ``key``, of the kind the test expects."""
    editor = page.editors[key]
    assert isinstance(editor, kind), (key, editor)
    return editor


def _show(qtbot: QtBot, widget: W) -> W:
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_identity_form_refuses_a_bad_siret_and_changes_nothing(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    before = identity.get_identity(demo_ctx)
    page = _show(qtbot, IdentityPage(demo_ctx, lambda: actor_of("Camille")))
    assert before is not None and page.siret_edit.text() == before.siret
    page.siret_edit.setText("88421573200023")  # last digit changed: wrong Luhn key
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.error_label.isVisible()
    assert "SIRET invalide" in page.error_label.text()
    assert identity.get_identity(demo_ctx) == before


def test_identity_form_saves_a_new_name(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _show(qtbot, IdentityPage(demo_ctx, lambda: actor_of("Camille")))
    page.name_edit.setText("Le Relais du Lavoir")
    with qtbot.waitSignal(page.saved, timeout=2000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert _identity(demo_ctx).name == "Le Relais du Lavoir"
    assert not page.error_label.isVisible()


def test_staff_cannot_change_the_identity(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    before = identity.get_identity(demo_ctx)
    page = _show(qtbot, IdentityPage(demo_ctx, lambda: actor_of("Léo")))
    page.name_edit.setText("Chez Léo")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Léo n'a pas le droit" in page.error_label.text()
    assert identity.get_identity(demo_ctx) == before


def test_general_settings_show_euros_and_save_through_the_service(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _show(qtbot, GeneralSettingsPage(demo_ctx, lambda: actor_of("Camille")))
    threshold = _editor(page, "sales.note_threshold_cents", QLineEdit)
    assert threshold.text() == "25,00"  # typed in euros, stored in cents
    threshold.setText("20,00")
    _editor(page, "receipt.footer", QLineEdit).setText("À bientôt au Café de la Place !")
    saved = page.save()
    assert set(saved) == {"sales.note_threshold_cents", "receipt.footer"}
    assert settings.get_setting(demo_ctx, "sales.note_threshold_cents") == 2000
    assert settings.get_setting(demo_ctx, "receipt.footer") == "À bientôt au Café de la Place !"


def test_general_settings_show_the_refusal_next_to_the_setting(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _show(qtbot, GeneralSettingsPage(demo_ctx, lambda: actor_of("Camille")))
    _editor(page, "sales.note_threshold_cents", QLineEdit).setText(
        "30,00"
    )  # the law says 25 € at most
    assert page.save() == []
    error = page.errors["sales.note_threshold_cents"]
    assert error.isVisible() and "hors limites" in error.text()
    assert settings.get_setting(demo_ctx, "sales.note_threshold_cents") == 2500


def test_language_setting_offers_french_and_english(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _show(qtbot, GeneralSettingsPage(demo_ctx, lambda: actor_of("Camille")))
    combo = _editor(page, "ui.language", QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Français", "English"]
    combo.setCurrentIndex(1)
    assert page.save() == ["ui.language"]
    assert settings.get_setting(demo_ctx, "ui.language") == "en"


def test_add_a_user_who_can_then_log_in(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _show(qtbot, UsersPage(demo_ctx, lambda: actor_of("Camille")))
    assert page.table.rowCount() == 2
    qtbot.keyClicks(page.name_edit, "Nadia")
    qtbot.keyClicks(page.pin_edit, "4321")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 3
    nadia = next(u for u in users.list_users(demo_ctx) if u.name == "Nadia")
    assert users.login(demo_ctx, nadia.id, "4321").name == "Nadia"


def test_short_pin_and_last_manager_are_refused_in_french(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _show(qtbot, UsersPage(demo_ctx, lambda: actor_of("Camille")))
    qtbot.keyClicks(page.name_edit, "Nadia")
    qtbot.keyClicks(page.pin_edit, "12")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.error_label.isVisible() and page.error_label.text()
    assert page.table.rowCount() == 2
    page.select_user("Camille")
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert "dernier compte gérant·e" in page.error_label.text()
    assert all(u.active for u in users.list_users(demo_ctx))


def test_reset_pin_and_deactivate(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _show(qtbot, UsersPage(demo_ctx, lambda: actor_of("Camille")))
    page.select_user("Léo")
    qtbot.keyClicks(page.new_pin_edit, "2468")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    leo = next(u for u in users.list_users(demo_ctx) if u.name == "Léo")
    assert users.login(demo_ctx, leo.id, "2468").name == "Léo"
    page.select_user("Léo")
    assert page.active_button.text() == "Désactiver"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert [u.name for u in users.list_users(demo_ctx)] == ["Camille"]
    assert cell_text(page.table, 1, 2) == "Désactivé"


def test_naming_a_staff_member_manager_takes_a_six_digit_pin(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    page = _show(qtbot, UsersPage(demo_ctx, lambda: actor_of("Camille")))
    page.select_user("Léo")
    assert page.role_button.text() == "Nommer gérant·e"
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)  # no PIN typed
    assert "6 chiffres" in page.error_label.text()
    qtbot.keyClicks(page.new_pin_edit, "2468")  # a staff PIN: too short for a manager
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    assert "6 chiffres" in page.error_label.text()
    leo = next(u for u in users.list_users(demo_ctx) if u.name == "Léo")
    assert leo.role.value == "staff"
    page.new_pin_edit.clear()
    qtbot.keyClicks(page.new_pin_edit, "246813")
    qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    assert not page.error_label.isVisible()
    assert cell_text(page.table, 1, 1) == "Gérant·e"
    assert page.role_button.text() == "Rendre équipier·e"
    assert users.login(demo_ctx, leo.id, "246813").role.value == "manager"
    page.grab().save(str(tmp_path / "users-role.png"))


def test_the_field_named_by_the_refusal_is_outlined(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _show(qtbot, IdentityPage(demo_ctx, lambda: actor_of("Camille")))
    page.vat_edit.setText("FR00123456789")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "TVA" in page.error_label.text()
    assert page.vat_edit.property("invalid") is True
    assert page.siret_edit.property("invalid") is False
    page.vat_edit.setText(_identity(demo_ctx).vat_number)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.vat_edit.property("invalid") is False
