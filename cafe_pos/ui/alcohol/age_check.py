"""The age check asked on the first alcoholic line of a ticket or tab: one tap, three answers."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from cafe_pos.domain.alcohol import AgeCheckOutcome
from cafe_pos.ui.widgets.touch_dialog import TouchDialog
from cafe_pos.ui.widgets.touch_style import big_button

_BUTTON_STYLE = "font-size: 20pt; font-weight: 600; min-height: 88px;"


class AgeCheckDialog(TouchDialog):
    """ "Majeur (évident)", "Pièce vérifiée", "Refuser la vente (mineur)"; ``outcome`` once
    answered (None when closed without an answer: the line is then not added)."""

    def __init__(self, product_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Contrôle de l'âge"), parent)
        self.setObjectName("ageCheckDialog")
        self.outcome: AgeCheckOutcome | None = None
        text = self.tr(
            "Première boisson alcoolisée de ce ticket{0} : la vente d'alcool aux mineurs est "
            "interdite. En cas de doute, demandez une pièce d'identité."
        ).format(f" ({product_label})" if product_label else "")
        explanation = QLabel(text, self)
        explanation.setWordWrap(True)
        self.layout_.addWidget(explanation)
        self.evident_button = self._answer(
            self.tr("Majeur (évident)"), "ageEvident", AgeCheckOutcome.EVIDENT, "#2e7d32"
        )
        self.id_button = self._answer(
            self.tr("Pièce vérifiée"), "ageIdChecked", AgeCheckOutcome.ID_CHECKED, "#1565c0"
        )
        self.refuse_button = self._answer(
            self.tr("Refuser la vente (mineur)"),
            "ageRefused",
            AgeCheckOutcome.REFUSED_MINOR,
            "#c62828",
        )
        self.resize(520, 480)

    def _answer(self, text: str, name: str, outcome: AgeCheckOutcome, colour: str) -> QPushButton:
        button = big_button(text, self)
        button.setObjectName(name)
        button.setStyleSheet(f"{_BUTTON_STYLE} background: {colour}; color: white; border: none;")
        button.clicked.connect(lambda: self._choose(outcome))
        self.layout_.addWidget(button)
        return button

    def _choose(self, outcome: AgeCheckOutcome) -> None:
        self.outcome = outcome
        self.accept()
