"""Check a whole workspace (files, pages, history, letters, quarantine) and repair what is safe.

A run killed at any moment (power cut, SIGKILL) must leave nothing lost and nothing twice;
this is how an administrator verifies it. The only repairs are of what a kill leaves
behind in the document store: a copy not yet recorded in the database (moved aside to
``store-orphans/``, never deleted: it is a customer's document) and a half-written
temporary copy (deleted: incomplete by construction). Anything else is reported for a
person, never "repaired" by deleting rows or files.

Each file is hashed once (several at a time); the database is read by a few statements,
each a consistent snapshot even while other workstations write.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import cast

import peewee

from telvalid_desktop.core.maintenance.check_report import CheckReport, Code, Finding
from telvalid_desktop.core.maintenance.history_check import check_histories
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import (
    Letter,
    Page,
    ReceivedEmail,
    Rejection,
    StoredFile,
    Submission,
)
from telvalid_desktop.db.store import sha256_of

ORPHANS_DIR = "store-orphans"
TEMPORARY_PREFIX = ".incoming-"  # DocumentStore.put's copies before their rename
# Leftovers younger than this may be an import under way on another workstation: left in place.
LEFTOVER_MIN_AGE_S = 3600.0
HASH_THREADS = 4  # hashlib releases the GIL: a few files at once keep a disk or a share busy


def check_workspace(
    workspace: Workspace, *, repair: bool, leftover_min_age_s: float = LEFTOVER_MIN_AGE_S
) -> CheckReport:
    """Check everything; with ``repair``, move store orphans aside and delete temporary copies.

    ``leftover_min_age_s``: store leftovers younger than this are reported but left in place
    (an import may be under way elsewhere); 0 when no intake runs (tests, a stopped site).
    """
    started = time.monotonic()
    report = CheckReport()
    listing = _store_listing(workspace.store.root)  # before the rows: a file recorded meanwhile is no orphan
    expected = _check_stored_files(workspace, report)
    leftovers = [path for path in listing if path not in expected]
    report.findings += _leftovers(workspace, leftovers, repair=repair, min_age_s=leftover_min_age_s)
    report.findings += _check_pages(report)
    histories, report.dossiers_checked = check_histories()
    report.findings += histories
    _check_letters(workspace, report)
    report.missing_crops = _missing_crops(workspace.root)
    report.findings += _check_quarantine(workspace.root)
    report.seconds = time.monotonic() - started
    return report


# --- files ---------------------------------------------------------------------------------------


def _store_listing(root: Path) -> list[Path]:
    """Every file under the store, hidden temporary copies included."""
    return [Path(folder) / name for folder, _, names in os.walk(root) for name in names]


def _digest(path: Path) -> str | None:
    """The file's sha256, None when it cannot be read (absent, no permission)."""
    try:
        return sha256_of(path)
    except OSError:
        return None


def _digests(paths: list[Path]) -> list[str | None]:
    """Hash each file once, a few at a time."""
    with ThreadPoolExecutor(HASH_THREADS) as pool:
        return list(pool.map(_digest, paths))


def _verify(paths: list[Path], expected: list[str], report: CheckReport) -> Iterator[tuple[int, str | None]]:
    """(position, digest found) of each file that is absent (None) or altered."""
    found = _digests(paths)
    report.files_checked += sum(digest is not None for digest in found)
    for position, (digest, wanted) in enumerate(zip(found, expected, strict=True)):
        if digest != wanted:
            yield position, digest


def _check_stored_files(workspace: Workspace, report: CheckReport) -> set[Path]:
    """Each recorded file is in the store with its sha256 (but those purged at the end of their
    retention period); returns where they are."""
    query = StoredFile.select(StoredFile.sha256, StoredFile.media_type, StoredFile.original_name)
    # (sha256, media type, name) rows: peewee's stubs type .tuples() as the model query itself.
    rows = list(cast(Iterable[tuple[str, str, str]], query.where(StoredFile.purged_at.is_null()).tuples()))
    emails = (  # an e-mail's own file is kept beside the pages laid out from it
        ReceivedEmail.select(ReceivedEmail.original_sha256, ReceivedEmail.original_media_type, StoredFile.original_name)
        .join(StoredFile)
        .where(StoredFile.purged_at.is_null())
    )
    rows += list(cast(Iterable[tuple[str, str, str]], emails.tuples()))
    paths = [workspace.store.path_for(sha256, media_type) for sha256, media_type, _ in rows]
    for position, digest in _verify(paths, [sha256 for sha256, _, _ in rows], report):
        sha256, _, name = rows[position]
        subject = _relative(paths[position], workspace.root)
        if digest is None:
            message = f"{name} ({subject}) est absent ou illisible dans le magasin : restaurez-le d'une sauvegarde."
            report.findings.append(Finding(Code.STORE_FILE_MISSING, subject, message))
        else:
            message = (
                f"{name} ({subject}) a été modifié depuis son enregistrement (sha256 actuel {digest[:12]}…) : "
                "restaurez-le depuis une sauvegarde."
            )
            report.findings.append(Finding(Code.STORE_FILE_ALTERED, subject, message))
    return set(paths)


def _leftovers(workspace: Workspace, paths: list[Path], *, repair: bool, min_age_s: float) -> list[Finding]:
    """Files of the store no row names: copies a killed import left behind."""
    now = time.time()
    findings = []
    for path in sorted(paths):
        temporary = path.name.startswith(TEMPORARY_PREFIX)
        try:
            recent = now - path.stat().st_mtime < min_age_s
        except FileNotFoundError:  # renamed into place or removed meanwhile
            continue
        subject = _relative(path, workspace.root)
        if temporary:
            findings.append(_temporary(path, subject, repair=repair and not recent, recent=recent))
        else:
            findings.append(_orphan(workspace, path, subject, repair=repair and not recent, recent=recent))
    return findings


def _temporary(path: Path, subject: str, *, repair: bool, recent: bool) -> Finding:
    message = f"Copie inachevée {subject} (importation interrompue)"
    if repair:
        path.unlink(missing_ok=True)
        return Finding(Code.STORE_TEMPORARY, subject, f"{message} : supprimée.", repaired=True)
    return Finding(Code.STORE_TEMPORARY, subject, message + _left_because(recent))


def _orphan(workspace: Workspace, path: Path, subject: str, *, repair: bool, recent: bool) -> Finding:
    message = f"Fichier {subject} du magasin sans enregistrement dans la base (importation interrompue)"
    if repair:
        target = _free_path(workspace.root / ORPHANS_DIR / path.relative_to(workspace.store.root))
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(path, target)
        moved = _relative(target, workspace.root)
        return Finding(Code.STORE_ORPHAN, subject, f"{message} : mis de côté dans {moved}.", repaired=True)
    return Finding(Code.STORE_ORPHAN, subject, message + _left_because(recent))


def _left_because(recent: bool) -> str:
    if recent:
        return " : récent, peut-être une importation en cours sur un autre poste ; laissé en place."
    return "."


def _free_path(target: Path) -> Path:
    """``target``, or ``name (2).ext`` … when an earlier repair already put a file there."""
    candidate, number = target, 2
    while candidate.exists():
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        number += 1
    return candidate


def _relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)


def _check_letters(workspace: Workspace, report: CheckReport) -> None:
    """Each letter is kept exactly as printed."""
    rows = list(cast(Iterable[tuple[str, str]], Letter.select(Letter.path, Letter.sha256).tuples()))  # (path, sha256)
    paths = [workspace.root / path for path, _ in rows]
    for position, digest in _verify(paths, [sha256 for _, sha256 in rows], report):
        subject = rows[position][0]
        if digest is None:
            message = f"La lettre {subject} est introuvable : elle ne peut plus être réimprimée telle qu'envoyée."
            report.findings.append(Finding(Code.LETTER_MISSING, subject, message))
        else:
            message = f"La lettre {subject} a été modifiée depuis son envoi (sha256 actuel {digest[:12]}…)."
            report.findings.append(Finding(Code.LETTER_ALTERED, subject, message))


def _missing_crops(root: Path) -> int:
    """Header crops the pages name that are gone (derived data: counted, nothing to repair)."""
    present = {
        (Path(folder) / name).relative_to(root).as_posix()
        for folder, _, names in os.walk(root / "derived")
        for name in names
    }
    named = Page.select(Page.crop_path).where(Page.crop_path != "").tuples().iterator()
    return sum(path not in present for (path,) in named)


def _check_quarantine(root: Path) -> list[Finding]:
    """Each refused file is still in quarantine, where its row says."""
    findings = []
    rows = Rejection.select(Rejection.quarantine_path, Rejection.original_path).where(Rejection.quarantine_path != "")
    for kept, original in rows.tuples().iterator():
        path = Path(kept) if Path(kept).is_absolute() else root / kept
        if not path.exists():
            message = f"Le fichier refusé {Path(original).name} n'est plus en quarantaine ({kept})."
            findings.append(Finding(Code.QUARANTINE_MISSING, _relative(path, root), message))
    return findings


# --- pages ---------------------------------------------------------------------------------------


def _check_pages(report: CheckReport) -> list[Finding]:
    """Each file has one row per page, 0..n-1, and each page is accounted for.

    Accounted for, as the intake and the page operations leave them: a separator sheet is
    in no submission (separation drops it); every other page, blank ones included (they
    are folded into a neighbouring envelope), is in a submission of its own file (a page
    moved to another dossier goes to that dossier's submission of the same file). Pages are
    never taken out of a submission and submissions are never deleted, so a submission
    emptied by moves is fine, and nothing else leaves a page outside.
    """
    findings = _page_rows(report)
    outside = Page.select(Page.file, Page.index).where(Page.submission.is_null() & ~Page.is_separator)
    findings += _per_file(outside, Code.PAGE_OUTSIDE_SUBMISSION, "dans aucun envoi sans être une feuille de séparation")
    elsewhere = Page.select(Page.file, Page.index).join(Submission).where(Submission.file != Page.file)
    findings += _per_file(elsewhere, Code.PAGE_IN_OTHER_FILE, "rangée(s) dans un envoi d'un autre fichier")
    return findings


def _page_rows(report: CheckReport) -> list[Finding]:
    """Files whose page rows are not exactly 0..page_count-1 (one statement: a consistent view)."""
    counts = (
        Page.select(
            Page.file.alias("file_id"),
            peewee.fn.COUNT(Page.id).alias("rows"),
            peewee.fn.MIN(Page.index).alias("low"),
            peewee.fn.MAX(Page.index).alias("high"),
        )
        .group_by(Page.file)
        .alias("counts")
    )
    query = StoredFile.select(
        StoredFile.id,
        StoredFile.sha256,
        StoredFile.original_name,
        StoredFile.page_count,
        peewee.fn.COALESCE(counts.c.rows, 0),
        counts.c.low,
        counts.c.high,
    ).join(counts, peewee.JOIN.LEFT_OUTER, on=(counts.c.file_id == StoredFile.id))
    findings = []
    for file_id, sha256, name, page_count, rows, low, high in query.tuples().iterator():
        report.pages_checked += rows
        if rows != page_count or (rows and (low, high) != (0, page_count - 1)):
            findings += _page_gaps(file_id, sha256, name, page_count)
    return findings


def _page_gaps(file_id: int, sha256: str, name: str, page_count: int) -> list[Finding]:
    """Which pages of one file have no row, and which rows are no page of it (unique (file, index))."""
    query = Page.select(Page.index).where(Page.file == file_id).tuples()
    indexes = {index for (index,) in cast(Iterable[tuple[int]], query)}  # the stubs cannot type .tuples()
    expected = set(range(page_count))
    findings = []
    if missing := sorted(expected - indexes):
        message = f"{name} : page(s) {_numbers(missing)} absente(s) de la base sur {page_count}."
        findings.append(Finding(Code.PAGES_MISSING, sha256, message))
    if unexpected := sorted(indexes - expected):
        message = f"{name} : page(s) {_numbers(unexpected)} en base, au-delà des {page_count} page(s) du fichier."
        findings.append(Finding(Code.PAGES_UNEXPECTED, sha256, message))
    return findings


def _per_file(pages: peewee.Query, code: Code, words: str) -> list[Finding]:
    """One finding per file for the (file, index) rows of ``pages``."""
    by_file: dict[int, list[int]] = {}
    for file_id, index in pages.tuples().iterator():
        by_file.setdefault(file_id, []).append(index)
    if not by_file:
        return []
    files = StoredFile.select(StoredFile.id, StoredFile.sha256, StoredFile.original_name).where(
        StoredFile.id.in_(list(by_file))
    )
    return [
        Finding(code, sha256, f"{name} : page(s) {_numbers(sorted(by_file[file_id]))} {words}.")
        for file_id, sha256, name in cast(Iterable[tuple[int, str, str]], files.tuples())  # stubs can't type tuples
    ]


def _numbers(indexes: Iterable[int]) -> str:
    """0-based page indexes as people count them: "1, 2, 5"."""
    return ", ".join(str(index + 1) for index in indexes)
