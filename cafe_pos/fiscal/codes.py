"""Codes of the technical event journal (JET) and the record types of the fiscal chain.

Codes below 900 follow the French reference list (BOI-TVA-DECLA-30-10-30, as used by
certified tills); codes from 900 up are cafe-pos's own, documented in
docs/fiscal-format.md.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class RecordType(StrEnum):
    TICKET = "ticket"
    DUPLICATE = "duplicate"
    CLOSURE = "closure"
    EVENT = "event"
    ACCOUNT = "account"  # a customer-account movement (format version 2)


class EventCode(IntEnum):
    PERIOD_ARCHIVE = 20
    YEAR_ARCHIVE = 30
    PERIOD_CLOSING = 50
    YEAR_CLOSING = 60
    OFFLINE_MODE = 70
    STARTUP = 80
    LOGIN = 80  # alias: start-up and login share code 80 (details say which)
    INTEGRITY_DEFECT = 90
    DATA_EXPORT = 110
    RIGHTS_CHANGE = 130
    OVERRIDE = 130  # alias: a manager override is a rights change
    TICKET_CANCELLATION = 190
    SOFTWARE_VERSION = 250
    COMPLIANCE_SETTING = 270
    TAX_AUDIT = 280
    CLOSING_START = 330
    # cafe-pos's own codes
    LOGOUT = 901
    DUPLICATE_PRINT = 902  # reprint of a document other than a receipt (a Z report...)
    LINE_VOID = 903  # a line removed from a cart or a tab before payment
    DRAWER_OPENED = 904  # cash drawer opened without a sale
    CLOCK_BACKWARDS = 905
    KEY_CREATED = 906
    KEY_CHANGED = 907
    PURGE = 908
    SHUTDOWN = 909
    TRAINING_MODE = 910  # training mode switched on or off
    LOGIN_FAILED = 911  # wrong PIN (details: user, attempts)
    RESTORE = 912  # a backup restored: names the head it discarded (details)
    KEY_BREAK_CONFIRMED = 913  # HQ's counter-signature of a key change the old key missed
    PURGE_ANCHOR = 914  # detail older than the retention removed: where the chain resumes


EVENT_LABELS: dict[EventCode, str] = {
    EventCode.PERIOD_ARCHIVE: "Archivage de période",
    EventCode.YEAR_ARCHIVE: "Archivage d'exercice",
    EventCode.PERIOD_CLOSING: "Clôture de période",
    EventCode.YEAR_CLOSING: "Clôture d'exercice",
    EventCode.OFFLINE_MODE: "Fonctionnement hors ligne",
    EventCode.STARTUP: "Démarrage / connexion",
    EventCode.INTEGRITY_DEFECT: "Défaut d'intégrité détecté",
    EventCode.DATA_EXPORT: "Export de données",
    EventCode.RIGHTS_CHANGE: "Changement de droits / dérogation",
    EventCode.TICKET_CANCELLATION: "Annulation de ticket",
    EventCode.SOFTWARE_VERSION: "Nouvelle version du logiciel",
    EventCode.COMPLIANCE_SETTING: "Modification d'un paramètre de conformité",
    EventCode.TAX_AUDIT: "Opération de contrôle fiscal",
    EventCode.CLOSING_START: "Début de clôture",
    EventCode.LOGOUT: "Déconnexion",
    EventCode.DUPLICATE_PRINT: "Réimpression d'un document",
    EventCode.LINE_VOID: "Ligne annulée avant paiement",
    EventCode.DRAWER_OPENED: "Tiroir ouvert sans vente",
    EventCode.CLOCK_BACKWARDS: "Horloge reculée",
    EventCode.KEY_CREATED: "Clé de signature créée",
    EventCode.KEY_CHANGED: "Clé de signature changée",
    EventCode.PURGE: "Purge de données",
    EventCode.SHUTDOWN: "Arrêt",
    EventCode.TRAINING_MODE: "Mode formation",
    EventCode.LOGIN_FAILED: "Échec de connexion",
    EventCode.RESTORE: "Restauration d'une sauvegarde",
    EventCode.KEY_BREAK_CONFIRMED: "Rupture de clé confirmée par le siège",
    EventCode.PURGE_ANCHOR: "Purge du détail d'un exercice archivé",
}


def event_label(code: int) -> str:
    """French label of an event code (the number itself when unknown)."""
    try:
        return EVENT_LABELS[EventCode(code)]
    except ValueError:
        return f"Événement {code}"
