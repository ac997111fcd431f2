"""Breaks of the chain of signing keys and HQ's confirmations of them, in the journal.

A break is a key change (event 907) not signed by the previous key (the key file was lost).
It stays visible — ``verify`` exit 1, a note on every report, the status bar — until HQ
confirms it: at re-enrolment HQ counter-signs the break with its own key
(``cafe_pos.domain.key_break``), and the café journals that signature as event 913
(``record_confirmations``, in the caller's transaction). ``confirmation_of`` is how
``verify`` reads and checks such a record.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.key_break import KeyBreak, KeyBreakError, confirmation_text
from cafe_pos.fiscal.codes import EventCode
from cafe_pos.store.raw import raw_connection

# The reports read the breaks (``break_notes``) from screens built at start-up: the chain
# and the key module (cryptography) are imported when a confirmation is first checked or
# written, not with this module (lazy imports down the layers, for start-up speed).

# 907s whose journal record is not signed by the key they name as previous
_BREAKS = """
SELECT j.position, j.hash, e.at, e.details FROM fiscal_events e
JOIN journal_entries j ON j.event_id = e.id
WHERE e.register = ? AND e.code = ? AND j.key_id <> json_extract(e.details, '$.previous')
ORDER BY j.position"""
_CONFIRMED = """
SELECT e.details FROM fiscal_events e WHERE e.register = ? AND e.code = ? ORDER BY e.id"""


@dataclass(frozen=True, slots=True)
class Confirmation:
    """HQ's confirmation of a break, as journaled (event 913) and checked."""

    key_break: KeyBreak
    siret: str
    hq_key: str  # HQ's key fingerprint
    hq_public_key: str
    hq_signature: str

    def details(self) -> dict[str, str | int]:
        b = self.key_break
        return {
            "position": b.position,
            "hash": b.hash,
            "previous": b.previous,
            "fingerprint": b.fingerprint,
            "siret": self.siret,
            "hq_key": self.hq_key,
            "hq_public_key": self.hq_public_key,
            "hq_signature": self.hq_signature,
        }


@dataclass(frozen=True, slots=True)
class BreakNote:
    """A break for the reports and the status bar: when, why, and HQ's key if confirmed."""

    key_break: KeyBreak
    at: str  # UTC time of the key change, ISO text
    reason: str
    confirmed_by: str | None


def confirmation_of(details: Mapping[str, Any], register: str) -> Confirmation:
    """The confirmation an event 913 carries, its HQ signature checked (ValueError with a
    French reason otherwise)."""
    from cafe_pos.fiscal.keys import fingerprint_of, signature_valid

    try:
        key_break = KeyBreak.from_wire(details)
        siret = str(details["siret"])
        hq_key = str(details["hq_key"])
        hq_public = str(details["hq_public_key"])
        signature = str(details["hq_signature"])
    except (KeyError, TypeError, KeyBreakError) as exc:
        raise ValueError(f"confirmation du siège illisible ({exc})") from exc
    try:
        same_key = fingerprint_of(hq_public) == hq_key
    except ValueError:
        same_key = False
    if not same_key:
        raise ValueError(f"confirmation du siège : clé {hq_key} incohérente")
    message = confirmation_text(siret, register, key_break)
    if not signature_valid(hq_public, signature, message):
        raise ValueError(
            f"confirmation du siège invalide : la signature n'est pas celle de la clé du "
            f"siège {hq_key}"
        )
    return Confirmation(key_break, siret, hq_key, hq_public, signature)


def break_notes(session: Session, register: str) -> list[BreakNote]:
    """Every break of the register's chain of keys, oldest first, with HQ's key when a
    valid confirmation of exactly that break is journaled."""
    conn = raw_connection(session)
    confirmed: dict[KeyBreak, str] = {}
    for (text,) in conn.execute(_CONFIRMED, (register, int(EventCode.KEY_BREAK_CONFIRMED))):
        try:
            confirmation = confirmation_of(json.loads(text or "{}"), register)
        except ValueError:
            continue  # verify names it; the break stays unconfirmed here
        confirmed[confirmation.key_break] = confirmation.hq_key
    notes = []
    for position, hash_hex, at, text in conn.execute(
        _BREAKS, (register, int(EventCode.KEY_CHANGED))
    ):
        details = json.loads(text or "{}")
        key_break = KeyBreak(
            int(position), str(hash_hex), str(details.get("previous", "")),
            str(details.get("fingerprint", "")),
        )  # fmt: skip
        notes.append(
            BreakNote(key_break, str(at), str(details.get("reason", "")), confirmed.get(key_break))
        )
    return notes


def unconfirmed_breaks(session: Session, register: str) -> list[KeyBreak]:
    return [n.key_break for n in break_notes(session, register) if n.confirmed_by is None]


def record_confirmations(
    ctx: ServiceContext,
    session: Session,
    siret: str,
    hq_key: Mapping[str, Any],
    answers: Sequence[Any],
    asked: Sequence[KeyBreak],
) -> list[Confirmation]:
    """Journal HQ's confirmations (event 913 each), in the caller's transaction, after
    checking each against the break the café asked about and HQ's signature."""
    from cafe_pos.fiscal import chain

    recorded = []
    wanted = {b.position: b for b in asked}
    for answer in answers:
        if not isinstance(answer, dict):
            raise UserError("Confirmation du siège mal formée")
        details = {
            **answer,
            "siret": siret,
            "hq_key": str(hq_key.get("fingerprint", "")),
            "hq_public_key": str(hq_key.get("public_key", "")),
            "hq_signature": str(answer.get("signature", "")),
        }
        try:
            confirmation = confirmation_of(details, ctx.register)
        except ValueError as exc:
            raise UserError(f"Réponse du siège refusée : {exc}") from exc
        if wanted.get(confirmation.key_break.position) != confirmation.key_break:
            raise UserError("Réponse du siège refusée : confirmation d'une autre rupture de clé")
        chain.write_event(
            ctx,
            session,
            EventCode.KEY_BREAK_CONFIRMED,
            f"Rupture de la chaîne des clés (n° {confirmation.key_break.position}) confirmée "
            f"par le siège",
            actor_name="synchronisation siège",
            details=confirmation.details(),
        )
        recorded.append(confirmation)
    return recorded
