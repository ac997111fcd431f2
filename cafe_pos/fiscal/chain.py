"""Appending to the fiscal chain: position and per-type sequence without gaps, timestamp
never earlier than the last record, hash link, Ed25519 signature, signed end-of-chain
marker. Runs inside the caller's transaction; nothing here commits.

The last hash is kept in ``chain_head`` (one row per register), so appending never reads
the chain back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import from_utc_naive, to_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.fiscal import canonical, hq_outbox, keys, watermark
from cafe_pos.fiscal.codes import EventCode, RecordType
from cafe_pos.fiscal.purge_anchor import latest_anchor
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.raw import db_datetime, parse_datetime, raw_connection

# A clock that goes back more than this (NTP jitter aside) is recorded as an event.
CLOCK_TOLERANCE = dt.timedelta(seconds=2)
_IN_CLOCK_EVENT = "fiscal.in_clock_event"
# session.info: the marker this transaction wrote last (db path, register, position, hash,
# signature), written to the high-water-mark file once the transaction commits.
PENDING_HEAD = watermark.PENDING_HEAD


class Head(NamedTuple):
    """The end-of-chain marker as read at the start of an append."""

    position: int
    hash: str
    at: dt.datetime
    clock_behind: bool
    signature: str


class ForgedMarker(UserError):
    """The end-of-chain marker is not signed by a key of the journal: the till refuses to
    extend (and so re-sign) a chain whose end was rewritten."""


# Markers already checked (or written) by this process, per database and register: the
# signature is checked again only when the marker is not the one we last saw.
_CHECKED_MARKERS: dict[tuple[str, str], tuple[int, str]] = {}


@dataclass(frozen=True, slots=True)
class Slot:
    """Where and when the next record goes: taken just before writing it."""

    head: Head | None
    at: dt.datetime  # naive UTC, max(now, last record's time)
    behind: bool  # the clock is earlier than the last record
    warning: str | None


@dataclass(frozen=True, slots=True)
class Sealed:
    """The journal entry just written."""

    position: int
    seq: int
    hash: str
    at: dt.datetime
    key_id: str


def head_of(session: Session, register: str) -> Head | None:
    row = raw_connection(session).execute(_HEAD, (register,)).fetchone()
    if row is None:
        return None
    return Head(row[0], row[1], parse_datetime(row[2]), bool(row[3]), row[4])


def check_marker(ctx: ServiceContext, session: Session, head: Head | None) -> None:
    """The end-of-chain marker's signature, checked before every append that does not
    follow this process's own last one (one dictionary look-up on the sale path)."""
    if head is None:
        return
    where = (str(ctx.db_path), ctx.register)
    if _CHECKED_MARKERS.get(where) == (head.position, head.hash):
        return
    message = canonical.head_message(ctx.register, head.position, head.hash)
    for public_hex in keys.registered_public_keys(session):
        if keys.signature_valid(public_hex, head.signature, message):
            _CHECKED_MARKERS[where] = (head.position, head.hash)
            return
    raise ForgedMarker(
        f"Le marqueur de fin du journal fiscal (caisse {ctx.register}, enregistrement "
        f"n° {head.position}) n'est pas signé par la clé du journal : la base a été "
        "modifiée. Rien n'est enregistré ; lancez « cafe-pos verify » et prévenez le siège"
    )


def still_current(session: Session, register: str, slot: Slot) -> bool:
    """Nothing was appended to the register's chain since ``slot`` was taken."""
    row = raw_connection(session).execute(_HEAD_LINK, (register,)).fetchone()
    head = slot.head
    return (row is None) if head is None else (row == (head.position, head.hash))


def session_signer(ctx: ServiceContext, session: Session) -> keys.Signer:
    """The signer for this transaction, checked against the journal's public key.

    On a database without a key, the key file is created and its public key registered
    (table + signed KEY_CREATED event, the first record of the journal). A high-water
    mark beside a database without any key is an emptied journal: refused.
    """
    cached = session.info.get(keys.SESSION_SIGNER)
    if isinstance(cached, keys.Signer):
        return cached
    registered = keys.current_fingerprint(session)
    if registered is None:
        if watermark.mark_path(ctx.db_path).exists():
            # a high-water mark is written only after a committed record: the journal
            # was emptied. A new chain at n° 1 would bless it; the till refuses.
            raise keys.KeyProblem(
                f"Le journal fiscal de {ctx.db_path.name} est vide alors qu'il a déjà "
                "contenu des enregistrements (fichier témoin .hwm) : les enregistrements "
                "ont été effacés. Restaurez la dernière sauvegarde ; rien n'est enregistré"
            )
        if ctx.key_path.exists():  # a first transaction that rolled back after writing it
            signer = keys.load_signer(ctx)
        else:
            signer = keys.generate_signer()
            keys.write_key_file(ctx.key_path, signer)
        keys.register_key(ctx, session, signer)
        write_event(
            ctx,
            session,
            EventCode.KEY_CREATED,
            "Clé de signature créée",
            actor_name="système",
            details={"fingerprint": signer.fingerprint, "public_key": signer.public_hex},
        )
        return signer
    found = keys.signer_if_present(ctx.key_path)  # checked at every sale: one stat when cached
    if found is None:
        if not keys.adopt_pending(ctx, registered):
            raise keys.KeyProblem(
                f"Clé de signature introuvable ({ctx.key_path.name}) : restaurez-la depuis la "
                "sauvegarde ou faites changer la clé par un·e gérant·e"
            )
        found = keys.load_signer(ctx)
    signer = found
    if signer.fingerprint != registered and keys.adopt_pending(ctx, registered):
        signer = keys.load_signer(ctx)
    if signer.fingerprint != registered:
        raise keys.KeyProblem(
            f"La clé de signature {ctx.key_path.name} ne correspond pas à celle du journal "
            f"fiscal ({registered}) : cette base a été copiée ou la clé remplacée"
        )
    session.info[keys.SESSION_SIGNER] = signer
    return signer


def prepare(ctx: ServiceContext, session: Session) -> Slot:
    """Check the key (registering it on a new journal), then take the next time slot.

    When the clock is behind the last record, the slot keeps the last record's time, a
    "clock moved backwards" event is recorded once, and a French warning is returned.
    """
    session_signer(ctx, session)
    session.flush()
    slot = _slot(ctx, session)
    head = slot.head
    check_marker(ctx, session, head)
    if slot.behind and head and not head.clock_behind and not session.info.get(_IN_CLOCK_EVENT):
        session.info[_IN_CLOCK_EVENT] = True
        try:
            write_event(
                ctx,
                session,
                EventCode.CLOCK_BACKWARDS,
                "L'horloge est antérieure au dernier enregistrement",
                actor_name="système",
                details={
                    "clock": canonical.iso_utc(to_utc_naive(ctx.clock.now())),
                    "last_record": canonical.iso_utc(head.at),
                },
            )
        finally:
            session.info.pop(_IN_CLOCK_EVENT, None)
        slot = _slot(ctx, session)
    return slot


def _slot(ctx: ServiceContext, session: Session) -> Slot:
    head = head_of(session, ctx.register)
    now = to_utc_naive(ctx.clock.now())
    if head is None or now >= head.at:
        return Slot(head, now, False, None)
    behind = now < head.at - CLOCK_TOLERANCE
    warning = None
    if behind:
        last = from_utc_naive(head.at).strftime("%d/%m/%Y %H:%M:%S")
        warning = (
            f"L'horloge de l'ordinateur est antérieure au dernier enregistrement ({last}) : "
            "vérifiez la date et l'heure ; les tickets gardent l'heure du dernier enregistrement"
        )
    return Slot(head, head.at, behind, warning)


def next_seq(session: Session, register: str, record_type: RecordType) -> int:
    conn = raw_connection(session)
    row = conn.execute(_LAST_SEQ, (register, record_type.value)).fetchone()
    if row[0] is None:  # none left: a purge may have removed them all (its anchor says)
        anchor = latest_anchor(conn, register)
        return (anchor.seqs.get(record_type.value, 0) if anchor else 0) + 1
    return int(row[0]) + 1


def append(
    ctx: ServiceContext,
    session: Session,
    slot: Slot,
    record_type: RecordType,
    data: canonical.Json,
    *,
    ticket_id: int | None = None,
    duplicate_id: int | None = None,
    closure_id: int | None = None,
    event_id: int | None = None,
    account_entry_id: int | None = None,
) -> Sealed:
    """Seal ``data`` as the next record of the register's chain (in the transaction)."""
    signer = session_signer(ctx, session)
    conn = raw_connection(session)
    head = slot.head
    position = (head.position if head else 0) + 1
    prev_hash = head.hash if head else canonical.GENESIS_HASH
    seq = next_seq(session, ctx.register, record_type)
    payload = canonical.envelope(record_type.value, ctx.register, position, seq, slot.at, data)
    hash_hex = canonical.chain_hash(prev_hash, payload)
    signature = signer.sign(bytes.fromhex(hash_hex)).hex()
    at_text = db_datetime(slot.at)
    conn.execute(
        _INSERT_ENTRY,
        (
            ctx.register,
            position,
            record_type.value,
            seq,
            at_text,
            canonical.FORMAT_VERSION,
            payload,
            prev_hash,
            hash_hex,
            signature,
            signer.fingerprint,
            ticket_id,
            duplicate_id,
            closure_id,
            event_id,
            account_entry_id,
        ),
    )
    head_signature = signer.sign(canonical.head_message(ctx.register, position, hash_hex)).hex()
    marker = (position, hash_hex, at_text, head_signature, int(slot.behind), ctx.register)
    # All fields at once: the trigger only accepts an update that moves forward.
    conn.execute(_INSERT_HEAD if head is None else _UPDATE_HEAD, marker)
    _CHECKED_MARKERS[(str(ctx.db_path), ctx.register)] = (position, hash_hex)
    session.info[PENDING_HEAD] = (ctx.db_path, ctx.register, position, hash_hex, head_signature)
    return Sealed(position, seq, hash_hex, slot.at, signer.fingerprint)


_HEAD = "SELECT position, hash, at, clock_behind, signature FROM chain_head WHERE register = ?"
_HEAD_LINK = "SELECT position, hash FROM chain_head WHERE register = ?"
_LAST_SEQ = "SELECT max(seq) FROM journal_entries WHERE register = ? AND record_type = ?"
_INSERT_ENTRY = """
INSERT INTO journal_entries (register, position, record_type, seq, at, format_version,
    payload, prev_hash, hash, signature, key_id, ticket_id, duplicate_id, closure_id, event_id,
    account_entry_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_HEAD = """
INSERT INTO chain_head (position, hash, at, signature, clock_behind, register)
VALUES (?, ?, ?, ?, ?, ?)"""
_UPDATE_HEAD = """
UPDATE chain_head SET position = ?, hash = ?, at = ?, signature = ?, clock_behind = ?
WHERE register = ?"""


def write_event(
    ctx: ServiceContext,
    session: Session,
    code: EventCode,
    message: str,
    *,
    actor_name: str,
    details: dict[str, str | int] | None = None,
) -> Sealed:
    """Insert a JET event row and seal it (the public entry point is events.record_event)."""
    slot = prepare(ctx, session)
    row = FiscalEvent(
        register=ctx.register,
        code=int(code),
        at=slot.at,
        actor_name=actor_name,
        message=message,
        details=canonical.event_details_text(details),
    )
    session.add(row)
    session.flush()
    data = canonical.event_data(
        canonical.EventRow(row.register, row.code, row.at, row.actor_name, row.message, row.details)
    )
    sealed = append(ctx, session, slot, RecordType.EVENT, data, event_id=row.id)
    signer = session_signer(ctx, session)  # the key that sealed it (cached)
    hq_outbox.on_event(
        ctx, session, code, message, details, sealed.position, sealed.hash, slot.at, signer
    )
    return sealed
