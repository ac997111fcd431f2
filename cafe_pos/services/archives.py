"""Export the fiscal archive of a closed month or year (the use case around
``fiscal.archive``): permission, one transaction, no file left that the journal ignores."""

from __future__ import annotations

from pathlib import Path

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal.archive import ArchiveResult, prepare_archive


def export_archive(ctx: ServiceContext, actor: Actor, period: str, out: Path) -> ArchiveResult:
    """Write the archive of a closed month ("YYYY-MM") or year ("YYYY") to ``out``."""
    actor.require(Permission.EXPORT)
    with ctx.uow() as uow:
        result = prepare_archive(ctx, uow.session, actor, period, out)
        try:
            uow.commit()
        except BaseException:
            out.unlink(missing_ok=True)  # no archive the journal does not know
            raise
    return result
