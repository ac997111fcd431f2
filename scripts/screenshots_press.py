"""The Presse and "Aujourd'hui" screenshots (added to ``screenshots.SCREENS`` by
``add_screens``). The demo café's simulated week already has titles, deliveries, papers
sold by scanning, returns and stamps for La Poste."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from cafe_pos.domain.press import ean_for


def _press(shot: Any, tab: int) -> tuple[QWidget, Any]:
    window = shot.section("press", shot.manager)
    section = window.section_widget("press")
    section.tabs.setCurrentIndex(tab)
    section.refresh()
    return window, section


def _reception(shot: Any) -> QWidget:
    window, section = _press(shot, 0)
    titles = {t.name: t for t in section._titles}
    monde = titles.get("Le Monde")
    if monde is not None:  # this morning's pile, the first copy scanned
        section.scan_edit.setText(ean_for(monde.title_key) + "26331")
        section.scan_delivery()
        section.price_edit.setText("3,20")
        section.copies_spin.setValue(4)
        section.add_pending_line()
        section.scan_edit.setText(ean_for(titles["La Montagne"].title_key) + "26331")
        section.scan_delivery()
        section.copies_spin.setValue(12)
        section.add_pending_line()
    section.reference_edit.setText("BL 2611")
    return window


def _on_sale(shot: Any) -> QWidget:
    window, _section = _press(shot, 1)
    return window


def _money(shot: Any) -> QWidget:
    window, section = _press(shot, 2)
    section.select_beneficiary("MLP")
    return window


def _today(shot: Any) -> QWidget:
    return shot.section("today", shot.manager)


def add_screens(register: Callable[[str], Callable[[Any], Any]]) -> None:
    register("press-reception")(_reception)
    register("press-on-sale")(_on_sale)
    register("press-money-owed")(_money)
    register("today")(_today)
