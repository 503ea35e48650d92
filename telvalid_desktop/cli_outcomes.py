"""How the intake commands (``ingest``, ``watch``, ``mail fetch``) print what became of each file:
one JSON line (the contract), or words for a person, and a progress bar on a terminal."""

from __future__ import annotations

import sys
from datetime import UTC
from typing import Any

from telvalid_desktop.cli_output import EXIT_OK, EXIT_REJECTED, print_json
from telvalid_desktop.core.filing.outcomes import FileOutcome
from telvalid_desktop.domain import ImportStatus
from telvalid_desktop.messages import message


def outcome_json(outcome: FileOutcome) -> dict[str, Any]:
    data = outcome.to_json()
    if outcome.error_code:
        data["error"] = message(outcome.error_code)
    return data


def outcome_text(outcome: FileOutcome) -> str:
    if outcome.status == ImportStatus.REJECTED:
        refused = f"REFUSÉ  {outcome.file}: {message(outcome.error_code or '')}"
        refused += f"\n    détail technique : {outcome.detail}" if outcome.detail else ""
        return refused + (f"\n    copie mise de côté : {outcome.quarantine_path}" if outcome.quarantine_path else "")
    label = "DÉJÀ IMPORTÉ" if outcome.status == ImportStatus.DUPLICATE else "IMPORTÉ"
    lines = [f"{label}  {outcome.file} ({outcome.page_count} p.)"]
    if outcome.duplicate_of and outcome.first_imported_at:
        when = outcome.first_imported_at.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")
        lines.append(f"    mêmes octets que {outcome.duplicate_of}, importé le {when}")
    for submission in outcome.submissions:
        pages = ",".join(str(page) for page in submission.pages) or "-"
        reasons = ", ".join(message(code) for code in submission.review_reason.split(",") if code)
        target = submission.procedure_number or f"à trier ({reasons})"
        if submission.procedure_number and submission.needs_review:
            target += f" — à vérifier ({reasons})"
        lines.append(f"    pages {pages} -> {target}")
    if outcome.separator_pages:
        lines.append(f"    feuilles de séparation : {outcome.separator_pages}")
    if outcome.blank_pages:
        lines.append(f"    pages blanches : {outcome.blank_pages}")
    if outcome.unreadable_pages:
        lines.append(f"    {message('missing_pages')} : {outcome.unreadable_pages}")
    if outcome.email is not None:
        lines.append(f"    courriel de {outcome.email['from']} : « {outcome.email['subject']} »")
        lines += [
            f"    pièce non importée : {item['name']} ({message(item['reason'])})" for item in outcome.email["left_out"]
        ]
    return "\n".join(lines)


class OutcomeReport:
    """Prints each file's outcome (a JSON line with ``as_json``, else words) and remembers whether one was
    refused: the command's exit code says so."""

    def __init__(self, *, as_json: bool) -> None:
        self.as_json = as_json
        self.rejected = False

    def __call__(self, outcome: FileOutcome) -> None:
        self.rejected |= outcome.status == ImportStatus.REJECTED
        if self.as_json:
            print_json(outcome_json(outcome))
        else:
            print(outcome_text(outcome), flush=True)

    def exit_code(self) -> int:
        return EXIT_REJECTED if self.rejected else EXIT_OK


class ProgressBar:
    """A one-line progress bar on stderr, drawn only for a person at a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, done: int, total: int, text: str) -> None:
        if not self.enabled or total < 2:
            return
        filled = int(30 * done / total)
        sys.stderr.write(f"\r[{'#' * filled}{' ' * (30 - filled)}] {done}/{total} {text[:40]:40}")
        if done == total:
            sys.stderr.write("\r" + " " * 80 + "\r")
        sys.stderr.flush()
