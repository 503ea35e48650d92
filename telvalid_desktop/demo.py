"""The demo workspace: fictitious customers filed through the real services, for a newcomer to try.

``telvalid demo`` and the window's "Ouvrir la démonstration" build it in a folder of its own: the
manager's export, the mail of the day before and of the day scanned in batches with separator
sheets, an e-mail, then a technician's work on them (ticks, a hold and its letter, a superseded
procedure, a validation exported to billing). Everything goes through the services a workstation
uses, with one seed, so the same customers and numbers come out every time; only the dates follow
the day it is built. No user is created: a workspace without users works without roles.
"""

from __future__ import annotations

import hashlib
import random
import shlex
import shutil
import tempfile
import time
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import platformdirs
import pymupdf

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services, intake_service
from telvalid_desktop.core.correspondence.letterhead import write_letterhead
from telvalid_desktop.core.correspondence.letters import local_date
from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.lifecycle.procedures import import_export
from telvalid_desktop.core.supervision.validation_export import export_validations
from telvalid_desktop.core.workspace import Workspace, current_user, open_workspace
from telvalid_desktop.db.database import redacted
from telvalid_desktop.db.models import Dossier, KnownProcedure, Page, StoredFile, Submission, User, utc_now
from telvalid_desktop.domain import Channel
from telvalid_desktop.intake.separator import separator_sheet_pdf
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.messages import message
from telvalid_desktop.paths import APP_NAME
from telvalid_desktop.samples.bank_documents import rib_pdf
from telvalid_desktop.samples.batches import (
    DIGITAL,
    Envelope,
    PageTruth,
    SourcePage,
    make_batch,
    make_envelope,
    manager_export_csv,
)
from telvalid_desktop.samples.customers import Customer, random_customer, random_procedure_number
from telvalid_desktop.samples.letterhead import DEMO_LETTERHEAD
from telvalid_desktop.samples.scan_files import image_to_jpeg
from telvalid_desktop.samples.scans import PROFILES, scan_page

DEMO_MARKER = "DEMO.txt"  # its presence makes a folder a demo workspace (the window shows a banner)
EXAMPLES_DIR = "exemples"
TO_IMPORT_DIR = "a-importer"  # only scans: the whole folder can be dropped on the window
SEED = 2026
BATCH_PROFILE = "bitonal200"  # the mailroom's network scanner

# The dossiers the demo shows, in the order they are told.
SCENARIOS = ("split", "on_hold", "superseded", "replacement", "validated", "to_check", "email")
# What each kind of generated page proves, as a checklist item.
REQUIREMENT_OF = {"form": "signed_form", "id": "holder_id", "rib": "rib", "cheque": "crossed_cheque", "kbis": "kbis"}

MARKER_TEXT = """\
Espace de démonstration de TelValid Desktop, créé le {day}.
Toutes les données sont fictives : clients, numéros de procédure, IBAN, pièces d'identité et
courriers ont été générés par « telvalid demo ». N'y traitez aucun vrai dossier.
Des scans à importer vous-même sont dans {examples}/. Pour repartir de zéro : telvalid demo --reset {root}

TelValid Desktop demo workspace, created on {day}.
All the data is fictitious: customers, procedure numbers, IBANs, IDs and letters were generated
by "telvalid demo". Do not work on real dossiers here.
Scans to import yourself are in {examples}/. To start again: telvalid demo --reset {root}
"""

EXAMPLES_README = """\
Des scans fictifs à importer vous-même : glissez le dossier {to_import} (ou ses fichiers) sur la
fenêtre de TelValid Desktop ouverte sur la démonstration, ou Ctrl+O.

- fax-complement-{on_hold}.pdf : le client du dossier {on_hold}, en attente de son RIB, renvoie par
  fax la feuille de retour de son courrier, suivie du RIB. Le code de la feuille porte le numéro :
  le RIB rejoint le dossier, qui revient « complément reçu ».
- courrier-{newcomer}.pdf : un nouveau client envoie son formulaire et sa pièce d'identité ; le
  dossier {newcomer} se crée.
- photo-rib.jpg : la photo de son RIB, prise au téléphone, sans numéro : elle attend « à trier » ;
  attribuez-la au dossier {newcomer}.

export-manager.csv est l'export du manager déjà chargé dans la démonstration (les procédures
connues, {newcomer} compris).

Fictitious scans to import yourself: drop the {to_import} folder (or its files) on the TelValid
Desktop window opened on the demo, or press Ctrl+O.

- fax-complement-{on_hold}.pdf: the customer of dossier {on_hold}, on hold for a RIB, faxes back
  the return cover sheet of the letter with the RIB behind it; the sheet's code carries the
  number, so the RIB joins the dossier, which comes back with "complement received".
- courrier-{newcomer}.pdf: a new customer's form and ID; dossier {newcomer} is created.
- photo-rib.jpg: a phone photo of that customer's RIB, with no number: it waits in the unsorted
  queue for you to file it into dossier {newcomer}.

export-manager.csv is the manager's export the demo has loaded (known procedures, {newcomer} too).
"""


class DemoNotBuilt(CoreError):
    """The demo was not built; ``reason``: folder_not_empty, database_not_empty or intake_differs.

    Its text is a sentence for the person who asked (the window shows it as is).
    """

    def __init__(self, reason: str, **details: str) -> None:
        super().__init__(message(f"demo_{reason}").format(**details))
        self.reason = reason


@dataclass(frozen=True)
class DemoDossier:
    """One dossier the demo shows, as it stands once built."""

    procedure_number: str
    scenario: str  # one of SCENARIOS
    status: str
    channel: str  # how its first submission came ("" when it has none left: superseded)
    received_on: tuple[str, ...]  # the local day (ISO) each of its submissions arrived, oldest first
    superseded_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "procedure_number": self.procedure_number,
            "scenario": self.scenario,
            "status": self.status,
            "channel": self.channel,
            "submissions": len(self.received_on),
            "received_on": list(self.received_on),
            "superseded_by": self.superseded_by,
        }


@dataclass(frozen=True)
class DemoSummary:
    """What the demo holds: its dossiers, the mailroom's batch, and the files it wrote."""

    root: Path
    database_url: str  # "" when the database is the SQLite file in ``root``
    dossiers: tuple[DemoDossier, ...]
    batch_file: str  # name of the day's mailroom scan
    batch_envelopes: int
    separator_sheets: int
    unsorted: int  # envelopes waiting for a number
    letter: Path  # the hold letter, under letters/
    export: Path  # the billing export holding the validated dossier
    examples: Path  # scans left for the newcomer to import
    pages: int  # pages the intake read
    seconds: float

    def dossier(self, scenario: str) -> DemoDossier:
        return next(dossier for dossier in self.dossiers if dossier.scenario == scenario)

    def to_json(self) -> dict[str, Any]:
        """The ``telvalid demo --json`` object (a contract: keys are only ever added)."""
        return {
            "root": str(self.root),
            "database": redacted(self.database_url),
            "dossiers": [dossier.to_json() for dossier in self.dossiers],
            "batch": {
                "file": self.batch_file,
                "envelopes": self.batch_envelopes,
                "separator_sheets": self.separator_sheets,
            },
            "unsorted": self.unsorted,
            "letter": str(self.letter),
            "export": str(self.export),
            "examples": str(self.examples),
            "pages": self.pages,
            "seconds": round(self.seconds, 1),
        }


def default_demo_root() -> Path:
    """In the user's data directory, beside (never inside) the default workspace."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo"


def is_demo_workspace(root: Path) -> bool:
    """Whether ``root`` is a demo workspace (its marker says the data is fictitious)."""
    return (root / DEMO_MARKER).is_file()


@dataclass(frozen=True)
class _Cast:
    """The demo's customers and the numbers of their forms, per role in the story."""

    customers: dict[str, Customer]
    numbers: dict[str, str]
    generated: dict[str, datetime]  # when the manager generated each form (UTC)


@dataclass(frozen=True)
class _Scan:
    """A file the demo imports, and the number each of its envelopes must be filed under."""

    name: str
    data: bytes
    truths: list[PageTruth]
    envelopes: list[str | None]
    channel: Channel
    received_at: datetime


def _cast(rng: random.Random, now: datetime) -> _Cast:
    """Individuals paying by direct debit, but a company paying by cheque (all five items)."""
    roles = ("validated", "on_hold", "split", "superseded", "email", "newcomer", "unsorted")
    customers = {role: random_customer(rng, company=False, payment_method="direct_debit") for role in roles}
    customers["to_check"] = random_customer(rng, company=True, payment_method="cheque")
    customers["replacement"] = customers["superseded"]  # the customer generated the form again
    numbers: dict[str, str] = {}
    for role in (*SCENARIOS, "newcomer"):
        number = random_procedure_number(rng, 8)
        while number in numbers.values():
            number = random_procedure_number(rng, 8)
        numbers[role] = number
    generated = {role: now - timedelta(days=rng.randint(3, 8), hours=rng.randint(0, 9)) for role in numbers}
    generated["superseded"] = now - timedelta(days=12)
    generated["replacement"] = now - timedelta(days=2)  # newer: it wins
    return _Cast(customers, numbers, generated)


def _previous_working_day(now: datetime) -> datetime:
    """When the day before's mail came: the last weekday before today (local), same hour."""
    moment = now - timedelta(days=1)
    while local_date(moment).weekday() >= 5:
        moment -= timedelta(days=1)
    return moment


def _scan(
    rng: random.Random,
    name: str,
    envelopes: Sequence[Envelope],
    *,
    profile: str = BATCH_PROFILE,
    channel: Channel = Channel.POST,
    received_at: datetime,
) -> _Scan:
    separator = separator_sheet_pdf() if len(envelopes) > 1 else None
    data, truths = make_batch(rng, envelopes, profile=profile, separator_pdf=separator)
    return _Scan(name, data, truths, [envelope.procedure_number for envelope in envelopes], channel, received_at)


def _mail(rng: random.Random, cast: _Cast, now: datetime) -> list[_Scan]:
    """The day before's batch, the day's batch (separator sheets between envelopes) and an e-mail."""

    def envelope(role: str, **options: Any) -> Envelope:
        return make_envelope(rng, number=cast.numbers[role], customer=cast.customers[role], **options)

    day_before = _previous_working_day(now)
    earlier = [
        envelope("split", documents=[]),  # the form alone: the RIB and ID come the next day
        envelope("superseded", documents=["id"]),
    ]
    today = [
        envelope("validated"),
        envelope("on_hold", documents=["id"]),  # the RIB was forgotten
        envelope("split", kind="complement", documents=["rib", "id"], handwritten=False),
        make_envelope(rng, kind="no_number", customer=cast.customers["unsorted"], documents=["rib", "id"]),
        envelope("replacement", documents=["rib"]),  # the new form, and the RIB
        envelope("to_check"),
    ]
    return [
        _scan(rng, f"lot-courrier-{local_date(day_before).isoformat()}.pdf", earlier, received_at=day_before),
        _scan(rng, f"lot-courrier-{local_date(now).isoformat()}.pdf", today, received_at=now),
        _scan(
            rng,
            f"courriel-{cast.numbers['email']}.pdf",
            [envelope("email")],
            profile=DIGITAL,  # the form as the manager generated it, the documents as PDFs
            channel=Channel.EMAIL,
            received_at=now,
        ),
    ]


def _ingest(workspace: Workspace, services: Services, scans: Sequence[_Scan], say: Callable[[str], None]) -> None:
    """Each scan through the intake, checked against the plan: the story needs every envelope filed."""
    with tempfile.TemporaryDirectory(prefix="telvalid-demo-") as scratch, PageWorkers() as workers:
        intake = intake_service(services, workers)
        for scan in scans:
            say(message("demo_reading").format(name=scan.name, pages=len(scan.truths)))
            path = Path(scratch) / scan.name
            path.write_bytes(scan.data)
            outcome = intake.ingest(path, channel=scan.channel, received_at=scan.received_at)
            filed = [submission.procedure_number for submission in outcome.submissions] if outcome else []
            if filed != scan.envelopes:
                raise DemoNotBuilt("intake_differs", detail=f"{scan.name}: {filed} / {scan.envelopes}")


def _tick_what_came(services: Services, number: str, kinds: dict[tuple[str, int], str]) -> None:
    """Tick each required item on the pages that show it, as a technician looking at them would."""
    dossier = services.dossiers.get(number)
    pages = (
        Page.select(Page.id, StoredFile.sha256, Page.index)
        .join(StoredFile)
        .switch(Page)
        .join(Submission)
        .where(Submission.dossier == dossier.id)
        .order_by(Page.id)
        .tuples()
    )
    shown: dict[str, list[int]] = {}
    # (page id, sha256, index) rows: peewee's stubs cannot type .tuples() (typing.cast: `cast` names the demo's cast)
    for page_id, sha256, index in typing.cast(Iterable[tuple[int, str, int]], pages):
        code = REQUIREMENT_OF.get(kinds.get((sha256, index), ""))
        if code:
            shown.setdefault(code, []).append(page_id)
    for code in services.checklist.required_codes(dossier.id):
        if code in shown:
            services.checklist.tick(dossier.id, code, shown[code], services.user)


def _work(services: Services, scans: Sequence[_Scan], cast: _Cast, root: Path) -> tuple[Path, Path]:
    """The technician's day: validate and export one, hold one with its letter, supersede one.

    Returns the letter and the billing export written.
    """
    kinds = {
        (hashlib.sha256(scan.data).hexdigest(), index): truth.kind
        for scan in scans
        for index, truth in enumerate(scan.truths)
    }
    numbers, actor = cast.numbers, services.user
    _tick_what_came(services, numbers["validated"], kinds)
    services.validation.validate(numbers["validated"], actor)
    _tick_what_came(services, numbers["on_hold"], kinds)
    services.validation.put_on_hold(numbers["on_hold"], actor, ["rib"], "RIB manquant")
    letter = services.letters.write_hold_letter(services.dossiers.get(numbers["on_hold"]).id, actor)
    services.supersession.supersede(numbers["superseded"], actor)
    exports = root / "exports"
    exports.mkdir(exist_ok=True)
    export = export_validations(exports / f"facturation-{local_date(utc_now()).isoformat()}.csv", "csv", actor)
    return services.letters.letter_file(letter), export.path


def _examples(rng: random.Random, cast: _Cast, letter: Path, folder: Path) -> None:
    """Scans the newcomer imports: a fax complement behind the letter's cover sheet, a new customer's
    envelope, and a phone photo with no number for them to file by hand."""
    to_import = folder / TO_IMPORT_DIR
    to_import.mkdir(parents=True)
    on_hold, newcomer = cast.numbers["on_hold"], cast.numbers["newcomer"]
    printed = letter.read_bytes()
    with pymupdf.open("pdf", printed) as document:
        cover_sheet = document.page_count - 1
    returned = [
        SourcePage(printed, cover_sheet, "cover", number_on_page=True),
        SourcePage(rib_pdf(cast.customers["on_hold"], rng), 0, "rib"),
    ]
    fax = Envelope(on_hold, returned, complement=True, kind="complement", customer=cast.customers["on_hold"])
    (to_import / f"fax-complement-{on_hold}.pdf").write_bytes(make_batch(rng, [fax], profile="fax")[0])
    envelope = make_envelope(rng, number=newcomer, customer=cast.customers["newcomer"], documents=["id"])
    (to_import / f"courrier-{newcomer}.pdf").write_bytes(make_batch(rng, [envelope], profile=BATCH_PROFILE)[0])
    photo = scan_page(rib_pdf(cast.customers["newcomer"], rng), 0, PROFILES["photo"], rng)
    (to_import / "photo-rib.jpg").write_bytes(image_to_jpeg(photo))
    text = EXAMPLES_README.format(to_import=TO_IMPORT_DIR, on_hold=on_hold, newcomer=newcomer)
    (folder / "LISEZMOI.txt").write_text(text, encoding="utf-8")


def _demo_dossier(scenario: str, number: str) -> DemoDossier:
    dossier = Dossier.get(Dossier.procedure_number == number)
    arrivals = list(
        typing.cast(  # (received at, channel) rows: peewee's stubs cannot type .tuples()
            Iterable[tuple[datetime, str]],
            Submission.select(Submission.received_at, StoredFile.channel)
            .join(StoredFile)
            .where(Submission.dossier == dossier.id)
            .order_by(Submission.received_at, Submission.id)
            .tuples(),
        )
    )
    return DemoDossier(
        procedure_number=number,
        scenario=scenario,
        status=dossier.status,
        channel=arrivals[0][1] if arrivals else "",
        received_on=tuple(local_date(at).isoformat() for at, _ in arrivals),
        superseded_by=dossier.superseded_by,
    )


def _fill(workspace: Workspace, say: Callable[[str], None], started: float) -> DemoSummary:
    if any(model.select().exists() for model in (Dossier, StoredFile, KnownProcedure, User)):
        raise DemoNotBuilt("database_not_empty", url=redacted(workspace.database_url))
    rng, now = random.Random(SEED), utc_now()
    say(message("demo_preparing"))
    cast = _cast(rng, now)
    examples = workspace.root / EXAMPLES_DIR
    examples.mkdir()
    export_file = examples / "export-manager.csv"
    known = [(number, cast.customers[role], cast.generated[role]) for role, number in cast.numbers.items()]
    export_file.write_text(manager_export_csv(known), encoding="utf-8")
    import_export(export_file)
    scans = _mail(rng, cast, now)
    services = build_services(workspace, Settings(), current_user())
    write_letterhead(DEMO_LETTERHEAD, services.user)  # the demo's letters are signed by its fictitious operator
    _ingest(workspace, services, scans, say)
    say(message("demo_working"))
    letter, export = _work(services, scans, cast, workspace.root)
    say(message("demo_examples"))
    _examples(rng, cast, letter, examples)
    batch = scans[1]
    return DemoSummary(
        root=workspace.root,
        database_url=workspace.database_url,
        dossiers=tuple(_demo_dossier(scenario, cast.numbers[scenario]) for scenario in SCENARIOS),
        batch_file=batch.name,
        batch_envelopes=len(batch.envelopes),
        separator_sheets=sum(truth.kind == "separator" for truth in batch.truths),
        unsorted=Submission.select().where(Submission.dossier.is_null()).count(),
        letter=letter,
        export=export,
        examples=examples / TO_IMPORT_DIR,
        pages=sum(len(scan.truths) for scan in scans),
        seconds=time.monotonic() - started,
    )


def build_demo(
    root: Path, *, database_url: str | None = None, progress: Callable[[str], None] | None = None
) -> DemoSummary:
    """Build the demo in ``root`` (new or empty) and its database (``database_url``, else as
    ``open_workspace`` decides; it must hold nothing yet), then close it; ``progress`` gets a
    sentence per step. On failure the folder is left as it was found (a database server keeps
    what was written: a second try is then refused as a database not empty).
    """
    started = time.monotonic()
    root = root.expanduser().resolve()
    existed = root.exists()
    if existed and (not root.is_dir() or any(root.iterdir())):
        raise DemoNotBuilt("folder_not_empty", root=str(root))
    try:
        workspace = open_workspace(root, database_url)
        try:
            summary = _fill(workspace, progress or (lambda _text: None), started)
        finally:
            workspace.close()
        day = local_date(utc_now()).isoformat()
        marker = MARKER_TEXT.format(day=day, examples=EXAMPLES_DIR, root=shlex.quote(str(root)))
        (root / DEMO_MARKER).write_text(marker, encoding="utf-8")
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        if existed:
            root.mkdir()
        raise
    return summary
