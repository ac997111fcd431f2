"""Standalone verifier of a cafe-pos fiscal archive (zip), for auditors.

Needs only Python 3.11+ and the ``cryptography`` package; it imports nothing from
cafe-pos, so it can be copied alone (every archive carries a copy of it):

    python verify_archive.py archive-2026-11.zip [--key FINGERPRINT]
    # exit 0 intact, 1 broken (or not signed by FINGERPRINT), 2 unreadable

It checks: the chain of signing keys (``key_chain.jsonl``: the key created with the
journal, then each key change signed by the previous key), that every record and the
manifest are signed by a key of that chain, and, with ``--key``, that the chain holds
the fingerprint printed on the café's Z reports (a forger can re-sign an archive with a
key of their own, never with the café's); the manifest's Ed25519 signature, every file's SHA-256 against the manifest,
the journal chain (positions without gaps, each hash = SHA-256(previous hash ‖ payload),
each signature, sequences per record type, timestamps never going back, the last hash =
the pinned chain head), that the CSV files are exactly those rebuilt from the signed
payloads, and that each closure of the period matches its tickets and follows the previous
closure's grand totals. Format: docs/fiscal-format.md.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

ARCHIVE_FORMAT = "cafe-pos-archive"
ARCHIVE_VERSION = 2  # 2: key_chain.jsonl (version 1 archives still verify, unpinned)
READABLE_VERSIONS = (1, 2)
MANIFEST = "manifest.json"
MANIFEST_SIGNATURE = "manifest.sig"
JOURNAL = "journal.jsonl"
KEYS = "keys.json"
KEY_CHAIN = "key_chain.jsonl"
UNSIGNED_FILES = (MANIFEST, MANIFEST_SIGNATURE)
GENESIS_HASH = "0" * 64
KEY_CREATED, KEY_CHANGED, KEY_BREAK_CONFIRMED = 906, 907, 913
# what HQ signs to confirm a key change the lost previous key could not sign
CONFIRMATION_PREFIX = "cafe-pos hq key-break confirmation v1"

Record = dict[str, Any]

# An archive holds a dozen files; a year of a busy café is a few hundred megabytes of
# journal. Anything beyond is refused before a byte is decompressed (zip bombs).
MAX_MEMBERS = 100
MAX_MEMBER_BYTES = 1 << 30
MAX_TOTAL_BYTES = 2 << 30
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MiB
SUPPORTED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class ArchiveUnreadable(Exception):
    """An archive that cannot be checked at all (exit 2), in French."""


@dataclass(frozen=True, slots=True)
class ArchiveReport:
    ok: bool
    first_bad: str | None
    checked: int
    message: str
    keys: tuple[str, ...] = ()  # fingerprints of the chain of keys, oldest first
    head: tuple[int, str] | None = None  # the archive's chain head (position, hash)
    pinned: bool = False  # an expected fingerprint was given and found
    confirmed_breaks: tuple[str, ...] = ()  # key breaks HQ counter-signed, in words
    confirming_keys: tuple[str, ...] = ()  # fingerprints of the HQ keys that confirmed them

    def describe(self) -> list[str]:
        """The keys and the chain head, as printed for the auditor."""
        out = []
        if self.keys:
            out.append("Clé(s) de signature : " + ", ".join(self.keys))
        out.extend(self.confirmed_breaks)
        if self.head is not None:
            out.append(f"Tête de chaîne : n° {self.head[0]}, {self.head[1]}")
        if self.ok and not self.pinned:
            out.append(
                "Clé non contrôlée : comparez l'empreinte à celle imprimée sur un ticket Z "
                "du café (option --key EMPREINTE)"
            )
        return out


@dataclass(frozen=True, slots=True)
class Key:
    fingerprint: str
    public: Ed25519PublicKey
    since: int  # position of the record that introduced it


class ArchiveBroken(Exception):
    def __init__(self, first_bad: str, message: str) -> None:
        super().__init__(message)
        self.first_bad = first_bad
        self.message = message


# --- CSV views of the signed records (also used to write the archive) -----------------------


def _flag(value: Any) -> str:
    return "1" if value else "0"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


Rows = Callable[[Record], Iterable[Sequence[Any]]]

CSV_FILES: tuple[tuple[str, str, tuple[str, ...], Rows], ...] = (
    (
        "tickets.csv",
        "ticket",
        ("register", "number", "kind", "created_at", "business_date", "operator",
         "total_cents", "discount_cents", "cashback_cents", "line_count", "refund_of",
         "reason", "tab_label", "journal_position", "hash"),
        lambda r: [(r["data"]["register"], r["data"]["number"], r["data"]["kind"],
                    r["data"]["created_at"], r["data"]["business_date"], r["data"]["operator"],
                    r["data"]["total_cents"], r["data"]["discount_cents"],
                    r["data"]["cashback_cents"], r["data"]["line_count"],
                    _text(r["data"]["refund_of"]), r["data"]["reason"], r["data"]["tab_label"],
                    r["pos"], r["hash"])],
    ),
    (
        "ticket_lines.csv",
        "ticket",
        ("register", "ticket_number", "position", "label", "category", "qty_milli", "unit",
         "unit_price_cents", "discount_cents", "vat_bp", "total_cents", "takeaway", "alcohol",
         "drink", "third_party", "meal_voucher_ok", "deposit", "refund_of_line"),
        lambda r: [(r["data"]["register"], r["data"]["number"], li["position"], li["label"],
                    li["category"], li["qty_milli"], li["unit"], li["unit_price_cents"],
                    li["discount_cents"], li["vat_bp"], li["total_cents"],
                    _flag(li["takeaway"]), _flag(li["alcohol"]), _flag(li["drink"]),
                    _flag(li["third_party"]), _flag(li["meal_voucher_ok"]),
                    _flag(li["deposit"]), _text(li["refund_of_line"]))
                   for li in r["data"]["lines"]],
    ),
    (
        "ticket_vat.csv",
        "ticket",
        ("register", "ticket_number", "rate_bp", "base_cents", "vat_cents", "total_cents"),
        lambda r: [(r["data"]["register"], r["data"]["number"], v["rate_bp"], v["base_cents"],
                    v["vat_cents"], v["total_cents"]) for v in r["data"]["vat"]],
    ),
    (
        "payments.csv",
        "ticket",
        ("register", "ticket_number", "method", "amount_cents", "tendered_cents",
         "change_cents"),
        lambda r: [(r["data"]["register"], r["data"]["number"], p["method"],
                    p["amount_cents"], p["tendered_cents"], p["change_cents"])
                   for p in r["data"]["payments"]],
    ),
    (
        "closures.csv",
        "closure",
        ("register", "kind", "period", "first_day", "last_day", "closed_at", "operator",
         "tickets", "first_number", "last_number", "sales_cents", "refunds_cents",
         "total_cents", "discount_cents", "third_party_cents", "cashback_cents",
         "perpetual_total_cents", "perpetual_total_absolute_cents", "journal_position",
         "hash"),
        lambda r: [(r["data"]["register"], r["data"]["kind"], r["data"]["period"],
                    r["data"]["first_day"], r["data"]["last_day"], r["data"]["closed_at"],
                    r["data"]["operator"], r["data"]["tickets"],
                    _text(r["data"]["first_number"]), _text(r["data"]["last_number"]),
                    r["data"]["sales_cents"], r["data"]["refunds_cents"],
                    r["data"]["total_cents"], r["data"]["discount_cents"],
                    r["data"]["third_party_cents"], r["data"]["cashback_cents"],
                    r["data"]["perpetual_total_cents"],
                    r["data"]["perpetual_total_absolute_cents"], r["pos"], r["hash"])],
    ),
    (
        "closure_vat.csv",
        "closure",
        ("register", "kind", "period", "rate_bp", "base_cents", "vat_cents", "total_cents",
         "sales_cents", "refunds_cents", "perpetual_total_cents",
         "perpetual_total_absolute_cents"),
        lambda r: [(r["data"]["register"], r["data"]["kind"], r["data"]["period"],
                    v["rate_bp"], v["base_cents"], v["vat_cents"], v["total_cents"],
                    v["sales_cents"], v["refunds_cents"], v["perpetual_total_cents"],
                    v["perpetual_total_absolute_cents"]) for v in r["data"]["by_vat"]],
    ),
    (
        "events.csv",
        "event",
        ("register", "at", "code", "operator", "message", "details", "journal_position"),
        lambda r: [(r["data"]["register"], r["data"]["at"], r["data"]["code"],
                    r["data"]["operator"], r["data"]["message"],
                    json.dumps(r["data"]["details"], ensure_ascii=False, sort_keys=True),
                    r["pos"])],
    ),
    (
        "account_entries.csv",
        "account",
        ("register", "account", "at", "kind", "amount_cents", "method", "ticket_number",
         "operator", "journal_position", "hash"),
        lambda r: [(r["data"]["register"], r["data"]["account"], r["data"]["at"],
                    r["data"]["kind"], r["data"]["amount_cents"], r["data"]["method"],
                    _text(r["data"]["ticket"]), r["data"]["operator"], r["pos"], r["hash"])],
    ),
    (
        "duplicates.csv",
        "duplicate",
        ("register", "ticket_number", "copy", "at", "operator", "ticket_hash"),
        lambda r: [(r["data"]["register"], r["data"]["ticket"], r["data"]["copy"],
                    r["data"]["at"], r["data"]["operator"], r["data"]["ticket_hash"])],
    ),
)  # fmt: skip


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?\Z")  # a plain number is no formula


def _neutral(cell: Any) -> Any:
    """A text cell a spreadsheet would run as a formula gets a leading apostrophe (the
    signed JSON journal keeps the true value; numbers are left as they are)."""
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) and not _NUMBER.match(cell):
        return "'" + cell
    return cell


def csv_files(records: Sequence[Record], *, neutralise: bool = True) -> dict[str, bytes]:
    """The CSV files of an archive, rebuilt from its signed records (payload + hash);
    text cells that start like a formula are neutralised (``neutralise=False``: as the
    archives written before that rule)."""
    out: dict[str, bytes] = {}
    for name, record_type, header, rows in CSV_FILES:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(header)
        for record in records:
            if record["type"] == record_type:
                for row in rows(record):
                    writer.writerow([_neutral(cell) for cell in row] if neutralise else row)
        out[name] = buffer.getvalue().encode("utf-8")
    return out


# --- checks ------------------------------------------------------------------------------------


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _public(hex_key: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(hex_key))


def _verify(key: Ed25519PublicKey, signature_hex: str, message: bytes) -> bool:
    try:
        key.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _name(record: Record | None, position: Any) -> str:
    data = (record or {}).get("data") or {}
    kind = (record or {}).get("type")
    if kind == "ticket":
        return f"ticket n° {data.get('number')}"
    if kind == "closure":
        return f"clôture {data.get('kind')} {data.get('period')}"
    if kind == "duplicate":
        return f"duplicata n° {data.get('copy')} du ticket n° {data.get('ticket')}"
    if kind == "event":
        return f"événement n° {(record or {}).get('seq')} (code {data.get('code')})"
    if kind == "account":
        return f"mouvement n° {(record or {}).get('seq')} du compte client n° {data.get('account')}"
    return f"enregistrement n° {position}"


def check_members(archive: zipfile.ZipFile) -> None:
    """Refuse what cannot be read safely, before reading anything: too many members,
    sizes beyond the caps, unsupported compression, encrypted members."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ArchiveUnreadable(f"trop de fichiers dans l'archive ({len(members)})")
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise ArchiveUnreadable(f"fichier chiffré dans l'archive : {info.filename}")
        if info.compress_type not in SUPPORTED_METHODS:
            raise ArchiveUnreadable(
                f"méthode de compression non prise en charge ({info.compress_type}) : "
                f"{info.filename}"
            )
        total += info.file_size
        too_dense = info.file_size > 1 << 20 and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        )
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or too_dense:
            raise ArchiveUnreadable(f"fichier trop grand dans l'archive : {info.filename}")


def key_chain(
    content: bytes, confirmed: list[str] | None = None, confirmers: list[str] | None = None
) -> dict[str, Key]:
    """The chain of signing keys from the journal's key records (906 then each 907).

    The first key is the one the journal was created with (record n° 1, signed by
    itself); each change must be signed by the key before it: a key nobody endorsed
    cannot enter the chain — unless the previous key was lost (the change signed by the
    new key itself) and HQ confirmed that break: a later record 913 carries HQ's
    signature of the break (its position, hash and both keys). Each confirmed break is
    described in ``confirmed`` (and HQ's key fingerprint added to ``confirmers``); a
    break without a valid confirmation breaks the chain.
    """
    keys: dict[str, Key] = {}
    current: Key | None = None
    breaks: dict[tuple[int, str, str, str], str] = {}  # (position, hash, old, new) -> name
    done: dict[tuple[int, str, str, str], str] = {}  # ... -> HQ's key
    for raw in content.splitlines():
        if not raw.strip():
            continue
        line = json.loads(raw)
        payload = line["payload"]
        record = json.loads(payload)
        data = record["data"]
        details = data["details"]
        name = _name(record, line["position"])
        digest = hashlib.sha256(bytes.fromhex(line["prev_hash"]) + payload.encode()).hexdigest()
        if digest != line["hash"] or record.get("pos") != line["position"]:
            raise ArchiveBroken(KEY_CHAIN, f"{name} : enregistrement de clé modifié")
        if data["code"] == KEY_BREAK_CONFIRMED and current is not None:
            if not _verify(current.public, line["signature"], bytes.fromhex(digest)):
                raise ArchiveBroken(KEY_CHAIN, f"{name} : signature invalide")
            which, hq_key = _confirmation(details, str(record.get("register", "")), name)
            if which not in breaks:
                raise ArchiveBroken(
                    KEY_CHAIN, f"{name} : confirmation du siège d'une rupture de clé inconnue"
                )
            done[which] = hq_key
            continue
        public_hex = details["public_key"]
        fingerprint = details["fingerprint"]
        if hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16] != fingerprint:
            raise ArchiveBroken(KEY_CHAIN, f"{name} : empreinte de clé incohérente")
        new = Key(fingerprint, _public(public_hex), line["position"])
        if current is None:
            if data["code"] != KEY_CREATED or line["position"] != 1:
                raise ArchiveBroken(KEY_CHAIN, "La chaîne des clés ne part pas de la création")
            if line["prev_hash"] != GENESIS_HASH or line["key_id"] != fingerprint:
                raise ArchiveBroken(KEY_CHAIN, f"{name} : création de clé incohérente")
            signer = new
        else:
            if data["code"] != KEY_CHANGED:
                raise ArchiveBroken(KEY_CHAIN, f"{name} : seconde création de clé")
            broken = (
                f"{name} : changement de clé non validé par l'ancienne clé "
                f"{current.fingerprint} : rupture de la chaîne des clés"
            )
            if details.get("previous") != current.fingerprint:
                raise ArchiveBroken(KEY_CHAIN, broken)
            if line["key_id"] == current.fingerprint:
                signer = current
            elif line["key_id"] == fingerprint:  # the old key was lost: HQ must confirm
                breaks[(line["position"], line["hash"], current.fingerprint, fingerprint)] = broken
                signer = new
            else:
                raise ArchiveBroken(KEY_CHAIN, broken)
        if not _verify(signer.public, line["signature"], bytes.fromhex(digest)):
            raise ArchiveBroken(KEY_CHAIN, f"{name} : signature invalide")
        keys[fingerprint] = new
        current = new
    if current is None:
        raise ArchiveBroken(KEY_CHAIN, "Chaîne des clés vide")
    for which, broken in breaks.items():
        if which not in done:
            raise ArchiveBroken(
                KEY_CHAIN, f"{broken} (non confirmée par le siège dans cette archive)"
            )
        if confirmed is not None:
            confirmed.append(
                f"Rupture de la chaîne des clés au n° {which[0]} ({which[2]} → {which[3]}) "
                f"confirmée par le siège : clé du siège {done[which]}"
            )
        if confirmers is not None:
            confirmers.append(done[which])
    return keys


def _confirmation(
    details: dict[str, Any], register: str, name: str
) -> tuple[tuple[int, str, str, str], str]:
    """The break a record 913 confirms, HQ's signature checked; and HQ's key fingerprint."""
    try:
        which = (
            int(details["position"]),
            str(details["hash"]),
            str(details["previous"]),
            str(details["fingerprint"]),
        )
        hq_public = str(details["hq_public_key"])
        hq_key = str(details["hq_key"])
        text = "|".join(
            [CONFIRMATION_PREFIX, str(details["siret"]), register, *(str(x) for x in which)]
        )
        same = hashlib.sha256(bytes.fromhex(hq_public)).hexdigest()[:16] == hq_key
        valid = same and _verify(_public(hq_public), str(details["hq_signature"]), text.encode())
    except (KeyError, TypeError, ValueError) as exc:
        raise ArchiveBroken(KEY_CHAIN, f"{name} : confirmation du siège illisible") from exc
    if not valid:
        raise ArchiveBroken(KEY_CHAIN, f"{name} : confirmation du siège invalide")
    return which, hq_key


def _check_manifest(
    archive: zipfile.ZipFile,
    confirmed: list[str] | None = None,
    confirmers: list[str] | None = None,
) -> tuple[dict[str, Any], dict[str, Key]]:
    names = set(archive.namelist())
    for required in (MANIFEST, MANIFEST_SIGNATURE, JOURNAL, KEYS):
        if required not in names:
            raise ArchiveBroken(required, f"Fichier {required} absent de l'archive")
    manifest_bytes = archive.read(MANIFEST)
    manifest = json.loads(manifest_bytes)
    if not isinstance(manifest, dict):
        raise ArchiveBroken(MANIFEST, "Le manifeste n'est pas un objet JSON (manifeste altéré)")
    version = manifest.get("version")
    if manifest.get("format") != ARCHIVE_FORMAT or version not in READABLE_VERSIONS:
        raise ArchiveBroken(MANIFEST, "Format d'archive inconnu")
    if version >= 2:
        if KEY_CHAIN not in names:
            raise ArchiveBroken(KEY_CHAIN, f"Fichier {KEY_CHAIN} absent de l'archive")
        keys = key_chain(archive.read(KEY_CHAIN), confirmed, confirmers)
    else:  # version 1: the listed keys, not chained (cannot be pinned)
        keys = {
            k["fingerprint"]: Key(k["fingerprint"], _public(k["public_key"]), 0)
            for k in json.loads(archive.read(KEYS))
        }
    signer = keys.get(manifest.get("signing_key", ""))
    if signer is None:
        raise ArchiveBroken(
            MANIFEST, "Manifeste signé par une clé qui n'est pas dans la chaîne des clés"
        )
    signature = archive.read(MANIFEST_SIGNATURE).decode("ascii").strip()
    if not _verify(signer.public, signature, manifest_bytes):
        raise ArchiveBroken(MANIFEST, "Signature du manifeste invalide")
    listed = manifest.get("files", {})
    for name in sorted(names - set(UNSIGNED_FILES)):
        if name not in listed:
            raise ArchiveBroken(name, f"Fichier {name} ajouté à l'archive (absent du manifeste)")
    for name, digest in listed.items():
        if name not in names:
            raise ArchiveBroken(name, f"Fichier {name} absent de l'archive")
        if _sha256(archive.read(name)) != digest:
            raise ArchiveBroken(name, f"Fichier {name} modifié (empreinte SHA-256 différente)")
    return manifest, keys


def _check_chain(
    lines: list[dict[str, Any]], manifest: dict[str, Any], keys: dict[str, Key]
) -> list[Record]:
    """Check the journal lines; return the records (payload + pos + hash)."""
    prev = manifest["anchor_prev_hash"]
    position = manifest["first_position"] - 1
    seqs: dict[str, int] = {}
    last_at = ""
    records: list[Record] = []
    for line in lines:
        payload = line["payload"]
        try:
            record = json.loads(payload)
        except ValueError:
            record = None
        name = _name(record, line.get("position"))
        position += 1
        if line["position"] != position:
            raise ArchiveBroken(
                f"enregistrement n° {position}", f"Enregistrement n° {position} manquant"
            )
        if line["prev_hash"] != prev:
            raise ArchiveBroken(name, f"{name} : chaînage rompu")
        digest = hashlib.sha256(bytes.fromhex(prev) + payload.encode("utf-8")).hexdigest()
        if digest != line["hash"]:
            raise ArchiveBroken(name, f"{name} : contenu modifié (empreinte invalide)")
        key = keys.get(line["key_id"])
        if key is None or key.since > position:
            raise ArchiveBroken(name, f"{name} : signé par une clé hors de la chaîne des clés")
        if not _verify(key.public, line["signature"], bytes.fromhex(digest)):
            raise ArchiveBroken(name, f"{name} : signature invalide")
        if (
            manifest.get("version", 1) >= 2
            and record is not None
            and record.get("type") == "event"
            and (record.get("data") or {}).get("code") in (KEY_CREATED, KEY_CHANGED)
            and (record["data"].get("details") or {}).get("fingerprint") not in keys
        ):
            raise ArchiveBroken(name, f"{name} : changement de clé absent de la chaîne des clés")
        if (
            record is None
            or record.get("pos") != position
            or record.get("type") != line.get("record_type")
        ):
            raise ArchiveBroken(name, f"{name} : en-tête incohérent")
        kind = record["type"]
        if kind in seqs and record["seq"] != seqs[kind] + 1:
            raise ArchiveBroken(name, f"{name} : séquence {record['seq']} après {seqs[kind]}")
        seqs[kind] = record["seq"]
        if record["at"] < last_at:
            raise ArchiveBroken(name, f"{name} : horodatage antérieur au précédent")
        last_at = record["at"]
        record["hash"] = digest
        records.append(record)
        prev = digest
    head = manifest["chain_head"]
    if position != manifest["last_position"] or position != head["position"]:
        raise ArchiveBroken(
            "fin du journal", f"Journal incomplet : dernier enregistrement n° {position}"
        )
    if prev != head["hash"]:
        raise ArchiveBroken("fin du journal", "Tête de chaîne différente du manifeste")
    return records


def _ticket_sums(tickets: Iterable[Record]) -> dict[str, Any]:
    sums: dict[str, Any] = {"tickets": 0, "sales": 0, "refunds": 0, "total": 0, "vat": {},
                            "payments": {}}  # fmt: skip
    for data in tickets:
        total = data["total_cents"]
        sums["tickets"] += 1
        sums["sales" if total >= 0 else "refunds"] += abs(total)
        sums["total"] += total
        for v in data["vat"]:
            base, vat, ttc = sums["vat"].get(v["rate_bp"], (0, 0, 0))
            sums["vat"][v["rate_bp"]] = (
                base + v["base_cents"],
                vat + v["vat_cents"],
                ttc + v["total_cents"],
            )
        for p in data["payments"]:
            sums["payments"][p["method"]] = sums["payments"].get(p["method"], 0) + p["amount_cents"]
    return sums


def _check_closures(records: list[Record], manifest: dict[str, Any]) -> None:
    tickets = [r["data"] for r in records if r["type"] == "ticket"]
    previous: dict[str, dict[str, Any]] = {}
    for record in records:
        if record["type"] != "closure":
            continue
        c = record["data"]
        name = _name(record, record["pos"])
        if c["first_day"] >= manifest["first_day"]:
            days = [t for t in tickets if c["first_day"] <= t["business_date"] <= c["last_day"]]
            sums = _ticket_sums(days)
            stored_vat = {
                v["rate_bp"]: (v["base_cents"], v["vat_cents"], v["total_cents"])
                for v in c["by_vat"]
                if (v["base_cents"], v["vat_cents"], v["total_cents"]) != (0, 0, 0)
            }
            computed_vat = {k: v for k, v in sums["vat"].items() if v != (0, 0, 0)}
            stored_pay = {p["method"]: p["amount_cents"] for p in c["by_payment"]}
            if (
                c["tickets"] != sums["tickets"]
                or c["sales_cents"] != sums["sales"]
                or c["refunds_cents"] != sums["refunds"]
                or c["total_cents"] != sums["total"]
                or stored_vat != computed_vat
                or stored_pay != {k: v for k, v in sums["payments"].items()}
            ):
                raise ArchiveBroken(name, f"{name} : totaux différents des tickets de l'archive")
        before = previous.get(c["kind"])
        if before is not None:
            gt = before["perpetual_total_cents"] + c["sales_cents"] - c["refunds_cents"]
            gt_abs = (
                before["perpetual_total_absolute_cents"] + c["sales_cents"] + c["refunds_cents"]
            )
            if c["perpetual_total_cents"] != gt or c["perpetual_total_absolute_cents"] != gt_abs:
                raise ArchiveBroken(name, f"{name} : grand total perpétuel incohérent")
        previous[c["kind"]] = c


def verify_archive(
    path: Path, expected_key: str | None = None, expected_hq_key: str | None = None
) -> ArchiveReport:
    """Check an archive file; raises OSError, zipfile.BadZipFile or ArchiveUnreadable
    when it can't be read (members are checked before anything is decompressed).

    ``expected_key``: the fingerprint printed on the café's Z reports; the archive is
    broken unless its chain of keys holds it. ``expected_hq_key``: HQ's published
    fingerprint; a key break confirmed by any other key breaks the archive.
    """
    keys: dict[str, Key] = {}
    head: tuple[int, str] | None = None
    confirmed: list[str] = []
    confirmers: list[str] = []
    with zipfile.ZipFile(path) as archive:
        check_members(archive)
        try:
            manifest, keys = _check_manifest(archive, confirmed, confirmers)
            lines = [json.loads(line) for line in archive.read(JOURNAL).splitlines() if line]
            records = _check_chain(lines, manifest, keys)
            head = (manifest["chain_head"]["position"], manifest["chain_head"]["hash"])
            legacy = csv_files(records, neutralise=False)
            for name, content in csv_files(records).items():
                if name in manifest["files"] and archive.read(name) not in (content, legacy[name]):
                    raise ArchiveBroken(name, f"{name} ne correspond pas au journal signé")
            _check_closures(records, manifest)
            expected = (expected_key or "").strip().lower()
            if expected and expected not in keys:
                raise ArchiveBroken(
                    "clés de signature",
                    f"La clé attendue {expected} ne fait pas partie de la chaîne des clés de "
                    f"l'archive ({', '.join(keys)}) : archive signée par une autre clé",
                )
            hq_key = (expected_hq_key or "").strip().lower()
            others = sorted({key for key in confirmers if key != hq_key})
            if hq_key and others:
                raise ArchiveBroken(
                    "clés de signature",
                    f"rupture de la chaîne des clés confirmée par une autre clé que celle du "
                    f"siège {hq_key} ({', '.join(others)})",
                )
            if expected and manifest.get("version", 1) < 2:
                raise ArchiveBroken(
                    "clés de signature",
                    "Archive de version 1 : sa clé ne peut pas être rattachée à la clé attendue",
                )
        except ArchiveBroken as problem:
            return ArchiveReport(False, problem.first_bad, 0, problem.message, tuple(keys), head)
        except (KeyError, TypeError, ValueError, AttributeError):
            return ArchiveReport(
                False, "manifest.json", 0, "Archive mal formée : contenu inattendu (JSON)"
            )
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise ArchiveUnreadable("archive endommagée (données compressées illisibles)") from exc
        except (NotImplementedError, RuntimeError) as exc:
            raise ArchiveUnreadable("archive illisible (format de zip non pris en charge)") from exc
    return ArchiveReport(
        True,
        None,
        len(records),
        f"Archive intègre : {len(records)} enregistrements vérifiés "
        f"(période {manifest['period']}, caisse {manifest['register']})",
        tuple(keys),
        head,
        bool(expected),
        tuple(confirmed),
        tuple(confirmers),
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    options: dict[str, str] = {}
    while len(args) >= 3 and args[-2] in ("--key", "--hq-key") and args[-2] not in options:
        options[args[-2]] = args[-1]
        args = args[:-2]
    if len(args) != 1:
        print(
            "usage : python verify_archive.py ARCHIVE.zip [--key EMPREINTE] "
            "[--hq-key EMPREINTE_DU_SIÈGE]",
            file=sys.stderr,
        )
        return 2
    try:
        report = verify_archive(Path(args[0]), options.get("--key"), options.get("--hq-key"))
    except (OSError, zipfile.BadZipFile, ArchiveUnreadable) as exc:
        print(f"Archive illisible : {exc}", file=sys.stderr)
        return 2
    for line in report.describe():
        print(line)
    print(report.message)
    if not report.ok:
        print(f"Premier enregistrement en défaut : {report.first_bad}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
