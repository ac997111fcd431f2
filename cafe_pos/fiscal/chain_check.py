"""A fast check of a journal copy (a backup just written): every record's hash recomputed
and linked to the previous one, positions without gaps, the last record's signature and
the signed end-of-chain marker checked with the journal's own keys.

Since each hash covers the previous one, a valid signature on the last hash vouches for
every record before it: a changed, removed or inserted record breaks a link and is named.
The full check (rows rebuilt into records, closures recomputed: ``fiscal.verify``) is for
restores; this one runs on every backup in well under a second for a year of records.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from cafe_pos.fiscal.keys import signature_valid
from cafe_pos.fiscal.purge_anchor import latest_anchor
from cafe_pos.fiscal.verify import record_name
from cafe_pos.store.engine import sqlite_uri

ZERO_HASH = "0" * 64
# The check runs on the backup thread beside a till that sells: every few hundred records
# it lets go of the interpreter for a moment, so a sale's Python steps never queue behind
# it for a whole switch interval at each of their database calls.
YIELD_EVERY = 200


@dataclass(frozen=True, slots=True)
class ChainSummary:
    ok: bool
    records: int
    heads: tuple[tuple[str, int, str], ...]  # (register, position, hash)
    first_bad: str | None = None
    message: str = ""


class _Bad(Exception):
    def __init__(self, name: str, text: str) -> None:
        super().__init__(text)
        self.name = name
        self.text = text


def _name(register: str, position: int, record_type: str, payload: str) -> str:
    try:
        envelope = json.loads(payload)
    except ValueError:
        envelope = None
    return record_name(record_type, envelope, position, register)


def _check_register(
    conn: sqlite3.Connection, register: str, keys: dict[str, str]
) -> tuple[int, str, int]:
    """(last position, last hash, records) of one register's chain, or _Bad. After a
    purge the chain is followed from the cut its latest anchor states (the records kept
    below the cut are for the full check)."""
    try:
        anchor = latest_anchor(conn, register)
    except ValueError as exc:
        raise _Bad(f"ancre de purge (caisse {register})", str(exc)) from exc
    prev, expected = ZERO_HASH, 1
    if anchor is not None:
        prev, expected = anchor.last_hash, anchor.last_position + 1
    last: tuple[int, str, str, str, str] | None = None
    rows = conn.execute(
        "SELECT position, record_type, payload, prev_hash, hash, signature, key_id "
        "FROM journal_entries WHERE register = ? AND position >= ? ORDER BY position",
        (register, expected),
    )
    for position, record_type, payload, prev_hash, hash_hex, signature, key_id in rows:
        if position != expected:
            raise _Bad(
                f"enregistrement n° {expected} du journal (caisse {register})",
                f"enregistrement n° {expected} du journal (caisse {register}) manquant",
            )
        digest = hashlib.sha256(bytes.fromhex(prev) + str(payload).encode("utf-8")).hexdigest()
        if prev_hash != prev or digest != hash_hex:
            name = _name(register, position, record_type, payload)
            raise _Bad(name, f"{name} : modifié (son empreinte ne correspond plus à la chaîne)")
        prev, expected = hash_hex, expected + 1
        last = (position, record_type, payload, signature, key_id)
        if position % YIELD_EVERY == 0:
            time.sleep(0.0005)
    if last is None:
        return 0, ZERO_HASH, 0
    position, record_type, payload, signature, key_id = last
    public = keys.get(str(key_id))
    if public is None or not signature_valid(public, str(signature), bytes.fromhex(prev)):
        name = _name(register, position, record_type, payload)
        raise _Bad(name, f"{name} : signature invalide")
    head = conn.execute(
        "SELECT position, hash, signature FROM chain_head WHERE register = ?", (register,)
    ).fetchone()
    marker = f"cafe-pos chain head v1|{register}|{position}|{prev}".encode()
    if (
        head is None
        or head[0] != position
        or head[1] != prev
        or not any(signature_valid(k, str(head[2]), marker) for k in keys.values())
    ):
        raise _Bad(
            f"fin de chaîne (caisse {register})",
            f"le témoin de fin de chaîne de la caisse {register} ne correspond pas au dernier "
            f"enregistrement (n° {position})",
        )
    return position, prev, position


def quick_check(db_path: Path) -> ChainSummary:
    """Check the chains of a database file (read-only); never raises for a bad journal."""
    try:
        with closing(sqlite3.connect(sqlite_uri(db_path, read_only=True), uri=True)) as conn:
            conn.execute("BEGIN")
            keys = {
                str(fp): str(pk)
                for fp, pk in conn.execute("SELECT fingerprint, public_key FROM signing_keys")
            }
            registers = [
                str(row[0])
                for row in conn.execute(
                    "SELECT register FROM journal_entries GROUP BY register ORDER BY register"
                )
            ]
            heads, total = [], 0
            for register in registers:
                position, hash_hex, count = _check_register(conn, register, keys)
                heads.append((register, position, hash_hex))
                total += count
    except _Bad as bad:
        return ChainSummary(False, 0, (), bad.name, bad.text[0].upper() + bad.text[1:])
    except (sqlite3.Error, ValueError) as exc:
        return ChainSummary(False, 0, (), "base", f"Journal illisible : {exc}")
    return ChainSummary(True, total, tuple(heads), None, "Journal intègre")
