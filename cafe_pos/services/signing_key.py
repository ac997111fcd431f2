"""The café's signing key as use cases: created and registered at init (``ensure_key``),
changed when the key file is lost or exposed (``replace_key``, a manager's use case).

The change is a signed journal record (event 907). Signed by the old key when its file is
still there, it continues the chain of keys; when the old key is truly lost, the change is
signed by the new key only and ``verify`` reports it as a break (exit 1) until an outside
confirmation exists (HQ's counter-signature at re-enrolment).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cafe_pos.context import ServiceContext
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.text import one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal import chain, keys
from cafe_pos.fiscal.key_breaks import unconfirmed_breaks
from cafe_pos.fiscal.key_change import change_key
from cafe_pos.services.integrity import journal_warning
from cafe_pos.store.models.fiscal import SigningKey


def replace_key(ctx: ServiceContext, actor: Actor, reason: str) -> str:
    """Change the signing key; returns the new key's fingerprint."""
    actor.require(Permission.EDIT_SETTINGS)
    reason = one_line(reason, "La raison du changement de clé")
    if not reason:
        raise UserError("Indiquez la raison du changement de clé de signature")
    if ctx.training:
        raise UserError("La clé de signature ne se change pas en mode formation")
    with ctx.uow() as uow:
        new = change_key(ctx, uow.session, actor.name, reason)
        uow.commit()
        keys.install_new_key(ctx, uow.session)
    return new.fingerprint


@dataclass(frozen=True, slots=True)
class KeyState:
    """What Réglages → Journal fiscal shows: the journal's key and what is wrong, if any."""

    fingerprint: str | None  # the journal's current key (None on a new journal)
    keys: tuple[str, ...]  # every key of the journal, oldest first
    warning: str | None  # a break HQ has not confirmed, a key file the till can't use
    open_breaks: tuple[int, ...] = ()  # positions of the key breaks HQ has not confirmed


def key_state(ctx: ServiceContext) -> KeyState:
    with ctx.uow(read_only=True) as uow:
        fingerprints = tuple(
            uow.session.scalars(select(SigningKey.fingerprint).order_by(SigningKey.id))
        )
        breaks = tuple(b.position for b in unconfirmed_breaks(uow.session, ctx.register))
    return KeyState(
        fingerprints[-1] if fingerprints else None, fingerprints, journal_warning(ctx), breaks
    )


def ensure_key(ctx: ServiceContext) -> str:
    """Create and register the key pair if needed (at init); return its fingerprint."""
    if ctx.training:
        return ""
    with ctx.uow() as uow:
        signer = chain.session_signer(ctx, uow.session)
        uow.commit()
    return signer.fingerprint
