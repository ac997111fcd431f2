"""The "Aujourd'hui" lines in the interface's language.

``services.today`` writes each line as a French template with places (``TEMPLATES``) and
its values; the templates are repeated here inside ``QT_TRANSLATE_NOOP`` so that
``make lupdate`` puts them in the translation files (a test checks the two lists agree).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cafe_pos.services.today import TodayLine

CONTEXT = "TodayLines"

TEMPLATES = (
    QT_TRANSLATE_NOOP("TodayLines", "Journée non clôturée (Z) : {0}"),
    QT_TRANSLATE_NOOP("TodayLines", "La veille est clôturée (Z fait)"),
    QT_TRANSLATE_NOOP("TodayLines", "Pain à réceptionner : {0} ({1} pièce commandée)"),
    QT_TRANSLATE_NOOP("TodayLines", "Pain à réceptionner : {0} ({1} pièces commandées)"),
    QT_TRANSLATE_NOOP("TodayLines", "Réservations de pain à mettre de côté : {0}"),
    QT_TRANSLATE_NOOP("TodayLines", "Colis à retourner aujourd'hui : {0}"),
    QT_TRANSLATE_NOOP(
        "TodayLines", "Colis dont le délai expire demain (prévenir le destinataire) : {0}"
    ),
    QT_TRANSLATE_NOOP("TodayLines", "Colis en rayon : {0}"),
    QT_TRANSLATE_NOOP("TodayLines", "Presse à rendre aujourd'hui : {0} parution, {1} exemplaire"),
    QT_TRANSLATE_NOOP("TodayLines", "Presse à rendre aujourd'hui : {0} parution, {1} exemplaires"),
    QT_TRANSLATE_NOOP("TodayLines", "Presse à rendre aujourd'hui : {0} parutions, {1} exemplaires"),
    QT_TRANSLATE_NOOP("TodayLines", "Épicerie à retirer ou à solder (dates proches) : {0}"),
    QT_TRANSLATE_NOOP("TodayLines", "Épicerie sous le minimum : {0} produit"),
    QT_TRANSLATE_NOOP("TodayLines", "Épicerie sous le minimum : {0} produits"),
    QT_TRANSLATE_NOOP("TodayLines", "Commandes fournisseurs à envoyer aujourd'hui : {0}"),
    QT_TRANSLATE_NOOP("TodayLines", "Ardoises ouvertes : {0}"),
    QT_TRANSLATE_NOOP(
        "TodayLines", "Comptes clients au-delà de leur plafond : {0} (dépassement {1})"
    ),
    QT_TRANSLATE_NOOP("TodayLines", "Impressions en échec : {0} ({1})"),
    QT_TRANSLATE_NOOP("TodayLines", "Dernière sauvegarde vérifiée : {0}"),
    QT_TRANSLATE_NOOP("TodayLines", "Dernière sauvegarde vérifiée : {0} — {1}"),
    QT_TRANSLATE_NOOP("TodayLines", "Aucune sauvegarde vérifiée"),
    QT_TRANSLATE_NOOP("TodayLines", "Aucune sauvegarde vérifiée — {0}"),
    QT_TRANSLATE_NOOP(
        "TodayLines",
        "Catalogue du réseau : {0} changement à examiner (Réglages → Catalogue du réseau)",
    ),
    QT_TRANSLATE_NOOP(
        "TodayLines",
        "Catalogue du réseau : {0} changements à examiner (Réglages → Catalogue du réseau)",
    ),
    QT_TRANSLATE_NOOP("TodayLines", "{0}"),
)


def line_text(line: TodayLine) -> str:
    """The line in the interface's language (its values as the service gave them)."""
    return QCoreApplication.translate(CONTEXT, line.template).format(*line.args)
