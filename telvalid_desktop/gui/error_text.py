"""Sentences for the errors the core raises on purpose, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from telvalid_desktop.core.errors import ChecklistIncomplete, CoreError, DossierClaimed, InvalidTransition
from telvalid_desktop.gui.time_text import local_time_text


def error_text(error: CoreError, labels: dict[str, str]) -> str:
    """What to tell the technician; ``labels`` names the checklist items."""
    if isinstance(error, DossierClaimed):
        text = QCoreApplication.translate(
            "ErrorText", "Ce dossier est pris par %1 depuis %2 : il ne peut pas être modifié."
        )
        return text.replace("%1", error.holder).replace("%2", local_time_text(error.since, "%H:%M"))
    if isinstance(error, ChecklistIncomplete):
        names = [labels.get(code, code) for code in (*error.missing, *error.refused)]
        text = QCoreApplication.translate("ErrorText", "Validation impossible : pièces manquantes ou refusées : %1.")
        return text.replace("%1", ", ".join(names))
    if isinstance(error, InvalidTransition):
        return QCoreApplication.translate("ErrorText", "Cette action n'est pas possible dans l'état actuel du dossier.")
    return QCoreApplication.translate("ErrorText", "Action impossible : %1").replace("%1", str(error))
