"""Réglages > Vente responsable: hours, exceptions, thresholds and the happy-hour rule."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, cell_text, child

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.services import alcohol_config, catalogue, promotions, settings
from cafe_pos.ui.alcohol.settings_page import ResponsibleSettingsPage


def _page(qtbot: QtBot, demo_ctx: ServiceContext, actor: Actor) -> ResponsibleSettingsPage:
    page = ResponsibleSettingsPage(demo_ctx, lambda: actor)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    return page


def test_demo_catalogue_has_no_warning_until_soft_drinks_go(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    camille = actor_of("Camille")
    page = _page(qtbot, demo_ctx, camille)
    assert not page.warnings_label.isVisible()
    water = next(p for p in catalogue.search_products(demo_ctx, "Carafe") if p.price_cents == 0)
    catalogue.archive_product(demo_ctx, camille, water.id)
    page.load()
    assert page.warnings_label.isVisible()
    assert "Carafe d'eau" in page.warnings_label.text()


def test_hours_are_edited_per_weekday_and_bad_input_changes_nothing(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _page(qtbot, demo_ctx, actor_of("Camille"))
    assert page.hour_edits[0].text() == "06:00-01:00"
    page.hour_edits[0].setText("7h-25h")
    qtbot.mouseClick(page.save_hours_button, Qt.MouseButton.LeftButton)
    assert "Lundi : Heure invalide" in page.error_label.text()
    assert alcohol_config.weekly_hours(demo_ctx)[0].is_default
    page.hour_edits[0].setText("fermé")
    page.hour_edits[5].setText("07:00-13:00, 16:00-02:00")
    qtbot.mouseClick(page.save_hours_button, Qt.MouseButton.LeftButton)
    assert not page.error_label.isVisible()
    hours = alcohol_config.weekly_hours(demo_ctx)
    assert (hours[0].intervals, hours[5].intervals) == ("fermé", "07:00-13:00, 16:00-02:00")
    assert page.hour_edits[5].text() == "07:00-13:00, 16:00-02:00"


def test_staff_cannot_change_the_hours(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _page(qtbot, demo_ctx, actor_of("Léo"))
    page.hour_edits[2].setText("fermé")
    qtbot.mouseClick(page.save_hours_button, Qt.MouseButton.LeftButton)
    assert "Léo n'a pas le droit" in page.error_label.text()
    assert alcohol_config.weekly_hours(demo_ctx)[2].intervals == "06:00-01:00"


def test_village_fete_exception_added_and_removed(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _page(qtbot, demo_ctx, actor_of("Camille"))
    page.exception_date.setDate(QDate(2027, 7, 14))
    page.exception_label.setText("Fête du village")
    page.exception_hours.setText("07:00-03:00")
    qtbot.mouseClick(page.add_exception_button, Qt.MouseButton.LeftButton)
    assert page.exceptions_table.rowCount() == 1
    assert cell_text(page.exceptions_table, 0, 0) == "14/07/2027"
    assert [e.day for e in alcohol_config.list_exceptions(demo_ctx)] == [dt.date(2027, 7, 14)]
    page.exceptions_table.selectRow(0)
    qtbot.mouseClick(page.delete_exception_button, Qt.MouseButton.LeftButton)
    assert page.exceptions_table.rowCount() == 0
    assert alcohol_config.list_exceptions(demo_ctx) == []


def test_thresholds_and_texts_saved_together(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _page(qtbot, demo_ctx, actor_of("Camille"))
    assert page.number_edits["alcohol.sam_discount_bp"].value() == 100  # shown in %
    page.number_edits["alcohol.reminder_threshold_drinks"].setValue(5)
    page.number_edits["alcohol.sam_discount_bp"].setValue(50)
    page.text_edits["alcohol.reminder_text"].setText("x" * 300)  # too long: nothing saved
    qtbot.mouseClick(page.save_thresholds_button, Qt.MouseButton.LeftButton)
    assert "trop long" in page.error_label.text()
    assert settings.get_int(demo_ctx, "alcohol.reminder_threshold_drinks") == 6
    page.number_edits["alcohol.reminder_threshold_drinks"].setValue(5)
    page.number_edits["alcohol.sam_discount_bp"].setValue(50)
    page.text_edits["alcohol.reminder_text"].setText("Un verre d'eau, une limonade ?")
    qtbot.mouseClick(page.save_thresholds_button, Qt.MouseButton.LeftButton)
    assert settings.get_int(demo_ctx, "alcohol.reminder_threshold_drinks") == 5
    assert settings.get_int(demo_ctx, "alcohol.sam_discount_bp") == 5000
    assert settings.get_str(demo_ctx, "alcohol.reminder_text") == "Un verre d'eau, une limonade ?"


def test_happy_hour_on_beers_alone_is_refused_and_explained(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    page = _page(qtbot, demo_ctx, actor_of("Camille"))
    editor = page.promotions
    assert "L3323-1" in child(editor, QLabel, "happyHourRule").text()
    editor.name_edit.setText("Happy hour bières")
    for day in range(5):
        editor.day_checks[day].setChecked(True)
    editor.window_edit.setText("18:00-20:00")
    editor.value_edit.setText("25")
    for i in range(editor.categories_list.count()):
        list_item = editor.categories_list.item(i)
        if list_item.text() == "Bières":
            list_item.setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_label.isVisible()
    assert "boissons sans alcool" in editor.error_label.text()
    assert promotions.list_promotions(demo_ctx) == []
    qtbot.mouseClick(editor.save_pair_button, Qt.MouseButton.LeftButton)
    assert not editor.error_label.isVisible()
    saved = promotions.list_promotions(demo_ctx)
    assert [(p.name, p.value, p.when) for p in saved] == [
        ("Happy hour bières", 2500, "lun., mar., mer., jeu., ven. 18:00-20:00"),
        ("Happy hour bières (sans alcool)", 2500, "lun., mar., mer., jeu., ven. 18:00-20:00"),
    ]
    assert editor.table.rowCount() == 2
    assert cell_text(editor.table, 0, 2) == "-25 %"
    # The soft-drink half can't be deleted while the beer offer runs.
    editor.table.selectRow(1)
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    assert "refusée" in editor.error_label.text()
    assert len(promotions.list_promotions(demo_ctx)) == 2


def test_dashboard_warns_when_free_water_is_gone(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    from cafe_pos.ui.reports.reports_section import ReportsSection

    camille = actor_of("Camille")
    dashboard = ReportsSection(demo_ctx, lambda: camille)
    qtbot.addWidget(dashboard)
    dashboard.show()
    assert not dashboard.responsible_warnings.isVisible()
    water = next(p for p in catalogue.search_products(demo_ctx, "Carafe") if p.price_cents == 0)
    catalogue.archive_product(demo_ctx, camille, water.id)
    dashboard.refresh()
    assert dashboard.responsible_warnings.isVisible()
    assert "carafe d'eau gratuite" in dashboard.responsible_warnings.text()
