"""Everything the window shows of one dossier, read at one moment (core/lifecycle/dossier_detail.py reads it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from telvalid_desktop.domain import EDITABLE, ItemStatus, RefusalReason, RulesSource
from telvalid_desktop.read_models.pages import PageInfo, PageSeen


@dataclass(frozen=True)
class ItemState:
    """One line of the checklist; ``by``/``at`` are None for a missing item."""

    code: str
    state: ItemStatus
    reason: RefusalReason | None
    note: str
    page_ids: tuple[int, ...]
    by: str | None
    at: datetime | None


@dataclass(frozen=True)
class ClaimInfo:
    """Who holds a dossier; ``stale`` when the claim timed out and may be taken over."""

    dossier_id: int
    holder: str
    since: datetime
    stale: bool


@dataclass(frozen=True)
class GroupProcedure:
    """One procedure of a telephony group, and its dossier if anything was received under it."""

    procedure_number: str
    created_at: datetime | None
    dossier_id: int | None
    status: str | None
    newest: bool


@dataclass(frozen=True)
class LetterLine:
    """A letter written for the dossier, as the window lists it (the PDF to print it again)."""

    at: datetime
    kind: str
    language: str
    file: Path


@dataclass(frozen=True)
class DossierDetail:
    """One dossier as the technician's window shows it, read at one moment."""

    id: int
    procedure_number: str
    status: str
    version: int  # what a change must say it saw (optimistic locking)
    superseded_by: str | None
    complement_received: bool
    customer_name: str  # from the manager's export, "" when the procedure is unknown there
    telephony_group: str
    labels: dict[str, str]  # requirement code -> its label in the rules this dossier follows
    pages: list[PageInfo]
    seen: dict[int, PageSeen]  # page id -> the first look at it in this dossier's viewer; unseen pages absent
    checklist: list[ItemState]
    held_items: tuple[str, ...] | None  # what its current hold asks for; None when not on hold
    holder: ClaimInfo | None
    rules_version: int
    rules_source: RulesSource
    sentence: str  # what the customer is told on the phone
    to_check: list[tuple[datetime, str]]  # (received at, reason) of submissions the intake was unsure of
    group: list[GroupProcedure]  # the telephony group's procedures, newest first
    newest_procedure: str | None  # a newer procedure of the group to move this one's documents to
    letters: list[LetterLine]  # newest first
    history: list[dict[str, Any]]

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE
