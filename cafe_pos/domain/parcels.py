"""Parcel relay rules (point relais colis), as plain Python.

- each carrier's defaults (holding period in calendar or working days, who may collect for
  someone else, drop-off limits, commission per event), as data the café can change;
- tracking numbers: normalised, recognised by format to *suggest* a carrier (a clerk can
  always choose another), with the check digit verified where the format has one (UPU S10,
  UPS 1Z, DPD's 28-character label code);
- a parcel's life cycle and its refusals: an inbound parcel is received, then handed over
  or returned to the carrier; a drop-off is taken in, then handed to the driver;
- return-due dates, commission arithmetic in integer cents, shelf slots.

Refusals are ``UserError``s with one French sentence. Personal data is limited to the name
printed on the label; an identity document is recorded as "checked" and its kind only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.text import one_line

# ---------------------------------------------------------------------------------------
# Errors


class ParcelError(UserError):
    """A parcel action refused (French message)."""


class CheckDigitMismatch(ParcelError):
    """The tracking number looks like a format with a check digit, and it does not match.

    Labels get damaged: the clerk may confirm and record it anyway."""


# ---------------------------------------------------------------------------------------
# Enumerations


class HoldingCalendar(StrEnum):
    CALENDAR = "calendar"  # every day counts, Sundays and public holidays included
    WORKING = "working"  # Monday to Friday, French public holidays excluded


class ProxyRule(StrEnum):
    """Who may collect a parcel for its recipient."""

    NONE = "none"  # the recipient only
    RECIPIENT_ID = "recipient_id"  # a third party showing the recipient's ID
    BOTH_IDS = "both_ids"  # the third party's own ID and the recipient's original ID
    WRITTEN_PROXY = "written_proxy"  # a written proxy and the third party's own ID


class ParcelKind(StrEnum):
    INBOUND = "inbound"  # delivered by a carrier for a customer
    DROP_OFF = "drop_off"  # brought by a customer, to be sent


class ParcelStatus(StrEnum):
    RECEIVED = "received"  # on the shelf, waiting for its recipient
    HANDED_OVER = "handed_over"  # given to its recipient (closed)
    RETURNED = "returned"  # given back to the carrier's driver (closed)
    DROPPED_OFF = "dropped_off"  # a drop-off waiting for the driver
    COLLECTED = "collected"  # a drop-off taken by the driver (closed)


OPEN_STATUSES = frozenset({ParcelStatus.RECEIVED, ParcelStatus.DROPPED_OFF})
CLOSED_STATUSES = frozenset(
    {ParcelStatus.HANDED_OVER, ParcelStatus.RETURNED, ParcelStatus.COLLECTED}
)

STATUS_LABELS: dict[ParcelStatus, str] = {
    ParcelStatus.RECEIVED: "En rayon",
    ParcelStatus.HANDED_OVER: "Remis",
    ParcelStatus.RETURNED: "Retourné",
    ParcelStatus.DROPPED_OFF: "Dépôt en attente",
    ParcelStatus.COLLECTED: "Dépôt enlevé",
}


class IdKind(StrEnum):
    """The kind of identity document seen (never its number, never a copy)."""

    ID_CARD = "id_card"
    PASSPORT = "passport"
    DRIVING_LICENCE = "driving_licence"
    RESIDENCE_PERMIT = "residence_permit"


ID_KIND_LABELS: dict[IdKind, str] = {
    IdKind.ID_CARD: "Carte d'identité",
    IdKind.PASSPORT: "Passeport",
    IdKind.DRIVING_LICENCE: "Permis de conduire",
    IdKind.RESIDENCE_PERMIT: "Titre de séjour",
}


class Collector(StrEnum):
    RECIPIENT = "recipient"
    THIRD_PARTY = "third_party"


class CommissionEvent(StrEnum):
    RECEIVED = "received"
    HANDED_OVER = "handed_over"
    RETURNED = "returned"
    DROPPED_OFF = "dropped_off"


COMMISSION_EVENT_LABELS: dict[CommissionEvent, str] = {
    CommissionEvent.RECEIVED: "Colis reçus",
    CommissionEvent.HANDED_OVER: "Colis remis",
    CommissionEvent.RETURNED: "Colis retournés",
    CommissionEvent.DROPPED_OFF: "Dépôts",
}

# ---------------------------------------------------------------------------------------
# Carriers


@dataclass(frozen=True, slots=True)
class CarrierRules:
    """One carrier's contract with the café (defaults below; every figure is a setting)."""

    code: str
    name: str
    holding_days: int
    holding_calendar: HoldingCalendar = HoldingCalendar.CALENDAR
    proxy: ProxyRule = ProxyRule.NONE
    pickup_code: bool = False  # the customer's pick-up code replaces the ID check
    max_weight_g: int | None = None
    max_sum_cm: int | None = None  # length + width + height
    max_side_cm: int | None = None  # the longest side
    commission_cents: Mapping[CommissionEvent, int] | None = None
    formats: tuple[str, ...] = ()  # TrackingFormat keys used to suggest this carrier

    def commission(self, event: CommissionEvent) -> int:
        return 0 if self.commission_cents is None else self.commission_cents.get(event, 0)


def _rates(
    received: int, handed_over: int, returned: int, dropped_off: int
) -> dict[CommissionEvent, int]:
    return {
        CommissionEvent.RECEIVED: received,
        CommissionEvent.HANDED_OVER: handed_over,
        CommissionEvent.RETURNED: returned,
        CommissionEvent.DROPPED_OFF: dropped_off,
    }


# From services-rules.md §Parcel relay (carriers' FAQs): contract figures differ per café,
# these are only the defaults of a new café.
DEFAULT_CARRIERS: tuple[CarrierRules, ...] = (
    CarrierRules(
        "mondial_relay",
        "Mondial Relay",
        5,
        HoldingCalendar.CALENDAR,
        ProxyRule.RECIPIENT_ID,
        max_weight_g=30_000,
        max_sum_cm=150,
        commission_cents=_rates(0, 35, 0, 35),
        formats=("mondial_relay",),
    ),
    CarrierRules(
        "relais_pickup",
        "Relais Pickup (Chronopost, DPD)",
        8,
        HoldingCalendar.CALENDAR,
        ProxyRule.BOTH_IDS,
        max_weight_g=20_000,
        max_side_cm=100,
        commission_cents=_rates(0, 35, 0, 35),
        formats=("dpd", "dpd_label", "s10"),
    ),
    CarrierRules(
        "colissimo",
        "Colissimo (La Poste)",
        10,
        HoldingCalendar.CALENDAR,
        ProxyRule.WRITTEN_PROXY,
        max_weight_g=30_000,
        commission_cents=_rates(0, 35, 0, 35),
        formats=("colissimo", "s10"),
    ),
    CarrierRules(
        "amazon",
        "Amazon Counter",
        7,
        HoldingCalendar.CALENDAR,
        ProxyRule.NONE,
        pickup_code=True,
        commission_cents=_rates(0, 35, 0, 0),
        formats=("amazon",),
    ),
    CarrierRules(
        "ups",
        "UPS Access Point",
        5,
        HoldingCalendar.WORKING,
        ProxyRule.NONE,
        commission_cents=_rates(0, 35, 0, 35),
        formats=("ups",),
    ),
)

# ---------------------------------------------------------------------------------------
# Tracking numbers

TRACKING_MIN, TRACKING_MAX = 6, 40
_SEPARATORS = re.compile(r"[\s\-./]")
_ALNUM = re.compile(r"^[0-9A-Z]+$")
S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def normalise_tracking(text: str) -> str:
    """Upper case, without spaces, dashes, dots or slashes; refuses what cannot be one."""
    cleaned = _SEPARATORS.sub("", (text or "").strip()).upper()
    if not cleaned:
        raise ParcelError("Numéro de suivi vide : scannez l'étiquette ou tapez le numéro")
    if not _ALNUM.match(cleaned):
        raise ParcelError(
            f"Numéro de suivi invalide « {text.strip()[:40]} » : lettres et chiffres seulement"
        )
    if not TRACKING_MIN <= len(cleaned) <= TRACKING_MAX:
        raise ParcelError(
            f"Numéro de suivi invalide « {cleaned[:40]} » : entre {TRACKING_MIN} et "
            f"{TRACKING_MAX} caractères"
        )
    return cleaned


def s10_check_digit(eight_digits: str) -> int:
    """UPU S10: weights 8 6 4 2 3 5 9 7, r = sum mod 11, 11 - r; r = 0 → 5, r = 1 → 0."""
    total = sum(int(d) * w for d, w in zip(eight_digits, S10_WEIGHTS, strict=True))
    remainder = total % 11
    if remainder == 0:
        return 5
    if remainder == 1:
        return 0
    return 11 - remainder


def ups_check_digit(body: str) -> int:
    """UPS 1Z: the 15 characters after "1Z"; letters count (ord - 63) mod 10, odd
    positions ×1 and even ×2, check = (10 - sum mod 10) mod 10."""
    total = 0
    for index, char in enumerate(body):
        value = int(char) if char.isdigit() else (ord(char) - 63) % 10
        total += value * 2 if index % 2 else value
    return (10 - total % 10) % 10


def dpd_label_valid(code: str) -> bool:
    """DPD's 28-character label code carries an ISO 7064 mod 37/36 check character."""
    from stdnum.iso7064 import mod_37_36

    return bool(mod_37_36.is_valid(code))


@dataclass(frozen=True, slots=True)
class TrackingFormat:
    key: str
    label: str
    pattern: re.Pattern[str]
    check: Callable[[str], bool] | None = None  # None: the format has no check digit


def _s10_ok(number: str) -> bool:
    return s10_check_digit(number[2:10]) == int(number[10])


def _ups_ok(number: str) -> bool:
    return ups_check_digit(number[2:17]) == int(number[17])


TRACKING_FORMATS: tuple[TrackingFormat, ...] = (
    TrackingFormat("s10", "UPU S10", re.compile(r"^[A-Z]{2}\d{9}[A-Z]{2}$"), _s10_ok),
    TrackingFormat("ups", "UPS 1Z", re.compile(r"^1Z[0-9A-Z]{15}\d$"), _ups_ok),
    TrackingFormat("dpd_label", "DPD (étiquette)", re.compile(r"^[0-9A-Z]{28}$"), dpd_label_valid),
    TrackingFormat("dpd", "DPD", re.compile(r"^\d{14}$")),
    TrackingFormat("colissimo", "Colissimo", re.compile(r"^\d[A-Z]\d{11}$")),
    TrackingFormat("amazon", "Amazon", re.compile(r"^TBA\d{12}$")),
    TrackingFormat("mondial_relay", "Mondial Relay", re.compile(r"^\d{8,12}$")),
)
FORMATS_BY_KEY = {fmt.key: fmt for fmt in TRACKING_FORMATS}


@dataclass(frozen=True, slots=True)
class TrackingMatch:
    """A format the number has the shape of; ``check_ok`` is None when it has no check."""

    format_key: str
    check_ok: bool | None


def tracking_matches(number: str) -> list[TrackingMatch]:
    """The formats whose shape the (normalised) number has, best first (checked ones)."""
    found = []
    for fmt in TRACKING_FORMATS:
        if fmt.pattern.match(number):
            found.append(TrackingMatch(fmt.key, None if fmt.check is None else fmt.check(number)))
    order = {True: 0, None: 1, False: 2}
    return sorted(found, key=lambda m: order[m.check_ok])


def suggest_carriers(number: str, carriers: Sequence[CarrierRules]) -> list[str]:
    """Codes of the carriers whose formats fit the number, most likely first (a
    suggestion only: a clerk can choose any carrier)."""
    ranked: list[str] = []
    for match in tracking_matches(number):
        if match.check_ok is False:
            continue
        for carrier in carriers:
            if match.format_key in carrier.formats and carrier.code not in ranked:
                ranked.append(carrier.code)
    return ranked


def check_digit_problem(number: str, carrier: CarrierRules) -> str | None:
    """A French warning when the number has the shape of one of the carrier's checked
    formats but its check digit is wrong (and no format of the carrier accepts it)."""
    matches = [m for m in tracking_matches(number) if m.format_key in carrier.formats]
    if not matches or any(m.check_ok is not False for m in matches):
        return None
    label = FORMATS_BY_KEY[matches[0].format_key].label
    return (
        f"La clé de contrôle du numéro {number} ne correspond pas (format {label}) : "
        "vérifiez l'étiquette ou le numéro tapé"
    )


# ---------------------------------------------------------------------------------------
# Names (the only personal data kept, and only until the purge)

NAME_MAX = 120


def clean_name(text: str) -> str:
    name = one_line(text or "", "Le nom du destinataire")
    if not name:
        raise ParcelError("Nom du destinataire vide : recopiez le nom de l'étiquette")
    if len(name) > NAME_MAX:
        raise ParcelError(f"Nom du destinataire trop long ({NAME_MAX} caractères au plus)")
    return name


def fold(text: str) -> str:
    """Upper case without accents, for searching ("Hélène" finds "HELENE")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def name_words(name: str) -> list[str]:
    """The searchable words of a name (folded, at least 2 characters, no duplicates)."""
    words = re.split(r"[^0-9A-Z]+", fold(name))
    seen: list[str] = []
    for word in words:
        if len(word) >= 2 and word not in seen:
            seen.append(word)
    return seen


# ---------------------------------------------------------------------------------------
# Holding period


@lru_cache(maxsize=32)
def french_public_holidays(year: int) -> frozenset[dt.date]:
    """Metropolitan France's public holidays of ``year`` (the ``holidays`` package)."""
    import holidays

    return frozenset(holidays.country_holidays("FR", years=year))


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in french_public_holidays(day.year)


def return_due(received: dt.date, carrier: CarrierRules) -> dt.date:
    """The last day of the holding period: on that day (or after) the parcel goes back.

    Calendar days count every day; working days skip weekends and French public holidays.
    """
    if carrier.holding_calendar is HoldingCalendar.CALENDAR:
        return received + dt.timedelta(days=carrier.holding_days)
    day, counted = received, 0
    while counted < carrier.holding_days:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            counted += 1
    return day


# ---------------------------------------------------------------------------------------
# Life cycle


def _closed_message(status: ParcelStatus, tracking: str) -> str:
    if status is ParcelStatus.HANDED_OVER:
        return f"Le colis {tracking} a déjà été remis à son destinataire"
    if status is ParcelStatus.RETURNED:
        return f"Le colis {tracking} a été retourné au transporteur : il ne peut plus être remis"
    if status is ParcelStatus.COLLECTED:
        return f"Le dépôt {tracking} a déjà été remis au chauffeur"
    return f"Le colis {tracking} n'est pas dans cet état"


def check_can_hand_over(status: ParcelStatus, kind: ParcelKind, tracking: str) -> None:
    if kind is ParcelKind.DROP_OFF:
        raise ParcelError(f"{tracking} est un dépôt à expédier : il se remet au chauffeur")
    if status is not ParcelStatus.RECEIVED:
        raise ParcelError(_closed_message(status, tracking))


def check_can_return(status: ParcelStatus, kind: ParcelKind, tracking: str) -> None:
    if kind is ParcelKind.DROP_OFF:
        raise ParcelError(f"{tracking} est un dépôt : il part avec le chauffeur, sans retour")
    if status is not ParcelStatus.RECEIVED:
        raise ParcelError(_closed_message(status, tracking))


def check_can_collect(status: ParcelStatus, kind: ParcelKind, tracking: str) -> None:
    if kind is not ParcelKind.DROP_OFF:
        raise ParcelError(f"{tracking} est un colis reçu, pas un dépôt à expédier")
    if status is not ParcelStatus.DROPPED_OFF:
        raise ParcelError(_closed_message(status, tracking))


@dataclass(frozen=True, slots=True)
class HandOverProof:
    """What the clerk ticked at the counter (no document number, no copy)."""

    collector: Collector = Collector.RECIPIENT
    id_checked: bool = False
    id_kind: IdKind | None = None
    pickup_code_ok: bool = False  # the customer's code matched (carriers using codes)
    recipient_id_seen: bool = False  # a third party showed the recipient's original ID
    written_proxy_seen: bool = False


def check_hand_over_proof(carrier: CarrierRules, proof: HandOverProof) -> None:
    """Refuse a hand-over that the carrier's rules do not allow (French message)."""
    if carrier.pickup_code and proof.pickup_code_ok and proof.collector is Collector.RECIPIENT:
        return
    if not proof.id_checked:
        raise ParcelError("Cochez « pièce d'identité vérifiée » avant de remettre le colis")
    if proof.id_kind is None:
        raise ParcelError("Indiquez le type de pièce d'identité vérifiée")
    if proof.collector is Collector.RECIPIENT:
        return
    if carrier.proxy is ProxyRule.NONE:
        raise ParcelError(f"{carrier.name} ne permet pas de remettre un colis à un tiers")
    if carrier.proxy in (ProxyRule.RECIPIENT_ID, ProxyRule.BOTH_IDS) and not (
        proof.recipient_id_seen
    ):
        raise ParcelError(
            f"{carrier.name} : le tiers doit présenter la pièce d'identité originale du "
            "destinataire"
        )
    if carrier.proxy is ProxyRule.WRITTEN_PROXY and not proof.written_proxy_seen:
        raise ParcelError(f"{carrier.name} : le tiers doit présenter une procuration écrite")


# ---------------------------------------------------------------------------------------
# Drop-off limits


def check_drop_off_limits(
    carrier: CarrierRules,
    weight_g: int | None,
    dimensions_cm: tuple[int, int, int] | None = None,
) -> None:
    """Refuse a drop-off over the carrier's weight or size limits."""
    if weight_g is not None:
        if weight_g <= 0:
            raise ParcelError("Poids du colis invalide : posez-le sur la balance")
        if carrier.max_weight_g is not None and weight_g > carrier.max_weight_g:
            raise ParcelError(
                f"Colis trop lourd pour {carrier.name} : {_kg(weight_g)} pour "
                f"{_kg(carrier.max_weight_g)} au plus"
            )
    if dimensions_cm is not None:
        if any(side <= 0 for side in dimensions_cm):
            raise ParcelError("Dimensions du colis invalides")
        if carrier.max_side_cm is not None and max(dimensions_cm) > carrier.max_side_cm:
            raise ParcelError(
                f"Colis trop long pour {carrier.name} : {max(dimensions_cm)} cm pour "
                f"{carrier.max_side_cm} cm au plus"
            )
        if carrier.max_sum_cm is not None and sum(dimensions_cm) > carrier.max_sum_cm:
            raise ParcelError(
                f"Colis trop grand pour {carrier.name} : longueur + largeur + hauteur = "
                f"{sum(dimensions_cm)} cm pour {carrier.max_sum_cm} cm au plus"
            )


def _kg(grams: int) -> str:
    whole, rest = divmod(grams, 1000)
    return f"{whole},{rest:03d} kg"


# ---------------------------------------------------------------------------------------
# Commission


@dataclass(frozen=True, slots=True)
class CommissionLine:
    event: CommissionEvent
    count: int
    rate_cents: int

    @property
    def amount_cents(self) -> int:
        return self.count * self.rate_cents


def commission_lines(
    carrier: CarrierRules, counts: Mapping[CommissionEvent, int]
) -> list[CommissionLine]:
    """One line per event: count × the carrier's rate, in integer cents."""
    return [
        CommissionLine(event, int(counts.get(event, 0)), carrier.commission(event))
        for event in CommissionEvent
    ]


def commission_total(lines: Iterable[CommissionLine]) -> int:
    return sum(line.amount_cents for line in lines)


# ---------------------------------------------------------------------------------------
# Shelf slots

DEFAULT_SLOTS = "A1-A20, B1-B20, Grand colis"
_RANGE = re.compile(r"^([A-Za-z]*)(\d+)\s*-\s*([A-Za-z]*)(\d+)$")
SLOT_MAX = 30


def parse_slots(spec: str) -> list[str]:
    """ "A1-A20, B1-B20, Grand colis" → A1..A20, B1..B20, Grand colis (in that order)."""
    slots: list[str] = []
    for part in (spec or "").split(","):
        text = " ".join(part.split())
        if not text:
            continue
        found = _RANGE.match(text)
        if found:
            prefix, first, prefix_end, last = found.groups()
            if prefix_end and prefix_end.upper() != prefix.upper():
                raise ParcelError(f"Plage d'emplacements invalide : {text}")
            low, high = int(first), int(last)
            if low > high or high - low > 500:
                raise ParcelError(f"Plage d'emplacements invalide : {text}")
            slots.extend(f"{prefix.upper()}{n}" for n in range(low, high + 1))
        else:
            if len(text) > SLOT_MAX:
                raise ParcelError(f"Nom d'emplacement trop long : {text}")
            slots.append(text)
    if not slots:
        raise ParcelError("Aucun emplacement : indiquez par exemple « A1-A20, B1-B20 »")
    if len({s.upper() for s in slots}) != len(slots):
        raise ParcelError("Un emplacement figure deux fois dans la liste")
    return slots


def resolve_slot(slots: Sequence[str], wanted: str) -> str:
    """The slot as spelled in the settings; refuses one that does not exist."""
    text = " ".join((wanted or "").split())
    for slot in slots:
        if slot.upper() == text.upper():
            return slot
    raise ParcelError(f"L'emplacement « {text} » n'existe pas (voir Réglages des colis)")


def next_free_slot(slots: Sequence[str], occupancy: Mapping[str, int]) -> str:
    """The first slot with no parcel; when all hold one, the least filled (first wins)."""
    for slot in slots:
        if occupancy.get(slot, 0) == 0:
            return slot
    return min(slots, key=lambda s: occupancy.get(s, 0))
