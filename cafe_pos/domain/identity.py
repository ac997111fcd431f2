"""Checks of the café's legal identifiers: SIRET, NAF code and intra-EU VAT number.

Pure functions; each returns the normalised value or raises ``IdentityError`` with one
French sentence. Rules (INSEE, DGFiP):

- SIREN: 9 digits with a Luhn key; SIRET = SIREN + 5-digit NIC, Luhn key on the 14 digits.
  Exception: La Poste (SIREN 356000000) numbers its establishments so that the sum of the
  14 digits is a multiple of 5.
- NAF (APE) code: 4 digits and a letter, "5630Z" (also typed "56.30Z").
- French VAT number: "FR" + 2-digit key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.

The checks themselves are python-stdnum's (``stdnum.fr.siren``, ``siret``, ``tva``, and
``stdnum.luhn``); this module keeps the French messages and the normalised forms.
"""

from __future__ import annotations

import re

from cafe_pos.domain.errors import UserError

LA_POSTE_SIREN = "356000000"

_NAF_RE = re.compile(r"^(\d{2})\.?(\d{2})([A-Z])$")
_VAT_RE = re.compile(r"^FR([0-9A-Z]{2})(\d{9})$")


class IdentityError(UserError, ValueError):
    """A SIRET, NAF code or VAT number that cannot be right."""


def _digits_only(text: str) -> str:
    return "".join(text.split()).replace(".", "").replace("-", "")


def luhn_valid(digits: str) -> bool:
    """Luhn check: from the right, double every second digit, the sum ends with 0."""
    from stdnum import luhn  # at first use: python-stdnum costs a start-up

    return luhn.is_valid(digits)


def validate_siren(text: str) -> str:
    """Return the 9-digit SIREN or raise IdentityError."""
    from stdnum.fr import siren as stdnum_siren  # at first use: python-stdnum costs a start-up

    siren = _digits_only(text)
    if not (siren.isascii() and siren.isdigit()) or len(siren) != 9:
        raise IdentityError(f"SIREN invalide : 9 chiffres attendus (« {text.strip()[:20]} »)")
    if not stdnum_siren.is_valid(siren):
        raise IdentityError("SIREN invalide : la clé de contrôle ne correspond pas")
    return siren


def validate_siret(text: str) -> str:
    """Return the 14-digit SIRET (spaces removed) or raise IdentityError."""
    from stdnum.fr import siret as stdnum_siret  # at first use: python-stdnum costs a start-up

    siret = _digits_only(text)
    if not siret:
        raise IdentityError("Le SIRET est obligatoire (14 chiffres)")
    if not (siret.isascii() and siret.isdigit()) or len(siret) != 14:
        raise IdentityError(f"SIRET invalide : 14 chiffres attendus (« {text.strip()[:20]} »)")
    if stdnum_siret.is_valid(siret):  # Luhn on the 14 digits (La Poste: sum of digits)
        return siret
    if siret[:9] != LA_POSTE_SIREN and luhn_valid(siret):
        raise IdentityError("SIRET invalide : la clé de contrôle du SIREN ne correspond pas")
    raise IdentityError("SIRET invalide : la clé de contrôle ne correspond pas")


def siren_of(siret: str) -> str:
    """The company's SIREN: the first 9 digits of a SIRET."""
    return _digits_only(siret)[:9]


def validate_naf(text: str) -> str:
    """Return the NAF code as "5630Z" (accepts "56.30Z", lower case) or raise."""
    cleaned = "".join(text.split()).upper()
    match = _NAF_RE.match(cleaned)
    if match is None:
        raise IdentityError(
            f"Code NAF invalide : « {text.strip()[:20]} » (4 chiffres et une lettre, ex. 5630Z)"
        )
    return "".join(match.groups())


def vat_key(siren: str) -> str:
    """The 2-digit key of the French VAT number of a SIREN."""
    from stdnum.fr import siren as stdnum_siren  # at first use: python-stdnum costs a start-up

    return str(stdnum_siren.to_tva(siren))[:2]  # stdnum gives key + SIREN


def vat_number_for(siren: str) -> str:
    """The French intra-EU VAT number of a SIREN: "FR" + key + SIREN."""
    from stdnum.fr import siren as stdnum_siren  # at first use: python-stdnum costs a start-up

    return f"FR{stdnum_siren.to_tva(siren)}"


def validate_vat_number(text: str, *, siret: str | None = None) -> str:
    """Return the VAT number as "FR32123456789" or raise; with a SIRET, it must match it."""
    from stdnum.fr import siren as stdnum_siren  # at first use: python-stdnum costs a start-up
    from stdnum.fr import tva as stdnum_tva

    cleaned = "".join(text.split()).upper().replace(".", "").replace("-", "")
    match = _VAT_RE.match(cleaned)
    if match is None:
        raise IdentityError(
            f"Numéro de TVA invalide : « {text.strip()[:20]} » (FR, 2 chiffres de clé et le SIREN)"
        )
    key, siren = match.groups()
    if not stdnum_siren.is_valid(siren) and siren != LA_POSTE_SIREN:
        raise IdentityError("Numéro de TVA invalide : le SIREN qu'il contient n'existe pas")
    if not key.isdigit() or not stdnum_tva.is_valid(cleaned):
        raise IdentityError("Numéro de TVA invalide : la clé de contrôle ne correspond pas")
    if siret is not None and siren != siren_of(siret):
        raise IdentityError("Le numéro de TVA ne correspond pas au SIREN du SIRET")
    return cleaned
