"""The Rapports section: today's figures at a glance, the week and the month as charts,
and any report (X of today, Z of a day, month, year) to read, save as PDF or print.

Figures come from ``services.figures`` (a few SQL aggregates, fast enough to load on the
GUI thread); PDFs are written on a worker by ``ReportView``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.reports.formatting import month_fr
from cafe_pos.services import figures
from cafe_pos.services.context import ServiceContext
from cafe_pos.services.figures import Figures
from cafe_pos.ui.alcohol.warnings import CatalogueWarningsBanner
from cafe_pos.ui.reports.charts import BarChart, HeatMap
from cafe_pos.ui.reports.report_view import ReportView
from cafe_pos.ui.widgets.messages import call_service


class FigureCard(QFrame):
    """A big number with its caption ("Total TTC" / "845,20 €")."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(
            f"#{name} {{ background: #ffffff; border: 1px solid #d9cfc2; border-radius: 10px; }}"
        )
        self.value = QLabel("—", self)
        self.value.setObjectName(f"{name}Value")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 700; border: none;")
        caption_label = QLabel(caption, self)
        caption_label.setStyleSheet("color: #546e7a; border: none;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(caption_label)


class ReportsSection(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsSection")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.today_figures: Figures | None = None

        self.cards = {
            "tickets": FigureCard(self.tr("Tickets aujourd'hui"), "cardTickets", self),
            "total": FigureCard(self.tr("Total TTC"), "cardTotal", self),
            "basket": FigureCard(self.tr("Panier moyen"), "cardBasket", self),
            "cash": FigureCard(self.tr("Espèces"), "cardCash", self),
            "card": FigureCard(self.tr("Carte bancaire"), "cardCard", self),
        }
        cards = QGridLayout()
        for index, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, index)
        self.week_chart = BarChart(self)
        self.week_chart.setObjectName("weekChart")
        self.month_chart = BarChart(self)
        self.month_chart.setObjectName("monthChart")
        self.heat_map = HeatMap(self)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("reportDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        buttons = QHBoxLayout()
        for name, text, handler in (
            ("xTodayButton", self.tr("Lecture X du jour"), self.show_x_today),
            ("zButton", self.tr("Z du jour choisi"), self.show_z),
            ("monthButton", self.tr("Mois"), self.show_month),
            ("yearButton", self.tr("Année"), self.show_year),
            ("refreshButton", self.tr("Actualiser"), self.refresh),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            if name == "xTodayButton":
                buttons.addWidget(QLabel(self.tr("Jour :"), self))
                buttons.addWidget(self.date_edit)
        buttons.addStretch(1)

        self.view = ReportView(ctx, actor_provider, self)
        left = QVBoxLayout()
        left.addLayout(cards)
        left.addWidget(self.week_chart, 1)
        left.addWidget(self.month_chart, 1)
        left.addWidget(self.heat_map, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.view, 2)
        self.responsible_warnings = CatalogueWarningsBanner(ctx, self)  # < 10 soft drinks...
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.responsible_warnings)
        layout.addLayout(body, 1)
        self.refresh()

    def _today(self) -> dt.date:
        return business_date(self.ctx.clock.now())

    def _chosen_day(self) -> dt.date:
        chosen = self.date_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def refresh(self) -> None:
        """Reload today's figures and the charts of the week and the month."""
        self.responsible_warnings.refresh()
        today = self._today()
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        if self.date_edit.date() > self.date_edit.maximumDate() or self.today_figures is None:
            self.date_edit.setDate(QDate(today.year, today.month, today.day))
        x = call_service(self, lambda: figures.x_figures(self.ctx, today), toast=True)
        self.today_figures = x
        if x is not None:
            payments = {a.label: a.cents for a in x.by_payment_method}
            self.cards["tickets"].value.setText(str(x.tickets))
            self.cards["total"].value.setText(format_eur(x.total_cents))
            self.cards["basket"].value.setText(format_eur(x.average_basket_cents))
            self.cards["cash"].value.setText(format_eur(payments.get("cash", 0)))
            self.cards["card"].value.setText(format_eur(payments.get("card", 0)))
            if self.view.figures is None or self.view.figures.kind == "x":
                self.view.set_figures(x)
        week = figures.daily_totals(self.ctx, today - dt.timedelta(days=6), today)
        self.week_chart.set_points(
            self.tr("7 derniers jours"),
            [(f"{p.day:%d/%m}", p.total_cents) for p in week],
            highlight=len(week) - 1,
        )
        month = call_service(
            self, lambda: figures.month_figures(self.ctx, today.year, today.month), toast=True
        )
        if month is not None:
            self.month_chart.set_points(
                self.tr("Ce mois-ci ({0})").format(month_fr(today.year, today.month)),
                [(str(p.day.day), p.total_cents) for p in month.days],
                highlight=today.day - 1,
            )
            self.heat_map.set_cells(
                self.tr("Ventes par heure ({0})").format(month_fr(today.year, today.month)),
                {(weekday, hour): cents for weekday, hour, cents in month.week_hours},
            )

    def _show(self, loaded: Figures | None, *, printed: bool = False) -> None:
        if loaded is not None:
            self.view.set_figures(loaded, printed=printed)

    def show_x_today(self) -> None:
        self._show(call_service(self, lambda: figures.x_figures(self.ctx, self._today())))

    def show_z(self) -> None:
        day = self._chosen_day()
        # a closed Z was printed when it was made: printing it again is a duplicate
        z = call_service(self, lambda: figures.z_figures(self.ctx, day))
        self._show(z, printed=z is not None and z.closed)

    def show_month(self) -> None:
        day = self._chosen_day()
        month = call_service(self, lambda: figures.month_figures(self.ctx, day.year, day.month))
        self._show(month)

    def show_year(self) -> None:
        day = self._chosen_day()
        year = call_service(self, lambda: figures.year_figures(self.ctx, day.year))
        self._show(year)
