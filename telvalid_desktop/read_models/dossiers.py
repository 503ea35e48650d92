"""The dossier list and the "à trier" queue as the window reads them: what is asked, what comes back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, get_args

Queue = Literal["unsorted", "open", "complement", "on_hold", "validated", "all"]
SortColumn = Literal[
    "procedure_number", "customer_name", "telephony_group", "first_received", "last_activity", "status"
]
QUEUES: tuple[Queue, ...] = get_args(Queue)
SORT_COLUMNS: tuple[SortColumn, ...] = get_args(SortColumn)


@dataclass(frozen=True)
class DossierFilter:
    """What the dossier list shows: one queue, a search text, one sort column.

    ``search`` is split into words; every word must match part of the procedure number,
    the customer name, the telephony group or the account, ignoring case and accents
    (``db/dossier_search.py``).
    """

    queue: Queue = "all"
    search: str = ""
    sort_column: SortColumn = "last_activity"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.queue not in QUEUES:
            raise ValueError(f"unknown queue {self.queue!r}")
        if self.sort_column not in SORT_COLUMNS:
            raise ValueError(f"unknown sort column {self.sort_column!r}")


@dataclass(frozen=True)
class DossierRow:
    """One line of the dossier list.

    ``held_items`` are the codes the dossier's current hold asks for: None when it is not on hold,
    empty for a hold that named no item (it asks for every item not received).

    ``missing_items`` (labels of the items a technician confirmed missing: asked by the current
    hold, or refused), ``to_check_items`` (labels of the items not ticked yet, never confirmed
    missing: the document may be among the pages) and ``holder`` are not read here: the checklist
    and claim services fill them in with ``dataclasses.replace`` before the rows reach the window.
    """

    dossier_id: int
    procedure_number: str
    customer_name: str
    telephony_group: str
    first_received: datetime | None
    last_activity: datetime
    status: str
    complement_received: bool
    held_items: tuple[str, ...] | None = None
    missing_items: tuple[str, ...] = ()
    to_check_items: tuple[str, ...] = ()
    holder: str | None = None


@dataclass(frozen=True)
class ItemsDue:
    """The required items a dossier has not received, as the list tells them apart (codes, rules' order).

    ``missing``: confirmed by a technician, asked for by the current hold or refused.
    ``to_check``: not ticked yet and never confirmed: the document may be on a page not checked.
    """

    missing: tuple[str, ...] = ()
    to_check: tuple[str, ...] = ()


@dataclass(frozen=True)
class UnsortedRow:
    """One submission of the "à trier" queue; ``pages`` are 1-based, blank pages left out."""

    submission_id: int
    file_name: str
    pages: tuple[int, ...] = field(default_factory=tuple)
    review_reason: str = ""
    received_at: datetime | None = None
