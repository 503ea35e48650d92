"""A list row carries its first reception, read in the same statement as the page."""

from __future__ import annotations

from datetime import datetime

from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.dossier_queries import DossierFilter, dossier_rows_by_id, fetch_dossier_rows
from telvalid_desktop.db.models import StoredFile, Submission, database_proxy


def _sending(number: str, received_at: datetime, position: int) -> None:
    """One envelope of ``number`` received at ``received_at`` (its dossier made or found)."""
    with database_proxy.atomic():
        stored = StoredFile.create(
            sha256=f"{number}{position}".ljust(64, "0"),
            original_name=f"{number}-{position}.pdf",
            original_path=f"/scans/{number}-{position}.pdf",
            media_type="application/pdf",
            size_bytes=1000,
            page_count=1,
            imported_by="mailroom",
        )
        dossier = DossierService().receive_submission(number, "mailroom", stored.original_name)
        Submission.create(file=stored, position=0, procedure_number=number, dossier=dossier, received_at=received_at)


def test_the_first_reception_is_the_earliest_sending_as_a_time(workspace: Workspace) -> None:
    _sending("48151623", datetime(2026, 12, 3, 9, 30), 1)
    _sending("48151623", datetime(2026, 12, 1, 8, 15), 2)
    _sending("42424242", datetime(2026, 12, 2, 10, 0), 1)
    rows = fetch_dossier_rows(DossierFilter(sort_column="procedure_number", descending=False), 0, 10)
    assert [(row.procedure_number, row.first_received) for row in rows] == [
        ("42424242", datetime(2026, 12, 2, 10, 0)),
        ("48151623", datetime(2026, 12, 1, 8, 15)),
    ]
    again = dossier_rows_by_id([rows[1].dossier_id])
    assert again[rows[1].dossier_id].first_received == datetime(2026, 12, 1, 8, 15)
