"""The network catalogue of a simulated (demo) café that is not enrolled with an HQ: on
the first simulated morning, after the stock's set-up, a version "received from HQ" is
stored, built from the café's own drinks so a person can see every kind of proposal in
Réglages → Catalogue du réseau:

- a few products already in line (nothing to show);
- one whose suggested price differs from the café's (the manager's price: a choice);
- one whose VAT category differs, one new product the café does not sell yet;
- price caps for the drinks supplier: one a little below what the café pays (its next
  receptions are flagged above cap and reported in the daily message), one above.

An enrolled café gets the real thing from its HQ instead (nothing is stored here then).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain import network_catalogue as nc
from cafe_pos.domain.clock import to_utc_naive
from cafe_pos.services import network_catalogue
from cafe_pos.services.simulate_stock import DRINKS
from cafe_pos.store.models.catalogue import Barcode, Category, Product
from cafe_pos.store.models.network import NetworkCatalogueState
from cafe_pos.store.models.stock import ProductSupplier, Supplier
from cafe_pos.store.models.sync import HqLink

DEMO_VERSION = 1


def morning(ctx: ServiceContext, day: dt.date) -> None:
    """Store the demo network catalogue once (unenrolled cafés only)."""
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        if s.get(HqLink, 1) is not None or s.get(NetworkCatalogueState, 1) is not None:
            return
        rows = s.execute(
            select(
                Product.id,
                Product.name,
                Product.price_cents,
                Product.vat_onsite_bp,
                Product.vat_takeaway_bp,
                Product.abv_tenths,
                Category.name,
                ProductSupplier.last_cost_cents,
                Supplier.siret,
            )
            .join(ProductSupplier, ProductSupplier.product_id == Product.id)
            .join(Supplier, Supplier.id == ProductSupplier.supplier_id)
            .outerjoin(Category, Category.id == Product.category_id)
            .where(Supplier.name == DRINKS, Product.active.is_(True), Product.price_cents > 0)
            .order_by(Product.id)
            .limit(8)
        ).all()
        codes = {
            int(pid): str(code)
            for pid, code in s.execute(
                select(Barcode.product_id, Barcode.code).where(
                    Barcode.product_id.in_([r[0] for r in rows])
                )
            )
        }
    if len(rows) < 4:
        return
    products: list[nc.NetworkProduct] = []
    for index, (pid, name, price, onsite, takeaway, abv, category, cost, siret) in enumerate(rows):
        caps: tuple[nc.Cap, ...] = ()
        if index == 0 and cost > 1:  # the café pays a little more than the cap
            caps = (nc.Cap(DRINKS, max(cost * 95 // 100, 1), siret or ""),)
        elif index == 1 and cost > 0:
            caps = (nc.Cap(DRINKS, cost * 110 // 100, siret or ""),)
        suggested = price + 20 if index == 2 else price  # the manager's price differs
        category_name = category or ""
        if index == 3:
            category_name = "Boissons du réseau"
        products.append(
            nc.NetworkProduct(
                reference=f"RES-{index + 1:03d}",
                name=name[:80],
                vat_onsite_bp=onsite,
                vat_takeaway_bp=takeaway,
                suggested_price_cents=suggested,
                ean=codes.get(int(pid), ""),
                category=category_name[:60],
                abv_tenths=abv,
                is_drink=True,
                caps=caps,
            )
        )
    products.append(
        nc.NetworkProduct(
            reference="RES-100",
            name="Limonade artisanale du réseau 33 cl",
            vat_onsite_bp=1000,
            vat_takeaway_bp=550,
            suggested_price_cents=280,
            category="Boissons du réseau",
            is_drink=True,
            caps=(nc.Cap(DRINKS, 62),),
        )
    )
    published = to_utc_naive(ctx.clock.now()) - dt.timedelta(hours=6)
    network_catalogue.store_received(ctx, DEMO_VERSION, products, published)
