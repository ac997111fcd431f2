"""The network catalogue in the café (issue 19): pull HQ's current version during a sync,
show what is new or changed against the café's own catalogue, apply it product by
product or all at once when the manager says so, and check reception prices against the
network's caps.

- ``pull`` never raises and never blocks anything: HQ down, not enrolled, a refusal or an
  unreadable answer are kept as ``last_error`` (shown on the Réglages page) and the
  previous version stays in force.
- ``review`` lists the proposals (``domain.network_catalogue.proposal_for``); ``apply``
  takes the chosen references in one transaction. A price the manager set themselves is
  never replaced without an explicit choice (``prices``: reference → "network" | "mine").
  Catalogue edits are not journaled today (nor are these); each link keeps who applied
  what and when.
- ``record_cap_checks`` runs inside the reception's transaction (``stock_deliveries``)
  and returns the lines above cap; ``purchase_caps_section`` reports them to HQ in the
  daily message (no personal data: products, suppliers, prices).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain import hq_wire
from cafe_pos.domain import network_catalogue as nc
from cafe_pos.domain.catalogue import CatalogueError, ProductInput, validate_product
from cafe_pos.domain.clock import from_utc_naive, to_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.stock import net_unit_cost, value_of
from cafe_pos.domain.text import fold
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import catalogue as cafe_catalogue
from cafe_pos.store.models.catalogue import Barcode, Category, Product
from cafe_pos.store.models.network import (
    CapCheck,
    NetworkCap,
    NetworkCatalogueState,
    NetworkLink,
    NetworkProduct,
)
from cafe_pos.store.models.settings import CafeIdentity
from cafe_pos.store.models.stock import Delivery, DeliveryLine, Supplier
from cafe_pos.store.models.sync import HqLink
from cafe_pos.sync.client import HqClient, HqRefused, HqUnreachable, HqUrlRefused

ClientFactory = Callable[[str], HqClient]
NETWORK = "network"
MINE = "mine"


@dataclass(frozen=True, slots=True)
class PullResult:
    version: int
    received: bool  # a new version was stored
    error: str = ""  # French, "" when the pull went through

    def text(self) -> str:
        if self.error:
            return f"Catalogue du réseau : {self.error}"
        if self.received:
            return f"Catalogue du réseau : version {self.version} reçue"
        if self.version:
            return f"Catalogue du réseau : version {self.version}, à jour"
        return "Catalogue du réseau : aucun catalogue publié par le siège"


# --- pull --------------------------------------------------------------------------------


def _state(session: Session) -> NetworkCatalogueState:
    state = session.get(NetworkCatalogueState, 1)
    if state is None:
        state = NetworkCatalogueState(id=1, version=0, last_error="")
        session.add(state)
    return state


def _request(ctx: ServiceContext, known_version: int) -> dict[str, str] | None:
    from cafe_pos.fiscal.keys import load_signer  # the key file: not at start-up

    with ctx.uow(read_only=True) as uow:
        siret = uow.session.scalar(select(CafeIdentity.siret).order_by(CafeIdentity.id).limit(1))
    if not siret:
        return None
    signer = load_signer(ctx)
    body = {
        "format": hq_wire.WIRE_FORMAT,
        "kind": "catalogue_pull",
        "siret": siret,
        "register": ctx.register,
        "known_version": known_version,
        "created_at": to_utc_naive(ctx.clock.now()).isoformat() + "Z",
    }
    text = hq_wire.canonical_text(body)
    return hq_wire.envelope(text, signer.sign(hq_wire.signed_bytes(text)).hex(), signer.fingerprint)


def _note_failure(ctx: ServiceContext, error: str) -> PullResult:
    with ctx.uow() as uow:
        state = _state(uow.session)
        state.last_attempt_at = to_utc_naive(ctx.clock.now())
        state.last_error = error[:255]
        version = state.version
        uow.commit()
    return PullResult(version, False, error)


def pull(ctx: ServiceContext, *, client_factory: ClientFactory | None = None) -> PullResult:
    """Ask HQ for its current catalogue and store it when it is new (never raises for
    HQ's sake: the failure is kept and said)."""
    if ctx.training:
        return PullResult(0, False, "mode formation : pas d'échange avec le siège")
    with ctx.uow(read_only=True) as uow:
        hq_url = uow.session.scalar(select(HqLink.hq_url).where(HqLink.id == 1))
        state = uow.session.get(NetworkCatalogueState, 1)
        known = state.version if state is not None else 0
    if hq_url is None:
        return PullResult(known, False, "café non inscrit au siège")
    try:
        envelope = _request(ctx, known)
        if envelope is None:
            return _note_failure(ctx, "identité du café (SIRET) à renseigner")
        with (client_factory or HqClient)(hq_url) as client:
            answer = client.catalogue(envelope)
        version = answer.get("version")
        if not isinstance(version, int) or version < 0:
            raise nc.NetworkCatalogueError("réponse du siège illisible (version)")
        if answer.get("unchanged") is True or version == known:
            return _store(ctx, known, None, None)
        products = nc.from_wire(answer.get("products"))
        published = _published(answer.get("published_at"))
    except HqUnreachable as exc:
        return _note_failure(ctx, exc.reason)
    except HqRefused as exc:
        reason = exc.reason if exc.status != 404 else "le siège ne publie pas de catalogue"
        return _note_failure(ctx, f"refus du siège : {reason}")
    except (HqUrlRefused, nc.NetworkCatalogueError) as exc:
        return _note_failure(ctx, str(exc))
    except Exception as exc:  # the key file, a disk problem: said, never raised to the sync
        return _note_failure(ctx, f"erreur ({type(exc).__name__})")
    return _store(ctx, version, products, published)


def _published(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value.rstrip("Z"))
    except ValueError:
        return None


def _store(
    ctx: ServiceContext,
    version: int,
    products: Sequence[nc.NetworkProduct] | None,
    published: dt.datetime | None,
) -> PullResult:
    now = to_utc_naive(ctx.clock.now())
    with ctx.uow() as uow:
        s = uow.session
        state = _state(s)
        state.last_attempt_at = now
        state.last_error = ""
        if products is not None:
            s.execute(delete(NetworkCap))
            s.execute(delete(NetworkProduct))
            s.flush()
            for p in products:
                s.add(
                    NetworkProduct(
                        reference=p.reference,
                        ean=p.ean,
                        name=p.name,
                        category=p.category,
                        vat_onsite_bp=p.vat_onsite_bp,
                        vat_takeaway_bp=p.vat_takeaway_bp,
                        suggested_price_cents=p.suggested_price_cents,
                        abv_tenths=p.abv_tenths,
                        is_drink=p.is_drink,
                    )
                )
                s.add_all(
                    NetworkCap(
                        reference=p.reference,
                        supplier=c.supplier,
                        supplier_siret=c.supplier_siret,
                        cap_cents=c.cap_cents,
                    )
                    for c in p.caps
                )
            state.version = version
            state.published_at = published
            state.received_at = now
            s.flush()
            _link_identical(s, version, now)
        uow.commit()
    return PullResult(version, products is not None)


def store_received(
    ctx: ServiceContext,
    version: int,
    products: Sequence[nc.NetworkProduct],
    published: dt.datetime | None,
) -> PullResult:
    """Store a version as if pulled (the demo café, which has no HQ)."""
    return _store(ctx, version, products, published)


# --- reading the stored catalogue against the café's ------------------------------------


def stored_products(ctx: ServiceContext) -> list[nc.NetworkProduct]:
    """The network catalogue's version the café holds, as received."""
    with ctx.uow(read_only=True) as uow:
        return _network(uow.session)


def _network(s: Session) -> list[nc.NetworkProduct]:
    caps: dict[str, list[nc.Cap]] = {}
    for c in s.scalars(select(NetworkCap).order_by(NetworkCap.id)):
        caps.setdefault(c.reference, []).append(nc.Cap(c.supplier, c.cap_cents, c.supplier_siret))
    return [
        nc.NetworkProduct(
            reference=p.reference,
            name=p.name,
            vat_onsite_bp=p.vat_onsite_bp,
            vat_takeaway_bp=p.vat_takeaway_bp,
            suggested_price_cents=p.suggested_price_cents,
            ean=p.ean,
            category=p.category,
            abv_tenths=p.abv_tenths,
            is_drink=p.is_drink,
            caps=tuple(caps.get(p.reference, ())),
        )
        for p in s.scalars(select(NetworkProduct).order_by(NetworkProduct.reference))
    ]


def _applied(s: Session) -> dict[str, nc.Applied]:
    return {
        link.reference: nc.Applied(
            link.product_id,
            link.price_cents,
            link.vat_onsite_bp,
            link.vat_takeaway_bp,
            link.category,
            link.caps,
        )
        for link in s.scalars(select(NetworkLink))
    }


@dataclass
class _CafeIndex:
    by_id: dict[int, nc.CafeProduct]
    by_code: dict[str, nc.CafeProduct]
    by_name: dict[str, nc.CafeProduct]
    archived: set[int]  # archived by the manager: matched, never proposed again


def _cafe_index(s: Session, product_ids: Iterable[int] | None = None) -> _CafeIndex:
    query = select(
        Product.id,
        Product.name,
        Category.name,
        Product.price_cents,
        Product.vat_onsite_bp,
        Product.vat_takeaway_bp,
        Product.active,
    ).outerjoin(Category, Category.id == Product.category_id)
    codes_query = select(Barcode.product_id, Barcode.code)
    if product_ids is not None:
        ids = list(product_ids)
        query = query.where(Product.id.in_(ids))
        codes_query = codes_query.where(Barcode.product_id.in_(ids))
    codes: dict[int, list[str]] = {}
    for pid, code in s.execute(codes_query):
        codes.setdefault(int(pid), []).append(str(code))
    index = _CafeIndex({}, {}, {}, set())
    rows = s.execute(query.order_by(Product.active.desc(), Product.id))  # active names first
    for pid, name, category, price, onsite, takeaway, active in rows:
        product = nc.CafeProduct(
            int(pid), name, tuple(codes.get(pid, ())), category or "", price, onsite, takeaway
        )
        index.by_id[product.id] = product
        if not active:
            index.archived.add(product.id)
        index.by_name.setdefault(fold(name), product)
        for code in product.barcodes:
            index.by_code[code] = product
    return index


def _match(
    network: nc.NetworkProduct, applied: Mapping[str, nc.Applied], index: _CafeIndex
) -> nc.CafeProduct | None:
    return nc.match(network, applied, index.by_id, index.by_code, index.by_name)


def _link(
    s: Session,
    network: nc.NetworkProduct,
    product_id: int,
    version: int,
    now: dt.datetime,
    who: str,
) -> None:
    link = s.scalar(select(NetworkLink).where(NetworkLink.reference == network.reference))
    if link is None:
        link = NetworkLink(reference=network.reference)
        s.add(link)
    link.product_id = product_id
    link.price_cents = network.suggested_price_cents
    link.vat_onsite_bp = network.vat_onsite_bp
    link.vat_takeaway_bp = network.vat_takeaway_bp
    link.category = network.category
    link.caps = nc.caps_key(network.caps)
    link.version = version
    link.applied_at = now
    link.applied_by = who


def _link_identical(s: Session, version: int, now: dt.datetime) -> None:
    """Products already in line with the network are linked (nothing to show or change):
    a later change of the network's price is then told apart from one of the manager's."""
    applied = _applied(s)
    index = _cafe_index(s)
    for network in _network(s):
        cafe = _match(network, applied, index)
        if (
            cafe is not None
            and cafe.id not in index.archived
            and nc.proposal_for(network, cafe, applied.get(network.reference)) is None
        ):
            _link(s, network, cafe.id, version, now, "")


@dataclass(frozen=True, slots=True)
class Withdrawn:
    """A café product taken from the network catalogue that HQ's current version no longer
    lists: still on sale until the manager archives it or keeps it as the café's own."""

    reference: str
    product_id: int
    name: str
    price_cents: int


@dataclass(frozen=True, slots=True)
class Review:
    """What the Réglages → Catalogue du réseau page shows."""

    version: int
    published_at: dt.datetime | None  # local time
    received_at: dt.datetime | None  # local time
    last_attempt_at: dt.datetime | None  # local time
    last_error: str
    network_products: int
    proposals: tuple[nc.Proposal, ...]
    withdrawn: tuple[Withdrawn, ...] = ()

    @property
    def choices_needed(self) -> int:
        return sum(1 for p in self.proposals if p.needs_choice)


def _local(value: dt.datetime | None) -> dt.datetime | None:
    return from_utc_naive(value) if value is not None else None


def _proposals(s: Session) -> list[nc.Proposal]:
    applied = _applied(s)
    index = _cafe_index(s)
    out = []
    for network in _network(s):
        cafe = _match(network, applied, index)
        if cafe is not None and cafe.id in index.archived:
            continue  # the manager archived it: not proposed again
        proposal = nc.proposal_for(network, cafe, applied.get(network.reference))
        if proposal is not None:
            out.append(proposal)
    return sorted(out, key=lambda p: (not p.is_new, fold(p.name)))


def _withdrawn(s: Session) -> list[Withdrawn]:
    """The café's active products linked to a reference HQ's version no longer has."""
    listed = set(s.scalars(select(NetworkProduct.reference)))
    rows = s.execute(
        select(NetworkLink.reference, Product.id, Product.name, Product.price_cents)
        .join(Product, Product.id == NetworkLink.product_id)
        .where(Product.active.is_(True))
    ).all()
    found = [
        Withdrawn(str(reference), int(pid), str(name), int(price))
        for reference, pid, name, price in rows
        if reference not in listed
    ]
    return sorted(found, key=lambda w: fold(w.name))


def review(ctx: ServiceContext) -> Review:
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        state = s.get(NetworkCatalogueState, 1)
        count = len(s.scalars(select(NetworkProduct.id)).all())
        proposals = tuple(_proposals(s)) if count else ()
        withdrawn = tuple(_withdrawn(s)) if state is not None and state.version else ()
        return Review(
            version=state.version if state else 0,
            published_at=_local(state.published_at) if state else None,
            received_at=_local(state.received_at) if state else None,
            last_attempt_at=_local(state.last_attempt_at) if state else None,
            last_error=state.last_error if state else "",
            network_products=count,
            proposals=proposals,
            withdrawn=withdrawn,
        )


# --- apply -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ApplyResult:
    created: int
    updated: int
    kept_prices: int  # the manager kept their own price


def _category_id(s: Session, name: str) -> int | None:
    if not name:
        return None
    for cid, other in s.execute(select(Category.id, Category.name)):
        if fold(other) == fold(name):
            return int(cid)
    category = Category(name=name)
    s.add(category)
    s.flush()
    return category.id


def _new_product(s: Session, network: nc.NetworkProduct) -> int:
    codes: tuple[str, ...] = (network.ean,) if network.ean else ()
    data = validate_product(
        ProductInput(
            name=network.name,
            short_label=network.name[:24],
            category_id=_category_id(s, network.category),
            price_cents=network.suggested_price_cents,
            vat_onsite_bp=network.vat_onsite_bp,
            vat_takeaway_bp=network.vat_takeaway_bp,
            is_alcohol=network.abv_tenths is not None,
            abv_tenths=network.abv_tenths,
            is_drink=network.is_drink or network.abv_tenths is not None,
            barcodes=codes,
        )
    )
    cafe_catalogue.check_name_free(s, data.name, None)
    cafe_catalogue.check_codes_free(s, data.barcodes, None)
    product = Product()
    cafe_catalogue.apply_fields(product, data)
    cafe_catalogue.add_new_codes(product, data.barcodes)
    s.add(product)
    s.flush()
    return product.id


def _update_product(s: Session, proposal: nc.Proposal, take_price: bool) -> None:
    assert proposal.product_id is not None
    view = cafe_catalogue.load_view(s, proposal.product_id)
    data = view.to_input()
    network = proposal.network
    if proposal.price_changed and take_price:
        data = replace(data, price_cents=network.suggested_price_cents)
    if proposal.vat_changed:
        data = replace(
            data, vat_onsite_bp=network.vat_onsite_bp, vat_takeaway_bp=network.vat_takeaway_bp
        )
    if proposal.category_changed:
        data = replace(data, category_id=_category_id(s, network.category))
    if data == view.to_input():
        return
    try:
        data = validate_product(data)
    except CatalogueError as exc:
        raise CatalogueError(f"{view.name} : {exc}") from exc
    product = s.get(Product, proposal.product_id)
    assert product is not None
    cafe_catalogue.apply_fields(product, data)


def apply(
    ctx: ServiceContext,
    actor: Actor,
    references: Sequence[str],
    prices: Mapping[str, str] | None = None,
) -> ApplyResult:
    """Take the network's proposals for ``references`` (all or nothing, one transaction).

    A proposal whose price the manager set needs ``prices[reference]``: "network" takes the
    suggested price, "mine" keeps the café's (the rest of the proposal is applied)."""
    actor.require(Permission.EDIT_CATALOGUE)
    prices = prices or {}
    if not references:
        raise CatalogueError("Choisissez au moins un produit du catalogue du réseau")
    with ctx.uow() as uow:
        s = uow.session
        state = _state(s)
        by_reference = {p.reference: p for p in _proposals(s)}
        missing = [r for r in references if r not in by_reference]
        if missing:
            raise CatalogueError(
                f"Rien à appliquer pour {missing[0]} : déjà à jour ou retiré du catalogue"
            )
        for reference in references:
            proposal = by_reference[reference]
            if proposal.needs_choice and prices.get(reference) not in (NETWORK, MINE):
                raise CatalogueError(
                    f"{proposal.name} : vous avez fixé vous-même le prix — choisissez entre "
                    "votre prix et le prix conseillé par le réseau"
                )
        now = to_utc_naive(ctx.clock.now())
        created = updated = kept = 0
        for reference in references:
            proposal = by_reference[reference]
            if proposal.is_new:
                product_id = _new_product(s, proposal.network)
                created += 1
            else:
                assert proposal.product_id is not None
                take = not proposal.needs_choice or prices.get(reference) == NETWORK
                kept += int(proposal.price_changed and not take)
                _update_product(s, proposal, take)
                product_id = proposal.product_id
                updated += 1
            _link(s, proposal.network, product_id, state.version, now, actor.name)
        uow.commit()
    return ApplyResult(created, updated, kept)


def settle_withdrawn(
    ctx: ServiceContext, actor: Actor, references: Sequence[str], *, archive: bool
) -> int:
    """The manager's answer for products HQ withdrew (one transaction; how many).

    ``archive``: the products leave the sale keys and searches (archived, their tickets and
    history stay, and the network does not propose them again); otherwise they stay on
    sale as the café's own products (no longer linked to the network)."""
    actor.require(Permission.EDIT_CATALOGUE)
    if not references:
        raise CatalogueError("Choisissez au moins un produit retiré du catalogue du réseau")
    with ctx.uow() as uow:
        s = uow.session
        withdrawn = {w.reference: w for w in _withdrawn(s)}
        missing = [r for r in references if r not in withdrawn]
        if missing:
            raise CatalogueError(
                f"{missing[0]} n'est pas un produit retiré du catalogue du réseau "
                "(déjà réglé, ou de nouveau au catalogue)"
            )
        for reference in references:
            if archive:
                product = s.get(Product, withdrawn[reference].product_id)
                assert product is not None  # joined above
                product.active = False
            else:
                s.execute(delete(NetworkLink).where(NetworkLink.reference == reference))
        uow.commit()
    return len(references)


def apply_all(
    ctx: ServiceContext, actor: Actor, prices: Mapping[str, str] | None = None
) -> ApplyResult:
    """Every proposal at once (the manager's own prices still need their choice)."""
    return apply(ctx, actor, [p.reference for p in review(ctx).proposals], prices)


# --- caps at the reception -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CapInfo:
    product_id: int
    reference: str
    network_name: str
    supplier: str
    cap_cents: int


def _caps_for(
    s: Session, supplier_id: int | None, product_ids: Iterable[int]
) -> dict[int, CapInfo]:
    if supplier_id is None:
        return {}
    supplier = s.get(Supplier, supplier_id)
    ids = set(product_ids)
    if supplier is None or not ids:
        return {}
    caps = [
        c
        for c in s.scalars(select(NetworkCap))
        if (c.supplier_siret and c.supplier_siret == supplier.siret)
        or fold(c.supplier) == fold(supplier.name)
    ]
    if not caps:
        return {}
    applied = _applied(s)
    index = _cafe_index(s, ids)
    products = {p.reference: p for p in _network(s) if p.reference in {c.reference for c in caps}}
    out: dict[int, CapInfo] = {}
    for cap in caps:
        network = products.get(cap.reference)
        if network is None:
            continue
        cafe = _match(network, applied, index)
        if cafe is not None and cafe.id in ids:
            out[cafe.id] = CapInfo(
                cafe.id, network.reference, network.name, cap.supplier, cap.cap_cents
            )
    return out


def caps_for(
    ctx: ServiceContext, supplier_id: int | None, product_ids: Iterable[int]
) -> dict[int, CapInfo]:
    """The network caps of this supplier for these products (the reception screen)."""
    with ctx.uow(read_only=True) as uow:
        return _caps_for(uow.session, supplier_id, product_ids)


@dataclass(frozen=True, slots=True)
class AboveCap:
    product_id: int
    name: str  # the café's product name
    supplier: str
    unit_cost_cents: int
    cap_cents: int
    qty_milli: int


def above_cap_lines(
    ctx: ServiceContext,
    supplier_id: int | None,
    lines: Sequence[tuple[int, int, int, int]],
) -> list[AboveCap]:
    """Lines being typed at the reception, (product id, price per purchase unit HT,
    discount bp, pack size), whose unit cost is above the supplier's network cap (the
    screen flags them; the manager may receive them all the same)."""
    if supplier_id is None or not lines:
        return []
    with ctx.uow(read_only=True) as uow:
        s = uow.session
        caps = _caps_for(s, supplier_id, {line[0] for line in lines})
        if not caps:
            return []
        names = dict(
            s.execute(select(Product.id, Product.name).where(Product.id.in_(list(caps)))).all()
        )
    out: list[AboveCap] = []
    for product_id, price, discount_bp, pack_size in lines:
        cap = caps.get(product_id)
        if cap is None:
            continue
        try:
            unit_cost = net_unit_cost(price, discount_bp, pack_size)
        except UserError:
            continue  # the line's own error is said by the reception's checks
        if nc.above_cap(unit_cost, cap.cap_cents):
            out.append(
                AboveCap(
                    product_id, str(names[product_id]), cap.supplier, unit_cost, cap.cap_cents, 0
                )
            )
    return out


def record_cap_checks(s: Session, delivery_id: int) -> tuple[AboveCap, ...]:
    """Inside the reception's transaction: keep each capped line with its cap; return the
    lines above cap (received all the same: the manager decides)."""
    delivery = s.get(Delivery, delivery_id)
    if delivery is None or delivery.supplier_id is None:
        return ()
    lines = list(s.scalars(select(DeliveryLine).where(DeliveryLine.delivery_id == delivery_id)))
    caps = _caps_for(s, delivery.supplier_id, {ln.product_id for ln in lines})
    if not caps:
        return ()
    state = s.get(NetworkCatalogueState, 1)
    names = dict(
        s.execute(select(Product.id, Product.name).where(Product.id.in_(list(caps)))).all()
    )
    above: list[AboveCap] = []
    for line in lines:
        cap = caps.get(line.product_id)
        if cap is None:
            continue
        is_above = nc.above_cap(line.unit_cost_cents, cap.cap_cents)
        s.add(
            CapCheck(
                delivery_id=delivery_id,
                product_id=line.product_id,
                business_date=delivery.business_date,
                reference=cap.reference,
                product_name=cap.network_name,
                supplier=cap.supplier,
                unit_cost_cents=line.unit_cost_cents,
                cap_cents=cap.cap_cents,
                qty_milli=line.qty_milli,
                above=is_above,
                version=state.version if state else 0,
            )
        )
        if is_above:
            above.append(
                AboveCap(
                    line.product_id,
                    str(names.get(line.product_id, cap.network_name)),
                    cap.supplier,
                    line.unit_cost_cents,
                    cap.cap_cents,
                    line.qty_milli,
                )
            )
    return tuple(above)


def purchase_caps_section(
    ctx: ServiceContext, session: Session, day: dt.date
) -> dict[str, Any] | None:
    """The daily message's ``purchase_caps`` section (docs/hq-sync.md): capped reception
    lines of the day and those above cap. None on a day without any."""
    checks = list(session.scalars(select(CapCheck).where(CapCheck.business_date == day)))
    if not checks:
        return None
    above = [c for c in checks if c.above]
    lines: list[dict[str, Any]] = [
        {
            "reference": c.reference,
            "product": c.product_name,
            "supplier": c.supplier,
            "unit_cost_cents": c.unit_cost_cents,
            "cap_cents": c.cap_cents,
            "qty_milli": c.qty_milli,
            "excess_cents": value_of(c.qty_milli, c.unit_cost_cents - c.cap_cents),
        }
        for c in above
    ]
    return {
        "catalogue_version": max(c.version for c in checks),
        "capped_lines": len(checks),
        "above_cap_lines": len(above),
        "excess_cents": sum(int(line["excess_cents"]) for line in lines),
        "above_cap": lines,
    }


def status_note(ctx: ServiceContext) -> str:
    """One line for the HQ page: the version held and what waits for the manager."""
    current = review(ctx)
    if current.version == 0:
        return current.last_error and f"Catalogue du réseau : {current.last_error}"
    waiting = len(current.proposals)
    text = f"Catalogue du réseau : version {current.version}"
    if waiting:
        text += f", {waiting} changement(s) à examiner"
    if current.last_error:
        text += f" — dernière vérification : {current.last_error}"
    return text


def dump(ctx: ServiceContext) -> str:
    """The stored catalogue as JSON (debugging, tests)."""
    with ctx.uow(read_only=True) as uow:
        return json.dumps(nc.to_wire(_network(uow.session)), ensure_ascii=False)
