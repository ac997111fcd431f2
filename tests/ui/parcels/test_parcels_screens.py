"""The Colis section driven like a clerk would: a burst of scans at reception, a hand-over
after the ID check, a drop-off weighed on the (simulated) scale, the driver's visit, the
month's statement as a real PDF, and the counts in the main window."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from qt_helpers import child

from cafe_pos.context import ServiceContext
from cafe_pos.devices.simulated import SimulatedScale
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.parcels import HandOverProof, IdKind, ParcelStatus
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import parcels
from cafe_pos.ui.parcels.handover import HandOverDialog
from cafe_pos.ui.parcels.screen import ParcelsSection
from cafe_pos.ui.parcels.status import ParcelStatusLabel

MANAGER = Actor(None, "Camille", Role.MANAGER)


def carrier_id(ctx: ServiceContext, code: str) -> int:
    return next(c.id for c in parcels.list_carriers(ctx) if c.code == code)


@pytest.fixture
def section(qtbot: QtBot, styled_app: QApplication, demo_ctx: ServiceContext) -> ParcelsSection:
    widget = ParcelsSection(demo_ctx, lambda: MANAGER)
    qtbot.addWidget(widget)
    widget.resize(1050, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def scan(qtbot: QtBot, line_edit: QLineEdit, text: str) -> None:
    line_edit.clear()
    qtbot.keyClicks(line_edit, text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def test_a_delivery_of_ten_parcels_received_by_scanning(
    qtbot: QtBot, section: ParcelsSection, demo_ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = section.reception
    section.tabs.setCurrentWidget(page)
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    for n in range(10):
        scan(qtbot, page.scan, f"1000000{n}")
        assert page.name.hasFocus()
        qtbot.keyClicks(page.name, f"Client {n}")
        qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.model.rowCount() == 10
    assert page.model.row(0).tracking == "10000009"
    assert [p.slot for p in reversed(page.model.rows)] == [f"A{i}" for i in range(1, 11)]
    assert "10" in page.count_label.text()
    # the same parcel again: refused, nothing added
    scan(qtbot, page.scan, "10000003")
    qtbot.keyClicks(page.name, "Encore")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert page.model.rowCount() == 10
    assert "déjà enregistré" in page.status.text()
    assert len(beeps) >= 11
    assert parcels.shelf_counts(demo_ctx).on_shelf == 10
    assert "En rayon : 10" in section.counts.text()


def test_scan_suggests_the_carrier_and_a_bad_check_digit_asks_first(
    qtbot: QtBot, section: ParcelsSection, demo_ctx: ServiceContext
) -> None:
    page = section.reception
    section.tabs.setCurrentWidget(page)
    scan(qtbot, page.scan, "1z999aa10123456784")
    assert page.carrier.currentText() == "UPS Access Point"
    assert page.scan.text() == "1Z999AA10123456784"
    asked: list[str] = []

    def correct_it(parent: QWidget, message: str) -> bool:
        asked.append(message)
        return False  # "Corriger"

    page.ask = correct_it
    scan(qtbot, page.scan, "1Z999AA10123456785")
    page.carrier.setCurrentIndex(page.carrier.findData(carrier_id(demo_ctx, "ups")))
    qtbot.keyClicks(page.name, "Abime")
    qtbot.keyClick(page.name, Qt.Key.Key_Return)
    assert asked and "clé de contrôle" in asked[0]
    assert page.model.rowCount() == 0  # "Corriger": nothing written
    page.ask = lambda parent, message: True
    page.save()
    assert page.model.rowCount() == 1 and page.model.row(0).check_overridden


def test_hand_over_after_the_id_tick(
    qtbot: QtBot, section: ParcelsSection, demo_ctx: ServiceContext
) -> None:
    view = parcels.receive(
        demo_ctx,
        MANAGER,
        tracking="12345678",
        carrier_id=carrier_id(demo_ctx, "mondial_relay"),
        recipient_name="Hélène Dupuy",
    )
    panel = section.hand_over
    section.tabs.setCurrentWidget(panel)
    qtbot.keyClicks(panel.search, "dupuy")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.current is not None and panel.current.id == view.id
    assert panel.slot_label.text() == "A1"
    qtbot.mouseClick(panel.hand_over_button, Qt.MouseButton.LeftButton)  # no tick: refused
    qtbot.waitUntil(lambda: panel.findChild(QMessageBox, "errorDialog") is not None)
    box = child(panel, QMessageBox, "errorDialog")
    assert "pièce d'identité vérifiée" in box.text()
    box.close()
    assert parcels.get_parcel(demo_ctx, view.id).status is ParcelStatus.RECEIVED
    panel.id_check.setChecked(True)
    panel.id_kind.setCurrentIndex(panel.id_kind.findData(IdKind.PASSPORT.value))
    with qtbot.waitSignal(panel.handed_over):
        qtbot.mouseClick(panel.hand_over_button, Qt.MouseButton.LeftButton)
    done = parcels.get_parcel(demo_ctx, view.id)
    assert done.status is ParcelStatus.HANDED_OVER and done.id_kind == "passport"


def test_drop_off_weighed_on_the_scale_and_limits_checked(
    qtbot: QtBot, styled_app: QApplication, demo_ctx: ServiceContext
) -> None:
    scale = SimulatedScale(max_grams=40_000)
    widget = ParcelsSection(demo_ctx, lambda: MANAGER, scale_provider=lambda: scale)
    qtbot.addWidget(widget)
    widget.show()
    page = widget.drop_off
    widget.tabs.setCurrentWidget(page)
    assert page.weigh_button.isVisible()
    scale.set_weight(31_500)
    scan(qtbot, page.scan, "87654321")
    qtbot.waitUntil(lambda: page.weight.value() == 31_500)
    assert page.carrier.currentText() == "Mondial Relay"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # 31.5 kg > 30 kg
    assert parcels.on_shelf(demo_ctx) == []
    scale.set_weight(2_400)
    qtbot.mouseClick(page.weigh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.weight.value() == 2_400)
    with qtbot.waitSignal(page.dropped):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    [drop] = parcels.on_shelf(demo_ctx)
    assert drop.weight_g == 2_400 and drop.status is ParcelStatus.DROPPED_OFF
    assert page.model.rowCount() == 1


def test_driver_visit_takes_returns_and_drop_offs(
    qtbot: QtBot, section: ParcelsSection, demo_ctx: ServiceContext
) -> None:
    clock = demo_ctx.clock
    assert isinstance(clock, FixedClock)
    mr = carrier_id(demo_ctx, "mondial_relay")
    old = parcels.receive(
        demo_ctx, MANAGER, tracking="11111111", carrier_id=mr, recipient_name="Ancien Client"
    )
    clock.set(clock.now() + dt.timedelta(days=6))
    drop = parcels.drop_off(demo_ctx, MANAGER, tracking="22222222", carrier_id=mr, weight_g=800)
    page = section.visit
    section.tabs.setCurrentWidget(page)
    page.carrier.setCurrentIndex(page.carrier.findData(mr))
    assert page.returns.count() == 1 and page.drops.count() == 1
    scan(qtbot, page.scan, old.tracking)
    scan(qtbot, page.scan, drop.tracking)
    assert "retours 1/1" in page.counts.text() and "dépôts 1/1" in page.counts.text()
    with qtbot.waitSignal(page.visited):
        qtbot.mouseClick(page.validate_button, Qt.MouseButton.LeftButton)
    assert parcels.get_parcel(demo_ctx, old.id).status is ParcelStatus.RETURNED
    assert parcels.get_parcel(demo_ctx, drop.id).status is ParcelStatus.COLLECTED
    assert page.returns.count() == 0
    # the returned parcel can no longer be handed over
    with pytest.raises(Exception, match="retourné"):
        parcels.hand_over(
            demo_ctx, MANAGER, old.id, HandOverProof(id_checked=True, id_kind=IdKind.ID_CARD)
        )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_monthly_statement_pdf_has_counts_and_no_name(
    qtbot: QtBot, section: ParcelsSection, demo_ctx: ServiceContext, tmp_path: Path
) -> None:
    mr = carrier_id(demo_ctx, "mondial_relay")
    for n in range(3):
        p = parcels.receive(
            demo_ctx, MANAGER, tracking=f"3000000{n}", carrier_id=mr, recipient_name="Zoé Secret"
        )
        parcels.hand_over(
            demo_ctx, MANAGER, p.id, HandOverProof(id_checked=True, id_kind=IdKind.ID_CARD)
        )
    page = section.commission
    target = tmp_path / "releve.pdf"
    page.choose_path = lambda parent, suggested: target
    section.tabs.setCurrentWidget(page)
    assert page.model.row(0).carrier_name == "Mondial Relay"
    page.table.selectRow(0)
    page.export_pdf()
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Mondial Relay" in text and "Colis remis" in text and "1,05 €" in text
    assert "Zoé" not in text and "Secret" not in text


def test_main_window_counts_and_hand_over_from_the_sale_screen(
    qtbot: QtBot, styled_app: QApplication, demo_ctx: ServiceContext
) -> None:
    from cafe_pos.ui.qt_app import build_window

    parcels.receive(
        demo_ctx,
        MANAGER,
        tracking="44444444",
        carrier_id=carrier_id(demo_ctx, "mondial_relay"),
        recipient_name="Josette Bernard",
    )
    window = build_window(demo_ctx, demo=True, lang="fr", actor=MANAGER)
    qtbot.addWidget(window)
    window.show()
    status = child(window, ParcelStatusLabel)
    hand_over = child(window, QPushButton, "parcelHandOverButton")
    status.refresh()
    assert status.text().startswith("Colis 1")
    assert child(hand_over, QLabel, "navKey").text() == "1"
    assert window.current_section() == "sale"
    assert window.shortcuts["parcelHandOverButton"].key().toString() == "F9"
    qtbot.mouseClick(hand_over, Qt.MouseButton.LeftButton)
    dialog = child(window, HandOverDialog)
    qtbot.waitUntil(dialog.isVisible)
    panel = dialog.panel
    assert panel.current is not None and panel.current.recipient_name == "Josette Bernard"
    panel.id_check.setChecked(True)
    qtbot.mouseClick(panel.hand_over_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.current_section() == "sale"  # back to the purchase
    assert status.text().startswith("Colis 0")


def test_a_data_subject_request_from_the_rgpd_tab(
    qtbot: QtBot, section: ParcelsSection, demo_ctx: ServiceContext
) -> None:
    mr = carrier_id(demo_ctx, "mondial_relay")
    done = parcels.receive(
        demo_ctx, MANAGER, tracking="55555555", carrier_id=mr, recipient_name="Zoé Particulière"
    )
    parcels.hand_over(
        demo_ctx, MANAGER, done.id, HandOverProof(id_checked=True, id_kind=IdKind.ID_CARD)
    )
    page = section.personal
    section.tabs.setCurrentWidget(page)
    qtbot.keyClicks(page.search, "particul")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert [p.tracking for p in page.model.rows] == ["55555555"]
    qtbot.mouseClick(page.erase_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0
    assert parcels.get_parcel(demo_ctx, done.id).recipient_name is None
