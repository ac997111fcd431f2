"""Checking the fiscal journal from the till: at start-up and before each closure.

What was written since the last closure is verified (``fiscal.verify.check_new_part``);
a defect is recorded in the journal itself (event 90, once per defect) and returned so
the screen can show it. The till keeps selling: the records stay as they are, for the
auditor.
"""

from __future__ import annotations

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.fiscal import canonical
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.events import record_event
from cafe_pos.fiscal.verify import CannotCheck, VerifyReport, check_new_part
from cafe_pos.store.models.fiscal import FiscalEvent


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
