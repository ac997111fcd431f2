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


def payment_method_label(method: str) -> str:
    """ "Espèces" / "Cash": a payment method as the screens name it."""
    labels = {
        "cash": translate("labels", "Espèces"),
        "card": translate("labels", "Carte bancaire"),
        "cheque": translate("labels", "Chèque"),
        "meal_voucher": translate("labels", "Titre-restaurant"),
        "account": translate("labels", "Compte client"),
    }
    return labels.get(method, method)


def payment_key_label(method: str) -> str:
    """The text of a payment key, on two lines where it is long ("Carte\nbancaire")."""
    labels = {
        "card": translate("labels", "Carte\nbancaire"),
        "meal_voucher": translate("labels", "Titre-\nrestaurant"),
        "account": translate("labels", "Compte\nclient"),
    }
    return labels.get(method) or payment_method_label(method)
