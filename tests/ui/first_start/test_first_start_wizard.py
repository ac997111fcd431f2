"""The first-start assistant on real widgets, a real SQLite file through the real Alembic
migrations, a real file printer (ESC/POS bytes) and the real ``cafe-pos verify``.

What a new manager does on a PC with no café: bad values first (French sentences shown,
"Suivant" greyed, nothing on disk), then good ones; "Terminer" creates the café through
the same use case as ``cafe-pos init`` and the app opens on the sale screen, logged in.
Cancelling, a failure half-way and the restore way leave nothing half-made.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot
from qt_helpers import child

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.services import alcohol_config, catalogue, identity, users
from cafe_pos.services.device_settings import load_device_config
from cafe_pos.ui.first_start.wizard import (
    FirstStartWizard,
    Page,
    log_in_new_manager,
    warnings_box,
)

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=PARIS)
GOOD_SIRET = "88421573200022"
GOOD_VAT = "FR42884215732"
PIN = "482913"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    place = tmp_path / "données"
    place.mkdir()
    return place


@pytest.fixture
def wizard(qtbot: QtBot, styled_app: Any, folder: Path) -> Iterator[FirstStartWizard]:
    page = FirstStartWizard(
        folder / "cafe.db",
        open_context=open_context,
        clock=FixedClock(NOW),
        port_lister=lambda: [],
    )
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    yield page
    _dispose(page)


def _dispose(widget: QWidget) -> None:
    """Delete the assistant now (its pages override C++ virtuals: none may outlive it)."""
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _next_enabled(wizard: QWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    clear = getattr(widget, "clear", None)
    if clear is not None:
        clear()
    for char in text:  # QTest types ASCII only: an accent goes as the key event it makes
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def _choose(qtbot: QtBot, option: QRadioButton) -> None:
    """A tap on a radio button's circle (its label is only as wide as its text)."""
    qtbot.mouseClick(option, Qt.MouseButton.LeftButton, pos=QPoint(12, option.height() // 2))
    assert option.isChecked()


def _problem(wizard: QWizard, name: str) -> str:
    label = child(wizard, QLabel, name)
    return label.text() if label.isVisible() else ""


def _fill_identity(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    page = wizard.identity
    _type(qtbot, page.name_edit, "Le Bistrot du Lavoir")
    _type(qtbot, page.address_edit, "2 rue du Lavoir")
    qtbot.keyClick(page.address_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(page.address_edit, "21320 Pouilly-en-Auxois")
    _type(qtbot, page.siret_edit, GOOD_SIRET)
    _type(qtbot, page.vat_edit, GOOD_VAT)


def _fill_manager(qtbot: QtBot, wizard: FirstStartWizard, name: str = "Agnès") -> None:
    _type(qtbot, wizard.manager.name_edit, name)
    _type(qtbot, wizard.manager.pin_edit, PIN)
    _type(qtbot, wizard.manager.confirm_edit, PIN)


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_bad_values_are_refused_in_french_then_the_cafe_is_created_and_sells(
    qtbot: QtBot, wizard: FirstStartWizard, folder: Path, tmp_path: Path
) -> None:
    _next(qtbot, wizard)  # welcome: a new café
    assert wizard.currentId() == Page.IDENTITY
    page = wizard.identity
    assert not _next_enabled(wizard)
    assert _problem(wizard, "setupProblem_siret") == ""  # nothing said before typing

    # bad values, checked as they are typed, with the sentences of ``cafe-pos init``
    _type(qtbot, page.name_edit, "Le Bistrot du Lavoir")
    _type(qtbot, page.address_edit, "2 rue du Lavoir")
    _type(qtbot, page.siret_edit, "88421573200021")
    assert (
        _problem(wizard, "setupProblem_siret")
        == "SIRET invalide : la clé de contrôle ne correspond pas"
    )
    _type(qtbot, page.siret_edit, "1234")
    assert _problem(wizard, "setupProblem_siret").startswith("SIRET invalide : 14 chiffres")
    _type(qtbot, page.siret_edit, GOOD_SIRET)
    assert _problem(wizard, "setupProblem_siret") == ""
    _type(qtbot, page.vat_edit, "FR00884215732")
    assert (
        _problem(wizard, "setupProblem_vat_number")
        == "Numéro de TVA invalide : la clé de contrôle ne correspond pas"
    )
    _type(qtbot, page.vat_edit, "FR44732829320")  # a valid number, another company's
    assert (
        _problem(wizard, "setupProblem_vat_number")
        == "Le numéro de TVA ne correspond pas au SIREN du SIRET"
    )
    assert not _next_enabled(wizard)
    _type(qtbot, page.name_edit, "")
    assert _problem(wizard, "setupProblem_name") == "Le nom du café est obligatoire"
    assert _files(folder) == []  # nothing written while typing

    _fill_identity(qtbot, wizard)
    assert all(_problem(wizard, f"setupProblem_{key}") == "" for key in page.FIELDS)
    _next(qtbot, wizard)

    # the first manager: 6 digits, typed twice
    assert wizard.currentId() == Page.MANAGER
    _type(qtbot, wizard.manager.name_edit, "Agnès")
    _type(qtbot, wizard.manager.pin_edit, "1234")
    assert _problem(wizard, "setupManagerProblem") == (
        "Le code d'un·e gérant·e doit faire 6 chiffres"
    )
    assert not _next_enabled(wizard)
    _type(qtbot, wizard.manager.pin_edit, PIN)
    _type(qtbot, wizard.manager.confirm_edit, "482914")
    assert _problem(wizard, "setupManagerProblem") == "Les deux codes ne sont pas identiques"
    assert not _next_enabled(wizard)
    _type(qtbot, wizard.manager.confirm_edit, PIN)
    assert _problem(wizard, "setupManagerProblem") == ""
    _next(qtbot, wizard)

    # legal hours: the prefectoral order's, checked like Réglages › Vente responsable
    assert wizard.currentId() == Page.HOURS
    monday = wizard.hours.edits[0]
    _type(qtbot, monday, "7h à minuit")
    assert _problem(wizard, "setupHoursProblem").startswith("Lundi : ")
    assert not _next_enabled(wizard)
    _type(qtbot, monday, "07:00-13:00, 15:00-22:00")
    _type(qtbot, wizard.hours.edits[6], "fermé")
    assert _problem(wizard, "setupHoursProblem") == ""
    _next(qtbot, wizard)

    # the printer: a network one without its address is refused; a device file prints
    assert wizard.currentId() == Page.PRINTER
    printer = wizard.printer
    printer.type_combo.setCurrentIndex(printer.type_combo.findData("network"))
    assert not _next_enabled(wizard)
    assert printer.current_problem() == "Indiquez l'adresse IP de l'imprimante réseau"
    qtbot.mouseClick(printer.test_button, Qt.MouseButton.LeftButton)
    assert printer.message.text() == "Indiquez l'adresse IP de l'imprimante réseau"
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    printer.type_combo.setCurrentIndex(printer.type_combo.findData("file"))
    _type(qtbot, printer.device_path_edit, str(device))
    assert _next_enabled(wizard)
    with qtbot.waitSignal(printer.test_finished, timeout=10_000) as result:
        qtbot.mouseClick(printer.test_button, Qt.MouseButton.LeftButton)
    assert result.args[1] is True, result.args
    assert b"Test d'impression" in device.read_bytes()  # real ESC/POS bytes
    assert b"\x1b@" in device.read_bytes()  # ESC @: the printer was initialised
    assert _files(folder) == []
    _next(qtbot, wizard)

    # the catalogue: a file that is not a catalogue is refused, the demo one is taken
    assert wizard.currentId() == Page.CATALOGUE
    cat = wizard.catalogue
    _choose(qtbot, cat.csv_option)
    assert not _next_enabled(wizard)
    not_csv = tmp_path / "notes.csv"
    not_csv.write_text("bonjour;au revoir\n1;2\n", encoding="utf-8")
    _type(qtbot, cat.path_edit, str(not_csv))
    assert _problem(wizard, "setupCatalogueProblem") != ""
    assert not _next_enabled(wizard)
    _choose(qtbot, cat.demo_option)
    _next(qtbot, wizard)

    # backups: a folder given as a relative path, a short or mistyped passphrase: refused
    assert wizard.currentId() == Page.BACKUPS
    saves = wizard.backups
    assert _next_enabled(wizard)  # both may wait
    saves.kind_combo.setCurrentIndex(saves.KINDS.index("folder"))
    _type(qtbot, saves.place_edit, "sauvegardes")
    assert _problem(wizard, "setupBackupProblem") == "Indiquez un chemin complet : sauvegardes"
    assert not _next_enabled(wizard)
    usb_key = tmp_path / "sauvegardes"
    _type(qtbot, saves.place_edit, str(usb_key))
    _type(qtbot, saves.phrase_edit, "court")
    assert _problem(wizard, "setupBackupProblem").startswith(
        "La phrase de secours doit compter au moins"
    )
    _type(qtbot, saves.phrase_edit, PHRASE)
    _type(qtbot, saves.phrase_again, PHRASE + "s")
    assert _problem(wizard, "setupBackupProblem") == "Les deux phrases ne sont pas identiques"
    assert not _next_enabled(wizard)
    _type(qtbot, saves.phrase_again, PHRASE)
    assert _problem(wizard, "setupBackupProblem") == ""
    _next(qtbot, wizard)

    assert wizard.currentId() == Page.SUMMARY
    recap = wizard.summary.recap.text()
    assert "Le Bistrot du Lavoir" in recap and "Agnès" in recap and str(folder) in recap
    assert f"Sauvegardes : Dossier {usb_key}" in recap and "Phrase de secours : choisie" in recap
    assert _files(folder) == []
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    outcome = wizard.outcome
    assert outcome is not None and outcome.created and outcome.warnings == ()

    db = folder / "cafe.db"
    assert db.exists() and (folder / "cafe.db.key").exists()
    ctx = open_context(db, clock=FixedClock(NOW))
    try:
        _check_created_cafe(ctx)
        _check_opens_on_the_sale_screen(qtbot, ctx, outcome)
    finally:
        ctx.uow.engine.dispose()
    # sealed as ``init`` seals it: the journal and its signing key verify
    verify = subprocess.run(
        [str(Path(sys.executable).with_name("cafe-pos")), "--db", str(db), "verify"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr


def _check_created_cafe(ctx: ServiceContext) -> None:
    view = identity.get_identity(ctx)
    assert view is not None
    assert view.name == "Le Bistrot du Lavoir"
    assert view.address == "2 rue du Lavoir\n21320 Pouilly-en-Auxois"
    assert (view.siret, view.vat_number, view.naf_code) == (GOOD_SIRET, GOOD_VAT, "5630Z")
    (manager,) = users.list_users(ctx)
    assert manager.name == "Agnès" and manager.role.value == "manager"
    hours = {day.weekday: day.intervals for day in alcohol_config.weekly_hours(ctx)}
    assert hours[0] == "07:00-13:00, 15:00-22:00" and hours[6] == "fermé"
    config = load_device_config(ctx)
    assert config.printer.type == "file" and config.display.type == "none"
    names = {p.name for p in catalogue.search_products(ctx, "")}
    assert "Expresso" in names and len(names) > 20
    assert [c.name for c in catalogue.list_categories(ctx)][:2] == ["Cafés & thés", "Softs"]
    from cafe_pos.services import backups

    (where,) = backups.destinations(ctx)
    assert (where.kind, Path(where.value).name) == ("folder", "sauvegardes")
    sealed, _sentence = backups.key_protection(ctx)
    assert sealed  # the key is sealed with the passphrase in every backup from day one


def _check_opens_on_the_sale_screen(qtbot: QtBot, ctx: ServiceContext, outcome: Any) -> None:
    from cafe_pos.ui.qt_app import build_window

    actor = log_in_new_manager(ctx, outcome)  # the PIN chosen in the assistant
    assert actor is not None and actor.name == "Agnès"
    window = build_window(ctx, demo=False, lang="fr", logged_in=actor)
    qtbot.addWidget(window)
    window.show()
    assert not window.is_locked()
    assert window.current_section() == "sale"
    assert window.current_actor() == actor
    assert "Agnès" in window.status.user_label.text()
    window.close()  # the logout is journaled like the login


def test_cancel_half_way_asks_then_leaves_nothing(
    qtbot: QtBot, wizard: FirstStartWizard, folder: Path
) -> None:
    _next(qtbot, wizard)
    _fill_identity(qtbot, wizard)
    _next(qtbot, wizard)
    _fill_manager(qtbot, wizard)
    _next(qtbot, wizard)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # a slip: the question comes
    question = wizard.cancel_question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    assert question.text() == "Rien n'a encore été enregistré : ce qui a été saisi sera perdu."
    qtbot.mouseClick(child(question, QPushButton, "cancelFirstStartNo"), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.currentId() == Page.HOURS
    assert wizard.manager.name_edit.text() == "Agnès"  # nothing typed was lost

    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    question = wizard.cancel_question
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    qtbot.mouseClick(child(question, QPushButton, "cancelFirstStartYes"), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not wizard.isVisible()
    assert wizard.outcome is None
    assert _files(folder) == []


def _go_to_summary(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    _next(qtbot, wizard)
    _fill_identity(qtbot, wizard)
    _next(qtbot, wizard)
    _fill_manager(qtbot, wizard)
    for _page in range(5):  # to hours, printer (none), catalogue, backups (later), summary
        _next(qtbot, wizard)
    assert wizard.currentId() == Page.SUMMARY


def test_a_failure_half_way_through_the_creation_leaves_nothing(
    qtbot: QtBot, styled_app: Any, folder: Path, tmp_path: Path
) -> None:
    """The CSV on a USB key is pulled out after it was checked: the import fails once the
    identity and the manager are written; the whole new database goes, in French."""
    csv_file = tmp_path / "catalogue.csv"
    csv_file.write_text(
        "nom;categorie;prix_ttc;tva_sur_place;tva_a_emporter\nPastis;Apéritifs;3,00;20;20\n",
        encoding="utf-8",
    )

    def open_then_lose_the_file(path: Path, **options: Any) -> ServiceContext:
        ctx = open_context(path, **options)
        csv_file.unlink()
        return ctx

    wizard = FirstStartWizard(
        folder / "cafe.db", open_context=open_then_lose_the_file, clock=FixedClock(NOW)
    )
    qtbot.addWidget(wizard)
    wizard.show()
    _next(qtbot, wizard)
    _fill_identity(qtbot, wizard)
    _next(qtbot, wizard)
    _fill_manager(qtbot, wizard)
    for _page in range(3):  # to hours, printer, catalogue
        _next(qtbot, wizard)
    _choose(qtbot, wizard.catalogue.csv_option)
    _type(qtbot, wizard.catalogue.path_edit, str(csv_file))
    assert wizard.catalogue.summary.text() == "1 lignes de produits lues dans le fichier"
    _next(qtbot, wizard)
    _next(qtbot, wizard)  # backups: later
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.currentId() == Page.SUMMARY
    assert "catalogue.csv" in _problem(wizard, "setupCreateProblem")
    assert wizard.outcome is None
    assert _files(folder) == []


def test_an_existing_database_is_never_overwritten(
    qtbot: QtBot, wizard: FirstStartWizard, folder: Path
) -> None:
    _go_to_summary(qtbot, wizard)
    (folder / "cafe.db").write_bytes(b"SQLite format 3\x00 someone else's")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert _problem(wizard, "setupCreateProblem").startswith("Une base de données existe déjà ici")
    assert (folder / "cafe.db").read_bytes() == b"SQLite format 3\x00 someone else's"
    assert _files(folder) == ["cafe.db"]


PHRASE = "cheval agrafe pile correcte"


def _old_cafe_backup(tmp_path: Path, *, passphrase: str | None) -> Path:
    """The café of another PC, backed up on a USB key (its key sealed with the recovery
    passphrase when one was chosen), through the real backup service."""
    from cafe_pos.services import backups, cafe_setup
    from cafe_pos.store.backup_targets import Destination

    source = tmp_path / "ancien" / "cafe.db"
    source.parent.mkdir()
    request = cafe_setup.SetupRequest(
        identity=identity.IdentityInput(
            name="Café de la Gare", address="1 place de la Gare", siret=GOOD_SIRET
        ),
        manager_name="Bernard",
        manager_pin="135790",
    )
    cafe_setup.create_cafe(source, request, open_context=open_context, clock=FixedClock(NOW))
    ctx = open_context(source, clock=FixedClock(NOW))
    try:
        if passphrase is not None:
            (bernard,) = users.list_users(ctx)
            manager = users.login(ctx, bernard.id, "135790")
            backups.set_recovery_passphrase(ctx, manager, passphrase)
        usb = tmp_path / "clé USB"
        usb.mkdir()
        run = backups.run_backup(
            source,
            [Destination("folder", str(usb))],
            now=dt.datetime(2026, 11, 30, 22, 0),
            reason="manual",
        )
    finally:
        ctx.uow.engine.dispose()
    assert run.ok, run.results
    return Path(run.results[0].file)


def _check_backup(qtbot: QtBot, wizard: FirstStartWizard, path: Path) -> None:
    _type(qtbot, wizard.restore.path_edit, str(path))
    qtbot.mouseClick(wizard.restore.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.restore.busy(), timeout=30_000)
    qtbot.wait(50)  # the worker's signal reaches the page


def test_restore_a_backup_instead(
    qtbot: QtBot, wizard: FirstStartWizard, folder: Path, tmp_path: Path
) -> None:
    _choose(qtbot, wizard.welcome.restore_option)
    _next(qtbot, wizard)
    assert wizard.currentId() == Page.RESTORE
    page = wizard.restore
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    not_a_backup = tmp_path / "photo.db"
    not_a_backup.write_text("pas une base", encoding="utf-8")
    _check_backup(qtbot, wizard, not_a_backup)
    # refused with the sentence of ``cafe-pos restore``, before anything is written
    qtbot.waitUntil(lambda: _problem(wizard, "setupRestoreProblem") != "")
    assert "n'est pas une base de données cafe-pos" in _problem(wizard, "setupRestoreProblem")
    assert not finish.isEnabled()
    assert _files(folder) == []

    _check_backup(qtbot, wizard, _old_cafe_backup(tmp_path, passphrase=PHRASE))
    qtbot.waitUntil(lambda: page.preview is not None)
    lines = page.contents.text().splitlines()
    assert lines[0] == f"Café : Café de la Gare (SIRET {GOOD_SIRET}, caisse 01)"
    assert "la phrase de secours sera demandée" in page.contents.text()
    assert page.phrase_edit.isVisible() and not finish.isEnabled()
    _type(qtbot, page.phrase_edit, "pas la bonne phrase du tout")
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.outcome is None
    assert _problem(wizard, "setupRestoreProblem") != ""  # the key did not open
    assert _files(folder) == []  # looking at a backup, a wrong phrase: nothing written

    _type(qtbot, page.phrase_edit, PHRASE)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.outcome is not None and not wizard.outcome.created
    assert (folder / "cafe.db.key").exists()
    ctx = open_context(folder / "cafe.db", clock=FixedClock(NOW))
    try:
        view = identity.get_identity(ctx)
        assert view is not None and view.name == "Café de la Gare"
        assert log_in_new_manager(ctx, wizard.outcome) is None  # the login screen asks
        (bernard,) = users.list_users(ctx)
        assert users.login(ctx, bernard.id, "135790").name == "Bernard"
    finally:
        ctx.uow.engine.dispose()
    verify = subprocess.run(
        [
            str(Path(sys.executable).with_name("cafe-pos")),
            "--db",
            str(folder / "cafe.db"),
            "verify",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode == 0, verify.stdout + verify.stderr  # the same key signs on


def test_a_backup_without_its_key_needs_a_new_key_asked_for(
    qtbot: QtBot, wizard: FirstStartWizard, folder: Path, tmp_path: Path
) -> None:
    _choose(qtbot, wizard.welcome.restore_option)
    _next(qtbot, wizard)
    page = wizard.restore
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    _check_backup(qtbot, wizard, _old_cafe_backup(tmp_path, passphrase=None))
    qtbot.waitUntil(lambda: page.preview is not None)
    assert page.preview is not None and page.preview.key_mode == "absent"
    assert page.new_key_box.isVisible() and not page.phrase_edit.isVisible()
    assert not finish.isEnabled()  # never a new key silently
    page.new_key_box.setChecked(True)
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert (folder / "cafe.db").exists() and (folder / "cafe.db.key").exists()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_page_fits_a_1024x768_screen(
    qtbot: QtBot, styled_app: Any, folder: Path, lang: str
) -> None:
    from cafe_pos.ui.i18n import install_translators

    try:
        assert install_translators(lang) == lang
        english = FirstStartWizard(
            folder / "cafe.db", open_context=open_context, port_lister=lambda: []
        )
        english.resize(1024, 768)
        english.show()
        welcome = "Welcome to cafe-pos" if lang == "en" else "Bienvenue dans cafe-pos"
        assert english.welcome.title() == welcome
        english.printer.type_combo.setCurrentIndex(english.printer.type_combo.findData("usb"))
        for page_id in Page:
            english.setStartId(page_id)
            english.restart()
            page = english.currentPage()
            hint = english.minimumSizeHint()
            assert hint.width() <= 1024 and hint.height() <= 768, (page_id, hint)
            assert (
                page.geometry().bottom()
                < english.button(QWizard.WizardButton.CancelButton).geometry().top()
            ), page_id
        _dispose(english)
    finally:
        install_translators("fr")


def test_a_csv_catalogue_is_imported_and_its_refused_lines_are_said(
    qtbot: QtBot, wizard: FirstStartWizard, folder: Path, tmp_path: Path
) -> None:
    csv_file = tmp_path / "mon-catalogue.csv"
    csv_file.write_text(
        "nom;categorie;prix_ttc;tva_sur_place;tva_a_emporter\n"
        "Pastis 51;Apéritifs;3,00;20;20\n"
        "Kir;Apéritifs;trois euros;20;20\n"
        "Croissant;Boulangerie;1,20;10;5.5\n",
        encoding="utf-8",
    )
    _next(qtbot, wizard)
    _fill_identity(qtbot, wizard)
    _next(qtbot, wizard)
    _fill_manager(qtbot, wizard)
    for _page in range(3):  # to hours, printer, catalogue
        _next(qtbot, wizard)
    _choose(qtbot, wizard.catalogue.csv_option)
    _type(qtbot, wizard.catalogue.path_edit, str(csv_file))
    assert wizard.catalogue.summary.text() == "3 lignes de produits lues dans le fichier"
    _next(qtbot, wizard)
    _next(qtbot, wizard)  # backups: later
    assert str(csv_file) in wizard.summary.recap.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    outcome = wizard.outcome
    assert outcome is not None and outcome.created
    assert len(outcome.warnings) == 1 and outcome.warnings[0].startswith(
        "Catalogue, ligne 3 refusée : "
    )
    box = warnings_box(outcome)
    assert box is not None
    assert "Réglages › Catalogue" in box.text()
    assert box.informativeText() == outcome.warnings[0]
    ctx = open_context(folder / "cafe.db", clock=FixedClock(NOW))
    try:
        names = sorted(p.name for p in catalogue.search_products(ctx, ""))
        assert names == ["Croissant", "Pastis 51"]
    finally:
        ctx.uow.engine.dispose()
