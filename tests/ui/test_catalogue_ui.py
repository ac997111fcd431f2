"""The catalogue manager screen on a real demo café: search, create, barcode, archive."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, cell_text

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.services import catalogue
from cafe_pos.ui.catalogue.screen import CatalogueScreen


def _screen(qtbot: QtBot, ctx: ServiceContext, actor: Actor) -> CatalogueScreen:
    screen = CatalogueScreen(ctx, lambda: actor)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    return screen


def test_search_narrows_the_list_as_you_type(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    everything = screen.model.rowCount()
    assert everything >= 5
    qtbot.keyClicks(screen.search_edit, "confit")
    qtbot.waitUntil(lambda: screen.model.rowCount() < everything, timeout=2000)
    assert screen.visible_names() == ["Confiture de fraises 370 g"]
    screen.search_edit.setText("5449000000996")  # a barcode finds its product too
    qtbot.waitUntil(lambda: screen.visible_names() == ["Coca-Cola 33 cl"], timeout=2000)
    screen.search_edit.clear()
    qtbot.waitUntil(lambda: screen.model.rowCount() == everything, timeout=2000)


def test_category_filter_keeps_only_that_category(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    index = next(
        i
        for i in range(screen.category_combo.count())
        if "Bières" in screen.category_combo.itemText(i)
    )
    screen.category_combo.setCurrentIndex(index)
    rows = [screen.model.product_at(r) for r in range(screen.model.rowCount())]
    assert rows and all(p.category_name == "Bières" for p in rows)


def _fill_new_product(qtbot: QtBot, form: Any, name: str, price: str, barcode: str) -> None:
    form.name_edit.setText(name)  # QTest types ASCII only: accented names are pasted
    qtbot.keyClicks(form.price_edit, price)
    form.vat_onsite_combo.setCurrentIndex(form.vat_onsite_combo.findData(550))
    form.vat_takeaway_combo.setCurrentIndex(form.vat_takeaway_combo.findData(550))
    qtbot.keyClicks(form.barcode_edit, barcode)


def test_create_a_product_through_the_form_and_find_it_by_barcode(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    form = screen.new_product()
    _fill_new_product(qtbot, form, "Confiture de myrtilles 370 g", "4,80", "3760123456784")
    qtbot.mouseClick(form.add_barcode_button, Qt.MouseButton.LeftButton)
    assert form.barcodes() == ("3760123456784",)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result() == form.DialogCode.Accepted
    found = catalogue.find_by_barcode(demo_ctx, "3760123456784")
    assert found is not None
    assert found.name == "Confiture de myrtilles 370 g"
    assert found.price_cents == 480
    assert (found.vat_onsite_bp, found.vat_takeaway_bp) == (550, 550)
    selected = screen.selected_product()
    assert selected is not None and selected.id == found.id  # the list shows it, selected


def test_invalid_ean_shows_the_french_error_and_creates_nothing(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    before = len(catalogue.search_products(demo_ctx, include_archived=True, limit=10_000))
    form = screen.new_product()
    _fill_new_product(qtbot, form, "Miel de châtaignier", "7,50", "3760123456782")  # bad key
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    error = form.field_errors["barcodes"]
    assert error.isVisible()
    assert "Code-barres" in error.text() or "code-barres" in error.text()
    assert "clé" in error.text()
    assert form.result() != form.DialogCode.Accepted and form.isVisible()
    after = catalogue.search_products(demo_ctx, include_archived=True, limit=10_000)
    assert len(after) == before
    assert catalogue.find_by_barcode(demo_ctx, "3760123456782") is None


def test_bad_price_is_shown_next_to_the_price(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    form = screen.new_product()
    qtbot.keyClicks(form.name_edit, "Sirop de violette")
    qtbot.keyClicks(form.price_edit, "trois euros")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.field_errors["price_cents"].text().startswith("Montant invalide")
    assert catalogue.search_products(demo_ctx, "violette") == []


def test_service_refusal_is_shown_in_the_form(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    form = screen.new_product()
    form.name_edit.setText("Whisky tourbé")
    qtbot.keyClicks(form.price_edit, "6,00")
    form.alcohol_check.setChecked(True)
    form.abv_spin.setValue(430)
    form.vat_onsite_combo.setCurrentIndex(form.vat_onsite_combo.findData(1000))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.form_errors.isVisible()
    assert "20 %" in form.form_errors.text()
    assert catalogue.search_products(demo_ctx, "Whisky tourbé") == []


def test_staff_cannot_edit_the_catalogue(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Léo"))
    # issue 11 item 11: staff see at once that the catalogue is read-only for them
    assert screen.rights_label.isVisible() and "gérant" in screen.rights_label.text()
    assert not screen.new_button.isEnabled() and not screen.csv_button.isEnabled()
    screen.select_product(catalogue.search_products(demo_ctx, "confiture")[0].id)
    assert not screen.edit_button.isEnabled() and not screen.archive_button.isEnabled()
    # and the service still refuses a form opened anyway
    form = screen.new_product()
    _fill_new_product(qtbot, form, "Nougat artisanal", "0,50", "")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Léo n'a pas le droit" in form.form_errors.text()
    assert catalogue.search_products(demo_ctx, "nougat") == []


def test_archive_hides_the_product_and_restore_brings_it_back(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    target = catalogue.search_products(demo_ctx, "confiture")[0]
    assert screen.select_product(target.id)
    assert screen.archive_button.text() == "Archiver"
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert target.name not in screen.visible_names()
    assert not catalogue.get_product(demo_ctx, target.id).active
    screen.archived_check.setChecked(True)
    assert target.name in screen.visible_names()
    screen.select_product(target.id)
    assert screen.archive_button.text() == "Restaurer"
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert catalogue.get_product(demo_ctx, target.id).active


def test_edit_keeps_the_other_fields(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    target = catalogue.search_products(demo_ctx, "confiture")[0]
    screen.select_product(target.id)
    form = screen.edit_selected()
    assert form is not None and form.name_edit.text() == target.name
    form.price_edit.setText("4,99")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    changed = catalogue.get_product(demo_ctx, target.id)
    assert changed.price_cents == 499
    assert changed.barcodes == target.barcodes
    assert (changed.vat_onsite_bp, changed.category_id) == (
        target.vat_onsite_bp,
        target.category_id,
    )


def test_categories_editor_creates_a_category_with_its_colour(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    dialog = screen.edit_categories()
    dialog.new_category()
    qtbot.keyClicks(dialog.name_edit, "Glaces")
    dialog.set_colour("#4fc3f7")
    dialog.position_spin.setValue(95)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    created = next(c for c in catalogue.list_categories(demo_ctx) if c.name == "Glaces")
    assert (created.colour, created.position) == ("#4fc3f7", 95)
    assert screen.category_combo.findText("Glaces") >= 0  # the filter knows it at once
    dialog.new_category()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name
    assert dialog.error_label.isVisible() and "obligatoire" in dialog.error_label.text()


def test_csv_export_then_import_reports_rejected_lines(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    exported = tmp_path / "catalogue.csv"
    count = screen.export_to(exported)
    assert count == len(catalogue.search_products(demo_ctx, include_archived=True, limit=10_000))
    lines = exported.read_text(encoding="utf-8-sig").splitlines()
    header, first = lines[0], lines[1]
    columns = header.split(";")
    values = first.split(";")
    values[columns.index(next(c for c in columns if "prix" in c.lower()))] = "beaucoup"
    bad_file = tmp_path / "import.csv"
    bad_file.write_text("\n".join([header, first, ";".join(values)]) + "\n", encoding="utf-8-sig")
    dialog = screen.import_from(bad_file)
    assert dialog is not None
    assert dialog.table.rowCount() == 1
    assert cell_text(dialog.table, 0, 0) == "3"  # the line number in the file
    assert cell_text(dialog.table, 0, 1)  # a French reason
    assert "1 ligne(s) refusée(s)" in dialog.summary.text()


def test_a_file_that_is_not_a_catalogue_is_refused_with_a_message(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    junk = tmp_path / "photo.csv"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n not a csv")
    assert screen.import_from(junk) is None
    from PySide6.QtWidgets import QMessageBox

    boxes = [box for box in screen.findChildren(QMessageBox) if box.isVisible()]
    assert boxes and boxes[-1].text()


def _choose(combo: Any, text: str) -> None:
    index = next(i for i in range(combo.count()) if combo.itemText(i) == text)
    combo.setCurrentIndex(index)


def test_vat_rates_follow_the_category_and_other_rates_are_confirmed(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    """Issue 11 item 15: a jam in Épicerie gets the category's 5,5 %; saved at 20 % it is
    refused with a French reason until the difference is confirmed (sweets)."""
    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    form = screen.new_product()
    assert not form.rates_check.isVisible()  # no category yet: nothing to compare with
    form.name_edit.setText("Confiture d'abricots 370 g")
    qtbot.keyClicks(form.price_edit, "4,20")
    _choose(form.category_combo, "Épicerie")
    assert form.chosen_rates() == (550, 550)  # the category's rates, proposed
    assert "5,5 %" in form.rates_hint.text() and not form.rates_check.isVisible()
    # the slip of the report: 20 % chosen by hand
    form.vat_onsite_combo.setCurrentIndex(form.vat_onsite_combo.findData(2000))
    form.vat_takeaway_combo.setCurrentIndex(form.vat_takeaway_combo.findData(2000))
    assert form.rates_check.isVisible() and not form.rates_check.isChecked()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.result() != form.DialogCode.Accepted
    error = form.field_errors["vat_onsite_bp"]
    assert error.isVisible() and "Épicerie" in error.text() and "5,5 %" in error.text()
    assert catalogue.search_products(demo_ctx, "abricots") == []  # nothing saved
    # back to the category's rates: saved at once
    _choose(form.category_combo, "Softs")
    _choose(form.category_combo, "Épicerie")
    assert form.chosen_rates() == (550, 550)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result() == form.DialogCode.Accepted
    saved = catalogue.search_products(demo_ctx, "abricots")[0]
    assert (saved.vat_onsite_bp, saved.vat_takeaway_bp) == (550, 550)

    # sweets in Épicerie are at 20 % on purpose (confectionery): confirmed, they are saved
    form = screen.new_product()
    form.name_edit.setText("Bonbons au caramel 150 g")
    qtbot.keyClicks(form.price_edit, "2,90")
    _choose(form.category_combo, "Épicerie")
    form.vat_onsite_combo.setCurrentIndex(form.vat_onsite_combo.findData(2000))
    form.vat_takeaway_combo.setCurrentIndex(form.vat_takeaway_combo.findData(2000))
    qtbot.mouseClick(form.rates_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.result() == form.DialogCode.Accepted
    chocolate = catalogue.search_products(demo_ctx, "Bonbons au caramel")[0]
    assert chocolate.vat_onsite_bp == 2000
    # editing its price later does not ask again (it is selected after its creation)
    selected = screen.selected_product()
    assert selected is not None and selected.id == chocolate.id
    edit = screen.edit_selected()
    assert edit is not None and not edit.rates_check.isChecked()
    edit.price_edit.setText("3,10")
    qtbot.mouseClick(edit.save_button, Qt.MouseButton.LeftButton)
    assert edit.result() == edit.DialogCode.Accepted
    assert catalogue.get_product(demo_ctx, chocolate.id).price_cents == 310


def test_product_names_are_limited_to_what_receipts_and_keys_show(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    from cafe_pos.domain.catalogue import MAX_NAME_LENGTH
    from cafe_pos.domain.errors import UserError

    screen = _screen(qtbot, demo_ctx, actor_of("Camille"))
    form = screen.new_product()
    qtbot.keyClicks(form.name_edit, "Terrine de campagne au poivre vert et aux noisettes 180 g")
    assert len(form.name_edit.text()) == MAX_NAME_LENGTH == 42  # the field stops there
    form.reject()
    long_name = "Terrine de campagne au poivre vert et aux noisettes 180 g"
    data = catalogue.ProductInput(long_name, "", None, 500, 550, 550)
    try:
        catalogue.create_product(demo_ctx, actor_of("Camille"), data)
    except UserError as exc:
        assert "trop long" in str(exc) and "42 au plus" in str(exc)
    else:
        raise AssertionError("a 57-character name was accepted")
    assert catalogue.search_products(demo_ctx, "poivre vert") == []
