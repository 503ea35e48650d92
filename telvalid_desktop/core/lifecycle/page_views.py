"""Which pages of a dossier someone has looked at in the page viewer, and who first did, when.

A hold asks the customer for documents; asking for one that sits on a page nobody looked at is
the harm this prevents (the hold dialog counts the pages not seen). Looking is not a change of the
dossier: no history row, no new version, nothing a decision must wait for. A page is seen per
dossier, so a page moved in from another dossier, or arriving later with a complement, is unseen.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import cast

import peewee

from telvalid_desktop.db.models import Page, PageView, Submission, utc_now
from telvalid_desktop.read_models.pages import PageSeen


def record_page_views(dossier_id: int, page_ids: Iterable[int], viewer: str) -> None:
    """``viewer`` was shown these pages of the dossier: one statement, each (page, viewer) kept once
    with its first time. A page no longer in the dossier (moved meanwhile elsewhere) is skipped."""
    wanted = sorted(set(page_ids))
    if not wanted:
        return
    inside = (
        Page.select(
            peewee.Value(dossier_id), Page.id, peewee.Value(viewer), peewee.Value(utc_now(), PageView.at.db_value)
        )
        .join(Submission)
        .where(Page.id.in_(wanted) & (Submission.dossier == dossier_id))
    )
    fields = [PageView.dossier, PageView.page, PageView.viewer, PageView.at]
    PageView.insert_from(inside, fields).on_conflict_ignore().execute()


def pages_seen(dossier_id: int) -> dict[int, PageSeen]:
    """Page id -> the first look at it in this dossier (any viewer); pages never shown are absent."""
    query = (
        PageView.select(PageView.page, PageView.viewer, PageView.at)
        .where(PageView.dossier == dossier_id)
        .order_by(PageView.at, PageView.id)
        .tuples()
    )
    seen: dict[int, PageSeen] = {}
    for page_id, viewer, at in cast(Iterable[tuple[int, str, datetime]], query):  # the stubs cannot type .tuples()
        seen.setdefault(page_id, PageSeen(viewer, at))
    return seen
