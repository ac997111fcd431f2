"""What the dashboard's pages show, read from the daily messages HQ holds — always through
the user's ``Scope``: a territorial manager's queries carry the condition on their cafés,
so another café's figures never leave the database for them.

Windows (business days, Paris): "hier" is the day before ``today``; "30 jours" the 30 days
before ``today``; the trend compares the last 7 days' own turnover with the weekly
average of the 4 weeks before them (``trend_bp``, basis points, None without enough
history). Sums use the columns pulled out of the messages (own turnover, third-party
money, tickets); the café page reads its 90 days of message bodies.

The network page's café list is searched (name, town or SIRET; accents and case ignored),
sorted by a whitelisted column and cut into pages of ``PAGE_SIZE`` (``cafe_list_page``)
after the one scoped query: its totals need every one of the user's cafés anyway, and
sorting or searching a thousand lines in memory costs well under a millisecond.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Integer, case, cast, func, or_, select
from sqlalchemy.orm import Session

from cafe_pos.domain import hq_wire
from cafe_pos.domain.clock import PARIS
from cafe_pos.domain.text import fold, search_key, visible_text
from cafe_pos.hq.auth import Scope
from cafe_pos.hq.models import Alert, Archive, Cafe, CapExcess, Message

T = TypeVar("T")
U = TypeVar("U")
DAILY = hq_wire.KIND_DAILY
SILENT_DAYS = 2  # no figures for yesterday nor the day before (or never, once enrolled)
TREND_DAYS = 7
BASELINE_DAYS = 28
MIN_BASELINE_DAYS = 20  # days with figures in the baseline before a trend is shown
CAFE_PAGE_DAYS = 90
PAGE_SECTIONS = (
    "sales_by_family", "sales_by_hour", "cash", "responsible_sale", "stock", "bread",
    "parcels", "press", "purchase_caps",
)  # fmt: skip
CAP_LINES_SHOWN = 20
CHAIN_ALERTS = ("rollback", "conflict", "integrity", "signature")
# the network page's sortable columns (whitelist: the query string picks one of these keys,
# never a piece of SQL); see ``sort_cafes``
SORTS = (
    "name", "yesterday", "turnover", "third_party", "tickets", "basket", "trend", "last_sync",
    "alerts",
)  # fmt: skip
PAGE_SIZE = 50
SEARCH_MAX = 80
SIRET_SEARCH_MIN = 5  # digits: a shorter number is looked for in names only ("n° 7")


def paris_midnight_utc(day: dt.date) -> dt.datetime:
    """The start of a Paris day as HQ stores times (UTC, naive)."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=PARIS)
    return start.astimezone(dt.UTC).replace(tzinfo=None)


def to_paris(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment.replace(tzinfo=dt.UTC).astimezone(PARIS)


@dataclass(slots=True)
class Totals:
    own_cents: int = 0
    third_party_cents: int = 0
    tickets: int = 0
    total_cents: int = 0

    @property
    def basket_cents(self) -> int:
        """Average takings per ticket, rounded half up."""
        return (self.total_cents * 2 + self.tickets) // (self.tickets * 2) if self.tickets else 0

    def add(self, other: Totals) -> None:
        self.own_cents += other.own_cents
        self.third_party_cents += other.third_party_cents
        self.tickets += other.tickets
        self.total_cents += other.total_cents


@dataclass(slots=True)
class CafeLine:
    siret: str
    name: str
    yesterday: Totals
    month: Totals
    trend_bp: int | None
    last_received: dt.datetime | None  # Paris time
    last_day: dt.date | None
    open_alerts: int
    synced_today: bool
    silent: bool
    town: str = ""


@dataclass(slots=True)
class Network:
    today: dt.date
    yesterday: Totals
    month: Totals
    cafes: list[CafeLine]
    synced_today: int
    silent: int
    open_alerts: int


_FIGURES = (
    "y_own", "y_third", "y_tickets", "y_total", "m_own", "m_third", "m_tickets", "m_total",
    "w_own", "b_own", "b_days",
)  # fmt: skip


def percent_text(bp: int, signed: bool = True) -> str:
    """Basis points as "−23 %" / "15,2 %" (French)."""
    sign = "−" if bp < 0 else ("+" if signed and bp > 0 else "")
    tenths = (abs(bp) + 5) // 10
    whole, rest = divmod(tenths, 10)
    return f"{sign}{whole},{rest} %" if rest else f"{sign}{whole} %"


def trend_bp(last_week: int, baseline: int, baseline_days: int) -> int | None:
    """Last 7 days against the weekly average of the 4 weeks before (basis points)."""
    if baseline_days < MIN_BASELINE_DAYS or baseline <= 0:
        return None
    return (last_week * 4 - baseline) * 10000 // baseline


def network(
    session: Session, scope: Scope, today: dt.date, sort: str = "turnover", descending: bool = True
) -> Network:
    """The network page: yesterday, the last 30 days, and one line per café."""
    yesterday = today - dt.timedelta(days=1)
    month_start = today - dt.timedelta(days=30)
    week_start = today - dt.timedelta(days=TREND_DAYS)
    base_start = week_start - dt.timedelta(days=BASELINE_DAYS)
    m = Message

    def _sum(condition: Any, value: Any) -> Any:
        return func.coalesce(func.sum(case((condition, value), else_=0)), 0)

    is_y = m.business_date == yesterday
    in_month = m.business_date >= month_start
    in_week = m.business_date >= week_start
    # one statement (one round trip, one plan): the figures per café over the 5 weeks,
    # the open alerts per café, and the cafés with their last reception and last day
    figures = (
        select(
            m.cafe_id.label("cafe_id"),
            _sum(is_y, m.own_sales_cents).label("y_own"),
            _sum(is_y, m.third_party_cents).label("y_third"),
            _sum(is_y, m.tickets).label("y_tickets"),
            _sum(is_y, m.total_cents).label("y_total"),
            _sum(in_month, m.own_sales_cents).label("m_own"),
            _sum(in_month, m.third_party_cents).label("m_third"),
            _sum(in_month, m.tickets).label("m_tickets"),
            _sum(in_month, m.total_cents).label("m_total"),
            _sum(in_week, m.own_sales_cents).label("w_own"),
            _sum(~in_week, m.own_sales_cents).label("b_own"),
            _sum(~in_week, 1).label("b_days"),
        )
        .where(
            scope.cafe_filter(m.cafe_id),
            m.kind == DAILY,
            m.business_date >= base_start,
            m.business_date < today,
        )
        .group_by(m.cafe_id)
        .subquery("figures")
    )
    open_alerts = (
        select(Alert.cafe_id.label("cafe_id"), func.count().label("n"))
        .where(Alert.acknowledged_at.is_(None), Alert.cafe_id.is_not(None))
        .group_by(Alert.cafe_id)
        .subquery("open_alerts")
    )
    last_received = select(func.max(m.received_at)).where(m.cafe_id == Cafe.id).scalar_subquery()
    last_day = (
        select(func.max(m.business_date))
        .where(m.cafe_id == Cafe.id, m.kind == DAILY)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Cafe.siret,
            Cafe.name,
            Cafe.town,
            Cafe.enrolled_at,
            last_received,
            last_day,
            func.coalesce(open_alerts.c.n, 0),
            *[figures.c[name] for name in _FIGURES],
        )
        .outerjoin(figures, figures.c.cafe_id == Cafe.id)
        .outerjoin(open_alerts, open_alerts.c.cafe_id == Cafe.id)
        .where(scope.cafe_filter())
    ).all()
    unattached = 0
    if scope.is_admin:
        unattached = int(
            session.scalar(
                select(func.count()).where(Alert.cafe_id.is_(None), Alert.acknowledged_at.is_(None))
            )
            or 0
        )
    today_start = paris_midnight_utc(today)
    silent_before = today - dt.timedelta(days=SILENT_DAYS)
    result = Network(today, Totals(), Totals(), [], 0, 0, unattached)
    for siret, name, town, enrolled_at, received, day, alerts_count, *sums in rows:
        v = [int(x or 0) for x in sums]
        y = Totals(v[0], v[1], v[2], v[3])
        month = Totals(v[4], v[5], v[6], v[7])
        trend = trend_bp(v[8], v[9], v[10])
        synced = received is not None and received >= today_start
        silent = is_silent(day, enrolled_at, silent_before)
        if silent:
            trend = None  # days missing, not sales: no trend to show
        line = CafeLine(
            siret, name, y, month, trend, to_paris(received), day,
            int(alerts_count), synced, silent, town or "",
        )  # fmt: skip
        result.cafes.append(line)
        result.yesterday.add(y)
        result.month.add(month)
        result.synced_today += synced
        result.silent += silent
        result.open_alerts += line.open_alerts
    sort_cafes(result.cafes, sort, descending)
    return result


def is_silent(last_day: dt.date | None, enrolled_at: dt.datetime | None, before: dt.date) -> bool:
    """No daily figures since ``before`` (or none at all from a café enrolled before it)."""
    if last_day is not None:
        return last_day < before
    return enrolled_at is not None and enrolled_at.date() < before


def sort_cafes(cafes: list[CafeLine], sort: str, descending: bool) -> None:
    """Sort in place; cafés without the figure (no trend yet, never synced) come last."""
    keys: dict[str, Any] = {
        "name": lambda c: fold(c.name),
        "yesterday": lambda c: c.yesterday.own_cents,
        "turnover": lambda c: c.month.own_cents,
        "third_party": lambda c: c.month.third_party_cents,
        "tickets": lambda c: c.month.tickets,
        "basket": lambda c: c.month.basket_cents,
        "trend": lambda c: c.trend_bp,
        "last_sync": lambda c: c.last_received,
        "alerts": lambda c: c.open_alerts,
    }
    key = keys.get(sort, keys["turnover"])
    known = [c for c in cafes if key(c) is not None]
    known.sort(key=lambda c: fold(c.name))  # ties in a stable order (name, then SIRET)
    known.sort(key=key, reverse=descending)
    cafes[:] = known + [c for c in cafes if key(c) is None]


@dataclass(frozen=True, slots=True)
class ListPage(Generic[T]):
    """One page of a list of cafés (the network page's, the administration's), after the
    search."""

    lines: list[T]
    page: int  # 1-based, within 1..pages
    pages: int  # at least 1
    matching: int  # cafés found by the search (all the user's cafés without one)
    first: int  # position of the page's first line (1-based; 0 when nothing matches)
    last: int
    search: str

    def with_lines(self, lines: list[U]) -> ListPage[U]:
        """The same page carrying other lines (e.g. the page's cafés with their counts)."""
        return ListPage(
            lines, self.page, self.pages, self.matching, self.first, self.last, self.search
        )

    @property
    def links(self) -> list[int | None]:
        """Page numbers to link to: the first, the last and two either side of this one
        (None where numbers are skipped)."""
        shown = sorted(
            {1, self.pages}
            | {n for n in range(self.page - 2, self.page + 3) if 1 <= n <= self.pages}
        )
        out: list[int | None] = []
        previous = 0
        for number in shown:
            if number - previous > 1:
                out.append(None)
            out.append(number)
            previous = number
        return out


def search_words(text: str) -> list[str]:
    """A search as folded words: accents, case and punctuation ignored ("St-Éloi" ->
    ["st", "eloi"]), like the café app's product search."""
    return search_key(text[:SEARCH_MAX]).split()


def search_page(
    items: list[T],
    search: str,
    page: int,
    fields: Callable[[T], tuple[str, str, str]],
    size: int = PAGE_SIZE,
) -> ListPage[T]:
    """The items whose (name, town, SIRET) match ``search`` — every folded word in the name
    or the town, or a number of 5 digits or more (spaces ignored) in the SIRET — page
    ``page`` of them (clamped to the pages there are), in their order."""
    search = " ".join(search.split())[:SEARCH_MAX]
    words = search_words(search)
    digits = "".join(search.split())
    digits = digits if digits.isdigit() and len(digits) >= SIRET_SEARCH_MIN else ""

    def matches(item: T) -> bool:
        name, town, siret = fields(item)
        if digits and digits in siret:
            return True
        key = f"{search_key(name)} {search_key(town)}"
        return all(word in key for word in words)

    found = [item for item in items if matches(item)] if words else items
    pages = max(1, -(-len(found) // size))
    page = min(max(1, page), pages)
    start = (page - 1) * size
    shown = found[start : start + size]
    first = start + 1 if shown else 0
    return ListPage(shown, page, pages, len(found), first, start + len(shown), search)


def cafe_list_page(
    lines: list[CafeLine], search: str = "", page: int = 1, size: int = PAGE_SIZE
) -> ListPage[CafeLine]:
    """The network page's cafés (already scoped to the user and sorted) that match
    ``search``, page ``page`` of them."""
    return search_page(lines, search, page, lambda c: (c.name, c.town, c.siret), size)


# --- one café --------------------------------------------------------------------------


@dataclass(slots=True)
class ServiceTotals:
    parcels: dict[str, int] = field(default_factory=dict)
    bread: dict[str, int] = field(default_factory=dict)
    press: dict[str, int] = field(default_factory=dict)
    responsible: dict[str, int] = field(default_factory=dict)
    losses_by_reason: dict[str, int] = field(default_factory=dict)
    caps: dict[str, int] = field(default_factory=dict)  # reception lines against price caps

    @property
    def cap_compliance_bp(self) -> int | None:
        """Share of the capped reception lines bought at or below the network's cap."""
        lines = self.caps.get("capped_lines", 0)
        return (lines - self.caps.get("above_cap_lines", 0)) * 10000 // lines if lines else None

    @property
    def bread_waste_bp(self) -> int | None:
        delivered = self.bread.get("delivered", 0)
        return self.bread.get("unsold", 0) * 10000 // delivered if delivered else None

    @property
    def non_alcoholic_bp(self) -> int | None:
        drinks = self.responsible.get("drinks", 0)
        return self.responsible.get("non_alcoholic_drinks", 0) * 10000 // drinks if drinks else None


@dataclass(slots=True)
class CafePage:
    cafe_id: int
    siret: str
    name: str
    enrolled_at: dt.datetime | None
    key_fingerprint: str
    today: dt.date
    days: list[dict[str, Any]]  # one per business day with figures, oldest first
    month: Totals
    quarter: Totals
    trend_bp: int | None
    last_received: dt.datetime | None
    services_month: ServiceTotals
    services_quarter: ServiceTotals
    stock_value_cents: int | None
    stock_value_day: dt.date | None
    cash_days: list[tuple[dt.date, int]]  # days with a counted difference
    chain: dict[str, Any]
    archives: list[dict[str, Any]]
    alerts: list[dict[str, Any]]
    families: dict[str, int]
    hours: list[int]  # average takings per hour of day (cents), 0..23
    cash_counted_days: int = 0
    cap_excesses: list[dict[str, Any]] = field(default_factory=list)  # newest first


def visible_cafe(session: Session, scope: Scope, siret: str) -> Cafe | None:
    """The café if this user may see it (None otherwise: the page answers 404)."""
    return session.scalar(select(Cafe).where(Cafe.siret == siret, scope.cafe_filter()))


def add_counts(target: dict[str, int], section: dict[str, Any] | None) -> None:
    for key, value in (section or {}).items():
        if isinstance(value, int) and not isinstance(value, bool):
            target[key] = target.get(key, 0) + value


def cafe_page(session: Session, scope: Scope, siret: str, today: dt.date) -> CafePage | None:
    cafe = visible_cafe(session, scope, siret)
    if cafe is None:
        return None
    start = today - dt.timedelta(days=CAFE_PAGE_DAYS)
    month_start = today - dt.timedelta(days=30)
    rows = session.execute(
        select(
            Message.business_date,
            Message.own_sales_cents,
            Message.third_party_cents,
            Message.tickets,
            Message.total_cents,
            # only the parts of the body the page shows (parsed, unlike the rest)
            *[Message.data[key] for key in PAGE_SECTIONS],
        )
        .where(
            Message.cafe_id == cafe.id,
            Message.kind == DAILY,
            Message.business_date >= start,
            Message.business_date <= today,
        )
        .order_by(Message.business_date, Message.version)
    ).all()
    page = CafePage(
        cafe.id, cafe.siret, cafe.name, cafe.enrolled_at, cafe.key_fingerprint or "", today,
        [], Totals(), Totals(), None, None, ServiceTotals(), ServiceTotals(), None, None, [],
        {}, [], [], dict.fromkeys(hq_wire.FAMILIES, 0), [0] * 24,
    )  # fmt: skip
    week_start = today - dt.timedelta(days=TREND_DAYS)
    base_start = week_start - dt.timedelta(days=BASELINE_DAYS)
    week = base = base_days = 0
    hour_sums = [0] * 24
    for day, own, third, tickets, total, *sections in rows:
        own, third, tickets, total = (
            int(own or 0),
            int(third or 0),
            int(tickets or 0),
            int(total or 0),
        )
        if base_start <= day < week_start:
            base += own
            base_days += 1
        elif week_start <= day < today:
            week += own
        figures = Totals(own, third, tickets, total)
        page.quarter.add(figures)
        services = [page.services_quarter]
        if day >= month_start:
            page.month.add(figures)
            services.append(page.services_month)
        data = {key: value for key, value in zip(PAGE_SECTIONS, sections, strict=True) if value}
        for totals in services:
            add_counts(totals.parcels, data.get("parcels"))
            add_counts(totals.bread, data.get("bread"))
            add_counts(totals.press, data.get("press"))
            add_counts(totals.responsible, data.get("responsible_sale"))
            add_counts(totals.caps, data.get("purchase_caps"))
            for loss in (data.get("stock") or {}).get("losses_by_reason", []):
                reason = str(loss.get("reason", ""))
                totals.losses_by_reason[reason] = totals.losses_by_reason.get(reason, 0) + int(
                    loss.get("value_cents", 0)
                )
        for name, cents in (data.get("sales_by_family") or {}).items():
            page.families[name] = page.families.get(name, 0) + int(cents)
        for entry in data.get("sales_by_hour") or []:
            hour = int(entry.get("hour", 0))
            if 0 <= hour < 24:
                hour_sums[hour] += int(entry.get("total_cents", 0))
        stock = data.get("stock")
        if stock is not None:
            page.stock_value_cents = int(stock.get("value_cents", 0))
            page.stock_value_day = day
        cash = data.get("cash") or {}
        if cash.get("counted_sessions"):
            page.cash_counted_days += 1
            if cash.get("difference_cents"):
                page.cash_days.append((day, int(cash["difference_cents"])))
        bread = data.get("bread") or {}
        parcels = data.get("parcels") or {}
        press = data.get("press") or {}
        responsible = data.get("responsible_sale") or {}
        caps = data.get("purchase_caps") or {}
        page.days.append(
            {
                "date": day.isoformat(),
                "own": own,
                "third": third,
                "tickets": tickets,
                "basket": Totals(0, 0, tickets, total).basket_cents,
                "families": data.get("sales_by_family") or {},
                "bread_delivered": int(bread.get("delivered", 0)),
                "bread_sold": int(bread.get("sold", 0)),
                "bread_unsold": int(bread.get("unsold", 0)),
                "parcels_received": int(parcels.get("received", 0)),
                "parcels_handed_over": int(parcels.get("handed_over", 0)),
                "parcels_commission": int(parcels.get("commission_cents", 0)),
                "press_sold": int(press.get("sold", 0)),
                "press_takings": int(press.get("takings_cents", 0)),
                "age_checks": int(responsible.get("age_checks", 0)),
                "refusals": int(responsible.get("refusals", 0)),
                "stock_value": (stock or {}).get("value_cents"),
                "above_cap_lines": int(caps.get("above_cap_lines", 0)),
                "cash_counted": bool(cash.get("counted_sessions")),
                "cash_difference": int(cash.get("difference_cents", 0) or 0),
            }
        )
    page.trend_bp = trend_bp(week, base, base_days)
    days_seen = len(page.days)
    page.hours = [
        (cents * 2 + days_seen) // (days_seen * 2) if days_seen else 0 for cents in hour_sums
    ]
    last_received, page.chain = _chain(session, cafe.id)
    page.last_received = to_paris(last_received)
    page.archives = [
        {
            "period": a.period,
            "file_name": a.file_name,
            "size": a.size,
            "sha256": a.sha256,
            "verified": a.verified,
            "received_at": to_paris(a.received_at),
        }
        for a in session.execute(
            select(
                Archive.period,
                Archive.file_name,
                Archive.size,
                Archive.sha256,
                Archive.verified,
                Archive.received_at,
            )
            .where(Archive.cafe_id == cafe.id)
            .order_by(Archive.period.desc())
        )
    ]
    page.alerts = alerts(session, scope, cafe_id=cafe.id, include_acknowledged=True, limit=50)
    if page.services_quarter.caps.get("above_cap_lines"):
        page.cap_excesses = [
            {
                "day": e.business_date,
                "product": e.product,
                "supplier": e.supplier,
                "unit_cost_cents": e.unit_cost_cents,
                "cap_cents": e.cap_cents,
                "qty_milli": e.qty_milli,
                "excess_cents": e.excess_cents,
            }
            for e in session.scalars(
                select(CapExcess)
                .where(CapExcess.cafe_id == cafe.id, CapExcess.business_date >= start)
                .order_by(CapExcess.business_date.desc(), CapExcess.id)
                .limit(CAP_LINES_SHOWN)
            )
        ]
    return page


def _chain(session: Session, cafe_id: int) -> tuple[dt.datetime | None, dict[str, Any]]:
    """When HQ last heard of the café, the newest chain head it pinned, and whether a break
    is suspected (one round trip)."""
    m = Message
    newest = (
        select(m.id)
        .where(m.cafe_id == cafe_id, m.kind == DAILY)
        .order_by(m.business_date.desc(), m.version.desc())
        .limit(1)
        .scalar_subquery()
    )

    def of_newest(column: Any) -> Any:
        return select(column).where(m.id == newest).scalar_subquery()

    received, day, position, chain_hash, pinned, breaks = session.execute(
        select(
            select(func.max(m.received_at)).where(m.cafe_id == cafe_id).scalar_subquery(),
            of_newest(m.business_date),
            of_newest(m.chain_position),
            of_newest(m.chain_hash),
            select(func.count())
            .select_from(m)
            .where(m.cafe_id == cafe_id, m.kind == DAILY)
            .scalar_subquery(),
            select(func.count())
            .select_from(Alert)
            .where(
                Alert.cafe_id == cafe_id,
                Alert.kind.in_(CHAIN_ALERTS),
                Alert.acknowledged_at.is_(None),
            )
            .scalar_subquery(),
        )
    ).one()
    return received, {
        "day": day,
        "position": int(position) if position is not None else None,
        "hash": str(chain_hash or ""),
        "pinned_days": int(pinned or 0),
        "open_breaks": int(breaks or 0),
    }


# --- alerts --------------------------------------------------------------------------


def alerts(
    session: Session,
    scope: Scope,
    *,
    cafe_id: int | None = None,
    include_acknowledged: bool = False,
    limit: int = 500,
) -> list[dict[str, Any]]:
    """Alerts the user may see, newest first (an alert tied to no café: administrators)."""
    query = select(Alert, Cafe.siret, Cafe.name).outerjoin(Cafe, Cafe.id == Alert.cafe_id)
    if scope.is_admin:
        query = query.where(or_(Alert.cafe_id.is_(None), scope.cafe_filter()))
    else:
        query = query.where(Alert.cafe_id.is_not(None), scope.cafe_filter())
    if cafe_id is not None:
        query = query.where(Alert.cafe_id == cafe_id)
    if not include_acknowledged:
        query = query.where(Alert.acknowledged_at.is_(None))
    query = query.order_by(
        cast(Alert.acknowledged_at.is_not(None), Integer),
        Alert.business_date.desc().nulls_last(),
        Alert.id.desc(),
    ).limit(limit)
    return [
        {
            "id": a.id,
            "kind": a.kind,
            "siret": siret,
            "cafe": name,
            "business_date": a.business_date,
            "message": a.message,
            "created_at": to_paris(a.created_at),
            "acknowledged_at": to_paris(a.acknowledged_at),
            "acknowledged_by": a.acknowledged_by,
            "note": a.note,
        }
        for a, siret, name in session.execute(query)
    ]


def acknowledge(
    session: Session, scope: Scope, alert_id: int, note: str, now: dt.datetime
) -> str | None:
    """Mark a visible alert as seen, with the user's note. The café's SIRET (None when
    the alert is not visible to the user: the page answers 404)."""
    query = (
        select(Alert, Cafe.siret)
        .outerjoin(Cafe, Cafe.id == Alert.cafe_id)
        .where(Alert.id == alert_id)
    )
    if scope.is_admin:
        query = query.where(or_(Alert.cafe_id.is_(None), scope.cafe_filter()))
    else:
        query = query.where(Alert.cafe_id.is_not(None), scope.cafe_filter())
    row = session.execute(query).first()
    if row is None:
        return None
    alert, siret = row
    if alert.acknowledged_at is None:
        alert.acknowledged_at = now
        alert.acknowledged_by = scope.name[:120]
        alert.note = visible_text(note).strip()[:2000]
        session.commit()
    return str(siret or "")


def by_family_weeks(days: list[dict[str, Any]]) -> dict[str, list[int]]:
    """The activity mix per week (for the stacked chart)."""
    weeks: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(hq_wire.FAMILIES, 0))
    for day in days:
        monday = dt.date.fromisoformat(day["date"])
        monday -= dt.timedelta(days=monday.weekday())
        for name, cents in day["families"].items():
            weeks[monday.isoformat()][name] = weeks[monday.isoformat()].get(name, 0) + int(cents)
    return {week: [weeks[week][f] for f in hq_wire.FAMILIES] for week in sorted(weeks)}
