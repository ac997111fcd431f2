"""Roles and permissions (rules only; the check is enforced in services)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from cafe_pos.domain.errors import PermissionDenied


class Role(StrEnum):
    MANAGER = "manager"
    STAFF = "staff"


class Permission(StrEnum):
    SELL = "sell"
    REFUND = "refund"
    DISCOUNT_ABOVE_LIMIT = "discount_above_limit"
    EDIT_CATALOGUE = "edit_catalogue"
    MANAGE_USERS = "manage_users"
    EDIT_SETTINGS = "edit_settings"
    OPEN_DRAWER = "open_drawer"
    CLOSE_DAY = "close_day"
    CASH_IN_OUT = "cash_in_out"
    EXPORT = "export"
    OVERRIDE = "override"  # legal-hours override and similar, with a reason
    RECEIVE_STOCK = "receive_stock"  # receive a delivery, count, record a loss
    MANAGE_STOCK = "manage_stock"  # validate a count, suppliers, orders, stock settings


STAFF_PERMISSIONS = frozenset(
    {Permission.SELL, Permission.OPEN_DRAWER, Permission.CASH_IN_OUT, Permission.RECEIVE_STOCK}
)
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.MANAGER: frozenset(Permission),
    Role.STAFF: STAFF_PERMISSIONS,
}

ROLE_LABELS = {Role.MANAGER: "Gérant·e", Role.STAFF: "Équipier·e"}


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: a snapshot of the logged-in user, passed to every service call."""

    user_id: int | None
    name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(
                f"{self.name} n'a pas le droit de faire cela : un·e gérant·e doit valider"
            )


SYSTEM = Actor(user_id=None, name="système", role=Role.MANAGER)
