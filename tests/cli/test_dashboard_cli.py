"""`telvalid dashboard` and `telvalid report weekly` on a week of known work, in Paris time."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop import cli
from telvalid_desktop.core.workspace import open_workspace
from tests.core.dashboard_week import fill_week, paris_time

WEEK = ("--from", "2026-03-02", "--to", "2026-03-08")


@pytest.fixture
def root(tmp_path: Path) -> Iterator[Path]:
    """A workspace holding the known week, its commands run in Paris time."""
    with paris_time():
        opened = open_workspace(tmp_path / "ws")
        fill_week()
        opened.close()
        yield tmp_path / "ws"


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--workspace", str(root), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_weeks_figures_as_json(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, root, "dashboard", *WEEK, "--json")
    assert code == cli.EXIT_OK
    (line,) = out.splitlines()
    data = json.loads(line)
    assert set(data) == {
        "from",
        "to",
        "totals",
        "submissions_per_day",
        "validations_per_day",
        "holds_by_missing_item",
        "time_to_validation",
        "time_to_validation_by_week",
        "recognition_by_channel",
        "timings",
    }
    assert (data["from"], data["to"]) == ("2026-03-02", "2026-03-08")
    assert data["totals"] == {"submissions": 5, "validations": 3, "on_hold": 3}
    assert [day["count"] for day in data["submissions_per_day"]] == [2, 0, 2, 1, 0, 0, 0]
    assert [day["day"] for day in data["validations_per_day"]][::6] == ["2026-03-02", "2026-03-08"]
    assert [day["count"] for day in data["validations_per_day"]] == [0, 0, 1, 0, 1, 1, 0]
    assert data["holds_by_missing_item"] == [
        {"item": "rib", "count": 2},
        {"item": "crossed_cheque", "count": 1},
        {"item": "holder_id", "count": 1},
    ]
    assert data["time_to_validation"] == {"count": 3, "median_days": 4.0, "p90_days": pytest.approx(8.8)}
    assert [(rate["channel"], rate["pages"], rate["recognised"]) for rate in data["recognition_by_channel"]] == [
        ("post", 4, 3),
        ("email", 3, 2),
        ("fax", 3, 0),
    ]
    assert data["recognition_by_channel"][0]["rate"] == 0.75
    assert set(data["timings"]) == {
        "submissions_per_day",
        "validations_per_day",
        "holds_by_missing_item",
        "time_to_validation",
        "time_to_validation_by_week",
        "recognition_by_channel",
        "dossiers_on_hold",
    }


def test_the_weeks_figures_in_french_and_as_csv_files(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, root, "dashboard", *WEEK, "--csv-dir", str(tmp_path / "charts"))
    assert code == cli.EXIT_OK
    assert "Envois reçus : 5   dossiers validés : 3   en attente maintenant : 3" in out
    assert "médiane 4,0 j, 90e centile 8,8 j (3 validation(s))" in out
    assert "mer. 04/03/2026         2            1" in out
    assert "       2  RIB" in out and "courrier   3 / 4 pages (75,0\u00a0%)" in out
    assert sorted(path.name for path in (tmp_path / "charts").iterdir()) == [
        "holds_by_missing_item.csv",
        "recognition_by_channel.csv",
        "submissions_per_day.csv",
        "time_to_validation.csv",
        "validations_per_day.csv",
    ]
    durations = (tmp_path / "charts" / "time_to_validation.csv").read_text(encoding="utf-8")
    assert durations.splitlines() == ["week,validations,median_days,p90_days", "2026-03-02,3,4.0,8.8"]


def test_the_default_period_is_the_last_30_days(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = date.today()
    code, out, _ = run(capsys, root, "dashboard", "--json")
    data = json.loads(out)
    assert code == cli.EXIT_OK
    assert (data["from"], data["to"]) == ((today - timedelta(days=29)).isoformat(), today.isoformat())
    assert len(data["submissions_per_day"]) == 30
    code, out, _ = run(capsys, root, "dashboard", "--json", "--to", "2026-03-08")
    assert json.loads(out)["from"] == "2026-02-07"


def test_a_period_ending_before_it_starts_is_a_usage_error(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, root, "dashboard", "--from", "2026-03-09", "--to", "2026-03-08")
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert "La période finit (2026-03-08) avant de commencer (2026-03-09)" in err


def test_the_weekly_report_of_the_week_of_a_given_day(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_pdf = tmp_path / "week.pdf"
    code, out, _ = run(capsys, root, "report", "weekly", "--week", "2026-03-05", str(out_pdf))
    assert code == cli.EXIT_OK
    assert out.strip() == f"Rapport de la semaine du 02/03/2026 : {out_pdf}"
    with pymupdf.open(out_pdf) as document:
        text = document[0].get_text()
    assert "Rapport hebdomadaire — semaine du 02/03/2026" in text and "Envois reçus" in text


def test_the_weekly_report_defaults_to_the_last_complete_week(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last_week = date.today() - timedelta(days=7)
    monday = last_week - timedelta(days=last_week.weekday())
    code, out, _ = run(capsys, root, "report", "weekly", str(tmp_path / "last.pdf"))
    assert code == cli.EXIT_OK and f"semaine du {monday:%d/%m/%Y}" in out


def test_a_report_that_cannot_be_written_is_explained(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, root, "report", "weekly", "--week", "2026-03-02", str(tmp_path / "no" / "r.pdf"))
    assert (code, out) == (cli.EXIT_REJECTED, "")
    assert err.startswith("Rapport non écrit :")


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """``telvalid dashboard --json | head``: the pipe closed before the figures are written is not an error
    to report (Python's own traceback would scare whoever reads the terminal)."""
    open_workspace(tmp_path / "ws").close()
    command = [sys.executable, "-m", "telvalid_desktop", "--workspace", str(tmp_path / "ws"), "dashboard", "--json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the command has written anything: its first write meets a closed pipe
    errors = process.stderr.read().decode()
    assert process.wait(timeout=120) == cli.EXIT_REJECTED
    assert "Traceback" not in errors and "BrokenPipeError" not in errors
