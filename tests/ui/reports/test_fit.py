"""The main window fits a 1280×800 counter screen with every section shown, in French and
in English: the Caisse pages (float count, open drawer, closing count, Z) and Rapports
(toolbar, cards, charts, report panel) must never make the window grow past the screen,
or the "Valider" and "Imprimer" buttons end up off the edge of the till."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cafe_pos import resources
from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.ui import i18n
from cafe_pos.ui.cash.cash_section import PAGE_CLOSING, PAGE_DONE, PAGE_OPEN, CashSection
from cafe_pos.ui.cash.counting import PiecesEdit
from cafe_pos.ui.reports.charts import weekdays_short
from cafe_pos.ui.reports.reports_section import ReportsSection

SCREEN = QSize(1280, 800)


@pytest.fixture
def compiled_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The repository's .ts compiled by lrelease into a temporary translations folder."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    source = resources.assets_dir() / "i18n" / "cafe_pos_en.ts"
    target = tmp_path / "cafe_pos_en.qm"
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(target)], check=True, capture_output=True
    )
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    yield tmp_path
    i18n.remove_translators()
    i18n.install_translators("fr")


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def assert_fits(window: QWidget, where: str) -> None:
    size = window.size()
    hint = window.minimumSizeHint()
    assert (size.width(), size.height()) == (1280, 800), f"{where}: window grew to {size}"
    assert hint.width() <= SCREEN.width() and hint.height() <= SCREEN.height(), (
        f"{where}: needs at least {hint.width()}×{hint.height()}"
    )


def type_count(qtbot: QtBot, section: CashSection, closing: bool, value: int, pieces: int) -> None:
    counter = section.close_counter if closing else section.open_counter
    edit = counter.findChild(PiecesEdit, f"count_{value}")
    assert edit is not None
    qtbot.keyClicks(edit, str(pieces))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_section_fits_a_1280x800_counter_screen(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
    compiled_translations: Path,
    lang: str,
) -> None:
    from cafe_pos.ui.qt_app import build_window

    window = build_window(demo_ctx, demo=True, lang=lang, actor=actor_of("Camille"))
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    for key in window.section_keys():
        window.show_section(key)
        settle()
        assert window.section_errors == {}
        assert_fits(window, f"{lang}/{key}")

    # Caisse: count the float and open, then the closing count with a difference, then the Z
    window.show_section("cash")
    cash_screen = window.section_widget("cash")
    assert isinstance(cash_screen, CashSection)
    type_count(qtbot, cash_screen, False, 5000, 2)
    type_count(qtbot, cash_screen, False, 1000, 5)
    qtbot.mouseClick(cash_screen.open_button, Qt.MouseButton.LeftButton)
    assert cash_screen.pages.currentIndex() == PAGE_OPEN
    settle()
    assert_fits(window, f"{lang}/cash open")
    qtbot.mouseClick(cash_screen.close_button, Qt.MouseButton.LeftButton)
    assert cash_screen.pages.currentIndex() == PAGE_CLOSING
    type_count(qtbot, cash_screen, True, 5000, 2)
    settle()
    assert cash_screen.confirm_button.isVisible()
    assert (
        cash_screen.confirm_button.rect().width() >= cash_screen.confirm_button.sizeHint().width()
    )
    assert_fits(window, f"{lang}/cash closing")
    qtbot.keyClicks(cash_screen.reason_edit, "Erreur de rendu")
    qtbot.mouseClick(cash_screen.confirm_button, Qt.MouseButton.LeftButton)
    assert cash_screen.z_confirm.isVisible()  # the question before the Z, then the Z
    close = cash_screen.z_confirm.findChild(QPushButton, "zConfirmClose")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert cash_screen.pages.currentIndex() == PAGE_DONE
    settle()
    assert_fits(window, f"{lang}/cash Z")
    qtbot.waitUntil(lambda: cash_screen.z_view.last_pdf is not None, timeout=15000)

    # Rapports: every toolbar button whole on screen, a year report in the panel
    window.show_section("reports")
    reports = window.section_widget("reports")
    assert isinstance(reports, ReportsSection)
    qtbot.mouseClick(reports.buttons["yearButton"], Qt.MouseButton.LeftButton)
    settle()
    assert_fits(window, f"{lang}/reports year")
    right_edge = window.width()
    for button in reports.findChildren(QPushButton):
        if not button.isVisible():
            continue
        corner = button.mapTo(window, button.rect().bottomRight())
        assert corner.x() < right_edge and corner.y() < window.height(), button.text()
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is clipped"

    # the screens really are in the chosen language, down to the drawer's difference
    short = {"fr": "Manque de 50,00 €", "en": "Short by 50,00 €"}[lang]
    assert short in cash_screen.done_label.text()
    if lang == "en":
        assert cash_screen.open_button.text() == "Open the till"
        assert reports.buttons["xTodayButton"].text() == "Today's X reading"
        assert window.nav_buttons["cash"].title_label.text() == "Till"
        assert weekdays_short()[0] == "Mon"
    else:
        assert weekdays_short()[0] == "lun."
