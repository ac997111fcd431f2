"""A supplier's delivery note sent as a CSV file (format in docs/stock-delivery-csv.md),
read into a ``DeliveryInput`` and received like one typed at the screen: every line checked,
the whole note refused with the first bad line named, nothing written."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.money import parse_amount, round_half_up
from cafe_pos.domain.stock import StockError
from cafe_pos.domain.users import Actor
from cafe_pos.services.stock_deliveries import (
    DeliveryInput,
    DeliveryLineInput,
    DeliveryResult,
    receive,
)
from cafe_pos.store.models.catalogue import Barcode
from cafe_pos.store.models.stock import ProductSupplier, Supplier

COLUMNS = (
    "fournisseur",
    "bon",
    "total_bon_ht",
    "code",
    "quantite",
    "colisage",
    "prix_ht",
    "remise_pct",
    "date",
)
REQUIRED = ("fournisseur", "code", "quantite", "prix_ht")
MAX_FILE_BYTES = 2_000_000


@dataclass(frozen=True, slots=True)
class CsvLine:
    number: int  # line of the file (the header is line 1)
    code: str
    qty_milli: int
    pack_size: int
    price_cents: int
    discount_bp: int
    expires_on: dt.date | None


@dataclass(frozen=True, slots=True)
class CsvDelivery:
    supplier: str
    note_ref: str
    note_total_cents: int | None
    lines: list[CsvLine]


def _decimal(text: str, what: str, number: int) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise StockError(f"Ligne {number} : {what} invalide « {text} »") from None
    if not value.is_finite():
        raise StockError(f"Ligne {number} : {what} invalide « {text} »")
    return value


def _date(text: str, number: int) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise StockError(f"Ligne {number} : date invalide « {text} » (JJ/MM/AAAA)")


def read_delivery_csv(path: Path) -> CsvDelivery:
    """Parse the file; a French ``StockError`` naming the line for anything wrong."""
    if not path.is_file():
        raise StockError(f"Fichier introuvable : {path}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise StockError("Fichier trop gros pour un bon de livraison (2 Mo au plus)")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise StockError("Le fichier doit être en UTF-8") from None
    reader = csv.DictReader(text.splitlines(), delimiter=";")
    header = [h.strip() for h in reader.fieldnames or []]
    reader.fieldnames = header
    rows = list(reader)
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise StockError(
            f"Colonnes manquantes : {', '.join(missing)} (séparateur « ; », voir la documentation)"
        )
    if not rows:
        raise StockError("Bon de livraison sans ligne")
    suppliers = {(r.get("fournisseur") or "").strip() for r in rows}
    notes = {(r.get("bon") or "").strip() for r in rows}
    if len(suppliers) != 1 or "" in suppliers:
        raise StockError("Un fichier = un bon d'un seul fournisseur (colonne fournisseur)")
    if len(notes) != 1:
        raise StockError("Un fichier = un seul bon de livraison (colonne bon)")
    totals = {(r.get("total_bon_ht") or "").strip() for r in rows} - {""}
    if len(totals) > 1:
        raise StockError("Le total du bon diffère d'une ligne à l'autre")
    note_total = parse_amount(totals.pop()) if totals else None
    lines = []
    for number, row in enumerate(rows, start=2):
        code = (row.get("code") or "").strip()
        if not code:
            raise StockError(f"Ligne {number} : code-barres ou référence manquant")
        qty = _decimal(row.get("quantite") or "", "quantité", number)
        pack = _decimal(row.get("colisage") or "1", "colisage", number)
        if pack != int(pack) or pack < 1:
            raise StockError(f"Ligne {number} : colisage invalide (nombre entier d'unités)")
        price = _decimal(row.get("prix_ht") or "", "prix", number)
        discount = _decimal(row.get("remise_pct") or "0", "remise", number)
        lines.append(
            CsvLine(
                number,
                code,
                round_half_up(qty * 1000),
                int(pack),
                round_half_up(price * 100),
                round_half_up(discount * 100),
                _date(row.get("date") or "", number),
            )
        )
    return CsvDelivery(suppliers.pop(), notes.pop(), note_total, lines)


def import_delivery(
    ctx: ServiceContext, actor: Actor, path: Path, *, accept_past_best_before: bool = False
) -> DeliveryResult:
    """Receive the delivery note of a CSV file (one transaction, or nothing)."""
    parsed = read_delivery_csv(path)
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        supplier_id = s.scalar(select(Supplier.id).where(Supplier.name == parsed.supplier))
        if supplier_id is None:
            raise StockError(f"Fournisseur inconnu : « {parsed.supplier} » (créez-le d'abord)")
        lines = []
        for ln in parsed.lines:
            pid = s.scalar(select(Barcode.product_id).where(Barcode.code == ln.code))
            if pid is None:
                pid = s.scalar(
                    select(ProductSupplier.product_id).where(
                        ProductSupplier.supplier_id == supplier_id,
                        ProductSupplier.reference == ln.code,
                    )
                )
            if pid is None:
                raise StockError(f"Ligne {ln.number} : code inconnu « {ln.code} »")
            lines.append(
                DeliveryLineInput(
                    pid, ln.qty_milli, ln.price_cents, ln.pack_size, ln.discount_bp, ln.expires_on
                )
            )
    return receive(
        ctx,
        actor,
        DeliveryInput(
            supplier_id,
            lines,
            parsed.note_ref,
            parsed.note_total_cents,
            accept_past_best_before=accept_past_best_before,
        ),
    )
