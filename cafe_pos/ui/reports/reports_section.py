"""The Rapports section: today's figures at a glance, the week and the month as charts,
and any report (X of today, Z of a day, month, year) to read, save as PDF or print.

Figures come from ``services.figures`` (a few SQL aggregates, fast enough to load on the
GUI thread); PDFs are written on a worker by ``ReportView``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.users import Actor
from cafe_pos.reports.content import report_title
from cafe_pos.services import figures
from cafe_pos.services.figures import Figures
from cafe_pos.ui.alcohol.warnings import CatalogueWarningsBanner
from cafe_pos.ui.i18n import active_language
from cafe_pos.ui.reports.charts import BarChart, HeatMap
from cafe_pos.ui.reports.report_view import ReportView
from cafe_pos.ui.widgets.messages import call_service

# Beside the 230 px navigation of a 1280×800 screen: compact buttons and cards, so the
# toolbar, the five cards, the charts and the report panel fit without the window growing.
SECTION_STYLE = """
#reportsSection QPushButton { min-height: 44px; padding: 2px 12px; }
#reportsSection QDateEdit { min-height: 40px; padding: 0 6px; }
#reportsSection #reportTitle { font-size: 16pt; }
QFrame[figureCard="true"] { background: #ffffff; border: 1px solid #d9cfc2; border-radius: 10px; }
QFrame[figureCard="true"] QLabel { border: none; background: transparent; }
QLabel[cardValue="true"] { font-size: 18pt; font-weight: 700; }
QLabel[cardCaption="true"] { color: #546e7a; font-size: 12pt; }
"""


class FigureCard(QFrame):
    """A big number with its caption ("Total TTC" / "845,20 €")."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("figureCard", True)
        self.value = QLabel("—", self)
        self.value.setObjectName(f"{name}Value")
        self.value.setProperty("cardValue", True)
        self.caption = QLabel(caption, self)
        self.caption.setProperty("cardCaption", True)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


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
            "tickets": FigureCard(self.tr("Tickets de vente"), "cardTickets", self),
            "total": FigureCard(self.tr("Total TTC"), "cardTotal", self),
            "basket": FigureCard(self.tr("Panier moyen"), "cardBasket", self),
            "cash": FigureCard(self.tr("Espèces"), "cardCash", self),
            "card": FigureCard(self.tr("Carte bancaire"), "cardCard", self),
        }
        # what the cards are the figures of: the X of the service period, or the Z just made
        self.cards_label = QLabel(self)
        self.cards_label.setObjectName("cardsLabel")
        self.cards_label.setProperty("cardCaption", True)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card, 1)
        self.week_chart = BarChart(self)
        self.week_chart.setObjectName("weekChart")
        self.month_chart = BarChart(self)
        self.month_chart.setObjectName("monthChart")
        self.heat_map = HeatMap(self)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("reportDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        # Toolbar on two rows (it fits beside the navigation of a 1024 px screen): today's
        # reading, then the reports of a chosen day.
        today_row = QHBoxLayout()
        today_row.setSpacing(6)
        day_row = QHBoxLayout()
        day_row.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for name, text, handler in (
            ("xTodayButton", self.tr("Lecture X du jour"), self.show_x_today),
            ("refreshButton", self.tr("Actualiser"), self.refresh),
            ("zButton", self.tr("Z du jour choisi"), self.show_z),
            ("monthButton", self.tr("Mois"), self.show_month),
            ("yearButton", self.tr("Année"), self.show_year),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(handler)
            self.buttons[name] = button
            if name == "zButton":
                day_row.addWidget(QLabel(self.tr("Jour :"), self))
                day_row.addWidget(self.date_edit)
            (day_row if name in ("zButton", "monthButton", "yearButton") else today_row).addWidget(
                button
            )
        today_row.addStretch(1)
        day_row.addStretch(1)
        toolbar = QVBoxLayout()
        toolbar.setSpacing(6)
        self.toolbar_rows = (today_row, day_row)
        toolbar.addLayout(today_row)
        toolbar.addLayout(day_row)

        self.view = ReportView(ctx, actor_provider, self)
        charts = QVBoxLayout()
        charts.addWidget(self.week_chart, 1)
        charts.addWidget(self.month_chart, 1)
        charts.addWidget(self.heat_map, 1)
        body = QHBoxLayout()
        body.addLayout(charts, 1)
        body.addWidget(self.view, 1)  # the VAT table (4 columns) reads without scrolling
        self.responsible_warnings = CatalogueWarningsBanner(ctx, self)  # < 10 soft drinks...
        self.setStyleSheet(SECTION_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(8)
        layout.addLayout(toolbar)
        layout.addWidget(self.responsible_warnings)
        layout.addWidget(self.cards_label)
        layout.addLayout(cards)
        layout.addLayout(body, 1)
        self._shown_before = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Each time the section comes back on screen its figures are read again (a Z made
        in Caisse since shows here at once)."""
        if self._shown_before:
            self.refresh()
        self._shown_before = True
        super().showEvent(event)

    @staticmethod
    def month_name(day: dt.date) -> str:
        """ "novembre 2026" / "November 2026", in the interface language."""
        return QLocale().toString(QDate(day.year, day.month, 1), "MMMM yyyy")

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
        current = call_service(self, lambda: figures.current_report(self.ctx), toast=True)
        self.today_figures = current
        if current is not None:
            payments = {a.label: a.cents for a in current.by_payment_method}
            self.cards_label.setText(
                self.tr("Chiffres de : {0}").format(report_title(current, active_language()))
            )
            self.cards["tickets"].value.setText(str(current.tickets))
            self.cards["total"].value.setText(format_eur(current.total_cents))
            self.cards["basket"].value.setText(format_eur(current.average_basket_cents))
            self.cards["cash"].value.setText(format_eur(payments.get("cash", 0)))
            self.cards["card"].value.setText(format_eur(payments.get("card", 0)))
            shown = self.view.figures
            # after a Z, the Z just sealed replaces the reading it closed
            if shown is None or shown.kind == "x" or (shown.kind == current.kind == "z"):
                self.view.set_figures(current, printed=current.closed)
        week = figures.daily_totals(self.ctx, today - dt.timedelta(days=6), today)
        week_total = sum(p.total_cents for p in week)
        self.week_chart.set_points(
            self.tr("7 derniers jours : {0} au total").format(format_eur(week_total)),
            [(f"{p.day:%d/%m}", p.total_cents) for p in week],
            highlight=len(week) - 1,
        )
        month = call_service(
            self, lambda: figures.month_figures(self.ctx, today.year, today.month), toast=True
        )
        if month is not None:
            month_total = sum(p.total_cents for p in month.days)
            self.month_chart.set_points(
                self.tr("{0} : {1} au total").format(
                    self.month_name(today), format_eur(month_total)
                ),
                [(str(p.day.day), p.total_cents) for p in month.days],
                highlight=today.day - 1,
            )
            self.heat_map.set_cells(
                self.tr("Ventes par heure ({0})").format(self.month_name(today)),
                {(weekday, hour): cents for weekday, hour, cents in month.week_hours},
            )

    def _show(self, loaded: Figures | None, *, printed: bool = False) -> None:
        if loaded is not None:
            self.view.set_figures(loaded, printed=printed)

    def show_x_today(self) -> None:
        """The reading of the service period now open (the day after a Z made today)."""
        self._show(call_service(self, lambda: figures.x_figures(self.ctx)))

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
