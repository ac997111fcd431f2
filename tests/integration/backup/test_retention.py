"""Six years: each closed year's archive written beside the database, verified and listed;
warnings for a closed year without a verified archive, a past year left open, and a year
reaching the end of its six years without one. Nothing is ever purged."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from fiscal_factory import at_paris, sell_days

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal.verify_archive import ArchiveReport, verify_archive
from cafe_pos.services import backups, retention, today
from cafe_pos.services.closing import close_year

YEAR = 2026


def _close_the_year(cafe: ServiceContext, clock: FixedClock, manager: Actor) -> None:
    clock.set(at_paris(dt.date(YEAR + 1, 1, 2), 9))
    close_year(cafe, manager, YEAR)


def test_a_closed_year_is_archived_verified_and_listed(
    cafe: ServiceContext, clock: FixedClock, manager: Actor, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    backups.add_destination(cafe, manager, "folder", str(usb))
    _close_the_year(cafe, clock, manager)
    (entry,) = retention.list_archives(cafe)
    assert entry.period == str(YEAR) and entry.status == "missing"
    assert any(f"Exercice {YEAR}" in w for w in retention.retention_warnings(cafe))
    lines = {line.key: line for line in today.today_lines(cafe)}
    assert lines["archives"].level is today.Level.WARN
    archived = retention.archive_year(cafe, manager, YEAR)
    assert archived.status == "ok", archived.message
    assert (usb / "archives" / f"archive-{YEAR}.zip").exists()  # a copy off the PC
    (entry,) = retention.list_archives(cafe)
    assert entry.status == "ok" and entry.exported_at
    assert retention.retention_warnings(cafe) == []


def test_a_damaged_archive_is_listed_as_broken(
    cafe: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    _close_the_year(cafe, clock, manager)
    archived = retention.archive_year(cafe, manager, YEAR)
    assert archived.file is not None
    damaged = archived.file.with_name("damaged.zip")
    with zipfile.ZipFile(archived.file) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "ticket_lines.csv":
                data = data.replace(b"Caf", b"Tea", 1)
            target.writestr(item, data)
    damaged.replace(archived.file)
    (entry,) = retention.list_archives(cafe)
    assert entry.status == "broken"
    assert any("Exercice 2026" in w for w in retention.retention_warnings(cafe))


def test_a_past_year_left_open_and_the_six_years_are_warned(
    cafe: ServiceContext, clock: FixedClock, manager: Actor
) -> None:
    clock.set(at_paris(dt.date(YEAR + 1, 3, 1), 9))
    assert f"Exercice {YEAR} non clos" in " ".join(retention.retention_warnings(cafe))
    clock.set(at_paris(dt.date(YEAR + 6, 11, 1), 9))  # two months before the end of six years
    assert any(
        "arrive au bout des six ans le 01/01/2033" in w for w in retention.retention_warnings(cafe)
    )
    sell_days(cafe, clock, dt.date(YEAR + 6, 11, 1), 1)  # nothing was purged: still selling


def test_an_archive_is_verified_again_only_when_its_file_changed(
    cafe: ServiceContext, clock: FixedClock, manager: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    _close_the_year(cafe, clock, manager)
    archived = retention.archive_year(cafe, manager, YEAR)
    assert archived.file is not None
    calls: list[Path] = []
    real = verify_archive

    def counted(path: Path, expected_key: str | None = None) -> ArchiveReport:
        calls.append(path)
        return real(path, expected_key)

    monkeypatch.setattr(retention, "verify_archive", counted)
    retention.list_archives(cafe)
    before = len(calls)
    retention.list_archives(cafe)  # the screens refresh: a year's archive is not redone
    assert len(calls) == before
    copy = archived.file.with_name("copy.zip")
    copy.write_bytes(archived.file.read_bytes())
    copy.replace(archived.file)  # another file under the name: verified again
    (entry,) = retention.list_archives(cafe)
    assert entry.status == "ok" and calls[-1] == archived.file
