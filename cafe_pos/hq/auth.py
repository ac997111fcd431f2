"""Who may read the dashboard: HQ users (passwords hashed with argon2id), their roles and
cafés, login throttling, and the server-side sessions behind the browser's cookie.

- An **administrator** sees every café and manages users, cafés and enrolment codes.
- A **territorial manager** sees only the cafés assigned to them: ``Scope`` carries that
  restriction into every dashboard query (``Scope.cafe_filter``), never into the page.
- **Throttling**: after ``MAX_FAILURES_PER_NAME`` failed logins for a name (or
  ``MAX_FAILURES_PER_CLIENT`` from one address) within ``THROTTLE_WINDOW``, logins for it
  are refused until the window has passed — counted in the database, so every worker
  process agrees. Nothing says whether the name exists.
- **Sessions**: the cookie holds a random token; the database holds its SHA-256, the user,
  an expiry and the session's CSRF token, which every form sends back. Deactivating a
  user or resetting their password deletes their sessions (``end_sessions``).
- **Audit**: every change to an account is written to ``hq_audit`` (``record``) in the same
  transaction; the account operations themselves are in ``cafe_pos.hq.accounts``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import ColumnElement, delete, func, select, true
from sqlalchemy.orm import Session

from cafe_pos.domain.identity import validate_siret
from cafe_pos.domain.text import fold, refused_character
from cafe_pos.hq.models import Cafe, HqAuditEntry, HqLoginAttempt, HqSession, HqUser, HqUserCafe

ADMIN = "admin"
TERRITORIAL = "territorial"
ROLES = {ADMIN: "administrateur", TERRITORIAL: "responsable territorial"}
MIN_PASSWORD = 12
MAX_PASSWORD = 256
COMMAND_LINE = "ligne de commande"  # the audit log's actor for the ``hq user`` commands
THROTTLE_WINDOW = dt.timedelta(minutes=15)
MAX_FAILURES_PER_NAME = 5
MAX_FAILURES_PER_CLIENT = 20
SESSION_LIFETIME = dt.timedelta(hours=12)
ATTEMPTS_KEPT = dt.timedelta(days=30)  # login attempts, for the throttle and a look back

_HASHER = PasswordHasher()  # argon2id, RFC 9106 low-memory parameters
# compared against when the name is unknown, so both cases cost the same time
_DUMMY_HASH = _HASHER.hash(secrets.token_hex(16))


class AuthError(Exception):
    """A refused login or bad user data (French message)."""


class Throttled(AuthError):
    """Too many recent failures for the name or the address."""


@dataclass(frozen=True, slots=True)
class Scope:
    """The signed-in user and what they may see."""

    user_id: int
    name: str
    role: str
    csrf: str = ""
    must_change_password: bool = False  # only the "Mon mot de passe" page until changed
    session_id: int = 0

    @property
    def is_admin(self) -> bool:
        return self.role == ADMIN

    def cafe_filter(self, column: Any = None) -> ColumnElement[bool]:
        """The SQL condition on ``cafes.id`` (or another café id column) every dashboard
        query adds."""
        if self.is_admin:
            return true()
        followed = select(HqUserCafe.cafe_id).where(HqUserCafe.user_id == self.user_id)
        return (Cafe.id if column is None else column).in_(followed)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def _check_password(stored: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def add_user(
    session: Session,
    name: str,
    role: str,
    password: str,
    cafes: list[str] | None = None,
    *,
    now: dt.datetime,
    by: str = COMMAND_LINE,
    must_change_password: bool = False,
) -> HqUser:
    """Create a user (``cafe-pos hq user add`` and the Comptes page), recorded in the
    accounts' audit log as done ``by`` that user. ``must_change_password``: the password
    was chosen for them (the Comptes page), they replace it at their first login."""
    name = name.strip()
    if not name or len(name) > 120:
        raise AuthError("Indiquez un nom d'utilisateur (120 caractères au plus)")
    if refused_character(name) is not None:
        raise AuthError("Le nom d'utilisateur contient un caractère invisible ou de contrôle")
    if role not in ROLES:
        raise AuthError("Rôle inconnu : admin ou territorial")
    check_new_password(password)
    if role == ADMIN and cafes:
        raise AuthError("Un administrateur voit tous les cafés : aucun café suivi à lui attribuer")
    # "anne" beside "Anne" would be two accounts that read as one in the audit log
    key = fold(name)
    same = next((n for n in session.scalars(select(HqUser.name)) if fold(n) == key), None)
    if same is not None:
        raise AuthError(f"L'utilisateur « {same} » existe déjà")
    cafe_ids = _cafe_ids(session, cafes or [])
    user = HqUser(
        name=name,
        password_hash=hash_password(password),
        role=role,
        active=True,
        created_at=now,
        must_change_password=must_change_password,
    )
    session.add(user)
    session.flush()
    session.add_all(HqUserCafe(user_id=user.id, cafe_id=cafe_id) for cafe_id in cafe_ids)
    where = f", {len(cafe_ids)} café(s) suivi(s)" if cafe_ids else ""
    record(session, by, "create", name, f"{ROLES[role]}{where}", now)
    session.commit()
    return user


def check_new_password(password: str) -> None:
    """The rule every new password meets (creation, reset, change)."""
    if len(password) < MIN_PASSWORD:
        raise AuthError(f"Mot de passe trop court : {MIN_PASSWORD} caractères au moins")
    if len(password) > MAX_PASSWORD:
        raise AuthError(f"Mot de passe trop long : {MAX_PASSWORD} caractères au plus")


def record(
    session: Session, actor: str, action: str, target: str, detail: str, now: dt.datetime
) -> None:
    """A line of the accounts' audit log, in the caller's transaction."""
    session.add(
        HqAuditEntry(at=now, actor=actor[:120], action=action, target=target[:120],
                     detail=detail[:300])
    )  # fmt: skip


def _cafe_ids(session: Session, sirets: list[str]) -> list[int]:
    ids = []
    for raw in sirets:
        try:
            siret = validate_siret(raw.strip())
        except ValueError as exc:
            raise AuthError(str(exc)) from exc
        cafe_id = session.scalar(select(Cafe.id).where(Cafe.siret == siret))
        if cafe_id is None:
            raise AuthError(f"Aucun café de SIRET {siret} au siège")
        if cafe_id not in ids:
            ids.append(cafe_id)
    return ids


def assign_cafes(
    session: Session,
    user_id: int,
    sirets: list[str],
    *,
    by: str = COMMAND_LINE,
    now: dt.datetime | None = None,
) -> None:
    """Replace the cafés a territorial manager follows."""
    user = session.get(HqUser, user_id)
    if user is None:
        raise AuthError("Utilisateur inconnu")
    if user.role == ADMIN:
        raise AuthError("Un administrateur voit tous les cafés")
    cafe_ids = _cafe_ids(session, sirets)
    session.execute(delete(HqUserCafe).where(HqUserCafe.user_id == user_id))
    session.add_all(HqUserCafe(user_id=user_id, cafe_id=cafe_id) for cafe_id in cafe_ids)
    when = now or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    record(session, by, "cafes", user.name, f"{len(cafe_ids)} café(s) suivi(s)", when)
    session.commit()


def throttled_until(
    session: Session, name: str, client: str, now: dt.datetime
) -> dt.datetime | None:
    """When logins for this name (or from this address) will be accepted again, or None."""
    since = now - THROTTLE_WINDOW
    for column, value, limit in (
        (HqLoginAttempt.name, name, MAX_FAILURES_PER_NAME),
        (HqLoginAttempt.client, client, MAX_FAILURES_PER_CLIENT),
    ):
        count, first = session.execute(
            select(func.count(), func.min(HqLoginAttempt.at)).where(
                column == value, HqLoginAttempt.at >= since, HqLoginAttempt.ok.is_(False)
            )
        ).one()
        if count >= limit and first is not None:
            return first + THROTTLE_WINDOW
    return None


def log_in(
    session: Session, name: str, password: str, client: str, *, now: dt.datetime
) -> tuple[str, HqSession]:
    """Check the password (after the throttle); a new session and its cookie token."""
    name = name.strip()[:120]
    client = client[:64]
    until = throttled_until(session, name, client, now)
    if until is not None:
        minutes = max(1, int((until - now).total_seconds() + 59) // 60)
        raise Throttled(f"Trop de tentatives : réessayez dans {minutes} min")
    user = session.scalar(select(HqUser).where(HqUser.name == name))
    ok = _check_password(user.password_hash if user else _DUMMY_HASH, password)
    ok = ok and user is not None and user.active
    session.add(HqLoginAttempt(name=name, client=client, at=now, ok=ok))
    if not ok or user is None:
        session.commit()
        raise AuthError("Nom ou mot de passe incorrect")
    if _HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = now
    session.execute(delete(HqSession).where(HqSession.expires_at < now))
    session.execute(delete(HqLoginAttempt).where(HqLoginAttempt.at < now - ATTEMPTS_KEPT))
    token = secrets.token_urlsafe(32)
    row = HqSession(
        token_sha256=_digest(token),
        user_id=user.id,
        csrf=secrets.token_urlsafe(32),
        created_at=now,
        expires_at=now + SESSION_LIFETIME,
    )
    session.add(row)
    session.commit()
    return token, row


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def scope_of(session: Session, token: str, now: dt.datetime) -> Scope | None:
    """The user behind a session cookie, or None (unknown, expired or deactivated)."""
    if not token:
        return None
    row = session.execute(
        select(
            HqUser.id,
            HqUser.name,
            HqUser.role,
            HqSession.csrf,
            HqUser.must_change_password,
            HqSession.id,
        )
        .join(HqSession, HqSession.user_id == HqUser.id)
        .where(
            HqSession.token_sha256 == _digest(token),
            HqSession.expires_at > now,
            HqUser.active.is_(True),
        )
    ).first()
    if row is None:
        return None
    return Scope(int(row[0]), str(row[1]), str(row[2]), str(row[3]), bool(row[4]), int(row[5]))


def check_password(session: Session, user_id: int, password: str) -> bool:
    """Whether ``password`` is this user's current one."""
    stored = session.scalar(select(HqUser.password_hash).where(HqUser.id == user_id))
    return _check_password(stored or _DUMMY_HASH, password) and stored is not None


def end_sessions(session: Session, user_id: int, keep: int | None = None) -> int:
    """Close the user's open sessions at once (all, or all but ``keep``); how many."""
    condition = HqSession.user_id == user_id
    if keep is not None:
        condition = condition & (HqSession.id != keep)
    ended = len(session.scalars(select(HqSession.id).where(condition)).all())
    session.execute(delete(HqSession).where(condition))
    return ended


def log_out(session: Session, token: str) -> None:
    session.execute(delete(HqSession).where(HqSession.token_sha256 == _digest(token)))
    session.commit()


def csrf_ok(expected: str, given: str) -> bool:
    return bool(expected) and hmac.compare_digest(expected.encode(), given.encode())
