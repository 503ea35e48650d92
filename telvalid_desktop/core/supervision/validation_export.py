"""Export of validations to billing: each validation is exported exactly once.

An export takes every validation never exported (optionally only those validated at or
after a moment), writes them to a CSV or JSON Lines file, and marks them with the
export's row, all in one transaction:

1. the ``ValidationExport`` row is inserted first: on SQLite this write takes the
   database's write lock before anything is read, so a second export waits for the
   first to finish and then finds nothing left to take;
2. the pending validations are selected, written to a temporary file beside the
   destination, and the file is flushed and fsynced;
3. those ids are marked with ``UPDATE ... WHERE id IN (...) AND export IS NULL``; if fewer
   rows are marked than were written, another export took some meanwhile (PostgreSQL,
   read committed: the second update waits for the first and then matches nothing) and
   everything is undone;
4. the temporary file is renamed to the destination, then the transaction commits.

On any failure the transaction is rolled back (nothing marked) and the temporary file,
or the renamed one if the commit itself failed, is removed. Only plain SQL is used, so
the same code runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO, cast

from telvalid_desktop.core.errors import CoreError, InvalidValue
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.db.database import one_at_a_time
from telvalid_desktop.db.models import Dossier, Validation, ValidationExport, database_proxy, utc_now
from telvalid_desktop.db.store import flush_folder

COLUMNS: tuple[str, ...] = (
    "validation_id",
    "dossier_id",
    "procedure_number",
    "telephony_group",
    "account",
    "payment_method",
    "renews_monthly",
    "out_of_plan_allowance_eur",  # EUR HT per month
    "rules_version",
    "validated_by",
    "validated_at",  # ISO 8601, UTC, with a "Z"
    "export_id",
)
# Ids bound per UPDATE: well under every back-end's limit on bound parameters.
MARK_BATCH = 500


class ExportFormat(StrEnum):
    CSV = "csv"
    JSONL = "jsonl"


@dataclass(frozen=True)
class ExportResult:
    """What one export wrote: how many rows, where, under which export id."""

    export_id: int
    rows: int
    path: Path
    format: ExportFormat

    def to_json(self) -> dict[str, Any]:
        return {"export_id": self.export_id, "rows": self.rows, "path": str(self.path), "format": self.format.value}


class ExportTargetExists(CoreError):
    """The destination file exists already: an earlier export is never overwritten."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


class ExportConflict(CoreError):
    """Another export took some of these validations meanwhile; nothing was exported, try again."""


def _utc_naive(moment: datetime | None) -> datetime | None:
    """The database keeps UTC without tzinfo; a naive ``moment`` is taken as UTC already."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def _iso_z(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat() + "Z"


def _pending(since: datetime | None) -> list[dict[str, Any]]:
    """The validations never exported (validated at or after ``since``), oldest first, without export_id."""
    query = (
        Validation.select(
            Validation.id.alias("validation_id"),
            Validation.dossier.alias("dossier_id"),
            Dossier.procedure_number,
            Validation.telephony_group,
            Validation.account,
            Validation.payment_method,
            Validation.renews_monthly,
            Validation.out_of_plan_allowance_eur,
            Validation.rules_version,
            Validation.actor.alias("validated_by"),
            Validation.at.alias("validated_at"),
        )
        .join(Dossier)
        .where(Validation.export.is_null())
        .order_by(Validation.at, Validation.id)
    )
    if since is not None:
        query = query.where(Validation.at >= since)
    rows = list(cast(Iterable[dict[str, Any]], query.dicts()))  # peewee's stubs cannot type .dicts()
    for row in rows:
        row["renews_monthly"] = bool(row["renews_monthly"])
        row["validated_at"] = _iso_z(row["validated_at"])
    return rows


def _write(handle: TextIO, fmt: ExportFormat, rows: list[dict[str, Any]]) -> None:
    if fmt == ExportFormat.CSV:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow(
                [
                    ("true" if row[column] else "false") if column == "renews_monthly" else row[column]
                    for column in COLUMNS
                ]
            )
    else:
        for row in rows:
            handle.write(json.dumps({column: row[column] for column in COLUMNS}, ensure_ascii=False) + "\n")


def _write_temporary(out: Path, fmt: ExportFormat, rows: list[dict[str, Any]]) -> Path:
    """The rows in a hidden temporary file beside ``out``, flushed to disk; removed if writing fails."""
    descriptor, name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            _write(handle, fmt, rows)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _batches(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), MARK_BATCH):
        yield ids[start : start + MARK_BATCH]


@requires(Permission.EXPORT)
def export_validations(out: Path, fmt: ExportFormat | str, actor: str, since: datetime | None = None) -> ExportResult:
    """Write every validation not exported yet to ``out`` and mark it exported, in one transaction.

    ``since`` (aware, or naive UTC) keeps only validations made at or after it; the others
    stay pending for a later export. Nothing pending still writes a file: a CSV header
    alone, or an empty JSON Lines file, and 0 rows. ``out`` must not exist.
    """
    try:
        fmt = ExportFormat(fmt)
    except ValueError as bad:
        raise InvalidValue("format", fmt) from bad
    out = Path(out).absolute()
    if out.exists():
        raise ExportTargetExists(out)
    temporary: Path | None = None
    renamed = False
    try:
        with database_proxy.atomic():
            one_at_a_time("validation_export")  # PostgreSQL: exports from several workstations queue up
            # Written before anything is read: on SQLite the write lock is held from here to the commit.
            export = ValidationExport.create(actor=actor, at=utc_now(), format=fmt.value, destination=str(out), rows=0)
            rows = _pending(_utc_naive(since))
            for row in rows:
                row["export_id"] = export.id
            temporary = _write_temporary(out, fmt, rows)
            ids = [row["validation_id"] for row in rows]
            marked = sum(
                Validation.update(export=export.id)
                .where(Validation.id.in_(batch) & Validation.export.is_null())
                .execute()
                for batch in _batches(ids)
            )
            if marked != len(ids):
                raise ExportConflict(f"{len(ids) - marked} of {len(ids)} validations exported meanwhile")
            ValidationExport.update(rows=len(rows)).where(ValidationExport.id == export.id).execute()
            if out.exists():  # appeared while writing
                raise ExportTargetExists(out)
            os.replace(temporary, out)
            renamed = True
            flush_folder(out.parent)
    except BaseException:
        # Rolled back: nothing is marked, so no file may claim these rows.
        if renamed:
            out.unlink(missing_ok=True)
        elif temporary is not None:
            temporary.unlink(missing_ok=True)
        raise
    return ExportResult(export_id=export.id, rows=len(rows), path=out, format=fmt)
