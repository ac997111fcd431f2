"""The HQ web service (FastAPI): the cafés' endpoints (enrolment, messages) and the read
API the dashboard builds on. Run by ``cafe-pos hq serve`` under uvicorn.

Endpoints (docs/hq-sync.md, docs/hq.md):
- ``POST /api/v1/enrol`` — a café registers its public key with a one-time code.
- ``POST /api/v1/messages`` — a signed message (daily figures, event, archive).
- ``GET /api/v1/health`` — liveness (and the schema version HQ accepts).
- ``GET /api/v1/cafes``, ``/api/v1/cafes/{siret}/days``, ``/api/v1/cafes/{siret}/archives``,
  ``/api/v1/alerts`` — reads for the dashboard and scripts. They carry the network's
  figures, so they answer only with ``Authorization: Bearer <CAFE_POS_HQ_READ_TOKEN>``
  (environment of the server), or, without a token configured, only to a client on the
  same machine that did not come through a proxy.
- The dashboard's pages (``cafe_pos.hq.web``): login, network, cafés, alerts, exports.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import json
import os
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session, sessionmaker

from cafe_pos.domain import hq_wire
from cafe_pos.hq import admin, web
from cafe_pos.hq.ingest import Answer, ingest

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
    *,
    today: Callable[[], dt.date] | None = None,
    scan_alerts: bool = False,
) -> FastAPI:
    """The HQ app; ``scan_alerts`` runs the dashboard's alert scan while it serves
    (``hq serve``), ``today`` replaces the Paris calendar (tests, demo)."""
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
        except (ValueError, KeyError, TypeError):
            return JSONResponse({"detail": "demande d'inscription mal formée"}, status_code=422)
        try:
            cafe = await _in_thread(admin.enrol, s, *fields)
        except admin.HqAdminError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=403)
        return JSONResponse(
            {"status": "enrolled", "name": cafe.name, "key_fingerprint": cafe.key_fingerprint}
        )

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
    def alerts(s: DbSession, siret: str | None = None) -> list[dict[str, Any]]:
        return admin.alerts(s, siret)

    return app


def _ingest(sessions: sessionmaker[Session], raw: bytes) -> Answer:
    with sessions() as session:
        return ingest(session, raw)


async def _in_thread(function: Any, *args: Any) -> Any:
    """Database work and signature checks off the event loop."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(function, *args)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
