"""The read API carries the network's figures: only the HQ machine itself, or a holder of
the read token, may use it."""

from __future__ import annotations

import httpx
import pytest
from hq_factory import SIRETS, ThreadedHq

from cafe_pos.hq import admin
from cafe_pos.hq.app import READ_TOKEN_ENV


def test_reads_answer_loopback_only_or_with_the_token(
    hq: ThreadedHq, monkeypatch: pytest.MonkeyPatch
) -> None:
    with hq.sessions() as session:
        admin.add_cafe(session, SIRETS[0], "Café du Lavoir")
    url = f"{hq.base_url}/api/v1/cafes"
    local = httpx.get(url)
    assert local.status_code == 200 and local.json()[0]["siret"] == SIRETS[0]
    proxied = httpx.get(url, headers={"X-Forwarded-For": "203.0.113.9"})
    assert proxied.status_code == 403
    assert httpx.get(f"{hq.base_url}/api/v1/health").status_code == 200  # always open

    monkeypatch.setenv(READ_TOKEN_ENV, "s3cret-token")
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = httpx.get(url, headers={"Authorization": "Bearer s3cret-token"})
    assert ok.status_code == 200
    days = httpx.get(
        f"{hq.base_url}/api/v1/cafes/{SIRETS[0]}/days",
        headers={"Authorization": "Bearer s3cret-token"},
    )
    assert days.status_code == 200 and days.json() == []


def test_alerts_of_an_unknown_cafe_are_a_404_not_an_empty_list(hq: ThreadedHq) -> None:
    """A mistyped SIRET must not read as "no alerts" (session 8), as for days/archives."""
    with hq.sessions() as session:
        admin.add_cafe(session, SIRETS[0], "Café du Lavoir")
    known = httpx.get(f"{hq.base_url}/api/v1/alerts", params={"siret": SIRETS[0]})
    assert known.status_code == 200 and known.json() == []
    unknown = httpx.get(f"{hq.base_url}/api/v1/alerts", params={"siret": "12345"})
    assert unknown.status_code == 404
    assert unknown.json()["detail"] == "Aucun café de SIRET 12345 au siège"
