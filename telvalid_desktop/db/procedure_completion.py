"""Completion of the assign dialog: known procedures and dossiers by number, customer, group or account.

A number is completed by an index range on the unique ``procedure_number`` indexes. A word
(a customer's name, a telephony group, an account) must appear, ignoring case and accents,
in one of the export's three columns. The dossier list's trigram index (``dossier_search``)
holds dossiers only, and most procedures of the export have none yet, so the export is read
here with ``LIKE``: each letter that has accented forms becomes ``_`` (any one character) in
the pattern, so "elodie" finds "Élodie", and the few rows it returns are then checked in
Python with the index's own folding (``dossier_search.fold``). The scan stops at a bounded
number of candidates. A ligature typed apart ("coeur" for "Cœur") is not found.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

import peewee

from telvalid_desktop.db.dossier_search import FOLDS, fold
from telvalid_desktop.db.models import Dossier, KnownProcedure
from telvalid_desktop.read_models.procedures import ProcedureSuggestion

LIMIT = 10  # suggestions shown at once
CANDIDATES_PER_SUGGESTION = 20  # rows read for each suggestion shown, before the exact (accent-folded) check
MIN_CHARACTERS = 2
_ACCENTED_PLAIN = frozenset(plain for plain in FOLDS.values() if len(plain) == 1) | {
    plain.lower() for plain in FOLDS.values() if len(plain) == 1
}
_LIKE_SPECIAL = str.maketrans("", "", "%_\\")  # never typed in a name, a group or an account


def procedure_suggestions(text: str, limit: int = LIMIT) -> list[ProcedureSuggestion]:
    """Known procedures and dossiers matching ``text``: numbers starting with it first, then the
    export's rows holding every word of it in their customer name, telephony group or account."""
    text = text.strip()
    if len(text) < MIN_CHARACTERS or limit < 1:
        return []
    numbers = _numbers_starting_with(text, limit) if text.isdigit() else []
    found = {suggestion.procedure_number: suggestion for suggestion in _known(numbers)}
    by_number = [found.get(number, ProcedureSuggestion(number)) for number in numbers]
    if len(by_number) >= limit:
        return by_number
    named = [row for row in _matching_words(text.split(), limit) if row.procedure_number not in set(numbers)]
    return (by_number + named)[:limit]


def _numbers_starting_with(prefix: str, limit: int) -> list[str]:
    """Known procedure and dossier numbers starting with ``prefix`` (an index range, not LIKE)."""
    after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    found: set[str] = set()
    for model in (KnownProcedure, Dossier):
        column = model.procedure_number
        query = model.select(column).where((column >= prefix) & (column < after)).order_by(column).limit(limit).tuples()
        found.update(number for (number,) in cast(Iterable[tuple[str]], query))  # the stubs cannot type .tuples()
    return sorted(found)[:limit]


def _known(numbers: Sequence[str]) -> list[ProcedureSuggestion]:
    if not numbers:
        return []
    return [_suggestion(row) for row in KnownProcedure.select().where(KnownProcedure.procedure_number.in_(numbers))]


def _matching_words(words: Sequence[str], limit: int) -> list[ProcedureSuggestion]:
    """The export's rows holding every word, newest procedure first."""
    folded = [fold(word).translate(_LIKE_SPECIAL) for word in words]
    folded = [word for word in folded if word]
    if not folded:
        return []
    columns = (KnownProcedure.customer_name, KnownProcedure.telephony_group, KnownProcedure.account)
    condition: peewee.Expression | None = None
    for word in folded:
        pattern = "%" + "".join("_" if letter in _ACCENTED_PLAIN else letter for letter in word) + "%"
        anywhere = (columns[0] ** pattern) | (columns[1] ** pattern) | (columns[2] ** pattern)  # ** is ILIKE
        condition = anywhere if condition is None else condition & anywhere
    query = (
        KnownProcedure.select()
        .where(condition)
        .order_by(KnownProcedure.procedure_number.desc())
        .limit(limit * CANDIDATES_PER_SUGGESTION)
    )
    matches = []
    for row in query:
        text = fold(" ".join((row.customer_name, row.telephony_group, row.account)))
        if all(word in text for word in folded):
            matches.append(_suggestion(row))
            if len(matches) == limit:
                break
    return matches


def _suggestion(row: KnownProcedure) -> ProcedureSuggestion:
    return ProcedureSuggestion(row.procedure_number, row.customer_name, row.telephony_group, row.account)
