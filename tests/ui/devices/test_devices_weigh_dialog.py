"""Selling by the kilogram: the weighing dialog waits for a stable weight, shows
"instable" while the pan moves, and refuses under-minimum and overload."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cafe_pos.devices.simulated import SimulatedScale
from cafe_pos.ui.devices.weigh_dialog import WeighDialog


def test_unstable_then_stable_weight_is_validated(qtbot: QtBot, sim_scale: SimulatedScale) -> None:
    sim_scale.set_weight(250, stable=False)
    dialog = WeighDialog(sim_scale, "Comté AOP", 2490, poll_ms=20)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.weight_label.text() == "instable")
    assert dialog.state_label.text().startswith("Poids instable")
    assert not dialog.ok_button.isEnabled()
    sim_scale.set_weight(250, stable=True)
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    assert dialog.weight_label.text() == "0,250 kg"
    assert dialog.amount_label.text() == "6,23 €"  # 24,90 €/kg × 0,250 kg, rounded half-up
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.weighing is not None and dialog.weighing.qty_milli == 250


def test_under_minimum_and_overload_are_refused(qtbot: QtBot, sim_scale: SimulatedScale) -> None:
    sim_scale.set_weight(8)
    dialog = WeighDialog(sim_scale, "Comté AOP", 2490, poll_ms=20)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "trop faible" in dialog.state_label.text())
    assert not dialog.ok_button.isEnabled()
    sim_scale.set_weight(20000)
    qtbot.waitUntil(lambda: dialog.state_label.text().startswith("Surcharge"))
    assert not dialog.ok_button.isEnabled()
    sim_scale.online = False
    qtbot.waitUntil(lambda: dialog.state_label.text().startswith("La balance ne répond pas"))
    dialog.reject()
    assert dialog.weighing is None
