"""The lead's on-hold review on a dossier set with known dates: ages, buckets, levels, filters."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from telvalid_desktop.core.supervision.hold_review import (
    AgingBucket,
    AgingLevel,
    HoldFilter,
    Thresholds,
    aging,
    bucket_counts,
)
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.hold_queries import on_hold_rows
from telvalid_desktop.db.models import Dossier, Hold, Letter, StoredFile, Submission
from telvalid_desktop.domain import DossierStatus
from tests.core.factories import dossier, known, submission

NOW = datetime(2026, 11, 26, 9, 0)


def _on_hold(  # noqa: PLR0913 - one dossier's whole story, each part named
    number: str,
    *,
    first: int,
    held: int,
    items: list[str],
    by: str = "tech1",
    complements: tuple[int, ...] = (),
    channel: str | None = None,
    assigned: str | None = None,
    letters: tuple[int, ...] = (),
) -> None:
    """Dossier ``number`` first received ``first`` days ago, on hold for ``held`` days (complements
    and letters so many days ago)."""
    created, _pages = submission(number)
    Submission.update(received_at=NOW - timedelta(days=first, hours=1)).where(Submission.id == created.id).execute()
    for days_ago in complements:
        later, _ = submission(number)
        Submission.update(received_at=NOW - timedelta(days=days_ago)).where(Submission.id == later.id).execute()
    if channel:
        StoredFile.update(channel=channel).where(StoredFile.id == created.file_id).execute()
    target = dossier(number)
    Hold.create(dossier=target, items=json.dumps(items), actor=by, at=NOW - timedelta(days=held, hours=2))
    Dossier.update(status=DossierStatus.ON_HOLD.value, assigned_to=assigned).where(Dossier.id == target.id).execute()
    for days_ago in letters:
        Letter.create(
            dossier=target, kind="hold", path="x.pdf", sha256="0" * 64, actor=by, at=NOW - timedelta(days=days_ago)
        )


def test_ages_buckets_and_levels_from_known_dates(workspace: Workspace) -> None:
    known("10000001")
    _on_hold("10000001", first=40, held=3, items=["rib"], complements=(10, 5), letters=(3, 2))
    _on_hold("10000002", first=20, held=8, items=["id", "rib"], by="tech2", channel="email")
    _on_hold("10000003", first=31, held=16, items=["crossed_cheque"], assigned="tech3")
    _on_hold("10000004", first=45, held=31, items=["rib"], letters=(31,))
    submission("10000005")  # open, not on hold: not in the review

    aged = {entry.row.procedure_number: entry for entry in aging(on_hold_rows(), NOW, Thresholds(15, 30))}

    assert sorted(aged) == ["10000001", "10000002", "10000003", "10000004"]
    first = aged["10000001"]
    assert (first.days_on_hold, first.days_since_first_submission) == (3, 40)
    assert (first.days_since_last_complement, first.days_since_last_letter) == (5, 2)
    assert first.row.customer_name == "Dupont" and first.row.items == ("rib",)
    assert aged["10000002"].days_since_last_complement is None and aged["10000002"].days_since_last_letter is None
    assert [(aged[n].days_on_hold, aged[n].bucket, aged[n].level) for n in sorted(aged)] == [
        (3, AgingBucket.WEEK, AgingLevel.NORMAL),
        (8, AgingBucket.FORTNIGHT, AgingLevel.NORMAL),
        (16, AgingBucket.MONTH, AgingLevel.WARNING),
        (31, AgingBucket.OLDER, AgingLevel.ALERT),
    ]
    assert bucket_counts(list(aged.values())) == {
        AgingBucket.WEEK: 1,
        AgingBucket.FORTNIGHT: 1,
        AgingBucket.MONTH: 1,
        AgingBucket.OLDER: 1,
    }
    assert aged["10000003"].row.technician == "tech3"  # who follows it, not who put it on hold
    assert aged["10000003"].row.held_by == "tech1"


def test_bucket_edges_and_thresholds_from_the_settings(workspace: Workspace) -> None:
    for number, held in (("20000007", 7), ("20000008", 8), ("20000015", 15), ("20000030", 30)):
        _on_hold(number, first=held, held=held, items=["rib"])
    aged = {entry.row.procedure_number: entry for entry in aging(on_hold_rows(), NOW, Thresholds(7, 15))}
    assert [aged[n].bucket for n in sorted(aged)] == [
        AgingBucket.WEEK,
        AgingBucket.FORTNIGHT,
        AgingBucket.FORTNIGHT,
        AgingBucket.MONTH,
    ]
    assert [aged[n].level for n in sorted(aged)] == [
        AgingLevel.NORMAL,
        AgingLevel.WARNING,
        AgingLevel.WARNING,
        AgingLevel.ALERT,
    ]


def test_filters_by_missing_item_technician_and_channel(workspace: Workspace) -> None:
    _on_hold("30000001", first=9, held=2, items=["rib", "id"], by="tech1")
    _on_hold("30000002", first=9, held=2, items=["id"], by="tech2", channel="fax")
    _on_hold("30000003", first=9, held=2, items=["rib"], by="tech2")
    rows = on_hold_rows()

    def kept(chosen: HoldFilter) -> list[str]:
        return sorted(row.procedure_number for row in rows if chosen.keeps(row))

    assert kept(HoldFilter()) == ["30000001", "30000002", "30000003"]
    assert kept(HoldFilter(item="id")) == ["30000001", "30000002"]
    assert kept(HoldFilter(technician="tech2")) == ["30000002", "30000003"]
    assert kept(HoldFilter(channel="fax")) == ["30000002"]
    assert kept(HoldFilter(item="rib", technician="tech2", channel="post")) == ["30000003"]
