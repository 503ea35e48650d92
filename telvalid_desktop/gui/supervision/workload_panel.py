"""The team's workload: dossiers each technician follows, claims left open, decisions per day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.gui.time_text import local_time_text
from telvalid_desktop.read_models.supervision import ClaimRow, TechnicianLoad, TechnicianThroughput


def _tree(parent: QWidget, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setHeaderLabels(headers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(False)  # figures stay next to their names
    return tree


class WorkloadPanel(QWidget):
    """Owns three lists; the window loads them and runs the releases."""

    release_requested = Signal(list)  # dossier ids
    dossier_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loads = _tree(
            self,
            [
                self.tr("Technicien"),
                self.tr("Ouverts"),
                self.tr("dont complément reçu"),
                self.tr("En attente"),
                self.tr("Total"),
            ],
        )
        self.loads.setAccessibleName(self.tr("Dossiers suivis par technicien"))
        self.claims_title = QLabel(self)
        self.claims = _tree(self, [self.tr("N° de procédure"), self.tr("Ouvert par"), self.tr("Depuis")])
        self.claims.setAccessibleName(self.tr("Dossiers ouverts depuis longtemps"))
        self.claims.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.claims.itemDoubleClicked.connect(
            lambda item: self.dossier_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))
        )
        self.release_button = QPushButton(self.tr("Libérer les dossiers sélectionnés"), self)
        self.release_button.clicked.connect(self._release_selection)
        self.throughput_title = QLabel(self)
        self.throughput = _tree(self, [self.tr("Technicien")])
        self.throughput.setAccessibleName(self.tr("Décisions par jour"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Dossiers suivis par technicien</b> (ouverts ou en attente)"), self))
        layout.addWidget(self.loads, 2)
        layout.addWidget(self.claims_title)
        layout.addWidget(self.claims, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.throughput_title)
        layout.addWidget(self.throughput, 2)

    def show_loads(self, loads: list[TechnicianLoad]) -> None:
        self.loads.clear()
        for load in loads:
            name = load.technician or self.tr("(personne)")
            values = [load.open, load.complement_received, load.on_hold, load.total]
            item = QTreeWidgetItem([name, *map(str, values)])
            for column in range(1, 5):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.loads.addTopLevelItem(item)

    def show_claims(self, claims: list[ClaimRow], older_than_hours: int) -> None:
        self.claims_title.setText(
            self.tr("<b>Dossiers ouverts depuis plus de %1 h</b> : %2 (libérez-les si leur poste est parti)")
            .replace("%1", str(older_than_hours))
            .replace("%2", str(len(claims)))
        )
        self.claims.clear()
        for claim in claims:
            item = QTreeWidgetItem([claim.procedure_number, claim.holder, local_time_text(claim.claimed_at)])
            item.setData(0, Qt.ItemDataRole.UserRole, claim.dossier_id)
            self.claims.addTopLevelItem(item)
        self.release_button.setEnabled(bool(claims))

    def show_throughput(self, days: list[date], rows: list[TechnicianThroughput]) -> None:
        """Decisions (validations and holds) per technician and day, newest day first."""
        self.throughput_title.setText(
            self.tr("<b>Décisions par jour</b> (validations + mises en attente), %1 derniers jours").replace(
                "%1", str(len(days))
            )
        )
        shown = list(reversed(days))
        self.throughput.clear()
        self.throughput.setHeaderLabels(
            [self.tr("Technicien"), self.tr("Moyenne/jour"), *[day.strftime("%d/%m") for day in shown]]
        )
        for row in rows:
            per_day = dict(zip(days, row.decisions, strict=True))
            validated = dict(zip(days, row.validated, strict=True))
            cells = [row.technician, f"{sum(row.decisions) / max(1, len(days)):.1f}"]
            cells += [str(per_day[day] or "") for day in shown]
            item = QTreeWidgetItem(cells)
            for column, day in enumerate(shown, start=2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
                item.setToolTip(
                    column,
                    self.tr("%1 validé(s), %2 mis en attente")
                    .replace("%1", str(validated[day]))
                    .replace("%2", str(per_day[day] - validated[day])),
                )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            self.throughput.addTopLevelItem(item)

    def _release_selection(self) -> None:
        chosen = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.claims.selectedItems()]
        if chosen:
            self.release_requested.emit(chosen)
