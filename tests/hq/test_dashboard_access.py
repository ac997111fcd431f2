"""The dashboard's access rules and exports, on SQLite and PostgreSQL: roles filtered in
the queries, CSRF tokens on every form, login throttling, cookie flags, CSV neutralisation,
the alert rules, the visit PDF and ``cafe-pos hq user add``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from hq_factory import SIRETS, ThreadedHq
from hq_network import run_cli
from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.hq import admin, alert_rules, auth, dashboard, exports
from cafe_pos.hq.ingest import utcnow
from cafe_pos.hq.models import Alert, Cafe, CapExcess, HqUser, Message

TODAY = dt.date(2026, 11, 30)
CAPS = {"capped_lines": 3, "above_cap_lines": 1, "excess_cents": 480, "above_cap": []}
PASSWORD = "un mot de passe long"


def add_day(
    session: Session, cafe: Cafe, day: dt.date, own: int, *, third: int = 0, tickets: int = 10,
    data: dict[str, Any] | None = None,
) -> None:  # fmt: skip
    """A stored daily message with the figures the dashboard reads (as ingest keeps them)."""
    session.add(
        Message(
            cafe_id=cafe.id, kind="daily", business_date=day, version=1, body="{}",
            body_sha256="0" * 64, signature="0" * 128, key_fingerprint="0" * 16,
            received_at=dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0, 5)),
            software_version="test", data=data or {}, tickets=tickets, total_cents=own + third,
            own_sales_cents=own, third_party_cents=third, chain_position=day.toordinal(),
            chain_hash="a" * 64,
        )
    )  # fmt: skip


def enrolled(session: Session, siret: str, name: str) -> Cafe:
    cafe = admin.add_cafe(session, siret, name)
    cafe.enrolled_at = dt.datetime(2026, 10, 1)
    session.commit()
    return cafe


@pytest.fixture
def two_cafes(hq: ThreadedHq) -> Iterator[ThreadedHq]:
    """Two cafés with a month of figures, an alert each, an admin and a territorial."""
    with hq.sessions() as s:
        ours, theirs = enrolled(s, SIRETS[0], "Café Nôtre"), enrolled(s, SIRETS[1], "Café Autre")
        for offset in range(1, 36):
            caps = {"purchase_caps": CAPS} if offset in (3, 10) else {}
            add_day(s, ours, TODAY - dt.timedelta(days=offset), 10_000, third=2_000, data=caps)
            add_day(s, theirs, TODAY - dt.timedelta(days=offset), 50_000)
        s.flush()
        for offset in (3, 10):
            day = TODAY - dt.timedelta(days=offset)
            message_id = s.scalar(
                select(Message.id).where(Message.cafe_id == ours.id, Message.business_date == day)
            )
            s.add(CapExcess(cafe_id=ours.id, message_id=message_id, business_date=day,
                            reference="RES-001", product="Coca-Cola 33 cl",
                            supplier="Boissons d'Auvergne", unit_cost_cents=165, cap_cents=145,
                            qty_milli=24_000, excess_cents=480))  # fmt: skip
        for cafe in (ours, theirs):
            s.add(Alert(cafe_id=cafe.id, kind="rollback", business_date=TODAY, message=f"alerte {cafe.name}",
                        details={}, created_at=utcnow(), acknowledged_by="", note=""))  # fmt: skip
        s.commit()
        auth.add_user(s, "admin", "admin", PASSWORD, now=utcnow())
        auth.add_user(s, "terri", "territorial", PASSWORD, [SIRETS[0]], now=utcnow())
    app = hq.server.config.app
    assert isinstance(app, FastAPI)
    app.state.today = lambda: TODAY
    yield hq


def scope(hq: ThreadedHq, name: str) -> auth.Scope:
    with hq.sessions() as s:
        user_id, role = s.execute(select(HqUser.id, HqUser.role).where(HqUser.name == name)).one()
    return auth.Scope(user_id, name, role)


def test_a_territorial_manager_s_queries_hold_only_their_cafes(two_cafes: ThreadedHq) -> None:
    terri, boss = scope(two_cafes, "terri"), scope(two_cafes, "admin")
    with two_cafes.sessions() as s:
        mine = dashboard.network(s, terri, TODAY)
        assert [c.siret for c in mine.cafes] == [SIRETS[0]]
        assert mine.month.own_cents == 30 * 10_000 and mine.month.third_party_cents == 30 * 2_000
        assert mine.yesterday.own_cents == 10_000 and mine.open_alerts == 1
        everything = dashboard.network(s, boss, TODAY)
        assert {c.siret for c in everything.cafes} == set(SIRETS[:2])
        assert everything.month.own_cents == 30 * 60_000
        assert dashboard.cafe_page(s, terri, SIRETS[1], TODAY) is None
        assert dashboard.cafe_page(s, terri, SIRETS[0], TODAY) is not None
        assert [a["cafe"] for a in dashboard.alerts(s, terri)] == ["Café Nôtre"]
        other = next(a["id"] for a in dashboard.alerts(s, boss) if a["cafe"] == "Café Autre")
        assert dashboard.acknowledge(s, terri, other, "pas à moi", utcnow()) is None
        assert s.get_one(Alert, other).acknowledged_at is None


def found(pattern: str, text: str) -> str:
    """The first group of ``pattern`` in ``text``, which must match."""
    match = re.search(pattern, text)
    assert match is not None, pattern
    return match.group(1)


def form_csrf(html: str) -> str:
    return found(r'name="csrf" value="([^"]+)"', html)


def browser_login(hq: ThreadedHq, name: str) -> httpx.Client:
    client = httpx.Client(base_url=hq.base_url, follow_redirects=False)
    form = client.get("/login")
    csrf = form_csrf(form.text)
    done = client.post("/login", data={"name": name, "password": PASSWORD, "csrf": csrf})
    assert done.status_code == 303, done.text
    return client


def page_csrf(client: httpx.Client, path: str) -> str:
    return form_csrf(client.get(path).text)


def test_every_form_needs_its_csrf_token(two_cafes: ThreadedHq) -> None:
    # login: the double-submit token (cookie and form) must match
    client = httpx.Client(base_url=two_cafes.base_url)
    client.get("/login")
    refused = client.post("/login", data={"name": "terri", "password": PASSWORD, "csrf": "x"})
    assert refused.status_code == 403
    client = browser_login(two_cafes, "terri")
    alert_id = int(found(r"/alerts/(\d+)/ack", client.get("/alerts").text))
    for token in ("", "forged"):
        answer = client.post(f"/alerts/{alert_id}/ack", data={"note": "n", "csrf": token})
        assert answer.status_code == 403
    with two_cafes.sessions() as s:
        assert s.get_one(Alert, alert_id).acknowledged_at is None
    assert client.post("/logout", data={"csrf": "forged"}).status_code == 403
    good = page_csrf(client, "/alerts")
    done = client.post(f"/alerts/{alert_id}/ack", data={"note": "vu au téléphone", "csrf": good})
    assert done.status_code == 303
    with two_cafes.sessions() as s:
        alert = s.get(Alert, alert_id)
        assert alert is not None and alert.acknowledged_by == "terri"
        assert alert.note == "vu au téléphone"
    # an administrator's form is refused to a territorial manager even with its token
    assert client.post("/admin/scan", data={"csrf": good}).status_code == 403
    assert client.post("/logout", data={"csrf": good}).status_code == 303
    assert client.get("/").status_code == 303  # logged out: back to the login page


def test_the_session_cookie_is_httponly_samesite_and_secure_over_https(
    two_cafes: ThreadedHq, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = browser_login(two_cafes, "terri")
    cookie = client.cookies.jar
    assert any(c.name == "hq_session" for c in cookie)
    again = httpx.Client(base_url=two_cafes.base_url)
    form = again.get("/login")
    csrf = form_csrf(form.text)
    monkeypatch.setenv("CAFE_POS_HQ_SECURE_COOKIES", "1")
    answer = again.post("/login", data={"name": "terri", "password": PASSWORD, "csrf": csrf})
    header = answer.headers["set-cookie"].lower()
    assert "__host-hq_session=" in header and "httponly" in header
    assert "samesite=lax" in header and "secure" in header and "path=/" in header
    assert "content-security-policy" in form.headers


def test_logins_are_throttled_after_repeated_failures(two_cafes: ThreadedHq) -> None:
    now = utcnow()
    with two_cafes.sessions() as s:
        for _ in range(auth.MAX_FAILURES_PER_NAME):
            with pytest.raises(auth.AuthError, match="incorrect"):
                auth.log_in(s, "terri", "mauvais", "10.0.0.1", now=now)
        with pytest.raises(auth.Throttled, match="réessayez dans 15 min"):
            auth.log_in(s, "terri", PASSWORD, "10.0.0.2", now=now)  # even the right one
        auth.log_in(s, "admin", PASSWORD, "10.0.0.1", now=now)  # another name: fine
        later = now + auth.THROTTLE_WINDOW + dt.timedelta(seconds=1)
        auth.log_in(s, "terri", PASSWORD, "10.0.0.2", now=later)
    # over HTTP: 429 with the French message
    client = httpx.Client(base_url=two_cafes.base_url)
    csrf = page_csrf(client, "/login")
    answer = client.post("/login", data={"name": "terri", "password": PASSWORD, "csrf": csrf})
    assert answer.status_code == 429 and "Trop de tentatives" in answer.text


def test_csv_exports_are_spreadsheet_safe(two_cafes: ThreadedHq) -> None:
    assert exports.amount(-123456) == "-1234,56" and exports.percent(-2350) == "-23,50"
    raw = exports.write_csv(
        ["a", "b"], [['=HYPERLINK("http://x")', "-3,20"], ["@SUM(A1)", "+33 6"], ["\tx", 12]]
    )
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ['\'=HYPERLINK("http://x")', "-3,20"]
    assert rows[2] == ["'@SUM(A1)", "'+33 6"] and rows[3] == ["'\tx", "12"]
    # a café named like a formula, through the real export URL
    with two_cafes.sessions() as s:
        cafe = s.scalar(select(Cafe).where(Cafe.siret == SIRETS[0]))
        assert cafe is not None
        cafe.name = "=cmd|' /C calc'!A0"
        s.commit()
    client = browser_login(two_cafes, "terri")
    answer = client.get("/export/cafes.csv")
    assert answer.headers["content-type"].startswith("text/csv")
    lines = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig")), delimiter=";"))
    assert lines[0][:3] == ["SIRET", "Café", "CA propre hier (€)"]
    assert lines[1][1] == "'=cmd|' /C calc'!A0" and lines[1][2] == "100,00"
    assert len(lines) == 2  # the other territory's café is not exported
    assert client.get(f"/cafes/{SIRETS[1]}/days.csv").status_code == 404
    days = client.get(f"/cafes/{SIRETS[0]}/days.csv").content.decode("utf-8-sig")
    assert "29/11/2026;100,00;20,00;10;12,00;" in days
    header = days.splitlines()[0].split(";")
    assert header[5:11] == ["Bar (€)", "Épicerie (€)", "Pain (€)", "Presse (€)", "Services (€)",
                            "Autres (€)"]  # fmt: skip
    assert header[-2:] == ["Caisse comptée", "Écart de caisse (€)"]
    assert days.splitlines()[1].endswith(";non;")  # no cash count that day: no difference


def test_the_alert_rules(hq: ThreadedHq) -> None:
    with hq.sessions() as s:
        falling = enrolled(s, SIRETS[0], "En baisse")
        silent = enrolled(s, SIRETS[1], "Silencieux")
        cash = enrolled(s, SIRETS[2], "Caisse")
        steady = enrolled(s, SIRETS[3], "Stable")
        for offset in range(1, 36):
            day = TODAY - dt.timedelta(days=offset)
            add_day(s, falling, day, 10_000 if offset > 7 else 6_000)
            add_day(s, steady, day, 10_000, data={"bread": {"delivered": 20, "unsold": 1}})
            difference = -800 if offset in (2, 5, 9) else 0
            add_day(s, cash, day, 10_000, data={
                "cash": {"sessions": 1, "counted_sessions": 1, "difference_cents": difference},
                "bread": {"delivered": 10, "unsold": 3},
            })  # fmt: skip
            if offset > 2:
                add_day(s, silent, day, 10_000)
        s.commit()
        assert alert_rules.scan(s, TODAY) == 4
        kinds = {(a.cafe_id, a.kind) for a in s.scalars(select(Alert))}
        assert kinds == {
            (falling.id, "decline"), (silent.id, "silent"), (cash.id, "cash"),
            (cash.id, "bread_waste"),
        }  # fmt: skip
        decline = s.scalar(select(Alert).where(Alert.kind == "decline"))
        assert decline is not None and "soutien à envisager" in decline.message
        assert "−40 %" in decline.message and decline.business_date == TODAY - dt.timedelta(1)
        assert alert_rules.scan(s, TODAY) == 0  # nothing twice
        page = dashboard.cafe_page(s, auth.Scope(0, "siège", "admin"), SIRETS[2], TODAY)
        assert page is not None and page.cash_counted_days == 35
        assert [d for d, _c in page.cash_days] == [TODAY - dt.timedelta(days=n) for n in (9, 5, 2)]
        assert page.services_month.bread == {"delivered": 300, "unsold": 90}
        assert page.services_month.bread_waste_bp == 3000
        assert alert_rules.scan(s, TODAY + dt.timedelta(days=1)) == 0  # nor the next day


def test_the_visit_pdf(two_cafes: ThreadedHq, tmp_path: Path) -> None:
    client = browser_login(two_cafes, "terri")
    answer = client.get(f"/cafes/{SIRETS[0]}/visite-2026-11.pdf")
    assert answer.status_code == 200 and answer.content.startswith(b"%PDF")
    path = tmp_path / "visite.pdf"
    path.write_bytes(answer.content)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "Visite d'accompagnement — Café Nôtre" in text
    assert "2 900,00 €" in text  # 29 days of November at 100 €
    assert "Journées reçues" in text and "alerte Café Nôtre" in text
    assert re.search(r"Achetées au-dessus du plafond\s+2", text)  # 2 days of November
    assert re.search(r"Respect des plafonds\s+66,7 %", text)
    assert client.get(f"/cafes/{SIRETS[1]}/visite-2026-11.pdf").status_code == 404
    assert client.get(f"/cafes/{SIRETS[0]}/visite-2026-13.pdf").status_code == 404


def test_hq_user_add_reads_the_password_from_stdin(hq_db_url: str) -> None:
    with_cafe = run_cli("hq", "cafe", "add", "--db", hq_db_url, "--siret", SIRETS[0],
                        "--name", "Café du Lavoir")  # fmt: skip
    assert with_cafe.returncode == 0, with_cafe.stderr
    done = run_cli("hq", "user", "add", "--db", hq_db_url, "--name", "Paul", "--role",
                   "territorial", "--cafes", SIRETS[0], stdin=PASSWORD + "\n")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Utilisateur créé : Paul (responsable territorial, 1 café(s) suivi(s))" in done.stdout
    for args, stdin, message in (
        (["--name", "Bob", "--role", "admin"], "court\n", "Mot de passe trop court"),
        (["--name", "Bob", "--role", "territorial", "--cafes", "12345678901234"], PASSWORD,
         "SIRET"),
        (["--name", "Paul", "--role", "territorial"], PASSWORD, "existe déjà"),
        (["--name", "Bob", "--role", "admin", "--cafes", SIRETS[0]], PASSWORD, "tous les cafés"),
        (["--name", "Bob", "--role", "admin"], "", "entrée standard"),
    ):  # fmt: skip
        bad = run_cli("hq", "user", "add", "--db", hq_db_url, *args, stdin=stdin)
        assert bad.returncode == 2, (args, bad.stdout, bad.stderr)
        assert len(bad.stderr.strip().splitlines()) == 1 and message in bad.stderr
        assert "Traceback" not in bad.stderr
    wrong_role = run_cli("hq", "user", "add", "--db", hq_db_url, "--name", "X", "--role", "chef")
    assert wrong_role.returncode == 2


def test_the_administration_pages(two_cafes: ThreadedHq) -> None:
    client = browser_login(two_cafes, "admin")
    csrf = page_csrf(client, "/admin")
    added = client.post(
        "/admin/cafes", data={"siret": SIRETS[2], "name": "Café Neuf", "csrf": csrf}
    )
    assert added.status_code == 303 and "Caf%C3%A9%20ajout%C3%A9" in added.headers["location"]
    code = client.post(f"/admin/cafes/{SIRETS[2]}/code", data={"csrf": csrf})
    assert code.status_code == 200  # the code is shown once, never put in a URL
    assert re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code.text)
    csrf = page_csrf(client, "/comptes")
    made = client.post(
        "/comptes",
        data={"name": "Léa", "role": "territorial", "password": PASSWORD,
              "confirmation": PASSWORD, "cafes": SIRETS[2], "csrf": csrf},
    )  # fmt: skip
    assert made.status_code == 303 and "refused" not in made.headers["location"]
    short = client.post(
        "/comptes",
        data={"name": "Zoé", "role": "admin", "password": "court", "confirmation": "court",
              "csrf": csrf},
    )  # fmt: skip
    assert "trop%20court" in short.headers["location"]
    lea = browser_login(two_cafes, "Léa")
    assert lea.get("/").headers["location"] == "/mot-de-passe"  # chosen for her: to change
    mine = PASSWORD + " à moi"
    lea.post("/mot-de-passe", data={"current": PASSWORD, "password": mine, "confirmation": mine,
                                    "csrf": page_csrf(lea, "/mot-de-passe")})  # fmt: skip
    assert "Café Neuf" in lea.get("/").text and "Café Nôtre" not in lea.get("/").text
    with two_cafes.sessions() as s:
        lea_id = s.scalar(select(HqUser.id).where(HqUser.name == "Léa"))
    client.post(f"/comptes/{lea_id}/cafes", data={"cafes": SIRETS[0], "csrf": csrf})
    assert "Café Nôtre" in lea.get("/").text and "Café Neuf" not in lea.get("/").text
    assert lea.get("/admin").status_code == 403


def test_the_cafe_page_shows_price_cap_compliance(two_cafes: ThreadedHq) -> None:
    client = browser_login(two_cafes, "terri")
    html = client.get(f"/cafes/{SIRETS[0]}").text
    assert "Prix d&#39;achat plafonnés du réseau" in html or "Prix d'achat plafonnés" in html
    assert "Coca-Cola 33 cl" in html and "Boissons d&#39;Auvergne" in html
    with two_cafes.sessions() as s:
        page = dashboard.cafe_page(s, scope(two_cafes, "terri"), SIRETS[0], TODAY)
    assert page is not None
    assert page.services_quarter.caps == {"capped_lines": 6, "above_cap_lines": 2,
                                          "excess_cents": 960}  # fmt: skip
    assert page.services_quarter.cap_compliance_bp == 6666
    assert [e["day"] for e in page.cap_excesses] == [TODAY - dt.timedelta(days=n) for n in (3, 10)]


def test_pages_carry_security_headers_and_the_api_goes_straight_through(hq: ThreadedHq) -> None:
    """The login page (and any page) is served with the CSP, no framing, no sniffing and
    no caching; static files may be cached; the cafés' API answers without page headers."""
    with httpx.Client(base_url=hq.base_url, follow_redirects=False) as client:
        page = client.get("/login")
        assert page.status_code == 200
        assert page.headers["Content-Security-Policy"].startswith("default-src")
        assert page.headers["X-Frame-Options"] == "DENY"
        assert page.headers["X-Content-Type-Options"] == "nosniff"
        assert page.headers["Cache-Control"] == "no-store"
        missing = client.get("/nowhere")  # an error page built by an exception handler
        assert missing.headers["X-Frame-Options"] == "DENY"
        api = client.get("/api/v1/health")
        assert api.status_code == 200
        assert "Content-Security-Policy" not in api.headers
        assert "X-Frame-Options" not in api.headers
