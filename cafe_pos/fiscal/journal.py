"""Sealing tickets and receipt duplicates into the fiscal journal (called by services,
inside their transaction, after the rows are added).

A ticket is sealed either from its ORM object (its rows are flushed and read back) or,
on the checkout's hot path, from a ``PlainTicket``: the canonical record built from the
very values the caller has just inserted, so nothing is read back. Both give the same
canonical text, the one ``verify`` rebuilds from the database.

Training mode (``ctx.training``): nothing is sealed and nothing is written; the sales
service does not persist training tickets at all, so they never reach the chain or the
figures. The returned seal then says "FORMATION".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import NotFound, UserError
from cafe_pos.fiscal import canonical, chain, watermark
from cafe_pos.fiscal.codes import RecordType
from cafe_pos.fiscal.records import load_account_entries, load_duplicates, load_tickets
from cafe_pos.store.models.fiscal import JournalEntry, TicketDuplicate
from cafe_pos.store.models.sales import Ticket

TRAINING_SHORT = "FORMATION"


@dataclass(frozen=True, slots=True)
class PlainTicket:
    """A ticket just inserted (row id) with its canonical record, built from the same
    values as the rows (``canonical.TicketRecord``)."""

    id: int
    record: canonical.TicketRecord


@dataclass(frozen=True, slots=True)
class Seal:
    """What a sealed record gives back: its hash and the extract printed on the receipt."""

    hash_hex: str
    short: str
    position: int = 0  # in the register's chain (0 in training mode)
    seq: int = 0  # per record type
    at: dt.datetime | None = None  # the record's timestamp, naive UTC
    warning: str | None = None  # e.g. the clock went backwards: show it, don't block

    @property
    def training(self) -> bool:
        return self.short == TRAINING_SHORT


def short_extract(hash_hex: str) -> str:
    """The short signature extract printed on receipts and reports: ``A1B2-C3D4``."""
    head = hash_hex[:8].upper()
    return f"{head[:4]}-{head[4:]}" if head else ""


def _seal(entry: chain.Sealed, slot: chain.Slot) -> Seal:
    return Seal(
        entry.hash, short_extract(entry.hash), entry.position, entry.seq, entry.at, slot.warning
    )


def fiscal_time(ctx: ServiceContext, session: Session) -> dt.datetime:
    """The time (naive UTC) the next record will carry: now, or the last record's time if
    the clock went backwards. Services may stamp their rows with it."""
    return chain.prepare(ctx, session).at


def seal_ticket(
    ctx: ServiceContext,
    session: Session,
    ticket: Ticket | PlainTicket,
    *,
    slot: chain.Slot | None = None,
) -> Seal:
    """Seal a finished ticket (its lines, VAT lines and payments already added).

    ``slot``: the one the caller took with ``chain.prepare`` to stamp the ticket; it is
    used when the chain has not moved since (checked on the chain head), else a new one
    is taken.
    """
    if ctx.training:
        return Seal("", TRAINING_SHORT)
    if isinstance(ticket, PlainTicket):
        record = ticket.record
    else:
        session.flush()
        record = load_tickets(session, [ticket.id])[ticket.id]
    if record.header.register != ctx.register:
        raise UserError(
            f"Le ticket de la caisse {record.header.register} ne peut pas être scellé par la "
            f"caisse {ctx.register}"
        )
    if slot is None or not chain.still_current(session, ctx.register, slot):
        slot = chain.prepare(ctx, session)
    data = canonical.ticket_data(record)
    entry = chain.append(ctx, session, slot, RecordType.TICKET, data, ticket_id=ticket.id)
    session.info[watermark.LAST_TICKET] = record.header.number
    return _seal(entry, slot)


def next_duplicate_number(session: Session, ticket: Ticket) -> int:
    last = session.scalar(
        select(func.max(TicketDuplicate.copy_number)).where(TicketDuplicate.ticket_id == ticket.id)
    )
    return int(last or 0) + 1


def seal_duplicate(
    ctx: ServiceContext,
    session: Session,
    ticket: Ticket,
    copy_number: int | None,
    actor_name: str,
) -> Seal:
    """Record and seal a receipt reprint ("DUPLICATA n° copy_number").

    ``copy_number=None`` takes the next one (``next_duplicate_number``); an explicit
    number must be that one (copies are numbered 1, 2, 3... per ticket).
    """
    if ctx.training:
        return Seal("", TRAINING_SHORT)
    expected = next_duplicate_number(session, ticket)
    number = expected if copy_number is None else copy_number
    if number != expected:
        raise UserError(
            f"Le prochain duplicata du ticket n° {ticket.number} porte le n° {expected}, "
            f"pas le n° {number}"
        )
    slot = chain.prepare(ctx, session)
    row = TicketDuplicate(ticket_id=ticket.id, copy_number=number, at=slot.at, user_name=actor_name)
    session.add(row)
    session.flush()
    dup = load_duplicates(session, [row.id])[row.id]
    if not dup.ticket_hash:
        raise UserError(f"Le ticket n° {ticket.number} n'est pas scellé : pas de duplicata")
    entry = chain.append(
        ctx,
        session,
        slot,
        RecordType.DUPLICATE,
        canonical.duplicate_data(dup),
        ticket_id=ticket.id,
        duplicate_id=row.id,
    )
    return _seal(entry, slot)


def seal_account_entry(ctx: ServiceContext, session: Session, entry_id: int) -> Seal:
    """Seal a customer-account movement (purchase, settlement, refund) just added: the
    balance a regular owes is money, kept in the journal like a ticket."""
    if ctx.training:
        return Seal("", TRAINING_SHORT)
    session.flush()
    slot = chain.prepare(ctx, session)
    row = load_account_entries(session, [entry_id])[entry_id]
    entry = chain.append(
        ctx,
        session,
        slot,
        RecordType.ACCOUNT,
        canonical.account_data(ctx.register, row),
        account_entry_id=entry_id,
    )
    return _seal(entry, slot)


def signature_for_ticket(session: Session, register: str, number: int) -> str:
    """The short extract of a sealed ticket (to rebuild its receipt later)."""
    hash_hex = session.scalar(
        select(JournalEntry.hash)
        .join(Ticket, Ticket.id == JournalEntry.ticket_id)
        .where(
            Ticket.register == register,
            Ticket.number == number,
            JournalEntry.record_type == RecordType.TICKET.value,
        )
    )
    if hash_hex is None:
        raise NotFound(f"Ticket n° {number} introuvable dans le journal fiscal")
    return short_extract(hash_hex)
