"""The café's Ed25519 signing key: created at init, private key in a file beside the
database (owner-only), public key in the database and in the journal (a signed event).

A database that already has a public key refuses to sign with a key file that does not
match it (a copied database with a replaced key); ``replace_key`` is the one recorded way
to change keys (``change_key``, run by the service ``services.signing_key``), endorsed by
the old key when it is still there; a change the old key did not sign breaks the chain
of keys visibly (``verify`` exit 1).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import to_utc_naive
from cafe_pos.domain.errors import UserError
from cafe_pos.store.models.fiscal import SigningKey
from cafe_pos.store.raw import raw_connection

SESSION_SIGNER = "fiscal.signer"  # session.info key: the signer checked in this transaction


class KeyProblem(UserError):
    """The signing key file is missing, unreadable or not the one of this journal."""


@dataclass(frozen=True, slots=True)
class Signer:
    private_key: Ed25519PrivateKey
    public_hex: str  # raw 32-byte public key, hex
    fingerprint: str  # first 16 hex digits of SHA-256(raw public key)

    def sign(self, message: bytes) -> bytes:
        return self.private_key.sign(message)


def fingerprint_of(public_hex: str) -> str:
    return hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:16]


def public_key_from_hex(public_hex: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))


def _signer(private_key: Ed25519PrivateKey) -> Signer:
    raw = private_key.public_key().public_bytes_raw()
    return Signer(private_key, raw.hex(), fingerprint_of(raw.hex()))


def signer_of(private_key: Ed25519PrivateKey) -> Signer:
    """The signer (public key and fingerprint) of a private key."""
    return _signer(private_key)


def generate_signer() -> Signer:
    return _signer(Ed25519PrivateKey.generate())


def write_key_file(path: Path, signer: Signer, *, replace: bool = False) -> None:
    """Write the private key (PEM, PKCS#8) readable by the owner only."""
    # cryptography's key formats only here and when a key file is read: they weigh a
    # tenth of the app's start-up, which signs nothing before the first sale
    from cryptography.hazmat.primitives import serialization

    pem = signer.private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    target = path.with_name(path.name + ".tmp") if replace else path
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    with contextlib.suppress(OSError):  # Windows: permissions are the folder's
        os.chmod(target, 0o600)
    if replace:
        os.replace(target, path)


def read_key_file(path: Path) -> Signer:
    from cryptography.hazmat.primitives import serialization  # see write_key_file

    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except FileNotFoundError as exc:
        raise KeyProblem(f"Clé de signature introuvable : {path}") from exc
    except (OSError, ValueError, TypeError) as exc:
        raise KeyProblem(f"Clé de signature illisible : {path}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"{path} n'est pas une clé de signature Ed25519")
    return _signer(key)


_CACHE: dict[str, tuple[tuple[int, int, int], Signer]] = {}


def load_signer(ctx: ServiceContext) -> Signer:
    """The private key of ``ctx`` (read once per file version, cached by path)."""
    signer = signer_if_present(ctx.key_path)
    if signer is None:
        raise KeyProblem(f"Clé de signature introuvable : {ctx.key_path}")
    return signer


def signer_if_present(path: Path) -> Signer | None:
    """The key file's signer (one stat when cached), None when there is no file."""
    name = str(path)
    try:
        stat = os.stat(name)
    except (FileNotFoundError, NotADirectoryError):
        return None
    stamp = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
    cached = _CACHE.get(name)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    signer = read_key_file(path)
    _CACHE[name] = (stamp, signer)
    return signer


_PUBLIC_KEYS: dict[str, Ed25519PublicKey] = {}


def signature_valid(public_hex: str, signature_hex: str, message: bytes) -> bool:
    """An Ed25519 signature (hex) of ``message`` by the raw public key ``public_hex``."""
    key = _PUBLIC_KEYS.get(public_hex)
    try:
        if key is None:
            key = _PUBLIC_KEYS[public_hex] = public_key_from_hex(public_hex)
        key.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def registered_public_keys(session: Session) -> list[str]:
    """The journal's public keys (hex), newest first."""
    session.flush()
    rows = raw_connection(session).execute("SELECT public_key FROM signing_keys ORDER BY id DESC")
    return [str(row[0]) for row in rows]


def current_fingerprint(session: Session) -> str | None:
    """Fingerprint of the journal's current public key (None on a new journal)."""
    session.flush()
    row = (
        raw_connection(session)
        .execute("SELECT fingerprint FROM signing_keys ORDER BY id DESC LIMIT 1")
        .fetchone()
    )
    return None if row is None else str(row[0])


def register_key(ctx: ServiceContext, session: Session, signer: Signer) -> None:
    """Record ``signer``'s public key as the journal's current key (caller's transaction)."""
    session.add(
        SigningKey(
            fingerprint=signer.fingerprint,
            public_key=signer.public_hex,
            created_at=to_utc_naive(ctx.clock.now()),
        )
    )
    session.flush()
    session.info[SESSION_SIGNER] = signer


RETIRED_KEY = "fiscal.retired_key"  # session.info: fingerprint of the key a change retires


def install_new_key(ctx: ServiceContext, session: Session) -> None:
    """After the key change's commit: the new key file in place, the old one kept aside."""
    install_pending(ctx, retired_name=str(session.info.pop(RETIRED_KEY, "unknown")))


def pending_path(ctx: ServiceContext) -> Path:
    return ctx.key_path.with_name(ctx.key_path.name + ".new")


def install_pending(ctx: ServiceContext, *, retired_name: str) -> None:
    """Put a committed new key in place; the old file is kept aside, renamed."""
    if ctx.key_path.exists():
        os.replace(ctx.key_path, ctx.key_path.with_name(f"{ctx.key_path.name}.{retired_name}.old"))
    os.replace(pending_path(ctx), ctx.key_path)
    _CACHE.pop(str(ctx.key_path), None)


def adopt_pending(ctx: ServiceContext, fingerprint: str) -> bool:
    """After a crash between a key change's commit and its file swap, finish the swap."""
    pending = pending_path(ctx)
    if not pending.exists():
        return False
    try:
        candidate = read_key_file(pending)
    except KeyProblem:
        return False
    if candidate.fingerprint != fingerprint:
        return False
    install_pending(ctx, retired_name="replaced")
    return True
