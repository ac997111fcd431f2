"""Fiscal archive of a closed month or year: a signed zip readable without cafe-pos.

Contents (docs/fiscal-format.md): ``journal.jsonl`` (the signed records of the period,
exactly as sealed), CSV views rebuilt from them, ``keys.json`` (public keys),
``manifest.json`` (period, chain segment, anchor hash, chain head, SHA-256 of every file),
``manifest.sig`` (Ed25519 signature of the manifest bytes), a French README and a copy of
the standalone verifier ``verify_archive.py``.

The segment runs from the record after the last daily closure before the period up to
the period's closure record: it holds every ticket and closure of the period (and may
overlap the neighbouring archives by a few records, which is harmless). Exporting
records an archive event (20 for a month, 30 for a year).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos import __version__
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import to_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor
from cafe_pos.fiscal import canonical, chain, verify_archive
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.fiscal.events import record_event
from cafe_pos.fiscal.purge_anchor import cut_of
from cafe_pos.store.export_target import check_export_target
from cafe_pos.store.files import PRIVATE_MODE, os_error_text
from cafe_pos.store.models.fiscal import Closure, JournalEntry
from cafe_pos.store.raw import parse_datetime, raw_connection

README = """Archive fiscale cafe-pos — période {period}, caisse {register}

Contenu :
- journal.jsonl : les enregistrements signés (un par ligne), tels qu'ils ont été scellés ;
  « payload » est le texte exact haché : hash = SHA-256(hash précédent ‖ payload).
- tickets.csv, ticket_lines.csv, ticket_vat.csv, payments.csv, closures.csv,
  closure_vat.csv, events.csv, duplicates.csv : les mêmes données en CSV (UTF-8, montants
  en centimes, quantités en millièmes, taux de TVA en points de base : 2000 = 20 %).
- keys.json : clés publiques Ed25519 ; key_chain.jsonl : la création de la clé et chaque
  changement de clé, signé par la clé précédente (ou, si elle a été perdue, confirmé par
  la signature du siège, événement 913) ; manifest.json : empreintes SHA-256 des fichiers,
  premier et dernier enregistrement, tête de chaîne ; manifest.sig : signature du manifeste.
- verify_archive.py : vérificateur autonome (Python 3.11 et le paquet « cryptography »).

Vérifier : python verify_archive.py {archive_name} --key EMPREINTE
(EMPREINTE : « Empreinte de la clé » imprimée sur un ticket Z du café ; sans --key, la
clé qui signe l'archive n'est pas rattachée au café.)
Format détaillé : docs/fiscal-format.md du logiciel cafe-pos {version}.
"""


class ArchiveRefused(UserError):
    """The period cannot be archived (not closed, bad period...)."""


@dataclass(frozen=True, slots=True)
class ArchiveResult:
    path: Path
    period: str
    record_count: int
    first_position: int
    last_position: int
    manifest_sha256: str


def parse_period(text: str) -> tuple[str, str]:
    """ "2026-11" -> ("month", "2026-11"); "2026" -> ("year", "2026")."""
    cleaned = text.strip()
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", cleaned):
        return "month", cleaned
    if re.fullmatch(r"\d{4}", cleaned):
        return "year", cleaned
    raise ArchiveRefused(f"Période invalide : « {text} » (AAAA-MM ou AAAA)")


def _segment(session: Session, register: str, closure: Closure) -> tuple[int, int]:
    conn = raw_connection(session)
    end = conn.execute(
        "SELECT position FROM journal_entries WHERE closure_id = ?", (closure.id,)
    ).fetchone()
    if end is None:
        raise ArchiveRefused(f"La clôture {closure.period} n'est pas scellée dans le journal")
    before = conn.execute(
        "SELECT max(j.position) FROM journal_entries j JOIN closures c ON c.id = j.closure_id "
        "WHERE j.register = ? AND c.kind = 'day' AND c.last_day < ?",
        (register, closure.first_day.isoformat()),
    ).fetchone()[0]
    cut = cut_of(conn, register)
    if int(end[0]) <= cut:
        raise ArchiveRefused(
            f"Le détail de {closure.period} a été purgé : l'archive exportée avant la purge "
            "reste le document de référence"
        )
    return max(before or 0, cut) + 1, int(end[0])


def _journal_lines(session: Session, register: str, first: int, last: int) -> list[dict[str, Any]]:
    rows = raw_connection(session).execute(
        "SELECT position, record_type, seq, at, format_version, prev_hash, hash, signature, "
        "key_id, payload FROM journal_entries WHERE register = ? AND position BETWEEN ? AND ? "
        "ORDER BY position",
        (register, first, last),
    )
    names = ("position", "record_type", "seq", "at", "format_version", "prev_hash", "hash",
             "signature", "key_id", "payload")  # fmt: skip
    return [dict(zip(names, row, strict=True)) for row in rows]


def _public_keys(session: Session, last: int) -> list[dict[str, str]]:
    rows = raw_connection(session).execute(
        "SELECT j.payload FROM journal_entries j JOIN fiscal_events e ON e.id = j.event_id "
        "WHERE j.position <= ? AND e.code IN (?, ?) ORDER BY j.id",
        (last, int(EventCode.KEY_CREATED), int(EventCode.KEY_CHANGED)),
    )
    out: dict[str, str] = {}
    for (payload,) in rows:
        details = json.loads(payload)["data"]["details"]
        out[details["fingerprint"]] = details["public_key"]
    return [{"fingerprint": f, "public_key": k} for f, k in out.items()]


def _key_chain(session: Session) -> bytes:
    """Every key record of the journal up to now (creation, then each change, and HQ's
    confirmation of a change the lost old key could not sign), as journal lines: the chain
    of keys that lets an auditor tie the archive to the café's key."""
    rows = raw_connection(session).execute(
        "SELECT j.position, j.record_type, j.seq, j.at, j.format_version, j.prev_hash, j.hash, "
        "j.signature, j.key_id, j.payload FROM journal_entries j JOIN fiscal_events e "
        "ON e.id = j.event_id WHERE e.code IN (?, ?, ?) ORDER BY j.id",
        (
            int(EventCode.KEY_CREATED),
            int(EventCode.KEY_CHANGED),
            int(EventCode.KEY_BREAK_CONFIRMED),
        ),
    )
    names = ("position", "record_type", "seq", "at", "format_version", "prev_hash", "hash",
             "signature", "key_id", "payload")  # fmt: skip
    return "".join(
        canonical.dumps(
            {**dict(zip(names, row, strict=True)), "at": canonical.iso_utc(parse_datetime(row[3]))}
        )
        + "\n"
        for row in rows
    ).encode("utf-8")


def _zip(path: Path, files: dict[str, bytes]) -> None:
    """Write the zip completely (flushed to the disk) or raise OSError."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_MODE)
    os.fchmod(descriptor, PRIVATE_MODE)  # owner-only: it holds names and figures
    with os.fdopen(descriptor, "wb") as handle:
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, content in files.items():
                archive.writestr(name, content)
        handle.flush()
        os.fsync(handle.fileno())


def _write_whole(out: Path, files: dict[str, bytes]) -> None:
    """The archive under its name only once complete; nothing left behind otherwise."""
    temporary = out.with_name(out.name + ".tmp")
    try:
        _zip(temporary, files)
        os.replace(temporary, out)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ArchiveRefused(
            f"Archive non écrite ({os_error_text(exc)}) : rien n'a été enregistré"
        ) from exc


def prepare_archive(
    ctx: ServiceContext, session: Session, actor: Actor, period: str, out: Path
) -> ArchiveResult:
    """Write the archive of a closed month ("YYYY-MM") or year ("YYYY") to ``out`` (whole,
    or nothing) and record its export event in ``session``; the caller commits, and removes
    ``out`` if the commit fails (the use case is services.archives.export_archive)."""
    kind, period = parse_period(period)
    check_export_target(out)
    closure = session.scalars(
        select(Closure).where(
            Closure.register == ctx.register, Closure.kind == kind, Closure.period == period
        )
    ).first()
    if closure is None:
        what = "Le mois" if kind == "month" else "L'année"
        raise ArchiveRefused(
            f"{what} {period} n'est pas clôturé(e) : faites la clôture avant d'archiver"
        )
    first, last = _segment(session, ctx.register, closure)
    lines = _journal_lines(session, ctx.register, first, last)
    records = [{**json.loads(line["payload"]), "hash": line["hash"]} for line in lines]
    signer = chain.session_signer(ctx, session)
    journal = "".join(
        canonical.dumps({**line, "at": canonical.iso_utc(parse_datetime(line["at"]))}) + "\n"
        for line in lines
    ).encode("utf-8")
    files: dict[str, bytes] = {
        verify_archive.JOURNAL: journal,
        **verify_archive.csv_files(records),
        verify_archive.KEYS: json.dumps(_public_keys(session, last), indent=1).encode(),
        verify_archive.KEY_CHAIN: _key_chain(session),
        "README.txt": README.format(
            period=period,
            register=ctx.register,
            archive_name=out.name,
            version=__version__,
        ).encode("utf-8"),
        "verify_archive.py": Path(verify_archive.__file__).read_bytes(),
    }
    head = session.scalar(
        select(JournalEntry.hash).where(
            JournalEntry.register == ctx.register, JournalEntry.position == last
        )
    )
    manifest = {
        "format": verify_archive.ARCHIVE_FORMAT,
        "version": verify_archive.ARCHIVE_VERSION,
        "register": ctx.register,
        "kind": kind,
        "period": period,
        "first_day": closure.first_day.isoformat(),
        "last_day": closure.last_day.isoformat(),
        "created_at": canonical.iso_utc(to_utc_naive(ctx.clock.now())),
        "software_version": __version__,
        "record_format_version": canonical.FORMAT_VERSION,
        "first_position": first,
        "last_position": last,
        "anchor_prev_hash": lines[0]["prev_hash"] if lines else canonical.GENESIS_HASH,
        "chain_head": {"position": last, "hash": head},
        "record_count": len(lines),
        "signing_key": signer.fingerprint,
        "public_key": signer.public_hex,
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
    }
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    files[verify_archive.MANIFEST] = manifest_bytes
    files[verify_archive.MANIFEST_SIGNATURE] = signer.sign(manifest_bytes).hex().encode()
    manifest_sha = hashlib.sha256(manifest_bytes).hexdigest()
    _write_whole(out, files)  # journaled only once the file is complete
    try:
        _record_export(ctx, session, actor, kind, period, out, manifest_sha, first, last)
    except BaseException:
        out.unlink(missing_ok=True)  # no archive the journal does not know
        raise
    return ArchiveResult(out, period, len(lines), first, last, manifest_sha)


def _record_export(
    ctx: ServiceContext,
    session: Session,
    actor: Actor,
    kind: str,
    period: str,
    out: Path,
    manifest_sha: str,
    first: int,
    last: int,
) -> None:
    record_event(
        ctx,
        session,
        EventCode.YEAR_ARCHIVE if kind == "year" else EventCode.PERIOD_ARCHIVE,
        f"Archive fiscale {period} exportée ({out.name})",
        actor_name=actor.name,
        details={
            "period": period,
            "file": out.name,
            "manifest_sha256": manifest_sha,
            "first_position": first,
            "last_position": last,
        },
    )
