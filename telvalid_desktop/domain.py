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
