"""Setting up a café: the one use case behind ``cafe-pos init`` and the first-start assistant.

``check_request`` validates everything that can be validated without a database (identity,
first manager's PIN, alcohol hours, devices, the catalogue file), with the same French
sentences as the services that store them: bad input is refused before anything is written.

``set_up(ctx, actor, request)`` stores it through the ordinary use cases, in this order:
identity (``identity.save_identity``), the signing key (``signing_key.ensure_key``), the
first manager (``users.bootstrap_first_manager``, who then acts for the rest), the legal
hours of alcohol sales, the device settings, where backups go and the recovery passphrase
that seals the key in them (``services.backups``), and the catalogue (demo one or a CSV).
``cafe-pos init`` calls it with an identity only; the assistant with everything.

``create_cafe(db_path, request, open_context=...)`` is the assistant's whole step: it
creates a NEW database, runs ``set_up`` and, if anything fails, removes every file it
created (database, write-ahead log, key, high-water mark, lock): a failed or interrupted
set-up never leaves a half-made café behind. ``restore_cafe`` is its other way in: a
backup restored (``services.restore``, after its ``preview_backup`` showed what the file
holds) where there is no database yet.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from cafe_pos.context import ServiceContext
from cafe_pos.devices.config import DeviceConfig
from cafe_pos.domain.alcohol import DEFAULT_OPENING_HOURS, check_has_closing_time
from cafe_pos.domain.clock import Clock
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.schedule import Interval, ScheduleError
from cafe_pos.domain.users import Actor, Role
from cafe_pos.fiscal import watermark
from cafe_pos.fiscal.key_escrow import check_passphrase
from cafe_pos.services import alcohol_config, backups, catalogue, catalogue_io, identity, users
from cafe_pos.services.catalogue import ImportReport
from cafe_pos.services.device_settings import save_device_config
from cafe_pos.services.restore import BackupPreview, RestoreResult, restore_backup
from cafe_pos.store.backup_targets import parse_destination
from cafe_pos.store.lock import database_lock, lock_path

# (name, colour) of the demo catalogue's categories: their order is the order of the keys.
DEMO_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("Cafés & thés", "#6d4c41"),
    ("Softs", "#0288d1"),
    ("Bières", "#f9a825"),
    ("Vins", "#8e244d"),
    ("Apéritifs", "#ef6c00"),
    ("Snacks", "#558b2f"),
    ("Boulangerie", "#c68b3f"),
    ("Épicerie", "#00897b"),
    ("Fruits & légumes", "#7cb342"),
    ("Crèmerie & fromages", "#fbc02d"),
    ("Presse", "#546e7a"),
    ("Services", "#5e35b1"),
    ("Consignes", "#78909c"),
)


T = TypeVar("T")


class CatalogueChoice(StrEnum):
    NONE = "none"  # ``init``: the catalogue is left as it is
    EMPTY = "empty"  # the manager will enter the products in Réglages → Catalogue
    DEMO = "demo"  # the demo café's categories and products, to adapt
    CSV = "csv"  # a catalogue CSV (docs/catalogue-csv.md)


class CafeExists(UserError):
    """The assistant only creates: a database is already there."""


@dataclass(frozen=True, slots=True)
class SetupRequest:
    identity: identity.IdentityInput
    manager_name: str = ""  # "" (init): no manager created
    manager_pin: str = ""
    weekly_hours: Mapping[int, str] | None = None  # None: the default hours stay
    devices: DeviceConfig | None = None  # None: nothing configured yet
    catalogue: CatalogueChoice = CatalogueChoice.NONE
    catalogue_csv: Path | None = None
    backup_kind: str = ""  # "" (later) | folder | usb | network: where backups go
    backup_place: str = ""  # the folder, the USB key's label or the share
    recovery_passphrase: str = ""  # "" (later): seals the signing key in each backup


@dataclass(frozen=True, slots=True)
class SetupReport:
    identity: identity.IdentityView
    manager: users.UserView | None
    has_manager: bool
    catalogue: ImportReport | None = None
    warnings: list[str] = field(default_factory=list)


def check_manager(name: str, pin: str) -> None:
    """The first manager's name and PIN (6 digits), or UserError."""
    users.check_name(name)
    users.check_pin(pin, Role.MANAGER)


def check_weekly_hours(texts: Mapping[int, str]) -> dict[int, tuple[Interval, ...]]:
    """The week's hours of alcohol sales as they will be stored (the default hours for the
    days not given), or ScheduleError with the sentence Réglages shows."""
    if not set(texts) <= set(range(7)):
        raise ScheduleError("Jour de la semaine inconnu")
    parsed = {day: alcohol_config.parse_day(day, text) for day, text in texts.items()}
    week = {**DEFAULT_OPENING_HOURS.weekly, **parsed}
    check_has_closing_time(week)
    return week


def check_catalogue(choice: CatalogueChoice, path: Path | None) -> None:
    if choice is CatalogueChoice.CSV:
        if path is None:
            raise UserError("Choisissez le fichier CSV du catalogue")
        catalogue_io.read_csv(path)


def check_backups(kind: str, place: str, passphrase: str) -> None:
    """Where backups go and the recovery passphrase, each optional ("" = later), or
    UserError with the sentence of Réglages › Sauvegardes."""
    if kind:
        parse_destination(kind, place)
    if passphrase:
        check_passphrase(passphrase)


def check_request(request: SetupRequest) -> identity.IdentityView:
    """Everything checkable before the database is touched; the identity as it will be."""
    view = identity.validate_identity(request.identity)
    if request.manager_name or request.manager_pin:
        check_manager(request.manager_name, request.manager_pin)
    if request.weekly_hours is not None:
        check_weekly_hours(request.weekly_hours)
    if request.devices is not None:
        request.devices.validate()
    check_catalogue(request.catalogue, request.catalogue_csv)
    check_backups(request.backup_kind, request.backup_place, request.recovery_passphrase)
    return view


def load_demo_catalogue(ctx: ServiceContext, actor: Actor) -> ImportReport:
    """The demo café's categories (colours, order) and products, through the CSV import."""
    from cafe_pos.services.simulate import demo_catalogue_path

    for index, (name, colour) in enumerate(DEMO_CATEGORIES, start=1):
        catalogue.save_category(ctx, actor, catalogue.CategoryInput(name, index * 10, colour))
    report = catalogue_io.import_csv(ctx, actor, demo_catalogue_path())
    if report.rejected:
        line, reason = report.rejected[0]
        raise UserError(f"Catalogue de démonstration : ligne {line} refusée ({reason})")
    return report


def set_up(ctx: ServiceContext, actor: Actor, request: SetupRequest) -> SetupReport:
    """Store the set-up through the ordinary use cases (see the module's docstring).

    ``actor`` acts until the first manager exists (the command line, or the installer);
    with ``request.manager_name`` that manager is created and acts for the rest."""
    check_request(request)
    from cafe_pos.services.signing_key import ensure_key

    saved = identity.save_identity(ctx, actor, request.identity)
    ensure_key(ctx)
    manager = None
    if request.manager_name:
        manager = users.bootstrap_first_manager(ctx, request.manager_name, request.manager_pin)
        actor = Actor(user_id=manager.id, name=manager.name, role=Role.MANAGER)
    if request.weekly_hours is not None:
        alcohol_config.set_weekly_hours(ctx, actor, request.weekly_hours)
    if request.devices is not None:
        save_device_config(ctx, actor, request.devices)
    if request.backup_kind:
        backups.add_destination(ctx, actor, request.backup_kind, request.backup_place)
    if request.recovery_passphrase:
        backups.set_recovery_passphrase(ctx, actor, request.recovery_passphrase)
    report = None
    warnings: list[str] = []
    if request.catalogue is CatalogueChoice.DEMO:
        report = load_demo_catalogue(ctx, actor)
    elif request.catalogue is CatalogueChoice.CSV and request.catalogue_csv is not None:
        report = catalogue_io.import_csv(ctx, actor, request.catalogue_csv)
        warnings += [f"Catalogue, ligne {line} refusée : {why}" for line, why in report.rejected]
    return SetupReport(saved, manager, users.has_manager(ctx), report, warnings)


def _created_files(db_path: Path) -> list[Path]:
    """Every file a new café database brings beside itself."""
    names = ("", "-wal", "-shm", "-journal", ".key", ".key.new", ".hwm")
    return [db_path.with_name(db_path.name + suffix) for suffix in names]


def check_new_database(db_path: Path) -> None:
    """The assistant creates a café only where there is none (CafeExists otherwise)."""
    if db_path.exists() and db_path.stat().st_size > 0:
        raise CafeExists(f"Une base de données existe déjà ici : {db_path}")


def create_cafe(
    db_path: Path,
    request: SetupRequest,
    *,
    open_context: Callable[..., ServiceContext],
    clock: Clock | None = None,
) -> SetupReport:
    """A new café at ``db_path`` (see the module's docstring); nothing is left on failure.

    ``open_context``: the composition root's ``open_context(path, clock=...)``."""
    check_request(request)
    installer = Actor(user_id=None, name="installation", role=Role.MANAGER)

    def create() -> SetupReport:
        ctx = open_context(db_path, clock=clock)
        try:
            return set_up(ctx, installer, request)
        finally:
            ctx.uow.engine.dispose()

    return _all_or_nothing(db_path, create)


def _all_or_nothing(db_path: Path, work: Callable[[], T]) -> T:
    """``work()`` under the database's lock where there is no database yet; if it fails,
    every file it added goes (an empty database file that was there is emptied again).
    A database found there (even one another first start just made) is never touched."""
    check_new_database(db_path)
    lock_file = lock_path(db_path)
    had_lock_file = lock_file.exists()
    try:
        with database_lock(db_path):  # two first starts at once: one creates, one is refused
            check_new_database(db_path)
            existed = {path for path in _created_files(db_path) if path.exists()}
            try:
                return work()
            except BaseException:
                _remove_new_files(db_path, existed)
                raise
    except BaseException:
        if not had_lock_file:
            with contextlib.suppress(OSError):
                lock_file.unlink()
        raise


def _remove_new_files(db_path: Path, existed: set[Path]) -> None:
    watermark.forget(db_path)
    for path in _created_files(db_path):
        with contextlib.suppress(OSError):
            if path not in existed:
                path.unlink()
            elif path == db_path:
                path.write_bytes(b"")  # check_new_database let only an empty file through


def restore_cafe(
    db_path: Path,
    source: Path,
    *,
    open_context: Callable[..., ServiceContext],
    clock: Clock,
    passphrase: str | None = None,
    new_key: bool = False,
    preview: BackupPreview | None = None,
) -> RestoreResult:
    """The assistant's other way in: a backup becomes the café at ``db_path`` through the
    restore use case of ``cafe-pos restore`` (``services.restore``: the journal verified,
    the key opened with the recovery ``passphrase`` or, asked for, a new journaled key).
    Only where there is no database yet; a refused or failed restore leaves nothing."""
    return _all_or_nothing(
        db_path,
        lambda: restore_backup(
            db_path,
            source,
            clock=clock,
            open_context=open_context,
            passphrase=passphrase,
            new_key=new_key,
            actor_name="assistant de premier démarrage",
            preview=preview,
        ),
    )
