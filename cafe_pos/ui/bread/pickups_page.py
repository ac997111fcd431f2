"""The morning's reservations to put aside, ticked off in one tap at pick-up.

A tap on a reservation rings up its sale through the normal sale path (take-away bread,
paid by the chosen method, or on the bread card when prepaid) and marks it picked up.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.services import bread
from cafe_pos.ui.bread.common import actor_of, day_text, table_view, touch_button
from cafe_pos.ui.bread.models import Column, ColumnsModel
from cafe_pos.ui.widgets.messages import call_service, show_toast


class PickupsPage(QWidget):
    picked = Signal(int)  # ticket number

    def __init__(
        self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breadPickups")
        self.ctx = ctx
        self.actor_provider = actor_provider
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        top.addWidget(QLabel(self.tr("Paiement au retrait :"), self))
        self.method_group = QButtonGroup(self)
        self.method_buttons = {}
        for method, text in (("cash", self.tr("Espèces")), ("card", self.tr("Carte"))):
            button = touch_button(text, self)
            button.setCheckable(True)
            button.setMinimumWidth(110)
            self.method_group.addButton(button)
            self.method_buttons[method] = button
            top.addWidget(button)
        self.method_buttons["cash"].setChecked(True)
        top.addStretch(1)
        layout.addLayout(top)
        hint = QLabel(
            self.tr(
                "Touchez une réservation quand le client la retire : la vente est encaissée "
                "(ou débitée de sa carte pain prépayée)."
            ),
            self,
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        status = {
            "pending": self.tr("À retirer"),
            "picked_up": self.tr("Retirée"),
            "released": self.tr("Remise en rayon"),
        }
        colours = {"pending": "#e65100", "picked_up": "#1b5e20", "released": "#78909c"}
        self.model: ColumnsModel[bread.PickupRow] = ColumnsModel(
            [
                Column(self.tr("Client"), lambda r: r.customer_name),
                Column(self.tr("Articles"), lambda r: r.items_text),
                Column(self.tr("Montant"), lambda r: format_eur(r.total_cents), numeric=True),
                Column(
                    self.tr("Paiement"),
                    lambda r: self.tr("Carte pain") if r.prepaid else self.tr("Au retrait"),
                ),
                Column(
                    self.tr("État"),
                    lambda r: (
                        status[r.status] + (f" — n° {r.ticket_number}" if r.ticket_number else "")
                    ),
                    colour=lambda r: colours[r.status],
                ),
            ],
            self,
        )
        self.view = table_view(self)
        self.view.setObjectName("pickupsTable")
        self.view.setModel(self.model)
        self.view.clicked.connect(self._tapped)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.release_button = touch_button(
            self.tr("Remettre en rayon les non-retirées"), self, on_click=self.release
        )
        bottom.addWidget(self.release_button)
        bottom.addWidget(touch_button(self.tr("Actualiser"), self, on_click=self.refresh))
        layout.addLayout(bottom)

    def method(self) -> str:
        return "card" if self.method_buttons["card"].isChecked() else "cash"

    def refresh(self) -> None:
        rows = call_service(self, lambda: bread.pickups(self.ctx)) or []
        day = bread.tomorrow(self.ctx) - dt.timedelta(days=1)
        self.title.setText(self.tr("Réservations du {0}").format(day_text(day)))
        self.model.set_rows(rows)

    def _tapped(self, index: QModelIndex) -> None:
        self.pick_up(index.row())

    def pick_up(self, row_index: int) -> None:
        row = self.model.row(row_index)
        if row.status == "picked_up":
            show_toast(self, self.tr("Déjà retirée"), error=True)
            return
        method = "prepaid" if row.prepaid else self.method()

        def call() -> bread.PickupResult:
            return bread.pick_up(
                self.ctx,
                actor_of(self.actor_provider),
                row.reservation_id,
                method=method,
                token=f"bread-{uuid.uuid4().hex}",
            )

        result = call_service(self, call)
        if result is None:
            return
        show_toast(
            self,
            self.tr("{0} : {1} encaissé (ticket n° {2})").format(
                row.customer_name, format_eur(result.total_cents), result.ticket_number or "-"
            ),
        )
        if result.ticket_number is not None:
            self.picked.emit(result.ticket_number)
        self.refresh()

    def release(self) -> None:
        count = call_service(
            self, lambda: bread.release_unclaimed(self.ctx, actor_of(self.actor_provider))
        )
        if count is None:
            return
        if count:
            show_toast(self, self.tr("{0} réservation(s) remise(s) en rayon").format(count))
        else:
            show_toast(
                self,
                self.tr("Rien à remettre en rayon pour l'instant (voir l'heure dans les réglages)"),
            )
        self.refresh()
