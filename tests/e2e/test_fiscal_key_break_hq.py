"""A lost signing key, through the real program and a real ``cafe-pos hq serve`` (issue 12,
attack 2's outside confirmation): the key change the old key could not sign is a break
shown by ``verify`` (exit 1), the reports and the Z until HQ counter-signs it at
re-enrolment; then ``verify`` exits 0 and names HQ's key. A break inside the history HQ
already pinned (an old copy put back, the key "lost") is refused by HQ and stays a break.

HQ runs on an SQLite file and on PostgreSQL (CI starts it; skipped outside CI without it).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import httpx
import pytest
from fiscal_attacks import CAFE_POS, new_cafe, ok, ok_at, run, verify
from hq_factory import free_port, pg_database

pytestmark = pytest.mark.slow
SIRET = "73282932000074"  # the café of fiscal_attacks.new_cafe


class HqServe:
    """``cafe-pos hq serve --key FILE`` as its own process, and its admin commands."""

    def __init__(self, db_url: str, key: Path) -> None:
        self.db_url, self.key = db_url, key
        self.url = f"http://127.0.0.1:{free_port()}"
        port = self.url.rsplit(":", 1)[1]
        self.process = subprocess.Popen(
            [str(CAFE_POS), "hq", "serve", "--db", db_url, "--port", port, "--key", str(key)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("hq serve did not start")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(15)

    def admin(self, *args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(CAFE_POS), "hq", *args, "--db", self.db_url],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done

    def code(self) -> str:
        return self.admin("cafe", "code", "--siret", SIRET).stdout.strip().splitlines()[-1]

    def fingerprint(self) -> str:
        done = subprocess.run(
            [str(CAFE_POS), "hq", "key", "--key", str(self.key), "--db", self.db_url],
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout.split("Clé du siège : ", 1)[1].split()[0]


@pytest.fixture(params=["sqlite", "postgresql"])
def hq(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqServe]:
    key = tmp_path / "siege" / "hq-signing.key"
    key.parent.mkdir()
    if request.param == "sqlite":
        server = HqServe(f"sqlite:///{tmp_path / 'siege' / 'hq.db'}", key)
        yield server
        server.stop()
    else:
        with pg_database() as url:
            server = HqServe(url, key)
            yield server
            server.stop()


def _enrolled_cafe(tmp_path: Path, hq: HqServe) -> Path:
    db = tmp_path / "cafe.db"
    new_cafe(db, days=1)
    hq.admin("cafe", "add", "--siret", SIRET, "--name", "Café du Lavoir")
    ok("--db", str(db), "sync", "enrol", "--hq", hq.url, "--code", hq.code())
    return db


def _notes(db: Path, day: str) -> list[str]:
    z = json.loads(ok("--db", str(db), "report", "z", "--date", day, "--json").stdout)
    return list(z["notes"])


def _last_day(db: Path) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return str(conn.execute("SELECT max(business_date) FROM tickets").fetchone()[0])


def test_a_lost_key_is_a_break_until_hq_confirms_it_at_re_enrolment(
    tmp_path: Path, hq: HqServe
) -> None:
    db = _enrolled_cafe(tmp_path, hq)
    Path(f"{db}.key").unlink()  # the disk died with the key; the base was saved
    ok_at("2025-03-01 23:45:00", "--db", str(db), "key", "replace", "--reason", "disque changé")
    ok("--db", str(db), "simulate", "--days", "1")
    day = _last_day(db)

    broken = verify(db)
    assert broken.returncode == 1, broken.stdout
    assert "non validé par l'ancienne clé" in broken.stdout
    assert "non confirmée par le siège" in broken.stdout
    assert "code 907" in broken.stdout
    notes = _notes(db, day)  # the day's Z says it
    assert any("rupture de la chaîne des clés" in n and "Attention" in n for n in notes), notes
    # HQ does not know the new key: the key change waits in the outbox
    assert run("--db", str(db), "sync").returncode == 1

    enrolled = ok("--db", str(db), "sync", "enrol", "--hq", hq.url, "--code", hq.code())
    assert "Café inscrit" in enrolled.stdout
    assert "Rupture de la chaîne des clés (n° " in enrolled.stdout
    assert "confirmée par le siège" in enrolled.stdout
    hq_key = hq.fingerprint()

    confirmed = verify(db)
    assert confirmed.returncode == 0, confirmed.stdout
    assert f"confirmée par le siège : clé du siège {hq_key}" in confirmed.stdout
    assert "Journal intègre" in confirmed.stdout
    # the auditor checks the confirmation against the fingerprint HQ publishes
    assert verify(db, "--hq-key", hq_key).returncode == 0
    other_hq = verify(db, "--hq-key", "0123456789abcdef")
    assert other_hq.returncode == 1, other_hq.stdout
    assert "confirmée par une autre clé que celle du siège" in other_hq.stdout
    notes = _notes(db, day)
    assert not any(n.startswith("Attention : changement de clé") for n in notes), notes
    assert any(f"confirmée par le siège (clé du siège {hq_key})" in n for n in notes), notes
    # HQ recorded what it confirmed, and took the key change once it knew the new key
    alerts = json.loads(hq.admin("alerts", "--json").stdout)
    assert any(a["kind"] == "key_break" and hq_key in a["message"] for a in alerts), alerts
    assert ok("--db", str(db), "sync").returncode == 0
    # the month's archive carries the confirmation: it verifies against the new key
    ok("--db", str(db), "close", "--month", "2025-03")
    archive = tmp_path / "archive-2025-03.zip"
    ok("--db", str(db), "export", "archive", "--period", "2025-03", "--out", str(archive))
    with closing(sqlite3.connect(db)) as conn:
        new_key = conn.execute("SELECT fingerprint FROM signing_keys ORDER BY id DESC").fetchone()
    checked = ok("--db", str(db), "verify", "--archive", str(archive), "--key", new_key[0])
    assert f"confirmée par le siège : clé du siège {hq_key}" in checked.stdout
    # ... and against the fingerprint HQ publishes: another HQ key's confirmation fails
    ok("--db", str(db), "verify", "--archive", str(archive), "--hq-key", hq_key)
    forged = run("--db", str(db), "verify", "--archive", str(archive), "--hq-key", "0" * 16)
    assert forged.returncode == 1, forged.stdout
    assert "confirmée par une autre clé que celle du siège" in forged.stdout


def test_a_break_inside_the_history_hq_pinned_is_not_confirmed(tmp_path: Path, hq: HqServe) -> None:
    db = _enrolled_cafe(tmp_path, hq)
    backups = tmp_path / "sauvegardes"
    backups.mkdir()
    ok_at("2025-03-01 23:30:00", "--db", str(db), "backup", "--to", str(backups))
    [old_copy] = backups.glob("*.db")
    ok("--db", str(db), "simulate", "--days", "1")  # a day of sales, its Z sent to HQ
    ok("--db", str(db), "sync")
    # the day is replaced: the old base put back by hand, the key "lost", a new key
    shutil.copyfile(old_copy, db)
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    Path(f"{db}.key").unlink()
    Path(f"{db}.hwm").unlink(missing_ok=True)
    ok_at("2025-03-01 23:45:00", "--db", str(db), "key", "replace", "--reason", "clé perdue")

    refused = run("--db", str(db), "sync", "enrol", "--hq", hq.url, "--code", hq.code())
    assert refused.returncode == 2, refused.stdout
    assert "déjà reçu par le siège" in refused.stderr, refused.stderr
    still = verify(db)
    assert still.returncode == 1 and "non confirmée par le siège" in still.stdout
    alerts = json.loads(hq.admin("alerts", "--json").stdout)
    assert any(a["kind"] == "rollback" and "rupture" in a["message"] for a in alerts), alerts
