"""IBAN check (ISO 13616): length for the country and the mod-97 check digits.

A wrong IBAN on a direct-debit mandate means a rejected debit a month later: it is caught
where it is typed or read, with what is wrong in it.
"""

from __future__ import annotations

import re

from telvalid_desktop.core.errors import InvalidValue

# Lengths of the countries a French operator's customers bank in (SEPA); others: 15 to 34.
LENGTHS = {
    "FR": 27, "MC": 27, "BE": 16, "LU": 20, "DE": 22, "ES": 24, "IT": 27, "NL": 18, "PT": 25,
    "CH": 21, "GB": 22, "IE": 22, "AT": 20, "GP": 27, "MQ": 27, "RE": 27, "GF": 27, "YT": 27,
}  # fmt: skip
SHAPE = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}")


def normalized_iban(text: str) -> str:
    """``text`` without spaces, upper case, if it is a valid IBAN; else ``InvalidValue("iban", why)``.

    ``why`` is ``shape`` (not letters-digits-then-account), ``length`` (wrong for its country)
    or ``check_digits`` (a typing error: the mod-97 check fails).
    """
    iban = re.sub(r"[\s-]", "", text).upper()
    if not SHAPE.fullmatch(iban):
        raise InvalidValue("iban", "shape")
    expected = LENGTHS.get(iban[:2])
    if expected is not None and len(iban) != expected:
        raise InvalidValue("iban", "length")
    rearranged = iban[4:] + iban[:4]
    digits = "".join(str(int(character, 36)) for character in rearranged)
    if int(digits) % 97 != 1:
        raise InvalidValue("iban", "check_digits")
    return iban
