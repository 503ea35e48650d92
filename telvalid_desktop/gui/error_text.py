"""Sentences for the errors the core raises on purpose, in the window's language."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from telvalid_desktop.core.correspondence.letters import LetterNotPossible
from telvalid_desktop.core.errors import (
    ChecklistIncomplete,
    CoreError,
    DossierClaimed,
    InvalidTransition,
    InvalidValue,
    NothingToChange,
    NothingToUndo,
    PageInChecklist,
    UndoBlocked,
    ValidationFinal,
)
from telvalid_desktop.core.lifecycle.dossiers import StaleDossier
from telvalid_desktop.core.roles import NotAllowed
from telvalid_desktop.db.database import CONNECTION_LOST
from telvalid_desktop.gui.time_text import local_time_text

log = logging.getLogger(__name__)


def _claimed(error: DossierClaimed, _labels: dict[str, str]) -> str:
    text = QCoreApplication.translate(
        "ErrorText", "Ce dossier est pris par %1 depuis %2 : il ne peut pas être modifié."
    )
    return text.replace("%1", error.holder).replace("%2", local_time_text(error.since, "%H:%M"))


def _incomplete(error: ChecklistIncomplete, labels: dict[str, str]) -> str:
    names = [labels.get(code, code) for code in (*error.missing, *error.refused)]
    text = QCoreApplication.translate("ErrorText", "Validation impossible : pièces manquantes ou refusées : %1.")
    return text.replace("%1", ", ".join(names))


def _in_checklist(error: PageInChecklist, labels: dict[str, str]) -> str:
    text = QCoreApplication.translate(
        "ErrorText", "Cette page justifie la pièce « %1 » : décochez-la d'abord dans le dossier."
    )
    return text.replace("%1", labels.get(error.code, error.code))


def _invalid(error: InvalidValue, _labels: dict[str, str]) -> str:
    texts = {
        "first_page_id": QCoreApplication.translate(
            "ErrorText", "Affichez la page où la nouvelle enveloppe commence (pas la première), puis coupez."
        ),
        "procedure_number": QCoreApplication.translate("ErrorText", "Un numéro de procédure a de 6 à 10 chiffres."),
        "technician": QCoreApplication.translate(
            "ErrorText", "%1 n'est pas un technicien actif : choisissez un membre de l'équipe."
        ),
        "last_lead": QCoreApplication.translate(
            "ErrorText", "%1 est le dernier responsable d'équipe : nommez-en un autre avant."
        ),
        "role": QCoreApplication.translate(
            "ErrorText", "Le premier utilisateur doit être un responsable d'équipe (pour gérer les autres)."
        ),
        "login": QCoreApplication.translate("ErrorText", "Indiquez l'identifiant de session de l'utilisateur."),
        "rules_version": QCoreApplication.translate(
            "ErrorText",
            "Ces règles ne sont pas plus récentes que celles en vigueur (version %1) : augmentez leur version.",
        ),
        "rules_file": QCoreApplication.translate("ErrorText", "Fichier de règles illisible : %1"),
    }
    text = texts.get(error.field)
    if text is None:
        return QCoreApplication.translate("ErrorText", "Action impossible : %1").replace("%1", str(error))
    return text.replace("%1", str(error.value))


def _no_letter(error: LetterNotPossible, _labels: dict[str, str]) -> str:
    if error.reason == "letter_not_on_hold":
        return QCoreApplication.translate("ErrorText", "Pas de lettre : seul un dossier en attente attend des pièces.")
    if error.reason == "letter_no_letterhead":
        return QCoreApplication.translate(
            "ErrorText",
            "Pas de lettre : l'en-tête des courriers de l'équipe n'est pas rempli. Demandez à un responsable "
            "d'équipe de le remplir (Réglages, onglet Expéditeur des courriers), puis écrivez la lettre à nouveau.",
        )
    return QCoreApplication.translate("ErrorText", "Pas de lettre : toutes les pièces demandées sont arrivées.")


def _not_allowed(error: NotAllowed, _labels: dict[str, str]) -> str:
    text = QCoreApplication.translate(
        "ErrorText", "Votre rôle ne permet pas cette action (%1) : demandez à un responsable d'équipe."
    )
    return text.replace("%1", error.permission.value)


def _stale(error: StaleDossier, _labels: dict[str, str]) -> str:
    text = QCoreApplication.translate(
        "ErrorText",
        "Le dossier %1 a été modifié par %2 à %3 pendant que vous le regardiez : il a été rechargé, "
        "vérifiez-le puis recommencez.",
    )
    when = local_time_text(error.changed_at, "%H:%M") if error.changed_at else "?"
    return text.replace("%1", error.procedure_number).replace("%2", error.changed_by or "?").replace("%3", when)


def _undo_blocked(error: UndoBlocked, _labels: dict[str, str]) -> str:
    text = QCoreApplication.translate("ErrorText", "Impossible d'annuler : %1 a modifié ces pages depuis.")
    return text.replace("%1", error.actor)


def _validation_final(error: ValidationFinal, _labels: dict[str, str]) -> str:
    texts = {
        "not_validated": QCoreApplication.translate("ErrorText", "Le dossier %1 n'est plus validé."),
        "other_actor": QCoreApplication.translate(
            "ErrorText", "Le dossier %1 a été validé par quelqu'un d'autre : demandez à un responsable de le rouvrir."
        ),
        "too_late": QCoreApplication.translate(
            "ErrorText", "La validation du dossier %1 ne s'annule plus : demandez à un responsable de le rouvrir."
        ),
        "exported": QCoreApplication.translate(
            "ErrorText",
            "La validation du dossier %1 est déjà partie en facturation : demandez à un responsable de le rouvrir.",
        ),
    }
    return texts.get(error.reason, texts["too_late"]).replace("%1", error.procedure_number)


_EXPLAIN: dict[type[CoreError], Callable[..., str]] = {
    ValidationFinal: _validation_final,
    DossierClaimed: _claimed,
    ChecklistIncomplete: _incomplete,
    PageInChecklist: _in_checklist,
    InvalidValue: _invalid,
    UndoBlocked: _undo_blocked,
    LetterNotPossible: _no_letter,
    NotAllowed: _not_allowed,
    StaleDossier: _stale,  # before InvalidTransition, of which it is a kind
    InvalidTransition: lambda _error, _labels: QCoreApplication.translate(
        "ErrorText", "Cette action n'est pas possible dans l'état actuel du dossier."
    ),
    NothingToChange: lambda _error, _labels: QCoreApplication.translate(
        "ErrorText", "Rien à changer : c'est déjà le cas."
    ),
    NothingToUndo: lambda _error, _labels: QCoreApplication.translate("ErrorText", "Il n'y a plus rien à annuler."),
}


def lost_connection_text() -> str:
    """The database server went away during a change: nothing of it was saved (one transaction)."""
    return QCoreApplication.translate(
        "ErrorText",
        "La connexion à la base de données a été perdue : cette action n'a pas été enregistrée. "
        "Réessayez dans un instant (la connexion est rétablie d'elle-même).",
    )


# What a window's change can be refused with: the core's reasons, or the database server gone.
REFUSALS: tuple[type[Exception], ...] = (CoreError, *CONNECTION_LOST)


def failure_text(failure: Exception, labels: dict[str, str]) -> str:
    """The sentence for anything in ``REFUSALS``."""
    if isinstance(failure, CoreError):
        return error_text(failure, labels)
    log.warning("database lost during a change: %s", failure)
    return lost_connection_text()


def error_text(error: CoreError, labels: dict[str, str]) -> str:
    """What to tell the technician or the clerk; ``labels`` names the checklist items."""
    for kind, explain in _EXPLAIN.items():
        if isinstance(error, kind):
            return explain(error, labels)
    return QCoreApplication.translate("ErrorText", "Action impossible : %1").replace("%1", str(error))
