"""Print jobs: enqueue documents inside the caller's transaction, list and act on them,
and the few steps the print spool (devices.spool) takes, each in its own transaction.

A sale calls ``enqueue_document(session, ...)`` with its open session: the job commits
with the sale or not at all, and the spool prints it later from its own thread. A job
that fails stays ``failed`` with a French reason and a retry time; nothing is lost.
Drawer pulses expire after a few seconds so the drawer never opens late.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.devices.spool import DRAWER_JOB
from cafe_pos.domain.clock import from_utc_naive
from cafe_pos.domain.errors import NotFound, UserError
from cafe_pos.domain.receipt_layout import PrintLine, lines_from_json, lines_to_json
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services import tech_events
from cafe_pos.store.models.printing import PrintJob
from cafe_pos.store.raw import db_datetime, raw_connection

DOCUMENT_KINDS = ("receipt", "duplicate", "note", "z", "test", "text")
DRAWER = DRAWER_JOB
JOB_KINDS = (*DOCUMENT_KINDS, DRAWER)
FISCAL_KINDS = frozenset({"receipt", "duplicate"})  # a second copy must be a duplicate

QUEUED, PRINTING, DONE, FAILED, EXPIRED, CANCELLED = (
    "queued",
    "printing",
    "done",
    "failed",
    "expired",
    "cancelled",
)
WAITING = (QUEUED, PRINTING, FAILED)
DRAWER_EXPIRY_S = 5.0
DRAWER_OPENED_EVENT = 904
DUPLICATE_PRINT_EVENT = 902

KIND_LABELS = {
    "receipt": "Ticket",
    "duplicate": "Duplicata",
    "note": "Note",
    "z": "Rapport",
    "test": "Page de test",
    "text": "Document",
    DRAWER: "Ouverture du tiroir",
}
STATUS_LABELS = {
    QUEUED: "En attente",
    PRINTING: "En cours",
    DONE: "Imprimé",
    FAILED: "En échec (nouvel essai automatique)",
    EXPIRED: "Expiré",
    CANCELLED: "Annulé",
}


class PrintJobError(UserError):
    """A print job action that cannot be done (French message)."""


def utc_now() -> dt.datetime:
    """Wall-clock time as stored (naive UTC): drawer expiry is about real seconds."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# --- enqueue (inside the caller's transaction) ---------------------------------------------


def enqueue_document(
    session: Session,
    kind: str,
    lines: Sequence[PrintLine],
    *,
    ticket_number: int | None = None,
    expires_in_s: float | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Add a document to the print queue in ``session`` (committed by the caller)."""
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"unknown print job kind {kind!r}")
    return _add(session, kind, lines_to_json(lines), ticket_number, expires_in_s, now)


def enqueue_drawer_pulse(
    session: Session, *, expires_in_s: float = DRAWER_EXPIRY_S, now: dt.datetime | None = None
) -> int:
    """Ask the spool to open the cash drawer, unless more than ``expires_in_s`` have passed."""
    return _add(session, DRAWER, "[]", None, expires_in_s, now)


def _add(
    session: Session,
    kind: str,
    payload: str,
    ticket_number: int | None,
    expires_in_s: float | None,
    now: dt.datetime | None,
) -> int:
    created = now or utc_now()
    expires = None if expires_in_s is None else created + dt.timedelta(seconds=expires_in_s)
    # Plain SQL on the caller's transaction: a sale enqueues on its hot path (issue 3).
    cursor = raw_connection(session).execute(
        _INSERT_JOB,
        (
            kind,
            db_datetime(created),
            QUEUED,
            payload,
            ticket_number,
            None if expires is None else db_datetime(expires),
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


_INSERT_JOB = """
INSERT INTO print_jobs (kind, created_at, status, attempts, last_error, payload, ticket_number,
    expires_at, next_attempt_at, done_at)
VALUES (?, ?, ?, 0, '', ?, ?, ?, NULL, NULL)"""


# --- views --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JobView:
    """A print job as the screens show it (plain values, safe to pass between threads)."""

    id: int
    kind: str
    status: str
    attempts: int
    last_error: str
    created_at: dt.datetime  # local time
    ticket_number: int | None

    @property
    def label(self) -> str:
        base = KIND_LABELS.get(self.kind, self.kind)
        return f"{base} n° {self.ticket_number}" if self.ticket_number is not None else base

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)


@dataclass(frozen=True, slots=True)
class JobDocument:
    kind: str
    lines: tuple[PrintLine, ...]
    ticket_number: int | None


@dataclass(frozen=True, slots=True)
class QueueCounts:
    waiting: int  # queued, printing or failed
    failed: int
    last_error: str  # of the oldest failed job


def _view(job: PrintJob) -> JobView:
    return JobView(
        id=job.id,
        kind=job.kind,
        status=job.status,
        attempts=job.attempts,
        last_error=job.last_error,
        created_at=from_utc_naive(job.created_at),
        ticket_number=job.ticket_number,
    )


def pending_jobs(ctx: ServiceContext) -> list[JobView]:
    """Jobs not printed yet (waiting, printing or failed), oldest first."""
    with ctx.uow(read_only=True) as uow:
        jobs = uow.session.scalars(
            select(PrintJob).where(PrintJob.status.in_(WAITING)).order_by(PrintJob.id)
        )
        return [_view(job) for job in jobs]


def recent_jobs(ctx: ServiceContext, *, limit: int = 50) -> list[JobView]:
    """The latest jobs whatever their status, newest first (history in the print dialog)."""
    with ctx.uow(read_only=True) as uow:
        jobs = uow.session.scalars(select(PrintJob).order_by(PrintJob.id.desc()).limit(limit))
        return [_view(job) for job in jobs]


def queue_counts(ctx: ServiceContext) -> QueueCounts:
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        waiting = session.scalar(
            select(func.count()).select_from(PrintJob).where(PrintJob.status.in_(WAITING))
        )
        failed_job = session.scalars(
            select(PrintJob).where(PrintJob.status == FAILED).order_by(PrintJob.id)
        ).first()
        failed = session.scalar(
            select(func.count()).select_from(PrintJob).where(PrintJob.status == FAILED)
        )
        return QueueCounts(
            waiting=int(waiting or 0),
            failed=int(failed or 0),
            last_error=failed_job.last_error if failed_job is not None else "",
        )


def job_document(ctx: ServiceContext, job_id: int) -> JobDocument:
    """The lines of a job, for the preview or a PDF."""
    with ctx.uow(read_only=True) as uow:
        job = _get(uow.session, job_id)
        if job.kind == DRAWER:
            raise PrintJobError("Une ouverture de tiroir n'a pas de document à afficher")
        return JobDocument(job.kind, tuple(_lines(job)), job.ticket_number)


def _get(session: Session, job_id: int) -> PrintJob:
    job = session.get(PrintJob, job_id)
    if job is None:
        raise NotFound(f"Impression n° {job_id} introuvable")
    return job


def _lines(job: PrintJob) -> list[PrintLine]:
    try:
        return lines_from_json(job.payload)
    except (ValueError, TypeError, AttributeError) as exc:
        raise PrintJobError(f"Le document de l'impression n° {job.id} est illisible") from exc


# --- actions of the cashier / manager -----------------------------------------------------


def retry_job(ctx: ServiceContext, actor: Actor, job_id: int) -> None:
    """Try a waiting, failed or cancelled job again now (the spool must be woken)."""
    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        job = _get(uow.session, job_id)
        if job.status == DONE:
            raise PrintJobError(
                "Ce document a déjà été imprimé : utilisez « Réimprimer »"
                if job.kind not in FISCAL_KINDS
                else "Ce ticket a déjà été imprimé : faites un duplicata"
            )
        if job.kind == DRAWER:
            raise PrintJobError(
                "Une ouverture de tiroir n'est jamais rejouée : utilisez « Ouvrir le tiroir »"
            )
        if job.status == PRINTING:
            raise PrintJobError("Ce document est en cours d'impression")
        job.status = QUEUED
        job.next_attempt_at = None
        uow.commit()


def cancel_job(ctx: ServiceContext, actor: Actor, job_id: int) -> None:
    """Stop trying to print a job (the sale itself is not touched)."""
    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        job = _get(uow.session, job_id)
        if job.status not in (QUEUED, FAILED):
            raise PrintJobError(
                f"Impossible d'annuler : impression {STATUS_LABELS.get(job.status, job.status).lower()}"
            )
        job.status = CANCELLED
        job.next_attempt_at = None
        uow.commit()


def reprint_job(ctx: ServiceContext, actor: Actor, job_id: int) -> int:
    """Queue a new copy of a printed document that is not fiscal (report, note, test)."""
    actor.require(Permission.SELL)
    with ctx.uow() as uow:
        session = uow.session
        job = _get(session, job_id)
        if job.kind == DRAWER:
            raise PrintJobError("Une ouverture de tiroir ne se réimprime pas")
        if job.kind in FISCAL_KINDS and job.status == DONE:
            raise PrintJobError(
                "Un ticket déjà imprimé ne se réimprime qu'en duplicata (historique des tickets)"
            )
        lines = _lines(job)
        new_id = enqueue_document(session, job.kind, lines, ticket_number=job.ticket_number)
        if job.kind == "z" and job.status == DONE:  # a second copy of a report is journaled
            title = next((line.text for line in lines if line.text), "rapport")
            tech_events.record(
                ctx,
                session,
                DUPLICATE_PRINT_EVENT,
                f"Réimpression : {title}",
                actor_name=actor.name,
                names=("DUPLICATE_PRINT",),
                details={"print_job": job.id},
            )
        if job.status in (QUEUED, FAILED):
            job.status = CANCELLED  # replaced by the new copy: never printed twice
        uow.commit()
        return new_id


def enqueue(
    ctx: ServiceContext, kind: str, lines: Sequence[PrintLine], *, ticket_number: int | None = None
) -> int:
    """Queue a document in its own transaction (test page, report, note)."""
    with ctx.uow() as uow:
        job_id = enqueue_document(uow.session, kind, lines, ticket_number=ticket_number)
        uow.commit()
        return job_id


def open_drawer(ctx: ServiceContext, actor: Actor, *, reason: str = "", pulse: bool = True) -> int:
    """Open the drawer without a sale: permission checked, technical event recorded.

    ``pulse=False`` only checks and records (the settings' Test button sends the pulse
    itself, to the printer being set up); the id returned is then 0.
    """
    actor.require(Permission.OPEN_DRAWER)
    with ctx.uow() as uow:
        session = uow.session
        message = "Tiroir-caisse ouvert sans vente"
        details: dict[str, str | int] = {"register": ctx.register}
        if reason.strip():
            details["reason"] = one_line(reason, "Le motif d'ouverture du tiroir")[:200]
        tech_events.record(
            ctx,
            session,
            DRAWER_OPENED_EVENT,
            message,
            actor_name=actor.name,
            names=("DRAWER_OPENED",),
            details=details,
        )
        job_id = enqueue_drawer_pulse(session) if pulse else 0
        uow.commit()
        return job_id


# --- the spool's steps (each its own short transaction) -----------------------------------


@dataclass(frozen=True, slots=True)
class ClaimedJob:
    id: int
    kind: str
    lines: tuple[PrintLine, ...]
    ticket_number: int | None
    attempts: int

    @property
    def label(self) -> str:
        base = KIND_LABELS.get(self.kind, self.kind)
        return f"{base} n° {self.ticket_number}" if self.ticket_number is not None else base


def recover_interrupted(ctx: ServiceContext) -> int:
    """Jobs left "printing" by a crash go back to the queue (printed again, in full)."""
    with ctx.uow() as uow:
        jobs = list(uow.session.scalars(select(PrintJob).where(PrintJob.status == PRINTING)))
        for job in jobs:
            job.status = QUEUED
            job.next_attempt_at = None
            job.last_error = "Impression interrompue : le document sera imprimé à nouveau"
        uow.commit()
        return len(jobs)


def expire_drawer_pulses(ctx: ServiceContext, now: dt.datetime) -> int:
    """Drawer requests older than their expiry are dropped, never executed late."""
    with ctx.uow() as uow:
        jobs = list(
            uow.session.scalars(
                select(PrintJob).where(
                    PrintJob.kind == DRAWER,
                    PrintJob.status.in_((QUEUED, FAILED)),
                    PrintJob.expires_at.is_not(None),
                    PrintJob.expires_at <= now,
                )
            )
        )
        for job in jobs:
            job.status = EXPIRED
            job.next_attempt_at = None
            job.done_at = now
            if not job.last_error:
                job.last_error = "Ouverture du tiroir abandonnée : demande trop ancienne"
        uow.commit()
        return len(jobs)


def claim_next_job(ctx: ServiceContext, now: dt.datetime) -> ClaimedJob | None:
    """The oldest job due now, marked "printing" (one attempt more), or None."""
    with ctx.uow() as uow:
        session = uow.session
        due = or_(
            and_(
                PrintJob.status == QUEUED,
                or_(PrintJob.next_attempt_at.is_(None), PrintJob.next_attempt_at <= now),
            ),
            and_(PrintJob.status == FAILED, PrintJob.next_attempt_at <= now),
        )
        while True:
            job = session.scalars(
                select(PrintJob).where(due).order_by(PrintJob.id).limit(1)
            ).first()
            if job is None:
                uow.commit()  # keep the stale drawer pulses and unreadable jobs it set aside
                return None
            if job.kind == DRAWER and job.expires_at is not None and job.expires_at <= now:
                job.status = EXPIRED
                job.done_at = now
                job.next_attempt_at = None
                session.flush()
                continue
            try:
                lines = tuple(_lines(job)) if job.kind != DRAWER else ()
            except PrintJobError as exc:
                job.status = FAILED
                job.last_error = str(exc)
                job.next_attempt_at = None  # never retried by itself
                session.flush()
                continue
            job.status = PRINTING
            job.attempts += 1
            uow.commit()
            return ClaimedJob(job.id, job.kind, lines, job.ticket_number, job.attempts)


def mark_done(ctx: ServiceContext, job_id: int, now: dt.datetime) -> None:
    with ctx.uow() as uow:
        job = _get(uow.session, job_id)
        job.status = DONE
        job.done_at = now
        job.next_attempt_at = None
        job.last_error = ""
        uow.commit()


def mark_failed(ctx: ServiceContext, job_id: int, error: str, retry_at: dt.datetime | None) -> None:
    """The attempt failed: keep the job with the French reason, retry at ``retry_at``."""
    with ctx.uow() as uow:
        job = _get(uow.session, job_id)
        if job.status != PRINTING:  # cancelled meanwhile: keep the manager's decision
            return
        job.status = FAILED
        job.last_error = error[:255]
        job.next_attempt_at = retry_at
        uow.commit()


class DatabasePrintQueue:
    """The persisted print queue as the spool sees it (``devices.spool.PrintQueue``): each
    step is its own short transaction on ``ctx``."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def recover_interrupted(self) -> int:
        return recover_interrupted(self.ctx)

    def expire_drawer_pulses(self, now: dt.datetime) -> int:
        return expire_drawer_pulses(self.ctx, now)

    def claim_next_job(self, now: dt.datetime) -> ClaimedJob | None:
        return claim_next_job(self.ctx, now)

    def mark_done(self, job_id: int, now: dt.datetime) -> None:
        mark_done(self.ctx, job_id, now)

    def mark_failed(self, job_id: int, error: str, retry_at: dt.datetime | None) -> None:
        mark_failed(self.ctx, job_id, error, retry_at)

    def queue_counts(self) -> QueueCounts:
        return queue_counts(self.ctx)
