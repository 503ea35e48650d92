"""Vertical strip of page thumbnails, with page badges, from which pages are dragged onto checklist items."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from telvalid_desktop.gui.models.page_list import (
    BlankRole,
    DisagreesRole,
    NewRole,
    PageListModel,
    SeenRole,
    SendingRole,
)

THUMBNAIL_WIDTH = 120  # logical pixels
A4_ASPECT = 297 / 210
PADDING = 6
LABEL_LINES = 1
DISAGREE_COLOR = QColor(200, 30, 30)
DISAGREE_MARK = 16  # px, the disc with "≠" on a page whose number differs
BLANK_COLOR = QColor(120, 120, 120)
UNSEEN_COLOR = QColor(21, 101, 192)
UNSEEN_CORNER = 18  # logical pixels: the folded corner of a page nobody has looked at yet
NEW_COLOR = QColor(46, 125, 50)


class PageThumbnailDelegate(QStyledItemDelegate):
    """Paints a thumbnail, its label, a red marker on a disagreeing page, a grey "vierge" badge, a
    blue folded corner with a bold label on a page not looked at yet, a green "nouvelle" tag on a page
    arrived since the dossier was last looked at (the tooltip says each in words), and above the first
    page of each sending of a dossier sent in several, a title with its date and channel.

    FIXME(#TBD): move to gui/delegates/ when that package exists (this file only owns the strip).
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        text_height = option.fontMetrics.height() * LABEL_LINES
        height = round(THUMBNAIL_WIDTH * A4_ASPECT) + text_height + 3 * PADDING + self._title_height(option, index)
        return QSize(THUMBNAIL_WIDTH + 2 * PADDING, height)

    @staticmethod
    def _title_height(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        title = index.data(SendingRole)
        return option.fontMetrics.height() * (str(title).count("\n") + 1) + 2 * PADDING if title else 0

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        title_height = self._title_height(option, index)
        if title_height:
            self._paint_sending_title(painter, option, str(index.data(SendingRole)), title_height)
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(0, title_height, 0, 0)
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = option.rect
        text_height = option.fontMetrics.height() * LABEL_LINES
        box = QRectF(
            rect.x() + PADDING,
            rect.y() + PADDING,
            rect.width() - 2 * PADDING,
            rect.height() - text_height - 3 * PADDING,
        )
        sheet = self._paint_thumbnail(painter, box, index.data(Qt.ItemDataRole.DecorationRole))
        if index.data(DisagreesRole):
            self._paint_disagree_marker(painter, sheet)
        if index.data(BlankRole):
            self._paint_blank_badge(painter, sheet, option)
        unseen = index.data(SeenRole) is False
        if unseen:
            self._paint_unseen_corner(painter, sheet)
        if index.data(NewRole):
            self._paint_new_tag(painter, sheet, option)
        label_rect = QRectF(rect.x() + PADDING, box.bottom() + PADDING, rect.width() - 2 * PADDING, text_height)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        font = QFont(option.font)
        font.setBold(unseen)
        painter.setFont(font)
        text = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""), Qt.TextElideMode.ElideMiddle, round(label_rect.width())
        )
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, text)
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._paint_focus(painter, option)
        painter.restore()

    @staticmethod
    def _paint_focus(painter: QPainter, option: QStyleOptionViewItem) -> None:
        """The current page while the strip has the keyboard: a frame the width of the cell, not a dotted line."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Highlight
        pen = QPen(option.palette.color(option.palette.ColorGroup.Active, role), 2)
        pen.setStyle(Qt.PenStyle.DashLine)  # on the selection's colour too, unlike a highlight-coloured frame
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(option.rect).adjusted(2, 2, -2, -2))

    @staticmethod
    def _paint_thumbnail(painter: QPainter, box: QRectF, image: object) -> QRectF:
        """The image fitted in ``box`` (a white A4 sheet while it renders); returns where it went."""
        if isinstance(image, QImage) and not image.isNull():
            scale = min(box.width() / image.width(), box.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
        else:
            image, width, height = None, min(box.width(), box.height() / A4_ASPECT), 0.0
            height = width * A4_ASPECT
        sheet = QRectF(box.x() + (box.width() - width) / 2, box.y() + (box.height() - height) / 2, width, height)
        painter.fillRect(sheet, Qt.GlobalColor.white)
        if image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawImage(sheet, image)
        painter.setPen(QPen(QColor(0, 0, 0, 90), 0))
        painter.drawRect(sheet)
        return sheet

    @staticmethod
    def _paint_disagree_marker(painter: QPainter, sheet: QRectF) -> None:
        """A bar down the left edge and a disc with "≠": the sign says it as well as the red."""
        painter.fillRect(QRectF(sheet.x() - 4, sheet.y(), 3, sheet.height()), DISAGREE_COLOR)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(Qt.GlobalColor.white, 1))
        painter.setBrush(DISAGREE_COLOR)
        disc = QRectF(sheet.right() - DISAGREE_MARK - 3, sheet.y() + 3, DISAGREE_MARK, DISAGREE_MARK)
        painter.drawEllipse(disc)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(DISAGREE_MARK - 4)
        painter.setFont(font)
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, "≠")

    @staticmethod
    def _paint_unseen_corner(painter: QPainter, sheet: QRectF) -> None:
        """A folded top-left corner: the shape says "not looked at yet" without relying on its colour."""
        size = min(UNSEEN_CORNER, sheet.width() / 3)
        corner = QPainterPath()
        corner.moveTo(sheet.topLeft())
        corner.lineTo(sheet.x() + size, sheet.y())
        corner.lineTo(sheet.x(), sheet.y() + size)
        corner.closeSubpath()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillPath(corner, UNSEEN_COLOR)
        painter.setPen(QPen(Qt.GlobalColor.white, 1.5))
        painter.drawLine(QPointF(sheet.x() + size, sheet.y()), QPointF(sheet.x(), sheet.y() + size))

    @staticmethod
    def _paint_sending_title(painter: QPainter, option: QStyleOptionViewItem, title: str, height: int) -> None:
        """A rule and the sending's title (its rank and channel, then its date) above its first page."""
        rect = QRectF(option.rect.x() + PADDING, option.rect.y(), option.rect.width() - 2 * PADDING, height)
        rule = rect.top() + PADDING / 2
        painter.setPen(QPen(option.palette.color(option.palette.ColorRole.Mid), 1))
        painter.drawLine(QPointF(rect.left(), rule), QPointF(rect.right(), rule))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(option.palette.color(option.palette.ColorRole.WindowText))
        metrics = painter.fontMetrics()
        width = round(rect.width())
        lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in title.split("\n")]
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect.adjusted(0, PADDING / 2, 0, 0), align, "\n".join(lines))
        painter.setFont(option.font)

    def _paint_new_tag(self, painter: QPainter, sheet: QRectF, option: QStyleOptionViewItem) -> None:
        """A "nouvelle" tag at the sheet's foot: the word says it as well as the green."""
        foot = QPointF(sheet.left() + 3, sheet.bottom() - 3)
        self._paint_badge(painter, option, self.tr("nouvelle"), NEW_COLOR, lambda badge: badge.moveBottomLeft(foot))

    def _paint_blank_badge(self, painter: QPainter, sheet: QRectF, option: QStyleOptionViewItem) -> None:
        centre = sheet.center()
        self._paint_badge(painter, option, self.tr("vierge"), BLANK_COLOR, lambda badge: badge.moveCenter(centre))

    @staticmethod
    def _paint_badge(
        painter: QPainter, option: QStyleOptionViewItem, text: str, color: QColor, place: Callable[[QRectF], object]
    ) -> None:
        """White ``text`` on a rounded ``color`` badge, which ``place`` moves where it goes."""
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        badge = QRectF(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 4)
        place(badge)
        path = QPainterPath()
        path.addRoundedRect(badge, 4, 4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillPath(path, color)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(option.font)


class ThumbnailStrip(QListView):
    """Owns the thumbnail column of a ``PageListModel``: selection, drag out and the thumbnail DPI.

    Pages are dragged out as ``application/x-telvalid-page-ids`` (see ``PageListModel.mimeData``).
    """

    page_selected = Signal(int)  # row that became current

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.ListMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setUniformItemSizes(False)  # the first page of each sending carries its title
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(PageThumbnailDelegate(self))
        width = THUMBNAIL_WIDTH + 2 * PADDING + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 8
        self.setMinimumWidth(width)
        self.setMaximumWidth(width + 40)

    # Narrower than QListView's on purpose: the strip needs its PageListModel (thumbnail width).
    def setModel(self, model: PageListModel) -> None:  # type: ignore[override]  # noqa: N802 - Qt override
        if self.selectionModel() is not None:
            self.selectionModel().currentRowChanged.disconnect(self._on_current_row_changed)
        super().setModel(model)
        model.set_thumbnail_width(self._thumbnail_width_px())
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def set_current_page(self, row: int) -> None:
        """Follow the viewer without echoing ``page_selected`` back to it."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount() or self.currentIndex().row() == row:
            return
        index = model.index(row, 0)
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def _thumbnail_width_px(self) -> int:
        return round(THUMBNAIL_WIDTH * self.devicePixelRatioF())

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.page_selected.emit(current.row())
