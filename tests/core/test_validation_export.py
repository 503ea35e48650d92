"""Validations exported to billing: each exactly once, traceable, and never half-written."""

from __future__ import annotations

import csv
import json
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from telvalid_desktop import cli
from telvalid_desktop.config import Settings
from telvalid_desktop.core.errors import InvalidValue
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.claims import ClaimService
from telvalid_desktop.core.lifecycle.validation import ValidationService
from telvalid_desktop.core.supervision import validation_export
from telvalid_desktop.core.supervision.validation_export import (
    COLUMNS,
    ExportConflict,
    ExportFormat,
    ExportTargetExists,
    export_validations,
)
from telvalid_desktop.core.team_policy import read_policy, set_policy
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Validation, ValidationExport, database_proxy
from tests.core.factories import dossier, known, submission


@pytest.fixture
def validate(workspace: Workspace):
    """Validate a complete dossier for ``number`` (every item ticked), optionally at a given moment."""
    claims = ClaimService(Settings())
    checklist = ChecklistService(claims)
    validation = ValidationService(claims, checklist)

    def run(number: str, at: datetime | None = None, payment: str = "direct_debit", allowance: int = 150) -> int:
        known(number, payment, "individual", group=f"grp-{number}")
        submission(number)
        dossier_id = dossier(number).id
        for code in checklist.required_codes(dossier_id):
            checklist.tick(dossier_id, code, [], "tech")
        if read_policy().out_of_plan_allowance_eur != allowance:
            set_policy({"out_of_plan_allowance_eur": allowance}, "lead")
        validation.validate(number, "tech")
        row = Validation.get(Validation.dossier == dossier_id)
        if at is not None:
            Validation.update(at=at).where(Validation.id == row.id).execute()
        return row.id

    return run


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        return list(reader)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def leftovers(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_export_writes_each_validation_once_then_only_new_ones(validate, tmp_path: Path) -> None:
    first = validate("48151623", at=datetime(2026, 3, 14, 9, 30, 5), payment="cheque", allowance=180)
    second = validate("73920158", at=datetime(2026, 3, 15, 10, 0))
    result = export_validations(tmp_path / "one.csv", "csv", "billing-clerk")
    assert (result.rows, result.path, result.format) == (2, tmp_path / "one.csv", ExportFormat.CSV)
    rows = read_csv(tmp_path / "one.csv")
    assert rows[0] == {
        "validation_id": str(first),
        "dossier_id": str(dossier("48151623").id),
        "procedure_number": "48151623",
        "telephony_group": "grp-48151623",
        "account": "ab1-ovh",
        "payment_method": "cheque",
        "renews_monthly": "true",
        "out_of_plan_allowance_eur": "180",
        "rules_version": "1",
        "validated_by": "tech",
        "validated_at": "2026-03-14T09:30:05Z",
        "export_id": str(result.export_id),
    }
    assert [row["validation_id"] for row in rows] == [str(first), str(second)]
    export = ValidationExport.get_by_id(result.export_id)
    assert (export.actor, export.format, export.destination, export.rows) == (
        "billing-clerk",
        "csv",
        str(tmp_path / "one.csv"),
        2,
    )
    assert {row.export_id for row in Validation.select()} == {result.export_id}

    again = export_validations(tmp_path / "two.csv", "csv", "billing-clerk")
    assert again.rows == 0 and again.export_id != result.export_id
    assert (tmp_path / "two.csv").read_text(encoding="utf-8").splitlines() == [",".join(COLUMNS)]

    third = validate("10000001")
    latest = export_validations(tmp_path / "three.jsonl", "jsonl", "billing-clerk")
    [row] = read_jsonl(tmp_path / "three.jsonl")
    assert latest.rows == 1 and row["validation_id"] == third and row["export_id"] == latest.export_id
    assert (row["renews_monthly"], row["out_of_plan_allowance_eur"], row["procedure_number"]) == (True, 150, "10000001")
    assert list(row) == list(COLUMNS)
    assert row["validated_at"].endswith("Z")

    empty = export_validations(tmp_path / "four.jsonl", "jsonl", "billing-clerk")
    assert empty.rows == 0 and (tmp_path / "four.jsonl").read_bytes() == b""
    assert leftovers(tmp_path) == ["four.jsonl", "one.csv", "three.jsonl", "two.csv", "workspace"]


def test_since_keeps_older_validations_for_a_later_export(validate, tmp_path: Path) -> None:
    old = validate("48151623", at=datetime(2026, 3, 1, 23, 59, 59))
    new = validate("73920158", at=datetime(2026, 3, 2, 0, 0, 0))
    recent = export_validations(tmp_path / "recent.jsonl", "jsonl", "clerk", since=datetime(2026, 3, 2))
    assert [row["validation_id"] for row in read_jsonl(tmp_path / "recent.jsonl")] == [new]
    aware = datetime(2026, 3, 2, 1, 0, tzinfo=UTC).astimezone()  # a local time: compared in UTC
    assert export_validations(tmp_path / "none.jsonl", "jsonl", "clerk", since=aware).rows == 0
    rest = export_validations(tmp_path / "rest.jsonl", "jsonl", "clerk")
    assert [row["validation_id"] for row in read_jsonl(tmp_path / "rest.jsonl")] == [old]
    assert (recent.rows, rest.rows) == (1, 1)


@pytest.mark.parametrize("broken", ["fsync", "replace"])
def test_a_failing_write_leaves_nothing_marked_and_no_file(
    validate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    validate("48151623")
    out_dir = tmp_path / "out"
    out_dir.mkdir()

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(validation_export.os, broken, disk_full)
    with pytest.raises(OSError, match="No space"):
        export_validations(out_dir / "billing.csv", "csv", "clerk")
    monkeypatch.undo()
    assert leftovers(out_dir) == []
    assert Validation.select().where(Validation.export.is_null(False)).count() == 0
    assert ValidationExport.select().count() == 0
    assert export_validations(out_dir / "billing.csv", "csv", "clerk").rows == 1  # nothing was lost


def test_rows_taken_meanwhile_by_another_export_undo_everything(
    validate, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL's case: another export marked a row between this one's select and its update."""
    taken = validate("48151623")
    validate("73920158")
    pending = validation_export._pending

    def raced(since: datetime | None) -> list[dict]:
        rows = pending(since)
        other = ValidationExport.create(actor="other", format="csv", destination="/elsewhere.csv")
        Validation.update(export=other.id).where(Validation.id == taken).execute()
        return rows

    monkeypatch.setattr(validation_export, "_pending", raced)
    with pytest.raises(ExportConflict):
        export_validations(tmp_path / "billing.csv", "csv", "clerk")
    assert not (tmp_path / "billing.csv").exists() and leftovers(tmp_path) == ["workspace"]
    assert Validation.select().where(Validation.export.is_null(False)).count() == 0


def test_two_exports_at_once_never_share_a_validation(
    validate, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = {validate(str(10000000 + n)) for n in range(1, 6)}
    first_writing = threading.Event()
    second_starting = threading.Event()
    write = validation_export._write

    def slow_first(handle, fmt, rows) -> None:
        if threading.current_thread().name == "first":
            first_writing.set()
            assert second_starting.wait(10)  # the second export is on its way to the database
        write(handle, fmt, rows)

    monkeypatch.setattr(validation_export, "_write", slow_first)
    results: dict[str, object] = {}

    def run(name: str) -> None:
        try:
            if name == "second":
                assert first_writing.wait(10)
                second_starting.set()
            results[name] = export_validations(tmp_path / f"{name}.jsonl", "jsonl", name)
        except BaseException as failure:  # reported by the assertions below
            results[name] = failure
        finally:
            database_proxy.close()

    threads = [threading.Thread(target=run, args=(name,), name=name) for name in ("first", "second")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    first, second = results["first"], results["second"]
    assert not isinstance(first, BaseException), first
    assert not isinstance(second, BaseException), second
    exported = [row["validation_id"] for name in ("first", "second") for row in read_jsonl(tmp_path / f"{name}.jsonl")]
    assert sorted(exported) == sorted(ids)  # all of them, none twice
    assert (first.rows, second.rows) == (5, 0)


def test_an_existing_file_or_an_unknown_format_is_refused(validate, tmp_path: Path) -> None:
    validate("48151623")
    (tmp_path / "billing.csv").write_text("earlier export\n", encoding="utf-8")
    with pytest.raises(ExportTargetExists):
        export_validations(tmp_path / "billing.csv", "csv", "clerk")
    with pytest.raises(InvalidValue):
        export_validations(tmp_path / "billing.xlsx", "xlsx", "clerk")
    assert (tmp_path / "billing.csv").read_text(encoding="utf-8") == "earlier export\n"
    assert Validation.get().export is None


def test_cli_prints_the_count_and_a_json_summary(
    validate, workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    validate("48151623", at=datetime(2026, 3, 1, 12))
    validate("73920158", at=datetime(2026, 3, 20, 12))
    base = ["--workspace", str(workspace.root), "export", "validations"]
    recent = tmp_path / "recent.jsonl"
    assert cli.main([*base, "--since", "2026-03-10", "--format", "jsonl", "--json", str(recent)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary == {
        "export_id": summary["export_id"],
        "rows": 1,
        "path": str(recent),
        "format": "jsonl",
        "since": "2026-03-10",
    }
    assert [row["procedure_number"] for row in read_jsonl(recent)] == ["73920158"]
    assert cli.main([*base, str(tmp_path / "rest.csv")]) == 0
    assert capsys.readouterr().out.startswith("1 validation(s) exportée(s)")
    assert cli.main([*base, str(tmp_path / "rest.csv")]) == 1  # never overwritten
    assert "existe déjà" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli.main([*base, "--since", "10/03/2026", str(tmp_path / "bad.csv")])
