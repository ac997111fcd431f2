"""End of day: delivered = sold + picked up + unsold. The screen proposes the unsold from
the figures under the contract's usual outcome (returned, or thrown); the manager corrects
and confirms once; what does not add up is named."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.bread import UnsoldOutcome
from cafe_pos.domain.users import Actor
from cafe_pos.services import bread
from cafe_pos.ui.bread.common import BakerChooser, actor_of, day_text, table_view, touch_button
from cafe_pos.ui.bread.models import Column, ColumnsModel
from cafe_pos.ui.widgets.messages import call_service, show_toast

OUTCOME_COLUMNS = {
    4: UnsoldOutcome.RETURNED,
    5: UnsoldOutcome.GIVEN,
    6: UnsoldOutcome.THROWN,
    7: UnsoldOutcome.NEXT_DAY,
}


def _outcome(outcome: UnsoldOutcome) -> Callable[[bread.ReconciliationLineView], int]:
    return lambda ln: ln.line.unsold.get(outcome, 0)


def _as_text(
    getter: Callable[[bread.ReconciliationLineView], int],
) -> Callable[[bread.ReconciliationLineView], str]:
    return lambda ln: str(getter(ln))


class UnsoldPage(QWidget):
    def __init__(
        self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breadUnsold")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.confirmed = False
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
        columns: list[Column[bread.ReconciliationLineView]] = [
            Column(self.tr("Article"), lambda ln: ln.name),
            Column(self.tr("Livré"), lambda ln: str(ln.line.delivered), numeric=True),
            Column(self.tr("Vendu au comptoir"), lambda ln: str(ln.line.sold), numeric=True),
            Column(
                self.tr("Réservations retirées"), lambda ln: str(ln.line.picked_up), numeric=True
            ),
        ]
        titles = {
            UnsoldOutcome.RETURNED: self.tr("Rendu"),
            UnsoldOutcome.GIVEN: self.tr("Donné"),
            UnsoldOutcome.THROWN: self.tr("Jeté"),
            UnsoldOutcome.NEXT_DAY: self.tr("Vendu demain"),
        }
        for outcome in OUTCOME_COLUMNS.values():
            getter = _outcome(outcome)
            columns.append(Column(titles[outcome], _as_text(getter), getter, True, True))
        columns.append(
            Column(
                self.tr("Écart"),
                lambda ln: str(ln.line.difference) if ln.line.difference else "",
                numeric=True,
                colour=lambda _ln: "#b71c1c",
            )
        )
        self.model: ColumnsModel[bread.ReconciliationLineView] = ColumnsModel(columns, self)
        self.table = table_view(self, editable=True)
        self.table.setObjectName("unsoldTable")
        self.table.setModel(self.model)
        layout.addWidget(self.table, 1)
        self.differences = QLabel(self)
        self.differences.setObjectName("differencesLabel")
        self.differences.setWordWrap(True)
        self.differences.setStyleSheet("color: #b71c1c; font-weight: 600;")
        layout.addWidget(self.differences)
        self.confirm_button = touch_button(
            self.tr("Clôturer le pain du jour"), self, primary=True, on_click=self.confirm
        )
        layout.addWidget(self.confirm_button)

    def day(self) -> dt.date:
        return bread.tomorrow(self.ctx) - dt.timedelta(days=1)

    def refresh(self) -> None:
        self.baker.reload()
        baker_id = self.baker.baker_id()
        self.title.setText(self.tr("Invendus du {0}").format(day_text(self.day())))
        if baker_id is None:
            self.model.set_rows([])
            return
        view = call_service(self, lambda: bread.reconciliation(self.ctx, baker_id, self.day()))
        if view is None:
            return
        self.confirmed = view.confirmed
        self.model.set_rows(list(view.lines))
        self.confirm_button.setEnabled(not view.confirmed)
        self.table.setEditTriggers(
            self.table.EditTrigger.NoEditTriggers
            if view.confirmed
            else self.table.EditTrigger.AllEditTriggers
        )
        self.status.setText(
            self.tr("Clôturé par {0}").format(view.confirmed_by)
            if view.confirmed
            else self.tr("Proposé d'après les ventes et les retraits : corrigez puis clôturez")
        )
        self.differences.setText("\n".join(view.differences))

    def unsold(self) -> dict[int, dict[UnsoldOutcome, int]]:
        return {
            self.model.row(i).product_id: {
                outcome: int(self.model.value(i, column))
                for column, outcome in OUTCOME_COLUMNS.items()
            }
            for i in range(self.model.rowCount())
        }

    def confirm(self) -> None:
        baker_id = self.baker.baker_id()
        if baker_id is None:
            return
        unsold = self.unsold()
        done = call_service(
            self,
            lambda: bread.confirm_reconciliation(
                self.ctx, actor_of(self.actor_provider), baker_id, self.day(), unsold
            ),
        )
        if done is not None:
            show_toast(self, self.tr("Pain du jour clôturé"))
        self.refresh()
