"""The dashboard's charts, built from the core's figures (Qt Charts); no database access here.

Day series show as bars up to two months (each day readable) and as a line beyond
(a year of bars is a grey wall); counts always start at zero so bars compare.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt
from PySide6.QtGui import QColor

from telvalid_desktop.read_models.supervision import ChannelRate, DailyCount, DurationStats, ItemCount

BARS_UP_TO_DAYS = 62
BLUE, ORANGE, GREEN = QColor("#2f6fb5"), QColor("#e07b24"), QColor("#3a9a5b")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # figures, not a show
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    return chart


def _bars(label: str, colour: QColor, values: Sequence[float]) -> QBarSet:
    bars = QBarSet(label)
    bars.setColor(colour)
    bars.append([float(value) for value in values])
    return bars


def _attach(chart: QChart, series: QAbstractSeries, axis: QAbstractAxis, side: Qt.AlignmentFlag) -> None:
    chart.addAxis(axis, side)
    series.attachAxis(axis)


def _count_axis(maximum: float, title: str = "") -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, max(1.0, maximum * 1.1))
    axis.setLabelFormat("%d")
    axis.applyNiceNumbers()
    axis.setTitleText(title)
    return axis


def sparse_axis(labels: Sequence[str], shown: int) -> QCategoryAxis:
    """An axis under bars 0..n-1 naming about ``shown`` of them, each label on its bar.

    A bar category axis gives every label the width of one bar: thirty dates get elided
    to "..."; a value axis with labels at chosen positions keeps them whole.
    """
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, len(labels) - 0.5)
    step = max(1, -(-len(labels) // shown))
    for index in range(0, len(labels), step):
        axis.append(labels[index], index)
    axis.setGridLineVisible(False)
    return axis


def _msecs(day: date) -> float:
    # PySide6 converts a Python datetime (local time); its stubs list only Qt's own overloads.
    return QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch()  # type: ignore[call-overload]


def daily_chart(title: str, counts: Sequence[DailyCount], colour: QColor) -> QChart:
    """Counts per day: bars for a short period, a line for a long one."""
    chart = _chart(title)
    peak = max((count.count for count in counts), default=0)
    series: QBarSeries | QLineSeries  # bars or a line, and their axis of days
    days: QCategoryAxis | QDateTimeAxis
    if len(counts) <= BARS_UP_TO_DAYS:
        series = QBarSeries()
        series.append(_bars(title, colour, [count.count for count in counts]))
        series.setBarWidth(0.8)
        chart.addSeries(series)
        days = sparse_axis([count.day.strftime("%d/%m") for count in counts], 8)
        _attach(chart, series, days, Qt.AlignmentFlag.AlignBottom)
    else:
        series = QLineSeries()
        series.setColor(colour)
        for count in counts:
            series.append(_msecs(count.day), count.count)
        chart.addSeries(series)
        days = QDateTimeAxis()
        days.setFormat("MM/yyyy")
        days.setTickCount(7)
        _attach(chart, series, days, Qt.AlignmentFlag.AlignBottom)
    values = _count_axis(peak)
    _attach(chart, series, values, Qt.AlignmentFlag.AlignLeft)
    return chart


def items_chart(title: str, held: Sequence[ItemCount], label_of: Callable[[str], str]) -> QChart:
    """Dossiers on hold per missing item, the most awaited on top."""
    chart = _chart(title)
    shown = list(reversed(held))  # horizontal bars are drawn bottom-up
    series = QHorizontalBarSeries()
    series.append(_bars(title, ORANGE, [item.count for item in shown]))
    series.setLabelsVisible(True)
    chart.addSeries(series)
    items = QBarCategoryAxis()
    items.append([label_of(item.item) for item in shown] or [" "])
    _attach(chart, series, items, Qt.AlignmentFlag.AlignLeft)
    values = _count_axis(max((item.count for item in held), default=0))
    _attach(chart, series, values, Qt.AlignmentFlag.AlignBottom)
    return chart


def duration_chart(title: str, weeks: Sequence[tuple[date, DurationStats]]) -> QChart:
    """Median and 90th percentile days from first submission to validation, week by week."""
    chart = _chart(title)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    median = [stats.median_days or 0.0 for _week, stats in weeks]
    slow = [stats.p90_days or 0.0 for _week, stats in weeks]
    series = QBarSeries()
    series.append(
        [
            _bars(QCoreApplication.translate("Dashboard", "médiane"), BLUE, median),
            _bars(QCoreApplication.translate("Dashboard", "90e centile"), ORANGE, slow),
        ]
    )
    chart.addSeries(series)
    axis = sparse_axis([week.strftime("%d/%m") for week, _stats in weeks], 8)
    _attach(chart, series, axis, Qt.AlignmentFlag.AlignBottom)
    peak = max((stats.p90_days or 0.0 for _week, stats in weeks), default=0.0)
    days = _count_axis(peak, QCoreApplication.translate("Dashboard", "jours"))
    days.setLabelFormat("%.0f")
    _attach(chart, series, days, Qt.AlignmentFlag.AlignLeft)
    return chart


def channel_chart(title: str, rates: Sequence[ChannelRate], label_of: Callable[[str], str]) -> QChart:
    """Share of pages numbered automatically, per channel (with its page count in the label)."""
    chart = _chart(title)
    series = QBarSeries()
    series.append(_bars(title, GREEN, [100.0 * (rate.rate or 0.0) for rate in rates]))
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value %")
    series.setLabelsPrecision(3)
    chart.addSeries(series)
    channels = QBarCategoryAxis()
    pages = QCoreApplication.translate("Dashboard", "%1<br>%2 pages")
    channels.append(
        [pages.replace("%1", label_of(rate.channel)).replace("%2", str(rate.pages)) for rate in rates] or [" "]
    )
    _attach(chart, series, channels, Qt.AlignmentFlag.AlignBottom)
    percent = QValueAxis()
    percent.setRange(0, 100)
    percent.setLabelFormat("%d %%")
    _attach(chart, series, percent, Qt.AlignmentFlag.AlignLeft)
    return chart
