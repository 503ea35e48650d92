"""What a service call changed, so a view refreshes only that."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Dossiers touched, and which kinds of views must reload."""

    dossiers: frozenset[int] = frozenset()
    pages: bool = False
    checklist: bool = False
    queues: bool = False
    decided: bool = False  # the dossiers were validated or put on hold: the technician moves on
