"""HQ administration: cafés, one-time enrolment codes, enrolment itself, and what HQ holds
for a café (the operator's check after an incident). Used by the command line and the API.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from cafe_pos.domain import hq_wire
from cafe_pos.domain.identity import validate_siret
from cafe_pos.domain.key_break import KeyBreak, confirmation_text
from cafe_pos.domain.text import TextError, one_line
from cafe_pos.hq.ingest import forget_cafe_keys, raise_alert, utcnow
from cafe_pos.hq.models import Alert, Archive, Cafe, CafeKey, EnrolmentCode, Message
from cafe_pos.hq.signing import HqKey

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I
CODE_LIFETIME = dt.timedelta(days=7)


class HqAdminError(Exception):
    """Bad input for an HQ operation (French message)."""


class KeyBreakRefused(HqAdminError):
    """A key break HQ will not confirm: it lies inside the history HQ already pinned."""


def _hash_code(code: str) -> str:
    cleaned = code.strip().upper().replace("-", "").replace(" ", "")
    return hashlib.sha256(cleaned.encode()).hexdigest()


def add_cafe(
    session: Session, siret: str, name: str, register: str = "01", *, town: str = ""
) -> Cafe:
    try:
        siret = validate_siret(siret)
    except ValueError as exc:
        raise HqAdminError(str(exc)) from exc
    try:  # shown on the pages, in the CSV exports and by `hq cafe list` in a terminal
        name = one_line(name, "Le nom du café")
        town = one_line(town, "La commune")
    except TextError as exc:
        raise HqAdminError(str(exc)) from exc
    if not name:
        raise HqAdminError("Indiquez le nom du café")
    if len(name) > 120:
        raise HqAdminError("Nom du café trop long : 120 caractères au plus")
    if len(town) > 80:
        raise HqAdminError("Commune trop longue : 80 caractères au plus")
    if session.scalar(select(Cafe.id).where(Cafe.siret == siret)) is not None:
        raise HqAdminError(f"Le café de SIRET {siret} existe déjà")
    cafe = Cafe(siret=siret, name=name, register=register, town=town, created_at=utcnow())
    session.add(cafe)
    session.commit()
    return cafe


def cafe_by_siret(session: Session, siret: str) -> Cafe:
    cafe = session.scalar(select(Cafe).where(Cafe.siret == siret.strip()))
    if cafe is None:
        raise HqAdminError(f"Aucun café de SIRET {siret} au siège")
    return cafe


def new_code(session: Session, siret: str) -> str:
    """A new one-time enrolment code for the café (shown once, stored hashed)."""
    cafe = cafe_by_siret(session, siret)
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    now = utcnow()
    session.add(
        EnrolmentCode(
            cafe_id=cafe.id,
            code_sha256=_hash_code(raw),
            created_at=now,
            expires_at=now + CODE_LIFETIME,
        )
    )
    session.commit()
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def enrol(
    session: Session,
    code: str,
    siret: str,
    register: str,
    public_key: str,
    key_breaks: Sequence[KeyBreak] = (),
    hq_key: Callable[[], HqKey] | None = None,
) -> tuple[Cafe, list[dict[str, Any]]]:
    """Use a one-time code: the café's public key becomes the one HQ checks.

    ``key_breaks`` are the café's key changes its previous key could not sign (the key was
    lost): HQ counter-signs each with its own key (``hq_key``, read only when needed) and
    returns the confirmations, unless a break lies inside the history HQ already holds
    for the café (``KeyBreakRefused``, an alert, nothing changed)."""
    now = utcnow()
    row = session.scalar(select(EnrolmentCode).where(EnrolmentCode.code_sha256 == _hash_code(code)))
    if row is None or row.used_at is not None or row.expires_at < now:
        raise HqAdminError("code d'inscription inconnu, déjà utilisé ou expiré")
    cafe = session.get(Cafe, row.cafe_id)
    assert cafe is not None
    if cafe.siret != siret:
        raise HqAdminError("ce code d'inscription est celui d'un autre café")
    try:
        raw_key = bytes.fromhex(public_key)
    except ValueError:
        raw_key = b""
    if len(raw_key) != 32:
        raise HqAdminError("clé publique invalide (32 octets Ed25519 en hexadécimal)")
    fingerprint = hq_wire.fingerprint_of(public_key)
    confirmations = _confirm_breaks(session, cafe, register, key_breaks, hq_key)
    row.used_at = now
    for old in session.scalars(
        select(CafeKey).where(CafeKey.cafe_id == cafe.id, CafeKey.retired_at.is_(None))
    ):
        old.retired_at = now
    session.add(
        CafeKey(cafe_id=cafe.id, fingerprint=fingerprint, public_key=public_key, since=now,
                how="enrolment")
    )  # fmt: skip
    cafe.public_key = public_key
    cafe.key_fingerprint = fingerprint
    cafe.enrolled_at = now
    cafe.register = register
    session.commit()
    forget_cafe_keys()
    return cafe, confirmations


def pinned_position(session: Session, cafe_id: int) -> int:
    """The furthest position of the café's journal HQ holds (daily heads and events)."""
    daily = session.scalar(
        select(func.max(Message.chain_position)).where(
            Message.cafe_id == cafe_id, Message.kind == hq_wire.KIND_DAILY
        )
    )
    event = session.scalar(
        select(func.max(Message.version)).where(
            Message.cafe_id == cafe_id, Message.kind == hq_wire.KIND_EVENT
        )
    )
    return max(int(daily or 0), int(event or 0))


def _confirm_breaks(
    session: Session,
    cafe: Cafe,
    register: str,
    key_breaks: Sequence[KeyBreak],
    hq_key: Callable[[], HqKey] | None,
) -> list[dict[str, Any]]:
    if not key_breaks:
        return []
    if hq_key is None:
        raise HqAdminError("le siège n'a pas de clé pour confirmer une rupture de clé")
    pinned = pinned_position(session, cafe.id)
    for key_break in key_breaks:
        if key_break.position <= pinned:
            message = (
                f"rupture de la chaîne des clés au n° {key_break.position}, dans l'historique "
                f"déjà reçu par le siège (jusqu'au n° {pinned}) : restauration ou altération "
                "possible, non confirmée"
            )
            raise_alert(session, cafe.id, "rollback", message, details=key_break.as_wire())
            session.commit()
            raise KeyBreakRefused(message)
    signer = hq_key()
    confirmations = []
    for key_break in key_breaks:
        signature = signer.sign(confirmation_text(cafe.siret, register, key_break))
        confirmation = {**key_break.as_wire(), "signature": signature}
        confirmations.append(confirmation)
        raise_alert(
            session,
            cafe.id,
            "key_break",
            f"clé perdue : rupture de la chaîne des clés au n° {key_break.position} "
            f"({key_break.previous} → {key_break.fingerprint}) confirmée à la réinscription "
            f"par la clé du siège {signer.fingerprint}",
            details={**confirmation, "hq_key": signer.fingerprint},
        )
    return confirmations


@dataclass(frozen=True, slots=True)
class CafeRow:
    siret: str
    name: str
    enrolled: bool
    key_fingerprint: str
    days: int
    last_day: dt.date | None
    last_message_at: dt.datetime | None
    open_alerts: int
    town: str = ""


def cafes_by_name(session: Session) -> list[Cafe]:
    """Every café, by name (what the Administration page searches and pages)."""
    return list(session.scalars(select(Cafe).order_by(Cafe.name)))


def list_cafes(session: Session, cafes: Sequence[Cafe] | None = None) -> list[CafeRow]:
    """The rows of ``cafes`` (every café by name when None) with their days, last message
    and open alerts: counted for those cafés only, so a page of 50 out of 1,000 does not
    count every message of the network."""
    messages: list[ColumnElement[bool]] = [Message.kind == hq_wire.KIND_DAILY]
    alerts_open: list[ColumnElement[bool]] = [Alert.acknowledged_at.is_(None)]
    if cafes is None:
        cafes = cafes_by_name(session)
    else:
        if not cafes:
            return []
        ids = [c.id for c in cafes]
        messages.append(Message.cafe_id.in_(ids))
        alerts_open.append(Alert.cafe_id.in_(ids))
    days = dict(
        session.execute(
            select(Message.cafe_id, func.count()).where(*messages).group_by(Message.cafe_id)
        ).all()
    )
    last = {
        cafe_id: (day, received)
        for cafe_id, day, received in session.execute(
            select(Message.cafe_id, func.max(Message.business_date), func.max(Message.received_at))
            .where(*messages)
            .group_by(Message.cafe_id)
        ).all()
    }
    alerts = dict(
        session.execute(
            select(Alert.cafe_id, func.count()).where(*alerts_open).group_by(Alert.cafe_id)
        ).all()
    )
    return [
        CafeRow(
            c.siret,
            c.name,
            c.public_key is not None,
            c.key_fingerprint or "",
            int(days.get(c.id, 0)),
            last.get(c.id, (None, None))[0],
            last.get(c.id, (None, None))[1],
            int(alerts.get(c.id, 0)),
            c.town,
        )
        for c in cafes
    ]


def days(session: Session, siret: str) -> list[dict[str, Any]]:
    """The daily messages HQ holds for a café, oldest first (``hq days --json``)."""
    cafe = cafe_by_siret(session, siret)
    rows = session.scalars(
        select(Message)
        .where(Message.cafe_id == cafe.id, Message.kind == hq_wire.KIND_DAILY)
        .order_by(Message.business_date, Message.version)
    )
    return [
        {
            "business_date": m.business_date.isoformat(),
            "version": m.version,
            "tickets": m.tickets,
            "total_cents": m.total_cents,
            "own_sales_cents": m.own_sales_cents,
            "third_party_cents": m.third_party_cents,
            "chain_sequence": m.chain_position,
            "chain_hash": m.chain_hash,
            "received_at": m.received_at.isoformat(timespec="seconds") + "Z",
        }
        for m in rows
    ]


def alerts(session: Session, siret: str | None = None) -> list[dict[str, Any]]:
    query = select(Alert, Cafe.siret).outerjoin(Cafe, Cafe.id == Alert.cafe_id)
    if siret is not None:  # a mistyped SIRET is refused, not an empty list of alerts
        query = query.where(Cafe.siret == cafe_by_siret(session, siret).siret)
    return [
        {
            "id": a.id,
            "siret": s,
            "kind": a.kind,
            "business_date": a.business_date.isoformat() if a.business_date else None,
            "message": a.message,
            "created_at": a.created_at.isoformat(timespec="seconds") + "Z",
            "acknowledged": a.acknowledged_at is not None,
        }
        for a, s in session.execute(query.order_by(Alert.id)).all()
    ]


def archives(session: Session, siret: str) -> list[dict[str, Any]]:
    cafe = cafe_by_siret(session, siret)
    return [
        {
            "period": a.period,
            "file_name": a.file_name,
            "size": a.size,
            "sha256": a.sha256,
            "verified": a.verified,
            "verifier_output": a.verifier_output,
        }
        for a in session.scalars(
            select(Archive).where(Archive.cafe_id == cafe.id).order_by(Archive.period)
        )
    ]
