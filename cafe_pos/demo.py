"""A ready-to-use demo café: identity, users, categories, catalogue, customer accounts.

``create_demo_database`` builds it through the real services (the catalogue is loaded from
``assets/demo/catalogue.csv`` with the CSV import), so the demo also exercises them.
With ``history_days`` the café is set up the day before that history and the sales
simulator (when installed) plays the days up to yesterday, closed, so today is open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from cafe_pos.app import CafeApp, open_context, start_training
from cafe_pos.context import ServiceContext
from cafe_pos.domain.business_day import business_date
from cafe_pos.domain.clock import Clock, FixedClock, to_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import cafe_setup, cash, identity, users
from cafe_pos.services.simulate import simulate
from cafe_pos.store.models.sales import CustomerAccount


@dataclass(frozen=True, slots=True)
class DemoUser:
    name: str
    role: Role
    pin: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("Camille", Role.MANAGER, "123456"),
    DemoUser("Léo", Role.STAFF, "0000"),
)

DEMO_IDENTITY = identity.IdentityInput(
    name="Café de la Place",
    address="4 place de l'Église\n71460 Saint-Gengoux-le-National",
    siret="88421573200022",
    naf_code="5630Z",
    vat_number="FR42884215732",
    register_number="01",
)

# (name, colour) of the demo categories: one list for the demo and the first-start assistant
DEMO_CATEGORIES = cafe_setup.DEMO_CATEGORIES

# (name, limit in cents, note)
DEMO_ACCOUNTS: tuple[tuple[str, int, str], ...] = (
    ("Famille Martin", 100_00, "Règle en fin de mois"),
    ("Ferme des Saules", 150_00, "Pain et journal tous les matins"),
    ("Comité des fêtes", 300_00, "Facture après chaque manifestation"),
)

HISTORY_SEED = 2026


def open_demo_app(
    path: Path,
    *,
    clock: Clock | None = None,
    history_days: int = 0,
    training_actor: Actor | None = None,
) -> CafeApp:
    """The demo café at ``path`` (built if needed) as the composition root hands it to the
    GUI: simulated devices whatever the settings say, training mode if asked."""
    ctx = create_demo_database(path, clock=clock, history_days=history_days)
    if training_actor is not None:
        ctx = start_training(ctx, training_actor)
    return CafeApp(ctx, simulated_devices=True)


def create_demo_database(
    path: Path, *, clock: Clock | None = None, history_days: int = 0
) -> ServiceContext:
    """Create (or complete) a demo café database at ``path`` and return its context."""
    ctx = open_context(path, clock=clock)
    if users.has_manager(ctx):
        return ctx  # already built: leave it as it is
    first_day = business_date(ctx.clock.now()) - dt.timedelta(days=history_days)
    if history_days > 0:
        # The café was set up the day before its history: the fiscal journal never goes
        # back in time, so the set-up events must come before the simulated sales.
        installed = dt.datetime.combine(first_day - dt.timedelta(days=1), dt.time(8, 0))
        _build(replace(ctx, clock=FixedClock(installed)))
        _simulate(ctx, history_days, first_day)
    else:
        _build(ctx)
    _open_drawer(ctx)
    return ctx


def _open_drawer(ctx: ServiceContext) -> None:
    """The demo café is open: today's drawer holds a 150 € float (2 × 50 €, 5 × 10 €)."""
    if cash.current_session(ctx) is not None:
        return
    manager = next(u for u in users.list_users(ctx) if u.name == DEMO_USERS[0].name)
    actor = Actor(user_id=manager.id, name=manager.name, role=Role.MANAGER)
    cash.open_session(ctx, actor, {5000: 2, 1000: 5})


def _build(ctx: ServiceContext) -> None:
    """The demo café through the set-up use case of ``init`` and the first-start assistant
    (identity, key, first manager, demo catalogue), then its staff and customer accounts."""
    first = DEMO_USERS[0]
    request = cafe_setup.SetupRequest(
        identity=DEMO_IDENTITY,
        manager_name=first.name,
        manager_pin=first.pin,
        catalogue=cafe_setup.CatalogueChoice.DEMO,
    )
    setup = Actor(user_id=None, name="démonstration", role=Role.MANAGER)
    report = cafe_setup.set_up(ctx, setup, request)
    if report.manager is None:  # set_up creates the manager it is given
        raise UserError("Démonstration : le compte gérant·e n'a pas été créé")
    actor = Actor(user_id=report.manager.id, name=report.manager.name, role=Role.MANAGER)
    for user in DEMO_USERS[1:]:
        users.add_user(ctx, actor, user.name, user.role, user.pin)
    _add_accounts(ctx)


def _add_accounts(ctx: ServiceContext) -> None:
    created_at = to_utc_naive(ctx.clock.now())
    with ctx.uow() as uow:
        for name, limit, note in DEMO_ACCOUNTS:
            uow.session.add(
                CustomerAccount(
                    name=name, limit_cents=limit, active=True, created_at=created_at, note=note
                )
            )
        uow.commit()


def _simulate(ctx: ServiceContext, days: int, first_day: dt.date) -> None:
    simulate(ctx, days=days, seed=HISTORY_SEED, start=first_day)
