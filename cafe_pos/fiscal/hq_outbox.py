"""Writing messages for headquarters into the outbox, inside the caller's transaction.

A message is built, signed with the key of the transaction (checked by ``chain.session_signer``, which the
caller passes in) and
stored exactly as it will be posted: the daily closure's message commits with the
closure, an integrity defect or a key change with its journal event. A key change is
therefore announced signed by the previous key (the key change event is written while
the old key still signs), and every later message by the new one. Training mode writes
nothing (no closure, no event exists in it). Format: ``cafe_pos.domain.hq_wire`` and
docs/hq-sync.md.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos import __version__
from cafe_pos.context import ServiceContext
from cafe_pos.domain import hq_wire
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.clock import to_utc_naive
from cafe_pos.fiscal import canonical, keys
from cafe_pos.fiscal.codes import EventCode, event_label
from cafe_pos.store.models.settings import CafeIdentity
from cafe_pos.store.models.sync import OutboxMessage

# Events HQ must hear about (an integrity defect, a key change).
REPORTED_EVENTS = frozenset(
    {EventCode.INTEGRITY_DEFECT, EventCode.KEY_CHANGED, EventCode.RESTORE, EventCode.PURGE_ANCHOR}
)


def _siret(session: Session) -> str:
    return session.scalar(select(CafeIdentity.siret).order_by(CafeIdentity.id).limit(1)) or ""


def enqueue(
    ctx: ServiceContext,
    session: Session,
    *,
    kind: str,
    business_date: dt.date,
    version: int,
    subject: str,
    data: dict[str, Any],
    signer: keys.Signer,
) -> OutboxMessage:
    """Sign and store one message (pending) in the session's transaction."""
    row = OutboxMessage(
        kind=kind,
        business_date=business_date,
        version=version,
        subject=subject,
        created_at=to_utc_naive(ctx.clock.now()),
        status="pending",
    )
    sign_into(ctx, session, row, data, signer)
    session.add(row)
    session.flush()
    return row


def sign_into(
    ctx: ServiceContext,
    session: Session,
    row: OutboxMessage,
    data: dict[str, Any],
    signer: keys.Signer,
) -> None:
    """Build ``row``'s body around ``data`` and sign it with the transaction's key."""
    found = hq_wire.personal_keys(data)
    if found:  # a programming error: never let a name leave the café
        raise ValueError(f"personal data in a message for HQ: {found}")
    body = {
        "format": hq_wire.WIRE_FORMAT,
        "schema_version": hq_wire.SCHEMA_VERSION,
        "kind": row.kind,
        "siret": _siret(session),
        "register": ctx.register,
        "business_date": row.business_date.isoformat(),
        "version": row.version,
        "software_version": __version__,
        "created_at": canonical.iso_utc(to_utc_naive(ctx.clock.now())),
        "data": data,
    }
    text = hq_wire.canonical_text(body)
    row.body = text
    row.signature = signer.sign(hq_wire.signed_bytes(text)).hex()
    row.key_fingerprint = signer.fingerprint


def enqueue_archive(
    ctx: ServiceContext, session: Session, period: str, first_day: dt.date
) -> OutboxMessage:
    """Ask for a closed period's fiscal archive to be uploaded: the archive itself is
    exported and signed when it is sent (exporting records its own journal event)."""
    row = OutboxMessage(
        kind=hq_wire.KIND_ARCHIVE,
        business_date=first_day,
        version=1,
        subject=period,
        created_at=to_utc_naive(ctx.clock.now()),
        status="pending",
    )
    session.add(row)
    session.flush()
    return row


def on_event(
    ctx: ServiceContext,
    session: Session,
    code: int,
    message: str,
    details: dict[str, str | int] | None,
    position: int,
    hash_hex: str,
    at: dt.datetime,
    signer: keys.Signer,
) -> None:
    """Called for every journaled event (by ``chain.write_event``, with the key that sealed
    it): the ones HQ must know become messages."""
    if code not in REPORTED_EVENTS or ctx.training:
        return
    kept = dict(details or {})
    kept.pop("reason", None)  # free text typed by a person: stays in the café
    day = business_date(at.replace(tzinfo=dt.UTC))
    enqueue(
        ctx,
        session,
        kind=hq_wire.KIND_EVENT,
        business_date=day,
        version=position,  # one event per journal position: its idempotency version
        subject=f"événement {code}",
        data={
            "code": int(code),
            "label": event_label(code),
            "message": message if code != EventCode.KEY_CHANGED else event_label(code),
            "details": kept,
            "at": canonical.iso_utc(at),
            "chain": {"position": position, "hash": hash_hex},
        },
        signer=signer,
    )
