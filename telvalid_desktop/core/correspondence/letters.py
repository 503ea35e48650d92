"""Letters to customers about a dossier on hold: written as PDF in the workspace, recorded, kept.

After a hold, the caller asks for the hold letter (``write_hold_letter``): the PDF goes
under ``letters/<number>/`` in the workspace and a ``Letter`` row records its path,
sha256, language and the items asked for. Letters are never rewritten: reprinting
opens the same file (``letters_of``, ``letter_file``). A reminder run writes one PDF for
many dossiers to print at once, and each dossier's own reminder beside its other letters.

What the letter asks for is the hold's items that are not received (missing, or refused
with the reason); a hold that named no item asks for every item not received.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Collection, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import pymupdf

from telvalid_desktop.core.correspondence.letter_content import (
    LetterContent,
    LetterKind,
    RequestedItem,
    check_language,
    email_text,
    refusal_sentence,
    window_address,
)
from telvalid_desktop.core.correspondence.letter_pdf import letter_pdf
from telvalid_desktop.core.correspondence.letterhead import read_letterhead
from telvalid_desktop.core.errors import CoreError
from telvalid_desktop.core.lifecycle.checklist import ChecklistService
from telvalid_desktop.core.lifecycle.dossiers import DossierService, dossier_by_id, record_change
from telvalid_desktop.core.roles import Permission, requires
from telvalid_desktop.core.team_policy import read_policy
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Dossier, Hold, KnownProcedure, Letter, database_proxy, utc_now
from telvalid_desktop.domain import DossierStatus, ItemStatus

LETTERS_DIR = "letters"


class LetterNotPossible(CoreError):
    """No letter can be written for this dossier now.

    ``reason`` is ``letter_not_on_hold`` (only a dossier on hold waits for documents) or
    ``letter_nothing_to_ask`` (every item the hold named has been received since) or
    ``letter_no_letterhead`` (no lead has filled in the team's letterhead yet: a letter must not
    go out under a made-up company's name).
    """

    def __init__(self, procedure_number: str, reason: str) -> None:
        super().__init__(f"{procedure_number}: {reason}")
        self.procedure_number = procedure_number
        self.reason = reason


def latest_hold(dossier_id: int) -> Hold | None:
    return Hold.select().where(Hold.dossier == dossier_id).order_by(Hold.at.desc(), Hold.id.desc()).first()


def letters_of(dossier_id: int) -> list[Letter]:
    """The letters written for a dossier, newest first (each kept exactly as printed)."""
    return list(Letter.select().where(Letter.dossier == dossier_id).order_by(Letter.at.desc(), Letter.id.desc()))


def local_date(moment: datetime) -> date:
    """The local calendar day of a stored UTC timestamp (what a letter prints)."""
    return moment.replace(tzinfo=UTC).astimezone().date()


class LetterService:
    """Builds, writes and records letters for the dossiers of one workspace."""

    def __init__(
        self,
        workspace: Workspace,
        checklist: ChecklistService,
        dossiers: DossierService | None = None,
    ) -> None:
        self.workspace = workspace
        self.checklist = checklist  # the session's: only its reads are used (checklist, rules)
        self.dossiers = dossiers if dossiers is not None else DossierService()

    # --- content -------------------------------------------------------------------------------

    def content(
        self,
        dossier_id: int,
        language: str = "fr",
        *,
        kind: LetterKind = LetterKind.HOLD,
        now: datetime | None = None,
    ) -> LetterContent:
        """What the letter for a dossier on hold says today.

        Args:
            dossier_id: the dossier (it must be on hold).
            language: "fr" or "en".
            kind: hold letter or reminder (a reminder counts the days on hold).
            now: UTC time taken as now (tests); the letter is dated with its local day.

        Raises:
            LetterNotPossible: not on hold, nothing left to ask for, or no letterhead.
        """
        check_language(language)
        dossier = dossier_by_id(dossier_id)
        if dossier.status != DossierStatus.ON_HOLD:
            raise LetterNotPossible(dossier.procedure_number, "letter_not_on_hold")
        hold = latest_hold(dossier_id)
        asked = json.loads(hold.items) if hold is not None and hold.items else []
        moment = now if now is not None else utc_now()
        return self._content(dossier, asked, language, kind=kind, moment=moment, hold=hold)

    def preview_content(self, dossier_id: int, codes: Collection[str], language: str = "fr") -> LetterContent:
        """What the hold letter will say if the dossier is put on hold now asking for ``codes``
        (the hold dialog shows it before anything is written).

        Raises:
            LetterNotPossible: none of ``codes`` is still owed, or no letterhead.
        """
        check_language(language)
        if not codes:
            raise LetterNotPossible(dossier_by_id(dossier_id).procedure_number, "letter_nothing_to_ask")
        return self._content(dossier_by_id(dossier_id), codes, language, kind=LetterKind.HOLD, moment=utc_now())

    def _content(
        self,
        dossier: Dossier,
        asked: Collection[str],
        language: str,
        *,
        kind: LetterKind,
        moment: datetime,
        hold: Hold | None = None,
    ) -> LetterContent:
        items = self.requested_items(dossier.id, asked, language)
        if not items:
            raise LetterNotPossible(dossier.procedure_number, "letter_nothing_to_ask")
        sender = read_letterhead()
        if not sender.complete:
            raise LetterNotPossible(dossier.procedure_number, "letter_no_letterhead")
        known = KnownProcedure.get_or_none(KnownProcedure.procedure_number == dossier.procedure_number)
        return LetterContent(
            kind=LetterKind(kind),
            language=language,
            procedure_number=dossier.procedure_number,
            written_on=local_date(moment),
            sender=sender,
            customer_name=known.customer_name if known else "",
            postal_address=window_address(
                known.customer_name,
                line1=known.address_line1,
                line2=known.address_line2,
                postal_code=known.postal_code,
                city=known.city,
                country=known.country,
            )
            if known
            else (),
            account=known.account if known else "",
            telephony_group=known.telephony_group if known else "",
            items=tuple(items),
            held_on=local_date(hold.at) if hold else None,
            days_on_hold=(moment - hold.at).days if hold else 0,
            reply_address=read_policy().reply_address,
        )

    def requested_items(self, dossier_id: int, asked: Collection[str], language: str) -> list[RequestedItem]:
        """The items ``asked`` (none: every item) not received, in the checklist's order, with labels
        and refusal reasons."""
        labels = {requirement.code: requirement.labels for requirement in self.checklist.rules.requirements}
        items = []
        for state in self.checklist.checklist(dossier_id):
            if state.state == ItemStatus.RECEIVED or (asked and state.code not in asked):
                continue
            names = labels.get(state.code, {})
            label = names.get(language) or names.get("fr") or state.code
            if state.state == ItemStatus.REFUSED:
                reason = refusal_sentence(state.reason, language)
                items.append(RequestedItem(state.code, label, refused=True, reason=reason, note=state.note.strip()))
            else:
                items.append(RequestedItem(state.code, label))
        return items

    # --- hold letter -----------------------------------------------------------------------------

    @requires(Permission.DECIDE)
    def write_hold_letter(self, dossier_id: int, actor: str, language: str = "fr") -> Letter:
        """Write the hold letter and its return cover sheet (one PDF) and record it.

        Call it after ``ValidationService.put_on_hold``. Raises ``LetterNotPossible``.
        """
        content = self.content(dossier_id, language, kind=LetterKind.HOLD)
        return self._write_one(dossier_id, content, letter_pdf(content), actor)

    def hold_email_text(self, dossier_id: int, language: str = "fr") -> str:
        """The hold letter as plain e-mail text (subject line first), for a "copy" button."""
        return email_text(self.content(dossier_id, language, kind=LetterKind.HOLD))

    def letters_of(self, dossier_id: int) -> list[Letter]:
        return letters_of(dossier_id)

    def letter_file(self, letter: Letter) -> Path:
        """The PDF of a letter, to print it again."""
        return self.workspace.root / letter.path

    # --- reminders -------------------------------------------------------------------------------

    @requires(Permission.DECIDE)
    def write_reminder_letters(
        self,
        numbers: Sequence[str],
        actor: str,
        language: str = "fr",
        *,
        out: Path | None = None,
        now: datetime | None = None,
    ) -> Path:
        """One PDF to print with, for each dossier, its reminder letter and cover sheet.

        Each dossier's reminder is also kept on its own and recorded (``Letter``, kind
        "reminder"). Every dossier is checked before anything is written.

        Args:
            numbers: procedure numbers of dossiers on hold.
            out: where to write the combined PDF (default: ``letters/reminders/`` in the workspace).
            now: UTC time taken as now (tests).
        """
        if not numbers:
            raise ValueError("no dossier to remind")
        moment = now if now is not None else utc_now()
        dossiers = [self.dossiers.get(number) for number in dict.fromkeys(numbers)]  # each once
        contents = [self.content(d.id, language, kind=LetterKind.REMINDER, now=moment) for d in dossiers]
        pdfs = [letter_pdf(content) for content in contents]
        written: list[Letter] = []
        try:
            with database_proxy.atomic():  # all the rows or none
                for dossier, content, pdf in zip(dossiers, contents, pdfs, strict=True):
                    written.append(self._write_one(dossier.id, content, pdf, actor, at=moment))
        except BaseException:
            for letter in written:
                self.letter_file(letter).unlink(missing_ok=True)
            raise
        combined = pymupdf.open()
        for pdf in pdfs:
            with pymupdf.open("pdf", pdf) as part:
                combined.insert_pdf(part)
        combined_bytes = combined.tobytes(garbage=3, deflate=True, no_new_id=True)
        combined.close()
        stamp = _stamp(moment)
        if out is None:
            target = _exclusive_write(
                self.workspace.root / LETTERS_DIR / "reminders", f"{stamp}-reminders", combined_bytes
            )
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            _atomic_write(out, combined_bytes)
            target = out
        return target

    # --- files and rows --------------------------------------------------------------------------

    def _write_one(
        self, dossier_id: int, content: LetterContent, pdf: bytes, actor: str, *, at: datetime | None = None
    ) -> Letter:
        moment = at if at is not None else utc_now()
        folder = self.workspace.root / LETTERS_DIR / content.procedure_number
        path = _exclusive_write(folder, f"{_stamp(moment)}-{content.kind.value}-{content.language}", pdf)
        try:
            with database_proxy.atomic():
                dossier = Dossier.get_by_id(dossier_id)
                record_change(dossier, actor, "letter_written", f"{content.kind.value} {content.language}")
                return Letter.create(
                    dossier=dossier,
                    kind=content.kind.value,
                    language=content.language,
                    items=json.dumps(content.item_codes),
                    path=path.relative_to(self.workspace.root).as_posix(),
                    sha256=hashlib.sha256(pdf).hexdigest(),
                    actor=actor,
                    at=moment,
                )
        except BaseException:
            path.unlink(missing_ok=True)  # no file without its row
            raise


def _stamp(moment: datetime) -> str:
    """Local date and time for file names: ``20260312-104512``."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y%m%d-%H%M%S")


def _exclusive_write(folder: Path, stem: str, data: bytes) -> Path:
    """Write ``data`` to a new file ``stem.pdf`` in ``folder`` (``stem-2.pdf``... if taken); never overwrites."""
    folder.mkdir(parents=True, exist_ok=True)
    for attempt in range(1, 1000):
        path = folder / (f"{stem}.pdf" if attempt == 1 else f"{stem}-{attempt}.pdf")
        try:
            with path.open("xb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except FileExistsError:
            continue
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path
    raise FileExistsError(folder / f"{stem}.pdf")


def _atomic_write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)
