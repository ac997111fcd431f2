"""All mapped tables.

Any name read through this package (``models.Base``, ``from cafe_pos.store.models import
Ticket``) first imports every model module, so ``Base.metadata`` is complete (Alembic,
schema tests). Services import the module they need (``cafe_pos.store.models.sales``):
the till's start-up then maps only the tables it reads (declaring every table costs
about a tenth of the start-up). A new model module goes in ``MODEL_MODULES``.
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

MODEL_MODULES = (
    "base",
    "alcohol",
    "bread",
    "cash",
    "catalogue",
    "fiscal",
    "printing",
    "sales",
    "settings",
    "users",
)

if TYPE_CHECKING:
    from cafe_pos.store.models.alcohol import (
        HoursOverride,
        OpeningException,
        PromotionRow,
        PromotionTarget,
        ResponsibleSaleCounter,
        TabResponsibleState,
        WeeklyOpening,
    )
    from cafe_pos.store.models.base import Base
    from cafe_pos.store.models.bread import (
        BreadBaker,
        BreadOrder,
        BreadOrderLine,
        BreadPause,
        BreadPickup,
        BreadPrepaidTopUp,
        BreadProduct,
        BreadReception,
        BreadReceptionLine,
        BreadReconciliation,
        BreadReconciliationLine,
        BreadReservation,
        BreadReservationItem,
    )
    from cafe_pos.store.models.cash import CashCountLine, CashMovement, CashSession
    from cafe_pos.store.models.catalogue import Barcode, Category, Product
    from cafe_pos.store.models.fiscal import (
        ChainHead,
        Closure,
        ClosurePayment,
        ClosureVat,
        FiscalEvent,
        JournalEntry,
        SigningKey,
        TicketDuplicate,
    )
    from cafe_pos.store.models.printing import PrintJob
    from cafe_pos.store.models.sales import (
        AccountEntry,
        CustomerAccount,
        Payment,
        StockMovement,
        Tab,
        TabLine,
        TabPayment,
        Ticket,
        TicketLine,
        TicketVat,
    )
    from cafe_pos.store.models.settings import CafeIdentity, Setting
    from cafe_pos.store.models.users import User


def load_all() -> None:
    """Import every model module (fills ``Base.metadata`` with every table)."""
    for name in MODEL_MODULES:
        importlib.import_module(f"{__name__}.{name}")


def __getattr__(name: str) -> Any:
    """``models.X``: every model is loaded first, then X is looked up in their modules."""
    if name.startswith("__"):
        raise AttributeError(name)
    load_all()
    for module_name in MODEL_MODULES:
        module = sys.modules[f"{__name__}.{module_name}"]
        if name in vars(module):
            value = vars(module)[name]
            globals()[name] = value  # next time, a plain attribute
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AccountEntry",
    "Barcode",
    "Base",
    "BreadBaker",
    "BreadOrder",
    "BreadOrderLine",
    "BreadPause",
    "BreadPickup",
    "BreadPrepaidTopUp",
    "BreadProduct",
    "BreadReception",
    "BreadReceptionLine",
    "BreadReconciliation",
    "BreadReconciliationLine",
    "BreadReservation",
    "BreadReservationItem",
    "CafeIdentity",
    "CashCountLine",
    "CashMovement",
    "CashSession",
    "Category",
    "ChainHead",
    "Closure",
    "ClosurePayment",
    "ClosureVat",
    "CustomerAccount",
    "FiscalEvent",
    "HoursOverride",
    "JournalEntry",
    "OpeningException",
    "Payment",
    "PrintJob",
    "Product",
    "PromotionRow",
    "PromotionTarget",
    "ResponsibleSaleCounter",
    "Setting",
    "SigningKey",
    "StockMovement",
    "Tab",
    "TabLine",
    "TabPayment",
    "TabResponsibleState",
    "Ticket",
    "TicketDuplicate",
    "TicketLine",
    "TicketVat",
    "User",
    "WeeklyOpening",
]
