"""A simulated month plays the press, stamps and payments to the beneficiaries: the
third-party money of several beneficiaries and the commission on each show in the month
report, and the ledger never lets the café owe less than nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from reports_factory import MANAGER, set_identity
from sqlalchemy import select

from cafe_pos.app import open_context
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.services import parcels, press, third_party
from cafe_pos.services.accounting_export import accounting_rows
from cafe_pos.services.figures import month_figures
from cafe_pos.services.simulate import simulate
from cafe_pos.store.models.sync import OutboxMessage


def test_a_simulated_month_holds_money_for_several_beneficiaries(tmp_path: Path) -> None:
    clock = FixedClock(dt.datetime(2026, 9, 30, 8, 0, tzinfo=PARIS))
    ctx = open_context(tmp_path / "cafe.db", clock=clock)
    set_identity(ctx)
    simulate(ctx, days=31, seed=1, start=dt.date(2026, 10, 1))
    clock.set(dt.datetime(2026, 11, 1, 9, 0, tzinfo=PARIS))

    october = month_figures(ctx, 2026, 10)
    by_name = {b.name: b for b in october.third_party_by_beneficiary}
    assert {"France Messagerie", "MLP", "La Poste"} <= set(by_name)
    for name in ("France Messagerie", "MLP", "La Poste"):
        assert by_name[name].takings_cents > 0 and by_name[name].commission_cents > 0
    assert october.commission_cents == sum(b.commission_cents for b in by_name.values())
    assert october.own_turnover_cents == october.own_sales_cents + october.commission_cents
    # the parcel relay's commission is the café's service revenue too, never a till sale
    assert october.relay_commission_cents == parcels.month_commission_cents(ctx, "2026-10") > 0
    assert october.to_json_dict()["relay_commission_cents"] == october.relay_commission_cents
    # Returns went back before their deadline: nothing older than today is still due.
    assert all(v.return_deadline >= dt.date(2026, 10, 31) for v in press.returns_due(ctx))
    # The 5th of October paid September's (nothing) — payments never exceed what is owed.
    for balance in third_party.balances(ctx):
        assert balance.owed_cents >= 0
    mlp = next(b for b in third_party.balances(ctx) if b.name == "MLP")
    fm = next(b for b in third_party.balances(ctx) if b.name == "France Messagerie")
    statement = press.statement(
        ctx, MANAGER, mlp.beneficiary_id, dt.date(2026, 10, 1), dt.date(2026, 10, 31)
    )
    assert statement.takings_cents == by_name["MLP"].takings_cents
    assert statement.commission_cents == by_name["MLP"].commission_cents
    assert sum(line.sold for line in statement.lines) > 0
    assert sum(line.returned for line in statement.lines) > 0
    rows = accounting_rows(ctx, MANAGER, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    commissions = [r for r in rows if r.kind == "COMMISSION"]
    assert sum(r.total_cents for r in commissions) == october.commission_cents
    assert {"France Messagerie", "MLP", "La Poste"} <= {r.code for r in commissions}

    # HQ's daily messages carry the press, stock and bread sections and the commission,
    # by kind of beneficiary only (never a name)
    with ctx.uow(read_only=True) as uow:
        bodies = [
            json.loads(body)
            for body in uow.session.scalars(
                select(OutboxMessage.body).where(OutboxMessage.kind == "daily")
            )
        ]
    assert len(bodies) == 31
    data = [body["data"] for body in bodies]
    assert sum(d["third_party"]["commission_cents"] for d in data) == october.commission_cents
    assert all("press" in d and "stock" in d for d in data[1:])
    assert sum(d["press"]["sold"] for d in data if "press" in d) == sum(
        line.sold for line in press.statement(
            ctx, MANAGER, mlp.beneficiary_id, dt.date(2026, 10, 1), dt.date(2026, 10, 31)
        ).lines
    ) + sum(
        line.sold for line in press.statement(
            ctx, MANAGER, fm.beneficiary_id, dt.date(2026, 10, 1), dt.date(2026, 10, 31)
        ).lines
    )  # fmt: skip
    text = json.dumps(bodies, ensure_ascii=False)
    assert "MLP" not in text and "Messagerie" not in text
