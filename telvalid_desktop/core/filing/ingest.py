"""Taking in input files: store, read every page, cut into submissions, file into dossiers.

One file at a time, in one database transaction, so an interrupted or failing file
never leaves half an import behind and never touches what was imported before.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import peewee

from telvalid_desktop.core.filing.email_intake import EmailIntake, earlier_import, expand_email, scratch_folder
from telvalid_desktop.core.filing.outcomes import FileOutcome, outcome_from_store
from telvalid_desktop.core.lifecycle.dossiers import DossierService
from telvalid_desktop.core.lifecycle.procedures import known_numbers
from telvalid_desktop.core.team_policy import read_policy
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Dossier, Page, Rejection, StoredFile, Submission, utc_now
from telvalid_desktop.db.store import sha256_of
from telvalid_desktop.domain import Channel, ImportStatus, NumberSource
from telvalid_desktop.intake.email_number import one_sending
from telvalid_desktop.intake.email_reader import email_kind, read_email
from telvalid_desktop.intake.errors import RejectReason, UnreadableFile
from telvalid_desktop.intake.loaders import probe
from telvalid_desktop.intake.separation import (
    PlannedSubmission,
    may_be_a_letter,
    plan_submissions,
    split_at_letter,
)
from telvalid_desktop.intake.trust import Verdict, body_verdict
from telvalid_desktop.intake.types import NumberReading, PageAnalysis
from telvalid_desktop.intake.workers import PageWorkers
from telvalid_desktop.messages import message

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]


def expand_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and the files inside folders (recursively, hidden ones skipped)."""
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(part.startswith(".") for part in relative):
                    yield child
        else:
            yield path


def crop_path(sha256: str, index: int) -> str:
    """Where the header crop of a page is kept, relative to the workspace (derived data)."""
    return f"derived/crops/{sha256[:2]}/{sha256}-{index}.png"


@dataclass(frozen=True)
class _PlacedSubmission:
    plan: PlannedSubmission
    verdict: Verdict
    source: NumberSource


# Pages of an envelope with no header number read whole for a quoted number (about a second each).
BODY_PAGES_PER_ENVELOPE = 3
# One file of these is one sending (an e-mail's attachment, a fax, a photo): pages before its
# number are its own, as in an envelope between separator sheets.
SINGLE_ENVELOPE_CHANNELS = frozenset({Channel.EMAIL, Channel.FAX, Channel.PHONE})


def _quoted_in(
    plan: PlannedSubmission, bodies: dict[int, NumberReading | None], known: frozenset[str]
) -> tuple[int | None, NumberReading | None]:
    """The page of ``plan`` whose quoted number to use: the first one trusted, else the first one read."""
    read = [(page, bodies[page]) for page in plan.pages if bodies.get(page) is not None]
    for page, body in read:
        if body_verdict(body, known).number is not None:
            return page, body
    return read[0] if read else (None, None)


def _held(number: str) -> bool:
    """A dossier holds ``number`` (a complement's procedure the export may not list)."""
    return Dossier.select().where(Dossier.procedure_number == number).exists()


def _vouched(reading: NumberReading | None, known: frozenset[str]) -> NumberReading | None:
    """A number quoted after a bare "Réf." counts only for a known procedure (``trust``): one the export
    does not list but a dossier already holds (a complement's fax cover sheet, no export loaded) is
    known too, and counts as any quoted number."""
    if reading is None or not reading.reference or reading.number in known:
        return reading
    return replace(reading, reference=False) if _held(reading.number) else reading


NAME_MAX_BYTES = 255  # what Linux and Windows file systems allow for one name


def readable(name: str) -> str:
    """A file name as text the database and notes can hold: an old share's Latin-1 bytes (seen by
    Python as surrogates) are read as Windows-1252, so "relevé" stays "relevé", never an error."""
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def fitting_name(prefix: str, name: str, companion: str = "") -> str:
    """``prefix + name`` cut in its stem so that it, and it with ``companion`` added, fit one file name."""
    room = NAME_MAX_BYTES - len(os.fsencode(prefix + companion))
    encoded = os.fsencode(name)
    if len(encoded) <= room:
        return prefix + name
    suffix = Path(name).suffix[:16]
    stem = encoded[: room - len(os.fsencode(suffix))].decode("utf-8", errors="ignore")  # whole characters
    return prefix + stem + suffix


class IngestService:
    """Runs the intake for a workspace; the CLI and the window both drive it."""

    def __init__(
        self,
        workspace: Workspace,
        workers: PageWorkers,
        dossiers: DossierService,
        *,
        user: str,
        max_envelope_pages: int | None = None,
    ) -> None:
        self.workspace = workspace
        self.workers = workers
        self.dossiers = dossiers
        self.user = user  # who imports: kept on every stored file and received submission
        # More document pages: a missed separator sheet? None: the team's policy, read at each file.
        self.max_envelope_pages = max_envelope_pages

    def ingest(
        self,
        path: Path,
        *,
        channel: Channel = Channel.POST,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
        received_at: datetime | None = None,
    ) -> FileOutcome | None:
        """Take in one file; ``None`` only when cancelled (nothing of it is kept then).

        ``received_at`` (naive UTC, default now) is when the mail came in: it dates the file, its
        envelopes and their dossiers' arrival (the demo files a customer's first sending the day before).
        """
        given = readable(str(path))  # printed and shown: text, whatever bytes the name was made of
        try:
            sha256 = sha256_of(path)
        except OSError as failure:
            return self._reject(path, None, UnreadableFile(RejectReason.MISSING, str(failure)))
        existing = StoredFile.get_or_none(StoredFile.sha256 == sha256) or earlier_import(sha256)
        if existing is not None:
            return outcome_from_store(existing, given, ImportStatus.DUPLICATE)
        try:
            kind = email_kind(path)
            if kind is not None:
                return self._ingest_email(path, sha256, kind, progress, cancel, received_at=received_at)
            return self._import(path, sha256, channel, progress, cancel, received_at=received_at)
        except UnreadableFile as unreadable:
            return self._reject(path, sha256, unreadable)
        except OSError as failure:
            return self._reject(path, sha256, UnreadableFile(RejectReason.MISSING, str(failure)))

    def _ingest_email(
        self,
        path: Path,
        sha256: str,
        kind: str,
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
        *,
        received_at: datetime | None,
    ) -> FileOutcome | None:
        """One e-mail, one submission on the e-mail channel: laid out as one file of pages first
        (its text, then its attachments'), then taken in as any file (``email_intake``)."""
        message = read_email(path, kind)
        earlier = earlier_import(sha256, message.message_id)  # the same message, other bytes
        if earlier is not None:
            return outcome_from_store(earlier, readable(str(path)), ImportStatus.DUPLICATE)
        with scratch_folder() as scratch:
            laid_out, email = expand_email(
                path, sha256, kind, message, scratch=Path(scratch), quarantine=self.workspace.quarantine
            )
            return self._import(
                laid_out, sha256_of(laid_out), Channel.EMAIL, progress, cancel, received_at=received_at, email=email
            )

    def _import(
        self,
        path: Path,
        sha256: str,
        channel: Channel,
        progress: ProgressCallback | None,
        cancel: threading.Event | None,
        *,
        received_at: datetime | None,
        email: EmailIntake | None = None,
    ) -> FileOutcome | None:
        """Take in the file at ``path`` (an e-mail's laid-out pages when ``email`` is given: the
        e-mail file is then what is named, shown and kept as the original)."""
        started = time.monotonic()  # probe to commit: what the mailroom waits for, per file
        given = email.original if email is not None else path
        probed = probe(path)
        stored_path = self.workspace.store.put(path, sha256, probed.media_type)
        analyses: list[PageAnalysis] = []
        for analysis in self.workers.analyze_pages(stored_path, probed.page_count, cancel):
            analyses.append(self._keep_crop(sha256, analysis))
            if progress is not None:
                progress(len(analyses), probed.page_count, given.name)
        if len(analyses) < probed.page_count:
            return None
        analyses = [
            _undecodable(analysis) if analysis.index + 1 in probed.missing_pages else analysis for analysis in analyses
        ]
        known = known_numbers()
        analyses = [replace(analysis, reading=_vouched(analysis.reading, known)) for analysis in analyses]
        if email is not None:  # its text page's words are the e-mail's, not a header: read apart
            analyses[: email.text_pages] = [
                replace(analysis, reading=None, label_seen=False) for analysis in analyses[: email.text_pages]
            ]
        single_envelope = channel in SINGLE_ENVELOPE_CHANNELS
        limit = self.max_envelope_pages if self.max_envelope_pages is not None else read_policy().max_envelope_pages
        plans = plan_submissions(analyses, known, limit, single_envelope=single_envelope)
        # An e-mail quoting its number needs no full-page read of its scans to find one.
        quoting = email is not None and email.quoted is not None
        read = {} if quoting else self._read_bodies(plans, analyses, stored_path, known)
        bodies = {page: _vouched(body, known) for page, body in read.items()}
        placed: list[_PlacedSubmission] = []
        for plan in plans:
            page, body = _quoted_in(plan, bodies, known)
            parts = [plan] if page is None else split_at_letter(plan, page, analyses, single_envelope=single_envelope)
            placed.extend(self._place(part, body if page in part.pages else None, known) for part in parts)
            if body is not None and page is not None:  # kept for the window to show
                analyses[page] = self._keep_crop(sha256, replace(analyses[page], reading=body))
        if email is not None:
            placed = [self._place_email(placed, analyses, email, known)]
        try:
            with self.workspace.database.atomic():
                received = received_at or utc_now()
                stored = StoredFile.create(
                    sha256=sha256,
                    original_name=readable(given.name),
                    original_path=readable(str(given)),
                    media_type=probed.media_type,
                    size_bytes=probed.size_bytes,
                    page_count=probed.page_count,
                    channel=channel.value,
                    imported_at=received,
                    imported_by=self.user,
                )
                self._save(stored, analyses, placed, received)
                if email is not None:
                    email.record(self.workspace, stored)
                stored.analysis_seconds = time.monotonic() - started
                stored.save(only=[StoredFile.analysis_seconds])
        except peewee.IntegrityError:  # the same bytes (or e-mail) were imported meanwhile elsewhere
            earlier = StoredFile.get_or_none(StoredFile.sha256 == sha256)
            if email is not None:
                earlier = earlier_import(email.original_sha256, email.message.message_id) or earlier
            if earlier is None:
                raise
            return outcome_from_store(earlier, readable(str(given)), ImportStatus.DUPLICATE)
        log.info("imported %s: %d pages, %d submissions", given, probed.page_count, len(placed))
        return outcome_from_store(stored, readable(str(given)), ImportStatus.IMPORTED)

    def _place_email(
        self, placed: list[_PlacedSubmission], analyses: list[PageAnalysis], email: EmailIntake, known: frozenset[str]
    ) -> _PlacedSubmission:
        """An e-mail's pages as its one submission: the number its words quote held against its headers'."""
        quoted = _vouched(email.quoted, known)
        if quoted is not None and known and _held(quoted.number):  # a dossier knows it, as the export would
            known = known | {quoted.number}
        plan, verdict, from_words = one_sending([(item.plan, item.verdict) for item in placed], analyses, quoted, known)
        if quoted is not None and email.text_pages:  # shown on its text page, beside the attachments' own
            analyses[0] = replace(analyses[0], reading=quoted)
        if verdict.number is None:
            return _PlacedSubmission(plan, verdict, NumberSource.NONE)
        if from_words:
            return _PlacedSubmission(plan, verdict, NumberSource.BODY)
        sources = {item.source for item in placed if item.verdict.number == verdict.number}
        source = NumberSource.HEADER if NumberSource.HEADER in sources else NumberSource.BODY
        return _PlacedSubmission(plan, verdict, source)

    def _read_bodies(
        self, plans: list[PlannedSubmission], analyses: list[PageAnalysis], stored_path: Path, known: frozenset[str]
    ) -> dict[int, NumberReading | None]:
        """Full-page reads of envelopes with no number in any header: a letter quoting it may be
        the first page or sit behind a fax cover sheet or the ID card, so up to
        ``BODY_PAGES_PER_ENVELOPE`` pages each, one round at a time (the workers share a
        round), until a page gives a number that can be trusted."""
        waiting = {
            position: [index for index in plan.pages if may_be_a_letter(analyses[index])][:BODY_PAGES_PER_ENVELOPE]
            for position, plan in enumerate(plans)
            if plan.verdict.number is None and not plan.has_header_readings
        }
        waiting = {position: indices for position, indices in waiting.items() if indices}
        bodies: dict[int, NumberReading | None] = {}
        while waiting:
            pages = [indices.pop(0) for indices in waiting.values()]
            bodies.update(zip(pages, self.workers.read_bodies(stored_path, pages), strict=True))
            waiting = {
                position: indices
                for position, indices in waiting.items()
                if indices and body_verdict(_quoted_in(plans[position], bodies, known)[1], known).number is None
            }
        return bodies

    @staticmethod
    def _place(plan: PlannedSubmission, body: NumberReading | None, known: frozenset[str]) -> _PlacedSubmission:
        """The submission's number: from its headers, else quoted in its cover letter, else none."""
        if plan.verdict.number is not None:
            return _PlacedSubmission(plan, plan.verdict, NumberSource.BODY if plan.quoted else NumberSource.HEADER)
        if body is None:
            return _PlacedSubmission(plan, plan.verdict, NumberSource.NONE)
        verdict = body_verdict(body, known)
        source = NumberSource.BODY if verdict.number is not None else NumberSource.NONE
        return _PlacedSubmission(plan, verdict, source)

    def _keep_crop(self, sha256: str, analysis: PageAnalysis) -> PageAnalysis:
        """Write the header crop beside the store (derived data) and drop it from memory."""
        reading = analysis.reading
        if reading is None or reading.crop_png is None:
            return analysis
        target = self.workspace.root / crop_path(sha256, analysis.index)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(reading.crop_png)
        return replace(analysis, reading=replace(reading, crop_png=None))

    def _save(
        self, stored: StoredFile, analyses: list[PageAnalysis], placed: list[_PlacedSubmission], received: datetime
    ) -> None:
        owner: dict[int, tuple[Submission, _PlacedSubmission]] = {}
        for position, item in enumerate(placed):
            number = item.verdict.number
            dossier = None
            if number is not None:
                dossier = self.dossiers.receive_submission(
                    number, self.user, f"file {stored.original_name}", at=received
                )
            submission = Submission.create(
                file=stored,
                position=position,
                procedure_number=number,
                dossier=dossier,
                number_source=item.source.value,
                needs_review=number is None or bool(item.plan.flags),
                review_reason=item.verdict.doubt.value or ",".join(item.plan.flags),
                received_at=received,
            )
            for index in item.plan.pages:
                owner[index] = (submission, item)
        for analysis in analyses:
            self._save_page(stored, analysis, owner.get(analysis.index))

    def _save_page(
        self,
        stored: StoredFile,
        analysis: PageAnalysis,
        owner: tuple[Submission, _PlacedSubmission] | None,
    ) -> None:
        reading = analysis.reading
        crop = crop_path(stored.sha256, analysis.index)
        box = reading.box if reading is not None else None
        Page.create(
            file=stored,
            index=analysis.index,
            submission=owner[0] if owner else None,
            is_blank=analysis.is_blank,
            is_separator=analysis.is_separator,
            number_read=reading.number if reading else None,
            read_method=reading.method.value if reading else "",
            read_where=reading.where if reading else "",
            read_confidence=reading.confidence if reading else None,
            read_box=json.dumps([box.x0, box.y0, box.x1, box.y1]) if box else "",
            read_rotation=reading.rotation if reading else 0,
            crop_path=crop if (self.workspace.root / crop).exists() else "",
            disagrees=owner is not None and analysis.index in owner[1].plan.disagreeing,
            error=analysis.error or "",
        )

    def _reject(self, path: Path, sha256: str | None, unreadable: UnreadableFile) -> FileOutcome:
        """Keep a copy in quarantine with a note saying why; the batch goes on."""
        log.warning("rejected %s: %s", path, unreadable)
        quarantined, detail = "", readable(unreadable.detail)  # the detail may quote the name
        if path.is_file():
            folder = self.workspace.quarantine / datetime.now().strftime("%Y-%m-%d")
            folder.mkdir(parents=True, exist_ok=True)
            # Named in readable text (the copy of an old share's Latin-1 name too), short enough with ".txt".
            target = folder / fitting_name(f"{(sha256 or 'unknown')[:12]}-", readable(path.name), ".txt")
            shutil.copy2(path, target)
            target.with_name(target.name + ".txt").write_text(
                f"{readable(str(path))}\n{message(unreadable.reason.value)}\n{unreadable.reason.value}\n{detail}\n",
                encoding="utf-8",
            )
            quarantined = str(target)
        Rejection.create(
            sha256=sha256 or "",
            original_path=readable(str(path)),
            reason=unreadable.reason.value,
            detail=detail,
            quarantine_path=quarantined,
        )
        return FileOutcome(
            file=readable(str(path)),
            status=ImportStatus.REJECTED,
            error_code=unreadable.reason.value,
            detail=detail or None,
            sha256=sha256,
            quarantine_path=quarantined or None,
        )


def _undecodable(analysis: PageAnalysis) -> PageAnalysis:
    """A page standing in for a frame of an image file that no library decodes: kept, marked
    unreadable, never taken for a blank back or a separator sheet."""
    return PageAnalysis(
        index=analysis.index,
        width_pt=analysis.width_pt,
        height_pt=analysis.height_pt,
        error=f"frame {analysis.index + 1} of the file could not be decoded",
    )
