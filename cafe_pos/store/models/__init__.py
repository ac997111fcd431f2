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
    "counter",
    "fiscal",
    "network",
    "parcels",
    "printing",
    "sales",
    "settings",
    "sync",
    "third_party",
    "stock",
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
    from cafe_pos.store.models.counter import OpenTicket
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
    from cafe_pos.store.models.network import (
        CapCheck,
        NetworkCap,
        NetworkCatalogueState,
        NetworkLink,
        NetworkProduct,
    )
    from cafe_pos.store.models.parcels import (
        Parcel,
        ParcelCarrier,
        ParcelDriverVisit,
        ParcelNameWord,
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
    from cafe_pos.store.models.stock import (
        Delivery,
        DeliveryLine,
        ProductSupplier,
        PurchaseOrder,
        PurchaseOrderLine,
        StockCount,
        StockCountLine,
        StockLevel,
        StockLot,
        Supplier,
    )
    from cafe_pos.store.models.sync import HqLink, OutboxMessage
    from cafe_pos.store.models.third_party import (
        Beneficiary,
        BeneficiaryPayment,
        PressIssue,
        PressMovement,
        PressTitle,
        ThirdPartyProduct,
    )
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
    "Beneficiary",
    "BeneficiaryPayment",
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
    "CapCheck",
    "CashCountLine",
    "CashMovement",
    "CashSession",
    "Category",
    "ChainHead",
    "Closure",
    "ClosurePayment",
    "ClosureVat",
    "CustomerAccount",
    "Delivery",
    "DeliveryLine",
    "FiscalEvent",
    "HoursOverride",
    "HqLink",
    "JournalEntry",
    "NetworkCap",
    "NetworkCatalogueState",
    "NetworkLink",
    "NetworkProduct",
    "OpenTicket",
    "OpeningException",
    "OutboxMessage",
    "Parcel",
    "ParcelCarrier",
    "ParcelDriverVisit",
    "ParcelNameWord",
    "Payment",
    "PressIssue",
    "PressMovement",
    "PressTitle",
    "PrintJob",
    "Product",
    "ProductSupplier",
    "PromotionRow",
    "PromotionTarget",
    "PurchaseOrder",
    "PurchaseOrderLine",
    "ResponsibleSaleCounter",
    "Setting",
    "SigningKey",
    "StockCount",
    "StockCountLine",
    "StockLevel",
    "StockLot",
    "StockMovement",
    "Supplier",
    "Tab",
    "TabLine",
    "TabPayment",
    "TabResponsibleState",
    "ThirdPartyProduct",
    "Ticket",
    "TicketDuplicate",
    "TicketLine",
    "TicketVat",
    "User",
    "WeeklyOpening",
]
