"""The signing key as a backup carries it: encrypted with the café's recovery passphrase,
never in clear.

The passphrase is first stretched with scrypt (``cryptography``'s KDF, N = 2^16, r = 8,
p = 1, a random 16-byte salt: about 0.2 s and 64 MB per guess), and the result protects
the private key as a standard encrypted PKCS#8 PEM (``BestAvailableEncryption``: PBES2,
AES-256-CBC). Nothing else is home-made: two library primitives in a row, so the
passphrase costs a thief ~0.2 s and 64 MB per guess instead of PBKDF2's 2,048 rounds.

The sealed key is a small JSON object (``SealedKey.to_json``) kept beside the database
(``<database>.key.recovery``) once the manager has chosen the passphrase, and copied
into every backup's manifest. The passphrase itself is never stored.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from cafe_pos.domain.errors import UserError
from cafe_pos.fiscal.keys import KeyProblem, Signer, signer_of

FORMAT = "cafe-pos-sealed-key"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**16, 8, 1
MIN_LENGTH = 12
# no 0/O, 1/I/L: the sheet is read back by people
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class WrongPassphrase(KeyProblem):
    """The passphrase does not open the sealed key."""


@dataclass(frozen=True, slots=True)
class SealedKey:
    fingerprint: str
    public_key: str
    salt: str  # base64
    n: int
    r: int
    p: int
    pem: str  # encrypted PKCS#8

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "fingerprint": self.fingerprint,
            "public_key": self.public_key,
            "kdf": {"name": "scrypt", "salt": self.salt, "n": self.n, "r": self.r, "p": self.p},
            "cipher": "pkcs8-pbes2-aes256cbc",
            "pem": self.pem,
        }

    @classmethod
    def from_json(cls, data: Any) -> SealedKey:
        try:
            kdf = data["kdf"]
            if data.get("format") != FORMAT or kdf.get("name") != "scrypt":
                raise KeyError("format")
            return cls(
                str(data["fingerprint"]),
                str(data["public_key"]),
                str(kdf["salt"]),
                int(kdf["n"]),
                int(kdf["r"]),
                int(kdf["p"]),
                str(data["pem"]),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise KeyProblem("La clé chiffrée de la sauvegarde est illisible") from exc


def check_passphrase(passphrase: str) -> None:
    """A passphrase worth its name (UserError in French otherwise)."""
    if len(passphrase.strip()) < MIN_LENGTH:
        raise UserError(
            f"La phrase de secours doit compter au moins {MIN_LENGTH} caractères "
            "(par exemple quatre mots sans lien entre eux)"
        )


def generate_passphrase() -> str:
    """A random passphrase for the recovery sheet: 6 groups of 4 (about 118 bits)."""
    groups = ["".join(secrets.choice(_ALPHABET) for _ in range(4)) for _ in range(6)]
    return "-".join(groups)


def _stretch(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    raw = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.strip().encode("utf-8"))
    return base64.b64encode(raw)


def seal(signer: Signer, passphrase: str, *, n: int = SCRYPT_N) -> SealedKey:
    """The private key encrypted with ``passphrase``."""
    check_passphrase(passphrase)
    salt = os.urandom(16)
    password = _stretch(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
    pem = signer.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(password),
    )
    return SealedKey(
        signer.fingerprint,
        signer.public_hex,
        base64.b64encode(salt).decode("ascii"),
        n,
        SCRYPT_R,
        SCRYPT_P,
        pem.decode("ascii"),
    )


def unseal(sealed: SealedKey, passphrase: str) -> Signer:
    """The signer inside ``sealed``; WrongPassphrase (French) when it does not open."""
    try:
        password = _stretch(passphrase, base64.b64decode(sealed.salt), sealed.n, sealed.r, sealed.p)
        key = serialization.load_pem_private_key(sealed.pem.encode("ascii"), password=password)
    except (ValueError, TypeError) as exc:
        raise WrongPassphrase("Phrase de secours incorrecte : la clé ne s'ouvre pas") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem("La clé chiffrée n'est pas une clé de signature Ed25519")
    signer = signer_of(key)
    if signer.fingerprint != sealed.fingerprint:
        raise KeyProblem("La clé chiffrée ne correspond pas à son empreinte")
    return signer


def dumps(sealed: SealedKey) -> str:
    return json.dumps(sealed.to_json(), ensure_ascii=False, indent=1)
