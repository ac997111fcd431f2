"""Export the fiscal archive of a closed month or year (the use case around
``fiscal.archive``): permission, one transaction, the file put in place once committed."""

from __future__ import annotations

import os
from pathlib import Path

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal.archive import ArchiveResult, prepare_archive


def export_archive(ctx: ServiceContext, actor: Actor, period: str, out: Path) -> ArchiveResult:
    """Write the archive of a closed month ("YYYY-MM") or year ("YYYY") to ``out``."""
    actor.require(Permission.EXPORT)
    with ctx.uow() as uow:
        pending = prepare_archive(ctx, uow.session, actor, period, out)
        try:
            uow.commit()
        except BaseException:
            pending.temporary.unlink(missing_ok=True)
            raise
    os.replace(pending.temporary, out)
    return pending.result
