"""Status texts from the services in the interface's language.

The services write them in French as ``Wording`` (``cafe_pos.domain.wording``): a template
and its values. ``shown`` looks the template up in the translation files (context
``Status``), each value too when it is a ``Wording``; any other text is shown as it is.
The templates are repeated here inside ``QT_TRANSLATE_NOOP`` so that lupdate puts them in
the translation files.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cafe_pos.domain.wording import Wording

CONTEXT = "Status"

TEMPLATES = (
    # HQ sync (services.hq_sync, sync.worker)
    QT_TRANSLATE_NOOP("Status", "Siège : {0} — café non inscrit"),
    QT_TRANSLATE_NOOP("Status", "Siège : non inscrit"),
    QT_TRANSLATE_NOOP("Status", "Siège : refusé par le siège — {0}"),
    QT_TRANSLATE_NOOP("Status", "Siège : {0}"),
    QT_TRANSLATE_NOOP("Status", "Siège : rien à envoyer"),
    QT_TRANSLATE_NOOP("Status", "Siège : à jour ({0})"),
    QT_TRANSLATE_NOOP("Status", "Siège : {0} — {1}"),
    QT_TRANSLATE_NOOP("Status", "Siège : erreur interne ({0})"),
    QT_TRANSLATE_NOOP("Status", "envoi en cours"),
    QT_TRANSLATE_NOOP("Status", "{0} jours en attente"),
    QT_TRANSLATE_NOOP("Status", "{0} jour en attente"),
    QT_TRANSLATE_NOOP("Status", "{0} messages en attente"),
    QT_TRANSLATE_NOOP("Status", "{0} message en attente"),
    QT_TRANSLATE_NOOP("Status", "ce matin {0}"),
    QT_TRANSLATE_NOOP("Status", "aujourd'hui {0}"),
    QT_TRANSLATE_NOOP("Status", "hier {0}"),
    QT_TRANSLATE_NOOP("Status", "le {0} {1}"),
    # fiscal journal (services.integrity)
    QT_TRANSLATE_NOOP(
        "Status",
        "Journal : rupture de clé n° {0} — non confirmée par le siège : "
        "réinscrivez la caisse au siège (Réglages → Siège)",
    ),
    QT_TRANSLATE_NOOP(
        "Status", "Journal : clé de signature illisible — la caisse ne peut pas vendre"
    ),
    QT_TRANSLATE_NOOP(
        "Status", "Journal : clé de signature introuvable — la caisse ne peut pas vendre"
    ),
    QT_TRANSLATE_NOOP(
        "Status", "Journal : la clé de signature n'est pas celle du journal — vente impossible"
    ),
    # backups and disks (services.backups)
    QT_TRANSLATE_NOOP("Status", "Disque presque plein ({0}) : {1} Mo libres"),
    QT_TRANSLATE_NOOP("Status", "base de données"),
    QT_TRANSLATE_NOOP(
        "Status", "Aucune destination de sauvegarde choisie (Réglages → Sauvegardes)"
    ),
    QT_TRANSLATE_NOOP("Status", "Aucune sauvegarde vérifiée n'a encore été faite"),
    QT_TRANSLATE_NOOP("Status", "Aucune sauvegarde réussie depuis {0} jours"),
    QT_TRANSLATE_NOOP("Status", "Dernière sauvegarde en échec : {0}"),
)


def shown(text: str) -> str:
    """``text`` in the interface's language when it is a ``Wording``, else as it is."""
    if not isinstance(text, Wording):
        return text
    values = [shown(arg) for arg in text.args]
    return QCoreApplication.translate(CONTEXT, text.template).format(*values)
