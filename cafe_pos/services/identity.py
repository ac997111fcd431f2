"""The café's identity (name, address, SIRET, NAF, VAT number, register): read and save.

It is printed on every receipt and report, so it is validated with the checks of
``cafe_pos.domain.identity`` and any change after the first setting is recorded in the
technical event journal as a compliance setting change (code 270).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.identity import (
    IdentityError,
    validate_naf,
    validate_siret,
    validate_vat_number,
)
from cafe_pos.domain.text import TextError, check_printable
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import tech_events
from cafe_pos.store.models.settings import CafeIdentity

_REGISTER_RE = re.compile(r"^[0-9A-Za-z-]{1,8}$")
MAX_ADDRESS_LINES = 4

FIELD_LABELS = {
    "name": "nom",
    "address": "adresse",
    "siret": "SIRET",
    "naf_code": "code NAF",
    "vat_number": "numéro de TVA",
    "register_number": "numéro de caisse",
}


@dataclass(frozen=True, slots=True)
class IdentityInput:
    name: str
    address: str
    siret: str
    naf_code: str = "5630Z"
    vat_number: str = ""
    register_number: str = "01"


@dataclass(frozen=True, slots=True)
class IdentityView:
    name: str
    address: str  # lines separated by "\n"
    siret: str
    naf_code: str
    vat_number: str  # "" when the café has none (franchise en base de TVA)
    register_number: str


def clean_name(text: str) -> str:
    """The café's name as stored (spaces folded), or IdentityError."""
    name = " ".join(text.split())
    if not name:
        raise IdentityError("Le nom du café est obligatoire")
    if len(name) > 120:
        raise IdentityError("Le nom du café est trop long (120 caractères au plus)")
    _check_printable(text, "Le nom du café")
    return name


def clean_address(text: str) -> str:
    """The address as stored (1 to 4 non-empty lines), or IdentityError."""
    _check_printable(text, "L'adresse du café")
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        raise IdentityError("L'adresse du café est obligatoire")
    address = "\n".join(lines)
    if len(lines) > MAX_ADDRESS_LINES or len(address) > 255:
        raise IdentityError("L'adresse est trop longue (4 lignes, 255 caractères au plus)")
    return address


def clean_register(text: str) -> str:
    register = text.strip() or "01"
    if not _REGISTER_RE.match(register):
        raise IdentityError(
            f"Numéro de caisse invalide : « {register[:20]} » (1 à 8 lettres ou chiffres)"
        )
    return register


def _check_printable(text: str, what: str) -> None:
    try:
        check_printable(text.replace("\r\n", "\n"), what, allow_newlines=True)
    except TextError as exc:
        raise IdentityError(str(exc)) from exc


def validate_identity(data: IdentityInput) -> IdentityView:
    """The identity as it will be stored, or IdentityError (French) on the first bad field."""
    name = clean_name(data.name)
    address = clean_address(data.address)
    siret = validate_siret(data.siret)
    naf = validate_naf(data.naf_code or "5630Z")
    vat = validate_vat_number(data.vat_number, siret=siret) if data.vat_number.strip() else ""
    register = clean_register(data.register_number)
    return IdentityView(name, address, siret, naf, vat, register)


def field_problems(data: IdentityInput) -> dict[str, str]:
    """Each field's problem (field name -> the French sentence ``validate_identity`` would
    give), checked one by one so a form can show them as they are typed. Empty: valid."""
    checks: dict[str, Callable[[], object]] = {
        "name": lambda: clean_name(data.name),
        "address": lambda: clean_address(data.address),
        "siret": lambda: validate_siret(data.siret),
        "naf_code": lambda: validate_naf(data.naf_code or "5630Z"),
        "register_number": lambda: clean_register(data.register_number),
    }
    problems: dict[str, str] = {}
    for name, check in checks.items():
        try:
            check()
        except IdentityError as exc:
            problems[name] = str(exc)
    if data.vat_number.strip():
        siret = None if "siret" in problems else validate_siret(data.siret)
        try:
            validate_vat_number(data.vat_number, siret=siret)
        except IdentityError as exc:
            problems["vat_number"] = str(exc)
    return problems


def _view(row: CafeIdentity) -> IdentityView:
    return IdentityView(
        name=row.name,
        address=row.address,
        siret=row.siret,
        naf_code=row.naf_code,
        vat_number=row.vat_number,
        register_number=row.register_number,
    )


def read_identity(session: Session) -> IdentityView | None:
    row = session.get(CafeIdentity, 1)
    return None if row is None else _view(row)


def get_identity(ctx: ServiceContext, *, session: Session | None = None) -> IdentityView | None:
    """The café's identity, or None before ``cafe-pos init``."""
    if session is not None:
        return read_identity(session)
    with ctx.uow(read_only=True) as uow:
        return read_identity(uow.session)


def save_identity(ctx: ServiceContext, actor: Actor, data: IdentityInput) -> IdentityView:
    """Validate and store the identity (Permission.EDIT_SETTINGS)."""
    actor.require(Permission.EDIT_SETTINGS)
    new = validate_identity(data)
    with ctx.uow() as uow:
        session = uow.session
        row = session.get(CafeIdentity, 1)
        if row is None:
            session.add(CafeIdentity(id=1, **asdict(new)))
            uow.commit()
            ctx.register = new.register_number
            return new
        old = _view(row)
        if old == new:
            return old
        changed = [field for field, value in asdict(new).items() if getattr(old, field) != value]
        from cafe_pos.store.models.sales import Ticket  # the sales tables: not at start-up

        if "register_number" in changed and session.scalar(select(Ticket.id).limit(1)) is not None:
            # Ticket numbers and the fiscal chain run per register: it can't change under them.
            raise IdentityError(
                "Le numéro de caisse ne peut plus changer : des tickets sont déjà enregistrés"
            )
        for field in changed:
            setattr(row, field, getattr(new, field))
        session.flush()
        details: dict[str, str | int] = {}
        for field in changed:
            details[f"{field}.old"] = str(getattr(old, field))
            details[f"{field}.new"] = str(getattr(new, field))
        tech_events.record(
            ctx,
            session,
            tech_events.COMPLIANCE_SETTING,
            "Identité du café modifiée : " + ", ".join(FIELD_LABELS[f] for f in changed),
            actor_name=actor.name,
            details=details,
        )
        uow.commit()
        ctx.register = new.register_number
        return new
