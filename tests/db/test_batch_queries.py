"""Batch figures and a batch's envelopes, from known data; the intake time column of schema step 4."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

import peewee
import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.filing.ingest import IngestService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.page_operations import PageOperations
from telvalid_desktop.core.workspace import Workspace, open_workspace
from telvalid_desktop.db.batch_queries import batch_envelopes, batch_pages, day_bounds, day_figures, list_batches
from telvalid_desktop.db.migrations import LATEST_VERSION, STEPS, current_version
from telvalid_desktop.db.models import Page, SchemaVersion, StoredFile, Submission, database_proxy
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.read_models.batches import BatchPage, DayFigures
from telvalid_desktop.samples.customers import random_customer
from telvalid_desktop.samples.procedure_form import form_pdf
from tests.core.dashboard_week import paris_time

DAY = date(2026, 1, 15)  # winter: Paris is UTC+1
SEPARATOR = "|"


class Envelope(NamedTuple):
    """An envelope as the intake stored it; ``pages``: one letter a page, c content, b blank.

    The number is read in the header of its first page when it came from the header."""

    number: str | None
    pages: str
    source: str = "header"
    review: bool = False


@pytest.fixture
def paris() -> Iterator[None]:
    with paris_time():
        yield


@pytest.fixture
def operations(workspace: Workspace) -> PageOperations:
    return PageOperations(ClaimService(Settings()))


def _batch(
    name: str, imported_at: datetime, layout: list[Envelope | str], seconds: float | None = None
) -> tuple[StoredFile, list[int], list[int]]:
    """A stored file imported at ``imported_at`` (UTC): its page ids and its submission ids, in order."""
    page_ids: list[int] = []
    submission_ids: list[int] = []
    count = sum(1 if item == SEPARATOR else len(item.pages) for item in layout)
    with database_proxy.atomic():
        stored = StoredFile.create(
            sha256=name.ljust(64, "0"),
            original_name=name,
            original_path=f"/scans/{name}",
            media_type="application/pdf",
            size_bytes=1000,
            page_count=count,
            imported_at=imported_at,
            imported_by="mailroom",
            analysis_seconds=seconds,
        )
        for item in layout:
            if item == SEPARATOR:
                page_ids.append(Page.create(file=stored, index=len(page_ids), is_separator=True).id)
                continue
            assert isinstance(item, Envelope)
            dossier = DossierService().receive_submission(item.number, "mailroom", name) if item.number else None
            envelope = Submission.create(
                file=stored,
                position=len(submission_ids),
                procedure_number=item.number,
                dossier=dossier,
                number_source=item.source if item.number else "",
                needs_review=item.review or item.number is None,
                review_reason="too_many_pages" if item.review else "",
            )
            submission_ids.append(envelope.id)
            for at, kind in enumerate(item.pages):
                reading = item.number if at == 0 and item.source == "header" else None
                page = Page.create(
                    file=stored,
                    index=len(page_ids),
                    submission=envelope,
                    is_blank=kind == "b",
                    number_read=reading,
                    read_method="text" if reading else "",
                    read_where="header" if reading else "",
                    read_confidence=1.0 if reading else None,
                )
                page_ids.append(page.id)
    return stored, page_ids, submission_ids


def _morning_batch() -> tuple[StoredFile, list[int], list[int]]:
    """8 pages: 4 envelopes with pages (2 recognised, one of them flagged; 1 unsorted; 1 numbered by hand)
    and one emptied envelope; 2 separators, 1 blank page; 24 s of analysis."""
    return _batch(
        "morning.pdf",
        datetime(2026, 1, 15, 8, 0),  # 09:00 in Paris
        [
            Envelope("48151623", "cc"),
            SEPARATOR,
            Envelope("73920158", "cb", review=True),
            SEPARATOR,
            Envelope(None, "c"),
            Envelope("55500011", "c", source="manual"),
            Envelope(None, ""),
        ],
        seconds=24.0,
    )


def test_a_batch_counts_its_envelopes_pages_and_speed(workspace: Workspace) -> None:
    stored, _, _ = _morning_batch()
    (summary,) = list_batches()
    assert (summary.file_id, summary.name, summary.imported_by, summary.channel) == (
        stored.id,
        "morning.pdf",
        "mailroom",
        "post",
    )
    assert summary.imported_at == datetime(2026, 1, 15, 8, 0)
    figures = (summary.pages, summary.envelopes, summary.recognised, summary.corrected, summary.unsorted)
    assert figures == (8, 4, 2, 1, 1)
    assert (summary.flagged, summary.separators, summary.blanks) == (1, 2, 1)
    assert (summary.analysis_seconds, summary.pages_per_minute) == (24.0, 20.0)


def test_page_operations_count_as_corrections_unless_undone_or_a_rotation(
    workspace: Workspace, operations: PageOperations
) -> None:
    _, pages, envelopes = _morning_batch()
    operations.split_submission(envelopes[0], pages[1], "clerk")  # the part without a header goes unsorted
    operations.rotate_page(pages[3], 90, "clerk")
    operations.send_to_unsorted(envelopes[1], "other")
    operations.undo_last("other")
    (summary,) = list_batches()
    figures = (summary.envelopes, summary.recognised, summary.corrected, summary.unsorted, summary.flagged)
    assert figures == (5, 2, 2, 2, 1)


def test_batches_are_listed_newest_first_and_by_local_day(workspace: Workspace, paris: None) -> None:
    _morning_batch()
    _batch("afternoon.pdf", datetime(2026, 1, 15, 14, 0), [Envelope("48151623", "ccc")])
    _batch("after-midnight.pdf", datetime(2026, 1, 14, 23, 30), [Envelope("73920158", "c")], seconds=6.0)
    _batch("day-before.pdf", datetime(2026, 1, 14, 22, 30), [Envelope(None, "c")], seconds=60.0)
    names = ["afternoon.pdf", "morning.pdf", "after-midnight.pdf", "day-before.pdf"]
    assert [batch.name for batch in list_batches()] == names
    assert [batch.name for batch in list_batches(DAY)] == names[:3]
    assert [batch.name for batch in list_batches(DAY, limit=1)] == names[:1]
    assert [batch.name for batch in list_batches(date(2026, 1, 14))] == names[3:]
    assert list_batches(date(2026, 1, 16)) == []
    afternoon = list_batches(DAY)[0]
    assert (afternoon.analysis_seconds, afternoon.pages_per_minute) == (None, None)


def test_day_figures_add_up_the_days_batches(workspace: Workspace, paris: None) -> None:
    _morning_batch()
    _batch("afternoon.pdf", datetime(2026, 1, 15, 14, 0), [Envelope("48151623", "ccc")])
    _batch("after-midnight.pdf", datetime(2026, 1, 14, 23, 30), [Envelope("73920158", "c")], seconds=6.0)
    _batch("day-before.pdf", datetime(2026, 1, 14, 22, 30), [Envelope(None, "c")], seconds=60.0)
    assert day_figures(DAY) == DayFigures(
        day=DAY,
        batches=3,
        pages=12,
        envelopes=6,
        recognised=4,
        corrected=1,
        unsorted=1,
        flagged=1,
        separators=2,
        blanks=1,
        analysis_seconds=30.0,
        pages_per_minute=18.0,  # 9 timed pages in 30 s; the untimed afternoon batch is left out
    )
    empty = day_figures(date(2026, 1, 16))
    assert (empty.batches, empty.pages, empty.analysis_seconds, empty.pages_per_minute) == (0, 0, None, None)


def test_a_local_day_is_converted_to_utc_across_daylight_saving_time(paris: None) -> None:
    assert day_bounds(DAY) == (datetime(2026, 1, 14, 23, 0), datetime(2026, 1, 15, 23, 0))
    assert day_bounds(date(2026, 3, 29)) == (datetime(2026, 3, 28, 23, 0), datetime(2026, 3, 29, 22, 0))
    assert day_bounds(date(2026, 7, 1)) == (datetime(2026, 6, 30, 22, 0), datetime(2026, 7, 1, 22, 0))


def test_the_figures_of_many_batches_take_a_few_queries(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    for number in range(5):
        _batch(f"scan-{number}.pdf", datetime(2026, 1, 15, 8, number), [Envelope("48151623", "cc"), SEPARATOR])
    statements: list[str] = []
    execute = workspace.database.execute_sql

    def counting(sql: str, *args: object, **kwargs: object) -> peewee.Cursor:
        statements.append(sql)
        return execute(sql, *args, **kwargs)

    monkeypatch.setattr(workspace.database, "execute_sql", counting)
    assert [batch.envelopes for batch in list_batches()] == [1] * 5
    assert len(statements) == 4  # files, their pages, their envelopes, their e-mails


def test_a_batch_shows_its_envelopes_and_every_page_in_order(workspace: Workspace, operations: PageOperations) -> None:
    stored, pages, envelopes = _morning_batch()
    operations.split_submission(envelopes[0], pages[1], "clerk")
    DossierService().change_status("73920158", DossierStatus.ON_HOLD, actor="tech")
    split = Page.get_by_id(pages[1]).submission_id
    rows = batch_envelopes(stored.id)
    assert [(row.submission_id, row.position, [page.index for page in row.pages]) for row in rows] == [
        (envelopes[0], 0, [0]),
        (split, 1, [1]),
        (envelopes[1], 2, [3, 4]),
        (envelopes[2], 3, [6]),
        (envelopes[3], 4, [7]),
    ]
    numbering = [(row.procedure_number, row.dossier_status, row.number_source, row.review_reason) for row in rows]
    assert numbering == [
        ("48151623", "open", "header", ""),
        (None, None, "", "split_by_hand"),
        ("73920158", "on_hold", "header", "too_many_pages"),
        (None, None, "", ""),
        ("55500011", "open", "manual", ""),
    ]
    assert [row.needs_review for row in rows] == [False, True, True, True, False]
    assert rows[2].dossier_id == Submission.get_by_id(envelopes[1]).dossier_id
    assert rows[0].pages[0] == BatchPage(
        page_id=pages[0],
        index=0,
        submission_id=envelopes[0],
        is_blank=False,
        is_separator=False,
        number_read="48151623",
        read_confidence=1.0,
        read_method="text",
        crop_path="",
        disagrees=False,
        rotation=0,
    )
    every_page = batch_pages(stored.id)
    assert [page.page_id for page in every_page] == pages
    assert [page.submission_id for page in every_page] == [
        envelopes[0],
        split,
        None,
        envelopes[1],
        envelopes[1],
        None,
        envelopes[2],
        envelopes[3],
    ]
    assert [page.index for page in every_page if page.is_separator] == [2, 5]
    assert [page.index for page in every_page if page.is_blank] == [4]


@pytest.mark.sqlite_only
def test_a_version_3_database_gets_the_analysis_time_column(tmp_path: Path) -> None:
    path = tmp_path / "workspace" / "telvalid.sqlite3"
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as connection:
        connection.executescript(Path(__file__).with_name("schema_v1.sql").read_text(encoding="utf-8"))
        connection.executescript(
            """
            INSERT INTO schema_version VALUES (1, '2026-01-01 00:00:00');
            INSERT INTO stored_file VALUES (1, 'ab', 'a.pdf', '/a.pdf', 'application/pdf', 10, 1, 'post',
                                            '2026-01-01 00:00:00', 'mailroom');
            """
        )
    connection.close()
    version_3 = peewee.SqliteDatabase(str(path))
    database_proxy.initialize(version_3)
    for number, step in enumerate(STEPS[1:3], start=2):
        step(version_3)
        SchemaVersion.create(version=number)
    assert "analysis_seconds" not in {column.name for column in version_3.get_columns("stored_file")}
    version_3.close()
    workspace = open_workspace(tmp_path / "workspace")
    try:
        assert current_version(workspace.database) == LATEST_VERSION >= 4
        assert StoredFile.get_by_id(1).analysis_seconds is None
        (summary,) = list_batches()
        assert (summary.name, summary.pages, summary.pages_per_minute) == ("a.pdf", 1, None)
        StoredFile.update(analysis_seconds=1.5).execute()
        assert StoredFile.get_by_id(1).analysis_seconds == 1.5
    finally:
        workspace.close()


def test_the_intake_records_how_long_a_file_took(workspace: Workspace, tmp_path: Path) -> None:
    rng = random.Random(3)
    envelope = tmp_path / "envelope.pdf"
    envelope.write_bytes(form_pdf("48151623", customer=random_customer(rng), rng=rng))
    with PageWorkers(0) as workers:
        IngestService(workspace, workers, DossierService(), user="mailroom").ingest(envelope)
    (summary,) = list_batches()
    assert (summary.envelopes, summary.recognised, summary.unsorted) == (1, 1, 0)
    assert summary.analysis_seconds is not None and summary.analysis_seconds > 0
    assert summary.pages_per_minute == pytest.approx(summary.pages * 60 / summary.analysis_seconds)
