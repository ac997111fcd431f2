"""Catalogue: categories, products and their barcodes."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cafe_pos.store.models.base import Base, Cents, IntPk, Name


class Category(Base):
    __tablename__ = "categories"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    colour: Mapped[str] = mapped_column(String(7), default="#607d8b")  # "#rrggbb"
    active: Mapped[bool] = mapped_column(default=True)

    products: Mapped[list[Product]] = relationship(back_populates="category")


class Product(Base):
    __tablename__ = "products"

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(index=True)
    short_label: Mapped[str] = mapped_column(String(24))  # text of the sale key
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    price_cents: Mapped[Cents]  # tax included; per kg when unit == "kg"
    vat_onsite_bp: Mapped[int] = mapped_column(Integer)  # 2000 = 20 %
    vat_takeaway_bp: Mapped[int] = mapped_column(Integer)
    is_alcohol: Mapped[bool] = mapped_column(default=False)
    abv_tenths: Mapped[int | None] = mapped_column(Integer)  # % vol × 10 (45 = 4.5 %)
    is_drink: Mapped[bool] = mapped_column(default=False)  # for the non-alcoholic share
    third_party: Mapped[bool] = mapped_column(default=False)  # collected for others
    meal_voucher_ok: Mapped[bool] = mapped_column(default=False)  # titre-restaurant
    unit: Mapped[str] = mapped_column(String(8), default="piece")  # "piece" | "kg"
    deposit_product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)  # order of the sale keys
    quick_key: Mapped[bool] = mapped_column(default=True)  # shown on the sale keys
    track_stock: Mapped[bool] = mapped_column(default=True)
    active: Mapped[bool] = mapped_column(default=True, index=True)

    category: Mapped[Category | None] = relationship(back_populates="products")
    barcodes: Mapped[list[Barcode]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="Barcode.id"
    )


class Barcode(Base):
    __tablename__ = "barcodes"
    __table_args__ = (UniqueConstraint("code"),)

    id: Mapped[IntPk]
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    code: Mapped[str] = mapped_column(String(14))
    product: Mapped[Product] = relationship(back_populates="barcodes")
