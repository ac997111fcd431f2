"""English interface: the .ts in the repository, compiled by lrelease, renames the sections."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

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


def test_english_translation_switches_the_section_titles(qtbot, demo_ctx, compiled_english) -> None:
    assert install_translators("en", compiled_english) == "en"
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert _titles(window) == [
        "Sale",
        "Tabs",
        "Stock",
        "Bread",
        "Parcels",
        "Till",
        "Reports",
        "Settings",
    ]
    assert (
        window.login_screen.findChild(type(window.login_screen.who_label), "loginTitle").text()
        == "Who are you?"
    )
    assert window.status.user_label.text() == "Till locked"


def test_french_is_the_default_and_the_fallback(qtbot, demo_ctx, tmp_path: Path) -> None:
    # English asked for, but no compiled catalogue there: French, silently.
    assert install_translators("en", tmp_path) == "fr"
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    assert _titles(window) == [
        "Vente",
        "Ardoises",
        "Stock",
        "Pain",
        "Colis",
        "Caisse",
        "Rapports",
        "Réglages",
    ]
    assert install_translators(None) == "fr"
    assert install_translators("de") == "fr"


def test_every_french_string_of_the_shell_has_an_english_translation() -> None:
    import xml.etree.ElementTree as ET

    shell_contexts = {
        "CatalogueScreen", "CategoriesDialog", "GeneralSettingsPage", "IdentityPage",
        "ImportReportDialog", "Keypad", "LoginScreen", "MainWindow", "ProductForm",
        "ProductTableModel", "SettingsScreen", "ShellStatusBar", "UsersPage", "labels",
        "messages", "qt_app", "sections",
    }  # fmt: skip
    tree = ET.parse(translations_dir() / "cafe_pos_en.ts")
    missing = [
        (context.findtext("name"), message.findtext("source"))
        for context in tree.getroot().iter("context")
        if context.findtext("name") in shell_contexts
        for message in context.iter("message")
        if not (message.findtext("translation") or "").strip()
        or message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert missing == []
