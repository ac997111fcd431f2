"""The press, stamps and the money held for others in ``simulate``.

Each morning the distributor's delivery comes at 6:15 (the dailies every day but Sunday
for the national one, a weekly on Wednesdays, a monthly on the first), the unsold copies
whose deadline has come go back first; customers buy their paper by scanning it (the
add-on carries the issue), and now and then stamps (La Poste's money, 3 % commission);
on the 5th of each month the café pays each beneficiary what it owes by transfer.

Every choice comes from the day's random generator, so the same seed gives the same press.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.catalogue import ProductInput
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.press import Periodicity, ean_for
from cafe_pos.domain.users import Actor
from cafe_pos.services import catalogue, press, sale_items, third_party
from cafe_pos.store.models.third_party import ThirdPartyProduct

# (name, ISSN, distributor, periodicity, cover price, copies delivered)
TITLES = (
    ("La Montagne", "0998-3120", "France Messagerie", Periodicity.DAILY, 150, 12),
    ("Le Monde", "0395-2037", "MLP", Periodicity.DAILY, 320, 4),
    ("Le Chasseur français", "0009-3734", "MLP", Periodicity.WEEKLY, 390, 3),
    ("Géo", "0220-8245", "France Messagerie", Periodicity.MONTHLY, 790, 3),
)
STAMP = "Timbre lettre verte"
STAMP_COMMISSION_BP = 300  # 3 % on single stamps (QE 14902)


def _issue_number(periodicity: Periodicity, day: dt.date) -> str | None:
    """The issue delivered that day, or None (no delivery of that title that day)."""
    if periodicity is Periodicity.DAILY:
        return None if day.weekday() == 6 else f"{day:%y}{day.timetuple().tm_yday:03d}"
    if periodicity is Periodicity.WEEKLY:
        return f"{day.isocalendar().week:02d}" if day.weekday() == 2 else None
    if periodicity is Periodicity.MONTHLY:
        return f"{day:%m}" if day.day == 1 else None
    return None


@dataclass
class PressDay:
    """The press of one simulated day: ``morning()`` at opening, ``add_copy(cart)`` when a
    customer takes a paper, ``stamps(cart)`` now and then."""

    ctx: ServiceContext
    day: dt.date
    rng: random.Random
    manager: Actor
    staff: Actor
    codes: list[str] = field(default_factory=list)  # press codes of the issues on sale
    stamp_id: int | None = None

    @classmethod
    def set_up(
        cls,
        ctx: ServiceContext,
        day: dt.date,
        rng: random.Random,
        manager: Actor,
        staff: Actor,
    ) -> PressDay:
        known = {title.name for title in press.list_titles(ctx)}
        for name, issn, distributor, periodicity, _price, _copies in TITLES:
            if name not in known:
                press.add_title(
                    ctx, manager, press.TitleInput(name, issn, distributor, periodicity)
                )
        simulated = cls(ctx, day, rng, manager, staff)
        simulated.stamp_id = _ensure_stamp(ctx, manager)
        return simulated

    def morning(self) -> None:
        """Returns first (what must go back today), then the day's delivery."""
        for issue in press.returns_due(self.ctx, self.day):
            press.record_return(self.ctx, self.staff, issue.id, issue.on_shelf, "simulé")
        titles = {title.name: title for title in press.list_titles(self.ctx)}
        lines = []
        for name, _issn, _distributor, periodicity, price, copies in TITLES:
            number = _issue_number(periodicity, self.day)
            if number is not None:
                extra = self.rng.randint(-1, 2)
                lines.append(
                    press.DeliveryLine(titles[name].id, number, price, max(1, copies + extra))
                )
        if lines:
            press.receive_delivery(self.ctx, self.staff, lines, f"BL {self.day:%d%m}")
        self.codes = [
            ean_for(titles[issue.title].title_key) + issue.number.zfill(2 if len(
                issue.number) <= 2 else 5)
            for issue in press.issues_on_sale(self.ctx)
            if issue.title in titles
        ]  # fmt: skip
        if self.day.day == 5:
            self._pay_beneficiaries()

    def add_copy(self, cart: Cart) -> bool:
        """A customer takes a paper from the shelf: scanned like at the counter."""
        if not self.codes:
            return False
        code = self.codes[self.rng.randrange(len(self.codes))]
        found = sale_items.scan(self.ctx, code)
        if found.item is None:
            return False
        issue = next(
            (v for v in press.issues_on_sale(self.ctx) if v.product_id == found.item.product_id),
            None,
        )
        already = sum(ln.qty_milli for ln in cart.lines if ln.item == found.item) // 1000
        if issue is None or issue.on_shelf - already <= 0:
            return False  # sold out: the customer leaves without it
        found.add_to(cart)
        return True

    def stamps(self, cart: Cart) -> None:
        if self.stamp_id is not None:
            cart.add(sale_items.sale_item(self.ctx, self.stamp_id), 1000 * self.rng.randint(1, 6))

    def _pay_beneficiaries(self) -> None:
        for balance in third_party.balances(self.ctx, self.day):
            if balance.owed_cents > 0 and balance.kind in ("distributor", "la_poste"):
                try:
                    third_party.pay(
                        self.ctx,
                        self.manager,
                        balance.beneficiary_id,
                        balance.owed_cents,
                        "transfer",
                        f"virement {self.day:%m/%Y}",
                    )
                except UserError:
                    continue


def _ensure_stamp(ctx: ServiceContext, manager: Actor) -> int:
    with ctx.uow(read_only=True) as uow:
        found = uow.session.scalar(
            select(ThirdPartyProduct.product_id).where(ThirdPartyProduct.kind == "stamp")
        )
    if found is not None:
        return int(found)
    listed = [v for v in catalogue.search_products(ctx, STAMP) if v.name == STAMP]
    stamp = (
        listed[0]
        if listed
        else catalogue.create_product(
            ctx,
            manager,
            ProductInput(
                name=STAMP,
                short_label="Timbre vert",
                category_id=None,
                price_cents=152,
                vat_onsite_bp=0,
                vat_takeaway_bp=0,
                third_party=True,
                track_stock=False,
                quick_key=False,
            ),
        )
    )
    existing = {b.name: b.beneficiary_id for b in third_party.balances(ctx)}
    poste = existing.get("La Poste") or third_party.add_beneficiary(
        ctx, manager, "La Poste", "la_poste"
    )
    third_party.set_product_beneficiary(
        ctx, manager, stamp.id, poste, STAMP_COMMISSION_BP, kind="stamp"
    )
    return stamp.id
