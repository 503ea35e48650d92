"""The dashboard's charts, built from the core's figures (Qt Charts); no database access here.

Day series show as bars up to two months (each day readable) and as a line beyond
(a year of bars is a grey wall); counts always start at zero so bars compare.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
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

from telvalid_desktop.db.dashboard_queries import ChannelRate, DailyCount, DurationStats, ItemCount

BARS_UP_TO_DAYS = 62
BLUE, ORANGE, GREEN = QColor("#2f6fb5"), QColor("#e07b24"), QColor("#3a9a5b")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # figures, not a show
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setVisible(False)
    return chart


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
    return QDateTime(datetime.combine(day, time(12))).toMSecsSinceEpoch()


def daily_chart(title: str, counts: Sequence[DailyCount], colour: QColor) -> QChart:
    """Counts per day: bars for a short period, a line for a long one."""
    chart = _chart(title)
    peak = max((count.count for count in counts), default=0)
    if len(counts) <= BARS_UP_TO_DAYS:
        bars = QBarSet(title)
        bars.setColor(colour)
        bars.append([float(count.count) for count in counts])
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        days = sparse_axis([count.day.strftime("%d/%m") for count in counts], 8)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(days)
    else:
        series = QLineSeries()
        series.setColor(colour)
        for count in counts:
            series.append(_msecs(count.day), count.count)
        chart.addSeries(series)
        days = QDateTimeAxis()
        days.setFormat("MM/yyyy")
        days.setTickCount(7)
        chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(days)
    values = _count_axis(peak)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    return chart


def items_chart(title: str, held: Sequence[ItemCount], label_of: Callable[[str], str]) -> QChart:
    """Dossiers on hold per missing item, the most awaited on top."""
    chart = _chart(title)
    bars = QBarSet(title)
    bars.setColor(ORANGE)
    shown = list(reversed(held))  # horizontal bars are drawn bottom-up
    bars.append([float(item.count) for item in shown])
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    chart.addSeries(series)
    items = QBarCategoryAxis()
    items.append([label_of(item.item) for item in shown] or [" "])
    chart.addAxis(items, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(items)
    values = _count_axis(max((item.count for item in held), default=0))
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    return chart


def duration_chart(title: str, weeks: Sequence[tuple[date, DurationStats]]) -> QChart:
    """Median and 90th percentile days from first submission to validation, week by week."""
    chart = _chart(title)
    chart.legend().setVisible(True)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    median = QBarSet(QCoreApplication.translate("Dashboard", "médiane"))
    median.setColor(BLUE)
    slow = QBarSet(QCoreApplication.translate("Dashboard", "90e centile"))
    slow.setColor(ORANGE)
    for _week, stats in weeks:
        median.append(stats.median_days or 0.0)
        slow.append(stats.p90_days or 0.0)
    series = QBarSeries()
    series.append([median, slow])
    chart.addSeries(series)
    axis = sparse_axis([week.strftime("%d/%m") for week, _stats in weeks], 8)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    peak = max((stats.p90_days or 0.0 for _week, stats in weeks), default=0.0)
    days = _count_axis(peak, QCoreApplication.translate("Dashboard", "jours"))
    days.setLabelFormat("%.0f")
    chart.addAxis(days, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(days)
    return chart


def channel_chart(title: str, rates: Sequence[ChannelRate], label_of: Callable[[str], str]) -> QChart:
    """Share of pages numbered automatically, per channel (with its page count in the label)."""
    chart = _chart(title)
    bars = QBarSet(title)
    bars.setColor(GREEN)
    bars.append([100.0 * (rate.rate or 0.0) for rate in rates])
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value %")
    series.setLabelsPrecision(3)
    chart.addSeries(series)
    channels = QBarCategoryAxis()
    pages = QCoreApplication.translate("Dashboard", "%1<br>%2 pages")
    channels.append(
        [pages.replace("%1", label_of(rate.channel)).replace("%2", str(rate.pages)) for rate in rates] or [" "]
    )
    chart.addAxis(channels, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(channels)
    percent = QValueAxis()
    percent.setRange(0, 100)
    percent.setLabelFormat("%d %%")
    chart.addAxis(percent, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(percent)
    return chart
