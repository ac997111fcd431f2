"""The Presse screen on real widgets: a title created, the morning delivery scanned, a
copy sold at the till, the unsold copies returned, the distributor paid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.press import ean_for, title_key_for
from cafe_pos.domain.users import Actor
from cafe_pos.services import sale_items, selling, third_party
from cafe_pos.ui.press.press_section import PressSection

LE_MONDE = ean_for(title_key_for("0395-2037"))


def _click(qtbot: QtBot, section: PressSection, name: str) -> None:
    button = section.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_press_morning_on_the_screen(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
    tmp_path: Path,
) -> None:
    manager = actor_of("Camille")
    section = PressSection(demo_ctx, lambda: manager)
    qtbot.addWidget(section)
    section.resize(1024, 700)
    section.show()

    section.tabs.setCurrentIndex(3)  # Titres
    qtbot.keyClicks(section.new_title_name, "Le Monde")
    qtbot.keyClicks(section.new_title_issn, "0395-2037")
    section.new_title_distributor.setCurrentText("MLP")
    _click(qtbot, section, "addTitle")
    assert [t.name for t in section.titles_model.rows] == ["Le Monde"]

    section.tabs.setCurrentIndex(0)  # Réception: scan the first copy of the pile
    qtbot.keyClicks(section.scan_edit, LE_MONDE + "24117")
    qtbot.keyClick(section.scan_edit, Qt.Key.Key_Return)
    assert section.number_edit.text() == "24117"
    qtbot.keyClicks(section.price_edit, "3,00")
    section.copies_spin.setValue(10)
    qtbot.keyClicks(section.reference_edit, "BL 4471")
    _click(qtbot, section, "pressAddLine")
    assert section.pending_model.rowCount() == 1
    _click(qtbot, section, "pressSaveDelivery")
    assert section.pending_model.rowCount() == 0

    cart = Cart()  # three copies sold at the till (scanned)
    for _ in range(3):
        found = sale_items.scan(demo_ctx, LE_MONDE + "24117")
        assert found.item is not None
        found.add_to(cart)
    selling.checkout(demo_ctx, manager, cart, [PaymentInput("cash", 900)], token="press-ui")

    clock = demo_ctx.clock
    assert isinstance(clock, FixedClock)
    clock.set(dt.datetime(2026, 11, 27, 7, 0, tzinfo=PARIS))  # the next morning
    section.tabs.setCurrentIndex(1)
    section.due_only.setChecked(True)
    assert [(v.label, v.on_shelf) for v in section.issues_model.rows] == [("Le Monde n° 24117", 7)]
    assert "7 exemplaire" in section.returns_summary.text()
    _click(qtbot, section, "pressReturnsPdf")
    assert section.last_pdf.endswith(".pdf") and Path(section.last_pdf).stat().st_size > 0
    assert section.select_issue("Le Monde n° 24117")
    assert section.return_spin.value() == 7
    _click(qtbot, section, "pressRecordReturn")
    assert section.issues_model.rowCount() == 0

    section.tabs.setCurrentIndex(2)  # Sommes dues: the distributor is owed 9,00 − 14 %
    assert section.select_beneficiary("MLP")
    qtbot.keyClicks(section.pay_amount, "7,74")
    section.pay_reference.setText("chèque n° 1234567")  # keyClicks takes ASCII only
    _click(qtbot, section, "payBeneficiary")
    mlp = next(b for b in third_party.balances(demo_ctx) if b.name == "MLP")
    assert (mlp.takings_cents, mlp.commission_cents, mlp.paid_cents) == (900, 126, 774)
    assert mlp.owed_cents == 0
    section.grab().save(str(tmp_path / "press.png"))


def test_a_payment_above_what_is_owed_is_refused_on_screen(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
) -> None:
    manager = actor_of("Camille")
    third_party.add_beneficiary(demo_ctx, manager, "Comité des fêtes", "other")
    section = PressSection(demo_ctx, lambda: manager)
    qtbot.addWidget(section)
    section.show()
    section.tabs.setCurrentIndex(2)
    assert section.select_beneficiary("Comité des fêtes")
    qtbot.keyClicks(section.pay_amount, "10")
    _click(qtbot, section, "payBeneficiary")
    qtbot.waitUntil(lambda: section.findChild(QObject, "errorDialog") is not None)
    assert third_party.balances(demo_ctx)[0].paid_cents == 0


def test_stamps_are_declared_for_la_poste_from_the_screen(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
) -> None:
    manager = actor_of("Camille")
    section = PressSection(demo_ctx, lambda: manager)
    qtbot.addWidget(section)
    section.show()
    section.tabs.setCurrentIndex(2)
    index = next(
        i for i in range(section.item_combo.count())
        if section.item_combo.itemText(i) == "Timbre lettre verte"
    )  # fmt: skip
    section.item_combo.setCurrentIndex(index)
    section.item_beneficiary.setCurrentText("La Poste")
    section.item_kind.setCurrentIndex(section.item_kind.findData("stamp"))
    qtbot.keyClicks(section.item_commission, "3")
    _click(qtbot, section, "declareThirdParty")
    items = {i.name: i for i in third_party.third_party_items(demo_ctx)}
    stamp = items["Timbre lettre verte"]
    assert (stamp.beneficiary, stamp.kind, stamp.commission_bp) == ("La Poste", "stamp", 300)
    assert section.select_beneficiary("La Poste")  # now in the ledger
    assert "Timbre lettre verte → La Poste" in [
        section.item_combo.itemText(i) for i in range(section.item_combo.count())
    ]


def test_long_names_never_widen_the_press_screen(
    qtbot: QtBot,
    styled_app: object,
    demo_ctx: ServiceContext,
    actor_of: Callable[[str], Actor],
) -> None:
    manager = actor_of("Camille")
    third_party.add_beneficiary(demo_ctx, manager, "Comité des fêtes " + "x" * 100, "other")
    section = PressSection(demo_ctx, lambda: manager)
    qtbot.addWidget(section)
    section.show()
    assert section.minimumSizeHint().width() <= 1024 - 230  # beside the navigation
