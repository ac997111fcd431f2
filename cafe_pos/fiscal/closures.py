"""Writing a closure (day, month or year) as a signed, chained record with its period
totals and perpetual grand totals, which are never reset:

    GT     = previous GT (same kind of closure) + sales − |refunds|
    GT abs = previous GT abs + sales + |refunds|

and the same per VAT rate. The closure also pins the chain head it was taken on.
Runs inside the caller's transaction (``cafe_pos.services.closing`` decides when).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.vat import format_rate
from cafe_pos.fiscal import canonical, chain
from cafe_pos.fiscal.codes import RecordType
from cafe_pos.fiscal.records import load_closures
from cafe_pos.fiscal.totals import PeriodTotals, VatTotal, period_totals
from cafe_pos.store.models.fiscal import Closure, ClosurePayment, ClosureVat

KINDS = ("day", "month", "year")


@dataclass(frozen=True, slots=True)
class Perpetual:
    """Grand totals after a closure: overall and per VAT rate (rate, GT, GT abs)."""

    total_cents: int
    absolute_cents: int
    by_rate: tuple[tuple[int, int, int], ...]


def previous_closure(session: Session, register: str, kind: str, before: dt.date) -> Closure | None:
    """The latest closure of ``kind`` that ends before ``before``."""
    return session.scalars(
        select(Closure)
        .where(Closure.register == register, Closure.kind == kind, Closure.last_day < before)
        .order_by(Closure.last_day.desc())
        .limit(1)
    ).first()


def next_perpetual(previous: Closure | None, totals: PeriodTotals) -> Perpetual:
    """The grand totals a closure of ``totals`` carries after ``previous``."""
    rates: dict[int, tuple[int, int]] = {}
    if previous is not None:
        for line in previous.vat_lines:
            rates[line.vat_bp] = (line.perpetual_total_cents, line.perpetual_total_absolute_cents)
    for vat in totals.vat_lines:
        gt, gt_abs = rates.get(vat.rate_bp, (0, 0))
        rates[vat.rate_bp] = (
            gt + vat.sales_cents - vat.refunds_cents,
            gt_abs + vat.sales_cents + vat.refunds_cents,
        )
    base_gt = previous.perpetual_total_cents if previous else 0
    base_abs = previous.perpetual_total_absolute_cents if previous else 0
    return Perpetual(
        base_gt + totals.sales_cents - totals.refunds_cents,
        base_abs + totals.sales_cents + totals.refunds_cents,
        tuple((rate, *rates[rate]) for rate in sorted(rates, reverse=True)),
    )


def write_closure(
    ctx: ServiceContext,
    session: Session,
    kind: str,
    period: str,
    first_day: dt.date,
    last_day: dt.date,
    user_name: str,
) -> tuple[Closure, chain.Sealed, chain.Slot]:
    """Compute, insert and seal one closure (the caller has checked it may be closed)."""
    if kind not in KINDS:
        raise ValueError(f"unknown closure kind {kind!r}")
    totals = period_totals(session, ctx.register, first_day, last_day)
    perpetual = next_perpetual(previous_closure(session, ctx.register, kind, first_day), totals)
    slot = chain.prepare(ctx, session)
    head_position = slot.head.position if slot.head else 0
    head_hash = slot.head.hash if slot.head else canonical.GENESIS_HASH
    closure = Closure(
        register=ctx.register,
        kind=kind,
        period=period,
        first_day=first_day,
        last_day=last_day,
        closed_at=slot.at,
        user_name=user_name,
        **canonical.period_figures(totals),
        perpetual_total_cents=perpetual.total_cents,
        perpetual_total_absolute_cents=perpetual.absolute_cents,
        head_position=head_position,
        head_hash=head_hash,
    )
    session.add(closure)
    session.flush()
    period_vat = {vat.rate_bp: vat for vat in totals.vat_lines}
    for rate, gt, gt_abs in perpetual.by_rate:
        vat = period_vat.get(rate, VatTotal(rate, 0, 0, 0, 0, 0))
        session.add(
            ClosureVat(
                closure_id=closure.id,
                vat_bp=rate,
                **{name: getattr(vat, name) for name in canonical.VAT_FIGURES},
                perpetual_total_cents=gt,
                perpetual_total_absolute_cents=gt_abs,
            )
        )
    for method, amount in totals.payments:
        session.add(ClosurePayment(closure_id=closure.id, method=method, amount_cents=amount))
    session.flush()
    record = load_closures(session, [closure.id])[closure.id]
    sealed = chain.append(
        ctx,
        session,
        slot,
        RecordType.CLOSURE,
        canonical.closure_data(record),
        closure_id=closure.id,
    )
    return closure, sealed, slot


def totals_difference(record: canonical.ClosureRecord, totals: PeriodTotals) -> str | None:
    """The first period figure of a stored closure that differs from the tickets."""
    stored = canonical.period_figures(record.header)
    expected = canonical.period_figures(totals)
    for figure in canonical.PERIOD_FIGURES:
        if stored[figure.column] != expected[figure.column]:
            return (
                f"{figure.label} : {stored[figure.column]} au lieu de {expected[figure.column]} "
                "d'après les tickets"
            )
    zero = (0,) * len(canonical.VAT_FIGURES)
    stored_vat = {
        v.vat_bp: canonical.vat_figures(v) for v in record.vat if canonical.vat_figures(v) != zero
    }
    expected_vat = {v.rate_bp: canonical.vat_figures(v) for v in totals.vat_lines}
    if stored_vat != expected_vat:
        return "totaux par taux de TVA différents des tickets"
    stored_payments = {p.method: p.amount_cents for p in record.payments}
    if stored_payments != dict(totals.payments):
        return "totaux par moyen de paiement différents des tickets"
    return None


def perpetual_difference(
    record: canonical.ClosureRecord, previous: canonical.ClosureRecord | None
) -> str | None:
    """Whether a closure's grand totals follow from the previous closure of its kind."""
    h = record.header
    gt = (previous.header.perpetual_total_cents if previous else 0) + h.sales_cents
    gt -= h.refunds_cents
    gt_abs = previous.header.perpetual_total_absolute_cents if previous else 0
    gt_abs += h.sales_cents + h.refunds_cents
    if h.perpetual_total_cents != gt:
        return f"grand total perpétuel {h.perpetual_total_cents} au lieu de {gt}"
    if h.perpetual_total_absolute_cents != gt_abs:
        return (
            f"grand total perpétuel absolu {h.perpetual_total_absolute_cents} au lieu de {gt_abs}"
        )
    before = {
        v.vat_bp: (v.perpetual_total_cents, v.perpetual_total_absolute_cents)
        for v in (previous.vat if previous else [])
    }
    for v in record.vat:
        prev_gt, prev_abs = before.pop(v.vat_bp, (0, 0))
        if v.perpetual_total_cents != prev_gt + v.sales_cents - v.refunds_cents or (
            v.perpetual_total_absolute_cents != prev_abs + v.sales_cents + v.refunds_cents
        ):
            return f"grand total perpétuel du taux {format_rate(v.vat_bp)} % incohérent"
    if before:
        return "un taux de TVA a disparu des grands totaux perpétuels"
    return None
