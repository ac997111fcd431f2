"""A cart as plain JSON-able data and back: the open ticket kept across a restart.

Everything the cart needs to be rebuilt exactly (items as sold, quantities, fixed prices,
discounts, deposits, take-away, checkout token, approved discounts). Pure functions; the
store keeps the text (``services.open_ticket``).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from cafe_pos.domain.cart import Cart, Discount, SaleItem

VERSION = 1


def _item(data: dict[str, Any]) -> SaleItem:
    deposit = data.get("deposit")
    fields = {k: v for k, v in data.items() if k != "deposit"}
    return SaleItem(**fields, deposit=_item(deposit) if deposit else None)


def _discount(data: dict[str, Any] | None) -> Discount | None:
    if not data:
        return None
    return Discount(data["kind"], data["value"], data["origin"], data.get("name", ""))


def cart_to_data(cart: Cart) -> dict[str, Any]:
    """The cart as dicts, lists, str, int and bool only."""
    keys = {line.key: index for index, line in enumerate(cart.lines)}
    return {
        "version": VERSION,
        "takeaway": cart.takeaway,
        "token": cart.token,
        "ticket_discount": asdict(cart.ticket_discount) if cart.ticket_discount else None,
        "discount_approver": cart.discount_approver,
        "approved_discount_bp": cart.approved_discount_bp,
        "lines": [
            {
                "item": asdict(line.item),
                "qty_milli": line.qty_milli,
                "unit_price_cents": line.unit_price_cents,
                "unit": line.unit,
                "discount": asdict(line.line_discount) if line.line_discount else None,
                "is_deposit": line.is_deposit,
                "deposit_of": keys.get(line.deposit_of) if line.deposit_of is not None else None,
                "price_fixed": cart.price_fixed(index),
            }
            for index, line in enumerate(cart.lines)
        ],
    }


def cart_from_data(data: dict[str, Any]) -> Cart:
    """Rebuild the cart; a snapshot of another version gives an empty cart."""
    if data.get("version") != VERSION:
        return Cart()
    cart = Cart(takeaway=bool(data["takeaway"]), token=str(data["token"]))
    keys: list[int] = []
    for line in data["lines"]:
        deposit_of = line["deposit_of"]
        keys.append(
            cart.append_line(
                _item(line["item"]),
                line["qty_milli"],
                unit_price_cents=line["unit_price_cents"],
                unit=line["unit"],
                discount=_discount(line["discount"]),
                is_deposit=line["is_deposit"],
                deposit_of=keys[deposit_of] if deposit_of is not None else None,
                price_fixed=line["price_fixed"],
            )
        )
    if data["ticket_discount"]:
        cart.set_ticket_discount(_discount(data["ticket_discount"]))
    if data["discount_approver"]:
        cart.discount_approver = data["discount_approver"]
        cart.approved_discount_bp = int(data["approved_discount_bp"])
    return cart
