"""Counter day one, fewer taps (issue 11 item 18): the "Favoris" page.

Taps are counted through the real sale screen (every tap a real mouse click on a visible,
enabled button) for a round of four drinks, a take-away coffee and croissant, and a refund
of the last ticket, before and after: "before" is the screen as it was (no Favoris page,
the refund dialog opening empty), "after" is the screen now. The figures are printed
(``-s``) and asserted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from qt_helpers import ActorOf, child

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.errors import PermissionDenied
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.services import favourites, sale_items, selling
from cafe_pos.ui.sale.refund_dialog import COL_LABEL, RefundDialog
from cafe_pos.ui.sale.sale_screen import SaleScreen

ROUND = ("Demi", "Demi", "Coca", "Expresso")
TAKE_AWAY = ("Expresso", "Croissant")


class Taps:
    """Clicks real buttons and counts them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def __call__(self, button: QPushButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.count += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def a_morning_of_sales(ctx: ServiceContext, actor: Any) -> None:
    """What the café sold this morning: the Favoris page learns from it."""
    for index in range(6):
        cart = Cart()
        for label in (*ROUND, "Croissant", "Pinte"):
            found = selling.search_items(ctx, label)
            cart.add(next(i for i in found if label in (i.key_label, i.label)))
        selling.checkout(
            ctx, actor, cart, [PaymentInput("cash", cart.total_cents)], token=f"morning-{index}"
        )


def ring_up(screen: SaleScreen, tap: Taps, labels: tuple[str, ...]) -> None:
    """Each product's key, its category first when it is not on screen."""
    keys = screen.keys
    for label in labels:
        shown = [item.key_label or item.label for item in keys.product_items]
        if label not in shown:
            category = next(
                index
                for index, category in enumerate(keys.categories)
                if any(label in (item.key_label, item.label) for item in category.items)
            )
            tap(keys.category_buttons[category])
        tap(keys.button_for(label))


def pay_exact_cash(screen: SaleScreen, tap: Taps) -> None:
    tap(screen.pay_button)
    dialog = screen.payment_dialog
    assert dialog is not None
    tap(dialog.tender.exact_button)
    tap(dialog.validate_button)
    assert dialog.sale_result is not None
    tap(dialog.done_button)  # "Vente suivante": back to the sale screen


def refund_last_ticket(screen: SaleScreen, tap: Taps) -> None:
    tap(screen.refund_button)
    dialog = screen.dialog
    assert isinstance(dialog, RefundDialog)
    if dialog.ticket_list.count() == 0:  # the dialog as it was: find today's tickets first
        tap(child(dialog, QPushButton, "findDay"))
    dialog.ticket_list.setCurrentRow(0)  # a tap on the latest ticket
    tap.count += 1
    line = dialog.lines_table.item(0, COL_LABEL)
    assert line is not None
    line.setCheckState(Qt.CheckState.Checked)  # a tap on its box
    tap.count += 1
    dialog.reason_combo.setCurrentText("Erreur de saisie")  # open the list, choose: 2 taps
    tap.count += 2
    tap(dialog.refund_button)
    assert dialog.result_ is not None
    tap(dialog.close_button)


def day(screen: SaleScreen, tap: Taps) -> dict[str, int]:
    counts = {}
    start = tap.count
    ring_up(screen, tap, ROUND)
    pay_exact_cash(screen, tap)
    counts["round of four drinks"] = tap.count - start
    start = tap.count
    tap(screen.takeaway_button)
    ring_up(screen, tap, TAKE_AWAY)
    pay_exact_cash(screen, tap)
    counts["take-away coffee + croissant"] = tap.count - start
    start = tap.count
    refund_last_ticket(screen, tap)
    counts["refund of the last ticket"] = tap.count - start
    return counts


@pytest.fixture
def before(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], None]]:
    """The screen as it was: no Favoris page, the refund dialog opening empty."""

    def switch() -> None:
        monkeypatch.setattr(favourites, "quick_keys_with_favourites", sale_items.quick_keys)
        monkeypatch.setattr(
            RefundDialog, "find_by_day", _empty_at_opening(RefundDialog.find_by_day)
        )

    yield switch


def _empty_at_opening(find: Any) -> Any:
    def patched(self: RefundDialog, *, quiet: bool = False) -> None:
        if not quiet:  # the opening call: the old dialog listed nothing
            find(self)

    return patched


def test_a_favourites_page_cuts_the_taps_of_a_day(
    qtbot: QtBot,
    demo_ctx: ServiceContext,
    actor_of: ActorOf,
    make_screen: Callable[[str], SaleScreen],
    before: Callable[[], None],
) -> None:
    camille = actor_of("Camille")
    a_morning_of_sales(demo_ctx, camille)

    after_screen = make_screen("Camille")
    keys = after_screen.keys
    assert keys.categories[0].name == "Favoris" and keys.favourites_shown  # opens on it
    on_page = [item.key_label or item.label for item in keys.product_items]
    assert {"Demi", "Coca", "Expresso", "Croissant"} <= set(on_page)
    after = day(after_screen, Taps(qtbot))
    assert keys.favourites_shown  # each new ticket starts on Favoris again
    after_screen.close()

    before()
    before_screen = make_screen("Camille")
    assert before_screen.keys.categories[0].name != "Favoris"
    old = day(before_screen, Taps(qtbot))

    print("\ntaps before → after:", {k: f"{old[k]} → {after[k]}" for k in after})
    assert old == {
        "round of four drinks": 11,
        "take-away coffee + croissant": 8,
        "refund of the last ticket": 8,
    }
    assert after == {
        "round of four drinks": 8,
        "take-away coffee + croissant": 7,
        "refund of the last ticket": 7,
    }


def test_the_manager_edits_the_favourites_from_a_key(
    qtbot: QtBot,
    demo_ctx: ServiceContext,
    actor_of: ActorOf,
    make_screen: Callable[[str], SaleScreen],
) -> None:
    """A long press (right click) on a key: "Ajouter aux favoris" / "Retirer des favoris";
    staff may not change the page."""
    camille = actor_of("Camille")
    a_morning_of_sales(demo_ctx, camille)
    screen = make_screen("Camille")
    keys = screen.keys
    assert "Pinte" in [i.key_label or i.label for i in keys.product_items]
    menu = keys.show_favourite_menu(keys.button_for("Pinte"), keys.item_for("Pinte"))
    assert menu is not None
    [action] = menu.actions()
    assert action.text() == "Retirer des favoris"
    action.trigger()
    keys.show_home()
    assert "Pinte" not in [i.key_label or i.label for i in keys.product_items]

    keys.show_category_named("Vins")
    label = keys.product_items[0].key_label or keys.product_items[0].label
    menu = keys.show_favourite_menu(keys.button_for(label), keys.product_items[0])
    assert menu is not None
    [action] = menu.actions()
    assert action.text() == "Ajouter aux favoris"
    action.trigger()
    keys.show_home()
    shown = [i.key_label or i.label for i in keys.product_items]
    assert shown[0] == label  # a pinned product comes first

    staff = actor_of("Léo")
    with pytest.raises(PermissionDenied):
        favourites.pin(demo_ctx, staff, keys.product_items[1].product_id or 0)
