"""Checking the fiscal journal of a database, record by record, in chain order.

For each register's chain: positions and per-type sequences without gaps, each record
linked to the previous hash, its hash recomputed, its Ed25519 signature checked with the
keys the chain itself introduced, timestamps never going back; then the stored rows
(ticket, lines, VAT, payments, duplicate, closure, event) rebuilt into their canonical
form and compared with the signed payload; closures' figures recomputed from the tickets
and their grand totals followed from the previous closure of their kind; at the end the
signed end-of-chain marker must point at the last record (tail deletion). Finally rows
without a journal record (inserted behind the till's back), the key table and the key
file are checked.

The check reads a snapshot (a read-only connection, deferred transaction): the till can
keep selling meanwhile. ``check_new_part`` checks only what follows the last closure (the
service ``services.integrity`` runs it at start-up and before each closure, and records
an integrity-defect event when it is broken).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.key_break import KeyBreak
from cafe_pos.fiscal import canonical, watermark
from cafe_pos.fiscal.closures import perpetual_difference, totals_difference
from cafe_pos.fiscal.codes import EventCode, RecordType
from cafe_pos.fiscal.key_breaks import confirmation_of
from cafe_pos.fiscal.keys import KeyProblem, fingerprint_of, public_key_from_hex, read_key_file
from cafe_pos.fiscal.purge_anchor import Anchor, latest_anchor
from cafe_pos.fiscal.records import (
    load_account_entries,
    load_closures,
    load_duplicates,
    load_events,
    load_tickets,
)
from cafe_pos.fiscal.totals import period_totals
from cafe_pos.store.guards import guard_state
from cafe_pos.store.raw import parse_datetime, raw_connection

CHUNK = 2000
KEY_EVENTS = (
    int(EventCode.KEY_CREATED),
    int(EventCode.KEY_CHANGED),
    int(EventCode.KEY_BREAK_CONFIRMED),
)


@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    first_bad: str | None  # the first bad record, named ("ticket n° 12 (caisse 01)")
    checked: int  # records checked
    message: str  # one French sentence for people
    warnings: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()  # fingerprints of the signing keys, oldest first
    heads: tuple[tuple[str, int, str], ...] = ()  # (register, position, hash) checked
    # the journal is intact but the till can't sign with the key file beside it (missing,
    # unreadable or another café's): not an alteration, yet a problem to fix (exit 1)
    key_problem: str | None = None
    # key changes the previous key did not sign, confirmed by HQ (one sentence each)
    confirmed_breaks: tuple[str, ...] = ()
    confirming_keys: tuple[str, ...] = ()  # HQ key fingerprints of those confirmations
    # the only problem is a key break HQ has not confirmed yet (re-enrolment resolves it)
    only_open_key_break: bool = False
    # detail purged after its archive (purge anchors, one sentence each): information
    purged: tuple[str, ...] = ()

    def describe(self) -> list[str]:
        """The key fingerprints and chain heads, as shown by ``verify``."""
        out = []
        if self.keys:
            out.append("Clé(s) de signature : " + ", ".join(self.keys))
        out.extend(self.purged)
        out.extend(self.confirmed_breaks)
        for register, position, hash_hex in self.heads:
            out.append(f"Tête de chaîne (caisse {register}) : n° {position}, {hash_hex}")
        return out


class Broken(Exception):
    """The first problem found: which record, and what."""

    def __init__(self, first_bad: str, message: str) -> None:
        super().__init__(message)
        self.first_bad = first_bad
        self.message = message


class CannotCheck(Exception):
    """The database cannot be read at all (exit 2 on the command line)."""


# --- read-only snapshot ------------------------------------------------------------------


def _read_session(db_path: Path) -> Session:
    if not db_path.exists():
        raise CannotCheck(f"Base de données introuvable : {db_path}")
    uri = db_path.resolve().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            connection.execute("PRAGMA schema_version").fetchone()
        except sqlite3.OperationalError:
            # a base in a read-only folder (a copy on a CD, an auditor's share): SQLite
            # can't create the WAL's index beside it; nobody can write there either, so
            # the file is read as it is
            connection.close()
            connection = sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False)
        connection.isolation_level = None  # transactions are begun explicitly, below
        connection.execute("PRAGMA busy_timeout=5000")
        return connection

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")  # deferred: a consistent snapshot, no write lock

    return Session(engine)


# --- the chain checker --------------------------------------------------------------------


@dataclass
class BrokenLink:
    """A key change the previous key did not sign: a break until HQ confirms it."""

    key_break: KeyBreak
    name: str  # the key change's record, named ("événement n° 3 (code 907, caisse 01)")
    problem: str
    confirmed_by: str | None = None  # HQ's key fingerprint

    def sentence(self) -> str:
        b = self.key_break
        return (
            f"Rupture de la chaîne des clés au n° {b.position} ({b.previous} → "
            f"{b.fingerprint}) confirmée par le siège : clé du siège {self.confirmed_by}"
        )


@dataclass
class ChainState:
    """What the checker carries from one record to the next (seedable mid-chain)."""

    position: int = 0
    prev_hash: str = canonical.GENESIS_HASH
    last_at: dt.datetime | None = None
    seqs: dict[str, int] = field(default_factory=dict)
    keys: dict[str, Ed25519PublicKey] = field(default_factory=dict)
    key_order: list[str] = field(default_factory=list)
    closures: dict[str, canonical.ClosureRecord] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    key_breaks: list[BrokenLink] = field(default_factory=list)
    checked: int = 0
    purged: list[str] = field(default_factory=list)  # purge anchors followed (sentences)


_ENTRIES = """
SELECT position, record_type, seq, at, format_version, payload, prev_hash, hash, signature,
       key_id, ticket_id, duplicate_id, closure_id, event_id, account_entry_id
FROM journal_entries WHERE register = ? AND position > ? ORDER BY position LIMIT ?"""


def _entries(session: Session, register: str, after: int) -> Iterator[list[tuple[Any, ...]]]:
    conn = raw_connection(session)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(journal_entries)")}
    query = _ENTRIES
    if "account_entry_id" not in columns:  # a schema older than 0003 (e.g. downgraded)
        query = _ENTRIES.replace("account_entry_id", "NULL")
    while True:
        rows = conn.execute(query, (register, after, CHUNK)).fetchall()
        if not rows:
            return
        yield rows
        after = rows[-1][0]


def record_name(record_type: str, envelope: Any, position: int, register: str) -> str:
    """How a record is named in a report: "ticket n° 12 (caisse 01)"."""
    where = f"caisse {register}"
    data = envelope.get("data") if isinstance(envelope, dict) else None
    if isinstance(data, dict):
        if record_type == RecordType.TICKET and "number" in data:
            return f"ticket n° {data['number']} ({where})"
        if record_type == RecordType.DUPLICATE and "ticket" in data:
            return f"duplicata n° {data.get('copy')} du ticket n° {data['ticket']} ({where})"
        if record_type == RecordType.CLOSURE and "period" in data:
            return f"clôture {data.get('kind')} {data['period']} ({where})"
        if record_type == RecordType.EVENT and "code" in data:
            return f"événement n° {envelope.get('seq')} (code {data['code']}, {where})"
        if record_type == RecordType.ACCOUNT and "account" in data:
            return (
                f"mouvement n° {envelope.get('seq')} du compte client n° {data['account']} "
                f"({where})"
            )
    return f"enregistrement n° {position} du journal ({where})"


class _Bad(Exception):
    """A problem with the record being checked (named by the caller)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _difference(payload: str, expected: str) -> str:
    """Which field of the stored rows differs from the signed record."""
    try:
        signed = json.loads(payload)
        stored = json.loads(expected)
    except ValueError:
        return "différent de son enregistrement signé"
    where = canonical.first_difference(signed, stored) or "?"
    if where.startswith("data."):
        return (
            f"« {where.removeprefix('data.')} » modifié dans la base (différent du journal signé)"
        )
    return f"en-tête « {where} » différent du journal signé"


class ChainChecker:
    def __init__(self, session: Session, register: str, state: ChainState) -> None:
        self.session = session
        self.register = register
        self.state = state
        self.accounts: dict[int, canonical.AccountEntryRow] = {}

    def run(self) -> None:
        for rows in _entries(self.session, self.register, self.state.position):
            self._check_chunk(rows)
        self._check_head()

    def _check_chunk(self, rows: list[tuple[Any, ...]]) -> None:
        def ids(column: int) -> list[int]:
            return [row[column] for row in rows if row[column] is not None]

        try:
            tickets = load_tickets(self.session, ids(10))
            duplicates = load_duplicates(self.session, ids(11))
            closures = load_closures(self.session, ids(12))
            events = load_events(self.session, ids(13))
            self.accounts = load_account_entries(self.session, ids(14))
        except (ValueError, TypeError) as exc:
            first = rows[0][0]
            raise Broken(
                f"enregistrement n° {first} du journal (caisse {self.register})",
                f"Données illisibles dans la base près de l'enregistrement n° {first} : {exc}",
            ) from exc
        for row in rows:
            self._check_entry(row, tickets, duplicates, closures, events)

    def check_kept(self, rows: list[tuple[Any, ...]]) -> None:
        """Records kept below a purge's cut: each one's hash (from its own previous hash),
        its signature, and its rows rebuilt; no link to the removed records before it."""
        tickets = load_tickets(self.session, [r[10] for r in rows if r[10] is not None])
        duplicates = load_duplicates(self.session, [r[11] for r in rows if r[11] is not None])
        closures = load_closures(self.session, [r[12] for r in rows if r[12] is not None])
        events = load_events(self.session, [r[13] for r in rows if r[13] is not None])
        self.accounts = load_account_entries(self.session, [r[14] for r in rows if r[14]])
        for row in rows:
            position, record_type, seq, payload, prev_hash = (
                row[0],
                row[1],
                row[2],
                row[5],
                row[6],
            )
            self.state.position, self.state.prev_hash = position - 1, prev_hash
            self.state.seqs[record_type] = seq - 1
            self.state.last_at = None
            try:
                self._check(row, tickets, duplicates, closures, events, recompute=False)
            except _Bad as bad:
                name = self._name(record_type, payload, position)
                raise Broken(name, f"{name} : {bad.text}") from bad

    def _name(self, record_type: str, payload: str, position: int) -> str:
        try:
            envelope = json.loads(payload)
        except ValueError:
            envelope = None
        return record_name(record_type, envelope, position, self.register)

    def _check_entry(
        self,
        row: tuple[Any, ...],
        tickets: dict[int, canonical.TicketRecord],
        duplicates: dict[int, canonical.DuplicateRow],
        closures: dict[int, canonical.ClosureRecord],
        events: dict[int, canonical.EventRow],
    ) -> None:
        position, record_type, payload = row[0], row[1], row[5]
        try:
            self._check(row, tickets, duplicates, closures, events)
        except _Bad as bad:  # named only now: parsing every payload for a name is costly
            name = self._name(record_type, payload, position)
            raise Broken(name, f"{name} : {bad.text}") from bad

    def _check(
        self,
        row: tuple[Any, ...],
        tickets: dict[int, canonical.TicketRecord],
        duplicates: dict[int, canonical.DuplicateRow],
        closures: dict[int, canonical.ClosureRecord],
        events: dict[int, canonical.EventRow],
        *,
        recompute: bool = True,
    ) -> None:
        (position, record_type, seq, at_text, version, payload, prev_hash, hash_hex, signature,
         key_id, ticket_id, duplicate_id, closure_id, event_id, account_id) = row  # fmt: skip
        st = self.state
        expected_position = st.position + 1
        if position > expected_position:
            missing = (
                f"n° {expected_position}"
                if position == expected_position + 1
                else f"n° {expected_position} à {position - 1}"
            )
            raise Broken(
                f"enregistrement n° {expected_position} du journal (caisse {self.register})",
                f"Enregistrement(s) {missing} du journal supprimé(s) (caisse {self.register})",
            )
        if position < expected_position:
            raise _Bad(f"numéro d'enregistrement {position} en double")
        if prev_hash != st.prev_hash:
            raise _Bad("chaînage rompu (enregistrement inséré ou déplacé)")
        if canonical.chain_hash(prev_hash, payload) != hash_hex:
            raise _Bad("contenu du journal modifié (empreinte invalide)")
        if version not in canonical.READABLE_VERSIONS:
            raise _Bad(f"format {version} inconnu")
        if recompute and record_type == RecordType.EVENT:
            self._learn_key(payload, key_id, position, hash_hex)
        public = st.keys.get(key_id)
        if public is None:
            raise _Bad(f"signé par une clé inconnue ({key_id})")
        try:
            public.verify(bytes.fromhex(signature), bytes.fromhex(hash_hex))
        except (InvalidSignature, ValueError) as exc:
            raise _Bad("signature invalide") from exc
        expected_seq = st.seqs.get(record_type, 0) + 1
        if seq != expected_seq:
            raise _Bad(f"séquence {seq} au lieu de {expected_seq}")
        at = parse_datetime(at_text)
        if st.last_at is not None and at < st.last_at:
            raise _Bad("horodatage antérieur à l'enregistrement précédent")
        if record_type == RecordType.ACCOUNT:
            if account_id is None or account_id not in self.accounts:
                raise _Bad("mouvement de compte client supprimé de la base")
            data = canonical.account_data(self.register, self.accounts[account_id])
        else:
            data = self._rebuild(
                record_type, ticket_id, duplicate_id, closure_id, event_id,
                tickets, duplicates, closures, events, version,
            )  # fmt: skip
        expected = canonical.envelope(record_type, self.register, position, seq, at, data, version)
        if expected != payload:
            raise _Bad(_difference(payload, expected))
        if recompute and record_type == RecordType.CLOSURE and closure_id is not None:
            self._check_closure(closures[closure_id], position, prev_hash)
        st.position, st.prev_hash, st.last_at = position, hash_hex, at
        st.seqs[record_type] = seq
        st.checked += 1

    def _learn_key(self, payload: str, key_id: str, position: int, hash_hex: str) -> None:
        try:
            envelope = json.loads(payload)
            data = envelope["data"]
            code = data["code"]
        except (ValueError, KeyError, TypeError):
            return
        if code not in KEY_EVENTS:
            return
        name = record_name(RecordType.EVENT, envelope, position, self.register)
        try:
            learn_key_event(
                self.state, self.register, code, data.get("details") or {}, key_id,
                KeyBreak(position, hash_hex, "", ""), name,
            )  # fmt: skip
        except ValueError as exc:
            raise _Bad(str(exc)) from exc

    @staticmethod
    def _rebuild(
        record_type: str,
        ticket_id: int | None,
        duplicate_id: int | None,
        closure_id: int | None,
        event_id: int | None,
        tickets: dict[int, canonical.TicketRecord],
        duplicates: dict[int, canonical.DuplicateRow],
        closures: dict[int, canonical.ClosureRecord],
        events: dict[int, canonical.EventRow],
        version: int,
    ) -> canonical.Json:
        gone = "supprimé de la base (le journal le contient encore)"
        try:
            if record_type == RecordType.TICKET:
                if ticket_id is None or ticket_id not in tickets:
                    raise _Bad(gone)
                return canonical.ticket_data(tickets[ticket_id], version)
            if record_type == RecordType.DUPLICATE:
                if duplicate_id is None or duplicate_id not in duplicates:
                    raise _Bad(gone)
                return canonical.duplicate_data(duplicates[duplicate_id])
            if record_type == RecordType.CLOSURE:
                if closure_id is None or closure_id not in closures:
                    raise _Bad(gone)
                return canonical.closure_data(closures[closure_id])
            if record_type == RecordType.EVENT:
                if event_id is None or event_id not in events:
                    raise _Bad(gone)
                return canonical.event_data(events[event_id])
        except (AttributeError, TypeError, ValueError) as exc:
            raise _Bad(f"données illisibles dans la base ({exc})") from exc
        raise _Bad(f"type d'enregistrement inconnu « {record_type} »")

    def _check_closure(
        self, record: canonical.ClosureRecord, position: int, prev_hash: str
    ) -> None:
        h = record.header
        if h.head_position != position - 1 or h.head_hash != prev_hash:
            raise _Bad("tête de chaîne épinglée incohérente")
        totals = period_totals(self.session, self.register, h.first_day, h.last_day)
        problem = totals_difference(record, totals) or perpetual_difference(
            record, self.state.closures.get(h.kind)
        )
        if problem:
            raise _Bad(problem)
        self.state.closures[h.kind] = record

    def _check_head(self) -> None:
        st = self.state
        row = (
            raw_connection(self.session)
            .execute(
                "SELECT position, hash, signature FROM chain_head WHERE register = ?",
                (self.register,),
            )
            .fetchone()
        )
        where = f"caisse {self.register}"
        if row is None:
            if st.position:
                raise Broken(
                    f"fin du journal ({where})", f"Marqueur de fin de chaîne absent ({where})"
                )
            return
        position, hash_hex, signature = row
        if position > st.position:
            first = st.position + 1
            raise Broken(
                f"enregistrement n° {first} du journal ({where})",
                f"Les derniers enregistrements du journal (n° {first} à {position}) ont été "
                f"supprimés ({where})",
            )
        if position != st.position or hash_hex != st.prev_hash:
            raise Broken(
                f"fin du journal ({where})",
                f"Marqueur de fin de chaîne incohérent avec le dernier enregistrement ({where})",
            )
        message = canonical.head_message(self.register, position, hash_hex)
        if not any(_valid(key, signature, message) for key in st.keys.values()):
            raise Broken(
                f"fin du journal ({where})",
                f"Signature du marqueur de fin de chaîne invalide ({where})",
            )


def learn_key_event(
    st: ChainState,
    register: str,
    code: int,
    details: Any,
    key_id: str,
    where: KeyBreak,
    name: str,
) -> None:
    """Learn a key record (906 created, 907 changed, 913 break confirmed by HQ) into
    ``st``; ValueError (French) when it is wrong. ``where`` carries the record's position
    and hash. A 907 signed by its own new key, naming the journal's key as previous, is a
    break (the old key was lost): kept in ``st.key_breaks`` until a 913 confirms it."""
    if not isinstance(details, dict):
        raise ValueError("détails de l'événement de clé illisibles")
    if code == EventCode.KEY_BREAK_CONFIRMED:
        confirmation = confirmation_of(details, register)
        for link in st.key_breaks:
            if link.key_break == confirmation.key_break:
                link.confirmed_by = confirmation.hq_key
                return
        raise ValueError("confirmation du siège d'une rupture de clé absente du journal")
    public_hex = str(details.get("public_key", ""))
    fingerprint = str(details.get("fingerprint", ""))
    try:
        public = public_key_from_hex(public_hex)
    except ValueError as exc:
        raise ValueError("clé publique illisible") from exc
    if fingerprint_of(public_hex) != fingerprint:
        raise ValueError("empreinte de clé incohérente")
    if code == EventCode.KEY_CREATED:
        if st.keys and fingerprint not in st.keys:
            raise ValueError("nouvelle clé sans changement de clé enregistré")
        if key_id != fingerprint:
            raise ValueError("la création de clé n'est pas signée par cette clé")
    else:
        problem = key_change_problem(details, key_id, st.key_order)
        previous = str(details.get("previous", ""))
        lost = key_id == fingerprint and bool(st.key_order) and previous == st.key_order[-1]
        if problem and not lost:
            raise ValueError(problem)
        if problem:
            key_break = KeyBreak(where.position, where.hash, previous, fingerprint)
            st.key_breaks.append(BrokenLink(key_break, name, problem))
    if fingerprint not in st.keys:
        st.key_order.append(fingerprint)
    st.keys[fingerprint] = public


def open_break(state: ChainState, after: Broken | None = None) -> Broken | None:
    """The first key break HQ has not confirmed, as the verdict (with ``after``, a problem
    found further on, said too)."""
    for link in state.key_breaks:
        if link.confirmed_by is None:
            message = (
                f"{link.name} : {link.problem} ; non confirmée par le siège (réinscrivez la "
                "caisse au siège avec un nouveau code)"
            )
            if after is not None and after.first_bad != link.name:
                message += f" ; ensuite : {after.message}"
            return Broken(link.name, message)
    return after


def key_change_problem(details: Any, key_id: str, known: list[str]) -> str | None:
    """Why a key change (event 907) is not endorsed by the previous key, or None.

    A key change must be signed by the journal's key until then: one signed by the new
    key (the old one was lost) is a visible break that no local check can bless.
    """
    previous = known[-1] if known else None
    if previous is None:
        return "changement de clé sans clé précédente"
    if key_id != previous:
        return (
            f"changement de clé non validé par l'ancienne clé {previous} "
            f"(signé par {key_id}, motif : {details.get('reason', '')}) : "
            "rupture de la chaîne de clés"
        )
    if str(details.get("previous", "")) != previous:
        return "changement de clé qui ne nomme pas la clé précédente"
    return None


def _valid(key: Ed25519PublicKey, signature: str, message: bytes) -> bool:
    try:
        key.verify(bytes.fromhex(signature), message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- whole-database checks ------------------------------------------------------------------

_ORPHANS = (
    (
        "SELECT t.number FROM tickets t WHERE t.register = ? AND t.business_date > ? "
        "AND NOT EXISTS (SELECT 1 FROM journal_entries j WHERE j.ticket_id = t.id "
        "AND j.record_type = 'ticket') ORDER BY t.number LIMIT 1",
        "ticket n° {}",
    ),
    (
        "SELECT c.period FROM closures c WHERE c.register = ? AND c.last_day > ? AND NOT EXISTS "
        "(SELECT 1 FROM journal_entries j WHERE j.closure_id = c.id) ORDER BY c.id LIMIT 1",
        "clôture {}",
    ),
    (
        "SELECT e.code FROM fiscal_events e WHERE e.register = ? AND e.at > ? AND NOT EXISTS "
        "(SELECT 1 FROM journal_entries j WHERE j.event_id = e.id) ORDER BY e.id LIMIT 1",
        "événement {}",
    ),
    (
        "SELECT t.number FROM ticket_duplicates d JOIN tickets t ON t.id = d.ticket_id "
        "WHERE t.register = ? AND d.at > ? AND NOT EXISTS (SELECT 1 FROM journal_entries j "
        "WHERE j.duplicate_id = d.id) ORDER BY d.id LIMIT 1",
        "duplicata du ticket n° {}",
    ),
)


# Customer-account movements are sealed since format 2: a row without a record, newer
# than the first sealed one (or than the first format-2 record), was slipped in.
_ACCOUNT_ORPHAN = """
SELECT a.id, a.account_id FROM account_entries a
WHERE NOT EXISTS (SELECT 1 FROM journal_entries j WHERE j.account_entry_id = a.id)
AND (a.id > (SELECT min(account_entry_id) FROM journal_entries)
     OR a.created_at >= (SELECT min(at) FROM journal_entries WHERE format_version >= 2))
ORDER BY a.id LIMIT 1"""


def _check_orphans(session: Session, register: str, after: dt.date | None = None) -> None:
    """Rows with no journal record (from the day after ``after``, or all of them)."""
    conn = raw_connection(session)
    since = after.isoformat() if after else ""
    for sql, label in _ORPHANS:
        row = conn.execute(sql, (register, since)).fetchone()
        if row is not None:
            name = f"{label.format(row[0])} (caisse {register})"
            raise Broken(name, f"{name} : présent dans la base mais absent du journal signé")
    columns = {r[1] for r in conn.execute("PRAGMA table_info(journal_entries)")}
    row = conn.execute(_ACCOUNT_ORPHAN).fetchone() if "account_entry_id" in columns else None
    if row is not None:
        name = f"mouvement n° {row[0]} du compte client n° {row[1]}"
        raise Broken(name, f"{name} : présent dans la base mais absent du journal signé")


def _key_problem(state: ChainState, key_path: Path | None) -> str | None:
    """What is wrong with the private key beside the database, if anything (the journal
    itself is checked with the public keys it carries)."""
    if key_path is None or not state.key_order:
        return None
    if not key_path.exists():
        return (
            f"la clé de signature est introuvable ({key_path.name}) : la caisse ne peut pas "
            "vendre ; restaurez-la depuis la sauvegarde"
        )
    try:
        signer = read_key_file(key_path)
    except KeyProblem as exc:
        return str(exc)
    if signer.fingerprint != state.key_order[-1]:
        return (
            f"la clé privée {key_path.name} n'est pas celle de ce café (clé du journal "
            f"{state.key_order[-1]}) : la caisse ne peut pas vendre ; remettez la bonne clé"
        )
    return None


def _check_keys(session: Session, state: ChainState, key_path: Path | None) -> None:
    stored = [
        row[0]
        for row in raw_connection(session).execute(
            "SELECT fingerprint FROM signing_keys ORDER BY id"
        )
    ]
    if stored != state.key_order:
        raise Broken(
            "clés de signature", "La table des clés de signature ne correspond pas au journal"
        )


def journal_state_problem(
    session: Session, db_path: Path, key_path: Path | None, checked: int
) -> str | None:
    """What the files beside the database say and the database does not: an emptied
    journal (a key file, an identity or a mark but no record), a database that went back
    in time (high-water mark), missing or altered append-only triggers."""
    conn = raw_connection(session)
    if checked == 0:
        leftovers = []
        if key_path is not None and key_path.exists():
            leftovers.append(f"la clé de signature {key_path.name}")
        if watermark.mark_path(db_path).exists():
            leftovers.append("le fichier témoin (.hwm)")
        if _has_identity(conn):
            leftovers.append("l'identité du café")
        if leftovers:
            return (
                "journal fiscal vide alors que " + " et ".join(leftovers) + " existe(nt) : "
                "les enregistrements ont été effacés"
            )
    problem = mark_problem_of(session, db_path)
    if problem:
        return problem
    state = guard_state(conn)
    if not state.ok:
        return f"{state.describe()} : les enregistrements ne sont plus protégés"
    return None


def _has_identity(conn: sqlite3.Connection) -> bool:
    try:
        return conn.execute("SELECT 1 FROM cafe_identity LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def mark_problem_of(session: Session, db_path: Path) -> str | None:
    """The high-water mark beside ``db_path`` compared with the database."""
    try:
        mark = watermark.read_mark(db_path)
    except (ValueError, KeyError) as exc:
        return f"fichier témoin (.hwm) illisible ({exc})"
    if mark is None:
        return None
    conn = raw_connection(session)
    head = conn.execute(
        "SELECT position, hash FROM chain_head WHERE register = ?", (mark.register,)
    ).fetchone()
    at = conn.execute(
        "SELECT hash FROM journal_entries WHERE register = ? AND position = ?",
        (mark.register, mark.position),
    ).fetchone()
    public_keys = [str(r[0]) for r in conn.execute("SELECT public_key FROM signing_keys")]
    return watermark.mark_problem(
        mark,
        None if head is None else (head[0], head[1]),
        None if at is None else at[0],
        public_keys,
    )


def restores(session: Session) -> tuple[list[str], str | None]:
    """Restores recorded in the journal (event 912): declared ones are explained (what
    was discarded, numbering continues after it); one the till found at start (the base
    went back behind its high-water mark, nobody declared it) is a break."""
    notes: list[str] = []
    rows = raw_connection(session).execute(
        "SELECT at, details FROM fiscal_events WHERE code = ? ORDER BY id",
        (int(EventCode.RESTORE),),
    )
    for at, text in rows:
        details = json.loads(text or "{}")
        when = str(at)[:16]
        discarded = (
            f"enregistrements après le n° {details.get('restored_position', '?')} jusqu'au "
            f"n° {details.get('discarded_position', '?')} écartés, numéros de ticket "
            f"jusqu'au n° {details.get('last_ticket_number', '?')} non réutilisés"
        )
        if not details.get("declared"):
            return notes, (
                f"La base est revenue en arrière sans restauration déclarée (constaté le "
                f"{when} : {details.get('reason', '')})"
            )
        notes.append(
            f"restauration du {when} (sauvegarde {details.get('backup', '?')}, base écartée "
            f"conservée dans {details.get('set_aside', '?')}) : {discarded}"
        )
    return notes, None


def recorded_defects(session: Session) -> list[str]:
    """Integrity defects the till recorded (event 90), for the auditor to see."""
    rows = raw_connection(session).execute(
        "SELECT at, message FROM fiscal_events WHERE code = ? ORDER BY id",
        (int(EventCode.INTEGRITY_DEFECT),),
    )
    return [f"défaut enregistré le {str(at)[:16]} : {message}" for at, message in rows]


def _registers(session: Session) -> list[str]:
    rows = raw_connection(session).execute(
        "SELECT register FROM journal_entries UNION SELECT register FROM chain_head "
        "UNION SELECT register FROM tickets ORDER BY 1"
    )
    return [row[0] for row in rows]


def _report(
    state: ChainState,
    problem: Broken | None,
    heads: tuple[tuple[str, int, str], ...] = (),
) -> VerifyReport:
    only_break = problem is None
    problem = open_break(state, problem)
    confirmed = tuple(link.sentence() for link in state.key_breaks if link.confirmed_by)
    hq_keys = tuple(link.confirmed_by for link in state.key_breaks if link.confirmed_by)
    if problem is not None:
        return VerifyReport(
            False,
            problem.first_bad,
            state.checked,
            problem.message,
            tuple(state.warnings),
            tuple(state.key_order),
            heads,
            confirmed_breaks=confirmed,
            confirming_keys=hq_keys,
            only_open_key_break=only_break,
            purged=tuple(state.purged),
        )
    return VerifyReport(
        True,
        None,
        state.checked,
        f"Journal intègre : {state.checked} enregistrements vérifiés",
        tuple(state.warnings),
        tuple(state.key_order),
        heads,
        confirmed_breaks=confirmed,
        confirming_keys=hq_keys,
        purged=tuple(state.purged),
    )


def _cause(exc: Exception) -> str:
    """What SQLite said, without SQLAlchemy's wrapping (its English "Background on this
    error at: https://sqlalche.me/..." never reaches a person)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text:
        return "le disque est plein"
    if "not a database" in text or "malformed" in text:
        return "ce n'est pas une base de données cafe-pos lisible"
    if "locked" in text:
        return "la base est occupée par un autre programme"
    if "no such table" in text or "no such column" in text:
        return "ce n'est pas une base cafe-pos (tables absentes)"
    return "erreur de lecture SQLite"


def _closing(session: Session) -> None:
    bind = session.get_bind()
    session.close()
    if isinstance(bind, Engine):
        bind.dispose()


def check_database(db_path: Path, key_path: Path | None = None) -> VerifyReport:
    """Check every register's chain of the database file (read-only snapshot).

    Raises CannotCheck when the file is not a readable cafe-pos database.
    """
    session = _read_session(db_path)
    state = ChainState()
    heads: list[tuple[str, int, str]] = []
    try:
        with session.begin():
            for register in _registers(session):
                register_state = start_state(session, register, state)
                try:
                    ChainChecker(session, register, register_state).run()
                finally:
                    state.checked += register_state.checked
                heads.append((register, register_state.position, register_state.prev_hash))
                _check_orphans(session, register)
            _check_keys(session, state, key_path)
            state.warnings.extend(recorded_defects(session))
            notes, undeclared = restores(session)
            state.warnings.extend(notes)
            if undeclared:
                raise Broken("restaurations", undeclared)
            problem = journal_state_problem(session, db_path, key_path, state.checked)
            if problem:
                raise Broken("état de la base", problem[0].upper() + problem[1:])
    except Broken as problem:
        return _report(state, problem, tuple(heads))
    except (sqlite3.Error, SQLAlchemyError) as exc:
        raise CannotCheck(f"Impossible de lire le journal de {db_path} : {_cause(exc)}") from exc
    finally:
        _closing(session)
    report = _report(state, None, tuple(heads))
    if not report.ok:
        return report
    return replace(report, key_problem=_key_problem(state, key_path))


def verify_database(ctx: ServiceContext) -> VerifyReport:
    """Check the whole journal of ``ctx``'s database and its key file."""
    return check_database(ctx.db_path, ctx.key_path)


def _seeded_state(session: Session, register: str) -> tuple[ChainState, dt.date | None]:
    """The checker's state just before the register's last closure (or the start), and
    the last day that closure covers."""
    conn = raw_connection(session)
    last = conn.execute(
        "SELECT j.position, j.closure_id, c.last_day FROM journal_entries j "
        "JOIN closures c ON c.id = j.closure_id WHERE j.register = ? AND j.record_type = ? "
        "ORDER BY j.seq DESC LIMIT 1",
        (register, RecordType.CLOSURE.value),
    ).fetchone()
    anchor = latest_anchor(conn, register)
    cut = 0 if anchor is None else anchor.last_position
    state = ChainState()
    if last is None or last[0] <= cut + 1:
        return start_state(session, register, state), None
    start, closure_id, closed_until = last[0], last[1], dt.date.fromisoformat(last[2])
    before = conn.execute(
        "SELECT position, hash, at FROM journal_entries WHERE register = ? AND position = ?",
        (register, start - 1),
    ).fetchone()
    if before is None:  # something is missing: check everything
        return start_state(session, register, state), None
    state.position, state.prev_hash, state.last_at = before[0], before[1], parse_datetime(before[2])
    state.seqs = dict(anchor.seqs) if anchor else {}
    for record_type in RecordType:
        row = conn.execute(
            "SELECT seq FROM journal_entries WHERE register = ? AND record_type = ? "
            "AND +position < ? ORDER BY seq DESC LIMIT 1",  # + : walk the seq index
            (register, record_type.value, start),
        ).fetchone()
        if row is not None:
            state.seqs[record_type.value] = row[0]
    _learn_key_lineage(session, state, before=start)
    for kind in ("day", "month", "year"):
        previous = conn.execute(
            "SELECT id FROM closures WHERE register = ? AND kind = ? AND id < ? "
            "ORDER BY id DESC LIMIT 1",
            (register, kind, closure_id),
        ).fetchone()
        if previous is not None:
            record = load_closures(session, [previous[0]]).get(previous[0])
            if record is not None:
                state.closures[kind] = record
    return state, closed_until


_KEY_RECORDS = """
SELECT j.register, j.position, j.payload, j.hash, j.signature, j.key_id
FROM fiscal_events e JOIN journal_entries j ON j.event_id = e.id
WHERE e.code IN (?, ?, ?) AND j.position < ? ORDER BY j.id"""


def _learn_key_lineage(session: Session, state: ChainState, *, before: int) -> None:
    """The keys introduced before position ``before``, each key change checked: signed by
    the previous key, or a break (kept until HQ's confirmation is found): a quick check
    must not bless a key change the full one refuses."""
    conn = raw_connection(session)
    for register, position, payload, hash_hex, signature, key_id in conn.execute(
        _KEY_RECORDS, (*KEY_EVENTS, before)
    ):
        envelope = json.loads(payload)
        data = envelope["data"]
        name = record_name(RecordType.EVENT, envelope, position, register)
        try:
            learn_key_event(
                state, register, data["code"], data["details"], key_id,
                KeyBreak(position, hash_hex, "", ""), name,
            )  # fmt: skip
        except ValueError as exc:
            raise Broken(name, f"{name} : {exc}") from exc
        signer = state.keys.get(key_id)
        if signer is None or not _valid(signer, signature, bytes.fromhex(hash_hex)):
            raise Broken(name, f"{name} : signature invalide")


# --- after a purge: the chain resumes at the purge anchor ----------------------------------


def start_state(session: Session, register: str, shared: ChainState) -> ChainState:
    """Where a register's check starts: record n° 1, or, after a purge of archived detail,
    the cut its latest anchor (event 914) states, once the anchor and the records kept
    below the cut are checked (docs/fiscal-format.md § 10). ``shared`` carries the keys,
    warnings and notes across registers."""
    state = ChainState(
        keys=shared.keys,
        key_order=shared.key_order,
        warnings=shared.warnings,
        key_breaks=shared.key_breaks,
        purged=shared.purged,
    )
    where = f"ancre de purge (caisse {register})"
    try:
        anchor = latest_anchor(raw_connection(session), register)
    except ValueError as exc:
        raise Broken(where, str(exc)[0].upper() + str(exc)[1:]) from exc
    if anchor is None:
        return state
    signers = _anchor_signers(session, anchor)
    _check_kept(session, register, anchor, signers)
    if not state.key_order:
        _learn_key_lineage(session, state, before=anchor.last_position + 1)
    state.position, state.prev_hash = anchor.last_position, anchor.last_hash
    state.last_at = parse_datetime(anchor.last_at)
    state.seqs = dict(anchor.seqs)
    _seed_closures(session, register, anchor, state)
    state.purged.append(anchor.sentence())
    return state


def _anchor_signers(session: Session, anchor: Anchor) -> dict[str, Ed25519PublicKey]:
    """The keys of the lineage up to the anchor, once the anchor's own record is checked
    (hash and signature): a forged anchor is refused before it is followed."""
    lineage = ChainState()
    _learn_key_lineage(session, lineage, before=anchor.position)
    row = (
        raw_connection(session)
        .execute(
            "SELECT prev_hash, payload, hash, signature, key_id FROM journal_entries "
            "WHERE register = ? AND position = ?",
            (anchor.register, anchor.position),
        )
        .fetchone()
    )
    name = f"ancre de purge n° {anchor.position} (caisse {anchor.register})"
    if row is None or canonical.chain_hash(row[0], row[1]) != row[2]:
        raise Broken(name, f"{name} : empreinte invalide")
    signer = lineage.keys.get(str(row[4]))
    if signer is None or not _valid(signer, str(row[3]), bytes.fromhex(str(row[2]))):
        raise Broken(name, f"{name} : signature invalide (clé hors de la chaîne des clés)")
    return lineage.keys


_KEPT = _ENTRIES.replace(
    "position > ? ORDER BY position LIMIT ?", "position <= ? ORDER BY position"
)


def _check_kept(
    session: Session, register: str, anchor: Anchor, keys: dict[str, Ed25519PublicKey]
) -> None:
    """The records kept below the cut (closures, key records, account movements, tickets
    still referred to): as many as the anchor says, each with its own hash and signature,
    each still matching its rows; the record at the cut bears the anchor's hash."""
    rows = raw_connection(session).execute(_KEPT, (register, anchor.last_position)).fetchall()
    where = f"détail purgé (caisse {register})"
    if len(rows) != anchor.kept:
        raise Broken(
            where,
            f"{len(rows)} enregistrement(s) conservé(s) avant la purge au lieu de "
            f"{anchor.kept} (caisse {register}) : enregistrement(s) supprimé(s) sans ancre",
        )
    if not rows or rows[-1][0] != anchor.last_position or rows[-1][7] != anchor.last_hash:
        raise Broken(
            where,
            f"L'ancre de purge n° {anchor.position} ne correspond pas à l'enregistrement "
            f"n° {anchor.last_position} (caisse {register}) : empreinte différente",
        )
    checker = ChainChecker(session, register, ChainState(keys=keys))
    for chunk in (rows[i : i + CHUNK] for i in range(0, len(rows), CHUNK)):
        checker.check_kept(chunk)


def _seed_closures(session: Session, register: str, anchor: Anchor, state: ChainState) -> None:
    """The last closure of each kind kept below the cut: the next closures' grand totals
    continue from them; the year's closure at the cut carries the anchor's totals."""
    conn = raw_connection(session)
    for kind in ("day", "month", "year"):
        row = conn.execute(
            "SELECT j.closure_id FROM journal_entries j JOIN closures c ON c.id = j.closure_id "
            "WHERE j.register = ? AND c.kind = ? AND j.position <= ? ORDER BY j.position DESC "
            "LIMIT 1",
            (register, kind, anchor.last_position),
        ).fetchone()
        if row is not None:
            record = load_closures(session, [row[0]]).get(row[0])
            if record is not None:
                state.closures[kind] = record
    year = state.closures.get("year")
    totals = (anchor.grand_total_cents, anchor.grand_total_absolute_cents)
    if (
        year is None
        or (
            year.header.perpetual_total_cents,
            year.header.perpetual_total_absolute_cents,
        )
        != totals
    ):
        raise Broken(
            f"ancre de purge n° {anchor.position} (caisse {register})",
            f"Les grands totaux de l'ancre de purge n° {anchor.position} ne correspondent pas "
            f"à la clôture annuelle {anchor.year} (caisse {register})",
        )


def check_new_part(ctx: ServiceContext) -> VerifyReport:
    """Check the records from the register's last closure on (read-only)."""
    session = _read_session(ctx.db_path)
    state = ChainState()
    try:
        with session.begin():
            state, closed_until = _seeded_state(session, ctx.register)
            ChainChecker(session, ctx.register, state).run()
            _check_orphans(session, ctx.register, closed_until)
    except Broken as problem:
        return _report(state, problem)
    except (sqlite3.Error, SQLAlchemyError, ValueError, KeyError, TypeError) as exc:
        raise CannotCheck(
            f"Impossible de lire le journal de {ctx.db_path} : {_cause(exc)}"
        ) from exc
    finally:
        _closing(session)
    return _report(state, None)
