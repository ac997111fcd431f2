"""Purging the detail of an archived year once its six years are over: refused too early,
without the archive, with a tampered archive; once done, ``verify`` resumes the chain at
the signed purge anchor, the archive still verifies on its own, later reports are
unchanged, and a row deleted without an anchor (or an anchor that lies) is a break."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from fiscal_factory import at_paris, sell_days

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal import purge as fiscal_purge
from cafe_pos.fiscal.verify import check_database, check_new_part
from cafe_pos.fiscal.verify_archive import verify_archive
from cafe_pos.services import purge, reporting, retention
from cafe_pos.services.archives import export_archive
from cafe_pos.services.backups import run_backup
from cafe_pos.services.closing import close_day, close_year
from cafe_pos.store.backup_targets import Destination

YEAR = 2026
LATER = dt.date(YEAR + 7, 1, 5)


def _year_closed_and_archived(cafe: ServiceContext, clock: FixedClock, manager: Actor) -> Path:
    clock.set(at_paris(dt.date(YEAR + 1, 1, 2), 9))
    close_year(cafe, manager, YEAR)
    sell_days(cafe, clock, dt.date(YEAR + 1, 1, 2), 1)  # the next year's detail, kept
    close_day(cafe, manager, dt.date(YEAR + 1, 1, 2))
    archived = retention.archive_year(cafe, manager, YEAR)
    assert archived.status == "ok" and archived.file is not None
    return archived.file


def _seven_years_later(cafe: ServiceContext, clock: FixedClock) -> None:
    sell_days(cafe, clock, LATER, 1)


def _count(cafe: ServiceContext, sql: str) -> int:
    with closing(sqlite3.connect(cafe.db_path)) as conn:
        return int(conn.execute(sql).fetchone()[0])


def test_purge_after_six_years_keeps_the_chain_verifiable(
    cafe: ServiceContext, clock: FixedClock, manager: Actor, tmp_path: Path
) -> None:
    archive = _year_closed_and_archived(cafe, clock, manager)
    _seven_years_later(cafe, clock)
    z_before = reporting.z_report(cafe, manager, dt.date(YEAR + 1, 1, 2))
    preview = purge.preview_purge(cafe, manager, YEAR)
    assert preview.counts["tickets"] == 8
    assert preview.counts["journal_entries"] == 8 + preview.counts["fiscal_events"]
    assert _count(cafe, "SELECT count(*) FROM tickets WHERE business_date < '2027-01-01'") == 8
    done = purge.purge_year(cafe, manager, YEAR)
    assert done.counts == preview.counts
    assert _count(cafe, "SELECT count(*) FROM tickets WHERE business_date < '2027-01-01'") == 0
    assert _count(cafe, "SELECT count(*) FROM closures WHERE period LIKE '2026%'") > 0
    # HQ hears of it (the anchor's details: positions, hashes, counts; no personal data)
    assert _count(cafe, "SELECT count(*) FROM hq_outbox WHERE subject = 'événement 914'") == 1
    report = check_database(cafe.db_path, cafe.key_path)
    assert report.ok, report.message
    assert any("Détail purgé jusqu'au 31/12/2026" in line for line in report.describe())
    assert verify_archive(archive).ok  # the legal record, untouched
    assert check_new_part(cafe).ok
    # selling, closing and reporting go on; the later day's Z is unchanged
    assert reporting.z_report(cafe, manager, dt.date(YEAR + 1, 1, 2)) == z_before
    close_day(cafe, manager, LATER)
    sell_days(cafe, clock, LATER + dt.timedelta(days=1), 1)
    final = check_database(cafe.db_path, cafe.key_path)
    assert final.ok, final.message
    # a backup's quick chain check resumes at the anchor too
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = run_backup(
        cafe.db_path, [Destination("folder", str(usb))], now=dt.datetime(2033, 1, 6, 12),
        reason="manual",
    )  # fmt: skip
    assert backup.ok, backup.results
    # the next year's archive starts after the cut and links to the purged year's head
    close_year(cafe, manager, YEAR + 1)
    later = retention.archive_year(cafe, manager, YEAR + 1)
    assert later.status == "ok", later.message
    assert later.file is not None
    with zipfile.ZipFile(later.file) as z, zipfile.ZipFile(archive) as first:
        manifest = json.loads(z.read("manifest.json"))
        purged_head = json.loads(first.read("manifest.json"))["chain_head"]
    assert manifest["first_position"] == purged_head["position"] + 1
    assert manifest["anchor_prev_hash"] == purged_head["hash"]
    with pytest.raises(UserError, match="purgé"):
        export_archive(cafe, manager, str(YEAR), tmp_path / "again.zip")
    assert [p.year for p in purge.purged_years(cafe)] == [str(YEAR)]
    assert purge.purgeable_years(cafe) == []
    with pytest.raises(purge.PurgeRefused, match="déjà purgé"):
        purge.preview_purge(cafe, manager, YEAR)


def test_refused_too_early_without_archive_or_with_a_tampered_one(
    cafe: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    archive = _year_closed_and_archived(cafe, clock, manager)
    with pytest.raises(purge.PurgeRefused, match=r"Trop tôt.*31/12/2032"):
        purge.preview_purge(cafe, manager, YEAR)
    _seven_years_later(cafe, clock)
    with pytest.raises(purge.PurgeRefused, match="n'est pas clos"):
        purge.preview_purge(cafe, manager, YEAR + 1)
    damaged = archive.with_name("damaged.zip")
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "ticket_lines.csv":
                data = data.replace(b"Caf", b"Tea", 1)
            target.writestr(item, data)
    kept = archive.with_name("kept.zip")
    archive.replace(kept)
    with pytest.raises(purge.PurgeRefused, match="Aucune archive de 2026"):
        purge.purge_year(cafe, manager, YEAR)
    damaged.replace(archive)
    with pytest.raises(purge.PurgeRefused, match="ne se vérifie pas"):
        purge.purge_year(cafe, manager, YEAR)
    # an archive that verifies but is not the year's (November's): its head is elsewhere
    archive.unlink()
    export_archive(cafe, manager, f"{YEAR}-11", archive)
    with pytest.raises(purge.PurgeRefused, match="ne se termine pas sur la clôture 2026"):
        purge.purge_year(cafe, manager, YEAR)
    assert _count(cafe, "SELECT count(*) FROM tickets WHERE business_date < '2027-01-01'") == 8
    assert check_database(cafe.db_path, cafe.key_path).ok


def test_a_purge_without_anchor_and_a_lying_anchor_are_breaks(
    cafe: ServiceContext, clock: FixedClock, manager: Actor, tmp_path: Path
) -> None:
    _year_closed_and_archived(cafe, clock, manager)
    _seven_years_later(cafe, clock)
    attacked = tmp_path / "attacked.db"
    with closing(sqlite3.connect(cafe.db_path)) as source, closing(sqlite3.connect(attacked)) as c:
        source.backup(c)
        for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            c.execute(f"DROP TRIGGER {name}")
        c.execute("PRAGMA foreign_keys=OFF")
        c.execute("DELETE FROM journal_entries WHERE position <= 3")
        c.commit()
    report = check_database(attacked)
    assert not report.ok and "supprimé" in report.message
    # a real purge, then its anchor's stated hash changed (the anchor's record no longer
    # matches: its signature fails) or the first kept record removed
    purge.purge_year(cafe, manager, YEAR)
    anchored = tmp_path / "anchored.db"
    with closing(sqlite3.connect(cafe.db_path)) as source, closing(sqlite3.connect(anchored)) as c:
        source.backup(c)
        for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            c.execute(f"DROP TRIGGER {name}")
        cut = c.execute(
            "SELECT max(position) FROM journal_entries WHERE closure_id IN "
            "(SELECT id FROM closures WHERE kind = 'year')"
        ).fetchone()[0]
        c.execute("PRAGMA foreign_keys=OFF")
        c.execute("DELETE FROM journal_entries WHERE position = ?", (cut + 1,))
        c.commit()
    broken = check_database(anchored)
    assert not broken.ok and "supprimé" in broken.message
    lied = tmp_path / "lied.db"
    with closing(sqlite3.connect(cafe.db_path)) as source, closing(sqlite3.connect(lied)) as c:
        source.backup(c)
        for (name,) in c.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
            c.execute(f"DROP TRIGGER {name}")
        c.execute(
            "UPDATE fiscal_events SET details = replace(details, '\"kept\":', '\"kept\":1') "
            "WHERE code = 914"
        )
        c.commit()
    lying = check_database(lied)  # the event row no longer says what was signed
    assert not lying.ok and "914" in lying.message, lying.message


def test_an_anchor_whose_hash_is_not_the_cut_breaks(
    cafe: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    _year_closed_and_archived(cafe, clock, manager)
    _seven_years_later(cafe, clock)
    cut, _archive, gt, gt_abs = purge._check_eligible(cafe, YEAR)
    wrong = dataclasses.replace(cut, last_hash="ab" * 32)
    with cafe.uow() as uow:  # a signed anchor stating another hash than the cut's
        plan = fiscal_purge.plan(uow.session, wrong)
        fiscal_purge.remove(uow.session, plan)
        fiscal_purge.seal_anchor(
            cafe, uow.session, plan, archive="x.zip", archive_sha256="0" * 64,
            grand_totals=(gt, gt_abs), actor_name="test",
        )  # fmt: skip
        uow.commit()
    report = check_database(cafe.db_path, cafe.key_path)
    assert not report.ok and "ne correspond pas" in report.message, report.message
