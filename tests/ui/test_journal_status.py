"""The status bar keeps saying what is wrong with the fiscal journal until it is resolved:
a key change the lost old key could not sign stays shown (red) until HQ confirms it at
re-enrolment — done here from Réglages → Siège against a real HQ on 127.0.0.1 — and a
key file the till can't sign with is shown too."""

from __future__ import annotations

from pathlib import Path

from hq_factory import ThreadedHq
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.hq import admin
from cafe_pos.services.identity import get_identity
from cafe_pos.services.signing_key import replace_key
from cafe_pos.ui.app_window import MainWindow
from cafe_pos.ui.qt_app import build_window, check_journal
from cafe_pos.ui.settings.hq_page import HqSettingsPage
from cafe_pos.ui.settings.journal_entry import LazyJournalKeyPage
from cafe_pos.ui.settings.journal_page import JournalKeyPage
from cafe_pos.ui.settings.screen import SettingsScreen
from cafe_pos.ui.typography import french_spacing


def _window(qtbot: QtBot, ctx: ServiceContext, actor: Actor) -> MainWindow:
    window = build_window(ctx, demo=True, lang="fr", actor=actor)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window


def test_a_clean_journal_shows_no_journal_warning(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor_of("Camille"))
    assert check_journal(window) is True
    assert not window.status.journal_label.isVisible()


def test_an_unconfirmed_key_break_stays_on_the_status_bar_until_hq_confirms_it(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    camille = actor_of("Camille")
    demo_ctx.key_path.unlink()  # the key file is lost
    replace_key(demo_ctx, camille, "disque remplacé")
    window = _window(qtbot, demo_ctx, camille)
    assert check_journal(window) is False
    label = window.status.journal_label
    assert label.isVisible()
    assert label.text().startswith(french_spacing("Journal : rupture de clé n° "))
    assert "non confirmée par le siège" in label.toolTip()  # the whole text
    assert label.property("state") == "problem"
    window.grab().save(str(tmp_path / "journal-warning.png"))
    assert window.integrity_alert is not None  # said once at start, too
    window.integrity_alert.close()

    identity = get_identity(demo_ctx)
    assert identity is not None
    hq = ThreadedHq(f"sqlite:///{tmp_path / 'hq.db'}")
    try:
        with hq.sessions() as session:
            admin.add_cafe(session, identity.siret, identity.name)
            code = admin.new_code(session, identity.siret)
        page = HqSettingsPage(demo_ctx, lambda: camille, window.centralWidget())
        page.resize(1024, 700)  # inside the window, over the sale screen
        page.show()
        qtbot.keyClicks(page.url_edit, hq.base_url)
        qtbot.keyClicks(page.code_edit, code)
        qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.message_label.isVisible(), timeout=15000)
        assert page.message_label.text().startswith("Café inscrit"), page.message_label.text()
        assert not label.isVisible()  # confirmed by HQ: the warning is gone
        assert check_journal(window) is True  # and the journal checks clean again
    finally:
        hq.stop()


def test_a_missing_key_file_is_shown(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    window = _window(qtbot, demo_ctx, actor_of("Camille"))
    demo_ctx.key_path.unlink()
    window.refresh_journal_status()
    label = window.status.journal_label
    assert label.isVisible() and "clé de signature introuvable" in label.text()


def test_a_lost_key_is_replaced_from_reglages_and_the_break_shown_until_hq_confirms(
    qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf, tmp_path: Path
) -> None:
    """The till can't sell without its key; the manager replaces it from Réglages →
    Journal fiscal; the status bar and the page then say the break HQ must confirm."""
    camille = actor_of("Camille")
    window = _window(qtbot, demo_ctx, camille)
    demo_ctx.key_path.unlink()
    window.show_section("settings")
    screen = child(window, SettingsScreen, "settingsScreen")
    entry = screen.show_page("Journal fiscal")
    assert isinstance(entry, LazyJournalKeyPage)
    page = entry.page  # built when first shown
    assert isinstance(page, JournalKeyPage)
    assert "clé de signature introuvable" in page.warning_label.text()
    old = page.fingerprint_label.text()
    qtbot.mouseClick(page.replace_button, Qt.MouseButton.LeftButton)  # no reason given
    assert "raison" in page.message_label.text().lower()
    qtbot.keyClicks(page.reason_edit, "disque HS")
    qtbot.mouseClick(page.replace_button, Qt.MouseButton.LeftButton)
    assert page.message_label.text().startswith(french_spacing("Nouvelle clé de signature : "))
    assert page.fingerprint_label.text() != old
    assert page.history_label.text() == f"{old} → {page.fingerprint_label.text()}"
    assert "non confirmée par le siège" in page.warning_label.text()
    assert "non confirmée par le siège" in window.status.journal_label.toolTip()
    window.grab().save(str(tmp_path / "journal-page.png"))
