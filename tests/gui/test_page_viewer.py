"""Page viewer, thumbnail model and render service: real renders of generated PDFs, no sleeps."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from telvalid_desktop.gui.models.page_list import (
    PAGE_IDS_MIME_TYPE,
    BlankRole,
    DisagreesRole,
    PageEntry,
    PageListModel,
)
from telvalid_desktop.gui.render_service import PageRef, Pixels, RenderService, render_page_pixels
from telvalid_desktop.gui.widgets.page_viewer import FitMode, PageViewer
from telvalid_desktop.gui.widgets.thumbnail_strip import ThumbnailStrip

PAGES = 5


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    """A few A4 pages with real text, so every render draws something."""
    path = tmp_path / "dossier.pdf"
    document = pymupdf.open()
    for number in range(PAGES):
        page = document.new_page(width=595, height=842)
        page.insert_text((72, 100), f"Procédure 4815162{number} — page {number + 1}", fontsize=20)
        page.draw_rect(pymupdf.Rect(60, 140, 535, 780), color=(0, 0, 0), width=2)
    document.save(path)
    return path


class CountingRenderer:
    """Renders for real in the test's thread pool and records which keys were rendered."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.rendered: list[tuple[str, int, int, int]] = []
        self.gate = gate
        self._lock = threading.Lock()

    def __call__(self, path: str, index: int, rotation: int, width: int) -> Pixels:
        if self.gate is not None:
            self.gate.wait(10)
        with self._lock:
            self.rendered.append((path, index, rotation, width))
        return render_page_pixels(path, index, rotation, width)


@pytest.fixture
def renderer() -> CountingRenderer:
    return CountingRenderer()


@pytest.fixture
def service(qtbot: QtBot, renderer: CountingRenderer) -> Iterator[RenderService]:
    """In-thread rendering: the same code path as the process pool, without spawning per test."""
    executor = ThreadPoolExecutor(max_workers=2)
    render_service = RenderService(workers=2, executor=executor, render_function=renderer)
    yield render_service
    render_service.shutdown()
    executor.shutdown(wait=True, cancel_futures=True)


def _entries(pdf: Path) -> list[PageEntry]:
    return [
        PageEntry(
            page_id=100 + index,
            ref=PageRef(pdf, index),
            file_name="dossier.pdf",
            disagrees=index == 1,
            blank=index == 2,
        )
        for index in range(PAGES)
    ]


@pytest.fixture
def model(service: RenderService, pdf: Path) -> PageListModel:
    page_model = PageListModel(service)
    page_model.set_entries(_entries(pdf))
    return page_model


@pytest.fixture
def viewer(qtbot: QtBot, service: RenderService, model: PageListModel) -> PageViewer:
    page_viewer = PageViewer(service)
    qtbot.addWidget(page_viewer)
    page_viewer.resize(800, 600)
    page_viewer.set_model(model)
    page_viewer.show()
    qtbot.waitExposed(page_viewer)
    page_viewer.activateWindow()
    page_viewer.view.setFocus()
    qtbot.waitUntil(page_viewer.is_sharp)
    return page_viewer


def _is_not_blank(image: QImage) -> bool:
    small = image.scaled(64, 90)
    return any(small.pixelColor(x, y).lightness() < 128 for x in range(64) for y in range(90))


# -- render service --


def test_process_pool_renders_a_page(qtbot: QtBot, pdf: Path) -> None:
    render_service = RenderService(workers=1)
    try:
        ref = PageRef(pdf, 0)
        with qtbot.waitSignal(render_service.page_rendered, timeout=60_000) as blocker:
            assert render_service.request(ref, 400) is None
        key, image = blocker.args
        assert key == ref.key(400)
        assert image.width() == 400
        assert image.height() == pytest.approx(400 * 842 / 595, abs=1)
        assert _is_not_blank(image)
        assert render_service.cached(ref, 400).cacheKey() == image.cacheKey()
    finally:
        render_service.shutdown()


def test_rotation_turns_the_rendered_page(qtbot: QtBot, service: RenderService, pdf: Path) -> None:
    ref = PageRef(pdf, 0, rotation=90)
    with qtbot.waitSignal(service.page_rendered) as blocker:
        service.request(ref, 400)
    image = blocker.args[1]
    assert image.width() == pytest.approx(400, abs=1)  # sideways: the page's height, rounded
    assert image.height() == pytest.approx(400 * 595 / 842, abs=1)


def test_cache_answers_a_second_request_without_rendering(
    qtbot: QtBot, service: RenderService, renderer: CountingRenderer, pdf: Path
) -> None:
    ref = PageRef(pdf, 1)
    renderer.gate = threading.Event()  # the render waits for both requests (a busy machine finished it first)
    with qtbot.waitSignal(service.page_rendered):
        assert service.request(ref, 300) is None
        assert service.request(ref, 300) is None  # coalesced with the first
        renderer.gate.set()
    assert service.request(ref, 300) is not None
    assert renderer.rendered == [ref.key(300)]


def test_stale_requests_are_dropped(qtbot: QtBot, pdf: Path) -> None:
    gate = threading.Event()
    renderer = CountingRenderer(gate)
    executor = ThreadPoolExecutor(max_workers=1)
    render_service = RenderService(workers=1, executor=executor, render_function=renderer)
    try:
        refs = [PageRef(pdf, index) for index in range(4)]
        for ref in refs:  # the user pages fast: the first is already rendering, the others wait
            render_service.request(ref, 200, owner="viewer", replace=True)
        gate.set()
        qtbot.waitUntil(lambda: render_service.cached(refs[-1], 200) is not None)
        assert renderer.rendered == [refs[0].key(200), refs[-1].key(200)]
        assert not render_service.is_pending(refs[1], 200)
    finally:
        gate.set()
        render_service.shutdown()
        executor.shutdown(wait=True)


def test_prefetch_is_replaced_and_runs_after_visible_requests(qtbot: QtBot, pdf: Path) -> None:
    gate = threading.Event()
    renderer = CountingRenderer(gate)
    executor = ThreadPoolExecutor(max_workers=1)
    render_service = RenderService(workers=1, executor=executor, render_function=renderer)
    try:
        busy, visible = PageRef(pdf, 0), PageRef(pdf, 4)
        render_service.request(busy, 200)
        render_service.prefetch([PageRef(pdf, 1), PageRef(pdf, 2)], 200)
        render_service.prefetch([PageRef(pdf, 3)], 200)  # the user moved on
        render_service.request(visible, 200)
        gate.set()
        qtbot.waitUntil(lambda: render_service.cached(PageRef(pdf, 3), 200) is not None)
        assert [key[1] for key in renderer.rendered] == [0, 4, 3]
    finally:
        gate.set()
        render_service.shutdown()
        executor.shutdown(wait=True)


def test_a_broken_file_fails_once(qtbot: QtBot, service: RenderService, tmp_path: Path) -> None:
    ref = PageRef(tmp_path / "missing.pdf", 0)
    with qtbot.waitSignal(service.render_failed):
        service.request(ref, 200)
    assert service.failure(ref, 200)
    with qtbot.assertNotEmitted(service.render_failed, wait=50):
        assert service.request(ref, 200) is None  # not retried on every repaint


# -- page list model and strip --


def test_page_list_model_is_a_sound_qt_model(qtmodeltester, model: PageListModel) -> None:  # noqa: ANN001
    qtmodeltester.check(model)


def test_thumbnail_arrives_through_data_changed(qtbot: QtBot, model: PageListModel) -> None:
    index = model.index(3, 0)
    with qtbot.waitSignal(model.dataChanged, check_params_cb=lambda first, *_: first.row() == 3):
        assert index.data(Qt.ItemDataRole.DecorationRole) is None
    thumbnail = index.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(thumbnail, QImage) and thumbnail.width() == model.thumbnail_width()
    assert index.data(Qt.ItemDataRole.DisplayRole) == "p. 4 — dossier.pdf"
    assert model.index(1, 0).data(DisagreesRole) and model.index(2, 0).data(BlankRole)


def test_dragged_pages_carry_their_ids(model: PageListModel) -> None:
    mime = model.mimeData([model.index(2, 0), model.index(0, 0)])
    assert json.loads(bytes(mime.data(PAGE_IDS_MIME_TYPE)).decode()) == [100, 102]
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_strip_paints_thumbnails_and_follows_the_viewer(qtbot: QtBot, model: PageListModel) -> None:
    strip = ThumbnailStrip()
    qtbot.addWidget(strip)
    strip.setModel(model)
    strip.resize(180, 700)
    strip.show()
    qtbot.waitExposed(strip)
    qtbot.waitUntil(lambda: model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None)
    assert not strip.grab().isNull()
    with qtbot.assertNotEmitted(strip.page_selected):
        strip.set_current_page(2)
    assert strip.currentIndex().row() == 2
    with qtbot.waitSignal(strip.page_selected, check_params_cb=lambda row: row == 3):
        strip.setCurrentIndex(model.index(3, 0))


# -- viewer --


def test_viewer_opens_on_page_one_fitted_to_width(viewer: PageViewer, pdf: Path) -> None:
    assert viewer.current_page() == 0
    assert viewer.fit_mode() is FitMode.WIDTH
    key = viewer.shown_key()
    assert key is not None and key[:3] == (str(pdf), 0, 0)
    assert viewer.view.horizontalScrollBar().maximum() == 0  # the whole width is visible
    assert [action.text() for action in viewer.actions()][:2] == ["Page suivante", "Page précédente"]


def test_page_down_moves_to_the_next_page(qtbot: QtBot, viewer: PageViewer) -> None:
    with qtbot.waitSignal(viewer.page_changed, check_params_cb=lambda row: row == 1):
        qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(viewer.is_sharp)
    assert viewer.shown_key()[1] == 1
    qtbot.keyClick(viewer.view, Qt.Key.Key_End)
    assert viewer.current_page() == PAGES - 1
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)  # stays on the last page
    assert viewer.current_page() == PAGES - 1
    qtbot.keyClick(viewer.view, Qt.Key.Key_Home)
    assert viewer.current_page() == 0
    qtbot.keyClick(viewer.view, Qt.Key.Key_Right)  # nothing to scroll sideways: next page
    assert viewer.current_page() == 1


def test_next_page_was_prefetched_and_shows_sharp_at_once(
    qtbot: QtBot, viewer: PageViewer, service: RenderService, pdf: Path
) -> None:
    width = viewer.shown_key()[3]
    qtbot.waitUntil(lambda: service.cached(PageRef(pdf, 1), width) is not None)
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)
    assert viewer.is_sharp()


def test_zoom_and_fit_change_the_scale(qtbot: QtBot, viewer: PageViewer) -> None:
    fitted = viewer.displayed_scale()
    qtbot.keyClick(viewer.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert viewer.displayed_scale() == pytest.approx(fitted * 1.2)
    assert viewer.fit_mode() is FitMode.FREE
    qtbot.waitUntil(viewer.is_sharp)  # re-rendered at the new size
    assert viewer.shown_key()[3] > round(1000 * fitted)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(viewer.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.displayed_scale() < fitted
    qtbot.keyClick(viewer.view, Qt.Key.Key_W)
    assert viewer.displayed_scale() == pytest.approx(fitted)
    qtbot.keyClick(viewer.view, Qt.Key.Key_P)  # whole page: a portrait page in a landscape window
    assert viewer.fit_mode() is FitMode.PAGE
    assert viewer.displayed_scale() < fitted
    assert viewer.view.verticalScrollBar().maximum() == 0
    qtbot.keyClick(viewer.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert viewer.displayed_scale() == pytest.approx(fitted)


def test_ctrl_wheel_zooms(viewer: PageViewer) -> None:
    fitted = viewer.displayed_scale()
    viewport = viewer.view.viewport()
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(
        centre,
        viewport.mapToGlobal(centre),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)
    assert viewer.displayed_scale() == pytest.approx(fitted * 1.2)


def test_rotation_keys_request_a_rotation(qtbot: QtBot, viewer: PageViewer, model: PageListModel) -> None:
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)
    with qtbot.waitSignal(viewer.rotation_requested, check_params_cb=lambda row, degrees: (row, degrees) == (1, 90)):
        qtbot.keyClick(viewer.view, Qt.Key.Key_R)
    with qtbot.waitSignal(viewer.rotation_requested, check_params_cb=lambda row, degrees: (row, degrees) == (1, -90)):
        qtbot.keyClick(viewer.view, Qt.Key.Key_L)
    model.set_rotation(1, 90)  # what the window does once the operation is recorded
    assert viewer.shown_key() is not None  # the old image, turned, until the new one arrives
    qtbot.waitUntil(viewer.is_sharp)
    assert viewer.shown_key()[1:3] == (1, 90)
