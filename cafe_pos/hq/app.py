"""The HQ web service (FastAPI): the cafés' endpoints (enrolment, messages) and the read
API the dashboard builds on. Run by ``cafe-pos hq serve`` under uvicorn.

Endpoints (docs/hq-sync.md, docs/hq.md):
- ``POST /api/v1/enrol`` — a café registers its public key with a one-time code.
- ``POST /api/v1/messages`` — a signed message (daily figures, event, archive).
- ``GET /api/v1/health`` — liveness (and the schema version HQ accepts).
- ``GET /api/v1/cafes``, ``/api/v1/cafes/{siret}/days``, ``/api/v1/cafes/{siret}/archives``,
  ``/api/v1/alerts`` — reads for the dashboard (to be put behind its login, issue 19).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session, sessionmaker

from cafe_pos.domain import hq_wire
from cafe_pos.hq import admin
from cafe_pos.hq.ingest import ingest

MAX_BODY = 64 * 1024 * 1024  # a year's archive fits


def _session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


DbSession = Annotated[Session, Depends(_session)]


def create_app(sessions: sessionmaker[Session]) -> FastAPI:
    app = FastAPI(title="cafe-pos HQ", version=str(hq_wire.SCHEMA_VERSION))

    app.state.sessions = sessions

    @app.get("/api/v1/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "schema_version": hq_wire.SCHEMA_VERSION}

    @app.post("/api/v1/messages")
    async def post_message(request: Request, s: DbSession) -> JSONResponse:
        raw = await request.body()
        if len(raw) > MAX_BODY:
            return JSONResponse({"detail": "message trop volumineux"}, status_code=413)
        answer = await _in_thread(ingest, s, raw)
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

    @app.get("/api/v1/cafes")
    def cafes(s: DbSession) -> list[dict[str, Any]]:
        return [_plain(dataclasses.asdict(row)) for row in admin.list_cafes(s)]

    @app.get("/api/v1/cafes/{siret}/days")
    def cafe_days(siret: str, s: DbSession) -> Any:
        try:
            return admin.days(s, siret)
        except admin.HqAdminError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.get("/api/v1/cafes/{siret}/archives")
    def cafe_archives(siret: str, s: DbSession) -> Any:
        try:
            return admin.archives(s, siret)
        except admin.HqAdminError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=404)

    @app.get("/api/v1/alerts")
    def alerts(s: DbSession, siret: str | None = None) -> list[dict[str, Any]]:
        return admin.alerts(s, siret)

    return app


async def _in_thread(function: Any, *args: Any) -> Any:
    """Database work and signature checks off the event loop."""
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(function, *args)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
