"""The signing key's use cases: create and register it at init, change it (a lost or
compromised key file) with a signed KEY_CHANGED event. Storage is ``fiscal.keys``."""

from __future__ import annotations

import contextlib

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal import chain, keys
from cafe_pos.fiscal.codes import EventCode


def ensure_key(ctx: ServiceContext) -> str:
    """Create and register the key pair if needed (at init); return its fingerprint."""
    if ctx.training:
        return ""
    with ctx.uow() as uow:
        signer = chain.session_signer(ctx, uow.session)
        uow.commit()
    return signer.fingerprint


def replace_key(ctx: ServiceContext, actor: Actor, reason: str) -> str:
    """Change the signing key (lost or compromised key file): a signed KEY_CHANGED event.

    The event is signed by the old key when its file still matches (endorsed change),
    otherwise by the new key, and ``verify`` reports the change as not endorsed.
    Returns the new fingerprint.
    """
    actor.require(Permission.EDIT_SETTINGS)
    if not reason.strip():
        raise UserError("Indiquez la raison du changement de clé de signature")
    new = keys.generate_signer()
    with ctx.uow() as uow:
        session = uow.session
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
            actor_name=actor.name,
            details={
                "previous": registered or "",
                "fingerprint": new.fingerprint,
                "public_key": new.public_hex,
                "endorsed": 1 if old else 0,
                "reason": reason.strip(),
            },
        )
        keys.register_key(ctx, session, new)
        pending = keys.pending_path(ctx)
        pending.unlink(missing_ok=True)
        keys.write_key_file(pending, new)  # before the commit: the new key is never lost
        uow.commit()
    keys.install_pending(ctx, retired_name=old.fingerprint if old else "unknown")
    return new.fingerprint
