"""Where a backup's snapshot is taken: in memory (/dev/shm) in a folder only this user
can open, so its megabytes never queue before a sale's flush on the disk; beside the
database when memory is short, or when someone else owns or opened up the folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from cafe_pos.services import backup_snapshot, backups

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX folders")


def test_the_snapshot_goes_to_a_private_folder_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ram = tmp_path / "shm"
    ram.mkdir()
    monkeypatch.setattr(backup_snapshot, "RAM", ram)
    db = tmp_path / "till" / "cafe.db"
    db.parent.mkdir()
    db.write_bytes(b"x" * 4096)
    folder = backups.staging_folder(db)
    assert folder.parent == ram / f"cafe-pos-{os.getuid()}"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    assert not (db.parent / backups.STAGING).exists()


def test_beside_the_database_when_the_memory_folder_is_not_ours_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ram = tmp_path / "shm"
    ram.mkdir()
    monkeypatch.setattr(backup_snapshot, "RAM", ram)
    (ram / f"cafe-pos-{os.getuid()}").mkdir(mode=0o777)  # prepared by someone to peek
    os.chmod(ram / f"cafe-pos-{os.getuid()}", 0o777)
    db = tmp_path / "cafe.db"
    db.write_bytes(b"x" * 4096)
    assert backups.staging_folder(db) == tmp_path / backups.STAGING


def test_beside_the_database_when_memory_is_short(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_snapshot, "RAM", tmp_path)
    monkeypatch.setattr(backup_snapshot, "RAM_MARGIN", 1 << 62)
    db = tmp_path / "cafe.db"
    db.write_bytes(b"x" * 4096)
    assert backups.staging_folder(db) == tmp_path / backups.STAGING
