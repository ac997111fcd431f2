"""Receiving a café's message: check, deduplicate, store, pin the chain, raise alerts.

Order of checks (docs/hq-sync.md): readable envelope (else 422), known and enrolled café
(else 401), signature by the café's current key (else 403, and an alert), body valid
against the JSON Schema (else 422); then the idempotency key (café, kind, business date,
version): the same body again gets the stored acknowledgement, a different body under
the same key is refused (409) and raised as an alert. Nothing is stored for a refused
message. Any business date is accepted: replays are stopped by the key, not by time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from time import monotonic
from typing import Any, NamedTuple

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Date, DateTime, Integer, String, column, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cafe_pos.domain import hq_wire
from cafe_pos.hq import compliance
from cafe_pos.hq.models import Alert, Archive, Cafe, CafeKey, Message

ALERT_KINDS = {
    "rollback": "restauration ou altération possible",
    "conflict": "message différent pour une même clé",
    "signature": "signature invalide",
    "integrity": "défaut d'intégrité signalé par le café",
    "key_change": "changement de clé de signature",
    "key_break": "clé perdue, rupture confirmée à la réinscription",
    "archive": "archive fiscale invalide",
    "restore": "sauvegarde restaurée par le café",
}
ROLLBACK = "restauration ou altération possible"
SCHEMA_FILE = "hq-message-v1.schema.json"
# The standalone verifier shipped with this software (never the copy inside an archive).
VERIFIER = Path(__file__).resolve().parent.parent / "fiscal" / "verify_archive.py"


@dataclass(frozen=True, slots=True)
class Answer:
    """The HTTP status and JSON the café gets."""

    status: int
    payload: dict[str, Any]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@cache
def _validator() -> Any:
    """The schema compiled to Python once (fastjsonschema: tens of times faster than an
    interpreting validator, which matters at thousands of messages a second)."""
    import fastjsonschema

    text = resources.files("cafe_pos.domain").joinpath("schemas", SCHEMA_FILE).read_text("utf-8")
    return fastjsonschema.compile(json.loads(text))


def schema_errors(body: dict[str, Any]) -> list[str]:
    """The first schema violation, in words (empty when the body is valid)."""
    import fastjsonschema

    try:
        _validator()(body)
    except fastjsonschema.JsonSchemaValueException as exc:
        where = exc.path if isinstance(exc.path, str) else str(exc.name)
        return [f"{where} : {exc.message}"]
    return []


def refuse(status: int, reason: str) -> Answer:
    return Answer(status, {"detail": reason})


def raise_alert(
    session: Session,
    cafe_id: int | None,
    kind: str,
    message: str,
    *,
    business_date: dt.date | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Add an alert unless the same one is already open (retries don't pile up)."""
    same = session.scalar(
        select(Alert.id).where(
            Alert.cafe_id == cafe_id,
            Alert.kind == kind,
            Alert.business_date == business_date,
            Alert.message == message[:500],
            Alert.acknowledged_at.is_(None),
        )
    )
    if same is None:
        session.add(
            Alert(
                cafe_id=cafe_id,
                kind=kind,
                business_date=business_date,
                message=message[:500],
                details=details or {},
                created_at=utcnow(),
                acknowledged_by="",
                note="",
            )
        )


def ack_of(message: Message | Stored) -> dict[str, Any]:
    """The acknowledgement: the same for every copy of the message."""
    return {
        "status": "accepted",
        "message_id": message.id,
        "kind": message.kind,
        "business_date": message.business_date.isoformat(),
        "version": message.version,
        "body_sha256": message.body_sha256,
        "received_at": message.received_at.isoformat(timespec="seconds") + "Z",
    }


def _verify(public_hex: str, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


class _KnownKey(NamedTuple):
    cafe_id: int
    fingerprint: str
    public_key: str
    read_at: float


# SIRET -> the café's key as last read, so a message costs no café lookup. Used only when
# the message's key and signature match it; anything else is checked against the
# database. A key replaced by re-enrolment in another worker process stops being accepted
# here after KEY_CACHE_SECONDS at most.
_KEYS: dict[tuple[str, str], _KnownKey] = {}  # (database URL, SIRET)
KEY_CACHE_SECONDS = 60.0


def _cache_key(session: Session, siret: str) -> tuple[str, str]:
    return (str(session.get_bind().engine.url), siret)


def _known_cafe(session: Session, siret: str, env: hq_wire.ParsedEnvelope) -> int | None:
    known = _KEYS.get(_cache_key(session, siret))
    if known is None or monotonic() - known.read_at > KEY_CACHE_SECONDS:
        return None
    if env.key != known.fingerprint:
        return None
    if not _verify(known.public_key, env.signature, hq_wire.signed_bytes(env.body_text)):
        return None
    return known.cafe_id


def forget_cafe_keys() -> None:
    """After an enrolment or a key change: read keys from the database again."""
    _KEYS.clear()


def ingest(session: Session, raw: bytes) -> Answer:
    """Handle one posted envelope in the session's transaction (committed here)."""
    try:
        env = hq_wire.parse_envelope(json.loads(raw))
    except ValueError as exc:  # json errors and WireError
        return refuse(422, str(exc) if isinstance(exc, hq_wire.WireError) else "JSON illisible")
    body = env.body
    cafe_id = _known_cafe(session, body["siret"], env)
    if cafe_id is None:
        cafe = session.scalar(select(Cafe).where(Cafe.siret == body["siret"]))
        if cafe is None:
            return refuse(401, f"café inconnu du siège (SIRET {body['siret']})")
        if cafe.public_key is None or cafe.key_fingerprint is None:
            return refuse(401, "café non inscrit : demandez un code d'inscription au siège")
        if env.key != cafe.key_fingerprint:
            raise_alert(
                session,
                cafe.id,
                "signature",
                f"message signé par une clé inconnue ({env.key})",
                details={"key": env.key},
            )
            session.commit()
            return refuse(403, "clé de signature inconnue du siège : réinscrivez le café")
        if not _verify(cafe.public_key, env.signature, hq_wire.signed_bytes(env.body_text)):
            raise_alert(
                session, cafe.id, "signature", "signature invalide (message modifié en route ?)"
            )
            session.commit()
            return refuse(403, "signature invalide : message modifié ou clé incorrecte")
        cafe_id = cafe.id
        _KEYS[_cache_key(session, cafe.siret)] = _KnownKey(
            cafe.id, cafe.key_fingerprint, cafe.public_key, monotonic()
        )
    errors = schema_errors(body)
    if errors:
        return refuse(422, "message non conforme au schéma : " + "; ".join(errors[:3]))
    key = hq_wire.idempotency_key(body)
    near: dict[str, Stored] = {}
    previous = None
    if key.kind == hq_wire.KIND_DAILY:
        previous = body["data"]["closure"].get("previous")
        previous_day = dt.date.fromisoformat(previous["business_date"]) if previous else None
        near = neighbours(session, cafe_id, key, previous_day)
        existing = near.get("same")
    else:
        existing = _existing(session, cafe_id, key)
    sha = hq_wire.body_sha256(env.body_text)
    if existing is not None:
        return _again(session, cafe_id, existing, sha)
    if key.kind == hq_wire.KIND_ARCHIVE:
        problem = _archive_problem(body["data"], env.attachment)
        if problem:
            return refuse(422, problem)
    now = utcnow()
    message = Message(
        cafe_id=cafe_id,
        kind=key.kind,
        business_date=key.business_date,
        version=key.version,
        body=env.body_text,
        body_sha256=sha,
        signature=env.signature.hex(),
        key_fingerprint=env.key,
        received_at=now,
        software_version=str(body["software_version"]),
        data=body["data"],
    )
    data = body["data"]
    if key.kind == hq_wire.KIND_DAILY:
        message.tickets = int(data["tickets"])
        message.total_cents = int(data["total_cents"])
        message.own_sales_cents = int(data["own_sales_cents"])
        message.third_party_cents = int(data["third_party"]["total_cents"])
        message.chain_position = int(data["closure"]["chain"]["position"])
        message.chain_hash = str(data["closure"]["chain"]["hash"])
        _pin_chain(session, cafe_id, message, previous, near)
    session.add(message)
    try:
        session.flush()
    except IntegrityError:  # the same key arrived at the same time through another worker
        session.rollback()
        existing = _existing(session, cafe_id, key)
        if existing is None:
            raise
        return _again(session, cafe_id, existing, sha)
    if key.kind == hq_wire.KIND_DAILY:
        compliance.store_excesses(session, cafe_id, message, data)
    elif key.kind == hq_wire.KIND_EVENT:
        _on_event(session, cafe_id, message, data)
    elif key.kind == hq_wire.KIND_ARCHIVE:
        assert env.attachment is not None
        _store_archive(session, cafe_id, message, data, env.attachment)
    answer = ack_of(message)
    session.commit()
    return Answer(200, answer)


class Stored(NamedTuple):
    """A message already held (the columns the checks and the acknowledgement need)."""

    id: int
    kind: str
    business_date: dt.date
    version: int
    body_sha256: str
    received_at: dt.datetime
    chain_position: int | None
    chain_hash: str | None


_COLUMNS = "id, kind, business_date, version, body_sha256, received_at, chain_position, chain_hash"
# One round trip for a daily message: the same key, the nearest days before and after,
# and the day the café names as its previous closure.
_NEIGHBOURS = text(
    f"""
SELECT 'same' AS tag, {_COLUMNS} FROM messages
 WHERE cafe_id = :cafe AND kind = :kind AND business_date = :day AND version = :version
UNION ALL SELECT * FROM (SELECT 'before' AS tag, {_COLUMNS} FROM messages
 WHERE cafe_id = :cafe AND kind = 'daily' AND business_date < :day
 ORDER BY business_date DESC LIMIT 1) AS b
UNION ALL SELECT * FROM (SELECT 'after' AS tag, {_COLUMNS} FROM messages
 WHERE cafe_id = :cafe AND kind = 'daily' AND business_date > :day
 ORDER BY business_date LIMIT 1) AS a
UNION ALL SELECT 'previous' AS tag, {_COLUMNS} FROM messages
 WHERE cafe_id = :cafe AND kind = 'daily' AND business_date = :previous"""
).columns(
    column("tag", String),
    column("id", Integer),
    column("kind", String),
    column("business_date", Date),
    column("version", Integer),
    column("body_sha256", String),
    column("received_at", DateTime),
    column("chain_position", Integer),
    column("chain_hash", String),
)


def neighbours(
    session: Session, cafe_id: int, key: hq_wire.IdempotencyKey, previous: dt.date | None
) -> dict[str, Stored]:
    rows = session.execute(
        _NEIGHBOURS,
        {
            "cafe": cafe_id,
            "kind": key.kind,
            "day": key.business_date,
            "version": key.version,
            "previous": previous,
        },
    )
    return {row[0]: Stored(*row[1:]) for row in rows}


def _existing(session: Session, cafe_id: int, key: hq_wire.IdempotencyKey) -> Stored | None:
    row = session.execute(
        select(
            Message.id,
            Message.kind,
            Message.business_date,
            Message.version,
            Message.body_sha256,
            Message.received_at,
            Message.chain_position,
            Message.chain_hash,
        ).where(
            Message.cafe_id == cafe_id,
            Message.kind == key.kind,
            Message.business_date == key.business_date,
            Message.version == key.version,
        )
    ).first()
    return None if row is None else Stored(*row)


def _again(session: Session, cafe_id: int, existing: Stored, sha: str) -> Answer:
    if existing.body_sha256 == sha:
        return Answer(200, ack_of(existing))
    raise_alert(
        session,
        cafe_id,
        "conflict",
        f"{ROLLBACK} : message {existing.kind} du {existing.business_date:%d/%m/%Y} "
        "différent de celui déjà reçu",
        business_date=existing.business_date,
        details={"stored_sha256": existing.body_sha256, "received_sha256": sha},
    )
    session.commit()
    return refuse(
        409,
        f"le siège a déjà reçu un message {existing.kind} différent pour le "
        f"{existing.business_date:%d/%m/%Y} (version {existing.version})",
    )


def _pin_chain(
    session: Session,
    cafe_id: int,
    message: Message,
    previous: dict[str, Any] | None,
    near: dict[str, Stored],
) -> None:
    """Compare this day's chain head with the heads HQ already pinned for the café."""
    day, position = message.business_date, message.chain_position
    assert position is not None
    before, after = near.get("before"), near.get("after")
    problems: list[str] = []
    if before is not None and (before.chain_position or 0) >= position:
        problems.append(
            f"la séquence du journal recule (position {position} au {day:%d/%m/%Y}, "
            f"déjà {before.chain_position} au {before.business_date:%d/%m/%Y})"
        )
    if after is not None and (after.chain_position or 0) <= position:
        problems.append(
            f"la séquence du journal recule (position {position} au {day:%d/%m/%Y}, "
            f"{after.chain_position} au {after.business_date:%d/%m/%Y})"
        )
    if previous is None:
        if before is not None:
            problems.append(
                f"le journal du café ne connaît aucune clôture avant le {day:%d/%m/%Y}, "
                f"le siège a celle du {before.business_date:%d/%m/%Y}"
            )
    else:
        previous_day = dt.date.fromisoformat(previous["business_date"])
        pinned = near.get("previous")
        if pinned is not None and (pinned.chain_position, pinned.chain_hash) != (
            previous["position"],
            previous["hash"],
        ):
            problems.append(
                f"l'historique du café ne correspond pas à la clôture du "
                f"{previous_day:%d/%m/%Y} reçue par le siège"
            )
        if before is not None and before.business_date > previous_day:
            problems.append(
                f"la clôture du {before.business_date:%d/%m/%Y} reçue par le siège a disparu "
                f"du journal du café (clôture précédente annoncée : {previous_day:%d/%m/%Y})"
            )
    for problem in problems:
        raise_alert(
            session,
            cafe_id,
            "rollback",
            f"{ROLLBACK} : {problem}",
            business_date=day,
            details={"position": position, "hash": message.chain_hash},
        )


def _on_event(session: Session, cafe_id: int, message: Message, data: dict[str, Any]) -> None:
    details = data.get("details", {})
    cafe = session.get(Cafe, cafe_id)
    assert cafe is not None
    if data["code"] == 907 and not details.get("endorsed", 1):
        # the previous key was lost: the change is signed by the new key, which HQ knows
        # only from a re-enrolment (that is where the break was confirmed, or refused)
        raise_alert(
            session,
            cafe_id,
            "key_change",
            f"changement de clé non validé par l'ancienne clé ({details.get('previous', '')} "
            f"→ {details.get('fingerprint', '')}) : clé perdue, café réinscrit",
            business_date=message.business_date,
        )
    elif data["code"] == 907:  # key change, signed by the previous key (checked above)
        new_key = str(details.get("public_key", ""))
        if len(new_key) == 64 and hq_wire.fingerprint_of(new_key) == details.get("fingerprint"):
            now = utcnow()
            for old in session.scalars(
                select(CafeKey).where(CafeKey.cafe_id == cafe.id, CafeKey.retired_at.is_(None))
            ):
                old.retired_at = now
            session.add(
                CafeKey(
                    cafe_id=cafe.id,
                    fingerprint=details["fingerprint"],
                    public_key=new_key,
                    since=now,
                    how="key_change",
                )
            )
            cafe.public_key = new_key
            cafe.key_fingerprint = str(details["fingerprint"])
            forget_cafe_keys()
        raise_alert(
            session,
            cafe_id,
            "key_change",
            f"changement de clé de signature annoncé par l'ancienne clé "
            f"({details.get('previous', '')} → {details.get('fingerprint', '')})",
            business_date=message.business_date,
        )
    elif data["code"] == 90:
        raise_alert(
            session,
            cafe_id,
            "integrity",
            f"défaut d'intégrité du journal : {data.get('message', '')}",
            business_date=message.business_date,
        )
    elif data["code"] == 912:  # a backup restored, declared by the till
        raise_alert(
            session,
            cafe_id,
            "restore",
            f"sauvegarde restaurée ({details.get('backup', '?')}) : enregistrements "
            f"{details.get('restored_position', '?')} à {details.get('discarded_position', '?')} "
            f"écartés, tickets repris après le n° {details.get('last_ticket_number', '?')}",
            business_date=message.business_date,
        )


def _archive_problem(data: dict[str, Any], attachment: bytes | None) -> str | None:
    if attachment is None:
        return "archive absente du message"
    if len(attachment) != data["size"] or hashlib.sha256(attachment).hexdigest() != data["sha256"]:
        return "archive reçue différente de celle annoncée (taille ou SHA-256)"
    return None


def verify_archive_bytes(content: bytes) -> tuple[bool, str]:
    """Run the standalone verifier (a separate process, as an auditor would)."""
    with tempfile.TemporaryDirectory(prefix="hq-archive-") as folder:
        path = Path(folder) / "archive.zip"
        path.write_bytes(content)
        try:
            done = subprocess.run(
                [sys.executable, str(VERIFIER), str(path)],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return False, "vérification trop longue"
    output = (done.stdout + done.stderr).strip()
    return done.returncode == 0, output


def _store_archive(
    session: Session, cafe_id: int, message: Message, data: dict[str, Any], content: bytes
) -> None:
    verified, output = verify_archive_bytes(content)
    session.add(
        Archive(
            cafe_id=cafe_id,
            message_id=message.id,
            period=str(data["period"]),
            file_name=str(data["file_name"])[:80],
            sha256=str(data["sha256"]),
            size=len(content),
            content=content,
            verified=verified,
            verifier_output=output,
            received_at=message.received_at,
        )
    )
    if not verified:
        raise_alert(
            session,
            cafe_id,
            "archive",
            f"archive fiscale {data['period']} invalide : {output.splitlines()[0] if output else ''}",
            business_date=message.business_date,
        )
