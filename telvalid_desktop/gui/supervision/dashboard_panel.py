"""The lead's dashboard: five charts for a period, each exported as PNG and its data as CSV,
and the weekly report as one PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.core.supervision.dashboard import DashboardFigures, days_text, write_chart_csv
from telvalid_desktop.gui.channel_text import channel_label
from telvalid_desktop.gui.supervision.charts import BLUE, GREEN, channel_chart, daily_chart, duration_chart, items_chart

SaveChooser = Callable[[QWidget, str, str], str]  # (parent, suggested path, filter) -> chosen path or ""
PERIODS = (7, 30, 90, 365)


def choose_save_path(parent: QWidget, suggested: str, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Dashboard", "Enregistrer"), suggested, file_filter
    )
    return path


class ChartCard(QFrame):
    """One chart with its two exports."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.view = QChartView(self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(360, 240)
        self.view.setAccessibleName(self.tr("Graphique"))
        self.png = QPushButton(self.tr("Image PNG…"), self)
        self.csv = QPushButton(self.tr("Données CSV…"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.png)
        buttons.addWidget(self.csv)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def show_chart(self, chart: QChart) -> None:
        previous = self.view.chart()
        self.view.setChart(chart)  # the view takes the new chart; the old one is ours to free
        if chart.title():
            self.view.setAccessibleName(self.tr("Graphique : %1").replace("%1", chart.title()))
        if previous is not None:
            previous.deleteLater()


class DashboardPanel(QWidget):
    """Owns the period, the cards and the exports; the window reads the figures."""

    period_changed = Signal()
    weekly_report_requested = Signal(date, str)  # Monday of the week, PDF path

    def __init__(
        self,
        label_of: Callable[[str], str],
        parent: QWidget | None = None,
        save_chooser: SaveChooser = choose_save_path,
    ) -> None:
        super().__init__(parent)
        self.label_of = label_of
        self.save_chooser = save_chooser
        self.figures: DashboardFigures | None = None
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Période"))
        for days in PERIODS:
            self.period.addItem(self.tr("%1 derniers jours").replace("%1", str(days)), days)
        self.period.setCurrentIndex(PERIODS.index(30))
        self.period.currentIndexChanged.connect(lambda _index: self.period_changed.emit())
        self.totals = QLabel(self)
        self.timing = QLabel(self)
        self.timing.setStyleSheet("color: #666;")
        self.report = QPushButton(self.tr("Rapport hebdomadaire (PDF)…"), self)
        self.report.clicked.connect(self._ask_weekly_report)
        self.cards = {
            key: ChartCard(key, self)
            for key in (
                "submissions_per_day",
                "validations_per_day",
                "holds_by_missing_item",
                "time_to_validation",
                "recognition_by_channel",
            )
        }
        for card in self.cards.values():
            card.png.clicked.connect(lambda _checked=False, card=card: self.export_png(card.key))
            card.csv.clicked.connect(lambda _checked=False, card=card: self.export_csv(card.key))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Période :"), self))
        top.addWidget(self.period)
        top.addWidget(self.totals, 1)
        top.addWidget(self.report)
        grid = QGridLayout()
        for position, card in enumerate(self.cards.values()):  # three cards above, two wider ones below
            if position < 3:
                grid.addWidget(card, 0, position * 2, 1, 2)
            else:
                grid.addWidget(card, 1, (position - 3) * 3, 1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.timing, 0, Qt.AlignmentFlag.AlignRight)

    def chosen_period(self, today: date | None = None) -> tuple[date, date]:
        """The last N local days, today included."""
        end = today or date.today()
        return end - timedelta(days=int(self.period.currentData()) - 1), end

    def show_figures(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self.cards["submissions_per_day"].show_chart(
            daily_chart(self.tr("Envois reçus par jour"), figures.submissions_per_day, BLUE)
        )
        self.cards["validations_per_day"].show_chart(
            daily_chart(self.tr("Validations par jour"), figures.validations_per_day, GREEN)
        )
        self.cards["holds_by_missing_item"].show_chart(
            items_chart(
                self.tr("Dossiers en attente par pièce manquante"), figures.holds_by_missing_item, self.label_of
            )
        )
        self.cards["time_to_validation"].show_chart(
            duration_chart(self.tr("Délai du 1er envoi à la validation, par semaine"), figures.validation_weeks)
        )
        self.cards["recognition_by_channel"].show_chart(
            channel_chart(
                self.tr("Reconnaissance automatique par canal"),
                figures.recognition_by_channel,
                channel_label,
            )
        )
        stats = figures.time_to_validation
        self.totals.setText(
            self.tr("<b>%1</b> envois · <b>%2</b> validations · <b>%3</b> en attente · délai médian %4, 90e centile %5")
            .replace("%1", str(figures.submissions))
            .replace("%2", str(figures.validations))
            .replace("%3", str(figures.on_hold))
            .replace("%4", days_text(stats.median_days))
            .replace("%5", days_text(stats.p90_days))
        )
        seconds = sum(figures.timings.values())
        self.timing.setText(self.tr("Calculé en %1 s").replace("%1", f"{seconds:.2f}"))

    def export_png(self, key: str) -> None:
        path = self.save_chooser(self, f"{key}.png", self.tr("Image PNG (*.png)"))
        if path and not self.cards[key].view.grab().save(path, "PNG"):
            self.timing.setText(self.tr("Image non enregistrée : %1").replace("%1", path))

    def export_csv(self, key: str) -> None:
        if self.figures is None:
            return
        path = self.save_chooser(self, f"{key}.csv", self.tr("CSV (*.csv)"))
        if path:
            try:
                write_chart_csv(self.figures, key, Path(path))
            except OSError as failure:
                self.timing.setText(self.tr("CSV non enregistré : %1").replace("%1", str(failure)))

    def _ask_weekly_report(self) -> None:
        today = date.today()
        monday = today - timedelta(days=today.weekday() + 7)  # the last complete week
        path = self.save_chooser(self, f"rapport-{monday.isoformat()}.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.weekly_report_requested.emit(monday, path)
