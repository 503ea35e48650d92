"""The manager export: read, validated, upserted."""

from __future__ import annotations

from pathlib import Path

import pytest

from telvalid_desktop.core.errors import BadProcedureExport
from telvalid_desktop.core.lifecycle.procedures import import_export, known_numbers
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import KnownProcedure

HEADER = "procedure_number,created_at,account,telephony_group,customer_name,customer_type,payment_method\n"


def test_export_rows_are_added_then_updated(workspace: Workspace, tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(
        HEADER
        + "48151623,2026-03-12T10:42:00+01:00,ab1-ovh,grp-1,Dupont SARL,company,cheque\n"
        + "73920158,2026-03-13,cd2-ovh,grp-2,Marie Curie,individual,direct_debit\n",
        encoding="utf-8",
    )
    assert import_export(export).added == 2
    assert known_numbers() == {"48151623", "73920158"}
    first = KnownProcedure.get(KnownProcedure.procedure_number == "48151623")
    assert (first.customer_type, first.payment_method, first.created_at.hour) == ("company", "cheque", 9)
    summary = import_export(export)
    assert (summary.added, summary.updated) == (0, 2)


@pytest.mark.parametrize(
    "row",
    ["12AB5678,2026-01-01,a,g,n,individual,cheque", "12345678,yesterday,a,g,n,individual,cheque",
     "12345678,2026-01-01,a,g,n,alien,cheque"],
)
def test_a_bad_row_rejects_the_whole_export(workspace: Workspace, tmp_path: Path, row: str) -> None:
    export = tmp_path / "export.csv"
    export.write_text(HEADER + "48151623,2026-03-12,a,g,n,individual,cheque\n" + row + "\n", encoding="utf-8")
    with pytest.raises(BadProcedureExport) as raised:
        import_export(export)
    assert raised.value.line == 3
    assert known_numbers() == frozenset()
