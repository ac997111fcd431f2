"""Customer accounts (comptes clients): regulars who pay later, within a limit.

The balance is the sum of the account's entries: + a purchase paid on account (written by
``checkout`` in the sale's transaction), − a settlement (cash, card or cheque), − a
refund credited back. A settlement is money received for sales already recorded, so it
is not a new sale: it is stored as an entry with its method, and the cash ones count in
the drawer (the cash service adds them to the expected cash). Alcohol never goes on an
account (see ``cafe_pos.domain.payments``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cafe_pos.context import ServiceContext
from cafe_pos.domain.clock import from_utc_naive, to_utc_naive
from cafe_pos.domain.errors import NotFound, UserError
from cafe_pos.domain.money import MAX_AMOUNT_CENTS, Cents, format_eur
from cafe_pos.domain.payments import CARD, CASH, CHEQUE
from cafe_pos.domain.text import TextError, one_line
from cafe_pos.domain.users import Actor, Permission
from cafe_pos.fiscal.journal import fiscal_time, seal_account_entry
from cafe_pos.services import cash
from cafe_pos.services.selling import account_balance
from cafe_pos.store.models.sales import AccountEntry, CustomerAccount, Ticket

SETTLEMENT_METHODS = (CASH, CARD, CHEQUE)
MAX_NAME_LENGTH = 120
ENTRY_LABELS = {
    "purchase": "Achat",
    "settlement": "Règlement",
    "refund": "Remboursement",
}


class AccountError(UserError):
    """A customer-account operation that cannot be done (French message)."""


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    name: str
    balance_cents: Cents  # owed by the customer
    limit_cents: Cents
    available_cents: Cents  # what can still go on the account
    active: bool = True
    phone: str = ""


@dataclass(frozen=True, slots=True)
class StatementLine:
    at: dt.datetime  # local time
    kind: str  # purchase | settlement | refund
    label: str  # French
    amount_cents: Cents  # + owed, − paid
    balance_cents: Cents  # after this entry
    ticket_number: int | None
    method: str
    user_name: str


def _view(session: Session, account: CustomerAccount) -> AccountView:
    balance = account_balance(session, account.id)
    return AccountView(
        id=account.id,
        name=account.name,
        balance_cents=balance,
        limit_cents=account.limit_cents,
        available_cents=max(account.limit_cents - balance, 0),
        active=account.active,
        phone=account.phone,
    )


def _account(session: Session, account_id: int) -> CustomerAccount:
    account = session.get(CustomerAccount, account_id)
    if account is None:
        raise NotFound("Ce compte client n'existe pas")
    return account


def _check_limit(limit_cents: Cents) -> None:
    if isinstance(limit_cents, bool) or not isinstance(limit_cents, int):
        raise AccountError("Plafond invalide")
    if limit_cents < 0:
        raise AccountError("Le plafond ne peut pas être négatif")
    if limit_cents > MAX_AMOUNT_CENTS:
        raise AccountError(f"Plafond trop élevé ({format_eur(MAX_AMOUNT_CENTS)} au plus)")


def list_accounts(ctx: ServiceContext, *, include_inactive: bool = False) -> list[AccountView]:
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        balances = {
            account_id: total
            for account_id, total in session.execute(
                select(AccountEntry.account_id, func.sum(AccountEntry.amount_cents)).group_by(
                    AccountEntry.account_id
                )
            )
        }
        query = select(CustomerAccount).order_by(CustomerAccount.name)
        if not include_inactive:
            query = query.where(CustomerAccount.active.is_(True))
        out = []
        for account in session.scalars(query):
            balance = int(balances.get(account.id) or 0)
            out.append(
                AccountView(
                    account.id,
                    account.name,
                    balance,
                    account.limit_cents,
                    max(account.limit_cents - balance, 0),
                    account.active,
                    account.phone,
                )
            )
        return out


def get_account(ctx: ServiceContext, account_id: int) -> AccountView:
    with ctx.uow(read_only=True) as uow:
        return _view(uow.session, _account(uow.session, account_id))


def create_account(
    ctx: ServiceContext, actor: Actor, name: str, limit_cents: Cents, *, phone: str = ""
) -> AccountView:
    """Open an account for a regular (a manager decides who gets credit)."""
    actor.require(Permission.EDIT_SETTINGS)
    try:
        name = one_line(name, "Le nom du client")
    except TextError as exc:
        raise AccountError(str(exc)) from exc
    if not name:
        raise AccountError("Donnez le nom du client")
    if len(name) > MAX_NAME_LENGTH:
        raise AccountError(f"Nom trop long ({MAX_NAME_LENGTH} caractères au plus)")
    _check_limit(limit_cents)
    with ctx.uow() as uow:
        session = uow.session
        exists = session.scalar(
            select(func.count())
            .select_from(CustomerAccount)
            .where(func.lower(CustomerAccount.name) == name.lower())
        )
        if exists:
            raise AccountError(f"Un compte « {name} » existe déjà")
        account = CustomerAccount(
            name=name,
            phone=phone.strip()[:30],
            limit_cents=limit_cents,
            active=True,
            created_at=to_utc_naive(ctx.clock.now()),
            note="",
        )
        session.add(account)
        session.flush()
        view = _view(session, account)
        uow.commit()
        return view


def set_limit(
    ctx: ServiceContext, actor: Actor, account_id: int, limit_cents: Cents
) -> AccountView:
    actor.require(Permission.EDIT_SETTINGS)
    _check_limit(limit_cents)
    with ctx.uow() as uow:
        account = _account(uow.session, account_id)
        account.limit_cents = limit_cents
        uow.session.flush()
        view = _view(uow.session, account)
        uow.commit()
        return view


def set_active(ctx: ServiceContext, actor: Actor, account_id: int, active: bool) -> AccountView:
    """Close (or reopen) an account; one with money owed cannot be closed."""
    actor.require(Permission.EDIT_SETTINGS)
    with ctx.uow() as uow:
        session = uow.session
        account = _account(session, account_id)
        balance = account_balance(session, account_id)
        if not active and balance:
            raise AccountError(
                f"{account.name} doit encore {format_eur(balance)} : réglez le compte avant"
            )
        account.active = active
        view = _view(session, account)
        uow.commit()
        return view


def settle_account(
    ctx: ServiceContext, actor: Actor, account_id: int, amount_cents: Cents, method: str
) -> AccountView:
    """The customer pays (part of) what they owe, in cash, by card or by cheque."""
    actor.require(Permission.SELL)
    if method not in SETTLEMENT_METHODS:
        raise AccountError("Règlement d'un compte : espèces, carte ou chèque")
    if isinstance(amount_cents, bool) or not isinstance(amount_cents, int) or amount_cents <= 0:
        raise AccountError("Le montant du règlement doit être positif")
    if ctx.training:
        raise AccountError("Les comptes clients ne se règlent pas en mode formation")
    with ctx.uow() as uow:
        session = uow.session
        account = _account(session, account_id)
        balance = account_balance(session, account_id)
        if amount_cents > balance:
            raise AccountError(
                f"{account.name} doit {format_eur(max(balance, 0))} : "
                "le règlement ne peut pas dépasser ce montant"
            )
        now = ctx.clock.now()
        at = fiscal_time(ctx, session)  # the journal's time (never before the last record)
        if method == "cash":  # the cash goes into an open drawer session, never outside
            cash.ensure_drawer_open(ctx, session, actor, at, cash.business_day(ctx, session, now))
        entry = AccountEntry(
            account_id=account.id,
            created_at=at,
            amount_cents=-amount_cents,
            kind="settlement",
            method=method,
            ticket_id=None,
            user_name=actor.name,
        )
        session.add(entry)
        session.flush()
        seal_account_entry(ctx, session, entry.id)  # the balance owed is money: sealed
        view = _view(session, account)
        uow.commit()
        return view


def statement(ctx: ServiceContext, account_id: int) -> list[StatementLine]:
    """Every entry of the account, oldest first, with the running balance."""
    with ctx.uow(read_only=True) as uow:
        session = uow.session
        _account(session, account_id)
        rows = session.execute(
            select(AccountEntry, Ticket.number)
            .outerjoin(Ticket, Ticket.id == AccountEntry.ticket_id)
            .where(AccountEntry.account_id == account_id)
            .order_by(AccountEntry.created_at, AccountEntry.id)
        )
        out = []
        balance = 0
        for entry, number in rows:
            balance += entry.amount_cents
            label = ENTRY_LABELS.get(entry.kind, entry.kind)
            if number is not None:
                label = f"{label} — ticket n° {number}"
            out.append(
                StatementLine(
                    at=from_utc_naive(entry.created_at),
                    kind=entry.kind,
                    label=label,
                    amount_cents=entry.amount_cents,
                    balance_cents=balance,
                    ticket_number=number,
                    method=entry.method,
                    user_name=entry.user_name,
                )
            )
        return out
