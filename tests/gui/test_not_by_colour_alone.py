"""A state shown in colour is also said in words or drawn in a shape of its own (issue 17, accessibility)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from telvalid_desktop.core.supervision.hold_review import AgingLevel, Thresholds, aging
from telvalid_desktop.domain import ItemStatus, RefusalReason
from telvalid_desktop.gui.delegates.status_badge import BADGE_COLOURS
from telvalid_desktop.gui.models.dossier_table import status_label
from telvalid_desktop.gui.models.page_list import PageEntry, PageListModel
from telvalid_desktop.gui.render_service import PageRef, RenderService
from telvalid_desktop.gui.supervision.hold_review_model import COLUMNS, HoldReviewModel
from telvalid_desktop.gui.supervision.hold_review_panel import HoldReviewPanel
from telvalid_desktop.gui.widgets.checklist_panel import ChecklistPanel
from telvalid_desktop.read_models.dossier_detail import ItemState
from telvalid_desktop.read_models.supervision import OnHoldRow

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_each_status_badge_carries_its_own_word() -> None:
    words = [status_label(key) for key in BADGE_COLOURS]
    assert all(words) and len(set(words)) == len(words)


def _held(number: str, days: int) -> OnHoldRow:
    held_at = NOW - timedelta(days=days)
    return OnHoldRow(1, number, "Client", "tech1", "tech1", held_at, ("rib",), "", held_at, None, None, ("mail",))


def test_a_holds_age_level_is_said_and_drawn_not_only_tinted(qtbot: QtBot) -> None:  # noqa: ARG001 - a QApplication
    entries = aging([_held("1", 3), _held("2", 20), _held("3", 40)], NOW, Thresholds())
    assert [entry.level for entry in entries] == [AgingLevel.NORMAL, AgingLevel.WARNING, AgingLevel.ALERT]
    model = HoldReviewModel(str, str)
    model.set_entries(entries)
    days = COLUMNS.index("days_on_hold")
    by_number = {model.index(row, 0).data(): row for row in range(3)}

    def cell(number: str, role: Qt.ItemDataRole) -> object:
        return model.index(by_number[number], days).data(role)

    assert cell("1", Qt.ItemDataRole.DecorationRole) is None
    warning, alert = (cell(number, Qt.ItemDataRole.DecorationRole) for number in ("2", "3"))
    assert isinstance(warning, QIcon) and isinstance(alert, QIcon)
    assert warning.pixmap(16).toImage() != alert.pixmap(16).toImage()  # two shapes, not two tints
    assert cell("1", Qt.ItemDataRole.AccessibleTextRole) == "3"
    assert cell("2", Qt.ItemDataRole.AccessibleTextRole) == "20 (à surveiller)"
    assert cell("3", Qt.ItemDataRole.AccessibleTextRole) == "40 (en alerte)"
    assert cell("3", Qt.ItemDataRole.ToolTipRole).startswith("Ancienneté : en alerte\n")
    assert cell("3", Qt.ItemDataRole.DisplayRole) == "40"  # the figure itself stays a figure (sorting, copying)


def test_the_counts_by_age_mark_the_late_ones_with_a_glyph(qtbot: QtBot) -> None:
    panel = HoldReviewPanel(str, str)
    qtbot.addWidget(panel)
    panel.show_entries(aging([_held("1", 3), _held("2", 20), _held("3", 40), _held("4", 90)], NOW, Thresholds()))
    text = panel.buckets.text()
    assert "▲ " in text and "◆ " in text


def test_a_page_whose_number_differs_is_said_in_words(tmp_path: Path) -> None:
    pdf = tmp_path / "dossier.pdf"
    executor = ThreadPoolExecutor(max_workers=1)
    service = RenderService(workers=1, executor=executor)
    model = PageListModel(service)
    model.set_entries(
        [
            PageEntry(1, PageRef(pdf, 0), "dossier.pdf"),
            PageEntry(2, PageRef(pdf, 1), "dossier.pdf", disagrees=True),
            PageEntry(3, PageRef(pdf, 2), "dossier.pdf", blank=True),
        ]
    )
    spoken = [model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole) for row in range(3)]
    assert spoken == [
        "p. 1 — dossier.pdf",
        "p. 2 — dossier.pdf, Numéro différent de celui de l'envoi",
        "p. 3 — dossier.pdf, Page vierge",
    ]
    service.shutdown()
    executor.shutdown(wait=True)


def test_each_checklist_state_has_its_own_words(qtbot: QtBot) -> None:
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    at = NOW
    items = [
        ItemState("a", ItemStatus.MISSING, None, "", (), None, None),
        ItemState("b", ItemStatus.MISSING, None, "", (), None, None),
        ItemState("c", ItemStatus.RECEIVED, None, "", (1,), "tech1", at),
        ItemState("d", ItemStatus.REFUSED, RefusalReason.EXPIRED, "", (1,), "tech1", at),
    ]
    panel.show_items(items, {}, {1: 1}, held=("b",))
    words = [panel.topLevelItem(row).text(2) for row in range(4)]
    assert words == ["à vérifier", "manquante (demandée)", "reçue", "refusée : périmé"]
