"""Take again every screenshot of the user guides (docs/guide/images), from the demo workspace.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.tools.docs_screenshots [--out docs/guide/images]

The technician's and the mailroom's pictures show the demo a newcomer opens (``telvalid demo``);
the lead's show 3,000 dossiers over a year, filled like the dashboard benchmark, so the charts
have something to say. Each picture is a grab of the real window, so it never drifts from the app.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TELVALID_LANG", "fr")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="telvalid-shots-config-")  # the user's window state untouched

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from telvalid_desktop.config import Settings  # noqa: E402
from telvalid_desktop.core.administration.services import Services, build_services  # noqa: E402
from telvalid_desktop.core.roles import Role, UserService  # noqa: E402
from telvalid_desktop.core.workspace import open_workspace  # noqa: E402
from telvalid_desktop.db.database import sqlite_url  # noqa: E402
from telvalid_desktop.db.models import Dossier, KnownProcedure  # noqa: E402
from telvalid_desktop.demo import build_demo  # noqa: E402
from telvalid_desktop.gui.dialogs.about_dialog import AboutDialog  # noqa: E402
from telvalid_desktop.gui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from telvalid_desktop.gui.i18n import install_translators  # noqa: E402
from telvalid_desktop.gui.main_window import MainWindow  # noqa: E402
from telvalid_desktop.gui.station_window import StationWindow  # noqa: E402
from tests.bench import dashboard_100k  # noqa: E402
from tests.bench.ui_stall import wait_until  # noqa: E402

SIZE = (1440, 860)


def settle(milliseconds: int = 400) -> None:
    """Let queued paints and worker results land before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def shoot(widget: QWidget, out: Path, name: str) -> None:
    settle()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"{path}  {widget.width()}x{widget.height()}")


def shown(window: QWidget) -> QWidget:
    window.resize(*SIZE)
    window.show()
    wait_until(window.isVisible)
    return window


def technician(services: Services, out: Path, split_number: str) -> None:
    window = shown(MainWindow(services))
    assert isinstance(window, MainWindow)
    window.sidebar.select_queue("all")
    wait_until(lambda: window.dossier_list.view.model().rowCount() > 0, 30)
    shoot(window, out, "technicien-liste")
    window.dossier_list.set_search(split_number)  # the customer who sent the form one day, the rest the next
    wait_until(lambda: window.dossier_list.view.model().rowCount() == 1, 30)
    window.dossier_list.select_row(0)
    dossier_id = window.dossier_list.current_dossier_id()
    assert dossier_id is not None
    window.open_dossier(dossier_id)
    wait_until(lambda: window.dossier_view.dossier is not None, 30)  # read on the database thread
    wait_until(window.dossier_view.viewer.is_sharp, 30)  # the page renders in a worker
    settle(1500)  # and the thumbnails
    window.commands.tick_item(1)  # the signed form, on the page shown
    wait_until(lambda: window.dossier_view.settled, 30)
    shoot(window, out, "technicien-dossier")
    window.show_list()
    window.dossier_list.set_search("")
    window.sidebar.select_queue("unsorted")
    settle(1500)
    shoot(window, out, "technicien-a-trier")
    about = AboutDialog(services, window)
    about.show()
    shoot(about, out, "aide-a-propos")
    about.close()
    settings = SettingsDialog(
        services.settings, services, window, settings_file=services.workspace.root / "settings.json", tasks=window.tasks
    )
    settings.show()
    settle(800)  # the values are checked in a worker
    shoot(settings, out, "reglages")
    settings.close()
    window.close()


def mailroom(services: Services, out: Path) -> None:
    window = shown(StationWindow(services))
    assert isinstance(window, StationWindow)
    for _ in range(14):  # back to the demo's batch day
        settle(800)
        if window.batches.tree.topLevelItemCount():
            break
        window.batches.step_day(-1)
    tree = window.batches.tree
    biggest = max(range(tree.topLevelItemCount()), key=lambda row: int(tree.topLevelItem(row).text(2)))
    tree.setCurrentItem(tree.topLevelItem(biggest))
    settle(1500)
    shoot(window, out, "courrier-lots")
    window.close()


def empty_workspace(root: Path, out: Path) -> None:
    workspace = open_workspace(root, sqlite_url(root))
    window = shown(MainWindow(build_services(workspace, Settings(), "tech1")))
    shoot(window, out, "technicien-accueil")
    window.close()
    workspace.close()


def lead(root: Path, out: Path) -> None:
    """3,000 dossiers over the year up to today, a lead and their team, then the supervision tabs."""
    dashboard_100k.LAST_DAY = date.today()
    dashboard_100k.NOW = datetime.utcnow()
    workspace = open_workspace(root, sqlite_url(root))
    dashboard_100k.fill(workspace.database, 3000)
    names = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"]
    numbers = [number for (number,) in Dossier.select(Dossier.procedure_number).tuples()]
    KnownProcedure.insert_many(
        [
            {"procedure_number": number, "customer_name": f"{names[i % 8]} SARL", "telephony_group": f"GRP-{i}"}
            for i, number in enumerate(numbers)
        ]
    ).execute()
    users = UserService()
    users.set_user("chef", Role.LEAD, "chef", "Claire Chef")
    for login in dashboard_100k.TECHNICIANS:
        users.set_user(login, Role.TECHNICIAN, "chef")
    window = shown(MainWindow(build_services(workspace, Settings(), "chef")))
    assert isinstance(window, MainWindow)
    window.show_supervision()
    supervision = window.supervision
    assert supervision is not None
    supervision.resize(*SIZE)
    tabs: list[tuple[str, QWidget, Callable[[], bool]]] = [
        ("responsable-attentes", supervision.holds, lambda: supervision.holds.model.rowCount() > 0),
        ("responsable-charge", supervision.workload, lambda: supervision.workload.loads.topLevelItemCount() > 0),
        ("responsable-tableau-de-bord", supervision.dashboard, lambda: supervision.dashboard.figures is not None),
    ]
    for name, tab, ready in tabs:
        supervision.tabs.setCurrentWidget(tab)
        wait_until(ready, 60)
        shoot(supervision, out, name)
    window.close()
    workspace.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/guide/images"))
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    application = QApplication([])
    install_translators(application, os.environ["TELVALID_LANG"])
    with tempfile.TemporaryDirectory(prefix="telvalid-shots-") as scratch:
        folder = Path(scratch)
        empty_workspace(folder / "empty", options.out)
        demo = folder / "demo"
        summary = build_demo(demo, database_url=sqlite_url(demo))
        split = next(dossier.procedure_number for dossier in summary.dossiers if dossier.scenario == "split")
        workspace = open_workspace(demo, sqlite_url(demo))
        technician(build_services(workspace, Settings(), "tech1"), options.out, split)
        mailroom(build_services(workspace, Settings(), "courrier1"), options.out)
        workspace.close()
        lead(folder / "lead", options.out)


if __name__ == "__main__":
    main()
