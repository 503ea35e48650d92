"""Times are stored in UTC; people read them in their workstation's time zone."""

from __future__ import annotations

from datetime import UTC, datetime


def local_time_text(moment: datetime, pattern: str = "%d/%m/%Y %H:%M") -> str:
    """``moment`` (naive UTC, as stored) in local time, formatted with ``pattern``."""
    return moment.replace(tzinfo=UTC).astimezone().strftime(pattern)
