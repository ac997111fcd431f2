"""The café's outbox delivered to a real HQ web service (uvicorn on 127.0.0.1, in a thread)
over real HTTP, on SQLite and on PostgreSQL: enrolment, exactly-once storage, refusals,
chain pinning, key change, month archive."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import httpx
import pytest
from hq_factory import MANAGER, SIRETS, ThreadedHq, new_cafe, sell_and_close
from sqlalchemy import func, select

from cafe_pos.context import ServiceContext
from cafe_pos.domain import hq_wire
from cafe_pos.domain.clock import FixedClock
from cafe_pos.hq import admin
from cafe_pos.hq.models import Alert, Archive, Message
from cafe_pos.services import hq_sync
from cafe_pos.sync.client import HqClient

FIRST = dt.date(2026, 11, 2)


def enrolled_cafe(
    tmp_path: Path, hq: ThreadedHq, days: int = 3, siret: str = SIRETS[0]
) -> tuple[ServiceContext, FixedClock]:
    ctx, clock = new_cafe(tmp_path / f"cafe-{siret}.db", FIRST, siret)
    sell_and_close(ctx, clock, FIRST, days)
    with hq.sessions() as session:
        admin.add_cafe(session, siret, f"Café {siret[:4]}")
        code = admin.new_code(session, siret)
    hq_sync.enrol(ctx, MANAGER, hq.base_url, code)
    return ctx, clock


def count(hq: ThreadedHq, model: type, **where: object) -> int:
    with hq.sessions() as session:
        query = select(func.count()).select_from(model)
        for name, value in where.items():
            query = query.where(getattr(model, name) == value)
        return int(session.scalar(query) or 0)


def outbox(ctx: ServiceContext) -> list[tuple[str, str, str]]:
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        return conn.execute("SELECT kind, subject, status FROM hq_outbox ORDER BY id").fetchall()


def test_days_arrive_once_with_the_closure_figures(tmp_path: Path, hq: ThreadedHq) -> None:
    ctx, _clock = enrolled_cafe(tmp_path, hq)
    report = hq_sync.send_pending(ctx)
    assert report.sent == ["2026-11-02", "2026-11-03", "2026-11-04"] and report.pending == 0
    assert hq_sync.send_pending(ctx).sent == []  # nothing twice
    with hq.sessions() as session:
        days = admin.days(session, SIRETS[0])
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        closures = conn.execute(
            "SELECT period, sale_count, total_cents FROM closures WHERE kind='day' ORDER BY period"
        ).fetchall()
    assert [(d["business_date"], d["tickets"], d["total_cents"]) for d in days] == closures
    assert all(d["chain_sequence"] for d in days)
    status = hq_sync.status(ctx)
    assert status.pending == 0 and status.ok
    assert status.text(ctx.clock.now()).startswith("Siège : à jour (")


def test_the_same_message_twice_is_one_row_and_the_same_ack(tmp_path: Path, hq: ThreadedHq) -> None:
    ctx, _clock = enrolled_cafe(tmp_path, hq, days=1)
    hq_sync.send_pending(ctx)
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        body, signature, key, ack = conn.execute(
            "SELECT body, signature, key_fingerprint, ack FROM hq_outbox"
        ).fetchone()
    with HqClient(hq.base_url) as client:
        again = client.deliver(hq_wire.envelope(body, signature, key))
    assert json.loads(again.raw) == json.loads(ack)
    assert count(hq, Message) == 1


def test_no_personal_data_leaves_the_cafe(tmp_path: Path, hq: ThreadedHq) -> None:
    ctx, _clock = enrolled_cafe(tmp_path, hq, days=2)
    hq_sync.send_pending(ctx)
    with hq.sessions() as session:
        bodies = [m.body for m in session.scalars(select(Message))]
    assert bodies
    for body in bodies:
        assert "Marie" not in body and "Dupont" not in body and "Alice" not in body
        assert hq_wire.personal_keys(json.loads(body)) == []


def test_a_changed_payload_is_refused_and_nothing_stored(tmp_path: Path, hq: ThreadedHq) -> None:
    ctx, _clock = enrolled_cafe(tmp_path, hq, days=1)
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        body, signature, key = conn.execute(
            "SELECT body, signature, key_fingerprint FROM hq_outbox"
        ).fetchone()
    forged = body.replace('"tickets":3', '"tickets":2')
    assert forged != body
    response = httpx.post(
        f"{hq.base_url}/api/v1/messages", json=hq_wire.envelope(forged, signature, key)
    )
    assert response.status_code == 403
    assert "signature invalide" in response.json()["detail"]
    assert count(hq, Message) == 0
    assert count(hq, Alert, kind="signature") == 1


def test_malformed_and_unknown_are_refused_with_a_reason(tmp_path: Path, hq: ThreadedHq) -> None:
    bad = httpx.post(f"{hq.base_url}/api/v1/messages", content=b"{not json")
    assert bad.status_code == 422
    ctx, _clock = new_cafe(tmp_path / "cafe.db", FIRST)
    sell_and_close(ctx, _clock, FIRST, 1)
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        body, signature, key = conn.execute(
            "SELECT body, signature, key_fingerprint FROM hq_outbox"
        ).fetchone()
    unknown = httpx.post(
        f"{hq.base_url}/api/v1/messages", json=hq_wire.envelope(body, signature, key)
    )
    assert unknown.status_code == 401 and "café inconnu" in unknown.json()["detail"]
    # a body that fails the schema, properly signed: 422, nothing stored
    with hq.sessions() as session:
        admin.add_cafe(session, SIRETS[0], "Café")
        code = admin.new_code(session, SIRETS[0])
    hq_sync.enrol(ctx, MANAGER, hq.base_url, code)
    from cafe_pos.fiscal.keys import load_signer

    signer = load_signer(ctx)
    wrong = json.loads(body)
    del wrong["data"]["tickets"]
    text = hq_wire.canonical_text(wrong)
    response = httpx.post(
        f"{hq.base_url}/api/v1/messages",
        json=hq_wire.envelope(text, signer.sign(text.encode()).hex(), signer.fingerprint),
    )
    assert response.status_code == 422 and "tickets" in response.json()["detail"]
    assert count(hq, Message) == 0


def test_same_key_different_content_is_refused_and_raised(tmp_path: Path, hq: ThreadedHq) -> None:
    ctx, _clock = enrolled_cafe(tmp_path, hq, days=1)
    hq_sync.send_pending(ctx)
    from cafe_pos.fiscal.keys import load_signer

    signer = load_signer(ctx)
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        (body,) = conn.execute("SELECT body FROM hq_outbox").fetchone()
    other = json.loads(body)
    other["data"]["total_cents"] += 100
    text = hq_wire.canonical_text(other)
    response = httpx.post(
        f"{hq.base_url}/api/v1/messages",
        json=hq_wire.envelope(text, signer.sign(text.encode()).hex(), signer.fingerprint),
    )
    assert response.status_code == 409
    assert count(hq, Message) == 1
    with hq.sessions() as session:
        alert = session.scalars(select(Alert).where(Alert.kind == "conflict")).one()
    assert "restauration ou altération possible" in alert.message


def test_hq_down_keeps_everything_pending_then_delivers(tmp_path: Path, hq: ThreadedHq) -> None:
    ctx, clock = enrolled_cafe(tmp_path, hq, days=0)
    dead = f"http://127.0.0.1:{hq.port + 1 if hq.port < 65000 else hq.port - 1}"
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        conn.execute("UPDATE hq_link SET hq_url = ?", (dead,))
    sell_and_close(ctx, clock, FIRST, 3)
    report = hq_sync.send_pending(ctx)
    assert report.pending == 3 and "injoignable" in (report.problem or "")
    state = hq_sync.status(ctx)
    assert state.text(ctx.clock.now()).startswith("Siège : 3 jours en attente — pas de réseau")
    with closing(sqlite3.connect(ctx.db_path)) as conn, conn:
        conn.execute("UPDATE hq_link SET hq_url = ?", (hq.base_url,))
    assert hq_sync.send_pending(ctx).sent == ["2026-11-02", "2026-11-03", "2026-11-04"]
    assert count(hq, Message) == 3


def test_lost_acknowledgement_is_resent_without_duplicate(tmp_path: Path, hq: ThreadedHq) -> None:
    """The request reaches HQ and is stored, but the answer never comes back."""
    ctx, _clock = enrolled_cafe(tmp_path, hq, days=2)

    class LoseFirstAnswer(httpx.HTTPTransport):
        lost = 0

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = super().handle_request(request)
            if self.lost == 0:
                self.lost += 1
                response.close()
                raise httpx.ReadError("connection reset", request=request)
            return response

    transport = LoseFirstAnswer()
    report = hq_sync.send_pending(
        ctx, client_factory=lambda url: HqClient(url, transport=transport)
    )
    assert report.sent == [] and report.pending == 2
    assert count(hq, Message) == 1  # stored at HQ, not marked sent at the café
    report = hq_sync.send_pending(ctx)
    assert report.sent == ["2026-11-02", "2026-11-03"]
    assert count(hq, Message) == 2


def test_a_restored_old_backup_raises_the_rollback_alert(tmp_path: Path, hq: ThreadedHq) -> None:
    ctx, clock = enrolled_cafe(tmp_path, hq, days=1)
    hq_sync.send_pending(ctx)
    backup = tmp_path / "backup.db"
    source, target = sqlite3.connect(ctx.db_path), sqlite3.connect(backup)
    source.backup(target)
    source.close()
    target.close()
    sell_and_close(ctx, clock, FIRST + dt.timedelta(days=1), 2)
    assert hq_sync.send_pending(ctx).sent == ["2026-11-03", "2026-11-04"]
    assert count(hq, Alert) == 0
    # the PC dies; the café restores last week's backup (with its key) and works on
    ctx.uow.engine.dispose()
    shutil.copy(backup, ctx.db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{ctx.db_path}{suffix}").unlink(missing_ok=True)
    from cafe_pos.app import open_context

    restored = open_context(ctx.db_path, clock=clock)
    sell_and_close(restored, clock, FIRST + dt.timedelta(days=5), 1)
    report = hq_sync.send_pending(restored)
    assert report.sent == ["2026-11-07"]
    with hq.sessions() as session:
        alerts = [a.message for a in session.scalars(select(Alert).where(Alert.kind == "rollback"))]
    assert alerts and all("restauration ou altération possible" in a for a in alerts)
    assert any("a disparu" in a for a in alerts)


def test_key_change_is_announced_by_the_previous_key(tmp_path: Path, hq: ThreadedHq) -> None:
    from cafe_pos.services.signing_key import replace_key

    ctx, clock = enrolled_cafe(tmp_path, hq, days=1)
    new_fingerprint = replace_key(ctx, MANAGER, "PC remplacé")
    sell_and_close(ctx, clock, FIRST + dt.timedelta(days=1), 1)
    kinds = [(kind, status) for kind, _subject, status in outbox(ctx)]
    assert kinds == [("daily", "pending"), ("event", "pending"), ("daily", "pending")]
    report = hq_sync.send_pending(ctx)
    assert report.pending == 0, report.problem
    with hq.sessions() as session:
        row = next(r for r in admin.list_cafes(session) if r.siret == SIRETS[0])
    assert row.key_fingerprint == new_fingerprint


def test_month_archive_is_uploaded_and_verified(tmp_path: Path, hq: ThreadedHq) -> None:
    from cafe_pos.services.closing import close_month

    ctx, clock = enrolled_cafe(tmp_path, hq, days=2)
    clock.set(dt.datetime(2026, 12, 1, 9, tzinfo=clock.at.tzinfo))
    close_month(ctx, MANAGER, 2026, 11)
    assert outbox(ctx)[-1] == ("archive", "2026-11", "pending")
    report = hq_sync.send_pending(ctx)
    assert report.sent[-1] == "2026-11" and report.pending == 0
    with hq.sessions() as session:
        archive = session.scalars(select(Archive)).one()
        assert archive.verified, archive.verifier_output
        assert "Archive intègre" in archive.verifier_output


def test_plain_http_only_to_loopback() -> None:
    from cafe_pos.sync.client import HqUrlRefused, check_hq_url

    assert check_hq_url("https://siege.example.org/") == "https://siege.example.org"
    assert check_hq_url("http://127.0.0.1:8765") == "http://127.0.0.1:8765"
    with pytest.raises(HqUrlRefused, match="HTTPS obligatoire"):
        check_hq_url("http://siege.example.org")
