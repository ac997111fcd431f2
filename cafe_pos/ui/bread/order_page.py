"""Tomorrow's order: the suggestion (reservations + counter forecast) beside the last
weeks' sold / unsold on the same weekday, adjusted by the manager, saved, sent (locked),
reopened with a manager PIN after the cut-off; printed, saved as PDF or copied as text."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.services import bread
from cafe_pos.ui.bread.common import BakerChooser, actor_of, day_text, table_view, touch_button
from cafe_pos.ui.bread.models import Column, ColumnsModel
from cafe_pos.ui.sale.dialogs import ManagerPinDialog
from cafe_pos.ui.widgets.messages import call_service, show_toast

QTY_COLUMN = 4


def _past(line: bread.OrderLineView, week: int) -> str:
    if len(line.past) < week:
        return ""
    day = line.past[week - 1]
    unsold = "–" if day.unsold is None else str(day.unsold)
    return f"{day.sold} / {unsold}"


class OrderPage(QWidget):
    def __init__(
        self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breadOrder")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.view_data: bread.OrderView | None = None
        self.pin_dialog: ManagerPinDialog | None = None
        self.last_pdf: str = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        top.addWidget(self.title, 1)
        self.baker = BakerChooser(ctx, self)
        self.baker.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.baker)
        layout.addLayout(top)
        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        columns: list[Column[bread.OrderLineView]] = [
            Column(self.tr("Article"), lambda ln: ln.name),
            Column(self.tr("Réservé"), lambda ln: str(ln.reserved), lambda ln: ln.reserved, True),
            Column(
                self.tr("Comptoir prévu"), lambda ln: str(ln.forecast), lambda ln: ln.forecast, True
            ),
            Column(self.tr("Suggéré"), lambda ln: str(ln.suggested), lambda ln: ln.suggested, True),
            Column(self.tr("À commander"), lambda ln: str(ln.qty), lambda ln: ln.qty, True, True),
        ]
        for week in range(1, bread.HISTORY_WEEKS + 1):
            columns.append(
                Column(
                    self.tr("S-{0}").format(week),
                    functools.partial(_past, week=week),
                    numeric=True,
                )
            )
        self.model: ColumnsModel[bread.OrderLineView] = ColumnsModel(columns, self)
        self.table = table_view(self, editable=True)
        self.table.setObjectName("orderTable")
        self.table.setModel(self.model)
        self.model.dataChanged.connect(lambda *_: self._update_total())
        layout.addWidget(self.table, 1)
        past_hint = QLabel(
            self.tr("S-1 … S-4 : vendus / invendus le même jour les semaines passées"), self
        )
        past_hint.setObjectName("pageHint")
        past_hint.setWordWrap(True)
        layout.addWidget(past_hint)
        self.total = QLabel(self)
        self.total.setObjectName("totalsLabel")
        layout.addWidget(self.total)
        row = QHBoxLayout()
        self.save_button = touch_button(self.tr("Enregistrer"), self, on_click=self.save)
        self.send_button = touch_button(
            self.tr("Envoyer et verrouiller"), self, primary=True, on_click=self.send
        )
        self.reopen_button = touch_button(
            self.tr("Rouvrir (gérant·e)"), self, on_click=self.ask_reopen
        )
        for button in (self.save_button, self.send_button, self.reopen_button):
            row.addWidget(button)
        layout.addLayout(row)
        row2 = QHBoxLayout()
        row2.addWidget(touch_button(self.tr("Imprimer"), self, on_click=self.print_order))
        row2.addWidget(touch_button(self.tr("Enregistrer en PDF"), self, on_click=self.save_pdf))
        row2.addWidget(touch_button(self.tr("Copier le texte"), self, on_click=self.copy_text))
        layout.addLayout(row2)

    def day(self) -> dt.date:
        return bread.tomorrow(self.ctx)

    def refresh(self) -> None:
        self.baker.reload()
        baker_id = self.baker.baker_id()
        day = self.day()
        self.title.setText(self.tr("Commande pour {0}").format(day_text(day)))
        if baker_id is None:
            self.status.setText(
                self.tr("Ajoutez d'abord un boulanger partenaire (onglet Boulangers)")
            )
            self.model.set_rows([])
            return
        view = call_service(self, lambda: bread.order_view(self.ctx, baker_id, day))
        if view is None:
            return
        self.view_data = view
        self.model.set_rows(list(view.lines))
        states = {
            "new": self.tr("Suggestion : ajustez puis enregistrez"),
            "open": self.tr("Enregistrée, modifiable jusqu'à l'heure limite"),
            "locked": self.tr("Verrouillée : un·e gérant·e peut la rouvrir"),
            "reopened": self.tr("Rouverte par un·e gérant·e"),
        }
        cutoff = view.cutoff_at.strftime("%d/%m %H:%M")
        text = self.tr("{0} — heure limite {1}").format(states[view.status], cutoff)
        if not view.delivers:
            text += " — " + self.tr("pas de livraison ce jour-là")
        self.status.setText(text)
        self.save_button.setEnabled(view.editable)
        self.send_button.setEnabled(view.editable)
        self.reopen_button.setEnabled(not view.editable)
        self._update_total()

    def quantities(self) -> dict[int, int]:
        return {
            self.model.row(i).product_id: int(self.model.value(i, QTY_COLUMN))
            for i in range(self.model.rowCount())
        }

    def _update_total(self) -> None:
        self.total.setText(self.tr("Total commandé : {0}").format(sum(self.quantities().values())))

    def save(self) -> None:
        baker_id = self.baker.baker_id()
        if baker_id is None:
            return
        quantities = self.quantities()
        done = call_service(
            self,
            lambda: bread.save_order(
                self.ctx, actor_of(self.actor_provider), baker_id, self.day(), quantities
            ),
        )
        if done is not None:
            show_toast(self, self.tr("Commande enregistrée"))
            self.refresh()

    def send(self) -> None:
        baker_id = self.baker.baker_id()
        if baker_id is None:
            return
        quantities = self.quantities()
        actor = call_service(self, lambda: actor_of(self.actor_provider))
        if actor is None:
            return
        if (
            call_service(
                self, lambda: bread.save_order(self.ctx, actor, baker_id, self.day(), quantities)
            )
            is None
        ):
            return
        if call_service(self, lambda: bread.lock_order(self.ctx, actor, baker_id, self.day())):
            show_toast(self, self.tr("Commande envoyée et verrouillée"))
            self.copy_text()
        self.refresh()

    def ask_reopen(self) -> None:
        self.pin_dialog = ManagerPinDialog(
            self.ctx, self.tr("Rouvrir la commande après l'heure limite"), self
        )
        self.pin_dialog.accepted.connect(self._reopen)
        self.pin_dialog.open()

    def _reopen(self) -> None:
        baker_id = self.baker.baker_id()
        dialog = self.pin_dialog
        if baker_id is None or dialog is None or dialog.manager is None:
            return
        manager = dialog.manager
        if call_service(
            self,
            lambda: bread.reopen_order(
                self.ctx, actor_of(self.actor_provider), manager, baker_id, self.day()
            ),
        ):
            show_toast(self, self.tr("Commande rouverte"))
        self.refresh()

    def print_order(self) -> None:
        baker_id = self.baker.baker_id()
        if baker_id is None:
            return
        if call_service(self, lambda: bread.print_order(self.ctx, baker_id, self.day())):
            show_toast(self, self.tr("Commande envoyée à l'imprimante"))

    def save_pdf(self) -> None:
        baker_id = self.baker.baker_id()
        if baker_id is None:
            return
        path = call_service(self, lambda: bread.save_order_pdf(self.ctx, baker_id, self.day()))
        if path is not None:
            self.last_pdf = str(path)
            show_toast(self, self.tr("PDF enregistré : {0}").format(path))

    def copy_text(self) -> None:
        baker_id = self.baker.baker_id()
        if baker_id is None:
            return
        text = call_service(self, lambda: bread.order_message(self.ctx, baker_id, self.day()))
        if text:
            QGuiApplication.clipboard().setText(text)
            show_toast(self, self.tr("Texte copié : {0}").format(text))
