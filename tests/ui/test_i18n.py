"""English interface: the .ts in the repository, compiled by lrelease, renames the sections."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from qt_helpers import child

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
