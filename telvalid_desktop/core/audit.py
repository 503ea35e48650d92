"""History of what concerns no single dossier (users and roles, rules, claims released).

Append-only like the dossiers' history: a lead's action on the team is kept with who,
when and what, for the same reasons a change to a dossier is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from telvalid_desktop.db.models import AuditEvent


@dataclass(frozen=True)
class AuditLine:
    """One row of that history as screens and commands show it."""

    at: datetime
    actor: str
    event: str
    subject: str
    detail: str


def record_audit(actor: str, event: str, subject: str = "", detail: str = "") -> None:
    """One row, in the caller's transaction."""
    AuditEvent.create(actor=actor, event=event, subject=subject, detail=detail)


def recent_audit(limit: int = 200) -> list[AuditLine]:
    """The newest rows first, for the lead's screens and the CLI."""
    rows = AuditEvent.select().order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)
    return [AuditLine(row.at, row.actor, row.event, row.subject, row.detail) for row in rows]
