"""A procedure the assign dialog offers: its number, and who and what it is for in the manager export."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProcedureSuggestion:
    """One completion of what a technician typed (a number, a customer, a group or an account).

    ``customer_name``, ``telephony_group`` and ``account`` are empty for a dossier whose number
    the manager export does not know.
    """

    procedure_number: str
    customer_name: str = ""
    telephony_group: str = ""
    account: str = ""
