"""Coloured rounded pill for a dossier's state, so the queue reads at a glance."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from telvalid_desktop.gui.models.dossier_table import StatusRole

# background, text
BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "open": ("#dbeafe", "#1e3a8a"),
    "complement": ("#ede9fe", "#4c1d95"),
    "on_hold": ("#fef3c7", "#78350f"),
    "validated": ("#dcfce7", "#14532d"),
    "superseded": ("#e5e7eb", "#374151"),
    "rejected": ("#fee2e2", "#7f1d1d"),
}
PADDING_X = 8
PADDING_Y = 2


class StatusBadgeDelegate(QStyledItemDelegate):
    """Paints the display text of a cell inside a pill coloured by the row's ``StatusRole``."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        key = index.data(StatusRole)
        if key not in BADGE_COLOURS:
            super().paint(painter, option, index)
            return
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        background, foreground = BADGE_COLOURS[key]
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # selection and focus background, without the text
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, widget)
        metrics = option.fontMetrics
        cell = QRectF(option.rect)
        width = min(metrics.horizontalAdvance(text) + 2 * PADDING_X, cell.width() - 4)
        height = min(metrics.height() + 2 * PADDING_Y, cell.height() - 2)
        pill = QRectF(cell.left() + 2, cell.center().y() - height / 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - PADDING_X)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def sizeHint(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * PADDING_X + 4, size.height() + 2 * PADDING_Y)
