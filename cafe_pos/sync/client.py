"""The HTTP client that talks to headquarters (httpx): enrolment, message delivery and the
network catalogue's pull.

HTTPS with certificate checks; plain HTTP only to 127.0.0.1 (a demo or a test HQ on the
same machine). Every failure comes back as one of two typed errors with a French reason:
``HqUnreachable`` (no network, timeout, HQ down or overloaded: try again later) and
``HqRefused`` (HQ answered no: unknown café, bad signature, malformed or conflicting
message). The client never touches the database.
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

if TYPE_CHECKING:  # httpx (~0.4 s) is imported when a client is made, not at start-up
    import httpx

MESSAGES_PATH = "/api/v1/messages"
ENROL_PATH = "/api/v1/enrol"
CATALOGUE_PATH = "/api/v1/catalogue"
USER_AGENT = "cafe-pos-sync"


class HqUrlRefused(ValueError):
    """An HQ address that may not be used (French message)."""


class HqUnreachable(Exception):
    """HQ could not be reached or did not answer properly: retry later."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class HqRefused(Exception):
    """HQ answered with a refusal (4xx): ``status`` and HQ's French ``reason``."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason

    @property
    def conflict(self) -> bool:
        """HQ already holds a different message under the same key: final."""
        return self.status == 409


def check_hq_url(url: str) -> str:
    """The base URL without trailing slash; refuses plain HTTP except to 127.0.0.1."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise HqUrlRefused(f"Adresse du siège invalide : « {url} » (https://… attendu)")
    if parts.scheme == "http":
        try:
            loopback = ipaddress.ip_address(parts.hostname) == ipaddress.ip_address("127.0.0.1")
        except ValueError:
            loopback = False
        if not loopback:
            raise HqUrlRefused(
                f"Adresse du siège refusée : « {url} » — HTTPS obligatoire "
                "(HTTP seulement vers 127.0.0.1)"
            )
    return url.strip().rstrip("/")


@dataclass(frozen=True, slots=True)
class Ack:
    """HQ's acknowledgement of a message, kept by the café as HQ sent it."""

    message_id: int
    status: str
    raw: str  # the JSON text as received


def _reason(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except (ValueError, AttributeError):
        detail = None
    if isinstance(detail, str) and detail:
        return detail
    if isinstance(detail, list) and detail:  # FastAPI validation errors
        return "message mal formé"
    return response.reason_phrase or f"erreur {response.status_code}"


class HqClient:
    """One HQ. ``transport`` lets a test inject failures below HTTP (httpx transports)."""

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 15.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        import httpx

        self.base_url = check_hq_url(base_url)
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=timeout,
            verify=True,  # certificate checks (system/certifi store)
            transport=transport,
            headers={"User-Agent": USER_AGENT},
            follow_redirects=False,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HqClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        import httpx

        content = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        try:
            response = self._client.post(
                path, content=content, headers={"Content-Type": "application/json"}
            )
        except httpx.TimeoutException as exc:
            raise HqUnreachable("le siège ne répond pas (délai dépassé)") from exc
        except httpx.TransportError as exc:
            raise HqUnreachable(
                f"pas de réseau ou siège injoignable ({type(exc).__name__})"
            ) from exc
        if response.status_code >= 500 or response.status_code == 429:
            raise HqUnreachable(f"siège indisponible ({response.status_code})")
        if response.status_code >= 400:
            raise HqRefused(response.status_code, _reason(response))
        if response.status_code >= 300:
            raise HqRefused(response.status_code, "redirection refusée : vérifiez l'adresse")
        try:
            answer = response.json()
        except ValueError as exc:
            raise HqUnreachable("réponse du siège illisible") from exc
        if not isinstance(answer, dict):
            raise HqUnreachable("réponse du siège illisible")
        return answer

    def enrol(
        self,
        code: str,
        siret: str,
        register: str,
        public_key: str,
        key_breaks: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Register the café's public key with a one-time code created at HQ; with
        ``key_breaks`` (key changes the lost previous key could not sign), HQ answers with
        its counter-signature of each (``confirmations``, ``hq_key``)."""
        payload: dict[str, Any] = {
            "code": code, "siret": siret, "register": register, "public_key": public_key
        }  # fmt: skip
        if key_breaks:
            payload["key_breaks"] = key_breaks
        return self._post(ENROL_PATH, payload)

    def deliver(self, envelope: dict[str, str]) -> Ack:
        """Post one signed message; returns HQ's acknowledgement (raises otherwise)."""
        answer = self._post(MESSAGES_PATH, envelope)
        if "message_id" not in answer:
            raise HqUnreachable("réponse du siège sans accusé de réception")
        return Ack(int(answer["message_id"]), str(answer.get("status", "")), json.dumps(answer))

    def catalogue(self, envelope: dict[str, str]) -> dict[str, Any]:
        """Pull the network catalogue with a signed request (docs/hq-sync.md §7)."""
        return self._post(CATALOGUE_PATH, envelope)
