"""Barcode scanner input: the AZERTY problem, telling a scan from typing, scale labels.

A USB scanner is a keyboard. Set to a US layout on a French AZERTY PC it types the
unshifted AZERTY characters ``&é"'(-è_çà`` for ``1234567890``: ``normalise_scan`` maps
them back. A scan is a fast burst of keys ending with Enter (``ScanBurstDetector``).

Scale labels (EAN-13 starting 20–29) carry the price or the weight. Their layout is a
per-shop setting describing the 10 digits between the 2-digit prefix and the check digit:

- ``P`` a digit of the PLU (the article number on the scale),
- ``$`` a digit of the price in cents,
- ``W`` a digit of the weight in grams,
- ``C`` a check digit of the price (ignored), ``0``/``X`` a digit to ignore.

Examples: ``"PPPPP$$$$$"`` (default: PLU 5 digits, price 5 digits, up to 999,99 €),
``"PPPPPWWWWW"`` (weight up to 99,999 kg), ``"PPPPC$$$$$"``. The full 13-character form
(``"22PPPPP$$$$$K"``: prefix, body, check digit) is accepted too. A product is found by
the code of its label with the price/weight digits set to 0 (check digit recomputed), see
``ScaleLabel.lookup_code``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cafe_pos.domain.barcodes import ean13_check_digit as ean13_check
from cafe_pos.domain.errors import UserError

AZERTY_US_DIGITS: dict[str, str] = {
    "&": "1",
    "é": "2",
    '"': "3",
    "'": "4",
    "(": "5",
    "-": "6",
    "è": "7",
    "_": "8",
    "ç": "9",
    "à": "0",
}
_TRANSLATION = str.maketrans(AZERTY_US_DIGITS)

MAX_SCAN_LENGTH = 64
SCAN_MAX_GAP_MS = 30.0
SCAN_MIN_LENGTH = 6
DEFAULT_SCALE_LAYOUT = "PPPPP$$$$$"
SCALE_PREFIXES = frozenset(str(n) for n in range(20, 30))


class ScanError(UserError, ValueError):
    """A scanned or typed code that cannot be used (French message)."""


def normalise_scan(text: str) -> str:
    """Map the AZERTY-shifted digits back to digits and drop every whitespace."""
    return "".join(text.split()).translate(_TRANSLATION)


MIN_SEARCH_CHARS = 2
MIN_TYPED_CODE_DIGITS = 8


def is_typed_code(text: str) -> bool:
    """Enter on the sale screen's field: a code (typed or scanned, EAN-8 and longer) is
    looked up as a barcode; anything else adds the first search result."""
    code = normalise_scan(text)
    return code.isdigit() and len(code) >= MIN_TYPED_CODE_DIGITS


def is_searchable(text: str) -> bool:
    """Search as you type: at least two characters, and not digits (a code being typed
    or scanned waits for Enter)."""
    stripped = text.strip()
    return len(stripped) >= MIN_SEARCH_CHARS and not normalise_scan(stripped).isdigit()


def looks_like_azerty_scan(text: str) -> bool:
    """True when the raw text contains the AZERTY digit characters (scanner set to US)."""
    return any(ch in AZERTY_US_DIGITS for ch in text)


@dataclass(frozen=True, slots=True)
class DetectedScan:
    code: str  # normalised
    raw_length: int  # characters typed by the scanner (before Enter) to take out of a field


@dataclass(slots=True)
class ScanBurstDetector:
    """Feed every key with its time (ms); Enter after a fast burst returns the scan.

    ``feed`` returns ``DetectedScan`` when the keys since the last slow gap are at least
    ``min_length`` characters, each less than ``max_gap_ms`` after the previous one, and
    the Enter key arrives fast too. Otherwise it returns None: the keys were typing.
    """

    max_gap_ms: float = SCAN_MAX_GAP_MS
    min_length: int = SCAN_MIN_LENGTH
    _buffer: list[str] = field(default_factory=list, init=False)
    _last_ms: float | None = field(default=None, init=False)

    def feed(self, key: str, at_ms: float) -> DetectedScan | None:
        fast = self._last_ms is not None and at_ms - self._last_ms < self.max_gap_ms
        self._last_ms = at_ms
        if key in ("\r", "\n", "Enter", "Return"):
            raw = "".join(self._buffer)
            self._buffer.clear()
            self._last_ms = None
            if fast and len(raw) >= self.min_length:
                return DetectedScan(normalise_scan(raw), len(raw))
            return None
        if not fast:
            self._buffer.clear()
        self._buffer.append(key)
        return None

    def reset(self) -> None:
        self._buffer.clear()
        self._last_ms = None


@dataclass(frozen=True, slots=True)
class ScaleLabel:
    prefix: str
    plu: str
    price_cents: int | None
    weight_milli: int | None  # grams = thousandths of a kg
    lookup_code: str  # the code with price/weight digits zeroed and its check digit


def is_scale_label(code: str) -> bool:
    return len(code) == 13 and code.isascii() and code.isdigit() and code[:2] in SCALE_PREFIXES


def check_scale_layout(layout: str) -> str:
    """Return the 10-character body of a layout, or raise ScanError (French message)."""
    body = layout.strip().upper()
    if len(body) == 13:
        body = body[2:12]
    if len(body) != 10 or any(ch not in "P$WCX0" for ch in body):
        raise ScanError(
            f"Format d'étiquette de balance invalide : « {layout} » "
            "(10 caractères parmi P, $, W, C, 0 ; exemple PPPPP$$$$$)"
        )
    if "P" not in body:
        raise ScanError("Format d'étiquette de balance invalide : il faut au moins un chiffre P")
    if "$" in body and "W" in body:
        raise ScanError("Format d'étiquette de balance invalide : prix ou poids, pas les deux")
    return body


def parse_scale_label(code: str, layout: str = DEFAULT_SCALE_LAYOUT) -> ScaleLabel:
    """Read an EAN-13 scale label (prefix 20–29) with the shop's layout."""
    if not is_scale_label(code):
        raise ScanError(f"Ce code n'est pas une étiquette de balance : {code}")
    body = check_scale_layout(layout)
    digits = code[2:12]
    plu = "".join(d for d, kind in zip(digits, body, strict=True) if kind == "P")
    price = "".join(d for d, kind in zip(digits, body, strict=True) if kind == "$")
    weight = "".join(d for d, kind in zip(digits, body, strict=True) if kind == "W")
    zeroed = "".join(d if kind == "P" else "0" for d, kind in zip(digits, body, strict=True))
    first12 = code[:2] + zeroed
    return ScaleLabel(
        prefix=code[:2],
        plu=plu,
        price_cents=int(price) if price else None,
        weight_milli=int(weight) if weight else None,
        lookup_code=first12 + ean13_check(first12),
    )
