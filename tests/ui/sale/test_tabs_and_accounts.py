"""Tabs (ardoises) and customer accounts through the real screens and database."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child
from sale_ui_helpers import MakeScreen, click, payments_of, shown, ticket_count, tickets
from sqlalchemy import select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.payments import ALCOHOL_ON_CREDIT_MESSAGE
from cafe_pos.services import accounts, tabs
from cafe_pos.store.models.printing import PrintJob
from cafe_pos.store.models.sales import AccountEntry, Tab
from cafe_pos.ui.sale.account_picker import AccountPickerDialog
from cafe_pos.ui.tabs.tabs_screen import TabsScreen


@pytest.fixture
def tabs_screen(qtbot: QtBot, demo_ctx: ServiceContext, actor_of: ActorOf) -> Any:
    def build(name: str, sale: Any = None, ctx: ServiceContext | None = None) -> TabsScreen:
        actor = actor_of(name)
        screen = TabsScreen(ctx or demo_ctx, lambda: actor, sale_cart_provider=lambda: sale)
        qtbot.addWidget(screen)
        screen.resize(1050, 740)
        screen.show()
        return screen

    return build


def ring_up(qtbot: QtBot, screen: Any, category: str, label: str, qty: str = "") -> None:
    screen.keys.show_category_named(category)
    if qty:
        screen.set_pending_quantity(qty)
    click(qtbot, screen.keys.button_for(label))


def to_tab(qtbot: QtBot, screen: Any, *, new: str = "", existing: str = "") -> None:
    click(qtbot, screen.tab_button)
    chooser = screen.dialog
    assert chooser.objectName() == "tabChooser"
    if new:
        qtbot.keyClicks(chooser.new_edit, new)
        click(qtbot, chooser.ok_button)
    else:
        chooser.choose(existing)


def test_evening_tab_split_three_ways(
    qtbot: QtBot, make_screen: MakeScreen, tabs_screen: Any, demo_ctx: ServiceContext
) -> None:
    sale = make_screen("Léo")
    ring_up(qtbot, sale, "Bières", "Pinte", "2")
    ring_up(qtbot, sale, "Softs", "Coca")
    to_tab(qtbot, sale, new="Table 4")
    assert sale.model.rowCount() == 0
    assert sale.notice_label.text() == "Ajouté à l'ardoise « Table 4 » (total 14,80 €)"
    ring_up(qtbot, sale, "Bières", "Demi", "3")
    to_tab(qtbot, sale, existing="Table 4")
    ring_up(qtbot, sale, "Softs", "Coca")
    to_tab(qtbot, sale, existing="Table 4")

    screen = tabs_screen("Léo", sale)
    tile = screen.tile_for("Table 4")
    assert tile.findChild(type(screen.title), "tileTotal").text() == "26,60 €"
    click(qtbot, tile)
    assert screen.detail_total.text() == "26,60 €"
    assert [row[0] for row in sale.row_texts()] == []
    assert screen.model.rowCount() == 4

    click(qtbot, screen.split_button)  # 26,60 € on site: the note comes first
    box = screen.dialog
    assert isinstance(box, QMessageBox) and "Note non payée" in box.text()
    click(qtbot, child(box, QPushButton, "printNoteFirst"))
    with demo_ctx.uow() as uow:
        assert list(uow.session.scalars(select(PrintJob.kind).where(PrintJob.kind == "note")))
    choice = screen.dialog
    click(qtbot, choice.findChild(QPushButton, "parts_3"))
    split = screen.dialog
    assert split.objectName() == "splitDialog"
    assert split.share_label.text() == "Part 1 / 3 : 8,87 €"
    # issue 11 item 9: one payment widget for both, the payment dialog's pad
    from cafe_pos.ui.widgets.tender import TenderPad

    assert isinstance(split.tender, TenderPad)
    click(qtbot, split.tender.note_buttons[2000])
    # the note is what was handed over, not a payment yet
    assert split.tendered_edit.text() == "20,00"
    assert split.change_label.text() == "À rendre : 11,13 €"
    assert split.share_label.text() == "Part 1 / 3 : 8,87 €"
    click(qtbot, split.validate_button)
    assert split.change_label.text() == "Part 1 payée (Espèces) — rendre 11,13 €"
    qtbot.wait(300)  # the change stays on screen until the next action
    assert split.change_label.text() == "Part 1 payée (Espèces) — rendre 11,13 €"
    assert split.tendered_edit.text() == ""
    assert ticket_count(demo_ctx) == 0  # the ticket is written with the last share
    click(qtbot, split.method_buttons["cash"])  # empty "Espèces": the exact amount, not paid
    assert split.tendered_edit.text() == "8,87"
    assert split.share_label.text() == "Part 2 / 3 : 8,87 €"
    split.tendered_edit.clear()
    click(qtbot, split.method_buttons["card"])
    click(qtbot, split.card_box.findChild(QPushButton, "cardYes"))
    assert split.share_label.text() == "Part 3 / 3 : 8,86 €"
    click(qtbot, split.method_buttons["cheque"])
    assert "Ticket n° 1 enregistré" in split.change_label.text()

    [ticket] = tickets(demo_ctx)
    assert ticket.total_cents == 2660 and ticket.tab_label == "Table 4"
    assert payments_of(demo_ctx, 1) == [
        ("cash", 887, 2000, 1113),
        ("card", 887, 887, 0),
        ("cheque", 886, 886, 0),
    ]
    click(qtbot, split.close_button)
    assert screen.tiles == []  # the tab is closed
    with demo_ctx.uow() as uow:
        assert uow.session.scalar(select(Tab.status)) == "closed"


def test_move_lines_then_pay_a_small_tab_without_note(
    qtbot: QtBot, tabs_screen: Any, demo_ctx: ServiceContext, make_screen: MakeScreen
) -> None:
    sale = make_screen("Léo")
    ring_up(qtbot, sale, "Cafés & thés", "Expresso")
    ring_up(qtbot, sale, "Boulangerie", "Croissant")
    to_tab(qtbot, sale, new="Marcel")
    leo = sale.actor_provider()
    assert leo is not None
    tabs.open_tab(demo_ctx, leo, "Table 2")
    screen = tabs_screen("Léo", sale)
    click(qtbot, screen.tile_for("Marcel"))
    screen.select_lines([1])
    click(qtbot, screen.move_button)
    screen.dialog.choose("Table 2")
    assert screen.last_message == "1 ligne(s) déplacée(s) vers « Table 2 »"
    assert screen.detail_total.text() == "1,40 €"
    click(qtbot, screen.pay_all_button)  # 1,40 €: no note needed
    dialog = screen.dialog
    assert dialog.objectName() == "paymentDialog"
    from cafe_pos.ui.widgets.tender import TenderPad

    assert isinstance(dialog.tender, TenderPad)  # the same pad as the equal split's
    dialog.add_exact_cash()
    click(qtbot, dialog.validate_button)
    [ticket] = tickets(demo_ctx)
    assert (ticket.total_cents, ticket.tab_label) == (140, "Marcel")
    dialog.accept()
    assert [tile.view.label for tile in screen.tiles] == ["Table 2"]
    assert screen.tile_for("Table 2").view.total_cents == 120


def test_open_tabs_survive_a_restart(
    qtbot: QtBot, tabs_screen: Any, demo_ctx: ServiceContext
) -> None:
    screen = tabs_screen("Léo")
    click(qtbot, screen.new_button)
    qtbot.keyClicks(screen.dialog.edit, "Les pompiers")
    click(qtbot, screen.dialog.ok_button)
    assert screen.detail_title.text() == "Les pompiers"
    reopened = open_context(demo_ctx.db_path, clock=demo_ctx.clock)
    after = tabs_screen("Léo", ctx=reopened)
    assert [tile.view.label for tile in after.tiles] == ["Les pompiers"]


def test_regular_buys_on_account_but_not_alcohol(
    qtbot: QtBot, make_screen: MakeScreen, demo_ctx: ServiceContext
) -> None:
    screen = make_screen("Léo")
    click(qtbot, screen.account_button)
    shown(screen, AccountPickerDialog).choose("Famille Martin")
    assert screen.account_label.text() == (
        "Compte : Famille Martin — doit 0,00 € — disponible 100,00 €"
    )
    ring_up(qtbot, screen, "Boulangerie", "Croissant")
    ring_up(qtbot, screen, "Snacks", "Jambon-beurre")
    dialog = screen.pay()
    assert dialog is not None
    assert "Famille Martin" in dialog.info_label.text()
    click(qtbot, dialog.method_buttons["account"])
    click(qtbot, dialog.validate_button)
    assert dialog.sale_result is not None
    dialog.accept()
    with demo_ctx.uow() as uow:
        entries = [
            tuple(row)
            for row in uow.session.execute(select(AccountEntry.kind, AccountEntry.amount_cents))
        ]
    assert entries == [("purchase", 570)]

    click(qtbot, screen.account_button)
    shown(screen, AccountPickerDialog).choose("Famille Martin")
    assert "doit 5,70 € — disponible 94,30 €" in screen.account_label.text()
    ring_up(qtbot, screen, "Bières", "Demi")
    dialog = screen.pay()
    assert dialog is not None
    click(qtbot, dialog.method_buttons["account"])
    assert dialog.error_label.text() == ALCOHOL_ON_CREDIT_MESSAGE
    assert dialog.payments == []
    assert ticket_count(demo_ctx) == 1


def test_accounts_page_create_settle_and_statement(
    qtbot: QtBot, tabs_screen: Any, demo_ctx: ServiceContext, actor_of: ActorOf
) -> None:
    screen = tabs_screen("Camille")
    click(qtbot, screen.accounts_button)
    page = screen.accounts_page
    assert [view.name for view in page.model.rows] == [
        "Comité des fêtes",
        "Famille Martin",
        "Ferme des Saules",
    ]
    click(qtbot, page.findChild(QPushButton, "newAccount"))
    dialog = page.dialog
    qtbot.keyClicks(dialog.name_edit, "Marcel Dupuis")
    qtbot.keyClicks(dialog.limit_edit, "-5")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.error_label.text() == "Le montant ne peut pas être négatif"
    dialog.limit_edit.setText("40")
    click(qtbot, dialog.ok_button)
    assert "Marcel Dupuis" in [view.name for view in page.model.rows]

    # A purchase on account made earlier at the counter, then settled here in cash.
    marcel = next(v for v in accounts.list_accounts(demo_ctx) if v.name == "Marcel Dupuis")
    with demo_ctx.uow() as uow:
        from cafe_pos.domain.clock import to_utc_naive

        uow.session.add(
            AccountEntry(
                account_id=marcel.id,
                created_at=to_utc_naive(demo_ctx.clock.now()),
                amount_cents=1250,
                kind="purchase",
                method="",
                ticket_id=None,
                user_name="Léo",
            )
        )
        uow.commit()
    page.reload()
    page.select("Marcel Dupuis")
    click(qtbot, page.findChild(QPushButton, "settleAccount"))
    settle = page.dialog
    qtbot.keyClicks(settle.amount_edit, "20")
    click(qtbot, settle.ok_button)
    assert "le règlement ne peut pas dépasser ce montant" in settle.error_label.text()
    settle.amount_edit.setText("10")
    click(qtbot, settle.ok_button)
    assert not settle.isVisible()
    page.select("Marcel Dupuis")
    click(qtbot, page.findChild(QPushButton, "statementButton"))
    statement = page.dialog
    rows = statement.model.rows
    assert [(r.kind, r.amount_cents, r.balance_cents) for r in rows] == [
        ("purchase", 1250, 1250),
        ("settlement", -1000, 250),
    ]


def test_pay_only_the_chosen_lines_with_their_deposit(
    qtbot: QtBot, tabs_screen: Any, demo_ctx: ServiceContext, make_screen: MakeScreen
) -> None:
    sale = make_screen("Léo")
    ring_up(qtbot, sale, "Softs", "Limonade 75 cl")  # + its bottle deposit
    ring_up(qtbot, sale, "Bières", "Pinte")
    to_tab(qtbot, sale, new="Terrasse")
    screen = tabs_screen("Léo", sale)
    click(qtbot, screen.tile_for("Terrasse"))
    assert screen.model.rowCount() == 3
    screen.select_lines([0])  # the lemonade: its deposit goes with it
    click(qtbot, screen.pay_selection_button)
    dialog = screen.dialog
    assert dialog.total_label.text() == "4,10 €"
    dialog.add_exact_cash()
    click(qtbot, dialog.validate_button)
    [ticket] = tickets(demo_ctx)
    assert [(ln.label, ln.total_cents) for ln in ticket.lines] == [
        ("Limonade artisanale 75 cl", 390),
        ("Consigne bouteille verre", 20),
    ]
    dialog.accept()
    assert screen.detail_total.text() == "6,00 €"  # the pint is still on the tab
