"""Press on consignment: barcodes, titles, issues and the distributor's arithmetic.

The café sells newspapers and magazines as a commission agent ("diffuseur"): it never owns
the copies, the takings belong to the distributor, and only the commission is its
revenue (services-rules.md §Press). This module holds the pure rules:

- the press barcode: EAN-13 ``977`` + the 7 ISSN digits (without the ISSN's check digit)
  + 2 price/variant digits + the EAN check digit, followed by a 2- or 5-digit add-on for
  the issue. The title is keyed on the first 12 digits, the issue on the add-on;
- the VAT of a title (2.1 % when registered with the CPPAP, otherwise 20 %) and its
  default commission (14 % dailies, 13 % magazines; capped at 15 % by the 1988 decree);
- an issue's figures: supplied, sold, returned, missing copies; the return deadline;
- a distributor's statement: takings, commission, amount due.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import Cents, percent_of

PRESS_PREFIX = "977"
MAX_COMMISSION_BP = 1500  # 15 % (décret du 9 mars 1988)
CPPAP_VAT_BP = 210
STANDARD_VAT_BP = 2000


class PressError(UserError):
    """A press code, issue or figure that cannot be used (message in French)."""


class Periodicity(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    OTHER = "other"


PERIODICITY_LABELS = {
    Periodicity.DAILY: "Quotidien",
    Periodicity.WEEKLY: "Hebdomadaire",
    Periodicity.MONTHLY: "Mensuel",
    Periodicity.OTHER: "Autre périodicité",
}

# How long an issue stays on sale before its unsold copies must go back (a default; the
# distributor's delivery note gives the true deadline, which the manager may type).
DEFAULT_SALE_DAYS = {
    Periodicity.DAILY: 1,
    Periodicity.WEEKLY: 7,
    Periodicity.MONTHLY: 31,
    Periodicity.OTHER: 60,
}


@dataclass(frozen=True, slots=True)
class PressCode:
    """A scanned press barcode, split into what identifies the title and the issue."""

    title_key: str  # the first 12 digits: 977 + ISSN(7) + price/variant(2)
    issn: str  # the 8-character ISSN, its check digit recomputed ("0242-6056" as "02426056")
    variant: str  # the 2 price/variant digits
    addon: str | None  # the issue number from the 2- or 5-digit add-on, when scanned


def _digits(text: str) -> str:
    cleaned = "".join(text.split())
    if not cleaned.isascii() or not cleaned.isdigit():
        raise PressError("Code presse invalide : seuls des chiffres sont attendus")
    return cleaned


def is_press_code(code: str) -> bool:
    """True when a scanned code looks like a press EAN (977…, with or without add-on)."""
    cleaned = "".join(code.split())
    return (
        cleaned.isascii()
        and cleaned.isdigit()
        and cleaned.startswith(PRESS_PREFIX)
        and (len(cleaned) in (13, 15, 18))
    )


def parse_press_code(code: str) -> PressCode:
    """Split a press barcode (EAN-13, optionally followed by its 2- or 5-digit add-on).

    Raises PressError when it is not a press code or its EAN check digit is wrong (a
    misread or a damaged label: the clerk scans again or types the issue number).
    """
    from stdnum import ean, issn  # at first use: python-stdnum costs a start-up

    digits = _digits(code)
    if len(digits) not in (13, 15, 18):
        raise PressError(
            "Code presse invalide : 13 chiffres, suivis éventuellement de 2 ou 5 chiffres "
            "pour le numéro"
        )
    main, addon = digits[:13], digits[13:] or None
    if not main.startswith(PRESS_PREFIX):
        raise PressError("Ce code n'est pas un code presse (il doit commencer par 977)")
    if not ean.is_valid(main):
        raise PressError("Code presse mal lu : la clé de contrôle ne correspond pas, rescannez")
    issn_body = main[3:10]
    return PressCode(
        title_key=main[:12],
        issn=issn_body + issn.calc_check_digit(issn_body),
        variant=main[10:12],
        addon=addon,
    )


def normalise_issn(text: str) -> str:
    """An ISSN typed by the manager ("0242-6056"), checked, as 8 characters."""
    from stdnum import issn  # at first use: python-stdnum costs a start-up

    cleaned = text.strip().upper().replace("-", "").replace(" ", "")
    if not cleaned.isascii() or len(cleaned) != 8:
        raise PressError("ISSN invalide : 8 caractères, par exemple 0242-6056")
    if not issn.is_valid(cleaned):
        raise PressError("ISSN invalide : la clé de contrôle ne correspond pas")
    return cleaned


def title_key_for(issn_text: str, variant: str = "00") -> str:
    """The 12 first digits of the press EAN of a title from its ISSN and variant."""
    number = normalise_issn(issn_text)
    if len(variant) != 2 or not variant.isascii() or not variant.isdigit():
        raise PressError("Variante de prix invalide : deux chiffres")
    return PRESS_PREFIX + number[:7] + variant


def ean_for(title_key: str) -> str:
    """The full EAN-13 of a title key (its check digit added)."""
    from stdnum import ean  # at first use: python-stdnum costs a start-up

    return title_key + ean.calc_check_digit(title_key)


def vat_for(cppap: bool) -> int:
    """2.1 % for a title registered with the CPPAP (CGI 298 septies), otherwise 20 %."""
    return CPPAP_VAT_BP if cppap else STANDARD_VAT_BP


def check_commission(rate_bp: int) -> int:
    if isinstance(rate_bp, bool) or not isinstance(rate_bp, int):
        raise PressError("Taux de commission invalide")
    if not 0 < rate_bp <= MAX_COMMISSION_BP:
        raise PressError("Taux de commission invalide : entre 0 et 15 % (décret de 1988)")
    return rate_bp


def commission_of(takings_cents: Cents, rate_bp: int) -> Cents:
    """The café's commission on press takings, rounded half-up to the cent."""
    return percent_of(takings_cents, rate_bp)


def default_return_deadline(delivered_on: dt.date, periodicity: Periodicity) -> dt.date:
    return delivered_on + dt.timedelta(days=DEFAULT_SALE_DAYS[periodicity])


@dataclass(frozen=True, slots=True)
class IssueFigures:
    """One issue's copies: what came, what sold, what went back, what is missing."""

    supplied: int
    sold: int
    returned: int

    @property
    def on_shelf(self) -> int:
        return max(0, self.supplied - self.sold - self.returned)

    @property
    def missing(self) -> int:
        """Copies neither sold nor returned once the issue is closed: the café owes them."""
        return max(0, self.supplied - self.sold - self.returned)


def check_return(figures: IssueFigures, copies: int) -> None:
    """Refuse a return of more copies than remain (supplied − sold − already returned)."""
    if isinstance(copies, bool) or not isinstance(copies, int) or copies <= 0:
        raise PressError("Nombre d'exemplaires rendus invalide : au moins 1")
    left = figures.supplied - figures.sold - figures.returned
    if copies > left:
        raise PressError(
            f"Retour impossible : {copies} exemplaire(s) rendus pour {max(left, 0)} "
            "restant(s) (livrés − vendus − déjà rendus)"
        )


def return_is_late(deadline: dt.date | None, today: dt.date) -> bool:
    """A return after the deadline is still recorded, with a warning (the distributor may
    refuse to credit it)."""
    return deadline is not None and today > deadline


@dataclass(frozen=True, slots=True)
class StatementLine:
    """One issue on a distributor's statement."""

    title: str
    issue: str
    price_cents: Cents
    supplied: int
    returned: int
    sold: int
    takings_cents: Cents
    commission_cents: Cents

    @property
    def due_cents(self) -> Cents:
        return self.takings_cents - self.commission_cents


@dataclass(frozen=True, slots=True)
class Statement:
    distributor: str
    first: dt.date
    last: dt.date
    lines: tuple[StatementLine, ...]

    @property
    def takings_cents(self) -> Cents:
        return sum(line.takings_cents for line in self.lines)

    @property
    def commission_cents(self) -> Cents:
        return sum(line.commission_cents for line in self.lines)

    @property
    def due_cents(self) -> Cents:
        """What the café owes the distributor for the period: takings − commission."""
        return self.takings_cents - self.commission_cents
