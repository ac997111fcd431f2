"""English interface: the .ts in the repository, compiled by lrelease, renames the sections."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child

from cafe_pos.context import ServiceContext
from cafe_pos.ui.app_window import MainWindow
from cafe_pos.ui.i18n import install_translators, remove_translators, translations_dir


@pytest.fixture
def compiled_english(tmp_path: Path) -> Iterator[Path]:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = translations_dir() / "cafe_pos_en.ts"
    target = tmp_path / "cafe_pos_en.qm"
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(target)], check=True, capture_output=True
    )
    yield tmp_path
    remove_translators()
    install_translators("fr")


def _titles(window: MainWindow) -> list[str]:
    return [window.nav_buttons[key].title_label.text() for key in window.section_keys()]


def test_english_translation_switches_the_section_titles(
    qtbot: QtBot, demo_ctx: ServiceContext, compiled_english: Any
) -> None:
    assert install_translators("en", compiled_english) == "en"
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert _titles(window) == [
        "Today",
        "Sale",
        "Tabs",
        "Stock",
        "Bread",
        "Parcels",
        "Press",
        "Till",
        "Reports",
        "Settings",
    ]
    assert child(window.login_screen, QLabel, "loginTitle").text() == "Who are you?"
    assert window.status.user_label.text() == "Till locked"


def test_french_is_the_default_and_the_fallback(
    qtbot: QtBot, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    # English asked for, but no compiled catalogue there: French, silently.
    assert install_translators("en", tmp_path) == "fr"
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert _titles(window) == [
        "Aujourd'hui",
        "Vente",
        "Ardoises",
        "Stock",
        "Pain",
        "Colis",
        "Presse",
        "Caisse",
        "Rapports",
        "Réglages",
    ]
    assert install_translators(None) == "fr"
    assert install_translators("de") == "fr"


def _untranslated(ts_file: Path) -> list[tuple[str | None, str | None]]:
    import xml.etree.ElementTree as ET

    def untranslated(message: ET.Element) -> bool:
        translation = message.find("translation")
        return (
            translation is None
            or not (translation.text or "").strip()
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
        )

    tree = ET.parse(ts_file)
    return [
        (context.findtext("name"), message.findtext("source"))
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if untranslated(message)
    ]


def test_every_french_string_of_every_screen_has_an_english_translation() -> None:
    import re
    import xml.etree.ElementTree as ET

    source = translations_dir() / "cafe_pos_en.ts"
    assert _untranslated(source) == []
    tree = ET.parse(source)
    messages = [
        (
            context.findtext("name"),
            message.findtext("source") or "",
            message.findtext("translation"),
        )
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]
    # the screens of the sale, tabs, till, reports, devices and responsible sale are there
    contexts = {name for name, _, _ in messages}
    assert {
        "SaleScreen", "PaymentDialog", "TabsScreen", "AccountsPage", "RefundDialog",
        "CashSection", "CountingWidget", "ReportsSection", "ReportView", "DeviceSettingsPage",
        "AgeCheckDialog", "OutsideHoursDialog", "MainWindow", "sections",
    } <= contexts  # fmt: skip
    assert len(messages) > 550
    # {0}, {1:%d/%m/%Y}... and %n survive: a lost placeholder is a lost amount on screen
    placeholder = re.compile(r"\{[^}]*\}|%n")
    broken = [
        (name, text, english)
        for name, text, english in messages
        if sorted(placeholder.findall(text)) != sorted(placeholder.findall(english or ""))
    ]
    assert broken == []


def test_the_translation_files_list_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate over cafe_pos/ui finds no string that the .ts files lack: a French string
    added to a screen without running ``make lupdate`` (and translating it) fails here."""
    import shutil

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(
        str(path) for path in (Path(__file__).parents[2] / "cafe_pos" / "ui").rglob("*.py")
    )
    for name in ("cafe_pos_en.ts", "cafe_pos_fr.ts"):
        copy = tmp_path / name
        shutil.copy(translations_dir() / name, copy)
        done = subprocess.run(
            [str(lupdate), "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
            check=True,
            capture_output=True,
            text=True,
        )
        # no new string, no string the code no longer has: lupdate leaves the file as it is
        assert copy.read_text(encoding="utf-8") == (translations_dir() / name).read_text(
            encoding="utf-8"
        ), done.stdout
    assert _untranslated(tmp_path / "cafe_pos_en.ts") == []


def test_in_english_the_counter_reports_and_day_lines_are_english(
    qtbot: QtBot, demo_ctx: ServiceContext, compiled_english: Any, actor_of: ActorOf
) -> None:
    """Issue 11 item 17: the payment keys, the whole X/Z report on screen, the printer's
    status, the "Aujourd'hui" lines and the demo login hints are English, with no French
    space before a colon."""
    from cafe_pos.app import build_devices
    from cafe_pos.ui.counter import Counter
    from cafe_pos.ui.login import demo_hint_lines
    from cafe_pos.ui.qt_app import wire_sections
    from cafe_pos.ui.reports.charts import BarChart
    from cafe_pos.ui.reports.reports_section import ReportsSection
    from cafe_pos.ui.today.today_section import TodaySection

    assert install_translators("en", compiled_english) == "en"
    camille = actor_of("Camille")
    assert demo_hint_lines([("Camille", "manager", "1234")]) == ["Camille (Manager): 1234"]

    window = MainWindow(demo_ctx, actor=camille)
    qtbot.addWidget(window)
    counter = Counter(demo_ctx, simulated=True, devices_factory=build_devices)
    counter.install(window)
    wire_sections(window, demo_ctx, counter)
    window.show()
    try:
        counter.start()
        status = window.status.device_label
        qtbot.waitUntil(lambda: status.text() == "Printer ready", timeout=5000)
    finally:
        counter.close()

    window.show_section("sale")
    from cafe_pos.ui.sale.sale_screen import SaleScreen

    screen = window.section_widget("sale")
    assert isinstance(screen, SaleScreen)
    screen.keys.show_category_named("Softs")
    qtbot.mouseClick(screen.keys.button_for("Coca"), Qt.MouseButton.LeftButton)
    dialog = screen.pay()
    assert dialog is not None
    keys = {method: button.text() for method, button in dialog.method_buttons.items()}
    assert keys["cash"] == "Cash" and keys["card"] == "Card"
    assert "Espèces" not in keys.values() and "Carte\nbancaire" not in keys.values()
    dialog.reject()

    reports = ReportsSection(demo_ctx, lambda: camille)
    qtbot.addWidget(reports)
    reports.show()
    text = reports.view.text.toPlainText()
    for english in ("X reading: nothing is closed", "Key figures", "VAT by rate",
                    "Payment methods", "Sensitive operations", "Perpetual grand total"):  # fmt: skip
        assert english in text, english
    for french in ("Chiffres clés", "TVA par taux", "Modes de paiement", "Espèces", "Remises"):
        assert french not in text, french
    assert reports.view.title.text().startswith("Reading (X) of ")
    assert reports.cards_label.text().startswith("Figures of: Reading (X) of ")
    week = child(reports, BarChart, "weekChart")
    assert week.title.startswith("Last 7 days: ") and week.peak_caption().startswith("best day: ")

    day = TodaySection(demo_ctx, lambda: camille, lambda _key: None)
    qtbot.addWidget(day)
    day.show()
    texts = [button.text() for button in day.buttons().values()]
    assert texts and not [t for t in texts if " : " in t], texts


def test_every_day_line_template_is_in_the_translation_files() -> None:
    """The "Aujourd'hui" lines are written by a service (no Qt there): the screen lists
    their templates for lupdate; a template added to one list and not the other fails."""
    from cafe_pos.services import today
    from cafe_pos.ui.today import wording

    assert set(today.TEMPLATES) == set(wording.TEMPLATES)


FRENCH_STATUS_WORDS = (
    "Siège", "Sauvegarde", "sauvegarde", "Journal :", "clé", "caisse", "jamais", "Disque",
    "attente", "hier", "base de données", "Imprimante", "Périphérique", " : ", "balance",
    "afficheur", "Poids", "tiroir", "plateau", "imprimante",
)  # fmt: skip


def _french_in(text: str) -> list[str]:
    return [word for word in FRENCH_STATUS_WORDS if word in text]


def test_in_english_the_status_bar_backup_sync_and_journal_texts_are_english(
    qtbot: QtBot, demo_ctx: ServiceContext, compiled_english: Any, tmp_path: Path
) -> None:
    """Issue 11 item 17: what a manager reads daily on the status bar (and its tooltips):
    the HQ sync, the fiscal journal's warning, the backups and a full disk, in English
    although the services write them in French (the CLI's words)."""
    import dataclasses
    import datetime as dt

    from cafe_pos.domain.wording import Wording
    from cafe_pos.services import backups, hq_sync
    from cafe_pos.ui.backups.status import BackupStatusBridge
    from cafe_pos.ui.hq_status import HqStatusBridge

    assert install_translators("en", compiled_english) == "en"
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    bar = window.status

    # HQ sync: the worker's texts reach the label through the bridge's signal
    bridge = HqStatusBridge(window)
    bridge.status.connect(window.set_sync_status)
    now = demo_ctx.clock.now()
    waiting = hq_sync.SyncStatus(True, "https://hq", 3, 2, now - dt.timedelta(days=1), "", 0)
    up_to_date = hq_sync.SyncStatus(True, "https://hq", 0, 0, now - dt.timedelta(days=1), "", 0)
    for state, english in (
        (waiting, "HQ: 2 days waiting — sending"),
        (up_to_date, f"HQ: up to date (yesterday {now - dt.timedelta(days=1):%H:%M})"),
        (hq_sync.status(demo_ctx), None),
        (
            dataclasses.replace(waiting, last_error="le siège ne répond pas (délai dépassé)"),
            "HQ: 2 days waiting — HQ does not answer (timed out)",
        ),
    ):
        bridge.status.emit(state.text(now), state.ok)
        shown = bar.sync_label.text()
        assert not _french_in(shown), shown
        assert english is None or shown == english

    # the fiscal journal: the signing key is gone
    assert demo_ctx.key_path is not None and demo_ctx.key_path.exists()
    demo_ctx.key_path.unlink()
    window.refresh_journal_status()
    journal = bar.journal_label
    assert journal.text() == "Fiscal journal: signing key not found"
    assert not _french_in(journal.text() + journal.toolTip()), journal.toolTip()

    # backups: none made, no destination chosen, a disk nearly full
    status = backups.status(demo_ctx)
    full = backups.disk_warnings([(Wording("base de données"), tmp_path)], 10**18)
    status = dataclasses.replace(status, warnings=(*status.warnings, *full))
    BackupStatusBridge(window).show(status)
    tooltip = bar.backup_label.toolTip()
    assert "No backup destination chosen (Settings → Backups)" in tooltip
    assert "Disk almost full (database): " in tooltip
    assert not _french_in(bar.backup_label.text() + tooltip), tooltip


def test_in_english_the_status_bar_device_problems_are_english(
    qtbot: QtBot, demo_ctx: ServiceContext, compiled_english: Any
) -> None:
    """Issue 11 item 17: a printer that does not answer (the spool's stored message) and a
    customer display that fails show in English on the status bar and its tooltip; the
    driver's own detail in brackets stays as the system wrote it."""
    from cafe_pos.app import build_devices
    from cafe_pos.devices.spool import SpoolStatus
    from cafe_pos.ui.counter import Counter

    assert install_translators("en", compiled_english) == "en"
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    counter = Counter(demo_ctx, simulated=True, devices_factory=build_devices)
    counter.install(window)
    offline = (
        "L'imprimante ne répond pas : vérifiez qu'elle est allumée et branchée (timed out)"
        " (2 impression(s) en attente)"
    )
    counter._printer = SpoolStatus("error", offline, 2, 1)
    counter._on_device_error("L'afficheur client ne répond pas : vérifiez son câble")
    label = window.status.device_label
    # the line is cut to the status bar's width (which depends on the fonts): its start
    assert label.text().startswith("The printer does not respond · ")
    tooltip = label.toolTip()
    assert "The customer display does not respond: check its cable" in tooltip
    assert "The printer does not respond: check that it is on and plugged in (timed out)" in (
        tooltip
    )
    assert "(2 print job(s) waiting)" in tooltip
    assert not _french_in(label.text() + tooltip), tooltip


def test_in_english_the_backups_page_is_english(
    qtbot: QtBot, demo_ctx: ServiceContext, compiled_english: Any, actor_of: ActorOf
) -> None:
    """Réglages → Sauvegardes in English: the warnings and the signing key's protection
    (written by the backups service in French) are English."""
    from cafe_pos.ui.backups.page import BackupsPage

    assert install_translators("en", compiled_english) == "en"
    camille = actor_of("Camille")
    page = BackupsPage(demo_ctx, lambda: camille)
    qtbot.addWidget(page)
    page.refresh()
    summary, key = page.summary.text(), page.key_label.text()
    assert "No backup destination chosen (Settings → Backups)" in summary
    assert key.endswith(
        "No recovery passphrase: the backups do not contain the signing key"
    ) or key.endswith("protected by the recovery passphrase"), key
    assert not _french_in(summary + key), summary + key


def test_in_english_the_drivers_messages_are_english(compiled_english: Any) -> None:
    """The drivers' own errors (status bar, Réglages → Périphériques test results) in
    English: built from the real exception classes, so a reworded driver message that the
    interface no longer knows fails here."""
    from cafe_pos.devices import base
    from cafe_pos.ui.wording import device_text

    assert install_translators("en", compiled_english) == "en"
    errors: list[Exception] = [
        base.PrinterOffline("timed out"),
        base.PaperOut(),
        base.CoverOpen(),
        base.DisplayOffline(),
        base.ScaleTimeout(3),
        base.ScaleUnstable(),
        base.ScaleBelowZero(),
        base.ScaleOverload(),
        base.DrawerError("Aucun tiroir-caisse n'est branché sur cette caisse"),
    ]
    for error in errors:
        english = device_text(str(error))
        assert not _french_in(english), english
    assert device_text(str(base.ScaleTimeout(3))) == (
        "The scale does not respond (no answer in 3 s): check that it is on and plugged in"
    )
