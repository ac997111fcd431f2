"""A small network for the dashboard tests: a real ``cafe-pos hq serve`` process on
127.0.0.1 (PostgreSQL), four cafés that work through the real services and send their days
through the real sync client, and two dashboard users created with ``cafe-pos hq user add``.

- "Café du Lavoir": 12 simulated days (``services.simulate``: bar, grocery, bread,
  parcels, press, cash counts) up to yesterday;
- "Le Relais des Deux Ponts": 4 busy weeks, then a quiet one (turnover down: "soutien à
  envisager");
- "Bar-épicerie La Fontaine": a few days, its last one 5 days ago (silent);
- "Le Bistrot du Marché": restores an old backup and works on (rollback / conflict alert).
The territorial manager follows the first two only.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from fiscal_factory import at_paris, sell_days
from hq_factory import MANAGER, SIRETS, free_port

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import PARIS, FixedClock

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(sys.executable).with_name("cafe-pos")
NAMES = {
    SIRETS[0]: "Café du Lavoir",
    SIRETS[1]: "Le Relais des Deux Ponts",
    SIRETS[2]: "Bar-épicerie La Fontaine",
    SIRETS[3]: "Le Bistrot du Marché",
}
LAVOIR, RELAIS, FONTAINE, BISTROT = SIRETS
ADMIN = ("Nadia Martin", "siège-admin-2026!")
TERRITORIAL = ("Paul Roche", "territoire-ouest-2026")


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), *args], input=stdin, capture_output=True, text=True, env=env(), timeout=120
    )


@dataclass
class HqProcess:
    """``cafe-pos hq serve`` in its own process."""

    db_url: str
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HqProcess:
        self.process = subprocess.Popen(
            [str(CLI), "hq", "serve", "--db", self.db_url, "--port", str(self.port)],
            env=env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    self.process.stderr.read().decode() if self.process.stderr else ""
                )
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError("hq serve did not start")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def today_paris() -> dt.date:
    return dt.datetime.now(PARIS).date()


def _cafe(folder: Path, siret: str, first_day: dt.date) -> tuple[ServiceContext, FixedClock]:
    from cafe_pos.services.identity import IdentityInput, save_identity
    from cafe_pos.services.signing_key import ensure_key

    clock = FixedClock(at_paris(first_day, 7))
    ctx = open_context(folder / f"cafe-{siret}.db", clock=clock)
    save_identity(
        ctx,
        MANAGER,
        IdentityInput(name=NAMES[siret], address="1 place de la Mairie, 12345 Bourg",
                      siret=siret, naf_code="5630Z", vat_number="", register_number="01"),
    )  # fmt: skip
    ensure_key(ctx)
    return ctx, clock


def _days(ctx: ServiceContext, clock: FixedClock, first: dt.date, days: int, per_day: int) -> None:
    from cafe_pos.services.closing import close_day

    for offset in range(days):
        day = first + dt.timedelta(days=offset)
        sell_days(ctx, clock, day, 1, per_day=per_day)
        clock.set(at_paris(day, 22))
        close_day(ctx, MANAGER, day)


def _simulate(ctx: ServiceContext, start: dt.date, days: int) -> None:
    """The café's days through the real simulator (a few seeds: it sometimes meets a
    legal-hours rule it can't serve)."""
    from cafe_pos.domain.errors import UserError
    from cafe_pos.services.simulate import simulate

    for attempt in range(6):
        backup = ctx.db_path.with_name(ctx.db_path.name + ".try")
        copy_db(ctx.db_path, backup)
        try:
            simulate(ctx, days=days, seed=3 + 100 * attempt, start=start)
            backup.unlink()
            return
        except UserError:
            ctx.uow.engine.dispose()
            copy_db(backup, ctx.db_path)
            backup.unlink()
    raise RuntimeError("simulation impossible")


def copy_db(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()


def _enrol(hq: HqProcess, ctx: ServiceContext) -> None:
    from cafe_pos.services import hq_sync, network_catalogue

    siret = next(s for s, n in NAMES.items() if ctx.db_path.name == f"cafe-{s}.db")
    done = run_cli("hq", "cafe", "code", "--db", hq.db_url, "--siret", siret)
    assert done.returncode == 0, done.stderr
    hq_sync.enrol(ctx, MANAGER, hq.url, done.stdout.strip().splitlines()[-1])
    network_catalogue.pull(ctx)  # the network catalogue, before the simulated deliveries


def _send(ctx: ServiceContext) -> None:
    from cafe_pos.services import hq_sync

    report = hq_sync.send_pending(ctx)
    assert report.pending == 0, report.problem


def build_network(folder: Path, hq: HqProcess) -> None:
    """The four cafés, their days sent to ``hq``, and the two users."""
    today = today_paris()
    from cafe_pos.hq.catalogue import DEMO_CSV

    network_csv = folder / "catalogue-reseau.csv"  # drinks capped for the cafés' supplier
    network_csv.write_text(DEMO_CSV, encoding="utf-8")
    done = run_cli("hq", "catalogue", "import", "--db", hq.db_url, str(network_csv))
    assert done.returncode == 0, done.stderr
    for siret, name in NAMES.items():
        done = run_cli("hq", "cafe", "add", "--db", hq.db_url, "--siret", siret, "--name", name)
        assert done.returncode == 0, done.stderr

    lavoir, _ = _cafe(folder, LAVOIR, today - dt.timedelta(days=13))
    _enrol(hq, lavoir)
    _simulate(lavoir, today - dt.timedelta(days=12), 12)
    _send(lavoir)

    relais, clock = _cafe(folder, RELAIS, today - dt.timedelta(days=35))
    _enrol(hq, relais)
    _days(relais, clock, today - dt.timedelta(days=35), 28, per_day=5)
    _days(relais, clock, today - dt.timedelta(days=7), 7, per_day=1)
    _send(relais)

    fontaine, clock = _cafe(folder, FONTAINE, today - dt.timedelta(days=9))
    _enrol(hq, fontaine)
    _days(fontaine, clock, today - dt.timedelta(days=9), 5, per_day=3)
    _send(fontaine)

    bistrot, clock = _cafe(folder, BISTROT, today - dt.timedelta(days=8))
    _enrol(hq, bistrot)
    _days(bistrot, clock, today - dt.timedelta(days=8), 3, per_day=3)
    _send(bistrot)
    backup = folder / "bistrot-ancienne-sauvegarde.db"
    copy_db(bistrot.db_path, backup)
    _days(bistrot, clock, today - dt.timedelta(days=5), 2, per_day=3)
    _send(bistrot)
    bistrot.uow.engine.dispose()
    copy_db(backup, bistrot.db_path)
    restored = open_context(bistrot.db_path, clock=clock)
    _days(restored, clock, today - dt.timedelta(days=2), 1, per_day=2)
    _send(restored)
    for ctx in (lavoir, relais, fontaine, restored):
        ctx.uow.engine.dispose()

    done = run_cli("hq", "user", "add", "--db", hq.db_url, "--name", ADMIN[0], "--role",
                   "admin", stdin=ADMIN[1] + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    done = run_cli("hq", "user", "add", "--db", hq.db_url, "--name", TERRITORIAL[0], "--role",
                   "territorial", "--cafes", f"{LAVOIR},{RELAIS}",
                   stdin=TERRITORIAL[1] + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
