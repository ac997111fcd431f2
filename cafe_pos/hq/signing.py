"""HQ's own Ed25519 signing key: it counter-signs a café's key break at re-enrolment
(``cafe_pos.domain.key_break``), the outside confirmation the café's journal keeps.

The private key lives in a file readable by its owner only, never in HQ's database (whoever
reads the database must not be able to confirm a break). Where: ``hq serve --key FILE``,
else the environment variable ``CAFE_POS_HQ_KEY``, else beside an SQLite database
(``hq.db.signing-key``), else ``hq-signing.key`` in the user's data folder. It is created
the first time it is needed. ``cafe-pos hq key`` prints its fingerprint, which HQ
publishes for auditors.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.engine import make_url

ENV_KEY = "CAFE_POS_HQ_KEY"


class HqKeyError(Exception):
    """HQ's key file can't be read or created (French message)."""


@dataclass(frozen=True, slots=True)
class HqKey:
    private_key: Ed25519PrivateKey
    public_hex: str
    fingerprint: str  # first 16 hex digits of SHA-256(raw public key), as for cafés

    def sign(self, message: bytes) -> str:
        return self.private_key.sign(message).hex()


def key_path_for(db_url: str, explicit: str | Path | None = None) -> Path:
    """Where HQ's key file is (see the module's docstring)."""
    if explicit:
        return Path(explicit)
    if os.environ.get(ENV_KEY):
        return Path(os.environ[ENV_KEY])
    with contextlib.suppress(Exception):
        url = make_url(db_url)
        if url.drivername.startswith("sqlite") and url.database and url.database != ":memory:":
            database = Path(url.database)
            return database.with_name(database.name + ".signing-key")
    from platformdirs import user_data_dir

    return Path(user_data_dir("cafe-pos-hq")) / "hq-signing.key"


def _of(private_key: Ed25519PrivateKey) -> HqKey:
    raw = private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return HqKey(private_key, raw.hex(), hashlib.sha256(raw).hexdigest()[:16])


def load_or_create(path: Path) -> HqKey:
    """HQ's key from ``path``, created (owner-only) when the file does not exist yet."""
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        return _create(path)
    except OSError as exc:
        raise HqKeyError(f"Clé du siège illisible : {path} ({exc.strerror})") from exc
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as exc:
        raise HqKeyError(f"Clé du siège illisible : {path}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise HqKeyError(f"{path} n'est pas une clé Ed25519")
    return _of(key)


def _create(path: Path) -> HqKey:
    """Written aside then linked into place: a worker starting at the same time reads
    either no file or the whole key, and only one key is ever kept."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    aside = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(aside, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, pem)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(aside, path)
        except FileExistsError:  # another worker created it meanwhile: use that one
            return load_or_create(path)
    except OSError as exc:
        raise HqKeyError(f"Clé du siège impossible à créer : {path} ({exc.strerror})") from exc
    finally:
        with contextlib.suppress(OSError):
            aside.unlink()
    return _of(key)
