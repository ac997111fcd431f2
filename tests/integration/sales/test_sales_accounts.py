"""Customer accounts: limit, no alcohol on credit, settlement, statement."""

from __future__ import annotations

import pytest
from sales_helpers import MANAGER, STAFF, Items, counts

from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.errors import PermissionDenied
from cafe_pos.domain.payments import AlcoholOnCredit, PaymentInput
from cafe_pos.services import accounts
from cafe_pos.services.selling import AccountLimitExceeded, checkout


def test_pay_on_account_settle_and_statement(ctx: ServiceContext, items: Items) -> None:
    with pytest.raises(PermissionDenied):
        accounts.create_account(ctx, STAFF, "Marcel Dupuy", 5000)
    marcel = accounts.create_account(ctx, MANAGER, "Marcel Dupuy", 5000)
    cart = Cart()
    cart.add(items["sandwich"], 2000)
    cart.add(items["coffee"])
    result = checkout(
        ctx,
        STAFF,
        cart,
        [PaymentInput("account", 1250)],
        customer_account_id=marcel.id,
        token=cart.token,
    )
    assert result.receipt.customer_account == "Marcel Dupuy"
    view = accounts.get_account(ctx, marcel.id)
    assert (view.balance_cents, view.available_cents) == (1250, 3750)
    after = accounts.settle_account(ctx, STAFF, marcel.id, 1000, "cash")
    assert after.balance_cents == 250
    with pytest.raises(accounts.AccountError, match="2,50 €"):
        accounts.settle_account(ctx, STAFF, marcel.id, 1000, "card")
    lines = accounts.statement(ctx, marcel.id)
    assert [(ln.kind, ln.amount_cents, ln.balance_cents) for ln in lines] == [
        ("purchase", 1250, 1250),
        ("settlement", -1000, 250),
    ]
    assert lines[0].ticket_number == 1 and "ticket n° 1" in lines[0].label
    assert lines[1].method == "cash"
    assert [a.name for a in accounts.list_accounts(ctx)] == ["Marcel Dupuy"]


def test_over_the_limit_is_refused_with_the_available_amount(
    ctx: ServiceContext, items: Items
) -> None:
    acc = accounts.create_account(ctx, MANAGER, "Josette", 1000)
    cart = Cart()
    cart.add(items["sandwich"], 2000)  # 11,00 €
    before = counts(ctx)
    with pytest.raises(AccountLimitExceeded, match="disponible 10,00 €"):
        checkout(
            ctx,
            STAFF,
            cart,
            [PaymentInput("account", 1100)],
            customer_account_id=acc.id,
            token=cart.token,
        )
    assert counts(ctx) == before
    # Part on account, the rest in cash: accepted.
    checkout(
        ctx,
        STAFF,
        cart,
        [PaymentInput("account", 1000), PaymentInput("cash", 100)],
        customer_account_id=acc.id,
        token=cart.token,
    )
    assert accounts.get_account(ctx, acc.id).available_cents == 0


def test_alcohol_never_on_account(ctx: ServiceContext, items: Items) -> None:
    acc = accounts.create_account(ctx, MANAGER, "Gérard", 10000)
    cart = Cart()
    cart.add(items["beer"])
    cart.add(items["coffee"])
    with pytest.raises(AlcoholOnCredit, match="Code de la santé publique"):
        checkout(
            ctx,
            STAFF,
            cart,
            [PaymentInput("account", 450)],
            customer_account_id=acc.id,
            token=cart.token,
        )
    checkout(
        ctx,
        STAFF,
        cart,
        [PaymentInput("account", 150), PaymentInput("cash", 300)],
        customer_account_id=acc.id,
        token=cart.token,
    )
    assert accounts.get_account(ctx, acc.id).balance_cents == 150


def test_bad_account_input(ctx: ServiceContext) -> None:
    with pytest.raises(accounts.AccountError):
        accounts.create_account(ctx, MANAGER, "  ", 1000)
    with pytest.raises(accounts.AccountError, match="négatif"):
        accounts.create_account(ctx, MANAGER, "Paul", -5)
    acc = accounts.create_account(ctx, MANAGER, "Paul", 1000)
    with pytest.raises(accounts.AccountError, match="existe déjà"):
        accounts.create_account(ctx, MANAGER, "paul", 1000)
    with pytest.raises(accounts.AccountError, match="espèces, carte ou chèque"):
        accounts.settle_account(ctx, STAFF, acc.id, 100, "meal_voucher")
