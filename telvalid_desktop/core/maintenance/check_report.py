"""What a workspace check found: stable codes, one finding per problem, and the report as text or JSON."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Code(StrEnum):
    """What is wrong; stable, for scripts reading ``to_json``."""

    STORE_FILE_MISSING = "store_file_missing"
    STORE_FILE_ALTERED = "store_file_altered"
    STORE_ORPHAN = "store_orphan"
    STORE_TEMPORARY = "store_temporary"
    PAGES_MISSING = "pages_missing"
    PAGES_UNEXPECTED = "pages_unexpected"
    PAGE_OUTSIDE_SUBMISSION = "page_outside_submission"
    PAGE_IN_OTHER_FILE = "page_in_other_file_submission"
    HISTORY_START = "history_start"
    HISTORY_CHAIN = "history_chain"
    HISTORY_STATUS = "history_status"
    HISTORY_VERSION = "history_version"
    VALIDATIONS_MISMATCH = "validations_mismatch"
    HOLDS_MISMATCH = "holds_mismatch"
    LETTER_MISSING = "letter_missing"
    LETTER_ALTERED = "letter_altered"
    QUARANTINE_MISSING = "quarantine_missing"


REPAIRABLE = frozenset({Code.STORE_ORPHAN, Code.STORE_TEMPORARY})


@dataclass(frozen=True)
class Finding:
    """One problem: its code, what it concerns (a path or a procedure number), a sentence, repaired or not."""

    code: Code
    subject: str
    message: str
    repaired: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code.value, "subject": self.subject, "message": self.message, "repaired": self.repaired}


@dataclass
class CheckReport:
    """What the check looked at and found; ``clean`` when nothing is left for a person to do."""

    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0  # files whose sha256 was verified (store and letters)
    pages_checked: int = 0
    dossiers_checked: int = 0
    missing_crops: int = 0  # derived header crops: rebuilt on demand, nothing to repair
    seconds: float = 0.0

    @property
    def problems(self) -> int:
        return len(self.findings)

    @property
    def repaired(self) -> int:
        return sum(finding.repaired for finding in self.findings)

    @property
    def remaining(self) -> list[Finding]:
        return [finding for finding in self.findings if not finding.repaired]

    @property
    def clean(self) -> bool:
        return not self.remaining

    def text(self) -> str:
        """The report in French, for a clerk or an administrator."""
        lines = [
            f"Vérification de l'espace de travail : {self.files_checked} fichier(s), {self.pages_checked} page(s), "
            f"{self.dossiers_checked} dossier(s) vérifiés en {self.seconds:.2f} s.",
        ]
        lines += [f"- {'[réparé] ' if finding.repaired else ''}{finding.message}" for finding in self.findings]
        if self.missing_crops:
            lines.append(
                f"{self.missing_crops} vignette(s) d'en-tête absente(s) : elles sont recalculées à la demande."
            )
        if not self.findings:
            lines.append("Aucun problème : chaque fichier est présent et intact, chaque page est à sa place.")
        else:
            lines.append(f"{self.problems} problème(s), {self.repaired} réparé(s), {len(self.remaining)} à traiter.")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "files_checked": self.files_checked,
            "pages_checked": self.pages_checked,
            "dossiers_checked": self.dossiers_checked,
            "missing_crops": self.missing_crops,
            "problems": self.problems,
            "repaired": self.repaired,
            "remaining": len(self.remaining),
            "seconds": round(self.seconds, 3),
            "findings": [finding.to_json() for finding in self.findings],
        }
