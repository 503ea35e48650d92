"""The customer's postal address: optional columns of the manager export (under the spellings
exports use), kept on the known procedure, printed where a window envelope shows it, and nothing
there when the export has none."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from playhouse import migrate as schema

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.correspondence.letter_content import window_address
from telvalid_desktop.core.correspondence.letter_pdf import ADDRESS_ZONE
from telvalid_desktop.core.lifecycle.procedures import ADDRESS_COLUMNS, import_export
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.migrations import LATEST_VERSION, current_version, migrate
from telvalid_desktop.db.models import KnownProcedure, SchemaVersion
from tests.core.factories import dossier, submission

ADDRESS_STEP = 16
MM = 72 / 25.4
HEADER = "procedure_number,created_at,account,telephony_group,customer_name,customer_type,payment_method"
WITH_ADDRESS = (
    HEADER + ",Adresse 1,Complément d'adresse,Code postal,VILLE,Pays\n"
    "48151623,2026-03-12,ab1-ovh,grp-1,Boulangerie Martin SARL,company,cheque,"
    "12 rue des Lilas,Bâtiment B,69003,Lyon,France\n"
    "73920158,2026-03-13,cd2-ovh,grp-2,Marie Curie,individual,direct_debit,,,,,\n"
)
OLD_FORMAT = HEADER + "\n48151623,2026-03-12,ab1-ovh,grp-1,Boulangerie Martin SARL,company,cheque\n"
LYON = ("Boulangerie Martin SARL", "12 rue des Lilas", "Bâtiment B", "69003 LYON")


def address_of(number: str) -> tuple[str, ...]:
    known = KnownProcedure.get(KnownProcedure.procedure_number == number)
    return tuple(getattr(known, column) for column in ADDRESS_COLUMNS)


def test_address_columns_are_read_under_their_usual_spellings_and_an_old_export_keeps_them(
    workspace: Workspace, tmp_path: Path
) -> None:
    export = tmp_path / "export.csv"
    export.write_text(WITH_ADDRESS, encoding="utf-8")
    assert import_export(export).added == 2
    assert address_of("48151623") == ("12 rue des Lilas", "Bâtiment B", "69003", "Lyon", "France")
    assert address_of("73920158") == ("", "", "", "", "")
    export.write_text(OLD_FORMAT, encoding="utf-8")  # an export without the columns: addresses stay
    assert import_export(export).updated == 1
    assert address_of("48151623")[0] == "12 rue des Lilas"
    export.write_text(HEADER + ",zip,town,street\n48151623,2026-03-12,a,g,n,company,cheque,75002,Paris,\n")
    import_export(export)  # the column is there and empty: the street is gone
    assert address_of("48151623") == ("", "Bâtiment B", "75002", "Paris", "France")


def test_a_version_13_database_gets_the_address_columns_empty(workspace: Workspace, tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text(OLD_FORMAT, encoding="utf-8")
    import_export(export)
    database = workspace.database
    migrator = schema.SchemaMigrator.from_database(database)
    schema.migrate(*(migrator.drop_column("known_procedure", column) for column in ADDRESS_COLUMNS))
    SchemaVersion.delete().where(SchemaVersion.version >= ADDRESS_STEP).execute()
    assert current_version(database) == ADDRESS_STEP - 1
    assert migrate(database) == LATEST_VERSION >= ADDRESS_STEP
    assert address_of("48151623") == ("", "", "", "", "")


def test_the_window_lines_as_la_poste_reads_them() -> None:
    assert window_address("M. Jean Dupont", line1="3 place Bellecour", postal_code="69002", city="Lyon") == (
        "M. Jean Dupont",
        "3 place Bellecour",
        "69002 LYON",
    )
    belgian = window_address(
        "Mme Lambert", line1="Rue Haute 12", postal_code="1000", city="Bruxelles", country="Belgique"
    )
    assert belgian[-2:] == ("1000 BRUXELLES", "BELGIQUE")
    assert window_address("Marie Curie", line1=" ", postal_code="", city="") == ()  # no address: no window lines


@pytest.fixture
def held(workspace: Workspace, tmp_path: Path, letterhead: None) -> Services:
    export = tmp_path / "export.csv"
    export.write_text(WITH_ADDRESS, encoding="utf-8")
    import_export(export)
    session = build_services(workspace, Settings(), "tech1")
    for number in ("48151623", "73920158"):
        submission(number)
        session.validation.put_on_hold(number, "tech1", ["rib"], "")
    return session


def first_page(services: Services, number: str) -> pymupdf.Page:
    letter = services.letters.write_hold_letter(dossier(number).id, "tech1")
    document = pymupdf.open(services.letters.letter_file(letter))
    return document[0]


def visible_window(envelope: tuple[float, float]) -> tuple[float, float, float, float]:
    """In mm on the A4 sheet folded in three: what a 100 x 45 mm window 20 mm from the right and
    15 mm from the bottom of the envelope always shows, however the 210 x 99 mm sheet slides."""
    width, height = envelope
    window = (width - 120, height - 60, width - 20, height - 15)
    return (window[0], window[1], window[2] - (width - 210), window[3] - (height - 99))


@pytest.mark.parametrize("envelope", [(220, 110), (229, 114)], ids=["DL", "C5/6"])
def test_the_address_zone_shows_in_the_window_of_french_envelopes(envelope: tuple[float, float]) -> None:
    left, top, right, bottom = visible_window(envelope)
    zone = [value / MM for value in ADDRESS_ZONE]
    assert left <= zone[0] < zone[2] <= right and top <= zone[1] < zone[3] <= bottom + 1e-9


def test_the_address_is_printed_inside_the_window_zone(held: Services) -> None:
    page = first_page(held, "48151623")
    zone = pymupdf.Rect(ADDRESS_ZONE)
    for line in LYON:
        [found] = page.search_for(line)
        assert zone.contains(found), (line, found, zone)
    shown = " ".join(page.get_text("text", clip=zone).split())
    assert shown == " ".join(LYON)  # the address and nothing else in the window
    assert "Client : Boulangerie" not in page.get_text()  # its name is in the window, not repeated


def test_without_an_address_the_window_stays_empty(held: Services) -> None:
    page = first_page(held, "73920158")
    assert page.get_text("text", clip=pymupdf.Rect(ADDRESS_ZONE)).strip() == ""
    [name] = page.search_for("Client : Marie Curie")  # the name among the references, on the left
    assert name.x1 < ADDRESS_ZONE[0]
