"""People who use the till: PINs, login with lock-out, and user management.

PINs: 6 digits for a manager, 4 to 6 for staff, stored as "scrypt$n$r$p$salt$hash"
(hashlib.scrypt, random salt, hex) at the highest cost that keeps a login under ~0.3 s
on a till (N=2^15, r=8: about 0.1 s; measured by tests/benchmarks/bench_login.py). No key
derivation saves a 4-digit PIN from someone who has the database file: the file is kept
owner-only (store.files) and managers, who approve refunds and discounts, get 6 digits.
A hash of a lower cost is upgraded at the next good login.

Five wrong PINs in a row lock the account, for longer each time: 5 minutes, 15 minutes,
1 hour, then until a manager unlocks it (or changes its code); a good PIN resets the
counters. Manager approval prompts follow the same ladder. Logins, logouts, failed
logins and every rights change are recorded in the technical event journal. A PIN reset
from the command line (recovery, no PIN asked) is journaled as such and shown at the
next login. The last active manager can be neither deactivated nor demoted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import from_utc_naive, to_utc_naive
from cafe_pos.domain.errors import NotFound, UserError
from cafe_pos.domain.text import fold, one_line
from cafe_pos.domain.users import ROLE_LABELS, Actor, Permission, Role
from cafe_pos.services import tech_events
from cafe_pos.store.models.settings import Setting
from cafe_pos.store.models.users import User

MAX_FAILED_ATTEMPTS = 5
MANAGER_PIN_THROTTLE_KEY = "security.manager_pin_throttle"  # internal, not a setting
# managers seen logging in with a PIN shorter than a manager's (set before the 6-digit
# rule, or by an old promotion): told at each login until they choose a 6-digit one
SHORT_MANAGER_PINS_KEY = "security.short_manager_pins"  # internal, not a setting
CLI_RESETS_KEY = "security.cli_pin_resets"  # internal: resets to show at the next login
# lock-out n lasts LOCK_STEPS[n - 1]; beyond, until a manager unlocks (UNLOCK_REQUIRED)
LOCK_STEPS = (dt.timedelta(minutes=5), dt.timedelta(minutes=15), dt.timedelta(hours=1))
LOCK_DURATION = LOCK_STEPS[0]
UNLOCK_REQUIRED = dt.datetime(9999, 1, 1)
MIN_PIN_LENGTH = {Role.MANAGER: 6, Role.STAFF: 4}
MAX_PIN_LENGTH = 6
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_MAXMEM = 64 * 1024 * 1024  # N=2^15, r=8 needs 32 MiB, OpenSSL's default limit
MAX_NAME_LENGTH = 60


class PinError(UserError, ValueError):
    """A PIN that is not 6 digits (manager) or 4 to 6 digits (staff)."""


class WrongPin(UserError):
    """The PIN does not match; ``remaining`` attempts before the lock-out."""

    def __init__(self, message: str, remaining: int | None = None) -> None:
        super().__init__(message)
        self.remaining = remaining


class LockedOut(UserError):
    """Too many wrong PINs: the account is locked until ``until`` (local time)."""

    def __init__(self, until: dt.datetime | None) -> None:
        if until is None:
            super().__init__(
                "Compte bloqué après trop de codes erronés : un·e gérant·e doit le débloquer "
                "(Réglages › Utilisateurs)"
            )
        else:
            super().__init__(f"Compte bloqué jusqu'à {until:%H:%M}")
        self.until = until


class LastManager(UserError):
    """The change would leave the café without an active manager."""


@dataclass(frozen=True, slots=True)
class UserView:
    id: int
    name: str
    role: Role
    active: bool
    locked: bool


def check_pin(pin: str, role: Role | str = Role.STAFF) -> str:
    """The PIN, or PinError: 6 digits for a manager, 4 to 6 for staff."""
    shortest = MIN_PIN_LENGTH[Role(role)]
    if not (pin.isascii() and pin.isdigit() and shortest <= len(pin) <= MAX_PIN_LENGTH):
        if Role(role) is Role.MANAGER:
            raise PinError(f"Le code d'un·e gérant·e doit faire {MAX_PIN_LENGTH} chiffres")
        raise PinError(f"Le code doit faire de {shortest} à {MAX_PIN_LENGTH} chiffres")
    return pin


def hash_pin(pin: str, role: Role | str = Role.STAFF) -> str:
    """ "scrypt$n$r$p$salt$hash" of a checked PIN, with a fresh random salt."""
    check_pin(pin, role)
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        pin.encode(),
        salt=salt,
        n=SCRYPT_N,
        r=SCRYPT_R,
        p=SCRYPT_P,
        dklen=32,
        maxmem=SCRYPT_MAXMEM,
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def _weaker_than_current(stored: str) -> bool:
    parts = stored.split("$")
    return len(parts) == 6 and parts[1:4] != [str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P)]


def verify_pin(pin: str, stored: str) -> bool:
    """Constant-time comparison of a PIN with a stored hash (False on a malformed hash)."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=SCRYPT_MAXMEM,
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def _now_utc(ctx: ServiceContext) -> dt.datetime:
    return to_utc_naive(ctx.clock.now())


def _is_locked(user: User, now_utc: dt.datetime) -> bool:
    return user.locked_until is not None and user.locked_until > now_utc


def _lock_until(lockouts: int, now_utc: dt.datetime) -> dt.datetime:
    """When the ``lockouts``-th lock-out in a row ends (naive UTC)."""
    if lockouts > len(LOCK_STEPS):
        return UNLOCK_REQUIRED
    return now_utc + LOCK_STEPS[lockouts - 1]


def _locked_out(until_utc: dt.datetime) -> LockedOut:
    return LockedOut(None if until_utc >= UNLOCK_REQUIRED else from_utc_naive(until_utc))


def _view(user: User, now_utc: dt.datetime) -> UserView:
    return UserView(user.id, user.name, Role(user.role), user.active, _is_locked(user, now_utc))


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"Utilisateur introuvable (n° {user_id})")
    return user


def check_name(name: str) -> str:
    """A user's name as it will be stored, or UserError (empty, too long, unprintable)."""
    return _clean_name(name)


def _clean_name(name: str) -> str:
    cleaned = one_line(name, "Le nom de l'utilisateur")
    if not cleaned:
        raise UserError("Le nom de l'utilisateur est obligatoire")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise UserError(f"Nom trop long ({MAX_NAME_LENGTH} caractères au plus)")
    return cleaned


def _active_managers(session: Session) -> int:
    query = select(func.count()).where(User.role == Role.MANAGER.value, User.active.is_(True))
    return int(session.scalar(query) or 0)


def _rights_event(ctx: ServiceContext, session: Session, actor: Actor, message: str) -> None:
    session.flush()
    tech_events.record(ctx, session, tech_events.RIGHTS_CHANGE, message, actor_name=actor.name)


def list_users(ctx: ServiceContext, include_inactive: bool = False) -> list[UserView]:
    """Users by name (the login screen shows the active ones)."""
    now_utc = _now_utc(ctx)
    with ctx.uow(read_only=True) as uow:
        query = select(User)
        if not include_inactive:
            query = query.where(User.active.is_(True))
        users = sorted(uow.session.scalars(query), key=lambda u: fold(u.name))
        return [_view(user, now_utc) for user in users]


def get_user(ctx: ServiceContext, user_id: int) -> UserView:
    with ctx.uow(read_only=True) as uow:
        return _view(_get(uow.session, user_id), _now_utc(ctx))


def find_user(ctx: ServiceContext, name: str) -> UserView:
    """A user by name, case and accents ignored (command line)."""
    wanted = fold(name)
    for user in list_users(ctx, include_inactive=True):
        if fold(user.name) == wanted:
            return user
    raise NotFound(f"Utilisateur inconnu : {name.strip()[:60]}")


def has_manager(ctx: ServiceContext) -> bool:
    with ctx.uow(read_only=True) as uow:
        return _active_managers(uow.session) > 0


def _insert(session: Session, name: str, role: Role, pin: str) -> User:
    cleaned = _clean_name(name)
    pin_hash = hash_pin(pin, role)
    for existing in session.scalars(select(User.name)):
        if fold(existing) == fold(cleaned):
            raise UserError(f"Un utilisateur s'appelle déjà {existing}")
    user = User(name=cleaned, role=Role(role).value, pin_hash=pin_hash, failed_attempts=0)
    session.add(user)
    return user


def add_user(ctx: ServiceContext, actor: Actor, name: str, role: Role | str, pin: str) -> UserView:
    """Create a user (Permission.MANAGE_USERS)."""
    actor.require(Permission.MANAGE_USERS)
    role = Role(role)
    with ctx.uow() as uow:
        user = _insert(uow.session, name, role, pin)
        _rights_event(
            ctx, uow.session, actor, f"Utilisateur ajouté : {user.name} ({ROLE_LABELS[role]})"
        )
        uow.commit()
        return _view(user, _now_utc(ctx))


def bootstrap_first_manager(ctx: ServiceContext, name: str, pin: str) -> UserView:
    """Create the first manager of a new café (``init``/``users add``): no actor needed."""
    with ctx.uow() as uow:
        if _active_managers(uow.session) > 0:
            raise UserError(
                "Un·e gérant·e existe déjà : ajoutez les utilisateurs avec un compte gérant·e"
            )
        user = _insert(uow.session, name, Role.MANAGER, pin)
        installer = Actor(user_id=None, name="installation", role=Role.MANAGER)
        _rights_event(ctx, uow.session, installer, f"Premier·e gérant·e créé·e : {user.name}")
        uow.commit()
        return _view(user, _now_utc(ctx))


def reset_pin(ctx: ServiceContext, actor: Actor, user_id: int, pin: str) -> UserView:
    """New PIN (a manager, or the user for themselves); also lifts a lock-out."""
    if actor.user_id != user_id:
        actor.require(Permission.MANAGE_USERS)
    check_pin(pin)
    with ctx.uow() as uow:
        user = _get(uow.session, user_id)
        user.pin_hash = hash_pin(pin, user.role)
        user.failed_attempts = 0
        user.lockouts = 0
        user.locked_until = None
        _note_short_pin(uow.session, user.id, short=False)  # a manager's new PIN has 6
        _rights_event(ctx, uow.session, actor, f"Code changé : {user.name}")
        uow.commit()
        return _view(user, _now_utc(ctx))


def reset_pin_from_command_line(ctx: ServiceContext, actor: Actor, name: str, pin: str) -> UserView:
    """Recovery: a new PIN set from the command line, where no PIN is asked (whoever runs
    it holds the database file). Journaled as such, and shown at the next login."""
    user = find_user(ctx, name)
    with ctx.uow() as uow:
        row = _get(uow.session, user.id)
        row.pin_hash = hash_pin(pin, row.role)
        row.failed_attempts = 0
        row.lockouts = 0
        row.locked_until = None
        _note_short_pin(uow.session, row.id, short=False)
        at = from_utc_naive(_now_utc(ctx))
        _rights_event(
            ctx,
            uow.session,
            actor,
            f"Code réinitialisé depuis la ligne de commande, sans code gérant·e : {row.name}",
        )
        notices = uow.session.get(Setting, CLI_RESETS_KEY)
        pending: list[dict[str, str]] = json.loads(notices.value) if notices else []
        pending.append({"name": row.name, "at": at.strftime("%d/%m/%Y %H:%M")})
        if notices is None:
            uow.session.add(Setting(key=CLI_RESETS_KEY, value=json.dumps(pending)))
        else:
            notices.value = json.dumps(pending)
        uow.commit()
        return _view(row, _now_utc(ctx))


def take_reset_notices(ctx: ServiceContext, actor: Actor) -> list[str]:
    """The PIN resets made from the command line since a manager last saw them (French
    lines, for the screen after login); seen by a manager, they are cleared."""
    with ctx.uow() as uow:
        short = uow.session.get(Setting, SHORT_MANAGER_PINS_KEY)
        own = (
            [
                f"Votre code gérant·e a moins de {MAX_PIN_LENGTH} chiffres : choisissez-en "
                f"un à {MAX_PIN_LENGTH} chiffres (Réglages → Utilisateurs → Changer le code)"
            ]
            if short is not None and actor.user_id in json.loads(short.value)
            else []
        )
        notices = uow.session.get(Setting, CLI_RESETS_KEY)
        if notices is None:
            return own
        pending: list[dict[str, str]] = json.loads(notices.value)
        lines = own + [
            f"Le code de {item['name']} a été réinitialisé depuis la ligne de commande le "
            f"{item['at']}, sans code gérant·e"
            for item in pending
        ]
        if actor.role is Role.MANAGER:
            uow.session.delete(notices)
            uow.commit()
        return lines


def unlock(ctx: ServiceContext, actor: Actor, user_id: int) -> UserView:
    """A manager lifts a lock-out (too many wrong PINs) before its end; journaled."""
    actor.require(Permission.MANAGE_USERS)
    with ctx.uow() as uow:
        user = _get(uow.session, user_id)
        user.failed_attempts = 0
        user.lockouts = 0  # the ladder starts again at 5 minutes
        user.locked_until = None
        _rights_event(ctx, uow.session, actor, f"Compte débloqué : {user.name}")
        uow.commit()
        return _view(user, _now_utc(ctx))


def set_active(ctx: ServiceContext, actor: Actor, user_id: int, active: bool) -> UserView:
    """Activate or deactivate a user (Permission.MANAGE_USERS)."""
    actor.require(Permission.MANAGE_USERS)
    with ctx.uow() as uow:
        user = _get(uow.session, user_id)
        if user.active == active:
            return _view(user, _now_utc(ctx))
        if not active and user.role == Role.MANAGER.value and _active_managers(uow.session) <= 1:
            raise LastManager(
                f"{user.name} est le dernier compte gérant·e actif : impossible de le désactiver"
            )
        user.active = active
        verb = "réactivé" if active else "désactivé"
        _rights_event(ctx, uow.session, actor, f"Utilisateur {verb} : {user.name}")
        uow.commit()
        return _view(user, _now_utc(ctx))


def set_role(
    ctx: ServiceContext, actor: Actor, user_id: int, role: Role | str, pin: str | None = None
) -> UserView:
    """Change a user's role (Permission.MANAGE_USERS); the last active manager stays one.

    A manager has a 6-digit PIN (managers approve refunds and discounts): promoting a user
    takes their new 6-digit ``pin`` — their staff PIN may be 4 digits, and a stored hash
    can't say. Demoting keeps the PIN unless a new one is given."""
    actor.require(Permission.MANAGE_USERS)
    role = Role(role)
    if role is Role.MANAGER and not (pin or "").strip():
        raise PinError(
            f"Un·e gérant·e a un code à {MAX_PIN_LENGTH} chiffres : indiquez le nouveau code "
            "de la personne pour la nommer gérant·e"
        )
    if pin:
        check_pin(pin, role)
    with ctx.uow() as uow:
        user = _get(uow.session, user_id)
        if user.role == role.value:
            return _view(user, _now_utc(ctx))
        if user.role == Role.MANAGER.value and user.active and _active_managers(uow.session) <= 1:
            raise LastManager(
                f"{user.name} est le dernier compte gérant·e actif : il doit le rester"
            )
        user.role = role.value
        if pin:
            user.pin_hash = hash_pin(pin, role)
            _note_short_pin(uow.session, user.id, short=False)
            user.failed_attempts = 0
            user.lockouts = 0
            user.locked_until = None
        new_pin = " (nouveau code)" if pin else ""
        _rights_event(
            ctx, uow.session, actor, f"Rôle de {user.name} : {ROLE_LABELS[role]}{new_pin}"
        )
        uow.commit()
        return _view(user, _now_utc(ctx))


def login(ctx: ServiceContext, user_id: int, pin: str) -> Actor:
    """Check a PIN; WrongPin (attempts left) or LockedOut. Every attempt is journaled."""
    now = ctx.clock.now()
    now_utc = to_utc_naive(now)
    with ctx.uow() as uow:
        session = uow.session
        user = session.get(User, user_id)
        if user is None or not user.active:
            raise NotFound("Utilisateur inconnu ou désactivé")
        if user.locked_until is not None:
            if _is_locked(user, now_utc):
                raise _locked_out(user.locked_until)
            user.locked_until = None
            user.failed_attempts = 0
        if not verify_pin(pin, user.pin_hash):
            user.failed_attempts += 1
            remaining = MAX_FAILED_ATTEMPTS - user.failed_attempts
            locked = remaining <= 0
            if locked:
                user.lockouts = (user.lockouts or 0) + 1
                user.locked_until = _lock_until(user.lockouts, now_utc)
                user.failed_attempts = 0
            session.flush()
            message = f"Échec de connexion : {user.name}" + (" (compte bloqué)" if locked else "")
            tech_events.record(
                ctx,
                session,
                tech_events.LOGIN,
                message,
                actor_name=user.name,
                names=("LOGIN_FAILED", "FAILED_LOGIN"),
                details={"outcome": "locked" if locked else "wrong_pin"},
            )
            uow.commit()
            if locked and user.locked_until is not None:
                raise _locked_out(user.locked_until)
            plural = "essais restants" if remaining > 1 else "essai restant"
            raise WrongPin(f"Code incorrect ({remaining} {plural})", remaining)
        user.failed_attempts = 0
        user.lockouts = 0
        if _weaker_than_current(user.pin_hash):
            user.pin_hash = hash_pin(pin)  # the cost of today, from this login on
        if user.role == Role.MANAGER.value:
            _clear_approval_lockout(session)  # a manager's login is a manager unlock
            _note_short_pin(session, user.id, short=len(pin) < MIN_PIN_LENGTH[Role.MANAGER])
        session.flush()
        tech_events.record(
            ctx,
            session,
            tech_events.LOGIN,
            f"Connexion : {user.name}",
            actor_name=user.name,
            names=("LOGIN",),
            details={"outcome": "ok"},
        )
        uow.commit()
        return Actor(user_id=user.id, name=user.name, role=Role(user.role))


def logout(ctx: ServiceContext, actor: Actor) -> None:
    """Record the end of a user's session in the technical journal."""
    if actor.user_id is None:
        return
    with ctx.uow() as uow:
        tech_events.record(
            ctx,
            uow.session,
            tech_events.LOGIN,
            f"Déconnexion : {actor.name}",
            actor_name=actor.name,
            names=("LOGOUT",),
            details={"outcome": "logout"},
        )
        uow.commit()


def _note_short_pin(session: Session, user_id: int, *, short: bool) -> None:
    """Remember a manager whose PIN is shorter than a manager's must be (or forget it)."""
    row = session.get(Setting, SHORT_MANAGER_PINS_KEY)
    known: list[int] = json.loads(row.value) if row is not None else []
    if short == (user_id in known):
        return
    if short:
        known.append(user_id)
    else:
        known.remove(user_id)
    if row is None:
        session.add(Setting(key=SHORT_MANAGER_PINS_KEY, value=json.dumps(known)))
    else:
        row.value = json.dumps(known)


def _clear_approval_lockout(session: Session) -> None:
    throttle = session.get(Setting, MANAGER_PIN_THROTTLE_KEY)
    if throttle is not None:
        session.delete(throttle)


def verify_manager_pin(ctx: ServiceContext, pin: str) -> Actor:
    """The active, unlocked manager whose PIN this is (to approve an override), or WrongPin.

    Approvals are throttled like logins: after MAX_FAILED_ATTEMPTS wrong codes in a row,
    manager approvals are refused for 5 minutes, then 15, then 1 hour, then until a
    manager logs in, so a PIN can't be guessed through discount or refund prompts.
    """
    now_utc = _now_utc(ctx)
    with ctx.uow() as uow:
        session = uow.session
        throttle = session.get(Setting, MANAGER_PIN_THROTTLE_KEY)
        state: dict[str, str | int] = (
            json.loads(throttle.value) if throttle is not None else {"failures": 0}
        )
        locked_until = str(state.get("locked_until", ""))
        if locked_until and dt.datetime.fromisoformat(locked_until) > now_utc:
            raise _locked_out(dt.datetime.fromisoformat(locked_until))
        query = select(User).where(User.role == Role.MANAGER.value, User.active.is_(True))
        for user in session.scalars(query.order_by(User.id)):
            if not _is_locked(user, now_utc) and verify_pin(pin, user.pin_hash):
                if throttle is not None:
                    session.delete(throttle)
                    uow.commit()
                return Actor(user_id=user.id, name=user.name, role=Role.MANAGER)
        failures = int(state.get("failures", 0)) + 1
        lockouts = int(state.get("lockouts", 0))
        state = {"failures": failures, "lockouts": lockouts}
        if failures >= MAX_FAILED_ATTEMPTS:
            lockouts += 1
            until = _lock_until(lockouts, now_utc)
            state = {"failures": 0, "lockouts": lockouts, "locked_until": until.isoformat()}
        if throttle is None:
            session.add(Setting(key=MANAGER_PIN_THROTTLE_KEY, value=json.dumps(state)))
        else:
            throttle.value = json.dumps(state)
        tech_events.record(
            ctx,
            session,
            tech_events.LOGIN_FAILED,
            "Code gérant·e erroné lors d'une validation",
            actor_name="inconnu",
        )
        uow.commit()
    raise WrongPin("Code gérant·e incorrect")
