"""The weekly report for the team: one A4 page (two when many items wait) summing up a week, as PDF.

Its figures are the dashboard's (``dashboard_figures`` over the seven local days of an
ISO week, Monday to Sunday); what is on hold is as it stands when the report is made.
Drawn like the letters (``letter_pdf``: base-14 Helvetica with a text layer, so the
report is searchable and testable) and written atomically: a reader never opens half a
report, and a failed write leaves the previous one in place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pymupdf

from telvalid_desktop.core.correspondence.letter_pdf import (
    ACCENT,
    BOTTOM,
    GREY,
    HEIGHT,
    MARGIN,
    TINT,
    WIDTH,
    Color,
    _Sheet,
)
from telvalid_desktop.core.supervision.dashboard import (
    CHANNEL_LABELS,
    WEEKDAYS,
    DashboardFigures,
    dashboard_figures,
    days_text,
    item_labels,
    percent_text,
)
from telvalid_desktop.db.models import utc_now
from telvalid_desktop.read_models.supervision import DailyCount

GREEN: Color = (0.18, 0.55, 0.34)
ROW = 16.0  # a table row's height
CHART_HEIGHT = 150.0


def monday_of(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _title(week_start: date) -> str:
    return f"Rapport hebdomadaire — semaine du {_day(week_start)}"


class _Report:
    """The report's pages: blocks flow down and continue on a new page when one is full."""

    def __init__(self, document: pymupdf.Document, title: str, footer: str) -> None:
        self.document = document
        self.title = title
        self.footer = footer
        self.sheet = self._new_sheet()
        self.y = 0.0

    def _new_sheet(self) -> _Sheet:
        sheet = _Sheet(self.document)
        sheet.text(MARGIN, 60, self.title, size=17, bold=True, color=ACCENT)
        sheet.line(MARGIN, HEIGHT - 38, WIDTH - MARGIN, HEIGHT - 38, color=GREY, width=0.4)
        sheet.text(MARGIN, HEIGHT - 26, self.footer, size=7.5, color=GREY)
        return sheet

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit above the footer."""
        if self.y + height > BOTTOM:
            self.sheet.finish()
            self.sheet = self._new_sheet()
            self.y = 90.0

    def heading(self, text: str) -> None:
        self.need(ROW * 3)  # never alone at the foot of a page
        self.y += 22
        self.sheet.text(MARGIN, self.y, text, size=11.5, bold=True, color=ACCENT)
        self.y += 8

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> None:
        """Text columns: the first left-aligned, the others right-aligned at their column's end."""
        for index, cells in enumerate([header, *rows]):
            self.need(ROW)
            if index == 0:
                self.sheet.rect((MARGIN, self.y, MARGIN + sum(widths), self.y + ROW), stroke=None, fill=TINT)
            baseline = self.y + ROW - 4.5
            self.sheet.text(MARGIN + 6, baseline, cells[0], size=9.5, bold=index == 0)
            for column, cell in enumerate(cells[1:], start=1):
                right = MARGIN + sum(widths[: column + 1]) - 6
                self.sheet.text(right, baseline, cell, size=9.5, bold=index == 0, align="right")
            self.y += ROW
            self.sheet.line(MARGIN, self.y, MARGIN + sum(widths), self.y, color=GREY, width=0.3)

    def finish(self) -> None:
        self.sheet.finish()


def _bar_chart(
    sheet: _Sheet, at: tuple[float, float, float], title: str, counts: Sequence[DailyCount], colour: Color
) -> None:
    """One bar a day, its count above it and its day under it; bars scaled to the week's highest.

    ``at``: the chart's left, top and width.
    """
    left, top, width = at
    sheet.text(left, top + 10, title, size=10, bold=True)
    floor = top + CHART_HEIGHT - 22
    room = floor - (top + 34)
    peak = max((count.count for count in counts), default=0) or 1
    slot = width / len(counts)
    sheet.line(left, floor, left + width, floor, color=GREY, width=0.6)
    for index, count in enumerate(counts):
        centre = left + slot * (index + 0.5)
        height = room * count.count / peak
        if height:
            sheet.rect((centre - slot * 0.3, floor - height, centre + slot * 0.3, floor), stroke=None, fill=colour)
        sheet.text(centre, floor - height - 3, str(count.count), size=8.5, align="center")
        label = f"{WEEKDAYS[count.day.weekday()]} {count.day.day:02d}"
        sheet.text(centre, floor + 12, label, size=7.5, color=GREY, align="center")


def _draw(document: pymupdf.Document, figures: DashboardFigures, made: datetime) -> None:
    made_on = f"{_day(made.date())} à {made:%H:%M}"
    report = _Report(
        document,
        _title(figures.start),
        f"TelValid Desktop — rapport établi le {made_on}",
    )
    report.sheet.text(
        MARGIN, 80, f"Du lundi {_day(figures.start)} au dimanche {_day(figures.end)}", size=9.5, color=GREY
    )
    report.y = 88.0
    report.heading("La semaine en chiffres")
    stats = figures.time_to_validation
    totals = [
        ("Envois reçus", str(figures.submissions)),
        ("Dossiers validés", str(figures.validations)),
        (f"Dossiers en attente d'un complément (le {_day(made.date())})", str(figures.on_hold)),
        ("Délai médian du premier envoi à la validation", days_text(stats.median_days)),
        ("90e centile de ce délai (9 dossiers sur 10 validés en moins de temps)", days_text(stats.p90_days)),
    ]
    report.table(("", "Semaine"), totals, (400.0, 83.0))
    report.need(CHART_HEIGHT + 20)
    top = report.y + 16
    half = (WIDTH - 2 * MARGIN - 24) / 2
    _bar_chart(report.sheet, (MARGIN, top, half), "Envois reçus par jour", figures.submissions_per_day, ACCENT)
    right = (MARGIN + half + 24, top, half)
    _bar_chart(report.sheet, right, "Validations par jour", figures.validations_per_day, GREEN)
    report.y = top + CHART_HEIGHT
    report.heading(f"Dossiers en attente par pièce manquante (le {_day(made.date())})")
    labels = item_labels()
    held = [(labels.get(item.item, item.item), str(item.count)) for item in figures.holds_by_missing_item]
    report.table(("Pièce manquante", "Dossiers"), held or [("Aucun dossier en attente", "–")], (400.0, 83.0))
    report.heading("Numéro de procédure reconnu automatiquement, par canal")
    channels = [
        (CHANNEL_LABELS.get(rate.channel, rate.channel), str(rate.pages), str(rate.recognised), percent_text(rate.rate))
        for rate in figures.recognition_by_channel
    ]
    nothing = [("Aucun fichier importé", "–", "–", "–")]
    report.table(("Canal", "Pages", "Reconnues", "Taux"), channels or nothing, (250.0, 77.0, 78.0, 78.0))
    report.finish()


def _write_atomically(path: Path, data: bytes) -> None:
    """Beside the target under a unique name, then renamed over it (the same file system)."""
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def write_weekly_report(week_start: date, path: Path, *, now: datetime | None = None) -> Path:
    """Write the report of the ISO week starting on Monday ``week_start`` to ``path``; returns ``path``.

    ``now``: when the report is made, in UTC as stored (default: now), printed in local time.
    """
    if week_start.weekday() != 0:
        raise ValueError(f"a week starts on a Monday, not on {week_start:%A} {week_start}")
    figures = dashboard_figures(week_start, week_start + timedelta(days=6))
    made = (now or utc_now()).replace(tzinfo=UTC).astimezone()
    document = pymupdf.open()
    _draw(document, figures, made)
    document.set_metadata({"title": _title(week_start), "creator": "TelValid Desktop"})
    data = document.tobytes(garbage=3, deflate=True, no_new_id=True)
    document.close()
    _write_atomically(path, data)
    return path
