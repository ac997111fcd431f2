"""Catalogue services on a real SQLite file with the real migrations."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TypedDict, Unpack

import pytest
from sqlalchemy import func, insert, select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.barcodes import BarcodeError, complete_ean13
from cafe_pos.domain.errors import NotFound, PermissionDenied, UserError
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import catalogue as cat
from cafe_pos.services import catalogue_io
from cafe_pos.store.models.catalogue import Barcode, Category, Product

MANAGER = Actor(user_id=None, name="Camille", role=Role.MANAGER)
STAFF = Actor(user_id=None, name="Léo", role=Role.STAFF)
COCA = "5449000000996"
HEADER = "nom;categorie;prix_ttc;tva_sur_place;tva_a_emporter;alcool;degre;codes_barres"


@pytest.fixture
def ctx(tmp_path: Path) -> ServiceContext:
    return open_context(tmp_path / "cafe.db")


@pytest.fixture
def softs(ctx: ServiceContext) -> cat.CategoryView:
    return cat.save_category(ctx, MANAGER, cat.CategoryInput("Softs", 20, "#0288d1"))


class ProductChanges(TypedDict, total=False):
    """Fields of the Coca-Cola ProductInput a test changes (``dataclasses.replace``)."""

    name: str
    short_label: str
    barcodes: tuple[str, ...]
    deposit_product_id: int | None


def coca(category_id: int | None, **changes: Unpack[ProductChanges]) -> cat.ProductInput:
    data = cat.ProductInput(
        "Coca-Cola 33 cl", "Coca", category_id, 280, 1000, 550, is_drink=True, barcodes=(COCA,)
    )
    return replace(data, **changes)


def count(ctx: ServiceContext, model: type[Product] | type[Barcode] | type[Category]) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def write_csv(path: Path, text: str, encoding: str = "utf-8-sig") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def test_created_product_is_found_by_barcode_and_accent_free_search(
    ctx: ServiceContext, softs: cat.CategoryView
) -> None:
    created = cat.create_product(ctx, MANAGER, coca(softs.id))
    cat.create_product(ctx, MANAGER, cat.ProductInput("Crème brûlée", "", softs.id, 450, 1000, 550))
    assert created.category_name == "Softs" and created.barcodes == (COCA,)
    assert cat.find_by_barcode(ctx, COCA) == created
    assert cat.find_by_barcode(ctx, " 5449000000996 ") == created
    assert cat.find_by_barcode(ctx, "5449000000997") is None  # bad check digit
    assert cat.find_by_barcode(ctx, "x" * 300) is None
    assert [p.name for p in cat.search_products(ctx, "CREME brul")] == ["Crème brûlée"]
    assert [p.name for p in cat.search_products(ctx, "cola")] == ["Coca-Cola 33 cl"]
    assert [p.name for p in cat.search_products(ctx, "000099")] == ["Coca-Cola 33 cl"]
    assert cat.search_products(ctx, "rème") == []  # words match from their start
    assert cat.get_product(ctx, created.id) == created
    assert [c.product_count for c in cat.list_categories(ctx)] == [2]


def test_barcode_of_another_product_is_refused_with_its_name(
    ctx: ServiceContext, softs: cat.CategoryView
) -> None:
    cat.create_product(ctx, MANAGER, coca(softs.id))
    with pytest.raises(UserError, match="déjà utilisé par « Coca-Cola 33 cl »"):
        cat.create_product(ctx, MANAGER, coca(softs.id, name="Pepsi 33 cl", short_label="Pepsi"))
    assert count(ctx, Product) == 1


def test_same_name_with_other_accents_or_case_is_refused(
    ctx: ServiceContext, softs: cat.CategoryView
) -> None:
    cat.create_product(ctx, MANAGER, coca(softs.id, barcodes=()))
    with pytest.raises(UserError, match="Un produit s'appelle déjà"):
        cat.create_product(ctx, MANAGER, coca(softs.id, name="COCA-CÔLA 33 CL", barcodes=()))


def test_staff_cannot_change_the_catalogue(ctx: ServiceContext, softs: cat.CategoryView) -> None:
    with pytest.raises(PermissionDenied):
        cat.create_product(ctx, STAFF, coca(softs.id))
    with pytest.raises(PermissionDenied):
        cat.save_category(ctx, STAFF, cat.CategoryInput("Bières"))
    assert count(ctx, Product) == 0 and count(ctx, Category) == 1


def test_invalid_input_changes_nothing(ctx: ServiceContext, softs: cat.CategoryView) -> None:
    with pytest.raises(BarcodeError):
        cat.create_product(ctx, MANAGER, coca(softs.id, barcodes=("5449000000997",)))
    with pytest.raises(UserError, match="Catégorie introuvable"):
        cat.create_product(ctx, MANAGER, coca(9999))
    assert count(ctx, Product) == 0 and count(ctx, Barcode) == 0


def test_update_replaces_barcodes_and_a_code_can_move(
    ctx: ServiceContext, softs: cat.CategoryView
) -> None:
    first = cat.create_product(ctx, MANAGER, coca(softs.id))
    other_code = complete_ean13("376001230001")
    updated = cat.update_product(
        ctx, MANAGER, first.id, replace(first.to_input(), barcodes=(other_code,), price_cents=300)
    )
    assert updated.barcodes == (other_code,) and updated.price_cents == 300
    assert cat.find_by_barcode(ctx, COCA) is None
    second = cat.create_product(ctx, MANAGER, coca(softs.id, name="Coca-Cola 50 cl"))
    assert cat.find_by_barcode(ctx, COCA) == second
    with pytest.raises(NotFound):
        cat.update_product(ctx, MANAGER, 9999, first.to_input())


def test_archive_hides_from_search_and_restore_brings_back(
    ctx: ServiceContext, softs: cat.CategoryView
) -> None:
    product = cat.create_product(ctx, MANAGER, coca(softs.id))
    assert not cat.archive_product(ctx, MANAGER, product.id).active
    assert cat.search_products(ctx, "coca") == []
    assert [p.id for p in cat.search_products(ctx, "coca", include_archived=True)] == [product.id]
    assert cat.find_by_barcode(ctx, COCA) is not None  # still known, flagged inactive
    assert cat.list_categories(ctx)[0].product_count == 0
    assert cat.restore_product(ctx, MANAGER, product.id).active
    assert cat.search_products(ctx, "coca")[0].id == product.id


def test_categories_sorted_by_position_with_unique_names(ctx: ServiceContext) -> None:
    beers = cat.save_category(ctx, MANAGER, cat.CategoryInput("Bières", 30, "#f9a825"))
    cat.save_category(ctx, MANAGER, cat.CategoryInput("Cafés", 10, "#6d4c41"))
    cat.save_category(ctx, MANAGER, cat.CategoryInput("Archives", 5, active=False))
    assert [c.name for c in cat.list_categories(ctx)] == ["Cafés", "Bières"]
    assert next(c.name for c in cat.list_categories(ctx, include_inactive=True)) == "Archives"
    with pytest.raises(UserError, match="Une catégorie s'appelle déjà « Bières »"):
        cat.save_category(ctx, MANAGER, cat.CategoryInput("bieres"))
    renamed = cat.save_category(ctx, MANAGER, cat.CategoryInput("Bières & cidres", 1), beers.id)
    assert renamed.id == beers.id and cat.list_categories(ctx)[0].name == "Bières & cidres"


def test_deposit_links(ctx: ServiceContext, softs: cat.CategoryView) -> None:
    deposit = cat.create_product(
        ctx, MANAGER, cat.ProductInput("Consigne verre", "", None, 20, 0, 0, track_stock=False)
    )
    bottle = cat.create_product(ctx, MANAGER, coca(softs.id, deposit_product_id=deposit.id))
    assert bottle.deposit_product_id == deposit.id
    with pytest.raises(UserError, match="sa propre consigne"):
        cat.update_product(
            ctx, MANAGER, deposit.id, replace(deposit.to_input(), deposit_product_id=deposit.id)
        )


def test_import_writes_valid_lines_and_reports_the_others(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "cat.csv",
        f"{HEADER}\r\n"
        f"Coca-Cola 33 cl;Softs;2,80;10;5,5;non;;{COCA}\r\n"
        "Demi pression;Bières;3,00;20;20;oui;5;\r\n"
        "Pastis;Apéritifs;3,00;10;10;oui;45;\r\n"  # line 4: alcohol at 10 %
        "Orangina;Softs;2,8O;10;5,5;non;;\r\n"  # line 5: letter O in the price
        f"Pepsi;Softs;2,80;10;5,5;non;;{COCA}\r\n"  # line 6: barcode of line 2
        ";;;;;;;\r\n"  # blank line ignored
        "coca-cola 33 CL;Softs;3,00;10;5,5;non;;\r\n"  # line 8: same name as line 2
        "Sirop;Softs;1,50;10;10;non;;;en trop\r\n",  # line 9: too many columns
    )
    report = catalogue_io.import_csv(ctx, MANAGER, path)
    assert (report.created, report.updated, report.categories_created) == (2, 0, 2)
    assert [line for line, _ in report.rejected] == [4, 5, 6, 8, 9]
    reasons = dict(report.rejected)
    assert "20 %" in reasons[4]
    assert "Montant invalide" in reasons[5]
    assert "déjà utilisé par « Coca-Cola 33 cl »" in reasons[6]
    assert "ligne 2" in reasons[8]
    assert "colonnes" in reasons[9]
    beer = cat.search_products(ctx, "demi")[0]
    assert beer.is_alcohol and beer.abv_tenths == 50 and beer.category_name == "Bières"


def test_import_updates_by_name_and_keeps_columns_absent_from_the_file(
    ctx: ServiceContext, softs: cat.CategoryView, tmp_path: Path
) -> None:
    paper = cat.create_product(
        ctx, MANAGER, cat.ProductInput("Le Monde", "", None, 380, 210, 210, third_party=True)
    )
    cat.create_product(ctx, MANAGER, coca(softs.id))
    path = write_csv(
        tmp_path / "prix.csv",
        "nom;prix_ttc;tva_sur_place;tva_a_emporter\nLE MONDE;4,00;2,1;2,1\ncoca-cola 33 cl;3;10;5,5\n",
    )
    report = catalogue_io.import_csv(ctx, MANAGER, path)
    assert (report.created, report.updated, report.rejected) == (0, 2, [])
    updated = cat.get_product(ctx, paper.id)
    assert updated.price_cents == 400 and updated.third_party  # "tiers" kept
    assert cat.find_by_barcode(ctx, COCA) is not None  # barcodes kept
    found = cat.find_by_barcode(ctx, COCA)
    assert found is not None and found.price_cents == 300


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "n'est pas un fichier CSV"),
        ("Nom,Prix\nCafé,1.40\n".encode(), "n'est pas un catalogue cafe-pos"),
        (b"", "vide"),
    ],
)
def test_a_file_that_is_not_a_catalogue_changes_nothing(
    ctx: ServiceContext, softs: cat.CategoryView, tmp_path: Path, content: bytes, message: str
) -> None:
    cat.create_product(ctx, MANAGER, coca(softs.id))
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(UserError, match=message):
        catalogue_io.import_csv(ctx, MANAGER, path)
    assert count(ctx, Product) == 1 and count(ctx, Category) == 1


def test_import_is_one_transaction(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(
        tmp_path / "cat.csv",
        f"{HEADER}\nA;Softs;1;10;10;;;\nB;Softs;1;10;10;;;\nC;Softs;1;10;10;;;\n",
    )
    original = cat.apply_fields
    calls: list[str] = []

    def failing(product: Product, data: cat.ProductInput) -> None:
        calls.append(data.name)
        if data.name == "C":
            raise RuntimeError("disk full")
        original(product, data)

    monkeypatch.setattr(catalogue_io, "apply_fields", failing)
    with pytest.raises(RuntimeError):
        catalogue_io.import_csv(ctx, MANAGER, path)
    assert calls == ["A", "B", "C"]
    assert count(ctx, Product) == 0 and count(ctx, Category) == 0


def test_excel_cp1252_file_and_comma_separator_are_accepted(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "excel.csv",
        "nom;prix_ttc;tva_sur_place;tva_a_emporter\nCrème;2,50;10;10\n",
        "cp1252",
    )
    assert catalogue_io.import_csv(ctx, MANAGER, path).created == 1
    comma = write_csv(
        tmp_path / "comma.csv", 'nom,prix_ttc,tva_sur_place,tva_a_emporter\nThé,"2,50",10,10\n'
    )
    assert catalogue_io.import_csv(ctx, MANAGER, comma).created == 1
    assert {p.name for p in cat.search_products(ctx)} == {"Crème", "Thé"}


def test_export_then_import_into_a_new_cafe_gives_the_same_catalogue(
    ctx: ServiceContext, softs: cat.CategoryView, tmp_path: Path
) -> None:
    deposit = cat.create_product(
        ctx, MANAGER, cat.ProductInput("Consigne verre", "", None, 20, 0, 0, track_stock=False)
    )
    cat.create_product(ctx, MANAGER, coca(softs.id, deposit_product_id=deposit.id))
    beer = cat.ProductInput("Leffe; 33 cl", "Leffe", None, 450, 2000, 2000, True, 66)
    archived = cat.create_product(ctx, MANAGER, beer)
    cat.archive_product(ctx, MANAGER, archived.id)
    cat.create_product(ctx, MANAGER, cat.ProductInput("Comté", "", None, 2490, 550, 550, unit="kg"))
    out = tmp_path / "export.csv"
    assert catalogue_io.export_csv(ctx, out) == 4
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfnom;") and b"\r\n" in raw and b";2,80;" in raw

    other = open_context(tmp_path / "other.db")
    report = catalogue_io.import_csv(other, MANAGER, out)
    assert (report.created, report.rejected) == (4, [])

    def comparable(c: ServiceContext) -> list[tuple[cat.ProductView, str | None]]:
        products = cat.search_products(c, include_archived=True)  # by name
        names = {p.id: p.name for p in products}
        return [
            (
                replace(p, id=0, category_id=None, deposit_product_id=None),
                names.get(p.deposit_product_id or 0),
            )
            for p in products
        ]

    assert comparable(other) == comparable(ctx)


def test_export_to_a_missing_folder_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="dossier n'existe pas"):
        catalogue_io.export_csv(ctx, tmp_path / "nope" / "cat.csv")


def test_barcode_lookup_uses_the_index_on_50000_products(ctx: ServiceContext) -> None:
    codes = [complete_ean13(f"3{n:011d}") for n in range(50_000)]
    with ctx.uow() as uow:
        uow.session.execute(
            insert(Product),
            [
                {
                    "name": f"Produit {n}",
                    "short_label": f"P{n}",
                    "price_cents": 100 + n % 900,
                    "vat_onsite_bp": 550,
                    "vat_takeaway_bp": 550,
                }
                for n in range(50_000)
            ],
        )
        uow.session.execute(
            insert(Barcode), [{"product_id": n + 1, "code": code} for n, code in enumerate(codes)]
        )
        uow.commit()
    with ctx.uow() as uow:  # the look-up goes through the unique index, never a scan
        plan = uow.session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT product_id FROM barcodes WHERE code = ?", (codes[0],)
        )
        assert "SEARCH barcodes USING INDEX" in " ".join(str(row[-1]) for row in plan)
    for code in codes[::97][:500]:
        found = cat.find_by_barcode(ctx, code)
        assert found is not None and found.barcodes == (code,)
    assert [p.name for p in cat.search_products(ctx, "produit 4999", limit=20)][:1] == [
        "Produit 4999"
    ]
    # How fast: tests/benchmarks/bench_catalogue.py (timing has no place in the default run).
