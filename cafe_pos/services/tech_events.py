"""Record a technical event (JET) from a service, inside the caller's transaction.

A thin helper over ``cafe_pos.fiscal.events.record_event``: the event and the change it
reports commit together. ``names`` picks one of cafe-pos's own codes by name (LOGOUT,
DRAWER_OPENED...); otherwise ``code`` is the number from the French reference list.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.fiscal.codes import EventCode

LOGIN = EventCode.LOGIN
LOGIN_FAILED = EventCode.LOGIN_FAILED
RIGHTS_CHANGE = EventCode.RIGHTS_CHANGE
COMPLIANCE_SETTING = EventCode.COMPLIANCE_SETTING


def record(
    ctx: ServiceContext,
    session: Session,
    code: int,
    message: str,
    *,
    actor_name: str,
    names: tuple[str, ...] = (),
    details: dict[str, str | int] | None = None,
) -> None:
    """Add the event to ``session`` (signed and chained by the fiscal journal)."""
    from cafe_pos.fiscal.events import record_event  # the chain and its keys: not at start-up

    event_code = next(
        (EventCode[name] for name in names if name in EventCode.__members__), EventCode(code)
    )
    record_event(ctx, session, event_code, message, actor_name=actor_name, details=details)
