"""What a Z, an X or a period report says, as titled sections of text rows.

One content for every rendering: the PDF tables (z_pdf, period_pdf), the receipt printer
(``receipt_lines``, device-neutral lines of ``cafe_pos.domain.receipt_layout``) and the
app's Rapports screen. Amounts in French form ("1 234,50 €").
"""

from __future__ import annotations

from dataclasses import dataclass

from cafe_pos.domain.cash import difference_label
from cafe_pos.domain.figures import Figures
from cafe_pos.domain.formatting import count_fr, date_fr, datetime_fr, share_fr
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.receipt import PAYMENT_LABELS
from cafe_pos.domain.receipt_layout import PrintLine, build_text_document
from cafe_pos.domain.vat import format_rate

RESPONSIBLE_LABELS = {
    "age_checks": "Contrôles d'âge",
    "age_checks_evident": "  dont majeur évident",
    "age_checks_id": "  dont pièce vérifiée",
    "refusals": "Refus de vente d'alcool",
    "refusals_minor": "  dont mineurs",
    "refusals_drunk": "  dont ivresse manifeste",
    "reminders": "Rappels (eau, boisson sans alcool)",
    "sam_drinks": "Boissons SAM offertes",
    "hours_overrides": "Dérogations aux horaires",
    "drinks": "Boissons vendues",
    "non_alcoholic_drinks": "  dont sans alcool",
}


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    columns: tuple[str, ...]  # column titles; rows have as many cells
    rows: tuple[tuple[str, ...], ...]
    total: tuple[str, ...] | None = None  # a bold last row


def payment_label(method: str) -> str:
    return PAYMENT_LABELS.get(method, method)


def status_line(f: Figures) -> str:
    if f.kind == "x":
        return "Lecture X : rien n'est clôturé, les chiffres peuvent encore changer."
    if f.kind == "z" and not f.closed:
        return "Journée non clôturée : ce Z est provisoire."
    if f.kind in ("month", "year") and not f.closed:
        return "Période non clôturée : chiffres provisoires."
    return "Période clôturée."


def zero_line(f: Figures) -> str | None:
    if not f.is_zero:
        return None
    if f.kind == "z":
        return "Aucune vente ce jour : Z à zéro, valide."
    if f.kind == "x":
        return "Aucune vente pour l'instant ce jour."
    return "Aucune vente sur la période."


def key_figures(f: Figures) -> Section:
    rows = [
        ("Tickets de vente", str(f.tickets)),
        ("Total TTC", format_eur(f.total_cents)),
        ("Panier moyen", format_eur(f.average_basket_cents)),
        ("Ventes", format_eur(f.sales_cents)),
        ("Remboursements", f"{f.refunds.count} — {format_eur(f.refunds_cents)}"),
    ]
    if f.first_number is not None:
        rows.append(("Tickets n°", f"{f.first_number} à {f.last_number}"))
    return Section("Chiffres clés", ("", ""), tuple(rows))


def vat_section(f: Figures) -> Section:
    rows = tuple(
        (
            f"{format_rate(v.rate_bp)} %",
            format_eur(v.base_cents),
            format_eur(v.vat_cents),
            format_eur(v.total_cents),
        )
        for v in f.by_vat_rate
    )
    total = (
        "Total",
        format_eur(sum(v.base_cents for v in f.by_vat_rate)),
        format_eur(sum(v.vat_cents for v in f.by_vat_rate)),
        format_eur(sum(v.total_cents for v in f.by_vat_rate)),
    )
    return Section("TVA par taux", ("Taux", "HT", "TVA", "TTC"), rows, total)


def payments_section(f: Figures) -> Section:
    rows = tuple((payment_label(a.label), format_eur(a.cents)) for a in f.by_payment_method)
    total = ("Total", format_eur(sum(a.cents for a in f.by_payment_method)))
    return Section("Modes de paiement", ("Mode", "Montant"), rows, total)


def categories_section(f: Figures) -> Section:
    rows = tuple((a.label, format_eur(a.cents)) for a in f.by_category)
    total = ("Total", format_eur(sum(a.cents for a in f.by_category)))
    return Section("Ventes par catégorie", ("Catégorie", "TTC"), rows, total)


def third_party_section(f: Figures) -> Section:
    rows: list[tuple[str, str]] = [
        ("Ventes propres (chiffre d'affaires)", format_eur(f.own_sales_cents))
    ]
    rows += [(f"Pour tiers : {a.label}", format_eur(a.cents)) for a in f.third_party_by_category]
    rows.append(("Total encaissé pour des tiers", format_eur(f.third_party_cents)))
    for b in f.third_party_by_beneficiary:
        rows.append((f"Dû à {b.name} (encaissé − commission)", format_eur(b.due_cents)))
        rows.append((f"Commission sur {b.name}", format_eur(b.commission_cents)))
    rows.append(("Commissions (chiffre d'affaires)", format_eur(f.commission_cents)))
    if f.relay_commission_cents:
        rows.append(
            (
                "Commissions du point relais (colis, hors caisse)",
                format_eur(f.relay_commission_cents),
            )
        )
    rows.append(
        ("Chiffre d'affaires propre (ventes + commissions)", format_eur(f.own_turnover_cents))
    )
    rows.append(
        (f"Cash-back ({count_fr(f.cashback.count, 'opération')})", format_eur(f.cashback.cents))
    )
    rows.append(
        (
            f"Retraits pour tiers ({count_fr(f.withdrawals.count, 'opération')})",
            format_eur(f.withdrawals.cents),
        )
    )
    return Section("Ventes propres et encaissements pour tiers", ("", ""), tuple(rows))


def operations_section(f: Figures) -> Section:
    rows = (
        ("Remises", f"{f.discounts.count} — {format_eur(f.discounts.cents)}"),
        ("Remboursements", f"{f.refunds.count} — {format_eur(f.refunds.cents)}"),
        (
            "Annulations (ticket entier)",
            f"{f.cancellations.count} — {format_eur(f.cancellations.cents)}",
        ),
        (
            "Lignes supprimées avant paiement",
            f"{f.removed_lines.count} — {format_eur(f.removed_lines.cents)}",
        ),
        ("Duplicatas imprimés", str(f.reprints)),
        ("Tiroir ouvert sans vente", str(f.drawer_openings)),
    )
    return Section("Opérations sensibles", ("", ""), rows)


def cash_section(f: Figures) -> Section | None:
    if not f.cash:
        return None
    rows: list[tuple[str, str]] = []
    for index, c in enumerate(f.cash, start=1):
        prefix = f"Caisse {index} : " if len(f.cash) > 1 else ""
        rows.append((f"{prefix}fond de caisse ({c.opened_by})", format_eur(c.float_cents)))
        rows.append((f"{prefix}entrées d'espèces", format_eur(c.cash_in_cents)))
        rows.append((f"{prefix}sorties d'espèces", format_eur(c.cash_out_cents)))
        if c.counted_cents is None or c.expected_cents is None or c.difference_cents is None:
            rows.append((f"{prefix}état", "ouverte, pas encore comptée"))
            continue
        rows.append((f"{prefix}espèces attendues", format_eur(c.expected_cents)))
        rows.append((f"{prefix}espèces comptées ({c.closed_by})", format_eur(c.counted_cents)))
        rows.append((f"{prefix}écart", difference_label(c.difference_cents)))
        if c.difference_reason:
            rows.append((f"{prefix}raison de l'écart", c.difference_reason))
    return Section("Caisse (espèces)", ("", ""), tuple(rows))


def responsible_section(f: Figures) -> Section:
    rows: list[tuple[str, str]] = []
    for key, value in f.responsible_sale.items():
        if key == "non_alcoholic_share":
            continue
        rows.append((RESPONSIBLE_LABELS.get(key, key.replace("_", " ")), str(value)))
    share = f.responsible_sale.get("non_alcoholic_share", "0.00")
    rows.append(("Part des boissons sans alcool", share_fr(str(share))))
    return Section("Vente responsable d'alcool (anonyme)", ("", ""), tuple(rows))


def perpetual_section(f: Figures) -> Section:
    rows = [
        ("Grand total perpétuel", format_eur(f.perpetual_total_cents)),
        ("Grand total perpétuel absolu", format_eur(f.perpetual_total_absolute_cents)),
    ]
    if f.seal is not None:
        rows.append(("Extrait de signature", f.seal.signature_short))
        rows.append(("Empreinte de la clé", f.seal.key_fingerprint))
        if f.seal.closed_at is not None:
            rows.append(("Clôturé le", f"{datetime_fr(f.seal.closed_at)} par {f.seal.closed_by}"))
    return Section("Grands totaux et signature", ("", ""), tuple(rows))


def days_section(f: Figures) -> Section:
    rows = tuple(
        (date_fr(p.day), str(p.tickets), format_eur(p.total_cents))
        for p in f.days
        if p.tickets or p.total_cents
    )
    total = (
        "Total",
        str(sum(p.tickets for p in f.days)),
        format_eur(sum(p.total_cents for p in f.days)),
    )
    return Section("Ventes par jour", ("Jour", "Tickets", "TTC"), rows, total)


def top_products_section(f: Figures) -> Section:
    rows = tuple((p.label, format_eur(p.total_cents)) for p in f.top_products)
    return Section("Meilleures ventes", ("Produit", "TTC"), rows)


def report_sections(f: Figures) -> list[Section]:
    """Every section of the report, in reading order."""
    sections = [
        key_figures(f),
        vat_section(f),
        payments_section(f),
        categories_section(f),
        third_party_section(f),
        operations_section(f),
    ]
    cash = cash_section(f)
    if cash is not None:
        sections.append(cash)
    sections += [responsible_section(f), perpetual_section(f)]
    return sections


def receipt_lines(f: Figures, *, width: int = 48) -> list[PrintLine]:
    """The report for the receipt printer (device-neutral lines, cut at the end)."""
    rows: list[str | tuple[str, str] | None] = [f.header.name, *f.header.address.splitlines()]
    if f.header.siret:
        rows.append(f"SIRET {f.header.siret} — NAF {f.header.naf_code}")
    rows += [f"Caisse {f.register} — édité le {datetime_fr(f.generated_at)}", status_line(f)]
    zero = zero_line(f)
    if zero:
        rows.append(zero)
    for section in report_sections(f):
        rows += [None, section.title.upper()]
        for row in (*section.rows, *((section.total,) if section.total else ())):
            if len(row) == 2:
                rows.append((row[0], row[1]))
            else:
                rows.append(row[0])
                rows += [
                    (f"  {name}", value)
                    for name, value in zip(section.columns[1:], row[1:], strict=True)
                ]
    return build_text_document(f.title, rows, width=width)
