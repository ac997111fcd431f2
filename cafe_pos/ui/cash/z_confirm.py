"""The question before a Z: the day it closes, what stays open, what happens after.

A money question: no dangerous default. "Annuler" is the default and Escape button;
the Z is made only by a tap on "Clôturer (Z)".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cafe_pos.domain.money import format_eur
from cafe_pos.services.day_end import BeforeZ

translate = QCoreApplication.translate


def z_question(state: BeforeZ) -> str:
    """The text of the question (plain French; translated through ``translate``)."""
    parts = [
        translate(
            "ZConfirm", "Clôturer la journée du {0} (Z) ? Elle ne pourra plus changer."
        ).format(f"{state.day:%d/%m/%Y}")
    ]
    if state.open_tabs:
        parts.append(
            translate(
                "ZConfirm",
                "{0} ardoise(s) encore ouverte(s) ({1}) : elles restent ouvertes et seront "
                "payées sur une journée suivante.",
            ).format(len(state.open_tabs), format_eur(state.open_tabs_cents))
        )
    for view in state.split_tabs:
        parts.append(
            translate(
                "ZConfirm",
                "Partage en cours sur « {0} » : {1}/{2} parts déjà payées (dans cette Z), "
                "le reste sur la suivante.",
            ).format(view.label, view.shares_paid, view.split_parts)
        )
    if not state.open_tabs:
        parts.append(translate("ZConfirm", "Aucune ardoise ouverte."))
    parts.append(
        translate(
            "ZConfirm",
            "Après la Z, la vente continue : les tickets suivants comptent pour la journée "
            "suivante.",
        )
    )
    return "\n\n".join(parts)


def confirm_z_box(parent: QWidget, state: BeforeZ) -> QMessageBox:
    """The window-modal question (not shown yet: call ``open()``)."""
    box = QMessageBox(parent)
    box.setObjectName("zConfirm")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ZConfirm", "Clôture de la journée"))
    box.setText(z_question(state))
    close = box.addButton(translate("ZConfirm", "Clôturer (Z)"), QMessageBox.ButtonRole.AcceptRole)
    close.setObjectName("zConfirmClose")
    cancel = box.addButton(translate("ZConfirm", "Annuler"), QMessageBox.ButtonRole.RejectRole)
    cancel.setObjectName("zConfirmCancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box
