"""The baker's statement per week or month (delivered, returned, sold, commission or
purchase, owed to the baker) saved as PDF, and the waste / forecast-quality figures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cafe_pos.context import ServiceContext
from cafe_pos.domain.bread import StatementLine
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.services import bread
from cafe_pos.ui.bread.common import (
    WEEKDAYS_SHORT,
    BakerChooser,
    compact_combo,
    table_view,
    touch_button,
)
from cafe_pos.ui.bread.models import Column, ColumnsModel
from cafe_pos.ui.widgets.messages import call_service, show_toast

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


def _periods(today: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """The last 12 months and the last 8 weeks (Monday to Sunday)."""
    out = []
    year, month = today.year, today.month
    for _ in range(12):
        first = dt.date(year, month, 1)
        nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
        out.append((f"{MONTHS[month - 1]} {year}", first, nxt - dt.timedelta(days=1)))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    monday = today - dt.timedelta(days=today.weekday())
    for week in range(8):
        first = monday - dt.timedelta(weeks=week)
        last = first + dt.timedelta(days=6)
        out.append((f"semaine du {first:%d/%m/%Y}", first, last))
    return out


def _pct(value: float) -> str:
    return f"{value * 100:.1f} %".replace(".", ",")


class StatementsPage(QWidget):
    def __init__(
        self, ctx: ServiceContext, actor_provider: Callable[[], Actor | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("breadStatements")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.last_pdf = ""
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Relevé"), self)
        title.setObjectName("pageTitle")
        top.addWidget(title, 1)
        self.baker = BakerChooser(ctx, self)
        self.baker.currentIndexChanged.connect(lambda _i: self.show_statement())
        top.addWidget(self.baker)
        self.period = QComboBox(self)
        self.period.setObjectName("periodCombo")
        compact_combo(self.period, 14)
        self.period.currentIndexChanged.connect(lambda _i: self.show_statement())
        top.addWidget(self.period)
        layout.addLayout(top)
        self.contract = QLabel(self)
        self.contract.setObjectName("statusLine")
        layout.addWidget(self.contract)
        self.model: ColumnsModel[StatementLine] = ColumnsModel(
            [
                Column(self.tr("Article"), lambda ln: ln.label),
                Column(self.tr("Livrés"), lambda ln: str(ln.delivered), numeric=True),
                Column(self.tr("Rendus"), lambda ln: str(ln.returned), numeric=True),
                Column(self.tr("Vendus"), lambda ln: str(ln.sold), numeric=True),
                Column(self.tr("Encaissé TTC"), lambda ln: format_eur(ln.sold_cents), numeric=True),
                Column(
                    self.tr("Commission"), lambda ln: format_eur(ln.commission_cents), numeric=True
                ),
            ],
            self,
        )
        self.table = table_view(self)
        self.table.setObjectName("statementTable")
        self.table.setModel(self.model)
        layout.addWidget(self.table, 2)
        self.totals = QLabel(self)
        self.totals.setObjectName("totalsLabel")
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        self.pdf_button = touch_button(
            self.tr("Enregistrer le relevé en PDF"), self, primary=True, on_click=self.save_pdf
        )
        layout.addWidget(self.pdf_button)
        waste_title = QLabel(self.tr("Invendus et qualité de la suggestion"), self)
        waste_title.setObjectName("statusLine")
        layout.addWidget(waste_title)
        self.waste_model: ColumnsModel[bread.WasteRow] = ColumnsModel(
            [
                Column(self.tr("Article"), lambda r: r.name),
                Column(self.tr("Jour"), lambda r: WEEKDAYS_SHORT[r.weekday]),
                Column(self.tr("Jours"), lambda r: str(r.days), numeric=True),
                Column(self.tr("Livrés"), lambda r: str(r.delivered), numeric=True),
                Column(self.tr("Invendus"), lambda r: _pct(r.unsold_rate), numeric=True),
                Column(
                    self.tr("Écart suggestion / demande"),
                    lambda r: _pct(r.error_rate),
                    numeric=True,
                ),
            ],
            self,
        )
        self.waste_table = table_view(self)
        self.waste_table.setObjectName("wasteTable")
        self.waste_table.setModel(self.waste_model)
        layout.addWidget(self.waste_table, 2)
        self.quality = QLabel(self)
        self.quality.setObjectName("qualityLabel")
        layout.addWidget(self.quality)

    def refresh(self) -> None:
        self.baker.reload()
        today = bread.tomorrow(self.ctx) - dt.timedelta(days=1)
        current = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        for label, first, last in _periods(today):
            self.period.addItem(label, (first, last))
        self.period.setCurrentIndex(max(0, current))
        self.period.blockSignals(False)
        self.show_statement()

    def bounds(self) -> tuple[dt.date, dt.date] | None:
        data = self.period.currentData()
        return (data[0], data[1]) if data else None

    def show_statement(self) -> None:
        baker_id = self.baker.baker_id()
        bounds = self.bounds()
        if baker_id is None or bounds is None:
            self.model.set_rows([])
            return
        view = call_service(self, lambda: bread.statement(self.ctx, baker_id, *bounds))
        if view is None:
            return
        self.contract.setText(view.contract_label)
        self.model.set_rows(list(view.lines))
        t = view.totals
        self.totals.setText(
            self.tr(
                "Livrés {0} — rendus {1} — vendus {2} — encaissé {3} — commission {4} — "
                "achat {5} — dû au boulanger {6}"
            ).format(
                t.delivered,
                t.returned,
                t.sold,
                format_eur(t.sold_cents),
                format_eur(t.commission_cents),
                format_eur(t.purchase_cents),
                format_eur(t.owed_to_baker_cents),
            )
        )
        waste = call_service(self, lambda: bread.waste_figures(self.ctx, baker_id, *bounds))
        if waste is None:
            return
        self.waste_model.set_rows(list(waste.rows))
        q = waste.quality
        self.quality.setText(
            self.tr("{0} jour(s)-article : invendus {1}, écart moyen de la suggestion {2}").format(
                q.days, _pct(q.unsold_rate), _pct(q.error_rate)
            )
        )

    def save_pdf(self) -> None:
        baker_id = self.baker.baker_id()
        bounds = self.bounds()
        if baker_id is None or bounds is None:
            return
        path = call_service(self, lambda: bread.save_statement_pdf(self.ctx, baker_id, *bounds))
        if path is not None:
            self.last_pdf = str(path)
            show_toast(self, self.tr("Relevé enregistré : {0}").format(path))
