"""The journal's integrity check as a use case: at start-up and before each closure, check
what was written since the last closure and record an integrity-defect event (90) once per
defect. The check itself (read only) is ``fiscal.verify.check_new_part``."""

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
    """At start-up and before each closure: check what was written since the last closure,
    and record an integrity-defect event (90) when it is broken (once per defect)."""
    if ctx.training:
        return VerifyReport(True, None, 0, "Mode formation : pas de vérification")
    try:
        report = check_new_part(ctx)
    except CannotCheck as exc:
        report = VerifyReport(False, None, 0, str(exc))
    if not report.ok:
        _record_defect(ctx, report)
    return report


def _record_defect(ctx: ServiceContext, report: VerifyReport) -> None:
    details: dict[str, str | int] = {
        "first_bad": report.first_bad or "",
        "message": report.message,
    }
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
                f"Défaut d'intégrité : {report.message}",
                actor_name="système",
                details=details,
            )
            uow.commit()
    except UserError:
        pass  # e.g. the key file is gone: the report still says what is wrong
