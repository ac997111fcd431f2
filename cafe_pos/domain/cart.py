"""The cart being sold at the counter: lines, discounts, take-away switch, totals and VAT.

Pure and mutable (the sale screen edits it); ``checkout`` turns it into a ticket.

Rules written here once:
- a line's gross amount is ``line_total(unit price, quantity)``; a line discount comes
  off it; a ticket discount is then spread over the discountable lines in proportion to
  their amounts, the cents left over going to the lines with the largest remainders (ties:
  first line first), so the line totals always add up to the ticket total, to the cent;
- deposits (consigne) and money collected for third parties (press, stamps...) are never
  discounted;
- on site / take away: every line uses its product's on-site or take-away VAT rate;
- adding the same product again merges into the last line when nothing differs (same
  price, no discount, sold by the piece); a product with a deposit adds its deposit as its
  own line right after it, and the deposit follows the quantity of its product.

``Discount("percent", 1000)`` is 10 % (basis points, like VAT rates);
``Discount("amount", 150)`` is 1,50 €.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import (
    MAX_AMOUNT_CENTS,
    ONE_UNIT,
    Cents,
    MilliQty,
    format_eur,
    line_total,
    percent_of,
)
from cafe_pos.domain.vat import VatLine, split_by_rate, totals_by_rate

MAX_UNIT_PRICE_CENTS: Cents = 999_999  # 9 999,99 €
MAX_QTY_MILLI: MilliQty = 9_999 * ONE_UNIT
MAX_LINES = 500

DiscountKind = Literal["percent", "amount"]
# Who gave a discount: the staff by hand ("manual", subject to the staff discount limit),
# the designated-driver offer ("sam"), a running promotion ("promotion") or the markdown of
# a product past its best-before date ("markdown"); the last three follow rules of their
# own (``domain.alcohol``, ``domain.happy_hour``, ``domain.stock``).
DiscountOrigin = Literal["manual", "sam", "promotion", "markdown"]
DISCOUNT_ORIGINS: tuple[DiscountOrigin, ...] = ("manual", "sam", "promotion", "markdown")


class CartError(UserError, ValueError):
    """A cart edit that cannot be done (French message)."""


@dataclass(frozen=True, slots=True)
class SaleItem:
    """A snapshot of a product as it is sold (prices TTC, VAT in basis points)."""

    product_id: int | None
    label: str
    category_name: str
    price_cents: Cents  # per piece, or per kg when unit == "kg"
    vat_onsite_bp: int
    vat_takeaway_bp: int
    is_alcohol: bool = False
    is_drink: bool = False
    third_party: bool = False
    meal_voucher_ok: bool = False
    unit: str = "piece"  # "piece" | "kg"
    deposit: SaleItem | None = None  # the consigne sold with it
    track_stock: bool = True
    key_label: str = ""  # the short text of the sale key; ``label`` is the full name


@dataclass(frozen=True, slots=True)
class Discount:
    """``kind`` "percent" (value in basis points: 1000 = 10 %) or "amount" (value in cents).

    ``origin``: see ``DiscountOrigin`` (only "manual" counts against the staff limit);
    ``name``: what the ticket shows for it (the promotion's name, "SAM"), may be empty.
    """

    kind: DiscountKind
    value: int
    origin: DiscountOrigin = "manual"
    name: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("percent", "amount"):
            raise CartError("Type de remise inconnu (pourcentage ou montant)")
        if isinstance(self.value, bool) or not isinstance(self.value, int):
            raise CartError("Remise invalide")
        if self.value <= 0:
            raise CartError("La remise doit être positive")
        if self.kind == "percent" and self.value > 10000:
            raise CartError("Une remise ne peut pas dépasser 100 %")
        if self.kind == "amount" and self.value > MAX_AMOUNT_CENTS:
            raise CartError("Remise trop élevée")
        if self.origin not in DISCOUNT_ORIGINS:
            raise CartError("Origine de remise inconnue")

    @classmethod
    def percent(
        cls, basis_points: int, *, origin: DiscountOrigin = "manual", name: str = ""
    ) -> Discount:
        return cls("percent", basis_points, origin, name)

    @classmethod
    def amount(cls, cents: Cents, *, origin: DiscountOrigin = "manual", name: str = "") -> Discount:
        return cls("amount", cents, origin, name)

    @property
    def is_manual(self) -> bool:
        return self.origin == "manual"

    def of(self, base: Cents) -> Cents:
        """The discount in cents on an amount (never more than the amount)."""
        if self.kind == "percent":
            return percent_of(base, self.value)
        return min(self.value, base)


@dataclass(frozen=True, slots=True)
class CartLine:
    """One line of the cart as shown and as written on the ticket (amounts computed)."""

    key: int  # stable within the cart
    item: SaleItem
    qty_milli: MilliQty
    unit_price_cents: Cents
    unit: str
    line_discount: Discount | None
    is_deposit: bool
    deposit_of: int | None  # key of the line this deposit belongs to
    tab_line_id: int | None  # set when the line comes from a saved tab
    vat_bp: int
    gross_cents: Cents
    line_discount_cents: Cents
    ticket_discount_cents: Cents  # this line's share of the ticket discount
    total_cents: Cents  # after all discounts, TTC

    @property
    def label(self) -> str:
        return self.item.label

    @property
    def product_id(self) -> int | None:
        return self.item.product_id

    @property
    def discount_cents(self) -> Cents:
        return self.line_discount_cents + self.ticket_discount_cents

    @property
    def discountable(self) -> bool:
        return not self.is_deposit and not self.item.third_party


@dataclass(slots=True)
class _Line:
    key: int
    item: SaleItem
    qty_milli: MilliQty
    unit_price_cents: Cents
    unit: str
    discount: Discount | None = None
    is_deposit: bool = False
    deposit_of: int | None = None
    tab_line_id: int | None = None
    price_fixed: bool = False  # a scale label's or a tab's price, not the catalogue's


@dataclass(frozen=True, slots=True)
class PriceChange:
    """A line whose catalogue price changed while it was on the ticket."""

    label: str
    old_cents: Cents
    new_cents: Cents


class PricesChanged(CartError):
    """The catalogue changed under the ticket: it was re-priced, the total must be seen
    again before anyone pays it."""

    def __init__(self, changes: Sequence[PriceChange]) -> None:
        self.changes = tuple(changes)
        listed = ", ".join(
            f"{c.label} {format_eur(c.old_cents)} → {format_eur(c.new_cents)}" for c in changes
        )
        super().__init__(f"Prix mis à jour depuis le catalogue : {listed}. Vérifiez le total.")


def _check_qty(qty_milli: MilliQty, unit: str) -> None:
    if isinstance(qty_milli, bool) or not isinstance(qty_milli, int):
        raise CartError("Quantité invalide")
    if qty_milli <= 0:
        raise CartError("La quantité doit être positive")
    if qty_milli > MAX_QTY_MILLI:
        raise CartError("Quantité trop élevée (9 999 au plus)")
    if unit != "kg" and qty_milli % ONE_UNIT:
        raise CartError("Un article vendu à la pièce se vend par quantité entière")


def _check_price(price_cents: Cents) -> None:
    if isinstance(price_cents, bool) or not isinstance(price_cents, int):
        raise CartError("Prix invalide")
    if price_cents < 0:
        raise CartError("Le prix ne peut pas être négatif")
    if price_cents > MAX_UNIT_PRICE_CENTS:
        raise CartError(f"Prix trop élevé ({format_eur(MAX_UNIT_PRICE_CENTS)} au plus)")


@dataclass(slots=True)
class Cart:
    """The lines being sold, plus the ticket discount and the on-site / take-away switch."""

    takeaway: bool = False
    token: str = field(default_factory=lambda: uuid.uuid4().hex)  # one checkout per cart
    ticket_discount: Discount | None = None
    discount_approver: str | None = None  # manager who approved discounts above the limit
    approved_discount_bp: int = 0
    _lines: list[_Line] = field(default_factory=list, init=False, repr=False)
    _next_key: int = field(default=1, init=False, repr=False)
    _cache: tuple[tuple[CartLine, ...], Cents] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    # ----------------------------------------------------------------- editing
    def add(
        self,
        item: SaleItem,
        qty_milli: MilliQty = ONE_UNIT,
        *,
        unit_price_cents: Cents | None = None,
        unit: str | None = None,
    ) -> CartLine:
        """Add an item (merging into the last line when nothing differs); return its line."""
        unit = unit or item.unit
        price = item.price_cents if unit_price_cents is None else unit_price_cents
        _check_qty(qty_milli, unit)
        _check_price(price)
        if item.deposit is not None:
            _check_price(item.deposit.price_cents)
        last = self._mergeable_last(item, price, unit)
        if last is not None:
            new_qty = last.qty_milli + qty_milli
            _check_qty(new_qty, unit)
            self._check_line_amount(price, new_qty)
            last.qty_milli = new_qty
            for line in self._lines:
                if line.deposit_of == last.key:
                    line.qty_milli = new_qty
            self._cache = None
            return self.lines[self._index_of(last.key)]
        self._check_line_amount(price, qty_milli)
        key = self.append_line(
            item,
            qty_milli,
            unit_price_cents=price,
            unit=unit,
            price_fixed=unit_price_cents is not None,
        )
        if item.deposit is not None:
            self.append_line(
                item.deposit,
                qty_milli if unit != "kg" else ONE_UNIT,
                unit_price_cents=item.deposit.price_cents,
                unit="piece",
                is_deposit=True,
                deposit_of=key,
            )
        return self.lines[self._index_of(key)]

    def append_line(
        self,
        item: SaleItem,
        qty_milli: MilliQty,
        *,
        unit_price_cents: Cents,
        unit: str,
        discount: Discount | None = None,
        is_deposit: bool = False,
        deposit_of: int | None = None,
        tab_line_id: int | None = None,
        price_fixed: bool = False,
    ) -> int:
        """Append one line exactly as given (used to restore saved tab lines); return its key.
        A tab line's price is its snapshot (``price_fixed``)."""
        _check_qty(qty_milli, unit)
        _check_price(unit_price_cents)
        if len(self._lines) >= MAX_LINES:
            raise CartError(f"Ticket trop long ({MAX_LINES} lignes au plus)")
        key = self._next_key
        self._next_key += 1
        self._lines.append(
            _Line(
                key,
                item,
                qty_milli,
                unit_price_cents,
                unit,
                discount,
                is_deposit,
                deposit_of,
                tab_line_id,
                price_fixed or tab_line_id is not None,
            )
        )
        self._cache = None
        return key

    def price_fixed(self, index: int) -> bool:
        """True when line ``index`` keeps its own price (a scale label's, a tab's)."""
        return self._line(index).price_fixed

    def follow_catalogue(self, current: Mapping[int, SaleItem]) -> list[PriceChange]:
        """Bring each line's product up to date with the catalogue (``current``: product id →
        item as sold now): name, VAT and, unless the price is a label's or a tab's, the
        price. Returns the price changes (the total moved)."""
        changes: list[PriceChange] = []
        for line in self._lines:
            product_id = line.item.product_id
            fresh = current.get(product_id) if product_id is not None else None
            if fresh is None or fresh == line.item:
                continue
            if not line.price_fixed and fresh.price_cents != line.unit_price_cents:
                _check_price(fresh.price_cents)
                self._check_line_amount(fresh.price_cents, line.qty_milli)
                changes.append(PriceChange(fresh.label, line.unit_price_cents, fresh.price_cents))
                line.unit_price_cents = fresh.price_cents
            if line.tab_line_id is None:
                line.item = fresh
            self._cache = None
        return changes

    def set_quantity(self, index: int, qty_milli: MilliQty) -> CartLine:
        line = self._line(index)
        _check_qty(qty_milli, line.unit)
        self._check_line_amount(line.unit_price_cents, qty_milli)
        # A promotion or SAM amount is recomputed by whoever gave it (and capped meanwhile).
        if line.discount is not None and line.discount.kind == "amount" and line.discount.is_manual:
            gross = line_total(line.unit_price_cents, qty_milli)
            if line.discount.value > gross:
                raise CartError("La remise dépasserait le montant de la ligne")
        line.qty_milli = qty_milli
        if line.unit != "kg":
            for other in self._lines:
                if other.deposit_of == line.key:
                    other.qty_milli = qty_milli
        self._cache = None
        return self.lines[index]

    def stepped_quantity(self, index: int, delta_units: int) -> MilliQty:
        """The quantity of line ``index`` after "+"/"−" (``delta_units`` whole units): a
        deposit follows its article and a weighed line is weighed again, never stepped.
        Zero or less means the line goes."""
        line = self.lines[self._checked_index(index)]
        if line.is_deposit:
            raise CartError("La consigne suit la quantité de son article")
        if line.unit == "kg":
            raise CartError("Article au poids : supprimez la ligne et pesez à nouveau")
        return line.qty_milli + delta_units * ONE_UNIT

    def owner_index(self, index: int) -> int:
        """The line a removal of line ``index`` takes off: a deposit goes with its article."""
        line = self.lines[self._checked_index(index)]
        if line.is_deposit and line.deposit_of is not None:
            return self._index_of(line.deposit_of)
        return index

    @property
    def article_count(self) -> int:
        """Articles on the ticket (a weighed line counts one; deposits do not count)."""
        return sum(
            (line.qty_milli // ONE_UNIT if line.unit != "kg" else 1)
            for line in self.lines
            if not line.is_deposit
        )

    def remove(self, index: int) -> CartLine:
        """Remove a line (and the deposit that goes with it); return the removed line."""
        removed = self.lines[self._checked_index(index)]
        key = removed.key
        self._lines = [ln for ln in self._lines if ln.key != key and ln.deposit_of != key]
        self._cache = None
        return removed

    def set_line_discount(self, index: int, discount: Discount | None) -> CartLine:
        line = self._line(index)
        if discount is not None:
            if line.is_deposit:
                raise CartError("Une consigne ne peut pas être remisée")
            if line.item.third_party:
                raise CartError(
                    "Remise impossible sur un article encaissé pour un tiers (presse, timbres…)"
                )
            gross = line_total(line.unit_price_cents, line.qty_milli)
            if discount.kind == "amount" and discount.value > gross:
                raise CartError(f"La remise dépasse le montant de la ligne ({format_eur(gross)})")
        line.discount = discount
        self._cache = None
        return self.lines[index]

    def clear_discounts(self, origin: DiscountOrigin) -> int:
        """Take off the line discounts of that origin (before re-pricing); return how many."""
        count = 0
        for line in self._lines:
            if line.discount is not None and line.discount.origin == origin:
                line.discount = None
                count += 1
        if count:
            self._cache = None
        return count

    def set_ticket_discount(self, discount: Discount | None) -> None:
        if discount is not None:
            base = self.discountable_cents
            if base <= 0:
                raise CartError("Aucun article remisable sur ce ticket")
            if discount.kind == "amount" and discount.value > base:
                raise CartError(f"La remise dépasse le montant remisable ({format_eur(base)})")
        self.ticket_discount = discount
        self._cache = None

    def set_takeaway(self, takeaway: bool) -> None:
        self.takeaway = takeaway
        self._cache = None

    def approve_discounts(self, approver_name: str) -> None:
        """A manager approved the discounts as they are now (larger ones need a new approval)."""
        self.discount_approver = approver_name
        self.approved_discount_bp = self.max_discount_bp()

    def clear(self) -> None:
        self._lines.clear()
        self.ticket_discount = None
        self.discount_approver = None
        self.approved_discount_bp = 0
        self._cache = None

    # ----------------------------------------------------------------- reading
    @property
    def lines(self) -> tuple[CartLine, ...]:
        return self._computed()[0]

    def __len__(self) -> int:
        return len(self._lines)

    @property
    def is_empty(self) -> bool:
        return not self._lines

    @property
    def total_cents(self) -> Cents:
        return sum(line.total_cents for line in self.lines)

    @property
    def ticket_discount_cents(self) -> Cents:
        return self._computed()[1]

    @property
    def discount_total_cents(self) -> Cents:
        return sum(line.discount_cents for line in self.lines)

    @property
    def discountable_cents(self) -> Cents:
        """Amount a ticket discount applies to (after line discounts)."""
        return sum(
            line.gross_cents - line.line_discount_cents for line in self.lines if line.discountable
        )

    @property
    def has_alcohol(self) -> bool:
        return any(line.item.is_alcohol for line in self._lines)

    @property
    def alcohol_total_cents(self) -> Cents:
        return sum(line.total_cents for line in self.lines if line.item.is_alcohol)

    @property
    def meal_voucher_eligible_cents(self) -> Cents:
        return sum(line.total_cents for line in self.lines if line.item.meal_voucher_ok)

    @property
    def third_party_cents(self) -> Cents:
        return sum(line.total_cents for line in self.lines if line.item.third_party)

    def vat_lines(self) -> list[VatLine]:
        return split_by_rate(totals_by_rate((ln.vat_bp, ln.total_cents) for ln in self.lines))

    def max_discount_bp(self) -> int:
        """The largest staff (manual) discount on the cart, in basis points of what it applies
        to (rounded up). SAM and promotion discounts follow their own rules, not this limit."""
        largest = 0
        for line in self.lines:
            manual = line.line_discount is not None and line.line_discount.is_manual
            if manual and line.line_discount_cents and line.gross_cents:
                largest = max(largest, _ratio_bp(line.line_discount_cents, line.gross_cents))
        ticket = self.ticket_discount_cents
        if ticket:
            base = self.discountable_cents
            if base:
                largest = max(largest, _ratio_bp(ticket, base))
        return largest

    # ----------------------------------------------------------------- internals
    def _mergeable_last(self, item: SaleItem, price: Cents, unit: str) -> _Line | None:
        if unit == "kg" or not self._lines:
            return None
        candidates = [ln for ln in self._lines if not ln.is_deposit]
        if not candidates:
            return None
        last = candidates[-1]
        # Only the very last product (with its own deposit right after it) can take the merge.
        tail = self._lines[-1]
        if tail is not last and tail.deposit_of != last.key:
            return None
        if (
            last.item == item
            and last.unit_price_cents == price
            and last.unit == unit
            and (last.discount is None or last.discount.origin == "promotion")
            and last.tab_line_id is None
        ):
            return last
        return None

    def _check_line_amount(self, price: Cents, qty: MilliQty) -> None:
        if line_total(price, qty) > MAX_AMOUNT_CENTS:
            raise CartError(
                f"Montant de la ligne trop élevé ({format_eur(MAX_AMOUNT_CENTS)} au plus)"
            )

    def _checked_index(self, index: int) -> int:
        if isinstance(index, bool) or not 0 <= index < len(self._lines):
            raise CartError("Cette ligne n'existe pas (ou plus) sur le ticket")
        return index

    def _line(self, index: int) -> _Line:
        return self._lines[self._checked_index(index)]

    def _index_of(self, key: int) -> int:
        for index, line in enumerate(self._lines):
            if line.key == key:
                return index
        raise CartError("Cette ligne n'existe pas (ou plus) sur le ticket")  # pragma: no cover

    def _computed(self) -> tuple[tuple[CartLine, ...], Cents]:
        if self._cache is None:
            self._cache = _compute(self._lines, self.takeaway, self.ticket_discount)
        return self._cache


def _ratio_bp(part: Cents, whole: Cents) -> int:
    return -((-part * 10000) // whole)


def spread(amount: Cents, weights: Sequence[Cents]) -> list[Cents]:
    """Split ``amount`` in proportion to ``weights`` (≥ 0); the parts add up to ``amount``.

    Each part is rounded down, then the cents left go one by one to the largest
    remainders, ties to the first (deterministic).
    """
    total = sum(weights)
    if amount == 0 or total <= 0:
        return [0] * len(weights)
    parts = [amount * w // total for w in weights]
    left = amount - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-((amount * weights[i]) % total), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def _compute(
    lines: Sequence[_Line], takeaway: bool, ticket_discount: Discount | None
) -> tuple[tuple[CartLine, ...], Cents]:
    gross = [line_total(ln.unit_price_cents, ln.qty_milli) for ln in lines]
    line_disc = [
        ln.discount.of(g) if ln.discount is not None else 0
        for ln, g in zip(lines, gross, strict=True)
    ]
    weights = [
        g - d if not ln.is_deposit and not ln.item.third_party else 0
        for ln, g, d in zip(lines, gross, line_disc, strict=True)
    ]
    ticket = ticket_discount.of(sum(weights)) if ticket_discount is not None else 0
    shares = spread(ticket, weights)
    out = tuple(
        CartLine(
            key=ln.key,
            item=ln.item,
            qty_milli=ln.qty_milli,
            unit_price_cents=ln.unit_price_cents,
            unit=ln.unit,
            line_discount=ln.discount,
            is_deposit=ln.is_deposit,
            deposit_of=ln.deposit_of,
            tab_line_id=ln.tab_line_id,
            vat_bp=ln.item.vat_takeaway_bp if takeaway else ln.item.vat_onsite_bp,
            gross_cents=g,
            line_discount_cents=d,
            ticket_discount_cents=s,
            total_cents=g - d - s,
        )
        for ln, g, d, s in zip(lines, gross, line_disc, shares, strict=True)
    )
    return out, ticket
