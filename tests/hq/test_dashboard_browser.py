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
