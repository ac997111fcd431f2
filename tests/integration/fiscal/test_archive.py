"""Archives: a closed period exported as a signed zip that verifies without cafe-pos."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from fiscal_factory import at_paris, sell_days

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.errors import PermissionDenied
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal.archive import ArchiveRefused
from cafe_pos.fiscal.verify_archive import verify_archive
from cafe_pos.services.archives import export_archive
from cafe_pos.services.closing import close_month


@pytest.fixture
def closed_november(ctx: ServiceContext, clock: FixedClock, manager: Actor) -> ServiceContext:
    sell_days(ctx, clock, dt.date(2026, 11, 29), 2, per_day=2)
    clock.set(at_paris(dt.date(2026, 12, 1), 8))
    close_month(ctx, manager, 2026, 11)
    return ctx


def rewrite(path: Path, name: str, content: bytes) -> None:
    """Replace one member of a zip (as someone editing the archive would)."""
    with zipfile.ZipFile(path) as source:
        members = {n: source.read(n) for n in source.namelist()}
    members[name] = content
    with zipfile.ZipFile(path, "w") as target:
        for member, data in members.items():
            target.writestr(member, data)


def test_archive_contains_the_signed_records_and_readable_csv(
    closed_november: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "archive-2026-11.zip"
    result = export_archive(closed_november, manager, "2026-11", out)
    assert verify_archive(out).ok
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        tickets = list(csv.DictReader(io.StringIO(archive.read("tickets.csv").decode())))
        closures = list(csv.DictReader(io.StringIO(archive.read("closures.csv").decode())))
        lines = archive.read("journal.jsonl").decode().splitlines()
    assert [t["number"] for t in tickets] == ["1", "2", "3", "4"]
    assert [(c["kind"], c["period"]) for c in closures] == [
        ("day", "2026-11-29"), ("day", "2026-11-30"), ("month", "2026-11"),
    ]  # fmt: skip
    assert closures[-1]["total_cents"] == str(2 * (500 + 239))
    assert manifest["period"] == "2026-11" and manifest["record_count"] == len(lines)
    assert manifest["last_position"] == result.last_position
    with closing(sqlite3.connect(closed_november.db_path)) as conn, conn:
        details = conn.execute("SELECT details FROM fiscal_events WHERE code = 20").fetchone()
    assert json.loads(details[0])["manifest_sha256"] == result.manifest_sha256


def test_the_archives_own_verifier_runs_alone(
    closed_november: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "archive.zip"
    export_archive(closed_november, manager, "2026-11", out)
    tool = tmp_path / "auditor" / "verify_archive.py"
    tool.parent.mkdir()
    with zipfile.ZipFile(out) as archive:
        tool.write_bytes(archive.read("verify_archive.py"))
    # -I: isolated mode, the checkout and cafe_pos are not importable
    done = subprocess.run(
        [sys.executable, "-I", str(tool), str(out)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "Archive intègre" in done.stdout
    rewrite(out, "payments.csv", b"register,ticket_number,method\r\n01,1,cash\r\n")
    done = subprocess.run(
        [sys.executable, "-I", str(tool), str(out)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    assert "payments.csv" in done.stdout


def test_edited_archive_files_are_caught(
    closed_november: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    out = tmp_path / "archive.zip"
    export_archive(closed_november, manager, "2026-11", out)
    with zipfile.ZipFile(out) as archive:
        journal = archive.read("journal.jsonl")
        manifest = archive.read("manifest.json")
    rewrite(
        out, "journal.jsonl", journal.replace(b'\\"total_cents\\":500', b'\\"total_cents\\":5', 1)
    )
    report = verify_archive(out)
    assert not report.ok and report.first_bad == "journal.jsonl"
    rewrite(out, "journal.jsonl", journal)
    rewrite(out, "manifest.json", manifest.replace(b'"record_count"', b'"record_count" ', 1))
    report = verify_archive(out)
    assert not report.ok and "Signature du manifeste" in report.message


def test_only_a_closed_period_is_archived_by_a_manager(
    closed_november: ServiceContext, manager: Actor, staff: Actor, tmp_path: Path
) -> None:
    with pytest.raises(ArchiveRefused, match="pas clôturé"):
        export_archive(closed_november, manager, "2026-12", tmp_path / "a.zip")
    with pytest.raises(ArchiveRefused, match="Période invalide"):
        export_archive(closed_november, manager, "11/2026", tmp_path / "a.zip")
    with pytest.raises(PermissionDenied):
        export_archive(closed_november, staff, "2026-11", tmp_path / "a.zip")
    assert list(tmp_path.glob("*.zip")) == []
