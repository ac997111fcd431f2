"""All mapped tables; importing this package fills ``Base.metadata``."""

from cafe_pos.store.models.base import Base
from cafe_pos.store.models.catalogue import Barcode, Category, Product
from cafe_pos.store.models.sales import (
    AccountEntry,
    CustomerAccount,
    Payment,
    StockMovement,
    Tab,
    TabLine,
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
    "Category",
    "CustomerAccount",
    "Payment",
    "Product",
    "Setting",
    "StockMovement",
    "Tab",
    "TabLine",
    "Ticket",
    "TicketLine",
    "TicketVat",
    "User",
]
