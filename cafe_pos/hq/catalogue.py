"""The network catalogue at HQ: HQ staff import it from a CSV file (``cafe-pos hq
catalogue import``) and export it back; each import that changes something publishes a
new version (1, 2, 3...); the cafés pull the current version with a request signed by
their enrolled key (``POST /api/v1/catalogue``, docs/hq-sync.md §7).

A version is stored whole (the JSON the cafés receive), so what a café was sent at any
version can be read back.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from cafe_pos.domain import hq_wire
from cafe_pos.domain import network_catalogue as nc
from cafe_pos.hq.ingest import Answer, _verify, refuse, utcnow
from cafe_pos.hq.models import Cafe, CatalogueFetch, CatalogueVersion

PULL_KIND = "catalogue_pull"


@dataclass(frozen=True, slots=True)
class ImportResult:
    version: int
    changed: bool  # False: the file held the current version already
    products: int
    caps: int
    summary: dict[str, int]


def read_csv(path: Path) -> list[nc.NetworkProduct]:
    """A CSV file (UTF-8, with or without BOM, « ; » separated) → the catalogue."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise nc.NetworkCatalogueError(f"Fichier introuvable : {path}") from None
    except UnicodeDecodeError:
        raise nc.NetworkCatalogueError(
            f"{path.name} n'est pas un fichier texte UTF-8 (enregistrez-le en CSV UTF-8)"
        ) from None
    except OSError as exc:
        raise nc.NetworkCatalogueError(f"Lecture impossible de {path} : {exc.strerror}") from None
    return nc.parse_csv(csv.reader(text.splitlines(), delimiter=";"))


def current(session: Session) -> CatalogueVersion | None:
    return session.scalars(
        select(CatalogueVersion).order_by(CatalogueVersion.version.desc()).limit(1)
    ).first()


def products_of(version: CatalogueVersion | None) -> list[nc.NetworkProduct]:
    return [] if version is None else nc.from_wire(json.loads(version.content))


def _summary(before: list[nc.NetworkProduct], after: list[nc.NetworkProduct]) -> dict[str, int]:
    old = {p.reference: p for p in before}
    new = {p.reference: p for p in after}
    changed = [r for r in new if r in old and new[r] != old[r]]
    return {
        "added": len([r for r in new if r not in old]),
        "changed": len(changed),
        "removed": len([r for r in old if r not in new]),
        "caps_changed": len([r for r in changed if new[r].caps != old[r].caps]),
    }


def publish(session: Session, products: list[nc.NetworkProduct]) -> ImportResult:
    """Make ``products`` the current catalogue: a new version unless nothing changed."""
    latest = current(session)
    sha = nc.content_sha256(products)
    caps = sum(len(p.caps) for p in products)
    if latest is not None and latest.content_sha256 == sha:
        return ImportResult(latest.version, False, len(products), caps, latest.summary)
    summary = _summary(products_of(latest), products)
    version = CatalogueVersion(
        version=(latest.version if latest else 0) + 1,
        published_at=utcnow(),
        content_sha256=sha,
        product_count=len(products),
        cap_count=caps,
        summary=summary,
        content=json.dumps(nc.to_wire(products), ensure_ascii=False, sort_keys=True),
    )
    session.add(version)
    session.commit()
    return ImportResult(version.version, True, len(products), caps, summary)


def import_csv(session: Session, path: Path) -> ImportResult:
    """Read, check (a bad line refuses the whole file, nothing changes) and publish."""
    return publish(session, read_csv(path))


def export_csv(session: Session, path: Path) -> int:
    """Write the current catalogue in the import format; the number of products."""
    products = products_of(current(session))
    if not products:
        raise nc.NetworkCatalogueError("Aucun catalogue du réseau publié : rien à exporter")
    try:
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(nc.csv_rows(products))
    except OSError as exc:
        raise nc.NetworkCatalogueError(f"Écriture impossible de {path} : {exc.strerror}") from None
    return len(products)


def overview(session: Session, cafes: ColumnElement[bool] | None = None) -> dict[str, Any]:
    """The current version, its products and which café pulled which version (read API,
    the dashboard's catalogue page); ``cafes``: a condition on ``cafes.id``."""
    latest = current(session)
    fetches = session.execute(
        select(Cafe.siret, Cafe.name, CatalogueFetch.version, CatalogueFetch.fetched_at)
        .join(CatalogueFetch, CatalogueFetch.cafe_id == Cafe.id)
        .where(true() if cafes is None else cafes)
        .order_by(Cafe.name)
    ).all()
    return {
        "version": latest.version if latest else 0,
        "published_at": latest.published_at.isoformat(timespec="seconds") + "Z" if latest else None,
        "summary": latest.summary if latest else {},
        "products": nc.to_wire(products_of(latest)),
        "cafes": [
            {
                "siret": siret,
                "name": name,
                "version": version,
                "fetched_at": at.isoformat(timespec="seconds") + "Z",
            }
            for siret, name, version, at in fetches
        ],
    }


def pull(session: Session, raw: bytes) -> Answer:
    """A café's signed request for the current catalogue (``known_version``: what it has;
    the same number gets ``unchanged`` without the products)."""
    try:
        env = hq_wire.parse_envelope(json.loads(raw))
    except ValueError as exc:
        return refuse(422, str(exc) if isinstance(exc, hq_wire.WireError) else "JSON illisible")
    body = env.body
    if body.get("kind") != PULL_KIND or not isinstance(body.get("known_version"), int):
        return refuse(422, "demande de catalogue mal formée")
    cafe = session.scalar(select(Cafe).where(Cafe.siret == body["siret"]))
    if cafe is None:
        return refuse(401, f"café inconnu du siège (SIRET {body['siret']})")
    if cafe.public_key is None:
        return refuse(401, "café non inscrit : demandez un code d'inscription au siège")
    if env.key != cafe.key_fingerprint:
        return refuse(403, "clé de signature inconnue du siège : réinscrivez le café")
    if not _verify(cafe.public_key, env.signature, hq_wire.signed_bytes(env.body_text)):
        return refuse(403, "signature invalide : demande modifiée ou clé incorrecte")
    latest = current(session)
    version = latest.version if latest else 0
    fetch = session.get(CatalogueFetch, cafe.id) or CatalogueFetch(cafe_id=cafe.id)
    fetch.version = version
    fetch.fetched_at = utcnow()
    session.add(fetch)
    session.commit()
    answer: dict[str, Any] = {"format": "cafe-pos-catalogue", "version": version}
    if latest is None:
        answer["products"] = []
        return Answer(200, answer)
    answer["published_at"] = latest.published_at.isoformat(timespec="seconds") + "Z"
    if body["known_version"] == version:
        answer["unchanged"] = True
        return Answer(200, answer)
    answer["products"] = json.loads(latest.content)
    return Answer(200, answer)


# The demo HQ's catalogue (``make hq``): drinks of the demo cafés' catalogue (same EANs),
# capped for the simulated drinks supplier — Coca-Cola below what the cafés pay, so their
# drinks deliveries show up as purchases above cap — and one product new to them.
DEMO_CSV = """\
reference;ean;nom;categorie;tva_sur_place;tva_a_emporter;prix_conseille;degre;boisson;fournisseur;siret_fournisseur;prix_achat_plafond
RES-001;5449000000996;Coca-Cola 33 cl;Softs;10;5,5;2,80;;oui;Boissons d'Auvergne;;1,45
RES-002;3760012300044;Perrier 33 cl;Softs;10;5,5;2,60;;oui;Boissons d'Auvergne;;1,50
RES-003;3760012300020;Orangina 25 cl;Softs;10;5,5;2,80;;oui;Boissons d'Auvergne;;1,65
RES-010;;Limonade artisanale du réseau 33 cl;Softs;10;5,5;2,80;;oui;Boissons d'Auvergne;;0,95
"""


def publish_demo(session: Session) -> ImportResult:
    return publish(session, nc.parse_csv(csv.reader(DEMO_CSV.splitlines(), delimiter=";")))
