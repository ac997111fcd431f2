"""The network page's café list at network size, on SQLite and PostgreSQL through the real
web application: 50 cafés a page with page links, a search on the name, the town or the
SIRET (accents and case ignored), sorting by every column shown (whitelisted), and a
territorial manager's list still holding only their cafés."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from hq_factory import ThreadedHq
from sqlalchemy import event, select
from stdnum import luhn

from cafe_pos.hq import admin, auth, dashboard
from cafe_pos.hq.ingest import utcnow
from cafe_pos.hq.models import Cafe, Message

TODAY = dt.date(2026, 11, 30)
PASSWORD = "un mot de passe long"
CAFES = 120
TOWNS = ("Saint-Éloi", "Brûlon", "Vézelay", "Les Échelles")


def siret_of(index: int) -> str:
    """A valid SIRET (SIREN and SIRET check digits) for café ``index``."""
    siren = f"8{index:07d}"
    siren += luhn.calc_check_digit(siren)
    base = siren + "0001"
    return base + luhn.calc_check_digit(base)


@pytest.fixture
def network(hq: ThreadedHq) -> Iterator[ThreadedHq]:
    """120 cafés in four towns, each with yesterday's figures (café n sold n × 100 €); a
    territorial manager follows the 60 even ones."""
    with hq.sessions() as s:
        for n in range(1, CAFES + 1):
            cafe = admin.add_cafe(s, siret_of(n), f"Café n° {n:03d}", town=TOWNS[n % 4])
            day = TODAY - dt.timedelta(days=1)
            s.add(
                Message(
                    cafe_id=cafe.id, kind="daily", business_date=day, version=1, body="{}",
                    body_sha256="0" * 64, signature="0" * 128, key_fingerprint="0" * 16,
                    received_at=dt.datetime.combine(TODAY, dt.time(0, 5)),
                    software_version="test", data={}, tickets=n, total_cents=n * 10_000,
                    own_sales_cents=n * 10_000, third_party_cents=0, chain_position=1,
                    chain_hash="a" * 64,
                )
            )  # fmt: skip
        s.commit()
        auth.add_user(s, "admin", "admin", PASSWORD, now=utcnow())
        auth.add_user(s, "terri", "territorial", PASSWORD,
                      [siret_of(n) for n in range(2, CAFES + 1, 2)], now=utcnow())  # fmt: skip
    app = hq.server.config.app
    assert isinstance(app, FastAPI)
    app.state.today = lambda: TODAY
    yield hq


def login(hq: ThreadedHq, name: str) -> httpx.Client:
    client = httpx.Client(base_url=hq.base_url, follow_redirects=False)
    csrf = re.findall(r'name="csrf" value="([^"]+)"', client.get("/login").text)[0]
    assert (
        client.post("/login", data={"name": name, "password": PASSWORD, "csrf": csrf}).status_code
        == 303
    )
    return client


def names(html: str) -> list[str]:
    """The cafés listed in the page's table, in order."""
    body = html.split('<table class="cafes sortable">', 1)[1].split("</table>", 1)[0]
    return re.findall(r'<a href="/cafes/\d{14}">([^<]+)</a>', body)


def test_fifty_cafes_a_page_with_page_links(network: ThreadedHq) -> None:
    boss = login(network, "admin")
    first = boss.get("/").text
    assert "Réseau — 120 cafés" in first  # the totals are still the whole network's
    listed = names(first)
    assert len(listed) == 50 and listed[0] == "Café n° 120"  # turnover, highest first
    assert "Cafés 1 à 50 sur 120" in first
    assert 'href="/?page=2"' in first and 'href="/?page=3"' in first and "Suivante" in first
    third = boss.get("/", params={"page": "3"}).text
    assert names(third) == [f"Café n° {n:03d}" for n in range(20, 0, -1)]
    assert "Cafés 101 à 120 sur 120" in third and "Suivante" not in third
    for wrong in ("0", "-4", "abc", "99", "1e9", "9999999999"):
        page = boss.get("/", params={"page": wrong})
        assert page.status_code == 200, wrong
        assert len(names(page.text)) in (50, 20), wrong  # the first or the last page
    # sorting by a column keeps the search, starts again at page 1
    by_name = boss.get("/", params={"sort": "name", "dir": "asc", "page": "2"}).text
    assert names(by_name)[0] == "Café n° 051"
    assert 'href="/?sort=name&amp;dir=asc&amp;page=3"' in by_name


def test_every_column_shown_sorts_and_only_those(network: ThreadedHq) -> None:
    boss = login(network, "admin")
    for key in dashboard.SORTS:
        for direction in ("asc", "desc"):
            page = boss.get("/", params={"sort": key, "dir": direction})
            assert page.status_code == 200 and len(names(page.text)) == 50, key
            assert (
                'aria-sort="' + ("ascending" if direction == "asc" else "descending") in page.text
            )
    tickets = names(boss.get("/", params={"sort": "tickets", "dir": "asc"}).text)
    assert tickets[:3] == ["Café n° 001", "Café n° 002", "Café n° 003"]
    # anything else is the default order, never a piece of SQL
    for evil in ("name; DROP TABLE cafes", "siret", "own_sales_cents desc", "__class__"):
        page = boss.get("/", params={"sort": evil})
        assert page.status_code == 200 and names(page.text)[0] == "Café n° 120", evil
    with network.sessions() as s:
        assert len(s.scalars(select(Cafe.id)).all()) == CAFES


def test_search_by_name_town_or_siret_ignores_accents_and_case(network: ThreadedHq) -> None:
    boss = login(network, "admin")
    town = boss.get("/", params={"q": "saint eloi"}).text  # typed without accent nor dash
    found = names(town)
    assert len(found) == 30 and "30 trouvés pour « saint eloi »" in town
    assert all(int(name[-3:]) % 4 == TOWNS.index("Saint-Éloi") for name in found)
    assert "Cafés 1 à 30 sur 30" in town and "Suivante" not in town
    assert len(names(boss.get("/", params={"q": "ÉCHELLES"}).text)) == 30
    assert names(boss.get("/", params={"q": "café n° 007"}).text) == ["Café n° 007"]
    assert names(boss.get("/", params={"q": siret_of(42)}).text) == ["Café n° 042"]
    spaced = " ".join(re.findall(r"\d{1,3}", siret_of(42)[:9]))  # the SIREN as "800 000 42x"
    assert names(boss.get("/", params={"q": spaced}).text) == ["Café n° 042"]
    both = names(boss.get("/", params={"q": "brulon 01", "sort": "name", "dir": "asc"}).text)
    assert both == ["Café n° 001", "Café n° 013", "Café n° 017", "Café n° 101"]  # every word
    none = boss.get("/", params={"q": "Paris"}).text
    assert names(none) == [] and "Aucun café ne correspond à « Paris »" in none
    # the search is kept by the page links and the column heads, and the CSV exports it
    many = boss.get("/", params={"q": "vezelay", "sort": "name", "dir": "asc"}).text
    assert 'href="/?q=vezelay&amp;sort=tickets"' in many
    export = boss.get("/export/cafes.csv", params={"q": "vezelay"})
    assert export.status_code == 200 and len(export.content.decode("utf-8-sig").splitlines()) == 31


def test_a_territorial_manager_pages_and_searches_only_their_cafes(network: ThreadedHq) -> None:
    terri = login(network, "terri")
    first = terri.get("/").text
    assert "Réseau — 60 cafés" in first and "Cafés 1 à 50 sur 60" in first
    second = names(terri.get("/", params={"page": "2"}).text)
    assert len(second) == 10 and all(int(name[-3:]) % 2 == 0 for name in second)
    # another territory's café is not found, even by its exact name or SIRET
    assert names(terri.get("/", params={"q": "Café n° 007"}).text) == []
    assert names(terri.get("/", params={"q": siret_of(7)}).text) == []
    assert len(names(terri.get("/", params={"q": "brulon"}).text)) == 0  # odd cafés only there
    assert len(names(terri.get("/", params={"q": "saint-éloi"}).text)) == 30


def test_the_page_links_skip_the_far_pages() -> None:
    lines = [
        dashboard.CafeLine(siret_of(n), f"Café {n}", dashboard.Totals(), dashboard.Totals(),
                           None, None, None, 0, False, False)
        for n in range(1, 1001)
    ]  # fmt: skip
    page = dashboard.cafe_list_page(lines, "", 10)
    assert (page.pages, page.first, page.last) == (20, 451, 500)
    assert page.links == [1, None, 8, 9, 10, 11, 12, None, 20]
    assert dashboard.cafe_list_page(lines, "", 1).links == [1, 2, 3, None, 20]
    assert dashboard.cafe_list_page(lines, "", 400).page == 20
    empty = dashboard.cafe_list_page([], "x", 3)
    assert (empty.page, empty.pages, empty.first, empty.last, empty.links) == (1, 1, 0, 0, [1])


def test_the_administration_s_cafe_list_is_paged_and_searched(network: ThreadedHq) -> None:
    boss = login(network, "admin")
    page = boss.get("/admin").text
    body = page.split('<table class="kv admin-cafes">', 1)[1].split("</table>", 1)[0]
    assert body.count("Code d'inscription") == 50 and "Cafés 1 à 50 sur 120" in page
    last = boss.get("/admin", params={"page": "3"}).text
    assert "Cafés 101 à 120 sur 120" in last and "Café n° 120" in last
    found = boss.get("/admin", params={"q": "VEZELAY 10"}).text
    assert "4 trouvés pour « VEZELAY 10 »" in found  # cafés 10, 102, 106 and 110
    assert all(f"Café n° {n:03d}" in found for n in (10, 102, 106, 110))
    assert boss.get("/admin", params={"q": siret_of(7)}).text.count("Code d'inscription") == 1
    assert boss.get("/admin", params={"page": "x"}).status_code == 200
    assert login(network, "terri").get("/admin", params={"q": "x"}).status_code == 403


def test_the_administration_counts_the_messages_of_the_cafes_it_shows_only(
    network: ThreadedHq,
) -> None:
    statements: list[str] = []
    with network.sessions() as s:
        cafes = admin.cafes_by_name(s)
        assert len(cafes) == CAFES
        bind = s.get_bind()

        def seen(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(bind, "before_cursor_execute", seen)
        try:
            rows = admin.list_cafes(s, cafes[:3])
        finally:
            event.remove(bind, "before_cursor_execute", seen)
        assert [r.siret for r in rows] == [c.siret for c in cafes[:3]]
        assert all(r.days == 1 and r.last_day == TODAY - dt.timedelta(days=1) for r in rows)
        assert admin.list_cafes(s, []) == []
        assert len(admin.list_cafes(s)) == CAFES  # the CLI's and the API's whole list
    counts = [sql for sql in statements if "count(" in sql.lower()]
    assert counts and all(" IN " in sql.upper() for sql in counts)  # not the whole network
