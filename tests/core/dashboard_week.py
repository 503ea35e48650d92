"""A week of known work for the dashboard's tests (Monday 2 March 2026, in Paris time).

Rows are written straight in the database with chosen times (UTC, as stored); Paris is
UTC+1 that week, so some arrive on a different day in UTC than in Paris, around midnight.
Every figure of the week is known:

| local day (Paris)  | submissions | validations |
| ------------------ | ----------- | ----------- |
| Mon 2 March        | 2 (00:00 and 23:59) | 0   |
| Wed 4 March        | 2 (00:30 and 11:00) | 1 (00:00, 2 days after its first submission) |
| Thu 5 March        | 1 (unsorted)        | 0   |
| Fri 6 March        | 0                   | 1 (23:59, 4 days) |
| Sat 7 March        | 0                   | 1 (09:00, 10 days) |

Outside the week: a submission on Sunday 1 March at 23:59:59 and a validation on Monday
9 March at 00:00. On hold now: 3 dossiers, their latest holds missing rib twice,
crossed_cheque and holder_id once each. Document pages of the files imported that week:
post 4 (3 read in a header), email 3 (2 read in the body), fax 3 (none: numbered by hand).
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime

import pytest

from telvalid_desktop.db.models import Dossier, Hold, Page, StoredFile, Submission, Validation, database_proxy

PARIS = "CET-1CEST,M3.5.0,M10.5.0/3"  # POSIX rule: no zoneinfo files needed
WEEK = date(2026, 3, 2)  # a Monday
_files = itertools.count(1)


@contextmanager
def paris_time() -> Iterator[None]:
    """The workstation in Paris for the block (local days are Paris days), then back to its own zone."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", PARIS)
        time.tzset()
        yield
    time.tzset()


def envelope(
    number: str | None, received_at: datetime, pages: str, *, channel: str = "post", source: str = "header"
) -> None:
    """A file of one envelope imported when it was received (UTC).

    ``pages``: a letter a page, ``c`` content, ``b`` blank, ``s`` a separator sheet (in no envelope).
    """
    index = next(_files)
    with database_proxy.atomic():
        stored = StoredFile.create(
            sha256=f"{index:064x}",
            original_name=f"scan-{index}.pdf",
            original_path=f"/scans/scan-{index}.pdf",
            media_type="application/pdf",
            size_bytes=1000,
            page_count=len(pages),
            channel=channel,
            imported_at=received_at,
        )
        dossier = Dossier.get_or_create(procedure_number=number)[0] if number else None
        submission = Submission.create(
            file=stored,
            position=0,
            procedure_number=number,
            dossier=dossier,
            number_source=source if number else "",
            received_at=received_at,
        )
        for position, kind in enumerate(pages):
            Page.create(
                file=stored,
                index=position,
                submission=None if kind == "s" else submission,
                is_blank=kind == "b",
                is_separator=kind == "s",
            )


def hold(number: str, at: datetime, items: list[str]) -> None:
    dossier = Dossier.get(Dossier.procedure_number == number)
    Hold.create(dossier=dossier, items=json.dumps(items), actor="tech", at=at)
    Dossier.update(status="on_hold").where(Dossier.id == dossier.id).execute()


def validate(number: str, at: datetime) -> None:
    dossier = Dossier.get(Dossier.procedure_number == number)
    Validation.create(
        dossier=dossier, renews_monthly=True, out_of_plan_allowance_eur=150, rules_version=1, actor="tech", at=at
    )
    Dossier.update(status="validated").where(Dossier.id == dossier.id).execute()


def fill_week() -> None:
    """The week of the module's table (times below in UTC; Paris is one hour ahead)."""
    envelope("10000001", datetime(2026, 3, 1, 23, 0), "cccb")  # Monday 00:00 in Paris
    validate("10000001", datetime(2026, 3, 3, 23, 0))  # Wednesday 00:00: 2 days
    envelope("10000002", datetime(2026, 3, 2, 22, 59), "cc", channel="email", source="body")  # Monday 23:59
    envelope("10000002", datetime(2026, 3, 4, 10, 0), "c", source="manual")  # its complement, Wednesday
    validate("10000002", datetime(2026, 3, 6, 22, 59))  # Friday 23:59: 4 days after the first submission
    envelope("10000003", datetime(2026, 3, 3, 23, 30), "sccc", channel="fax", source="manual")  # Wednesday 00:30
    hold("10000003", datetime(2026, 3, 4, 12, 0), ["rib", "holder_id"])
    hold("10000003", datetime(2026, 3, 5, 12, 0), ["rib"])  # the latest: only the rib is still missing
    envelope(None, datetime(2026, 3, 5, 14, 0), "c", channel="email")  # unsorted, Thursday
    envelope("10000004", datetime(2026, 2, 20, 10, 0), "cc")
    hold("10000004", datetime(2026, 2, 21, 10, 0), ["rib", "crossed_cheque"])
    envelope("10000005", datetime(2026, 2, 25, 8, 0), "cc", channel="email")
    hold("10000005", datetime(2026, 2, 26, 8, 0), ["kbis"])  # held, then validated: no longer on hold
    validate("10000005", datetime(2026, 3, 7, 8, 0))  # Saturday: 10 days
    envelope("10000006", datetime(2026, 3, 1, 22, 59, 59), "c")  # Sunday 23:59:59: the week before
    hold("10000006", datetime(2026, 3, 2, 10, 0), ["holder_id"])
    envelope("10000007", datetime(2026, 2, 1, 9, 0), "cc")
    validate("10000007", datetime(2026, 3, 8, 23, 0))  # Monday 9 March 00:00: the week after
