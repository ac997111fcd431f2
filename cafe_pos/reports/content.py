"""What a Z, an X or a period report says, as titled sections of text rows.

One content for every rendering: the PDF tables (z_pdf, period_pdf), the receipt printer
(``receipt_lines``, device-neutral lines of ``cafe_pos.domain.receipt_layout``) and the
app's Rapports screen. Amounts in French form ("1 234,50 €").

The printed and PDF reports are French (legal documents); the screen passes the
interface's language as ``lang`` and gets the same content in it (``reports.wording``).
"""

from __future__ import annotations

from dataclasses import dataclass

from cafe_pos.domain.cash import difference_label
from cafe_pos.domain.figures import Figures
from cafe_pos.domain.formatting import share_fr
from cafe_pos.domain.money import format_eur
from cafe_pos.domain.receipt import PAYMENT_LABELS
from cafe_pos.domain.receipt_layout import PrintLine, build_text_document
from cafe_pos.domain.vat import format_rate
from cafe_pos.reports.wording import count_text, date_text, datetime_text, month_text, words

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


def payment_label(method: str, lang: str = "fr") -> str:
    return words(lang)(PAYMENT_LABELS.get(method, method))


def report_title(f: Figures, lang: str = "fr") -> str:
    """ "Clôture journalière (Z) du 26/11/2026", in ``lang``."""
    w = words(lang)
    if f.kind == "z":
        return w("Clôture journalière (Z) du {0}").format(date_text(f.first_day, lang))
    if f.kind == "x":
        return w("Lecture (X) du {0}").format(date_text(f.first_day, lang))
    if f.kind == "month":
        month = month_text(f.first_day.year, f.first_day.month, lang)
        return w("Rapport mensuel — {0}").format(month)
    return w("Rapport annuel — {0}").format(f.first_day.year)


def _difference(cents: int, lang: str) -> str:
    if lang == "fr":
        return difference_label(cents)
    w = words(lang)
    if cents == 0:
        return w("Caisse juste")
    if cents > 0:
        return w("Excédent de {0}").format(format_eur(cents))
    return w("Manque de {0}").format(format_eur(-cents))


def status_line(f: Figures, lang: str = "fr") -> str:
    w = words(lang)
    if f.kind == "x":
        return w("Lecture X : rien n'est clôturé, les chiffres peuvent encore changer.")
    if f.kind == "z" and not f.closed:
        return w("Journée non clôturée : ce Z est provisoire.")
    if f.kind in ("month", "year") and not f.closed:
        return w("Période non clôturée : chiffres provisoires.")
    return w("Période clôturée.")


def zero_line(f: Figures, lang: str = "fr") -> str | None:
    w = words(lang)
    if not f.is_zero:
        return None
    if f.kind == "z":
        return w("Aucune vente ce jour : Z à zéro, valide.")
    if f.kind == "x":
        return w("Aucune vente pour l'instant ce jour.")
    return w("Aucune vente sur la période.")


def _count_amount(count: int, cents: int) -> str:
    return f"{count} — {format_eur(cents)}"


def key_figures(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
    rows = [
        (w("Tickets de vente"), str(f.tickets)),
        (w("Total TTC"), format_eur(f.total_cents)),
        (w("Panier moyen"), format_eur(f.average_basket_cents)),
        (w("Ventes"), format_eur(f.sales_cents)),
        (w("Remboursements"), _count_amount(f.refunds.count, f.refunds_cents)),
    ]
    if f.first_number is not None:
        rows.append((w("Tickets n°"), w("{0} à {1}").format(f.first_number, f.last_number)))
    return Section(w("Chiffres clés"), ("", ""), tuple(rows))


def vat_section(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
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
        w("Total"),
        format_eur(sum(v.base_cents for v in f.by_vat_rate)),
        format_eur(sum(v.vat_cents for v in f.by_vat_rate)),
        format_eur(sum(v.total_cents for v in f.by_vat_rate)),
    )
    columns = (w("Taux"), w("HT"), w("TVA"), w("TTC"))
    return Section(w("TVA par taux"), columns, rows, total)


def payments_section(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
    rows = tuple((payment_label(a.label, lang), format_eur(a.cents)) for a in f.by_payment_method)
    total = (w("Total"), format_eur(sum(a.cents for a in f.by_payment_method)))
    return Section(w("Modes de paiement"), (w("Mode"), w("Montant")), rows, total)


def categories_section(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
    rows = tuple((a.label, format_eur(a.cents)) for a in f.by_category)
    total = (w("Total"), format_eur(sum(a.cents for a in f.by_category)))
    return Section(w("Ventes par catégorie"), (w("Catégorie"), w("TTC")), rows, total)


def third_party_section(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
    rows: list[tuple[str, str]] = [
        (w("Ventes propres (chiffre d'affaires)"), format_eur(f.own_sales_cents))
    ]
    rows += [
        (w("Pour tiers : {0}").format(a.label), format_eur(a.cents))
        for a in f.third_party_by_category
    ]
    rows.append((w("Total encaissé pour des tiers"), format_eur(f.third_party_cents)))
    for b in f.third_party_by_beneficiary:
        rows.append((w("Dû à {0} (encaissé − commission)").format(b.name), format_eur(b.due_cents)))
        rows.append((w("Commission sur {0}").format(b.name), format_eur(b.commission_cents)))
    rows.append((w("Commissions (chiffre d'affaires)"), format_eur(f.commission_cents)))
    if f.relay_commission_cents:
        rows.append(
            (
                w("Commissions du point relais (colis, hors caisse)"),
                format_eur(f.relay_commission_cents),
            )
        )
    rows.append(
        (w("Chiffre d'affaires propre (ventes + commissions)"), format_eur(f.own_turnover_cents))
    )
    rows.append(
        (
            w("Cash-back ({0})").format(count_text(f.cashback.count, "opération", lang)),
            format_eur(f.cashback.cents),
        )
    )
    rows.append(
        (
            w("Retraits pour tiers ({0})").format(
                count_text(f.withdrawals.count, "opération", lang)
            ),
            format_eur(f.withdrawals.cents),
        )
    )
    return Section(w("Ventes propres et encaissements pour tiers"), ("", ""), tuple(rows))


def operations_section(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
    rows = (
        (w("Remises"), _count_amount(f.discounts.count, f.discounts.cents)),
        (w("Remboursements"), _count_amount(f.refunds.count, f.refunds.cents)),
        (
            w("Annulations (ticket entier)"),
            _count_amount(f.cancellations.count, f.cancellations.cents),
        ),
        (
            w("Lignes supprimées avant paiement"),
            _count_amount(f.removed_lines.count, f.removed_lines.cents),
        ),
        (w("Duplicatas imprimés"), str(f.reprints)),
        (w("Tiroir ouvert sans vente"), str(f.drawer_openings)),
    )
    return Section(w("Opérations sensibles"), ("", ""), rows)


def cash_section(f: Figures, lang: str = "fr") -> Section | None:
    w = words(lang)
    if not f.cash:
        return None
    rows: list[tuple[str, str]] = []
    for index, c in enumerate(f.cash, start=1):
        prefix = w("Caisse {0} : ").format(index) if len(f.cash) > 1 else ""
        rows.append(
            (prefix + w("fond de caisse ({0})").format(c.opened_by), format_eur(c.float_cents))
        )
        rows.append((prefix + w("entrées d'espèces"), format_eur(c.cash_in_cents)))
        rows.append((prefix + w("sorties d'espèces"), format_eur(c.cash_out_cents)))
        if c.counted_cents is None or c.expected_cents is None or c.difference_cents is None:
            rows.append((prefix + w("état"), w("ouverte, pas encore comptée")))
            continue
        rows.append((prefix + w("espèces attendues"), format_eur(c.expected_cents)))
        rows.append(
            (prefix + w("espèces comptées ({0})").format(c.closed_by), format_eur(c.counted_cents))
        )
        rows.append((prefix + w("écart"), _difference(c.difference_cents, lang)))
        if c.difference_reason:
            rows.append((prefix + w("raison de l'écart"), c.difference_reason))
    return Section(w("Caisse (espèces)"), ("", ""), tuple(rows))


def responsible_section(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
    rows: list[tuple[str, str]] = []
    for key, value in f.responsible_sale.items():
        if key == "non_alcoholic_share":
            continue
        rows.append((w(RESPONSIBLE_LABELS.get(key, key.replace("_", " "))), str(value)))
    share = f.responsible_sale.get("non_alcoholic_share", "0.00")
    rows.append((w("Part des boissons sans alcool"), share_fr(str(share))))
    return Section(w("Vente responsable d'alcool (anonyme)"), ("", ""), tuple(rows))


def perpetual_section(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
    rows = [
        (w("Grand total perpétuel"), format_eur(f.perpetual_total_cents)),
        (w("Grand total perpétuel absolu"), format_eur(f.perpetual_total_absolute_cents)),
    ]
    if f.seal is not None:
        rows.append((w("Extrait de signature"), f.seal.signature_short))
        rows.append((w("Empreinte de la clé"), f.seal.key_fingerprint))
        if f.seal.closed_at is not None:
            when = datetime_text(f.seal.closed_at, lang)
            rows.append((w("Clôturé le"), w("{0} par {1}").format(when, f.seal.closed_by)))
    return Section(w("Grands totaux et signature"), ("", ""), tuple(rows))


def days_section(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
    rows = tuple(
        (date_text(p.day, lang), str(p.tickets), format_eur(p.total_cents))
        for p in f.days
        if p.tickets or p.total_cents
    )
    total = (
        w("Total"),
        str(sum(p.tickets for p in f.days)),
        format_eur(sum(p.total_cents for p in f.days)),
    )
    return Section(w("Ventes par jour"), (w("Jour"), w("Tickets"), w("TTC")), rows, total)


def top_products_section(f: Figures, lang: str = "fr") -> Section:
    w = words(lang)
    rows = tuple((p.label, format_eur(p.total_cents)) for p in f.top_products)
    return Section(w("Meilleures ventes"), (w("Produit"), w("TTC")), rows)


def report_sections(f: Figures, lang: str = "fr") -> list[Section]:
    """Every section of the report, in reading order."""
    sections = [
        key_figures(f, lang),
        vat_section(f, lang),
        payments_section(f, lang),
        categories_section(f, lang),
        third_party_section(f, lang),
        operations_section(f, lang),
    ]
    cash = cash_section(f, lang)
    if cash is not None:
        sections.append(cash)
    sections += [responsible_section(f, lang), perpetual_section(f, lang)]
    return sections


def receipt_lines(f: Figures, *, width: int = 48) -> list[PrintLine]:
    """The report for the receipt printer (device-neutral lines, cut at the end)."""
    rows: list[str | tuple[str, str] | None] = [f.header.name, *f.header.address.splitlines()]
    if f.header.siret:
        rows.append(f"SIRET {f.header.siret} — NAF {f.header.naf_code}")
    rows += [f"Caisse {f.register} — édité le {datetime_text(f.generated_at)}", status_line(f)]
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
