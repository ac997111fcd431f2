"""The first-start assistant's pages about the café itself: welcome (new café or backup),
identity, first manager and legal hours of alcohol sales.

Each page checks what is typed as it is typed, with the services' own checks and French
sentences (the ones ``cafe-pos init`` prints), and keeps "Suivant" greyed out until the
page is right. Nothing is written here: the summary page creates the café at the end.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from cafe_pos.domain.alcohol import DEFAULT_OPENING_HOURS
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.schedule import WEEKDAY_NAMES, format_intervals
from cafe_pos.services import cafe_setup, identity
from cafe_pos.services.users import check_name, check_pin
from cafe_pos.ui.widgets.messages import error_text

PROBLEM_STYLE = "color: #b71c1c;"
TOUCH_HEIGHT = 44  # a finger's target


def problem_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(PROBLEM_STYLE)
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def mark(widget: QWidget, invalid: bool) -> None:
    """Outline a field in red (the style sheet's ``[invalid="true"]``)."""
    if widget.property("invalid") == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def with_problem(parent: QWidget, field: QWidget, problem: QLabel) -> QWidget:
    """A field with its problem right under it (the problem takes no room when hidden)."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(field)
    column.addWidget(problem)
    return box


def page_layout(page: QWidget) -> tuple[QVBoxLayout, QFormLayout]:
    """A form at the top of the page, the rest of the height left empty."""
    layout = QVBoxLayout(page)
    form = QFormLayout()
    layout.addLayout(form)
    return layout, form


def hint_label(parent: QWidget, text: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("pageHint")
    label.setWordWrap(True)
    return label


class WelcomePage(QWizardPage):
    """A new café, or a backup of this café brought back (a new PC, a broken disk)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartWelcome")
        self.setTitle(self.tr("Bienvenue dans cafe-pos"))
        self.setSubTitle(self.tr("Aucune caisse n'est encore installée sur cet ordinateur."))
        self.create_option = QRadioButton(self.tr("Installer un nouveau café"), self)
        self.create_option.setObjectName("firstStartCreate")
        self.restore_option = QRadioButton(
            self.tr("Restaurer une sauvegarde de la caisse (nouvel ordinateur, panne)"), self
        )
        self.restore_option.setObjectName("firstStartRestore")
        group = QButtonGroup(self)
        group.addButton(self.create_option)
        group.addButton(self.restore_option)
        self.create_option.setChecked(True)
        for option in (self.create_option, self.restore_option):
            option.setMinimumHeight(TOUCH_HEIGHT)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self,
                self.tr(
                    "Quelques minutes suffisent : l'identité du café, le compte du gérant ou "
                    "de la gérante, les horaires d'alcool, l'imprimante et le catalogue."
                ),
            )
        )
        layout.addWidget(self.create_option)
        layout.addWidget(self.restore_option)
        layout.addSpacing(12)
        layout.addWidget(
            hint_label(
                self,
                self.tr(
                    "Rien n'est enregistré avant la dernière étape : « Annuler » à tout "
                    "moment ne laisse aucune trace."
                ),
            )
        )
        layout.addStretch(1)

    def wants_restore(self) -> bool:
        return self.restore_option.isChecked()


class CafeIdentityPage(QWizardPage):
    """Name, address, SIRET, VAT number (NAF and register number prefilled)."""

    FIELDS = ("name", "address", "siret", "vat_number", "naf_code", "register_number")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartIdentity")
        self.setTitle(self.tr("Le café"))
        self.setSubTitle(
            self.tr(
                "Ces informations sont imprimées sur chaque ticket et chaque rapport ; "
                "elles sont vérifiées pendant la saisie."
            )
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("setupName")
        self.address_edit = QPlainTextEdit(self)
        self.address_edit.setObjectName("setupAddress")
        self.address_edit.setFixedHeight(76)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setPlaceholderText(self.tr("Rue\nCode postal et commune"))
        self.siret_edit = QLineEdit(self)
        self.siret_edit.setObjectName("setupSiret")
        self.siret_edit.setPlaceholderText(self.tr("14 chiffres"))
        self.vat_edit = QLineEdit(self)
        self.vat_edit.setObjectName("setupVat")
        self.vat_edit.setPlaceholderText(self.tr("FR + 11 caractères (vide en franchise de TVA)"))
        self.naf_edit = QLineEdit("5630Z", self)
        self.naf_edit.setObjectName("setupNaf")
        self.register_edit = QLineEdit("01", self)
        self.register_edit.setObjectName("setupRegister")
        self.register_edit.setMaxLength(8)
        self.edits: dict[str, QWidget] = {
            "name": self.name_edit,
            "address": self.address_edit,
            "siret": self.siret_edit,
            "vat_number": self.vat_edit,
            "naf_code": self.naf_edit,
            "register_number": self.register_edit,
        }
        self.problems = {key: problem_label(self, f"setupProblem_{key}") for key in self.FIELDS}
        labels = {
            "name": self.tr("Nom du café"),
            "address": self.tr("Adresse"),
            "siret": self.tr("SIRET"),
            "vat_number": self.tr("N° de TVA intracommunautaire"),
            "naf_code": self.tr("Code NAF"),
            "register_number": self.tr("N° de caisse"),
        }
        layout, form = page_layout(self)
        for key in self.FIELDS:
            form.addRow(labels[key], with_problem(self, self.edits[key], self.problems[key]))
        layout.addStretch(1)
        self.touched: set[str] = set()
        for key in self.FIELDS:
            edit = self.edits[key]
            assert isinstance(edit, (QLineEdit, QPlainTextEdit))
            edit.textChanged.connect(lambda *_args, key=key: self._edited(key))

    def data(self) -> identity.IdentityInput:
        return identity.IdentityInput(
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            siret=self.siret_edit.text(),
            naf_code=self.naf_edit.text(),
            vat_number=self.vat_edit.text(),
            register_number=self.register_edit.text(),
        )

    def _edited(self, key: str) -> None:
        self.touched.add(key)
        self.refresh()

    def refresh(self) -> None:
        """Show the problem of each field typed in so far (untouched fields stay quiet)."""
        found = identity.field_problems(self.data())
        for key in self.FIELDS:
            text = found.get(key, "") if key in self.touched else ""
            show_problem(self.problems[key], text)
            mark(self.edits[key], bool(text))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not identity.field_problems(self.data())

    def validatePage(self) -> bool:
        try:
            identity.validate_identity(self.data())
        except UserError:
            self.touched.update(self.FIELDS)
            self.refresh()
            return False
        return True


class ManagerPage(QWizardPage):
    """The first manager: name and a 6-digit PIN typed twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartManager")
        self.setTitle(self.tr("Le gérant ou la gérante"))
        self.setSubTitle(self.tr("Son compte ouvre la caisse ; son code fait 6 chiffres."))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("setupManagerName")
        self.pin_edit = QLineEdit(self)
        self.pin_edit.setObjectName("setupPin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(12)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setObjectName("setupPinAgain")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setMaxLength(12)
        self.problem = problem_label(self, "setupManagerProblem")
        layout, form = page_layout(self)
        form.addRow(
            hint_label(
                self,
                self.tr(
                    "Ce compte ouvre et clôture la caisse, valide remboursements et remises "
                    "et ajoute les autres utilisateurs (Réglages › Utilisateurs)."
                ),
            )
        )
        form.addRow(self.tr("Prénom ou nom"), self.name_edit)
        form.addRow(self.tr("Code (6 chiffres)"), self.pin_edit)
        form.addRow(self.tr("Le même code, encore"), self.confirm_edit)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        for edit in (self.name_edit, self.pin_edit, self.confirm_edit):
            edit.textChanged.connect(self.refresh)

    def _problems(self) -> tuple[str, str]:
        """(the name's or the PIN's problem, the second code's), "" when right."""
        try:
            check_name(self.name_edit.text())
            check_pin(self.pin_edit.text(), "manager")
        except UserError as exc:
            return error_text(exc), ""
        if self.confirm_edit.text() != self.pin_edit.text():
            return "", self.tr("Les deux codes ne sont pas identiques")
        return "", ""

    def current_problem(self) -> str:
        first, mismatch = self._problems()
        return first or mismatch

    def refresh(self) -> None:
        first, mismatch = self._problems()
        if first and (self.name_edit.text() or self.pin_edit.text()):
            show_problem(self.problem, first)
        elif mismatch and self.confirm_edit.text():
            show_problem(self.problem, mismatch)
        else:
            show_problem(self.problem, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.current_problem()


class HoursPage(QWizardPage):
    """The legal hours of alcohol sales, per weekday (the prefectoral order)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartHours")
        self.setTitle(self.tr("Horaires de vente d'alcool"))
        self.setSubTitle(self.tr("Recopiez l'arrêté préfectoral (ou municipal) de votre commune."))
        layout, form = page_layout(self)
        form.addRow(
            hint_label(
                self,
                self.tr(
                    "Une ou plusieurs plages par jour, par exemple « 07:00-13:00, "
                    "15:00-01:00 » (une plage qui passe minuit finit le lendemain) ; "
                    "« fermé » pour aucun alcool."
                ),
            )
        )
        self.edits: dict[int, QLineEdit] = {}
        for weekday, name in enumerate(WEEKDAY_NAMES):
            edit = QLineEdit(format_intervals(DEFAULT_OPENING_HOURS.weekly[weekday]), self)
            edit.setObjectName(f"setupHours{weekday}")
            edit.textChanged.connect(self.refresh)
            self.edits[weekday] = edit
            form.addRow(name.capitalize(), edit)
        self.problem = problem_label(self, "setupHoursProblem")
        layout.addWidget(self.problem)
        layout.addWidget(
            hint_label(
                self,
                self.tr(
                    "Hors de ces plages, la caisse bloque l'alcool. Les exceptions (fête du "
                    "village) se saisissent ensuite dans Réglages › Vente responsable."
                ),
            )
        )
        layout.addStretch(1)

    def texts(self) -> dict[int, str]:
        return {day: edit.text() for day, edit in self.edits.items()}

    def current_problem(self) -> str:
        try:
            cafe_setup.check_weekly_hours(self.texts())
        except UserError as exc:
            return error_text(exc)
        return ""

    def refresh(self) -> None:
        show_problem(self.problem, self.current_problem())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.current_problem()
