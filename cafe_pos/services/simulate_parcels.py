"""The parcel relay in ``simulate``: a village café's point relais day after day.

Deliveries come most weekdays and Saturdays (a burst of scans when the driver comes, who
takes back the parcels whose holding period is over and the drop-offs waiting);
recipients collect most parcels the same or the next day, some a few days later, a few
never (those go back); villagers drop off prepaid parcels (now and then one too heavy,
refused); names are purged once their time is over; on the first of each month the
previous month's commission statement is drawn up.

Every choice comes from the day's random generator; a parcel's own fate (when it is
collected, by whom) comes from its tracking number, so it is the same whatever day the
simulation starts. ``RelayDay.plan`` gives the times of the day's relay actions for the
day's timeline; ``play(index)`` does one of them through the parcels service.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from cafe_pos.context import ServiceContext
from cafe_pos.domain import parcels as rules
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.parcels import HandOverProof, IdKind
from cafe_pos.domain.users import Actor
from cafe_pos.services import parcels

FIRST_NAMES = (
    "Marcel", "Josette", "Gérard", "Hélène", "Sophie", "Louis", "Chantal", "Julien", "Camille",
    "Nathalie", "Pierre", "Maryse", "Kevin", "Léa", "Bernard", "Odile", "Thomas", "Inès",
)  # fmt: skip
SURNAMES = (
    "Dupuy", "Bernard", "Lemoine", "Martin", "Roux", "Fabre", "Vidal", "Chabert", "Delmas",
    "Bouchet", "Lacombe", "Vernet", "Couderc", "Albert", "Mercier", "Garnier", "Peyrol",
)  # fmt: skip
# (carrier code, share of the deliveries)
DELIVERY_MIX = (("mondial_relay", 45), ("colissimo", 20), ("relais_pickup", 20), ("amazon", 10))
DELIVERY_DAYS = (1, 2, 3, 4, 5)  # Tuesday .. Saturday
ID_KINDS = (IdKind.ID_CARD, IdKind.ID_CARD, IdKind.ID_CARD, IdKind.DRIVING_LICENCE, IdKind.PASSPORT)


def _fate(tracking: str) -> tuple[int | None, float]:
    """Days until collected (None: never) and a second draw, from the number itself."""
    digest = hashlib.sha256(tracking.encode()).digest()
    roll = digest[0] / 256
    if roll < 0.50:
        delay: int | None = 0
    elif roll < 0.80:
        delay = 1
    elif roll < 0.92:
        delay = 2 + digest[1] % 3
    else:
        delay = None  # never collected: goes back to the carrier
    return delay, digest[2] / 256


def tracking_for(code: str, serial: int) -> str:
    """A plausible number in the carrier's format (with its check digit when it has one)."""
    if code == "mondial_relay":
        return f"{serial % 10**10:010d}"
    if code == "colissimo":
        return f"6A{serial % 10**11:011d}"
    if code == "amazon":
        return f"TBA{serial % 10**12:012d}"
    if code == "ups":
        body = f"{serial % 10**15:015d}"
        return f"1Z{body}{rules.ups_check_digit(body)}"
    digits = f"{serial % 10**8:08d}"  # Relais Pickup / Chronopost: UPU S10
    return f"XY{digits}{rules.s10_check_digit(digits)}FR"


@dataclass
class RelayTally:
    received: int = 0
    handed_over: int = 0
    returned: int = 0
    dropped_off: int = 0
    refused: int = 0
    purged: int = 0
    statements: list[parcels.CommissionStatement] = field(default_factory=list)


@dataclass
class RelayDay:
    """One day of the relay; ``plan`` is [(time, index)], ``play(index)`` runs one step."""

    ctx: ServiceContext
    day: dt.date
    rng: random.Random
    manager: Actor
    staff: Actor
    tally: RelayTally = field(default_factory=RelayTally)
    _steps: list[tuple[dt.time, Callable[[], None]]] = field(default_factory=list)

    @classmethod
    def for_day(
        cls, ctx: ServiceContext, day: dt.date, day_rng: random.Random, manager: Actor, staff: Actor
    ) -> RelayDay:
        # Its own generator (seeded from the day's, without drawing from it): the café's
        # sales stay the same with or without the relay.
        seed = f"relay:{day.isoformat()}:{day_rng.getstate()[1][0]}"
        relay = cls(ctx, day, random.Random(seed), manager, staff)
        relay._prepare()
        return relay

    @property
    def plan(self) -> list[tuple[dt.time, int]]:
        return [(at, index) for index, (at, _) in enumerate(self._steps)]

    def play(self, index: int) -> None:
        self._steps[index][1]()

    # -- the day's steps --------------------------------------------------------------
    def _time(self, first: int, last: int) -> dt.time:
        minute = self.rng.randint(first * 60, last * 60 - 1)
        return dt.time(minute // 60, minute % 60, self.rng.randint(0, 59))

    def _prepare(self) -> None:
        self._steps.append((dt.time(7, 5), self._housekeeping))
        carriers = {c.code: c for c in parcels.list_carriers(self.ctx)}
        self._carriers = carriers
        self._by_id = {c.id: c for c in carriers.values()}
        if self.day.weekday() in DELIVERY_DAYS and self.rng.random() < 0.85:
            at = self._time(9, 11)
            self._steps.append((at, self._delivery))
        on_shelf = [p for p in parcels.on_shelf(self.ctx) if p.kind is rules.ParcelKind.INBOUND]
        for parcel in on_shelf:
            delay, draw = _fate(parcel.tracking)
            if delay is None:
                continue
            due_day = parcel.received_at.date() + dt.timedelta(days=delay)
            if due_day <= self.day:
                start = max(parcel.received_at.hour + 1, 10) if due_day == self.day else 10
                if start < 19:
                    at = self._time(start, 19)
                    self._steps.append((at, self._pick_up(parcel, draw)))
        for _ in range(self.rng.choice((0, 0, 1, 1, 1, 2, 3))):
            self._steps.append((self._time(10, 18), self._drop_off))

    def _housekeeping(self) -> None:
        self.tally.purged += parcels.purge_names(self.ctx, self.manager)
        if self.day.day == 1:
            previous = (self.day - dt.timedelta(days=1)).strftime("%Y-%m")
            self.tally.statements = parcels.commission_statements(self.ctx, previous)

    def _delivery(self) -> None:
        """The driver(s): a burst of scans, then the returns due and the drop-offs."""
        count = max(1, round(self.rng.gauss(7, 3)))
        codes = [c for c, _ in DELIVERY_MIX if c in self._carriers]
        weights = [w for c, w in DELIVERY_MIX if c in self._carriers]
        received: dict[int, list[int]] = {}
        for index in range(count):
            code = self.rng.choices(codes, weights)[0]
            carrier = self._carriers[code]
            serial = self.day.toordinal() * 1000 + index * 7 + 13
            name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES).upper()}"
            try:
                view = parcels.receive(
                    self.ctx,
                    self.staff,
                    tracking=tracking_for(code, serial),
                    carrier_id=carrier.id,
                    recipient_name=name,
                    pickup_code=f"{serial % 10**6:06d}" if carrier.rules.pickup_code else None,
                )
            except UserError:
                self.tally.refused += 1
                continue
            received.setdefault(carrier.id, []).append(view.id)
            self.tally.received += 1
        for carrier in self._carriers.values():
            expected_returns, drops = parcels.visit_expectations(self.ctx, carrier.id)
            ids = received.get(carrier.id, [])
            if not (ids or expected_returns or drops):
                continue
            visit = parcels.driver_visit(
                self.ctx,
                self.staff,
                carrier.id,
                received_ids=ids,
                returned=expected_returns,
                collected=drops,
            )
            self.tally.returned += len(visit.returned)

    def _pick_up(self, parcel: parcels.ParcelView, draw: float) -> Callable[[], None]:
        def step() -> None:
            carrier = self._by_id.get(parcel.carrier_id)
            uses_code = carrier is not None and carrier.rules.pickup_code
            if uses_code:
                proof = HandOverProof(pickup_code_ok=True)
            else:
                proof = HandOverProof(id_checked=True, id_kind=ID_KINDS[int(draw * len(ID_KINDS))])
            try:
                parcels.hand_over(self.ctx, self.staff, parcel.id, proof)
            except UserError:
                self.tally.refused += 1  # returned meanwhile: too late
                return
            self.tally.handed_over += 1

        return step

    def _drop_off(self) -> None:
        code = self.rng.choice([c for c in ("mondial_relay", "colissimo") if c in self._carriers])
        carrier = self._carriers[code]
        serial = self.day.toordinal() * 1000 + 500 + self.rng.randint(0, 499)
        heavy = self.rng.random() < 0.05
        weight = self.rng.randint(31_000, 35_000) if heavy else self.rng.randint(250, 9_000)
        try:
            parcels.drop_off(
                self.ctx,
                self.staff,
                tracking=tracking_for(code, serial + 7_000_000),
                carrier_id=carrier.id,
                weight_g=weight,
            )
        except UserError:
            self.tally.refused += 1  # over the carrier's limit: the villager takes it back
            return
        self.tally.dropped_off += 1
