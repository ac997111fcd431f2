"""Report use cases around the figures: the Z of a day (closing it first when needed),
saving any report as PDF, printing it on the receipt printer.

PDF files go by default to a "rapports" folder beside the database, named so that a
manager finds them: ``Z-2026-11-26.pdf``, ``X-2026-11-26-2214.pdf``, ``mois-2026-11.pdf``,
``annee-2026.pdf``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.services.figures import Figures, check_period, z_figures
from cafe_pos.services.figures_fiscal import day_closed, last_closed_day
from cafe_pos.store.models.sales import Ticket

REPORTS_FOLDER = "rapports"


def z_report(ctx: ServiceContext, actor: Actor, day: dt.date) -> Figures:
    """The Z of ``day``: closes the day first (fiscal closure) unless it is closed already,
    so asking twice never records two closures. Future days and days before the café
    existed are refused with a French message, nothing recorded."""
    with ctx.uow() as uow:
        session = uow.session
        check_period(ctx, session, day, day, f"le {day:%d/%m/%Y}")
        closed = day_closed(session, ctx.register, day)
        last_closed = last_closed_day(session, ctx.register)
        sold = session.scalar(
            select(func.count())
            .select_from(Ticket)
            .where(Ticket.register == ctx.register, Ticket.business_date == day)
        )
    if closed:
        return z_figures(ctx, day)
    if not sold and last_closed is not None and day < last_closed:
        # a day without sales left behind by later closures: its Z is zero, nothing to seal
        return z_figures(ctx, day)
    actor.require(Permission.CLOSE_DAY)
    from cafe_pos.services.closing import close_day

    close_day(ctx, actor, day)
    return z_figures(ctx, day)


def reports_folder(ctx: ServiceContext) -> Path:
    folder = ctx.db_path.parent / REPORTS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_file_name(figures: Figures) -> str:
    if figures.kind == "z":
        return f"Z-{figures.period}.pdf"
    if figures.kind == "x":
        return f"X-{figures.period}-{figures.generated_at:%H%M}.pdf"
    if figures.kind == "month":
        return f"mois-{figures.period}.pdf"
    return f"annee-{figures.period}.pdf"


def save_pdf(ctx: ServiceContext, figures: Figures, path: Path | None = None) -> Path:
    """Write the report as PDF (default: the reports folder beside the database)."""
    target = path if path is not None else reports_folder(ctx) / default_file_name(figures)
    if figures.kind in ("z", "x"):
        from cafe_pos.reports.z_pdf import write_z_pdf

        return write_z_pdf(figures, target)
    from cafe_pos.reports.period_pdf import write_period_pdf

    return write_period_pdf(figures, target)


def print_report(
    ctx: ServiceContext, actor: Actor, figures: Figures, *, duplicate: bool = False
) -> int:
    """Queue the report on the receipt printer; a reprint of a closed report is recorded
    in the technical journal (duplicate print). Returns the print job id."""
    from cafe_pos.reports.content import receipt_lines
    from cafe_pos.services import printing, tech_events
    from cafe_pos.services.device_settings import load_device_config

    width = load_device_config(ctx).printer.width
    lines = receipt_lines(figures, width=width)
    if duplicate and figures.closed:
        with ctx.uow() as uow:
            job_id = printing.enqueue_document(uow.session, "z", lines)
            tech_events.record(
                ctx,
                uow.session,
                902,
                f"Réimpression : {figures.title}",
                actor_name=actor.name,
                names=("DUPLICATE_PRINT",),
                details={"report": figures.kind, "period": figures.period},
            )
            uow.commit()
        return job_id
    return printing.enqueue(ctx, "z", lines)
