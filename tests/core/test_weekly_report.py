"""The weekly report of a known week: a one-page PDF whose text holds the week's figures, written atomically."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop.core.supervision.weekly_report import write_weekly_report
from telvalid_desktop.core.workspace import Workspace
from tests.core.dashboard_week import WEEK, envelope, fill_week, hold, paris_time

MADE = datetime(2026, 3, 10, 8, 15)  # UTC: 09:15 in Paris


@pytest.fixture
def week(workspace: Workspace) -> Iterator[None]:
    with paris_time():
        fill_week()
        yield


def row(page: pymupdf.Page, label: str) -> str:
    """The words on the line where ``label`` first appears (top of the page first), left to right."""
    found = min(page.search_for(label), key=lambda rect: (rect.y0, rect.x0))
    middle = (found.y0 + found.y1) / 2
    words = [word for word in page.get_text("words") if word[1] < middle < word[3]]
    return " ".join(word[4] for word in sorted(words, key=lambda word: word[0]))


def test_the_report_shows_the_weeks_figures(week: None, tmp_path: Path) -> None:
    path = write_weekly_report(WEEK, tmp_path / "week.pdf", now=MADE)
    assert path == tmp_path / "week.pdf"
    with pymupdf.open(path) as document:
        assert document.page_count == 1
        assert document.metadata["title"] == "Rapport hebdomadaire — semaine du 02/03/2026"
        page = document[0]
        assert row(page, "Rapport hebdomadaire") == "Rapport hebdomadaire — semaine du 02/03/2026"
        assert row(page, "Envois reçus") == "Envois reçus 5"
        assert row(page, "Dossiers validés") == "Dossiers validés 3"
        assert row(page, "Dossiers en attente") == "Dossiers en attente d'un complément (le 10/03/2026) 3"
        assert row(page, "Délai médian").endswith("validation 4,0 j")
        assert row(page, "90e centile").endswith("8,8 j")
        days = "lun. 02 mar. 03 mer. 04 jeu. 05 ven. 06 sam. 07 dim. 08"
        assert row(page, "lun. 02") == f"{days} {days}"  # under each chart
        assert row(page, "RIB") == "RIB 2"
        assert row(page, "Chèque barré") == "Chèque barré 1"
        assert row(page, "Pièce d'identité") == "Pièce d'identité du titulaire 1"
        assert row(page, "courrier") == "courrier 4 3 75,0 %"
        assert row(page, "fax") == "fax 3 0 0,0 %"
        assert "rapport établi le 10/03/2026 à 09:15" in page.get_text()


def bar_values(page: pymupdf.Page, title: str) -> list[int]:
    """The counts written above the bars of the chart titled ``title``, left to right."""
    heading = page.search_for(title)[0]
    days = min(page.search_for("lun. 02"), key=lambda rect: abs(rect.x0 - heading.x0))
    left, right = heading.x0 - 2, heading.x0 + 230
    words = [word for word in page.get_text("words") if heading.y1 < word[1] and word[3] < days.y0]
    return [int(word[4]) for word in sorted(words, key=lambda word: word[0]) if left <= word[0] < right]


def test_the_bars_carry_each_days_count(week: None, tmp_path: Path) -> None:
    with pymupdf.open(write_weekly_report(WEEK, tmp_path / "week.pdf", now=MADE)) as document:
        assert bar_values(document[0], "Envois reçus par jour") == [2, 0, 2, 1, 0, 0, 0]
        assert bar_values(document[0], "Validations par jour") == [0, 0, 1, 0, 1, 1, 0]


def test_an_empty_week_says_so(workspace: Workspace, tmp_path: Path) -> None:
    with pymupdf.open(write_weekly_report(WEEK, tmp_path / "empty.pdf", now=MADE)) as document:
        page = document[0]
        assert (row(page, "Envois reçus"), row(page, "Dossiers validés")) == ("Envois reçus 0", "Dossiers validés 0")
        assert row(page, "Délai médian").endswith("validation –")
        assert row(page, "Aucun dossier en attente") == "Aucun dossier en attente –"
        assert row(page, "Aucun fichier importé") == "Aucun fichier importé – – –"


def test_a_long_table_goes_on_to_a_second_page(workspace: Workspace, tmp_path: Path) -> None:
    for index in range(40):
        number = str(20_000_000 + index)
        envelope(number, datetime(2026, 2, 2, 9, 0), "c")
        hold(number, datetime(2026, 2, 3, 9, 0), [f"item_{index:02d}"])  # codes the rules do not know
    with pymupdf.open(write_weekly_report(WEEK, tmp_path / "long.pdf", now=MADE)) as document:
        assert document.page_count == 2
        first, second = (page.get_text() for page in document)
    assert "item_00" in first and "item_39" in second and "item_39" not in first
    assert second.startswith("Rapport hebdomadaire — semaine du 02/03/2026")


def test_a_week_starts_on_a_monday(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Monday"):
        write_weekly_report(date(2026, 3, 4), tmp_path / "week.pdf")
    assert not (tmp_path / "week.pdf").exists()


def test_a_failed_write_leaves_the_previous_report_and_no_temporary_file(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "week.pdf"
    path.write_bytes(b"previous")

    def full_disk(source: str, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("telvalid_desktop.core.supervision.weekly_report.os.replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_weekly_report(WEEK, path, now=MADE)
    assert path.read_bytes() == b"previous"
    assert {item.name for item in tmp_path.iterdir()} == {"workspace", "week.pdf"}
