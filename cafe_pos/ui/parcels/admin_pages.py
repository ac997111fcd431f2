"""The Colis section's back-office pages: the month's commission per carrier (with its PDF
statement) and the carriers' contract settings (holding period, who may collect, drop-off
limits, commission per event).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.parcels import CarrierRules, CommissionEvent, HoldingCalendar, ProxyRule
from cafe_pos.domain.users import Actor
from cafe_pos.services import parcels
from cafe_pos.services.parcels import CarrierView
from cafe_pos.ui.parcels.handover import big_table
from cafe_pos.ui.parcels.models import (
    CARRIER,
    CLOSED,
    NAME,
    RECEIVED,
    STATUS,
    TRACKING,
    CarrierModel,
    CommissionModel,
    ParcelTableModel,
    event_label,
    proxy_label,
)
from cafe_pos.ui.parcels.pages import primary
from cafe_pos.ui.widgets.messages import call_service, require_actor, show_toast

ActorProvider = Callable[[], Actor | None]
PathChooser = Callable[[QWidget, str], Path | None]


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("parcels", "Enregistrer le relevé"),
        suggested,
        "PDF (*.pdf)",
    )
    return Path(name) if name else None


def last_months(today: dt.date, count: int = 12) -> list[str]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(f"{year:04d}-{month:02d}")
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return months


class CommissionPage(QWidget):
    """One month, one row per carrier; "Relevé PDF" for the selected carrier."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commissionPage")
        self.ctx = ctx
        self.choose_path: PathChooser = choose_pdf_path
        self.month = QComboBox(self)
        self.month.setObjectName("commissionMonth")
        self.month.currentIndexChanged.connect(lambda _i: self.load())
        self.model = CommissionModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("commissionTable")
        self.table.setModel(self.model)
        big_table(self.table)
        self.total = QLabel("", self)
        self.total.setObjectName("commissionTotal")
        self.total.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.pdf_button = primary(QPushButton(self.tr("Relevé PDF du transporteur"), self))
        self.pdf_button.setObjectName("commissionPdf")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.last_pdf: Path | None = None
        hint = QLabel(
            self.tr(
                "La commission est un revenu de service du café, jamais une vente en caisse. "
                "Le relevé ne contient aucun nom."
            ),
            self,
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Mois"), self))
        top.addWidget(self.month)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.total, 1)
        bottom.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        if self.month.count() == 0:
            self.month.blockSignals(True)
            for month in last_months(self.ctx.clock.now().date()):
                self.month.addItem(month, month)
            self.month.blockSignals(False)
        self.load()

    def load(self) -> None:
        month = self.month.currentData()
        if not month:
            return
        statements = call_service(self, lambda: parcels.commission_statements(self.ctx, month))
        rows = statements or []
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.total.setText(
            self.tr("Total du mois : {0}").format(format_eur(sum(s.total_cents for s in rows)))
        )

    def export_pdf(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        statement = self.model.row(index.row())
        month = str(self.month.currentData())
        suggested = f"commissions-{statement.carrier_name.split(' ')[0].lower()}-{month}.pdf"
        path = self.choose_path(self, suggested)
        if path is None:
            return
        done = call_service(
            self, lambda: parcels.write_commission_pdf(self.ctx, statement.carrier_id, month, path)
        )
        if done is not None:
            self.last_pdf = path
            show_toast(self, self.tr("Relevé enregistré : {0}").format(path.name))


class CarriersPage(QWidget):
    """The carriers' contract figures: choose one in the list, change, "Enregistrer"."""

    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("carriersPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.model = CarrierModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("carriersTable")
        self.table.setModel(self.model)
        big_table(self.table)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show(current.row())
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("carrierName")
        self.days = QSpinBox(self)
        self.days.setObjectName("carrierDays")
        self.days.setRange(1, 60)
        self.calendar = QComboBox(self)
        self.calendar.addItem(self.tr("jours calendaires"), HoldingCalendar.CALENDAR.value)
        self.calendar.addItem(self.tr("jours ouvrés (hors fériés)"), HoldingCalendar.WORKING.value)
        self.proxy = QComboBox(self)
        # long rule names never widen the page (1024 px screens)
        self.proxy.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.proxy.setMinimumContentsLength(18)
        for rule in ProxyRule:
            self.proxy.addItem(proxy_label(rule.value), rule.value)
        self.pickup_code = QCheckBox(
            self.tr("Le code de retrait remplace la pièce d'identité"), self
        )
        self.weight = QSpinBox(self)
        self.weight.setRange(0, 100)
        self.weight.setSuffix(" kg")
        self.weight.setSpecialValueText(self.tr("aucune"))
        self.sum_cm = QSpinBox(self)
        self.sum_cm.setRange(0, 500)
        self.sum_cm.setSuffix(" cm")
        self.sum_cm.setSpecialValueText(self.tr("aucune"))
        self.side_cm = QSpinBox(self)
        self.side_cm.setRange(0, 300)
        self.side_cm.setSuffix(" cm")
        self.side_cm.setSpecialValueText(self.tr("aucune"))
        self.rates: dict[CommissionEvent, QSpinBox] = {}
        for event in CommissionEvent:
            box = QSpinBox(self)
            box.setRange(0, 10_000)
            box.setSuffix(" cts")
            box.setMaximumWidth(150)
            box.setMinimumWidth(140)  # four in a row beside the navigation of a 1024 px screen
            self.rates[event] = box
        self.active = QCheckBox(self.tr("Actif"), self)
        self.save_button = primary(QPushButton(self.tr("Enregistrer"), self))
        self.save_button.setObjectName("carrierSave")
        self.save_button.clicked.connect(self.save)
        self.add_button = QPushButton(self.tr("Nouveau transporteur"), self)
        self.add_button.setObjectName("carrierAdd")
        self.add_button.clicked.connect(self.new)
        self._editing: CarrierView | None = None

        form = QFormLayout()
        form.addRow(self.tr("Nom"), self.name)
        days_row = QHBoxLayout()
        days_row.addWidget(self.days)
        days_row.addWidget(self.calendar, 1)
        form.addRow(self.tr("Durée de garde"), days_row)
        form.addRow(self.tr("Retrait par un tiers"), self.proxy)
        form.addRow("", self.pickup_code)
        limits = QGridLayout()
        for column, (label, box) in enumerate(
            (
                (self.tr("Poids"), self.weight),
                (self.tr("L+l+h"), self.sum_cm),
                (self.tr("Côté"), self.side_cm),
            )
        ):
            box.setMinimumWidth(140)  # three in a row beside the navigation at 1024 px
            limits.addWidget(QLabel(label, self), 0, column)
            limits.addWidget(box, 1, column)
        form.addRow(self.tr("Limites de dépôt"), limits)
        rates = QGridLayout()
        for index, (event, box) in enumerate(self.rates.items()):
            rates.addWidget(QLabel(event_label(event), self), 0, index)
            rates.addWidget(box, 1, index)
        # the commissions on a row of their own (the whole width): fits 1024 px
        form.addRow(QLabel(self.tr("Commission"), self))
        form.addRow(rates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.active)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        carriers = call_service(
            self, lambda: parcels.list_carriers(self.ctx, include_inactive=True)
        )
        self.model.set_rows(carriers or [])
        if carriers:
            self.table.selectRow(0)
            self._show(0)

    def _show(self, index: int) -> None:
        if not 0 <= index < self.model.rowCount():
            return
        view: CarrierView = self.model.row(index)
        self._editing = view
        rules = view.rules
        self.name.setText(rules.name)
        self.days.setValue(rules.holding_days)
        self.calendar.setCurrentIndex(self.calendar.findData(rules.holding_calendar.value))
        self.proxy.setCurrentIndex(self.proxy.findData(rules.proxy.value))
        self.pickup_code.setChecked(rules.pickup_code)
        self.weight.setValue((rules.max_weight_g or 0) // 1000)
        self.sum_cm.setValue(rules.max_sum_cm or 0)
        self.side_cm.setValue(rules.max_side_cm or 0)
        for event, box in self.rates.items():
            box.setValue(rules.commission(event))
        self.active.setChecked(view.active)

    def new(self) -> None:
        self._editing = None
        self.table.clearSelection()
        self.name.clear()
        self.days.setValue(7)
        self.calendar.setCurrentIndex(0)
        self.proxy.setCurrentIndex(0)
        self.pickup_code.setChecked(False)
        for box in (self.weight, self.sum_cm, self.side_cm, *self.rates.values()):
            box.setValue(0)
        self.active.setChecked(True)
        self.name.setFocus()

    def _rules(self) -> CarrierRules:
        base = self._editing.rules if self._editing else None
        return CarrierRules(
            code=base.code if base else "",
            name=self.name.text().strip(),
            holding_days=self.days.value(),
            holding_calendar=HoldingCalendar(self.calendar.currentData()),
            proxy=ProxyRule(self.proxy.currentData()),
            pickup_code=self.pickup_code.isChecked(),
            max_weight_g=self.weight.value() * 1000 or None,
            max_sum_cm=self.sum_cm.value() or None,
            max_side_cm=self.side_cm.value() or None,
            commission_cents={event: box.value() for event, box in self.rates.items()},
            formats=base.formats if base else (),
        )

    def save(self) -> None:
        editing = self._editing
        rules = self._rules()
        saved = call_service(
            self,
            lambda: parcels.save_carrier(
                self.ctx,
                require_actor(self.actor_provider),
                rules,
                carrier_id=None if editing is None else editing.id,
                active=self.active.isChecked(),
            ),
        )
        if saved is None:
            return
        show_toast(self, self.tr("Transporteur enregistré : {0}").format(saved.name))
        self.refresh()
        for row in range(self.model.rowCount()):
            if self.model.row(row).id == saved.id:
                self.table.selectRow(row)
                self._show(row)


class PersonalDataPage(QWidget):
    """A person asks what the café keeps about them (or to erase it): every parcel still
    carrying a matching name, and "Effacer les noms" for the closed ones (manager)."""

    def __init__(
        self, ctx: ServiceContext, actor_provider: ActorProvider, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personalDataPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.search = QLineEdit(self)
        self.search.setObjectName("personalSearch")
        self.search.setPlaceholderText(self.tr("Nom de la personne (au moins deux lettres)"))
        self.search.returnPressed.connect(self.run_search)
        search_button = QPushButton(self.tr("Chercher"), self)
        search_button.clicked.connect(self.run_search)
        self.model = ParcelTableModel(
            [NAME, TRACKING, CARRIER, STATUS, RECEIVED, CLOSED], parent=self
        )
        self.table = QTableView(self)
        self.table.setObjectName("personalResults")
        self.table.setModel(self.model)
        big_table(self.table)
        self.erase_button = QPushButton(self.tr("Effacer les noms des colis clos"), self)
        self.erase_button.setObjectName("personalErase")
        self.erase_button.setProperty("kind", "danger")
        self.erase_button.clicked.connect(self.erase)
        hint = QLabel(
            self.tr(
                "Seuls sont gardés le nom de l'étiquette, les dates, l'état, l'emplacement et "
                "qui a servi ; les noms s'effacent d'eux-mêmes après le délai des réglages."
            ),
            self,
        )
        hint.setObjectName("pageHint")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(search_button)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def refresh(self) -> None:
        self.search.setFocus()

    def run_search(self) -> None:
        text = self.search.text()
        found = call_service(
            self,
            lambda: parcels.data_subject_search(self.ctx, require_actor(self.actor_provider), text),
        )
        self.model.set_rows(found or [])

    def erase(self) -> None:
        closed = [p.id for p in self.model.rows if p.closed_at is not None]
        if not closed:
            return
        done = call_service(
            self,
            lambda: parcels.erase_names_now(self.ctx, require_actor(self.actor_provider), closed),
        )
        if done is not None:
            show_toast(self, self.tr("{0} nom(s) effacé(s)").format(done))
            self.run_search()
