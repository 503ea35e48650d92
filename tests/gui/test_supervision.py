"""The lead's window and the roles in the technician's window, driven like a user would."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from telvalid_desktop.config import Settings
from telvalid_desktop.core.administration.services import Services, build_services
from telvalid_desktop.core.roles import Role, UserService
from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.db.models import Claim, Dossier, DossierEvent, Hold, utc_now
from telvalid_desktop.domain import DossierStatus
from telvalid_desktop.gui.main_window import MainWindow
from telvalid_desktop.gui.supervision.hold_review_model import COLUMNS
from telvalid_desktop.gui.supervision.window import SupervisionWindow
from tests.core.dashboard_week import WEEK, fill_week, paris_time
from tests.core.factories import dossier, submission
from tests.gui.dialogs import answer_next_dialog
from tests.gui.waiting import dossier_settled

WindowFor = Callable[[Services], MainWindow]


@pytest.fixture
def team(workspace: Workspace) -> Callable[[str], Services]:
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef")
    users.set_user("tech1", Role.TECHNICIAN, "chef")
    users.set_user("tech2", Role.TECHNICIAN, "chef")
    users.set_user("courrier1", Role.MAILROOM, "chef")
    return lambda login: build_services(workspace, Settings(), login)


def _visible_texts(window: MainWindow) -> set[str]:
    return {action.text().replace("&", "") for action in window.actions() if action.isVisible()}


def test_each_role_sees_only_what_it_may_do(window_for: WindowFor, team: Callable[[str], Services]) -> None:
    lead, technician, mailroom = (_visible_texts(window_for(team(login))) for login in ("chef", "tech1", "courrier1"))
    reopen, supervise = "Rouvrir le dossier clos…", "Supervision : attentes, charge, tableau de bord…"
    assert {reopen, supervise, "Valider le dossier"} <= lead
    assert "Valider le dossier" in technician and not {reopen, supervise} & technician
    assert not {"Valider le dossier", "Mettre en attente…", reopen, supervise} & mailroom
    assert "Déplacer la page vers un autre dossier…" in mailroom


def _on_hold(number: str, items: list[str], by: str, days: int) -> int:
    submission(number)
    target = dossier(number)
    Hold.create(dossier=target, items=json.dumps(items), actor=by, at=utc_now() - timedelta(days=days))
    Dossier.update(status=DossierStatus.ON_HOLD.value, assigned_to=by).where(Dossier.id == target.id).execute()
    return target.id


def _supervision(qtbot: QtBot, window: MainWindow) -> SupervisionWindow:
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.supervision is not None
    qtbot.addWidget(window.supervision)
    return window.supervision


def test_the_lead_reviews_holds_filters_and_reassigns_in_bulk(
    qtbot: QtBot, window_for: WindowFor, team: Callable[[str], Services]
) -> None:
    _on_hold("10000001", ["rib"], "tech1", days=40)
    _on_hold("10000002", ["id", "rib"], "tech1", days=10)
    _on_hold("10000003", ["id"], "tech2", days=2)
    supervision = _supervision(qtbot, window_for(team("chef")))
    panel = supervision.holds
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert "3</b> dossier(s) en attente" in panel.buckets.text()
    shown = [panel.model.index(row, 0).data() for row in range(3)]
    assert shown == ["10000001", "10000002", "10000003"]  # the longest waiting first

    panel.item_filter.setCurrentIndex(panel.item_filter.findData("rib"))
    panel.technician_filter.setCurrentIndex(panel.technician_filter.findData("tech1"))
    assert panel.model.rowCount() == 2 and panel.shown.text() == "2 affiché(s)"
    selection = panel.table.selectionModel()
    for row in range(2):
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(panel.model.index(row, 0), flags)
    answer_next_dialog(QInputDialog, lambda dialog: dialog.setTextValue("tech2"))
    panel.reassign_button.click()
    qtbot.waitUntil(lambda: dossier("10000001").assigned_to == "tech2")
    assert dossier("10000002").assigned_to == "tech2"
    event = DossierEvent.select().where(DossierEvent.event == "reassigned").order_by(DossierEvent.id).first()
    assert (event.actor, event.reason) == ("chef", "tech1 -> tech2")
    qtbot.waitUntil(lambda: panel.technician_filter.findData("tech1") == -1)  # reloaded: tech1 follows none now


def test_the_lead_releases_a_claim_left_open(
    qtbot: QtBot, window_for: WindowFor, team: Callable[[str], Services]
) -> None:
    submission("20000001")
    Claim.create(dossier=dossier("20000001"), holder="tech1", claimed_at=utc_now() - timedelta(hours=30))
    supervision = _supervision(qtbot, window_for(team("chef")))
    supervision.tabs.setCurrentWidget(supervision.workload)
    claims = supervision.workload.claims
    qtbot.waitUntil(lambda: claims.topLevelItemCount() == 1)
    loads = supervision.workload.loads
    assert [loads.topLevelItem(0).text(column) for column in range(5)] == ["(personne)", "1", "0", "0", "1"]
    claims.topLevelItem(0).setSelected(True)
    supervision.workload.release_button.click()
    qtbot.waitUntil(lambda: claims.topLevelItemCount() == 0)
    assert not Claim.select().exists()
    assert dossier("20000001").events.order_by(DossierEvent.id.desc()).first().event == "claim_released"


def test_the_lead_reopens_a_validated_dossier_with_a_reason(
    qtbot: QtBot, window_for: WindowFor, team: Callable[[str], Services]
) -> None:
    submission("30000001")
    team("chef").dossiers.change_status("30000001", DossierStatus.VALIDATED, actor="chef")
    window = window_for(team("chef"))
    window.open_dossier(dossier("30000001").id)
    dossier_settled(qtbot, window)
    assert window.menus.reopen_action.isEnabled()
    answer_next_dialog(QInputDialog, lambda dialog: dialog.setTextValue("RIB d'un autre titulaire"))
    control_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.dossier_view.viewer, Qt.Key.Key_O, control_shift)
    qtbot.waitUntil(lambda: dossier("30000001").status == DossierStatus.OPEN.value)
    last = dossier("30000001").events.order_by(DossierEvent.id.desc()).first()
    assert (last.actor, last.from_status, last.to_status, last.reason) == (
        "chef",
        "validated",
        "open",
        "RIB d'un autre titulaire",
    )
    dossier_settled(qtbot, window)
    assert not window.menus.reopen_action.isEnabled()


def test_the_lead_adds_a_user_and_the_team_history_shows_it(
    qtbot: QtBot, window_for: WindowFor, team: Callable[[str], Services]
) -> None:
    supervision = _supervision(qtbot, window_for(team("chef")))
    supervision.tabs.setCurrentWidget(supervision.users)
    qtbot.waitUntil(lambda: supervision.users.users.topLevelItemCount() == 4)
    supervision.users.set_requested.emit("tech3", Role.TECHNICIAN.value, "Camille Roux")
    qtbot.waitUntil(lambda: supervision.users.users.topLevelItemCount() == 5)
    newest = supervision.users.audit.topLevelItem(0)
    assert [newest.text(column) for column in range(1, 5)] == ["chef", "utilisateur ajouté", "tech3", "Technicien"]


def test_the_dashboard_charts_the_figures_and_exports_them(
    qtbot: QtBot, window_for: WindowFor, team: Callable[[str], Services], tmp_path: Path
) -> None:
    with paris_time():
        fill_week()
        window = window_for(team("chef"))
        chosen: list[str] = []

        def choose(_parent: object, suggested: str, _filter: str) -> str:
            chosen.append(suggested)
            return str(tmp_path / suggested)

        window.show_supervision()
        supervision = window.supervision
        assert supervision is not None
        qtbot.addWidget(supervision)
        dashboard = supervision.dashboard
        dashboard.save_chooser = choose
        dashboard.chosen_period = lambda today=None: (WEEK, WEEK + timedelta(days=6))  # type: ignore[method-assign]
        supervision.tabs.setCurrentWidget(dashboard)
        qtbot.waitUntil(lambda: dashboard.figures is not None)

        submissions = dashboard.cards["submissions_per_day"].view.chart().series()[0]
        assert [submissions.barSets()[0].at(day) for day in range(7)] == [2, 0, 2, 1, 0, 0, 0]
        held = dashboard.cards["holds_by_missing_item"].view.chart()
        assert [held.series()[0].barSets()[0].at(row) for row in range(3)] == [1, 1, 2]  # bottom-up: rib on top
        assert held.axes(Qt.Orientation.Vertical)[0].categories()[-1] == "RIB"
        weekly = dashboard.cards["time_to_validation"].view.chart().series()[0].barSets()
        assert (weekly[0].at(0), round(weekly[1].at(0), 1)) == (4.0, 8.8)
        channels = dashboard.cards["recognition_by_channel"].view.chart().series()[0].barSets()[0]
        assert [round(channels.at(index), 1) for index in range(3)] == [75.0, 66.7, 0.0]
        assert "<b>5</b> envois · <b>3</b> validations · <b>3</b> en attente" in dashboard.totals.text()

        dashboard.cards["validations_per_day"].png.click()
        dashboard.cards["recognition_by_channel"].csv.click()
        assert chosen == ["validations_per_day.png", "recognition_by_channel.csv"]
        assert QImage(str(tmp_path / "validations_per_day.png")).width() >= 360
        assert (tmp_path / "recognition_by_channel.csv").read_text(encoding="utf-8").splitlines()[1] == "post,4,3,0.75"

        dashboard.report.click()
        report = tmp_path / chosen[-1]
        qtbot.waitUntil(lambda: len(window.open_file.opened) == 1)
        assert report.name.startswith("rapport-") and report.read_bytes().startswith(b"%PDF")


def test_the_hold_review_model_is_sound_and_keeps_the_selection_across_sorts(
    qtbot: QtBot,
    qtmodeltester,  # noqa: ANN001
    window_for: WindowFor,
    team: Callable[[str], Services],
) -> None:
    for number, technician, days in (("40000001", "tech2", 5), ("40000002", "tech1", 9), ("40000003", "tech2", 1)):
        _on_hold(number, ["rib"], technician, days)
    supervision = _supervision(qtbot, window_for(team("chef")))
    panel = supervision.holds
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    qtmodeltester.check(panel.model)
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    panel.table.selectionModel().select(panel.model.index(0, 0), rows)  # 40000002, on hold the longest
    panel.table.sortByColumn(COLUMNS.index("technician"), Qt.SortOrder.AscendingOrder)
    assert [panel.model.index(row, 0).data() for row in range(3)] == ["40000002", "40000001", "40000003"]
    assert panel.selected_ids() == [dossier("40000002").id]
    panel.table.sortByColumn(COLUMNS.index("days_since_last_letter"), Qt.SortOrder.AscendingOrder)
    assert panel.model.index(0, COLUMNS.index("days_since_last_letter")).data() == "—"
