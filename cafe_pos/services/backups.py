"""Verified backups of the café: a consistent snapshot while the till sells, checked,
copied to each destination chosen in Réglages, each copy read back, a manifest beside it,
old automatic backups rotated, every result written down for the status bar.

One run (``run_backup``):
1. a snapshot of the live database by SQLite's online backup API, in one step (one read
   transaction: sales keep committing in the WAL meanwhile), written to a ``.part`` in a
   staging folder in memory (``/dev/shm``, owner-only) or else beside the database,
   renamed (``services.backup_snapshot``);
2. the snapshot checked in a child process at a lower priority: ``PRAGMA
   integrity_check`` and the fiscal chain (``fiscal.chain_check``: every hash relinked,
   the last signature and the end-of-chain marker checked). A snapshot that fails is
   never copied anywhere;
3. for each destination (a folder, a USB stick found by its label, a network share:
   ``store.backup_targets``): free space checked first, the file copied to a ``.part``,
   fsynced, read back and compared (SHA-256), renamed to ``cafe-YYYY-MM-DD_HHMMSS.db``;
   then its manifest ``….db.json`` (café, SIRET, last ticket number, last closure, date,
   chain heads, software version, the file's SHA-256, and the signing key sealed with the
   recovery passphrase when one was chosen: never the key in clear);
4. rotation of the automatic backups of that destination (``domain.backup_rotation``:
   14 daily, 12 monthly, every yearly);
5. the result of each destination appended to ``<database>.backups.json``, which the
   status bar and the "Aujourd'hui" screen read (``backup_status``).

A crash (even ``kill -9``) at any point leaves the database and the earlier backups as
they were: nothing is written under a final name before it is complete and checked.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cafe_pos import __version__
from cafe_pos.context import ServiceContext
from cafe_pos.domain.backup_rotation import to_keep
from cafe_pos.domain.clock import PARIS, Clock
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.domain.wording import Wording
from cafe_pos.fiscal import key_escrow, keys
from cafe_pos.services import backup_snapshot, sale_writer, settings
from cafe_pos.services.backup_snapshot import checked_snapshot, ram_folder
from cafe_pos.services.identity import get_identity
from cafe_pos.store import backup_targets
from cafe_pos.store.backup import (
    backup_stem,
    copy_verified,
    free_bytes,
    unique_target,
)
from cafe_pos.store.backup_targets import Destination
from cafe_pos.store.engine import StoreError, check_database_path, sqlite_uri
from cafe_pos.store.files import write_private
from cafe_pos.store.migrate import current_revision

MANIFEST_FORMAT = "cafe-pos-backup"
STAGING = ".cafe-pos-sauvegarde"
LOG_KEEP = 60
STALE_SECONDS = 6 * 3600
RAM_STALE_SECONDS = 15 * 60  # a backup takes seconds; a snapshot older than this was left
_ONE_AT_A_TIME = threading.Lock()  # the scheduler and "Sauvegarder maintenant" take turns
WARN_AFTER = dt.timedelta(days=2)
_NAME = re.compile(r"-(\d{4}-\d{2}-\d{2}_\d{6})(?:-\d+)?\.db\Z")


def local_now(clock: Clock) -> dt.datetime:
    """The café's wall-clock time (backups are named and dated with it)."""
    return clock.now().astimezone(PARIS).replace(tzinfo=None)


# --- where the till keeps what it knows about its backups ---------------------------


def log_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".backups.json")


def sealed_key_path(db_path: Path) -> Path:
    """The signing key sealed with the recovery passphrase, beside the database."""
    return db_path.with_name(db_path.name + ".key.recovery")


def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


# --- results ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DestinationResult:
    destination: str  # French label ("clé USB « CAFE »")
    ok: bool
    file: str  # the backup written ("" on failure)
    message: str  # French
    free_bytes: int | None = None
    removed: int = 0  # old backups rotated away

    def to_json(self) -> dict[str, Any]:
        return {
            "destination": self.destination,
            "ok": self.ok,
            "file": self.file,
            "message": self.message,
            "free_bytes": self.free_bytes,
            "removed": self.removed,
        }


@dataclass(frozen=True, slots=True)
class BackupRun:
    at: dt.datetime
    reason: str  # closure | hour | manual | script
    results: tuple[DestinationResult, ...]
    seconds: float = 0.0
    size: int = 0

    @property
    def ok(self) -> bool:
        return bool(self.results) and all(r.ok for r in self.results)

    @property
    def any_ok(self) -> bool:
        return any(r.ok for r in self.results)

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(timespec="seconds"),
            "reason": self.reason,
            "ok": self.ok,
            "seconds": round(self.seconds, 2),
            "size": self.size,
            "results": [r.to_json() for r in self.results],
        }


# --- the manifest ------------------------------------------------------------------------


def _describe_snapshot(path: Path) -> dict[str, Any]:
    """What the snapshot holds, read straight from it."""
    with closing(sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)) as conn:
        identity = conn.execute(
            "SELECT name, siret, register_number FROM cafe_identity ORDER BY id LIMIT 1"
        ).fetchone()
        register = str(identity[2]) if identity else "01"
        last_ticket = sale_writer.token_and_next_number(conn, register, None)[1] - 1
        closure = conn.execute(
            "SELECT kind, period, closed_at FROM closures WHERE register = ? "
            "ORDER BY closed_at DESC, id DESC LIMIT 1",
            (register,),
        ).fetchone()
        day = conn.execute(
            "SELECT max(period) FROM closures WHERE register = ? AND kind = 'day'", (register,)
        ).fetchone()
        fingerprint = conn.execute(
            "SELECT fingerprint FROM signing_keys ORDER BY id DESC LIMIT 1"
        ).fetchone()
    return {
        "cafe": {
            "name": str(identity[0]) if identity else "",
            "siret": str(identity[1]) if identity else "",
            "register": register,
        },
        "last_ticket_number": last_ticket,
        "last_closure": (
            None
            if closure is None
            else {"kind": closure[0], "period": closure[1], "closed_at": str(closure[2])}
        ),
        "last_day_closed": day[0] if day and day[0] else None,
        "key_fingerprint": str(fingerprint[0]) if fingerprint else None,
    }


def _key_section(db_path: Path, fingerprint: str | None) -> dict[str, Any]:
    sealed = read_sealed_key(db_path)
    if sealed is not None and fingerprint is not None and sealed.fingerprint == fingerprint:
        return {"mode": "sealed", "fingerprint": fingerprint, "sealed": sealed.to_json()}
    return {"mode": "absent", "fingerprint": fingerprint}


def build_manifest(
    db_path: Path, snapshot: Path, *, now: dt.datetime, reason: str, records: int,
    heads: Sequence[tuple[str, int, str]], size: int, digest: str,
) -> dict[str, Any]:  # fmt: skip
    described = _describe_snapshot(snapshot)
    fingerprint = described.pop("key_fingerprint")
    return {
        "format": MANIFEST_FORMAT,
        "version": 1,
        "created_at": now.isoformat(timespec="seconds"),
        "reason": reason,
        "automatic": reason in ("closure", "hour"),
        "software_version": __version__,
        "schema": current_revision(snapshot),
        **described,
        "chain": {
            "records": records,
            "heads": [{"register": r, "position": p, "hash": h} for r, p, h in heads],
            "checked": "integrity_check + chain_check",
        },
        "database": {"size": size, "sha256": digest},
        "key": _key_section(db_path, fingerprint),
    }


def read_manifest(backup: Path) -> dict[str, Any] | None:
    """The manifest beside a backup file (None when there is none: an older backup)."""
    path = manifest_path(backup)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise StoreError(f"Le manifeste de la sauvegarde est illisible : {path}") from exc
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        raise StoreError(f"{path} n'est pas un manifeste de sauvegarde cafe-pos")
    return data


# --- one run ---------------------------------------------------------------------------


def _staging(db_path: Path, now: float) -> Path:
    folder = staging_folder(db_path)
    # left by a run that was killed (not one running now, maybe in another process); in
    # memory it is given back sooner: a snapshot there holds RAM
    age = RAM_STALE_SECONDS if folder.is_relative_to(backup_snapshot.RAM) else STALE_SECONDS
    for stale in folder.iterdir():
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > age:
                stale.unlink()
    return folder


def staging_folder(db_path: Path) -> Path:
    """Where the snapshot is taken and checked: in memory (``/dev/shm``) when there is
    room, in a folder only this user can open (``backup_snapshot.ram_folder``), else
    beside the database."""
    size = sum(
        p.stat().st_size for p in (db_path, db_path.with_name(db_path.name + "-wal")) if p.exists()
    )
    folder = ram_folder(db_path, size)
    if folder is None:
        folder = db_path.parent / STAGING
        folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _rotate(folder: Path, stem: str) -> int:
    """Delete the automatic backups of ``stem`` that the rotation no longer keeps."""
    found: dict[dt.datetime, Path] = {}
    for path in folder.glob(f"{stem}-*.db"):
        match = _NAME.search(path.name)
        if match is None:
            continue
        try:
            manifest = read_manifest(path)
        except StoreError:
            continue
        if manifest is None or not manifest.get("automatic"):
            continue  # a backup made by hand or by a script is the manager's
        found[dt.datetime.strptime(match.group(1), "%Y-%m-%d_%H%M%S")] = path
    keep = to_keep(found)
    removed = 0
    for stamp, path in found.items():
        if stamp in keep:
            continue
        with contextlib.suppress(OSError):
            manifest_path(path).unlink()
            path.unlink()
            removed += 1
    return removed


def _to_destination(
    snapshot: Path,
    manifest: dict[str, Any],
    stem: str,
    destination: Destination,
    *,
    db_stem: str,
    roots: Sequence[Path],
    rotate: bool,
    on_chunk: Callable[[int], None] | None,
) -> DestinationResult:
    label = destination.label()
    free: int | None = None
    try:
        folder = backup_targets.resolve(destination, roots)
        size = snapshot.stat().st_size
        free = free_bytes(folder)
        if free is not None and free < size + 64 * 1024:
            raise UserError(
                f"Pas assez de place sur {label} : {size // 1_000_000 + 1} Mo nécessaires, "
                f"{free // 1_000_000} Mo libres"
            )
        for stale in folder.glob(f"{db_stem}-*.db.part"):  # left by a run that was killed
            with contextlib.suppress(OSError):
                stale.unlink()
        target = unique_target(folder, stem)
        digest = copy_verified(snapshot, target, on_chunk=on_chunk)
        if digest != manifest["database"]["sha256"]:
            target.unlink(missing_ok=True)
            raise UserError(f"La copie sur {label} diffère de l'instantané vérifié")
        try:
            write_private(
                manifest_path(target),
                json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"),
            )
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise UserError(f"Manifeste impossible à écrire sur {label} : {exc}") from exc
        removed = _rotate(folder, db_stem) if rotate else 0
        return DestinationResult(
            label, True, str(target), "Sauvegarde vérifiée", free_bytes(folder), removed
        )
    except UserError as exc:
        return DestinationResult(label, False, "", str(exc), free)


def run_backup(
    db_path: Path,
    destinations: Sequence[Destination],
    *,
    now: dt.datetime,
    reason: str,
    roots: Sequence[Path] = backup_targets.MEDIA_ROOTS,
    rotate: bool = True,
    on_chunk: Callable[[int], None] | None = None,
    monotonic: Callable[[], float] | None = None,
) -> BackupRun:
    """One backup to every destination; never raises for a destination that fails (its
    result says why). Nothing in the café's database is written: the till may be selling.
    ``now`` is local time (names and manifest)."""
    with _ONE_AT_A_TIME:
        return _run_backup(
            db_path, destinations, now=now, reason=reason, roots=roots, rotate=rotate,
            on_chunk=on_chunk, monotonic=monotonic,
        )  # fmt: skip


def _run_backup(
    db_path: Path,
    destinations: Sequence[Destination],
    *,
    now: dt.datetime,
    reason: str,
    roots: Sequence[Path],
    rotate: bool,
    on_chunk: Callable[[int], None] | None,
    monotonic: Callable[[], float] | None,
) -> BackupRun:
    tick = monotonic or time.perf_counter
    started = tick()
    stem = backup_stem(db_path, now)
    results: list[DestinationResult] = []
    size = 0
    if not destinations:
        results.append(
            DestinationResult("aucune destination", False, "", "Aucune destination de sauvegarde")
        )
    else:
        snapshot: Path | None = None
        try:
            check_database_path(db_path, must_exist=True)
            snapshot, size, chain, digest = checked_snapshot(
                db_path, _staging(db_path, time.time()), stem
            )
            manifest = build_manifest(
                db_path, snapshot, now=now, reason=reason, records=chain.records,
                heads=chain.heads, size=size, digest=digest,
            )  # fmt: skip
            for destination in destinations:
                results.append(
                    _to_destination(
                        snapshot,
                        manifest,
                        stem,
                        destination,
                        db_stem=db_path.stem,
                        roots=roots,
                        rotate=rotate,
                        on_chunk=on_chunk,
                    )
                )
        except (UserError, sqlite3.Error, OSError) as exc:
            text = str(exc) if isinstance(exc, UserError) else f"Sauvegarde impossible : {exc}"
            results = [DestinationResult(d.label(), False, "", text) for d in destinations]
        finally:
            if snapshot is not None:
                with contextlib.suppress(OSError):
                    snapshot.unlink()
    run = BackupRun(now, reason, tuple(results), tick() - started, size)
    record_run(db_path, run)
    return run


# --- the log the status reads ---------------------------------------------------------


def read_log(db_path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(log_path(db_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    runs = data.get("runs") if isinstance(data, dict) else None
    return [r for r in runs if isinstance(r, dict)] if isinstance(runs, list) else []


def record_run(db_path: Path, run: BackupRun) -> None:
    runs = [*read_log(db_path), run.to_json()][-LOG_KEEP:]
    with contextlib.suppress(OSError):
        write_private(log_path(db_path), json.dumps({"runs": runs}, ensure_ascii=False).encode())


# --- configuration (Réglages → Sauvegardes) --------------------------------------------


def destinations(ctx: ServiceContext) -> list[Destination]:
    return backup_targets.decode_destinations(settings.get_str(ctx, "backup.destinations"))


def set_destinations(
    ctx: ServiceContext, actor: Actor, chosen: Sequence[Destination]
) -> list[Destination]:
    actor.require(Permission.EDIT_SETTINGS)
    settings.set_setting(
        ctx, actor, "backup.destinations", backup_targets.encode_destinations(chosen)
    )
    return destinations(ctx)


def add_destination(ctx: ServiceContext, actor: Actor, kind: str, value: str) -> list[Destination]:
    new = backup_targets.parse_destination(kind, value)
    current = destinations(ctx)
    if new in current:
        raise UserError(f"Destination déjà choisie : {new.label()}")
    return set_destinations(ctx, actor, [*current, new])


def remove_destination(ctx: ServiceContext, actor: Actor, index: int) -> list[Destination]:
    current = destinations(ctx)
    if not 0 <= index < len(current):
        raise UserError("Choisissez la destination à retirer")
    return set_destinations(ctx, actor, current[:index] + current[index + 1 :])


def backup_now(
    ctx: ServiceContext,
    *,
    reason: str = "manual",
    roots: Sequence[Path] = backup_targets.MEDIA_ROOTS,
) -> BackupRun:
    """A backup to the configured destinations now (``ctx.clock`` gives its time)."""
    chosen = destinations(ctx)
    return run_backup(
        ctx.db_path, chosen, now=local_now(ctx.clock),
        reason=reason, roots=roots,
    )  # fmt: skip


def backup_to_folder(db_path: Path, folder: Path, *, now: dt.datetime) -> Path:
    """``cafe-pos backup --to DIR``: one verified backup (no rotation); StoreError (French)
    when it fails."""
    check_database_path(db_path, must_exist=True)
    if current_revision(db_path) is None:
        raise StoreError(f"{db_path} n'est pas une base de données cafe-pos")
    if not folder.is_dir():
        raise StoreError(f"Le dossier de sauvegarde n'existe pas : {folder}")
    run = run_backup(
        db_path, [Destination("folder", str(folder.absolute()))], now=now, reason="script",
        rotate=False,
    )  # fmt: skip
    result = run.results[0]
    if not result.ok:
        raise StoreError(result.message)
    return Path(result.file)


# --- the key, sealed ---------------------------------------------------------------------


def read_sealed_key(db_path: Path) -> key_escrow.SealedKey | None:
    try:
        return key_escrow.SealedKey.from_json(
            json.loads(sealed_key_path(db_path).read_text(encoding="utf-8"))
        )
    except (OSError, ValueError, keys.KeyProblem):
        return None


def set_recovery_passphrase(ctx: ServiceContext, actor: Actor, passphrase: str) -> str:
    """Seal the café's signing key with ``passphrase`` for the next backups; returns the
    key's fingerprint. The passphrase is not kept: lose it and a backup restored on a new
    PC starts a new key (a recorded, visible key change)."""
    actor.require(Permission.EDIT_SETTINGS)
    key_escrow.check_passphrase(passphrase)
    signer = keys.load_signer(ctx)
    sealed = key_escrow.seal(signer, passphrase)
    write_private(sealed_key_path(ctx.db_path), key_escrow.dumps(sealed).encode("utf-8"))
    return signer.fingerprint


def key_protection(ctx: ServiceContext) -> tuple[bool, str]:
    """(sealed for the current key, French sentence)."""
    sealed = read_sealed_key(ctx.db_path)
    try:
        signer = keys.signer_if_present(ctx.key_path)
    except keys.KeyProblem:
        signer = None
    if sealed is None:
        return (
            False,
            Wording(
                "Aucune phrase de secours : les sauvegardes ne contiennent pas la clé de signature"
            ),
        )
    if signer is None or sealed.fingerprint != signer.fingerprint:
        return False, Wording(
            "La clé de signature a changé : choisissez à nouveau la phrase de secours"
        )
    return True, Wording(
        "Clé de signature {0} protégée par la phrase de secours", sealed.fingerprint
    )


# --- status ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupStatus:
    last_good: dt.datetime | None
    last_run: dict[str, Any] | None
    configured: int
    warnings: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.warnings

    def short_text(self) -> str:
        """For the status bar."""
        if self.last_good is None:
            return "Sauvegarde : aucune"
        return f"Sauvegarde : {self.last_good:%d/%m %H:%M}"


def _parse(at: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(at))
    except ValueError:
        return None


def disk_warnings(paths: Sequence[tuple[str, Path]], needed: int) -> list[str]:
    """A warning per disk with less than ``needed`` bytes free."""
    out: list[str] = []
    for label, path in paths:
        free = free_bytes(path)
        if free is not None and free < needed:
            out.append(
                Wording("Disque presque plein ({0}) : {1} Mo libres", label, str(free // 1_000_000))
            )
    return out


def needed_space(db_path: Path) -> int:
    """Free space a disk needs: two copies of the database and 200 MB of margin."""
    try:
        size = db_path.stat().st_size
    except OSError:
        size = 0
    return 2 * size + 200_000_000


def backup_status(
    db_path: Path, now: dt.datetime, configured: Sequence[Destination] = ()
) -> BackupStatus:
    """When the last good backup was, and what to warn about (cheap: no database read)."""
    runs = read_log(db_path)
    good = [
        t
        for r in runs
        if any(x.get("ok") for x in r.get("results", []))
        if (t := _parse(r.get("at")))
    ]
    last_good = max(good) if good else None
    last = runs[-1] if runs else None
    warnings: list[str] = []
    if not configured:
        warnings.append(
            Wording("Aucune destination de sauvegarde choisie (Réglages → Sauvegardes)")
        )
    if last_good is None:
        warnings.append(Wording("Aucune sauvegarde vérifiée n'a encore été faite"))
    elif now - last_good > WARN_AFTER:
        days = (now - last_good).days
        warnings.append(Wording("Aucune sauvegarde réussie depuis {0} jours", str(days)))
    if last is not None and not last.get("ok"):
        failed = [x for x in last.get("results", []) if not x.get("ok")]
        if failed:
            warnings.append(
                Wording("Dernière sauvegarde en échec : {0}", str(failed[0].get("message", "")))
            )
    needed = needed_space(db_path)
    disks: list[tuple[str, Path]] = [(Wording("base de données"), db_path.parent)]
    if last is not None:
        for result in last.get("results", []):
            free = result.get("free_bytes")
            if result.get("ok") and isinstance(free, int) and free < needed // 2:
                warnings.append(
                    Wording(
                        "Disque presque plein ({0}) : {1} Mo libres",
                        str(result.get("destination")),
                        str(free // 1_000_000),
                    )
                )
    warnings.extend(disk_warnings(disks, needed))
    return BackupStatus(last_good, last, len(configured), tuple(warnings))


def status(ctx: ServiceContext) -> BackupStatus:
    now = local_now(ctx.clock)
    try:
        configured = destinations(ctx)
    except UserError:
        configured = []
    return backup_status(ctx.db_path, now, configured)


def history(db_path: Path, limit: int = 20) -> list[BackupRun]:
    """The last runs, newest first (for the Sauvegardes page)."""
    out = []
    for raw in reversed(read_log(db_path)[-limit:]):
        at = _parse(raw.get("at"))
        if at is None:
            continue
        results = tuple(
            DestinationResult(
                str(x.get("destination", "")),
                bool(x.get("ok")),
                str(x.get("file", "")),
                str(x.get("message", "")),
                x.get("free_bytes") if isinstance(x.get("free_bytes"), int) else None,
                int(x.get("removed", 0) or 0),
            )
            for x in raw.get("results", [])
            if isinstance(x, dict)
        )
        out.append(
            BackupRun(
                at,
                str(raw.get("reason", "")),
                results,
                float(raw.get("seconds", 0) or 0),
                int(raw.get("size", 0) or 0),
            )
        )
    return out


def environment_roots() -> tuple[Path, ...]:
    """Where USB sticks are looked for (``CAFE_POS_MEDIA_ROOTS`` overrides, for tests)."""
    raw = os.environ.get("CAFE_POS_MEDIA_ROOTS")
    if raw:
        return tuple(Path(p) for p in raw.split(os.pathsep) if p)
    return backup_targets.MEDIA_ROOTS


def print_recovery_sheet(
    ctx: ServiceContext, actor: Actor, out: Path, passphrase: str | None = None
) -> Path:
    """The recovery sheet PDF (with ``passphrase`` printed when the till generated it)."""
    from cafe_pos.reports.recovery_sheet import RecoverySheet, write_recovery_sheet

    actor.require(Permission.EDIT_SETTINGS)
    identity = get_identity(ctx)
    signer = keys.load_signer(ctx)
    sheet = RecoverySheet(
        name=identity.name if identity else "",
        address=identity.address if identity else "",
        siret=identity.siret if identity else "",
        register=ctx.register,
        fingerprint=signer.fingerprint,
        passphrase=passphrase,
        destinations=tuple(d.label() for d in destinations(ctx)),
        printed_at=ctx.clock.now(),
    )
    return write_recovery_sheet(out, sheet)


def generate_and_print_sheet(ctx: ServiceContext, actor: Actor, out: Path) -> Path:
    """A new random passphrase, set for the next backups and printed once on the sheet."""
    phrase = key_escrow.generate_passphrase()
    set_recovery_passphrase(ctx, actor, phrase)
    return print_recovery_sheet(ctx, actor, out, phrase)


def usb_labels_now() -> list[str]:
    """Labels of the removable disks plugged in now (to choose one in Réglages)."""
    return backup_targets.usb_labels(environment_roots())
