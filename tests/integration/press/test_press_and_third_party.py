"""Press on consignment through the real services and a real migrated SQLite file: titles,
the morning delivery, sales by scanning at the till, returns, the distributor's statement,
what the café owes and pays, and the split of own turnover vs money held for others."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from reports_factory import set_identity

from cafe_pos.app import open_context
from cafe_pos.context import ServiceContext
from cafe_pos.domain.cart import Cart
from cafe_pos.domain.clock import PARIS, FixedClock
from cafe_pos.domain.errors import UserError
from cafe_pos.domain.payments import PaymentInput
from cafe_pos.domain.press import Periodicity, PressError, ean_for, title_key_for
from cafe_pos.domain.users import Actor, Role
from cafe_pos.services import press, sale_items, selling, third_party
from cafe_pos.services.third_party import ThirdPartyError

MANAGER = Actor(None, "Camille", Role.MANAGER)
STAFF = Actor(None, "Léo", Role.STAFF)
LE_MONDE = ean_for(title_key_for("0395-2037"))
GEO = ean_for(title_key_for("0220-8245"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 12, 1, 6, 30, tzinfo=PARIS))


@pytest.fixture
def ctx(tmp_path: Path, clock: FixedClock) -> ServiceContext:
    context = open_context(tmp_path / "cafe.db", clock=clock)
    set_identity(context)
    return context


def _titles(ctx: ServiceContext) -> tuple[press.TitleView, press.TitleView]:
    monde = press.add_title(
        ctx, MANAGER, press.TitleInput("Le Monde", "0395-2037", "MLP", Periodicity.DAILY)
    )
    geo = press.add_title(
        ctx,
        MANAGER,
        press.TitleInput("Géo", "0220-8245", "France Messagerie", Periodicity.MONTHLY),
    )
    return monde, geo


def _sell(ctx: ServiceContext, codes: list[str], token: str) -> int:
    cart = Cart()
    for code in codes:
        found = sale_items.scan(ctx, code)
        assert found.item is not None, found.message
        found.add_to(cart)
    payment = PaymentInput("cash", cart.total_cents)
    result = selling.checkout(ctx, STAFF, cart, [payment], token=token)
    assert result.ticket_number is not None
    return result.ticket_number


def test_a_morning_of_press_from_delivery_to_statement(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    monde, geo = _titles(ctx)
    assert (monde.commission_bp, geo.commission_bp) == (1400, 1300)  # the defaults
    assert monde.vat_bp == 210
    delivered = press.receive_delivery(
        ctx,
        STAFF,
        [
            press.DeliveryLine(monde.id, "24117", 300, 10),
            press.DeliveryLine(geo.id, "552", 790, 4, dt.date(2026, 12, 28)),
        ],
        reference="BL 4471",
    )
    assert [(v.label, v.supplied, v.on_shelf) for v in delivered] == [
        ("Le Monde n° 24117", 10, 10),
        ("Géo n° 552", 4, 4),
    ]
    clock.set(dt.datetime(2026, 12, 1, 8, 0, tzinfo=PARIS))
    # Sold by scanning: the add-on gives the issue; the line is third-party at 2.1 %.
    found = sale_items.scan(ctx, LE_MONDE + "24117")
    assert found.item is not None and found.item.third_party
    assert found.item.label == "Le Monde n° 24117" and found.item.vat_onsite_bp == 210
    _sell(ctx, [LE_MONDE + "24117", LE_MONDE + "24117", LE_MONDE + "24117"], "p1")
    _sell(ctx, [GEO + "00552"], "p2")
    # A scanner that does not read add-ons: the latest issue delivered.
    without = sale_items.scan(ctx, LE_MONDE)
    assert without.item is not None and "24117" in without.message

    # Tomorrow's paper arrives before its delivery note: created at the last price.
    clock.set(dt.datetime(2026, 12, 2, 7, 0, tzinfo=PARIS))
    tomorrow = sale_items.scan(ctx, LE_MONDE + "24118")
    assert tomorrow.item is not None and tomorrow.item.price_cents == 300
    assert "créé" in tomorrow.message

    due = press.returns_due(ctx)
    assert [(v.label, v.on_shelf) for v in due] == [("Le Monde n° 24117", 7)]
    with pytest.raises(PressError, match="7 restant"):
        press.record_return(ctx, STAFF, due[0].id, 8)
    done = press.record_return(ctx, STAFF, due[0].id, 7, "retour 02/12")
    assert done.issue.on_shelf == 0 and done.warning == ""
    assert press.returns_due(ctx) == []

    distributors = {b.name: b for b in third_party.balances(ctx)}
    mlp = distributors["MLP"]
    statement = press.statement(
        ctx, MANAGER, mlp.beneficiary_id, dt.date(2026, 11, 30), dt.date(2026, 12, 6)
    )
    line = statement.lines[0]
    assert (line.title, line.supplied, line.sold, line.returned) == ("Le Monde", 10, 3, 7)
    assert statement.takings_cents == 900
    assert statement.commission_cents == 3 * 42  # 14 % of 3,00 € per copy, line by line
    assert mlp.takings_cents == 900 and mlp.owed_cents == 900 - 126

    with pytest.raises(ThirdPartyError, match="dus à MLP"):
        third_party.pay(ctx, MANAGER, mlp.beneficiary_id, 775, "cheque", "n° 1234567")
    after = third_party.pay(ctx, MANAGER, mlp.beneficiary_id, 774, "cheque", "n° 1234567")
    assert after.owed_cents == 0

    split = third_party.period_split(ctx, MANAGER, dt.date(2026, 12, 1), dt.date(2026, 12, 1))
    assert split.total_cents == 900 + 790
    assert split.third_party_cents == 1690
    assert split.commission_cents == 126 + 103  # 13 % of 7,90 € = 1,027 -> 1,03
    assert split.own_turnover_cents == 229
    assert [(b.name, b.takings_cents) for b in split.by_beneficiary] == [
        ("France Messagerie", 790),
        ("MLP", 900),
    ]


def test_a_late_return_is_recorded_with_a_warning(ctx: ServiceContext, clock: FixedClock) -> None:
    monde, _ = _titles(ctx)
    issue = press.receive_delivery(ctx, STAFF, [press.DeliveryLine(monde.id, "24117", 300, 5)])[0]
    clock.set(dt.datetime(2026, 12, 4, 7, 0, tzinfo=PARIS))
    done = press.record_return(ctx, STAFF, issue.id, 5)
    assert "date limite" in done.warning


def test_bad_press_input_is_refused_and_writes_nothing(ctx: ServiceContext) -> None:
    monde, _ = _titles(ctx)
    with pytest.raises(PressError, match="clé de contrôle"):
        press.add_title(
            ctx, MANAGER, press.TitleInput("Faux", "0395-2036", "MLP", Periodicity.DAILY)
        )
    with pytest.raises(PressError, match="existe déjà"):
        press.add_title(
            ctx, MANAGER, press.TitleInput("Doublon", "0395-2037", "MLP", Periodicity.DAILY)
        )
    with pytest.raises(PressError, match="vide"):
        press.receive_delivery(ctx, STAFF, [])
    with pytest.raises(PressError, match="exemplaires"):
        press.receive_delivery(ctx, STAFF, [press.DeliveryLine(monde.id, "1", 300, 0)])
    assert press.issues_on_sale(ctx) == []
    misread = LE_MONDE[:-1] + str((int(LE_MONDE[-1]) + 1) % 10)
    with pytest.raises(UserError, match="clé de contrôle"):
        sale_items.scan(ctx, misread + "24117")
    unknown = ean_for(title_key_for("0242-6056"))  # a title the café does not sell
    assert "inconnu" in sale_items.scan(ctx, unknown + "12").message


def test_stamps_are_never_sold_on_a_customer_account(ctx: ServiceContext) -> None:
    from cafe_pos.domain.catalogue import ProductInput
    from cafe_pos.services import accounts
    from cafe_pos.services.catalogue import create_product

    stamp = create_product(
        ctx,
        MANAGER,
        ProductInput(
            name="Timbre lettre verte",
            short_label="Timbre",
            category_id=None,
            price_cents=152,
            vat_onsite_bp=0,
            vat_takeaway_bp=0,
            third_party=True,
            track_stock=False,
        ),
    )
    poste = third_party.add_beneficiary(ctx, MANAGER, "La Poste", "la_poste")
    third_party.set_product_beneficiary(ctx, MANAGER, stamp.id, poste, 300, kind="stamp")
    account = accounts.create_account(ctx, MANAGER, "Marcel Dupuy", 5000)
    cart = Cart()
    cart.add(selling.sale_item(ctx, stamp.id), 2000)
    with pytest.raises(ThirdPartyError, match="timbres"):
        selling.checkout(
            ctx,
            STAFF,
            cart,
            [PaymentInput("account", cart.total_cents)],
            customer_account_id=account.id,
            token="stamp-1",
        )
    ticket = selling.checkout(ctx, STAFF, cart, [PaymentInput("cash", 304)], token="stamp-2")
    assert ticket.ticket_number == 1  # the refused attempt consumed no number
    poste_balance = next(b for b in third_party.balances(ctx) if b.name == "La Poste")
    assert (poste_balance.takings_cents, poste_balance.commission_cents) == (
        304,
        9,
    )  # 3 % of the line, half-up


def test_the_z_separates_own_turnover_from_money_held_for_the_distributors(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    from cafe_pos.reports.content import third_party_section
    from cafe_pos.services.figures import z_figures

    monde, geo = _titles(ctx)
    press.receive_delivery(
        ctx,
        STAFF,
        [press.DeliveryLine(monde.id, "24117", 300, 10), press.DeliveryLine(geo.id, "552", 790, 4)],
    )
    clock.set(dt.datetime(2026, 12, 1, 9, 0, tzinfo=PARIS))
    _sell(ctx, [LE_MONDE + "24117", GEO + "00552"], "z1")
    z = z_figures(ctx, dt.date(2026, 12, 1))
    assert z.third_party_cents == 1090
    assert z.commission_cents == 42 + 103
    assert z.own_turnover_cents == z.own_sales_cents + 145
    payload = z.to_json_dict()
    assert payload["own_turnover_cents"] == 145
    assert [(b["name"], b["due_cents"]) for b in payload["third_party_by_beneficiary"]] == [
        ("France Messagerie", 687),
        ("MLP", 258),
    ]
    rows = {label: value for label, value in third_party_section(z).rows}
    assert rows["Dû à MLP (encaissé − commission)"] == "2,58 €"
    assert rows["Chiffre d'affaires propre (ventes + commissions)"] == "1,45 €"


def test_the_statement_and_returns_pdfs_say_what_is_due(
    ctx: ServiceContext, clock: FixedClock, tmp_path: Path
) -> None:
    import subprocess

    monde, _ = _titles(ctx)
    press.receive_delivery(ctx, STAFF, [press.DeliveryLine(monde.id, "24117", 300, 10)])
    clock.set(dt.datetime(2026, 12, 1, 9, 0, tzinfo=PARIS))
    _sell(ctx, [LE_MONDE + "24117"] * 3, "s1")
    clock.set(dt.datetime(2026, 12, 2, 7, 0, tzinfo=PARIS))
    returns = press.returns_pdf(ctx, STAFF, tmp_path / "retours.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(returns), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Retours presse du 02/12/2026" in text and "Le Monde" in text
    assert "24117" in text and " 7 " in text
    mlp = dict((name, i) for i, name in press.distributors(ctx))["MLP"]
    pdf = press.statement_pdf(
        ctx, MANAGER, mlp, dt.date(2026, 11, 30), dt.date(2026, 12, 6), tmp_path / "mlp.pdf"
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Relevé presse — MLP" in text
    assert "Montant dû au distributeur" in text and "7,74 €" in text
    assert "Café de la Place" in text
    assert returns.stat().st_mode & 0o777 == pdf.stat().st_mode & 0o777 == 0o600  # owner-only


def test_the_drawer_says_how_much_cash_is_not_the_cafes_and_withdrawals_are_owed_back(
    ctx: ServiceContext, clock: FixedClock
) -> None:
    from cafe_pos.services import cash

    monde, _ = _titles(ctx)
    press.receive_delivery(ctx, STAFF, [press.DeliveryLine(monde.id, "24117", 300, 10)])
    clock.set(dt.datetime(2026, 12, 1, 8, 0, tzinfo=PARIS))
    cash.open_session(ctx, MANAGER, {5000: 2})
    _sell(ctx, [LE_MONDE + "24117"] * 3, "c1")  # 9,00 € cash: all of it for MLP
    cart = Cart()  # one more copy, paid 2,00 € by card and 1,00 € in cash
    found = sale_items.scan(ctx, LE_MONDE + "24117")
    assert found.item is not None
    found.add_to(cart)
    payments = [PaymentInput("card", 200), PaymentInput("cash", 100)]
    selling.checkout(ctx, STAFF, cart, payments, token="c2")
    # that ticket is all press: its cash (1,00 €) is MLP's too
    assert third_party.cash_held_for_others(ctx) == 900 + 100
    mlp = next(b for b in third_party.balances(ctx) if b.name == "MLP")
    third_party.pay(ctx, MANAGER, mlp.beneficiary_id, 500, "cash", "livreur")
    assert third_party.cash_held_for_others(ctx) == 500

    poste = third_party.add_beneficiary(ctx, MANAGER, "La Poste", "la_poste")
    cash.cash_movement(ctx, STAFF, "out", 6000, "third_party_withdrawal", "retrait LBP")
    la_poste = next(b for b in third_party.balances(ctx) if b.beneficiary_id == poste)
    assert la_poste.advanced_cents == 6000
    assert la_poste.owed_cents == -6000  # La Poste owes the café the cash it handed out
