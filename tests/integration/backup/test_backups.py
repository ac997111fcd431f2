"""Backups through the real service: a consistent snapshot while sales commit, checked
copies, manifests, rotation, destinations that fail (missing, vanishing, full) and the
status the screens show."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import subprocess
import threading
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from fiscal_factory import COFFEE, sell

from cafe_pos.context import ServiceContext
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal.chain_check import quick_check
from cafe_pos.fiscal.verify import check_database
from cafe_pos.services import backups
from cafe_pos.store.backup import copy_verified, file_sha256
from cafe_pos.store.backup_targets import Destination
from cafe_pos.store.engine import StoreError

NOW = dt.datetime(2026, 11, 27, 23, 0)


def _folder(tmp_path: Path, name: str = "dest") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    return folder


def _counts(db: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(db)) as conn, conn:
        tickets = conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
        sealed = conn.execute(
            "SELECT count(*) FROM journal_entries WHERE record_type = 'ticket'"
        ).fetchone()[0]
    return tickets, sealed


def test_a_backup_is_checked_and_described_by_its_manifest(
    cafe: ServiceContext, tmp_path: Path
) -> None:
    dest = _folder(tmp_path)
    run = backups.run_backup(
        cafe.db_path, [Destination("folder", str(dest))], now=NOW, reason="hour"
    )
    assert run.ok, run.results
    (db,) = dest.glob("cafe-*.db")
    assert db.name == "cafe-2026-11-27_230000.db"
    manifest = json.loads(db.with_name(db.name + ".json").read_text())
    assert manifest["cafe"] == {
        "name": "Café de la Place",
        "siret": "73282932000074",
        "register": "01",
    }
    assert manifest["last_ticket_number"] == 8
    assert manifest["automatic"] is True and manifest["schema"]
    assert manifest["database"]["sha256"] == file_sha256(db)
    assert manifest["key"]["mode"] == "absent"  # no passphrase chosen: never in clear
    assert quick_check(db).ok and check_database(db).ok
    assert not list(backups.staging_folder(cafe.db_path).iterdir())  # nothing left
    status = backups.backup_status(
        cafe.db_path, NOW + dt.timedelta(hours=1), [Destination("folder", str(dest))]
    )
    assert status.last_good == NOW and status.ok, status.warnings


def test_a_backup_made_while_sales_commit_is_consistent(
    cafe: ServiceContext, tmp_path: Path
) -> None:
    """A thread keeps selling while backups are taken: each snapshot is one moment of the
    till (every ticket sealed, the chain and its end marker agree), none is refused."""
    dest = _folder(tmp_path)
    stop = threading.Event()
    sold: list[int] = []
    errors: list[BaseException] = []

    def selling() -> None:
        try:
            while not stop.is_set() and len(sold) < 400:
                sold.append(sell(cafe, [COFFEE])[0])
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    seller = threading.Thread(target=selling)
    seller.start()
    try:
        for second in range(4):
            while len(sold) < 10 * (second + 1) and seller.is_alive():
                threading.Event().wait(0.01)
            run = backups.run_backup(
                cafe.db_path,
                [Destination("folder", str(dest))],
                now=NOW + dt.timedelta(seconds=second),
                reason="manual",
            )
            assert run.ok, run.results
    finally:
        stop.set()
        seller.join()
    assert not errors
    copies = sorted(dest.glob("*.db"))
    assert len(copies) == 4
    seen = []
    for copy in copies:
        tickets, sealed = _counts(copy)
        assert tickets == sealed  # no ticket without its record, no record without its ticket
        assert quick_check(copy).ok
        seen.append(tickets)
    assert seen == sorted(seen) and seen[-1] > seen[0]  # the sales went on meanwhile


def test_rotation_keeps_days_months_and_years(cafe: ServiceContext, tmp_path: Path) -> None:
    dest = _folder(tmp_path)
    target = [Destination("folder", str(dest))]
    start = dt.datetime(2024, 6, 1, 23, 0)
    for day in range(0, 600, 3):  # a backup every third day for 20 months
        backups.run_backup(
            cafe.db_path, target, now=start + dt.timedelta(days=day), reason="closure"
        )
    manual = backups.backup_to_folder(cafe.db_path, dest, now=dt.datetime(2023, 1, 1))
    names = sorted(p.name for p in dest.glob("*.db"))
    assert manual.name in names  # a backup made by hand is never rotated away
    assert "cafe-2024-12-" in " ".join(names)  # the last of 2024 (its year)
    assert len(names) <= 1 + 14 + 12 + 3
    assert len(list(dest.glob("*.json"))) == len(names)


def test_missing_destinations_are_said_and_the_others_still_get_it(
    cafe: ServiceContext, tmp_path: Path
) -> None:
    dest = _folder(tmp_path)
    run = backups.run_backup(
        cafe.db_path,
        [
            Destination("usb", "CAFE-SAUVE"),
            Destination("network", str(tmp_path / "nas-offline")),
            Destination("folder", str(dest)),
        ],
        now=NOW,
        reason="hour",
        roots=[tmp_path / "media"],
    )
    messages = [r.message for r in run.results]
    assert messages[0] == "Clé USB « CAFE-SAUVE » non branchée"
    assert messages[1].startswith("Partage réseau injoignable")
    assert run.results[2].ok and not run.ok and run.any_ok
    status = backups.backup_status(cafe.db_path, NOW, [Destination("folder", str(dest))])
    assert status.last_good == NOW
    assert any("non branchée" in w for w in status.warnings)


def test_no_backup_for_two_days_is_warned(cafe: ServiceContext, tmp_path: Path) -> None:
    dest = [Destination("folder", str(_folder(tmp_path)))]
    assert "Aucune sauvegarde vérifiée" in " ".join(
        backups.backup_status(cafe.db_path, NOW, dest).warnings
    )
    backups.run_backup(cafe.db_path, dest, now=NOW, reason="hour")
    assert backups.backup_status(cafe.db_path, NOW + dt.timedelta(days=1), dest).ok
    late = backups.backup_status(cafe.db_path, NOW + dt.timedelta(days=3), dest)
    assert "Aucune sauvegarde réussie depuis 3 jours" in late.warnings


def test_a_journal_that_does_not_verify_is_never_copied(
    cafe: ServiceContext, tmp_path: Path
) -> None:
    dest = _folder(tmp_path)
    with closing(sqlite3.connect(cafe.db_path)) as conn, conn:
        conn.execute("DROP TRIGGER IF EXISTS journal_entries_no_update")
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='journal_entries'"
        ).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        conn.execute(
            'UPDATE journal_entries SET payload = replace(payload, \'"operator":"\', '
            '\'"operator":"X\') WHERE position = 3'
        )
    cafe.uow.engine.dispose()
    run = backups.run_backup(
        cafe.db_path, [Destination("folder", str(dest))], now=NOW, reason="hour"
    )
    assert not run.ok
    assert "ne se vérifie pas" in run.results[0].message
    assert "ticket n° 2 (caisse 01)" in run.results[0].message, run.results[0].message
    assert list(dest.iterdir()) == []


Mount = Callable[[Path, str], Path]  # the ``tmpfs`` fixture: mount(path, "8m") -> path


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Mount]:
    """Mount a small tmpfs (root, as in CI); skipped where mount is not permitted."""
    mounted: list[Path] = []

    def mount(path: Path, size: str) -> Path:
        path.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
            capture_output=True,
        )
        if done.returncode != 0:
            pytest.skip("mounting a small disk needs root (mount -t tmpfs)")
        mounted.append(path)
        return path

    yield mount
    for path in mounted:
        subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True)


def test_a_usb_stick_found_by_its_label_that_vanishes_mid_write(
    cafe: ServiceContext, tmp_path: Path, tmpfs: Mount
) -> None:
    """The stick (a tmpfs mounted as /media/marie/CAFE-USB) is unplugged (lazy unmount)
    after the first megabyte: the run says so, no half file is left under a backup's name,
    the database and the backup on the other destination are intact."""
    with (
        closing(sqlite3.connect(cafe.db_path)) as conn,
        conn,
    ):  # over 1 MB, so the copy takes two chunks
        conn.execute("CREATE TABLE padding (x BLOB)")
        conn.execute("INSERT INTO padding VALUES (zeroblob(1500000))")
    media = tmp_path / "media"
    stick = tmpfs(media / "marie" / "CAFE-USB", "8m")
    usb = [Destination("usb", "CAFE-USB")]
    first = backups.run_backup(cafe.db_path, usb, now=NOW, reason="hour", roots=[media])
    assert first.ok, first.results
    assert (stick / "cafe-pos-sauvegardes" / "cafe-2026-11-27_230000.db").exists()
    subprocess.run(["umount", "-l", str(stick)], check=True)
    tmpfs(stick, "8m")  # plugged in again, empty
    other = _folder(tmp_path, "other")
    pulled = False

    def unplug(written: int) -> None:
        nonlocal pulled
        if not pulled and written >= 1 << 20:
            pulled = True
            subprocess.run(["umount", "-l", str(stick)], check=True)

    run = backups.run_backup(
        cafe.db_path,
        [*usb, Destination("folder", str(other))],
        now=NOW + dt.timedelta(days=1),
        reason="hour",
        roots=[media],
        on_chunk=unplug,
    )
    assert pulled
    usb_result, folder_result = run.results
    assert not usb_result.ok and "Copie impossible" in usb_result.message, usb_result
    assert folder_result.ok
    assert not list(stick.glob("**/*.db"))  # the mount point is empty: nothing half written
    assert check_database(cafe.db_path, cafe.key_path).ok


def test_a_full_destination_is_refused_before_writing(
    cafe: ServiceContext, tmp_path: Path, tmpfs: Mount
) -> None:
    small = tmpfs(tmp_path / "small", "512k")
    with closing(sqlite3.connect(cafe.db_path)) as conn, conn:
        conn.execute("CREATE TABLE padding (x BLOB)")
        conn.execute("INSERT INTO padding VALUES (zeroblob(700000))")
    run = backups.run_backup(
        cafe.db_path, [Destination("folder", str(small))], now=NOW, reason="hour"
    )
    assert not run.ok and "Pas assez de place" in run.results[0].message
    assert list(small.iterdir()) == []


def test_a_disk_that_fills_up_mid_copy_leaves_no_half_file(tmp_path: Path, tmpfs: Mount) -> None:
    """The copy itself meets ENOSPC (the free-space check passed, something else filled
    the disk): French message, no .part, no file under the final name."""
    small = tmpfs(tmp_path / "small", "512k")
    source = tmp_path / "big.db"
    source.write_bytes(b"x" * 700_000)
    with pytest.raises(StoreError, match="Le disque est plein"):
        copy_verified(source, small / "cafe-x.db")
    assert list(small.iterdir()) == []


def test_kill_9_during_a_backup_leaves_the_base_and_earlier_backups_intact(
    cafe: ServiceContext, tmp_path: Path
) -> None:
    dest = _folder(tmp_path)
    target = [Destination("folder", str(dest))]
    with closing(sqlite3.connect(cafe.db_path)) as conn, conn:
        conn.execute("CREATE TABLE padding (x BLOB)")
        conn.execute("INSERT INTO padding VALUES (zeroblob(3000000))")
    assert backups.run_backup(cafe.db_path, target, now=NOW, reason="hour").ok
    (earlier,) = dest.glob("*.db")
    digest = file_sha256(earlier)
    cafe.uow.engine.dispose()
    script = f"""
import datetime as dt, sys, time
from pathlib import Path
from cafe_pos.services import backups
from cafe_pos.store.backup_targets import Destination
def slow(written):
    print("writing", written, flush=True)
    time.sleep(30)
backups.run_backup(Path({str(cafe.db_path)!r}), [Destination("folder", {str(dest)!r})],
    now=dt.datetime(2026, 11, 28, 23, 0), reason="hour", on_chunk=slow)
"""
    import os
    import signal
    import sys

    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )
    assert child.stdout is not None
    assert child.stdout.readline().startswith("writing")
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert file_sha256(earlier) == digest
    assert sorted(p.name for p in dest.glob("*.db")) == [earlier.name]
    assert check_database(cafe.db_path, cafe.key_path).ok
    # the next run cleans what the killed one left and succeeds
    again = backups.run_backup(cafe.db_path, target, now=NOW + dt.timedelta(days=2), reason="hour")
    assert again.ok
    assert not list(dest.glob("*.part"))
    assert len(list(dest.glob("*.db"))) == 2
    # the killed run's snapshot is removed by a run a while later (it may be another
    # process's, running); here by hand, not to leave it in memory (/dev/shm)
    for left in backups.staging_folder(cafe.db_path).iterdir():
        left.unlink()


def test_destinations_are_chosen_by_a_manager(
    cafe: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    from cafe_pos.domain.errors import UserError
    from cafe_pos.domain.users import Role

    folder = _folder(tmp_path)
    backups.add_destination(cafe, manager, "folder", str(folder))
    backups.add_destination(cafe, manager, "usb", "CAFE-USB")
    assert [d.label() for d in backups.destinations(cafe)] == [
        f"dossier {folder}",
        "clé USB « CAFE-USB »",
    ]
    with pytest.raises(UserError, match="chemin complet"):
        backups.add_destination(cafe, manager, "folder", "relative/path")
    with pytest.raises(UserError):
        backups.add_destination(cafe, Actor(None, "Paul", Role.STAFF), "usb", "X")
    backups.remove_destination(cafe, manager, 1)
    assert len(backups.destinations(cafe)) == 1
    run = backups.backup_now(cafe, reason="manual")
    assert run.ok
    assert shutil.disk_usage(folder).free > 0


def test_a_daily_closure_triggers_the_automatic_backup(
    cafe: ServiceContext, manager: Actor, tmp_path: Path
) -> None:
    """The closure hook (registered by the composition root) wakes the scheduler thread,
    which backs up to the configured destination while the closure has returned."""
    from cafe_pos.services import backup_auto
    from cafe_pos.services.closing import close_day

    dest = _folder(tmp_path)
    backups.add_destination(cafe, manager, "folder", str(dest))
    statuses: list[backups.BackupStatus] = []
    scheduler = backup_auto.BackupScheduler(
        cafe, on_status=statuses.append, poll_seconds=3600, roots=[]
    )
    scheduler.start()
    try:
        first = len(statuses)
        close_day(cafe, manager, dt.date(2026, 11, 26))
        deadline = threading.Event()
        for _ in range(200):
            if scheduler.runs:
                break
            deadline.wait(0.05)
    finally:
        scheduler.stop()
    assert scheduler.runs and scheduler.runs[0].reason == "closure" and scheduler.runs[0].ok
    assert len(list(dest.glob("*.db"))) == 1
    assert len(statuses) > first and statuses[-1].last_good is not None


def test_the_daily_backup_is_due_once_past_its_hour(cafe: ServiceContext, tmp_path: Path) -> None:
    from cafe_pos.services.backup_auto import due_at_hour

    assert not due_at_hour(cafe.db_path, dt.datetime(2026, 11, 27, 14, 59), 15)
    assert due_at_hour(cafe.db_path, dt.datetime(2026, 11, 27, 15, 0), 15)
    dest = [Destination("folder", str(_folder(tmp_path)))]
    backups.run_backup(cafe.db_path, dest, now=dt.datetime(2026, 11, 27, 15, 1), reason="hour")
    assert not due_at_hour(cafe.db_path, dt.datetime(2026, 11, 27, 22, 0), 15)
    assert due_at_hour(cafe.db_path, dt.datetime(2026, 11, 28, 15, 0), 15)


def test_a_nearly_full_disk_under_the_database_is_warned(
    tmp_path: Path, tmpfs: Mount, cafe: ServiceContext
) -> None:
    """The database on a small disk (a 4 MB tmpfs): the status warns before a sale could
    fail for want of room."""
    disk = tmpfs(tmp_path / "small", "4m")
    db = disk / "cafe.db"
    shutil.copyfile(cafe.db_path, db)
    status = backups.backup_status(db, NOW, [Destination("folder", str(tmp_path))])
    assert any(w.startswith("Disque presque plein (base de données)") for w in status.warnings)
    roomy = backups.backup_status(cafe.db_path, NOW, [Destination("folder", str(tmp_path))])
    assert not any(w.startswith("Disque presque plein") for w in roomy.warnings)
