"""The dashboard in a real browser: Debian's chromium driven by Playwright, against a real
``cafe-pos hq serve`` process on PostgreSQL fed by real sync runs of simulated cafés
(tests/hq_network.py). A territorial manager logs in, reads the network page, opens a
café, acknowledges an alert with a note, and fails to open a café of another territory;
an administrator sees the whole network and its silent and rolled-back cafés.

Screenshots go to the test's folder, and to ``docs/screenshots/`` when
``CAFE_POS_HQ_SCREENSHOTS`` names that folder (``make screenshots`` does).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hq_factory import pg_database
from hq_network import (
    ADMIN,
    BISTROT,
    FONTAINE,
    LAVOIR,
    NAMES,
    RELAIS,
    TERRITORIAL,
    HqProcess,
    build_network,
)
from playwright.sync_api import Browser, Page, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
SIZES = ((1280, 800), (1024, 768))

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def network(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HqProcess]:
    with pg_database() as url:
        hq = HqProcess(url).start()
        try:
            build_network(tmp_path_factory.mktemp("cafes"), hq)
            yield hq
        finally:
            hq.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail("chromium missing in CI: scripts/install-system-deps.sh installs it")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        yield browser
        browser.close()


def shoot(page: Page, name: str, folder: Path) -> None:
    """The page at both sizes, saved as hq-NAME-WxH.png."""
    target = os.environ.get("CAFE_POS_HQ_SCREENSHOTS")
    for width, height in SIZES:
        page.set_viewport_size({"width": width, "height": height})
        page.wait_for_timeout(150)
        path = folder / f"hq-{name}-{width}x{height}.png"
        page.screenshot(path=str(path))
        assert path.stat().st_size > 5000
        if target:
            shutil.copy(path, Path(target) / path.name)


def log_in(browser: Browser, hq: HqProcess, who: tuple[str, str]) -> Page:
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="fr-FR")
    page = context.new_page()
    page.goto(f"{hq.url}/")
    assert "/login" in page.url  # no session: the login page
    page.get_by_label("Nom d'utilisateur").fill(who[0])
    page.get_by_label("Mot de passe").fill(who[1])
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(f"{hq.url}/")
    return page


def test_territorial_manager_reads_only_their_cafes(
    network: HqProcess, browser: Browser, tmp_path: Path
) -> None:
    # the administrator runs the alert check first (a button of the administration page)
    admin = log_in(browser, network, ADMIN)
    admin.goto(f"{network.url}/admin")
    admin.get_by_role("button", name="Vérifier les alertes maintenant").click()
    admin.get_by_text("Vérification faite").wait_for()

    page = log_in(browser, network, TERRITORIAL)
    table = page.locator("table.cafes")
    rows = table.locator("tbody tr")
    assert rows.count() == 2
    text = table.inner_text()
    assert NAMES[LAVOIR] in text and NAMES[RELAIS] in text
    assert NAMES[FONTAINE] not in text and NAMES[BISTROT] not in text
    assert "Réseau — 2 cafés" in page.inner_text("h1")
    # the declining café's trend, in red; sorting by it (cafés without a trend yet last)
    page.get_by_role("link", name="Tendance").click()
    page.wait_for_url("**sort=trend**")
    assert rows.first.inner_text().startswith(NAMES[RELAIS])
    trend = rows.first.locator("td").nth(6)
    assert trend.inner_text().startswith("−") and "bad" in (trend.get_attribute("class") or "")
    assert rows.last.locator("td").nth(6).inner_text() == "—"
    shoot(page, "network", tmp_path)

    # a café page with its charts drawn by the locally served Chart.js
    page.get_by_role("link", name=NAMES[LAVOIR]).click()
    page.wait_for_url(f"**/cafes/{LAVOIR}")
    assert page.inner_text("h1") == NAMES[LAVOIR]
    page.wait_for_function("() => Object.keys(Chart.instances).length === 4")
    body = page.inner_text("main")
    assert "Continu ✓" in body
    assert "Dépôt de pain" in body and "Vente responsable d'alcool" in body
    shoot(page, "cafe", tmp_path)
    # its exports, downloaded by the browser: the days as CSV, the visit PDF
    with page.expect_download() as csv_download:
        page.get_by_role("link", name="Journées (CSV)").click()
    csv_file = tmp_path / csv_download.value.suggested_filename
    csv_download.value.save_as(csv_file)
    lines = csv_file.read_bytes().decode("utf-8").splitlines()
    assert lines[0].startswith("\ufeffDate;CA propre (€);") and len(lines) == 13  # 12 days
    with page.expect_download() as pdf_download:
        page.get_by_role("link", name=re.compile(r"^Visite .* \(PDF\)$")).first.click()
    pdf_file = tmp_path / "visite.pdf"
    pdf_download.value.save_as(pdf_file)
    assert pdf_file.read_bytes().startswith(b"%PDF")

    # the declining café's alert, acknowledged with a note
    page.goto(f"{network.url}/alerts")
    alert = page.locator("tr.open", has_text="soutien à envisager")
    assert alert.count() == 1 and NAMES[RELAIS] in alert.inner_text()
    shoot(page, "alerts", tmp_path)
    alert.get_by_label("Note").fill("Appelé le gérant : travaux sur la place, visite lundi")
    alert.get_by_role("button", name="Marquer comme vue").click()
    page.wait_for_load_state()
    assert page.locator("tr.open", has_text="soutien à envisager").count() == 0
    page.goto(f"{network.url}/alerts?all=1")
    done = page.locator("tr.done", has_text="soutien à envisager")
    assert "travaux sur la place" in done.inner_text()
    assert f"par {TERRITORIAL[0]}" in done.inner_text()
    # other territories' alerts are not listed
    assert NAMES[BISTROT] not in page.inner_text("main")

    # another territory's café by URL: not found, and nothing of it on the page
    for path in (f"/cafes/{BISTROT}", f"/cafes/{FONTAINE}/days.csv",
                 f"/cafes/{BISTROT}/visite-2026-11.pdf"):  # fmt: skip
        response = page.goto(f"{network.url}{path}")
        assert response is not None and response.status == 404, path
        assert NAMES[BISTROT] not in page.content()
    assert "Introuvable" in page.inner_text("h1")
    # nor the administration
    response = page.goto(f"{network.url}/admin")
    assert response is not None and response.status == 403

    # the network catalogue, and the price-cap compliance of their cafés only
    page.goto(f"{network.url}/catalogue")
    assert "version 1" in page.inner_text("main") and "Coca-Cola 33 cl" in page.inner_text("main")
    assert NAMES[LAVOIR] in page.inner_text("main")  # its drinks bought above the Coca cap
    assert NAMES[BISTROT] not in page.inner_text("main")
    shoot(page, "catalogue", tmp_path)

    # the administrator sees the whole network: the silent café and the rollback
    admin.goto(f"{network.url}/")
    assert admin.locator("table.cafes tbody tr").count() == 4
    silent = admin.locator("tr.silent")
    assert silent.count() == 1 and NAMES[FONTAINE] in silent.inner_text()
    admin.goto(f"{network.url}/alerts")
    alerts_text = admin.inner_text("main")
    assert "restauration ou altération possible" in alerts_text
    assert "café silencieux" in alerts_text
    admin.goto(f"{network.url}/cafes/{BISTROT}")
    assert "Rupture suspectée" in admin.inner_text("main")
    shoot(admin, "cafe-rollback", tmp_path)


NEWCOMER = ("Inès Garnier", "choisi-par-le-siège-2026")
NEWCOMER_OWN = "le-mien-rien-qu-à-moi-2026"
QUIET_CAFES = 60  # with the four real ones: two pages of cafés
QUIET_TOWNS = ("Saint-Éloi-les-Mines", "Brûlon", "Vézelay")


def add_quiet_cafes(db_url: str) -> None:
    """Cafés known to HQ but not enrolled yet (cheap: rows, no simulation), in three towns."""
    from stdnum import luhn

    from cafe_pos.hq import admin
    from cafe_pos.hq.db import open_database

    engine, sessions = open_database(db_url)
    try:
        with sessions() as s:
            for n in range(1, QUIET_CAFES + 1):
                siren = f"7{n:07d}"
                siren += luhn.calc_check_digit(siren)
                siret = siren + "0001" + luhn.calc_check_digit(siren + "0001")
                admin.add_cafe(s, siret, f"Café des Tilleuls n° {n:02d}", town=QUIET_TOWNS[n % 3])
    finally:
        engine.dispose()


def test_accounts_managed_from_the_pages_and_the_paged_network(
    network: HqProcess, browser: Browser, tmp_path: Path
) -> None:
    """(Runs after the test above: it adds cafés to the shared network.)"""
    admin = log_in(browser, network, ADMIN)
    admin.get_by_role("link", name="Comptes").click()
    admin.wait_for_url("**/comptes")
    create = admin.locator("form[action='/comptes']")
    create.get_by_label("Nom d'utilisateur").fill(NEWCOMER[0])
    create.get_by_label(re.compile(r"^Mot de passe \(12")).fill(NEWCOMER[1])
    create.get_by_label("Mot de passe (confirmation)").fill(NEWCOMER[1])
    create.get_by_label("Rôle").select_option("territorial")
    create.get_by_label(re.compile("^Cafés suivis")).fill(LAVOIR)
    create.get_by_role("button", name="Créer le compte").click()
    admin.get_by_text(f"Compte « {NEWCOMER[0]} » créé").wait_for()
    row = admin.locator(f'tr[data-account="{NEWCOMER[0]}"]')
    assert "jamais" in row.inner_text() and "mot de passe à changer" in row.inner_text()
    assert "compte créé" in admin.locator("table.audit").inner_text()

    # the newcomer logs in and must first replace the password the administrator chose
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="fr-FR")
    ines = context.new_page()
    ines.goto(f"{network.url}/")
    ines.get_by_label("Nom d'utilisateur").fill(NEWCOMER[0])
    ines.get_by_label("Mot de passe").fill(NEWCOMER[1])
    ines.get_by_role("button", name="Se connecter").click()
    ines.wait_for_url("**/mot-de-passe")
    assert "remplacez-le par le vôtre" in ines.inner_text("main")
    ines.goto(f"{network.url}/alerts")  # nothing else until then
    assert ines.url.endswith("/mot-de-passe")
    ines.get_by_label("Mot de passe actuel").fill("pas celui-là du tout")
    ines.get_by_label(re.compile(r"^Nouveau mot de passe \(12")).fill(NEWCOMER_OWN)
    ines.get_by_label("Nouveau mot de passe (confirmation)").fill(NEWCOMER_OWN)
    ines.get_by_role("button", name="Changer mon mot de passe").click()
    ines.get_by_text("Mot de passe actuel incorrect").wait_for()
    shoot(ines, "password", tmp_path)
    ines.get_by_label("Mot de passe actuel").fill(NEWCOMER[1])
    ines.get_by_label(re.compile(r"^Nouveau mot de passe \(12")).fill(NEWCOMER_OWN)
    ines.get_by_label("Nouveau mot de passe (confirmation)").fill(NEWCOMER_OWN)
    ines.get_by_role("button", name="Changer mon mot de passe").click()
    ines.get_by_text("Mot de passe changé").wait_for()
    ines.get_by_role("link", name="Aller au réseau").click()
    ines.wait_for_url(f"{network.url}/")
    assert ines.locator("table.cafes tbody tr").count() == 1
    assert NAMES[LAVOIR] in ines.locator("table.cafes").inner_text()
    # a territorial manager: no Comptes in the menu, 403 by URL
    assert ines.get_by_role("link", name="Comptes").count() == 0
    response = ines.goto(f"{network.url}/comptes")
    assert response is not None and response.status == 403
    ines.goto(f"{network.url}/")

    # the administrator deactivates her: her open page answers with the login page
    admin.reload()
    shoot(admin, "accounts", tmp_path)
    admin.get_by_role("button", name=f"Désactiver {NEWCOMER[0]}").click()
    admin.get_by_text(f"Compte « {NEWCOMER[0]} » désactivé").wait_for()
    assert "compte désactivé" in admin.locator("table.audit").inner_text()
    ines.get_by_role("link", name=NAMES[LAVOIR]).click()
    ines.wait_for_url("**/login**")
    assert ines.get_by_role("button", name="Se connecter").is_visible()
    ines.get_by_label("Nom d'utilisateur").fill(NEWCOMER[0])
    ines.get_by_label("Mot de passe").fill(NEWCOMER_OWN)
    ines.get_by_role("button", name="Se connecter").click()
    ines.get_by_text("Nom ou mot de passe incorrect").wait_for()
    context.close()

    # the network page, paged and searched, once the network holds more than 50 cafés
    add_quiet_cafes(network.db_url)
    admin.goto(f"{network.url}/")
    rows = admin.locator("table.cafes tbody tr")
    assert rows.count() == 50 and "Réseau — 64 cafés" in admin.inner_text("h1")
    assert "Cafés 1 à 50 sur 64" in admin.inner_text(".pager")
    admin.get_by_role("link", name="Café", exact=True).click()  # sort by name
    admin.wait_for_url("**sort=name**")
    admin.get_by_role("link", name="Page 2").click()
    admin.wait_for_url("**page=2**")
    assert rows.count() == 14 and "Cafés 51 à 64 sur 64" in admin.inner_text(".pager")
    admin.locator(".pager").scroll_into_view_if_needed()
    shoot(admin, "network-paged", tmp_path)
    admin.get_by_label("Rechercher un café").fill("saint eloi")
    admin.get_by_role("button", name="Rechercher").click()
    admin.wait_for_url("**q=saint+eloi**")
    assert rows.count() == 20 and "20 trouvés pour « saint eloi »" in admin.inner_text("main")
    assert all("Saint-Éloi-les-Mines" in text for text in rows.all_inner_texts())
    admin.get_by_label("Rechercher un café").fill("lavoir")
    admin.get_by_role("button", name="Rechercher").click()
    admin.wait_for_url("**q=lavoir**")
    assert rows.count() == 1 and NAMES[LAVOIR] in rows.first.inner_text()
    shoot(admin, "network-search", tmp_path)
