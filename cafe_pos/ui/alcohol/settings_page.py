"""Réglages > Vente responsable: legal hours per weekday, exceptions by date, the reminder
and SAM thresholds and texts, the happy-hour promotions, and the catalogue warnings.

The legal rules themselves have no switch here: only the hours of the café's prefectoral
order, thresholds and texts can change (hours changes are journaled by the service).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.alcohol import HELP_LINE
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.schedule import WEEKDAY_NAMES
from cafe_pos.domain.users import Actor
from cafe_pos.services import alcohol_config, settings
from cafe_pos.ui.alcohol.promotions_editor import PromotionsEditor
from cafe_pos.ui.alcohol.warnings import CatalogueWarningsBanner
from cafe_pos.ui.widgets.messages import error_text, require_actor, show_toast

# setting key -> divisor for display (basis points are shown as whole %)
_NUMBERS = {
    "alcohol.reminder_threshold_drinks": 1,
    "alcohol.reminder_window_minutes": 1,
    "alcohol.sam_discount_bp": 100,
    "alcohol.sam_max_drinks": 1,
}
_TEXTS = ("alcohol.reminder_text", "alcohol.refusal_text")


class ResponsibleSettingsPage(QWidget):
    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("responsibleSettingsPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        title = QLabel(self.tr("Vente responsable d'alcool"), self)
        title.setObjectName("pageTitle")
        self.warnings_label = CatalogueWarningsBanner(ctx, self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("formErrors")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        host = QWidget(self)
        column = QVBoxLayout(host)
        column.addWidget(self.warnings_label)
        column.addWidget(self._hours_group(host))
        column.addWidget(self._exceptions_group(host))
        column.addWidget(self._thresholds_group(host))
        self.promotions = PromotionsEditor(ctx, actor_provider, host)
        column.addWidget(self.promotions)
        help_line = QLabel(self.tr("Numéro d'aide affiché : {0}").format(HELP_LINE), host)
        help_line.setWordWrap(True)
        column.addWidget(help_line)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.error_label)
        layout.addWidget(scroll, 1)
        self._loaded = False  # read the database when first shown, not at start-up

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.load()
        super().showEvent(event)

    # -- building ----------------------------------------------------------------------
    def _hours_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Horaires légaux de vente d'alcool (arrêté préfectoral)"), parent)
        form = QFormLayout(group)
        hint = QLabel(
            self.tr(
                "Une ou plusieurs plages par jour, par exemple « 07:00-13:00, 15:00-01:00 » "
                "(une plage qui passe minuit finit le lendemain) ; « fermé » pour aucun alcool. "
                "Hors de ces plages, l'alcool est bloqué ; chaque modification est journalisée."
            ),
            group,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.hour_edits: dict[int, QLineEdit] = {}
        for weekday, name in enumerate(WEEKDAY_NAMES):
            edit = QLineEdit(group)
            edit.setObjectName(f"hours{weekday}")
            self.hour_edits[weekday] = edit
            form.addRow(name.capitalize(), edit)
        self.save_hours_button = QPushButton(self.tr("Enregistrer les horaires"), group)
        self.save_hours_button.setObjectName("saveHours")
        self.save_hours_button.setProperty("kind", "primary")
        self.save_hours_button.clicked.connect(self.save_hours)
        form.addRow("", self.save_hours_button)
        return group

    def _exceptions_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Exceptions (fête du village, jour fermé…)"), parent)
        layout = QVBoxLayout(group)
        self.exceptions_table = QTableWidget(0, 3, group)
        self.exceptions_table.setObjectName("exceptionsTable")
        self.exceptions_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Motif"), self.tr("Horaires")]
        )
        self.exceptions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.exceptions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.exceptions_table.horizontalHeader().setStretchLastSection(True)
        self.exceptions_table.setMinimumHeight(120)
        layout.addWidget(self.exceptions_table)
        row = QHBoxLayout()
        self.exception_date = QDateEdit(group)
        self.exception_date.setObjectName("exceptionDate")
        self.exception_date.setCalendarPopup(True)
        self.exception_date.setDisplayFormat("dd/MM/yyyy")
        today = self.ctx.clock.now().date()
        self.exception_date.setDate(QDate(today.year, today.month, today.day))
        self.exception_label = QLineEdit(group)
        self.exception_label.setObjectName("exceptionLabel")
        self.exception_label.setPlaceholderText(self.tr("Motif"))
        self.exception_hours = QLineEdit(group)
        self.exception_hours.setObjectName("exceptionHours")
        self.exception_hours.setPlaceholderText("07:00-03:00")
        self.add_exception_button = QPushButton(self.tr("Ajouter"), group)
        self.add_exception_button.setObjectName("addException")
        self.add_exception_button.clicked.connect(self.add_exception)
        self.delete_exception_button = QPushButton(self.tr("Supprimer"), group)
        self.delete_exception_button.setObjectName("deleteException")
        self.delete_exception_button.clicked.connect(self.delete_exception)
        for widget in (self.exception_date, self.exception_label, self.exception_hours):
            row.addWidget(widget)
        row.addWidget(self.add_exception_button)
        row.addWidget(self.delete_exception_button)
        layout.addLayout(row)
        return group

    def _thresholds_group(self, parent: QWidget) -> QGroupBox:
        group = QGroupBox(self.tr("Rappel bienveillant, SAM et textes"), parent)
        form = QFormLayout(group)
        self.number_edits: dict[str, QSpinBox] = {}
        for key, divisor in _NUMBERS.items():
            spec = settings.spec_for(key)
            spin = QSpinBox(group)
            spin.setObjectName(f"setting_{key}")
            spin.setRange(max((spec.minimum or 0) // divisor, 1), (spec.maximum or 0) // divisor)
            if divisor == 100:
                spin.setSuffix(" %")
            self.number_edits[key] = spin
            form.addRow(spec.label, spin)
        self.text_edits: dict[str, QLineEdit] = {}
        for key in _TEXTS:
            edit = QLineEdit(group)
            edit.setObjectName(f"setting_{key}")
            self.text_edits[key] = edit
            form.addRow(settings.spec_for(key).label, edit)
        self.save_thresholds_button = QPushButton(self.tr("Enregistrer"), group)
        self.save_thresholds_button.setObjectName("saveThresholds")
        self.save_thresholds_button.clicked.connect(self.save_thresholds)
        form.addRow("", self.save_thresholds_button)
        return group

    # -- data ---------------------------------------------------------------------------
    def load(self) -> None:
        self._loaded = True
        self.warnings_label.refresh()
        for view in alcohol_config.weekly_hours(self.ctx):
            self.hour_edits[view.weekday].setText(view.intervals)
        self.exceptions = alcohol_config.list_exceptions(self.ctx)
        self.exceptions_table.setRowCount(len(self.exceptions))
        for row, exception in enumerate(self.exceptions):
            cells = [f"{exception.day:%d/%m/%Y}", exception.label, exception.intervals]
            for column, text in enumerate(cells):
                self.exceptions_table.setItem(row, column, QTableWidgetItem(text))
        for key, divisor in _NUMBERS.items():
            self.number_edits[key].setValue(settings.get_int(self.ctx, key) // divisor)
        for key in _TEXTS:
            self.text_edits[key].setText(settings.get_str(self.ctx, key))
        self.promotions.load()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _run(self, action: Callable[[Actor], object], done: str) -> bool:
        try:
            action(require_actor(self.actor_provider))
        except UserError as exc:
            self.show_error(error_text(exc))
            return False
        self.show_error("")
        self.load()
        show_toast(self, done)
        return True

    def save_hours(self) -> bool:
        texts = {day: edit.text() for day, edit in self.hour_edits.items()}
        return self._run(
            lambda actor: alcohol_config.set_weekly_hours(self.ctx, actor, texts),
            self.tr("Horaires enregistrés"),
        )

    def _exception_day(self) -> dt.date:
        date = self.exception_date.date()
        return dt.date(date.year(), date.month(), date.day())

    def add_exception(self) -> bool:
        day, label, hours = (
            self._exception_day(),
            self.exception_label.text(),
            self.exception_hours.text(),
        )
        return self._run(
            lambda actor: alcohol_config.save_exception(self.ctx, actor, day, label, hours),
            self.tr("Exception enregistrée"),
        )

    def delete_exception(self) -> bool:
        rows = {index.row() for index in self.exceptions_table.selectedIndexes()}
        if len(rows) != 1:
            self.show_error(self.tr("Choisissez d'abord une exception dans la liste"))
            return False
        day = self.exceptions[rows.pop()].day
        return self._run(
            lambda actor: alcohol_config.delete_exception(self.ctx, actor, day),
            self.tr("Exception supprimée"),
        )

    def save_thresholds(self) -> bool:
        values: dict[str, object] = {
            key: self.number_edits[key].value() * divisor for key, divisor in _NUMBERS.items()
        }
        values.update({key: self.text_edits[key].text() for key in _TEXTS})

        def save(actor: Actor) -> None:
            for key, value in values.items():  # all checked first: all saved or none
                settings.coerce(settings.spec_for(key), value)
            for key, value in values.items():
                settings.set_setting(self.ctx, actor, key, value)

        return self._run(save, self.tr("Réglages enregistrés"))
