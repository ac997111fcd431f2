"""All mapped tables; importing this package fills ``Base.metadata``."""

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

__all__ = [
    "AccountEntry",
    "Barcode",
    "Base",
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
