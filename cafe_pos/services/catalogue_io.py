"""Catalogue CSV import and export (format: docs/catalogue-csv.md).

Import: the file is read and checked first (not a text file, wrong header: UserError and
nothing changed); then every line is checked and the valid ones are written in ONE
transaction; each refused line is reported with its line number and a French reason.
Products are matched by name (case and accents ignored): a known name updates the
product, a new one creates it; an unknown category is created. Export writes UTF-8 with
BOM, ";" separators and "4,50" prices, so Excel (French) opens it as it is.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cafe_pos.context import ServiceContext
from cafe_pos.domain.catalogue import CategoryInput, ProductInput, validate_category
from cafe_pos.domain.catalogue_csv import (
    COLUMNS,
    REQUIRED_COLUMNS,
    CsvFormatError,
    CsvProduct,
    check_header,
    format_row,
    parse_row,
)
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.text import fold
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services.catalogue import (
    ImportReport,
    add_new_codes,
    apply_fields,
    remove_dropped_codes,
)
from cafe_pos.services.faults import csv_reason
from cafe_pos.store.files import (
    neutralise_rows,
    os_error_text,
    private_text_output,
    restore_cell,
)
from cafe_pos.store.models.catalogue import Category, Product

MAX_FILE_BYTES = 20 * 1024 * 1024
_DELIMITERS = (";", ",", "\t")
_ERROR = "\x00error"  # key of a row that could not be split into the header's columns


@dataclass(slots=True)
class _Line:
    number: int
    parsed: CsvProduct
    product: Product | None  # the existing product it updates


def read_csv(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and (line number, column -> text) rows; CsvFormatError if it is not our CSV."""
    if path.is_dir():
        raise UserError(f"{path} est un dossier, pas un fichier CSV")
    if not path.is_file():
        raise UserError(f"Fichier introuvable : {path}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise CsvFormatError(f"{path.name} est trop gros pour un catalogue (20 Mo au plus)")
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise CsvFormatError(f"{path.name} n'est pas un fichier CSV (c'est un fichier binaire)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("cp1252")  # "CSV (séparateur : point-virgule)" of Excel
        except UnicodeDecodeError as exc:
            raise CsvFormatError(f"{path.name} n'est pas un fichier texte CSV") from exc
    if not text.strip():
        raise CsvFormatError(f"{path.name} est vide")
    first = text.lstrip("\ufeff").splitlines()[0]
    delimiter = ";" if ";" in first else max(_DELIMITERS, key=first.count)
    # strict: a quote opened and never closed is an error, not the rest of the file
    # swallowed into one cell (which became a product at 0,00 €)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, dict[str, str]]] = []
    start = 1
    try:
        header = check_header(next(reader))
        start = reader.line_num + 1
        for cells in reader:
            number, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header) :]):
                message = (
                    f"{len(cells)} colonnes au lieu de {len(header)} : mettez entre guillemets "
                    "un texte qui contient « ; »"
                )
                rows.append((number, {_ERROR: message}))
                continue
            missing = [c for c in REQUIRED_COLUMNS if header.index(c) >= len(cells)]
            if missing:
                message = (
                    f"{len(cells)} colonne(s) au lieu de {len(header)} : "
                    f"colonne {missing[0]} absente"
                )
                rows.append((number, {_ERROR: message}))
                continue
            cells = [restore_cell(cell) for cell in cells]  # our own export, re-imported
            rows.append((number, dict(zip(header, cells, strict=False))))
    except csv.Error as exc:
        if "end of data" in str(exc):
            raise CsvFormatError(
                f"{path.name} : guillemet ouvert ligne {start} et jamais fermé "
                "(rien n'a été importé)"
            ) from exc
        raise CsvFormatError(
            f"{path.name} : CSV illisible ligne {reader.line_num} ({csv_reason(exc)})"
        ) from exc
    return header, rows


def _base(product: Product, category_name: str, deposit_name: str) -> CsvProduct:
    data = ProductInput(
        name=product.name,
        short_label=product.short_label,
        category_id=product.category_id,
        price_cents=product.price_cents,
        vat_onsite_bp=product.vat_onsite_bp,
        vat_takeaway_bp=product.vat_takeaway_bp,
        is_alcohol=product.is_alcohol,
        abv_tenths=product.abv_tenths,
        is_drink=product.is_drink,
        third_party=product.third_party,
        meal_voucher_ok=product.meal_voucher_ok,
        unit=product.unit,
        barcodes=tuple(b.code for b in product.barcodes),
        quick_key=product.quick_key,
        position=product.position,
        active=product.active,
        deposit_product_id=product.deposit_product_id,
        track_stock=product.track_stock,
    )
    return CsvProduct(product=data, category_name=category_name, deposit_name=deposit_name)


class _Importer:
    """One import, inside one unit of work: check every line, then write the valid ones."""

    def __init__(self, session: Session) -> None:
        self.session = session
        products = session.scalars(select(Product).options(selectinload(Product.barcodes)))
        self.products = {fold(p.name): p for p in products}
        self.by_id = {p.id: p for p in self.products.values()}
        self.categories = {fold(c.name): c for c in session.scalars(select(Category))}
        self.category_names = {c.id: c.name for c in self.categories.values()}
        self.rejected: list[tuple[int, str]] = []
        self.categories_created = 0

    def _parse(self, rows: list[tuple[int, dict[str, str]]]) -> list[_Line]:
        lines: list[_Line] = []
        seen: dict[str, int] = {}
        for number, row in rows:
            try:
                if _ERROR in row:
                    raise UserError(row[_ERROR])
                current = self.products.get(fold(row.get("nom", "")))
                base = None
                if current is not None:
                    deposit = self.by_id.get(current.deposit_product_id or -1)
                    category = self.category_names.get(current.category_id or -1, "")
                    base = _base(current, category, deposit.name if deposit else "")
                parsed = parse_row(row, base)
                key = fold(parsed.product.name)
                if key in seen:
                    raise UserError(f"« {parsed.product.name} » figure déjà ligne {seen[key]}")
                if parsed.category_name:
                    validate_category(CategoryInput(name=parsed.category_name))
            except UserError as exc:
                self.rejected.append((number, str(exc)))
                continue
            seen[key] = number
            lines.append(_Line(number, parsed, self.products.get(key)))
        return lines

    def _check_codes(self, lines: list[_Line]) -> list[_Line]:
        in_file = {fold(line.parsed.product.name) for line in lines}
        owners: dict[str, str] = {}  # code -> product name, as it will be after the import
        for product in self.products.values():
            if fold(product.name) not in in_file:
                for barcode in product.barcodes:
                    owners[barcode.code] = product.name
        kept = []
        for line in lines:
            codes = line.parsed.product.barcodes
            taken = [(code, owners[code]) for code in codes if code in owners]
            if taken:
                code, owner = taken[0]
                self.rejected.append(
                    (line.number, f"Le code-barres {code} est déjà utilisé par « {owner} »")
                )
                continue
            owners.update({code: line.parsed.product.name for code in codes})
            kept.append(line)
        return kept

    def _check_deposits(self, lines: list[_Line]) -> list[_Line]:
        names = set(self.products) | {fold(line.parsed.product.name) for line in lines}
        kept = []
        for line in lines:
            deposit = fold(line.parsed.deposit_name)
            if deposit and deposit == fold(line.parsed.product.name):
                self.rejected.append(
                    (line.number, "Un produit ne peut pas être sa propre consigne")
                )
            elif deposit and deposit not in names:
                self.rejected.append(
                    (line.number, f"Consigne inconnue : « {line.parsed.deposit_name} »")
                )
            else:
                kept.append(line)
        return kept

    def _category_id(self, name: str) -> int | None:
        if not name:
            return None
        category = self.categories.get(fold(name))
        if category is None:
            last = self.session.scalar(select(func.max(Category.position))) or 0
            category = Category(name=name, position=last + 10, colour="#607d8b", active=True)
            self.session.add(category)
            self.session.flush()
            self.categories[fold(name)] = category
            self.categories_created += 1
        return category.id

    def run(self, rows: list[tuple[int, dict[str, str]]]) -> ImportReport:
        lines = self._check_deposits(self._check_codes(self._parse(rows)))
        for line in lines:  # first free the codes that move to another product
            if line.product is not None:
                remove_dropped_codes(line.product, line.parsed.product.barcodes)
        self.session.flush()
        created = updated = 0
        for line in lines:
            data = line.parsed.product
            category_id = self._category_id(line.parsed.category_name)
            product = line.product
            if product is None:
                product = Product()
                self.session.add(product)
                self.products[fold(data.name)] = product
                created += 1
            else:
                updated += 1
            apply_fields(product, _with(data, category_id))
            add_new_codes(product, data.barcodes)
        self.session.flush()
        for line in lines:
            deposit = fold(line.parsed.deposit_name)
            target = self.products[fold(line.parsed.product.name)]
            target.deposit_product_id = self.products[deposit].id if deposit else None
        self.session.flush()
        return ImportReport(
            created=created,
            updated=updated,
            rejected=sorted(self.rejected),
            categories_created=self.categories_created,
        )


def _with(data: ProductInput, category_id: int | None) -> ProductInput:
    return replace(data, category_id=category_id, deposit_product_id=None)


def import_csv(ctx: ServiceContext, actor: Actor, path: Path) -> ImportReport:
    """Check the file, then write every valid line in one transaction (EDIT_CATALOGUE)."""
    actor.require(Permission.EDIT_CATALOGUE)
    _header, rows = read_csv(path)
    with ctx.uow() as uow:
        report = _Importer(uow.session).run(rows)
        uow.commit()
    return report


def export_csv(ctx: ServiceContext, path: Path) -> int:
    """Write every product (archived ones too) to ``path``; returns the number of products."""
    if not path.parent.is_dir():
        raise UserError(f"Le dossier n'existe pas : {path.parent}")
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        products = list(session.scalars(select(Product).options(selectinload(Product.barcodes))))
        categories = {c.id: c for c in session.scalars(select(Category))}
        names = {p.id: p.name for p in products}

        def order(product: Product) -> tuple[int, str, int, str]:
            category = categories.get(product.category_id or -1)
            return (
                category.position if category else 99999,
                fold(category.name) if category else "",
                product.position,
                fold(product.name),
            )

        lines = []
        for product in sorted(products, key=order):
            category = categories.get(product.category_id or -1)
            base = _base(product, "", "")
            lines.append(
                format_row(
                    base.product,
                    category_name=category.name if category else "",
                    deposit_name=names.get(product.deposit_product_id or -1, ""),
                )
            )
    try:
        with private_text_output(path, encoding="utf-8-sig") as handle:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow(COLUMNS)
            writer.writerows(neutralise_rows(lines))
    except OSError as exc:
        raise UserError(f"Impossible d'écrire le catalogue : {os_error_text(exc)}") from exc
    return len(lines)
