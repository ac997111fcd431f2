"""Table models of the parcel relay screens: thin adapters over the services' frozen views.

``ParcelTableModel(columns)`` shows ``ParcelView`` rows with the chosen columns;
``CommissionModel`` shows one month's ``CommissionStatement`` per carrier; ``CarrierModel``
the carriers' contract figures. ``set_rows`` resets the model; ``SORT_ROLE`` gives raw
values, ``ROW_ROLE`` the row itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from cafe_pos.domain.money import format_eur
from cafe_pos.domain.parcels import ID_KIND_LABELS, CommissionEvent, IdKind, ParcelStatus
from cafe_pos.services.parcels import CarrierView, CommissionStatement, ParcelView

translate = QCoreApplication.translate
SORT_ROLE = Qt.ItemDataRole.UserRole
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
LATE = QColor("#b71c1c")
SOON = QColor("#e65100")


def status_label(status: ParcelStatus) -> str:
    labels = {
        ParcelStatus.RECEIVED: translate("parcels", "En rayon"),
        ParcelStatus.HANDED_OVER: translate("parcels", "Remis"),
        ParcelStatus.RETURNED: translate("parcels", "Retourné"),
        ParcelStatus.DROPPED_OFF: translate("parcels", "Dépôt en attente"),
        ParcelStatus.COLLECTED: translate("parcels", "Dépôt enlevé"),
    }
    return labels[status]


def id_kind_label(kind: IdKind) -> str:
    labels = {
        IdKind.ID_CARD: translate("parcels", "Carte d'identité"),
        IdKind.PASSPORT: translate("parcels", "Passeport"),
        IdKind.DRIVING_LICENCE: translate("parcels", "Permis de conduire"),
        IdKind.RESIDENCE_PERMIT: translate("parcels", "Titre de séjour"),
    }
    return labels.get(kind, ID_KIND_LABELS[kind])


def event_label(event: CommissionEvent) -> str:
    labels = {
        CommissionEvent.RECEIVED: translate("parcels", "Colis reçus"),
        CommissionEvent.HANDED_OVER: translate("parcels", "Colis remis"),
        CommissionEvent.RETURNED: translate("parcels", "Colis retournés"),
        CommissionEvent.DROPPED_OFF: translate("parcels", "Dépôts"),
    }
    return labels[event]


def short_date(day: dt.date | None) -> str:
    return "" if day is None else f"{day:%d/%m}"


class _Model(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:  # pragma: no cover - overridden
        raise NotImplementedError

    def numeric(self, column: int) -> bool:
        return False

    def display(self, row: Any, column: int) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def raw(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def colour(self, row: Any, column: int) -> QColor | None:
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.numeric(section) else LEFT
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == SORT_ROLE:
            return self.raw(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.numeric(index.column()) else LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row, index.column())
        return None


# Columns a ParcelTableModel can show.
SLOT, TRACKING, CARRIER, NAME, STATUS, RECEIVED, DUE, WEIGHT, CLOSED = range(9)


class ParcelTableModel(_Model):
    """Parcels with the chosen columns (the hand-over list, returns, a reception burst)."""

    def __init__(
        self, columns: Sequence[int], *, today: dt.date | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.today = today

    def headers(self) -> list[str]:
        names = {
            SLOT: translate("parcels", "Emplacement"),
            TRACKING: translate("parcels", "N° de suivi"),
            CARRIER: translate("parcels", "Transporteur"),
            NAME: translate("parcels", "Destinataire"),
            STATUS: translate("parcels", "État"),
            RECEIVED: translate("parcels", "Reçu le"),
            DUE: translate("parcels", "Retour le"),
            WEIGHT: translate("parcels", "Poids"),
            CLOSED: translate("parcels", "Clos le"),
        }
        return [names[c] for c in self.columns]

    def numeric(self, column: int) -> bool:
        return self.columns[column] == WEIGHT

    def display(self, row: ParcelView, column: int) -> str:
        kind = self.columns[column]
        if kind == SLOT:
            return row.slot or "—"
        if kind == TRACKING:
            return row.tracking
        if kind == CARRIER:
            return row.carrier_name
        if kind == NAME:
            return row.recipient_name or translate("parcels", "(effacé)")
        if kind == STATUS:
            return status_label(row.status)
        if kind == RECEIVED:
            return f"{row.received_at:%d/%m %H:%M}"
        if kind == DUE:
            return short_date(row.return_due)
        if kind == WEIGHT:
            return "" if row.weight_g is None else f"{row.weight_g / 1000:.3f} kg".replace(".", ",")
        if kind == CLOSED:
            return "" if row.closed_at is None else f"{row.closed_at:%d/%m/%Y}"
        return ""

    def raw(self, row: ParcelView, column: int) -> Any:
        kind = self.columns[column]
        if kind == RECEIVED:
            return row.received_at.isoformat()
        if kind == DUE:
            return row.return_due.isoformat() if row.return_due else ""
        if kind == WEIGHT:
            return row.weight_g or 0
        return self.display(row, column)

    def colour(self, row: ParcelView, column: int) -> QColor | None:
        if self.today is None or row.return_due is None or row.status != ParcelStatus.RECEIVED:
            return None
        if row.return_due <= self.today:
            return LATE
        if row.return_due <= self.today + dt.timedelta(days=1):
            return SOON
        return None


class CommissionModel(_Model):
    """One row per carrier: counts per event and the month's amount."""

    def headers(self) -> list[str]:
        return [
            translate("parcels", "Transporteur"),
            *(event_label(e) for e in CommissionEvent),
            translate("parcels", "Commission"),
        ]

    def numeric(self, column: int) -> bool:
        return column > 0

    def display(self, row: CommissionStatement, column: int) -> str:
        if column == 0:
            return row.carrier_name
        if column <= len(CommissionEvent):
            return str(row.lines[column - 1].count)
        return format_eur(row.total_cents)

    def raw(self, row: CommissionStatement, column: int) -> Any:
        if column == 0:
            return row.carrier_name
        if column <= len(CommissionEvent):
            return row.lines[column - 1].count
        return row.total_cents


class CarrierModel(_Model):
    """The carriers and their main figures."""

    def headers(self) -> list[str]:
        return [
            translate("parcels", "Transporteur"),
            translate("parcels", "Garde"),
            translate("parcels", "Tiers"),
            translate("parcels", "Limites de dépôt"),
            translate("parcels", "Commission remise"),
            translate("parcels", "Actif"),
        ]

    def display(self, row: CarrierView, column: int) -> str:
        rules = row.rules
        if column == 0:
            return rules.name
        if column == 1:
            unit = (
                translate("parcels", "j ouvrés")
                if rules.holding_calendar.value == "working"
                else translate("parcels", "j")
            )
            return f"{rules.holding_days} {unit}"
        if column == 2:
            return proxy_label(rules.proxy.value)
        if column == 3:
            parts = []
            if rules.max_weight_g:
                parts.append(f"{rules.max_weight_g // 1000} kg")
            if rules.max_sum_cm:
                parts.append(f"L+l+h ≤ {rules.max_sum_cm} cm")
            if rules.max_side_cm:
                parts.append(f"≤ {rules.max_side_cm} cm")
            return ", ".join(parts) or "—"
        if column == 4:
            return format_eur(rules.commission(CommissionEvent.HANDED_OVER))
        return translate("parcels", "oui") if row.active else translate("parcels", "non")


def proxy_label(rule: str) -> str:
    labels = {
        "none": translate("parcels", "Destinataire seulement"),
        "recipient_id": translate("parcels", "Tiers avec la pièce du destinataire"),
        "both_ids": translate("parcels", "Tiers : sa pièce + celle du destinataire"),
        "written_proxy": translate("parcels", "Procuration écrite"),
    }
    return labels.get(rule, rule)
