"""Why a submission waits for a person, in words (the core gives stable codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def review_reasons() -> dict[str, str]:
    """Every review reason code and its sentence, in the window's language."""
    return {
        "no_number": QCoreApplication.translate("ReviewReasons", "aucun numéro trouvé"),
        "unconfirmed_number": QCoreApplication.translate("ReviewReasons", "numéro lu, pas assez sûr"),
        "conflicting_numbers": QCoreApplication.translate("ReviewReasons", "numéros différents"),
        "unknown_number": QCoreApplication.translate("ReviewReasons", "numéro absent de l'export du manager"),
        "too_many_pages": QCoreApplication.translate("ReviewReasons", "trop de pages : intercalaire oublié ?"),
        "several_numbers_in_envelope": QCoreApplication.translate(
            "ReviewReasons", "plusieurs numéros : intercalaire oublié ?"
        ),
        "unclear_envelope_boundary": QCoreApplication.translate(
            "ReviewReasons", "lot sans intercalaires : où commence la suivante ?"
        ),
        "split_by_hand": QCoreApplication.translate("ReviewReasons", "coupée à la main"),
        "sent_to_unsorted": QCoreApplication.translate("ReviewReasons", "envoyée aux techniciens"),
    }


def review_reason_text(codes: str) -> str:
    """``codes`` is one code or several joined by commas (as stored)."""
    reasons = review_reasons()
    return ", ".join(reasons.get(code, code) for code in codes.split(",") if code)
