"""The café → headquarters (HQ) wire format, shared by the café's outbox and the HQ receiver.

Pure rules, no I/O (docs/hq-sync.md is the reference): a message *body* is a JSON object
written canonically (sorted keys, no spaces, UTF-8); the café signs the exact UTF-8 bytes
of that text with its Ed25519 key; the *envelope* posted to HQ carries the body text, the
signature and the key fingerprint (and, for an archive, the zip in base64, whose SHA-256
the signed body names). HQ deduplicates on the idempotency key
(café, kind, business date, version).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

WIRE_FORMAT = "cafe-pos-hq"
SCHEMA_VERSION = 1  # of the body (docs/hq-sync.md); bumped on an incompatible change

KIND_DAILY = "daily"  # a day's closure (Z) and its figures
KIND_EVENT = "event"  # an integrity defect or a key change, as journaled
KIND_ARCHIVE = "archive"  # a closed month's (or year's) fiscal archive
KINDS = (KIND_DAILY, KIND_EVENT, KIND_ARCHIVE)

# The optional sections other parts of the software fill when they exist.
OPTIONAL_SECTIONS = ("stock", "bread", "parcels", "press", "purchase_caps")

# Families of the activity mix (sales by family): the café's categories map onto these.
FAMILIES = ("bar", "grocery", "bread", "press", "services", "other")

# Fields of a body that must never be sent (personal data stays in the café).
FORBIDDEN_KEYS = frozenset(
    {"customer", "customer_name", "recipient", "recipient_name", "user_name", "staff_name",
     "opened_by", "closed_by", "actor_name", "email", "phone"}
)  # fmt: skip

_SIRET = re.compile(r"\d{14}")
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")
_SIGNATURE = re.compile(r"[0-9a-f]{128}")


class WireError(ValueError):
    """A body or an envelope that does not follow the format (French message)."""


def canonical_text(body: dict[str, Any]) -> str:
    """The one text of a body: sorted keys, no spaces, non-ASCII characters kept."""
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def signed_bytes(body_text: str) -> bytes:
    """What the Ed25519 signature covers: the body text's UTF-8 bytes, exactly."""
    return body_text.encode("utf-8")


def body_sha256(body_text: str) -> str:
    return hashlib.sha256(signed_bytes(body_text)).hexdigest()


def fingerprint_of(public_hex: str) -> str:
    """First 16 hex digits of SHA-256(raw public key): how a key is named (as in the
    fiscal journal)."""
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class IdempotencyKey:
    """What makes two messages "the same": HQ keeps one row per key."""

    siret: str
    kind: str
    business_date: dt.date
    version: int


def idempotency_key(body: dict[str, Any]) -> IdempotencyKey:
    return IdempotencyKey(
        str(body["siret"]),
        str(body["kind"]),
        dt.date.fromisoformat(str(body["business_date"])),
        int(body["version"]),
    )


def envelope(body_text: str, signature_hex: str, key_fingerprint: str) -> dict[str, str]:
    """The JSON object posted to ``POST /api/v1/messages``."""
    return {"body": body_text, "signature": signature_hex, "key": key_fingerprint}


def with_attachment(env: dict[str, str], data: bytes) -> dict[str, str]:
    return {**env, "attachment": base64.b64encode(data).decode("ascii")}


@dataclass(frozen=True, slots=True)
class ParsedEnvelope:
    body_text: str
    body: dict[str, Any]
    signature: bytes
    key: str
    attachment: bytes | None


def parse_envelope(raw: Any) -> ParsedEnvelope:
    """Check an envelope's shape (not its signature: that needs the enrolled key)."""
    if not isinstance(raw, dict):
        raise WireError("Enveloppe mal formée : un objet JSON est attendu")
    body_text, signature, key = raw.get("body"), raw.get("signature"), raw.get("key")
    if not isinstance(body_text, str) or not body_text:
        raise WireError("Enveloppe mal formée : « body » (texte JSON) manquant")
    if not isinstance(signature, str) or not _SIGNATURE.fullmatch(signature):
        raise WireError(
            "Enveloppe mal formée : « signature » (128 chiffres hexadécimaux) manquante"
        )
    if not isinstance(key, str) or not _FINGERPRINT.fullmatch(key):
        raise WireError("Enveloppe mal formée : « key » (empreinte de 16 chiffres hex) manquante")
    try:
        body = json.loads(body_text)
    except ValueError as exc:
        raise WireError(f"Corps du message illisible : {exc}") from exc
    if not isinstance(body, dict):
        raise WireError("Corps du message mal formé : un objet JSON est attendu")
    attachment: bytes | None = None
    if raw.get("attachment") is not None:
        if not isinstance(raw["attachment"], str):
            raise WireError("Pièce jointe mal formée : base64 attendu")
        try:
            attachment = base64.b64decode(raw["attachment"], validate=True)
        except ValueError as exc:
            raise WireError("Pièce jointe mal formée : base64 attendu") from exc
    siret = body.get("siret")
    if not isinstance(siret, str) or not _SIRET.fullmatch(siret):
        raise WireError("Corps du message mal formé : SIRET (14 chiffres) manquant")
    return ParsedEnvelope(body_text, body, bytes.fromhex(signature), key, attachment)


def personal_keys(value: Any, path: str = "") -> list[str]:
    """Paths of keys in ``value`` that would carry personal data (must be empty)."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if key in FORBIDDEN_KEYS:
                found.append(where)
            found.extend(personal_keys(item, where))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(personal_keys(item, f"{path}[{index}]"))
    return found


def family_of(category_name: str, third_party: bool = False) -> str:
    """The activity family of a café category name (the mix HQ compares across cafés)."""
    name = category_name.lower()
    if any(word in name for word in ("pain", "boulang", "viennois")):
        return "bread"
    if any(word in name for word in ("presse", "journa", "magazine")):
        return "press"
    if third_party or any(
        word in name for word in ("colis", "service", "timbre", "fdj", "jeux", "photocop")
    ):
        return "services"
    if any(
        word in name
        for word in ("boisson", "bière", "biere", "vin", "café", "cafe", "apéri", "aperi",
                     "soft", "spiritu", "bar", "chaud", "alcool", "cocktail", "sirop")
    ):  # fmt: skip
        return "bar"
    if any(word in name for word in ("épicerie", "epicerie", "frais", "conserve", "hygiène",
                                     "produit", "fruit", "légume", "crèmerie", "snack")):  # fmt: skip
        return "grocery"
    return "other"
