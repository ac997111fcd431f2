"""The technical event journal (JET): record an event as a signed, chained record.

``record_event`` runs inside the caller's transaction, so an event and the change it
reports commit together. Codes and labels: ``cafe_pos.fiscal.codes`` (re-exported here).
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos import __version__
from cafe_pos.context import ServiceContext
from cafe_pos.fiscal import chain
from cafe_pos.fiscal.codes import EVENT_LABELS, EventCode, event_label
from cafe_pos.store.models.fiscal import FiscalEvent

__all__ = ["EVENT_LABELS", "EventCode", "event_label", "record_event", "record_startup"]


def record_event(
    ctx: ServiceContext,
    session: Session,
    code: EventCode,
    message: str,
    *,
    actor_name: str,
    details: dict[str, str | int] | None = None,
) -> None:
    """Add a JET event (signed, chained) to the session's transaction.

    In training mode nothing is written: training never enters the fiscal chain.
    """
    if ctx.training:
        return
    chain.write_event(
        ctx, session, EventCode(code), message, actor_name=actor_name, details=details
    )


def last_software_version(session: Session, register: str) -> str | None:
    details = session.scalar(
        select(FiscalEvent.details)
        .where(FiscalEvent.register == register, FiscalEvent.code == EventCode.SOFTWARE_VERSION)
        .order_by(FiscalEvent.id.desc())
        .limit(1)
    )
    if details is None:
        return None
    value = json.loads(details).get("version")
    return str(value) if value is not None else None


def record_startup(ctx: ServiceContext, session: Session, *, actor_name: str = "système") -> None:
    """At start-up: event 80, preceded by event 250 when the software version changed."""
    if ctx.training:
        return
    if last_software_version(session, ctx.register) != __version__:
        record_event(
            ctx,
            session,
            EventCode.SOFTWARE_VERSION,
            f"Version du logiciel : {__version__}",
            actor_name=actor_name,
            details={"version": __version__},
        )
    record_event(
        ctx,
        session,
        EventCode.STARTUP,
        "Démarrage de la caisse",
        actor_name=actor_name,
        details={"kind": "startup", "version": __version__},
    )
