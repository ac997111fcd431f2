"""The HQ accounts as administrators manage them (the "Comptes" page and the ``hq user``
commands) and as each user keeps their own password ("Mon mot de passe").

Rules (each refusal an ``auth.AuthError`` with a French message, nothing changed):
- a new account's password is typed twice and meets ``auth.check_new_password``; it is
  hashed by ``auth.add_user`` like ``hq user add``'s, and the user replaces it at their
  first login (an administrator chose it);
- deactivating a user ends their open sessions at once (their next page is the login
  page); an administrator cannot deactivate themself, nor the last active administrator;
- an administrator's reset sets a password the user must change at their next login, and
  ends that user's sessions;
- changing one's own password needs the current one, and ends one's other sessions.

Every change is written to the audit log (``hq_audit``) with who did it, in the same
transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.hq import auth
from cafe_pos.hq.models import Cafe, HqAuditEntry, HqLoginAttempt, HqUser, HqUserCafe

ACTIONS = {
    "create": "compte créé",
    "deactivate": "compte désactivé",
    "reactivate": "compte réactivé",
    "reset": "mot de passe réinitialisé",
    "password": "mot de passe changé",
    "cafes": "cafés suivis modifiés",
}
AUDIT_SHOWN = 50
# the "client" of a failed check of the current password: one per user, so that nobody's
# wrong guesses can throttle another user's change
PASSWORD_FORM = "mon-mot-de-passe:{user_id}"


@dataclass(frozen=True, slots=True)
class Account:
    """One line of the Comptes page."""

    id: int
    name: str
    role: str
    active: bool
    must_change_password: bool
    last_login_at: dt.datetime | None  # UTC, naive (as stored)
    cafes: list[tuple[str, str]]  # (SIRET, name) of the cafés a territorial manager follows


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: dt.datetime  # UTC, naive
    actor: str
    action: str  # French
    target: str
    detail: str


def list_accounts(session: Session) -> list[Account]:
    followed: dict[int, list[tuple[str, str]]] = {}
    for user_id, siret, name in session.execute(
        select(HqUserCafe.user_id, Cafe.siret, Cafe.name)
        .join(Cafe, Cafe.id == HqUserCafe.cafe_id)
        .order_by(Cafe.name, Cafe.siret)
    ):
        followed.setdefault(int(user_id), []).append((str(siret), str(name)))
    return [
        Account(
            user.id,
            user.name,
            user.role,
            user.active,
            user.must_change_password,
            user.last_login_at,
            followed.get(user.id, []),
        )
        for user in session.scalars(select(HqUser).order_by(HqUser.active.desc(), HqUser.name))
    ]


def audit_log(session: Session, limit: int = AUDIT_SHOWN) -> list[AuditLine]:
    rows = session.scalars(
        select(HqAuditEntry).order_by(HqAuditEntry.at.desc(), HqAuditEntry.id.desc()).limit(limit)
    )
    return [
        AuditLine(r.at, r.actor, ACTIONS.get(r.action, r.action), r.target, r.detail) for r in rows
    ]


def _same(password: str, confirmation: str) -> None:
    if password != confirmation:
        raise auth.AuthError("Les deux mots de passe saisis diffèrent")


def create(
    session: Session,
    by: str,
    name: str,
    role: str,
    password: str,
    confirmation: str,
    sirets: list[str],
    *,
    now: dt.datetime,
) -> HqUser:
    """A new account from the Comptes page (the password typed twice by the administrator,
    so the user replaces it at their first login)."""
    _same(password, confirmation)
    return auth.add_user(
        session, name, role, password, sirets, now=now, by=by, must_change_password=True
    )


def user_named(session: Session, name: str) -> HqUser:
    user = session.scalar(select(HqUser).where(HqUser.name == name.strip()))
    if user is None:
        raise auth.AuthError(f"Aucun utilisateur « {name.strip()} » au siège")
    return user


def _user(session: Session, user_id: int) -> HqUser:
    user = session.get(HqUser, user_id)
    if user is None:
        raise auth.AuthError("Utilisateur inconnu")
    return user


def deactivate(
    session: Session, user_id: int, *, by: str, by_user_id: int | None, now: dt.datetime
) -> HqUser:
    """The user can no longer log in; their open sessions end now."""
    user = _user(session, user_id)
    if user.id == by_user_id:
        raise auth.AuthError("Vous ne pouvez pas désactiver votre propre compte")
    if not user.active:
        raise auth.AuthError(f"Le compte « {user.name} » est déjà désactivé")
    if user.role == auth.ADMIN:
        # the active administrators' rows locked (PostgreSQL) until this commits: two
        # administrators deactivating each other at once cannot leave none
        admins = session.scalars(
            select(HqUser.id)
            .where(HqUser.role == auth.ADMIN, HqUser.active.is_(True))
            .with_for_update()
        ).all()
        if not [admin_id for admin_id in admins if admin_id != user.id]:
            raise auth.AuthError(
                f"« {user.name} » est le dernier administrateur actif : "
                "créez ou réactivez un autre administrateur d'abord"
            )
    user.active = False
    ended = auth.end_sessions(session, user.id)
    auth.record(session, by, "deactivate", user.name, f"{ended} session(s) fermée(s)", now)
    session.commit()
    return user


def reactivate(session: Session, user_id: int, *, by: str, now: dt.datetime) -> HqUser:
    user = _user(session, user_id)
    if user.active:
        raise auth.AuthError(f"Le compte « {user.name} » est déjà actif")
    user.active = True
    auth.record(session, by, "reactivate", user.name, "", now)
    session.commit()
    return user


def reset_password(
    session: Session,
    user_id: int,
    password: str,
    confirmation: str,
    *,
    by: str,
    by_user_id: int | None,
    now: dt.datetime,
) -> HqUser:
    """An administrator sets someone's password: to be changed at their next login; their
    open sessions end now."""
    user = _user(session, user_id)
    if user.id == by_user_id:
        raise auth.AuthError("Pour votre propre compte, utilisez « Mon mot de passe »")
    _same(password, confirmation)
    auth.check_new_password(password)
    user.password_hash = auth.hash_password(password)
    user.must_change_password = True
    ended = auth.end_sessions(session, user.id)
    detail = f"à changer à la prochaine connexion, {ended} session(s) fermée(s)"
    auth.record(session, by, "reset", user.name, detail, now)
    session.commit()
    return user


def change_own_password(
    session: Session,
    scope: auth.Scope,
    current: str,
    password: str,
    confirmation: str,
    *,
    now: dt.datetime,
) -> int:
    """The signed-in user's new password; their other sessions end. How many ended.

    A wrong current password counts as a failed login for the name (the same throttle),
    so a stolen session cannot be used to guess it."""
    client = PASSWORD_FORM.format(user_id=scope.user_id)
    if auth.throttled_until(session, scope.name, client, now) is not None:
        raise auth.Throttled("Trop de tentatives : réessayez dans quelques minutes")
    if not auth.check_password(session, scope.user_id, current):
        session.add(HqLoginAttempt(name=scope.name, client=client, at=now, ok=False))
        session.commit()
        raise auth.AuthError("Mot de passe actuel incorrect")
    _same(password, confirmation)
    auth.check_new_password(password)
    if password == current:
        raise auth.AuthError("Le nouveau mot de passe doit être différent de l'actuel")
    user = _user(session, scope.user_id)
    user.password_hash = auth.hash_password(password)
    user.must_change_password = False
    ended = auth.end_sessions(session, user.id, keep=scope.session_id)
    detail = f"{ended} autre(s) session(s) fermée(s)"
    auth.record(session, user.name, "password", user.name, detail, now)
    session.commit()
    return ended
