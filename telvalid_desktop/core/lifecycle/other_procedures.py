"""Pages headed with another procedure's number, where they back a checklist item.

A customer's old form (an earlier procedure of the group, or another customer's) is not the
signed form of this procedure: ticking an item with such a page is asked for explicitly, the
history says so, and validation shows these ticks again for a second look.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from telvalid_desktop.db.models import ChecklistItem, ChecklistPage, Dossier, Page


@dataclass(frozen=True)
class OtherProcedureTick:
    """An item of the dossier backed by a page whose header reads ``number``, not the dossier's."""

    code: str
    page_id: int
    number: str


def pages_of_other_procedures(procedure_number: str, page_ids: Sequence[int]) -> dict[int, str]:
    """The pages among ``page_ids`` whose own read number is not ``procedure_number``: page id -> number read."""
    query = Page.select(Page.id, Page.number_read).where(
        Page.id.in_(list(page_ids)) & Page.number_read.is_null(False) & (Page.number_read != procedure_number)
    )
    return dict(cast(Iterable[tuple[int, str]], query.tuples()))


def ticks_from_other_procedures(dossier_id: int) -> list[OtherProcedureTick]:
    """The received or refused items of the dossier that a page of another procedure backs."""
    query = (
        ChecklistPage.select(ChecklistItem.code, Page.id, Page.number_read)
        .join(ChecklistItem)
        .join(Dossier)
        .switch(ChecklistPage)
        .join(Page)
        .where(
            (ChecklistItem.dossier == dossier_id)
            & Page.number_read.is_null(False)
            & (Page.number_read != Dossier.procedure_number)
        )
        .order_by(ChecklistItem.code, Page.id)
    )
    rows = cast(Iterable[tuple[str, int, str]], query.tuples())
    return [OtherProcedureTick(code, page_id, number) for code, page_id, number in rows]
