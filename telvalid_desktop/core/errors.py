"""Typed failures of the core services; the CLI and the window phrase them for people."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime


class CoreError(Exception):
    """Base of the errors a service raises on purpose."""


class DossierNotFound(CoreError):
    """No dossier has this procedure number or id."""


class InvalidTransition(CoreError):
    """The requested state change is not allowed from the dossier's current state."""


class BadProcedureExport(CoreError):
    """The manager export cannot be read (wrong header, bad row)."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__(f"line {line}: {detail}")
        self.line = line
        self.detail = detail


class DossierClosed(InvalidTransition):
    """The dossier's state (validated, superseded, rejected) forbids changing its content."""

    def __init__(self, procedure_number: str, status: str) -> None:
        super().__init__(f"{procedure_number} is {status}")
        self.procedure_number = procedure_number
        self.status = status


class DossierClaimed(CoreError):
    """Another user has the dossier open (claimed) and the claim has not timed out."""

    def __init__(self, holder: str, since: datetime) -> None:
        super().__init__(f"claimed by {holder} since {since.isoformat(timespec='seconds')}")
        self.holder = holder
        self.since = since


class ChecklistIncomplete(CoreError):
    """A dossier cannot be validated while a required item is missing or refused."""

    def __init__(self, missing: Sequence[str], refused: Sequence[str]) -> None:
        super().__init__(f"missing: {', '.join(missing) or '-'}; refused: {', '.join(refused) or '-'}")
        self.missing = tuple(missing)
        self.refused = tuple(refused)


class UnknownRequirement(CoreError):
    """The item code is not on this dossier's checklist."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class InvalidValue(CoreError):
    """A value given to a service is outside what the field accepts."""

    def __init__(self, field: str, value: object) -> None:
        super().__init__(f"{field}: {value!r}")
        self.field = field
        self.value = value


class PageNotFound(CoreError):
    """No such page (or the page is not part of the dossier it was given with)."""

    def __init__(self, page_id: int) -> None:
        super().__init__(str(page_id))
        self.page_id = page_id


class SubmissionNotFound(CoreError):
    """No submission has this id."""

    def __init__(self, submission_id: int) -> None:
        super().__init__(str(submission_id))
        self.submission_id = submission_id


class SubmissionAlreadySorted(CoreError):
    """Only an unsorted submission can be given a number; a sorted one is moved instead."""

    def __init__(self, submission_id: int, procedure_number: str | None) -> None:
        super().__init__(f"{submission_id} is in {procedure_number}")
        self.submission_id = submission_id
        self.procedure_number = procedure_number


class NothingToChange(CoreError):
    """The correction asked for is how things already are (same number, same page kind, already unsorted)."""

    def __init__(self, field: str, value: object) -> None:
        super().__init__(f"{field} is already {value!r}")
        self.field = field
        self.value = value


class PageInChecklist(CoreError):
    """The page backs a checklist item; moving it would silently change what was accepted."""

    def __init__(self, page_id: int, code: str) -> None:
        super().__init__(f"page {page_id} backs {code}")
        self.page_id = page_id
        self.code = code


class PageOfAnotherProcedure(CoreError):
    """A page headed with another procedure's number would back an item: the technician must confirm."""

    def __init__(self, procedure_number: str, numbers: Sequence[str]) -> None:
        super().__init__(f"{procedure_number}: pages of {', '.join(numbers)}")
        self.procedure_number = procedure_number
        self.numbers = tuple(numbers)


class ValidationFinal(CoreError):
    """A validation can be taken back only by whom made it, within a short while, before billing saw it."""

    def __init__(self, procedure_number: str, reason: str) -> None:
        super().__init__(f"{procedure_number}: {reason}")
        self.procedure_number = procedure_number
        self.reason = reason  # not_validated | other_actor | too_late | exported


class NothingToUndo(CoreError):
    """The user has no page operation left to undo."""


class UndoBlocked(CoreError):
    """Another user changed the same pages since; undoing would overwrite their work."""

    def __init__(self, actor: str) -> None:
        super().__init__(f"changed since by {actor}")
        self.actor = actor
