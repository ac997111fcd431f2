"""End to end on 127.0.0.1: a real ``cafe-pos hq serve`` process and real ``cafe-pos``
café processes (simulate, sync, backup/restore), with a small HTTP relay in the test that
can cut a connection, lose an acknowledgement, change a payload in transit or hold the
answer while the café is killed (kill -9).

HQ runs on SQLite and on PostgreSQL (CI starts it; outside CI the PostgreSQL case is
skipped when no server is there).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from hq_factory import SIRETS, free_port, pg_database

CAFE_POS = Path(sys.executable).with_name("cafe-pos")
pytestmark = pytest.mark.slow


# The cafés are installed on 1 September 2026 (faketime: the journal's clock never runs
# backwards, so an "installed earlier" café is made at that date) and simulate from the 2nd.
INSTALLED = "2026-09-01 08:00:00"
START = "2026-09-02"
RESTORED = "2026-09-04 06:00:00"
FAKETIME = shutil.which("faketime")


def run(
    *args: str, timeout: float = 180, at: str | None = None
) -> subprocess.CompletedProcess[str]:
    """The real program; ``at`` runs it under faketime at that moment."""
    prefix = [str(FAKETIME), at] if at else []
    return subprocess.run(
        [*prefix, str(CAFE_POS), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


class HqProcess:
    """``cafe-pos hq serve`` as its own process."""

    def __init__(self, db_url: str, port: int | None = None) -> None:
        self.db_url = db_url
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[str] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [str(CAFE_POS), "hq", "serve", "--db", self.db_url, "--port", str(self.port)],
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
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(15)
        self.process = None

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        command, rest = args[0], args[1:]
        if command == "cafe":
            return run("hq", "cafe", rest[0], "--db", self.db_url, *rest[1:])
        return run("hq", command, "--db", self.db_url, *rest)

    def days(self, siret: str) -> list[dict[str, object]]:
        done = self.cli("days", "--siret", siret, "--json")
        assert done.returncode == 0, done.stderr
        return list(json.loads(done.stdout))

    def alerts(self) -> list[dict[str, object]]:
        done = self.cli("alerts", "--json")
        assert done.returncode == 0, done.stderr
        return list(json.loads(done.stdout))


class Relay:
    """An HTTP relay between café and HQ that misbehaves on demand, once per mode."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.mode = "pass"  # pass|cut|lose_ack|tamper|hold
        self.held = threading.Event()
        self.release = threading.Event()
        relay = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                mode, relay.mode = relay.mode, "pass"
                if mode == "cut":  # the line drops before HQ sees anything
                    self.connection.close()
                    return
                if mode == "tamper":
                    envelope = json.loads(body)
                    envelope["body"] = envelope["body"].replace('"tickets":', '"tickets":1', 1)
                    body = json.dumps(envelope).encode()
                answer = httpx.post(
                    relay.target + self.path,
                    content=body,
                    headers={"Content-Type": "application/json"},
                    timeout=30,
                )
                if mode == "lose_ack":  # HQ stored it, the answer never comes back
                    self.connection.close()
                    return
                if mode == "hold":  # HQ stored it; the café is killed while it waits
                    relay.held.set()
                    relay.release.wait(60)
                    self.connection.close()
                    return
                self.send_response(answer.status_code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer.content)))
                self.end_headers()
                self.wfile.write(answer.content)

        self.server = ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()


@pytest.fixture(params=["sqlite", "postgresql"])
def hq(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[HqProcess]:
    if request.param == "sqlite":
        server = HqProcess(f"sqlite:///{tmp_path / 'hq.db'}")
        yield server
        server.stop()
    else:
        with pg_database() as url:
            server = HqProcess(url)
            yield server
            server.stop()


def new_cafe(tmp_path: Path, hq: HqProcess, siret: str, hq_url: str) -> Path:
    if FAKETIME is None:
        if os.environ.get("CI") == "true":
            pytest.fail("faketime missing in CI (scripts/install-system-deps.sh installs it)")
        pytest.skip("faketime is not installed (apt-get install faketime)")
    db = tmp_path / f"cafe-{siret}.db"
    done = run("--db", str(db), "init", "--name", f"Café {siret[:3]}", "--siret", siret,
               "--address", "1 place de la Mairie, 12345 Bourg", at=INSTALLED)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert hq.cli("cafe", "add", "--siret", siret, "--name", f"Café {siret[:3]}").returncode == 0
    code = hq.cli("cafe", "code", "--siret", siret).stdout.strip().splitlines()[-1]
    enrol = run("--db", str(db), "sync", "enrol", "--hq", hq_url, "--code", code)
    assert enrol.returncode == 0, enrol.stderr
    return db


def test_a_week_with_hq_down_arrives_once_when_it_is_back(tmp_path: Path, hq: HqProcess) -> None:
    hq.start()
    db = new_cafe(tmp_path, hq, SIRETS[0], hq.url)
    hq.stop()  # HQ goes down for the week

    # the sales never wait for the network: the week is played with HQ down
    week = run("--db", str(db), "simulate", "--days", "7", "--seed", "3", "--start", START)
    assert week.returncode == 0, week.stderr
    down = run("--db", str(db), "sync")
    assert down.returncode == 1
    assert (
        down.stderr.strip().splitlines() == [down.stderr.strip().splitlines()[0]]
        and "7 message(s) en attente — pas de réseau" in down.stderr
    )

    hq.start()  # back, same database
    back = run("--db", str(db), "sync")
    assert back.returncode == 0, back.stderr
    assert back.stdout.count("Envoyé : ") == 7
    again = run("--db", str(db), "sync")
    assert again.returncode == 0 and "Rien à envoyer" in again.stdout
    days = hq.days(SIRETS[0])
    assert len(days) == 7 and len({d["business_date"] for d in days}) == 7
    assert all(int(str(d["tickets"])) > 0 for d in days)


def test_cut_lost_ack_tampered_and_kill_9(tmp_path: Path, hq: HqProcess) -> None:
    hq.start()
    relay = Relay(hq.url)
    try:
        db = new_cafe(tmp_path, hq, SIRETS[1], relay.url)
        assert (
            run(
                "--db", str(db), "simulate", "--days", "4", "--seed", "3", "--start", START
            ).returncode
            == 0
        )

        relay.mode = "cut"  # connection cut mid-request
        cut = run("--db", str(db), "sync")
        assert cut.returncode == 1 and "4 message(s) en attente" in cut.stderr
        assert hq.days(SIRETS[1]) == []

        relay.mode = "lose_ack"  # stored at HQ, acknowledgement lost
        lost = run("--db", str(db), "sync")
        assert lost.returncode == 1 and "4 message(s) en attente" in lost.stderr
        assert len(hq.days(SIRETS[1])) == 1

        relay.mode = "tamper"  # payload changed in transit
        tampered = run("--db", str(db), "sync")
        assert tampered.returncode == 1
        assert "signature invalide" in tampered.stderr
        assert any(a["kind"] == "signature" for a in hq.alerts())

        relay.mode = "hold"  # kill -9 of the café while HQ's answer is on its way
        cafe = subprocess.Popen(
            [str(CAFE_POS), "--db", str(db), "sync"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert relay.held.wait(60)
        os.kill(cafe.pid, signal.SIGKILL)
        cafe.wait(10)
        relay.release.set()

        final = run("--db", str(db), "sync")
        assert final.returncode == 0, final.stderr
        days = hq.days(SIRETS[1])
        assert len(days) == 4 and len({d["business_date"] for d in days}) == 4
    finally:
        relay.close()


def test_restored_backup_alert_and_two_cafes_at_once(tmp_path: Path, hq: HqProcess) -> None:
    hq.start()
    first = new_cafe(tmp_path, hq, SIRETS[2], hq.url)
    second = new_cafe(tmp_path, hq, SIRETS[3], hq.url)
    for db in (first, second):
        assert (
            run(
                "--db", str(db), "simulate", "--days", "2", "--seed", "3", "--start", START
            ).returncode
            == 0
        )
    backups = tmp_path / "backups"
    backups.mkdir()
    saved = run("--db", str(first), "backup", "--to", str(backups))
    assert saved.returncode == 0, saved.stderr
    for db in (first, second):
        assert run("--db", str(db), "simulate", "--days", "2", "--seed", "3").returncode == 0

    both = [
        subprocess.Popen([str(CAFE_POS), "--db", str(db), "sync"], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
        for db in (first, second)
    ]  # fmt: skip
    for process in both:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        assert out.count("Envoyé : ") == 4
    assert len(hq.days(SIRETS[2])) == 4 and len(hq.days(SIRETS[3])) == 4
    assert hq.alerts() == []

    backup_file = next(p for p in backups.iterdir() if p.suffix == ".db")
    # restored "the next morning" (the restore is journaled at that time; the café then
    # works that day, which HQ already holds from the lost history)
    restored = run("--db", str(first), "restore", "--from", str(backup_file), at=RESTORED)
    assert restored.returncode == 0, restored.stderr
    assert run("--db", str(first), "simulate", "--days", "1", "--seed", "8").returncode == 0
    after = run("--db", str(first), "sync")
    rollbacks = [a for a in hq.alerts() if a["siret"] == SIRETS[2]]
    assert rollbacks, after.stderr
    # the till declares its restore (event 912); HQ also sees the chain go back or the
    # day it already holds sent again with other figures: nothing else
    kinds = {str(a["kind"]) for a in rollbacks}
    assert "restore" in kinds and kinds <= {"restore", "rollback", "conflict"}, rollbacks
    assert all(
        "restauration ou altération possible" in str(a["message"])
        for a in rollbacks
        if a["kind"] == "rollback"
    )
