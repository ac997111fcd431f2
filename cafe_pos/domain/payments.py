"""How a ticket is paid: the payment rules, checked before anything is written.

- the payments cover the total exactly; only cash may exceed it (the excess is change);
  card, cheque, meal vouchers and account may not exceed what is left to pay;
- meal vouchers (titres-restaurant) pay only the eligible food of the ticket and never
  give change;
- a customer account never pays alcohol (no alcohol on credit): the account part is at
  most the non-alcoholic amount;
- cash-back (CMF L112-14): with a card payment only, purchase of at least 1 €, at most
  60 € of cash; the card is charged purchase part + cash-back, the cash-back is a cash-out
  (``Ticket.cashback_cents``), not a sale.

What is recorded (``AppliedPayment``): ``amount_cents`` is what the payment pays of the
ticket (the applied amounts add up to the ticket total); for cash ``tendered_cents`` is
the cash handed over and ``change_cents`` what was given back, so the drawer gains
``amount_cents``; for a card with cash-back ``tendered_cents`` is what the card was
charged (amount + cash-back).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cafe_pos.domain.errors import UserError
from cafe_pos.domain.money import MAX_AMOUNT_CENTS, Cents, format_eur

CASH = "cash"
CARD = "card"
CHEQUE = "cheque"
MEAL_VOUCHER = "meal_voucher"
ACCOUNT = "account"
PAYMENT_METHODS: tuple[str, ...] = (CASH, CARD, CHEQUE, MEAL_VOUCHER, ACCOUNT)

QUICK_NOTES_CENTS: tuple[Cents, ...] = (500, 1000, 2000, 5000)
CASHBACK_MAX_CENTS: Cents = 6000
CASHBACK_MIN_PURCHASE_CENTS: Cents = 100
MAX_SPLIT_PARTS = 50

ALCOHOL_ON_CREDIT_MESSAGE = (
    "L'alcool ne peut pas être vendu à crédit (Code de la santé publique) : "
    "réglez les boissons alcoolisées autrement"
)


class PaymentError(UserError, ValueError):
    """A payment that cannot be accepted (French message)."""


class AlcoholOnCredit(PaymentError):
    """Alcohol would be paid on a customer account."""


@dataclass(frozen=True, slots=True)
class PaymentInput:
    """A payment as the cashier enters it. For cash, ``tendered_cents`` (if given) is the
    cash handed over, otherwise ``amount_cents`` is."""

    method: str
    amount_cents: Cents
    tendered_cents: Cents | None = None


@dataclass(frozen=True, slots=True)
class AppliedPayment:
    method: str
    amount_cents: Cents  # paid of the ticket
    tendered_cents: Cents  # cash handed over / amount charged on the card
    change_cents: Cents = 0


@dataclass(frozen=True, slots=True)
class Settlement:
    payments: tuple[AppliedPayment, ...]
    change_cents: Cents
    cashback_cents: Cents = 0

    @property
    def paid_cents(self) -> Cents:
        return sum(p.amount_cents for p in self.payments)


def _check_amount(value: Cents, what: str) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise PaymentError(f"{what} invalide")
    if value <= 0:
        raise PaymentError(f"{what} doit être positif")
    if value > MAX_AMOUNT_CENTS:
        raise PaymentError(f"{what} trop élevé ({format_eur(MAX_AMOUNT_CENTS)} au plus)")


def settle(
    cart_total: Cents,
    payments: Sequence[PaymentInput],
    *,
    meal_voucher_cap: Cents = 0,
    cashback_cents: Cents = 0,
    has_alcohol: bool = False,
    alcohol_cents: Cents = 0,
) -> Settlement:
    """Check the payments of a ticket against the rules; return what is applied and the change."""
    if cart_total < 0:
        raise PaymentError("Le total d'une vente ne peut pas être négatif")
    given: dict[str, Cents] = {m: 0 for m in PAYMENT_METHODS}
    for payment in payments:
        if payment.method not in PAYMENT_METHODS:
            raise PaymentError(f"Moyen de paiement inconnu : {payment.method}")
        _check_amount(payment.amount_cents, "Le montant du paiement")
        handed = payment.amount_cents
        if payment.tendered_cents is not None:
            if payment.method != CASH:
                raise PaymentError("Seules les espèces ont un montant remis")
            _check_amount(payment.tendered_cents, "Le montant remis")
            if payment.tendered_cents < payment.amount_cents:
                raise PaymentError("Le montant remis est inférieur au montant payé en espèces")
            handed = payment.tendered_cents
        given[payment.method] += handed

    _check_cashback(cart_total, cashback_cents, given[CARD])
    vouchers = given[MEAL_VOUCHER]
    if vouchers > meal_voucher_cap:
        raise PaymentError(
            "Les titres-restaurant ne paient que les produits alimentaires éligibles : "
            f"{format_eur(meal_voucher_cap)} au plus sur ce ticket (pas de monnaie rendue)"
        )
    account = given[ACCOUNT]
    if account and (has_alcohol or alcohol_cents) and account > cart_total - alcohol_cents:
        raise AlcoholOnCredit(ALCOHOL_ON_CREDIT_MESSAGE)

    non_cash = sum(given[m] for m in PAYMENT_METHODS if m != CASH)
    if non_cash > cart_total:
        raise PaymentError(
            f"Les paiements dépassent le total de {format_eur(non_cash - cart_total)} : "
            "seules les espèces permettent de rendre la monnaie"
        )
    rest = cart_total - non_cash
    cash = given[CASH]
    if cash < rest:
        raise PaymentError(f"Paiement insuffisant : il manque {format_eur(rest - cash)}")
    if cash and rest == 0:
        raise PaymentError("Le ticket est déjà réglé sans les espèces : retirez-les")
    change = cash - rest

    applied: list[AppliedPayment] = []
    card_seen = 0
    cash_done = False
    card_count = sum(1 for p in payments if p.method == CARD)
    for payment in payments:
        if payment.method == CASH:
            if not cash_done:
                applied.append(AppliedPayment(CASH, rest, cash, change))
                cash_done = True
            continue
        tendered = payment.amount_cents
        if payment.method == CARD:
            card_seen += 1
            if card_seen == card_count:  # the cash-back rides on the last card payment
                tendered += cashback_cents
        applied.append(AppliedPayment(payment.method, payment.amount_cents, tendered))
    return Settlement(tuple(applied), change, cashback_cents)


def _check_cashback(cart_total: Cents, cashback_cents: Cents, card_cents: Cents) -> None:
    if cashback_cents == 0:
        return
    if isinstance(cashback_cents, bool) or not isinstance(cashback_cents, int):
        raise PaymentError("Montant de cash-back invalide")
    if cashback_cents < 0:
        raise PaymentError("Le cash-back ne peut pas être négatif")
    if cashback_cents > CASHBACK_MAX_CENTS:
        raise PaymentError(f"Cash-back limité à {format_eur(CASHBACK_MAX_CENTS)} (CMF L112-14)")
    if card_cents == 0:
        raise PaymentError("Le cash-back n'est possible qu'avec un paiement par carte")
    if cart_total < CASHBACK_MIN_PURCHASE_CENTS:
        raise PaymentError(
            f"Le cash-back demande un achat d'au moins {format_eur(CASHBACK_MIN_PURCHASE_CENTS)}"
        )


def equal_split(total: Cents, parts: int) -> list[Cents]:
    """Split a bill in equal parts; the first parts carry the extra cents. Sums to ``total``."""
    if isinstance(parts, bool) or not isinstance(parts, int) or parts < 1:
        raise PaymentError("Le nombre de parts doit être au moins 1")
    if parts > MAX_SPLIT_PARTS:
        raise PaymentError(f"{MAX_SPLIT_PARTS} parts au plus")
    if total < 0:
        raise PaymentError("Le montant à partager ne peut pas être négatif")
    base, extra = divmod(total, parts)
    return [base + 1 if i < extra else base for i in range(parts)]


def note_required(total_cents: Cents, on_site: bool, threshold_cents: Cents = 2500) -> bool:
    """On-site consumption of the threshold (25 € TTC) or more needs a note before payment."""
    return on_site and total_cents >= threshold_cents
