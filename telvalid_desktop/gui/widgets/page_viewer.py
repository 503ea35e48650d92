"""One page of a dossier at a time, paged and zoomed from the keyboard, never waiting for a render."""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QStyle,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from telvalid_desktop.gui.models.page_list import PageRefRole
from telvalid_desktop.gui.render_service import PageRef, Priority, RenderKey, RenderService

PAGE_UNITS = 1000.0  # scene width of a page; the height follows its aspect ratio
A4_ASPECT = 297 / 210
MARGIN_PX = 12  # grey border around the page, in logical pixels
ZOOM_STEP = 1.2
MIN_SCALE, MAX_SCALE = 0.05, 8.0  # logical pixels per scene unit
PREVIEW_WIDTH_PX = 360  # drawn at once when nothing of the page is cached
SHARP_DELAY_MS = 90  # wait for zoom and resize to settle before rendering the sharp image
PREFETCH_AHEAD, PREFETCH_BEHIND = 2, 1


class FitMode(Enum):
    """How the scale follows the viewport size."""

    WIDTH = "width"
    PAGE = "page"
    FREE = "free"  # set by zooming: kept as the window is resized


class _PageItem(QGraphicsItem):
    """Paints the current image of the page over a white sheet, pixel-exact when the scale allows."""

    def __init__(self) -> None:
        super().__init__()
        self._size = QSizeF(PAGE_UNITS, PAGE_UNITS * A4_ASPECT)
        self._image: QImage | None = None
        self._turn = 0  # clockwise degrees the image must be turned (a placeholder of another rotation)
        self._message = ""

    def boundingRect(self) -> QRectF:  # noqa: N802
        return QRectF(QPointF(0.0, 0.0), self._size)

    def aspect(self) -> float:
        return self._size.height() / self._size.width()

    def set_aspect(self, aspect: float) -> None:
        if abs(aspect - self.aspect()) > 1e-4:
            self.prepareGeometryChange()
            self._size = QSizeF(PAGE_UNITS, PAGE_UNITS * aspect)

    def set_image(self, image: QImage | None, turn: int = 0, message: str = "") -> None:
        self._image, self._turn, self._message = image, turn % 360, message
        self.update()

    def set_message(self, message: str) -> None:
        self._message = message
        self.update()

    def paint(self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None) -> None:
        rect = self.boundingRect()
        painter.fillRect(rect, Qt.GlobalColor.white)
        image = self._image
        if image is not None and not image.isNull():
            if self._turn:
                self._paint_turned(painter, rect, image)
            elif not self._paint_exact(painter, rect, image):
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.drawImage(rect, image)
        if self._message:
            painter.setPen(QColor(160, 0, 0))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._message)
        painter.setPen(QPen(QColor(0, 0, 0, 70), 0))
        painter.drawRect(rect)

    def _paint_exact(self, painter: QPainter, rect: QRectF, image: QImage) -> bool:
        """Blit 1:1 at a whole device pixel when the image has the displayed size: no resampling blur."""
        world = painter.worldTransform()
        if world.type().value > QTransform.TransformationType.TxScale.value:
            return False
        dpr = painter.device().devicePixelRatioF()
        shown = world.mapRect(rect)
        if abs(shown.width() * dpr - image.width()) > 1.0 or abs(shown.height() * dpr - image.height()) > 1.5:
            return False
        painter.save()
        painter.resetTransform()
        x, y = round(shown.x() * dpr) / dpr, round(shown.y() * dpr) / dpr
        painter.drawImage(QRectF(x, y, image.width() / dpr, image.height() / dpr), image)
        painter.restore()
        return True

    def _paint_turned(self, painter: QPainter, rect: QRectF, image: QImage) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.translate(rect.center())
        painter.rotate(self._turn)
        width, height = (rect.height(), rect.width()) if self._turn % 180 else (rect.width(), rect.height())
        painter.drawImage(QRectF(-width / 2, -height / 2, width, height), image)
        painter.restore()


class PageViewer(QWidget):
    """Shows the current page of a page list model; owns its scene, zoom state and keyboard actions.

    The image shown is whatever is available at once (the cached sharp image, else any
    cached image of the page, else a quick preview), replaced by the sharp image when the
    render service delivers it. Rotations are not applied here: ``rotation_requested`` asks
    the window to record one, and the model's new ``PageRef`` then comes back through
    ``dataChanged``. Arrow keys turn pages when the page is not scrollable that way.
    """

    page_changed = Signal(int)  # row in the model
    rotation_requested = Signal(int, int)  # row, clockwise degrees (+90 right, -90 left)

    def __init__(self, service: RenderService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._model: QAbstractItemModel | None = None
        self._row = -1
        self._ref: PageRef | None = None
        self._shown_key: RenderKey | None = None
        self._fit_mode = FitMode.WIDTH
        self._scale = 1.0
        self._preview_owner = (id(self), "preview")
        self._prefetch_owner = (id(self), "prefetch")

        self._scene = QGraphicsScene(self)
        self._item = _PageItem()
        self._scene.addItem(self._item)
        self.view = QGraphicsView(self._scene, self)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.view.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Mid))
        self.view.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setAccessibleName(self.tr("Page affichée"))
        # The focus shows: a frame in the highlight colour while the page has the keyboard.
        self.view.setStyleSheet(
            "QGraphicsView { border: 2px solid transparent; }"
            " QGraphicsView:focus { border: 2px solid palette(highlight); }"
        )
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.setFocusProxy(self.view)

        self._sharp_timer = QTimer(self)
        self._sharp_timer.setSingleShot(True)
        self._sharp_timer.setInterval(SHARP_DELAY_MS)
        self._sharp_timer.timeout.connect(self._on_sharp_timer_timeout)
        service.page_rendered.connect(self._on_page_rendered)
        service.render_failed.connect(self._on_render_failed)
        self._build_actions()

    # -- public API --

    def set_model(self, model: QAbstractItemModel) -> None:
        """Page through ``model``'s rows (a ``PageListModel`` or anything with ``PageRefRole``)."""
        if self._model is not None:
            for signal, slot in self._model_connections():
                signal.disconnect(slot)
        self._model = model
        for signal, slot in self._model_connections():
            signal.connect(slot)
        self._row = -1
        self._on_model_reset()

    def _model_connections(self) -> list[tuple[SignalInstance, Callable[..., None]]]:
        model = self._model
        assert model is not None  # asked only while a model is set
        return [
            (model.modelReset, self._on_model_reset),
            (model.rowsInserted, self._on_rows_changed),
            (model.rowsRemoved, self._on_rows_changed),
            (model.dataChanged, self._on_data_changed),
        ]

    def current_page(self) -> int:
        return self._row

    def page_count(self) -> int:
        return 0 if self._model is None else self._model.rowCount()

    def fit_mode(self) -> FitMode:
        return self._fit_mode

    def displayed_scale(self) -> float:
        """Logical pixels per scene unit (the page is ``PAGE_UNITS`` wide)."""
        return self._scale

    def shown_key(self) -> RenderKey | None:
        """Key of the image on screen; ``is_sharp`` tells whether it is the final one."""
        return self._shown_key

    def is_sharp(self) -> bool:
        return self._ref is not None and self._shown_key == self._wanted_key()

    @Slot(int)
    def set_current_page(self, row: int) -> None:
        count = self.page_count()
        row = max(0, min(row, count - 1)) if count else -1
        if row == self._row and (row < 0 or self._ref == self._ref_at(row)):
            return
        self._row = row
        self._show_current(scroll_to_top=True)
        self.page_changed.emit(row)

    @Slot()
    def next_page(self) -> None:
        self.set_current_page(self._row + 1)

    @Slot()
    def previous_page(self) -> None:
        self.set_current_page(max(0, self._row - 1))

    @Slot()
    def first_page(self) -> None:
        self.set_current_page(0)

    @Slot()
    def last_page(self) -> None:
        self.set_current_page(self.page_count() - 1)

    @Slot()
    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    @Slot()
    def fit_width(self) -> None:
        self._fit_mode = FitMode.WIDTH
        self._apply_fit()

    @Slot()
    def fit_page(self) -> None:
        self._fit_mode = FitMode.PAGE
        self._apply_fit()

    @Slot()
    def rotate_left(self) -> None:
        if self._row >= 0:
            self.rotation_requested.emit(self._row, -90)

    @Slot()
    def rotate_right(self) -> None:
        if self._row >= 0:
            self.rotation_requested.emit(self._row, 90)

    # -- actions --

    def _build_actions(self) -> None:
        """One QAction per command, so a menu or a shortcut sheet can list them with ``actions()``."""
        table = (
            (self.tr("Page suivante"), ("PgDown",), self.next_page),
            (self.tr("Page précédente"), ("PgUp",), self.previous_page),
            (self.tr("Première page"), ("Home",), self.first_page),
            (self.tr("Dernière page"), ("End",), self.last_page),
            (self.tr("Zoom avant"), ("Ctrl+=", "Ctrl++"), self.zoom_in),
            (self.tr("Zoom arrière"), ("Ctrl+-",), self.zoom_out),
            (self.tr("Ajuster à la largeur"), ("Ctrl+0", "W"), self.fit_width),
            (self.tr("Page entière"), ("Ctrl+9", "P"), self.fit_page),
            (self.tr("Pivoter à gauche"), ("L",), self.rotate_left),
            (self.tr("Pivoter à droite"), ("R",), self.rotate_right),
        )
        for text, keys, slot in table:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- events --

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent):
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    steps = event.angleDelta().y() / 120
                    if steps:
                        self._zoom_by(ZOOM_STEP**steps)
                    return True
            elif event.type() == QEvent.Type.Resize:
                self._on_viewport_resized()
        elif watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._arrow_turns_page(event)
        return super().eventFilter(watched, event)

    def _arrow_turns_page(self, event: QKeyEvent) -> bool:
        if event.modifiers() not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        horizontal, vertical = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        moves = {
            Qt.Key.Key_Right: (horizontal, self.next_page),
            Qt.Key.Key_Left: (horizontal, self.previous_page),
            Qt.Key.Key_Down: (vertical, self.next_page),
            Qt.Key.Key_Up: (vertical, self.previous_page),
        }
        move = moves.get(Qt.Key(event.key()))
        if move is None or move[0].maximum() > move[0].minimum():
            return False  # scrollable that way: the view scrolls
        move[1]()
        return True

    def _on_viewport_resized(self) -> None:
        if self._fit_mode is not FitMode.FREE:
            self._apply_fit()

    # -- model --

    def _ref_at(self, row: int) -> PageRef | None:
        if self._model is None or not 0 <= row < self._model.rowCount():
            return None
        ref = self._model.index(row, 0).data(PageRefRole)
        return ref if isinstance(ref, PageRef) else None

    def _on_model_reset(self) -> None:
        self._row = -1
        self.set_current_page(0)
        if self.page_count() == 0:
            self._show_current(scroll_to_top=True)

    def _on_rows_changed(self, *_args: object) -> None:
        row = min(self._row, self.page_count() - 1)
        self._row = -2  # force a refresh even if the row number is unchanged
        self.set_current_page(max(row, 0))

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: list[int]) -> None:
        if top_left.row() <= self._row <= bottom_right.row() and self._ref != self._ref_at(self._row):
            self._show_current(scroll_to_top=False)

    # -- scale --

    def _zoom_by(self, factor: float) -> None:
        self._fit_mode = FitMode.FREE
        self._set_scale(self._scale * factor)

    def _fit_scale(self) -> float:
        area = self.view.maximumViewportSize()  # without scroll bars
        width, height = area.width() - 2 * MARGIN_PX, area.height() - 2 * MARGIN_PX
        page_height = PAGE_UNITS * self._item.aspect()
        if self._fit_mode is FitMode.PAGE:
            return min(width / PAGE_UNITS, height / page_height)
        scale = width / PAGE_UNITS
        if page_height * scale > height:  # a vertical scroll bar will take some width
            scale = (width - self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)) / PAGE_UNITS
        return scale

    def _apply_fit(self) -> None:
        if self._fit_mode is not FitMode.FREE:
            self._set_scale(self._fit_scale())

    def _set_scale(self, scale: float) -> None:
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        margin = MARGIN_PX / scale
        self._scene.setSceneRect(self._item.boundingRect().adjusted(-margin, -margin, margin, margin))
        if not math.isclose(scale, self._scale) or not math.isclose(self.view.transform().m11(), scale):
            self._scale = scale
            self.view.setTransform(QTransform.fromScale(scale, scale))
        if self._ref is not None and self._shown_key != self._wanted_key():
            self._sharp_timer.start()

    def _wanted_width(self) -> int:
        dpr = self.view.viewport().devicePixelRatioF()
        return RenderService.clamp_width(round(PAGE_UNITS * self._scale * dpr))

    def _wanted_key(self) -> RenderKey | None:
        return None if self._ref is None else self._ref.key(self._wanted_width())

    # -- images --

    def _show_current(self, *, scroll_to_top: bool) -> None:
        """Draw the best image available now, then ask for the sharp one and the neighbours."""
        previous_ref, self._ref = self._ref, self._ref_at(self._row)
        if self._ref is None:
            self._sharp_timer.stop()
            self._shown_key = None
            self._item.set_image(None)
            return
        self._apply_fit()  # the scale may not have followed a resize made before the page existed
        self._sharp_timer.stop()
        same_page = (
            previous_ref is not None
            and previous_ref.file_path == self._ref.file_path
            and previous_ref.index == self._ref.index
        )
        width = self._wanted_width()
        image = self._service.request(self._ref, width, owner=self, replace=True)
        if image is not None:
            self._display(image, self._ref.key(width))
        else:
            found = self._service.best_cached(self._ref)
            if found is not None:
                self._display(found[1], found[0])
            elif not same_page:  # a white sheet of the last aspect, then a quick preview
                self._shown_key = None
                self._item.set_image(None)
                self._service.request(
                    self._ref, PREVIEW_WIDTH_PX, priority=Priority.PREVIEW, owner=self._preview_owner, replace=True
                )
        if scroll_to_top:
            self.view.verticalScrollBar().setValue(self.view.verticalScrollBar().minimum())
        self._prefetch_neighbours(width)

    def _display(self, image: QImage, key: RenderKey) -> None:
        turn = (self._ref.rotation - key[2]) % 360 if self._ref is not None else 0
        width, height = image.width(), image.height()
        aspect = (width / height) if turn % 180 else (height / width)
        aspect_changed = abs(aspect - self._item.aspect()) > 1e-3
        self._item.set_aspect(aspect)
        self._item.set_image(image, turn)
        self._shown_key = key
        if aspect_changed:
            self._apply_fit() if self._fit_mode is not FitMode.FREE else self._set_scale(self._scale)

    def _prefetch_neighbours(self, width: int) -> None:
        rows = [self._row + step for step in range(1, PREFETCH_AHEAD + 1)]
        rows += [self._row - step for step in range(1, PREFETCH_BEHIND + 1)]
        refs = [ref for ref in (self._ref_at(row) for row in rows) if ref is not None]
        self._service.prefetch(refs, width, owner=self._prefetch_owner)

    def _on_sharp_timer_timeout(self) -> None:
        if self._ref is None:
            return
        width = self._wanted_width()
        image = self._service.request(self._ref, width, owner=self, replace=True)
        if image is not None:
            self._display(image, self._ref.key(width))
        self._prefetch_neighbours(width)

    def _on_page_rendered(self, key: RenderKey, image: QImage) -> None:
        ref = self._ref
        if ref is None or key[0] != str(ref.file_path) or key[1] != ref.index:
            return
        if key == self._wanted_key():
            self._display(image, key)
            return
        shown = self._shown_key
        better = shown is None or (key[2] == ref.rotation % 360 and (shown[2] != key[2] or key[3] > shown[3]))
        if better and shown != self._wanted_key():
            self._display(image, key)

    def _on_render_failed(self, key: RenderKey, _message: str) -> None:
        if key == self._wanted_key():
            self._item.set_message(self.tr("Page illisible"))
