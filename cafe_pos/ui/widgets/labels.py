"""Words the screens show for code values (roles, units), translatable in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cafe_pos.domain.users import Role

translate = QCoreApplication.translate


def role_label(role: str) -> str:
    labels = {
        Role.MANAGER.value: translate("labels", "Gérant·e"),
        Role.STAFF.value: translate("labels", "Équipier·e"),
    }
    return labels.get(str(role), str(role))


def unit_label(unit: str) -> str:
    labels = {"piece": translate("labels", "pièce"), "kg": translate("labels", "kg")}
    return labels.get(unit, unit)
