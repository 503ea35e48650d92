"""Typed failures of the core services; the CLI and the window phrase them for people."""

from __future__ import annotations


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
