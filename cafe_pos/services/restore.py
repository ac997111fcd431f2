"""Restoring a backup: a preview that proves what the file holds, then a restore that is
itself a fiscal record.

``preview_backup(db_path, source)`` reads the backup without changing anything: the
SQLite checks (a cafe-pos schema this program knows, ``integrity_check``), the whole
fiscal journal verified (``fiscal.verify.check_database``: every record rebuilt from its
rows, hashes, signatures, closures; a tampered backup is refused naming the record), the
manifest beside it (``….db.json``, see ``services.backups``: its SHA-256 must match the
file), what it holds (café, SIRET, last ticket, last closure, date), how the signing key
will be found, and what the current database would lose (records and tickets newer than
the backup).

``restore_backup(db_path, source, clock=..., open_context=..., passphrase=..., new_key=...)``
then, in this order, changing nothing until every check passed:
1. the signing key: the one already beside the database when it is this journal's key;
   else the key sealed in the manifest, opened with the recovery ``passphrase``
   (``NeedPassphrase`` / ``WrongPassphrase`` otherwise); else (no key in the backup, or
   the passphrase is lost) only with ``new_key=True``: the restored till starts a new key
   with a signed key-change record (event 907, not endorsed by the old key: ``verify``
   reports the break until HQ confirms it) — never silently;
2. the current database set aside (``cafe-avant-restauration-….db``), the backup put in
   its place (``store.backup.restore_database``);
3. a signed restore record (event 912) naming the head it discards (position and hash of
   the set-aside journal, or the backup's own head on a fresh install) and the last
   ticket number issued: numbering continues after it (a documented gap, never a number
   printed twice). The record is sent to HQ as an event message (``fiscal.hq_outbox``).

Used by ``cafe-pos restore --from FILE [--db NEWPATH]``, Réglages → Sauvegardes, and the
first-run assistant (a fresh install: ``db_path`` does not exist yet). The caller holds
the database lock (``store.lock``): no till may be selling meanwhile.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import Clock
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.formatting import date_fr
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal import key_escrow, keys, watermark
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.events import record_event
from cafe_pos.fiscal.key_change import change_key
from cafe_pos.fiscal.verify import CannotCheck, check_database
from cafe_pos.services import backups, sale_writer
from cafe_pos.store.backup import check_backup, file_sha256, key_path_of, restore_database
from cafe_pos.store.engine import StoreError, sqlite_uri
from cafe_pos.store.raw import raw_connection


class NeedPassphrase(UserError):
    """The backup's key is sealed: the recovery passphrase is needed to open it."""


@dataclass(frozen=True, slots=True)
class Discarded:
    register: str
    position: int
    hash: str
    last_ticket_number: int


@dataclass(frozen=True, slots=True)
class RestoreResult:
    set_aside: Path | None
    discarded: Discarded | None
    new_key: str | None = None  # fingerprint of the key started at restore (907)


@dataclass(frozen=True, slots=True)
class BackupPreview:
    """What a backup holds and what restoring it would do (nothing written)."""

    source: Path
    cafe_name: str
    siret: str
    register: str
    last_ticket_number: int
    last_closure: str  # French ("Z du 02/12/2026"), "" when none
    created_at: dt.datetime | None  # local time of the backup
    position: int  # the backup's chain head
    records_checked: int
    chain_ok: bool
    chain_message: str  # French
    first_bad: str | None
    key_mode: str  # local | sealed | file | absent
    key_fingerprint: str | None
    current_position: int | None  # the current database's head (None: fresh install)
    records_lost: int  # records of the current database newer than the backup
    tickets_lost: int
    same_cafe: bool  # same SIRET as the current database (True on a fresh install)
    warnings: tuple[str, ...] = ()

    @property
    def older(self) -> bool:
        """Restoring would discard records of the current database."""
        return self.records_lost > 0

    @property
    def needs_passphrase(self) -> bool:
        return self.key_mode == "sealed"

    def lines(self) -> list[str]:
        """What the screen and the command line show, in French."""
        when = self.created_at.strftime("%d/%m/%Y %H:%M") if self.created_at else "inconnue"
        out = [
            f"Café : {self.cafe_name} (SIRET {self.siret}, caisse {self.register})",
            f"Sauvegarde du {when}",
            f"Dernier ticket : n° {self.last_ticket_number}",
            f"Dernière clôture : {self.last_closure or 'aucune'}",
            self.chain_message,
            {
                "local": "Clé de signature : celle de ce poste (rien à saisir)",
                "sealed": "Clé de signature : chiffrée, la phrase de secours sera demandée",
                "file": "Clé de signature : fichier de clé à côté de la sauvegarde",
                "absent": "Clé de signature : absente, une nouvelle clé sera créée et journalisée",
            }[self.key_mode],
        ]
        if self.older:
            out.append(
                f"Attention : la base actuelle est plus récente ; {self.records_lost} "
                f"enregistrement(s) et {self.tickets_lost} ticket(s) seraient écartés "
                "(la base actuelle est conservée à côté)"
            )
        out.extend(self.warnings)
        return out


def _head_and_identity(path: Path) -> tuple[tuple[str, int, str] | None, int, str, str, str]:
    """((register, position, hash) | None, last ticket, cafe name, siret, register)."""
    with closing(sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)) as conn:
        identity = conn.execute(
            "SELECT name, siret, register_number FROM cafe_identity ORDER BY id LIMIT 1"
        ).fetchone()
        register = str(identity[2]) if identity else "01"
        head = conn.execute(
            "SELECT register, position, hash FROM chain_head WHERE register = ?", (register,)
        ).fetchone()
        last = sale_writer.token_and_next_number(conn, register, None)[1] - 1
    return (
        (str(head[0]), int(head[1]), str(head[2])) if head else None,
        last,
        str(identity[0]) if identity else "",
        str(identity[1]) if identity else "",
        register,
    )


def _last_closure(path: Path, register: str) -> str:
    with closing(sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)) as conn:
        row = conn.execute(
            "SELECT kind, period FROM closures WHERE register = ? ORDER BY closed_at DESC, "
            "id DESC LIMIT 1",
            (register,),
        ).fetchone()
    if row is None:
        return ""
    kind, period = str(row[0]), str(row[1])
    if kind == "day":
        return f"Z du {date_fr(dt.date.fromisoformat(period))}"
    return f"clôture {'mensuelle' if kind == 'month' else 'annuelle'} {period}"


def _journal_fingerprint(path: Path) -> str | None:
    with closing(sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)) as conn:
        row = conn.execute(
            "SELECT fingerprint FROM signing_keys ORDER BY id DESC LIMIT 1"
        ).fetchone()
    return None if row is None else str(row[0])


def _key_mode(db_path: Path, source: Path, fingerprint: str | None, manifest: Any) -> str:
    try:
        local = keys.signer_if_present(key_path_of(db_path))
    except keys.KeyProblem:
        local = None
    if fingerprint is None or (local is not None and local.fingerprint == fingerprint):
        return "local"
    if key_path_of(source).is_file():
        return "file"  # a backup written before keys were sealed (key beside it, in clear)
    key = manifest.get("key") if isinstance(manifest, dict) else None
    if isinstance(key, dict) and key.get("mode") == "sealed":
        return "sealed"
    return "absent"


def _created_at(source: Path, manifest: Any) -> dt.datetime | None:
    if isinstance(manifest, dict):
        try:
            return dt.datetime.fromisoformat(str(manifest.get("created_at")))
        except ValueError:
            pass
    try:
        return dt.datetime.fromtimestamp(source.stat().st_mtime)
    except OSError:
        return None


def preview_backup(db_path: Path, source: Path) -> BackupPreview:
    """Check ``source`` and say what it holds and what restoring it over ``db_path``
    would do; StoreError (French) when the file is no cafe-pos backup at all. Nothing is
    written. A journal that does not verify gives ``chain_ok=False`` (restore refuses)."""
    check_backup(source, db_path)
    manifest = backups.read_manifest(source)
    warnings: list[str] = []
    try:
        report = check_database(source, None)
        chain_ok, message, first_bad, checked = (
            report.ok, report.message, report.first_bad, report.checked
        )  # fmt: skip
    except CannotCheck as exc:
        chain_ok, message, first_bad, checked = False, str(exc), "base", 0
    if manifest is not None and chain_ok:
        digest = manifest.get("database", {}).get("sha256")
        if digest and digest != file_sha256(source):
            chain_ok, first_bad = False, "fichier de sauvegarde"
            message = (
                "Le fichier a été modifié après la sauvegarde (empreinte différente du manifeste)"
            )
    head, last_ticket, name, siret, register = _head_and_identity(source)
    fingerprint = _journal_fingerprint(source)
    current_position: int | None = None
    records_lost = tickets_lost = 0
    same_cafe = True
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            now_head, now_last, _name, now_siret, _reg = _head_and_identity(db_path)
        except sqlite3.Error:
            now_head, now_last, now_siret = None, 0, siret
            warnings.append("La base actuelle est illisible : elle sera mise de côté")
        mark = _mark(db_path)
        if now_head is not None:
            current_position = max(now_head[1], mark[0]) if mark else now_head[1]
            now_last = max(now_last, mark[1]) if mark else now_last
            records_lost = max(0, current_position - (head[1] if head else 0))
            tickets_lost = max(0, now_last - last_ticket)
        same_cafe = not now_siret or now_siret == siret
        if not same_cafe:
            warnings.append(
                f"Attention : cette sauvegarde est celle d'un autre café (SIRET {siret}, "
                f"la base actuelle est celle du SIRET {now_siret})"
            )
    return BackupPreview(
        source=source,
        cafe_name=name,
        siret=siret,
        register=register,
        last_ticket_number=last_ticket,
        last_closure=_last_closure(source, register),
        created_at=_created_at(source, manifest),
        position=head[1] if head else 0,
        records_checked=checked,
        chain_ok=chain_ok,
        chain_message=message,
        first_bad=first_bad,
        key_mode=_key_mode(db_path, source, fingerprint, manifest),
        key_fingerprint=fingerprint,
        current_position=current_position,
        records_lost=records_lost,
        tickets_lost=tickets_lost,
        same_cafe=same_cafe,
        warnings=tuple(warnings),
    )


def _mark(db_path: Path) -> tuple[int, int] | None:
    try:
        mark = watermark.read_mark(db_path)
    except (ValueError, KeyError):
        return None
    return None if mark is None else (mark.position, mark.ticket)


def _discarded(db_path: Path) -> Discarded | None:
    """The head and the last ticket number of the database about to be replaced."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            head = conn.execute(
                "SELECT register, position, hash FROM chain_head ORDER BY position DESC LIMIT 1"
            ).fetchone()
            if head is None:
                return None
            last = sale_writer.token_and_next_number(conn, head[0], None)[1] - 1
    except sqlite3.Error:
        return None
    try:
        mark = watermark.read_mark(db_path)
    except (ValueError, KeyError):
        mark = None
    if mark is not None:
        last = max(last, mark.ticket)
        if mark.position > head[1]:  # the database had already gone back: keep the mark's
            return Discarded(mark.register, mark.position, mark.hash, last)
    return Discarded(head[0], head[1], head[2], last)


def _unsealed_key(source: Path, passphrase: str | None) -> keys.Signer:
    manifest = backups.read_manifest(source) or {}
    sealed = key_escrow.SealedKey.from_json(manifest.get("key", {}).get("sealed"))
    if passphrase is None or not passphrase.strip():
        raise NeedPassphrase(
            "La clé de signature de cette sauvegarde est chiffrée : saisissez la phrase de "
            "secours choisie à la mise en place des sauvegardes"
        )
    return key_escrow.unseal(sealed, passphrase)


def restore_backup(
    db_path: Path,
    source: Path,
    *,
    clock: Clock,
    open_context: Callable[..., ServiceContext],
    passphrase: str | None = None,
    new_key: bool = False,
    actor_name: str = "ligne de commande",
    preview: BackupPreview | None = None,
    approver: Actor | None = None,
) -> RestoreResult:
    """Replace (or create) the database at ``db_path`` with the backup ``source`` and
    record the restore in its journal; see the module's docstring for the order.

    ``open_context``: the composition root's ``open_context(path, clock=...)``.
    ``preview``: the ``preview_backup`` already shown to the person (else made here).
    ``approver``: the manager who confirmed (PIN) a restore that discards records of the
    current database (an older backup): required then.
    Raises UserError (French) and changes nothing when a check fails: a journal that does
    not verify, ``NeedPassphrase``, ``WrongPassphrase``, no key and ``new_key`` false, an
    older backup without a manager's approval.
    """
    seen = preview if preview is not None and preview.source == source else None
    checked = seen or preview_backup(db_path, source)
    if not checked.chain_ok:
        raise StoreError(f"Sauvegarde refusée : {checked.chain_message}")
    if checked.older:
        if approver is None:
            raise UserError(
                f"Cette sauvegarde est plus ancienne que la base : {checked.records_lost} "
                "enregistrement(s) seraient écartés ; un·e gérant·e doit valider avec son code"
            )
        approver.require(Permission.EDIT_SETTINGS)
    signer: keys.Signer | None = None
    start_new_key = False
    if checked.key_mode == "sealed" and not (new_key and not passphrase):
        signer = _unsealed_key(source, passphrase)
    elif checked.key_mode == "absent":
        if not new_key:
            raise UserError(
                "Cette sauvegarde ne contient pas la clé de signature du café : restaurez-la "
                "en acceptant une nouvelle clé (--new-key), dont le changement sera journalisé"
            )
        start_new_key = True
    elif checked.key_mode == "sealed":
        start_new_key = True  # passphrase lost: a new key, recorded
    discarded = _discarded(db_path)
    set_aside = restore_database(db_path, source, now=clock.now().replace(tzinfo=None))
    watermark.forget(db_path)
    if signer is not None:
        keys.write_key_file(key_path_of(db_path), signer, replace=True)
    ctx = open_context(db_path, clock=clock)
    fingerprint: str | None = None
    try:
        if start_new_key:
            with ctx.uow() as uow:
                new = change_key(
                    ctx, uow.session, actor_name, "Restauration d'une sauvegarde sans la clé"
                )
                uow.commit()
                keys.install_new_key(ctx, uow.session)
            fingerprint = new.fingerprint
        with ctx.uow() as uow:
            session = uow.session
            conn = raw_connection(session)
            restored = conn.execute(
                "SELECT register, position, hash FROM chain_head WHERE register = ?",
                (ctx.register,),
            ).fetchone()
            restored_position = 0 if restored is None else int(restored[1])
            lost = discarded or Discarded(
                ctx.register,
                restored_position,
                "" if restored is None else str(restored[2]),
                checked.last_ticket_number,
            )
            record_event(
                ctx,
                session,
                EventCode.RESTORE,
                f"Sauvegarde {source.name} restaurée",
                actor_name=actor_name,
                details={
                    "declared": 1,
                    "backup": source.name,
                    "set_aside": set_aside.name if set_aside else "",
                    "restored_position": restored_position,
                    "discarded_position": lost.position,
                    "discarded_hash": lost.hash,
                    "last_ticket_number": lost.last_ticket_number,
                },
            )
            session.info[watermark.LAST_TICKET] = lost.last_ticket_number
            uow.commit()
    finally:
        ctx.uow.engine.dispose()
    return RestoreResult(set_aside, discarded, fingerprint)
