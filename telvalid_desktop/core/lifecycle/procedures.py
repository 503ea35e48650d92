"""Known procedures: the manager's export of the procedure numbers customers generated.

Besides its required columns, an export may give the customer's postal address (printed in the
hold letter's window). Those columns are optional, and their headers are recognised under the
spellings exports use (``Code postal``, ``zip``, ``Adresse 1``...): case, accents, spaces and
punctuation do not matter. An export without them leaves the addresses already imported alone.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from telvalid_desktop.core.errors import BadProcedureExport
from telvalid_desktop.db.models import Dossier, KnownProcedure, database_proxy

EXPORT_COLUMNS = (
    "procedure_number",
    "created_at",
    "account",
    "telephony_group",
    "customer_name",
    "customer_type",
    "payment_method",
)
ADDRESS_COLUMNS = ("address_line1", "address_line2", "postal_code", "city", "country")
# Header spellings of the address columns, written as ``_header_key`` reduces them.
ADDRESS_HEADERS: dict[str, tuple[str, ...]] = {
    "address_line1": (
        "address_line1", "address_line_1", "address1", "address", "street", "adresse", "adresse1", "adresse_1",
        "adresse_ligne_1", "ligne_adresse_1", "rue", "voie",
    ),
    "address_line2": (
        "address_line2", "address_line_2", "address2", "adresse2", "adresse_2", "adresse_ligne_2",
        "ligne_adresse_2", "complement_adresse", "complement_d_adresse", "address_complement",
    ),
    "postal_code": ("postal_code", "postcode", "post_code", "zip", "zip_code", "zipcode", "code_postal", "cp"),
    "city": ("city", "town", "ville", "commune", "localite"),
    "country": ("country", "pays"),
}  # fmt: skip
CUSTOMER_TYPES = frozenset({"individual", "company"})
PAYMENT_METHODS = frozenset({"direct_debit", "cheque"})
PROCEDURE_NUMBER = re.compile(r"\d{6,10}")


@dataclass(frozen=True)
class ExportSummary:
    """What an import of the manager export changed."""

    added: int
    updated: int


def _parse_created_at(text: str, line: int) -> datetime | None:
    if not text.strip():
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as bad:
        raise BadProcedureExport(line, f"created_at {text!r} is not ISO 8601") from bad
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _header_key(header: str) -> str:
    """``Code postal`` -> ``code_postal``; ``Adresse (ligne 1)`` -> ``adresse_ligne_1``."""
    plain = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")


def address_headers(headers: Iterable[str]) -> dict[str, str]:
    """The export's header of each address column it has (the first one if it has two spellings)."""
    found: dict[str, str] = {}
    for header in headers:
        key = _header_key(header)
        for column, spellings in ADDRESS_HEADERS.items():
            if key in spellings:
                found.setdefault(column, header)
    return found


def _validated_row(row: dict[str, str], line: int) -> dict[str, object]:
    number = (row.get("procedure_number") or "").strip()
    if not PROCEDURE_NUMBER.fullmatch(number):
        raise BadProcedureExport(line, f"procedure_number {number!r} is not 6 to 10 digits")
    customer_type = (row.get("customer_type") or "").strip()
    if customer_type and customer_type not in CUSTOMER_TYPES:
        raise BadProcedureExport(line, f"customer_type {customer_type!r} is not individual|company")
    payment_method = (row.get("payment_method") or "").strip()
    if payment_method and payment_method not in PAYMENT_METHODS:
        raise BadProcedureExport(line, f"payment_method {payment_method!r} is not direct_debit|cheque")
    return {
        "procedure_number": number,
        "created_at": _parse_created_at(row.get("created_at") or "", line),
        "account": (row.get("account") or "").strip(),
        "telephony_group": (row.get("telephony_group") or "").strip(),
        "customer_name": (row.get("customer_name") or "").strip(),
        "customer_type": customer_type,
        "payment_method": payment_method,
    }


def import_export(path: Path) -> ExportSummary:
    """Read the manager's CSV export and upsert every row, all or nothing."""
    with path.open(newline="", encoding="utf-8-sig") as stream:
        reader = csv.DictReader(stream)
        missing = [column for column in EXPORT_COLUMNS if column not in (reader.fieldnames or [])]
        if missing:
            raise BadProcedureExport(1, f"missing columns: {', '.join(missing)}")
        address = address_headers(reader.fieldnames or [])
        rows = [
            _validated_row(row, line) | {column: (row.get(header) or "").strip() for column, header in address.items()}
            for line, row in enumerate(reader, start=2)
        ]
    added = updated = 0
    with database_proxy.atomic():
        for fields in rows:
            existing = KnownProcedure.get_or_none(KnownProcedure.procedure_number == fields["procedure_number"])
            if existing is None:
                KnownProcedure.create(**fields)
                added += 1
            else:
                KnownProcedure.update(**fields).where(KnownProcedure.id == existing.id).execute()
                updated += 1
    return ExportSummary(added=added, updated=updated)


def known_numbers() -> frozenset[str]:
    """Every procedure number of the export (empty when no export was imported)."""
    query = KnownProcedure.select(KnownProcedure.procedure_number).tuples()
    return frozenset(number for (number,) in cast(Iterable[tuple[str]], query))  # the stubs cannot type .tuples()


def is_unexpected_number(number: str) -> bool:
    """A number typed by hand that the manager's export does not know and no dossier has: a typo?

    False while no export was imported (nothing to check against): the window then asks the
    person to confirm rather than refusing, a customer's procedure may be newer than the export.
    """
    if not KnownProcedure.select().exists():
        return False
    return not (
        KnownProcedure.select().where(KnownProcedure.procedure_number == number).exists()
        or Dossier.select().where(Dossier.procedure_number == number).exists()
    )
