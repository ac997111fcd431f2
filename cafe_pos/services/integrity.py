"""Checking the fiscal journal from the till: at start-up and before each closure.

``start_checks`` (app and commands that write, at start): append-only triggers restored
when missing, a downgraded schema, a database that went back behind its high-water mark;
each is journaled.

What was written since the last closure is verified (``fiscal.verify.check_new_part``);
a defect is recorded in the journal itself (event 90, once per defect) and returned so
the screen can show it. The till keeps selling: the records stay as they are, for the
auditor.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.wording import Wording
from cafe_pos.fiscal import canonical, keys, watermark
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.events import record_event
from cafe_pos.fiscal.key_breaks import unconfirmed_breaks
from cafe_pos.fiscal.verify import CannotCheck, VerifyReport, check_new_part, mark_problem_of
from cafe_pos.store.guards import guard_state, restore_guards
from cafe_pos.store.migrate import upgraded_from
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.raw import raw_connection


def verify_at_start(ctx: ServiceContext) -> VerifyReport:
    """The app's start-up check: ``start_checks`` then ``verify_new_part``, one report."""
    problems = start_checks(ctx)
    report = verify_new_part(ctx)
    if not problems:
        return report
    message = " ; ".join([*problems, *([] if report.ok else [report.message])])
    return VerifyReport(False, "état de la base", report.checked, message, report.warnings)


def journal_warning(ctx: ServiceContext) -> str | None:
    """What the status bar keeps showing about the journal until it is resolved: a key
    change the lost old key could not sign that HQ has not confirmed yet (re-enrolment
    confirms it), or a key file the till can't sign with. None when all is well."""
    if ctx.training:
        return None
    with ctx.uow(read_only=True) as uow:
        breaks = unconfirmed_breaks(uow.session, ctx.register)
        registered = keys.current_fingerprint(uow.session)
    if breaks:
        return Wording(
            "Journal : rupture de clé n° {0} — non confirmée par le siège : "
            "réinscrivez la caisse au siège (Réglages → Siège)",
            str(breaks[0].position),
        )
    if registered is None:
        return None
    try:
        signer = keys.signer_if_present(ctx.key_path)
    except keys.KeyProblem:
        return Wording("Journal : clé de signature illisible — la caisse ne peut pas vendre")
    if signer is None:
        return Wording("Journal : clé de signature introuvable — la caisse ne peut pas vendre")
    if signer.fingerprint != registered:
        return Wording(
            "Journal : la clé de signature n'est pas celle du journal — vente impossible"
        )
    return None


def verify_new_part(ctx: ServiceContext) -> VerifyReport:
    """Check what was written since the last closure; record a defect (event 90)."""
    if ctx.training:
        return VerifyReport(True, None, 0, "Mode formation : pas de vérification")
    try:
        report = check_new_part(ctx)
    except CannotCheck as exc:
        report = VerifyReport(False, None, 0, str(exc))
    if not report.ok:
        record_defect(ctx, report.message, report.first_bad or "")
    return report


def record_defect(ctx: ServiceContext, message: str, first_bad: str = "") -> None:
    """Journal an integrity defect (event 90), unless the last one said the same."""
    details: dict[str, str | int] = {"first_bad": first_bad, "message": message}
    text = canonical.event_details_text(details)
    try:
        with ctx.uow() as uow:
            last = uow.session.scalar(
                select(FiscalEvent.details)
                .where(
                    FiscalEvent.register == ctx.register,
                    FiscalEvent.code == int(EventCode.INTEGRITY_DEFECT),
                )
                .order_by(FiscalEvent.id.desc())
                .limit(1)
            )
            if last == text:
                return
            record_event(
                ctx,
                uow.session,
                EventCode.INTEGRITY_DEFECT,
                f"Défaut d'intégrité : {message}",
                actor_name="système",
                details=details,
            )
            uow.commit()
    except UserError:
        pass  # e.g. the key file is gone: the report still says what is wrong


def start_checks(ctx: ServiceContext) -> list[str]:
    """At start (app and every command that writes), before anything is sold: the
    append-only triggers (restored when missing), the schema (a database downgraded and
    upgraded again) and the high-water mark (a database that went back in time). Each
    problem is journaled (event 90; a rollback also as an undeclared restore, event 912,
    so numbering continues after the numbers it discarded); returns them in French."""
    if ctx.training:
        return []
    problems: list[str] = []
    with ctx.uow() as uow:  # the guards first, on their own: restored even if nothing
        conn = raw_connection(uow.session)  # can be journaled (no key file...)
        if conn.execute("SELECT 1 FROM journal_entries LIMIT 1").fetchone() is None:
            return []  # a new journal (an emptied one is refused by the key check)
        state = guard_state(conn)
        if not state.ok:
            restore_guards(conn, state)
            problems.append(f"{state.describe()} : recréées au démarrage")
            uow.commit()
    try:
        with ctx.uow() as uow:
            session = uow.session
            downgraded = _downgrade_problem(ctx)
            if downgraded:
                problems.append(downgraded)
            rollback = mark_problem_of(session, ctx.db_path)
            if rollback:
                problems.append(rollback)
                _record_undeclared_restore(ctx, session, rollback)
            for problem in problems:
                record_event(
                    ctx,
                    session,
                    EventCode.INTEGRITY_DEFECT,
                    f"Défaut d'intégrité : {problem}",
                    actor_name="système",
                    details={"first_bad": "état de la base", "message": problem},
                )
            uow.commit()
    except UserError as exc:  # e.g. no key file: the sale screen will say it
        problems.append(f"non enregistré dans le journal : {exc}")
    return problems


def _downgrade_problem(ctx: ServiceContext) -> str | None:
    """A migration ran at this start from a schema older than the one the database was
    last written at (its high-water mark says which)."""
    before = upgraded_from(ctx.db_path)
    if before is None:
        return None
    try:
        mark = watermark.read_mark(ctx.db_path)
    except (ValueError, KeyError):
        mark = None
    if mark is not None and mark.schema and mark.schema != before:
        return (
            f"la base a été ramenée au schéma {before} (elle était au schéma {mark.schema}) "
            "puis remise à jour : ses protections avaient été retirées"
        )
    if before == "0001_initial":  # no journal was ever written before the guards (0002)
        return "la base a été ramenée au schéma 0001_initial (sans protections) puis remise à jour"
    return None


def _record_undeclared_restore(ctx: ServiceContext, session: Session, problem: str) -> None:
    try:
        mark = watermark.read_mark(ctx.db_path)
    except (ValueError, KeyError):
        return
    if mark is None:
        return
    record_event(
        ctx,
        session,
        EventCode.RESTORE,
        "Base revenue en arrière sans restauration déclarée",
        actor_name="système",
        details={
            "declared": 0,
            "discarded_position": mark.position,
            "discarded_hash": mark.hash,
            "last_ticket_number": mark.ticket,
            "reason": problem,
        },
    )
    session.info[watermark.LAST_TICKET] = mark.ticket
