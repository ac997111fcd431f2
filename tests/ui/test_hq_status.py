"""The status bar's "Siège" label tells the truth, fed by the real HQ sync worker thread
against a real HQ web service on 127.0.0.1 (or an address where nothing answers)."""

from __future__ import annotations

from pathlib import Path

from hq_factory import ThreadedHq, free_port
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf

from cafe_pos.app import build_hq_worker
from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.users import Actor
from cafe_pos.hq import admin
from cafe_pos.services import hq_sync, selling
from cafe_pos.services.closing import close_day
from cafe_pos.services.identity import get_identity
from cafe_pos.ui.hq_status import start_hq_sync
from cafe_pos.ui.qt_app import build_window
from cafe_pos.ui.typography import french_spacing


def _sell_and_close(ctx: ServiceContext, actor: Actor) -> None:
    item = selling.search_items(ctx, "Expresso")[0]
    cart = Cart()
    cart.add(item)
    selling.checkout(ctx, actor, cart, [PaymentInput("cash", cart.total_cents)], token=cart.token)
    close_day(ctx, actor, ctx.clock.now().date())


def _enrol(ctx: ServiceContext, hq: ThreadedHq, actor: Actor) -> None:
    identity = get_identity(ctx)
    assert identity is not None
    with hq.sessions() as session:
        admin.add_cafe(session, identity.siret, identity.name)
        code = admin.new_code(session, identity.siret)
    hq_sync.enrol(ctx, actor, hq.base_url, code)


def test_the_status_bar_says_up_to_date_once_hq_acknowledged(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    camille = actor_of("Camille")
    hq = ThreadedHq(f"sqlite:///{tmp_path / 'hq.db'}")
    try:
        _enrol(demo_ctx, hq, camille)
        _sell_and_close(demo_ctx, camille)
        window = build_window(demo_ctx, demo=True, lang="fr", actor=camille)
        qtbot.addWidget(window)
        worker = start_hq_sync(window, build_hq_worker)
        assert worker is not None
        label = window.status.sync_label
        qtbot.waitUntil(lambda: "à jour" in label.text(), timeout=15000)
        assert label.text() == french_spacing("Siège : à jour (aujourd'hui 14:30)")
        assert label.property("state") == "ok"
        worker.stop()
    finally:
        hq.stop()


def test_the_status_bar_says_days_are_waiting_without_network(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    camille = actor_of("Camille")
    hq = ThreadedHq(f"sqlite:///{tmp_path / 'hq.db'}")
    _enrol(demo_ctx, hq, camille)
    hq.stop()
    with demo_ctx.uow() as uow:  # the HQ now lives where nothing answers
        from cafe_pos.store.models.sync import HqLink

        link = uow.session.get(HqLink, 1)
        assert link is not None
        link.hq_url = f"http://127.0.0.1:{free_port()}"
        uow.commit()
    _sell_and_close(demo_ctx, camille)
    window = build_window(demo_ctx, demo=True, lang="fr", actor=camille)
    qtbot.addWidget(window)
    worker = start_hq_sync(window, build_hq_worker)
    assert worker is not None
    label = window.status.sync_label
    qtbot.waitUntil(lambda: "en attente" in label.text(), timeout=15000)
    assert label.text().startswith(french_spacing("Siège : 1 jour en attente — pas de réseau"))
    assert label.property("state") == "problem"
    worker.stop()
