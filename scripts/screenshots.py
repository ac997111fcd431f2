"""Render the main screens offscreen on a fresh demo café to docs/screenshots/*.png.

``make screenshots`` runs this. Every screen is a ``(name, render)`` pair in ``SCREENS``;
``render(shot)`` returns the widget to grab (the main window at 1280×800, or a dialog at
its own size). Other parts add their screens by appending to ``SCREENS`` (or with
``register("name")`` as a decorator) — keep names in kebab-case, they become file names.

Usage: python scripts/screenshots.py [--out docs/screenshots] [--only login,catalogue]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.users import Actor

SIZE = (1280, 800)
# A Thursday morning: the clock the screenshots show.
SHOT_TIME = dt.datetime(2026, 11, 26, 10, 42, tzinfo=PARIS)


@dataclass
class Shot:
    """What a render function gets: the demo café, its manager, and window helpers."""

    ctx: ServiceContext
    manager: Actor
    staff: Actor
    size: tuple[int, int] = SIZE

    def window(self, *, actor: Actor | None = None, demo: bool = True) -> QWidget:
        """A fresh main window at 1280×800 (logged in as ``actor``, else on the login)."""
        from cafe_pos.ui.qt_app import build_window

        window = build_window(self.ctx, demo=demo, lang="fr", actor=actor)
        window.resize(*self.size)
        window.show()
        return window

    def section(self, key: str, actor: Actor | None = None) -> QWidget:
        window = self.window(actor=actor or self.manager)
        window.show_section(key)  # type: ignore[attr-defined]
        return window

    def settings_page(self, title: str) -> QWidget:
        window = self.section("settings")
        window.section_widget("settings").show_page(title)  # type: ignore[attr-defined]
        return window


Render = Callable[[Shot], QWidget]
SCREENS: list[tuple[str, Render]] = []


def register(name: str) -> Callable[[Render], Render]:
    def add(render: Render) -> Render:
        SCREENS.append((name, render))
        return render

    return add


@register("login")
def _login(shot: Shot) -> QWidget:
    from cafe_pos.services.users import list_users

    window = shot.window()
    screen = window.login_screen  # type: ignore[attr-defined]
    camille = next(u for u in list_users(shot.ctx) if u.name == "Camille")
    screen.select_user(camille.id)
    screen.pin_edit.setText("12")
    return window


@register("login-wrong-pin")
def _login_wrong(shot: Shot) -> QWidget:
    from cafe_pos.services.users import list_users

    window = shot.window()
    screen = window.login_screen  # type: ignore[attr-defined]
    leo = next(u for u in list_users(shot.ctx) if u.name == "Léo")
    screen.select_user(leo.id)
    screen.pin_edit.setText("9999")
    screen.submit()
    return window


@register("login-pin-reset-notice")
def _login_reset_notice(shot: Shot) -> QWidget:
    """A PIN reset from the command line is shown, without blocking, at the next login."""
    from cafe_pos.domain.users import Role
    from cafe_pos.services.users import list_users, reset_pin_from_command_line

    cli = Actor(user_id=None, name="ligne de commande", role=Role.MANAGER)
    reset_pin_from_command_line(shot.ctx, cli, "Léo", "0000")  # the demo's PIN, kept
    window = shot.window()
    screen = window.login_screen  # type: ignore[attr-defined]
    leo = next(u for u in list_users(shot.ctx) if u.name == "Léo")
    screen.select_user(leo.id)
    screen.pin_edit.setText("0000")
    screen.submit()
    settle()
    box = window.findChild(QWidget, "resetNotices")
    return box if box is not None else window


def _section_shot(key: str) -> Render:
    return lambda shot: shot.section(key)


for _key in ("sale", "tabs", "stock", "bread", "parcels", "cash", "reports"):
    SCREENS.append((f"section-{_key}", _section_shot(_key)))


@register("catalogue")
def _catalogue(shot: Shot) -> QWidget:
    return shot.settings_page("Catalogue")


@register("catalogue-search")
def _catalogue_search(shot: Shot) -> QWidget:
    window = shot.settings_page("Catalogue")
    screen = window.section_widget("settings").catalogue  # type: ignore[attr-defined]
    screen.search_edit.setText("bière")
    screen.reload()
    return window


@register("product-form")
def _product_form(shot: Shot) -> QWidget:
    from cafe_pos.services.catalogue import search_products

    window = shot.settings_page("Catalogue")
    screen = window.section_widget("settings").catalogue  # type: ignore[attr-defined]
    screen.select_product(search_products(shot.ctx, "Leffe")[0].id)
    form = screen.edit_selected()
    return form


@register("product-form-errors")
def _product_form_errors(shot: Shot) -> QWidget:
    window = shot.settings_page("Catalogue")
    screen = window.section_widget("settings").catalogue  # type: ignore[attr-defined]
    form = screen.new_product()
    form.name_edit.setText("Miel de châtaignier 250 g")
    form.price_edit.setText("7,50")
    form.barcode_edit.setText("3760123456782")
    form.save()
    return form


@register("categories")
def _categories(shot: Shot) -> QWidget:
    window = shot.settings_page("Catalogue")
    screen = window.section_widget("settings").catalogue  # type: ignore[attr-defined]
    dialog = screen.edit_categories()
    dialog.list.setCurrentRow(2)
    return dialog


@register("settings-identity")
def _identity(shot: Shot) -> QWidget:
    return shot.settings_page("Identité du café")


@register("settings-identity-error")
def _identity_error(shot: Shot) -> QWidget:
    window = shot.settings_page("Identité du café")
    page = window.section_widget("settings").identity  # type: ignore[attr-defined]
    page.siret_edit.setText("88421573200023")
    page.save()
    return window


@register("settings-general")
def _general(shot: Shot) -> QWidget:
    return shot.settings_page("Réglages généraux")


@register("settings-hq")
def _hq(shot: Shot) -> QWidget:
    window = shot.settings_page("Siège")
    entry = window.findChild(QWidget, "hqSettingsEntry")
    if entry is not None and entry.page is not None:  # type: ignore[attr-defined]
        entry.page.url_edit.setText("https://siege.reseau-cafes.fr")  # type: ignore[attr-defined]
        entry.page.code_edit.setText("K7QM-4TZP-9WRH")  # type: ignore[attr-defined]
    from cafe_pos.services.hq_sync import status

    state = status(shot.ctx)  # what the sync worker shows once the app has started
    window.set_sync_status(state.text(shot.ctx.clock.now()), state.ok)  # type: ignore[attr-defined]
    return window


@register("settings-journal")
def _journal(shot: Shot) -> QWidget:
    """Réglages → Journal fiscal after a lost key was replaced, before HQ confirmed the
    break: on a copy of the demo café (the other shots keep an intact journal)."""
    import tempfile

    from cafe_pos.services.signing_key import replace_key

    copy = build_demo(Path(tempfile.mkdtemp(prefix="cafe-pos-shots-key-")))
    copy.ctx.key_path.unlink()
    replace_key(copy.ctx, copy.manager, "disque remplacé")
    window = Shot(copy.ctx, copy.manager, copy.staff, shot.size).settings_page("Journal fiscal")
    window.refresh_journal_status()  # type: ignore[attr-defined]
    return window


@register("settings-users")
def _users(shot: Shot) -> QWidget:
    window = shot.settings_page("Utilisateurs")
    window.section_widget("settings").users.select_user("Léo")  # type: ignore[attr-defined]
    return window


# --- sale, payment, refund, tabs and accounts (sales-ui) ------------------------------
def _sale_screen(shot: Shot, actor: Actor | None = None) -> tuple[QWidget, QWidget]:
    window = shot.section("sale", actor or shot.staff)
    screen = window.section_widget("sale")  # type: ignore[attr-defined]
    screen.new_ticket()  # the open ticket of the previous shot is kept across restarts
    screen.show_message("")
    return window, screen


def _ring_round(screen: QWidget) -> None:
    """A round in progress: added through the cart (no age-check prompt in a script)."""
    keys = screen.keys  # type: ignore[attr-defined]
    cart = screen.cart  # type: ignore[attr-defined]
    for category, label, qty in (
        ("Bières", "Demi", 3000),
        ("Softs", "Diabolo", 2000),
        ("Softs", "Limonade 75 cl", 1000),
        ("Snacks", "Chips", 1000),
        ("Bières", "Pinte", 1000),
    ):
        keys.show_category_named(category)
        cart.add(keys.item_for(label), qty)
    screen.refresh()  # type: ignore[attr-defined]
    screen.select_row(len(cart) - 1)  # type: ignore[attr-defined]


@register("sale-round")
def _sale_round(shot: Shot) -> QWidget:
    window, screen = _sale_screen(shot)
    _ring_round(screen)
    return window


@register("sale-payment")
def _sale_payment(shot: Shot) -> QWidget:
    _window, screen = _sale_screen(shot)
    _ring_round(screen)
    dialog = screen.pay()  # type: ignore[attr-defined]
    dialog.add_cash(2000)
    dialog.add_cash(1000)
    return dialog


@register("sale-paid")
def _sale_paid(shot: Shot) -> QWidget:
    _window, screen = _sale_screen(shot)
    _ring_round(screen)
    dialog = screen.pay()  # type: ignore[attr-defined]
    dialog.print_check.setChecked(True)
    dialog.add_cash(5000)
    dialog.validate()
    return dialog


@register("refund")
def _refund(shot: Shot) -> QWidget:
    from cafe_pos.services.refunds import find_tickets

    _window, screen = _sale_screen(shot)
    screen.open_refund()  # type: ignore[attr-defined]
    dialog = screen.dialog  # type: ignore[attr-defined]
    dialog.find_by_day()
    numbers = [t.number for t in find_tickets(shot.ctx, day=SHOT_TIME.date())]
    if numbers:
        dialog.ticket_list.setCurrentRow(0)
        dialog.set_line_quantity(1, "1")
        dialog.reason_combo.setCurrentText("Bière tiède")
    return dialog


def _open_tabs(shot: Shot) -> None:
    from cafe_pos.domain.cart import Cart
    from cafe_pos.services import selling, tabs

    clock = shot.ctx.clock
    rounds = {
        "Table 4": [("Demi", 4), ("Diabolo", 2), ("Chips", 2)],
        "Marcel": [("Ricard", 2), ("Carafe d'eau", 1)],
        "Les pompiers": [("Pinte", 5), ("Coca", 2), ("Cacahuètes", 3)],
        "Terrasse 2": [("Expresso", 2), ("Croissant", 2)],
    }
    for minutes, (label, lines) in zip((95, 50, 25, 5), rounds.items(), strict=True):
        clock.set(SHOT_TIME - dt.timedelta(minutes=minutes))  # type: ignore[attr-defined]
        if label in {t.label for t in tabs.list_open_tabs(shot.ctx)}:
            continue
        tab = tabs.open_tab(shot.ctx, shot.staff, label)
        cart = Cart()
        for name, qty in lines:
            found = [
                i for i in selling.search_items(shot.ctx, name) if name in (i.label, i.key_label)
            ]
            if found:
                cart.add(found[0], qty * 1000)
        tabs.add_to_tab(shot.ctx, shot.staff, tab.id, cart)
    clock.set(SHOT_TIME)  # type: ignore[attr-defined]


@register("tabs")
def _tabs(shot: Shot) -> QWidget:
    _open_tabs(shot)
    window = shot.section("tabs", shot.staff)
    window.section_widget("tabs").reload()  # type: ignore[attr-defined]
    return window


@register("tab-detail")
def _tab_detail(shot: Shot) -> QWidget:
    _open_tabs(shot)
    window = shot.section("tabs", shot.staff)
    screen = window.section_widget("tabs")  # type: ignore[attr-defined]
    screen.reload()
    screen.open_tab(screen.tile_for("Les pompiers").view.id)
    screen.select_lines([1])
    return window


@register("accounts")
def _accounts(shot: Shot) -> QWidget:
    from cafe_pos.domain.cart import Cart
    from cafe_pos.domain.payments import PaymentInput
    from cafe_pos.services import accounts, selling

    martin = next(a for a in accounts.list_accounts(shot.ctx) if a.name == "Famille Martin")
    if martin.balance_cents == 0:  # a week of bread and papers on the account
        cart = Cart()
        for name in ("Baguette", "Croissant", "Lait 1 L"):
            cart.add(
                next(
                    i
                    for i in selling.search_items(shot.ctx, name)
                    if name in (i.label, i.key_label)
                ),
                2000,
            )
        selling.checkout(
            shot.ctx,
            shot.staff,
            cart,
            [PaymentInput("account", cart.total_cents)],
            customer_account_id=martin.id,
            token=cart.token,
        )
    window = shot.section("tabs", shot.manager)
    screen = window.section_widget("tabs")  # type: ignore[attr-defined]
    screen.accounts_button.setChecked(True)
    screen.toggle_accounts()
    screen.accounts_page.select("Famille Martin")
    return window


# --- till (Caisse), reports and the Z as PDF (ui-polish) -------------------------------
# The float of the morning: 168 €, notes and rolls of coins.
FLOAT = {5000: 1, 2000: 2, 1000: 3, 500: 2, 200: 10, 100: 10, 50: 10, 20: 10, 10: 10}


def _pieces_for(cents: int) -> dict[int, int]:
    """Notes and coins adding up to ``cents``, largest first (a plausible drawer count)."""
    from cafe_pos.domain.cash import DENOMINATIONS

    pieces: dict[int, int] = {}
    for value in DENOMINATIONS:
        pieces[value], cents = divmod(cents, value)
    return {value: count for value, count in pieces.items() if count}


def _open_drawer(shot: Shot) -> None:
    """The drawer opened with the float, two breakfasts paid cash, a supplier paid."""
    from cafe_pos.domain.cart import Cart
    from cafe_pos.domain.payments import PaymentInput
    from cafe_pos.services import cash, selling

    if cash.current_session(shot.ctx) is not None:
        return
    cash.open_session(shot.ctx, shot.manager, FLOAT)
    for _ in range(2):
        cart = Cart()
        for name in ("Expresso", "Croissant", "Baguette"):
            found = [
                i for i in selling.search_items(shot.ctx, name) if name in (i.label, i.key_label)
            ]
            if found:
                cart.add(found[0], 1000)
        selling.checkout(
            shot.ctx, shot.staff, cart, [PaymentInput("cash", cart.total_cents)], token=cart.token
        )
    cash.cash_movement(
        shot.ctx, shot.manager, "out", 4550, "supplier", "Livraison boissons (facture 1187)"
    )


@register("cash-float")
def _cash_float(shot: Shot) -> QWidget:
    window = shot.section("cash")
    screen = window.section_widget("cash")  # type: ignore[attr-defined]
    if screen.pages.currentIndex() == 0:  # closed: the float being counted
        screen.open_counter.set_counts(FLOAT)
    return window


@register("cash-open")
def _cash_open(shot: Shot) -> QWidget:
    _open_drawer(shot)
    window = shot.section("cash")
    window.section_widget("cash").refresh()  # type: ignore[attr-defined]
    return window


@register("cash-closing")
def _cash_closing(shot: Shot) -> QWidget:
    from cafe_pos.services import cash

    _open_drawer(shot)
    window = shot.section("cash")
    screen = window.section_widget("cash")  # type: ignore[attr-defined]
    screen.start_closing()
    expected = cash.expected_cash(shot.ctx).expected_cents
    screen.close_counter.set_counts(_pieces_for(expected - 320))  # 3,20 € missing
    screen.reason_edit.setText("Erreur de rendu monnaie sur un billet de 20 €")
    return window


@register("reports-z")
def _reports_z(shot: Shot) -> QWidget:
    from PySide6.QtCore import QDate

    window = shot.section("reports")
    screen = window.section_widget("reports")  # type: ignore[attr-defined]
    yesterday = SHOT_TIME.date() - dt.timedelta(days=1)
    screen.date_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    screen.show_z()
    return window


@register("z-report-pdf")
def _z_report_pdf(shot: Shot) -> QWidget:
    """Page 1 of yesterday's Z as PDF, rendered by pdftoppm at 70 dpi."""
    import subprocess

    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QLabel

    from cafe_pos.services import figures, reporting

    yesterday = SHOT_TIME.date() - dt.timedelta(days=1)
    pdf = reporting.save_pdf(
        shot.ctx, figures.z_figures(shot.ctx, yesterday), shot.ctx.db_path.parent / "z.pdf"
    )
    prefix = pdf.with_suffix("")
    subprocess.run(
        [
            *["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"],
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    pixmap = QPixmap(str(prefix.with_suffix(".png")))
    label = QLabel()
    label.setStyleSheet("background: #ffffff; border: none; padding: 0; margin: 0;")
    label.setPixmap(pixmap)
    label.setFixedSize(pixmap.size())
    return label


@register("alcohol-age")
def _alcohol_age(shot: Shot) -> QWidget:
    from cafe_pos.ui.alcohol.age_check import AgeCheckDialog

    dialog = AgeCheckDialog("Demi pression")
    dialog.show()
    return dialog


@register("alcohol-refusal")
def _alcohol_refusal(shot: Shot) -> QWidget:
    from cafe_pos.services.alcohol import responsible_texts
    from cafe_pos.ui.alcohol.refusal import RefusalDialog

    dialog = RefusalDialog(responsible_texts(shot.ctx), ["Demi pression", "Pinte pression"])
    dialog.show()
    return dialog


@register("alcohol-reminder")
def _alcohol_reminder(shot: Shot) -> QWidget:
    from cafe_pos.services.alcohol import responsible_texts
    from cafe_pos.ui.alcohol.reminder import ReminderToast

    window = shot.section("sale", shot.staff)
    toast = ReminderToast(responsible_texts(shot.ctx).reminder, window, timeout_ms=60_000)
    toast.show()
    return window


@register("alcohol-settings")
def _alcohol_settings(shot: Shot) -> QWidget:
    return shot.settings_page("Vente responsable")


def _bread_tab(shot: Shot, page: str) -> QWidget:
    window = shot.section("bread")
    section = window.section_widget("bread")  # type: ignore[attr-defined]
    section.tabs.setCurrentWidget(getattr(section, page))
    return window


@register("bread-pickups")
def _bread_pickups(shot: Shot) -> QWidget:
    return _bread_tab(shot, "pickups")


@register("bread-order")
def _bread_order(shot: Shot) -> QWidget:
    return _bread_tab(shot, "order")


@register("bread-reservations")
def _bread_reservations(shot: Shot) -> QWidget:
    window = _bread_tab(shot, "reservations")
    window.section_widget("bread").reservations.edit(0)  # type: ignore[attr-defined]
    return window


@register("bread-statement")
def _bread_statement(shot: Shot) -> QWidget:
    return _bread_tab(shot, "statements")


def _add_stock_screens() -> None:
    from screenshots_stock import add_screens  # scripts/ is on the path when run

    add_screens(register)


_add_stock_screens()


def _add_press_screens() -> None:
    from screenshots_press import add_screens  # scripts/ is on the path when run

    add_screens(register)


_add_press_screens()


def _add_network_screens() -> None:
    from screenshots_network import add_screens  # scripts/ is on the path when run

    add_screens(register)


_add_network_screens()
# -- parcel relay (Colis) -----------------------------------------------------------------
_PARCELS_SEEDED: set[int] = set()


def _seed_parcels(shot: Shot) -> None:
    """A week of the relay: parcels on the shelf, two due back today, one tomorrow."""
    if id(shot) in _PARCELS_SEEDED:
        return
    _PARCELS_SEEDED.add(id(shot))
    from cafe_pos.domain.parcels import HandOverProof, IdKind
    from cafe_pos.services import parcels

    clock = shot.ctx.clock
    now = clock.now()
    codes = {c.code: c.id for c in parcels.list_carriers(shot.ctx)}
    arrivals = [
        (8, "mondial_relay", "10481236", "Marcel DUPUY"),
        (7, "mondial_relay", "10481299", "Josette BERNARD"),
        (5, "mondial_relay", "10482001", "Hélène VIDAL"),
        (2, "colissimo", "6A12345678901", "Gérard LEMOINE"),
        (1, "relais_pickup", "XY12345678" + "5FR", "Sophie ROUX"),
        (1, "amazon", "TBA123456789012", "Julien FABRE"),
        (0, "ups", "1Z999AA10123456784", "Chantal DELMAS"),
        (0, "mondial_relay", "10483310", "Louis CHABERT"),
    ]
    for days, code, tracking, name in arrivals:
        clock.set(now - dt.timedelta(days=days, hours=1))  # type: ignore[attr-defined]
        view = parcels.receive(
            shot.ctx,
            shot.staff,
            tracking=tracking if code != "relais_pickup" else "XY123456785FR",
            carrier_id=codes[code],
            recipient_name=name,
            pickup_code="482913" if code == "amazon" else None,
        )
        if name.startswith("Hélène"):
            parcels.hand_over(
                shot.ctx,
                shot.staff,
                view.id,
                HandOverProof(id_checked=True, id_kind=IdKind.ID_CARD),
            )
    parcels.drop_off(
        shot.ctx, shot.staff, tracking="10490011", carrier_id=codes["mondial_relay"], weight_g=2350
    )
    clock.set(now)  # type: ignore[attr-defined]


def _parcels_tab(shot: Shot, tab: str) -> tuple[QWidget, QWidget]:
    _seed_parcels(shot)
    window = shot.section("parcels")
    section = window.section_widget("parcels")  # type: ignore[attr-defined]
    page = getattr(section, tab)
    section.tabs.setCurrentWidget(page)
    window.parcel_status.refresh()  # type: ignore[attr-defined]
    return window, page


@register("parcels-reception")
def _parcels_reception(shot: Shot) -> QWidget:
    window, page = _parcels_tab(shot, "reception")
    page.ask = lambda parent, message: True
    for tracking, name in (("10483377", "Odile VERNET"), ("6A98765432101", "Kevin MERCIER")):
        page.scan.setText(tracking)
        page._scanned()
        page.name.setText(name)
        page.save()
    page.scan.setText("10483377")  # the same parcel scanned again: refused (toast, sound)
    page._scanned()
    page.name.setText("Odile VERNET")
    page.save()
    return window


@register("parcels-hand-over")
def _parcels_hand_over(shot: Shot) -> QWidget:
    window, panel = _parcels_tab(shot, "hand_over")
    panel.search.setText("bern")
    panel.run_search()
    panel.id_check.setChecked(True)
    return window


@register("parcels-returns")
def _parcels_returns(shot: Shot) -> QWidget:
    return _parcels_tab(shot, "returns")[0]


@register("parcels-driver")
def _parcels_driver(shot: Shot) -> QWidget:
    window, page = _parcels_tab(shot, "visit")
    for number in ("10481236",):
        page.scan.setText(number)
        page._scanned()
    return window


@register("parcels-commission")
def _parcels_commission(shot: Shot) -> QWidget:
    return _parcels_tab(shot, "commission")[0]


@register("parcels-hand-over-from-sale")
def _parcels_from_sale(shot: Shot) -> QWidget:
    _seed_parcels(shot)
    window = shot.section("sale")
    from cafe_pos.ui.parcels.status import open_hand_over

    open_hand_over(window, shot.ctx)  # type: ignore[arg-type]
    dialog = window.parcel_dialog  # type: ignore[attr-defined]
    dialog.panel.search.setText("TBA123456789012")
    dialog.panel.run_search()
    dialog.panel.code_check.setChecked(True)
    settle()
    return dialog  # type: ignore[no-any-return]


def settle(milliseconds: int = 60) -> None:
    """Let layouts, style sheets and timers run before grabbing."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def build_demo(folder: Path) -> Shot:
    from cafe_pos.demo import DEMO_USERS, create_demo_database
    from cafe_pos.services import users

    ctx = create_demo_database(folder / "demo.db", clock=FixedClock(SHOT_TIME), history_days=7)
    by_name = {u.name: u.id for u in users.list_users(ctx)}
    actors = {u.name: users.login(ctx, by_name[u.name], u.pin) for u in DEMO_USERS}
    return Shot(ctx=ctx, manager=actors["Camille"], staff=actors["Léo"])


SMALL = (1024, 768)  # many shop PCs: every counter screen is also shot at this size


def _small(render: Render) -> Render:
    def at_small_size(shot: Shot) -> QWidget:
        shot.size = SMALL
        try:
            return render(shot)
        finally:
            shot.size = SIZE

    return at_small_size


for _name, _render in list(SCREENS):
    if _name in {
        "login", "sale-round", "sale-payment", "tabs", "tab-detail", "cash-open",
        "cash-closing", "section-sale", "section-reports", "reports-z", "catalogue",
        "settings-general", "refund",
    }:  # fmt: skip
        SCREENS.append((f"{_name}-1024x768", _small(_render)))


def _first_start(page: str) -> Render:
    """The first-start assistant (``cafe-pos`` on a PC with no café), on ``page``, filled
    as a new manager would; its database is never created (the shot never finishes)."""

    def render(shot: Shot) -> QWidget:
        from cafe_pos.app import open_context
        from cafe_pos.ui.first_start.wizard import FirstStartWizard, Page

        where = Path("/home/agnes/.local/share/cafe-pos/cafe.db")  # the platform's data dir
        wizard = FirstStartWizard(where, open_context=open_context, port_lister=lambda: [])
        identity = wizard.identity
        identity.name_edit.setText("Le Bistrot du Lavoir")
        identity.address_edit.setPlainText("2 rue du Lavoir\n21320 Pouilly-en-Auxois")
        identity.siret_edit.setText("88421573200022")
        identity.vat_edit.setText("FR42884215732")
        wizard.manager.name_edit.setText("Agnès")
        wizard.manager.pin_edit.setText("482913")
        wizard.manager.confirm_edit.setText("482913")
        wizard.hours.edits[6].setText("10:00-13:00")
        printer = wizard.printer
        printer.type_combo.setCurrentIndex(printer.type_combo.findData("network"))
        printer.host_edit.setText("192.168.1.50")
        saves = wizard.backups
        saves.kind_combo.setCurrentIndex(saves.KINDS.index("usb"))
        saves.place_edit.setText("CAFE-SAUVE")
        saves.phrase_edit.setText("cheval agrafe pile correcte")
        saves.phrase_again.setText("cheval agrafe pile correcte")
        ids = {
            "welcome": Page.WELCOME,
            "identity": Page.IDENTITY,
            "identity-error": Page.IDENTITY,
            "manager": Page.MANAGER,
            "manager-error": Page.MANAGER,
            "hours": Page.HOURS,
            "printer": Page.PRINTER,
            "catalogue": Page.CATALOGUE,
            "backups": Page.BACKUPS,
            "summary": Page.SUMMARY,
            "restore": Page.RESTORE,
        }
        wizard.resize(*shot.size)
        wizard.show()
        if page == "restore":
            wizard.welcome.restore_option.setChecked(True)
        while wizard.currentId() != ids[page]:  # as a person goes: Back is there
            wizard.next()
        if page == "identity-error":
            identity.siret_edit.setText("88421573200021")
            identity.vat_edit.setText("FR4288421573")
        if page == "manager-error":
            wizard.manager.confirm_edit.setText("4829")
        if page == "restore":  # the demo café's backup, in the demo's temporary folder
            from cafe_pos.store.backup import backup_database

            folder = shot.ctx.db_path.parent / "sauvegardes"
            folder.mkdir(exist_ok=True)
            saved = backup_database(shot.ctx.db_path, folder, now=SHOT_TIME.replace(tzinfo=None))
            wizard.restore.path_edit.setText(str(saved))
            wizard.restore.check()  # the restore's own preview, on its worker thread
            while wizard.restore.busy():
                settle(50)
            settle()
        return wizard

    return render


for _page in (
    "welcome",
    "identity",
    "identity-error",
    "manager",
    "manager-error",
    "hours",
    "printer",
    "catalogue",
    "backups",
    "summary",
    "restore",
):
    SCREENS.append((f"first-start-{_page}", _first_start(_page)))
    SCREENS.append((f"first-start-{_page}-1024x768", _small(_first_start(_page))))


def _backups_ready(shot: Shot) -> None:
    """A USB-like folder chosen, the passphrase set and one verified backup (once)."""
    from cafe_pos.services import backups

    folder = shot.ctx.db_path.parent / "CAFE-SAUVE"
    if not folder.exists():
        folder.mkdir()
        backups.add_destination(shot.ctx, shot.manager, "folder", str(folder))
        backups.set_recovery_passphrase(shot.ctx, shot.manager, "tournesol brouette nuage")
        backups.backup_now(shot.ctx)


def _backups(shot: Shot) -> QWidget:
    _backups_ready(shot)
    window = shot.settings_page("Sauvegardes")
    from cafe_pos.ui.backups.status import start_backups

    start_backups(window, None)  # type: ignore[arg-type]  # the status bar's label
    return window


def _restore_dialog(shot: Shot) -> QWidget:
    from cafe_pos.ui.backups.restore_dialog import RestoreDialog

    _backups_ready(shot)
    (backup,) = sorted((shot.ctx.db_path.parent / "CAFE-SAUVE").glob("*.db"))[:1]
    from cafe_pos.app import open_context

    dialog = RestoreDialog(shot.ctx, lambda: shot.manager, open_context)
    dialog.file_edit.setText(str(backup))
    dialog.show()
    dialog.check()
    if dialog.worker is not None:
        dialog.worker.join()
    settle()
    return dialog


SCREENS.append(("settings-backups", _backups))
SCREENS.append(("settings-backups-1024x768", _small(_backups)))
SCREENS.append(("restore-dialog", _restore_dialog))


_PURGE_CAFE: dict[Path, Shot] = {}


def _purge_cafe(shot: Shot) -> Shot:
    """A second demo café (its clock moves), 2026 closed and archived, seven years on."""
    from cafe_pos.services import retention
    from cafe_pos.services.closing import ClosingRefused, close_year

    folder = shot.ctx.db_path.parent / "purge"
    if folder in _PURGE_CAFE:
        return _PURGE_CAFE[folder]
    folder.mkdir(exist_ok=True)
    later = build_demo(folder)
    clock = later.ctx.clock
    assert isinstance(clock, FixedClock)
    clock.set(dt.datetime(2027, 1, 2, 9, 0, tzinfo=PARIS))
    with contextlib.suppress(ClosingRefused):  # the demo's history may have closed it
        close_year(later.ctx, later.manager, 2026)
    retention.archive_year(later.ctx, later.manager, 2026)
    clock.set(dt.datetime(2033, 1, 5, 9, 0, tzinfo=PARIS))
    _PURGE_CAFE[folder] = later
    return later


def _purge_page(shot: Shot) -> QWidget:
    """Réglages → Sauvegardes seven years on: « Purger le détail de 2026 » offered."""
    from cafe_pos.ui.backups.page import BackupsPage

    later = _purge_cafe(shot)
    from PySide6.QtWidgets import QScrollArea

    page = BackupsPage(later.ctx, lambda: later.manager)
    page.resize(*shot.size)
    page.show()
    settle()
    scroll = page.findChild(QScrollArea)
    if scroll is not None:  # down to the yearly archives
        scroll.ensureWidgetVisible(page.purge_button)
    settle()
    return page


# Widgets a shot shows a child window of: kept alive until every shot is taken (a page
# collected while its dialog is being closed crashed the script).
_ALIVE: list[QWidget] = []


def _purge_confirm(shot: Shot) -> QWidget:
    page = _purge_page(shot)
    _ALIVE.append(page)
    page.ask_purge()  # type: ignore[attr-defined]
    worker = page.purge_worker  # type: ignore[attr-defined]
    if worker is not None:  # the archive and journal checked on a thread
        worker.join()
    settle()
    box = page.purge_box  # type: ignore[attr-defined]
    settle()
    return box  # type: ignore[no-any-return]


SCREENS.append(("settings-backups-purge-1024x768", _small(_purge_page)))
SCREENS.append(("settings-backups-purge-confirm", _purge_confirm))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--only", default="", help="comma-separated names")
    args = parser.parse_args(argv)
    wanted = {name for name in args.only.split(",") if name}
    from cafe_pos.ui.qt_app import create_application

    app = create_application()
    args.out.mkdir(parents=True, exist_ok=True)
    written = 0
    with tempfile.TemporaryDirectory(prefix="cafe-pos-shots-") as folder:
        shot = build_demo(Path(folder))
        for name, render in SCREENS:
            if wanted and name not in wanted:
                continue
            widget = render(shot)
            settle()
            target = args.out / f"{name}.png"
            if not widget.grab().save(str(target)):
                print(f"échec : {target}", file=sys.stderr)
                return 1
            print(target)
            written += 1
            widget.window().close()
            widget.window().deleteLater()
            settle(0)
        for widget in _ALIVE:
            widget.close()
            widget.deleteLater()
        settle(0)
        shot.ctx.uow.engine.dispose()  # type: ignore[attr-defined]
    app.processEvents()
    print(f"{written} capture(s) d'écran")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
