"""The morning reception: what the baker delivered against the order (short, extra, not
ordered), in a few taps: "everything as ordered", then correct a line or two."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.services import bread
from cafe_pos.ui.bread.common import BakerChooser, actor_of, day_text, table_view, touch_button
from cafe_pos.ui.bread.models import Column, ColumnsModel
from cafe_pos.ui.widgets.messages import call_service, show_toast

DELIVERED_COLUMN = 2


class ReceptionPage(QWidget):
    def __init__(
        self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breadReception")
        self.ctx = ctx
        self.actor_provider = actor_provider
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
        layout.addWidget(self.status)
        self.model: ColumnsModel[bread.ReceptionLineView] = ColumnsModel(
            [
                Column(self.tr("Article"), lambda ln: ln.name),
                Column(
                    self.tr("Commandé"), lambda ln: str(ln.ordered), lambda ln: ln.ordered, True
                ),
                Column(
                    self.tr("Livré"),
                    lambda ln: str(ln.delivered or 0),
                    lambda ln: ln.delivered if ln.delivered is not None else ln.ordered,
                    True,
                    True,
                ),
                Column(
                    self.tr("État"),
                    lambda ln: ln.status_label,
                    colour=lambda ln: None if ln.status in ("", "ok") else "#b71c1c",
                ),
            ],
            self,
        )
        self.table = table_view(self, editable=True)
        self.table.setObjectName("receptionTable")
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(
            touch_button(self.tr("Tout est conforme à la commande"), self, on_click=self.as_ordered)
        )
        self.save_button = touch_button(
            self.tr("Enregistrer la réception"), self, primary=True, on_click=self.save
        )
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def day(self) -> dt.date:
        return bread.tomorrow(self.ctx) - dt.timedelta(days=1)

    def refresh(self) -> None:
        self.baker.reload()
        baker_id = self.baker.baker_id()
        self.title.setText(self.tr("Réception du {0}").format(day_text(self.day())))
        if baker_id is None:
            self.model.set_rows([])
            return
        view = call_service(self, lambda: bread.reception_view(self.ctx, baker_id, self.day()))
        if view is None:
            return
        self.model.set_rows(list(view.lines))
        self.status.setText(
            self.tr("Réception enregistrée (modifiable jusqu'à la clôture du pain)")
            if view.received
            else self.tr("Livré = commandé par défaut : corrigez ce qui diffère")
        )

    def as_ordered(self) -> None:
        for i in range(self.model.rowCount()):
            self.model.setData(self.model.index(i, DELIVERED_COLUMN), self.model.row(i).ordered)
        self.save()

    def save(self) -> None:
        baker_id = self.baker.baker_id()
        if baker_id is None:
            return
        delivered = {
            self.model.row(i).product_id: int(self.model.value(i, DELIVERED_COLUMN))
            for i in range(self.model.rowCount())
        }
        if call_service(
            self,
            lambda: bread.record_reception(
                self.ctx, actor_of(self.actor_provider), baker_id, self.day(), delivered
            ),
        ):
            show_toast(self, self.tr("Réception enregistrée"))
            self.refresh()
