"""`make hq`: a demo HQ on 127.0.0.1 with a few simulated cafés enrolled and synced.

Builds ``var/hq-demo/`` afresh: an HQ database (SQLite, or ``--db URL``) served by the real
HQ app (uvicorn) on 127.0.0.1:8765, and four café databases that simulate their last week
through the real services and send it through the real client:
- three cafés send their week (one of them while HQ is "down" first: its days wait in the
  outbox, then arrive once);
- one café sends its week, then restores an old backup and works on: HQ raises the
  "restauration ou altération possible" alert;
- the first café closes last month: its fiscal archive is uploaded, verified and stored;
- HQ publishes a network catalogue first: every café pulls it, and their drinks deliveries
  above the Coca-Cola cap come back as purchases above cap.
Then HQ keeps serving until Ctrl+C.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cafe_pos.app import open_context  # noqa: E402
from cafe_pos.context import ServiceContext  # noqa: E402
from cafe_pos.domain.clock import PARIS, FixedClock  # noqa: E402
from cafe_pos.domain.users import Actor, Role  # noqa: E402

CAFES = (
    ("73282932000074", "Café du Lavoir — Saint-Rémy"),
    ("44306184100047", "Le Relais des Deux Ponts"),
    ("55208131766522", "Bar-épicerie La Fontaine"),
    ("54205118000066", "Le Bistrot du Marché"),
)
MANAGER = Actor(user_id=None, name="Camille", role=Role.MANAGER)


def say(text: str) -> None:
    print(text, flush=True)


def new_cafe(folder: Path, siret: str, name: str, installed: dt.date) -> ServiceContext:
    from cafe_pos.services.identity import IdentityInput, save_identity
    from cafe_pos.services.signing_key import ensure_key

    clock = FixedClock(dt.datetime.combine(installed, dt.time(8), tzinfo=PARIS))
    ctx = open_context(folder / f"cafe-{siret}.db", clock=clock)
    save_identity(
        ctx, MANAGER, IdentityInput(name=name, address="1 place de la Mairie", siret=siret)
    )
    ensure_key(ctx)
    return ctx


def simulate(ctx: ServiceContext, start: dt.date, days: int, seed: int) -> None:
    """The café's days through the real services (a few seeds tried: the simulator
    sometimes meets a legal-hours rule it can't serve)."""
    from cafe_pos.domain.errors import UserError
    from cafe_pos.services.simulate import simulate as run

    last: Exception | None = None
    for attempt in range(6):
        backup = ctx.db_path.with_name(ctx.db_path.name + ".try")
        _copy(ctx.db_path, backup)
        try:
            run(ctx, days=days, seed=seed + 100 * attempt, start=start)
            backup.unlink()
            return
        except UserError as exc:
            last = exc
            ctx.uow.engine.dispose()
            _copy(backup, ctx.db_path)
            backup.unlink()
    raise SystemExit(f"simulation impossible : {last}")


def _copy(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=ROOT / "var" / "hq-demo")
    parser.add_argument("--db", help="HQ database URL (default: SQLite in the folder)")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--no-serve", action="store_true", help="build, then stop")
    args = parser.parse_args()

    import uvicorn

    from cafe_pos.hq import admin
    from cafe_pos.hq.app import create_app
    from cafe_pos.hq.db import open_database
    from cafe_pos.services import hq_sync, network_catalogue
    from cafe_pos.services.closing import close_month

    shutil.rmtree(args.folder, ignore_errors=True)
    args.folder.mkdir(parents=True)
    db_url = args.db or f"sqlite:///{args.folder / 'hq.db'}"
    engine, sessions = open_database(db_url)
    hq_url = f"http://127.0.0.1:{args.port}"
    server = uvicorn.Server(
        uvicorn.Config(create_app(sessions), host="127.0.0.1", port=args.port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            return 1
        time.sleep(0.05)
    say(f"Siège de démonstration : {hq_url} (base {db_url})")
    from cafe_pos.hq.catalogue import publish_demo

    with sessions() as session:  # pulled by each café at enrolment, then at each sync
        say(f"Catalogue du réseau publié : version {publish_demo(session).version}")

    today = dt.date.today()
    start = today - dt.timedelta(days=7)
    installed = start - dt.timedelta(days=1)
    cafes: list[ServiceContext] = []
    for index, (siret, name) in enumerate(CAFES):
        with sessions() as session:
            admin.add_cafe(session, siret, name)
            code = admin.new_code(session, siret)
        ctx = new_cafe(args.folder, siret, name, installed)
        hq_sync.enrol(ctx, MANAGER, hq_url, code)
        network_catalogue.pull(ctx)  # the network catalogue, before the week's deliveries
        cafes.append(ctx)
        say(f"  {name} : inscrit avec le code {code}")
        if index == 1:  # HQ unreachable for this café during the week
            with sqlite3.connect(ctx.db_path) as conn:
                conn.execute("UPDATE hq_link SET hq_url = 'http://127.0.0.1:9'")
        simulate(ctx, start, 7 if index != 3 else 3, seed=index + 3)
        report = hq_sync.send_pending(ctx)
        if report.pending:
            say(f"  {name} : {report.pending} jour(s) en attente — {report.problem}")
            with sqlite3.connect(ctx.db_path) as conn:
                conn.execute("UPDATE hq_link SET hq_url = ?", (hq_url,))
            report = hq_sync.send_pending(ctx)
            say(f"  {name} : siège revenu, {len(report.sent)} jour(s) arrivé(s) une fois")
        else:
            say(f"  {name} : {len(report.sent)} jour(s) envoyé(s)")

    # the fourth café backs up after 3 days, works 2 more, then restores that backup
    rolled = cafes[3]
    backup = args.folder / "sauvegarde-ancienne.db"
    _copy(rolled.db_path, backup)
    simulate(rolled, start + dt.timedelta(days=3), 2, seed=21)
    hq_sync.send_pending(rolled)
    rolled.uow.engine.dispose()
    _copy(backup, rolled.db_path)
    restored = open_context(rolled.db_path, clock=rolled.clock)
    simulate(restored, start + dt.timedelta(days=5), 1, seed=42)
    hq_sync.send_pending(restored)
    say(f"  {CAFES[3][1]} : ancienne sauvegarde restaurée, puis une journée envoyée")

    # the first café closes last month: its archive goes to HQ
    first = cafes[0]
    previous_month = today.replace(day=1) - dt.timedelta(days=1)
    first.clock = FixedClock(dt.datetime.now(PARIS))
    try:
        close_month(first, MANAGER, previous_month.year, previous_month.month)
        report = hq_sync.send_pending(first)
        say(f"  {CAFES[0][1]} : archive {previous_month:%Y-%m} envoyée ({report.sent[-1:]})")
    except Exception as exc:  # e.g. an earlier month not closed
        say(f"  {CAFES[0][1]} : pas d'archive mensuelle ({exc})")

    with sessions() as session:
        say("\nCafés au siège :")
        for row in admin.list_cafes(session):
            say(f"  {row.siret}  {row.name:32}  {row.days} jour(s), {row.open_alerts} alerte(s)")
        say("Alertes :")
        for alert in admin.alerts(session):
            say(f"  {alert['siret']}  {alert['kind']:10}  {alert['message']}")
        from cafe_pos.hq.compliance import summary_by_cafe

        say("Achats au-dessus du plafond du réseau :")
        for row in summary_by_cafe(session):  # purchases above the network's caps
            say(f"  {row['siret']}  {row['above_cap_lines']} achat(s) au-dessus du plafond "
                f"sur {row['capped_lines']} ligne(s) plafonnée(s)")  # fmt: skip
        for siret, _name in CAFES[:1]:
            for archive in admin.archives(session, siret):
                mark = "vérifiée ✓" if archive["verified"] else "INVALIDE"
                say(f"Archive {archive['period']} de {siret} : {archive['size']} octets, {mark}")
    for ctx in cafes:
        ctx.uow.engine.dispose()
    say(f"\nAPI : {hq_url}/api/v1/cafes — cafés : {args.folder}/cafe-*.db")
    if args.no_serve:
        server.should_exit = True
        thread.join(10)
        engine.dispose()
        return 0
    say("Ctrl+C pour arrêter le siège.")
    try:
        while thread.is_alive():
            thread.join(1)
    except KeyboardInterrupt:
        server.should_exit = True
        thread.join(10)
    engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
