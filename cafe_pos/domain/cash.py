"""The cash drawer as rules: denominations, counting, cash in/out reasons, expected cash.

Pure arithmetic on integer cents (no I/O). The services record sessions and counts; this
module says what a valid count is and how much cash the drawer should hold:

    expected = float + cash payments (net of change and cash refunds) − cash-back
               + cash in − cash out + customer-account settlements paid in cash
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import MAX_AMOUNT_CENTS, Cents, format_amount, format_eur
from cafe_pos.domain.text import one_line

# Euro notes and coins, largest first (500 € to 1 cent).
NOTES: tuple[Cents, ...] = (50000, 20000, 10000, 5000, 2000, 1000, 500)
COINS: tuple[Cents, ...] = (200, 100, 50, 20, 10, 5, 2, 1)
DENOMINATIONS: tuple[Cents, ...] = NOTES + COINS

MAX_PIECES = 99_999  # per denomination: more is a typing error, not a drawer
MIN_REASON_LENGTH = 3


class CashError(UserError, ValueError):
    """A count, a movement or a closing the drawer rules refuse (French message)."""


def denomination_label(cents: Cents) -> str:
    """20000 -> "billet de 200 €"; 50 -> "pièce de 0,50 €"; 200 -> "pièce de 2 €"."""
    kind = "billet" if cents in NOTES else "pièce"
    amount = format_amount(cents)
    if amount.endswith(",00"):
        amount = amount[:-3]
    return f"{kind} de {amount} €"


@dataclass(frozen=True, slots=True)
class DrawerCount:
    """A validated count: pieces per denomination (largest first, zeros kept)."""

    pieces: tuple[tuple[Cents, int], ...]

    @property
    def total_cents(self) -> Cents:
        return sum(value * count for value, count in self.pieces)

    def as_dict(self) -> dict[Cents, int]:
        return dict(self.pieces)

    @classmethod
    def empty(cls) -> DrawerCount:
        return cls(tuple((value, 0) for value in DENOMINATIONS))

    @classmethod
    def from_entries(
        cls, entries: Mapping[Cents, int] | Iterable[tuple[Cents, int]]
    ) -> DrawerCount:
        """Check a count typed by a person: known denominations, whole non-negative numbers,
        each denomination once. Raises CashError with one French sentence."""
        pairs = list(entries.items()) if isinstance(entries, Mapping) else list(entries)
        seen: dict[Cents, int] = {}
        for value, count in pairs:
            if isinstance(value, bool) or not isinstance(value, int) or value not in DENOMINATIONS:
                raise CashError(
                    f"Valeur inconnue dans le comptage : {value!r} (billets et pièces en euros)"
                )
            if value in seen:
                raise CashError(
                    f"Le {denomination_label(value)} est saisi deux fois dans le comptage"
                )
            if isinstance(count, bool) or not isinstance(count, int):
                raise CashError(f"Nombre invalide pour le {denomination_label(value)} : {count!r}")
            if count < 0:
                raise CashError(
                    f"Le nombre de {denomination_label(value)} ne peut pas être négatif"
                )
            if count > MAX_PIECES:
                raise CashError(
                    f"Nombre de {denomination_label(value)} trop élevé ({MAX_PIECES} au plus)"
                )
            seen[value] = count
        total = sum(value * count for value, count in seen.items())
        if total > MAX_AMOUNT_CENTS:
            raise CashError(f"Comptage trop élevé : {format_eur(total)} (100 000 € au plus)")
        return cls(tuple((value, seen.get(value, 0)) for value in DENOMINATIONS))


class MovementKind(StrEnum):
    IN = "in"
    OUT = "out"


class MovementReason(StrEnum):
    """Why cash enters or leaves the drawer outside a sale."""

    SUPPLIER = "supplier"  # supplier paid in cash
    BANK_DEPOSIT = "bank_deposit"  # cash taken to the bank
    CASHBACK = "cashback"  # cash handed out against a card payment, outside a ticket
    THIRD_PARTY_WITHDRAWAL = "third_party_withdrawal"  # withdrawal paid for a bank/relay
    CHANGE_TOP_UP = "change_top_up"  # change brought from the bank or the safe
    OTHER = "other"


REASON_LABELS: dict[MovementReason, str] = {
    MovementReason.SUPPLIER: "Fournisseur payé en espèces",
    MovementReason.BANK_DEPOSIT: "Dépôt en banque",
    MovementReason.CASHBACK: "Cash-back",
    MovementReason.THIRD_PARTY_WITHDRAWAL: "Retrait d'espèces pour un tiers",
    MovementReason.CHANGE_TOP_UP: "Apport de monnaie",
    MovementReason.OTHER: "Autre",
}

REASONS_BY_KIND: dict[MovementKind, tuple[MovementReason, ...]] = {
    MovementKind.IN: (MovementReason.CHANGE_TOP_UP, MovementReason.OTHER),
    MovementKind.OUT: (
        MovementReason.SUPPLIER,
        MovementReason.BANK_DEPOSIT,
        MovementReason.CASHBACK,
        MovementReason.THIRD_PARTY_WITHDRAWAL,
        MovementReason.OTHER,
    ),
}


@dataclass(frozen=True, slots=True)
class MovementInput:
    kind: MovementKind
    reason: MovementReason
    amount_cents: Cents
    note: str = ""


# A Relais Poste hands out at most 500 € per customer and per 7 days (services-rules.md).
THIRD_PARTY_WITHDRAWAL_MAX_CENTS = 500_00


def check_movement(kind: str, reason: str, amount_cents: Cents, note: str = "") -> MovementInput:
    """Validate a cash in/out: known kind and reason, positive amount, a note for "Autre"."""
    try:
        movement_kind = MovementKind(kind)
    except ValueError as exc:
        raise CashError(f"Mouvement inconnu : « {kind} » (entrée ou sortie)") from exc
    try:
        movement_reason = MovementReason(reason)
    except ValueError as exc:
        raise CashError(f"Motif inconnu : « {reason} »") from exc
    if movement_reason not in REASONS_BY_KIND[movement_kind]:
        direction = "une entrée" if movement_kind is MovementKind.IN else "une sortie"
        raise CashError(
            f"Le motif « {REASON_LABELS[movement_reason]} » ne convient pas à {direction}"
        )
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int):
        raise CashError("Montant invalide")
    if amount_cents <= 0:
        raise CashError("Le montant d'un mouvement d'espèces doit être positif")
    if amount_cents > MAX_AMOUNT_CENTS:
        raise CashError("Montant trop élevé (100 000 € au plus)")
    if (
        movement_reason is MovementReason.THIRD_PARTY_WITHDRAWAL
        and amount_cents > THIRD_PARTY_WITHDRAWAL_MAX_CENTS
    ):
        raise CashError(
            "Retrait pour un tiers limité à 500,00 € par opération "
            "(La Banque Postale : 500 € par client et par 7 jours)"
        )
    cleaned = one_line(note, "La note")
    if movement_reason is MovementReason.OTHER and len(cleaned) < MIN_REASON_LENGTH:
        raise CashError("Précisez le motif du mouvement « Autre »")
    return MovementInput(movement_kind, movement_reason, amount_cents, cleaned[:255])


@dataclass(frozen=True, slots=True)
class CashFlows:
    """Everything that moved cash since the drawer was counted at opening."""

    float_cents: Cents = 0
    cash_payments_cents: Cents = 0  # applied cash amounts: tendered − change, refunds negative
    cashback_cents: Cents = 0
    cash_in_cents: Cents = 0
    cash_out_cents: Cents = 0
    account_settlements_cents: Cents = 0  # customer accounts settled in cash

    @property
    def expected_cents(self) -> Cents:
        return (
            self.float_cents
            + self.cash_payments_cents
            - self.cashback_cents
            + self.cash_in_cents
            - self.cash_out_cents
            + self.account_settlements_cents
        )


def check_difference_reason(difference_cents: Cents, reason: str) -> str:
    """A counted drawer that differs from the expected cash needs a reason (kept verbatim)."""
    cleaned = one_line(reason, "La raison de l'écart")
    if difference_cents != 0 and len(cleaned) < MIN_REASON_LENGTH:
        sign = "excédent" if difference_cents > 0 else "manque"
        raise CashError(
            f"Écart de caisse ({sign} de {format_eur(abs(difference_cents))}) : indiquez-en la raison"
        )
    return cleaned[:255]


def difference_label(difference_cents: Cents) -> str:
    """French wording of a counting difference: "Caisse juste", "Manque 2,50 €"..."""
    if difference_cents == 0:
        return "Caisse juste"
    if difference_cents > 0:
        return f"Excédent de {format_eur(difference_cents)}"
    return f"Manque de {format_eur(-difference_cents)}"
