"""The main window: layout and wiring only (the technician's views come in later issues)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTableView

from telvalid_desktop.core.workspace import Workspace
from telvalid_desktop.gui.models.dossier_table import DossierTableModel


class MainWindow(QMainWindow):
    """Owns the dossier list of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(self.tr("TelValid — validation des groupes téléphonie"))
        self.dossier_model = DossierTableModel(self)
        self.dossier_view = QTableView(self)
        self.dossier_view.setModel(self.dossier_model)
        self.dossier_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.dossier_view.setSortingEnabled(False)
        self.dossier_view.horizontalHeader().setStretchLastSection(True)
        self.dossier_view.verticalHeader().setVisible(False)
        self.dossier_view.setAlternatingRowColors(True)
        self.setCentralWidget(self.dossier_view)
        self._build_menu()
        self.refresh()
        self.resize(1100, 700)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        refresh = QAction(self.tr("&Actualiser"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        file_menu.addAction(refresh)
        quit_action = QAction(self.tr("&Quitter"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def refresh(self) -> None:
        self.dossier_model.reload()
        self.dossier_view.resizeColumnsToContents()
        count = self.dossier_model.rowCount()
        self.statusBar().showMessage(
            self.tr("%n dossier(s) — espace de travail : ", "", count) + str(self.workspace.root)
        )
