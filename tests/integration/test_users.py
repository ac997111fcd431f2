"""Users, PINs and lock-out on a real database; every login is in the technical journal."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import FixedClock
from cafe_pos.domain.errors import PermissionDenied, UserError
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import users
from cafe_pos.store.models.fiscal import FiscalEvent
from cafe_pos.store.models.users import User

AFTERNOON = dt.datetime(2026, 11, 26, 14, 30)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(AFTERNOON)


@pytest.fixture
def ctx(tmp_path: Path, clock: FixedClock) -> ServiceContext:
    return open_context(tmp_path / "cafe.db", clock=clock)


@pytest.fixture
def camille(ctx: ServiceContext) -> Actor:
    view = users.bootstrap_first_manager(ctx, "Camille", "123456")
    return Actor(view.id, view.name, view.role)


@pytest.fixture
def leo(ctx: ServiceContext, camille: Actor) -> users.UserView:
    return users.add_user(ctx, camille, "Léo", Role.STAFF, "0000")


def events(ctx: ServiceContext) -> list[tuple[int, str, str]]:
    with ctx.uow() as uow:
        rows = uow.session.execute(
            select(FiscalEvent.code, FiscalEvent.actor_name, FiscalEvent.message).order_by(
                FiscalEvent.id
            )
        )
        return [(code, actor, message) for code, actor, message in rows]


def user_count(ctx: ServiceContext) -> int:
    with ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(User)) or 0)


def test_login_returns_the_actor_and_is_journaled(ctx: ServiceContext, leo: users.UserView) -> None:
    actor = users.login(ctx, leo.id, "0000")
    assert actor == Actor(leo.id, "Léo", Role.STAFF)
    users.logout(ctx, actor)
    journal = events(ctx)
    assert (80, "Léo", "Connexion : Léo") in journal
    assert (901, "Léo", "Déconnexion : Léo") in journal
    assert (130, "installation", "Premier·e gérant·e créé·e : Camille") in journal
    assert (130, "Camille", "Utilisateur ajouté : Léo (Équipier·e)") in journal


def test_pins_are_salted_scrypt_hashes(ctx: ServiceContext, camille: Actor) -> None:
    users.add_user(ctx, camille, "Léo", Role.STAFF, "123456")
    with ctx.uow() as uow:
        hashes = list(uow.session.scalars(select(User.pin_hash)))
    assert all(h.startswith("scrypt$32768$8$1$") and "123456" not in h for h in hashes)
    assert hashes[0] != hashes[1]  # same PIN, different salt
    assert users.verify_pin("123456", hashes[0]) and not users.verify_pin("123457", hashes[0])
    assert not users.verify_pin("1234", "md5$nope")


def test_five_wrong_pins_lock_the_account_for_five_minutes(
    ctx: ServiceContext, clock: FixedClock, leo: users.UserView
) -> None:
    messages = []
    for _ in range(4):
        with pytest.raises(users.WrongPin) as info:
            users.login(ctx, leo.id, "9999")
        messages.append(str(info.value))
    assert messages == [
        "Code incorrect (4 essais restants)",
        "Code incorrect (3 essais restants)",
        "Code incorrect (2 essais restants)",
        "Code incorrect (1 essai restant)",
    ]
    with pytest.raises(users.LockedOut, match=r"^Compte bloqué jusqu'à 14:35$"):
        users.login(ctx, leo.id, "9999")
    with pytest.raises(users.LockedOut):
        users.login(ctx, leo.id, "0000")  # even the right PIN
    assert [u.locked for u in users.list_users(ctx)] == [False, True]
    clock.advance(minutes=5, seconds=1)
    assert users.login(ctx, leo.id, "0000").name == "Léo"
    failed = [e for e in events(ctx) if e[2].startswith("Échec de connexion")]
    assert len(failed) == 5 and failed[-1][2].endswith("(compte bloqué)")


def test_a_good_pin_resets_the_counter(ctx: ServiceContext, leo: users.UserView) -> None:
    for _ in range(3):
        with pytest.raises(users.WrongPin):
            users.login(ctx, leo.id, "1111")
    users.login(ctx, leo.id, "0000")
    with pytest.raises(users.WrongPin, match="4 essais restants"):
        users.login(ctx, leo.id, "1111")


def test_bad_pins_and_names_create_nothing(ctx: ServiceContext, camille: Actor) -> None:
    for pin in ("123", "1234567", "12a4", "１２３４", ""):
        with pytest.raises(users.PinError, match="4 à 6 chiffres"):
            users.add_user(ctx, camille, "Léo", Role.STAFF, pin)
    with pytest.raises(UserError, match="s'appelle déjà Camille"):
        users.add_user(ctx, camille, " camille ", Role.STAFF, "4321")
    with pytest.raises(UserError, match="obligatoire"):
        users.add_user(ctx, camille, "   ", Role.STAFF, "4321")
    assert user_count(ctx) == 1


def test_staff_cannot_manage_users(ctx: ServiceContext, leo: users.UserView) -> None:
    staff = users.login(ctx, leo.id, "0000")
    with pytest.raises(PermissionDenied):
        users.add_user(ctx, staff, "Zoé", Role.MANAGER, "5555")
    with pytest.raises(PermissionDenied):
        users.reset_pin(ctx, staff, 1, "5555")
    users.reset_pin(ctx, staff, leo.id, "2468")  # their own PIN
    assert users.login(ctx, leo.id, "2468").name == "Léo"


def test_the_last_active_manager_stays(
    ctx: ServiceContext, camille: Actor, leo: users.UserView
) -> None:
    assert camille.user_id is not None
    with pytest.raises(users.LastManager, match="dernier compte gérant·e actif"):
        users.set_active(ctx, camille, camille.user_id, False)
    with pytest.raises(users.LastManager):
        users.set_role(ctx, camille, camille.user_id, Role.STAFF)
    users.set_role(ctx, camille, leo.id, Role.MANAGER, "246802")
    assert users.set_role(ctx, camille, camille.user_id, Role.STAFF).role is Role.STAFF
    assert not users.set_active(ctx, camille, camille.user_id, False).active
    assert [u.name for u in users.list_users(ctx)] == ["Léo"]
    assert len(users.list_users(ctx, include_inactive=True)) == 2
    with pytest.raises(users.LastManager):
        users.set_active(ctx, camille, leo.id, False)


def test_manager_pin_approves_overrides(
    ctx: ServiceContext, camille: Actor, leo: users.UserView
) -> None:
    assert users.verify_manager_pin(ctx, "123456") == camille
    with pytest.raises(users.WrongPin, match="Code gérant·e incorrect"):
        users.verify_manager_pin(ctx, "0000")  # a staff PIN


def test_reset_pin_lifts_a_lock_out(
    ctx: ServiceContext, camille: Actor, leo: users.UserView
) -> None:
    for _ in range(5):
        with pytest.raises(UserError):
            users.login(ctx, leo.id, "9999")
    users.reset_pin(ctx, camille, leo.id, "13579")
    assert users.login(ctx, leo.id, "13579").user_id == leo.id


def test_first_manager_only_once(ctx: ServiceContext, camille: Actor) -> None:
    assert users.has_manager(ctx)
    with pytest.raises(UserError, match="existe déjà"):
        users.bootstrap_first_manager(ctx, "Intrus", "6666")
    assert users.find_user(ctx, "CAMILLE").id == camille.user_id
    assert user_count(ctx) == 1


def test_inactive_user_cannot_log_in(
    ctx: ServiceContext, camille: Actor, leo: users.UserView
) -> None:
    users.set_active(ctx, camille, leo.id, False)
    with pytest.raises(UserError, match="désactivé"):
        users.login(ctx, leo.id, "0000")


def test_manager_approvals_can_not_be_brute_forced(
    ctx: ServiceContext, clock: FixedClock, camille: Actor
) -> None:
    """Five wrong manager codes in a row block approvals for 5 minutes, even the right one."""
    for _ in range(5):
        with pytest.raises(users.WrongPin):
            users.verify_manager_pin(ctx, "9999")
    with pytest.raises(users.LockedOut, match="bloqué jusqu'à"):
        users.verify_manager_pin(ctx, "123456")
    clock.advance(minutes=6)
    assert users.verify_manager_pin(ctx, "123456") == camille
    # A success resets the count: four more mistakes don't lock.
    for _ in range(4):
        with pytest.raises(users.WrongPin):
            users.verify_manager_pin(ctx, "9999")
    assert users.verify_manager_pin(ctx, "123456") == camille


def test_manager_pins_are_6_digits_staff_4_to_6(ctx: ServiceContext, camille: Actor) -> None:
    with pytest.raises(users.PinError, match="gérant·e doit faire 6 chiffres"):
        users.add_user(ctx, camille, "Paul", Role.MANAGER, "4321")
    with pytest.raises(users.PinError, match="gérant·e doit faire 6 chiffres"):
        users.reset_pin(ctx, camille, camille.user_id or 0, "4321")
    with pytest.raises(users.PinError, match="de 4 à 6 chiffres"):
        users.add_user(ctx, camille, "Nina", Role.STAFF, "12")
    with pytest.raises(users.PinError):
        users.add_user(ctx, camille, "Nina", Role.STAFF, "１２３４")  # full-width digits
    assert users.add_user(ctx, camille, "Nina", Role.STAFF, "4321").role is Role.STAFF


def test_lock_outs_grow_then_need_a_manager(
    ctx: ServiceContext, clock: FixedClock, camille: Actor, leo: users.UserView
) -> None:
    """5 minutes, 15 minutes, 1 hour, then until a manager changes the code."""

    def five_wrong() -> users.LockedOut:
        for _ in range(4):
            with pytest.raises(users.WrongPin):
                users.login(ctx, leo.id, "9999")
        with pytest.raises(users.LockedOut) as locked:
            users.login(ctx, leo.id, "9999")
        return locked.value

    for minutes in (5, 15, 60):
        locked = five_wrong()
        assert locked.until is not None
        assert locked.until - clock.now() == dt.timedelta(minutes=minutes)
        clock.advance(minutes=minutes - 1)
        with pytest.raises(users.LockedOut):
            users.login(ctx, leo.id, "0000")  # even the right PIN
        clock.advance(minutes=1, seconds=1)
    locked = five_wrong()
    assert locked.until is None and "un·e gérant·e doit le débloquer" in str(locked)
    clock.advance(hours=48)
    with pytest.raises(users.LockedOut, match="débloquer"):
        users.login(ctx, leo.id, "0000")
    assert users.get_user(ctx, leo.id).locked
    users.reset_pin(ctx, camille, leo.id, "2468")  # the manager unlock
    assert users.login(ctx, leo.id, "2468").user_id == leo.id
    # a good PIN starts the ladder again at 5 minutes
    locked = five_wrong()
    assert locked.until is not None and locked.until - clock.now() == dt.timedelta(minutes=5)


def test_approval_prompts_escalate_too(
    ctx: ServiceContext, clock: FixedClock, camille: Actor
) -> None:
    for minutes in (5, 15, 60):
        for _ in range(5):
            with pytest.raises(users.WrongPin):
                users.verify_manager_pin(ctx, "999999")
        with pytest.raises(users.LockedOut):
            users.verify_manager_pin(ctx, "123456")
        clock.advance(minutes=minutes, seconds=1)
    for _ in range(5):
        with pytest.raises(users.WrongPin):
            users.verify_manager_pin(ctx, "999999")
    clock.advance(hours=24)
    with pytest.raises(users.LockedOut, match="débloquer"):
        users.verify_manager_pin(ctx, "123456")
    users.login(ctx, camille.user_id or 0, "123456")  # a manager's login unlocks approvals
    assert users.verify_manager_pin(ctx, "123456") == camille


def test_a_command_line_reset_is_journaled_and_shown_at_the_next_login(
    ctx: ServiceContext, camille: Actor, leo: users.UserView
) -> None:
    cli = Actor(user_id=None, name="ligne de commande", role=Role.MANAGER)
    users.reset_pin_from_command_line(ctx, cli, "léo", "8642")
    with ctx.uow() as uow:
        messages = list(uow.session.scalars(select(FiscalEvent.message)))
    assert any("depuis la ligne de commande, sans code gérant·e : Léo" in m for m in messages)
    staff = users.login(ctx, leo.id, "8642")
    seen_by_staff = users.take_reset_notices(ctx, staff)
    assert len(seen_by_staff) == 1 and "Léo" in seen_by_staff[0]
    manager = users.login(ctx, camille.user_id or 0, "123456")
    assert users.take_reset_notices(ctx, manager) == seen_by_staff  # until a manager saw it
    assert users.take_reset_notices(ctx, manager) == []


def test_an_older_cheaper_hash_is_upgraded_at_login(
    ctx: ServiceContext, leo: users.UserView
) -> None:
    import hashlib

    salt = bytes(16)
    old = hashlib.scrypt(b"0000", salt=salt, n=2**14, r=8, p=1, dklen=32)
    with ctx.uow() as uow:
        row = uow.session.get(User, leo.id)
        assert row is not None
        row.pin_hash = f"scrypt$16384$8$1${salt.hex()}${old.hex()}"
        uow.commit()
    users.login(ctx, leo.id, "0000")
    with ctx.uow() as uow:
        row = uow.session.get(User, leo.id)
        assert row is not None and row.pin_hash.startswith(f"scrypt${users.SCRYPT_N}$")


def test_promoting_to_manager_takes_a_new_six_digit_pin(
    ctx: ServiceContext, camille: Actor, leo: users.UserView
) -> None:
    """Léo's staff PIN has 4 digits; a manager approves refunds and discounts with a PIN
    that must have 6: the promotion sets it, or is refused and changes nothing."""
    with pytest.raises(users.PinError, match="6 chiffres"):
        users.set_role(ctx, camille, leo.id, Role.MANAGER)
    with pytest.raises(users.PinError, match="6 chiffres"):
        users.set_role(ctx, camille, leo.id, Role.MANAGER, "1357")
    assert users.get_user(ctx, leo.id).role is Role.STAFF
    assert users.login(ctx, leo.id, "0000").role is Role.STAFF  # unchanged

    promoted = users.set_role(ctx, camille, leo.id, Role.MANAGER, "864213")
    assert promoted.role is Role.MANAGER
    with pytest.raises(users.WrongPin):
        users.login(ctx, leo.id, "0000")
    assert users.login(ctx, leo.id, "864213").role is Role.MANAGER
    assert users.verify_manager_pin(ctx, "864213").name == "Léo"
    with ctx.uow() as uow:
        messages = list(
            uow.session.scalars(select(FiscalEvent.message).where(FiscalEvent.code == 130))
        )
    assert "Rôle de Léo : Gérant·e (nouveau code)" in messages
    # back to staff: the PIN stays (6 digits is a valid staff PIN)
    assert users.set_role(ctx, camille, leo.id, Role.STAFF).role is Role.STAFF
    assert users.login(ctx, leo.id, "864213").role is Role.STAFF


def test_a_manager_with_a_short_pin_from_before_is_told_at_each_login(
    ctx: ServiceContext, camille: Actor, leo: users.UserView
) -> None:
    """A base from before the 6-digit rule (or an old promotion) holds a manager whose PIN
    has 4 digits: every login says to choose a 6-digit one, until it is done."""
    with ctx.uow() as uow:  # as an older version of the till left it
        row = uow.session.get(User, leo.id)
        assert row is not None
        row.role = Role.MANAGER.value
        uow.commit()
    actor = users.login(ctx, leo.id, "0000")
    assert actor.role is Role.MANAGER
    [notice] = users.take_reset_notices(ctx, actor)
    assert "moins de 6 chiffres" in notice
    assert users.take_reset_notices(ctx, users.login(ctx, leo.id, "0000")) == [notice]
    assert users.take_reset_notices(ctx, users.login(ctx, camille.user_id or 0, "123456")) == []
    with pytest.raises(users.PinError):
        users.reset_pin(ctx, actor, leo.id, "2468")  # a manager's PIN has 6 digits
    users.reset_pin(ctx, actor, leo.id, "246813")
    assert users.take_reset_notices(ctx, users.login(ctx, leo.id, "246813")) == []
