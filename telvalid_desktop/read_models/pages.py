"""A page as the window shows it: where to render it from, and what the intake read on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class PageInfo:
    """One page of a dossier as the window shows it (where to render it from, what was read)."""

    page_id: int
    path: Path
    index: int
    file_name: str
    submission_id: int
    received_at: datetime
    channel: str
    blank: bool
    number_read: str | None
    confidence: float | None
    read_method: str
    read_where: str
    disagrees: bool
    crop_path: str
    rotation: int
    email_from: str = ""  # the e-mail the page came with: its sender and subject ("" for a scan)
    email_subject: str = ""


@dataclass(frozen=True)
class PageSeen:
    """Who first looked at a page in its dossier's page viewer, and when (UTC)."""

    by: str
    at: datetime
