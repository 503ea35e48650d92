"""Paged read queries behind the dossier list and the queue sidebar (Qt-free).

The window shows up to 100,000 dossiers, so nothing here loads a whole table: the list
asks for a count, then for pages of about 200 rows (LIMIT/OFFSET, always ending the
ORDER BY on the id so pages never overlap), and aggregates such as the first reception
are computed for the ids of one page only. Portable SQL only (SQLite and PostgreSQL).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, cast

import peewee

from telvalid_desktop.db.dossier_search import search_condition
from telvalid_desktop.db.models import Dossier, Hold, KnownProcedure, Page, StoredFile, Submission
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.read_models.dossiers import (
    QUEUES,
    DossierFilter,
    DossierRow,
    Queue,
    SortColumn,
    UnsortedRow,
)


def _queue_condition(queue: Queue) -> peewee.Expression | None:
    """The WHERE clause of a dossier queue; ``None`` for all dossiers."""
    open_ = Dossier.status == "open"
    conditions: dict[str, peewee.Expression] = {
        "open": open_ & (Dossier.complement_received == False),  # noqa: E712 - SQL, not Python
        "complement": open_ & (Dossier.complement_received == True),  # noqa: E712
        "on_hold": Dossier.status == "on_hold",
        "validated": Dossier.status == "validated",
        "unsorted": Dossier.id.is_null(),  # no dossier is unsorted: those are submissions
    }
    return conditions.get(queue)


def _filtered(query: peewee.ModelSelect[Dossier], dossier_filter: DossierFilter) -> peewee.ModelSelect[Dossier]:
    """Apply the queue and the search to a query over ``Dossier``."""
    for condition in (_queue_condition(dossier_filter.queue), search_condition(dossier_filter.search)):
        if condition is not None:
            query = query.where(condition)
    return query


def _known_join(query: peewee.ModelSelect[Dossier]) -> peewee.ModelSelect[Dossier]:
    return query.join(
        KnownProcedure,
        peewee.JOIN.LEFT_OUTER,
        on=(KnownProcedure.procedure_number == Dossier.procedure_number),
    )


def _sort_key(column: SortColumn) -> peewee.Node:
    """The ORDER BY expression of a column.

    First reception sorts on the dossier's creation, which happens when its first
    submission is filed: a MIN over 100,000 dossiers' submissions costs 200 ms per page.
    """
    keys: dict[str, peewee.Node] = {
        "procedure_number": Dossier.procedure_number,
        "customer_name": KnownProcedure.customer_name,
        "telephony_group": KnownProcedure.telephony_group,
        "first_received": Dossier.created_at,
        "last_activity": Dossier.updated_at,
        "status": Dossier.status,
    }
    return keys[column]


def count_dossiers(dossier_filter: DossierFilter) -> int:
    """How many dossiers the filter shows."""
    return _filtered(Dossier.select(Dossier.id), dossier_filter).count()


def _hold_items(stored: str | None) -> tuple[str, ...] | None:
    """The codes a hold's JSON column names (None: no current hold)."""
    return None if stored is None else tuple(json.loads(stored or "[]"))


def _rows(query: peewee.ModelSelect[Dossier]) -> list[DossierRow]:
    """Rows of ``query`` (already ordered and limited), their first reception and current hold read with them."""
    records = cast(Iterable[dict[str, Any]], query.dicts())  # peewee's stubs type rows as Dossier
    return [
        DossierRow(
            dossier_id=record["id"],
            procedure_number=record["procedure_number"],
            customer_name=record["customer_name"] or "",
            telephony_group=record["telephony_group"] or "",
            first_received=Submission.received_at.python_value(record["first_received"]),  # a subquery: raw
            last_activity=record["updated_at"],
            status=record["status"],
            complement_received=bool(record["complement_received"]),
            held_items=_hold_items(record["held_items"]),
        )
        for record in records
    ]


def _current_hold_items() -> peewee.ModelSelect[Hold]:
    """The items the latest hold of the outer query's dossier asks for, while it is on hold (else NULL):
    one look per row by the index on (dossier, at)."""
    return (
        Hold.select(Hold.items)
        .where((Hold.dossier == Dossier.id) & (Dossier.status == DossierStatus.ON_HOLD.value))
        .order_by(Hold.at.desc(), Hold.id.desc())
        .limit(1)
    )


def current_hold_items(dossier_id: int) -> tuple[str, ...] | None:
    """The codes the current hold of one dossier asks for (None when it is not on hold)."""
    stored = Dossier.select(_current_hold_items()).where(Dossier.id == dossier_id).scalar()
    return _hold_items(stored)


def _row_query() -> peewee.ModelSelect[Dossier]:
    """A row's columns; the first reception by the index on (dossier, received_at) and the current
    hold's items by the one on (dossier, at): one look each per row, in the page's one statement."""
    first = (
        Submission.select(peewee.fn.MIN(Submission.received_at))
        .where(Submission.dossier == Dossier.id)
        .alias("first_received")
    )
    return _known_join(
        Dossier.select(
            Dossier.id,
            Dossier.procedure_number,
            Dossier.status,
            Dossier.complement_received,
            Dossier.updated_at,
            KnownProcedure.customer_name,
            KnownProcedure.telephony_group,
            first,
            _current_hold_items().alias("held_items"),
        )
    )


def fetch_dossier_rows(dossier_filter: DossierFilter, offset: int, limit: int) -> list[DossierRow]:
    """One page of the list, in the filter's order (ties broken by id, same direction).

    The page's ids are chosen first from ``Dossier`` alone (an index-only walk when the
    sort column is indexed), then only those rows are joined and completed.
    """
    direction = "DESC" if dossier_filter.descending else "ASC"
    query = Dossier.select(Dossier.id)
    if dossier_filter.sort_column in ("customer_name", "telephony_group"):
        query = _known_join(query)
    order = (
        peewee.Ordering(_sort_key(dossier_filter.sort_column), direction),
        peewee.Ordering(Dossier.id, direction),
    )
    page = _filtered(query, dossier_filter).order_by(*order).limit(limit).offset(offset)
    # One statement: the page's ids as a subquery (no list of ids sent back and forth), ordered again.
    return _rows(_row_query().where(Dossier.id.in_(page)).order_by(*order))


def dossier_rows_by_id(dossier_ids: Iterable[int]) -> dict[int, DossierRow]:
    """Fresh rows for a few dossiers, so a view can update them in place."""
    ids = list(dossier_ids)
    if not ids:
        return {}
    return {row.dossier_id: row for row in _rows(_row_query().where(Dossier.id.in_(ids)))}


def _waiting_for_number() -> peewee.Expression:
    """Submissions with no dossier that still hold a page (a merge or a move can empty one)."""
    holding = Page.select(Page.id).where(Page.submission == Submission.id)
    return Submission.dossier.is_null() & peewee.fn.EXISTS(holding)


def queue_counts() -> dict[str, int]:
    """Dossiers per queue and the submissions left unsorted.

    Counting by status alone walks the status index only; the complement count then
    reads just the open dossiers.
    """
    counts: dict[str, int] = dict.fromkeys(QUEUES, 0)
    by_status = Dossier.select(Dossier.status, peewee.fn.COUNT(Dossier.id)).group_by(Dossier.status).tuples()
    # (status, count) rows: peewee's stubs type .tuples() as the model query itself.
    for status, count in cast(Iterable[tuple[str, int]], by_status):
        counts["all"] += count
        if status in counts:
            counts[status] += count
    counts["complement"] = Dossier.select().where(_queue_condition("complement")).count()
    counts["open"] -= counts["complement"]
    counts["unsorted"] = Submission.select().where(_waiting_for_number()).count()
    return counts


def unsorted_rows(offset: int = 0, limit: int | None = None) -> list[UnsortedRow]:
    """The submissions waiting for a number, oldest first (one page of them, or all: the "à trier" view)."""
    query = cast(
        Iterable[dict[str, Any]],  # peewee's stubs cannot type .dicts(): these rows are dicts of the columns
        Submission.select(Submission.id, Submission.review_reason, Submission.received_at, StoredFile.original_name)
        .join(StoredFile)
        .where(_waiting_for_number())
        .order_by(Submission.received_at, Submission.id)
        .limit(limit)
        .offset(offset)
        .dicts(),
    )
    records = list(query)
    pages: dict[int, list[int]] = {}
    if records:
        page_query = cast(
            Iterable[tuple[int, int]],  # (submission id, page index) rows: the stubs cannot type .tuples()
            Page.select(Page.submission, Page.index)
            .where(Page.submission.in_([record["id"] for record in records]) & (Page.is_blank == False))  # noqa: E712
            .order_by(Page.index)
            .tuples(),
        )
        for submission_id, index in page_query:
            pages.setdefault(submission_id, []).append(index + 1)
    return [
        UnsortedRow(
            submission_id=record["id"],
            file_name=record["original_name"],
            pages=tuple(pages.get(record["id"], ())),
            review_reason=record["review_reason"],
            received_at=record["received_at"],
        )
        for record in records
    ]
