"""Réglages → Siège: the manager enrols the café with the address and code HQ gave, the
pending days leave at once, and the page says so — against a real HQ on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

from hq_factory import ThreadedHq
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.hq import admin
from cafe_pos.services import selling
from cafe_pos.services.closing import close_day
from cafe_pos.services.identity import get_identity
from cafe_pos.ui.settings.hq_page import HqSettingsPage


def test_enrol_from_the_settings_page_sends_the_closed_day(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    camille = actor_of("Camille")
    item = selling.search_items(demo_ctx, "Expresso")[0]
    cart = Cart()
    cart.add(item)
    selling.checkout(
        demo_ctx, camille, cart, [PaymentInput("cash", cart.total_cents)], token=cart.token
    )
    close_day(demo_ctx, camille, demo_ctx.clock.now().date())
    identity = get_identity(demo_ctx)
    assert identity is not None
    hq = ThreadedHq(f"sqlite:///{tmp_path / 'hq.db'}")
    try:
        with hq.sessions() as session:
            admin.add_cafe(session, identity.siret, identity.name)
            code = admin.new_code(session, identity.siret)
        page = HqSettingsPage(demo_ctx, lambda: camille)
        qtbot.addWidget(page)
        page.resize(1024, 700)
        page.show()
        assert page.status_label.text() == "Siège : 1 jour en attente — café non inscrit"
        qtbot.keyClicks(page.url_edit, hq.base_url)
        qtbot.keyClicks(page.code_edit, code)
        qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.message_label.isVisible(), timeout=15000)
        assert page.message_label.text().startswith("Café inscrit auprès du siège")
        assert page.status_label.text() == "Siège : à jour (aujourd'hui 14:30)"
        with hq.sessions() as session:
            assert len(admin.days(session, identity.siret)) == 1
        page.grab().save(str(tmp_path / "hq-settings.png"))

        qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)  # nothing left
        qtbot.waitUntil(
            lambda: "0 message(s) envoyé(s)" in page.message_label.text(), timeout=15000
        )
    finally:
        hq.stop()


def test_a_wrong_code_is_refused_in_french(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    camille = actor_of("Camille")
    hq = ThreadedHq(f"sqlite:///{tmp_path / 'hq.db'}")
    try:
        page = HqSettingsPage(demo_ctx, lambda: camille)
        qtbot.addWidget(page)
        page.show()
        qtbot.keyClicks(page.url_edit, hq.base_url)
        qtbot.keyClicks(page.code_edit, "AAAA-BBBB-CCCC")
        qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.message_label.isVisible(), timeout=15000)
        assert page.message_label.text() == (
            "Inscription refusée par le siège : code d'inscription inconnu, déjà utilisé ou expiré"
        )
        page.url_edit.setText("http://siege.example.org")
        qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "HTTPS obligatoire" in page.message_label.text(), timeout=15000)
    finally:
        hq.stop()
