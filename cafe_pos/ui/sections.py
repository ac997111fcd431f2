"""The sections of the main window (F1..F8), their placeholders, and how widgets plug in.

A section's widget is set by whoever builds it: ``window.set_section_widget("cash", w)``.
A section's package provides ``cafe_pos.ui.<package>.section.create_section(ctx,
actor_provider, parent=None)``, listed in ``qt_app.SECTION_BUILDERS`` (an explicit dict
of lazily imported builders), built the first time the section is shown so the screens
do not slow the start-up.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

translate = QCoreApplication.translate


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    shortcut: str
    coming: str  # what the placeholder promises
    package: str  # cafe_pos.ui.<package>.section provides the widget


def sections() -> list[Section]:
    """The sections in navigation order, titles in the interface language."""
    return [
        Section(
            "today",
            translate("sections", "Aujourd'hui"),
            "Ctrl+H",
            translate(
                "sections", "Ce que la journée demande : pain, colis, presse, épicerie, caisse."
            ),
            "today",
        ),
        Section(
            "sale",
            translate("sections", "Vente"),
            "F1",
            translate(
                "sections",
                "Bientôt : touches rapides par catégorie, recherche, lecteur de codes-barres, encaissement.",
            ),
            "sale",
        ),
        Section(
            "tabs",
            translate("sections", "Ardoises"),
            "F2",
            translate(
                "sections",
                "Bientôt : ardoises et tables ouvertes, tournées, partage de l'addition, comptes clients.",
            ),
            "tabs",
        ),
        Section(
            "stock",
            translate("sections", "Stock"),
            "F3",
            translate(
                "sections", "Bientôt : réception des livraisons, inventaire, dates limites (DLC)."
            ),
            "stock",
        ),
        Section(
            "bread",
            translate("sections", "Pain"),
            "F4",
            translate("sections", "Bientôt : réception du pain, réservations, invendus."),
            "bread",
        ),
        Section(
            "parcels",
            translate("sections", "Colis"),
            "F5",
            translate(
                "sections", "Bientôt : colis reçus, remis, retournés et déposés (point relais)."
            ),
            "parcels",
        ),
        Section(
            "press",
            translate("sections", "Presse"),
            "Ctrl+J",
            translate(
                "sections", "Journaux en dépôt, retours des invendus et sommes dues aux tiers."
            ),
            "press",
        ),
        Section(
            "cash",
            translate("sections", "Caisse"),
            "F6",
            translate(
                "sections",
                "Bientôt : fond de caisse, entrées et sorties d'espèces, lecture X et clôture Z.",
            ),
            "cash",
        ),
        Section(
            "reports",
            translate("sections", "Rapports"),
            "F7",
            translate(
                "sections",
                "Bientôt : chiffres du jour, graphiques de la semaine et du mois, rapports PDF.",
            ),
            "reports",
        ),
        Section(
            "settings",
            translate("sections", "Réglages"),
            "F8",
            translate(
                "sections", "Bientôt : identité du café, catalogue, utilisateurs, périphériques."
            ),
            "settings",
        ),
    ]


SECTION_KEYS = (
    "today",
    "sale",
    "tabs",
    "stock",
    "bread",
    "parcels",
    "press",
    "cash",
    "reports",
    "settings",
)


class Placeholder(QWidget):
    """What an empty section shows: its title and what is coming."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"placeholder_{section.key}")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(section.title, self)
        title.setObjectName("placeholderTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(section.coming, self)
        self.message.setObjectName("placeholderText")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(self.message)
        layout.addStretch(3)
