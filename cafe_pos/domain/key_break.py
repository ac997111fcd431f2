"""A break of a café's chain of signing keys, and HQ's confirmation of it (pure rules).

A key change (journal event 907) must be signed by the previous key. When the previous key
is truly lost, the change can only be signed by the new key: a *break* that no local
check can bless. The outside confirmation is HQ's: when the café enrols again (a new
one-time code, given by a person at HQ who checked what happened), it names its breaks;
HQ signs, with its own Ed25519 key, the text below for each break it accepts. The café
journals that signature (event 913) and ``verify`` checks it against the break.

Shared by the café (fiscal journal, verify, enrolment) and the HQ receiver; see
docs/hq-sync.md § 2 and docs/fiscal-format.md § 3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

CONFIRMATION_PREFIX = "cafe-pos hq key-break confirmation v1"

_HEX64 = re.compile(r"[0-9a-f]{64}")
_FINGERPRINT = re.compile(r"[0-9a-f]{16}")


class KeyBreakError(ValueError):
    """A key break or a confirmation that does not follow the format (French message)."""


@dataclass(frozen=True, slots=True)
class KeyBreak:
    """An unendorsed key change: its record in the café's journal and the two keys."""

    position: int  # the key-change record's position in the register's chain
    hash: str  # that record's chain hash (hex)
    previous: str  # fingerprint of the key it should have been signed by (lost)
    fingerprint: str  # fingerprint of the new key (which signed the change itself)

    def as_wire(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "hash": self.hash,
            "previous": self.previous,
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_wire(cls, raw: Any) -> KeyBreak:
        if not isinstance(raw, dict):
            raise KeyBreakError("rupture de clé mal formée")
        position = raw.get("position")
        if not isinstance(position, int) or isinstance(position, bool) or position < 1:
            raise KeyBreakError("rupture de clé : position invalide")
        hash_hex, previous, fingerprint = (
            str(raw.get(name, "")) for name in ("hash", "previous", "fingerprint")
        )
        if not _HEX64.fullmatch(hash_hex):
            raise KeyBreakError("rupture de clé : empreinte d'enregistrement invalide")
        if not _FINGERPRINT.fullmatch(previous) or not _FINGERPRINT.fullmatch(fingerprint):
            raise KeyBreakError("rupture de clé : empreinte de clé invalide")
        return cls(position, hash_hex, previous, fingerprint)


def confirmation_text(siret: str, register: str, key_break: KeyBreak) -> bytes:
    """What HQ signs to confirm a break: the café, its register, where the break is in
    its chain (position and hash of the key-change record) and the two keys."""
    b = key_break
    return (
        f"{CONFIRMATION_PREFIX}|{siret}|{register}|{b.position}|{b.hash}|{b.previous}|"
        f"{b.fingerprint}"
    ).encode()
