"""The open dossier is read on the window's database thread: the window does not wait for it, keys
pressed meanwhile act on it once shown and in order, and a dossier left before it arrived is neither
shown nor kept."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from telvalid_desktop.db.models import Dossier, KnownProcedure
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.widgets import dossier_view
from tests.gui.conftest import digital_form
from tests.gui.waiting import dossier_settled

A, B = "48151623", "73920158"


def imported(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    with qtbot.waitSignal(window.importer.import_finished, timeout=30_000):
        window.import_paths([path])


def dossier_id(number: str) -> int:
    return int(Dossier.get(Dossier.procedure_number == number).id)


def threads_calling(owner: object, name: str, monkeypatch: pytest.MonkeyPatch) -> list[threading.Thread]:
    """The threads that call ``owner.name`` from now on (it still does its work)."""
    threads: list[threading.Thread] = []
    real = getattr(owner, name)

    def watched(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, watched)
    return threads


def test_the_dossier_is_read_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(qtbot, window, digital_form(tmp_path / "a.pdf", A))
    readers = threads_calling(dossier_view, "read_dossier_detail", monkeypatch)
    window.open_dossier(dossier_id(A))
    assert not window.dossier_view.settled and window.dossier_view.dossier is None  # nothing acts on it yet
    dossier_settled(qtbot, window)
    assert window.dossier_view.dossier is not None and window.dossier_view.dossier.procedure_number == A
    assert readers and threading.main_thread() not in readers


def test_keys_pressed_while_it_is_read_act_on_it_in_order(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Three ticks and the validation typed at once: each tick on the page shown when its key was
    pressed, the validation on the dossier as the ticks left it (not refused as changed meanwhile)."""
    imported(qtbot, window, digital_form(tmp_path / "f.pdf", A, pages=1, extra=("ID", "RIB")))
    KnownProcedure.create(procedure_number=A, payment_method="direct_debit", customer_type="individual")
    window.open_dossier(dossier_id(A))
    dossier_settled(qtbot, window)
    view = window.dossier_view
    pages = [page.page_id for page in view.pages]
    for page, key in ((0, "1"), (1, "2"), (2, "3")):
        view.viewer.set_current_page(page)
        qtbot.keyClick(view.viewer, key)
    qtbot.keyClick(view.viewer, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: Dossier.get(Dossier.procedure_number == A).status == "validated")
    ticked = {item.code: item.page_ids for item in window.services.checklist.checklist(dossier_id(A))}
    assert ticked == {"signed_form": (pages[0],), "holder_id": (pages[1],), "rib": (pages[2],)}


def test_a_dossier_left_before_it_arrived_is_neither_shown_nor_kept(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    imported(qtbot, window, digital_form(tmp_path / "a.pdf", A))
    imported(qtbot, window, digital_form(tmp_path / "b.pdf", B))
    window.open_dossier(dossier_id(A))
    window.open_dossier(dossier_id(B))  # before A is on screen
    dossier_settled(qtbot, window)
    assert window.dossier_view.dossier is not None and window.dossier_view.dossier.procedure_number == B
    claims = window.services.claims
    qtbot.waitUntil(lambda: claims.holder(dossier_id(A)) is None)  # its claim given back
    holder = claims.holder(dossier_id(B))
    assert holder is not None and holder.holder == "tech1"


def test_a_tick_is_written_off_the_gui_thread(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(qtbot, window, digital_form(tmp_path / "a.pdf", A))
    window.open_dossier(dossier_id(A))
    dossier_settled(qtbot, window)
    writers = threads_calling(window.services.checklist, "tick", monkeypatch)
    qtbot.keyClick(window.dossier_view.viewer, "1")
    dossier_settled(qtbot, window)
    assert writers and threading.main_thread() not in writers
    assert window.dossier_view.checklist.topLevelItem(0).text(2) == "reçue"  # shown once written


def test_a_tick_reads_the_checklist_again_not_the_whole_dossier(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(qtbot, window, digital_form(tmp_path / "a.pdf", A))
    window.open_dossier(dossier_id(A))
    dossier_settled(qtbot, window)
    before = window.dossier_view.dossier
    assert before is not None
    whole_reads = threads_calling(dossier_view, "read_dossier_detail", monkeypatch)
    checklist_reads = threads_calling(dossier_view, "read_checklist_change", monkeypatch)
    window.live.stop()  # its echo of the tick would read the dossier again: not what is measured here
    window.commands.tick_item(1)
    qtbot.waitUntil(lambda: bool(checklist_reads) and window.dossier_view.settled)
    after = window.dossier_view.dossier
    assert after is not None and after.version == before.version + 1
    ticked = after.checklist[0]
    assert ticked.state == "received" and ticked.code == before.checklist[0].code
    assert after.pages == before.pages and after.history[-1] != before.history[-1]
    assert not whole_reads
