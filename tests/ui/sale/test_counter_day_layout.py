"""Counter day one, layout (issue 11 items 5-7): the whole counter at 1024×768.

Every section of the main window fits a 1024×768 shop PC (with the app's style sheet, as
people see it), a 90-character tab name does
not widen the window, and the buttons a finger uses stay whole and at least 44 px high.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf
from sale_ui_helpers import click

from cafe_pos.context import ServiceContext
from cafe_pos.services import tabs

SMALL = (1024, 768)
TOUCH_MIN = 44


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def _window(qtbot: QtBot, ctx: ServiceContext, actor: Any) -> Any:
    from cafe_pos.ui.qt_app import build_window

    window = build_window(ctx, demo=True, lang="fr", actor=actor)
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    _settle()
    return window


def _assert_fits(window: Any, where: str) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL[0] and hint.height() <= SMALL[1], (
        f"{where}: the window needs {hint.width()}×{hint.height()}"
    )
    assert (window.width(), window.height()) == SMALL, f"{where}: the window grew"


def _on_screen(window: QWidget, widget: QWidget) -> bool:
    corner = widget.mapTo(window, widget.rect().bottomRight())
    return corner.x() <= window.width() and corner.y() <= window.height()


SECTIONS = (
    "today", "sale", "tabs", "stock", "bread", "parcels", "press", "cash", "reports", "settings",
)  # fmt: skip


@pytest.mark.parametrize("key", SECTIONS)
def test_each_section_alone_fits_1024_by_768_beside_the_navigation(
    qtbot: QtBot, styled_app: object, demo_ctx: ServiceContext, actor_of: ActorOf, key: str
) -> None:
    """Each section in a window of its own (a section already built elsewhere must not
    hide a wide one), every tab of it shown, with the navigation column and the devices'
    settings page (a counter)."""
    from cafe_pos.app import build_devices
    from cafe_pos.ui.counter import Counter
    from cafe_pos.ui.qt_app import build_window

    counter = Counter(demo_ctx, simulated=True, devices_factory=build_devices)
    window = build_window(
        demo_ctx, demo=True, lang="fr", actor=actor_of("Camille"), counter=counter
    )
    qtbot.addWidget(window)
    window.resize(*SMALL)
    window.show()
    _settle()
    window.show_section(key)
    _settle()
    assert key in window.section_keys() and key not in window.section_errors
    _assert_fits(window, key)
    for tab_widget in window.section_widget(key).findChildren(QTabWidget):
        for index in range(tab_widget.count()):
            tab_widget.setCurrentIndex(index)
            _settle()
            _assert_fits(window, f"{key} → {tab_widget.tabText(index)}")
    # the navigation column never cuts a section's name ("Aujourd'hu")
    for nav_key, button in window.nav_buttons.items():
        title = button.title_label
        needed = title.fontMetrics().horizontalAdvance(title.text())
        assert title.width() >= needed, f"{nav_key}: {title.text()!r} cut"


def test_every_counter_section_fits_1024_by_768(
    qtbot: QtBot, styled_app: object, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor_of("Camille"))
    for key in SECTIONS:
        window.show_section(key)
        _settle()
        _assert_fits(window, key)
    window.show_section("sale")
    _settle()
    sale = window.section_widget("sale")
    for button in (sale.pay_button, sale.keypad.buttons["ok"], sale.account_button):
        assert button.isVisible() and _on_screen(window, button), button.text()


def test_a_very_long_tab_name_never_widens_the_window(
    qtbot: QtBot, styled_app: object, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    camille = actor_of("Camille")
    long_name = "Anniversaire de Marcel et de toute la famille du bas du village " * 2
    tabs.open_tab(demo_ctx, camille, long_name[: tabs.MAX_LABEL_LENGTH])
    window = _window(qtbot, demo_ctx, camille)
    window.show_section("tabs")
    _settle()
    screen = window.section_widget("tabs")
    tile = screen.tiles[0]
    _assert_fits(window, "tabs tiles")
    click(qtbot, tile)
    _settle()
    _assert_fits(window, "one tab")
    assert _on_screen(window, screen.pay_all_button)
    window.show_section("sale")
    _settle()
    _assert_fits(window, "sale after a long tab")


def test_touch_targets_of_the_sale_screen_are_at_least_44_px(
    qtbot: QtBot, styled_app: object, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor_of("Camille"))
    sale = window.section_widget("sale")
    small = [
        b.text() or b.objectName()
        for b in sale.findChildren(QPushButton)
        if b.isVisible() and b.height() < TOUCH_MIN
    ]
    assert small == []
    clipped = [
        b.text()
        for b in (sale.pay_button, sale.tab_button, sale.refund_button, sale.ticket_discount_button)
        if b.width() < b.fontMetrics().horizontalAdvance(b.text())
    ]
    assert clipped == []


def test_quick_keys_show_their_whole_label_at_1024_px(
    qtbot: QtBot, styled_app: object, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    """A narrow key shrinks its text instead of cutting it ("Cappuccino", "Boulangerie",
    "Crèmerie & fromages" were cut at 1024 px), in every category."""
    window = _window(qtbot, demo_ctx, actor_of("Camille"))
    keys = window.section_widget("sale").keys

    def cut(buttons: list[QPushButton]) -> list[str]:
        found = []
        for button in buttons:
            width = button.width() - 12
            lines = button.text().replace("&&", "&").splitlines()
            widest = max(button.fontMetrics().horizontalAdvance(line) for line in lines)
            if widest > width or button.fontInfo().pointSize() < 7:
                found.append(button.text())
        return found

    assert cut(keys.category_buttons) == []
    for index in range(len(keys.categories)):
        keys.show_category(index)
        _settle()
        assert cut(keys.product_buttons) == [], keys.categories[index].name


@pytest.mark.parametrize("key", ("sale", "tabs", "cash", "reports"))
def test_fields_a_finger_uses_are_at_least_44_px_high(
    qtbot: QtBot, styled_app: object, demo_ctx: ServiceContext, actor_of: ActorOf, key: str
) -> None:
    """Drop-downs, fields, check boxes and date pickers of the counter's sections."""
    from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QSpinBox

    window = _window(qtbot, demo_ctx, actor_of("Camille"))
    window.show_section(key)
    _settle()
    page = window.section_widget(key)
    small = [
        (type(widget).__name__, widget.objectName(), widget.height())
        for kind in (QComboBox, QCheckBox, QLineEdit, QSpinBox, QDateEdit)
        for widget in page.findChildren(kind)
        if widget.isVisible()
        and widget.height() < TOUCH_MIN
        and not isinstance(widget.parent(), QComboBox | QSpinBox | QDateEdit)  # inner editors
    ]
    assert small == []
