"""The workspace check: a workspace as the intake and the technicians leave it checks clean; each
kind of damage made by hand is found with its code; repair does only the safe repairs."""

from __future__ import annotations

import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.correspondence.letterhead import write_letterhead
from telvalid_desktop.core.filing.ingest import IngestService, crop_path
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.maintenance.check_report import Code
from telvalid_desktop.core.maintenance.workspace_check import ORPHANS_DIR, check_workspace
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Dossier, DossierEvent, Letter, Page, Rejection, StoredFile, Validation
from telvalid_desktop.db.repository import dossier_pages
from telvalid_desktop.db.store import sha256_of
from telvalid_desktop.domain import ItemStatus
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.samples.letterhead import DEMO_LETTERHEAD
from tests.core.test_hot_folder_batches import Envelope, batch_pdf, distinct_numbers

VALIDATED, HELD = distinct_numbers(2, seed=8)
PAGES = 5 + 2  # scan-a: separator, 2 pages, separator, 1 page; scan-b: separator, 1 page


@dataclass
class Site:
    """A workspace with two scans imported, one refused, a dossier validated and one on hold with its letter."""

    workspace: Workspace
    services: Services

    def store_file(self, name: str) -> Path:
        stored = StoredFile.get(StoredFile.original_name == name)
        return self.workspace.store.path_for(stored.sha256, stored.media_type)

    def page(self, name: str, index: int) -> Page:
        return Page.get((Page.file == StoredFile.get(StoredFile.original_name == name)) & (Page.index == index))

    def events(self, number: str) -> list[DossierEvent]:
        dossier = Dossier.get(Dossier.procedure_number == number)
        return list(DossierEvent.select().where(DossierEvent.dossier == dossier).order_by(DossierEvent.id))


def ingest_all(workspace: Workspace, folder: Path) -> None:
    with PageWorkers(0) as workers:
        service = IngestService(workspace, workers, DossierService(), user="mailroom")
        for path in sorted(folder.iterdir()):
            service.ingest(path)


def validate(services: Services, number: str) -> None:
    """Tick every required item on the dossier's first page, then validate."""
    dossier_id = services.dossiers.get(number).id
    page_id = dossier_pages(dossier_id, services.workspace.store)[0].page_id
    for item in services.checklist.checklist(dossier_id):
        if item.state != ItemStatus.RECEIVED:
            services.checklist.tick(dossier_id, item.code, [page_id], services.user)
    services.validation.validate(number, services.user)


def hold_with_letter(services: Services, number: str) -> None:
    dossier_id = services.dossiers.get(number).id
    missing = services.checklist.required_codes(dossier_id)
    services.validation.put_on_hold(number, services.user, missing, "pièces manquantes")
    write_letterhead(DEMO_LETTERHEAD, "chef")
    services.letters.write_hold_letter(dossier_id, services.user)


@pytest.fixture
def site(tmp_path: Path, workspace: Workspace) -> Site:
    scans = tmp_path / "scans"
    scans.mkdir()
    (scans / "scan-a.pdf").write_bytes(batch_pdf([Envelope(VALIDATED, 2), Envelope(HELD, 1)]))
    (scans / "scan-b.pdf").write_bytes(batch_pdf([Envelope(VALIDATED, 1)]))  # a complement
    (scans / "scan-c-broken.pdf").write_bytes(b"%PDF-1.7\n garbage that never ends")
    ingest_all(workspace, scans)
    services = build_services(workspace, Settings(), "tech")
    validate(services, VALIDATED)
    hold_with_letter(services, HELD)
    return Site(workspace, services)


def codes(site: Site, *, repair: bool = False) -> list[Code]:
    report = check_workspace(site.workspace, repair=repair, leftover_min_age_s=0)
    return sorted(finding.code for finding in report.findings)


def test_a_workspace_as_the_intake_and_technicians_leave_it_checks_clean(site: Site) -> None:
    report = check_workspace(site.workspace, repair=False)
    assert report.findings == []
    assert report.clean and (report.problems, report.repaired) == (0, 0)
    assert (report.files_checked, report.pages_checked, report.dossiers_checked) == (2 + 1, PAGES, 2)
    assert report.missing_crops == 0
    assert "Aucun problème" in report.text()
    assert report.to_json()["findings"] == [] and report.to_json()["pages_checked"] == PAGES


# --- damage that only a person can put right: reported, never "repaired" ---------------------------


def writable(path: Path) -> Path:
    """Stored files are read-only: damage needs write access first."""
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return path


def delete_store_file(site: Site) -> None:
    site.store_file("scan-b.pdf").unlink()


def alter_store_file(site: Site) -> None:
    with writable(site.store_file("scan-a.pdf")).open("ab") as stream:
        stream.write(b"\n% one byte too many")


def delete_page_row(site: Site) -> None:
    site.page("scan-a.pdf", 0).delete_instance()  # a separator sheet: nothing else refers to it


def move_page_row_beyond_the_file(site: Site) -> None:
    Page.update(index=99).where(Page.id == site.page("scan-a.pdf", 0).id).execute()


def take_page_out_of_its_submission(site: Site) -> None:
    Page.update(submission=None).where(Page.id == site.page("scan-a.pdf", 4).id).execute()


def put_page_in_another_files_submission(site: Site) -> None:
    other = site.page("scan-b.pdf", 1).submission_id
    Page.update(submission=other).where(Page.id == site.page("scan-a.pdf", 4).id).execute()


def remove_hold_history_row(site: Site) -> None:
    (held,) = [row for row in site.events(HELD) if row.event == "put_on_hold"]
    held.delete_instance()


def remove_created_history_row(site: Site) -> None:
    site.events(HELD)[0].delete_instance()


def edit_last_history_row(site: Site) -> None:
    last = site.events(HELD)[-1]
    DossierEvent.update(to_status="validated").where(DossierEvent.id == last.id).execute()


def remove_validation_row(site: Site) -> None:
    Validation.delete().execute()


def alter_letter(site: Site) -> None:
    (letter,) = Letter.select()
    (site.workspace.root / letter.path).write_bytes(b"%PDF-1.7 another letter")


def delete_letter(site: Site) -> None:
    (letter,) = Letter.select()
    (site.workspace.root / letter.path).unlink()


def remove_quarantined_file(site: Site) -> None:
    (rejection,) = Rejection.select()
    Path(rejection.quarantine_path).unlink()


DAMAGE: dict[str, tuple[Callable[[Site], None], list[Code]]] = {
    "store file deleted": (delete_store_file, [Code.STORE_FILE_MISSING]),
    "store file altered": (alter_store_file, [Code.STORE_FILE_ALTERED]),
    "page row deleted": (delete_page_row, [Code.PAGES_MISSING]),
    "page row beyond the file": (move_page_row_beyond_the_file, [Code.PAGES_MISSING, Code.PAGES_UNEXPECTED]),
    "page outside any submission": (take_page_out_of_its_submission, [Code.PAGE_OUTSIDE_SUBMISSION]),
    "page in another file's submission": (put_page_in_another_files_submission, [Code.PAGE_IN_OTHER_FILE]),
    # on_hold -> letter_written then follows 'created' (open), one change fewer, a Hold with no event
    "hold history row removed": (
        remove_hold_history_row,
        [Code.HISTORY_CHAIN, Code.HISTORY_VERSION, Code.HOLDS_MISMATCH],
    ),
    "created history row removed": (remove_created_history_row, [Code.HISTORY_START]),
    "last history row edited": (edit_last_history_row, [Code.HISTORY_STATUS]),
    "validation row removed": (remove_validation_row, [Code.VALIDATIONS_MISMATCH]),
    "letter altered": (alter_letter, [Code.LETTER_ALTERED]),
    "letter deleted": (delete_letter, [Code.LETTER_MISSING]),
    "quarantined file removed": (remove_quarantined_file, [Code.QUARANTINE_MISSING]),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_each_damage_is_found_with_its_code_and_repair_leaves_it_to_a_person(site: Site, damage: str) -> None:
    make, expected = DAMAGE[damage]
    make(site)
    assert codes(site) == sorted(expected)
    report = check_workspace(site.workspace, repair=True, leftover_min_age_s=0)
    assert sorted(finding.code for finding in report.remaining) == sorted(expected)
    assert report.repaired == 0 and not report.clean
    assert codes(site) == sorted(expected)  # nothing was deleted to make it go away


def test_a_missing_page_is_named_as_people_count_pages(site: Site) -> None:
    delete_page_row(site)
    (finding,) = check_workspace(site.workspace, repair=False).findings
    assert finding.subject == StoredFile.get(StoredFile.original_name == "scan-a.pdf").sha256
    assert finding.message.startswith("scan-a.pdf : page(s) 1 absente(s)")


# --- leftovers of a killed import: the safe repairs -------------------------------------------------


def leave_leftovers(site: Site, tmp_path: Path) -> tuple[Path, Path, bytes]:
    """An import killed after its copy into the store (no row), and one killed during the copy."""
    orphan_bytes = batch_pdf([Envelope(VALIDATED, 1), Envelope(HELD, 1)])
    source = tmp_path / "never-recorded.pdf"
    source.write_bytes(orphan_bytes)
    orphan = site.workspace.store.put(source, sha256_of(source), "application/pdf")
    temporary = site.store_file("scan-a.pdf").parent / ".incoming-k3x9q"
    temporary.write_bytes(orphan_bytes[:100])
    return orphan, temporary, orphan_bytes


def test_repair_sets_orphans_aside_and_deletes_temporary_copies(site: Site, tmp_path: Path) -> None:
    orphan, temporary, orphan_bytes = leave_leftovers(site, tmp_path)
    assert codes(site) == [Code.STORE_ORPHAN, Code.STORE_TEMPORARY]
    assert orphan.exists() and temporary.exists()  # a check alone changes nothing

    report = check_workspace(site.workspace, repair=True, leftover_min_age_s=0)
    assert sorted((finding.code, finding.repaired) for finding in report.findings) == [
        (Code.STORE_ORPHAN, True),
        (Code.STORE_TEMPORARY, True),
    ]
    assert report.clean and report.repaired == 2
    kept = site.workspace.root / ORPHANS_DIR / orphan.relative_to(site.workspace.store.root)
    assert kept.read_bytes() == orphan_bytes  # never delete a customer's document
    assert not orphan.exists() and not temporary.exists()
    assert "mis de côté dans store-orphans/" in report.text()
    assert check_workspace(site.workspace, repair=False).findings == []


def test_repair_leaves_what_cannot_be_repaired_and_says_so(site: Site, tmp_path: Path) -> None:
    leave_leftovers(site, tmp_path)
    delete_store_file(site)
    report = check_workspace(site.workspace, repair=True, leftover_min_age_s=0)
    assert report.repaired == 2
    assert [finding.code for finding in report.remaining] == [Code.STORE_FILE_MISSING]
    assert codes(site) == [Code.STORE_FILE_MISSING]
    assert "1 à traiter" in report.text()


def test_a_recent_leftover_may_be_an_import_under_way_and_is_left_in_place(site: Site, tmp_path: Path) -> None:
    orphan, temporary, _ = leave_leftovers(site, tmp_path)
    report = check_workspace(site.workspace, repair=True)
    assert sorted((finding.code, finding.repaired) for finding in report.findings) == [
        (Code.STORE_ORPHAN, False),
        (Code.STORE_TEMPORARY, False),
    ]
    assert all("importation en cours" in finding.message for finding in report.findings)
    assert orphan.exists() and temporary.exists()


def test_an_orphan_set_aside_twice_keeps_both_copies(site: Site, tmp_path: Path) -> None:
    orphan, _, orphan_bytes = leave_leftovers(site, tmp_path)
    check_workspace(site.workspace, repair=True, leftover_min_age_s=0)
    site.workspace.store.put(tmp_path / "never-recorded.pdf", orphan.name.split(".")[0], "application/pdf")
    check_workspace(site.workspace, repair=True, leftover_min_age_s=0)
    folder = (site.workspace.root / ORPHANS_DIR / orphan.relative_to(site.workspace.store.root)).parent
    assert {path.name for path in folder.iterdir()} == {orphan.name, f"{orphan.stem} (2).pdf"}
    assert {path.read_bytes() for path in folder.iterdir()} == {orphan_bytes}


def test_missing_header_crops_are_counted_not_problems(site: Site) -> None:
    page = site.page("scan-a.pdf", 1)  # read from the text layer: no crop was kept; say one was, and is gone
    Page.update(crop_path=crop_path(page.file.sha256, page.index)).where(Page.id == page.id).execute()
    report = check_workspace(site.workspace, repair=True)
    assert (report.missing_crops, report.findings) == (1, [])
    assert "recalculées à la demande" in report.text()
