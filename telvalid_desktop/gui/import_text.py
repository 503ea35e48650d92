"""What the import summary says, in the window's language.

A rejected file's reason is the catalogue's sentence (``messages.message``: the same words the
command line prints and the quarantine's note holds); review reasons are ``review_reasons``'.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from telvalid_desktop.core.filing.outcomes import SubmissionOutcome
from telvalid_desktop.gui.import_controller import ImportSummary
from telvalid_desktop.gui.import_journal import EntryKind, ImportEntry
from telvalid_desktop.gui.review_reasons import review_reason_text
from telvalid_desktop.gui.time_text import local_time_text
from telvalid_desktop.gui.widgets.unsorted_view import page_ranges
from telvalid_desktop.messages import message

translate = QCoreApplication.translate  # pyside6-lupdate finds translate("Context", "text") calls


def _counted(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (both with %1 for the count) as French counts: 0 and 1 take the singular."""
    return (one if count <= 1 else many).replace("%1", str(count))


def batch_sentence(summary: ImportSummary) -> str:
    """The status bar's line at the end of an import: "3 fichiers importés, 1 doublon, 1 refusé"."""
    if summary.error:
        return translate("ImportText", "Import interrompu : %1").replace("%1", summary.error)
    parts = [
        _counted(count, one, many)
        for count, one, many in (
            (
                summary.imported,
                translate("ImportText", "%1 fichier importé"),
                translate("ImportText", "%1 fichiers importés"),
            ),
            (summary.duplicates, translate("ImportText", "%1 doublon"), translate("ImportText", "%1 doublons")),
            (summary.rejected, translate("ImportText", "%1 refusé"), translate("ImportText", "%1 refusés")),
            (summary.failed, translate("ImportText", "%1 en échec"), translate("ImportText", "%1 en échec")),
            (
                summary.unsorted_pages,
                translate("ImportText", "%1 page à trier"),
                translate("ImportText", "%1 pages à trier"),
            ),
        )
        if count
    ]
    counts = ", ".join(parts) if parts else translate("ImportText", "aucun fichier importé")
    if summary.cancelled:
        return translate("ImportText", "Import annulé : %1").replace("%1", counts)
    return counts[0].upper() + counts[1:]


def kind_text(kind: EntryKind) -> str:
    """The result column: one word or two."""
    return {
        EntryKind.IMPORTED: translate("ImportText", "Importé"),
        EntryKind.UNSORTED: translate("ImportText", "Importé, pages à trier"),
        EntryKind.DUPLICATE: translate("ImportText", "Doublon"),
        EntryKind.REJECTED: translate("ImportText", "Refusé"),
        EntryKind.FAILED: translate("ImportText", "Échec"),
    }[kind]


def file_name(entry: ImportEntry) -> str:
    return Path(entry.file).name if entry.file else translate("ImportText", "(lot entier)")


def _when(moment: datetime) -> str:
    return (
        translate("ImportText", "le %1 à %2")
        .replace("%1", local_time_text(moment, "%d/%m/%Y"))
        .replace("%2", local_time_text(moment, "%H:%M"))
    )


def _dossiers(entry: ImportEntry) -> str:
    numbers = [number for _, number in entry.dossiers]
    if not numbers:
        return ""
    one_or_more = translate("ImportText", "Dossier %1") if len(numbers) == 1 else translate("ImportText", "Dossiers %1")
    return one_or_more.replace("%1", ", ".join(numbers))


def _unsorted(entry: ImportEntry) -> str:
    pages = entry.unsorted_pages
    one_or_more = (
        translate("ImportText", "page %1 à trier") if len(pages) == 1 else translate("ImportText", "pages %1 à trier")
    )
    return one_or_more.replace("%1", page_ranges(pages))


def _duplicate(entry: ImportEntry) -> str:
    outcome = entry.outcome
    assert outcome is not None  # a duplicate has its outcome
    earlier = Path(outcome.duplicate_of).name if outcome.duplicate_of else "?"
    when = _when(outcome.first_imported_at) if outcome.first_imported_at else ""
    return translate("ImportText", "Déjà importé %1 : %2").replace("%1", when).replace("%2", earlier)


def _reason(entry: ImportEntry) -> str:
    outcome = entry.outcome
    assert outcome is not None  # a rejected file has its outcome
    return message(outcome.error_code or "")


def failed_text() -> str:
    return translate(
        "ImportText", "L'import s'est arrêté sur une erreur : ce fichier n'a pas été pris, importez-le à nouveau."
    )


def detail_text(entry: ImportEntry) -> str:
    """One line for the list's last column."""
    kind = entry.kind
    if kind is EntryKind.IMPORTED:
        return _dossiers(entry)
    if kind is EntryKind.UNSORTED:
        return " · ".join(part for part in (_dossiers(entry), _unsorted(entry)) if part)
    if kind is EntryKind.DUPLICATE:
        return _duplicate(entry)
    if kind is EntryKind.REJECTED:
        return _reason(entry)
    return failed_text()


def submission_text(submission: SubmissionOutcome) -> str:
    """Where one envelope of the file went: "Pages 1–2 → dossier 48151623"."""
    pages = page_ranges(submission.pages) or "—"
    reasons = review_reason_text(submission.review_reason)
    if submission.dossier_id is None or not submission.procedure_number:
        return translate("ImportText", "Pages %1 → à trier : %2").replace("%1", pages).replace("%2", reasons or "—")
    text = (
        translate("ImportText", "Pages %1 → dossier %2").replace("%1", pages).replace("%2", submission.procedure_number)
    )
    if submission.needs_review and reasons:
        text += " " + translate("ImportText", "(à vérifier : %1)").replace("%1", reasons)
    return text


def email_lines(email: dict[str, Any]) -> list[str]:
    """Who sent an e-mail and about what, and each attachment that gave no page, with why."""
    said = translate("ImportText", "Courriel de %1 : « %2 »")
    lines = [said.replace("%1", email.get("from") or "?").replace("%2", email.get("subject") or "")]
    for item in email.get("left_out", []):
        text = translate("ImportText", "Pièce jointe non importée : %1 (%2)")
        lines.append(text.replace("%1", item["name"]).replace("%2", message(item["reason"])))
    return lines


def explanation(entry: ImportEntry) -> list[str]:
    """Everything the summary knows of the file, one sentence a line (the pane under the list)."""
    outcome, kind = entry.outcome, entry.kind
    lines = [entry.file or file_name(entry)]
    if kind is EntryKind.DUPLICATE and outcome is not None:
        when = _when(outcome.first_imported_at) if outcome.first_imported_at else ""
        if outcome.first_imported_by:
            said = translate("ImportText", "Les mêmes octets ont été importés %1 par %2 : rien n'a changé.")
        else:
            said = translate("ImportText", "Les mêmes octets ont été importés %1 : rien n'a changé.")
        lines.append(said.replace("%1", when).replace("%2", outcome.first_imported_by or ""))
        if outcome.duplicate_of:
            lines.append(translate("ImportText", "Fichier d'origine : %1").replace("%1", outcome.duplicate_of))
    elif kind is EntryKind.REJECTED:
        lines.append(_reason(entry))
        if outcome is not None and outcome.detail:
            lines.append(translate("ImportText", "Détail technique : %1").replace("%1", outcome.detail))
        if entry.set_aside_at:
            lines.append(translate("ImportText", "Mis de côté avec une note : %1").replace("%1", entry.set_aside_at))
    elif kind is EntryKind.FAILED:
        lines.append(failed_text())
        lines.append(translate("ImportText", "Détail technique : %1").replace("%1", entry.failure))
    if outcome is not None and outcome.email is not None:
        lines.extend(email_lines(outcome.email))
    lines.extend(submission_text(submission) for submission in entry.submissions)
    if outcome is not None and outcome.unreadable_pages:
        unreadable = translate(
            "ImportText", "Pages illisibles dans le fichier : %1 (les autres sont importées ; demandez-en une copie)"
        )
        lines.append(unreadable.replace("%1", page_ranges(outcome.unreadable_pages)))
    if outcome is not None and outcome.moved_to and kind is not EntryKind.REJECTED:
        lines.append(translate("ImportText", "Rangé dans : %1").replace("%1", outcome.moved_to))
    return lines
