"""Find procedure numbers that follow their label in text read from a page.

The text comes from a PDF text layer (exact) or from OCR (mangled), so the label
pattern tolerates the usual OCR confusions (``Num6ro``, ``N'``, ``proc édure``).
The number itself is only repaired where the repair is unambiguous (a letter that
looks like a digit *between* digits). Anything else in the header (client
references, dates, invoice numbers, IBAN, RUM, fax lines) has no such label
right before it and is never returned: a wrong number is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MIN_DIGITS = 6
MAX_DIGITS = 10

# Letters OCR returns for digits; only trusted between two real digits.
_DIGIT_LOOKALIKES = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"}
_LOOKALIKE_CLASS = "".join(_DIGIT_LOOKALIKES)


def _letters(*letters: str) -> str:
    """A regex for a word that OCR may split with single spaces (``Proc édure``)."""
    return "[ ]?".join(letters)


_E = "[eéèêëÉÈÊË6c3]"  # an accented e is often read as 6, c or 3
_NUMERO = _letters("n", "u", "m", _E, "r", "[o0]")
_PROCEDURE = _letters("p", "r", "[o0]", "c", _E, "d", "u", "r", _E)
_NUMBER = _letters(*"number")
# "N°" as OCR sees it: Nº, N', N*, No, N0, N., "n °", or a bare N.
_NO = r"n[ ]?(?:[°º˚*'’‘`\"“”^.]|o\b\.?|0\b)?\.?"
_DE = r"(?:d[eé][ ]*|d')?"

_LABEL = (
    rf"(?<![a-z0-9])(?:"
    rf"(?:{_NUMERO}|{_NO})[ ]*{_DE}{_PROCEDURE}"  # Numéro de procédure, N° de procédure
    rf"|{_PROCEDURE}[ ]*(?:{_NUMBER}|{_NO})"  # Procédure n°, Procedure number
    rf")"
)
# Between label and number: spaces, one punctuation mark, at most one line break.
# Each run of spaces is matched by one '[ ]*' only (three in a row backtracked cubically: a label
# followed by 1,600 spaces took 23 s); the same texts match.
_GAP = r"[ ]*(?:[:;\-–—=.,][ ]*)?(?:\n[ ]*)?(?:[:;\-–—=.][ ]*)?"
# One digit run, with look-alike letters allowed strictly inside it.
_RUN = rf"[0-9](?:[0-9{re.escape(_LOOKALIKE_CLASS)}]*[0-9])?"
# Grouped form "48 151 623": a short first group and short following groups.
_GROUPED = r"[0-9]{1,4}(?:[ ][0-9]{2,4})+"
# The number must end here: not glued to letters, nor continued as a date, IBAN, "-01" suffix.
_END = r"(?![0-9A-Za-zÀ-ÿ]|[/.,:\-–][0-9A-Za-z]|[ ][0-9]{1,4}(?![0-9/.:\-]))"

# Other spaces (no-break, thin, tab) count as a plain space; one for one, so spans stay valid.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " "})
_TOKEN = rf"(?P<token>{_GROUPED}{_END}|{_RUN}{_END})"
_PATTERN = re.compile(rf"(?P<label>{_LABEL}){_GAP}{_TOKEN}", re.IGNORECASE)


@dataclass(frozen=True)
class LabelledNumber:
    """A procedure number found right after its label.

    Attributes:
        number: the digits, repaired where unambiguous.
        span: (start, end) of the number as written in the text.
        label: the label as written (for diagnostics).
        label_start: where the label begins in the text.
    """

    number: str
    span: tuple[int, int]
    label: str
    label_start: int


def normalise_digits(token: str) -> str | None:
    """The digits of ``token``, or None when it is not a clean number of 6-10 digits.

    Spaces are allowed only between all-digit groups; look-alike letters only between digits.
    """
    if " " in token:
        if not all(group.isdigit() for group in token.split(" ")):
            return None
        digits = token.replace(" ", "")
    else:
        digits = "".join(_DIGIT_LOOKALIKES.get(ch, ch) for ch in token)
    if not (digits.isdigit() and digits.isascii()):
        return None
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    return digits


def find_labelled_numbers(text: str) -> list[LabelledNumber]:
    """Every procedure number that directly follows a procedure label in ``text``, in order."""
    found = []
    for match in _PATTERN.finditer(text.translate(_SPACES)):
        number = normalise_digits(match.group("token"))
        if number is None:
            continue
        found.append(
            LabelledNumber(
                number=number,
                span=match.span("token"),
                label=match.group("label"),
                label_start=match.start("label"),
            )
        )
    return found
