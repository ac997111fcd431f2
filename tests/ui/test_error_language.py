"""Issue 11 item 17: the services' error messages in the interface's language.

Services raise ``UserError`` in French (the CLI prints it as it is); the screens show it
through ``error_text``, which finds its template (``cafe_pos/ui/error_texts.py``, generated
by ``scripts/extract_errors.py``) and its English in the translation files. Real screens,
real services, the real .ts compiled by lrelease; French stays French word for word.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf
from sale_ui_helpers import click
from sqlalchemy.exc import OperationalError

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.services import selling, users
from cafe_pos.ui import error_texts
from cafe_pos.ui.app_window import MainWindow
from cafe_pos.ui.catalogue.screen import CatalogueScreen
from cafe_pos.ui.error_lookup import translated_error
from cafe_pos.ui.i18n import install_translators, remove_translators, translations_dir
from cafe_pos.ui.sale.refund_dialog import RefundDialog
from cafe_pos.ui.sale.sale_screen import SaleScreen
from cafe_pos.ui.typography import french_spacing
from cafe_pos.ui.widgets.messages import error_text

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{\d+\}")


def as_shown(language: str, texts: dict[str, str]) -> str:
    """The expected text as the interface shows it: French with its non-breaking spaces."""
    return french_spacing(texts["fr"]) if language == "fr" else texts[language]


FRENCH_SPACING = re.compile(r" [:;!?](\s|$)")  # "Code : 12" is French, not English
REGENERATE = (
    "cafe_pos/ui/error_texts.py is out of date: run `python scripts/extract_errors.py`, "
    "then translate the new templates (context Errors in assets/i18n/cafe_pos_en.ts: "
    "`python scripts/i18n_update.py --extra NEW.tsv`) and rebuild the .qm"
)


def _extractor() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_errors", ROOT / "scripts" / "extract_errors.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generated_templates_are_those_of_the_code() -> None:
    """A new or reworded error without ``python scripts/extract_errors.py`` fails here."""
    extracted = _extractor().extract()
    assert tuple(error_texts.TEMPLATES) == extracted, REGENERATE
    # the errors the brief names are there, f-strings numbered in order
    assert "Code incorrect ({0} essais restants)" in extracted
    assert "Montant invalide : « {0} » (exemple : 12,50)" in extracted
    assert "Le code-barres {0} est déjà utilisé par « {1} »" in extracted
    # and the faults of the machine every screen shows (services/faults.py)
    assert "La base de données est occupée par un autre programme" in extracted
    assert (
        "{0} : l'opération a été annulée, les données déjà enregistrées sont intactes" in extracted
    )
    assert len(extracted) > 600


def test_the_extractor_reads_literals_f_strings_constants_and_choices(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "ui").mkdir(parents=True)
    (package / "errors.py").write_text(
        "class UserError(Exception): ...\n"
        "class Refused(UserError): ...\n"
        "class Later(Refused):\n"
        "    def __init__(self, n):\n"
        "        super().__init__(f'Encore {n} minutes')\n"
        "class Other(Exception): ...\n"
        "class NotClosed(Refused):\n"
        "    def __init__(self, day, message=None):\n"
        "        super().__init__(message or f'Journée du {day} ouverte')\n"
        "class Offline(Refused):\n"
        "    def __init__(self, detail):\n"
        "        super().__init__(f'Imprimante muette ({detail})')\n"
        "def close(day):\n"
        "    raise NotClosed(day, f'Journée du {day} à clôturer avant demain')\n"
        "def ping(when):\n"
        "    raise Offline('délai dépassé' if when else 'connexion refusée')\n"
        "def clean(text, *, what='Le nom'):\n"
        "    raise Refused(f'{what} est obligatoire')\n"
        "def title(text):\n"
        "    return clean(text, what='Le titre')\n"
        "class Period:\n"
        "    kind: str\n"
        "    not_over: str\n"
        "def month(label):\n"
        "    return Period('month', f'Le mois {label} pas fini')\n"
        "def close(period):\n"
        "    raise Refused(period.not_over)\n"
        "class Spec:\n"
        "    label: str\n"
        "SPECS = [Spec('Langue de la caisse'), Spec('Pied de ticket')]\n"
        "def check(spec):\n"
        "    label = spec.label\n"
        "    raise Refused(f'{label} : texte attendu')\n"
        "EMPTY = 'Le ticket est vide'\n"
        "def check(x, price):\n"
        "    word = 'entrée' if x else 'sortie'\n"
        "    if x:\n"
        "        raise Refused(f'Prix {price:.2f} refusé pour {x!r} ({word})')\n"
        "    if price:\n"
        "        raise UserError(EMPTY)\n"
        "    raise Other('pas une erreur à traduire')\n"
        "def brace():\n"
        "    raise Refused(f'{{accolade}} {brace}')\n"
        "    raise Refused(f'{brace}')\n"
        "def _closed(status, n):\n"
        "    if status:\n"
        "        return f'Colis {n} déjà remis'\n"
        "    return 'Colis retourné'\n"
        "def _code(raw):\n"
        "    return raw.decode() if raw else '??'\n"
        "def hand_over(status, n, message=None, raw=b''):\n"
        "    code = _code(raw)\n"
        "    raise Refused(message or _closed(status, n) + f' (code {code})')\n",
        encoding="utf-8",
    )
    # a helper of another module gives a value: its French clauses are collected
    (package / "files.py").write_text(
        "REASONS = {1: 'Le disque est plein', 2: 'Accès refusé'}\n"
        "def os_text(exc):\n"
        '    """Un docstring : pas une phrase pour l\'écran."""\n'
        "    what = REASONS.get(exc.errno, 'Erreur du système de fichiers')\n"
        "    return f'{what} : {exc.filename}'\n",
        encoding="utf-8",
    )
    (package / "backup.py").write_text(
        "from pkg.errors import Refused\n"
        "from pkg.files import os_text\n"
        "def save(exc):\n"
        "    raise Refused(f'Sauvegarde impossible : {os_text(exc)}')\n",
        encoding="utf-8",
    )
    (package / "ui" / "screen.py").write_text(
        "from ..errors import Refused\nraise Refused('Écran : pas lu')\n", encoding="utf-8"
    )
    assert _extractor().extract(package) == (
        "Accès refusé",
        "Colis retourné (code {0})",
        "Colis {0} déjà remis (code {1})",
        "Encore {0} minutes",
        "Erreur du système de fichiers",
        "Imprimante muette ({0})",
        "Journée du {0} ouverte",
        "Journée du {0} à clôturer avant demain",
        "Langue de la caisse",
        "Le disque est plein",
        "Le mois {0} pas fini",
        "Le nom",
        "Le ticket est vide",
        "Le titre",
        "Pied de ticket",
        "Prix {0} refusé pour {1} (entrée)",
        "Prix {0} refusé pour {1} (sortie)",
        "Sauvegarde impossible : {0}",
        "connexion refusée",
        "délai dépassé",
        "{0} : texte attendu",
        "{0} est obligatoire",
        "{{accolade}} {0}",
    )


def _english_errors() -> dict[str, ET.Element]:
    tree = ET.parse(translations_dir() / "cafe_pos_en.ts")
    return {
        message.findtext("source") or "": message
        for context in tree.getroot().iter("context")
        if context.findtext("name") == "Errors"
        for message in context.iter("message")
    }


def test_every_error_template_has_a_finished_english_translation() -> None:
    english = _english_errors()
    assert set(english) == set(map(str, error_texts.TEMPLATES)), REGENERATE
    problems: list[tuple[str, ...]] = []
    for source, message in english.items():
        node = message.find("translation")
        text = "" if node is None else (node.text or "")
        if not text.strip() or (node is not None and node.get("type")):
            problems.append(("untranslated", source))
        elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            problems.append(("placeholders", source, text))
        elif FRENCH_SPACING.search(text) or "«" in text:
            problems.append(("French punctuation", source, text))
    assert problems == []


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, tmp_path: Path, qapp: QApplication) -> Iterator[str]:
    """The interface in French (no catalogue) or in English (the .ts compiled now); the
    translators need the application (a test without widgets may run first on a worker)."""
    if request.param == "en":
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        target = tmp_path / "cafe_pos_en.qm"
        source = translations_dir() / "cafe_pos_en.ts"
        subprocess.run(
            [str(lrelease), str(source), "-qm", str(target)], check=True, capture_output=True
        )
        assert install_translators("en", tmp_path) == "en"
    else:
        assert install_translators("fr") == "fr"
    yield request.param
    remove_translators()
    install_translators("fr")


def test_a_wrong_pin_at_login_is_refused_in_the_interface_language(
    qtbot: QtBot, demo_ctx: ServiceContext, language: str
) -> None:
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    window.show()
    screen = window.login_screen
    leo = next(u.id for u in users.list_users(demo_ctx) if u.name == "Léo")
    screen.select_user(leo)
    for digit in "9999":
        qtbot.mouseClick(screen.keypad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.keypad.buttons["ok"], Qt.MouseButton.LeftButton)
    assert window.is_locked()
    assert screen.error_label.text() == as_shown(
        language,
        {
            "fr": "Code incorrect (4 essais restants)",
            "en": "Wrong PIN (4 attempts left)",
        },
    )


def test_the_catalogue_form_refusals_are_in_the_interface_language(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, language: str
) -> None:
    camille = actor_of("Camille")
    screen = CatalogueScreen(demo_ctx, lambda: camille)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    form = screen.new_product()
    form.name_edit.setText("Sirop de violette")
    qtbot.keyClicks(form.price_edit, "trois euros")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.field_errors["price_cents"].text() == as_shown(
        language,
        {
            "fr": "Montant invalide : « trois euros » (exemple : 12,50)",
            "en": "Invalid amount: “trois euros” (example: 12.50)",
        },
    )

    # a barcode another product has: the service's f-string with two values
    form.price_edit.setText("3,20")
    qtbot.keyClicks(form.barcode_edit, "5449000000996")
    qtbot.mouseClick(form.add_barcode_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    shown = form.field_errors["barcodes"].text() + form.form_errors.text()
    assert shown == as_shown(
        language,
        {
            "fr": "Le code-barres 5449000000996 est déjà utilisé par « Coca-Cola 33 cl »",
            "en": "The barcode 5449000000996 is already used by “Coca-Cola 33 cl”",
        },
    )


def test_a_refund_above_the_ticket_is_refused_in_the_interface_language(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, language: str
) -> None:
    cart = Cart()
    cart.add(next(i for i in selling.search_items(demo_ctx, "Croissant") if "Croissant" in i.label))
    sold = selling.checkout(
        demo_ctx,
        actor_of("Léo"),
        cart,
        [PaymentInput("cash", cart.total_cents)],
        token=cart.token,
    )
    assert sold.ticket_number is not None
    camille = actor_of("Camille")
    screen = SaleScreen(demo_ctx, lambda: camille)
    qtbot.addWidget(screen)
    screen.resize(1050, 740)
    screen.show()
    screen.open_refund()
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    dialog.load_ticket(sold.ticket_number)
    dialog.set_line_quantity(1, "3")
    dialog.reason_combo.setCurrentText("Erreur de saisie")
    click(qtbot, dialog.refund_button)
    assert dialog.error_label.text() == as_shown(
        language,
        {
            "fr": "Ligne 1 (Croissant) : 1 au plus à rembourser (vendu 1, déjà remboursé 0)",
            "en": "Line 1 (Croissant): 1 at most to refund (sold 1, already refunded 0)",
        },
    )


def test_translated_error_fills_the_english_template_with_the_values(language: str) -> None:
    """The regex path: values found by the French template's fixed text, put back in the
    English one in its own order; a value may hold a colon or be a known sentence."""
    cases = {
        # two values
        "Colis trop lourd pour Colissimo : 31,5 kg pour 30 kg au plus": (
            "Parcel too heavy for Colissimo: 31,5 kg for 30 kg at most"
        ),
        # a value with a colon in it (and « » around it)
        "Le code-barres 123 est déjà utilisé par « Café : noir »": (
            "The barcode 123 is already used by “Café : noir”"
        ),
        # a value that is itself a known sentence: the reading that explains most wins
        "Ligne 4 : Le prix ne peut pas être négatif": "Line 4: The price cannot be negative",
        # a field's name the caller gives (clean_name(what="Le nom du produit"))
        "Le nom du produit est obligatoire": "The product's name is required",
        # a value with a value of its own
        "Ligne 3 : Montant invalide : « 3,5 : x » (exemple : 12,50)": (
            "Line 3: Invalid amount: “3,5 : x” (example: 12.50)"
        ),
        # an operating system's reason (store.files.os_error_text) inside a refusal
        "Sauvegarde impossible : Le disque est plein : rien n'a été écrit, les données "
        "déjà enregistrées sont intactes (/media/cle/a.zip)": (
            "Backup impossible: The disk is full: nothing was written, the data already "
            "saved is intact (/media/cle/a.zip)"
        ),
        # a whole sentence, and a text no template fits: as it is
        "Ce produit n'existe pas": "This product does not exist",
        "Une phrase que personne n'a écrite : 12": "Une phrase que personne n'a écrite : 12",
    }
    for french, english in cases.items():
        assert translated_error(french) == (english if language == "en" else french)


def test_a_fault_of_the_machine_is_said_in_the_interface_language(language: str) -> None:
    """A locked database, a full disk, text that is not UTF-8: not a service's refusal
    but a fault of the machine (``services.faults``), said on screen as the command line
    says it, in the interface's language (it stayed French in English until session 8)."""
    locked = OperationalError(
        "INSERT INTO tickets ...", {}, sqlite3.OperationalError("database is locked")
    )
    full = sqlite3.OperationalError("database or disk is full")
    unreadable = UnicodeDecodeError("utf-8", b"Andr\xe9", 4, 5, "invalid continuation byte")
    cases = {
        locked: {
            "fr": "La base de données est occupée par un autre programme : l'opération a été "
            "annulée, les données déjà enregistrées sont intactes",
            "en": "The database is in use by another program: the operation was cancelled, "
            "the data already saved is intact",
        },
        full: {
            "fr": "Le disque est plein : l'opération a été annulée, les données déjà "
            "enregistrées sont intactes ; libérez de la place puis recommencez",
            "en": "The disk is full: the operation was cancelled, the data already saved is "
            "intact; free some space, then try again",
        },
        unreadable: {
            "fr": "Texte illisible : il n'est pas encodé en UTF-8",
            "en": "Unreadable text: it is not encoded in UTF-8",
        },
    }
    for fault, texts in cases.items():
        assert error_text(fault) == as_shown(language, texts)


def test_the_catalogue_import_report_gives_its_reasons_in_the_interface_language(
    qtbot: QtBot, language: str
) -> None:
    """The CSV import keeps each refused line's French reason (a service's error text):
    the report shows it like any error."""
    from types import SimpleNamespace

    from PySide6.QtWidgets import QTableWidgetItem

    from cafe_pos.ui.catalogue.import_report import ImportReportDialog

    reason = "Le code-barres 3017620422003 est déjà utilisé par « Nutella 400 g »"
    report = SimpleNamespace(created=1, updated=0, rejected=[(7, reason)])
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    item = dialog.table.item(0, 1)
    assert isinstance(item, QTableWidgetItem)
    assert (
        item.text()
        == {
            "fr": reason,
            "en": "The barcode 3017620422003 is already used by “Nutella 400 g”",
        }[language]
    )  # a table's cell: never wrapped, shown as written


def test_every_error_template_comes_back_in_english(language: str) -> None:
    """Each template filled with plain values is found again (no other template takes
    it) and shown as its English with the same values, in English's order."""
    wrong = []
    for template in map(str, error_texts.TEMPLATES):
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
        values = [f"v{number}x" for number in range(len(fields))]
        french = template.format(*values)
        expected = (
            QCoreApplication.translate("Errors", template).format(*values)
            if language == "en"
            else french
        )
        if translated_error(french) != expected:
            wrong.append((french, translated_error(french), expected))
    assert wrong == []


def test_a_failed_backup_is_reported_in_the_interface_language(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, language: str, tmp_path: Path
) -> None:
    """Réglages → Sauvegardes keeps each destination's result as the service wrote it
    (French): the history shows a failure's reason in the interface's language."""
    from cafe_pos.services import backups
    from cafe_pos.ui.backups.page import BackupsPage

    camille = actor_of("Camille")
    usb = tmp_path / "cle-usb"
    usb.mkdir()
    backups.add_destination(demo_ctx, camille, "folder", str(usb))
    usb.rmdir()  # the stick was pulled out
    assert not backups.backup_now(demo_ctx).ok
    page = BackupsPage(demo_ctx, lambda: camille)
    qtbot.addWidget(page)
    page.refresh()
    outcome = page.history.item(0, 2)
    assert outcome is not None
    assert (
        outcome.text()
        == {
            "fr": f"✗ Dossier introuvable : {usb}",
            "en": f"✗ Folder not found: {usb}",
        }[language]
    )  # a table's cell: never wrapped, shown as written
