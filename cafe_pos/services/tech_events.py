"""Bridge to the technical event journal (JET) for the catalogue, users and settings services.

Events are written by ``cafe_pos.fiscal.events.record_event`` inside the caller's
transaction, so an event and the change it reports commit together. The code is looked up
by name first (codes the fiscal module defines for itself, such as LOGOUT), then by its
number from the French rules (80 login, 130 rights change, 270 compliance setting).
"""

from __future__ import annotations

import importlib
from types import ModuleType

from sqlalchemy.orm import Session

from cafe_pos.services.context import ServiceContext

LOGIN = 80
RIGHTS_CHANGE = 130
COMPLIANCE_SETTING = 270


def _events_module() -> ModuleType | None:
    try:
        return importlib.import_module("cafe_pos.fiscal.events")
    except ModuleNotFoundError as exc:
        if exc.name != "cafe_pos.fiscal.events":
            raise
        return None


def record(
    ctx: ServiceContext,
    session: Session,
    code: int,
    message: str,
    *,
    actor_name: str,
    names: tuple[str, ...] = (),
    details: dict[str, str | int] | None = None,
) -> bool:
    """Record a technical event in ``session``; False when the journal is not available."""
    events = _events_module()
    if events is None:
        return False
    enum = events.EventCode
    event_code = next((enum[name] for name in names if name in enum.__members__), None)
    if event_code is None:
        event_code = enum(code)
    events.record_event(ctx, session, event_code, message, actor_name=actor_name, details=details)
    return True
