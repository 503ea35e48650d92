"""Putting a dossier on hold and writing the customer's letters (the hold letter, reminders).

Letters are PDFs written by the core off the GUI thread (``db`` executor): the window stays
responsive, and a failure is explained in a message box.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.changes import Changes
from telvalid_desktop.core.correspondence.reminders import dossiers_awaiting_complement
from telvalid_desktop.domain import ItemStatus
from telvalid_desktop.gui.dialogs.hold_dialog import HoldChoice, HoldDialog, HoldDraft
from telvalid_desktop.gui.dialogs.letter_dialog import LetterDialog
from telvalid_desktop.gui.dialogs.reminders_dialog import RemindersDialog
from telvalid_desktop.gui.dossier_commands import DossierCommands
from telvalid_desktop.gui.error_text import REFUSALS, failure_text
from telvalid_desktop.gui.tasks import TaskRunner
from telvalid_desktop.gui.widgets.dossier_view import DossierView, after_reads
from telvalid_desktop.messages import current_language
from telvalid_desktop.read_models.dossier_detail import DossierDetail


class HoldLetters(QObject):
    """Owns the hold sequence (hold dialog, hold, letter dialog) and the reminder letters.

    The hold is written on the database thread through the view, like every other decision on the
    open dossier, and explained by ``commands.refused`` when refused.
    """

    changed = Signal(object)  # Changes: a letter written shows in the dossier's history

    def __init__(
        self,
        window: QMainWindow,
        services: Services,
        view: DossierView,
        commands: DossierCommands,
        tasks: TaskRunner,
        *,
        open_file: Callable[[QUrl], object],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.view = view
        self.commands = commands
        self.tasks = tasks
        self.open_file = open_file
        self._draft: tuple[int, HoldDraft] | None = None  # (dossier id, choices) left to look at its pages

    @after_reads
    def put_on_hold(self) -> None:
        """Ask which items the technician confirms missing (from the checklist on screen, saying which
        pages nobody has looked at), then hold on the database thread; the letter is written once the
        hold is recorded. Leaving the dialog to look at pages keeps its choices for the next time."""
        dossier, view = self.view.dossier, self.view
        if dossier is None or self.commands.editable_dossier_id() is None:
            return
        view.seen_pages.count_shown_page()  # the page on screen is looked at as the decision is taken
        unseen = view.unseen_rows()
        draft = self._draft[1] if self._draft is not None and self._draft[0] == dossier.id else None
        letters = self.services.letters
        dialog = HoldDialog(
            self._choices(dossier),
            len(unseen),
            self.window,
            draft=draft,
            letter=lambda codes, language: letters.preview_content(dossier.id, codes, language),
            tasks=self.tasks,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self._draft = (dossier.id, dialog.draft()) if dialog.wants_to_look() else None
        if dialog.wants_to_look() and unseen:
            view.show_page(unseen[0])
        if not accepted:
            return
        view.seen_pages.write()  # the looks are recorded before the hold
        codes, note, language = dialog.chosen_codes(), dialog.note_text(), dialog.letter_language()
        number, seen, services = dossier.procedure_number, dossier.version, self.services

        def held(changes: Changes) -> None:  # the window moves on once the letter is dealt with, so the
            # letter's dialog never comes up over the next dossier and catches keys meant for it
            self._write_hold_letter(dossier.id, number, language, then=lambda: self.commands.changed.emit(changes))

        self.view.in_background(
            lambda: services.validation.put_on_hold(number, services.user, codes, note, expected_version=seen),
            held,
            self.commands.refused,
        )

    def _choices(self, dossier: DossierDetail) -> list[HoldChoice]:
        """The items the customer may be asked for: those not received, a refused one with its reason."""
        refusals = self.view.checklist.refusal_labels()
        return [
            HoldChoice(
                item.code,
                self.view.labels.get(item.code, item.code),
                refusals.get(item.reason, "") if item.state == ItemStatus.REFUSED and item.reason else None,
            )
            for item in dossier.checklist
            if item.state != ItemStatus.RECEIVED
        ]

    @after_reads
    def write_letter_again(self) -> None:
        """A new copy of the hold letter (say the first one was lost, or the list of items changed)."""
        dossier = self.view.dossier
        if dossier is not None and self.commands.editable_dossier_id() is not None:
            self._write_hold_letter(dossier.id, dossier.procedure_number, current_language())

    def _write_hold_letter(
        self, dossier_id: int, number: str, language: str, then: Callable[[], None] = lambda: None
    ) -> None:
        """The letter to the customer, with its return cover sheet, written off the GUI thread; ``then``
        runs once its dialog (or the reason it was not written) is closed."""
        letters, user = self.services.letters, self.services.user

        def write() -> Path:
            return letters.letter_file(letters.write_hold_letter(dossier_id, user, language))

        def written(pdf: Path) -> None:
            self.changed.emit(Changes(dossiers=frozenset({dossier_id})))
            email = partial(letters.hold_email_text, dossier_id, language)
            LetterDialog(number, pdf, email, self.open_file, self.window).exec()
            then()

        def failed(failure: BaseException) -> None:
            if isinstance(failure, REFUSALS):
                text = failure_text(failure, self.view.labels)
            else:
                text = self.tr("Lettre non écrite : %1").replace("%1", str(failure))
            QMessageBox.warning(self.window, self.window.windowTitle(), text)
            then()

        self.tasks.run(write, on_done=written, on_error=failed, executor="db")

    def remind(self) -> None:
        """Reminder letters for customers whose dossier waits for a complement too long, in one PDF."""
        after_days = self.services.policy.read().reminder_after_days
        labels = self.view.labels
        dialog = RemindersDialog(
            dossiers_awaiting_complement(after_days, checklist=self.services.checklist),
            after_days,
            lambda code: labels.get(code, code),
            self.window,
        )
        if not dialog.exec():
            return
        numbers, language = dialog.chosen_numbers(), dialog.letter_language()
        letters, user = self.services.letters, self.services.user

        def written(pdf: Path) -> None:
            self.window.statusBar().showMessage(self.tr("%n relance(s) écrite(s)", "", len(numbers)), 8000)
            self.open_file(QUrl.fromLocalFile(str(pdf)))

        def failed(failure: BaseException) -> None:
            text = failure_text(failure, labels) if isinstance(failure, REFUSALS) else str(failure)
            QMessageBox.warning(
                self.window, self.window.windowTitle(), self.tr("Relances non écrites : %1").replace("%1", text)
            )

        self.tasks.run(lambda: letters.write_reminder_letters(numbers, user, language), written, failed, executor="db")
