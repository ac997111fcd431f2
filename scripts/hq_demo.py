"""`make hq`: the HQ dashboard on 127.0.0.1:8765 with a network of simulated cafés.

Builds ``var/hq-demo/`` afresh: an HQ database (SQLite, or ``--db URL`` for PostgreSQL)
served by the real HQ app (uvicorn), and five café databases that simulate their last
``--days`` days through the real services and send them through the real sync client:
- "Café du Lavoir" closes last month: its fiscal archive is uploaded, verified, stored;
- "Le Relais des Deux Ponts" sends while HQ is "down" first: its days wait, then arrive once;
- "Bar-épicerie La Fontaine" stopped sending 5 days ago (silent café);
- "Le Bistrot du Marché" restores an old backup and works on (rollback alert);
- "L'Auberge du Pont" loses most of its customers in its last week (decline:
  "soutien à envisager");
- HQ publishes a network catalogue first: every café pulls it, and their drinks deliveries
  above the Coca-Cola cap come back as purchases above cap.
The demo dates each message's reception at HQ the night after its business day, as if
the cafés had sent them every evening (they are all sent now). Then it runs the
dashboard's alert check, creates two users (an administrator, and a
territorial manager who follows three cafés), prints how to log in, and serves until Ctrl+C.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import shutil
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
    ("38012986600014", "L'Auberge du Pont"),
)
TOWNS = ("Saint-Rémy", "Pont-d'Ain", "Fontaine-l'Évêque", "Bourg-sur-Lot", "Pont-Scorff")
LAVOIR, RELAIS, FONTAINE, BISTROT, AUBERGE = range(5)
MANAGER = Actor(user_id=None, name="Camille", role=Role.MANAGER)
USERS = (  # name, role, password, cafés followed
    ("admin", "admin", "siege-demo-2026", ()),
    ("territorial", "territorial", "territoire-demo-2026", (LAVOIR, FONTAINE, AUBERGE)),
)


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


@contextlib.contextmanager
def fewer_customers(share: float) -> Iterator[None]:
    """Simulated days with only ``share`` of the usual customers (a café in decline)."""
    from cafe_pos.services import simulate as simulator

    usual = simulator.WEEKDAY_FACTOR
    simulator.WEEKDAY_FACTOR = tuple(f * share for f in usual)  # type: ignore[assignment]
    try:
        yield
    finally:
        simulator.WEEKDAY_FACTOR = usual


def received_the_night_after(session: Any) -> None:
    """Date each daily message's reception at 00:30 UTC the night after its business day
    (the demo sends weeks at once; a real café sends each evening)."""
    from sqlalchemy import select

    from cafe_pos.hq.models import Message

    for message in session.scalars(select(Message).where(Message.kind == "daily")):
        night = message.business_date + dt.timedelta(days=1)
        message.received_at = dt.datetime.combine(night, dt.time(0, 30))
    session.commit()


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
    parser.add_argument("--days", type=int, default=35, help="days simulated per café (≥ 30)")
    parser.add_argument("--no-serve", action="store_true", help="build, then stop")
    args = parser.parse_args()
    days = max(30, args.days)

    import uvicorn

    from cafe_pos.hq import admin, alert_rules, auth
    from cafe_pos.hq.app import create_app
    from cafe_pos.hq.db import open_database
    from cafe_pos.hq.ingest import utcnow
    from cafe_pos.services import hq_sync, network_catalogue
    from cafe_pos.services.closing import close_month

    shutil.rmtree(args.folder, ignore_errors=True)
    args.folder.mkdir(parents=True)
    db_url = args.db or f"sqlite:///{args.folder / 'hq.db'}"
    engine, sessions = open_database(db_url)
    hq_url = f"http://127.0.0.1:{args.port}"
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(sessions, scan_alerts=True),
            host="127.0.0.1",
            port=args.port,
            log_level="warning",
        )
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

    today = dt.datetime.now(PARIS).date()
    start = today - dt.timedelta(days=days)
    installed = start - dt.timedelta(days=1)
    cafes: list[ServiceContext] = []
    for index, (siret, name) in enumerate(CAFES):
        with sessions() as session:
            admin.add_cafe(session, siret, name, town=TOWNS[index])
            code = admin.new_code(session, siret)
        ctx = new_cafe(args.folder, siret, name, installed)
        hq_sync.enrol(ctx, MANAGER, hq_url, code)
        network_catalogue.pull(ctx)  # the network catalogue, before the week's deliveries
        cafes.append(ctx)
        say(f"  {name} : inscrit, {days} jours simulés…")
        if index == RELAIS:  # HQ unreachable for this café at first
            with sqlite3.connect(ctx.db_path) as conn:
                conn.execute("UPDATE hq_link SET hq_url = 'http://127.0.0.1:9'")
        if index == FONTAINE:  # stopped sending 5 days ago
            simulate(ctx, start, days - 5, seed=index + 3)
        elif index == BISTROT:  # works on from an old backup: see below
            simulate(ctx, start, days - 6, seed=index + 3)
        elif index == AUBERGE:  # four good weeks, then most customers stay away
            simulate(ctx, start, days - 7, seed=index + 3)
            with fewer_customers(0.35):
                simulate(ctx, today - dt.timedelta(days=7), 7, seed=index + 30)
        else:
            simulate(ctx, start, days, seed=index + 3)
        report = hq_sync.send_pending(ctx)
        if report.pending:
            say(f"  {name} : {report.pending} jour(s) en attente — {report.problem}")
            with sqlite3.connect(ctx.db_path) as conn:
                conn.execute("UPDATE hq_link SET hq_url = ?", (hq_url,))
            report = hq_sync.send_pending(ctx)
            say(f"  {name} : siège revenu, {len(report.sent)} jour(s) arrivé(s) une fois")
        else:
            say(f"  {name} : {len(report.sent)} message(s) envoyé(s)")

    # the Bistrot backs up, works 2 more days (sent), then restores that backup and works on
    rolled = cafes[BISTROT]
    backup = args.folder / "sauvegarde-ancienne.db"
    _copy(rolled.db_path, backup)
    simulate(rolled, today - dt.timedelta(days=6), 2, seed=21)
    hq_sync.send_pending(rolled)
    rolled.uow.engine.dispose()
    _copy(backup, rolled.db_path)
    restored = open_context(rolled.db_path, clock=rolled.clock)
    simulate(restored, today - dt.timedelta(days=4), 4, seed=42)
    hq_sync.send_pending(restored)
    cafes[BISTROT] = restored
    say(f"  {CAFES[BISTROT][1]} : ancienne sauvegarde restaurée, puis 4 journées envoyées")

    # the Lavoir closes its past months (oldest first): their archives go to HQ
    first = cafes[LAVOIR]
    first.clock = FixedClock(dt.datetime.now(PARIS))
    month = start.replace(day=1)
    while month < today.replace(day=1):
        try:
            close_month(first, MANAGER, month.year, month.month)
            hq_sync.send_pending(first)
            say(f"  {CAFES[LAVOIR][1]} : archive {month:%Y-%m} envoyée")
        except Exception as exc:  # e.g. a day of the month not closed
            say(f"  {CAFES[LAVOIR][1]} : pas d'archive {month:%Y-%m} ({exc})")
        month = (month + dt.timedelta(days=32)).replace(day=1)

    with sessions() as session:
        received_the_night_after(session)
        created = alert_rules.scan(session, today)
        for name, role, password, followed in USERS:
            sirets = [CAFES[i][0] for i in followed]
            auth.add_user(session, name, role, password, sirets, now=utcnow())
        say(f"\nVérification des alertes : {created} alerte(s) du tableau de bord")
        say("Cafés au siège :")
        for row in admin.list_cafes(session):
            say(f"  {row.siret}  {row.name:32}  {row.days} jour(s), {row.open_alerts} alerte(s)")
        say("Alertes :")
        for alert in admin.alerts(session):
            say(f"  {alert['siret']}  {alert['kind']:11}  {alert['message'][:90]}")
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
    say(f"\nTableau de bord : {hq_url}/")
    for name, role, password, followed in USERS:
        scope = "tous les cafés" if not followed else f"{len(followed)} cafés"
        say(f"  connexion {auth.ROLES[role]} ({scope}) : {name} / {password}")
    say(f"Cafés simulés : {args.folder}/cafe-*.db")
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
