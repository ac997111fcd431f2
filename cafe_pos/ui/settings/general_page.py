"""General settings, built from the declarations of ``services.settings`` (label, type,
limits, unit, help). Amounts are typed in euros, rates in %, hours as hours."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import format_amount
from cafe_pos.domain.users import Actor
from cafe_pos.domain.vat import format_rate
from cafe_pos.services import settings as settings_service
from cafe_pos.ui.i18n import LANGUAGE_NAMES
from cafe_pos.ui.widgets.messages import error_text, require_actor, show_toast
from cafe_pos.ui.widgets.money import parse_amount

Editor = QCheckBox | QComboBox | QLineEdit | QSpinBox


class GeneralSettingsPage(QWidget):
    """One editor per declared setting; "Enregistrer" saves the changed ones."""

    def __init__(
        self,
        ctx: ServiceContext,
        actor_provider: Callable[[], Actor | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("generalSettingsPage")
        self.ctx = ctx
        self.actor_provider = actor_provider
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self._views: dict[str, settings_service.SettingView] = {}
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setVerticalSpacing(6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_host)
        scroll.viewport().setAutoFillBackground(False)
        self.form_host.setAutoFillBackground(False)
        self.save_button = QPushButton(self.tr("Enregistrer les réglages"), self)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setProperty("kind", "primary")
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.load()

    # -- editors ----------------------------------------------------------------------
    def load(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.errors.clear()
        for view in settings_service.all_settings(self.ctx):
            if view.hidden:
                continue  # edited on its own page
            self._views[view.key] = view
            editor = self._editor(view)
            editor.setObjectName(f"setting_{view.key}")
            self.editors[view.key] = editor
            cell = QWidget(self.form_host)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 4, 0, 4)
            column.setSpacing(2)
            if view.kind == "int" and view.unit in ("cents", "bp"):
                row = QHBoxLayout()
                row.addWidget(editor)
                row.addWidget(QLabel("€" if view.unit == "cents" else "%", cell))
                row.addStretch(1)
                column.addLayout(row)
            else:
                column.addWidget(editor)
            notes = [view.help] if view.help else []
            if view.compliance:
                notes.append(
                    self.tr("Réglage réglementaire : chaque modification est journalisée.")
                )
            if notes:
                help_label = QLabel(" ".join(notes), cell)
                help_label.setObjectName("pageHint")
                help_label.setWordWrap(True)
                column.addWidget(help_label)
            error = QLabel(cell)
            error.setProperty("error", True)
            error.setWordWrap(True)
            error.hide()
            column.addWidget(error)
            self.errors[view.key] = error
            label = QLabel(view.label, self.form_host)
            label.setWordWrap(True)
            label.setMinimumWidth(260)
            self.form.addRow(label, cell)

    def _editor(self, view: settings_service.SettingView) -> Editor:
        if view.kind == "bool":
            check = QCheckBox(self.form_host)
            check.setChecked(bool(view.value))
            return check
        if view.choices:
            combo = QComboBox(self.form_host)
            for choice in view.choices:
                label = LANGUAGE_NAMES.get(choice, choice) if view.key == "ui.language" else choice
                combo.addItem(label, choice)
            combo.setCurrentIndex(max(combo.findData(view.value), 0))
            return combo
        if view.kind == "int" and view.unit == "cents":
            edit = QLineEdit(self.form_host)
            edit.setText(format_amount(int(view.value)).replace(" ", ""))
            edit.setMaximumWidth(220)
            return edit
        if view.kind == "int" and view.unit == "bp":
            edit = QLineEdit(self.form_host)
            edit.setText(format_rate(int(view.value)))  # 1000 bp -> "10", 550 -> "5,5"
            edit.setMaximumWidth(220)
            return edit
        if view.kind == "int":
            spin = QSpinBox(self.form_host)
            spin.setRange(
                view.minimum if view.minimum is not None else -999_999,
                view.maximum if view.maximum is not None else 999_999,
            )
            spin.setValue(int(view.value))
            spin.setMaximumWidth(220)
            suffixes = {"hour": self.tr(" h"), "minutes": self.tr(" min")}
            spin.setSuffix(suffixes.get(view.unit, ""))
            return spin
        edit = QLineEdit(self.form_host)
        edit.setText(str(view.value))
        return edit

    def value_of(self, key: str) -> object:
        """The editor's value in the setting's type (UserError on a bad amount or rate)."""
        view = self._views[key]
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if view.kind == "int" and view.unit in ("cents", "bp"):
            # "12,50" € -> 1250 cents; "10,5" % -> 1050 basis points: same arithmetic.
            return parse_amount(editor.text())
        return editor.text()

    # -- save -------------------------------------------------------------------------
    def save(self) -> list[str]:
        """Save every changed setting through the service; returns the keys saved."""
        saved: list[str] = []
        failed = False
        for key, error in self.errors.items():
            error.hide()
            try:
                value = self.value_of(key)
                if value == self._views[key].value:
                    continue
                actor = require_actor(self.actor_provider)
                self._views[key] = settings_service.set_setting(self.ctx, actor, key, value)
            except UserError as exc:
                error.setText(error_text(exc))
                error.show()
                failed = True
                continue
            saved.append(key)
        if saved:
            message = self.tr("{0} réglage(s) enregistré(s)").format(len(saved))
            if "ui.language" in saved:
                message += " — " + self.tr("la langue change au prochain démarrage")
            show_toast(self, message, error=failed)
        elif not failed:
            show_toast(self, self.tr("Aucun changement"))
        return saved
