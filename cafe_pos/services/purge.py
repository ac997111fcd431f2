"""Purging the detail of a year whose six years are over, once its archive is proven.

A manager's use case (``cafe-pos purge --year YYYY``, Réglages → Sauvegardes). The
detail of a closed year Y may go once RETENTION_YEARS full years have passed after Y
(by the injected clock), and only when the yearly archive ``archives/archive-Y.zip``
exists, verifies right now with the standalone verifier, ends on the very record the
journal holds at that position (the year's closure) and covers everything the purge
removes, and when the journal itself verifies. Then, in one transaction, the detail is
removed and the purge anchor (event 914) is sealed (``fiscal.purge``); ``verify`` resumes
the chain from it. Nothing else is rewritten: the archive stays the legal record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal import purge as fiscal_purge
from cafe_pos.fiscal.purge_anchor import anchors, cut_of
from cafe_pos.fiscal.verify import CannotCheck, check_database
from cafe_pos.fiscal.verify_archive import ArchiveUnreadable, verify_archive
from cafe_pos.services.retention import RETENTION_YEARS, archive_folder
from cafe_pos.store.raw import raw_connection

# What each purged table is, for people (dry run, confirmation)
TABLE_LABELS = {
    "tickets": "tickets",
    "ticket_lines": "lignes de ticket",
    "ticket_vat": "lignes de TVA",
    "payments": "paiements",
    "ticket_duplicates": "duplicatas",
    "fiscal_events": "événements techniques",
    "journal_entries": "enregistrements du journal",
}


class PurgeRefused(UserError):
    """The year's detail may not be purged (yet): one French sentence saying why."""


@dataclass(frozen=True, slots=True)
class PurgePreview:
    year: int
    archive: Path
    counts: dict[str, int]  # table -> rows that would be removed
    kept: int  # journal records below the cut that stay

    def lines(self) -> list[str]:
        """ "12 345 tickets", ... (French, tables with rows only)."""
        return [
            f"{count} {TABLE_LABELS.get(table, table)}"
            for table, count in self.counts.items()
            if count
        ]


@dataclass(frozen=True, slots=True)
class PurgedYear:
    year: str
    last_day: dt.date
    archive: str
    archive_sha256: str
    at: str  # when the purge was sealed (UTC text)


def earliest_purge_day(year: int) -> dt.date:
    """The first day the detail of ``year`` may be purged (the six years are over)."""
    return dt.date(year + RETENTION_YEARS + 1, 1, 1)


def _archive_path(ctx: ServiceContext, year: int) -> Path:
    return archive_folder(ctx) / f"archive-{year}.zip"


def _year_closure(ctx: ServiceContext, year: int) -> tuple[int, str, str, dt.date, int, int]:
    """(position, hash, at, last day, GT, GT abs) of the year's closure record."""
    with ctx.uow(read_only=True) as uow:
        row = (
            raw_connection(uow.session)
            .execute(
                "SELECT j.position, j.hash, j.at, c.last_day, c.perpetual_total_cents, "
                "c.perpetual_total_absolute_cents FROM closures c JOIN journal_entries j "
                "ON j.closure_id = c.id WHERE c.register = ? AND c.kind = 'year' "
                "AND c.period = ?",
                (ctx.register, str(year)),
            )
            .fetchone()
        )
    if row is None:
        raise PurgeRefused(f"L'exercice {year} n'est pas clos : rien ne peut en être purgé")
    return int(row[0]), str(row[1]), str(row[2]), dt.date.fromisoformat(row[3]), row[4], row[5]


def _manifest(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        data = json.loads(archive.read("manifest.json"))
    if not isinstance(data, dict):
        raise ValueError("manifest.json")
    return data


def _check_archive(ctx: ServiceContext, year: int, position: int, hash_hex: str) -> Path:
    """The year's archive, verified now and tied to the journal; PurgeRefused otherwise."""
    path = _archive_path(ctx, year)
    if not path.is_file():
        raise PurgeRefused(
            f"Aucune archive de {year} dans {path.parent} : archivez l'exercice avant toute purge"
        )
    try:
        report = verify_archive(path)
        manifest = _manifest(path)
    except (ArchiveUnreadable, OSError, zipfile.BadZipFile, ValueError, KeyError) as exc:
        raise PurgeRefused(
            f"L'archive {path.name} est illisible ({exc}) : rien n'est purgé"
        ) from exc
    if not report.ok:
        raise PurgeRefused(
            f"L'archive {path.name} ne se vérifie pas ({report.message}) : rien n'est purgé"
        )
    if report.head != (position, hash_hex) or manifest.get("register") != ctx.register:
        raise PurgeRefused(
            f"L'archive {path.name} ne se termine pas sur la clôture {year} du journal "
            f"(n° {position}) : elle ne correspond pas à cette caisse, rien n'est purgé"
        )
    with ctx.uow(read_only=True) as uow:
        cut = cut_of(raw_connection(uow.session), ctx.register)
    first = manifest.get("first_position")
    if not isinstance(first, int) or first > cut + 1:
        raise PurgeRefused(
            f"L'archive {path.name} commence au n° {first} : le détail d'avant (n° {cut + 1} "
            "et suivants) n'y est pas ; purgez d'abord l'exercice précédent"
        )
    return path


def _check_eligible(ctx: ServiceContext, year: int) -> tuple[fiscal_purge.Cut, Path, int, int]:
    position, hash_hex, at, last_day, gt, gt_abs = _year_closure(ctx, year)
    today = business_date(ctx.clock.now())
    earliest = earliest_purge_day(year)
    if today < earliest:
        raise PurgeRefused(
            f"Trop tôt : le détail de {year} doit être conservé six ans, jusqu'au "
            f"{earliest - dt.timedelta(days=1):%d/%m/%Y}"
        )
    with ctx.uow(read_only=True) as uow:
        cut = cut_of(raw_connection(uow.session), ctx.register)
    if position <= cut:
        raise PurgeRefused(f"Le détail de {year} est déjà purgé")
    archive = _check_archive(ctx, year, position, hash_hex)
    try:
        report = check_database(ctx.db_path)
    except CannotCheck as exc:
        raise PurgeRefused(f"{exc} : rien n'est purgé") from exc
    if not report.ok:
        raise PurgeRefused(
            f"Le journal ne se vérifie pas ({report.message}) : rien n'est purgé, lancez "
            "« cafe-pos verify »"
        )
    plan = fiscal_purge.Cut(ctx.register, str(year), last_day, cut + 1, position, hash_hex, at)
    return plan, archive, gt, gt_abs


def preview_purge(ctx: ServiceContext, actor: Actor, year: int) -> PurgePreview:
    """What a purge of ``year`` would remove (nothing is changed); PurgeRefused when the
    year may not be purged."""
    actor.require(Permission.EDIT_SETTINGS)
    cut, archive, _gt, _abs = _check_eligible(ctx, year)
    with ctx.uow() as uow:  # temporary tables only, rolled back
        plan = fiscal_purge.plan(uow.session, cut)
    return PurgePreview(year, archive, plan.counts, plan.kept)


def purge_year(ctx: ServiceContext, actor: Actor, year: int) -> PurgePreview:
    """Remove the detail of ``year`` and seal the purge anchor, in one transaction."""
    actor.require(Permission.EDIT_SETTINGS)
    cut, archive, gt, gt_abs = _check_eligible(ctx, year)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    with ctx.uow() as uow:
        plan = fiscal_purge.plan(uow.session, cut)
        fiscal_purge.remove(uow.session, plan)
        fiscal_purge.seal_anchor(
            ctx,
            uow.session,
            plan,
            archive=archive.name,
            archive_sha256=digest,
            grand_totals=(gt, gt_abs),
            actor_name=actor.name,
        )
        uow.commit()
    return PurgePreview(year, archive, plan.counts, plan.kept)


def purged_years(ctx: ServiceContext) -> list[PurgedYear]:
    """The years whose detail was purged (oldest first), from their anchors."""
    with ctx.uow(read_only=True) as uow:
        conn = raw_connection(uow.session)
        found = anchors(conn, ctx.register)
        times = {
            int(position): str(at)
            for position, at in conn.execute(
                "SELECT position, at FROM journal_entries WHERE register = ? AND event_id IN "
                "(SELECT id FROM fiscal_events WHERE code = 914)",
                (ctx.register,),
            )
        }
    return [
        PurgedYear(a.year, a.last_day, a.archive, a.archive_sha256, times.get(a.position, "")[:16])
        for a in found
    ]


def purgeable_years(ctx: ServiceContext) -> list[int]:
    """Closed years whose six years are over and whose detail is still there (the checks
    of the archive are made when the purge is asked for)."""
    today = business_date(ctx.clock.now())
    with ctx.uow(read_only=True) as uow:
        conn = raw_connection(uow.session)
        cut = cut_of(conn, ctx.register)
        rows = conn.execute(
            "SELECT c.period, j.position FROM closures c JOIN journal_entries j "
            "ON j.closure_id = c.id WHERE c.register = ? AND c.kind = 'year' ORDER BY c.period",
            (ctx.register,),
        ).fetchall()
    return [
        int(period)
        for period, position in rows
        if position > cut and today >= earliest_purge_day(int(period))
    ]
