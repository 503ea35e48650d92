"""One dossier on screen: its pages, the number's evidence, the checklist, documents and history."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Concatenate, ParamSpec, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.administration.services import Services
from telvalid_desktop.core.errors import DossierClaimed
from telvalid_desktop.core.lifecycle.dossier_detail import read_checklist_change, read_dossier_detail
from telvalid_desktop.domain import RulesSource
from telvalid_desktop.gui.models.dossier_table import status_label
from telvalid_desktop.gui.models.page_list import PageEntry, PageListModel
from telvalid_desktop.gui.render_service import RenderService
from telvalid_desktop.gui.review_reasons import review_reason_text
from telvalid_desktop.gui.seen_pages import SeenPages
from telvalid_desktop.gui.tasks import TaskRunner, unless_deleted
from telvalid_desktop.gui.time_text import local_time_text
from telvalid_desktop.gui.widgets.checklist_panel import ChecklistPanel
from telvalid_desktop.gui.widgets.history_panel import HistoryPanel
from telvalid_desktop.gui.widgets.number_evidence import NumberEvidence
from telvalid_desktop.gui.widgets.page_viewer import PageViewer
from telvalid_desktop.gui.widgets.thumbnail_strip import ThumbnailStrip
from telvalid_desktop.messages import current_language
from telvalid_desktop.read_models.dossier_detail import DossierDetail, LetterLine
from telvalid_desktop.read_models.pages import PageInfo


def _best_reading(pages: list[PageInfo], number: str) -> PageInfo | None:
    """The page whose reading of ``number`` is the most trustworthy (shown as evidence)."""
    readings = [page for page in pages if page.number_read == number]
    order = {"text": 3, "barcode": 2, "ocr": 1}
    return max(readings, key=lambda p: (order.get(p.read_method, 0), p.confidence or 0.0), default=None)


class _OnTheDossier(Protocol):
    view: DossierView


Owner = TypeVar("Owner", bound=_OnTheDossier)
T = TypeVar("T")
P = ParamSpec("P")


def after_reads(command: Callable[Concatenate[Owner, P], object]) -> Callable[Concatenate[Owner, P], None]:
    """A command method that reads the dossier on screen (its version, its items): run it once the
    reads under way are shown, in the order the keys were pressed (``DossierView.when_settled``)."""

    @functools.wraps(command)
    def in_order(owner: Owner, *args: P.args, **kwargs: P.kwargs) -> None:
        owner.view.when_settled(lambda: command(owner, *args, **kwargs))

    return in_order


class DossierView(QWidget):
    """Owns the widgets of the open dossier and its claim; service calls go through the window.

    The claim and the reading of a dossier run on the window's database thread (a server across
    a network costs a round trip per query): the dossier is shown when it arrives; until then
    ``dossier`` is None, so that no command acts on the one still on screen.
    """

    shown = Signal(int)  # the dossier (its id) is on screen, freshly read
    load_failed = Signal(object)  # the exception: the dossier could not be read
    claim_refused = Signal(str)  # who holds it
    page_rotation_requested = Signal(int, int)  # page id, degrees
    letter_open_requested = Signal(str)  # path of a letter's PDF, to print it again

    def __init__(
        self, services: Services, renderer: RenderService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.dossier: DossierDetail | None = None
        self.read_only = False
        # Each open (and each release) starts a new visit; reads come back in the order they were asked
        # (one database thread), and only those of the current visit are shown.
        self._visit = 0
        self._pending = 0  # reads and writes of dossiers asked and not back yet (of any visit)
        self._claimed: int | None = None  # the dossier this view asked to hold, until it gives it back
        self._waiting: list[Callable[[], object]] = []  # commands asked during a read, in order
        self.pages: list[PageInfo] = []
        language = current_language()
        requirements = services.checklist.rules.requirements
        self.labels = {req.code: req.labels[language] for req in requirements}
        self.short_labels = {req.code: req.short_labels.get(language, req.code) for req in requirements}
        self.page_model = PageListModel(renderer, self)
        self.seen_pages = SeenPages(services.user, tasks, self)
        self._showing = False  # a dossier read is being put on screen: the pages it flips through are not looks
        self.evidence = NumberEvidence(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)  # a long customer or group name wraps instead of widening the window
        self.customer_status = QLabel(self)
        self.customer_status.setWordWrap(True)
        self.customer_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_status.setToolTip(self.tr("Ce qu'on dit au client au téléphone"))
        self.customer_status.setStyleSheet("padding: 2px 2px 4px 2px; font-style: italic;")
        self.banner = QLabel(self)
        self.banner.setStyleSheet("background: #fff4ce; color: #5c4400; padding: 4px 8px; border-radius: 3px;")
        self.banner.hide()
        self.review_banner = QLabel(self)
        self.review_banner.setWordWrap(True)
        self.review_banner.setStyleSheet("background: #fde7e9; color: #7a1b22; padding: 4px 8px; border-radius: 3px;")
        self.review_banner.hide()
        self.group_banner = QLabel(self)
        self.group_banner.setWordWrap(True)
        self.group_banner.setStyleSheet("background: #e5f1fb; color: #0b3a5d; padding: 4px 8px; border-radius: 3px;")
        self.group_banner.hide()
        self.newest_procedure: str | None = None
        self.thumbnails = ThumbnailStrip(self)
        self.thumbnails.setModel(self.page_model)
        self.viewer = PageViewer(renderer, self)
        self.viewer.set_model(self.page_model)
        self.checklist = ChecklistPanel(self)
        self.documents = QTreeWidget(self)
        self.documents.setRootIsDecorated(False)
        self.documents.setHeaderLabels([self.tr("Reçu le"), self.tr("Fichier"), self.tr("Canal"), self.tr("Pages")])
        self.history = HistoryPanel(self)
        self.letters = QTreeWidget(self)
        self.letters.setRootIsDecorated(False)
        self.letters.setHeaderLabels([self.tr("Date"), self.tr("Courrier"), self.tr("Langue")])
        self.letters.setToolTip(self.tr("Entrée ou double-clic : ouvrir pour imprimer à nouveau"))
        self.letters.itemActivated.connect(
            lambda item, _column: self.letter_open_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._build()
        self.thumbnails.page_selected.connect(self.viewer.set_current_page)
        self.viewer.page_changed.connect(self.thumbnails.set_current_page)
        self.viewer.page_changed.connect(self._on_page_changed)
        self.seen_pages.changed.connect(lambda: self.page_model.set_seen(self.seen_pages.seen()))
        self.viewer.rotation_requested.connect(self._on_rotation_requested)

    def _name_for_screen_readers(self) -> None:
        """What a screen reader says when the focus reaches each part (the history names itself)."""
        self.customer_status.setAccessibleName(self.tr("Ce qu'on dit au client"))
        self.thumbnails.setAccessibleName(self.tr("Pages du dossier"))
        self.checklist.setAccessibleName(self.tr("Pièces requises"))
        self.documents.setAccessibleName(self.tr("Documents reçus"))
        self.letters.setAccessibleName(self.tr("Courriers envoyés"))

    def _build(self) -> None:
        self._name_for_screen_readers()
        tabs = QTabWidget(self)
        tabs.addTab(self.checklist, self.tr("Pièces"))
        tabs.addTab(self.documents, self.tr("Envois"))
        tabs.addTab(self.history, self.tr("Historique"))
        tabs.addTab(self.letters, self.tr("Courriers"))
        self.splitter.addWidget(self.thumbnails)
        self.splitter.addWidget(self.viewer)
        self.splitter.addWidget(tabs)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([170, 700, 380])
        header = QHBoxLayout()
        header.addWidget(self.evidence, 1)
        header.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.customer_status)
        layout.addWidget(self.banner)
        layout.addWidget(self.review_banner)
        layout.addWidget(self.group_banner)
        layout.addWidget(self.splitter, 1)

    @property
    def settled(self) -> bool:
        """No read or write of a dossier is under way: what is on screen is the latest asked for."""
        return self._pending == 0

    def when_settled(self, command: Callable[[], object]) -> None:
        """Run ``command`` now, or once the reads under way are shown (after those asked before it):
        a key pressed right after a tick acts on the dossier as the tick left it, not as it was."""
        self._waiting.append(command)
        self._run_waiting()

    def in_background(
        self, work: Callable[[], T], on_done: Callable[[T], None], on_error: Callable[[BaseException], None]
    ) -> None:
        """Run a change of the dossier on the database thread; commands asked meanwhile wait for it
        (and for the read its result starts), as they wait for a read."""
        self._pending += 1

        def done(result: T) -> None:
            on_done(result)  # the window refreshes: its read is counted before this write is done
            self._pending -= 1
            self._run_waiting()

        def failed(failure: BaseException) -> None:
            on_error(failure)
            self._pending -= 1
            self._run_waiting()

        self.tasks.run(work, on_done=unless_deleted(self, done), on_error=unless_deleted(self, failed))

    def _run_waiting(self) -> None:
        while self._waiting and self.settled:  # a command that changes the dossier starts a read: wait again
            self._waiting.pop(0)()

    def open_dossier(self, dossier_id: int) -> None:
        """Claim the dossier and show it; held by someone else, it opens read-only."""
        services, language = self.services, current_language()

        def claim_and_read() -> tuple[DossierClaimed | None, DossierDetail]:
            try:
                services.claims.claim(dossier_id, services.user)
                refused = None
            except DossierClaimed as claimed:
                refused = claimed
            return refused, read_dossier_detail(services, dossier_id, language)

        self._visit += 1
        self._claimed = dossier_id
        self.status.setText(self.tr("Chargement du dossier…"))
        self.pages = []  # the last dossier's pages are not this one's
        self.page_model.set_entries([])
        self.checklist.show_items([], {}, {})
        self._load(claim_and_read, opening=True)

    def release(self) -> None:
        """Give the dossier back (on the database thread, before any later claim) and forget it.

        Also one still being read: its claim was asked for. Releasing a dossier someone else holds
        changes nothing, so a read-only one is released the same way.
        """
        self.seen_pages.leave()  # what was looked at is written before the claim goes
        if self._claimed is not None:
            dossier_id, services = self._claimed, self.services
            self.tasks.run(lambda: services.claims.release(dossier_id, services.user))
        self.dossier, self._claimed = None, None
        self._waiting.clear()  # what was asked for that dossier is not done on another
        self._visit += 1  # a dossier still being read is not shown after all

    def reload(self, dossier_id: int | None = None) -> None:
        """Read the dossier again (after a change, here or elsewhere); the page shown stays."""
        target = dossier_id if dossier_id is not None else (self.dossier.id if self.dossier else None)
        if target is None:
            return
        services, language = self.services, current_language()
        self._load(lambda: (None, read_dossier_detail(services, target, language)), opening=False)

    def refresh_checklist(self) -> None:
        """After a change of the checklist alone: its items, the sentence and the history are read
        again, not the pages, the group or the letters (a tick costs a few reads, not a dossier's)."""
        shown = self.dossier
        if shown is None:
            return
        services, language = self.services, current_language()
        self._load(lambda: (None, read_checklist_change(services, shown, language)), opening=False)

    def _load(self, read: Callable[[], tuple[DossierClaimed | None, DossierDetail]], *, opening: bool) -> None:
        visit = self._visit
        self._pending += 1

        def arrived(result: tuple[DossierClaimed | None, DossierDetail]) -> None:
            self._pending -= 1
            if visit == self._visit:  # else another dossier was opened, or this one closed, since
                self._show(*result, opening=opening)
            self._run_waiting()

        def failed(failure: BaseException) -> None:
            self._pending -= 1
            if visit == self._visit:
                self.load_failed.emit(failure)
            self._run_waiting()

        self.tasks.run(read, on_done=unless_deleted(self, arrived), on_error=unless_deleted(self, failed))

    def _show(self, refused: DossierClaimed | None, detail: DossierDetail, *, opening: bool) -> None:
        if opening:
            self.read_only = refused is not None
            self.banner.setVisible(refused is not None)
            if refused is not None:
                since = local_time_text(refused.since, "%H:%M")
                self.banner.setText(
                    self.tr("Dossier pris par %1 depuis %2 : consultation seule.")
                    .replace("%1", refused.holder)
                    .replace("%2", since)
                )
                self.claim_refused.emit(refused.holder)
        row = self.viewer.current_page()  # a reload keeps the page shown
        another = self.dossier is None or self.dossier.id != detail.id
        self.dossier = detail
        self.labels, self.pages, self.newest_procedure = detail.labels, detail.pages, detail.newest_procedure
        self.seen_pages.show_dossier(detail.id, detail.seen)
        self._showing = True
        try:
            self.page_model.set_entries([PageEntry.of(page) for page in detail.pages])
            if opening or another:  # pages sent since the last look are new until the next opening
                self.page_model.set_last_look(max((seen.at for seen in detail.seen.values()), default=None))
                row = self.page_model.first_new_row() or 0  # a complement opens on its first page
            self.viewer.set_current_page(max(row, 0))
        finally:
            self._showing = False
        self.seen_pages.page_shown(self.current_page_id())
        self._show_header(detail)
        positions = {page.page_id: position for position, page in enumerate(detail.pages, start=1)}
        self.checklist.show_items(detail.checklist, detail.labels, positions, detail.held_items)
        self._show_documents(detail.pages)
        self._show_review_warning(detail.to_check)
        self._show_group(detail)
        self._show_letters(detail.letters)
        self.history.show_events(detail.history)
        self.shown.emit(detail.id)

    def current_submission_id(self) -> int | None:
        """The submission chosen in the "Envois" tab, else the one of the page shown."""
        item = self.documents.currentItem()
        if item is not None:
            return item.data(0, Qt.ItemDataRole.UserRole)
        row = self.viewer.current_page()
        return self.pages[row].submission_id if 0 <= row < len(self.pages) else None

    def current_page_id(self) -> int | None:
        row = self.viewer.current_page()
        return self.pages[row].page_id if 0 <= row < len(self.pages) else None

    def unseen_rows(self) -> list[int]:
        """The rows of the pages nobody has looked at yet in this dossier, in page order."""
        return [row for row, page in enumerate(self.pages) if not self.seen_pages.is_seen(page.page_id)]

    def show_page(self, row: int) -> None:
        """Bring page ``row`` to the viewer, which takes the keyboard (PgDn goes on from there)."""
        self.viewer.set_current_page(row)
        self.viewer.setFocus()

    def _on_page_changed(self, _row: int) -> None:
        if not self._showing:
            self.seen_pages.page_shown(self.current_page_id())

    def _show_header(self, detail: DossierDetail) -> None:
        number = detail.procedure_number
        best = _best_reading(detail.pages, number)
        crop = self.services.workspace.root / best.crop_path if best and best.crop_path else None
        disagreeing = sum(page.disagrees for page in detail.pages)
        self.evidence.show_reading(
            number, best.read_method if best else "manual", best.confidence if best else None, crop, disagreeing
        )
        shown_status = "complement" if detail.status == "open" and detail.complement_received else detail.status
        parts = [status_label(shown_status), detail.customer_name, detail.telephony_group]
        if detail.holder is not None:
            parts.append(self.tr("pris par %1").replace("%1", detail.holder.holder))
        rules = self.tr("règles v%1").replace("%1", str(detail.rules_version))
        parts.append(
            rules if detail.rules_source == RulesSource.FILE else rules + " " + self.tr("(celles de sa décision)")
        )
        self.status.setText(" · ".join(part for part in parts if part))
        self.customer_status.setText("☎ " + detail.sentence)

    def _show_documents(self, pages: list[PageInfo]) -> None:
        self.documents.clear()
        seen: dict[int, QTreeWidgetItem] = {}
        for page in pages:
            item = seen.get(page.submission_id)
            if item is None:
                received = local_time_text(page.received_at)
                item = QTreeWidgetItem([received, self._sending_name(page), page.channel, "0"])
                item.setToolTip(1, page.file_name)
                item.setData(0, Qt.ItemDataRole.UserRole, page.submission_id)
                seen[page.submission_id] = item
                self.documents.addTopLevelItem(item)
            item.setText(3, str(int(item.text(3)) + 1))
        for column in range(4):
            self.documents.resizeColumnToContents(column)

    def _sending_name(self, page: PageInfo) -> str:
        """A scan by its file name; an e-mail by who sent it and about what."""
        if not (page.email_from or page.email_subject):
            return Path(page.file_name).name
        subject = page.email_subject or self.tr("(sans objet)")
        return self.tr("Courriel de %1 : %2").replace("%1", page.email_from or "?").replace("%2", subject)

    def _show_review_warning(self, flagged: list[tuple[datetime, str]]) -> None:
        """A submission filed here that the intake was not sure how to cut: its pages may be another customer's."""
        if not flagged:
            self.review_banner.hide()
            return
        lines = [
            self.tr("Envoi du %1 à vérifier : %2. Ses pages sont-elles bien de ce client ?")
            .replace("%1", local_time_text(received_at))
            .replace("%2", review_reason_text(reason))
            for received_at, reason in flagged
        ]
        self.review_banner.setText("\n".join(lines))
        self.review_banner.show()

    def _show_group(self, detail: DossierDetail) -> None:
        """The telephony group's other procedures: documents under an older one belong to the newest."""
        others = [procedure for procedure in detail.group if procedure.procedure_number != detail.procedure_number]
        if not others and not detail.superseded_by:
            self.group_banner.hide()
            return
        parts = []
        for procedure in others:
            state = status_label(procedure.status) if procedure.status else self.tr("rien reçu")
            newest = self.tr("la plus récente") + ", " if procedure.newest else ""
            parts.append(f"{procedure.procedure_number} ({newest}{state})")
        text = self.tr("Même groupe téléphonie : %1.").replace("%1", " · ".join(parts)) if parts else ""
        if detail.superseded_by:
            text = self.tr("Remplacé par la procédure %1. ").replace("%1", detail.superseded_by) + text
        elif detail.newest_procedure is not None:
            text += " " + self.tr("Ctrl+Maj+T transfère ses documents vers %1 et clôt ce dossier.").replace(
                "%1", detail.newest_procedure
            )
        self.group_banner.setText(text)
        self.group_banner.show()

    def _show_letters(self, letters: list[LetterLine]) -> None:
        kinds = {"hold": self.tr("Mise en attente"), "reminder": self.tr("Relance")}
        self.letters.clear()
        for letter in letters:  # newest first
            item = QTreeWidgetItem([local_time_text(letter.at), kinds.get(letter.kind, letter.kind), letter.language])
            item.setData(0, Qt.ItemDataRole.UserRole, str(letter.file))
            self.letters.addTopLevelItem(item)
        for column in range(3):
            self.letters.resizeColumnToContents(column)

    def _on_rotation_requested(self, row: int, degrees: int) -> None:
        if 0 <= row < len(self.pages) and not self.read_only:
            self.page_rotation_requested.emit(self.pages[row].page_id, degrees)
