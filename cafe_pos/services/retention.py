"""Six years of records: the yearly archives kept and listed with their verification
status, and the warnings a manager needs before any detail could be purged.

The law asks the café to keep its fiscal records six years. Sealed detail is removed only
by the purge of ``services.purge`` (after the six years, once the year's archive is
proven, sealed by a purge anchor): what this module does is make sure that, for every
closed year, a signed archive (``export archive --period
YYYY``, docs/fiscal-format.md § 5) exists beside the database (``archives/``), verifies,
and was recorded in the journal (event 30). ``archive_year`` writes it there (and a copy
to each reachable backup destination); ``list_archives`` checks each one with the
standalone verifier; ``retention_warnings`` says which closed year has no verified
archive, and which year's detail reaches the end of its six years (the point from which
it may be purged: never without that year's verified archive).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.verify_archive import ArchiveUnreadable, verify_archive
from cafe_pos.services import backups
from cafe_pos.services.archives import export_archive
from cafe_pos.store import backup_targets
from cafe_pos.store.raw import raw_connection

RETENTION_YEARS = 6
ARCHIVES = "archives"


@dataclass(frozen=True, slots=True)
class ArchiveEntry:
    period: str  # "2025"
    file: Path | None  # where it is (None: exported elsewhere, not found here)
    exported_at: str  # UTC text of the journal event
    status: str  # ok | broken | missing
    message: str  # French


def archive_folder(ctx: ServiceContext) -> Path:
    return ctx.db_path.parent / ARCHIVES


def _closed_years(ctx: ServiceContext) -> list[str]:
    with ctx.uow(read_only=True) as uow:
        rows = raw_connection(uow.session).execute(
            "SELECT period FROM closures WHERE register = ? AND kind = 'year' ORDER BY period",
            (ctx.register,),
        )
        return [str(row[0]) for row in rows]


def _sale_years(ctx: ServiceContext) -> list[int]:
    with ctx.uow(read_only=True) as uow:
        rows = raw_connection(uow.session).execute(
            "SELECT DISTINCT substr(business_date, 1, 4) FROM tickets WHERE register = ?",
            (ctx.register,),
        )
        return sorted(int(row[0]) for row in rows if row[0])


def _exported(ctx: ServiceContext) -> dict[str, tuple[str, str]]:
    """period -> (file name, exported at) of the last year archive in the journal."""
    with ctx.uow(read_only=True) as uow:
        rows = raw_connection(uow.session).execute(
            "SELECT details, at FROM fiscal_events WHERE code = ? AND register = ? ORDER BY id",
            (int(EventCode.YEAR_ARCHIVE), ctx.register),
        )
        out: dict[str, tuple[str, str]] = {}
        for details, at in rows:
            data = json.loads(details or "{}")
            out[str(data.get("period", ""))] = (str(data.get("file", "")), str(at)[:16])
        return out


def list_archives(ctx: ServiceContext) -> list[ArchiveEntry]:
    """Every closed year with its archive's verification status (newest first)."""
    exported = _exported(ctx)
    folder = archive_folder(ctx)
    entries = []
    for period in sorted(set(_closed_years(ctx)) | set(exported), reverse=True):
        name, at = exported.get(period, (f"archive-{period}.zip", ""))
        path = folder / name
        if not path.is_file():
            text = (
                "Archive exportée ailleurs, absente du dossier des archives"
                if at
                else "Exercice clos sans archive"
            )
            entries.append(ArchiveEntry(period, None, at, "missing", text))
            continue
        status, message = _verified(path)
        entries.append(ArchiveEntry(period, path, at, status, message))
    return entries


# (path, inode, size, mtime) -> (status, message): a year's archive takes tens of seconds
# to verify, and the list is read by the "Aujourd'hui" screen and Réglages → Sauvegardes
# at each refresh; a file that changes (size, time, or replaced) is verified again. The
# purge never relies on this: it verifies the archive itself, at that moment.
_VERIFIED: dict[tuple[str, int, int, int], tuple[str, str]] = {}


def _verified(path: Path) -> tuple[str, str]:
    try:
        st = path.stat()
    except OSError as exc:
        return "broken", str(exc)
    key = (str(path.resolve()), st.st_ino, st.st_size, st.st_mtime_ns)
    if key not in _VERIFIED:
        try:
            report = verify_archive(path)
            _VERIFIED[key] = ("ok" if report.ok else "broken", report.message)
        except (ArchiveUnreadable, OSError, zipfile.BadZipFile) as exc:
            return "broken", str(exc)
    return _VERIFIED[key]


def archive_year(ctx: ServiceContext, actor: Actor, year: int) -> ArchiveEntry:
    """Write the closed year's archive into ``archives/`` (journaled, event 30), verify it,
    and copy it to each reachable backup destination (``…/archives/``)."""
    folder = archive_folder(ctx)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"archive-{year}.zip"
    if target.exists():
        raise UserError(f"L'archive {year} existe déjà : {target}")
    export_archive(ctx, actor, str(year), target)
    report = verify_archive(target)
    for destination in backups.destinations(ctx):
        try:
            where = backup_targets.resolve(destination, backups.environment_roots()) / ARCHIVES
            where.mkdir(exist_ok=True)
            shutil.copyfile(target, where / target.name)
        except (UserError, OSError):
            continue  # the backups of that destination say it is unreachable
    return ArchiveEntry(str(year), target, "", "ok" if report.ok else "broken", report.message)


def retention_warnings(ctx: ServiceContext) -> list[str]:
    """What a manager must know about the six years (French sentences)."""
    today = business_date(ctx.clock.now())
    entries = {entry.period: entry for entry in list_archives(ctx)}
    warnings = []
    for period, entry in sorted(entries.items()):
        if entry.status != "ok":
            warnings.append(f"Exercice {period} : {entry.message.lower()} (Réglages → Sauvegardes)")
    closed = set(entries)
    for year in _sale_years(ctx):
        if year < today.year and str(year) not in closed:
            warnings.append(f"Exercice {year} non clos : faites la clôture annuelle puis l'archive")
        end = dt.date(year + RETENTION_YEARS + 1, 1, 1)
        if end - today <= dt.timedelta(days=90):
            state = entries.get(str(year))
            if state is None or state.status != "ok":
                warnings.append(
                    f"Le détail de {year} arrive au bout des six ans le {end:%d/%m/%Y} sans "
                    "archive vérifiée : rien ne sera effacé, archivez l'exercice"
                )
    return warnings
