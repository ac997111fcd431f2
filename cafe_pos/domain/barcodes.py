"""Retail barcodes: EAN-13, EAN-8 and UPC-A check digits (GS1 modulo 10).

``validate_barcode`` is what every screen and import calls on a typed or scanned code: it
returns the code as stored in the catalogue (UPC-A is stored as its EAN-13 form, with a
leading 0, so a scanner sending either finds the same product) or raises
``BarcodeError`` with one French sentence. In-store codes (EAN-13 starting with 2, e.g.
scale labels) follow the same check-digit rule. The check digit is python-stdnum's
(``stdnum.ean``); this module keeps the lengths we accept and the French messages.
"""

from __future__ import annotations

from cafe_pos.domain.errors import UserError

BARCODE_LENGTHS = (8, 12, 13)
MAX_STORED_LENGTH = 13


class BarcodeError(UserError, ValueError):
    """A code that is not a valid EAN-13, EAN-8 or UPC-A."""


def gtin_check_digit(body: str) -> str:
    """GS1 check digit of the digits before it (any length): weights 3,1,3,... from the right."""
    from stdnum import ean  # at first use: python-stdnum costs a start-up

    if not (body.isascii() and body.isdigit()):
        raise BarcodeError("Code-barres invalide : il ne doit contenir que des chiffres")
    return str(ean.calc_check_digit(body))


def ean13_check_digit(first12: str) -> str:
    """Check digit (one character) completing 12 digits into an EAN-13."""
    if len(first12) != 12 or not (first12.isascii() and first12.isdigit()):
        raise BarcodeError("Il faut exactement 12 chiffres pour calculer la clé d'un EAN-13")
    return gtin_check_digit(first12)


def ean8_check_digit(first7: str) -> str:
    """Check digit completing 7 digits into an EAN-8."""
    if len(first7) != 7 or not (first7.isascii() and first7.isdigit()):
        raise BarcodeError("Il faut exactement 7 chiffres pour calculer la clé d'un EAN-8")
    return gtin_check_digit(first7)


def upca_check_digit(first11: str) -> str:
    """Check digit completing 11 digits into a UPC-A."""
    if len(first11) != 11 or not (first11.isascii() and first11.isdigit()):
        raise BarcodeError("Il faut exactement 11 chiffres pour calculer la clé d'un UPC-A")
    return gtin_check_digit(first11)


def complete_ean13(first12: str) -> str:
    """The full EAN-13 of 12 digits (for in-store codes and tests)."""
    return first12 + ean13_check_digit(first12)


def is_in_store(code: str) -> bool:
    """True for restricted-circulation codes (EAN-13 starting with 2: weighed goods, own labels)."""
    return len(code) == 13 and code.startswith("2")


def validate_barcode(code: str) -> str:
    """Return the normalised code (UPC-A → 13 digits) or raise BarcodeError in French."""
    cleaned = "".join(code.split())
    if not cleaned:
        raise BarcodeError("Code-barres vide")
    if len(cleaned) > 20:
        raise BarcodeError(
            f"Code-barres trop long ({len(cleaned)} caractères) : 8, 12 ou 13 chiffres attendus"
        )
    if not cleaned.isdigit() or not cleaned.isascii():
        raise BarcodeError(
            f"Code-barres invalide : « {cleaned} » ne doit contenir que des chiffres"
        )
    if len(cleaned) not in BARCODE_LENGTHS:
        raise BarcodeError(
            f"Code-barres invalide : « {cleaned} » a {len(cleaned)} chiffres (8, 12 ou 13 attendus)"
        )
    expected = gtin_check_digit(cleaned[:-1])
    if cleaned[-1] != expected:
        raise BarcodeError(
            f"Code-barres invalide : « {cleaned} », la clé de contrôle ne correspond pas "
            f"(attendu {expected})"
        )
    return "0" + cleaned if len(cleaned) == 12 else cleaned
