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
    QT_TRANSLATE_NOOP(
        "Status",
        "Aucune phrase de secours : les sauvegardes ne contiennent pas la clé de signature",
    ),
    QT_TRANSLATE_NOOP(
        "Status", "La clé de signature a changé : choisissez à nouveau la phrase de secours"
    ),
    QT_TRANSLATE_NOOP("Status", "Clé de signature {0} protégée par la phrase de secours"),
)


def shown(text: str) -> str:
    """``text`` in the interface's language when it is a ``Wording`` (its plain values
    with their known clauses translated, as ``device_text``), else as it is."""
    if not isinstance(text, Wording):
        return text
    values = [shown(arg) if isinstance(arg, Wording) else device_text(arg) for arg in text.args]
    return QCoreApplication.translate(CONTEXT, text.template).format(*values)


# The drivers' own sentences (cafe_pos.devices: the print spool keeps them in the print
# queue as plain text, so no template survives): translated clause by clause, the detail
# a driver adds in brackets (a system error) stays as it is.
DEVICE_CLAUSES = (
    QT_TRANSLATE_NOOP("Status", "L'imprimante ne répond pas"),
    QT_TRANSLATE_NOOP("Status", "vérifiez qu'elle est allumée et branchée"),
    QT_TRANSLATE_NOOP("Status", "L'imprimante n'a plus de papier"),
    QT_TRANSLATE_NOOP("Status", "remettez un rouleau"),
    QT_TRANSLATE_NOOP("Status", "Le capot de l'imprimante est ouvert"),
    QT_TRANSLATE_NOOP("Status", "refermez-le"),
    QT_TRANSLATE_NOOP("Status", "L'afficheur client ne répond pas"),
    QT_TRANSLATE_NOOP("Status", "vérifiez son câble"),
    QT_TRANSLATE_NOOP("Status", "Le tiroir-caisse ne s'est pas ouvert"),
    QT_TRANSLATE_NOOP("Status", "Erreur inattendue de l'imprimante"),
    QT_TRANSLATE_NOOP("Status", "impression(s) en attente"),
    QT_TRANSLATE_NOOP("Status", "Le lecteur de codes-barres est débranché"),
    QT_TRANSLATE_NOOP("Status", "Impossible d'ouvrir le port du lecteur de codes-barres"),
    QT_TRANSLATE_NOOP("Status", "Aucune imprimante configurée"),
    QT_TRANSLATE_NOOP("Status", "pas de réponse à la demande d'état"),
    QT_TRANSLATE_NOOP("Status", "connexion fermée par l'imprimante"),
    QT_TRANSLATE_NOOP("Status", "La balance ne répond pas"),
    QT_TRANSLATE_NOOP("Status", "aucune réponse en"),
    QT_TRANSLATE_NOOP("Status", "La balance est débranchée"),
    QT_TRANSLATE_NOOP("Status", "Impossible d'ouvrir le port de la balance"),
    QT_TRANSLATE_NOOP("Status", "vérifiez le câble"),
    QT_TRANSLATE_NOOP("Status", "Poids instable"),
    QT_TRANSLATE_NOOP("Status", "attendez que le plateau ne bouge plus"),
    QT_TRANSLATE_NOOP("Status", "Poids négatif"),
    QT_TRANSLATE_NOOP("Status", "videz le plateau et remettez la balance à zéro"),
    QT_TRANSLATE_NOOP("Status", "Surcharge"),
    QT_TRANSLATE_NOOP("Status", "le poids dépasse la portée de la balance"),
    QT_TRANSLATE_NOOP("Status", "Aucun tiroir-caisse n'est branché sur cette caisse"),
    # HQ link problems (cafe_pos.sync.client), kept in the database as the last error
    QT_TRANSLATE_NOOP("Status", "le siège ne répond pas"),
    QT_TRANSLATE_NOOP("Status", "délai dépassé"),
    QT_TRANSLATE_NOOP("Status", "pas de réseau ou siège injoignable"),
    QT_TRANSLATE_NOOP("Status", "siège indisponible"),
    QT_TRANSLATE_NOOP("Status", "réponse du siège illisible"),
    QT_TRANSLATE_NOOP("Status", "réponse du siège sans accusé de réception"),
    QT_TRANSLATE_NOOP("Status", "envoi interrompu"),
    QT_TRANSLATE_NOOP("Status", "refus du siège pour"),
)


def device_text(text: str) -> str:
    """A device's French message with its known clauses in the interface's language (and
    no French space before a colon once one was translated)."""
    out = text
    for clause in map(str, DEVICE_CLAUSES):
        if clause in out:
            out = out.replace(clause, QCoreApplication.translate(CONTEXT, clause))
    if out != text:
        out = out.replace(" : ", ": ")
    return out


# Words the services keep in a log file as plain text (a backup's result): known ones
# translated whole, any other (a failure's reason) shown as written.
STORED_TEXTS = (QT_TRANSLATE_NOOP("Status", "Sauvegarde vérifiée"),)


def stored_text(text: str) -> str:
    """``text`` translated when it is one of ``STORED_TEXTS``, else as it is."""
    if text in map(str, STORED_TEXTS):
        return QCoreApplication.translate(CONTEXT, text)
    return shown(text)
