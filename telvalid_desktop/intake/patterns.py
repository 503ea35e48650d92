"""Find procedure numbers that follow their label in text read from a page.

The text comes from a PDF text layer (exact) or from OCR (mangled), so the label
pattern tolerates the usual OCR confusions (``Num6ro``, ``N'``, ``proc édure``).
The number itself is only repaired where the repair is unambiguous (a letter that
looks like a digit *between* digits). Anything else in the header (client
references, dates, invoice numbers, IBAN, RUM, fax lines) has no such label
right before it and is never returned: a wrong number is worse than none.

Some manager versions print the label above the number ("stacked"), with other words
to the left or right of the number's line. When the characters' boxes are known (text
layer words, OCR), a label with no number after it is paired with the number standing
just below it, under the label; the words beside it do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from telvalid_desktop.intake.types import union_box

MIN_DIGITS = 6
MAX_DIGITS = 10

# Letters OCR returns for digits; only trusted between two real digits.
_DIGIT_LOOKALIKES = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "S": "5", "B": "8"}
_LOOKALIKE_CLASS = "".join(_DIGIT_LOOKALIKES)


def _letters(*letters: str) -> str:
    """A regex for a word that OCR may split with single spaces (``Proc édure``)."""
    return "[ ]?".join(letters)


_E = "[eéèêëÉÈÊË6c3]"  # an accented e is often read as 6, c or 3
_NUMERO = _letters("[nm]", "u", "m", _E, "r", "[o0]")  # N read as M: "MUMÉRO DE PROCÉDURE"
# Its first letter may be lost at a line's start (a cut margin, an italic "p" merged with a logo beside it:
# "rocedure number: 42764089"); no other word ends in "rocédure".
_PROCEDURE = rf"(?:p[ ]?)?{_letters('r', '[o0]', 'c', _E, 'd', 'u', 'r', _E)}"
_NUMBER = _letters(*"number")
# "N°" as OCR sees it: Nº, N', N*, Nr, No, N0, N., "n °", or a bare N.
_NO = r"n[ ]?(?:[°º˚*'’‘`\"“”^.r]|o\b\.?|0\b)?\.?"
_DE = r"(?:d[eé][ ]*|d')?"

_LABEL = (
    rf"(?<![a-z0-9])(?:"
    rf"(?:{_NUMERO}|{_NO})[ ]*{_DE}{_PROCEDURE}"  # Numéro de procédure, N° de procédure
    rf"|{_PROCEDURE}[ ]*(?:{_NUMBER}|{_NO})"  # Procédure n°, Procedure number
    rf")"
)
# Between label and number: spaces, one punctuation mark (or a stray degree sign or quote: the
# "°" of "N°" drifts on a fax, specks and a bold colon read as quotes, « or »), at most one line break.
# Each run of spaces is matched by one '[ ]*' only (three in a row backtracked cubically: a label
# followed by 1,600 spaces took 23 s); the same texts match.
# A frame's stroke read as '|', '[' or '(' is allowed before the number only with a space after
# it: glued to the digits it may be a misread '1' (|2345678 for 12345678).
_FRAME = r"(?:[|\[(][ ]+)?"
_GAP = rf"[ ]*(?:[:;\-–—=.,°º‘’'«»][ ]*)?{_FRAME}(?:\n[ ]*)?(?:[:;\-–—=.][ ]*)?{_FRAME}"
# One digit run, with look-alike letters allowed strictly inside it.
_RUN = rf"[0-9](?:[0-9{re.escape(_LOOKALIKE_CLASS)}]*[0-9])?"
# Grouped form "48 151 623": a short first group and short following groups.
_GROUPED = r"[0-9]{1,4}(?:[ ][0-9]{2,4})+"
# The number must end here: not glued to letters, nor continued as a date, IBAN, "-01" suffix.
# Only a space, the end, or a sentence's punctuation may follow it: any other glued sign may be a
# misread digit (62585178] for 625851781, 3904052€ for 39040526): better unread than short.
_END = r"(?![^\s.,;:?\"'’»]|[/.,:\-–][0-9A-Za-z]|[ ][0-9]{1,4}(?![0-9/.:\-]))"

# Other spaces (no-break, thin, tab) count as a plain space; one for one, so spans stay valid.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\t": " "})
_TOKEN = rf"(?P<token>{_GROUPED}{_END}|{_RUN}{_END})"
_PATTERN = re.compile(rf"(?P<label>{_LABEL}){_GAP}{_TOKEN}", re.IGNORECASE)
# In a customer's letter the number is quoted more loosely: "mon dossier 48151623", "concernant
# la procédure 48151623", "Réf. dossier n° 48 15 16 23". Only for pages with no header number.
_DOSSIER = _letters("d", "[o0]", "s", "s", "i", _E, "r")
_QUOTED_LABEL = (
    rf"(?<![a-z0-9])(?:{_LABEL}"
    rf"|(?:{_DOSSIER}|{_PROCEDURE})(?:[ ]*(?:{_NO}|{_NUMERO}|{_NUMBER}))?(?:[ ]*{_DE}{_PROCEDURE})?)"
)
_QUOTED_PATTERN = re.compile(rf"(?P<label>{_QUOTED_LABEL}){_GAP}{_TOKEN}", re.IGNORECASE)
# "Objet : Envoi des documents (procédure 43253684)": a closing parenthesis ends the number only
# when one opened before its label (alone, a glued ')' may be a misread '1').
_BRACKETED_PATTERN = re.compile(rf"\((?P<label>{_QUOTED_LABEL}){_GAP}(?P<token>{_GROUPED}|{_RUN})\)", re.IGNORECASE)
# A fax cover sheet's or a letter's bare reference field: "Réf. : 8573675", "Référence : ...". Weaker than
# a procedure label (a customer's own reference looks alike): only a known procedure counts (trust.py).
# Not "N/Réf." or "V/Réf." (a firm's own references), nor "Réf. client 2663146" (a word stands between).
_REFERENCE_LABEL = rf"(?<![a-z0-9/])r[eéèÉÈ6c3]f(?:{_E}r{_E}nc{_E})?[ ]*\.?"
_REFERENCE_PATTERN = re.compile(rf"(?P<label>{_REFERENCE_LABEL}){_GAP}{_TOKEN}", re.IGNORECASE)
# A letter's subject line: what it is about, before anything the body recalls (an older procedure).
_SUBJECT_LINE = re.compile(r"^[ ]*(?:objet|object|subject|re|concerne)[ ]*:.*$", re.IGNORECASE | re.MULTILINE)
# Words by which a sentence says the number it quotes is no longer the one: "ma précédente procédure".
_SUPERSEDED = re.compile(r"pr[eé]c[eé]dent|ancien|remplac|annul|previous|former|\bold\b|replaced", re.IGNORECASE)
_LABEL_ANYWHERE = re.compile(_LABEL, re.IGNORECASE)
_LABEL_ALONE = re.compile(rf"(?P<label>{_LABEL})[ ]*[:;\-–—=.«»]?", re.IGNORECASE)
# The number under a stacked label: nothing before it but a frame's stroke or punctuation.
_STACKED_NUMBER = re.compile(rf"[ ]*[:;\-–—=.]?[ ]*{_FRAME}{_TOKEN}", re.IGNORECASE)
# How far below the label's bottom, and beyond its ends, the number may stand (label heights).
STACK_BELOW = 2.5
STACK_BESIDE = 3.0
COLUMN_GAP = 1.5  # words this far right of a label (in its heights) stand in another column

PixelBox = tuple[int, int, int, int] | tuple[float, float, float, float]


@dataclass(frozen=True)
class LabelledNumber:
    """A procedure number found right after its label.

    Attributes:
        number: the digits, repaired where unambiguous.
        span: (start, end) of the number as written in the text.
        label: the label as written (for diagnostics).
        label_start: where the label begins in the text.
        reference: quoted after a bare "Réf." only, which counts only for a known procedure.
    """

    number: str
    span: tuple[int, int]
    label: str
    label_start: int
    reference: bool = False


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


def find_labelled_numbers(text: str, boxes: Sequence[PixelBox | None] | None = None) -> list[LabelledNumber]:
    """Every procedure number that follows a procedure label in ``text``, in order.

    Args:
        text: lines of words.
        boxes: one box (x0, y0, x1, y1, y downwards) per character of ``text`` (None for
            spaces); given, a label ending its line is also paired with a number under it.
    """
    text = text.translate(_SPACES)
    found = _inline_numbers(text, _PATTERN)
    if boxes is not None:
        found += _stacked_numbers(text, boxes, taken={number.label_start for number in found})
    return sorted(found, key=lambda number: number.label_start)


def find_quoted_numbers(text: str) -> list[LabelledNumber]:
    """Every procedure number a letter quotes: after a procedure label, "dossier" or "procédure", or a
    bare reference field ("Réf. : 8573675", marked ``reference``)."""
    text = text.translate(_SPACES)
    found = _inline_numbers(text, _QUOTED_PATTERN) + _inline_numbers(text, _BRACKETED_PATTERN)
    found += [replace(number, reference=True) for number in _inline_numbers(text, _REFERENCE_PATTERN)]
    return sorted(found, key=lambda number: number.label_start)


def numbers_it_is_about(text: str, found: Sequence[LabelledNumber]) -> set[str]:
    """Of the numbers ``found`` quoted in a letter's ``text``, those it is about: of several, the one its
    subject line names, else the one no sentence calls previous, old or replaced ("Ma précédente
    procédure n° 873071 a été remplacée"); else all of them, for a person to choose."""
    numbers = {number.number for number in found}
    if len(numbers) < 2:
        return numbers
    lines = [line.span() for line in _SUBJECT_LINE.finditer(text.translate(_SPACES))]
    subject = {number.number for number in found if any(start <= number.label_start < end for start, end in lines)}
    if len(subject) == 1:
        return subject
    current = {number.number for number in found if not _SUPERSEDED.search(_sentence_of(text, number))}
    return current if len(current) == 1 else numbers


def _sentence_of(text: str, number: LabelledNumber) -> str:
    start = max(text.rfind(". ", 0, number.label_start) + 1, text.rfind("\n", 0, number.label_start) + 1)
    ends = [end for end in (text.find(". ", number.span[1]), text.find("\n", number.span[1])) if end >= 0]
    return text[start : min(ends, default=len(text))]


def _inline_numbers(text: str, pattern: re.Pattern[str]) -> list[LabelledNumber]:
    found = []
    for match in pattern.finditer(text):
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


def has_label(text: str) -> bool:
    """Does ``text`` hold a procedure-number label (with or without a number after it)?"""
    return _LABEL_ANYWHERE.search(text.translate(_SPACES)) is not None


def _stacked_numbers(text: str, boxes: Sequence[PixelBox | None], taken: set[int]) -> list[LabelledNumber]:
    """Numbers standing under a label that has none after it on its line (the label above the number)."""
    found = []
    for label in _LABEL_ALONE.finditer(text):
        label_box = union_box(boxes[label.start("label") : label.end("label")])
        if label.start() in taken or label_box is None or not _ends_its_column(text, boxes, label, label_box):
            continue
        number = _number_below(text, boxes, label_box, line_end=label.end())
        if number is not None:
            found.append(LabelledNumber(number[0], number[1], label.group("label"), label_start=label.start()))
    return found


def _ends_its_column(text: str, boxes: Sequence[PixelBox | None], label: re.Match[str], box: PixelBox) -> bool:
    """Nothing follows the label on its line, or only words of another column (a logo, a date)."""
    line_end = text.find("\n", label.end())
    rest = text[label.end() : len(text) if line_end < 0 else line_end]
    if not rest.strip():
        return True
    following = boxes[label.end() + len(rest) - len(rest.lstrip())]
    return following is not None and following[0] - box[2] > COLUMN_GAP * (box[3] - box[1])


def _number_below(
    text: str, boxes: Sequence[PixelBox | None], label: PixelBox, line_end: int
) -> tuple[str, tuple[int, int]] | None:
    """The number whose first digit stands under ``label`` on one of the next two lines."""
    height = label[3] - label[1]
    left, right = label[0] - STACK_BESIDE * height, label[2] + STACK_BESIDE * height
    start = line_end
    for _ in range(2):
        start = text.find("\n", start)
        if start < 0:
            return None
        start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        for word_start in _word_starts(text, start, end):
            box = boxes[word_start]
            if box is None or box[1] > label[3] + STACK_BELOW * height:
                continue
            if not left <= box[0] <= right and not left <= box[2] <= right:
                continue
            match = _STACKED_NUMBER.match(text, word_start, end)
            if match is None:
                return None  # under the label stands something else: no guessing further
            number = normalise_digits(match.group("token"))
            return None if number is None else (number, match.span("token"))
    return None


def _word_starts(text: str, start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if text[i] != " " and (i == start or text[i - 1] == " ")]
