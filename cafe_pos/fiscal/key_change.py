"""Sealing a change of the signing key in the journal (event 907), in the caller's
transaction; the use case around it is ``services.signing_key.replace_key``."""

from __future__ import annotations

import contextlib

from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.fiscal import chain, keys
from cafe_pos.fiscal.codes import EventCode


def change_key(ctx: ServiceContext, session: Session, actor_name: str, reason: str) -> keys.Signer:
    """Seal a key change (event 907) in the caller's transaction; returns the new signer.

    The event is signed by the old key when its file still matches the journal (endorsed
    change). Without it the event can only be signed by the new key: ``verify`` then
    reports a break of the key chain (exit 1) — the change is recorded, never blessed.
    The new key is written beside the database as ``<key>.new`` before the caller commits;
    ``install_new_key`` puts it in place after the commit.
    """
    new = keys.generate_signer()
    registered = keys.current_fingerprint(session)
    old: keys.Signer | None = None
    if registered is not None and ctx.key_path.exists():
        with contextlib.suppress(keys.KeyProblem):
            candidate = keys.read_key_file(ctx.key_path)
            if candidate.fingerprint == registered:
                old = candidate
    session.info[keys.SESSION_SIGNER] = old or new
    chain.write_event(
        ctx,
        session,
        EventCode.KEY_CHANGED,
        "Clé de signature changée",
        actor_name=actor_name,
        details={
            "previous": registered or "",
            "fingerprint": new.fingerprint,
            "public_key": new.public_hex,
            "endorsed": 1 if old else 0,
            "reason": reason,
        },
    )
    keys.register_key(ctx, session, new)
    session.info[keys.RETIRED_KEY] = old.fingerprint if old else "unknown"
    pending = keys.pending_path(ctx)
    pending.unlink(missing_ok=True)
    keys.write_key_file(pending, new)  # before the commit: the new key is never lost
    return new
