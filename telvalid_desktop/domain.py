"""Words of the domain shared by the services, the CLI and the window."""

from __future__ import annotations

from enum import StrEnum


class DossierStatus(StrEnum):
    """Where a dossier stands (see DESIGN.md, "Dossier states")."""

    OPEN = "open"
    ON_HOLD = "on_hold"
    VALIDATED = "validated"
    SUPERSEDED = "superseded"
    REJECTED = "rejected"


class Channel(StrEnum):
    """How a submission reached the back office."""

    POST = "post"
    EMAIL = "email"
    FAX = "fax"
    PHONE = "phone"
    OTHER = "other"


class ImportStatus(StrEnum):
    """Outcome of taking in one input file (part of the CLI's JSON contract)."""

    IMPORTED = "imported"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class NumberSource(StrEnum):
    """Where a submission's procedure number came from."""

    HEADER = "header"
    BODY = "body"
    MANUAL = "manual"
    NONE = ""


class PageKind(StrEnum):
    """What a page of a scan is, as a person corrects it: separator sheets cut a batch into envelopes."""

    CONTENT = "content"
    BLANK = "blank"
    SEPARATOR = "separator"


class ItemStatus(StrEnum):
    """Where one checklist item stands."""

    MISSING = "missing"
    RECEIVED = "received"
    REFUSED = "refused"


class RefusalReason(StrEnum):
    """Why a received document was refused."""

    ILLEGIBLE = "illegible"
    EXPIRED = "expired"
    NAME_MISMATCH = "name_mismatch"
    UNSIGNED = "unsigned"
    OTHER = "other"


class RulesSource(StrEnum):
    """Where the rules a dossier's checklist is computed with come from."""

    FILE = "file"  # the rules file in force (dossiers being worked on)
    SNAPSHOT = "snapshot"  # the stored version the closed dossier was checked against
    FALLBACK = "fallback"  # that version was never stored: the file in force is used instead


# The statuses a dossier can still be changed in (validated, superseded and rejected ones are closed).
EDITABLE = frozenset({DossierStatus.OPEN, DossierStatus.ON_HOLD})
