"""The purge anchor (event 914): where a register's chain resumes once the detail of an
archived year was removed (docs/fiscal-format.md § 10).

A purge removes the sealed detail of a closed year (tickets, their lines, VAT, payments,
duplicates, ordinary events and their journal records) up to a cut: the position of the
year's closure record. The anchor is a new signed record appended after the purge; its
details say where the chain resumes (the hash, time and per-type sequences at the cut),
how many records below the cut were kept (closures, key records, customer-account
movements, tickets a kept record still refers to), the grand totals at the cut, and the
archive that remains the legal record of the removed detail (file name, SHA-256).

This module only reads anchors; writing one is ``fiscal.purge``.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from cafe_pos.fiscal.codes import EventCode, RecordType

SEQ_PREFIX = "seq_"


@dataclass(frozen=True, slots=True)
class Anchor:
    """One purge anchor of a register, as recorded (details of event 914)."""

    register: str
    year: str
    last_day: dt.date
    archive: str
    archive_sha256: str
    first_position: int  # first position of the purged range
    last_position: int  # the cut: the chain resumes at last_position + 1
    last_hash: str  # hash of the record at the cut
    last_at: str  # its time (database text)
    seqs: dict[str, int]  # per record type, the last sequence at or before the cut
    kept: int  # journal records at or before the cut that were kept
    grand_total_cents: int
    grand_total_absolute_cents: int
    position: int  # where the anchor itself is in the chain
    hash: str  # the anchor record's hash

    def sentence(self) -> str:
        """What ``verify`` says about it (information, not a failure)."""
        return (
            f"Détail purgé jusqu'au {self.last_day:%d/%m/%Y} (caisse {self.register}, "
            f"enregistrements n° {self.first_position} à {self.last_position}) : archive "
            f"{self.archive}, empreinte {self.archive_sha256[:16]}…"
        )


def anchor_of(details: dict[str, object], position: int, hash_hex: str) -> Anchor:
    """The anchor its event's details describe; ValueError/KeyError when malformed."""

    def number(key: str) -> int:
        value = details[key]
        if not isinstance(value, int):
            raise ValueError(f"« {key} » n'est pas un nombre")
        return value

    seqs = {
        key.removeprefix(SEQ_PREFIX): number(key)
        for key in details
        if key.startswith(SEQ_PREFIX) and key.removeprefix(SEQ_PREFIX) in set(RecordType)
    }
    return Anchor(
        register=str(details["register"]),
        year=str(details["year"]),
        last_day=dt.date.fromisoformat(str(details["last_day"])),
        archive=str(details["archive"]),
        archive_sha256=str(details["archive_sha256"]),
        first_position=number("first_position"),
        last_position=number("last_position"),
        last_hash=str(details["last_hash"]),
        last_at=str(details["last_at"]),
        seqs=seqs,
        kept=number("kept"),
        grand_total_cents=number("grand_total_cents"),
        grand_total_absolute_cents=number("grand_total_absolute_cents"),
        position=position,
        hash=hash_hex,
    )


# read from the signed record (its payload), not from the event row: verify checks that
# the row still says the same, in chain order
_ANCHORS = """
SELECT j.payload, j.position, j.hash FROM fiscal_events e
JOIN journal_entries j ON j.event_id = e.id
WHERE e.code = ? AND e.register = ? AND j.register = e.register ORDER BY j.position"""


def anchors(conn: sqlite3.Connection, register: str) -> list[Anchor]:
    """Every purge anchor of the register, oldest first; ValueError when one is
    unreadable (verify names it)."""
    out = []
    for payload, position, hash_hex in conn.execute(
        _ANCHORS, (int(EventCode.PURGE_ANCHOR), register)
    ):
        try:
            details = json.loads(payload)["data"]["details"]
            out.append(anchor_of(details, int(position), str(hash_hex)))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(
                f"ancre de purge n° {position} (caisse {register}) illisible : {exc}"
            ) from exc
    return out


def latest_anchor(conn: sqlite3.Connection, register: str) -> Anchor | None:
    """The register's latest purge anchor (the chain resumes after its cut), or None."""
    found = anchors(conn, register)
    return found[-1] if found else None


def cut_of(conn: sqlite3.Connection, register: str) -> int:
    """The last purged position of the register (0: nothing purged)."""
    anchor = latest_anchor(conn, register)
    return 0 if anchor is None else anchor.last_position
