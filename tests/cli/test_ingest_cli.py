"""`telvalid ingest` end to end, on generated forms and scans: numbers, separation, grouping."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pymupdf
import pytest

from telvalid_desktop import cli
from telvalid_desktop.config import settings_path
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.workspace import open_workspace
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.intake.separator import separator_sheet_pdf
from telvalid_desktop.samples.bank_documents import rib_pdf
from telvalid_desktop.samples.customers import random_customer
from telvalid_desktop.samples.letters import cover_letter_pdf
from telvalid_desktop.samples.procedure_form import form_pdf
from telvalid_desktop.samples.scan_files import images_to_pdf
from telvalid_desktop.samples.scans import PROFILES, scan_page

A = "48151623"
B = "73920158"

pytestmark = pytest.mark.tesseract


def concat(*pdfs: bytes) -> bytes:
    document = pymupdf.open()
    for pdf in pdfs:
        document.insert_pdf(pymupdf.open("pdf", pdf))
    return document.tobytes()


def scanned(pdf: bytes, profile: str, seed: int) -> bytes:
    """Every page of ``pdf`` through one scan profile, as an image-only PDF."""
    rng = random.Random(seed)
    count = pymupdf.open("pdf", pdf).page_count
    chosen = PROFILES[profile]
    return images_to_pdf([scan_page(pdf, index, chosen, rng) for index in range(count)], [chosen.dpi] * count)


def run(capsys: pytest.CaptureFixture[str], workspace: Path, *args: str) -> tuple[int, list[dict]]:
    code = cli.main(["--workspace", str(workspace), *args])
    lines = capsys.readouterr().out.splitlines()
    return code, [json.loads(line) for line in lines if line.startswith("{")]


def ingest(capsys: pytest.CaptureFixture[str], workspace: Path, *paths: Path, workers: str = "0") -> tuple[int, list]:
    return run(capsys, workspace, "ingest", "--json", "--workers", workers, *map(str, paths))


def test_digital_submission_then_duplicate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(1)
    customer = random_customer(rng)
    envelope = tmp_path / "envelope.pdf"
    envelope.write_bytes(concat(form_pdf(A, customer=customer, rng=rng), rib_pdf(customer, rng)))
    code, [outcome] = ingest(capsys, tmp_path / "ws", envelope)
    assert code == 0
    assert outcome["status"] == "imported" and outcome["error"] is None and outcome["page_count"] == 3
    assert [(s["pages"], s["procedure_number"]) for s in outcome["submissions"]] == [([1, 2, 3], A)]
    assert outcome["submissions"][0]["dossier_id"] is not None

    assert (outcome["duplicate_of"], outcome["first_imported_at"], outcome["quarantine_path"]) == (None, None, None)

    copy = tmp_path / "envelope-copie.pdf"
    copy.write_bytes(envelope.read_bytes())
    code, [again] = ingest(capsys, tmp_path / "ws", copy)
    assert code == 0 and again["status"] == "duplicate"
    assert again["submissions"] == outcome["submissions"]
    # Which file it repeats, when and by whom that one came in (added keys: the contract only grows).
    assert again["duplicate_of"] == str(envelope)
    assert again["first_imported_at"].endswith("Z") and again["first_imported_by"]
    _, dossiers = run(capsys, tmp_path / "ws", "dossiers", "--json")
    assert [(d["procedure_number"], d["status"]) for d in dossiers] == [(A, "open")]


def test_scanned_batch_with_separator_and_complement_letter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(2)
    first, second = random_customer(rng), random_customer(rng)
    batch = concat(
        form_pdf(A, customer=first, rng=rng), rib_pdf(first, rng),
        separator_sheet_pdf(),
        cover_letter_pdf(B, second, rng), rib_pdf(second, rng),
    )
    path = tmp_path / "batch.pdf"
    path.write_bytes(scanned(batch, "bitonal200", seed=3))
    code, [outcome] = ingest(capsys, tmp_path / "ws", path)
    assert code == 0
    assert outcome["separator_pages"] == [4]
    assert [(s["pages"], s["procedure_number"], s["number_source"]) for s in outcome["submissions"]] == [
        ([1, 2, 3], A, "header"),
        ([5, 6], B, "body"),
    ]


def test_pages_before_any_number_and_blank_backs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(4)
    customer = random_customer(rng)
    blank = pymupdf.open()
    blank.new_page()
    batch = concat(rib_pdf(customer, rng), blank.tobytes(), form_pdf(A, customer=customer, rng=rng))
    path = tmp_path / "batch.pdf"
    path.write_bytes(scanned(batch, "clean300", seed=5))
    _, [outcome] = ingest(capsys, tmp_path / "ws", path)
    assert outcome["blank_pages"] == [2]
    assert [(s["pages"], s["procedure_number"], s["review_reason"]) for s in outcome["submissions"]] == [
        ([1], None, "no_number"),
        ([3, 4], A, ""),
    ]


def test_complement_on_another_day_reopens_the_dossier_on_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rng = random.Random(6)
    customer = random_customer(rng)
    day_one, day_two = tmp_path / "day1.pdf", tmp_path / "day2.tif.pdf"
    day_one.write_bytes(scanned(form_pdf(A, customer=customer, rng=rng), "skew3", seed=7))
    day_two.write_bytes(scanned(concat(cover_letter_pdf(A, customer, rng), rib_pdf(customer, rng)), "fax", seed=8))
    _, [first] = ingest(capsys, tmp_path / "ws", day_one)
    workspace = open_workspace(tmp_path / "ws")
    DossierService().change_status(A, DossierStatus.ON_HOLD, actor="tech", reason="RIB manquant")
    workspace.close()
    _, [second] = ingest(capsys, tmp_path / "ws", day_two)
    assert first["submissions"][0]["dossier_id"] == second["submissions"][0]["dossier_id"]
    _, [detail] = run(capsys, tmp_path / "ws", "dossier", A, "--json")
    assert detail["status"] == "open" and detail["complement_received"] is True
    assert [len(d["pages"]) for d in detail["documents"]] == [2, 2]
    form_page = detail["documents"][0]["pages"][0]
    assert (form_page["number_read"], form_page["read_method"], form_page["read_where"]) == (A, "ocr", "header")
    assert form_page["confidence"] >= 0.5
    assert (tmp_path / "ws" / form_page["crop"]).read_bytes().startswith(b"\x89PNG")  # shown beside the number
    letter = detail["documents"][1]["pages"][0]
    assert (letter["number_read"], letter["read_where"]) == (A, "body")
    assert (tmp_path / "ws" / letter["crop"]).exists()
    assert detail["documents"][1]["number_source"] == "body"
    assert [e["event"] for e in detail["history"]] == ["created", "status_changed", "complement_received"]
    assert {item["requirement"] for item in detail["checklist"]} >= {"signed_form", "holder_id", "rib"}


def test_bad_files_are_rejected_and_the_batch_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "a-empty.pdf").write_bytes(b"")
    (folder / "b-notes.pdf").write_text("not a pdf at all", encoding="utf-8")
    (folder / "c-good.pdf").write_bytes(form_pdf(A, rng=random.Random(9)))
    code, outcomes = ingest(capsys, tmp_path / "ws", folder)
    assert code == 1
    assert [(Path(o["file"]).name, o["status"], o["error_code"]) for o in outcomes] == [
        ("a-empty.pdf", "rejected", "empty"),
        ("b-notes.pdf", "rejected", "not_a_document"),
        ("c-good.pdf", "imported", None),
    ]
    assert all(o["error"] for o in outcomes[:2])  # a sentence for the clerk
    copy = Path(outcomes[1]["quarantine_path"])  # where its copy is kept, with a note beside it
    assert copy.parent.parent == tmp_path / "ws" / "quarantine" and copy.read_text() == "not a pdf at all"
    quarantined = sorted(p.name for p in (tmp_path / "ws" / "quarantine").rglob("*"))
    assert any(name.endswith("b-notes.pdf") for name in quarantined)
    assert any(name.endswith("b-notes.pdf.txt") for name in quarantined)


def test_unknown_number_is_left_unsorted_once_the_export_is_loaded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        "procedure_number,created_at,account,telephony_group,customer_name,customer_type,payment_method\n"
        f"{B},2026-03-01T09:00:00Z,ab-1,grp-1,Marie Curie,individual,cheque\n",
        encoding="utf-8",
    )
    assert run(capsys, tmp_path / "ws", "procedures", "import", str(export))[0] == 0
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned(form_pdf(A, rng=random.Random(10)), "clean300", seed=11))
    _, [outcome] = ingest(capsys, tmp_path / "ws", path)
    assert [(s["procedure_number"], s["review_reason"]) for s in outcome["submissions"]] == [(None, "unknown_number")]
    known = tmp_path / "known.pdf"
    known.write_bytes(scanned(form_pdf(B, rng=random.Random(12)), "clean300", seed=13))
    _, [outcome] = ingest(capsys, tmp_path / "ws", known)
    assert outcome["submissions"][0]["procedure_number"] == B
    _, [detail] = run(capsys, tmp_path / "ws", "dossier", B, "--json")
    assert detail["customer_name"] == "Marie Curie"
    assert "crossed_cheque" in {item["requirement"] for item in detail["checklist"]}


def test_worker_processes_give_the_same_result(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rng = random.Random(14)
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned(concat(form_pdf(A, rng=rng), form_pdf(B, rng=rng)), "jpeg_low", seed=15))
    _, [outcome] = ingest(capsys, tmp_path / "ws", path, workers="2")
    assert [(s["pages"], s["procedure_number"]) for s in outcome["submissions"]] == [([1, 2], A), ([3, 4], B)]


def test_separator_sheet_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sheets.pdf"
    assert run(capsys, tmp_path / "ws", "separator-sheet", str(out), "--count", "3")[0] == 0
    assert pymupdf.open(out).page_count == 3


def test_the_envelope_size_guard_follows_the_team_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # An old settings file's value, imported once as the team's at the first start (schema step 12).
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"version": 1, "max_envelope_pages": 2}), encoding="utf-8")
    rng = random.Random(3)
    customer = random_customer(rng)
    envelope = tmp_path / "envelope.pdf"
    envelope.write_bytes(concat(form_pdf(A, customer=customer, rng=rng), rib_pdf(customer, rng)))
    _code, [outcome] = ingest(capsys, tmp_path / "ws", envelope)
    [submission] = outcome["submissions"]
    assert (submission["procedure_number"], submission["needs_review"]) == (A, True)
    assert submission["review_reason"] == "too_many_pages"
