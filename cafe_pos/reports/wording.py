"""The reports' words in the interface's language (X/Z and period reports on screen).

The printed Z and the PDFs are the café's legal documents: they stay in French. The
Rapports screen follows the interface language the app chose (``ui.i18n``), which it
passes down as ``lang`` to ``reports.content``: ``words(lang)`` gives the function that
turns a French wording (a template with ``{0}`` places) into that language. A wording
missing from the table stays French, never empty.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from cafe_pos.domain.formatting import date_fr, month_fr

Words = Callable[[str], str]

ENGLISH: dict[str, str] = {
    # status and title lines
    "Lecture X : rien n'est clôturé, les chiffres peuvent encore changer.": (
        "X reading: nothing is closed, the figures can still change."
    ),
    "Journée non clôturée : ce Z est provisoire.": "Day not closed: this Z is provisional.",
    "Période non clôturée : chiffres provisoires.": "Period not closed: provisional figures.",
    "Période clôturée.": "Period closed.",
    "Aucune vente ce jour : Z à zéro, valide.": "No sale this day: a zero Z, valid.",
    "Aucune vente pour l'instant ce jour.": "No sale yet today.",
    "Aucune vente sur la période.": "No sale in the period.",
    "Clôture journalière (Z) du {0}": "Daily closure (Z) of {0}",
    "Lecture (X) du {0}": "Reading (X) of {0}",
    "Rapport mensuel — {0}": "Monthly report — {0}",
    "Rapport annuel — {0}": "Yearly report — {0}",
    # key figures
    "Chiffres clés": "Key figures",
    "Tickets de vente": "Sale tickets",
    "Total TTC": "Total incl. VAT",
    "Panier moyen": "Average basket",
    "Ventes": "Sales",
    "Remboursements": "Refunds",
    "Tickets n°": "Ticket numbers",
    "{0} à {1}": "{0} to {1}",
    # VAT, payments, categories
    "TVA par taux": "VAT by rate",
    "Taux": "Rate",
    "HT": "Excl. VAT",
    "TVA": "VAT",
    "TTC": "Incl. VAT",
    "Total": "Total",
    "Modes de paiement": "Payment methods",
    "Mode": "Method",
    "Montant": "Amount",
    "Ventes par catégorie": "Sales by category",
    "Catégorie": "Category",
    "Espèces": "Cash",
    "Carte bancaire": "Card",
    "Chèque": "Cheque",
    "Titre-restaurant": "Meal voucher",
    "Compte client": "Customer account",
    # third parties
    "Ventes propres et encaissements pour tiers": "Own sales and takings for third parties",
    "Ventes propres (chiffre d'affaires)": "Own sales (turnover)",
    "Pour tiers : {0}": "For third parties: {0}",
    "Total encaissé pour des tiers": "Total taken for third parties",
    "Dû à {0} (encaissé − commission)": "Due to {0} (taken − commission)",
    "Commission sur {0}": "Commission on {0}",
    "Commissions (chiffre d'affaires)": "Commissions (turnover)",
    "Commissions du point relais (colis, hors caisse)": (
        "Parcel relay commissions (outside the till)"
    ),
    "Chiffre d'affaires propre (ventes + commissions)": "Own turnover (sales + commissions)",
    "Cash-back ({0})": "Cash-back ({0})",
    "Retraits pour tiers ({0})": "Withdrawals for third parties ({0})",
    "opération": "operation",
    "opérations": "operations",
    # sensitive operations
    "Opérations sensibles": "Sensitive operations",
    "Remises": "Discounts",
    "Annulations (ticket entier)": "Cancellations (whole ticket)",
    "Lignes supprimées avant paiement": "Lines removed before payment",
    "Duplicatas imprimés": "Duplicates printed",
    "Tiroir ouvert sans vente": "Drawer opened without a sale",
    # cash
    "Caisse (espèces)": "Till (cash)",
    "Caisse {0} : ": "Till {0}: ",
    "fond de caisse ({0})": "float ({0})",
    "entrées d'espèces": "cash in",
    "sorties d'espèces": "cash out",
    "état": "state",
    "ouverte, pas encore comptée": "open, not counted yet",
    "espèces attendues": "expected cash",
    "espèces comptées ({0})": "counted cash ({0})",
    "écart": "difference",
    "raison de l'écart": "reason for the difference",
    "Caisse juste": "Till balanced",
    "Excédent de {0}": "Surplus of {0}",
    "Manque de {0}": "Shortfall of {0}",
    # responsible sale
    "Vente responsable d'alcool (anonyme)": "Responsible sale of alcohol (anonymous)",
    "Contrôles d'âge": "Age checks",
    "  dont majeur évident": "  of which evidently adult",
    "  dont pièce vérifiée": "  of which ID checked",
    "Refus de vente d'alcool": "Alcohol sales refused",
    "  dont mineurs": "  of which minors",
    "  dont ivresse manifeste": "  of which obvious drunkenness",
    "Rappels (eau, boisson sans alcool)": "Reminders (water, soft drink)",
    "Boissons SAM offertes": "Free drinks for designated drivers",
    "Dérogations aux horaires": "Opening-hours overrides",
    "Boissons vendues": "Drinks sold",
    "  dont sans alcool": "  of which non-alcoholic",
    "Part des boissons sans alcool": "Share of non-alcoholic drinks",
    # grand totals and seal
    "Grands totaux et signature": "Grand totals and signature",
    "Grand total perpétuel": "Perpetual grand total",
    "Grand total perpétuel absolu": "Absolute perpetual grand total",
    "Extrait de signature": "Signature extract",
    "Empreinte de la clé": "Key fingerprint",
    "Clôturé le": "Closed on",
    "{0} par {1}": "{0} by {1}",
    # days and products
    "Ventes par jour": "Sales by day",
    "Jour": "Day",
    "Tickets": "Tickets",
    "Meilleures ventes": "Best sellers",
    "Produit": "Product",
}

TABLES = {"en": ENGLISH}


def words(lang: str = "fr") -> Words:
    """The translating function for ``lang`` (identity for French and unknown languages)."""
    table = TABLES.get(lang)
    if table is None:
        return lambda text: text
    return lambda text: table.get(text, text)


def date_text(day: dt.date, lang: str = "fr") -> str:
    """26/11/2026 in both languages (a British reader reads day/month/year)."""
    return date_fr(day)


def datetime_text(moment: dt.datetime, lang: str = "fr") -> str:
    """ "26/11/2026 à 22:14:05" / "26/11/2026 at 22:14:05"."""
    joiner = "at" if lang == "en" else "à"
    return moment.strftime(f"%d/%m/%Y {joiner} %H:%M:%S")


ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)  # fmt: skip


def month_text(year: int, month: int, lang: str = "fr") -> str:
    """ "novembre 2026" / "November 2026"."""
    if lang == "en":
        return f"{ENGLISH_MONTHS[month - 1]} {year}"
    return month_fr(year, month)


def count_text(count: int, singular: str, lang: str = "fr") -> str:
    """(3, "opération") -> "3 opérations" / "3 operations"."""
    word = singular if abs(count) <= 1 else singular + "s"
    return f"{count} {words(lang)(word)}"
