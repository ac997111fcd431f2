"""What a start of the till does once its window is on screen, as use cases the GUI calls:
the technical journal's start-up event, the integrity check of the journal's new part,
and the training-mode switch (recorded before the session starts)."""

from __future__ import annotations

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.events import record_event, record_startup
from cafe_pos.fiscal.verify import VerifyReport
from cafe_pos.services.integrity import journal_warning, verify_at_start

__all__ = ["check_journal", "journal_warning", "record_start", "record_training_start"]


def record_start(ctx: ServiceContext) -> None:
    """The technical journal's start-up event (code 80; 250 first after a new version),
    in its own transaction: the desktop app calls it once its window is on screen."""
    with ctx.uow() as uow:
        record_startup(ctx, uow.session)
        uow.commit()


def check_journal(ctx: ServiceContext) -> VerifyReport:
    """The start checks (guards, high-water mark, schema) and what the journal gained since
    the last closure; a defect is recorded (event 90, once) and the report says what is
    wrong. The till keeps selling either way."""
    return verify_at_start(ctx)


def record_training_start(ctx: ServiceContext, actor: Actor) -> None:
    """Training mode for a new team member: the journal records that it was switched on
    (event 910) before the session runs with a training context."""
    with ctx.uow() as uow:
        record_event(
            ctx,
            uow.session,
            EventCode.TRAINING_MODE,
            "Mode formation activé pour cette session",
            actor_name=actor.name,
        )
        uow.commit()
