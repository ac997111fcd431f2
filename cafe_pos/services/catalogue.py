"""Catalogue use cases: categories and products (search, barcode look-up, edit, archive).

Reads return frozen dataclasses (``CategoryView``, ``ProductView``), never ORM objects.
Writes need ``Permission.EDIT_CATALOGUE`` and check, on top of the pure rules of
``cafe_pos.domain.catalogue``: unique product and category names (case and accents
ignored), barcodes not used by another product, existing category and deposit product.
Products are archived, never deleted (tickets keep pointing at them).

Search is accent- and case-insensitive through a ``cafe_fold`` SQL function registered on
the connection; the barcode look-up goes through the unique index on ``barcodes.code``.
CSV import/export live in ``cafe_pos.services.catalogue_io``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.barcodes import BarcodeError, validate_barcode
from cafe_pos.domain.catalogue import (
    CatalogueError,
    CategoryInput,
    ProductInput,
    RatePair,
    check_category_rates,
    usual_rates,
    validate_category,
    validate_product,
)
from cafe_pos.domain.errors import NotFound
from cafe_pos.domain.text import fold, search_key
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services.text_sql import use_fold
from cafe_pos.store.models.catalogue import Barcode, Category, Product

__all__ = [
    "CatalogueError",
    "CategoryInput",
    "CategoryView",
    "ImportReport",
    "ProductInput",
    "ProductView",
    "archive_product",
    "category_rates",
    "create_product",
    "find_by_barcode",
    "get_product",
    "list_categories",
    "restore_product",
    "save_category",
    "search_products",
    "update_product",
]


@dataclass(frozen=True, slots=True)
class CategoryView:
    id: int
    name: str
    position: int
    colour: str
    active: bool
    product_count: int  # active products


@dataclass(frozen=True, slots=True)
class ProductView:
    id: int
    name: str
    short_label: str
    category_id: int | None
    category_name: str  # "" without category
    price_cents: int
    vat_onsite_bp: int
    vat_takeaway_bp: int
    is_alcohol: bool
    abv_tenths: int | None
    is_drink: bool
    third_party: bool
    meal_voucher_ok: bool
    unit: str
    barcodes: tuple[str, ...]
    quick_key: bool
    position: int
    active: bool
    deposit_product_id: int | None
    track_stock: bool

    def to_input(self) -> ProductInput:
        """The editable fields, e.g. to pre-fill a form or change one field."""
        return ProductInput(
            name=self.name,
            short_label=self.short_label,
            category_id=self.category_id,
            price_cents=self.price_cents,
            vat_onsite_bp=self.vat_onsite_bp,
            vat_takeaway_bp=self.vat_takeaway_bp,
            is_alcohol=self.is_alcohol,
            abv_tenths=self.abv_tenths,
            is_drink=self.is_drink,
            third_party=self.third_party,
            meal_voucher_ok=self.meal_voucher_ok,
            unit=self.unit,
            barcodes=self.barcodes,
            quick_key=self.quick_key,
            position=self.position,
            active=self.active,
            deposit_product_id=self.deposit_product_id,
            track_stock=self.track_stock,
        )


@dataclass(frozen=True, slots=True)
class ImportReport:
    created: int
    updated: int
    rejected: list[tuple[int, str]]  # (line number in the file, French reason)
    categories_created: int = 0


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_PRODUCT_FIELDS = (
    "id",
    "name",
    "short_label",
    "category_id",
    "price_cents",
    "vat_onsite_bp",
    "vat_takeaway_bp",
    "is_alcohol",
    "abv_tenths",
    "is_drink",
    "third_party",
    "meal_voucher_ok",
    "unit",
    "quick_key",
    "position",
    "active",
    "deposit_product_id",
    "track_stock",
)
# One row per product: its columns, its category's name and its barcodes ("a b", by id).
_CODES = (
    select(func.group_concat(Barcode.code, " "))
    .where(Barcode.product_id == Product.id)
    .correlate(Product)
    .scalar_subquery()
)
_VIEW_SELECT = select(
    *(getattr(Product, name) for name in _PRODUCT_FIELDS),
    Category.name.label("category_name"),
    _CODES.label("codes"),
).outerjoin(Category, Product.category_id == Category.id)


def _row_view(row: Row[*tuple[Any, ...]]) -> ProductView:
    values = row._mapping
    return ProductView(
        **{name: values[name] for name in _PRODUCT_FIELDS},
        category_name=values["category_name"] or "",
        barcodes=tuple((values["codes"] or "").split()),
    )


# Built once with bind parameters: the look-ups at the till reuse the compiled statement.
_BY_ID = _VIEW_SELECT.where(Product.id == bindparam("product_id"))
_BY_CODE = _VIEW_SELECT.where(
    Product.id
    == select(Barcode.product_id).where(Barcode.code == bindparam("code")).scalar_subquery()
)


def load_view(session: Session, product_id: int) -> ProductView:
    row = session.connection().execute(_BY_ID, {"product_id": product_id}).first()
    if row is None:
        raise NotFound(f"Produit introuvable (n° {product_id})")
    return _row_view(row)


# --- categories --------------------------------------------------------------------------


def list_categories(ctx: ServiceContext, include_inactive: bool = False) -> list[CategoryView]:
    """Categories by position then name, with their number of active products."""
    counts = (
        select(Product.category_id, func.count().label("n"))
        .where(Product.active.is_(True))
        .group_by(Product.category_id)
        .subquery()
    )
    query = select(Category, func.coalesce(counts.c.n, 0)).outerjoin(
        counts, counts.c.category_id == Category.id
    )
    if not include_inactive:
        query = query.where(Category.active.is_(True))
    with ctx.uow(read_only=True) as uow:
        rows = uow.session.execute(query).all()
        views = [
            CategoryView(cat.id, cat.name, cat.position, cat.colour, cat.active, int(count))
            for cat, count in rows
        ]
    return sorted(views, key=lambda view: (view.position, fold(view.name), view.id))


def save_category(
    ctx: ServiceContext, actor: Actor, data: CategoryInput, category_id: int | None = None
) -> CategoryView:
    """Create (``category_id=None``) or update a category (Permission.EDIT_CATALOGUE)."""
    actor.require(Permission.EDIT_CATALOGUE)
    data = validate_category(data)
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        for other_id, other_name in session.execute(select(Category.id, Category.name)):
            if other_id != category_id and fold(other_name) == fold(data.name):
                raise CatalogueError(f"Une catégorie s'appelle déjà « {other_name} »")
        if category_id is None:
            category = Category(name=data.name)
            session.add(category)
        else:
            found = session.get(Category, category_id)
            if found is None:
                raise NotFound(f"Catégorie introuvable (n° {category_id})")
            category = found
        category.name = data.name
        category.position = data.position
        category.colour = data.colour
        category.active = data.active
        session.flush()
        count = session.scalar(
            select(func.count()).where(Product.category_id == category.id, Product.active.is_(True))
        )
        view = CategoryView(
            category.id,
            category.name,
            category.position,
            category.colour,
            category.active,
            int(count or 0),
        )
        uow.commit()
        return view


# --- products: reads ---------------------------------------------------------------------


def search_products(
    ctx: ServiceContext,
    query: str = "",
    category_id: int | None = None,
    include_archived: bool = False,
    limit: int = 500,
) -> list[ProductView]:
    """Products whose name or key label has a word starting with each word typed (accents,
    case and punctuation ignored), or whose barcode contains the digits typed; by name."""
    words = search_key(query).split()
    digits = "".join(query.split())
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        use_fold(session)
        stmt = _VIEW_SELECT
        if not include_archived:
            stmt = stmt.where(Product.active.is_(True))
        if category_id is not None:
            stmt = stmt.where(Product.category_id == category_id)
        if words:
            text = func.cafe_search(Product.name + " " + Product.short_label)
            match = and_(*(text.like(f"% {_like_escape(w)}%", escape="\\") for w in words))
            if digits.isascii() and digits.isdigit() and len(digits) >= 3:
                by_code = select(Barcode.product_id).where(Barcode.code.contains(digits))
                match = or_(match, Product.id.in_(by_code))
            stmt = stmt.where(match)
        stmt = stmt.order_by(func.cafe_fold(Product.name), Product.id).limit(max(0, limit))
        return [_row_view(row) for row in session.connection().execute(stmt)]


def get_product(ctx: ServiceContext, product_id: int) -> ProductView:
    """One product (archived ones too), or NotFound."""
    with ctx.uow(read_only=True) as uow:
        return load_view(uow.session, product_id)


def find_by_barcode(ctx: ServiceContext, code: str) -> ProductView | None:
    """The product (archived too: check ``active``) with this barcode; None if unknown or
    not a valid barcode. UPC-A codes find their EAN-13 form."""
    try:
        normalised = validate_barcode(code)
    except BarcodeError:
        return None
    with ctx.uow(read_only=True) as uow:
        row = uow.session.connection().execute(_BY_CODE, {"code": normalised}).first()
        return None if row is None else _row_view(row)


# --- products: writes --------------------------------------------------------------------


def check_name_free(session: Session, name: str, product_id: int | None) -> None:
    use_fold(session)
    query = select(Product.id, Product.name, Product.active).where(
        func.cafe_fold(Product.name) == fold(name)
    )
    for other_id, other_name, active in session.execute(query):
        if other_id != product_id:
            archived = "" if active else " (archivé : restaurez-le plutôt)"
            raise CatalogueError(f"Un produit s'appelle déjà « {other_name} »{archived}")


def check_codes_free(session: Session, codes: Sequence[str], product_id: int | None) -> None:
    if not codes:
        return
    query = (
        select(Barcode.code, Product.name)
        .join(Product, Barcode.product_id == Product.id)
        .where(Barcode.code.in_(list(codes)))
    )
    if product_id is not None:
        query = query.where(Barcode.product_id != product_id)
    for code, other in session.execute(query):
        raise CatalogueError(f"Le code-barres {code} est déjà utilisé par « {other} »")


def _check_links(session: Session, data: ProductInput, product_id: int | None) -> None:
    if data.category_id is not None and session.get(Category, data.category_id) is None:
        raise CatalogueError(f"Catégorie introuvable (n° {data.category_id})")
    deposit_id = data.deposit_product_id
    if deposit_id is not None:
        if deposit_id == product_id:
            raise CatalogueError("Un produit ne peut pas être sa propre consigne")
        if session.get(Product, deposit_id) is None:
            raise CatalogueError(f"Produit de consigne introuvable (n° {deposit_id})")


def _usual_rates(
    session: Session, category_id: int | None, exclude_product_id: int | None
) -> RatePair | None:
    if category_id is None:
        return None
    query = select(Product.vat_onsite_bp, Product.vat_takeaway_bp).where(
        Product.category_id == category_id,
        Product.active.is_(True),
        Product.is_alcohol.is_(False),
        Product.third_party.is_(False),
    )
    if exclude_product_id is not None:
        query = query.where(Product.id != exclude_product_id)
    return usual_rates([(int(a), int(b)) for a, b in session.execute(query)])


def category_rates(
    ctx: ServiceContext, category_id: int | None, *, exclude_product_id: int | None = None
) -> RatePair | None:
    """The VAT rates (on site, take away) most products of the category have: the product
    form proposes them when the category is chosen. None for no category or an empty one."""
    with ctx.uow(read_only=True) as uow:
        return _usual_rates(uow.session, category_id, exclude_product_id)


def _check_rates_of_category(session: Session, data: ProductInput, product_id: int | None) -> None:
    category = session.get(Category, data.category_id) if data.category_id is not None else None
    if category is None:
        return
    usual = _usual_rates(session, category.id, product_id)
    check_category_rates(data, category.name, usual)


def apply_fields(product: Product, data: ProductInput) -> None:
    """Copy validated fields (not the barcodes) onto the ORM object."""
    product.name = data.name
    product.short_label = data.short_label
    product.category_id = data.category_id
    product.price_cents = data.price_cents
    product.vat_onsite_bp = data.vat_onsite_bp
    product.vat_takeaway_bp = data.vat_takeaway_bp
    product.is_alcohol = data.is_alcohol
    product.abv_tenths = data.abv_tenths
    product.is_drink = data.is_drink
    product.third_party = data.third_party
    product.meal_voucher_ok = data.meal_voucher_ok
    product.unit = data.unit
    product.quick_key = data.quick_key
    product.position = data.position
    product.active = data.active
    product.deposit_product_id = data.deposit_product_id
    product.track_stock = data.track_stock


def remove_dropped_codes(product: Product, codes: Sequence[str]) -> None:
    for barcode in [b for b in product.barcodes if b.code not in codes]:
        product.barcodes.remove(barcode)


def add_new_codes(product: Product, codes: Sequence[str]) -> None:
    present = {b.code for b in product.barcodes}
    for code in codes:
        if code not in present:
            product.barcodes.append(Barcode(code=code))


def create_product(ctx: ServiceContext, actor: Actor, data: ProductInput) -> ProductView:
    """Add a product (Permission.EDIT_CATALOGUE)."""
    actor.require(Permission.EDIT_CATALOGUE)
    data = validate_product(data)
    with ctx.uow() as uow:
        session = uow.session
        check_name_free(session, data.name, None)
        check_codes_free(session, data.barcodes, None)
        _check_links(session, data, None)
        _check_rates_of_category(session, data, None)
        product = Product()
        apply_fields(product, data)
        add_new_codes(product, data.barcodes)
        session.add(product)
        session.flush()
        view = load_view(session, product.id)
        uow.commit()
        return view


def update_product(
    ctx: ServiceContext, actor: Actor, product_id: int, data: ProductInput
) -> ProductView:
    """Replace a product's fields and barcodes (Permission.EDIT_CATALOGUE)."""
    actor.require(Permission.EDIT_CATALOGUE)
    data = validate_product(data)
    with ctx.uow() as uow:
        session = uow.session
        product = session.get(Product, product_id)
        if product is None:
            raise NotFound(f"Produit introuvable (n° {product_id})")
        check_name_free(session, data.name, product_id)
        check_codes_free(session, data.barcodes, product_id)
        _check_links(session, data, product_id)
        moved = (product.category_id, product.vat_onsite_bp, product.vat_takeaway_bp) != (
            data.category_id,
            data.vat_onsite_bp,
            data.vat_takeaway_bp,
        )
        if moved:  # a product kept as it is is not asked again at each price change
            _check_rates_of_category(session, data, product_id)
        apply_fields(product, data)
        remove_dropped_codes(product, data.barcodes)
        session.flush()
        add_new_codes(product, data.barcodes)
        session.flush()
        view = load_view(session, product_id)
        uow.commit()
        return view


def _set_active(ctx: ServiceContext, actor: Actor, product_id: int, active: bool) -> ProductView:
    actor.require(Permission.EDIT_CATALOGUE)
    with ctx.uow() as uow:
        product = uow.session.get(Product, product_id)
        if product is None:
            raise NotFound(f"Produit introuvable (n° {product_id})")
        product.active = active
        uow.session.flush()
        view = load_view(uow.session, product_id)
        uow.commit()
        return view


def archive_product(ctx: ServiceContext, actor: Actor, product_id: int) -> ProductView:
    """Hide a product from sale and searches; its tickets keep it (Permission.EDIT_CATALOGUE)."""
    return _set_active(ctx, actor, product_id, False)


def restore_product(ctx: ServiceContext, actor: Actor, product_id: int) -> ProductView:
    """Bring an archived product back (Permission.EDIT_CATALOGUE)."""
    return _set_active(ctx, actor, product_id, True)
