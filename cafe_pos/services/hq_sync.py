"""Use cases of the link with headquarters: enrol the café, send what the outbox holds, and
say the truth about it (the status bar, ``cafe-pos sync``).

Delivery is in order and at least once: the oldest pending message is posted, and marked
``sent`` only once HQ's acknowledgement is back (HQ deduplicates, so a message posted
twice after a lost acknowledgement is stored once). A network failure stops the pass (the
worker retries later, with growing delays); a refusal for conflict (HQ already holds a
different message under that key) is final for that message and shown; any other refusal
(unknown café, bad signature, malformed) stops the pass and is shown until fixed. No
database transaction stays open while talking to HQ. When HQ answered, the pass ends by
pulling the network catalogue (``network_catalogue.pull``, which never fails the pass).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain import hq_wire
from cafe_pos.domain.clock import from_utc_naive, to_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Permission, Role
from cafe_pos.domain.wording import Wording
from cafe_pos.fiscal.key_breaks import record_confirmations, unconfirmed_breaks
from cafe_pos.store.models.settings import CafeIdentity
from cafe_pos.store.models.sync import HqLink, OutboxMessage
from cafe_pos.sync.client import HqClient, HqRefused, HqUnreachable, HqUrlRefused
from cafe_pos.sync.worker import Outcome

if TYPE_CHECKING:
    from cafe_pos.services.network_catalogue import PullResult

SYSTEM_ACTOR = Actor(user_id=None, name="synchronisation siège", role=Role.MANAGER)

ClientFactory = Callable[[str], HqClient]


class SyncRefused(UserError):
    """Enrolment or delivery that cannot be done (French message)."""


@dataclass
class SyncReport:
    """What a pass did."""

    sent: list[str] = field(default_factory=list)  # subjects, in order
    refused: list[str] = field(default_factory=list)  # "subject : reason"
    pending: int = 0
    problem: str | None = None  # why something is left pending (French)
    catalogue: PullResult | None = None  # the network catalogue's pull, after the sends

    @property
    def done(self) -> bool:
        return self.pending == 0


@dataclass(frozen=True, slots=True)
class SyncStatus:
    enrolled: bool
    hq_url: str
    pending: int
    pending_days: int
    last_success_at: dt.datetime | None  # local time
    last_error: str
    refused: int
    last_refusal: str = ""  # "subject : HQ's reason" of the latest refused message

    def text(self, now: dt.datetime) -> str:
        """The status bar's words (French; the interface translates the ``Wording``)."""
        if not self.enrolled:
            if self.pending:
                return Wording("Siège : {0} — café non inscrit", self._waiting())
            return Wording("Siège : non inscrit")
        if self.pending == 0:
            if self.refused:
                return Wording("Siège : refusé par le siège — {0}", self.last_refusal)
            if self.last_error:
                return Wording("Siège : {0}", self.last_error)
            if self.last_success_at is None:
                return Wording("Siège : rien à envoyer")
            return Wording("Siège : à jour ({0})", _when(self.last_success_at, now))
        reason = self.last_error or Wording("envoi en cours")
        return Wording("Siège : {0} — {1}", self._waiting(), reason)

    def _waiting(self) -> str:
        if self.pending_days:
            days = self.pending_days
            if days > 1:
                return Wording("{0} jours en attente", str(days))
            return Wording("{0} jour en attente", str(days))
        if self.pending > 1:
            return Wording("{0} messages en attente", str(self.pending))
        return Wording("{0} message en attente", str(self.pending))

    @property
    def ok(self) -> bool | None:
        if not self.enrolled:
            return None if not self.pending else False
        return self.pending == 0 and not self.last_error and not self.refused


def _when(at: dt.datetime, now: dt.datetime) -> str:
    clock = at.strftime("%H:%M")
    if at.date() == now.date():
        if at.hour < 12:
            return Wording("ce matin {0}", clock)
        return Wording("aujourd'hui {0}", clock)
    if at.date() == now.date() - dt.timedelta(days=1):
        return Wording("hier {0}", clock)
    return Wording("le {0} {1}", at.strftime("%d/%m"), clock)


def status(ctx: ServiceContext) -> SyncStatus:
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        link = session.execute(
            select(HqLink.hq_url, HqLink.last_success_at, HqLink.last_error).where(HqLink.id == 1)
        ).first()
        pending = session.scalar(select(func.count()).where(OutboxMessage.status == "pending"))
        days = session.scalar(
            select(func.count()).where(
                OutboxMessage.status == "pending", OutboxMessage.kind == hq_wire.KIND_DAILY
            )
        )
        refused = session.scalar(select(func.count()).where(OutboxMessage.status == "refused"))
        last_refusal = session.execute(
            select(OutboxMessage.subject, OutboxMessage.last_error)
            .where(OutboxMessage.status == "refused")
            .order_by(OutboxMessage.id.desc())
            .limit(1)
        ).first()
    return SyncStatus(
        enrolled=link is not None,
        hq_url=link.hq_url if link else "",
        pending=int(pending or 0),
        pending_days=int(days or 0),
        last_success_at=from_utc_naive(link.last_success_at)
        if link and link.last_success_at
        else None,
        last_error=link.last_error if link else "",
        refused=int(refused or 0),
        last_refusal=f"{last_refusal[0]} : {last_refusal[1]}" if last_refusal else "",
    )


def _client(url: str, factory: ClientFactory | None) -> HqClient:
    try:
        return (factory or HqClient)(url)
    except HqUrlRefused as exc:
        raise SyncRefused(str(exc)) from exc


def enrol(
    ctx: ServiceContext,
    actor: Actor,
    hq_url: str,
    code: str,
    *,
    client_factory: ClientFactory | None = None,
) -> str:
    """Register this café's public key at HQ with a one-time code; returns HQ's name for
    the café. Enrolling again (a new code) replaces the link."""
    actor.require(Permission.EDIT_SETTINGS)
    if not code.strip():
        raise SyncRefused("Indiquez le code d'inscription donné par le siège")
    from cafe_pos.fiscal.keys import load_signer
    from cafe_pos.services.signing_key import ensure_key

    fingerprint = ensure_key(ctx)
    signer = load_signer(ctx)
    with ctx.uow(read_only=True) as uow:
        siret = uow.session.scalar(select(CafeIdentity.siret).order_by(CafeIdentity.id).limit(1))
    if not siret:
        raise SyncRefused("Renseignez l'identité du café (SIRET) avant l'inscription au siège")
    with ctx.uow(read_only=True) as uow:
        breaks = unconfirmed_breaks(uow.session, ctx.register)
    with _client(hq_url, client_factory) as client:
        try:
            answer = client.enrol(
                code.strip(), siret, ctx.register, signer.public_hex,
                [b.as_wire() for b in breaks],
            )  # fmt: skip
        except HqUnreachable as exc:
            raise SyncRefused(f"Inscription impossible : {exc.reason}") from exc
        except HqRefused as exc:
            raise SyncRefused(f"Inscription refusée par le siège : {exc.reason}") from exc
        base_url = client.base_url
    confirmations = answer.get("confirmations") or []
    if breaks and len(confirmations) != len(breaks):
        raise SyncRefused(
            "Le siège n'a pas confirmé la rupture de la chaîne des clés : inscription à refaire"
        )
    now = to_utc_naive(ctx.clock.now())
    with ctx.uow() as uow:
        if breaks:  # HQ's counter-signatures, checked and journaled (event 913)
            hq_key = answer.get("hq_key")
            record_confirmations(
                ctx, uow.session, siret, hq_key if isinstance(hq_key, dict) else {},
                confirmations, breaks,
            )  # fmt: skip
        link = uow.session.get(HqLink, 1) or HqLink(id=1)
        link.hq_url = base_url
        link.enrolled_at = now
        link.key_fingerprint = fingerprint
        link.hq_cafe_name = str(answer.get("name", ""))[:120]
        link.last_error = ""
        name = link.hq_cafe_name
        uow.session.add(link)
        uow.commit()
    return name


def archives_folder(ctx: ServiceContext) -> Path:
    return ctx.db_path.with_name(ctx.db_path.name + ".archives")


def _prepare_archive(ctx: ServiceContext, message_id: int) -> None:
    """Export a closed period's archive and sign its message (first send only)."""
    import hashlib

    from cafe_pos.fiscal import chain, hq_outbox
    from cafe_pos.services.archives import export_archive

    with ctx.uow(read_only=True) as uow:
        period = str(
            uow.session.scalar(select(OutboxMessage.subject).where(OutboxMessage.id == message_id))
        )
    folder = archives_folder(ctx)
    folder.mkdir(exist_ok=True)
    path = folder / f"archive-{period}.zip"
    result = export_archive(ctx, SYSTEM_ACTOR, period, path)
    content = path.read_bytes()
    with ctx.uow() as uow:
        row = uow.session.get(OutboxMessage, message_id)
        assert row is not None
        hq_outbox.sign_into(
            ctx,
            uow.session,
            row,
            {
                "period": period,
                "period_kind": "year" if len(period) == 4 else "month",
                "file_name": path.name,
                "size": len(content),
                "sha256": hashlib.sha256(content).hexdigest(),
                "manifest_sha256": result.manifest_sha256,
                "record_count": result.record_count,
                "first_position": result.first_position,
                "last_position": result.last_position,
            },
            chain.session_signer(ctx, uow.session),
        )
        row.attachment_path = str(path)
        uow.commit()


@dataclass(frozen=True, slots=True)
class _Pending:
    """A plain snapshot of the oldest pending message (no live ORM object leaves a unit
    of work)."""

    id: int
    kind: str
    subject: str
    body: str
    signature: str
    key_fingerprint: str
    attachment_path: str


def _next_pending(ctx: ServiceContext) -> _Pending | None:
    with ctx.uow(read_only=True) as uow:
        row = uow.session.execute(
            select(
                OutboxMessage.id,
                OutboxMessage.kind,
                OutboxMessage.subject,
                OutboxMessage.body,
                OutboxMessage.signature,
                OutboxMessage.key_fingerprint,
                OutboxMessage.attachment_path,
            )
            .where(OutboxMessage.status == "pending")
            .order_by(OutboxMessage.id)
            .limit(1)
        ).first()
    return None if row is None else _Pending(*row)


def _record(
    ctx: ServiceContext,
    message_id: int | None,
    *,
    status: str | None = None,
    error: str = "",
    ack: str = "",
    link_error: str | None = None,
) -> None:
    now = to_utc_naive(ctx.clock.now())
    with ctx.uow() as uow:
        session = uow.session
        if message_id is not None:
            row = session.get(OutboxMessage, message_id)
            assert row is not None
            row.attempts += 1
            row.last_error = error[:255]
            if status is not None:
                row.status = status
            if status == "sent":
                row.sent_at = now
                row.ack = ack
        link = session.get(HqLink, 1)
        if link is not None:
            link.last_attempt_at = now
            if link_error is not None:
                link.last_error = link_error[:255]
                if not link_error:
                    link.last_success_at = now
        uow.commit()


def _count_pending(ctx: ServiceContext) -> int:
    with ctx.uow(read_only=True) as uow:
        return int(
            uow.session.scalar(select(func.count()).where(OutboxMessage.status == "pending")) or 0
        )


def send_pending(
    ctx: ServiceContext,
    *,
    client_factory: ClientFactory | None = None,
    limit: int | None = None,
) -> SyncReport:
    """Post pending messages in order until none is left, HQ is unreachable or refuses."""
    report = SyncReport()
    with ctx.uow(read_only=True) as uow:
        hq_url = uow.session.scalar(select(HqLink.hq_url).where(HqLink.id == 1))
    if hq_url is None:
        report.pending = _count_pending(ctx)
        if report.pending:
            report.problem = "café non inscrit au siège (cafe-pos sync enrol --hq URL --code CODE)"
        return report
    with _client(hq_url, client_factory) as client:
        while limit is None or len(report.sent) < limit:
            row = _next_pending(ctx)
            if row is None:
                break
            if row.kind == hq_wire.KIND_ARCHIVE and not row.body:
                _prepare_archive(ctx, row.id)
                row = _next_pending(ctx)
                assert row is not None
            envelope = hq_wire.envelope(row.body, row.signature, row.key_fingerprint)
            if row.attachment_path:
                try:
                    data = Path(row.attachment_path).read_bytes()
                except OSError:
                    _record(ctx, row.id, error="archive introuvable : nouvel export")
                    with ctx.uow() as uow:
                        again = uow.session.get(OutboxMessage, row.id)
                        assert again is not None
                        again.body = again.signature = again.attachment_path = ""
                        uow.commit()
                    continue
                envelope = hq_wire.with_attachment(envelope, data)
            try:
                ack = client.deliver(envelope)
            except HqUnreachable as exc:
                _record(ctx, row.id, error=exc.reason, link_error=exc.reason)
                report.problem = exc.reason
                break
            except HqRefused as exc:
                reason = f"refus du siège pour {row.subject} : {exc.reason}"
                if exc.conflict:
                    _record(ctx, row.id, status="refused", error=exc.reason, link_error=reason)
                    report.refused.append(f"{row.subject} : {exc.reason}")
                    continue
                _record(ctx, row.id, error=exc.reason, link_error=reason)
                report.problem = reason
                break
            _record(ctx, row.id, status="sent", ack=ack.raw, link_error="")
            report.sent.append(row.subject)
        if report.problem is None:  # HQ answered: pull the network catalogue too
            from cafe_pos.services import network_catalogue  # not at the till's start-up

            report.catalogue = network_catalogue.pull(ctx, client_factory=client_factory)
    report.pending = _count_pending(ctx)
    if report.pending and report.problem is None:
        report.problem = "envoi interrompu"
    return report


def sync_once(ctx: ServiceContext, client_factory: ClientFactory | None = None) -> Outcome:
    """One pass for the app's worker thread: send, then describe the result."""
    try:
        send_pending(ctx, client_factory=client_factory)
    except UserError as exc:
        return Outcome(False, Wording("Siège : {0}", str(exc)), False)
    state = status(ctx)
    return Outcome(state.pending == 0, state.text(ctx.clock.now()), state.ok)


def ack_of(ctx: ServiceContext, subject: str) -> dict[str, object] | None:
    """HQ's acknowledgement of a sent message (for checks after an incident)."""
    with ctx.uow(read_only=True) as uow:
        ack = uow.session.scalar(
            select(OutboxMessage.ack).where(
                OutboxMessage.subject == subject, OutboxMessage.status == "sent"
            )
        )
    return json.loads(ack) if ack else None
