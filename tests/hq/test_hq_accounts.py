"""HQ accounts managed from the pages and the command line, on SQLite and PostgreSQL,
through the real web application (uvicorn on 127.0.0.1): the Comptes page (administrators
only, CSRF on every form), deactivation that ends open sessions at once, the rules that keep
an administrator in (no self-deactivation, never the last active administrator), a reset
that forces a change at the next login, "Mon mot de passe" (current password required,
other sessions end), the audit log, and ``hq user deactivate|passwd``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from urllib.parse import unquote

import httpx
import pytest
from hq_factory import SIRETS, ThreadedHq, pg_database
from hq_network import run_cli
from sqlalchemy import select

from cafe_pos.hq import accounts, admin, auth
from cafe_pos.hq.ingest import utcnow
from cafe_pos.hq.models import HqAuditEntry, HqSession, HqUser

PASSWORD = "un mot de passe long"
NEW = "un tout autre mot de passe"
MINE = "le mien, que personne ne connaît"


@pytest.fixture
def team(hq: ThreadedHq) -> Iterator[ThreadedHq]:
    """One café, an administrator and a territorial manager following it."""
    with hq.sessions() as s:
        admin.add_cafe(s, SIRETS[0], "Café du Lavoir", town="Saint-Éloi")
        auth.add_user(s, "admin", "admin", PASSWORD, now=utcnow())
        auth.add_user(s, "terri", "territorial", PASSWORD, [SIRETS[0]], now=utcnow())
    yield hq


def login(hq: ThreadedHq, name: str, password: str = PASSWORD) -> httpx.Client:
    client = httpx.Client(base_url=hq.base_url, follow_redirects=False)
    form = client.get("/login").text
    csrf = form.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    done = client.post("/login", data={"name": name, "password": password, "csrf": csrf})
    assert done.status_code == 303, done.text
    return client


def csrf_of(client: httpx.Client, path: str) -> str:
    page = client.get(path)
    assert page.status_code == 200, (path, page.status_code)
    return page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]


def user_id(hq: ThreadedHq, name: str) -> int:
    with hq.sessions() as s:
        found = s.scalar(select(HqUser.id).where(HqUser.name == name))
    assert found is not None
    return int(found)


def notice(answer: httpx.Response) -> str:
    """The message a Comptes form sends back (in the redirect)."""
    assert answer.status_code == 303, answer.text
    return unquote(answer.headers["location"])


def signed_in(client: httpx.Client) -> bool:
    answer = client.get("/")
    if answer.status_code == 303:
        assert answer.headers["location"].startswith("/login")
        return False
    assert answer.status_code == 200
    return True


def test_an_administrator_creates_resets_and_deactivates_accounts(team: ThreadedHq) -> None:
    boss = login(team, "admin")
    csrf = csrf_of(boss, "/comptes")
    page = boss.get("/comptes").text
    assert "Comptes du siège" in page and "terri" in page and "Café du Lavoir" in page

    # the password typed twice: a difference creates nothing
    typo = boss.post("/comptes", data={"name": "Léa", "role": "territorial", "password": NEW,
                                       "confirmation": NEW + "x", "cafes": SIRETS[0],
                                       "csrf": csrf})  # fmt: skip
    assert "Les deux mots de passe saisis diffèrent" in notice(typo) and "refused=1" in notice(typo)
    with team.sessions() as s:
        assert s.scalar(select(HqUser.id).where(HqUser.name == "Léa")) is None
    made = boss.post("/comptes", data={"name": "Léa", "role": "territorial", "password": NEW,
                                       "confirmation": NEW, "cafes": SIRETS[0], "csrf": csrf})  # fmt: skip
    assert "Compte « Léa » créé (responsable territorial)" in notice(made)
    with team.sessions() as s:
        lea = s.scalars(select(HqUser).where(HqUser.name == "Léa")).one()
        # the same argon2id hashing as ``hq user add``
        assert lea.password_hash.startswith("$argon2id$") and lea.must_change_password

    # the administrator chose it: Léa replaces it at her first login
    first = login(team, "Léa", NEW)
    assert first.get("/").headers["location"] == "/mot-de-passe"
    changed = first.post("/mot-de-passe", data={"current": NEW, "password": MINE,
                                                 "confirmation": MINE,
                                                 "csrf": csrf_of(first, "/mot-de-passe")})  # fmt: skip
    assert changed.status_code == 303 and signed_in(first)

    # Léa works, on two browsers; the administrator resets her password
    lea_here, lea_there = first, login(team, "Léa", MINE)
    reset = boss.post(f"/comptes/{lea.id}/mot-de-passe",
                      data={"password": PASSWORD, "confirmation": PASSWORD, "csrf": csrf})  # fmt: skip
    assert "à changer à sa prochaine connexion" in notice(reset)
    assert not signed_in(lea_here) and not signed_in(lea_there)  # sessions ended at once

    # at her next login, every page leads to "Mon mot de passe" until she changed it
    lea_here = login(team, "Léa", PASSWORD)
    for path in ("/", "/alerts", f"/cafes/{SIRETS[0]}", "/catalogue"):
        answer = lea_here.get(path)
        assert answer.status_code == 303 and answer.headers["location"] == "/mot-de-passe", path
    mine = lea_here.get("/mot-de-passe").text
    assert "remplacez-le par le vôtre pour continuer" in mine
    lea_csrf = csrf_of(lea_here, "/mot-de-passe")
    wrong = lea_here.post("/mot-de-passe", data={"current": "pas le bon mot de passe",
                                                 "password": NEW, "confirmation": NEW,
                                                 "csrf": lea_csrf})  # fmt: skip
    assert wrong.status_code == 400 and "Mot de passe actuel incorrect" in wrong.text
    assert lea_here.get("/").status_code == 303  # still to change
    same = lea_here.post("/mot-de-passe", data={"current": PASSWORD, "password": PASSWORD,
                                                "confirmation": PASSWORD, "csrf": lea_csrf})  # fmt: skip
    assert same.status_code == 400 and "différent de l&#39;actuel" in same.text
    done = lea_here.post("/mot-de-passe", data={"current": PASSWORD, "password": NEW,
                                                "confirmation": NEW, "csrf": lea_csrf})  # fmt: skip
    assert (
        done.status_code == 303 and "Mot de passe changé" in lea_here.get("/mot-de-passe?ok=1").text
    )
    assert signed_in(lea_here)

    # deactivated: her open page answers with the login page, and she cannot log in again
    off = boss.post(f"/comptes/{lea.id}/desactiver", data={"csrf": csrf})
    assert "Compte « Léa » désactivé" in notice(off)
    assert not signed_in(lea_here)
    with team.sessions() as s:
        assert s.scalar(select(HqSession.id).where(HqSession.user_id == lea.id)) is None
    client = httpx.Client(base_url=team.base_url)
    form_csrf = client.get("/login").text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    refused = client.post("/login", data={"name": "Léa", "password": NEW, "csrf": form_csrf})
    assert refused.status_code == 401 and "Nom ou mot de passe incorrect" in refused.text
    assert "désactivé" in boss.get("/comptes").text
    again = boss.post(f"/comptes/{lea.id}/reactiver", data={"csrf": csrf})
    assert "Compte « Léa » réactivé" in notice(again)
    assert signed_in(login(team, "Léa", NEW))

    # who did what
    with team.sessions() as s:
        log = [(e.actor, e.action, e.target) for e in s.scalars(
            select(HqAuditEntry).order_by(HqAuditEntry.id))]  # fmt: skip
    assert log == [
        (auth.COMMAND_LINE, "create", "admin"),
        (auth.COMMAND_LINE, "create", "terri"),
        ("admin", "create", "Léa"),
        ("Léa", "password", "Léa"),
        ("admin", "reset", "Léa"),
        ("Léa", "password", "Léa"),
        ("admin", "deactivate", "Léa"),
        ("admin", "reactivate", "Léa"),
    ]
    page = boss.get("/comptes").text
    assert "Journal des comptes" in page and "mot de passe réinitialisé" in page


def test_an_administrator_stays_in(team: ThreadedHq) -> None:
    boss = login(team, "admin")
    csrf = csrf_of(boss, "/comptes")
    boss_id = user_id(team, "admin")
    self_off = boss.post(f"/comptes/{boss_id}/desactiver", data={"csrf": csrf})
    assert "Vous ne pouvez pas désactiver votre propre compte" in notice(self_off)
    self_reset = boss.post(f"/comptes/{boss_id}/mot-de-passe",
                           data={"password": NEW, "confirmation": NEW, "csrf": csrf})  # fmt: skip
    assert "Mon mot de passe" in notice(self_reset)
    assert signed_in(boss)
    # the last active administrator (only reachable by someone else: the command line)
    with team.sessions() as s:
        with pytest.raises(auth.AuthError, match="dernier administrateur actif"):
            accounts.deactivate(s, boss_id, by="test", by_user_id=None, now=utcnow())
        s.rollback()
        assert s.get_one(HqUser, boss_id).active
    last = run_cli("hq", "user", "deactivate", "--db", team.db_url, "admin")
    assert last.returncode == 2 and "dernier administrateur actif" in last.stderr
    assert len(last.stderr.strip().splitlines()) == 1 and "Traceback" not in last.stderr
    # with a second administrator, one may deactivate the other
    with team.sessions() as s:
        auth.add_user(s, "admin2", "admin", PASSWORD, now=utcnow())
    second = login(team, "admin2")
    done = second.post(f"/comptes/{boss_id}/desactiver", data={"csrf": csrf_of(second, "/comptes")})
    assert "désactivé" in notice(done) and not signed_in(boss)
    now_last = second.post(f"/comptes/{user_id(team, 'admin2')}/desactiver",
                           data={"csrf": csrf_of(second, "/comptes")})  # fmt: skip
    assert "propre compte" in notice(now_last)


def test_account_forms_are_for_administrators_with_their_csrf_token(team: ThreadedHq) -> None:
    terri = login(team, "terri")
    assert terri.get("/comptes").status_code == 403
    assert "Comptes" not in terri.get("/").text.split("<main>")[0]  # not in the menu
    own = csrf_of(terri, "/mot-de-passe")
    lea_id = user_id(team, "admin")
    for path, data in (
        ("/comptes", {"name": "Pirate", "role": "admin", "password": NEW, "confirmation": NEW}),
        (f"/comptes/{lea_id}/desactiver", {}),
        (f"/comptes/{lea_id}/mot-de-passe", {"password": NEW, "confirmation": NEW}),
    ):
        assert terri.post(path, data={**data, "csrf": own}).status_code == 403, path
    boss = login(team, "admin")
    terri_id = user_id(team, "terri")
    for token in ("", "forged"):
        for path, data in (
            ("/comptes", {"name": "X", "role": "admin", "password": NEW, "confirmation": NEW}),
            (f"/comptes/{terri_id}/desactiver", {}),
            (f"/comptes/{terri_id}/mot-de-passe", {"password": NEW, "confirmation": NEW}),
            (f"/comptes/{terri_id}/cafes", {"cafes": ""}),
            ("/mot-de-passe", {"current": PASSWORD, "password": NEW, "confirmation": NEW}),
        ):
            assert boss.post(path, data={**data, "csrf": token}).status_code == 403, path
    with team.sessions() as s:
        assert [u.name for u in s.scalars(select(HqUser).order_by(HqUser.id))] == ["admin", "terri"]
        assert all(u.active and auth.check_password(s, u.id, PASSWORD)
                   for u in s.scalars(select(HqUser)))  # fmt: skip
        assert (
            s.scalar(select(HqAuditEntry.id).where(HqAuditEntry.actor != auth.COMMAND_LINE)) is None
        )


def test_changing_one_s_own_password_ends_the_other_sessions(team: ThreadedHq) -> None:
    here, there = login(team, "terri"), login(team, "terri")
    csrf = csrf_of(here, "/mot-de-passe")
    done = here.post("/mot-de-passe", data={"current": PASSWORD, "password": NEW,
                                            "confirmation": NEW, "csrf": csrf})  # fmt: skip
    assert done.status_code == 303
    assert signed_in(here) and not signed_in(there)
    assert signed_in(login(team, "terri", NEW))
    # guessing the current password from a session is throttled like the login
    for _ in range(auth.MAX_FAILURES_PER_NAME):
        bad = here.post("/mot-de-passe", data={"current": "devine devine", "password": PASSWORD,
                                               "confirmation": PASSWORD, "csrf": csrf})  # fmt: skip
        assert bad.status_code == 400
    blocked = here.post("/mot-de-passe", data={"current": NEW, "password": PASSWORD,
                                               "confirmation": PASSWORD, "csrf": csrf})  # fmt: skip
    assert blocked.status_code == 429 and "Trop de tentatives" in blocked.text
    with team.sessions() as s:
        assert auth.check_password(s, user_id(team, "terri"), NEW)


def test_hq_user_deactivate_and_passwd(team: ThreadedHq) -> None:
    terri = login(team, "terri")
    done = run_cli("hq", "user", "passwd", "--db", team.db_url, "terri", stdin=NEW + "\n")
    assert done.returncode == 0, done.stderr
    assert "Mot de passe changé : terri (à changer à sa prochaine connexion)" in done.stdout
    assert not signed_in(terri)
    again = login(team, "terri", NEW)
    assert again.get("/").headers["location"] == "/mot-de-passe"
    off = run_cli("hq", "user", "deactivate", "--db", team.db_url, "terri")
    assert off.returncode == 0 and "Compte désactivé : terri" in off.stdout
    assert again.get("/mot-de-passe").status_code == 303  # to the login page
    on = run_cli("hq", "user", "reactivate", "--db", team.db_url, "terri")
    assert on.returncode == 0 and "Compte réactivé : terri" in on.stdout
    assert login(team, "terri", NEW).get("/").headers["location"] == "/mot-de-passe"
    off = run_cli("hq", "user", "deactivate", "--db", team.db_url, "terri")
    assert off.returncode == 0
    for args, stdin, message in (
        (["deactivate", "terri"], "", "déjà désactivé"),
        (["reactivate", "admin"], "", "déjà actif"),
        (["deactivate", "personne"], "", "Aucun utilisateur « personne »"),
        (["passwd", "personne"], NEW + "\n", "Aucun utilisateur « personne »"),
        (["passwd", "admin"], "court\n", "Mot de passe trop court"),
        (["passwd", "admin"], "", "entrée standard"),
    ):
        bad = run_cli("hq", "user", args[0], "--db", team.db_url, *args[1:], stdin=stdin)
        assert bad.returncode == 2, (args, bad.stdout, bad.stderr)
        assert len(bad.stderr.strip().splitlines()) == 1 and message in bad.stderr, bad.stderr
        assert "Traceback" not in bad.stderr
    with team.sessions() as s:
        actions = [(e.actor, e.action, e.target) for e in s.scalars(
            select(HqAuditEntry).where(HqAuditEntry.action != "create").order_by(HqAuditEntry.id))]  # fmt: skip
        boss = s.scalars(select(HqUser).where(HqUser.name == "admin")).one()
        assert not boss.must_change_password and auth.check_password(s, boss.id, PASSWORD)
    assert actions == [
        (auth.COMMAND_LINE, "reset", "terri"),
        (auth.COMMAND_LINE, "deactivate", "terri"),
        (auth.COMMAND_LINE, "reactivate", "terri"),
        (auth.COMMAND_LINE, "deactivate", "terri"),
    ]


def test_the_last_login_is_shown(team: ThreadedHq) -> None:
    boss = login(team, "admin")
    with team.sessions() as s:
        when = s.scalars(select(HqUser).where(HqUser.name == "admin")).one().last_login_at
        terri = s.scalars(select(HqUser).where(HqUser.name == "terri")).one().last_login_at
    assert when is not None and abs(utcnow() - when) < dt.timedelta(minutes=5)
    assert terri is None
    row = boss.get("/comptes").text.split('data-account="terri"', 1)[1].split("</tr>", 1)[0]
    assert "jamais" in row


def test_two_administrators_deactivating_each_other_leave_one() -> None:
    """On PostgreSQL (production): the second deactivation waits for the first one's lock
    and then sees that its target is the last active administrator."""
    with pg_database() as url:  # row locks are PostgreSQL's (SQLite serialises writers)
        deactivate_each_other(url)


def deactivate_each_other(url: str) -> None:
    import threading

    from cafe_pos.hq.db import open_database

    engine, sessions = open_database(url)
    try:
        with sessions() as s:
            first = auth.add_user(s, "admin1", "admin", PASSWORD, now=utcnow()).id
            second = auth.add_user(s, "admin2", "admin", PASSWORD, now=utcnow()).id
        outcome: list[str] = []
        with sessions() as holder:  # admin1 deactivating admin2, not committed yet
            holder.scalars(select(HqUser.id).where(HqUser.role == "admin").with_for_update()).all()
            holder.get_one(HqUser, second).active = False
            holder.flush()

            def other_way_round() -> None:  # admin2 deactivating admin1 meanwhile
                with sessions() as s:
                    try:
                        accounts.deactivate(s, first, by="admin2", by_user_id=second, now=utcnow())
                        outcome.append("done")
                    except auth.AuthError as exc:
                        outcome.append(str(exc))

            thread = threading.Thread(target=other_way_round)
            thread.start()
            thread.join(1.0)
            assert thread.is_alive() and not outcome  # waiting for the lock
            holder.commit()
        thread.join(10)
        assert outcome and "dernier administrateur actif" in outcome[0]
        with sessions() as s:
            assert s.get_one(HqUser, first).active and not s.get_one(HqUser, second).active
    finally:
        engine.dispose()


def test_a_name_that_differs_only_by_case_or_accents_is_the_same_account(
    team: ThreadedHq,
) -> None:
    """ "Admin" or "admîn" beside "admin" would be two accounts that read as one in the
    accounts' audit log and on the Comptes page (session 8): refused, the existing named."""
    with team.sessions() as s:
        before = len(s.scalars(select(HqUser.id)).all())
        for name in ("Admin", "ADMIN", "admîn", " admin "):
            with pytest.raises(auth.AuthError, match="L'utilisateur « admin » existe déjà"):
                auth.add_user(s, name, "admin", PASSWORD, now=utcnow())
            s.rollback()
        assert len(s.scalars(select(HqUser.id)).all()) == before
