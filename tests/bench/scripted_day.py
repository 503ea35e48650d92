"""A technician's scripted day in the real window (a script, not a test): prints figures to quote in notes.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.bench.scripted_day [--dossiers 40] [--glance-ms 450]

The main window, with its real render and OCR worker processes, at 1366x768, opens on a queue
of scanned dossiers (form, RIB, ID card, a cheque or a Kbis where the customer needs one, as
``samples.batches`` makes them). The script does by keyboard only what a technician does:
opens the first dossier (Enter), looks at each page for ``--glance-ms`` (PgDn), ticks each
document on its page (its item's number key), then validates (Ctrl+Enter) or, one dossier in
five, leaves the RIB unticked and puts the dossier on hold (Ctrl+H, the RIB confirmed missing in
the dialog, Enter, Esc on the letter). The next dossier of the queue opens by itself. Meanwhile
the mailroom's files arrive: every eighth dossier, the window imports one more envelope.

Keys go to whichever widget has the keyboard focus, as a person's would: a key that needs the
focus somewhere else shows as a stalled script (and is a finding). Printed: keystrokes per
dossier, time per dossier (and, of it, the time spent waiting for the window), and the UI
thread's longest stall (the gaps of a 5 ms timer, as in ``ui_stall``).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from telvalid_desktop.config import Settings  # noqa: E402
from telvalid_desktop.core.administration.services import build_services, intake_service  # noqa: E402
from telvalid_desktop.core.correspondence.letterhead import write_letterhead  # noqa: E402
from telvalid_desktop.core.workspace import open_workspace  # noqa: E402
from telvalid_desktop.db.models import KnownProcedure  # noqa: E402
from telvalid_desktop.gui.dialogs.hold_dialog import HoldDialog  # noqa: E402
from telvalid_desktop.gui.dialogs.letter_dialog import LetterDialog  # noqa: E402
from telvalid_desktop.gui.main_window import MainWindow  # noqa: E402
from telvalid_desktop.intake.workers import PageWorkers  # noqa: E402
from telvalid_desktop.samples.batches import Envelope, make_batch, make_envelope  # noqa: E402
from telvalid_desktop.samples.letterhead import DEMO_LETTERHEAD  # noqa: E402
from tests.bench.ui_stall import StallMeter, idle, summary, wait_until  # noqa: E402
from tests.gui.dialogs import act_on_next_dialog  # noqa: E402

PROFILES = ["grey300", "bitonal200", "colour300"]
ITEM_OF_KIND = {"form": "signed_form", "id": "holder_id", "rib": "rib", "cheque": "crossed_cheque", "kbis": "kbis"}
HOLD_EVERY = 5
IMPORT_EVERY = 8


class PhasedMeter(StallMeter):
    """The stall meter, remembering what the script was doing when each gap ended."""

    def __init__(self) -> None:
        super().__init__()
        self.phase = "start"
        self.phases: list[str] = []

    def _on_tick(self) -> None:
        super()._on_tick()
        self.phases.append(self.phase)

    def worst(self, count: int = 3) -> list[tuple[float, str]]:
        gaps = [gap * 1000 for gap in self.gaps]
        return sorted(zip(gaps, self.phases, strict=True), reverse=True)[:count]


@dataclass
class Day:
    """What the script did and how long it waited."""

    keys: list[int] = field(default_factory=list)  # per dossier
    seconds: list[float] = field(default_factory=list)
    waiting: list[float] = field(default_factory=list)
    meter: PhasedMeter = field(default_factory=PhasedMeter)
    pressed: int = 0
    held: int = 0
    other_dialogs: list[str] = field(default_factory=list)  # asked something the script did not expect
    clicks: int = 0  # the keyboard was nowhere: a person would have clicked the page
    waited: float = 0.0

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """One key, to the widget that has the keyboard: in a modal dialog, the dialog's (offscreen, a
        dialog is never activated, so the application's focus stays in the window behind it)."""
        modal = QApplication.activeModalWidget()
        target = (modal.focusWidget() or modal) if modal is not None else QApplication.focusWidget()
        if target is None:
            active = QApplication.activeWindow()
            raise RuntimeError(f"no widget has the keyboard (active window: {active}, key {key})")
        self.pressed += 1
        self.meter.phase = f"after {key.name} ({type(target).__name__})"
        QTest.keyClick(target, key, modifier)

    def answer_other_dialogs(self) -> QTimer:
        """Any other modal dialog (a confirmation the day did not plan for) is answered with Enter, its
        default, and counted: a person reads it and presses Enter too."""

        def look() -> None:
            modal = QApplication.activeModalWidget()
            if modal is not None and not isinstance(modal, HoldDialog | LetterDialog):
                self.other_dialogs.append(f"{type(modal).__name__}: {modal.windowTitle()}")
                self.press(Qt.Key.Key_Return)

        timer = QTimer()
        timer.setInterval(300)
        timer.timeout.connect(look)
        timer.start()
        return timer

    def keyboard_back_to(self, window: MainWindow) -> None:
        """After a dialog: the window active again (offscreen, it is not by itself); the keyboard should be
        back where it was, else a person clicks the page (counted)."""
        window.activateWindow()
        wait_until(window.isActiveWindow)
        if QApplication.focusWidget() is None:
            self.clicks += 1
            window.dossier_view.viewer.setFocus()

    def wait(self, condition: object, timeout_s: float = 60.0) -> None:
        self.waited += wait_until(condition, timeout_s)  # type: ignore[arg-type]


def envelope_files(rng: random.Random, folder: Path, count: int) -> list[tuple[Path, Envelope, list[str]]]:
    """``count`` envelopes of new customers, one scanned PDF each, with the kind of each page."""
    made = []
    for index in range(count):
        envelope = make_envelope(rng, kind="initial")
        data, truths = make_batch(rng, [envelope], profile=PROFILES[index % len(PROFILES)])
        path = folder / f"envelope-{index:03}.pdf"
        path.write_bytes(data)
        made.append((path, envelope, [truth.kind for truth in truths]))
    return made


def known(envelope: Envelope) -> None:
    """The manager's export knows the procedure (its payment method and customer type set the checklist)."""
    customer = envelope.customer
    assert customer is not None and envelope.procedure_number is not None
    KnownProcedure.create(
        procedure_number=envelope.procedure_number,
        payment_method=customer.payment_method,
        customer_type="company" if customer.is_company else "individual",
    )


def check_dossier(window: MainWindow, day: Day, kinds: list[str], hold: bool, glance_ms: int) -> None:
    """Look at every page, tick each document on its page, then validate, or hold when a document was not
    found (``hold``: the RIB is left unticked, as if it were not there)."""
    view = window.dossier_view
    assert view.dossier is not None
    positions = {item.code: number for number, item in enumerate(view.dossier.checklist, start=1)}
    ticked: set[str] = set()
    for row, page in enumerate(view.pages):  # the dossier's pages, whatever the reader made of the envelope
        kind = kinds[page.index] if page.index < len(kinds) else "unknown"
        if row > 0:
            day.press(Qt.Key.Key_PageDown)
        day.wait(lambda row=row: view.viewer.current_page() == row and view.viewer.is_sharp())
        idle(glance_ms)
        code = ITEM_OF_KIND.get(kind)
        if code in positions and code not in ticked and not (hold and code == "rib"):
            day.press(Qt.Key(Qt.Key.Key_0.value + positions[code]))
            ticked.add(code)
    day.wait(lambda: view.settled)
    if not set(positions) - ticked:  # every document found on its page
        day.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return

    def confirm_missing(dialog: QDialog) -> None:
        """Every item the dialog lists was not found: each confirmed missing (Space), then Enter."""
        assert isinstance(dialog, HoldDialog)
        for row in range(dialog.items.count()):
            if row > 0:
                day.press(Qt.Key.Key_Down)
            if dialog.items.currentRow() != row:
                raise RuntimeError("the hold dialog's items do not follow the keyboard")
            if dialog.items.item(row).checkState() != Qt.CheckState.Checked:
                day.press(Qt.Key.Key_Space)
        day.press(Qt.Key.Key_Return)

    letters: list[QDialog] = []

    def close_letter(dialog: QDialog) -> None:
        letters.append(dialog)
        day.press(Qt.Key.Key_Escape)

    day.held += 1
    act_on_next_dialog(HoldDialog, confirm_missing)
    act_on_next_dialog(LetterDialog, close_letter)
    day.press(Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    day.wait(lambda: bool(letters))  # the letter is written after the hold is recorded, then shown


def work_through(
    window: MainWindow, day: Day, kinds_of: dict[str | None, list[str]], arriving: list[Path], args: argparse.Namespace
) -> None:
    """The day: the first dossier opened from the list, then each decision opens the next one."""
    view = window.dossier_view
    window.dossier_list.view.setFocus()
    day.press(Qt.Key.Key_Home)
    day.press(Qt.Key.Key_Return)
    previous: list[int] = []
    for number in range(args.dossiers):
        began, pressed, waited = time.perf_counter(), day.pressed, day.waited
        day.wait(lambda: view.dossier is not None and view.dossier.id not in previous and view.settled)
        assert view.dossier is not None
        previous.append(view.dossier.id)
        if number % IMPORT_EVERY == IMPORT_EVERY - 1:  # the mailroom drops another envelope
            day.meter.phase = "an import starting"
            window.import_paths([arriving[number // IMPORT_EVERY]])
        hold = number % HOLD_EVERY == HOLD_EVERY - 1
        check_dossier(window, day, kinds_of[view.dossier.procedure_number], hold, args.glance_ms)
        if number < args.dossiers - 1:
            day.wait(lambda: view.dossier is None or view.dossier.id not in previous)
        day.keyboard_back_to(window)
        day.keys.append(day.pressed - pressed)
        day.seconds.append(time.perf_counter() - began)
        day.waiting.append(day.waited - waited)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dossiers", type=int, default=40)
    parser.add_argument("--glance-ms", type=int, default=450, help="how long each page is looked at")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="telvalid-day-") as temporary:
        folder = Path(temporary)
        arriving = args.dossiers // IMPORT_EVERY
        files = envelope_files(rng, folder, args.dossiers + arriving)
        workspace = open_workspace(folder / "ws")
        services = build_services(workspace, Settings(), "tech1")
        write_letterhead(DEMO_LETTERHEAD, "chef")  # hold letters are written on the team's letterhead
        for _path, envelope, _kinds in files:
            known(envelope)
        started = time.perf_counter()
        with PageWorkers() as workers:
            for path, _envelope, _kinds in files[: args.dossiers]:
                intake_service(services, workers).ingest(path)
        print(f"queue of {args.dossiers} scanned dossiers imported in {time.perf_counter() - started:.0f} s")
        kinds_of = {envelope.procedure_number: kinds for _path, envelope, kinds in files}
        window = MainWindow(services)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        wait_until(window.isActiveWindow)
        window.sidebar.select_queue("open")
        wait_until(lambda: window.dossier_list.model.rowCount() >= args.dossiers)
        day = Day()
        day.meter.start()
        watcher = day.answer_other_dialogs()
        work_through(window, day, kinds_of, [path for path, _envelope, _kinds in files[args.dossiers :]], args)
        gaps = day.meter.stop()
        watcher.stop()
        validated = args.dossiers - day.held
        print(f"{args.dossiers} dossiers ({validated} validated, {day.held} held), {arriving} imports meanwhile")
        print(
            f"  keystrokes: {day.pressed} in all, {statistics.median(day.keys):.0f} per dossier (median),"
            f" {max(day.keys)} at most;"
            f" clicks because the keyboard was nowhere: {day.clicks}"
        )
        if day.other_dialogs:
            print(f"  other dialogs answered with Enter: {len(day.other_dialogs)}: {sorted(set(day.other_dialogs))}")
        print(
            f"  time per dossier: median {statistics.median(day.seconds):.2f} s (of it {args.glance_ms} ms a page"
            f" looking), slowest {max(day.seconds):.2f} s; waiting for the window: median"
            f" {statistics.median(day.waiting) * 1000:.0f} ms, slowest {max(day.waiting) * 1000:.0f} ms"
        )
        summary("UI thread over the day", gaps)
        for gap, phase in day.meter.worst():
            print(f"    a {gap:.0f} ms gap {phase}")
        window.close()
        workspace.close()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
