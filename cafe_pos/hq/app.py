"""The HQ web service (FastAPI): the cafés' endpoints (enrolment, messages) and the read
API the dashboard builds on. Run by ``cafe-pos hq serve`` under uvicorn.

Endpoints (docs/hq-sync.md, docs/hq.md):
- ``POST /api/v1/enrol`` — a café registers its public key with a one-time code.
- ``POST /api/v1/messages`` — a signed message (daily figures, event, archive).
- ``GET /api/v1/health`` — liveness (and the schema version HQ accepts).
- ``POST /api/v1/catalogue`` — a café pulls the network catalogue (a request signed by its
  enrolled key, docs/hq-sync.md §7).
- ``GET /api/v1/cafes``, ``/api/v1/cafes/{siret}/days``, ``/api/v1/cafes/{siret}/archives``,
  ``/api/v1/alerts``, ``/api/v1/catalogue``, ``/api/v1/compliance/purchases`` — reads for
  the dashboard and scripts. They carry the network's figures, so they answer only with
  ``Authorization: Bearer <CAFE_POS_HQ_READ_TOKEN>`` (environment of the server), or,
  without a token configured, only to a client on the same machine that did not come
  through a proxy.
- The dashboard's pages (``cafe_pos.hq.web``): login, network, cafés, alerts, exports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session, sessionmaker

from cafe_pos.domain import hq_wire
from cafe_pos.domain.key_break import KeyBreak
from cafe_pos.hq import admin, catalogue, compliance, web
from cafe_pos.hq.ingest import Answer, ingest
from cafe_pos.hq.signing import HqKey, HqKeyError, load_or_create

MAX_BODY = 64 * 1024 * 1024  # a year's archive fits


def _session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


DbSession = Annotated[Session, Depends(_session)]
READ_TOKEN_ENV = "CAFE_POS_HQ_READ_TOKEN"
LOOPBACK = ("127.0.0.1", "::1")


def _reader(request: Request) -> None:
    """The read API's gate (see the module's docstring)."""
    token = os.environ.get(READ_TOKEN_ENV, "")
    given = request.headers.get("authorization", "")
    if token:
        if hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
            return
        raise HTTPException(401, "jeton de lecture requis")
    proxied = any(h in request.headers for h in ("x-forwarded-for", "forwarded", "x-real-ip"))
    if request.client is not None and request.client.host in LOOPBACK and not proxied:
        return
    raise HTTPException(403, f"lecture réservée au serveur du siège (ou jeton {READ_TOKEN_ENV})")


Reader = Depends(_reader)


def create_app(
    sessions: sessionmaker[Session],
    key_path: Path | None = None,
    *,
    today: Callable[[], dt.date] | None = None,
    scan_alerts: bool = False,
) -> FastAPI:
    """The HQ app; ``scan_alerts`` runs the dashboard's alert scan while it serves
    (``hq serve``), ``today`` replaces the Paris calendar (tests, demo). ``key_path``:
    HQ's signing key file (``cafe_pos.hq.signing``), read the first time a café's key
    break is confirmed; without it, from ``CAFE_POS_HQ_KEY`` or beside the database."""
    app = FastAPI(
        title="cafe-pos HQ",
        version=str(hq_wire.SCHEMA_VERSION),
        lifespan=web.alert_scanner if scan_alerts else None,
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
    )

    app.state.sessions = sessions
    web.install(app, today)
    keys: list[HqKey] = []

    def hq_key() -> HqKey:
        if not keys:
            from cafe_pos.hq.signing import key_path_for

            url = sessions.kw["bind"].url.render_as_string(hide_password=False)
            keys.append(load_or_create(key_path or key_path_for(url)))
        return keys[0]

    @app.get("/api/v1/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "schema_version": hq_wire.SCHEMA_VERSION}

    @app.post("/api/v1/messages")
    async def post_message(request: Request) -> JSONResponse:
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return JSONResponse({"detail": "message trop volumineux"}, status_code=413)
        # one hop to a worker thread for the session, the checks and the commit
        answer = await _in_thread(_ingest, request.app.state.sessions, raw)
        return JSONResponse(answer.payload, status_code=answer.status)

    @app.post("/api/v1/enrol")
    async def post_enrol(request: Request, s: DbSession) -> JSONResponse:
        try:
            payload = json.loads(await request.body())
            fields = [str(payload[k]) for k in ("code", "siret", "register", "public_key")]
            breaks = [KeyBreak.from_wire(b) for b in payload.get("key_breaks") or []]
        except (ValueError, KeyError, TypeError, AttributeError):
            return JSONResponse({"detail": "demande d'inscription mal formée"}, status_code=422)
        try:
            cafe, confirmations = await _in_thread(admin.enrol, s, *fields, breaks, hq_key)
        except admin.KeyBreakRefused as exc:
            return JSONResponse({"detail": str(exc)}, status_code=409)
        except admin.HqAdminError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=403)
        except HqKeyError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=503)
        answer: dict[str, Any] = {
            "status": "enrolled",
            "name": cafe.name,
            "key_fingerprint": cafe.key_fingerprint,
        }
        if confirmations:
            signer = hq_key()
            answer["hq_key"] = {"fingerprint": signer.fingerprint, "public_key": signer.public_hex}
            answer["confirmations"] = confirmations
        return JSONResponse(answer)

    @app.get("/api/v1/cafes", dependencies=[Reader])
    def cafes(s: DbSession) -> list[dict[str, Any]]:
        return [_plain(dataclasses.asdict(row)) for row in admin.list_cafes(s)]

    @app.get("/api/v1/cafes/{siret}/days", dependencies=[Reader])
    def cafe_days(siret: str, s: DbSession) -> Any:
        try:
            return admin.days(s, siret)
        except admin.HqAdminError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.get("/api/v1/cafes/{siret}/archives", dependencies=[Reader])
    def cafe_archives(siret: str, s: DbSession) -> Any:
        try:
            return admin.archives(s, siret)
        except admin.HqAdminError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.get("/api/v1/alerts", dependencies=[Reader])
    def alerts(s: DbSession, siret: str | None = None) -> Any:
        try:
            return admin.alerts(s, siret)
        except admin.HqAdminError as exc:  # an unknown café, as for its days and archives
            return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.post("/api/v1/catalogue")
    async def post_catalogue(request: Request) -> JSONResponse:
        raw = await request.body()
        if len(raw) > 64 * 1024:
            return JSONResponse({"detail": "demande trop volumineuse"}, status_code=413)
        answer = await _in_thread(_pull, request.app.state.sessions, raw)
        return JSONResponse(answer.payload, status_code=answer.status)

    @app.get("/api/v1/catalogue", dependencies=[Reader])
    def network_catalogue(s: DbSession) -> dict[str, Any]:
        return catalogue.overview(s)

    @app.get("/api/v1/compliance/purchases", dependencies=[Reader])
    def purchases_above_cap(s: DbSession, siret: str | None = None) -> dict[str, Any]:
        return {
            "by_cafe": compliance.summary_by_cafe(s),
            "above_cap": compliance.excesses(s, siret),
        }

    return app


def _pull(sessions: sessionmaker[Session], raw: bytes) -> Answer:
    with sessions() as session:
        return catalogue.pull(session, raw)


def _ingest(sessions: sessionmaker[Session], raw: bytes) -> Answer:
    with sessions() as session:
        return ingest(session, raw)


async def _in_thread(function: Any, *args: Any) -> Any:
    """Database work and signature checks off the event loop."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(function, *args)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
