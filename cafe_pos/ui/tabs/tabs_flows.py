"""The Ardoises screen's actions on one tab: paying (the unpaid note first from 25 € on
site), the equal split, adding the round being rung up, moving and removing lines,
printing the note, closing an empty tab.

``TabsFlows`` is the base of ``TabsScreen``: each action opens its dialog and asks the
widget-free ``TabsController``; refusals show on the screen's message line.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.money import format_eur
from cafe_pos.services.tabs import TabView
from cafe_pos.ui.guards import SaleGuards
from cafe_pos.ui.sale.dialogs import TextDialog
from cafe_pos.ui.sale.payment_dialog import PaymentDialog
from cafe_pos.ui.sale.receipt_view import make_receipt_preview
from cafe_pos.ui.sale.tab_chooser import TabChooserDialog
from cafe_pos.ui.tabs.split_dialog import SplitDialog
from cafe_pos.ui.tabs.tabs_controller import TabsController
from cafe_pos.ui.widgets.messages import Failed
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button
from cafe_pos.ui.widgets.transient import open_transient

if TYPE_CHECKING:
    from cafe_pos.ui.sale.sale_screen import SaleScreen

T = TypeVar("T")
SPLIT_CHOICES = (2, 3, 4, 5, 6)


class TabsFlows(QWidget):
    """Actions on the shown tab (``TabsScreen`` provides the helpers below)."""

    ctx: ServiceContext
    controller: TabsController
    guards: SaleGuards
    dialog: QDialog | QMessageBox | None
    _sale_provider: Callable[[], SaleScreen | None]

    # ---- provided by TabsScreen
    def show_message(self, text: str, *, error: bool = False) -> None:
        raise NotImplementedError

    def attempt(self, call: Callable[[], T]) -> T | Failed:
        raise NotImplementedError

    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        raise NotImplementedError

    def show_tiles(self) -> None:
        raise NotImplementedError

    def selected_rows(self) -> list[int]:
        raise NotImplementedError

    def selected_line_ids(self) -> list[int]:
        raise NotImplementedError

    @property
    def current(self) -> TabView | None:
        return self.controller.current

    @property
    def cart(self) -> Cart:
        return self.controller.cart

    # ================================================================== paying
    def pay(self, *, selection: bool) -> None:
        """Pay all the lines or the chosen ones; a note is proposed from 25 € on site."""
        if self.current is None:
            return
        line_ids = self.selected_line_ids() if selection else None
        if selection and not line_ids:
            self.show_message(self.tr("Choisissez les lignes à payer"), error=True)
            return
        cart = self.controller.cart_for(line_ids)
        due = self.attempt(lambda: self.controller.note_due(cart))
        if isinstance(due, Failed):
            return
        tab_id = self.current.id
        if due:
            self._propose_note(lambda: self._open_payment(tab_id, line_ids, cart))
            return
        self._open_payment(tab_id, line_ids, cart)

    def _propose_note(self, then: Callable[[], None]) -> None:
        assert self.current is not None
        box = QMessageBox(self)
        box.setObjectName("noteProposal")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Note avant paiement"))
        box.setText(
            self.tr(
                "Consommation sur place de {0} : la note (« Note non payée ») doit être "
                "remise au client avant le paiement."
            ).format(format_eur(self.cart.total_cents))
        )
        print_button = box.addButton(self.tr("Imprimer la note"), QMessageBox.ButtonRole.AcceptRole)
        print_button.setObjectName("printNoteFirst")
        given = box.addButton(self.tr("Déjà remise"), QMessageBox.ButtonRole.YesRole)
        given.setObjectName("noteGiven")
        box.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(button: object) -> None:
            if self.dialog is box:
                self.dialog = None
            if button is print_button:
                if self.print_note(show_preview=False):
                    then()
            elif button is given:
                self.controller.mark_noted()
                then()

        box.buttonClicked.connect(answered)
        self.dialog = box
        open_transient(box)

    def _open_payment(self, tab_id: int, line_ids: list[int] | None, cart: Cart) -> None:
        actor = self.attempt(self.controller.actor)
        if isinstance(actor, Failed):
            return
        if not self.guards.before_payment(self, cart, tab_id=tab_id):
            return
        commit = self.controller.payment_commit(actor, tab_id, line_ids)

        label = self.current.label if self.current is not None else ""
        dialog = PaymentDialog(
            self.ctx,
            actor,
            cart,
            self,
            commit=commit,
            token=uuid.uuid4().hex,
            title=self.tr("Paiement : {0}").format(label),
        )
        dialog.paid.connect(lambda _result: self.reload())
        self._open(dialog, lambda: None)

    def ask_split(self) -> None:
        """Choose the number of parts (the note first, from 25 € on site)."""
        if self.current is None:
            return
        if self.current.split_parts:
            self._split(self.current.split_parts)
            return
        due = self.attempt(lambda: self.controller.note_due(self.cart))
        if isinstance(due, Failed):
            return
        if due:
            self._propose_note(self._choose_parts)
            return
        self._choose_parts()

    def _choose_parts(self) -> None:
        dialog = TouchDialog(self.tr("Partager l'addition"), self)
        dialog.setObjectName("splitChoice")
        row = QHBoxLayout()
        for parts in SPLIT_CHOICES:
            button = big_button(self.tr("{0} parts").format(parts), dialog, height=72)
            button.setObjectName(f"parts_{parts}")
            button.clicked.connect(self._parts_chooser(dialog, parts))
            row.addWidget(button)
        dialog.layout_.addLayout(row)
        cancel = big_button(self.tr("Annuler"), dialog)
        cancel.clicked.connect(dialog.reject)
        dialog.layout_.addWidget(cancel)
        dialog.resize(640, 220)
        self._open(dialog, lambda: None)

    def _parts_chooser(self, dialog: QDialog, parts: int) -> Callable[[], None]:
        def choose() -> None:
            dialog.accept()
            self._split(parts)

        return choose

    def _split(self, parts: int) -> None:
        actor = self.attempt(self.controller.actor)
        current = self.current
        if isinstance(actor, Failed) or current is None:
            return
        if not self.guards.before_payment(self, self.cart, tab_id=current.id):
            return
        dialog = self.attempt(lambda: SplitDialog(self.ctx, actor, current.id, parts, self))
        if isinstance(dialog, Failed):
            return
        dialog.finished.connect(lambda _c: self.reload())
        self._open(dialog, lambda: None)

    # ================================================================== editing
    def add_sale_cart(self) -> None:
        """Put the sale screen's current ticket on this tab."""
        sale = self._find_sale_screen()
        if sale is None or self.current is None:
            self.show_message(self.tr("Aucun ticket en cours sur l'écran de vente"), error=True)
            return
        cart = sale.cart
        if cart.is_empty:
            self.show_message(self.tr("Le ticket en cours est vide"), error=True)
            return
        tab_id = self.current.id
        if not self.guards.before_payment(self, cart, tab_id=tab_id):
            sale.refresh()  # e.g. the tab was refused alcohol: the round is not added
            return
        view = self.attempt(lambda: self.controller.add_round(tab_id, cart))
        if isinstance(view, Failed):
            return
        sale.new_ticket()
        self.show_message(self.tr("Tournée ajoutée à « {0} »").format(view.label))
        self.reload()

    def _pending_round(self) -> Cart:
        """The round being rung up on the sale screen (an empty cart when there is none)."""
        sale = self._find_sale_screen()
        return sale.cart if sale is not None else Cart()

    def _round_changed(self) -> None:
        sale = self._find_sale_screen()
        if sale is not None:
            sale.refresh()
        self.reload()

    def _find_sale_screen(self) -> SaleScreen | None:
        return self._sale_provider()

    def move_selection(self) -> None:
        if self.current is None:
            return
        line_ids = self.selected_line_ids()
        if not line_ids:
            self.show_message(self.tr("Choisissez les lignes à déplacer"), error=True)
            return
        source = self.current.id
        dialog = TabChooserDialog(
            self.ctx, self, title=self.tr("Déplacer vers l'ardoise…"), exclude=source
        )
        self._open(dialog, lambda: self._move(source, line_ids, dialog.tab_id, dialog.new_label))

    def _move(self, source: int, line_ids: list[int], target: int | None, new_label: str) -> None:
        view = self.attempt(lambda: self.controller.move(source, line_ids, target, new_label))
        if isinstance(view, Failed):
            return
        self.show_message(
            self.tr("{0} ligne(s) déplacée(s) vers « {1} »").format(len(line_ids), view.label)
        )
        self.reload()

    def remove_selection(self) -> None:
        if self.current is None:
            return
        ids = self.controller.removable_line_ids(self.selected_rows())
        if not ids:
            self.show_message(self.tr("Choisissez les lignes à retirer"), error=True)
            return
        dialog = TextDialog(
            self.tr("Retirer {0} ligne(s)").format(len(ids)),
            self.tr("Motif (enregistré dans le journal) :"),
            self,
            placeholder=self.tr("ex. erreur de saisie, boisson renversée"),
            required_message=self.tr("Indiquez le motif"),
            max_length=200,
        )
        tab_id = self.current.id
        self._open(dialog, lambda: self._remove(tab_id, ids, dialog.value))

    def _remove(self, tab_id: int, line_ids: list[int], reason: str) -> None:
        done = self.attempt(lambda: self.controller.remove(tab_id, line_ids, reason))
        if not isinstance(done, Failed):
            self.show_message(self.tr("{0} ligne(s) retirée(s)").format(len(line_ids)))
        self.reload()

    def print_note(self, *, show_preview: bool = True) -> bool:
        """Queue the unpaid note on the printer and show it."""
        if self.current is None:
            return False
        note = self.attempt(self.controller.print_note)
        if isinstance(note, Failed):
            return False
        self.show_message(self.tr("Note non payée envoyée à l'imprimante"))
        if show_preview:
            dialog = TouchDialog(self.tr("Note non payée — {0}").format(self.current.label), self)
            dialog.setObjectName("notePreview")
            self.note_preview = make_receipt_preview(note, dialog)
            dialog.layout_.addWidget(self.note_preview, 1, Qt.AlignmentFlag.AlignHCenter)
            close = big_button(self.tr("Fermer"), dialog)
            close.clicked.connect(dialog.accept)
            dialog.layout_.addWidget(close)
            dialog.resize(560, 700)
            self._open(dialog, lambda: None)
        return True

    def close_tab(self) -> None:
        if self.current is None:
            return
        if isinstance(self.attempt(self.controller.close_tab), Failed):
            return
        self.show_tiles()
        self.reload()
